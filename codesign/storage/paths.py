"""Where a path really leads, without the surprises of `Path.resolve()`.

`Path.resolve()` raises RuntimeError on a symbolic-link loop (OSError from Python 3.13), which
the command line would print as a traceback. Boards are opened, compared and locked by their
real path, so one helper answers the question for all of them and a loop is reported in words.
"""

import errno
import os
from pathlib import Path


def real_path(path: Path | str) -> Path:
    """The absolute path with every link followed as far as it goes; never raises."""
    return Path(os.path.realpath(path))


def is_link_loop(path: Path | str) -> bool:
    """True when following `path`'s links never reaches a file or a missing name."""
    try:
        os.stat(path)
    except OSError as error:
        return error.errno == getattr(errno, "ELOOP", None)
    return False
