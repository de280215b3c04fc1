"""File > New from template…: thumbnails drawn from the templates, and the chosen one opens as
a new unsaved board after the unsaved-changes guard."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from codesign.canvas import style
from codesign.model import JourneyMap, Note
from codesign.storage.templates import list_templates
from codesign.ui.files.template_dialog import THUMBNAIL_SIZE, TemplateDialog, template_thumbnail


def test_thumbnails_show_the_template_boards(qtbot):
    image = template_thumbnail("serviceland")
    assert image.size() == THUMBNAIL_SIZE
    background = QColor(style.BACKGROUND).rgb()
    drawn = sum(
        image.pixel(x, y) != background
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    assert drawn > 500
    assert template_thumbnail("serviceland") is image


def test_the_dialog_lists_every_template_with_its_description(qtbot):
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.list.item(row).text() for row in range(dialog.list.count())]
    assert titles == [info.title for info in list_templates("en")]
    dialog.list.setCurrentRow(titles.index("ServiceLand customer journey"))
    assert dialog.description.text()
    dialog.draw_thumbnails()
    assert not dialog.list.item(0).icon().isNull()


def test_choosing_a_template_opens_it_as_a_new_unsaved_board(qtbot, shown):
    window = shown
    window.actions["new_from_template"].trigger()
    dialog = window.templates.dialog
    qtbot.waitUntil(dialog.isVisible)
    names = [dialog.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(dialog.list.count())]
    dialog.list.setCurrentRow(names.index("serviceland"))
    window.document.undo_stack.setClean()
    dialog.open_button.click()
    assert window.document.path is None
    assert not window.document.is_dirty
    assert any(window.document.records_of(JourneyMap))
    assert len(list(window.document.records_of(Note))) > 10
    assert window.templates.dialog is None


def test_unsaved_changes_are_asked_about_first(qtbot, shown, monkeypatch):
    window = shown
    window.document.undo_stack.resetClean()
    before = window.document
    asked = []

    def cancel():
        asked.append(True)
        return QMessageBox.Cancel

    monkeypatch.setattr(window.files, "ask_save_changes", cancel)
    window.templates.open_template("affinity")
    assert asked and window.document is before
