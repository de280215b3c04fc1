"""Handlers for the Insert menu: text and headings, connectors, shapes and ink.

Text and headings are made at the pointer with the editor open, as a new note is. The tools
(connector, shapes, pen, eraser, lasso) are checkable actions that switch the board's
`DrawingTools`; whichever tool is on is shown checked, and the pen bar shows while the pen is.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QPointF, Signal
from PySide6.QtGui import QAction

from codesign.canvas.drawing_tools import DrawingTools, Tool
from codesign.canvas.items import ConnectorItem
from codesign.canvas.view import BoardView
from codesign.commands.drawing import TEXT_SIZES, add_text, set_connector, set_text_size
from codesign.document import BoardDocument
from codesign.model import Connector, Label
from codesign.model.ids import new_id

TOOL_KEYS: dict[str, Tool] = {
    "connector_tool": "connector",
    "shape.rectangle": "rectangle",
    "shape.ellipse": "ellipse",
    "shape.line": "line",
    "pen": "pen",
    "eraser": "eraser",
    "lasso": "lasso",
}
TEXT_WIDTH = 480.0
"""A new text's box: wide enough for a heading; its words wrap inside it."""


class DrawActions(QObject):
    message = Signal(str)
    tool_changed = Signal(object)
    """The tool now on, or None: the pen bar follows it."""

    def __init__(self, view: Callable[[], BoardView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.tools: DrawingTools | None = None
        self._actions: Mapping[str, QAction] = {}
        self.finger_draws = False
        self._syncing = False
        self._voting_watched: Mapping[str, QAction] | None = None
        self._voting = False
        self._presenting = False

    @property
    def view(self) -> BoardView:
        return self._view()

    @property
    def document(self) -> BoardDocument:
        return self.view.board_scene.document

    def attach(self, view: BoardView, actions: Mapping[str, QAction]) -> None:
        """Follow a newly shown board: its own tools, the pen settings carried over."""
        self._actions = actions
        old = self.tools
        self.tools = DrawingTools(view)
        if old is not None:
            self.tools.pen_colour, self.tools.pen_width = old.pen_colour, old.pen_width
        self.tools.finger_draws = self.finger_draws
        self.tools.tool_changed.connect(self._show_tool)
        self.tools.message.connect(self.message)
        voting = actions.get("voting_mode")
        if voting is not None:
            if actions is not self._voting_watched:
                voting.toggled.connect(self._follow_voting)
                self._voting_watched = actions
            self._voting = voting.isChecked()
        self._quieten()
        self._show_tool(None)

    def _follow_voting(self, on: bool) -> None:
        """While voting, a tap by a note's edge is a voter's tap: no handles, no arrows."""
        self._voting = on
        self._quieten()

    def set_presenting(self, on: bool) -> None:
        """While presenting, the laptop's screen is the room's (mirrored): no edge handles
        round what the pointer rests on."""
        self._presenting = on
        self._quieten()

    def _quieten(self) -> None:
        if self.tools is not None:
            self.tools.set_quiet(self._voting or self._presenting)

    def handlers(self) -> dict[str, Callable[..., object]]:
        handlers: dict[str, Callable[..., object]] = {
            "new_text": lambda: self.new_text("body"),
            "new_heading": lambda: self.new_text("h1"),
            "finger_draws": self.set_finger_draws,
            "connector.label": self.edit_connector_label,
            "connector.arrow_start": lambda: self.toggle_arrow("arrow_start"),
            "connector.arrow_end": lambda: self.toggle_arrow("arrow_end"),
        }
        for size in TEXT_SIZES:
            handlers[f"text.{size}"] = lambda s=size: self.text_size(s)
        for key, tool in TOOL_KEYS.items():
            handlers[key] = lambda on, t=tool: self.toggle_tool(t, on)
        return handlers

    # --- tools -------------------------------------------------------------------------------

    def toggle_tool(self, tool: Tool, on: bool) -> None:
        if self.tools is None or self._syncing:
            return
        if on:
            self.tools.set_tool(tool)
        elif self.tools.tool == tool:
            self.tools.set_tool(None)

    def _show_tool(self, tool: Tool | None) -> None:
        self._syncing = True  # checking the actions to match is not a choice of tool
        try:
            for key, each in TOOL_KEYS.items():
                action = self._actions.get(key)
                if action is not None and action.isChecked() != (each == tool):
                    action.setChecked(each == tool)
        finally:
            self._syncing = False
        hints = {
            "connector": self.tr("Drag from one item to another to connect them."),
            "rectangle": self.tr("Drag on the board to draw the shape."),
            "ellipse": self.tr("Drag on the board to draw the shape."),
            "line": self.tr("Drag on the board to draw the line."),
            "pen": self.tr("Draw on the board; Escape puts the pen down."),
            "eraser": self.tr("Touch ink strokes to rub them out."),
            "lasso": self.tr("Draw round what you want to select."),
        }
        if tool in hints:
            self.message.emit(hints[tool])
        self.tool_changed.emit(tool)

    def current_tool(self) -> Tool | None:
        return self.tools.tool if self.tools is not None else None

    def set_finger_draws(self, on: bool) -> None:
        self.finger_draws = on
        if self.tools is not None:
            self.tools.finger_draws = on

    def set_pen(self, colour: str | None = None, width: float | None = None) -> None:
        if self.tools is None:
            return
        if colour is not None:
            self.tools.pen_colour = colour
        if width is not None:
            self.tools.pen_width = width

    # --- text --------------------------------------------------------------------------------

    def new_text(self, size: str, at: QPointF | None = None) -> str | None:
        """Text or a heading at the pointer, open for typing; left empty, it goes again. The
        words start at the pointer: centred on it, they began half a box to its left, off the
        board's edge when the pointer was near it."""
        view = self.view
        view.finish_editing()
        if self.tools is not None:
            self.tools.set_tool(None)
        where = at if at is not None else view.pointer_scene_pos()
        font_size, bold = TEXT_SIZES[size]
        height = font_size * 1.25 * 2
        label = Label(
            id=new_id("text"),
            x=where.x(),
            y=where.y() - height / 2,
            width=TEXT_WIDTH,
            height=height,
            font_size=font_size,
            bold=bold,
        )
        if not add_text(self.document, label).pushed:
            return None
        view.board_scene.select_ids([label.id])
        view.board_scene.editor.start(label.id, new_note=True)
        return label.id

    def text_size(self, size: str) -> None:
        selected = self._selected(Label)
        if not selected:
            self.message.emit(self.tr("Select a text or heading first."))
            return
        set_text_size(self.document, selected, size)

    # --- connectors --------------------------------------------------------------------------

    def _selected(self, kind: type) -> list[str]:
        self.view.finish_editing()
        scene = self.view.board_scene
        return [key for key in scene.selected_ids() if isinstance(self.document.get(key), kind)]

    def toggle_arrow(self, end: str) -> None:
        selected = self._selected(Connector)
        if not selected:
            self.message.emit(self.tr("Select a connector first."))
            return
        shown = not getattr(self.document.get(selected[0]), end)
        set_connector(self.document, selected, **{end: shown})

    def recolour_connector(self, colour: str) -> None:
        set_connector(self.document, self._selected(Connector), colour=colour)

    def edit_connector_label(self) -> None:
        selected = self._selected(Connector)
        if not selected or self.tools is None:
            self.message.emit(self.tr("Select a connector first."))
            return
        item = self.view.board_scene.graphics_item(selected[0])
        if isinstance(item, ConnectorItem):
            self.tools.label_editor.start(item)
