"""The export dialog's advice about small note text ("…choose A3 or the Poster layout") wraps
inside the dialog: it never asks for a wider dialog, which a window manager may not give to a
dialog already shown, so the line was cut off at the edge ("…the Poster layou")."""

from codesign.document import BoardDocument
from codesign.ui.files.export_dialog import ExportDialog
from tests.boards import wall_of_notes
from tests.ui.conftest import make_window
from tests.ui.menus import choose_from_menu


def test_the_small_text_advice_never_needs_a_wider_dialog(qtbot):
    window = make_window(qtbot, BoardDocument(wall_of_notes()))
    choose_from_menu(qtbot, window, "File", "Export…")
    dialog = window.findChild(ExportDialog)
    qtbot.waitUntil(lambda: "page," in dialog.preview.text(), timeout=10000)
    width_needed = dialog.layout().minimumSize().width()
    dialog.orientation.setCurrentIndex(dialog.orientation.findData("portrait"))
    qtbot.waitUntil(lambda: "too small" in dialog.preview.text(), timeout=10000)
    assert dialog.layout().minimumSize().width() <= width_needed
    label = dialog.preview
    assert label.heightForWidth(label.width()) <= label.height()
