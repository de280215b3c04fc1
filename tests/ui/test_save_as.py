"""Save As through the real File menu and the real file dialog: the board's title is the
suggested name, and a name typed without an extension gets `.codesign.json`, so File > Open
lists the file and opens it."""

from codesign.document import BoardDocument
from codesign.storage import load_board
from tests.boards import themed_board
from tests.ui.conftest import answer_with, make_window
from tests.ui.file_dialogs import answer_file_dialogs
from tests.ui.menus import choose_from_menu


def test_save_as_suggests_the_title_and_adds_the_board_extension(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    board = themed_board().model_copy(update={"title": "Visit 3/4: what next?"})
    window = make_window(qtbot, BoardDocument(board))
    seen = answer_file_dialogs(
        monkeypatch, qtbot, ["visit", "visit.codesign.json"], "visit.codesign.json"
    )
    choose_from_menu(qtbot, window, "File", "Save As…")
    saved = tmp_path / "visit.codesign.json"
    assert seen.suggested == ["Visit 3-4 - what next.codesign.json"]
    boards = [p.name for p in tmp_path.iterdir() if p.is_file() and not p.name.startswith(".")]
    assert boards == [saved.name]  # not a bare "visit" beside it
    assert window.document.path == saved and load_board(saved).title == board.title
    choose_from_menu(qtbot, window, "File", "New board")
    assert window.document.path is None
    choose_from_menu(qtbot, window, "File", "Open…")
    assert saved.name in seen.listed[0]
    assert window.document.path == saved
    assert window.document.board().title == board.title


def test_a_name_that_gains_the_extension_asks_before_replacing_a_board(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv("HOME", str(tmp_path))
    theirs = tmp_path / "visit.v2.codesign.json"
    theirs.write_text("their board")
    window = make_window(qtbot)
    answer_file_dialogs(monkeypatch, qtbot, ["visit.v2", "visit.v2"])
    asked = answer_with(monkeypatch, "Cancel")
    choose_from_menu(qtbot, window, "File", "Save As…")
    assert asked == ["“visit.v2.codesign.json” already exists. Replace it?"]
    assert theirs.read_text() == "their board" and window.document.path is None
    answer_with(monkeypatch, "Replace")
    choose_from_menu(qtbot, window, "File", "Save As…")
    assert window.document.path == theirs
    assert load_board(theirs).title == window.document.board().title


def test_a_board_with_pictures_is_offered_the_same_extension_and_reopens(
    qtbot, tmp_path, monkeypatch
):
    """A board keeps one name for life, photos or not (docs/file-format.md says why): Save As
    offers `.codesign.json`, the file is the zip, and File > Open brings the photo back."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl

    from codesign.model.items import Picture
    from codesign.storage.container import is_container
    from tests.pictures import jpeg_file

    monkeypatch.setenv("HOME", str(tmp_path))
    window = make_window(qtbot)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(jpeg_file(tmp_path, width=800, height=600)))])
    window.pictures.paste(data, QPointF(900, 900))
    (picture,) = [i for i in window.document.items() if isinstance(i, Picture)]
    seen = answer_file_dialogs(
        monkeypatch, qtbot, ["wall", "wall.codesign.json"], "wall.codesign.json"
    )
    choose_from_menu(qtbot, window, "File", "Save As…")
    saved = tmp_path / "wall.codesign.json"
    assert seen.suggested[0].endswith(".codesign.json")
    assert is_container(saved.read_bytes())
    choose_from_menu(qtbot, window, "File", "New board")
    choose_from_menu(qtbot, window, "File", "Open…")
    assert saved.name in seen.listed[0]
    assert window.document.get(picture.id) == picture


def test_a_title_with_bidi_controls_never_disguises_the_suggested_name(
    qtbot, tmp_path, monkeypatch
):
    """A title from a hostile board ("Minutes" then RIGHT-TO-LEFT OVERRIDE then "gnp.exe")
    would show as "Minutes…exe.png" in the file dialog; the suggested name drops the controls."""
    monkeypatch.setenv("HOME", str(tmp_path))
    title = "Minutes\u202egnp.exe\u2066\u200f"
    window = make_window(qtbot, BoardDocument(themed_board().model_copy(update={"title": title})))
    seen = answer_file_dialogs(monkeypatch, qtbot, ["minutes"])
    choose_from_menu(qtbot, window, "File", "Save As…")
    assert seen.suggested == ["Minutes-gnp.exe.codesign.json"]
