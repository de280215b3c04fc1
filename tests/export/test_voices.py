"""Every voice in the record: notes in twenty languages, symbols and emoji come out of the
board, poster and report PDFs with every character in the text layer (shaped scripts and
emoji included), and a character no font has is drawn visibly and named."""

import shutil
import subprocess
import unicodedata

import pytest

from codesign.export import export_file
from codesign.export.pdf import PdfOptions, pdf_bytes
from codesign.model import Board, Note
from tests.boards import VOICES, voices_board
from tests.export.pdf_reading import embedded_fonts, words

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def poppler_text(data: bytes, tmp_path) -> str:
    """The text layer as poppler (pdftotext, as in most Linux viewers) reads it, with its
    direction marks dropped and whitespace folded."""
    path = tmp_path / "record.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cf").split())


def expected_pieces(text: str) -> list[str]:
    """Words, and each character of Chinese (which wraps between characters)."""
    pieces = []
    for word in text.split():
        wide = any(unicodedata.east_asian_width(c) == "W" for c in word)
        pieces.extend(word if wide else [word])
    return pieces


@needs_poppler
@pytest.mark.parametrize("layout", ["board", "poster", "report"])
def test_every_character_is_in_the_text_layer(tmp_path, layout):
    text = poppler_text(pdf_bytes(voices_board(), PdfOptions(layout=layout)), tmp_path)
    for _lang, note in VOICES:
        for piece in expected_pieces(note):
            assert piece in text, (layout, note, piece)


def test_emoji_come_back_through_the_font_maps():
    """Beyond the Basic Multilingual Plane: reportlab's ToUnicode map wrote odd-length hex."""
    board = Board(title="Emoji", items=(Note(id="n", text="Great day 🙂 🎉"),))
    assert "🙂" in words(pdf_bytes(board, PdfOptions()))


def test_each_script_gets_its_face_embedded_as_a_subset():
    embedded = embedded_fonts(pdf_bytes(voices_board(), PdfOptions()))
    fonts = {name.split("+")[-1] for name in embedded}
    for face in ("NotoSansArabic", "NotoSansDevanagari", "NotoSansTamil", "DroidSansFallback"):
        assert any(name.startswith(face) for name in fonts), (face, fonts)
    assert all("+" in name for name in embedded)


@needs_poppler
def test_a_character_no_font_has_is_drawn_visibly_kept_in_the_text_and_named(tmp_path):
    board = Board(title="Rare", items=(Note(id="n", text="Sign \U00013000 here"),))
    path = tmp_path / "rare.pdf"
    warnings = export_file(board, path)
    assert warnings == ["1 character no bundled font can draw (U+13000) shown as \ufffd"]
    assert "Sign \U00013000 here" in poppler_text(path.read_bytes(), tmp_path)


def test_a_board_every_font_covers_exports_without_a_warning(tmp_path):
    assert export_file(voices_board(), tmp_path / "voices.pdf") == []
