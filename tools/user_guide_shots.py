"""The screenshots of docs/user-guide.md, made from the example boards in the real window.

Run `python -m tools.user_guide_shots [--only NAME] [--out FOLDER] [--language cy]`. Each shot
opens a bundled
template in a fresh MainWindow, drives it into the state the guide talks about and saves a PNG.
Pictures made this way stay true when the app changes, and the same board always gives the same
picture: the window size, the screens, the settings folder, the time zone, new ids and the timer
clock are all fixed by `tools.shot_studio`. Adding a shot is one row in `SHOTS`.
With `--language cy` the window speaks Cymraeg and opens each template's Welsh version, for
docs/user-guide.cy.md (its pictures go to docs/images/cy/).
"""

import argparse
import datetime
import json
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from codesign import __version__
from codesign.commands.second_texts import set_texts, texts_of
from codesign.commands.votes import add_participant, place_dot, start_round
from codesign.storage.lock import LockOwner
from codesign.storage.processes import this_host
from codesign.storage.save import save_board
from codesign.storage.templates import WELSH_SUFFIX, board_from_template, list_templates
from codesign.text.catalogue import language
from codesign.ui.app import create_application
from codesign.ui.common.language import install_language
from codesign.ui.dialogs.about_dialog import AboutDialog
from codesign.ui.dialogs.settings_dialog import SettingsDialog
from codesign.ui.dialogs.shortcuts_sheet import ShortcutsSheet
from codesign.ui.files.disk_notice import DiskNotice
from codesign.ui.files.export_dialog import ExportDialog
from codesign.ui.files.file_prompts import ask_past_lock
from codesign.ui.files.recovery_dialog import RecoveryDialog
from codesign.ui.files.template_dialog import TemplateDialog
from codesign.ui.front_of_room.pin_dialog import PinDialog
from codesign.ui.front_of_room.projector import ProjectorWindow
from codesign.ui.front_of_room.timer_widget import TimerControl
from codesign.ui.themes.suggest_dialog import SuggestDialog
from codesign.ui.voting.round_dialog import RoundDialog
from tools.shot_studio import (
    HOME,
    SETTLE_MS,
    Studio,
    grab_widget,
    prepare_environment,
    private_home,
    seeded_ids,
)

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
WELSH_IMAGES = IMAGES / "cy"


@dataclass(frozen=True)
class Shot:
    name: str
    board: str
    """A bundled template (`resources/templates/NAME.json`)."""
    setup: Callable[[Studio], QImage]
    caption: str
    """What the picture shows, in the guide's words: also its alt text."""


# --- the shots: each returns its picture ---------------------------------------------------


def main_window(studio: Studio) -> QImage:
    return studio.grab()


def template_dialog(studio: Studio) -> QImage:

    studio.trigger("new_from_template")
    dialog = studio.dialog(TemplateDialog)
    dialog.list.setCurrentRow(next(
        row for row in range(dialog.list.count())
        if dialog.list.item(row).data(Qt.ItemDataRole.UserRole).startswith("serviceland")
    ))  # fmt: skip
    dialog.list.scrollToTop()
    return grab_widget(dialog)


PASTED = (
    "Hard to find the right form\n"
    "Anodd dod o hyd i'r ffurflen gywir\n"
    "Waiting weeks for a call back\n"
    "Nobody explains what happens next\n"
    "Staff were kind once we got through\n"
    "Dim gwasanaeth Cymraeg ar y ffôn\n"
)


def paste_notes(studio: Studio) -> QImage:
    QGuiApplication.clipboard().setText(PASTED)
    studio.trigger("paste")
    studio.frame(*studio.view.board_scene.selected_ids(), zoom=0.8)
    return studio.grab()


SUGGESTIBLE = (
    "The form asks for the same things twice\n"
    "One short form instead of five\n"
    "Help filling in the form at the library\n"
    "Nobody answers the phone after 4pm\n"
    "A phone number that reaches a person\n"
    "Letters in Welsh as well as English\n"
    "Siarad Cymraeg gyda'r gweithiwr cymdeithasol\n"
    "Welsh cakes with the tea\n"
)


