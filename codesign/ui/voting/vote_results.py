"""The results of a round as the facilitator reads them out: notes ranked, ties marked "=2"
(`place_label`, as in the PDF), then each theme's total. Hidden while the tally is hidden, so
the panel cannot leak it. Votes come before the note's words, so a narrow panel cuts the words,
never the count; the round's title comes from the board: plain text only. The note list stops
at `MAX_NOTE_ROWS` with one line saying how many more notes rank below:
on a 10,000-note board a voter's tap then refreshes 200 rows, not 10,000. The ranking itself
waits for a pause of `RANK_AFTER_MS` in the voting once the round is listed (even with no dots
yet), so a tap's dot shows at once and a run of taps ranks the board once."""

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from codesign.commands.votes import round_results
from codesign.document import BoardDocument
from codesign.model import Cluster, Note, VotingRound
from codesign.model.voting import Ranked, place_label
from codesign.ui.common.plain_text import plain_tip

ID_ROLE = Qt.ItemDataRole.UserRole
NOTE_CHARS = 60
MAX_NOTE_ROWS = 200
RANK_AFTER_MS = 200


class ResultsView(QWidget):
    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pending: tuple[BoardDocument, VotingRound] | None = None
        self._filled: tuple[str, str] | None = None
        """The round, and whether it was open, that the lists show: another round, or this one
        closed, is listed at once; a dot in the round already listed waits for the pause."""
        self._rank = QTimer(self, singleShot=True, interval=RANK_AFTER_MS)
        self._rank.timeout.connect(self._fill)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)  # bold, with the title escaped
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.notes = QListWidget(self)
        self.notes.setObjectName("NoteResults")
        self.clusters = QListWidget(self)
        self.clusters.setObjectName("ThemeResults")
        self.clusters.setMaximumHeight(140)
        self.theme_heading = QLabel(self.tr("<b>Themes</b>"), self)
        for widget in (self.heading, self.notes, self.theme_heading, self.clusters):
            layout.addWidget(widget)
        for listing in (self.notes, self.clusters):
            listing.setTextElideMode(Qt.TextElideMode.ElideRight)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.itemClicked.connect(self._on_clicked)

    def show_round(self, document: BoardDocument, voting: VotingRound | None) -> None:
        self._rank.stop()
        if voting is None:
            self._clear()
            self.heading.setText(self.tr("No votes yet."))
            self._show_lists(False)
            return
        if voting.hide_tally and voting.status == "open":
            self._clear()
            self.heading.setText(self.tr("The tally is hidden until you reveal it."))
            self._show_lists(False)
            return
        self._pending = (document, voting)
        if self._filled == (voting.id, voting.status):
            self._rank.start()
        else:
            self._fill()

    def _clear(self) -> None:
        self._pending = None
        self._filled = None
        self.notes.clear()
        self.clusters.clear()

    def _fill(self) -> None:
        if self._pending is None:
            return
        document, voting = self._pending
        self._clear()
        if not shiboken6.isValid(document):
            return
        results = round_results(document, voting.id)
        self._filled = (voting.id, voting.status)
        state = self.tr("final") if voting.status == "closed" else self.tr("so far")
        heading = self.tr("Results ({state}): “{title}”").format(state=state, title=voting.title)
        if not results.notes:
            heading += "\n" + self.tr("No dots on any note yet.")
        self.heading.setText(heading)
        for ranked in results.notes[:MAX_NOTE_ROWS]:
            note = document.get(ranked.id)
            text = " ".join(note.text.split()) if isinstance(note, Note) else ranked.id
            if len(text) > NOTE_CHARS:
                text = text[: NOTE_CHARS - 1] + "…"
            self._add(self.notes, ranked, text)
        more = len(results.notes) - MAX_NOTE_ROWS
        if more > 0:
            rest = QListWidgetItem(
                self.tr("… and 1 more note ranked below")
                if more == 1
                else self.tr("… and {count} more notes ranked below").format(count=more)
            )
            rest.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes.addItem(rest)
        for ranked in results.clusters:
            cluster = document.get(ranked.id)
            title = cluster.title if isinstance(cluster, Cluster) else ranked.id
            self._add(self.clusters, ranked, title or self.tr("Untitled theme"))
        self._show_lists(True)
        self.theme_heading.setVisible(bool(results.clusters))
        self.clusters.setVisible(bool(results.clusters))

    def _on_clicked(self, row: QListWidgetItem) -> None:
        item_id = row.data(ID_ROLE)
        if item_id:
            self.item_chosen.emit(item_id)

    def _show_lists(self, shown: bool) -> None:
        for widget in (self.notes, self.theme_heading, self.clusters):
            widget.setVisible(shown)

    def _add(self, listing: QListWidget, ranked: Ranked, text: str) -> None:
        listing.addItem(self._row(ranked, text))

    def _row(self, ranked: Ranked, text: str) -> QListWidgetItem:
        votes = self.tr("%n vote(s)", "", ranked.votes)
        row = QListWidgetItem(f"{place_label(ranked)}  {votes} · {text}")
        row.setToolTip(plain_tip(text))
        row.setData(ID_ROLE, ranked.id)
        return row

    def lines(self) -> list[str]:
        """The note results as shown, for tests and for copying out."""
        return [self.notes.item(i).text() for i in range(self.notes.count())]
