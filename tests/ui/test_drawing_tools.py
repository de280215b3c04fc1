"""Connectors, text and headings, shapes and ink through the window, with real mouse, key and
touch events on the board: each finished gesture is one undo step."""

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from codesign.model import Connector, Label, Shape, Stroke
from codesign.model.pin_key import PinKey
from codesign.ui.shell.context_menu import build_context_menu
from tests.ui.conftest import at, drag, hover, make_active_window, press
from tests.ui.menus import choose


def records(window, kind):
    return list(window.document.records_of(kind))


def steps(window):
    return window.document.undo_stack.count()


def touch_screen():
    return QTest.createTouchDevice()


def test_dragging_an_edge_handle_to_another_note_connects_them(qtbot, shown):
    window = shown
    hover(window, 80, 80)  # over note n1: its edge handles show
    tools = window.draw.tools
    assert tools.handles.isVisible() and tools.handles.item_id == "n1"
    right_handle = tools.handles.points()[1]
    before = steps(window)
    drag(window, at(window, right_handle.x(), right_handle.y()), at(window, 260, 80))
    made = [c for c in records(window, Connector) if c.source == "n1"]
    assert len(made) == 1 and made[0].target == "n2"
    assert steps(window) == before + 1


def test_a_connector_follows_a_note_that_moves(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_C)
    assert window.actions["connector_tool"].isChecked()
    drag(window, at(window, 80, 480), at(window, 260, 480))  # n3 -> n4
    (made,) = [c for c in records(window, Connector) if c.source == "n3"]
    assert not window.actions["connector_tool"].isChecked()  # back to selecting
    item = window.view.board_scene.graphics_item(made.id)
    start = item.line().p2()
    drag(window, at(window, 260, 450), at(window, 260, 650))  # move n4 down by 200
    assert window.document.get("n4").y > 400
    assert item.line().p2().y() > start.y() + 100


def test_connector_label_arrowheads_and_colour_from_its_menu(qtbot, shown):
    window = shown
    scene = window.view.board_scene
    middle = scene.graphics_item("e1").line().center()
    QTest.mouseDClick(
        window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, middle.x(), middle.y())
    )
    field = window.draw.tools.label_editor.field
    assert field is not None and field.hasFocus()
    field.selectAll()
    QTest.keyClicks(field, "causes")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert window.document.get("e1").label == "causes"
    menu = build_context_menu(
        window.view,
        window.actions,
        at(window, middle.x(), middle.y() + 40),
        window.edit,
        window.clip,
        window.journeys,
        draw=window.draw,
    )
    start = next(
        a for a in menu.actions() if a.text() == window.actions["connector.arrow_start"].text()
    )
    assert not start.isChecked()
    start.trigger()
    assert window.document.get("e1").arrow_start
    colours = next(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu))
    red = next(a for a in colours.actions() if a.text() == "Red")
    red.trigger()
    assert window.document.get("e1").colour == "#C8302B"
    menu.deleteLater()


def test_a_heading_from_the_menu_is_typed_in_place(qtbot, shown):
    window = shown
    hover(window, 300, 700)
    choose(window, "new_heading")
    editor = window.view.board_scene.editor.widget
    assert editor is not None and editor.hasFocus()
    QTest.keyClicks(editor, "Next steps")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    (heading,) = [label for label in records(window, Label) if label.text == "Next steps"]
    assert heading.font_size == 48 and heading.bold
    assert heading.width < 400  # drawn in to the words typed
    window.view.board_scene.select_ids([heading.id])
    choose(window, "text.body")
    assert window.document.get(heading.id).font_size == 20
    assert not window.document.get(heading.id).bold


def test_text_left_empty_goes_away(qtbot, shown):
    window = shown
    before = len(records(window, Label))
    press(window, Qt.Key.Key_T)
    editor = window.view.board_scene.editor.widget
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert len(records(window, Label)) == before