def suggest_themes(studio: Studio) -> QImage:

    QGuiApplication.clipboard().setText(SUGGESTIBLE)
    studio.trigger("paste")
    studio.trigger("suggest_themes")
    return grab_widget(studio.dialog(SuggestDialog))


LOOSE = ("loose-1", "loose-2", "loose-3")


def group_theme(studio: Studio) -> QImage:
    studio.frame("communication", "collaboration", *LOOSE, zoom=0.85)
    studio.select("to-sort")
    studio.trigger("delete")
    studio.select(*LOOSE)
    studio.trigger("group")
    QTest.keyClicks(QApplication.focusWidget(), "Croeso / Welcome")
    return studio.grab(QRect(0, 76, 1000, 694))


def themes_panel(studio: Studio) -> QImage:
    studio.trigger("themes_panel")
    studio.widen(studio.window.clusters.panel, 380)
    studio.view.fit_board()
    return studio.grab()


QUESTION = "Beth sy'n bwysig? What matters most?"
VOTERS = ("Ruth", "Dafydd", "Priya", "Siân")
DOTS = {
    "Ruth": ("communication-2", "collaboration-2", "liftoff-3"),
    "Dafydd": ("communication-3", "communication-2", "evidence-2"),
    "Priya": ("communication-2", "evidence-2", "collaboration-2"),
    "Siân": ("communication-3",),
}
"""Siân is mid-turn: two of her three dots are still to place."""


def round_dialog(studio: Studio) -> QImage:

    studio.trigger("start_round")
    dialog = studio.dialog(RoundDialog)
    dialog.title.setText(QUESTION)
    dialog.hide_tally.setChecked(False)
    return grab_widget(dialog)


def run_a_round(studio: Studio) -> str:
    """The round as the room would play it: people added in the panel, dots tapped on notes."""

    document = studio.document
    round_id = start_round(document, QUESTION, budget=3).made_id
    studio.trigger("voting_panel")
    studio.window.actions["voting_mode"].setChecked(True)
    people = {name: add_participant(document, name).made_id for name in VOTERS}
    for name, notes in DOTS.items():
        for note in notes:
            place_dot(document, round_id, people[name], note)
    studio.window.voting.choose_voter(people["Siân"])
    studio.settle()
    return round_id


def voting(studio: Studio) -> QImage:
    run_a_round(studio)
    studio.frame("communication", "evidence", zoom=0.7)
    return studio.grab()


def cymraeg(studio: Studio) -> QImage:
    """The window in Welsh on the Welsh affinity board, a round under way; English after."""
    install_language("cy")
    try:
        run_a_round(studio)
        studio.frame("communication", "evidence", zoom=0.7)
        return studio.grab()
    finally:
        install_language("en")


def bilingual(studio: Studio) -> QImage:
    """The Welsh affinity board given the English board's words as its second language, both
    shown: each note Welsh first, the English under a thin rule."""
    english = json.loads((ROOT / "resources" / "templates" / "affinity.json").read_text("utf-8"))
    document = studio.document
    for item in english["board"]["items"]:
        second = item.get("text", item.get("title"))
        texts = texts_of(document, item["id"])
        if second and texts is not None:
            set_texts(document, item["id"], (texts[0], second), "en")
    studio.frame("communication", "collaboration", zoom=0.75)
    return studio.grab()


def voting_results(studio: Studio) -> QImage:
    run_a_round(studio)
    studio.trigger("close_round")
    studio.widen(studio.window.voting.panel, 480)
    studio.frame("communication", "collaboration", zoom=0.7)
    return studio.grab(QRect(380, 76, 900, 694))


