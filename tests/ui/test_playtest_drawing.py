"""Found in play: edge handles and connectors after the item under them changed by a key."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from codesign.model import Connector
from tests.ui.conftest import at, drag, hover, press


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
