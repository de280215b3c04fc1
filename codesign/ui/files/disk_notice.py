"""A quiet bar under the toolbar saying the board's file was changed by someone else.

Not a dialog: the change may come while a workshop is in full flow, and nothing is lost until
the next save, which asks anyway. Reload is offered only while the board has no unsaved
changes, so a click on it can never throw work away.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from codesign.ui.common.plain_text import plain_label, plain_tip


class DiskNotice(QToolBar):
    reload_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(self.tr("Changed on disk"), parent)
        self.setObjectName("DiskNotice")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not a toolbar people switch on and off
        self.setStyleSheet(
            "QToolBar#DiskNotice { background: #FFF4CE; border: none;"
            " border-bottom: 1px solid #E8D9A0; padding: 4px 8px; }"
            "QToolBar#DiskNotice QLabel { color: #3D3000; }"
        )
        self.label = plain_label(QLabel(self))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(80)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.label)
        self.reload_action = QAction(self.tr("Reload"), self)
        self.reload_action.setObjectName("action.reload")  # refused while locked
        self.reload_action.setToolTip(self.tr("Open the version on disk in place of this one"))
        self.reload_action.triggered.connect(self.reload_requested)
        self.addAction(self.reload_action)
        dismiss = QAction(self.tr("Dismiss"), self)
        dismiss.triggered.connect(self.hide)
        self.addAction(dismiss)
        self._name = ""
        self.hide()

    def show_change(self, name: str, unsaved: bool) -> None:
        self._name = name
        self.set_unsaved(unsaved)
        self.show()

    def set_unsaved(self, unsaved: bool) -> None:
        """Follow the board being edited or saved while the notice is up."""
        message = self.tr("“{name}” was changed on disk by another program or person.").format(
            name=self._name
        )
        if unsaved:
            message += " " + self.tr("Saving will ask before overwriting it.")
        self.label.setText(message)
        self.label.setToolTip(
            plain_tip(message)
        )  # the bar cuts a long message short in a narrow window
        self.reload_action.setVisible(not unsaved)
