"""Pictures on the board: putting them there, cropping, locking one as the background.

Each is one undo step. The picture's bytes are already in the media store (stored by
`storage.picture_intake`) before the record naming them is made, so undo and redo only ever
move records; the bytes of a picture undone away stay stored and cost nothing to bring back.
"""

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication

from codesign.commands.change_records import record_change
from codesign.commands.outcome import NOTHING, Outcome
from codesign.document import BoardDocument
from codesign.model.ids import new_id
from codesign.model.items import Crop, Picture
from codesign.storage.picture_intake import Intake

PLACED_SIDE = 640.0
"""Longest side of a new picture on the board, in canvas units: big beside 160-unit notes,
small enough that a few photos pasted together fit on the screen."""
GAP = 40.0
THINNEST_SIDE = 16.0
"""A picture's shorter side on the board at least: a 60,000 × 1 pixel strip placed at its own
shape was a quarter of a unit thick, out of sight and out of reach of the pointer."""


def add_pictures(
    document: BoardDocument, pictures: Sequence[Intake], at: tuple[float, float]
) -> Outcome:
    """New pictures side by side, the first centred on `at`, above what is there."""
    if not pictures:
        return NOTHING
    top = max((item.z for item in document.items()), default=0) + 1
    records: list[Picture] = []
    x = at[0]
    for index, intake in enumerate(pictures):
        scale = PLACED_SIDE / max(intake.width, intake.height)
        width = max(intake.width * scale, THINNEST_SIDE)
        height = max(intake.height * scale, THINNEST_SIDE)
        if index == 0:
            x -= width / 2
        records.append(
            Picture(
                id=new_id("picture"),
                media=intake.media.digest,
                media_type=intake.media.media_type,  # type: ignore[arg-type]
                natural_width=intake.width,
                natural_height=intake.height,
                x=x,
                y=at[1] - height / 2,
                width=width,
                height=height,
                z=top + index,
            )
        )
        x += width + GAP
    text = QCoreApplication.translate("commands", "Insert %n picture(s)", "", len(records))
    return record_change(document, text, records, made=[r.id for r in records])


def crop_picture(document: BoardDocument, picture_id: str, crop: Crop) -> Outcome:
    """Show only `crop` of the picture; its box shrinks or grows with it at the same scale, so
    what stays in view does not move on the board."""
    picture = document.get(picture_id)
    if not isinstance(picture, Picture) or crop == picture.crop:
        return NOTHING
    old = picture.crop
    per_width = picture.width / (old.right - old.left)
    per_height = picture.height / (old.bottom - old.top)
    update = {
        "crop": crop,
        "x": picture.x + (crop.left - old.left) * per_width,
        "y": picture.y + (crop.top - old.top) * per_height,
        "width": (crop.right - crop.left) * per_width,
        "height": (crop.bottom - crop.top) * per_height,
    }
    text = QCoreApplication.translate("commands", "Crop picture")
    return record_change(document, text, [picture.model_copy(update=update)])


def resize_picture(
    document: BoardDocument, picture_id: str, width: float, height: float
) -> Outcome:
    """A picture's new size from its corner handle (the gesture keeps its shape)."""
    picture = document.get(picture_id)
    if not isinstance(picture, Picture):
        return NOTHING
    text = QCoreApplication.translate("commands", "Resize picture")
    return record_change(
        document, text, [picture.model_copy(update={"width": width, "height": height})]
    )


def lock_as_background(document: BoardDocument, ids: Iterable[str], locked: bool) -> Outcome:
    """Lock pictures as the background (under everything, out of reach) or unlock them."""
    found = (document.get(key) for key in ids)
    changed = [
        p.model_copy(update={"background": locked})
        for p in found
        if isinstance(p, Picture) and p.background != locked
    ]
    if locked:
        text = QCoreApplication.translate("commands", "Lock as background")
    else:
        text = QCoreApplication.translate("commands", "Unlock background")
    return record_change(document, text, changed)