def journey_map(studio: Studio) -> QImage:
    studio.frame("journey")
    menu = studio.context_menu("contact-thinking-1")
    feeling = QCoreApplication.translate("actions", "&Feeling").replace("&", "")
    submenu = studio.open_submenu(menu, feeling)
    return studio.grab(menus=(menu, submenu))


def presenting(studio: Studio) -> QImage:
    studio.trigger("frames_panel")
    studio.trigger("present")
    studio.window.room.presenter.next()
    studio.settle(SETTLE_MS)
    return studio.grab()


def projector(studio: Studio) -> QImage:

    studio.trigger("projector")
    studio.trigger("present")
    studio.window.room.presenter.next()
    timer = studio.window.room.timer
    timer.set_preset(10)
    timer.start()
    studio.clock.now += 151.5
    timer.update()
    studio.settle(SETTLE_MS)
    wall = studio.dialog(ProjectorWindow)
    for _ in range(2):  # where an ease ends depends on where it began: land twice, exactly
        wall.follow(wall.focus_rect, animated=False)
    studio.settle(SETTLE_MS)
    return grab_widget(wall)


def timer(studio: Studio) -> QImage:

    timer = studio.window.room.timer
    timer.set_preset(5)
    timer.start()
    studio.clock.now += 255.5
    timer.update()
    control = studio.window.findChild(TimerControl)
    menu = control.preset_menu
    button = control.preset_button
    menu.popup(button.mapToGlobal(QPoint(0, -menu.sizeHint().height())))
    studio.settle()
    # the crop ends right of the menu, wherever a longer language puts the preset button
    window = studio.window
    menu_right = window.mapFromGlobal(menu.geometry().topRight()).x()
    right = min(window.width(), max(menu_right + 12, 940))
    return studio.grab(QRect(right - 600, 520, 600, 280), menus=(menu,))


def participant_mode(studio: Studio) -> QImage:

    studio.trigger("participant_mode")
    dialog = studio.dialog(PinDialog)
    for field in (dialog.pin, dialog.repeat):
        QTest.keyClicks(field, "2468")
    return grab_widget(dialog)


def find_bar(studio: Studio) -> QImage:
    studio.trigger("find")
    word = "ffurflen" if studio.board.endswith(WELSH_SUFFIX) else "form"
    QTest.keyClicks(studio.window.find_bar.field, word)
    studio.trigger("find_next")
    studio.settle(SETTLE_MS)  # the field's clear button fades in
    return studio.grab()


def export_dialog(studio: Studio) -> QImage:

    studio.trigger("export")
    dialog = studio.dialog(ExportDialog)
    counting = dialog.preview.text()
    studio.wait_until(lambda: dialog.preview.text() != counting)
    return grab_widget(dialog)


def touch_toolbar(studio: Studio) -> QImage:
    studio.trigger("touch_toolbar")
    studio.window.touch.new_note()
    QTest.keyClicks(studio.window.touch.editor.text, "Paned a sgwrs gyntaf / A cuppa first")
    return studio.grab()


def shortcuts(studio: Studio) -> QImage:

    studio.trigger("shortcuts")
    return grab_widget(studio.dialog(ShortcutsSheet))


def settings_dialog(studio: Studio) -> QImage:

    studio.trigger("settings")
    return grab_widget(studio.dialog(SettingsDialog))


def in_language(template: str) -> str:
    """The template in the window's language: its Welsh version when the window is Welsh."""
    return f"{template}{WELSH_SUFFIX}" if language() == "cy" else template


def day_name() -> str:
    return "Diwrnod trafod" if language() == "cy" else "Deliberation day"


def recovery_dialog(studio: Studio) -> QImage:

    store = studio.window.recovery.store
    board = ROOT / "resources" / "templates" / f"{in_language('affinity')}.json"
    store.folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(board, store.folder / "guide.codesign.json")
    meta = {
        "source": str(HOME / "Documents" / f"{day_name()}.codesign.json"),
        "title": day_name(),
        "saved_at": "2026-03-14T11:42:05+00:00",
        "notes": 23,
        "pid": 4194305,
        "host": this_host(),
    }
    (store.folder / "guide.meta.json").write_text(json.dumps(meta))
    dialog = RecoveryDialog(store, studio.window)
    dialog.show()
    return grab_widget(dialog)


