"""Undoable edits: every change a person makes to the board is one of these.

The rule for command functions: every public function here that edits the board returns an
`Outcome`: the undo step it pushed (`command`, None when nothing changed or the participant
lock refused), the ids of what it made for the caller to select or go on with (`made`), and a
one-line `refused` reason when the command itself said no. Functions that only look (which
notes are free, what the frames are) return what they found and push nothing. Every edit ends
in `record_change`, the one place an undo step is pushed.
"""

from codesign.commands.change_records import ChangeRecords, record_change
from codesign.commands.outcome import NOTHING, Outcome

__all__ = ["NOTHING", "ChangeRecords", "Outcome", "record_change"]
