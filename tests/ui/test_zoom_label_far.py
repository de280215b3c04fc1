"""A board stretching to coordinate 10⁹, fitted whole, shows a zoom far under 1 %: the status
bar says how small ("0.42 %", "under 0.01 %"), never "0 %"."""

from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.ui.shell.view_actions import zoom_percent
from tests.ui.conftest import make_window
from tests.ui.menus import choose


def test_fitting_a_board_out_to_a_billion_never_reads_zero(qtbot):
    board = Board(title="Far", items=(Note(id="a", x=0, y=0), Note(id="b", x=9.9e8, y=9.9e8)))
    window = make_window(qtbot, BoardDocument(board))
    choose(window, "fit_board")
    qtbot.waitUntil(lambda: window.view.zoom() < 1e-4)
    text = window.view_settings.zoom_label.text()
    assert text.endswith(" %") and text != "0 %", text
    assert text == "under 0.01 %" or float(text.split()[0]) > 0


def test_small_zooms_keep_two_figures():
    assert [zoom_percent(z) for z in (8, 1, 0.0042, 0.0005, 1e-9)] == [
        "800",
        "100",
        "0.42",
        "0.05",
        "",
    ]
