"""Pictures in the real window: File > Insert picture…, paste, drop, crop, lock as background."""

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from codesign.document.media_use import pictures_held
from codesign.model.items import Note, Picture
from codesign.storage.media import media_store
from tests.pictures import jpeg_file
from tests.ui.conftest import answer_with, at, drag, hover, press
from tests.ui.file_dialogs import answer_file_dialogs
from tests.ui.menus import choose

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _empty_clipboard():
    yield
    QGuiApplication.clipboard().clear()


def pictures(window) -> list[Picture]:
    return [item for item in window.document.items() if isinstance(item, Picture)]


def test_insert_picture_from_the_file_menu(shown, qtbot, monkeypatch, tmp_path):
    photo = jpeg_file(tmp_path, "wall.jpg", width=4000, height=3000, orientation=6)
    monkeypatch.setenv("HOME", str(tmp_path))
    answer_file_dialogs(monkeypatch, qtbot, [photo.name], wait_for=photo.name)
    choose(shown, "insert_picture")
    qtbot.waitUntil(lambda: len(pictures(shown)) == 1)
    (picture,) = pictures(shown)
    assert (picture.natural_width, picture.natural_height) == (1920, 2560)  # upright, scaled
    assert picture.height > picture.width
    assert shown.document.undo_stack.count() == 1
    shown.document.undo_stack.undo()
    assert pictures(shown) == []


def test_a_file_that_is_not_a_picture_is_refused_in_one_line(shown, qtbot, monkeypatch, tmp_path):
    fake = tmp_path / "notes.jpg"
    fake.write_text("not a picture")
    monkeypatch.setenv("HOME", str(tmp_path))
    answer_file_dialogs(monkeypatch, qtbot, [fake.name], wait_for=fake.name)
    choose(shown, "insert_picture")
    qtbot.waitUntil(lambda: "not a picture" in shown.statusBar().currentMessage())
    assert pictures(shown) == []


def test_paste_an_image_from_the_clipboard(shown, qtbot):
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)
    shown.view.centerOn(QPointF(900, 900))
    hover(shown, 900, 900)
    qtbot.waitUntil(shown.actions["paste"].isEnabled)
    press(shown, Qt.Key.Key_V, CTRL)
    qtbot.waitUntil(lambda: len(pictures(shown)) == 1)
    (picture,) = pictures(shown)
    assert (picture.natural_width, picture.natural_height) == (320, 200)
    centre = (picture.x + picture.width / 2, picture.y + picture.height / 2)
    assert abs(centre[0] - 900) < 5 and abs(centre[1] - 900) < 5


def test_drop_picture_files_on_the_board(shown, qtbot, tmp_path):
    files = [jpeg_file(tmp_path, f"p{n}.jpg", width=600, height=400) for n in range(2)]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    viewport = shown.view.viewport()
    shown.view.centerOn(QPointF(1000, 1000))
    spot = at(shown, 1000, 1000)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    copy = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(spot, copy, data, buttons, keys)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(spot, copy, data, buttons, keys)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(QPointF(spot), copy, data, buttons, keys)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert len(pictures(shown)) == 2
    assert shown.document.undo_stack.count() == 1


def _one_picture(shown, qtbot, tmp_path, colour: str = "orange") -> Picture:
    data = QMimeData()
    photo = jpeg_file(tmp_path, width=800, height=600, colour=colour)
    data.setUrls([QUrl.fromLocalFile(str(photo))])
    shown.pictures.paste(data, QPointF(1500, 1500))
    shown.view.centerOn(QPointF(1500, 1500))
    (picture,) = pictures(shown)
    return picture


def _context_menu(shown, monkeypatch, x: float, y: float) -> QMenu:
    """A right-click on the board; the menu it would pop up (popping up needs a real screen)."""
    menus: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _at=None: menus.append(menu))
    spot = at(shown, x, y)
    viewport = shown.view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, spot, viewport.mapToGlobal(spot))
    QApplication.sendEvent(viewport, event)
    (menu,) = menus
    return menu