def test_dragging_with_the_rectangle_tool_draws_one_and_its_handle_resizes_it(qtbot, shown):
    window = shown
    before = steps(window)
    choose(window, "shape.rectangle")
    drag(window, at(window, 500, 0), at(window, 700, 120))
    (shape,) = records(window, Shape)
    assert shape.shape == "rectangle"
    assert (round(shape.width), round(shape.height)) == (200, 120)
    assert steps(window) == before + 1
    assert window.view.board_scene.selected_ids() == [shape.id]
    drag(window, at(window, 698, 118), at(window, 798, 218))
    assert round(window.document.get(shape.id).width) == 300
    QTest.mouseDClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at(window, 600, 60))
    editor = window.view.board_scene.editor.widget
    QTest.keyClicks(editor, "Budget")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    assert window.document.get(shape.id).text == "Budget"


def test_an_ellipse_and_a_line_from_the_insert_menu(qtbot, shown):
    window = shown
    choose(window, "shape.ellipse")
    drag(window, at(window, 500, 0), at(window, 600, 100))
    choose(window, "shape.line")
    drag(window, at(window, 500, 300), at(window, 700, 200))
    kinds = {s.shape: s for s in records(window, Shape)}
    assert set(kinds) == {"ellipse", "line"}
    assert kinds["line"].flipped


def pen_stroke(window, points):
    viewport = window.view.viewport()
    first = at(window, *points[0])
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    for x, y in points[1:]:
        QTest.mouseMove(viewport, at(window, x, y))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at(window, *points[-1])
    )


def test_the_pen_draws_a_stroke_and_the_eraser_rubs_it_out(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_P)
    assert window.pen_bar.isVisible()
    red = next(a for a in window.pen_bar.actions() if a.objectName() == "pen.colour.red")
    red.trigger()
    before = steps(window)
    pen_stroke(window, [(500 + 10 * i, 100 + (i % 3) * 8) for i in range(20)])
    (stroke,) = records(window, Stroke)
    assert stroke.colour == "#C8302B"
    assert len(stroke.points) >= 3 * 10
    assert steps(window) == before + 1
    assert window.actions["pen"].isChecked()  # the pen stays in the hand
    press(window, Qt.Key.Key_E)
    pen_stroke(window, [(550, 60), (550, 150)])
    assert records(window, Stroke) == []
    assert steps(window) == before + 2
    window.document.undo_stack.undo()
    assert len(records(window, Stroke)) == 1


def test_a_finger_pans_with_the_pen_unless_drawing_with_finger(qtbot, shown):
    window = shown
    device = touch_screen()
    viewport = window.view.viewport()
    press(window, Qt.Key.Key_P)
    scroll = window.view.horizontalScrollBar().value()
    sequence = QTest.touchEvent(viewport, device)
    sequence.press(0, at(window, 500, 100)).commit()
    for step in range(1, 6):
        QTest.touchEvent(viewport, device).move(0, at(window, 500 - 30 * step, 100)).commit()
    QTest.touchEvent(viewport, device).release(0, at(window, 350, 100)).commit()
    assert records(window, Stroke) == []
    assert window.view.horizontalScrollBar().value() != scroll
    choose(window, "finger_draws")
    assert window.actions["finger_draws"].isChecked()
    QTest.touchEvent(viewport, device).press(0, at(window, 500, 100)).commit()
    for step in range(1, 6):
        QTest.touchEvent(viewport, device).move(0, at(window, 500 + 30 * step, 100)).commit()
    QTest.touchEvent(viewport, device).release(0, at(window, 650, 100)).commit()
    assert len(records(window, Stroke)) == 1


def test_the_lasso_selects_the_strokes_and_notes_it_circles(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_P)
    pen_stroke(window, [(600 + 5 * i, 100) for i in range(10)])
    pen_stroke(window, [(600 + 5 * i, 900) for i in range(10)])
    press(window, Qt.Key.Key_L)
    ring = [(560, 60), (700, 60), (700, 160), (560, 160), (560, 60)]
    pen_stroke(window, ring)
    selected = window.view.board_scene.selected_ids()
    (near,) = [s.id for s in records(window, Stroke) if s.y < 500]
    assert selected == [near]
    assert not window.actions["lasso"].isChecked()


def test_escape_puts_the_tool_down(qtbot, shown):
    window = shown
    press(window, Qt.Key.Key_P)
    assert window.actions["pen"].isChecked()
    press(window, Qt.Key.Key_Escape)
    assert not window.actions["pen"].isChecked()
    assert not window.pen_bar.isVisible()


