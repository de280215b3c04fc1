"""Stacking and reading order, defined once in codesign/model/kinds.py, as the exports show them.

Both faults came from each layer writing its own order: the PDF stacked by `z` before kind (a
note sent to the back of its theme vanished under the theme's fill), and the report listed
themes by `z` before position (the bottom theme before the top one).
"""

import subprocess

from PIL import Image

from codesign.export.markdown import board_to_markdown
from codesign.export.pdf import PdfOptions, pdf_bytes
from codesign.model import Board, Cluster, Note
from codesign.model.palette import STICKY_PALETTE
from codesign.model.presentation import board_frames
from tests.export.pdf_reading import reader, words


def rasterise(data: bytes, tmp_path, page: int = 1, dpi: int = 40) -> Image.Image:
    """A PDF page as pixels, drawn by poppler (not by our code)."""
    source = tmp_path / "board.pdf"
    source.write_bytes(data)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            source,
            tmp_path / "page",
        ],
        check=True,
    )
    return Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")


def near(pixel: tuple[int, int, int], hex_colour: str, slack: int = 12) -> bool:
    want = tuple(int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return all(abs(a - b) <= slack for a, b in zip(pixel, want, strict=True))


def test_a_note_sent_to_the_back_of_its_theme_still_shows_in_the_pdf(tmp_path):
    note = Note(id="n1", x=100, y=120, text="", colour="pink", z=-1)
    theme = Cluster(
        id="c1", x=0, y=0, width=600, height=400, title="Waiting", colour="blue", members=("n1",)
    )
    board = Board(title="Stacking", items=(note, theme))
    image = rasterise(pdf_bytes(board, PdfOptions(layout="board")), tmp_path)
    colours = image.getcolors(maxcolors=1 << 24) or []
    pink = sum(count for count, pixel in colours if near(pixel, STICKY_PALETTE["pink"]))
    assert pink > 200


def _two_themes() -> Board:
    """The top theme was made last and sent to the back (z below the bottom one's)."""
    top = Cluster(id="c-top", x=0, y=0, width=400, height=300, title="Letters", z=-3)
    bottom = Cluster(id="c-bottom", x=0, y=600, width=400, height=300, title="Phone lines")
    return Board(title="Order", items=(bottom, top))


def test_the_report_lists_themes_top_to_bottom_as_the_presentation_does():
    pdf = reader(pdf_bytes(_two_themes(), PdfOptions(layout="report")))
    titles = [entry["/Title"] for entry in pdf.outline]
    themes = [title.removeprefix("Theme: ") for title in titles if title.startswith("Theme: ")]
    assert themes == [frame.title for frame in board_frames(_two_themes())]
    text = words(pdf_bytes(_two_themes(), PdfOptions(layout="report")))
    appendix = text[text.index("Appendix") :]
    assert appendix.index("Letters") < appendix.index("Phone lines")


def test_markdown_lists_themes_in_reading_order():
    text = board_to_markdown(_two_themes()).decode()
    assert text.index("Letters") < text.index("Phone lines")
