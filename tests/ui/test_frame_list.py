import pytest
from PySide6.QtCore import QModelIndex, QPointF

from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.commands import record_change
from codesign.document import BoardDocument
from codesign.model import Cluster
from codesign.ui.front_of_room.frame_list import FrameList
from codesign.ui.front_of_room.presentation import PresentationController
from tests.boards import themed_board


@pytest.fixture
def panel(qtbot, qapp):
    document = BoardDocument(themed_board())
    view = BoardView(BoardScene(document))
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.reset_zoom()
    view.centerOn(QPointF(0, 0))
    presenter = PresentationController(document, view)
    presenter.animator._animation.setDuration(0)
    panel = FrameList(presenter)
    qtbot.addWidget(panel)
    yield panel
    presenter.stop()


def _texts(panel):
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_rows_name_the_order_title_and_kind(panel):
    assert _texts(panel) == ["1. Communication (theme)", "2. Evidence (theme)"]


def test_move_buttons_reorder_in_one_undo_step_each(panel):
    panel.list.setCurrentRow(1)
    assert not panel.down_button.isEnabled()
    panel.up_button.click()
    assert panel.frame_ids() == ["c2", "c1"]
    assert panel.selected_id() == "c2"
    assert panel.document.undo_stack.count() == 1
    panel.document.undo_stack.undo()
    assert panel.frame_ids() == ["c1", "c2"]


def test_a_drag_in_the_list_reorders_the_show(panel):
    panel.list.setCurrentRow(0)
    panel.list.model().moveRow(QModelIndex(), 0, QModelIndex(), 2)
    assert panel.frame_ids() == ["c2", "c1"]
    assert panel.document.board().frame_order == ("c2", "c1")


def test_save_the_view_and_delete_it(panel):
    frame_id = panel.save_current_view()
    assert panel.frame_ids()[-1] == frame_id
    assert _texts(panel)[-1] == "3. View 1 (saved view)"
    assert panel.delete_button.isEnabled()
    panel.delete_button.click()
    assert frame_id not in panel.frame_ids()
    panel.list.setCurrentRow(0)
    assert not panel.delete_button.isEnabled()


def test_activating_a_row_presents_it_and_the_list_follows_the_show(panel):
    panel.list.setCurrentRow(1)
    panel.present_button.click()
    assert panel.presenter.active
    assert panel.presenter.current == "c2"
    panel.presenter.previous()
    assert panel.selected_id() == "c1"


def test_a_new_theme_appears_and_a_note_edit_does_not_redraw(panel, monkeypatch):
    record_change(panel.document, "Add", [Cluster(id="c3", x=0, y=900, title="Influence")])
    assert panel.frame_ids() == ["c1", "c2", "c3"]
    calls = []
    monkeypatch.setattr(panel, "refresh", lambda: calls.append(True))
    note = panel.document.get("n1")
    record_change(panel.document, "Edit", [note.model_copy(update={"text": "Tell it once"})])
    assert calls == []


def test_the_list_follows_the_presenter_to_a_newly_opened_board(qtbot, panel):
    panel.presenter.start()
    document = BoardDocument(themed_board())
    record_change(document, "Add", [Cluster(id="c3", x=0, y=900, title="Influence")])
    view = BoardView(BoardScene(document))
    qtbot.addWidget(view)
    panel.presenter.attach(document, view)
    assert not panel.presenter.active
    assert panel.frame_ids() == ["c1", "c2", "c3"]
    record_change(document, "Add", [Cluster(id="c4", x=0, y=1900, title="Lift off")])
    assert panel.frame_ids()[-1] == "c4"
    panel.presenter.go_to("c4")
    assert panel.presenter.view is view
    assert panel.selected_id() == "c4"
