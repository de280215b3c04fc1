"""Handlers for the Themes menu: group, draw, rename, recolour, tidy, sort, ungroup, delete,
suggest, and the Themes panel, each edit one undo step through `commands.clusters`.

A theme action works on the selected themes, or, with only notes selected, on the themes those
notes belong to: the facilitator should not have to aim for a title bar to tidy a theme.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QDialog, QGraphicsSceneMouseEvent, QMainWindow, QMenu

from codesign.canvas.cluster_drawing import ClusterDrawing
from codesign.canvas.items import ClusterItem
from codesign.canvas.lifetime import Held
from codesign.canvas.view import BoardView
from codesign.commands.cluster_placement import notes_on_maps
from codesign.commands.cluster_suggestions import accept_suggestions, free_notes, suggestions
from codesign.commands.clusters import (
    delete_clusters,
    make_cluster,
    sort_cluster_by_votes,
    tidy_cluster,
    ungroup_clusters,
)
from codesign.commands.notes import recolour_items
from codesign.commands.votes import open_round
from codesign.document import BoardDocument
from codesign.model import Cluster, Note, VotingRound
from codesign.model.clustering import CLUSTER_COLOURS
from codesign.ui.common.actions import COLOUR_NAMES, translated
from codesign.ui.common.title_editor import TitleEditor
from codesign.ui.themes.suggest_dialog import SuggestDialog
from codesign.ui.themes.themes_panel import ThemesPanel


class ClusterActions(QObject):
    message = Signal(str)
    title_editor = Held[TitleEditor]()

    def __init__(self, view: Callable[[], BoardView], window: QMainWindow) -> None:
        super().__init__(window)
        self._view = view
        self._window = window
        self.panel = ThemesPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.panel)
        self.panel.hide()
        self.drawing: ClusterDrawing | None = None
        self.suggest_dialog: SuggestDialog | None = None
        self._synced = False

    @property
    def view(self) -> BoardView:
        return self._view()

    @property
    def document(self) -> BoardDocument:
        return self.view.board_scene.document

    def attach(self, view: BoardView, actions: Mapping[str, QAction]) -> None:
        """Follow a newly shown board: drawing and double-click rename work on its scene."""
        if not self._synced:
            self._synced = True
            self.panel.visibilityChanged.connect(actions["themes_panel"].setChecked)
        self.drawing = ClusterDrawing(view.board_scene, view)
        self.drawing.drawn.connect(self.rename)
        view.board_scene.installEventFilter(self)
        self.panel.attach(view)

    def handlers(self) -> dict[str, Callable[..., None]]:
        return {
            "group": self.group,
            "draw_theme": self.draw,
            "rename_theme": lambda: self._first(self.rename),
            "recolour_theme": self.recolour_menu,
            "tidy_theme": lambda: self._each(lambda c: tidy_cluster(self.document, c)),
            "sort_by_votes": self.sort_by_votes,
            "ungroup": lambda: ungroup_clusters(self.document, self.targets()),
            "delete_theme": lambda: delete_clusters(self.document, self.targets(), False),
            "delete_theme_notes": lambda: delete_clusters(self.document, self.targets(), True),
            "suggest_themes": self.suggest,
            "themes_panel": self.panel.setVisible,
        }

    # --- what the actions act on ---------------------------------------------------------

    def targets(self) -> list[str]:
        """Selected themes; else the themes of the selected notes; in stacking order."""
        document = self.document
        selected = self.view.board_scene.selected_ids()
        clusters = [key for key in selected if isinstance(document.get(key), Cluster)]
        if clusters:
            return clusters
        chosen = set(selected)
        return [c.id for c in document.records_of(Cluster) if not chosen.isdisjoint(c.members)]

    def _first(self, handler: Callable[[str], None]) -> None:
        targets = self.targets()
        if targets:
            handler(targets[0])
        else:
            self.message.emit(self.tr("Select a theme first."))

    def _each(self, handler: Callable[[str], object]) -> None:
        targets = self.targets()
        if not targets:
            self.message.emit(self.tr("Select a theme first."))
        for cluster_id in targets:
            handler(cluster_id)

    # --- handlers ------------------------------------------------------------------------

    def group(self) -> None:
        """A theme round the selected notes, its title ready to type."""
        document = self.document
        notes = [
            k for k in self.view.board_scene.selected_ids() if isinstance(document.get(k), Note)
        ]
        on_maps = notes_on_maps(document).intersection(notes)
        cluster_id = make_cluster(document, notes).made_id
        if on_maps:
            self.message.emit(
                self.tr("Notes on a journey map stay in its cells: drag them off to theme them.")
            )
        if cluster_id is None:
            if not on_maps:
                self.message.emit(self.tr("Select the notes to group into a theme."))
            return
        self.view.board_scene.select_ids([cluster_id])
        self.rename(cluster_id)

    def draw(self) -> None:
        """Arm the next drag to draw a theme; choosing it again changes one's mind."""
        if self.drawing is None:
            return
        if self.drawing.armed:
            self.drawing.disarm()
            self.message.emit(self.tr("No theme drawn."))
            return
        self.drawing.arm()
        self.message.emit(self.tr("Drag on the board to draw the theme, or click to place it."))

    def rename(self, cluster_id: str) -> None:
        """Type the theme's title in place; a title still being typed is kept first."""
        if self.title_editor is not None and self.title_editor.isVisible():
            self.title_editor.commit()
        self.title_editor = TitleEditor(self.view, cluster_id)

    def recolour_menu(self) -> None:
        targets = self.targets()
        if not targets:
            self.message.emit(self.tr("Select a theme first."))
            return
        menu = QMenu(self.view)
        menu.setObjectName("ThemeColourMenu")
        for name in CLUSTER_COLOURS:
            action = menu.addAction(translated(COLOUR_NAMES[name]))
            action.triggered.connect(
                lambda _checked=False, n=name: recolour_items(self.document, targets, n)
            )
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(QCursor.pos())

    def sort_by_votes(self) -> None:
        rounds = list(self.document.records_of(VotingRound))
        voting = open_round(self.document) or (rounds[-1] if rounds else None)
        if voting is None:
            self.message.emit(self.tr("There are no votes to sort by yet."))
            return
        self._each(lambda c: sort_cluster_by_votes(self.document, c, voting.id))

    def suggest(self) -> None:
        document = self.document
        free = len(free_notes(document))
        found = suggestions(document) if free else []
        if not free:
            self.message.emit(
                self.tr("Nothing to suggest: every note is already in a theme or on a journey map.")
            )
            return
        if not found:
            self.message.emit(
                self.tr(
                    "No themes to suggest: the %n free note(s) share no meaningful word.", "", free
                )
            )
            return
        texts = {note.id: note.text for note in document.records_of(Note)}
        dialog = SuggestDialog(found, texts, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._accept(dialog, result))
        self.suggest_dialog = dialog
        dialog.open()

    def _accept(self, dialog: SuggestDialog, result: int) -> None:
        self.suggest_dialog = None
        if result == QDialog.DialogCode.Accepted and dialog.chosen():
            made = accept_suggestions(self.document, dialog.chosen()).made
            self.view.board_scene.select_ids(made)
            self.view.fit_selection()

    # --- double-click a title bar to rename ----------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.GraphicsSceneMouseDoubleClick
            and isinstance(event, QGraphicsSceneMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            item = self.view.board_scene.gestures.item_at(event.scenePos())
            if isinstance(item, ClusterItem):
                event.accept()
                self.rename(item.item_id)
                return True
        return False
