"""`export` and `import`: boards out to PDF, an HTML report, JSON Canvas, CSV and Markdown,
and back in.

What a format cannot carry is printed as warnings on stderr (the command still succeeds):
the person learns what stayed behind instead of finding out later. The export layer (reportlab,
pypdf) is imported inside the verbs that use it, so `codesign check` and friends start quickly.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from codesign.cli.board_commands import already_there, load_or_explain, summarise
from codesign.cli.errors import UserError
from codesign.cli.png_command import export_png_headless, report_picture_headless
from codesign.export.pdf.options import LAYOUTS, PAPER_SIZES
from codesign.export.suffixes import EXPORT_SUFFIXES, IMPORT_SUFFIXES
from codesign.model import Board
from codesign.resources import LANGUAGES
from codesign.storage import save_board
from codesign.storage.errors import FileProblem
from codesign.storage.paths import real_path
from codesign.text.catalogue import language, translate


def _tr(text: str) -> str:
    return translate("cli", text)


def add_transfer_commands(commands: Any) -> None:
    export = commands.add_parser(
        "export",
        help=_tr("export a board to PDF, an accessible HTML report, JSON Canvas, CSV or Markdown"),
        description=_tr("The format follows OUTPUT's extension: {suffixes}.").format(
            suffixes=", ".join(EXPORT_SUFFIXES)
        ),
    )
    export.add_argument("board", help=_tr("the board file to export"))
    export.add_argument("-o", "--output", required=True, help=_tr("the file to write"))
    export.add_argument("--layout", choices=LAYOUTS, default="board", help=_tr("PDF layout"))
    export.add_argument(
        "--paper",
        default="A4",
        help=_tr("PDF paper: {sizes}").format(sizes=", ".join(PAPER_SIZES)),
    )
    turn = export.add_mutually_exclusive_group()
    turn.add_argument("--landscape", action="store_true", help=_tr("turn the paper sideways"))
    turn.add_argument("--portrait", action="store_true", help=_tr("keep the paper upright"))
    export.add_argument(
        "--scale",
        type=float,
        default=None,
        help=_tr("poster: PDF points per canvas unit (1.0); PNG: pixels per canvas unit (2.0)"),
    )
    export.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="ID",
        help=_tr(
            "board layout: draw only this item (a cluster, a journey map, a note); repeatable"
        ),
    )
    export.add_argument(
        "--anonymous",
        action="store_true",
        help=_tr("leave out names: authors, voters and the facilitator"),
    )
    export.add_argument("--force", action="store_true", help=_tr("overwrite OUTPUT if it exists"))
    export.add_argument(
        "--language",
        choices=LANGUAGES,
        default=None,
        help=_tr(
            "the export's headings, counts and dates: en (English) or cy (Cymraeg); "
            "the messages' language when not given"
        ),
    )
    export.set_defaults(run=_export)

    importing = commands.add_parser(
        "import",
        help=_tr("make a board from JSON Canvas, CSV, plain text or a Codesign PDF"),
        description=_tr("The format follows INPUT's extension: {suffixes}.").format(
            suffixes=", ".join(IMPORT_SUFFIXES)
        ),
    )
    importing.add_argument("input", help=_tr("the file to import"))
    importing.add_argument("-o", "--output", required=True, help=_tr("the board file to write"))
    importing.add_argument(
        "--force", action="store_true", help=_tr("overwrite OUTPUT if it exists")
    )
    importing.set_defaults(run=_import)


def _export(arguments: argparse.Namespace) -> int:
    from codesign.export import PdfOptions, TransferError, count_pages, export_file
    from codesign.export.anonymise import anonymise
    from codesign.export.pdf.legibility import small_text

    output = _output_apart_from(arguments.output, arguments.board)
    _refuse_overwriting(output, arguments.force)
    board = load_or_explain(arguments.board)
    if output.suffix.lower() == ".png":
        return export_png_headless(
            board,
            output,
            2.0 if arguments.scale is None else arguments.scale,
            frozenset(arguments.only),
        )
    try:
        options = PdfOptions(
            layout=arguments.layout,
            paper=arguments.paper,
            landscape=arguments.landscape
            or (not arguments.portrait and _wider_than_tall(board, frozenset(arguments.only))),
            scale=1.0 if arguments.scale is None else arguments.scale,
            anonymous=arguments.anonymous,
            item_ids=frozenset(arguments.only),
            language=arguments.language or language(),
        )
    except ValueError as error:
        raise UserError(str(error)) from None
    picture = None
    if output.suffix.lower() == ".html":
        picture = report_picture_headless(anonymise(board) if options.anonymous else board)
    try:
        warnings = export_file(board, output, options, picture=picture)
    except TransferError as error:
        raise UserError(str(error)) from None
    except ValueError as error:
        raise UserError(f"{output}: {error}") from None
    pdf = output.suffix.lower() == ".pdf"
    small = small_text(board, options) if pdf else None
    _warn([*warnings, small.advice()] if small else warnings)
    pages = f", {translate('cli', '%n page(s)', '', count_pages(board, options))}" if pdf else ""
    said = _tr("{output}: exported {title}")
    print(said.format(output=output, title=repr(board.title)) + pages)
    return 0


def _wider_than_tall(board: Board, only: frozenset[str]) -> bool:
    """Automatic orientation: landscape when what is drawn is wider than tall."""
    from codesign.export.pdf.board_layout import selected_items
    from codesign.export.pdf.geometry import bounds

    try:
        _x, _y, width, height = bounds(selected_items(board, only))
    except ValueError:
        return False  # an unknown --only id is reported by the export itself
    return width > height


def _import(arguments: argparse.Namespace) -> int:
    from codesign.export import import_with_warnings

    output = _output_apart_from(arguments.output, arguments.input)
    _refuse_overwriting(output, arguments.force)
    try:
        board, warnings = import_with_warnings(arguments.input)
        save_board(board, output, keep_backup=False)
    except FileProblem as error:
        raise UserError(str(error)) from None
    _warn(warnings)
    print(_tr("{output}: imported {summary}").format(output=output, summary=summarise(board)))
    return 0


def _refuse_overwriting(output: Path, force: bool) -> None:
    if not force and output.exists():
        raise UserError(already_there(output))


def _output_apart_from(output: str, source: str) -> Path:
    """Writing over the file being read would lose it, even with --force."""
    path = Path(output)
    if real_path(path) == real_path(source):
        raise UserError(
            _tr("{path}: is the file being read; choose another OUTPUT").format(path=path)
        )
    return path


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        print(_tr("codesign: warning: {warning}").format(warning=warning), file=sys.stderr)
