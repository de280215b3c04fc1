"""Is the Codesign that wrote a lock or a recovery copy still running?

Only answerable on the same machine: another host's process id means nothing here, so callers
treat a foreign host as alive and say which host it is.
"""

import os
import socket


def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, just not ours to signal
        return True
    return True


def still_running(pid: int, host: str) -> bool:
    return host != this_host() or process_alive(pid)
