"""Board out to PDF, JSON Canvas, CSV and Markdown (and some of them in): model only, no Qt.

The app's Export and Import dialogs and the CLI call `export_file` and `import_with_warnings`;
`count_pages` gives a PDF's page count for the dialog's preview. Names load on first use, so
importing this package costs nothing until something is exported or imported.
"""

from typing import TYPE_CHECKING

from codesign.export.lazy import lazy_attributes

if TYPE_CHECKING:
    from codesign.export.errors import ExportFailed, ImportFailed, TransferError
    from codesign.export.files import export_file, import_file, import_with_warnings
    from codesign.export.pdf import (
        LAYOUTS,
        PAPER_SIZES,
        PdfOptions,
        Progress,
        count_pages,
        export_pdf,
    )
    from codesign.export.suffixes import EXPORT_SUFFIXES, IMPORT_SUFFIXES

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

__getattr__ = lazy_attributes(
    __name__,
    {
        **dict.fromkeys(("ExportFailed", "ImportFailed", "TransferError"), ".errors"),
        **dict.fromkeys(("export_file", "import_file", "import_with_warnings"), ".files"),
        **dict.fromkeys(("LAYOUTS", "PAPER_SIZES", "PdfOptions", "Progress"), ".pdf.options"),
        **dict.fromkeys(("count_pages", "export_pdf"), ".pdf.output"),
        **dict.fromkeys(("EXPORT_SUFFIXES", "IMPORT_SUFFIXES"), ".suffixes"),
    },
)
