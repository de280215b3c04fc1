"""Bilingual boards in the window: View > Board language, Present > Projector language, and
the bilingual editor reached from Edit and from the right-click menu.

The choices are the board's own (saved with it, one undo step each), so the menus follow the
document: a radio group ticked from its `languages` whenever they change, undo included.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from codesign.canvas.view import BoardView
from codesign.commands.second_texts import second_languages, set_texts, show_language, texts_of
from codesign.document import BoardDocument
from codesign.model import Cluster, JourneyMap, Label, Note
from codesign.model.bilingual import LANGUAGE_NAMES, LANGUAGES_KEY, Language
from codesign.ui.editing.bilingual_dialog import BilingualDialog

BOARD_CHOICES = ("cy", "en", "both")
PROJECTOR_CHOICES = ("board", "cy", "en", "both")


class BilingualActions(QObject):
    message = Signal(str)

    def __init__(self, view: Callable[[], BoardView], parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view
        self._window = parent
        self._document: BoardDocument | None = None
        self.board_menu = QMenu(parent)
        self.board_menu.setObjectName("BoardLanguageMenu")
        self.projector_menu = QMenu(parent)
        self.projector_menu.setObjectName("ProjectorLanguageMenu")
        self.board_choices = self._choices(self.board_menu, BOARD_CHOICES, on_projector=False)
        self.projector_choices = self._choices(
            self.projector_menu, PROJECTOR_CHOICES, on_projector=True
        )
        self.retranslate()

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"second_text": self.edit_selected}

    def install(self, view_menu: QMenu, present_menu: QMenu) -> None:
        view_menu.addSeparator()
        view_menu.addMenu(self.board_menu)
        present_menu.addSeparator()
        present_menu.addMenu(self.projector_menu)

    def attach(self, document: BoardDocument) -> None:
        self._document = document
        document.records_changed.connect(self._on_records_changed)
        self._tick()

    def retranslate(self) -> None:
        """Menu texts in the app's language; the languages are named in themselves."""
        self.board_menu.setTitle(self.tr("Board &language"))
        self.projector_menu.setTitle(self.tr("Projector lan&guage"))
        both, board = self.tr("Both"), self.tr("Same as the board")
        for key, action in (*self.board_choices.items(), *self.projector_choices.items()):
            action.setText({"both": both, "board": board}.get(key, LANGUAGE_NAMES.get(key, "")))

    # --- editing ---------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Edit > Text in Welsh and English: the one selected note, label, theme or map."""
        view = self._view()
        selected = view.board_scene.selected_ids()
        document = view.board_scene.document
        record = document.get(selected[0]) if len(selected) == 1 else None
        if not isinstance(record, Note | Label | Cluster | JourneyMap):
            self.message.emit(self.tr("Select one note, label, theme or journey map first."))
            return
        self.edit(record.id, second_languages(document)[0])

    def entries(self, menu: QMenu, item_id: str, part_id: str | None = None) -> None:
        """ "Add Welsh text…" (or English, or Edit) in a right-click menu for the item or for a
        journey map's stage or lane."""
        document = self._view().board_scene.document
        texts = texts_of(document, item_id, part_id)
        if texts is None:
            return
        for language in second_languages(document):
            has = bool(texts[1]) and document.languages() is not None
            action = menu.addAction(self._entry_text(language, has))
            action.setObjectName(f"second_text.{language}")
            action.triggered.connect(
                lambda _checked=False, lang=language: self.edit(item_id, lang, part_id)
            )

    def edit(self, item_id: str, language: Language, part_id: str | None = None) -> None:
        """Open the bilingual editor on the item, the `language` field ready for typing."""
        view = self._view()
        view.finish_editing()
        document = view.board_scene.document
        texts = texts_of(document, item_id, part_id)
        if texts is None:
            return
        first: Language = "en" if language == "cy" else "cy"
        dialog = BilingualDialog(self._window, texts, (first, language))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def keep() -> None:
            both = (dialog.first.toPlainText(), dialog.second.toPlainText())
            set_texts(document, item_id, both, language, part_id)

        dialog.accepted.connect(keep)
        dialog.open()
        dialog.focus_second()

    def _entry_text(self, language: Language, has: bool) -> str:
        if language == "cy":
            return self.tr("Edit Welsh text…") if has else self.tr("Add Welsh text…")
        return self.tr("Edit English text…") if has else self.tr("Add English text…")

    # --- showing ---------------------------------------------------------------------------

    def _choices(
        self, menu: QMenu, keys: tuple[str, ...], on_projector: bool
    ) -> dict[str, QAction]:
        group = QActionGroup(menu)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        actions: dict[str, QAction] = {}
        for key in keys:
            action = menu.addAction(key)
            action.setObjectName(f"{'projector' if on_projector else 'board'}_language.{key}")
            action.setCheckable(True)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, k=key: self._choose(k, on_projector))
            actions[key] = action
        return actions

    def _choose(self, key: str, on_projector: bool) -> None:
        document = self._document
        if document is not None:
            show_language(document, key, on_projector)  # type: ignore[arg-type]
        self._tick()

    def _on_records_changed(self, keys: frozenset[str]) -> None:
        if LANGUAGES_KEY in keys:
            self._tick()

    def _tick(self) -> None:
        """The radio ticks say what the board has, whatever changed it (undo included)."""
        document = self._document
        languages = document.languages() if document is not None else None
        board = languages.shown if languages is not None else None
        projector = (languages.projector or "board") if languages is not None else None
        for key, action in self.board_choices.items():
            action.setChecked(key == board)
        for key, action in self.projector_choices.items():
            action.setChecked(key == projector)
