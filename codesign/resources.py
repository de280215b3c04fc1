"""Where the bundled fonts, icons and templates are, in a checkout and in a PyInstaller bundle.

A one-folder PyInstaller bundle unpacks nothing: `sys._MEIPASS` is the bundle's own folder
(`_internal/` beside the executable), where build.spec puts `resources/`.
"""

import sys
from pathlib import Path

ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
"""The PNG sizes rendered from codesign.svg: what Linux icon themes, Windows and macOS ask for."""
LANGUAGES = ("en", "cy")
"""The languages the app and its exports are translated into (resources/translations): here,
where the CLI can name them without importing the text layer."""


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


def app_icon_file(size: int) -> Path:
    return icons_folder() / f"codesign-{size}.png"


def fonts_folder() -> Path:
    return resource_root() / "fonts"
