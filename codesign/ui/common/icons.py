"""Line icons for the menus and toolbars: Lucide SVGs bundled in resources/icons/lucide, tinted.

One maintained set (Lucide, ISC licence; see resources/icons/lucide/README.md) keeps every glyph
in the same 24-unit grid and 2-unit stroke, so the toolbar reads as one family. Lucide draws in
`currentColor`; each icon is rendered in the chrome's quiet ink (VISUAL.md: the board is the
hero) and a paler ink for its disabled state, so a greyed Undo matches the greyed label beside
it. Each picture is rendered when Qt first asks for it, at the exact size and device pixel
ratio asked for, so a 125 % laptop or a 200 % screen gets a sharp one rather than a scaled one,
and starting the app renders only the icons its first frame shows (rendering every icon at
every size up front was 552 SVG renders before the board appeared).
"""

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from codesign.resources import icons_folder

LUCIDE_VERSION = "1.87.0"
"""The lucide-static release the bundled SVGs come from (see their README.md)."""
INK = "#2B2A28"
"""The chrome's text colour (the toolbar's labels), so icon and label are one ink."""
DISABLED_INK = "#A9A6A0"
"""The toolbar stylesheet's disabled text colour."""
LOGICAL_SIZES = (16, 18, 20, 28)
"""Menus and the timer (16), panel buttons (18), the main toolbar (20), the touch toolbar (28)."""

ACTION_ICONS: dict[str, str] = {
    "new": "file-plus",
    "new_from_template": "layout-template",
    "open": "folder-open",
    "recover": "archive-restore",
    "save": "save",
    "save_as": "save-all",
    "import": "file-input",
    "export": "file-output",
    "quit": "log-out",
    "undo": "undo-2",
    "redo": "redo-2",
    "cut": "scissors",
    "copy": "copy",
    "paste": "clipboard-paste",
    "duplicate": "copy-plus",
    "delete": "trash-2",
    "select_all": "square-dashed-mouse-pointer",
    "find": "search",
    "find_next": "chevron-down",
    "find_previous": "chevron-up",
    "settings": "settings",
    "new_text": "type",
    "new_heading": "heading",
    "connector_tool": "move-up-right",
    "shape.rectangle": "square",
    "shape.ellipse": "circle",
    "shape.line": "slash",
    "pen": "pen-line",
    "eraser": "eraser",
    "lasso": "lasso",
    "front": "bring-to-front",
    "back": "send-to-back",
    "align.left": "align-start-vertical",
    "align.centre": "align-center-vertical",
    "align.right": "align-end-vertical",
    "align.top": "align-start-horizontal",
    "align.middle": "align-center-horizontal",
    "align.bottom": "align-end-horizontal",
    "distribute.horizontal": "align-horizontal-distribute-center",
    "distribute.vertical": "align-vertical-distribute-center",
    "group": "group",
    "draw_theme": "square-dashed",
    "rename_theme": "pencil",
    "recolour_theme": "palette",
    "tidy_theme": "layout-grid",
    "sort_by_votes": "arrow-down-wide-narrow",
    "ungroup": "ungroup",
    "delete_theme": "trash",
    "delete_theme_notes": "trash-2",
    "suggest_themes": "sparkles",
    "new_journey": "route",
    "journey.rename_map": "pencil",
    "feeling.very_negative": "angry",
    "feeling.negative": "frown",
    "feeling.neutral": "meh",
    "feeling.positive": "smile",
    "feeling.very_positive": "laugh",
    "feeling.none": "circle-off",
    "start_round": "vote",
    "voting_mode": "circle-dot",
    "reveal_tally": "eye",
    "close_round": "circle-check",
    "results_on_board": "trophy",
    "zoom_out": "zoom-out",
    "zoom_in": "zoom-in",
    "zoom_reset": "ratio",
    "fit_board": "scan",
    "fit_selection": "scan-search",
    "present": "presentation",
    "save_view": "bookmark-plus",
    "timer_toggle": "timer",
    "timer_reset": "timer-reset",
    "timer_add_minute": "plus",
    "participant_mode": "lock",
    "shortcuts": "keyboard",
    "about": "info",
}
"""Action key -> Lucide icon name. The new-note button and colour swatches are painted
(`codesign.ui.common.swatches`): they show the palette itself. Toggles have none unless a toolbar
shows them: a menu ticks a toggle, which reads more plainly than a framed icon."""

PANEL_ICONS = frozenset(
    {
        "play",
        "pause",
        "rotate-ccw",
        "arrow-up",
        "arrow-down",
        "user-plus",
        "bookmark-x",
        "circle-stop",
        "user-x",
    }
)
"""Glyphs the panels' own buttons use (the timer, the frame list, adding a voter), by name."""


def lucide_folder() -> Path:
    return icons_folder() / "lucide"


def icon_file(name: str) -> Path:
    return lucide_folder() / f"{name}.svg"


@cache
def _svg(name: str) -> bytes:
    return icon_file(name).read_bytes()


def pixel_sizes() -> list[int]:
    """Every logical size at every screen's device pixel ratio (and at 1x, for a screen plugged
    in later), so QIcon finds an exact pixmap instead of scaling a near one."""
    ratios = {1.0}
    if isinstance(QGuiApplication.instance(), QGuiApplication):
        ratios |= {screen.devicePixelRatio() for screen in QGuiApplication.screens()}
    return sorted({round(size * ratio) for size in LOGICAL_SIZES for ratio in ratios})


@cache
def rendered(name: str, ink: str, pixels: int) -> QImage:
    """One square picture of the named icon in `ink`. Kept for the process as a QImage (plain
    memory, safe to outlive the application, unlike a QPixmap), so a second window or a
    state change costs a copy, not an SVG render."""
    renderer = QSvgRenderer(QByteArray(_svg(name).replace(b"currentColor", ink.encode())))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    return image


class SquareIconEngine(QIconEngine):
    """An icon drawn on demand at exactly the pixels asked for, for every screen's pixel ratio:
    subclasses say how one square picture of a size and state is made, and which sizes exist."""

    def square(self, pixels: int, disabled: bool) -> QPixmap:
        raise NotImplementedError

    def sizes(self) -> list[int]:
        raise NotImplementedError

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixels = max(1, round(min(size.width(), size.height()) * scale))
        pixmap = self.square(pixels, mode == QIcon.Mode.Disabled)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(pixels, pixels) for pixels in self.sizes()]


class LineIconEngine(SquareIconEngine):
    """Draws one Lucide glyph on demand: in `ink`, or the paler disabled ink (`rendered` keeps
    each picture for the process)."""

    def __init__(self, name: str, ink: str) -> None:
        super().__init__()
        self._name, self._ink = name, ink

    def square(self, pixels: int, disabled: bool) -> QPixmap:
        return QPixmap.fromImage(
            rendered(self._name, DISABLED_INK if disabled else self._ink, pixels)
        )

    def sizes(self) -> list[int]:
        return pixel_sizes()

    def clone(self) -> QIconEngine:
        return LineIconEngine(self._name, self._ink)

    def key(self) -> str:
        return "codesign-line-icon"


def line_icon(name: str, ink: str = INK) -> QIcon:
    """The named Lucide icon in `ink`, with a paler disabled state, drawn when first shown."""
    return QIcon(LineIconEngine(name, ink))


def line_action_icons() -> dict[str, QIcon]:
    """An icon for every action in ACTION_ICONS, each distinct glyph rendered once."""
    made = {name: line_icon(name) for name in set(ACTION_ICONS.values())}
    return {key: made[name] for key, name in ACTION_ICONS.items()}
