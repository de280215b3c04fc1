"""Is the Codesign that wrote a lock or a recovery copy still running?

Only answerable on the same machine: another host's process id means nothing here, so callers
treat a foreign host as alive and say which host it is.
"""

import ctypes
import datetime
import os
import socket
from pathlib import Path
from typing import Any

PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
STILL_ACTIVE = 259
ERROR_ACCESS_DENIED = 5
MAX_WINDOWS_PID = 0xFFFFFFFF


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


def booted_at(stat: Path = Path("/proc/stat")) -> datetime.datetime | None:
    """When this machine last started, where the system says (Linux); None elsewhere.

    Nothing that claimed to start before then can still be running, whatever now has its
    process id: after a power cut and a reboot, ids are handed out again from the start."""
    try:
        lines = stat.read_text(encoding="ascii").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        name, _space, value = line.partition(" ")
        if name == "btime" and value.strip().isdigit():
            return datetime.datetime.fromtimestamp(int(value), datetime.UTC)
    return None


def started_at(pid: int, proc: Path = Path("/proc")) -> datetime.datetime | None:
    """When process `pid` started, where the system says (Linux); None elsewhere or when
    there is no such process. A lock taken before its process started was taken by another
    program that had the same id then."""
    boot = booted_at(proc / "stat")
    try:
        status = (proc / str(pid) / "stat").read_text(encoding="ascii", errors="replace")
        ticks = int(status.rpartition(")")[2].split()[19])  # field 22; the name may hold spaces
    except (OSError, ValueError, IndexError):
        return None
    if boot is None:
        return None
    return boot + datetime.timedelta(seconds=ticks / os.sysconf("SC_CLK_TCK"))


def _alive_on_windows(pid: int) -> bool:
    if pid > MAX_WINDOWS_PID:  # a damaged id; ctypes would cut it down to some other process
        return False
    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        return _last_error() == ERROR_ACCESS_DENIED
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
            code.value == STILL_ACTIVE
        )
    finally:
        kernel32.CloseHandle(handle)


def _kernel32() -> Any:
    """Windows only; the argument types make ctypes check each call rather than guess."""
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
    kernel32.GetExitCodeProcess.restype = wintypes.BOOL
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def _last_error() -> int:
    return ctypes.get_last_error()  # type: ignore[attr-defined]  # Windows only
