"""The chrome's look: bundled line icons on every toolbar action, and a template picker whose
thumbnails stay clear of their titles."""

import os
import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from codesign import resources
from codesign.model import Cluster
from codesign.storage.templates import board_from_template
from codesign.ui.common.actions import SPECS
from codesign.ui.common.icons import (
    ACTION_ICONS,
    DISABLED_INK,
    INK,
    PANEL_ICONS,
    icon_file,
    line_icon,
    lucide_folder,
)
from codesign.ui.files.template_cards import card_layout
from codesign.ui.files.template_dialog import MARGIN, THUMBNAIL_SIZE, template_thumbnail

ROOT = Path(__file__).resolve().parents[2]

TOOLBAR_KEYS = [key for key, spec in SPECS.items() if spec.toolbar]


def test_every_toolbar_action_has_an_icon(shown):
    toolbar = shown.findChild(QToolBar, "MainToolbar")
    for key in TOOLBAR_KEYS:
        action = shown.actions[key]
        assert not action.icon().isNull(), key
        button = toolbar.widgetForAction(action)
        assert (isinstance(button, QToolButton) and button.accessibleName()) or button.text(), key


def test_zoom_buttons_are_named_icons_not_minus_and_plus(shown):
    toolbar = shown.findChild(QToolBar, "MainToolbar")
    for key, name in (("zoom_out", "Zoom out"), ("zoom_in", "Zoom in")):
        button = toolbar.widgetForAction(shown.actions[key])
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        assert button.accessibleName() == name
        assert button.text() not in ("−", "+")
        assert "Ctrl" in button.toolTip()
        assert min(button.sizeHint().width(), button.sizeHint().height()) >= 30


def test_the_labelled_toolbar_buttons_keep_their_short_texts(shown):
    toolbar = shown.findChild(QToolBar, "MainToolbar")
    for key, text in (("group", "Group"), ("voting_mode", "Vote"), ("present", "Present")):
        button = toolbar.widgetForAction(shown.actions[key])
        assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        assert button.text() == text


def test_every_bundled_svg_loads_and_every_icon_names_a_real_action():
    assert set(ACTION_ICONS) <= set(SPECS)
    bundled = sorted(lucide_folder().glob("*.svg"))
    used = set(ACTION_ICONS.values()) | PANEL_ICONS
    assert {path.stem for path in bundled} == used, "bundle only what is used"
    for path in bundled:
        renderer = QSvgRenderer(QByteArray(path.read_bytes()))
        assert renderer.isValid(), path.name
        assert b"currentColor" in path.read_bytes(), f"{path.name} could not be tinted"


def test_icons_are_drawn_in_the_chrome_ink(qtbot):
    """At 200 % see tests/ui/test_high_dpi.py: the pixel ratio is read when Qt starts."""
    icon = line_icon("undo-2")
    pixmap = icon.pixmap(QSize(20, 20))
    assert pixmap.width() == 20
    image = pixmap.toImage()
    inks = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert INK.lower() in inks
    disabled = icon.pixmap(QSize(20, 20), QIcon.Mode.Disabled).toImage()
    assert any(
        disabled.pixelColor(x, y).name() == DISABLED_INK.lower()
        for x in range(20)
        for y in range(20)
    )


def test_the_icon_licence_is_bundled_with_the_icons():
    licence = (lucide_folder() / "LICENSE").read_text(encoding="utf-8")
    assert "ISC License" in licence
    readme = (lucide_folder() / "README.md").read_text(encoding="utf-8")
    assert re.search(r"lucide-static \d+\.\d+\.\d+", readme)
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '(str(root / "resources"), "resources")' in spec
    assert lucide_folder() == resources.icons_folder() / "lucide"
    assert icon_file("undo-2").is_file()


def test_the_about_dialog_credits_the_icons(shown):
    shown.actions["about"].trigger()
    from codesign.ui.dialogs.about_dialog import AboutDialog

    about = shown.findChild(AboutDialog)
    assert any("Lucide" in value and "ISC" in value for _label, value in about.rows)


