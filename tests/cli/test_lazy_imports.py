"""`codesign check` and the other board verbs start quickly: they never import the export
layer's heavy libraries (reportlab's canvas, pypdf, HarfBuzz) nor Qt. Not a timed test: it
looks at which modules a real run of the verb imported."""

import subprocess
import sys

from codesign.storage import save_board
from tests.boards import themed_board

HEAVY = ("reportlab.pdfgen", "reportlab.pdfbase", "pypdf", "uharfbuzz", "PySide6", "PIL")
RUN_AND_LIST = """
import sys
from codesign.cli import main
status = main(sys.argv[1:])
print("MODULES", " ".join(sorted(sys.modules)))
sys.exit(status)
"""


def modules_after(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", RUN_AND_LIST, *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))


def test_check_imports_no_export_libraries(tmp_path):
    board = tmp_path / "b.codesign.json"
    save_board(themed_board(), board, keep_backup=False)
    assert heavy(modules_after("check", str(board))) == []


def test_check_reads_no_package_metadata(tmp_path):
    """pydantic's plugin search (switched off) would import importlib.metadata, email and
    zipfile only to find nothing (codesign/__init__.py)."""
    board = tmp_path / "b.codesign.json"
    save_board(themed_board(), board, keep_backup=False)
    assert "importlib.metadata" not in modules_after("check", str(board))


def test_templates_and_help_import_no_export_libraries():
    assert heavy(modules_after("templates")) == []


def test_the_app_window_starts_without_pdf_or_network_libraries():
    """The room's server and client (aiohttp, pycrdt) load when a room is hosted or joined."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, codesign.ui.shell.main_window; print(*sorted(sys.modules))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    modules = set(done.stdout.split())
    assert "codesign.ui.shell.main_window" in modules
    assert [m for m in modules if m == "pypdf" or m.startswith("reportlab.pdfgen")] == []
    network = ("aiohttp", "pycrdt", "segno", "codesign.room.room", "codesign.room.client")
    assert [m for m in modules if m.startswith(network)] == []
