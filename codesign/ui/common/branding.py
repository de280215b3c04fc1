"""The app's face, shared by the start-up code and the windows: its icon and its UI font.

Kept apart from `codesign.ui.app` so a widget can read them without importing the module that
starts the app (which imports the main window, which imports the widget).
"""

from PySide6.QtGui import QIcon

from codesign.resources import ICON_SIZES, app_icon_file

UI_FAMILY = "Noto Sans"


def app_icon() -> QIcon:
    """Every rendered size, so title bars, docks and task switchers each get a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(app_icon_file(size)))
    return icon