def test_template_cards_keep_thumbnails_clear_of_their_titles(qtbot, shown):
    shown.actions["new_from_template"].trigger()
    dialog = shown.templates.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.draw_thumbnails()
    listing = dialog.list
    listing.setCurrentRow(0)
    picture = listing.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    for row in range(listing.count()):
        cell = listing.visualRect(listing.model().index(row, 0))
        places = card_layout(cell, THUMBNAIL_SIZE, listing.font())
        assert cell.contains(places.card), row
        assert places.card.contains(places.thumbnail) and places.card.contains(places.title)
        assert not places.thumbnail.intersects(places.title), row
        assert places.title.height() >= listing.fontMetrics().height()
        title_ink = sum(
            QColor(picture.pixel(int(x * ratio), int(y * ratio))).lightness() < 100
            for x in range(places.title.left(), places.title.right(), 2)
            for y in range(places.title.top(), places.title.bottom())
        )
        assert title_ink > 20, f"the title of card {row} is drawn in its place"
    chosen = card_layout(listing.visualRect(listing.model().index(0, 0)), THUMBNAIL_SIZE,
                         listing.font()).thumbnail  # fmt: skip
    name = listing.item(0).data(Qt.ItemDataRole.UserRole)
    thumbnail = template_thumbnail(name, dialog.devicePixelRatioF())
    centre = chosen.center()
    shown_colour = QColor(picture.pixel(int(centre.x() * ratio), int(centre.y() * ratio)))
    drawn = QColor(thumbnail.pixel(int(thumbnail.width() / 2), int(thumbnail.height() / 2)))
    assert abs(shown_colour.blue() - drawn.blue()) < 12, "the chosen thumbnail is not tinted"


def _background_share(image: QImage, strip: QRectF) -> float:
    background = image.pixel(1, 1)
    ratio = image.devicePixelRatio()
    pixels = [
        image.pixel(int(x * ratio), int(y * ratio))
        for x in range(int(strip.left()), int(strip.right()))
        for y in range(int(strip.top()), int(strip.bottom()))
    ]
    return sum(pixel == background for pixel in pixels) / len(pixels)


def test_thumbnail_cluster_titles_stay_in_their_clusters(qtbot):
    """Drawn far out, the canvas gives cluster titles a screen size; in a 320 px thumbnail that
    would spill out over the board's own title."""
    for name in ("empathy-map", "affinity"):
        board = board_from_template(name)
        clusters = [item for item in board.items if isinstance(item, Cluster)]
        image = template_thumbnail(name)
        boxes = [item for item in board.items if hasattr(item, "width")]
        left = min(item.x for item in boxes) - MARGIN
        top = min(item.y for item in boxes) - MARGIN
        right = max(item.x + item.width for item in boxes) + MARGIN
        bottom = max(item.y + item.height for item in boxes) + MARGIN
        scale = min(
            THUMBNAIL_SIZE.width() / (right - left), THUMBNAIL_SIZE.height() / (bottom - top)
        )
        offset_x = (THUMBNAIL_SIZE.width() - (right - left) * scale) / 2
        offset_y = (THUMBNAIL_SIZE.height() - (bottom - top) * scale) / 2
        for cluster in clusters:
            x = offset_x + (cluster.x - left) * scale
            y = offset_y + (cluster.y - top) * scale
            strip = QRectF(x + 2, y - 4, cluster.width * scale - 4, 3)
            assert _background_share(image, strip) > 0.9, (name, cluster.title)


def test_menus_show_icons_and_ticks_for_toggles(shown):
    assert shown.actions["group"].isIconVisibleInMenu()
    assert not shown.actions["voting_mode"].icon().isNull()
    assert not shown.actions["voting_mode"].isIconVisibleInMenu(), "a tick, not a framed icon"


def test_the_whole_toolbar_fits_a_1024_pixel_projector_screen(shown):
    shown.resize(1024, 700)
    toolbar = shown.findChild(QToolBar, "MainToolbar")
    QApplication.processEvents()
    for key in TOOLBAR_KEYS:
        button = toolbar.widgetForAction(shown.actions[key])
        assert button.isVisible(), f"{key} went into the overflow menu"
        assert button.geometry().right() < toolbar.width()
        assert button.height() >= 32, f"{key} is a fair target for a finger"


SHOW_AND_COUNT = """
from PySide6.QtWidgets import QApplication
from codesign.ui.app import create_application
from codesign.ui.common.icons import ACTION_ICONS, rendered
from codesign.ui.shell.main_window import MainWindow
app = create_application()
window = MainWindow()
window.resize(1200, 800)
window.show()
for _ in range(20):
    app.processEvents()
window.grab()
print(rendered.cache_info().currsize, len(set(ACTION_ICONS.values())))
window.document.undo_stack.setClean()
"""


def test_starting_the_window_renders_only_the_icons_it_shows():
    """Icons are drawn when first shown: a start drew every glyph at every size (552)."""
    done = subprocess.run(
        [sys.executable, "-c", SHOW_AND_COUNT],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    drawn, glyphs = map(int, done.stdout.split()[-2:])
    assert 0 < drawn < glyphs, "the toolbar's icons, once each, not every glyph"
