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
            self._pressed = self._note_at(event.scenePos())
            if self._pressed is None:
                return False
            event.accept()
            return True
        if kind == _MOVE and self._pressed is not None:
            event.accept()
            return True
        if kind == _RELEASE and self._pressed is not None:
            pressed, self._pressed = self._pressed, None
            if self._note_at(event.scenePos()) == pressed:
                self.tap(pressed, self._own_dot_at(event.scenePos()) == pressed)
            event.accept()
            return True
        return False

    def _note_at(self, pos: QPointF) -> str | None:
        """The note under the pointer, counting its dots that hang over its top edge."""
        for item in self.layer.scene.items(pos):
            if isinstance(item, VoteDots) and item.dot_at(item.mapFromScene(pos)) is not None:
                parent = item.parentItem()
                if isinstance(parent, NoteItem):
                    return parent.item_id
        item = self.layer.scene.gestures.item_at(pos)
        return item.item_id if isinstance(item, NoteItem) else None

    def _own_dot_at(self, pos: QPointF) -> str | None:
        """The note whose dot from the current voter is under the pointer, if any."""
        for item in self.layer.scene.items(pos):
            if isinstance(item, VoteDots):
                dot = item.dot_at(item.mapFromScene(pos))
                parent = item.parentItem()
                if dot is not None and dot.voter == self.layer.voter_id and parent is not None:
                    return parent.item_id
        return None

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
