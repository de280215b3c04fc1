"""Two faces of the workshop timer: a compact control for the laptop, a huge one for the room.

Both only listen to a `WorkshopTimer`; neither holds focus or opens a modal dialog, so the
facilitator keeps typing notes while the countdown runs.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from codesign.ui.common.branding import UI_FAMILY
from codesign.ui.common.icons import line_icon
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.front_of_room.timer import (
    PRESET_MINUTES,
    TimerState,
    WorkshopTimer,
    format_seconds,
)

AMBER = QColor("#B35C00")
RED = QColor("#C62828")
INK = QColor("#1F1F1F")
BORDER = QColor("#C8C8C8")
FLASH_MS = 500
CONTROL_STYLE = """
QToolButton { color: #2B2A28; border: 1px solid transparent; border-radius: 5px;
    padding: 2px 6px; }
QToolButton:hover { background: #EFEDE8; border-color: #E2DFD8; }
QToolButton:pressed { background: #E6E3DC; }
QToolButton[popupMode="2"] { padding-right: 16px; }
QToolButton::menu-indicator { subcontrol-position: right center; right: 4px; }
"""
"""Quiet like the main toolbar; a preset button leaves room for its menu arrow."""
TIMER_SHARE = 0.16
"""The large timer's height as a share of its window: readable from the back of a hall."""


class TimerControl(QWidget):
    """mm:ss with start/pause, reset and a menu of presets, small enough for a status bar."""

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setAccessibleName(self.tr("Workshop timer"))
        self.display = QLabel(format_seconds(timer.remaining_seconds()))
        self.display.setAccessibleName(self.tr("Time remaining"))
        font = self.display.font()
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.display.setFont(font)
        self.start_button = self._button(self.tr("Start"), "play", timer.toggle, "timer_toggle")
        self.more_button = self._button(
            self.tr("+1 min"), "plus", lambda: timer.add_seconds(60), "timer_add_minute"
        )
        self.more_button.setToolTip(self.tr("One more minute"))
        self.reset_button = self._button(self.tr("Reset"), "rotate-ccw", timer.reset, "timer_reset")
        self.preset_button = self._button(self.tr("Set"), "timer", None, "timer_set")
        self.preset_button.setToolTip(self.tr("Choose how long the timer runs"))
        self.preset_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setStyleSheet(CONTROL_STYLE)
        self.preset_menu = QMenu(self.preset_button)
        for minutes in PRESET_MINUTES:
            action = self.preset_menu.addAction(self.tr("%n minute(s)", "", minutes))
            action.triggered.connect(lambda _checked=False, m=minutes: timer.set_preset(m))
        self.preset_menu.addAction(self.tr("Custom…")).triggered.connect(self.show_custom)
        self.preset_menu.addSeparator()
        self.sound_action = self.preset_menu.addAction(self.tr("Sound at the end"))
        self.sound_action.setCheckable(True)
        self.sound_action.setChecked(timer.sound)
        self.sound_action.toggled.connect(self._on_sound_toggled)
        self.preset_button.setMenu(self.preset_menu)
        self.custom = CustomDuration(timer, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        for widget in (
            self.display,
            self.start_button,
            self.more_button,
            self.reset_button,
            self.preset_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        timer.tick.connect(self._on_tick)
        timer.state_changed.connect(self._on_state_changed)
        timer.last_minute.connect(self._on_state_changed)
        self._on_state_changed()

    def show_custom(self) -> None:
        """A small non-modal popup above the control (it lives in the status bar at the
        bottom of the window); the board stays editable behind it."""
        self.custom.spin.setValue(max(1, self.timer.duration // 60))
        self.custom.adjustSize()
        above = self.mapToGlobal(QPoint(0, -self.custom.height()))
        self.custom.move(above if above.y() >= 0 else self.mapToGlobal(self.rect().bottomLeft()))
        self.custom.show()
        self.custom.spin.setFocus()

    def _button(
        self, text: str, icon: str, slot: Callable[[], None] | None, key: str
    ) -> QToolButton:
        """A quiet status-bar button: glyph and word, framed only under the pointer. `key`
        names the rule participant mode holds it to (the timer is the facilitator's: its
        buttons are off while the board is locked)."""
        button = mark_button(QToolButton(), key)
        button.setText(text)
        button.setIcon(line_icon(icon))
        button.setIconSize(QSize(16, 16))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def _on_sound_toggled(self, on: bool) -> None:
        self.timer.sound = on

    def _on_tick(self, _seconds: int) -> None:
        self._on_state_changed()

    def _on_state_changed(self, _state: object = None) -> None:
        """Text and colour say the same: "Time's up" in red on the laptop as on the wall."""
        state = self.timer.state
        self.display.setText(
            self.tr("Time's up")
            if state is TimerState.FINISHED
            else format_seconds(self.timer.remaining_seconds())
        )
        self.more_button.setVisible(state is not TimerState.READY)
        self.start_button.setText(
            self.tr("Pause")
            if state is TimerState.RUNNING
            else self.tr("Resume")
            if state is TimerState.PAUSED
            else self.tr("Start")
        )
        self.start_button.setIcon(line_icon("pause" if state is TimerState.RUNNING else "play"))
        colour = INK
        if state is TimerState.FINISHED:
            colour = RED
        elif self.timer.in_last_minute():
            colour = AMBER
        self.display.setStyleSheet(f"color: {colour.name()};")


class CustomDuration(QFrame):
    """Minutes in a spin box; Enter or the button sets the timer, Escape closes the popup."""

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.timer = timer
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.spin = QSpinBox()
        self.spin.setRange(1, 24 * 60)
        self.spin.setSuffix(self.tr(" min"))
        self.spin.setAccessibleName(self.tr("Timer length in minutes"))
        self.spin.lineEdit().returnPressed.connect(self.accept)
        set_button = mark_button(QPushButton(self.tr("Set timer")), "timer_set")
        set_button.clicked.connect(self.accept)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.spin)
        layout.addWidget(set_button)

    def accept(self) -> None:
        self.timer.set_duration(self.spin.value() * 60)
        self.hide()


class LargeTimerDisplay(QWidget):
    """Huge mm:ss for the projector: ink, amber in the last minute, flashing red at the end.

    The text is drawn scaled to the widget so it reads from the back of the room at any size;
    the colour change is doubled by a word ("Time's up") so colour never carries it alone.
    """

    def __init__(self, timer: WorkshopTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.shown = False
        self.setAccessibleName(self.tr("Workshop timer"))
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        if parent is not None:
            parent.installEventFilter(self)
            timer.state_changed.connect(self.place)
        self.setMinimumSize(160, 60)
        self.flash_on = True
        self._flasher = QTimer(self)
        self._flasher.setInterval(FLASH_MS)
        self._flasher.timeout.connect(self._on_flash)
        timer.tick.connect(self._refresh)
        timer.state_changed.connect(self._refresh)
        timer.last_minute.connect(self._on_last_minute)
        timer.finished.connect(self._on_finished)
        self._refresh()

    def set_shown(self, on: bool) -> None:
        """Wanted in its window (always on the wall; on the laptop while it presents): it then
        shows itself whenever the timer has been set going."""
        self.shown = on
        self.place()

    def place(self, _state: object = None) -> None:
        """Top right of its window, a share of its height, above everything else there."""
        window = self.parentWidget()
        if window is None:
            return
        height = max(60, int(window.height() * TIMER_SHARE))
        width = int(height * 2.6)
        margin = max(12, height // 6)
        self.setGeometry(window.width() - width - margin, margin, width, height)
        self.setVisible(self.shown and self.timer.state is not TimerState.READY)
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.place()
        return False

    @property
    def look(self) -> str:
        """`normal`, `last-minute` or `finished`: what the room is being told."""
        if self.timer.state is TimerState.FINISHED:
            return "finished"
        if self.timer.in_last_minute():
            return "last-minute"
        return "normal"

    def text(self) -> str:
        if self.timer.state is TimerState.FINISHED:
            return self.tr("Time's up")
        return format_seconds(self.timer.remaining_seconds())

    def colour(self) -> QColor:
        return {"finished": RED, "last-minute": AMBER}.get(self.look, INK)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        painter.setPen(QPen(BORDER, 2.0))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 16, 16)
        if self.look == "finished" and not self.flash_on:
            return
        font = QFont(UI_FAMILY)
        font.setBold(True)
        font.setPixelSize(max(12, int(rect.height() * 0.62)))
        painter.setFont(font)
        width = painter.fontMetrics().horizontalAdvance(self.text())
        if width > rect.width() * 0.9:
            font.setPixelSize(max(8, int(font.pixelSize() * rect.width() * 0.9 / width)))
            painter.setFont(font)
        painter.setPen(self.colour())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.text())

    def _refresh(self, _value: object = None) -> None:
        if self.timer.state is not TimerState.FINISHED:
            self._flasher.stop()
            self.flash_on = True
        self.setAccessibleDescription(self.text())
        self.update()

    def _on_last_minute(self) -> None:
        self._refresh()

    def _on_finished(self) -> None:
        self.flash_on = True
        self._flasher.start()
        self._refresh()

    def _on_flash(self) -> None:
        self.flash_on = not self.flash_on
        self.update()
