"""Handlers for the Voting menu, and the glue between the Voting panel, the dots on the canvas
and voting mode. Every vote, participant and round change is one undo step in
`commands.votes`; who is voting now, voting mode and showing votes are settings of the window.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow

from codesign.canvas.view import BoardView
from codesign.canvas.votes_layer import VotesLayer
from codesign.canvas.voting_mode import VotingMode
from codesign.commands.vote_results import results_on_board
from codesign.commands.votes import (
    add_anonymous_voters,
    add_participant,
    close_round,
    open_round,
    set_tally_hidden,
    start_round,
)
from codesign.document import BoardDocument
from codesign.export.votes_shown import tally_hidden
from codesign.model import Cluster, Participant
from codesign.model.bookmarks import Bookmark
from codesign.ui.common.toast import Toast
from codesign.ui.voting.round_dialog import RoundDialog
from codesign.ui.voting.voting_panel import VotingPanel


class VotingActions(QObject):
    message = Signal(str)

    def __init__(self, view: Callable[[], BoardView], window: QMainWindow) -> None:
        super().__init__(window)
        self._view = view
        self._window = window
        self.panel: VotingPanel | None = None
        self.layer: VotesLayer | None = None
        self.mode: VotingMode | None = None
        self.round_dialog: RoundDialog | None = None
        self._actions: Mapping[str, QAction] = {}
        self._toast: Toast | None = None
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)

    @property
    def document(self) -> BoardDocument:
        return self._view().board_scene.document

    def handlers(self) -> dict[str, Callable[..., None]]:
        return {
            "start_round": self.ask_start_round,
            "close_round": self.close_round,
            "results_on_board": self.results_on_board,
            "reveal_tally": self.reveal_tally,
            "voting_mode": self.set_voting_mode,
            "show_votes": self.set_votes_shown,
            "voting_panel": lambda on: self.panel.setVisible(on) if self.panel else None,
        }

    def attach(self, view: BoardView, actions: Mapping[str, QAction]) -> None:
        """Follow a newly shown board: its dots, its voting mode, the panel on its records."""
        self._actions = actions
        if self.panel is None:
            self._make_panel(actions)
        self.layer = VotesLayer(view.board_scene)
        self.layer.set_shown(actions["show_votes"].isChecked())
        self.layer.changed.connect(self._refresh_timer.start)
        self.mode = VotingMode(self.layer, view)
        self.mode.refused.connect(self.show_refusal)
        self.mode.voted.connect(self.message)
        self.mode.set_enabled(actions["voting_mode"].isChecked())
        view.board_scene.document.records_changed.connect(self._refresh_timer.start)
        if open_round(view.board_scene.document) is not None:
            actions["voting_panel"].setChecked(True)
        self.refresh()

    def _make_panel(self, actions: Mapping[str, QAction]) -> None:
        actions["show_votes"].setChecked(True)
        self.panel = VotingPanel(actions, self._window)
        self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel.visibilityChanged.connect(actions["voting_panel"].setChecked)
        self.panel.voter_chosen.connect(self.choose_voter)
        self.panel.participant_named.connect(self.add_participant)
        self.panel.anonymous_wanted.connect(lambda: add_anonymous_voters(self.document, 1))
        self.panel.item_chosen.connect(self._centre_on)
        self.panel.round_chosen.connect(lambda key: self.layer and self.layer.show_round(key))

    # --- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.layer is None or self.panel is None:
            return
        document = self.document
        if self.layer.voter_id and not isinstance(document.get(self.layer.voter_id), Participant):
            self.layer.set_voter(None)
        self.panel.show_state(document, self.layer.shown_round(), self.layer.voter_id)

    def choose_voter(self, voter_id: str) -> None:
        """One tap hands the screen to the next person; their own dots show even when hidden."""
        if self.layer is not None:
            self.layer.set_voter(voter_id)
            if open_round(self.document) is not None:  # the voter's next tap places a dot
                self._actions["voting_mode"].setChecked(True)
            voter = self.document.get(voter_id)
            if isinstance(voter, Participant):
                self.message.emit(self.tr("{name} is voting").format(name=voter.name))

    def add_participant(self, name: str) -> None:
        voter_id = add_participant(self.document, name).made_id
        if voter_id is not None:
            self.choose_voter(voter_id)

    def show_refusal(self, text: str) -> None:
        """Refused dots are said twice: big over the board, and in the status bar."""
        if self._toast is None:
            self._toast = Toast(self._window.centralWidget())
        self._toast.show_message(text)
        self.message.emit(text)

    def toast_text(self) -> str:
        return self._toast.text() if self._toast is not None and self._toast.isVisible() else ""

    def _centre_on(self, item_id: str) -> None:
        view = self._view()
        view.board_scene.select_ids([item_id])
        view.centre_on_item(item_id)

    # --- handlers --------------------------------------------------------------------------

    def ask_start_round(self) -> None:
        clusters = sorted(self.document.records_of(Cluster), key=lambda c: (c.y, c.x, c.id))
        dialog = RoundDialog(clusters, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._started(dialog, result))
        self.round_dialog = dialog
        dialog.open()

    def _started(self, dialog: RoundDialog, result: int) -> None:
        self.round_dialog = None
        if result != QDialog.DialogCode.Accepted:
            return
        start_round(
            self.document,
            dialog.question(),
            budget=dialog.budget.value(),
            allow_stacking=dialog.stacking.isChecked(),
            scope=dialog.scope(),
            hide_tally=dialog.hide_tally.isChecked(),
        )
        if self.layer is not None:
            self.layer.show_round(None)
        self._actions["voting_panel"].setChecked(True)
        self._actions["voting_mode"].setChecked(True)
        if not list(self.document.records_of(Participant)) and self.panel is not None:
            self.message.emit(self.tr("Add the people voting in the Voting panel."))
            # the names are what is typed next: never into the board's one-key shortcuts
            self.panel.new_name.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_round(self) -> None:
        voting = open_round(self.document)
        if voting is None:
            self.message.emit(self.tr("No round is open."))
            return
        close_round(self.document, voting.id)
        self._actions["voting_mode"].setChecked(False)
        self._actions["voting_panel"].setChecked(True)
        self.message.emit(
            self.tr("“{title}” closed: results in the Voting panel.").format(title=voting.title)
        )

    def results_on_board(self) -> None:
        """The results of the round the panel shows, put up as a frame and shown."""
        voting = self.layer.shown_round() if self.layer is not None else None
        if voting is None:
            self.message.emit(self.tr("No voting round yet: start one from the Voting menu."))
            return
        if tally_hidden(voting):
            self.message.emit(self.tr("The tally is hidden: reveal it before showing results."))
            return
        outcome = results_on_board(self.document, voting.id)
        if outcome.refused:
            self.message.emit(outcome.refused)
        frame = outcome.made_id
        if frame is None:  # no results, or refused by the lock (which says so itself)
            return
        bookmark = self.document.get(frame)
        assert isinstance(bookmark, Bookmark)
        self._view().fit_rect(QRectF(bookmark.x, bookmark.y, bookmark.width, bookmark.height))
        self.message.emit(
            self.tr("Results of “{title}” are on the board and in the presentation (F5).").format(
                title=voting.title
            )
        )

    def reveal_tally(self) -> None:
        voting = open_round(self.document)
        if voting is None or not voting.hide_tally:
            self.message.emit(self.tr("There is no hidden tally to reveal."))
            return
        set_tally_hidden(self.document, voting.id, False)

    def set_voting_mode(self, on: bool) -> None:
        if self.mode is not None:
            self.mode.set_enabled(on)
        if on and self.layer is not None:
            self.layer.show_round(None)
        if on and open_round(self.document) is None:
            self.message.emit(self.tr("No round is open: start a voting round first."))
            self._actions["voting_mode"].setChecked(False)  # taps would place nothing

    def set_votes_shown(self, on: bool) -> None:
        if self.layer is not None:
            self.layer.set_shown(on)
