"""The CLI's argument parser, speaking the catalogue's language, argparse's own words included.

argparse writes its headings ("usage:", "options") and its complaints ("the following
arguments are required") through gettext with no Welsh catalogue behind it. The parser here
gives the headings and the -h/--help line from Codesign's catalogue, and its `error` reads
argparse's English complaint back into the catalogue's words before it is shown on one line.
"""

import argparse
import re
from collections.abc import Callable, Iterable
from typing import Any

from codesign.cli.errors import UsageError
from codesign.text.catalogue import translate


def _tr(text: str) -> str:
    return translate("cli", text)


class _Formatter(argparse.HelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, _tr("usage: ") if prefix is None else prefix)


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus an error; we print the error alone, on one line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = _tr("positional arguments")
        self._optionals.title = _tr("options")
        self.add_argument(
            "-h", "--help", action="help", help=_tr("show this help message and exit")
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        see = _tr("see --help")
        raise UsageError(f"{self.prog}: {argparse_complaint(message)} ({see})")


_Said = Callable[[re.Match[str]], str]
_COMPLAINTS: tuple[tuple[re.Pattern[str], _Said], ...] = (
    (
        re.compile(r"the following arguments are required: (?P<names>.*)"),
        lambda m: _tr("the following arguments are required: {names}").format(**m.groupdict()),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<words>.*)"),
        lambda m: _tr("unrecognised arguments: {words}").format(**m.groupdict()),
    ),
    (
        re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)"),
        lambda m: _tr("invalid choice: {value} (choose from {choices})").format(**m.groupdict()),
    ),
    (
        re.compile(r"invalid (?P<kind>\w+) value: (?P<value>.*)"),
        lambda m: (
            _tr("not a valid number: {value}").format(**m.groupdict())
            if m["kind"] in ("float", "int")
            else m[0]
        ),
    ),
    (re.compile(r"expected one argument"), lambda m: _tr("expected one value")),
    (
        re.compile(r"not allowed with argument (?P<other>.*)"),
        lambda m: _tr("not allowed with {other}").format(**m.groupdict()),
    ),
)


def argparse_complaint(message: str) -> str:
    """argparse's English `message` in the catalogue's language; unknown ones as they are."""
    argument = re.fullmatch(r"argument (?P<name>[^:]+): (?P<problem>.*)", message)
    if argument:
        problem = argparse_complaint(argument["problem"])
        return _tr("argument {name}: {problem}").format(name=argument["name"], problem=problem)
    for pattern, said in _COMPLAINTS:
        found = pattern.fullmatch(message)
        if found:
            return said(found)
    return message
