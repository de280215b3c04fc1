"""A black cover over a window's contents: the wall blanked, as a clicker's B or '.' asks."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget


class BlankCover(QWidget):
    """Covers its parent whole and follows its size; shown on top of everything but what is
    raised after it (the projector's timer)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("BlankWall")
        self.setStyleSheet("QWidget#BlankWall { background: black; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAccessibleName(self.tr("The wall is blank"))
        parent.installEventFilter(self)
        self.hide()

    def set_shown(self, on: bool) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.setVisible(on)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(self.parentWidget().rect())
        return False
