"""The Voting panel: the round, one big button per voter, the dots left, and the results.

Built for a touchscreen passed round a room: switching voter is one tap on a name in its dot
colour, the dots left are shown large enough to read from a step back, and adding a person is
typing a name and pressing Enter.
"""

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from codesign.document import BoardDocument
from codesign.model import Participant, VotingRound
from codesign.model.voting import remaining_budget
from codesign.ui.common.panel_style import (
    PANEL_STYLE,
    SECTION_GAP,
    give_icon,
    mark,
    panel_tool_button,
    section_label,
)
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.common.plain_text import plain_label
from codesign.ui.voting.vote_results import ResultsView

VOTER_COLUMNS = 2
BUDGET_PIXELS = 64


class VotingPanel(QDockWidget):
    voter_chosen = Signal(str)
    participant_named = Signal(str)
    anonymous_wanted = Signal()
    item_chosen = Signal(str)
    round_chosen = Signal(str)
    """A round picked from the list of past rounds, to show its dots and results."""

    def __init__(self, actions: Mapping[str, QAction], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Voting"), parent)
        self.setObjectName("VotingPanel")
        self.setStyleSheet(PANEL_STYLE)
        body = mark(QWidget(self), "panel")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(8)
        self.round_title = QLabel(body)
        self.round_title.setTextFormat(Qt.TextFormat.RichText)  # bold, with the title escaped
        self.round_title.setObjectName("RoundTitle")
        self.round_title.setWordWrap(True)
        self.round_rules = plain_label(mark(QLabel(body), "hint"))
        self.round_rules.setWordWrap(True)
        self.rounds = QComboBox(body)
        self.rounds.setObjectName("RoundChooser")
        self.rounds.setToolTip(self.tr("Rounds kept in this board: pick one to see its results"))
        self.rounds.activated.connect(
            lambda index: self.round_chosen.emit(self.rounds.itemData(index))
        )
        layout.addWidget(section_label(self.tr("Round"), body))
        layout.addWidget(self.rounds)
        layout.addWidget(self.round_title)
        layout.addWidget(self.round_rules)
        buttons = QGridLayout()
        buttons.setSpacing(6)
        keys = ("start_round", "voting_mode", "reveal_tally", "close_round", "results_on_board")
        for index, key in enumerate(keys):
            button = panel_tool_button(QToolButton(body))
            button.setDefaultAction(actions[key])
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(section_label(self.tr("Voters"), body))
        self.budget = QLabel(body)
        self.budget.setObjectName("BudgetLeft")
        self.budget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.budget.font())
        font.setPixelSize(BUDGET_PIXELS)
        font.setBold(True)
        self.budget.setFont(font)
        self.budget.setText("0")
        self.budget.setMinimumHeight(self.budget.sizeHint().height())
        self.budget.setText("")
        self.budget_caption = plain_label(mark(QLabel(body), "hint"))
        self.budget_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.budget_caption.setWordWrap(True)
        layout.addWidget(self.budget)
        layout.addWidget(self.budget_caption)
        self.voters = QWidget(body)
        self.voter_grid = QGridLayout(self.voters)
        self.voter_grid.setContentsMargins(0, 0, 0, 0)
        self.voter_grid.setSpacing(6)
        self.voter_group = QButtonGroup(self)
        self.voter_group.setExclusive(True)
        self.voter_buttons: dict[str, QPushButton] = {}
        layout.addWidget(self.voters)
        adding = QHBoxLayout()
        self.new_name = QLineEdit(body)
        self.new_name.setObjectName("NewParticipant")
        self.new_name.setPlaceholderText(self.tr("Add a person: type a name, press Enter"))
        self.new_name.returnPressed.connect(self._on_name_entered)
        anonymous = mark_button(QPushButton(self.tr("Anonymous"), body), "voting.add_voter")
        give_icon(anonymous, "user-plus")
        anonymous.setObjectName("AddAnonymous")
        anonymous.setToolTip(self.tr("Add a voter called “Voter n”, for a vote without names"))
        anonymous.clicked.connect(self.anonymous_wanted)
        adding.addWidget(self.new_name, 1)
        adding.addWidget(anonymous)
        layout.addLayout(adding)
        layout.addSpacing(SECTION_GAP)
        self.results = ResultsView(body)
        self.results.item_chosen.connect(self.item_chosen)
        layout.addWidget(self.results, 1)
        scroll = mark(QScrollArea(self), "panel")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self._scroll = scroll
        self._fit_width()
        self.setWidget(scroll)
        self._people: tuple[Participant, ...] = ()
        self._listed: tuple[tuple[tuple[str, str, str], ...], str | None] | None = None
        self._budget_colour = ""

    def _fit_width(self) -> None:
        """Never narrower than its widest row: a squeezed panel would cut buttons off."""
        body = self._scroll.widget()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(body.minimumSizeHint().width() + bar + 2)

    def changeEvent(self, event: QEvent) -> None:
        """Another language makes other widths: measured again once every text has changed."""
        if event.type() == QEvent.Type.LanguageChange:
            self._listed = None  # "open" and "closed" in the list of rounds are words too
            QTimer.singleShot(0, self, self._fit_width)
        super().changeEvent(event)

    def _on_name_entered(self) -> None:
        name = self.new_name.text().strip()
        if name:
            self.participant_named.emit(name)
            self.new_name.clear()

    # --- showing the state -----------------------------------------------------------------

    def show_state(
        self, document: BoardDocument, voting: VotingRound | None, voter_id: str | None
    ) -> None:
        people = tuple(document.records_of(Participant))
        if people != self._people:
            self._people = people
            self._rebuild_voters(people)
        for key, button in self.voter_buttons.items():
            button.setChecked(key == voter_id)
        self._list_rounds(list(document.records_of(VotingRound)), voting)
        self._show_round(voting)
        self._show_budget(voting, document.get(voter_id) if voter_id else None)
        self.results.show_round(document, voting)

    def _list_rounds(self, rounds: Sequence[VotingRound], shown: VotingRound | None) -> None:
        """Filled again only when a round came, went, was renamed, opened or closed, or
        another is shown: a dot changes none of that."""
        listed = (tuple((r.id, r.title, r.status) for r in rounds), shown.id if shown else None)
        if listed == self._listed:
            return
        self._listed = listed
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for voting in rounds:
            state = self.tr("open") if voting.status == "open" else self.tr("closed")
            self.rounds.addItem(f"{voting.title} ({state})", voting.id)
        if shown is not None:
            self.rounds.setCurrentIndex(self.rounds.findData(shown.id))
        self.rounds.setVisible(len(rounds) > 1)
        self.rounds.blockSignals(False)

    def _show_round(self, voting: VotingRound | None) -> None:
        if voting is None:
            self.round_title.setText(self.tr("<b>No voting round yet</b>"))
            self.round_rules.setText(self.tr("Start a round to let people place dots."))
            return
        state = self.tr("open") if voting.status == "open" else self.tr("closed")
        self.round_title.setText(
            self.tr("<b>{title}</b> ({state})").format(title=html.escape(voting.title), state=state)
        )
        rules = [self.tr("%n dot(s) each", "", voting.budget)]
        rules.append(
            self.tr("stacking allowed") if voting.allow_stacking else self.tr("one per note")
        )
        if voting.scope:
            rules.append(self.tr("chosen themes only"))
        if voting.hide_tally:
            rules.append(self.tr("tally hidden"))
        self.round_rules.setText(" · ".join(rules))

    def _show_budget(self, voting: VotingRound | None, voter: object) -> None:
        self._fill_budget(voting, voter)
        # Kept, empty, while a round is open: the voter buttons below never jump down under
        # the next person's finger when the first name is tapped.
        self.budget.setVisible(voting is not None and voting.status == "open")

    def _fill_budget(self, voting: VotingRound | None, voter: object) -> None:
        if voting is None or voting.status != "open":
            self.budget.setText("")
            self.budget_caption.setText("")
            return
        if not isinstance(voter, Participant):
            self.budget.setText("")
            self.budget_caption.setText(self.tr("Tap your name to vote"))
            return
        left = remaining_budget(voting, voter.id)
        self.budget.setText(str(left))
        if voter.colour != self._budget_colour:  # a new style sheet re-polishes the label
            self._budget_colour = voter.colour
            self.budget.setStyleSheet(f"color: {voter.colour};")
        if left == 0:
            caption = self.tr("dots left for {name}: all placed, pass it on")
        else:
            caption = self.tr("dot(s) left for {name}", "", left)
        self.budget_caption.setText(caption.format(name=voter.name))

    def _rebuild_voters(self, people: Sequence[Participant]) -> None:
        for button in self.voter_buttons.values():
            self.voter_group.removeButton(button)
            button.deleteLater()
        self.voter_buttons = {}
        for index, person in enumerate(people):
            button = mark_button(QPushButton(person.name, self.voters), "voting.choose_voter")
            button.setObjectName(f"voter.{person.id}")
            button.setCheckable(True)
            button.setMinimumHeight(52)
            button.setStyleSheet(_voter_style(person.colour))
            button.setAccessibleName(self.tr("Vote as {name}").format(name=person.name))
            button.clicked.connect(
                lambda _checked=False, key=person.id: self.voter_chosen.emit(key)
            )
            self.voter_group.addButton(button)
            self.voter_grid.addWidget(button, index // VOTER_COLUMNS, index % VOTER_COLUMNS)
            self.voter_buttons[person.id] = button


def _voter_style(colour: str) -> str:
    """The voter's dot colour as the button; the chosen voter gets a thick dark frame."""
    base = QColor(colour)
    chosen = base.darker(115).name()
    text = "#FFFFFF" if base.lightness() < 150 else "#1F1F1F"
    return (
        f"QPushButton {{ background: {base.name()}; color: {text}; font-weight: bold;"
        " font-size: 17px; border: 3px solid transparent; border-radius: 10px; padding: 8px; }"
        f" QPushButton:checked {{ border: 5px solid #1F1F1F; background: {chosen}; }}"
    )
