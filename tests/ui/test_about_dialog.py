"""Help > About Codesign: the version, the licences, the folders, and details for a bug report."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from codesign import __version__
from codesign.resources import ICON_SIZES
from codesign.storage.recovery import default_folder
from codesign.ui.common.branding import app_icon
from codesign.ui.dialogs.about_dialog import settings_folder, show_about


def test_help_about_opens_beside_the_board_with_the_version(shown):
    about = shown.actions["about"]
    assert about in shown.menuBar().actions()[-1].menu().actions()
    about.trigger()
    dialog = show_about(shown)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.version_label.text() == f"Version {__version__}"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(default_folder()) in texts
    assert str(settings_folder()) in texts
    assert "MIT" in texts
    assert show_about(shown) is dialog, "a second Help > About raises the same dialog"


def test_copy_details_puts_a_bug_report_block_on_the_clipboard(shown):
    dialog = show_about(shown)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0] == f"Codesign: Version {__version__}"
    assert f"Recovery files: {default_folder()}" in copied
    assert "PySide6" in copied and "Python" in copied
    assert dialog.copy_button.text() == "Copied"


def test_the_folders_follow_the_user_data_and_config_folders(_private_user_folders):
    assert default_folder().is_relative_to(_private_user_folders / "data")
    assert settings_folder().is_relative_to(_private_user_folders / "config")


def test_the_app_icon_has_every_rendered_size(qapp):
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)
