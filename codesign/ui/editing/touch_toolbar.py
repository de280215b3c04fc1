"""A floating toolbar over the board for the people at the touchscreen.

Participants crowd round a screen they cannot reach the menus of, so the few things they need
(new note, colour, vote, undo) sit in big buttons on the board itself, on the left edge where a
hand reaches and clear of the notes in the middle. A grip drags it elsewhere. It is shown by
View > Touch toolbar, and offered by itself when a touchscreen is present or first touched.
"""

from collections.abc import Callable, Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QMouseEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import QFrame, QLabel, QMenu, QToolButton, QVBoxLayout, QWidget

from codesign.canvas.touch import touch_screen_present
from codesign.canvas.view import BoardView
from codesign.model import DEFAULT_NOTE_COLOUR, STICKY_PALETTE
from codesign.ui.common.actions import COLOUR_NAMES, translated
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.common.swatches import painted_icon, swatch_icon
from codesign.ui.editing.edit_actions import EditActions
from codesign.ui.editing.large_editor import LargeEditor

BUTTON_SIZE = 64
"""Well above the 44 px a fingertip needs."""
ICON_SIZE = 28
INK = "#2B2A28"
VOTE_BLUE = "#3B5BDB"
EDGE_MARGIN = 12

STYLE = f"""
QFrame#TouchToolbar {{ background: #FBFAF8; border: 1px solid #D9D5CD; border-radius: 14px; }}
QFrame#TouchToolbar QLabel#TouchToolbarGrip {{ color: #8C8880; font-size: 18px; }}
QFrame#TouchToolbar QToolButton {{ min-width: {BUTTON_SIZE}px; min-height: {BUTTON_SIZE}px;
    font-size: 14px; color: #2B2A28; background: #F1EFEA; border: 1px solid #E2DFD8;
    border-radius: 10px; padding: 4px; }}
QFrame#TouchToolbar QToolButton:pressed, QFrame#TouchToolbar QToolButton:checked {{
    background: #E6E3DC; border-color: #CFCBC3; }}
QFrame#TouchToolbar QToolButton:disabled {{ color: #A9A6A0; }}
QFrame#TouchToolbar QToolButton::menu-indicator {{ image: none; }}
QMenu#TouchColourMenu {{ font-size: 18px; }}
QMenu#TouchColourMenu::item {{ min-height: 48px; padding: 4px 24px 4px 12px; }}
"""


