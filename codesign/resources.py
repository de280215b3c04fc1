"""Where the bundled fonts, icons and templates are, in a checkout and in a PyInstaller bundle."""

import sys
from pathlib import Path


def resource_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(bold: bool = False) -> Path:
    return resource_root() / "fonts" / ("NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf")


def templates_folder() -> Path:
    return resource_root() / "templates"


def icons_folder() -> Path:
    return resource_root() / "icons"
