"""Reading exported PDFs back the way a viewer, a search box or a screen reader would."""

import io

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def words(data: bytes) -> str:
    """All the text of all pages, whitespace folded, as a search box sees it."""
    pdf = reader(data)
    return " ".join(" ".join(page.extract_text() or "" for page in pdf.pages).split())


def folded(text: str) -> str:
    return " ".join(text.split())


def embedded_fonts(data: bytes) -> set[str]:
    """Base names of fonts that carry their own glyphs (a /FontFile2 stream)."""
    found = set()
    for page in reader(data).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.add(str(font["/BaseFont"]))
    return found


def all_fonts(data: bytes) -> set[str]:
    names = set()
    for page in reader(data).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        names.update(str(font.get_object()["/BaseFont"]) for font in fonts.values())
    return names
