"""`new`, `templates`, `check` and `schema`: board files without the app."""

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from codesign.cli.errors import UserError
from codesign.model import Board
from codesign.model.kinds import KINDS, kind_name
from codesign.storage import BoardFile, BoardFileError, load_board, save_board
from codesign.storage.templates import UnknownTemplate, board_from_template, list_templates


def add_board_commands(commands: Any) -> None:
    new = commands.add_parser("new", help="write a new board, blank or from a template")
    new.add_argument("-o", "--output", required=True, help="the board file to write")
    new.add_argument("--template", default="blank", help="template name (see 'templates')")
    new.add_argument("--force", action="store_true", help="overwrite OUTPUT if it exists")
    new.set_defaults(run=_new)

    templates = commands.add_parser("templates", help="list the board templates")
    templates.set_defaults(run=_templates)

    check = commands.add_parser("check", help="validate a board and summarise it in one line")
    check.add_argument("board", help="the board file to check")
    check.set_defaults(run=_check)

    schema = commands.add_parser("schema", help="print the JSON Schema of board files")
    schema.set_defaults(run=_schema)


def load_or_explain(path: str) -> Board:
    try:
        return load_board(Path(path))
    except BoardFileError as error:
        raise UserError(str(error)) from None


def _new(arguments: argparse.Namespace) -> int:
    output = Path(arguments.output)
    if output.exists() and not arguments.force:
        raise UserError(f"{output}: already exists (use --force to overwrite it)")
    try:
        board = board_from_template(arguments.template)
        save_board(board, output, keep_backup=False)
    except UnknownTemplate as error:
        raise UserError(str(error.args[0])) from None
    except BoardFileError as error:
        raise UserError(str(error)) from None
    print(f"{output}: new board from template {arguments.template!r}")
    return 0


def _templates(_arguments: argparse.Namespace) -> int:
    for info in list_templates():
        print(f"{info.name:<16} {info.title}")
    return 0


def summarise(board: Board) -> str:
    counts = Counter(item.kind for item in board.items)
    parts = [kind_name(kind, counts[kind]) for kind in KINDS if counts[kind]]
    unknown = sum(n for kind, n in counts.items() if kind not in KINDS)
    if unknown:
        parts.append(f"{kind_name('', unknown)} (kept as they are)")
    detail = f": {', '.join(parts)}" if parts else ""
    rounds = f", {len(board.rounds)} voting round(s)" if board.rounds else ""
    return (
        f"{board.title!r}, {len(board.items)} items{detail}; "
        f"{len(board.participants)} participants{rounds}"
    )


def _check(arguments: argparse.Namespace) -> int:
    board = load_or_explain(arguments.board)
    print(f"{arguments.board}: valid, {summarise(board)}")
    return 0


def _schema(_arguments: argparse.Namespace) -> int:
    print(json.dumps(BoardFile.model_json_schema(), indent=2, ensure_ascii=False))
    return 0