def _click_in(menu: QMenu, qtbot, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.waitUntil(action.isEnabled)  # as the menu shows, the selection it made enables it
    action.trigger()


def test_crop_with_a_mouse_drag_and_enter(shown, qtbot, monkeypatch, tmp_path):
    picture = _one_picture(shown, qtbot, tmp_path)
    left, top = picture.x, picture.y
    menu = _context_menu(shown, monkeypatch, left + 100, top + 100)
    _click_in(menu, qtbot, "Crop picture")
    steps = shown.document.undo_stack.count()
    start = at(shown, left + picture.width / 4, top + picture.height / 4)
    end = at(shown, left + picture.width * 3 / 4, top + picture.height * 3 / 4)
    drag(shown, start, end)
    QTest.keyClick(shown.view, Qt.Key.Key_Return)
    (cropped,) = pictures(shown)
    assert shown.document.undo_stack.count() == steps + 1
    assert cropped.crop.left == pytest.approx(0.25, abs=0.02)
    assert cropped.crop.right == pytest.approx(0.75, abs=0.02)
    assert cropped.width == pytest.approx(picture.width / 2, rel=0.05)
    assert cropped.x == pytest.approx(left + picture.width / 4, abs=4)


def test_escape_leaves_the_picture_uncropped(shown, qtbot, tmp_path):
    picture = _one_picture(shown, qtbot, tmp_path)
    shown.view.scene().select_ids([picture.id])
    qtbot.waitUntil(shown.actions["crop_picture"].isEnabled)
    choose(shown, "crop_picture")
    drag(
        shown, at(shown, picture.x + 10, picture.y + 10), at(shown, picture.x + 90, picture.y + 90)
    )
    QTest.keyClick(shown.view, Qt.Key.Key_Escape)
    assert pictures(shown) == [picture]


def test_a_background_picture_is_out_of_reach_until_unlocked(shown, qtbot, monkeypatch, tmp_path):
    picture = _one_picture(shown, qtbot, tmp_path)
    menu = _context_menu(shown, monkeypatch, picture.x + 100, picture.y + 100)
    _click_in(menu, qtbot, "Lock as background")
    (locked,) = pictures(shown)
    assert locked.background
    # A drag that starts on it draws a rubber band instead of moving it, and picks nothing.
    shown.view.scene().clearSelection()
    drag(
        shown,
        at(shown, picture.x - 20, picture.y - 20),
        at(shown, picture.x + picture.width + 20, picture.y + picture.height + 20),
    )
    assert shown.view.scene().selected_ids() == []
    drag(
        shown, at(shown, picture.x + 50, picture.y + 50), at(shown, picture.x + 250, picture.y + 50)
    )
    assert pictures(shown) == [locked]
    menu = _context_menu(shown, monkeypatch, picture.x + 100, picture.y + 100)
    _click_in(menu, qtbot, "Unlock background")
    assert not pictures(shown)[0].background


def test_dragging_the_corner_scales_a_picture_in_one_step(shown, qtbot, tmp_path):
    picture = _one_picture(shown, qtbot, tmp_path)
    shown.view.scene().select_ids([picture.id])
    steps = shown.document.undo_stack.count()
    corner = (picture.x + picture.width - 3, picture.y + picture.height - 3)
    drag(shown, at(shown, *corner), at(shown, corner[0] - 160, corner[1]))
    (smaller,) = pictures(shown)
    assert shown.document.undo_stack.count() == steps + 1
    assert smaller.width == pytest.approx(picture.width - 160, abs=4)
    assert smaller.width / smaller.height == pytest.approx(picture.width / picture.height)


def test_undo_while_cropping_ends_the_crop_quietly(shown, qtbot, tmp_path):
    picture = _one_picture(shown, qtbot, tmp_path)
    shown.view.scene().select_ids([picture.id])
    qtbot.waitUntil(shown.actions["crop_picture"].isEnabled)
    choose(shown, "crop_picture")
    shown.document.undo_stack.undo()  # the paste goes, and the picture with it
    drag(
        shown, at(shown, picture.x + 10, picture.y + 10), at(shown, picture.x + 90, picture.y + 90)
    )
    QTest.keyClick(shown.view, Qt.Key.Key_Return)
    assert pictures(shown) == []


def test_a_pictures_menu_has_no_colour_or_themes(shown, qtbot, monkeypatch, tmp_path):
    """The kind's spec says a picture takes no sticky colour and is in no theme."""
    picture = _one_picture(shown, qtbot, tmp_path)
    menu = _context_menu(shown, monkeypatch, picture.x + 100, picture.y + 100)
    titles = [a.text().replace("&", "") for a in menu.actions()]
    assert "Crop picture" in titles
    assert "Colour" not in titles and "Themes" not in titles
    note = next(iter(shown.document.records_of(Note)))
    shown.view.centerOn(QPointF(note.x, note.y))
    menu = _context_menu(shown, monkeypatch, note.x + 20, note.y + 20)
    titles = [a.text().replace("&", "") for a in menu.actions()]
    assert "Colour" in titles and "Themes" in titles


def test_a_new_board_lets_go_of_the_old_boards_pictures(shown, qtbot, monkeypatch, tmp_path):
    """Deleted, a picture stays while Undo can bring it back; File > New lets it go."""
    picture = _one_picture(shown, qtbot, tmp_path, colour="tomato")  # on no other board
    shown.view.scene().select_ids([picture.id])
    QApplication.processEvents()  # as between a click and a key press
    press(shown, Qt.Key.Key_Delete)
    assert pictures(shown) == []
    assert picture.media in pictures_held(shown.document)  # Undo would bring it back
    assert picture.media in media_store()
    answer_with(monkeypatch, "Discard")
    choose(shown, "new")
    qtbot.waitUntil(lambda: shown.document.undo_stack.count() == 0)
    assert picture.media not in media_store()
