"""Panels and dialogs laid out as one product: nothing cut off at a panel's edge, form fields
lined up across a dialog's groups, one primary button."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QScrollArea, QToolButton

from codesign.ui.common.settings import Settings
from codesign.ui.dialogs.settings_dialog import SettingsDialog


def test_the_voting_panel_never_cuts_its_buttons_off(qtbot, shown):
    panel = shown.voting.panel
    shown.actions["voting_panel"].setChecked(True)
    qtbot.waitUntil(panel.isVisible)
    shown.resizeDocks([panel], [120], Qt.Orientation.Horizontal)
    qtbot.wait(20)
    viewport = panel.findChild(QScrollArea).viewport()
    buttons = [b for b in panel.findChildren(QToolButton) if b.defaultAction() is not None]
    assert len(buttons) == 5
    for button in buttons:
        right = button.mapTo(viewport, QPoint(button.width(), 0)).x()
        assert right <= viewport.width(), button.text()
        assert not button.icon().isNull()


def test_settings_fields_line_up_across_the_groups(qtbot):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    starts = set()
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and field is not None and field.widget() is not None:
                widget = field.widget()
                starts.add(widget.mapTo(dialog, QPoint(0, 0)).x())
    assert len(starts) == 1, f"fields start at {sorted(starts)}"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.property("primary") is True
