"""Is the Codesign that wrote a lock or a recovery copy still running?

Only answerable on the same machine: another host's process id means nothing here, so callers
treat a foreign host as alive and say which host it is.
"""

import ctypes
import os
import socket
from typing import Any

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5


def this_host() -> str:
    return socket.gethostname()


def process_alive(pid: int) -> bool:
    """A damaged id (zero, negative, too large for the system) names no process."""
    if pid <= 0:
        return False
    if os.name == "nt":  # os.kill there would end the process, not ask after it
        return _alive_on_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, just not ours to signal
        return True
    except (OverflowError, ValueError, OSError):
        return False
    return True


def still_running(pid: int, host: str) -> bool:
    return host != this_host() or process_alive(pid)


def _alive_on_windows(pid: int) -> bool:
    kernel32 = _kernel32()
    try:
        handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    except OverflowError:
        return False
    if not handle:
        return kernel32.GetLastError() == ERROR_ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
            code.value == STILL_ACTIVE
        )
    finally:
        kernel32.CloseHandle(handle)


def _kernel32() -> Any:
    return ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]  # Windows only
