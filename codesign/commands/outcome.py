"""What a command function did, in one shape for every command function.

Command functions used to answer in four ways (the pushed command or None, a bool, a new id,
a list of ids, a new record), so every caller had to know which; now each returns an `Outcome`.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from codesign.commands.change_records import ChangeRecords


@dataclass(frozen=True)
class Outcome:
    command: "ChangeRecords | None" = None
    """The undo step pushed; None when nothing would change or the change was refused."""
    made: tuple[str, ...] = ()
    """Ids of what the step made, for the caller to select or go on with: pasted notes, a new
    theme, stage or voting round. Empty when nothing was pushed."""
    refused: str = ""
    """Why the command itself said no, one line in the window's language (a dot beyond the
    voter's budget). The participant lock's refusals are said by the document's
    `edit_refused` signal instead, once for every route an edit can come by."""

    @property
    def pushed(self) -> bool:
        return self.command is not None

    @property
    def made_id(self) -> str | None:
        """The one thing made (a new theme, a new journey map), or None when nothing was."""
        return self.made[0] if self.made else None


NOTHING = Outcome()
"""Nothing to do: no step pushed, nothing refused."""
