"""The Room: hosts the open board for phones and other Codesigns on the local network."""

from PySide6.QtCore import QObject, Signal

from codesign.document import BoardDocument
from codesign.room.net import private_addresses
from codesign.room.settings import Guest, RoomError, RoomSettings


class Room(QObject):
    """One room session per start(); the room ends with stop() or with the board."""

    guests_changed = Signal()
    state_changed = Signal()
    error = Signal(str)

    def __init__(
        self, document: BoardDocument, settings: RoomSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._settings = settings

    def start(self) -> None:
        raise RoomError("room mode is not ready yet")

    def stop(self) -> None:
        """Nothing runs yet."""

    @property
    def url(self) -> str:
        return ""

    @property
    def pin(self) -> str:
        return self._settings.pin or ""

    @staticmethod
    def interfaces() -> list[tuple[str, str]]:
        return [(address, address) for address in private_addresses()]

    @property
    def guests(self) -> list[Guest]:
        return []

    def remove(self, guest_id: str) -> None:
        """Disconnect a guest and void their token."""

    def set_open_to_joins(self, open_: bool) -> None:
        """Closed: POST /join answers 403; those already in stay."""

    def set_can(self, can: set[str]) -> None:
        """What phones may do now: a subset of {"write", "vote", "view"}."""
