"""Render resources/icons/codesign.svg to the PNG sizes desktops and bundles ask for.

The PNGs are committed, so neither the app nor a PyInstaller bundle needs an SVG renderer at
run time. Run it again after changing the SVG: `.venv/bin/python tools/render_icons.py`.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from codesign.resources import ICON_SIZES, app_icon_file, icons_folder


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    source = icons_folder() / "codesign.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"render_icons: {source} is not a valid SVG", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        target = app_icon_file(size)
        if not render(renderer, size).save(str(target)):
            print(f"render_icons: could not write {target}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
