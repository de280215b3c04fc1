"""Storage and export failures share one base, so a caller catches one thing."""

from codesign.export.errors import ExportFailed, ImportFailed
from codesign.storage.errors import BoardFileError, FileProblem


def test_storage_and_export_failures_share_one_base():
    for failure in (BoardFileError, ImportFailed, ExportFailed):
        error = failure("board.json", "no room on the disk")
        assert isinstance(error, FileProblem) and str(error) == "board.json: no room on the disk"
