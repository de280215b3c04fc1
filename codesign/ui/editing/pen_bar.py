"""The pen bar: ink colours and three widths, shown under the toolbar while the pen is on.

A graphic recorder switches felt-tips every few seconds, so each colour and width is one
click (or tap) away, and the choice is kept for the next stroke and the next board.
"""

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QMainWindow, QToolBar

from codesign.model.ink import INK_COLOURS, PEN_WIDTHS
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.common.swatches import SWATCH_SIZE, painted_icon
from codesign.ui.editing.draw_actions import DrawActions
from codesign.ui.editing.ink_names import INK_NAMES


def _dot(colour: str, radius: float) -> Callable[[QPainter], None]:
    def draw(painter: QPainter) -> None:
        painter.setPen(QPen(QColor("#FFFFFF"), 2))
        painter.setBrush(QColor(colour))
        painter.drawEllipse(QPointF(SWATCH_SIZE / 2, SWATCH_SIZE / 2), radius, radius)

    return draw


class PenBar(QToolBar):
    def __init__(self, draw: DrawActions, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("PenBar")
        self.setWindowTitle(self.tr("Pen"))
        self.setMovable(False)
        self._draw = draw
        self._tool: object = None
        self._presenting = False
        self.colours = QActionGroup(self)
        for name, value in INK_COLOURS.items():
            action = self._add(self.colours, _dot(value, 11), self.tr(INK_NAMES[name]))
            action.setObjectName(f"pen.colour.{name}")
            action.triggered.connect(lambda _checked=False, v=value: draw.set_pen(colour=v))
            action.setChecked(name == "black")
        self.addSeparator()
        self.widths = QActionGroup(self)
        names = (self.tr("Fine"), self.tr("Medium"), self.tr("Marker"))
        for width, text in zip(PEN_WIDTHS, names, strict=True):
            action = self._add(self.widths, _dot("#1F1F1F", 2 + width), text)
            action.setObjectName(f"pen.width.{int(width)}")
            action.triggered.connect(lambda _checked=False, w=width: draw.set_pen(width=w))
            action.setChecked(width == PEN_WIDTHS[1])
        self.addSeparator()
        for key in ("eraser", "lasso", "finger_draws"):
            self.addAction(window.actions[key])  # type: ignore[attr-defined]
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.hide()
        draw.tool_changed.connect(self._follow)

    def _add(
        self, group: QActionGroup, icon_draw: Callable[[QPainter], None], text: str
    ) -> QAction:
        action = QAction(painted_icon(icon_draw), text, self)
        action.setCheckable(True)
        action.setToolTip(text)
        group.addAction(action)
        self.addAction(action)
        button = self.widgetForAction(action)
        if isinstance(button, QAbstractButton):
            mark_button(button, "pen")  # choosing ink is part of the pen, allowed when locked
        return action

    def set_presenting(self, on: bool) -> None:
        """No toolbar over a presentation (a mirrored wall would show it): the pen still
        draws, and its bar comes back at the end if the pen is still in hand."""
        self._presenting = on
        self._follow(self._tool)

    def _follow(self, tool: object) -> None:
        """Shown with the pen and the eraser, which a recorder swaps between."""
        self._tool = tool
        self.setVisible(tool in ("pen", "eraser", "lasso") and not self._presenting)
