"""Voting mode: while it is on, a tap on a note places the current voter's dot.

A tap on one of your own dots takes it back. A dot the round does not allow is never silently
dropped: `refused` carries the reason in words, for the window to show where the voter is
looking. Presses anywhere else (empty canvas, cluster bodies) pass through, so the board can
still be panned and zoomed mid-vote; presses on notes neither select, move nor edit them.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from codesign.canvas.items import NoteItem
from codesign.canvas.items.vote_dots import VoteDots
from codesign.canvas.votes_layer import VotesLayer
from codesign.commands.votes import place_dot, take_back_dot
from codesign.model import Participant
from codesign.model.voting import remaining_budget

_PRESS = QEvent.Type.GraphicsSceneMousePress
_MOVE = QEvent.Type.GraphicsSceneMouseMove
_RELEASE = QEvent.Type.GraphicsSceneMouseRelease
_DOUBLE = QEvent.Type.GraphicsSceneMouseDoubleClick


def _tr(text: str) -> str:
    return QCoreApplication.translate("voting", text)


class VotingMode(QObject):
    refused = Signal(str)
    """A dot was refused; the text says why ("Ruth has used all 3 dots.")."""
    voted = Signal(str)
    """A dot was placed or taken back; the text says what is left ("Ruth: 1 dot left")."""

    def __init__(self, layer: VotesLayer, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.layer = layer
        self.enabled = False
        self._pressed: str | None = None
        layer.scene.installEventFilter(self)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        self._pressed = None
        if on:
            self.layer.scene.clearSelection()
            self.layer.scene.editor.finish()

    # --- events --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.enabled or not isinstance(event, QGraphicsSceneMouseEvent):
            return False
        kind = event.type()
        if kind in (_PRESS, _DOUBLE) and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._under(event.scenePos())[0]
            if self._pressed is None:
                return False
            event.accept()
            return True
        if kind == _MOVE and self._pressed is not None:
            event.accept()
            return True
        if kind == _RELEASE and self._pressed is not None:
            pressed, self._pressed = self._pressed, None
            note, own = self._under(event.scenePos())
            if note == pressed:
                self.tap(pressed, own == pressed)
            event.accept()
            return True
        return False

    def _under(self, pos: QPointF) -> tuple[str | None, str | None]:
        """The note under the pointer, counting its dots that hang over its top edge, and the
        note whose dot from the current voter is under it: one look-up in the scene for both,
        as each costs a walk of the scene's index."""
        found = self.layer.scene.items(pos)
        note = own = None
        for item in found:
            if isinstance(item, VoteDots):
                dot = item.dot_at(item.mapFromScene(pos))
                parent = item.parentItem()
                if dot is None or parent is None:
                    continue
                if note is None and isinstance(parent, NoteItem):
                    note = parent.item_id
                if own is None and dot.voter == self.layer.voter_id:
                    own = parent.item_id
        if note is None:
            item = self.layer.scene.gestures.first_grabbing(found, pos)
            note = item.item_id if isinstance(item, NoteItem) else None
        return note, own

    # --- voting --------------------------------------------------------------------------

    def tap(self, note_id: str, take_back: bool = False) -> bool:
        """Place (or take back) the current voter's dot on a note; False, and `refused`
        emitted with the reason, when the round does not allow it."""
        document = self.layer.document
        voting = self.layer.open_round()
        voter = document.get(self.layer.voter_id) if self.layer.voter_id else None
        if voting is None:
            self.refused.emit(_tr("No round is open: start a voting round first."))
            return False
        if not isinstance(voter, Participant):
            self.refused.emit(_tr("Choose who is voting first: tap a name in the Voting panel."))
            return False
        vote = take_back_dot if take_back else place_dot
        outcome = vote(document, voting.id, voter.id, note_id)
        if outcome.refused:
            self.refused.emit(outcome.refused)
            return False
        updated = self.layer.open_round()
        left = remaining_budget(updated, voter.id) if updated is not None else 0
        self.voted.emit(budget_text(voter.name, left))
        return True


def budget_text(name: str, left: int) -> str:
    if left == 0:
        return _tr("{name}: all dots placed").format(name=name)
    return QCoreApplication.translate("voting", "{name}: %n dot(s) left", "", left).format(
        name=name
    )
