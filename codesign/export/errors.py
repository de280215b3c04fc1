"""Failures of moving a board in or out of another format, each a one-line message for people.

Like the storage errors, nothing here is a bug: the CLI prints `str(error)` and exits 2, and
the app can show the same line in a dialog.
"""

from pathlib import Path


class TransferError(Exception):
    """An import or export could not be done; `str()` names the file and the reason."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ImportFailed(TransferError):
    """The input is not something a board can be made from; nothing was written."""


class ExportFailed(TransferError):
    """The output could not be written; any file already there is untouched."""
