"""The `codesign` command: open the app, or work on board files headless.

Bad input (a missing file, a broken board, a wrong argument) is the user's to fix, so it ends
with exit status 2 and one line on stderr; exit 1 is reserved for bugs.
"""

import argparse
import sys
from collections.abc import Sequence

from codesign import __version__
from codesign.cli.board_commands import add_board_commands
from codesign.cli.errors import UsageError, UserError, one_line
from codesign.cli.room_commands import add_room_commands
from codesign.cli.transfer_commands import add_transfer_commands

EXIT_BAD_INPUT = 2


class _OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus an error; we print the error alone, on one line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="codesign",
        description="Codesign: an offline canvas for co-design workshops.",
        epilog="Run 'codesign BOARD' to open a board in the app.",
    )
    parser.add_argument("--version", action="version", version=f"codesign {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    add_board_commands(commands)
    add_transfer_commands(commands)
    add_room_commands(commands)
    opening = commands.add_parser("open", help="open the app, with BOARD if given (the default)")
    opening.add_argument("board", nargs="?", help="a board file (.codesign.json) to open")
    opening.set_defaults(run=_open_app)
    return parser


def _open_app(arguments: argparse.Namespace) -> int:
    from codesign.ui.app import run_app

    return run_app(arguments.board)


def _with_default_command(argv: list[str], parser: argparse.ArgumentParser) -> list[str]:
    """`codesign BOARD` and bare `codesign` mean `codesign open ...`."""
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    if not argv or (argv[0] not in commands.choices and not argv[0].startswith("-")):
        return ["open", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        arguments = parser.parse_args(_with_default_command(args, parser))
        return arguments.run(arguments)
    except UserError as error:
        line = f"codesign: {error}" if not isinstance(error, UsageError) else str(error)
        print(one_line(line), file=sys.stderr)
        return EXIT_BAD_INPUT
