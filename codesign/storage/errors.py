"""Typed failures of reading and writing board files, each with a one-line message for people.

The CLI prints `str(error)` and exits 2; the app shows the same line in a dialog. Nothing here
is a bug, so nothing here is ever shown as a traceback.
"""

from pathlib import Path

from codesign.text.catalogue import translate


class FileProblem(Exception):
    """The one base of every failure with a file a person chose (a board, an import, an
    export): `str()` is "path: problem", one line, so callers catch one thing."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class BoardFileError(FileProblem):
    """A board file could not be read or written; `str()` is the message for the user."""


class UnreadableFile(BoardFileError):
    """Missing, a folder, no permission, not text: the bytes never reached the parser."""


class NotABoard(BoardFileError):
    """Valid text, but not JSON, or JSON without the Codesign wrapper."""


class NewerVersion(BoardFileError):
    """Written by a newer Codesign; refusing is safer than guessing and losing data on save."""

    def __init__(self, path: Path | str, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        said = translate(
            "storage",
            "made by a newer Codesign (file format version {found}; this version reads up to "
            "{supported}). Update Codesign to open it.",
        )
        super().__init__(path, said.format(found=found, supported=supported))


class InvalidBoard(BoardFileError):
    """The wrapper is right but the board breaks a rule; the message names the JSON path."""


class SaveFailed(BoardFileError):
    """Writing failed; the previous file on disk is untouched."""
