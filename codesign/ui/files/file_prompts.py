"""The questions asked about board files: where to save one, and the two asked before one
person's work could overwrite another's.

They name the file and say plainly what would be lost; the safe answer is the default, so a
facilitator who presses Enter without reading loses nothing.
"""

import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from codesign.storage.file_names import BOARD_SUFFIX, board_file_name, with_board_suffix
from codesign.storage.lock import LockOwner
from codesign.ui.common.plain_text import NO_BUTTONS, message_box, set_informative_text, shorten

CONTEXT = "file_prompts"


class ChangedAnswer(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def ask_open_path(parent: QWidget, folder: Path, name_filter: str) -> Path | None:
    """The board file (or Codesign PDF) to open, or None."""
    dialog = QFileDialog(parent, _tr("Open board"), str(folder), name_filter)
    dialog.setObjectName("OpenBoardDialog")
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()


def ask_save_path(parent: QWidget, folder: Path, title: str, name_filter: str) -> Path | None:
    """The file to save the board as, or None: the board's title is suggested as the name,
    and `.codesign.json` is added to a name typed without it, so File > Open lists the file."""
    dialog = QFileDialog(parent, _tr("Save board as"), str(folder), name_filter)
    dialog.setObjectName("SaveBoardDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(BOARD_SUFFIX.removeprefix("."))
    dialog.selectFile(board_file_name(title))
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        chosen = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    path = with_board_suffix(chosen)
    if path != chosen and path.exists() and not _ask_replace(parent, path):
        return None
    return path


def _ask_replace(parent: QWidget, path: Path) -> bool:
    """The dialog asked about the name as typed; the name with the extension added is asked
    about here."""
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Replace board?"), "", parent=parent)
    box.setText(_tr("“{name}” already exists. Replace it?").format(name=path.name))
    replace = box.addButton(_tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is replace


def ask_past_lock(parent: QWidget, path: Path, owner: LockOwner, saving: bool = False) -> bool:
    """True when the person chose to open (or save over) a board another Codesign has open."""
    box = message_box(parent, QMessageBox.Icon.Warning, _tr("Board already open"), "", NO_BUTTONS)
    text = _tr("“{name}” is open in Codesign by {user} on {host} (process {pid}) since {time}.")
    box.setText(
        shorten(
            text.format(
                name=path.name,
                user=owner.user or _tr("someone"),
                host=owner.host,
                pid=owner.pid,
                time=describe_time(owner.since),
            )
        )
    )
    set_informative_text(
        box,
        _tr("Saving over it means one set of changes will be lost.")
        if saving
        else _tr("If both copies are edited, one set of changes will be lost."),
    )
    go = box.addButton(
        _tr("Save anyway") if saving else _tr("Open anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    return box.clickedButton() is go


def ask_changed_on_disk(parent: QWidget, path: Path) -> ChangedAnswer:
    box = message_box(parent, QMessageBox.Icon.Warning, _tr("Changed on disk"), "", NO_BUTTONS)
    text = _tr("“{name}” was changed on disk since you opened it, by another program or person.")
    box.setText(shorten(text.format(name=path.name)))
    set_informative_text(
        box, _tr("Overwrite replaces that version with yours; Save As… keeps both.")
    )
    overwrite = box.addButton(_tr("Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(_tr("Save As…"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
    box.exec()
    clicked = box.clickedButton()
    if clicked is overwrite:
        return ChangedAnswer.OVERWRITE
    if clicked is save_as:
        return ChangedAnswer.SAVE_AS
    return ChangedAnswer.CANCEL


def describe_time(moment: datetime.datetime) -> str:
    """The time alone for today, as people say it; with the date for any other day."""
    local = moment.astimezone()
    when = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    locale = QLocale()
    if when.date() == QDate.currentDate():
        return locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(when, QLocale.FormatType.ShortFormat)
