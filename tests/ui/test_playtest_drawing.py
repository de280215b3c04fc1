"""Found in play: edge handles and connectors after the item under them changed by a key."""

from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from codesign.canvas.items.base import BoardItem
from codesign.model import Connector, Label, Shape
from codesign.model.items import MAX_NOTE_TEXT, Picture
from tests.pictures import jpeg_file
from tests.ui.conftest import at, drag, hover, press
from tests.ui.menus import choose


def test_a_note_deleted_under_the_pointer_takes_its_edge_handles_with_it(qtbot, shown):
    window = shown
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 80, 80))
    hover(window, 80, 80)  # over n1: its edge handles show
    handles = window.draw.tools.handles
    assert handles.item_id == "n1"
    right_handle = handles.points()[1]
    press(window, Qt.Key.Key_Delete)
    assert window.document.get("n1") is None
    assert not handles.isVisible()
    drag(window, at(window, right_handle.x(), right_handle.y()), at(window, 260, 80))
    connectors = list(window.document.records_of(Connector))
    assert all(window.document.get(c.source) is not None for c in connectors)


def _picture_at(window, tmp_path, x: float, y: float) -> Picture:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(jpeg_file(tmp_path, width=800, height=600)))])
    window.pictures.paste(data, QPointF(x, y))
    window.view.centerOn(QPointF(x, y))
    (picture,) = [item for item in window.document.items() if isinstance(item, Picture)]
    return picture


def _on_top_at(window, x: float, y: float) -> str | None:
    for item in window.view.board_scene.items(QPointF(x, y)):
        if isinstance(item, BoardItem):
            return item.item_id
    return None


def test_a_heading_typed_on_a_photo_shows_above_it(qtbot, shown, tmp_path):
    window = shown
    picture = _picture_at(window, tmp_path, 1500, 1500)
    hover(window, 1500, 1500)
    press(window, Qt.Key.Key_H)
    QTest.keyClicks(window.view.viewport(), "On the photo")
    press(window, Qt.Key.Key_Escape)
    (heading,) = [
        label for label in window.document.records_of(Label) if label.text == "On the photo"
    ]
    middle = (heading.x + heading.width / 2, heading.y + heading.height / 2)
    assert _on_top_at(window, *middle) == heading.id
    assert picture.id != heading.id


def test_an_arrow_between_two_notes_shows_over_a_photo_between_them(qtbot, shown, tmp_path):
    window = shown
    _picture_at(window, tmp_path, 170, 80)  # between n1 and n2
    window.view.centerOn(QPointF(170, 80))
    press(window, Qt.Key.Key_C)
    drag(window, at(window, 80, 80), at(window, 260, 80))
    (made,) = [c for c in window.document.records_of(Connector) if c.source == "n1"]
    line = window.view.board_scene.graphics_item(made.id).line()
    assert _on_top_at(window, line.center().x(), line.center().y()) == made.id


def test_a_rectangle_drawn_on_a_photo_shows_above_it(qtbot, shown, tmp_path):
    window = shown
    _picture_at(window, tmp_path, 1500, 1500)
    press(window, Qt.Key.Key_R)
    drag(window, at(window, 1450, 1450), at(window, 1550, 1550))
    (shape,) = window.document.records_of(Shape)
    assert _on_top_at(window, 1500, 1500) == shape.id


def test_a_huge_paste_into_a_shape_never_lays_out_past_the_cap(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_R)
    drag(window, at(window, 600, 500), at(window, 800, 650))
    (shape,) = window.document.records_of(Shape)
    QGuiApplication.clipboard().setText("word " * 20_000)
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 700, 575))
    editor = window.view.board_scene.editor.widget
    held: list[int] = []  # characters each change put in the editor
    editor.document().contentsChange.connect(lambda _at, _gone, added: held.append(added))
    QTest.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    QGuiApplication.clipboard().clear()
    assert max(held) < 2 * MAX_NOTE_TEXT  # a megabyte laid out in whole froze the window
    assert len(window.document.get(shape.id).text) == MAX_NOTE_TEXT
    assert "at most" in window.statusBar().currentMessage()


def test_no_edge_handles_or_arrows_while_voting(qtbot, shown):
    window = shown
    handles = window.draw.tools.handles
    hover(window, 80, 80)
    right_handle = handles.points()[1]
    choose(window, "voting_mode")
    assert window.actions["voting_mode"].isChecked()
    assert not handles.isVisible()
    hover(window, 60, 60)
    hover(window, 80, 80)
    assert not handles.isVisible()
    drag(window, at(window, right_handle.x(), right_handle.y()), at(window, 260, 80))
    assert not [c for c in window.document.records_of(Connector) if c.source == "n1"]
    choose(window, "voting_mode")
    hover(window, 60, 60)
    assert handles.isVisible() and handles.item_id == "n1"


def test_a_note_colour_key_on_an_arrow_says_where_its_colour_is(qtbot, shown):
    window = shown
    middle = window.view.board_scene.graphics_item("e1").line().center()
    QTest.mouseClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, middle.x(), middle.y())
    )
    assert window.view.board_scene.selected_ids() == ["e1"]
    press(window, Qt.Key.Key_3)
    assert window.document.get("e1").colour == "#4A4A4A"
    assert "right-click a connector" in window.statusBar().currentMessage()


def test_a_heading_near_the_left_edge_starts_on_screen_at_the_pointer(qtbot, shown):
    window = shown
    viewport = window.view.viewport()
    spot = window.view.mapToScene(QPoint(20, viewport.height() // 2))
    # A move event sent straight to the board: QTest.mouseMove is lost after touch tests.
    here = QPointF(at(window, spot.x(), spot.y()))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        here,
        QPointF(viewport.mapToGlobal(here)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    assert window.view.pointer_scene_pos() == spot
    press(window, Qt.Key.Key_H)
    editor = window.view.board_scene.editor.widget
    QTest.keyClicks(editor, "Left")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    (heading,) = [label for label in window.document.records_of(Label) if label.text == "Left"]
    left = window.view.mapFromScene(QPointF(heading.x, heading.y)).x()
    assert 0 <= left <= 30


def test_a_picture_one_pixel_high_can_still_be_seen_and_clicked(qtbot, shown, tmp_path):
    window = shown
    strip = tmp_path / "strip.png"
    Image.new("RGB", (60_000, 1), "red").save(strip)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(strip))])
    window.pictures.paste(data, QPointF(1500, 1500))
    (picture,) = [item for item in window.document.items() if isinstance(item, Picture)]
    assert picture.height >= 16
    window.view.centerOn(QPointF(1500, 1500))
    QTest.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 1500, 1500))
    assert window.view.board_scene.selected_ids() == [picture.id]
