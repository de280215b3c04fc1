"""The failures the CLI reports in one line with exit status 2."""


class UserError(Exception):
    """Something the person running the command can fix; `str()` is the whole message."""


class UsageError(UserError):
    """The command line itself is wrong."""
