"""A picture on the canvas and in the PNG: its own pixels, cropped, under the notes."""

import io

from PIL import Image
from PySide6.QtGui import QColor

from codesign.canvas.png_export import MARGIN, render_board
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.model import Board, Note
from codesign.model.items import Crop, Picture
from codesign.storage.media import media_store


def halves() -> bytes:
    """Left half red, right half blue."""
    image = Image.new("RGB", (400, 200), (220, 0, 0))
    image.paste((0, 0, 220), (200, 0, 400, 200))
    stream = io.BytesIO()
    image.save(stream, "PNG")
    return stream.getvalue()


def scene_of(qtbot, *items) -> BoardScene:
    view = BoardView(BoardScene(BoardDocument(Board(items=items))))
    qtbot.addWidget(view)
    return view.board_scene


def picture(**fields) -> Picture:
    media = media_store().add(halves(), "image/png")
    values = {
        "id": "p",
        "media": media.digest,
        "media_type": "image/png",
        "natural_width": 400,
        "natural_height": 200,
        "width": 400.0,
        "height": 200.0,
    }
    return Picture(**{**values, **fields})


def test_the_png_shows_the_picture_and_a_note_above_it(qtbot):
    scene = scene_of(qtbot, picture(), Note(id="n", x=250, y=20, width=100, height=100))
    image = render_board(scene, 1.0)
    left = QColor(image.pixel(MARGIN + 50, MARGIN + 150))
    right = QColor(image.pixel(MARGIN + 220, MARGIN + 150))
    note = QColor(image.pixel(MARGIN + 300, MARGIN + 70))
    assert left.red() > 180 and left.blue() < 60
    assert right.blue() > 180 and right.red() < 60
    assert note.blue() < 150  # the yellow note, over the blue half


def test_a_crop_shows_only_its_part(qtbot):
    scene = scene_of(qtbot, picture(crop=Crop(left=0.5), width=200.0))
    image = render_board(scene, 1.0)
    shown = QColor(image.pixel(MARGIN + 20, MARGIN + 100))
    assert shown.blue() > 180 and shown.red() < 60


def test_a_background_cannot_be_picked(qtbot):
    scene = scene_of(qtbot, picture(background=True))
    (item,) = [i for i in scene.items() if getattr(i, "item_id", None) == "p"]
    assert not item.flags() & item.GraphicsItemFlag.ItemIsSelectable
    assert scene.gestures.item_at(item.mapToScene(item.boundingRect().center())) is None
