"""Failures of moving a board in or out of another format, each a one-line message for people.

Like the storage errors, nothing here is a bug: the CLI prints `str(error)` and exits 2, and
the app can show the same line in a dialog.
"""

from codesign.storage.errors import FileProblem


class TransferError(FileProblem):
    """An import or export could not be done; `str()` names the file and the reason."""


class ImportFailed(TransferError):
    """The input is not something a board can be made from; nothing was written."""


class ExportFailed(TransferError):
    """The output could not be written; any file already there is untouched."""
