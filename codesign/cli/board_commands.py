"""`new`, `templates`, `check` and `schema`: board files without the app."""

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from codesign.cli.errors import UserError
from codesign.model import Board
from codesign.model.kinds import KINDS
from codesign.storage import BoardFile, BoardFileError, load_board, save_board
from codesign.storage.templates import UnknownTemplate, board_from_template, list_templates
from codesign.text.catalogue import language, translate
from codesign.text.kind_counts import counted


def _tr(text: str) -> str:
    return translate("cli", text)


def add_board_commands(commands: Any) -> None:
    new = commands.add_parser("new", help=_tr("write a new board, blank or from a template"))
    new.add_argument("-o", "--output", required=True, help=_tr("the board file to write"))
    new.add_argument("--template", default="blank", help=_tr("template name (see 'templates')"))
    new.add_argument("--force", action="store_true", help=_tr("overwrite OUTPUT if it exists"))
    new.set_defaults(run=_new)

    templates = commands.add_parser("templates", help=_tr("list the board templates"))
    templates.set_defaults(run=_templates)

    check = commands.add_parser("check", help=_tr("validate a board and summarise it in one line"))
    check.add_argument("board", help=_tr("the board file to check"))
    check.set_defaults(run=_check)

    schema = commands.add_parser("schema", help=_tr("print the JSON Schema of board files"))
    schema.set_defaults(run=_schema)


def load_or_explain(path: str) -> Board:
    try:
        return load_board(Path(path))
    except BoardFileError as error:
        raise UserError(str(error)) from None


def _new(arguments: argparse.Namespace) -> int:
    output = Path(arguments.output)
    if output.exists() and not arguments.force:
        raise UserError(already_there(output))
    try:
        board = board_from_template(arguments.template)
        save_board(board, output, keep_backup=False)
    except UnknownTemplate as error:
        raise UserError(str(error.args[0])) from None
    except BoardFileError as error:
        raise UserError(str(error)) from None
    said = _tr("{output}: new board from template {template}")
    print(said.format(output=output, template=repr(arguments.template)))
    return 0


def _templates(_arguments: argparse.Namespace) -> int:
    for info in list_templates(language()):
        print(f"{info.name:<16} {info.title}")
    return 0


def already_there(output: Path) -> str:
    """`export`, `import` and `new` alike keep a file already there unless told otherwise."""
    return _tr("{output}: already exists (use --force to overwrite it)").format(output=output)


def summarise(board: Board) -> str:
    counts = Counter(item.kind for item in board.items)
    parts = [counted(kind, counts[kind]) for kind in KINDS if counts[kind]]
    unknown = sum(n for kind, n in counts.items() if kind not in KINDS)
    if unknown:
        parts.append(counted("", unknown))
    detail = f": {', '.join(parts)}" if parts else ""
    items = translate("cli", "%n item(s)", "", len(board.items))
    people = translate("cli", "%n participant(s)", "", len(board.participants))
    rounds = translate("cli", "%n voting round(s)", "", len(board.rounds))
    return f"{board.title!r}, {items}{detail}; {people}" + (f", {rounds}" if board.rounds else "")


def _check(arguments: argparse.Namespace) -> int:
    board = load_or_explain(arguments.board)
    said = _tr("{board}: valid, {summary}")
    print(said.format(board=arguments.board, summary=summarise(board)))
    return 0


def _schema(_arguments: argparse.Namespace) -> int:
    print(json.dumps(BoardFile.model_json_schema(), indent=2, ensure_ascii=False))
    return 0