def lock_warning(studio: Studio) -> QImage:
    """The question is modal: the picture is taken, and Cancel pressed, while it waits."""
    owner = LockOwner(
        pid=4711,
        host="ystafell-2-laptop",
        user="ruth",
        since=datetime.datetime(2026, 3, 14, 9, 30, tzinfo=datetime.UTC),
        app_version=__version__,
    )
    pictures: list[QImage] = []

    def grab_and_cancel() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None, "the question did not show"
        pictures.append(grab_widget(box))
        box.reject()

    QTimer.singleShot(SETTLE_MS, grab_and_cancel)
    ask_past_lock(studio.window, HOME / "Documents" / f"{day_name()}.codesign.json", owner)
    return pictures[0]


def disk_notice(studio: Studio) -> QImage:
    """The board saved, opened, then changed by someone else: the watcher shows the notice."""
    path = HOME / "Documents" / f"{day_name()}.codesign.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    board = board_from_template(in_language("affinity"))
    save_board(board, path)
    studio.window.files.open_path(path)
    studio.view.fit_board()
    changed = board.model_copy(update={"facilitator": "Ruth"})
    save_board(changed, path)
    window = studio.window
    studio.wait_until(lambda: bool(notice := window.findChild(DiskNotice)) and notice.isVisible())
    return studio.grab(QRect(0, 0, 1280, 360))


def toolbar(studio: Studio) -> QImage:
    return studio.grab(studio.window.findChild(QToolBar, "MainToolbar").geometry())


def voting_panel(studio: Studio) -> QImage:
    run_a_round(studio)
    return studio.grab(studio.window.voting.panel.geometry())


def about_dialog(studio: Studio) -> QImage:

    studio.trigger("about")
    return grab_widget(studio.dialog(AboutDialog))


