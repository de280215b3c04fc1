"""The Room panel: start a room, show how to join, see who joined, and say what phones may do.

It only shows and asks; `RoomControl` owns the room itself. Names come from strangers' phones,
so they are shown as plain text, never markup.
"""

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from codesign.room import Guest
from codesign.ui.common.panel_style import PANEL_STYLE, SECTION_GAP, give_icon, mark, section_label
from codesign.ui.common.participant_mode import mark_button
from codesign.ui.room.join_card import JoinCard

ABILITIES = ("write", "vote", "view")
GUEST_ROLE = Qt.ItemDataRole.UserRole


class RoomPanel(QDockWidget):
    start_wanted = Signal(str)
    """Start on this interface's address."""
    stop_wanted = Signal()
    remove_wanted = Signal(str)
    open_changed = Signal(bool)
    can_changed = Signal(object)
    """The set of what phones may do now, a subset of ABILITIES."""
    language_changed = Signal()
    """The window now speaks another language (the room's phones follow)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Room"), parent)
        self.setObjectName("RoomPanel")
        self.setStyleSheet(PANEL_STYLE)
        body = mark(QWidget(self), "panel")
        layout = QVBoxLayout(body)
        layout.setSpacing(8)
        self.intro = mark(self._plain(body), "hint")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.network_caption = section_label("", body)
        layout.addWidget(self.network_caption)
        self.interface = QComboBox(body)
        self.interface.setObjectName("RoomInterface")
        layout.addWidget(self.interface)
        self.start_button = QPushButton(body)
        self.start_button.setObjectName("RoomStart")
        self.start_button.clicked.connect(self._on_start_clicked)
        layout.addWidget(self.start_button)
        self.status = self._plain(body)
        self.status.setObjectName("RoomStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.card = JoinCard(180, body)
        layout.addWidget(self.card)
        self.open_box = QCheckBox(body)
        self.open_box.setObjectName("RoomOpen")
        self.open_box.setChecked(True)
        self.open_box.toggled.connect(self.open_changed)
        layout.addSpacing(SECTION_GAP)
        layout.addWidget(self.open_box)
        self.can_caption = section_label("", body)
        layout.addWidget(self.can_caption)
        self.can_boxes: dict[str, QCheckBox] = {}
        for ability in ABILITIES:
            box = QCheckBox(body)
            box.setObjectName(f"RoomCan.{ability}")
            box.setChecked(True)
            box.toggled.connect(self._on_can_toggled)
            self.can_boxes[ability] = box
            layout.addWidget(box)
        layout.addSpacing(SECTION_GAP)
        self.guests_caption = section_label("", body)
        layout.addWidget(self.guests_caption)
        self.guest_list = QListWidget(body)
        self.guest_list.setObjectName("RoomGuests")
        self.guest_list.setMinimumHeight(120)
        self.guest_list.itemSelectionChanged.connect(self._on_selection)
        layout.addWidget(self.guest_list)
        row = QHBoxLayout()
        self.remove_button = QPushButton(body)
        self.remove_button.setObjectName("RoomRemove")
        give_icon(self.remove_button, "user-x")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        # Facilitators only: locked for participants at the touchscreen, like the menu entry.
        for button in (
            self.start_button,
            self.remove_button,
            self.open_box,
            *self.can_boxes.values(),
        ):
            mark_button(button, "room_panel")
        scroll = mark(QScrollArea(self), "panel")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.running = False
        self.guests: list[Guest] = []
        self.retranslate()
        self.show_running(False)

    @staticmethod
    def _plain(parent: QWidget) -> QLabel:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    # --- what it shows ---------------------------------------------------------------------

    def set_interfaces(self, interfaces: Iterable[tuple[str, str]]) -> None:
        current = self.interface.currentData()
        self.interface.clear()
        for label, address in interfaces:
            self.interface.addItem(label, address)
        found = self.interface.findData(current)
        if found >= 0:
            self.interface.setCurrentIndex(found)

    def show_running(self, running: bool, url: str = "", pin: str = "") -> None:
        self.running = running
        # While the room is open the card says where it is: the choice of network steps aside,
        # so the QR code, the PIN and who joined fit a 768-pixel laptop screen together.
        for widget in (self.intro, self.network_caption, self.interface):
            widget.setVisible(not running)
        self.card.setVisible(running)
        # What phones may do can be chosen before the room opens (say, view only at first);
        # who joined and closing to newcomers only mean something once it runs.
        for widget in (self.open_box, self.guests_caption, self.guest_list, self.remove_button):
            widget.setVisible(running)
        if running:
            self.card.show_room(url, pin)
        else:
            self.show_guests([])
            self.open_box.setChecked(True)
        self._label_start()
        self.show_status("")

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #B3261E; font-weight: bold;" if error else "")
        self.status.setVisible(bool(text))

    def show_guests(self, guests: Iterable[Guest]) -> None:
        chosen = self.chosen_guest()
        self.guests = list(guests)
        self.guest_list.clear()
        for guest in self.guests:
            item = QListWidgetItem(self._guest_text(guest))
            item.setData(GUEST_ROLE, guest.id)
            self.guest_list.addItem(item)
            if guest.id == chosen:
                item.setSelected(True)
        self.guests_caption.setText(self.tr("Joined (%n)", "", len(self.guests)))
        self._on_selection()

    def _guest_text(self, guest: Guest) -> str:
        """A name from a stranger's phone, shown as it came (plain text), with what it is."""
        if guest.kind == "phone":
            text = self.tr("{name} (phone)") if guest.connected else self.tr("{name} (phone, away)")
        elif guest.connected:
            text = self.tr("{name} (Codesign)")
        else:
            text = self.tr("{name} (Codesign, away)")
        return text.format(name=guest.name)

    def chosen_guest(self) -> str | None:
        items = self.guest_list.selectedItems()
        return str(items[0].data(GUEST_ROLE)) if items else None

    def set_can(self, can: Iterable[str]) -> None:
        wanted = set(can)
        for ability, box in self.can_boxes.items():
            box.blockSignals(True)
            box.setChecked(ability in wanted)
            box.blockSignals(False)

    def can(self) -> set[str]:
        return {ability for ability, box in self.can_boxes.items() if box.isChecked()}

    # --- what it asks ----------------------------------------------------------------------

    def _on_start_clicked(self) -> None:
        if self.running:
            self.stop_wanted.emit()
        else:
            self.start_wanted.emit(str(self.interface.currentData() or "0.0.0.0"))

    def _on_can_toggled(self) -> None:
        self.can_changed.emit(self.can())

    def _on_remove_clicked(self) -> None:
        guest = self.chosen_guest()
        if guest is not None:
            self.remove_wanted.emit(guest)

    def _on_selection(self) -> None:
        self.remove_button.setEnabled(self.chosen_guest() is not None)

    def _label_start(self) -> None:
        self.start_button.setText(
            self.tr("Stop the room") if self.running else self.tr("Start the room")
        )
        give_icon(self.start_button, "circle-stop" if self.running else "play")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Room"))
        self.intro.setText(
            self.tr(
                "People on the same Wi-Fi join this board from their phones: no app, no "
                "account, nothing leaves the room."
            )
        )
        self.network_caption.setText(self.tr("Network"))
        self.open_box.setText(self.tr("Open to new people"))
        self.can_caption.setText(self.tr("Phones may now"))
        texts = {
            "write": self.tr("Send notes"),
            "vote": self.tr("Vote in the open round"),
            "view": self.tr("See the board's notes"),
        }
        for ability, box in self.can_boxes.items():
            box.setText(texts[ability])
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Disconnect the chosen person: they must join again with the PIN")
        )
        self._label_start()
        self.show_guests(self.guests)
        self.card.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.language_changed.emit()
        super().changeEvent(event)
