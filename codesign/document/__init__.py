"""The open board: its records, its undo stack, its file, and whether it is saved."""

from codesign.document.board_document import INFO_KEY, BoardDocument, Change, RecordValue

__all__ = ["INFO_KEY", "BoardDocument", "Change", "RecordValue"]
