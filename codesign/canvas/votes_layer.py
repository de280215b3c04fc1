"""Keeps the vote dots on the canvas in step with the document's voting rounds.

It follows `records_changed` after the scene has (it connects later), and redraws dots only
when a round, a participant, or a note carrying dots changed, so typing on a note of a big
board never walks the votes. Which round is shown, whether votes show at all, and who is
voting now are view settings, not board edits: they change no record and take no undo step.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPointF, Signal

from codesign.canvas.far_votes import FarVotes
from codesign.canvas.items import ClusterItem, NoteItem
from codesign.canvas.items.vote_dots import VoteDots, expand
from codesign.canvas.scene import BoardScene
from codesign.export.votes_shown import latest_shown, tally_hidden
from codesign.model import Cluster, Participant, VotingRound
from codesign.model.votes import Dot

_FOLLOWED = (VotingRound, Participant, Cluster)
_Followed = TypeVar("_Followed", VotingRound, Participant, Cluster)
ANONYMOUS_COLOUR = "#495057"
"""A dot whose voter has been removed from the board keeps a neutral grey."""


class VotesLayer(QObject):
    changed = Signal()
    """The shown round, its dots, or the voter changed: panels showing counts refresh."""

    def __init__(self, scene: BoardScene) -> None:
        super().__init__(scene)
        self.scene = scene
        self._for_export = False
        self.document = scene.document
        self._shown = True
        self._pinned_round: str | None = None
        self._voter: str | None = None
        self._dots: dict[str, VoteDots] = {}
        self._members: dict[str, list[str]] | None = None
        self._held: dict[str, tuple[str, ...]] = {}
        self._words = ""
        """How the dots' tooltips said "votes" when last drawn: in another language now, every
        note's dots say it again (a dot otherwise redraws its own note's dots only)."""
        """Each cluster's members as `_members` holds them, to take out when it changes."""
        self._badges: tuple[dict[str, int] | None, bool] = (None, False)
        """The totals the badges show now, and whether they were shown through the member
        map still in use: a dot then updates the one badge whose total moved."""
        self._keys: dict[type, dict[str, None]] = {kind: {} for kind in _FOLLOWED}
        """Ids of the rounds, people and clusters, kept from `records_changed`: on a big board a
        scan of every record per dot would cost more than drawing the dots."""
        for record in self.document.items():
            if isinstance(record, _FOLLOWED):  # a note has nothing to forget yet
                self._note_key(record.id)
        for kind in (VotingRound, Participant):
            for record in self.document.records_of(kind):
                self._note_key(record.id)
        self.far = FarVotes(self._corner_of)
        scene.addItem(self.far)
        self.document.records_changed.connect(self._on_records_changed)
        self.refresh()

    # --- settings ------------------------------------------------------------------------

    @property
    def shown(self) -> bool:
        return self._shown

    def set_shown(self, shown: bool) -> None:
        self._shown = shown
        self.refresh()

    @property
    def voter_id(self) -> str | None:
        return self._voter

    def set_voter(self, voter_id: str | None) -> None:
        self._voter = voter_id
        self.refresh()

    def show_round(self, round_id: str | None) -> None:
        """Pin a round to show (its results); None follows the open or latest round."""
        self._pinned_round = round_id
        self.refresh()

    def shown_round(self) -> VotingRound | None:
        """The pinned round, else the open one, else the last round held; while an export
        renders, the round every export shows (`latest_shown`)."""
        rounds = self._records(VotingRound)
        if self._for_export:
            return latest_shown(rounds)
        pinned = self.document.get(self._pinned_round) if self._pinned_round else None
        if isinstance(pinned, VotingRound):
            return pinned
        return next((r for r in rounds if r.status == "open"), rounds[-1] if rounds else None)

    def open_round(self) -> VotingRound | None:
        """Like `commands.votes.open_round`, from the ids kept here rather than a scan."""
        return next((r for r in self._records(VotingRound) if r.status == "open"), None)

    @contextmanager
    def showing_export(self) -> Iterator[None]:
        """The dots and totals every export shows, for as long as a PNG renders: the latest
        round unless its tally is still hidden, whatever this window shows right now."""
        self._for_export = True
        self.refresh()
        try:
            yield
        finally:
            self._for_export = False
            self.refresh()

    def dispose(self) -> None:
        """Take every dot and total off the board and stop following it."""
        self.set_shown(False)
        self.document.records_changed.disconnect(self._on_records_changed)
        if shiboken6.isValid(self.far) and self.far.scene() is not None:
            self.far.scene().removeItem(self.far)
        self.setParent(None)

    def dots_item(self, note_id: str) -> VoteDots | None:
        return self._dots.get(note_id)

    # --- following the document ----------------------------------------------------------

    def _note_key(self, key: str) -> None:
        record = self.document.get(key)
        for kind, ids in self._keys.items():
            if isinstance(record, kind):
                ids[key] = None
            else:
                ids.pop(key, None)

    def _records(self, kind: type[_Followed]) -> list[_Followed]:
        return [self.document.get(key) for key in self._keys[kind]]

    def _on_records_changed(self, keys: frozenset[str]) -> None:
        watched = [k for k in keys if any(k in ids for ids in self._keys.values())]
        was_cluster = {k for k in watched if k in self._keys[Cluster]}
        for key in keys:
            self._note_key(key)
        watched += [k for k in keys if any(k in ids for ids in self._keys.values())]
        clusters = [
            key
            for key in dict.fromkeys(watched)
            if key in was_cluster or key in self._keys[Cluster]
        ]
        if clusters:
            self._follow_members(clusters)
            self._badges = (None, False)
        if any(key in self._dots for key in keys) or any(
            key not in self._keys[Cluster] for key in watched
        ):
            self.refresh()
        elif watched:
            self._show_cluster_totals(self.shown_round())

    def refresh(self) -> None:
        """Redraw every dot of the shown round (a round holds hundreds of dots, not thousands)."""
        voting = self.shown_round()
        shown = self._shown or self._for_export
        wanted = self._dots_by_note(voting) if voting is not None and shown else {}
        for note_id in list(self._dots):
            if note_id not in wanted:
                self._drop(note_id)
        hidden = voting is not None and tally_hidden(voting)
        words = QCoreApplication.translate("canvas", "%n vote(s)", "", 2)
        reworded, self._words = words != self._words, words
        colours = {p.id: p.colour for p in self._records(Participant)}
        for note_id, dots in wanted.items():
            note = self.scene.graphics_item(note_id)
            if not isinstance(note, NoteItem):
                continue
            item = self._dots.get(note_id)
            if item is None or not shiboken6.isValid(item) or item.parentItem() is not note:
                item = VoteDots(note.record.width)
                item.setParentItem(note)
                self._dots[note_id] = item
            rows = [(d.voter, colours.get(d.voter, ANONYMOUS_COLOUR), d.count) for d in dots]
            total = None if hidden else sum(d.count for d in dots)
            item.show_dots(note.record.width, expand(rows), total, reworded)
        self.far.show_pills(
            {note_id: (item.count(), item.mark_colour()) for note_id, item in self._dots.items()}
        )
        self._show_cluster_totals(voting)
        self.changed.emit()

    def _dots_by_note(self, voting: VotingRound) -> dict[str, list[Dot]]:
        by_note: dict[str, list[Dot]] = {}
        for dot in voting.dots:
            if not tally_hidden(voting) or dot.voter == self._voter:
                by_note.setdefault(dot.note, []).append(dot)
        return by_note

    def _corner_of(self, note_id: str) -> QPointF | None:
        """Where a note's top-right corner is now (a dragged note's pill follows it)."""
        note = self.scene.graphics_item(note_id)
        if not isinstance(note, NoteItem):
            return None
        return note.mapToScene(QPointF(note.record.width, 0.0))

    def _drop(self, note_id: str) -> None:
        item = self._dots.pop(note_id)
        if shiboken6.isValid(item) and item.scene() is not None:
            item.scene().removeItem(item)

    def _show_cluster_totals(self, voting: VotingRound | None) -> None:
        """The cluster badge reads "5 notes · 12 votes" once the tally is out in the open."""
        shown = self._shown or self._for_export
        counted = voting is not None and shown and not tally_hidden(voting)
        tally = voting.tally() if voting is not None and counted else None
        # made as the round shows, before its first dot: the first tap is as quick as the rest
        member_of = self._member_of() if counted else {}
        totals: dict[str, int] | None = None
        if tally:
            totals = {}
            for note_id, count in tally.items():
                for cluster_id in member_of.get(note_id, ()):
                    totals[cluster_id] = totals.get(cluster_id, 0) + count
        last, self._badges = self._badges, (totals, self._members is not None)
        if last[1] and self._members is not None and last[0] is not None and totals is not None:
            touched = [k for k in last[0].keys() | totals.keys() if last[0].get(k) != totals.get(k)]
        else:
            touched = list(self._keys[Cluster])
        for cluster_id in touched:
            item = self.scene.graphics_item(cluster_id)
            if isinstance(item, ClusterItem):
                item.show_votes(totals.get(cluster_id, 0) if totals is not None else None)

    def _member_of(self) -> dict[str, list[str]]:
        """The clusters each note belongs to, made once and then kept up to date cluster by
        cluster: a dot adds to its note's cluster instead of every badge summing every member
        (100,000 notes), and a theme edited mid-vote costs its own members, not the board's."""
        if self._members is None:
            self._members, self._held = {}, {}
            for cluster in self._records(Cluster):
                self._hold(cluster.id, cluster.members)
        return self._members

    def _follow_members(self, cluster_ids: list[str]) -> None:
        if self._members is None:
            return
        for cluster_id in cluster_ids:
            for member in self._held.pop(cluster_id, ()):
                clusters = self._members[member]
                clusters.remove(cluster_id)
                if not clusters:
                    del self._members[member]
            cluster = self.document.get(cluster_id)
            if isinstance(cluster, Cluster):
                self._hold(cluster_id, cluster.members)

    def _hold(self, cluster_id: str, members: Iterable[str]) -> None:
        assert self._members is not None
        held = tuple(members)
        self._held[cluster_id] = held
        for member in held:
            self._members.setdefault(member, []).append(cluster_id)


@contextmanager
def export_votes(scene: BoardScene) -> Iterator[None]:
    """Votes as the PDF draws them while an export renders `scene`: through the window's own
    layer when it has one, else (the command line) through a layer made for the render."""
    layer = scene.findChild(VotesLayer)
    made = layer is None
    if layer is None:
        layer = VotesLayer(scene)
    try:
        with layer.showing_export():
            yield
    finally:
        if made:
            layer.dispose()
