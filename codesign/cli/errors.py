"""The failures the CLI reports in one line with exit status 2."""

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """`message` with its control characters written as escapes (`\\n`): a file name may hold a
    newline, and a message that names it must still be one line."""
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode(), message)


class UserError(Exception):
    """Something the person running the command can fix; `str()` is the whole message."""


class UsageError(UserError):
    """The command line itself is wrong."""
