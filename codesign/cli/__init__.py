"""The `codesign` command: open the app, or work on board files headless.

Bad input (a missing file, a broken board, a wrong argument) is the user's to fix, so it ends
with exit status 2 and one line on stderr; exit 1 is reserved for bugs. Messages and help
speak the system locale's language (LANG=cy_GB.UTF-8 gives Cymraeg) or `--language cy|en`,
read before the parser is built, since the help texts are put in when it is.
"""

import argparse
import sys
from collections.abc import Sequence

from codesign import __version__
from codesign.cli.board_commands import add_board_commands
from codesign.cli.errors import UsageError, UserError, one_line
from codesign.cli.parser import OneLineParser
from codesign.cli.room_commands import add_room_commands
from codesign.cli.transfer_commands import add_transfer_commands
from codesign.text.catalogue import LANGUAGES, system_language, translate, use_language

EXIT_BAD_INPUT = 2


def _tr(text: str) -> str:
    return translate("cli", text)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="codesign",
        description=_tr("Codesign: an offline canvas for co-design workshops."),
        epilog=_tr("Run 'codesign BOARD' to open a board in the app."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"codesign {__version__}",
        help=_tr("show the version and exit"),
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help=_tr("the language of messages and help: en (English) or cy (Cymraeg)"),
    )
    commands = parser.add_subparsers(
        dest="command", metavar=_tr("COMMAND"), parser_class=OneLineParser
    )
    add_board_commands(commands)
    add_transfer_commands(commands)
    add_room_commands(commands)
    opening = commands.add_parser(
        "open", help=_tr("open the app, with BOARD if given (the default)")
    )
    opening.add_argument("board", nargs="?", help=_tr("a board file (.codesign.json) to open"))
    opening.set_defaults(run=_open_app)
    return parser


def chosen_language(argv: list[str]) -> str:
    """`--language` wherever it is on the line (the last one wins), else the system's."""
    chosen = ""
    for index, word in enumerate(argv):
        if word == "--language" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif word.startswith("--language="):
            chosen = word.split("=", 1)[1]
    return chosen if chosen in LANGUAGES else system_language()


def _open_app(arguments: argparse.Namespace) -> int:
    from codesign.ui.app import run_app

    return run_app(arguments.board)


def _with_default_command(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`codesign BOARD` and bare `codesign` mean `codesign open ...`."""
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    before: list[str] = []
    while argv and argv[0].startswith("--language"):
        taken = 1 if "=" in argv[0] else 2
        before, argv = [*before, *argv[:taken]], argv[taken:]
    if not argv or (argv[0] not in commands.choices and not argv[0].startswith("-")):
        return [*before, "open", *argv]
    return [*before, *argv]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    use_language(chosen_language(args))
    parser = build_parser()
    try:
        arguments = parser.parse_args(_with_default_command(args, parser))
        return arguments.run(arguments)
    except UserError as error:
        line = f"codesign: {error}" if not isinstance(error, UsageError) else str(error)
        print(one_line(line), file=sys.stderr)
        return EXIT_BAD_INPUT
