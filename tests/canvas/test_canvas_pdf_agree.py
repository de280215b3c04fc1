"""The canvas and the PDF show the same board alike: the same colour at the same place.

The board is drawn twice, by the canvas into a PNG and by the PDF export into a page that
poppler rasterises, and sampled on a grid mapped into each picture. Where the notes overlap
each other, a theme, a journey map and a picture, the colour on top must be the same in both: the
stacking of `kinds.paint_order`, and the positions, agree. Edges, shadows and anti-aliasing
make a few samples differ, so the comparison is coarse (most samples, not all).
"""

import io
import subprocess

import pytest
from PIL import Image

from codesign.canvas.png_export import content_rect, render_board
from codesign.canvas.scene import BoardScene
from codesign.canvas.view import BoardView
from codesign.document import BoardDocument
from codesign.export.pdf import PdfOptions, pdf_bytes
from codesign.export.pdf.board_layout import board_view
from codesign.model import Board, Cluster, JourneyMap, Lane, Note, Stage
from codesign.model.items import Picture
from codesign.model.palette import STICKY_PALETTE
from codesign.storage.media import media_store

NOTE_COLOURS = ("pink", "green", "orange", "purple")
PICTURE_RGB = (200, 30, 30)
"""A photo of one strong red, far from every sticky tint."""
SCALE = 0.5
DPI = 72


def _picture() -> Picture:
    stream = io.BytesIO()
    Image.new("RGB", (160, 120), PICTURE_RGB).save(stream, "PNG")
    media = media_store().add(stream.getvalue(), "image/png")
    return Picture(
        id="photo",
        media=media.digest,
        media_type="image/png",
        natural_width=160,
        natural_height=120,
        x=440,
        y=220,
        width=240,
        height=180,
        z=2,
    )


def _board() -> Board:
    """Notes overlapping each other, one sent behind its theme, one on a journey map, a
    photo over a note's corner."""
    return Board(
        title="Agreement",
        items=(
            Note(id="back", x=60, y=100, colour="pink", z=-5),
            Note(id="under", x=300, y=100, colour="green", z=0),
            Note(id="over", x=380, y=160, colour="orange", z=1),
            Note(id="mapped", x=80, y=560, colour="purple", z=-9),
            Cluster(
                id="c1",
                x=0,
                y=0,
                width=640,
                height=360,
                title="",
                colour="blue",
                z=3,
                members=("back", "under", "over"),
            ),
            JourneyMap(
                id="j1",
                x=0,
                y=440,
                title="",
                colour="grey",
                z=7,
                stages=(Stage(id="s1", width=400),),
                lanes=(Lane(id="l1", height=300),),
            ),
            _picture(),
        ),
    )


def _label(pixel: tuple[int, ...]) -> str:
    if all(abs(a - b) <= 24 for a, b in zip(pixel[:3], PICTURE_RGB, strict=False)):
        return "picture"
    for name in NOTE_COLOURS:
        hex_colour = STICKY_PALETTE[name]
        want = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
        if all(abs(a - b) <= 24 for a, b in zip(pixel[:3], want, strict=False)):
            return name
    return "other"


@pytest.fixture
def canvas_picture(qtbot):
    view = BoardView(BoardScene(BoardDocument(_board())))
    qtbot.addWidget(view)
    scene = view.board_scene
    image = render_board(scene, SCALE)
    source = content_rect(scene)

    def sample(x: float, y: float) -> str:
        colour = image.pixelColor(round((x - source.x()) * SCALE), round((y - source.y()) * SCALE))
        return _label((colour.red(), colour.green(), colour.blue()))

    return sample


@pytest.fixture
def pdf_picture(tmp_path):
    board = _board()
    options = PdfOptions(layout="board")
    (tmp_path / "board.pdf").write_bytes(pdf_bytes(board, options))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(DPI),
            "-singlefile",
            tmp_path / "board.pdf",
            tmp_path / "page",
        ],
        check=True,
    )
    image = Image.open(tmp_path / "page.png").convert("RGB")
    view = board_view(list(board.items), options.page_size)
    pixels_per_point = DPI / 72
    page_height = options.page_size[1]

    def sample(x: float, y: float) -> str:
        column = view.x(x) * pixels_per_point
        row = (page_height - view.y(y)) * pixels_per_point
        return _label(image.getpixel((round(column), round(row))))

    return sample


def test_the_canvas_and_the_pdf_show_the_same_colour_on_top_at_the_same_places(
    canvas_picture, pdf_picture
):
    points = [(x, y) for x in range(10, 640, 20) for y in range(10, 900, 20)]
    shown = [(canvas_picture(x, y), pdf_picture(x, y)) for x, y in points]
    noted = [pair for pair in shown if pair != ("other", "other")]
    agree = sum(1 for on_canvas, in_pdf in noted if on_canvas == in_pdf)
    seen = {on_canvas for on_canvas, _ in noted}
    assert seen == {*NOTE_COLOURS, "picture"}
    assert agree >= 0.9 * len(noted)
    photo = [pair for pair in noted if "picture" in pair]
    assert sum(1 for on_canvas, in_pdf in photo if on_canvas == in_pdf) >= 0.9 * len(photo)
