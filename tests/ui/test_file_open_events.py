from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFileOpenEvent

from codesign.storage import save_board
from codesign.ui.files.file_open_events import FileOpenEvents
from tests.boards import themed_board
from tests.ui.conftest import make_window


def test_a_board_double_clicked_in_finder_opens_in_the_running_app(qtbot, qapp, tmp_path):
    window = make_window(qtbot)
    path = tmp_path / "ServiceLand.codesign.json"
    save_board(themed_board().model_copy(update={"title": "Diwrnod trafod"}), path)
    events = FileOpenEvents(window.files.open_if_allowed, window)
    qapp.installEventFilter(events)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
    finally:
        qapp.removeEventFilter(events)
    assert window.document.path == path
    assert window.document.info.title == "Diwrnod trafod"
