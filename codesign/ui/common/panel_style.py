"""One quiet look for the side panels (Themes, Voting, Frames) and the small dialogs.

Written once so every panel has the same title bar, list rows, buttons and section captions,
in the chrome's neutrals from VISUAL.md: the board, not the chrome, carries the colour. Panels
set `PANEL_STYLE` on themselves and mark their parts with a `role` property, so a panel's code
says what a widget is ("section", "hint") and this module says how that looks.
"""

from typing import TypeVar

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton, QWidget

from codesign.ui.common.icons import line_icon

W = TypeVar("W", bound=QWidget)

PANEL_ICON = 18
SECTION_GAP = 14
"""Between a panel's groups: more than the 8 px between the widgets of one group."""

PANEL_STYLE = """
QDockWidget { color: #2B2A28; }
QDockWidget::title { background: #F4F2EE; padding: 7px 10px; border-bottom: 1px solid #E4E1DB; }
QWidget[role="panel"] { background: #FBFAF8; }
QScrollArea[role="panel"] { border: none; }
QLabel[role="section"] { color: #6B6862; font-weight: bold; }
QLabel[role="hint"] { color: #5C5A55; }
QTreeWidget, QListWidget { background: #FFFFFF; border: 1px solid #E4E1DB; border-radius: 6px;
    padding: 4px; }
QTreeWidget::item, QListWidget::item { padding: 3px 2px; border-radius: 4px; color: #2B2A28; }
QTreeWidget::item:hover, QListWidget::item:hover { background: #F3F1ED; }
QTreeWidget::item:selected, QListWidget::item:selected { background: #E3EBFA; color: #1F1F1F; }
QPushButton, QToolButton[role="panel"] { background: #FFFFFF; color: #2B2A28;
    border: 1px solid #D9D5CD; border-radius: 6px; padding: 5px 8px; }
QPushButton:hover, QToolButton[role="panel"]:hover { background: #F3F1ED; }
QPushButton:pressed, QToolButton[role="panel"]:pressed { background: #E6E3DC; }
QPushButton:checked, QToolButton[role="panel"]:checked { background: #E3EBFA;
    border-color: #9DB4E3; }
QPushButton:disabled, QToolButton[role="panel"]:disabled { color: #A9A6A0;
    background: #F6F5F2; border-color: #E4E1DB; }
QLineEdit { background: #FFFFFF; border: 1px solid #D9D5CD; border-radius: 6px;
    padding: 5px 8px; }
QLineEdit:focus { border-color: #6F95DB; }
"""


def mark(widget: W, role: str) -> W:
    """Give `widget` the PANEL_STYLE look for `role` ("panel", "section", "hint")."""
    widget.setProperty("role", role)
    return widget


def section_label(text: str, parent: QWidget) -> QLabel:
    """A group's small caption above it, in words: plain text, never markup."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    mark(label, "section")
    return label


def give_icon(button: QAbstractButton, name: str) -> None:
    """A Lucide glyph beside the button's text (see `codesign.ui.common.icons`)."""
    button.setIcon(line_icon(name))
    button.setIconSize(QSize(PANEL_ICON, PANEL_ICON))


def panel_tool_button(button: QToolButton) -> QToolButton:
    """An action's button in a panel: icon and text, framed like the panel's push buttons."""
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setIconSize(QSize(PANEL_ICON, PANEL_ICON))
    mark(button, "panel")
    return button
