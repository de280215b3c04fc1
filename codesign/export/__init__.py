"""Board out to PDF, JSON Canvas, CSV and Markdown (and some of them in): model only, no Qt.

The app's Export and Import dialogs and the CLI call `export_file` and `import_with_warnings`;
`count_pages` gives a PDF's page count for the dialog's preview.
"""

from codesign.export.errors import ExportFailed, ImportFailed, TransferError
from codesign.export.files import (
    EXPORT_SUFFIXES,
    IMPORT_SUFFIXES,
    export_file,
    import_file,
    import_with_warnings,
)
from codesign.export.pdf import LAYOUTS, PAPER_SIZES, PdfOptions, Progress, count_pages, export_pdf

__all__ = [
    "EXPORT_SUFFIXES",
    "IMPORT_SUFFIXES",
    "LAYOUTS",
    "PAPER_SIZES",
    "ExportFailed",
    "ImportFailed",
    "PdfOptions",
    "Progress",
    "TransferError",
    "count_pages",
    "export_file",
    "export_pdf",
    "import_file",
    "import_with_warnings",
]