SHOTS: tuple[Shot, ...] = (
    Shot("main-window", "serviceland", main_window,
         "The Codesign window on the ServiceLand board: menus and toolbar at the top, the "
         "board in the middle, the timer and zoom level in the status bar"),
    Shot("template-dialog", "blank", template_dialog,
         "File > New from template…: each template drawn as a thumbnail, with what it is for"),
    Shot("paste-notes", "blank", paste_notes,
         "Typed-up notes pasted onto a blank board: one sticky note per line, in a tidy grid"),
    Shot("suggest-themes", "blank", suggest_themes,
         "Themes > Suggest themes…: free notes grouped by a word they share, each one ticked "
         "until you untick it"),
    Shot("group-theme", "affinity", group_theme,
         "Three notes grouped into a new theme with Ctrl+G, its title being typed"),
    Shot("themes-panel", "affinity", themes_panel,
         "The Themes panel lists every theme and its notes, ready to read out"),
    Shot("round-dialog", "affinity", round_dialog,
         "Voting > Start voting round…: the question, dots each, stacking, a hidden tally "
         "and which notes can be voted on"),
    Shot("voting", "affinity", voting,
         "A voting round in progress: Siân's turn in the Voting panel, her dots left shown "
         "large, everyone's dots on the notes"),
    Shot("voting-results", "affinity", voting_results,
         "The round closed: notes ranked with ties marked, then each theme's total"),
    Shot("journey-map", "serviceland", journey_map,
         "The ServiceLand journey map: right-click a note for its stage, lane and feeling"),
    Shot("presenting", "affinity", presenting,
         "Presenting (F5) with the Frames panel: the view eases from theme to theme"),
    Shot("projector", "affinity", projector,
         "The projector window: the same board without toolbars, the timer large in "
         "the corner"),
    Shot("timer", "serviceland", timer,
         "The workshop timer in the status bar, amber in its last minute, with its presets"),
    Shot("participant-mode", "affinity", participant_mode,
         "Present > Participant mode…: choose a PIN to lock the board"),
    Shot("find-bar", "serviceland", find_bar,
         "The find bar: \"form\" found on several notes, the current one selected"),
    Shot("export-dialog", "serviceland", export_dialog,
         "File > Export…: format, layout, paper and what to export, with a page count"),
    Shot("touch-toolbar", "affinity", touch_toolbar,
         "The touch toolbar on the left and the large editor at the top, clear of an "
         "on-screen keyboard"),
    Shot("shortcuts", "blank", shortcuts,
         "Help > Keyboard shortcuts (F1): every shortcut, by menu"),
    Shot("settings", "blank", settings_dialog,
         "Edit > Settings…: autosave, paper, projector look and language"),
    Shot("recovery", "blank", recovery_dialog,
         "The boards a crash left behind, offered back at the next start"),
    Shot("lock-warning", "blank", lock_warning,
         "Opening a board that another Codesign has open: who has it, where and since when"),
    Shot("disk-notice", "blank", disk_notice,
         "A board changed on disk by someone else while open: a notice under the toolbar"),
    Shot("about", "blank", about_dialog,
         "Help > About Codesign: the version, and where recovery files and settings are kept"),
    Shot("toolbar", "serviceland", toolbar,
         "The toolbar now: line icons with short labels, named colour swatches, the zoom "
         "and present group on the right"),
    Shot("cymraeg", "affinity-cy", cymraeg,
         "Codesign in Cymraeg on the Welsh affinity board: the menus, the Voting panel and "
         "the theme counts in Welsh, a round under way"),
    Shot("bilingual", "affinity-cy", bilingual,
         "A bilingual board showing both languages: each note and theme in Welsh, with the "
         "English under a thin rule"),
    Shot("voting-panel", "affinity", voting_panel,
         "The Voting panel now: the round, the voters and the results as captioned groups, "
         "with icon buttons"),
)  # fmt: skip


ENGLISH_GUIDE_ONLY = {"cymraeg"}
"""Shots of the window in Welsh taken for the English guide; the Welsh guide has them all."""


# --- running -------------------------------------------------------------------------------


def take(shot: Shot, folder: Path, language: str = "en") -> Path:
    seeded_ids(shot.name)
    install_language(language)
    welsh = f"{shot.board.removesuffix(WELSH_SUFFIX)}{WELSH_SUFFIX}"
    known = {info.name for info in list_templates()}
    studio = Studio(welsh if language == "cy" and welsh in known else shot.board)
    try:
        image = shot.setup(studio)
    finally:
        studio.close()
        install_language("en")
    path = folder / f"{shot.name}.png"
    image.save(str(path), "PNG", 0)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", metavar="NAME", help="take only this shot")
    parser.add_argument("--out", type=Path, help="folder for the PNGs (docs/images[/cy])")
    parser.add_argument("--language", choices=("en", "cy"), default="en", help="the window's")
    args = parser.parse_args(argv)
    names = {shot.name for shot in SHOTS}
    unknown = sorted(set(args.only or ()) - names)
    if unknown:
        parser.error(f"no shot called {', '.join(unknown)}; shots: {', '.join(sorted(names))}")
    with private_home():
        prepare_environment()
        app = create_application([sys.argv[0]])
        app.setCursorFlashTime(0)  # a text cursor that never blinks is in every picture
        out = args.out or (WELSH_IMAGES if args.language == "cy" else IMAGES)
        out.mkdir(parents=True, exist_ok=True)
        for shot in SHOTS:
            if shot.name in ENGLISH_GUIDE_ONLY and args.language != "en":
                continue  # the English guide's picture of the Welsh window
            if args.only is None or shot.name in args.only:
                path = take(shot, out, args.language)
                print(f"{path} ({path.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
