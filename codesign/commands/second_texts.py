"""Bilingual edits: a second-language text on a note, label, theme, journey map, stage or lane,
and which language the board (or the projector) shows. Each is one undo step.

The board's first second-language text fixes its pair of languages: "Add Welsh text" on a
board in one language makes its texts English and their second versions Welsh, in the same
step, so undoing it leaves the board as it was. Until a second text exists, the pair may be
fixed either way round (a board written in Welsh gets "Add English text").
"""

from typing import Literal

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument
from codesign.model import Cluster, JourneyMap, Label, Lane, Note, Stage
from codesign.model.bilingual import (
    LANGUAGE_CODES,
    BoardLanguages,
    Language,
    Shown,
    pair_for_second,
)
from codesign.model.items import MAX_NOTE_TEXT

Texted = Note | Label | Cluster | JourneyMap


def second_languages(document: BoardDocument) -> tuple[Language, ...]:
    """The languages a second text may be written in now: the board's second language once
    any item has one, either language before that."""
    languages = document.languages()
    if languages is not None and any(_has_second(item) for item in document.items()):
        return (languages.secondary,)
    return LANGUAGE_CODES


def texts_of(
    document: BoardDocument, item_id: str, part_id: str | None = None
) -> tuple[str, str] | None:
    """(first, second) text of an item, or of the stage or lane `part_id` of a journey map."""
    record = document.get(item_id)
    if isinstance(record, JourneyMap) and part_id is not None:
        part = _part(record, part_id)
        return None if part is None else (part.title, part.title_alt)
    if isinstance(record, Note | Label):
        return record.text, record.text_alt
    if isinstance(record, Cluster | JourneyMap):
        return record.title, record.title_alt
    return None


def set_texts(
    document: BoardDocument,
    item_id: str,
    texts: tuple[str, str],
    language: Language,
    part_id: str | None = None,
) -> Outcome:
    """Write both texts of the item (or of its stage or lane): `texts[1]` is the `language`
    version, `texts[0]` the other language's."""
    record = document.get(item_id)
    if not isinstance(record, Note | Label | Cluster | JourneyMap):
        return NOTHING
    if language not in second_languages(document):
        raise ValueError(f"{language!r} is not this board's second language")
    first, second = (text[:MAX_NOTE_TEXT] for text in texts)
    changed = _with_texts(record, first, second, part_id)
    if changed is None or changed == record:
        return NOTHING
    languages = document.languages()
    values: list[Texted | BoardLanguages] = [changed]
    if languages is None or languages.secondary != language:
        pair = pair_for_second(language)
        shown = languages.shown if languages is not None else "both"
        values.append(pair.model_copy(update={"shown": shown}))
    return record_change(document, _label(language, bool(_second_of(record, part_id))), values)


def show_language(
    document: BoardDocument, shown: Shown | Literal["board"], on_projector: bool = False
) -> Outcome:
    """Show Welsh, English or both on the board, or on the projector only; the projector's
    "board" follows whatever the board shows."""
    languages = document.languages() or BoardLanguages()
    field = "projector" if on_projector else "shown"
    value = None if shown == "board" else shown
    if getattr(languages, field) == value and document.languages() is not None:
        return NOTHING
    tr = QCoreApplication.translate
    label = (
        tr("commands", "Projector language") if on_projector else tr("commands", "Board language")
    )
    return record_change(document, label, [languages.model_copy(update={field: value})])


def _second_of(record: Texted, part_id: str | None) -> str:
    """The second text the record has now ("" for none)."""
    if isinstance(record, JourneyMap) and part_id is not None:
        part = _part(record, part_id)
        return part.title_alt if part is not None else ""
    return record.text_alt if isinstance(record, Note | Label) else record.title_alt


def _with_texts(record: Texted, first: str, second: str, part_id: str | None) -> Texted | None:
    if isinstance(record, JourneyMap) and part_id is not None:
        if _part(record, part_id) is None:
            return None
        update = {"title": first, "title_alt": second}
        stages = tuple(s.model_copy(update=update) if s.id == part_id else s for s in record.stages)
        lanes = tuple(
            lane.model_copy(update=update) if lane.id == part_id else lane for lane in record.lanes
        )
        return record.model_copy(update={"stages": stages, "lanes": lanes})
    if isinstance(record, Note | Label):
        return record.model_copy(update={"text": first, "text_alt": second})
    return record.model_copy(update={"title": first, "title_alt": second})


def _part(journey: JourneyMap, part_id: str) -> Stage | Lane | None:
    return next((p for p in (*journey.stages, *journey.lanes) if p.id == part_id), None)


def _has_second(record: object) -> bool:
    if isinstance(record, Note | Label):
        return bool(record.text_alt)
    if isinstance(record, Cluster):
        return bool(record.title_alt)
    if isinstance(record, JourneyMap):
        return bool(record.title_alt) or any(p.title_alt for p in (*record.stages, *record.lanes))
    return False


def _label(language: Language, editing: bool) -> str:
    tr = QCoreApplication.translate
    if language == "cy":
        return tr("commands", "Edit Welsh text") if editing else tr("commands", "Add Welsh text")
    return tr("commands", "Edit English text") if editing else tr("commands", "Add English text")