def test_participants_may_draw_on_a_locked_board_but_not_rub_out_its_ink(qtbot):
    window = make_active_window(qtbot)
    press(window, Qt.Key.Key_P)
    pen_stroke(window, [(600 + 5 * i, 100) for i in range(10)])
    press(window, Qt.Key.Key_Escape)
    window.document.lock(PinKey.make("2468", iterations=1000))
    press(window, Qt.Key.Key_P)
    pen_stroke(window, [(600 + 5 * i, 300) for i in range(10)])
    assert len(records(window, Stroke)) == 2
    press(window, Qt.Key.Key_E)
    pen_stroke(window, [(620, 60), (620, 150)])  # the facilitator's ink: refused
    pen_stroke(window, [(620, 260), (620, 350)])  # the participant's own: rubbed out
    (kept,) = records(window, Stroke)
    assert kept.y < 200
    assert window.view.board_scene.graphics_item(kept.id).isVisible()


def stylus(pointer=QPointingDevice.PointerType.Pen):
    return QPointingDevice(
        "test stylus",
        7,
        QInputDevice.DeviceType.Stylus,
        pointer,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        2,
    )


def tablet(window, device, kind, x, y, pressure):
    viewport = window.view.viewport()
    pos = QPointF(at(window, x, y))
    buttons = (
        Qt.MouseButton.NoButton if kind == QEvent.Type.TabletRelease else Qt.MouseButton.LeftButton
    )
    event = QTabletEvent(
        kind,
        device,
        pos,
        QPointF(viewport.mapToGlobal(pos.toPoint())),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        buttons,
    )
    QApplication.sendEvent(viewport, event)


def test_a_stylus_draws_with_its_pressure_and_its_eraser_end_rubs_out(qtbot, shown):
    window = shown
    window.actions["pen"].trigger()
    pen = stylus()
    tablet(window, pen, QEvent.Type.TabletPress, 500, 100, 0.9)
    for step in range(1, 20):
        tablet(window, pen, QEvent.Type.TabletMove, 500 + 8 * step, 100 + step, 0.9)
    tablet(window, pen, QEvent.Type.TabletRelease, 660, 120, 0.9)
    (stroke,) = records(window, Stroke)
    assert set(stroke.points[2::3]) == {0.9}
    eraser = stylus(QPointingDevice.PointerType.Eraser)
    tablet(window, eraser, QEvent.Type.TabletPress, 560, 60, 0.5)
    tablet(window, eraser, QEvent.Type.TabletMove, 560, 160, 0.5)
    tablet(window, eraser, QEvent.Type.TabletRelease, 560, 160, 0.5)
    assert records(window, Stroke) == []


def test_a_handle_answers_a_pointer_that_comes_straight_to_it(qtbot, shown):
    window = shown
    hover(window, 600, 600)  # open canvas: no handles
    assert not window.draw.tools.handles.isVisible()
    hover(window, 80, 174)  # just below note n1 (0..160), where its bottom handle sits
    assert window.draw.tools.handles.item_id == "n1"


def test_the_touch_toolbar_has_the_pen(qtbot, shown):
    window = shown
    window.actions["touch_toolbar"].setChecked(True)
    button = window.findChild(QToolButton, "touch.pen")
    assert button is not None
    button.click()
    assert window.draw.current_tool() == "pen" and button.isChecked()
    press(window, Qt.Key.Key_Escape)
    assert window.draw.current_tool() is None and not button.isChecked()


def test_a_neighbours_handle_never_takes_a_press_on_a_note_when_zoomed_out(qtbot, shown):
    """Zoomed out, handles reach far in canvas units: n1's right handle lies over n2, 20 units
    away. Pressing there moves n2, as the person meant, and makes no connector."""
    window = shown
    for _ in range(4):
        press(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom() <= 0.5
    hover(window, 80, 80)  # n1's handles show
    handle = window.draw.tools.handles.points()[1]
    assert 180 < handle.x() < 340  # inside n2
    start = QPointF(handle.x(), 80)
    drag(window, at(window, start.x(), start.y()), at(window, start.x(), start.y() + 600))
    assert records(window, Connector) == [c for c in records(window, Connector) if c.id == "e1"]
    assert window.document.get("n2").y > 300
