"""Typing a connector's label where it sits: one line of plain text at the arrow's middle.

Enter or a click elsewhere keeps it (one "Edit connector label" step), Escape leaves it as it
was. The field lives in the scene only while editing, as the note editor does.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGraphicsProxyWidget, QLineEdit

from codesign.canvas.items import ConnectorItem
from codesign.commands.drawing import set_connector

if TYPE_CHECKING:
    from codesign.canvas.scene import BoardScene

MAX_LABEL = 200
"""Characters in a connector's label: a few words on an arrow, not a paragraph."""
WIDTH = 220.0
FIELD_STYLE = (
    "QLineEdit { background: #FFFFFF; color: #1F1F1F; border: 2px solid #2F6FEB;"
    " border-radius: 8px; padding: 3px 8px; selection-background-color: #BFD3FA;"
    " selection-color: #1F1F1F; }"
)
"""The label's pill, as it is drawn on the arrow, outlined in the selection blue while typed."""


class _LabelField(QLineEdit):
    def __init__(self, editor: "ConnectorLabelEditor") -> None:
        super().__init__()
        self._editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._editor.close()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._editor.finish()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._editor.finish()


class ConnectorLabelEditor(QObject):
    def __init__(self, scene: "BoardScene") -> None:
        super().__init__(scene)
        self._scene = scene
        self._connector_id: str | None = None
        self._proxy: QGraphicsProxyWidget | None = None
        self._field: _LabelField | None = None

    @property
    def field(self) -> QLineEdit | None:
        return self._field

    def start(self, item: ConnectorItem) -> None:
        self.finish()
        self._connector_id = item.item_id
        field = _LabelField(self)
        field.setObjectName("ConnectorLabelEditor")
        field.setStyleSheet(FIELD_STYLE)
        field.setMaxLength(MAX_LABEL)
        field.setText(item.record.label)
        field.selectAll()
        field.setPlaceholderText(self.tr("Label"))
        proxy = QGraphicsProxyWidget()
        proxy.setWidget(field)
        proxy.setZValue(20_000_000.0)
        middle = item.line().center()
        field.resize(round(WIDTH), field.sizeHint().height())
        proxy.setPos(middle.x() - WIDTH / 2, middle.y() - field.height() / 2)
        self._scene.addItem(proxy)
        self._proxy, self._field = proxy, field
        for view in self._scene.views():
            if view.isVisible() and view.focusPolicy() != Qt.FocusPolicy.NoFocus:
                view.setFocus(Qt.FocusReason.OtherFocusReason)
                break
        proxy.setFocus()
        field.setFocus()

    def rect(self) -> QRectF:
        return self._proxy.sceneBoundingRect() if self._proxy is not None else QRectF()

    def finish(self) -> None:
        field, connector_id = self._field, self._connector_id
        if field is None or connector_id is None:
            return
        text = " ".join(field.text().split())
        self.close()
        set_connector(self._scene.document, [connector_id], label=text)

    def close(self) -> None:
        proxy = self._proxy
        self._proxy = self._field = None
        self._connector_id = None
        if proxy is not None:
            self._scene.removeItem(proxy)
            proxy.deleteLater()
