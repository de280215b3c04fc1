"""Handlers for the Edit, Colour and Arrange actions: each turns the selection into one command.

The handlers ask the view for the selection and the pointer at the moment they run, so one
set of handlers serves every board the window opens.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, Signal

from codesign.canvas.view import BoardView
from codesign.commands.arrange import Alignment, Axis, align_items, distribute_items
from codesign.commands.clipboard import duplicate_items
from codesign.commands.notes import bring_to_front, recolour_items, send_to_back
from codesign.commands.removal import delete_items
from codesign.document import BoardDocument
from codesign.model import DEFAULT_NOTE_COLOUR, STICKY_PALETTE
from codesign.model.kinds import COLOURABLE
from codesign.ui.common.actions import COLOUR_NAMES, translated


class EditActions(QObject):
    message = Signal(str)
    """A short note for the status bar, such as the colour the next note will be."""

    def __init__(self, view: Callable[[], BoardView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.new_note_colour = DEFAULT_NOTE_COLOUR
        """The colour a new note gets: the last one picked with nothing selected, as on a pad."""

    @property
    def view(self) -> BoardView:
        return self._view()

    @property
    def document(self) -> BoardDocument:
        return self.view.scene().document

    def selected(self) -> list[str]:
        """The selection, with any text edit committed first so the step order stays true."""
        self.view.finish_editing()
        return self.view.scene().selected_ids()

    def handlers(self) -> dict[str, Callable[[], None]]:
        handlers: dict[str, Callable[[], None]] = {
            "new_note": lambda: self.new_note(),
            "delete": self.delete,
            "duplicate": self.duplicate,
            "select_all": self.select_all,
            "front": self.bring_to_front,
            "back": self.send_to_back,
        }
        for alignment in Alignment:
            handlers[f"align.{alignment.value}"] = lambda a=alignment: self.align(a)
        for axis in Axis:
            handlers[f"distribute.{axis.value}"] = lambda a=axis: self.distribute(a)
        for name in STICKY_PALETTE:
            handlers[f"colour.{name}"] = lambda n=name: self.colour(n)
        return handlers

    def new_note(self, at: QPointF | None = None) -> None:
        """A note at `at`, or at the pointer (a free spot by the view's centre when the pointer
        is elsewhere)."""
        view = self.view
        where = at if at is not None else view.new_note_spot()
        view.add_note_at(where, colour=self.new_note_colour)

    def delete(self) -> None:
        delete_items(self.document, self.selected())

    def duplicate(self) -> None:
        copies = duplicate_items(self.document, self.selected()).made
        if copies:
            self.view.scene().select_ids(copies)

    def select_all(self) -> None:
        self.view.scene().select_ids([item.id for item in self.document.items()])

    def colour(self, name: str) -> None:
        """Recolour the selection; with nothing selected, choose the colour of the next note."""
        selected = self.selected()
        if selected:
            recolour_items(self.document, selected, name)
            if not any(isinstance(self.document.get(key), COLOURABLE) for key in selected):
                self.message.emit(
                    self.tr(
                        "These colours are for notes, themes and shapes; "
                        "right-click a connector for its colour."
                    )
                )
        else:
            self.new_note_colour = name
            colour = translated(COLOUR_NAMES[name])
            self.message.emit(self.tr("New notes will be {colour}").format(colour=colour))

    def bring_to_front(self) -> None:
        bring_to_front(self.document, self.selected())

    def send_to_back(self) -> None:
        send_to_back(self.document, self.selected())

    def align(self, alignment: Alignment) -> None:
        align_items(self.document, self.selected(), alignment)

    def distribute(self, axis: Axis) -> None:
        distribute_items(self.document, self.selected(), axis)