def _glyph_icon(draw: Callable[[QPainter], None]) -> QIcon:
    """A line glyph in ink, in the hand of the swatches beside it."""

    def inked(painter: QPainter) -> None:
        painter.setPen(QPen(QColor(INK), 3, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        draw(painter)

    return painted_icon(inked)


def _draw_vote(painter: QPainter) -> None:
    """Two stacked voting dots, as the board shows them on a note."""
    painter.setPen(QPen(QColor("white"), 2))
    painter.setBrush(QColor(VOTE_BLUE))
    painter.drawEllipse(QRectF(4, 8, 16, 16))
    painter.drawEllipse(QRectF(12, 8, 16, 16))


def _tr(text: str) -> str:
    return QCoreApplication.translate("TouchToolbar", text)


class TouchToolbar(QFrame):
    def __init__(
        self,
        actions: Mapping[str, QAction],
        new_note: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TouchToolbar")
        self.setAccessibleName(_tr("Touch toolbar"))
        self.setStyleSheet(STYLE)
        self._grabbed: QPointF | None = None
        self._placed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(4)
        grip = QLabel("⋯", self)
        grip.setObjectName("TouchToolbarGrip")
        grip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grip.setToolTip(_tr("Drag to move the toolbar"))
        grip.setCursor(Qt.CursorShape.OpenHandCursor)
        grip.installEventFilter(self)
        self.grip = grip
        layout.addWidget(grip)
        self.buttons: dict[str, QToolButton] = {}
        note = self._button("new_note", _tr("New note"), actions["new_note"])
        note.setIcon(actions["new_note"].icon())
        self._mirror(note, actions["new_note"], new_note)
        colour = self._button("colour", _tr("Colour"))
        colour.setIcon(swatch_icon(DEFAULT_NOTE_COLOUR))
        colour.setMenu(self._colour_menu(actions))
        colour.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        if "voting_mode" in actions:
            vote = actions["voting_mode"]
            self._mirror(self._button("vote", _tr("Vote"), vote, _draw_vote), vote)
        if "pen" in actions:
            pen = actions["pen"]
            pen_button = self._button("pen", _tr("Pen"), pen)
            pen_button.setIcon(pen.icon())
            self._mirror(pen_button, pen)
        undo = actions["undo"]
        undo_button = self._button("undo", _tr("Undo"), undo)
        undo_button.setIcon(undo.icon())
        self._mirror(undo_button, undo)
        for button in self.buttons.values():
            layout.addWidget(button)
        self.adjustSize()
        self.hide()

    def _button(
        self,
        key: str,
        text: str,
        action: QAction | None = None,
        glyph: Callable[[QPainter], None] | None = None,
    ) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"touch.{key}")
        mark_button(button, action.objectName().removeprefix("action.") if action else "colour.")
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        button.setAccessibleName(text)
        if action is not None:
            button.setToolTip(action.toolTip())
        if glyph is not None:
            button.setIcon(_glyph_icon(glyph))
        self.buttons[key] = button
        return button

    def _mirror(
        self, button: QToolButton, action: QAction, run: Callable[[], None] | None = None
    ) -> None:
        """The button follows its window action's enabled and checked state, and triggers it
        (or `run`s, for a new note placed for fingers rather than at the pointer)."""
        button.setCheckable(action.isCheckable())

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setChecked(action.isChecked())

        follow()
        action.changed.connect(follow)
        button.clicked.connect(lambda _checked=False: run() if run else action.trigger())

    def _colour_menu(self, actions: Mapping[str, QAction]) -> QMenu:
        """The window's colour actions by name, so colour never speaks alone."""
        menu = QMenu(self)
        menu.setObjectName("TouchColourMenu")
        for name in STICKY_PALETTE:
            action = actions[f"colour.{name}"]
            swatch = menu.addAction(action.icon(), translated(COLOUR_NAMES[name]))
            swatch.setObjectName(f"touch.colour.{name}")
            swatch.setToolTip(action.toolTip())
            swatch.triggered.connect(lambda _checked=False, a=action: self._pick(a))
        return menu

    def _pick(self, colour: QAction) -> None:
        """Recolour (or set the next note's colour), and show the last colour picked."""
        colour.trigger()
        self.buttons["colour"].setIcon(colour.icon())

    # --- placement and dragging by the grip -----------------------------------------------

    def place(self) -> None:
        """Left edge, vertically centred, until someone drags it; always kept on the board.
        Measured again first: a longer language ("Nodyn newydd") needs wider buttons, and the
        layout keeps the widths it measured before the style sheet's larger font."""
        widest = max(button.sizeHint().width() for button in self.buttons.values())
        for button in self.buttons.values():
            button.setMinimumWidth(widest)  # one column of equal buttons, none cut short
        self.adjustSize()
        holder = self.parentWidget()
        if not self._placed:
            self.move(EDGE_MARGIN, max(EDGE_MARGIN, (holder.height() - self.height()) // 2))
        self._keep_inside(self.pos())
        self.raise_()

    def changeEvent(self, event: QEvent) -> None:
        """The labels change language after this event: placed again once they have."""
        if event.type() == QEvent.Type.LanguageChange and not self.isHidden():
            QTimer.singleShot(0, self, self.place)
        super().changeEvent(event)

    def _keep_inside(self, pos: QPoint) -> None:
        holder = self.parentWidget()
        x = min(max(0, pos.x()), max(0, holder.width() - self.width()))
        y = min(max(0, pos.y()), max(0, holder.height() - self.height()))
        self.move(x, y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.grip or not isinstance(event, QMouseEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            self._grabbed = event.position()
        elif kind == QEvent.Type.MouseMove and self._grabbed is not None:
            delta = (event.position() - self._grabbed).toPoint()
            self._keep_inside(self.pos() + delta)
            self._placed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._grabbed = None
        else:
            return False
        return True


class TouchTools(QObject):
    """The window's touch glue: the toolbar, the large editor, and the double tap on a note."""

    def __init__(self, edit: EditActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._view: BoardView | None = None
        self._action: QAction | None = None
        self._offered = False
        self.toolbar: TouchToolbar | None = None
        self.editor: LargeEditor | None = None

    def handlers(self) -> dict[str, Callable[[bool], None]]:
        return {"touch_toolbar": self.show_toolbar}

    def install(self, actions: Mapping[str, QAction], holder: QWidget) -> None:
        self._action = actions["touch_toolbar"]
        self.toolbar = TouchToolbar(actions, self.new_note, holder)
        self.editor = LargeEditor(holder)
        holder.installEventFilter(self)
        if touch_screen_present():
            self.offer_toolbar()

    def attach(self, view: BoardView) -> None:
        assert self.editor is not None
        editor = self.editor
        self._view = view
        editor.attach(view)
        view.touch.edit_note = editor.open
        view.touch.add_note = lambda pos: editor.open(view.add_note_at(pos), new_note=True)
        view.touch.touched = self.offer_toolbar
        if self.toolbar is not None and not self.toolbar.isHidden():
            self.toolbar.place()  # the new board view is a later sibling: it would cover it

    def new_note(self) -> None:
        """A note in the middle of the board as seen, typed into the large editor."""
        view, editor = self._view, self.editor
        if view is None or editor is None:
            return
        centre = view.map_to_scene(QPointF(view.viewport().rect().center()))
        editor.open(view.add_note_at(centre, self._edit.new_note_colour), new_note=True)

    def show_toolbar(self, shown: bool) -> None:
        if self.toolbar is None:
            return
        self.toolbar.setVisible(shown)
        if shown:
            self.toolbar.place()

    def offer_toolbar(self) -> None:
        """Shown once by itself for a touchscreen; after that the View menu has the last word."""
        if self._offered or self._action is None:
            return
        self._offered = True
        self._action.setChecked(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        toolbar = self.toolbar
        # isHidden, not isVisible: offered at start, it is placed before the window is shown.
        if event.type() == QEvent.Type.Resize and toolbar is not None and not toolbar.isHidden():
            toolbar.place()
        return False
