"""Undoable edits: every change a person makes to the board is one of these."""

from codesign.commands.change_records import ChangeRecords, record_change

__all__ = ["ChangeRecords", "record_change"]
