import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.commands import record_change
from codesign.commands.presentation import add_bookmark, reorder_frames
from codesign.document import BoardDocument
from codesign.model import Cluster
from codesign.ui.front_of_room.presentation import PresentationController
from codesign.ui.front_of_room.projector import ProjectorWindow
from tests.boards import themed_board
from tests.ui.conftest import press


@pytest.fixture
def document(qapp):
    return BoardDocument(themed_board())


@pytest.fixture
def window(qtbot, document):
    window = QWidget()
    qtbot.addWidget(window)
    window.view = BoardView(BoardScene(document))
    window.find = QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(window.find)
    layout.addWidget(window.view)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.view.reset_zoom()
    window.view.centerOn(QPointF(900, 900))
    return window


@pytest.fixture
def presenter(window, document):
    controller = PresentationController(document, window.view)
    controller.animator._animation.setDuration(0)
    yield controller
    controller.stop()


def _centre(view):
    return view.mapToScene(view.viewport().rect()).boundingRect().center()


def _press(qtbot, widget, key):
    widget.setFocus()
    qtbot.keyClick(widget, key)


def test_next_and_previous_follow_the_frame_order(presenter, document):
    bookmark = add_bookmark(document, (-600, -400, 400, 300), "Lift off").made_id
    reorder_frames(document, [bookmark])
    shown = []
    presenter.frame_changed.connect(shown.append)
    presenter.start()
    presenter.next()
    presenter.next()
    presenter.next()
    presenter.previous()
    assert shown == [bookmark, "c1", "c2", "c2", "c1"]


def test_start_zooms_the_laptop_view_to_the_first_frame_and_escape_restores(
    qtbot, window, presenter, document
):
    before = _centre(window.view)
    presenter.start()
    assert presenter.active
    rect = window.view.board_scene.item_rect("c1")
    assert _centre(window.view).x() == pytest.approx(rect.center().x(), abs=2)
    assert presenter.banner.isVisible()
    assert "1 of 2: Communication" in presenter.banner.text()
    _press(qtbot, window.view, Qt.Key.Key_Escape)
    assert not presenter.active
    assert not presenter.banner.isVisible()
    assert _centre(window.view).x() == pytest.approx(before.x(), abs=2)


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space])
def test_clicker_keys_move_forward(qtbot, window, presenter, key):
    presenter.start()
    _press(qtbot, window.view, key)
    assert presenter.current == "c2"
    _press(qtbot, window.view, key)
    assert presenter.current == "c2"


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_PageUp])
def test_clicker_keys_move_back(qtbot, window, presenter, key):
    presenter.start("c2")
    _press(qtbot, window.view, key)
    assert presenter.current == "c1"


def test_typing_in_a_text_field_is_left_alone(qtbot, window, presenter, document):
    presenter.start()
    _press(qtbot, window.find, Qt.Key.Key_Right)
    qtbot.keyClicks(window.find, "ab")
    assert presenter.current == "c1"
    assert window.find.text() == "ab"


def test_keys_do_nothing_when_not_presenting(qtbot, window, presenter):
    _press(qtbot, window.view, Qt.Key.Key_Right)
    assert presenter.current is None


def test_the_projector_follows_each_frame(qtbot, window, presenter, document):
    projector = ProjectorWindow(window.view.board_scene)
    qtbot.addWidget(projector)
    projector.resize(1280, 720)
    projector.show()
    projector.animator._animation.setDuration(0)
    presenter.set_projector(projector)
    presenter.start()
    presenter.next()
    focus = window.view.board_scene.item_rect("c2")
    assert projector.focus_rect == focus
    assert _centre(projector.view).y() == pytest.approx(focus.center().y(), abs=2)
    _press(qtbot, projector, Qt.Key.Key_Left)
    assert presenter.current == "c1"


def test_a_frame_added_mid_show_joins_it(presenter, document):
    presenter.start("c2")
    record_change(
        document, "Add cluster", [Cluster(id="c3", x=0, y=900, width=300, height=200, title="New")]
    )
    presenter.next()
    assert presenter.current == "c3"
    assert "3 of 3: New" in presenter.banner.text()


def test_a_board_with_no_frames_says_so(qtbot, presenter, document):
    record_change(document, "Delete", removed=["c1", "c2", "e1"])
    presenter.start()
    assert presenter.current is None
    assert "No frames" in presenter.banner.text()


def test_go_to_jumps_and_starts_presenting(presenter):
    presenter.go_to("c2")
    assert presenter.active
    assert presenter.current == "c2"


def test_f5_toggles(shown):
    press(shown, Qt.Key.Key_F5)
    assert shown.room.presenter.active
    press(shown, Qt.Key.Key_F5)
    assert not shown.room.presenter.active


def test_the_animated_zoom_eases_over_time(qtbot, window, document):
    controller = PresentationController(document, window.view)
    controller.start()
    assert controller.animator.is_running()
    qtbot.waitUntil(lambda: not controller.animator.is_running(), timeout=5000)
    target = QRectF(window.view.board_scene.item_rect("c1"))
    assert _centre(window.view).x() == pytest.approx(target.center().x(), abs=2)
    controller.stop()


def test_show_keys_win_over_window_shortcuts(qtbot, window, presenter, document):
    deleted = []
    action = QAction("Delete", window)
    action.setShortcuts([QKeySequence("Backspace"), QKeySequence("Right")])
    action.triggered.connect(lambda: deleted.append(True))
    window.addAction(action)
    presenter.start("c2")
    _press(qtbot, window.view, Qt.Key.Key_Backspace)
    assert presenter.current == "c1"
    _press(qtbot, window.view, Qt.Key.Key_Right)
    assert presenter.current == "c2"
    assert deleted == []
    presenter.stop()
    _press(qtbot, window.view, Qt.Key.Key_Backspace)
    assert deleted == [True]


def test_presenting_clears_the_selection(window, presenter):
    scene = window.view.board_scene
    scene.select_ids(["n1", "c1"])
    presenter.start()
    assert scene.selected_ids() == []


def test_attaching_after_the_old_view_is_gone_is_safe(qtbot, window, presenter, document):
    presenter.start()
    old = window.view
    old.setParent(None)
    Shiboken.delete(old)
    new_view = BoardView(BoardScene(document))
    qtbot.addWidget(new_view)
    presenter.attach(document, new_view)
    assert not presenter.active
    presenter.start()
    assert presenter.current == "c1"
