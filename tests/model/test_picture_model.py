"""The picture record: bounded, its crop never empty, a background under everything."""

import pytest
from pydantic import ValidationError

from codesign.model.items import Crop, Picture
from codesign.model.kinds import BACKGROUND_LAYER, record_paint_order

DIGEST = "a" * 64


def picture(**fields) -> Picture:
    values = {
        "id": "p",
        "media": DIGEST,
        "media_type": "image/jpeg",
        "natural_width": 400,
        "natural_height": 300,
    }
    return Picture(**{**values, **fields})


def test_a_background_paints_under_every_kind_and_a_picture_under_notes():
    assert record_paint_order(picture(background=True))[0] == BACKGROUND_LAYER
    from codesign.model import Note

    assert record_paint_order(picture())[0] < record_paint_order(Note(id="n"))[0]


@pytest.mark.parametrize(
    "fields",
    [
        {"media": "not-a-hash"},
        {"natural_width": 20_000, "natural_height": 20_000},
        {"natural_width": 0},
        {"media_type": "image/heic"},
    ],
)
def test_bad_pictures_are_refused(fields):
    with pytest.raises(ValidationError):
        picture(**fields)


def test_a_crop_keeps_something():
    with pytest.raises(ValidationError):
        Crop(left=0.5, right=0.5)
    with pytest.raises(ValidationError):
        Crop(top=-0.1)


def test_participants_may_not_move_or_unlock_a_background_but_may_add_pictures():
    from codesign.model.participant_policy import Refusal, refusal

    wall = picture(background=True)
    assert refusal({"p": wall}, {"p": wall.model_copy(update={"x": 50.0})}, {"p"}) is Refusal.BOARD
    assert refusal({"p": wall}, {"p": wall.model_copy(update={"background": False})}, {"p"})
    assert refusal({"q": None}, {"q": picture(id="q")}, {"p"}) is None
    loose = picture(id="q")
    assert refusal({"q": loose}, {"q": loose.model_copy(update={"x": 9.0})}, {"q"}) is None
