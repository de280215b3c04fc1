"""Put Codesign in a Linux desktop's app menu and let the file manager open board files with it.

Installs for the current user only, under $XDG_DATA_HOME (default ~/.local/share), so it needs
no root. Neither a virtual environment nor a PyInstaller bundle is on PATH, so the installed
menu entry starts the given executable by its absolute path. Uses only the standard library:
`./dev install-desktop` runs it with the system Python, before any virtual environment exists.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent.parent / "resources" / "icons"
DESKTOP_FILE = "codesign.desktop"
MIME_FILE = "codesign-board.xml"
MIME_TYPE = "application/x-codesign-board"
EXIT_BAD_INPUT = 2
RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")
"""Characters the Desktop Entry spec says force an Exec argument into double quotes."""


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def exec_argument(executable: Path) -> str:
    """The path as one Exec argument: quoted when needed, then escaped as a desktop string."""
    text = str(executable)
    if RESERVED.search(text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("\\", "\\\\")


def desktop_entry(executable: Path) -> str:
    lines = (HERE / DESKTOP_FILE).read_text(encoding="utf-8").splitlines()
    return "".join(
        f"Exec={exec_argument(executable)} %f\n" if line.startswith("Exec=") else line + "\n"
        for line in lines
    )


def install(executable: Path, data: Path) -> list[Path]:
    """Copies the menu entry, the board file type and the icons; returns the files written."""
    written = [
        data / "applications" / DESKTOP_FILE,
        data / "mime" / "packages" / MIME_FILE,
        data / "icons" / "hicolor" / "scalable" / "apps" / "codesign.svg",
    ]
    for target in written:
        target.parent.mkdir(parents=True, exist_ok=True)
    written[0].write_text(desktop_entry(executable), encoding="utf-8")
    shutil.copyfile(HERE / MIME_FILE, written[1])
    shutil.copyfile(ICONS / "codesign.svg", written[2])
    for source in sorted(ICONS.glob("codesign-*.png")):
        size = source.stem.removeprefix("codesign-")
        target = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "codesign.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        written.append(target)
    return written


def refresh_desktop(data: Path) -> list[str]:
    """Runs the desktop's own cache and default-app tools, each only where it is installed."""
    commands = [
        ["update-mime-database", str(data / "mime")],
        ["update-desktop-database", str(data / "applications")],
        ["xdg-mime", "default", DESKTOP_FILE, MIME_TYPE],
    ]
    ran = []
    for command in commands:
        if shutil.which(command[0]) is None:
            continue
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
        ran.append(command[0])
    return ran


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", type=Path, help="the codesign program the menu starts")
    arguments = parser.parse_args(argv)
    executable = arguments.executable.expanduser().resolve()
    if not (executable.is_file() and os.access(executable, os.X_OK)):
        print(f"install-desktop: {executable} is not an executable program", file=sys.stderr)
        return EXIT_BAD_INPUT
    data = data_home()
    written = install(executable, data)
    ran = refresh_desktop(data)
    print(f"install-desktop: {len(written)} files in {data}, starting {executable}")
    if ran:
        print(f"install-desktop: refreshed with {', '.join(ran)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
