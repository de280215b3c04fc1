"""Reading exported PDFs back the way a viewer, a search box or a screen reader would."""

import io

from pypdf import PdfReader
from pypdf.generic import ContentStream


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


def text_sizes(page, bold: bool = False) -> dict[str, set[float]]:
    """Each piece of text on a page (only the bold ones if `bold`) -> the font sizes it is
    printed at, in points."""
    sizes: dict[str, set[float]] = {}

    def visit(text, _cm, tm, font, size):
        if text.strip() and (not bold or (font and "Bold" in str(font["/BaseFont"]))):
            sizes.setdefault(text.strip(), set()).add(round(size * tm[0], 2))

    page.extract_text(visitor_text=visit)
    return sizes


def stroked_paths(page, rgb: tuple[float, float, float]) -> list[tuple[list, tuple]]:
    """The points of every path stroked in colour `rgb`, each with the clip rectangle in force
    (x0, y0, x1, y1 in points; the page when nothing clips)."""
    box = page.mediabox
    clip = (0.0, 0.0, float(box.width), float(box.height))
    saved, stroke, points, last_rect, found = [], None, [], clip, []
    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        values = [float(value) for value in operands if isinstance(value, (int, float))]
        if operator == b"q":
            saved.append(clip)
        elif operator == b"Q":
            clip = saved.pop()
        elif operator == b"RG":
            stroke = tuple(round(v, 3) for v in values)
        elif operator == b"re":
            x, y, w, h = values
            last_rect = (min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h))
        elif operator in (b"W", b"W*"):
            clip = (
                max(clip[0], last_rect[0]),
                max(clip[1], last_rect[1]),
                min(clip[2], last_rect[2]),
                min(clip[3], last_rect[3]),
            )
        elif operator in (b"m", b"l", b"c"):
            points.extend(zip(values[::2], values[1::2], strict=True))
        elif operator in (b"S", b"B", b"B*", b"f", b"f*", b"n"):
            if operator in (b"S", b"B", b"B*") and stroke == tuple(round(v, 3) for v in rgb):
                found.append((points, clip))
            points = []
    return found


PAINTING = {b"f", b"f*", b"F", b"S", b"s", b"B", b"B*", b"b", b"b*", b"Tj", b"TJ", b"Do", b"sh"}


def painted_inside_clip(page) -> int:
    """How many things are painted inside the page's first clipped block (a poster sheet's
    printed area): 0 for a blank sheet."""
    depth, clipped, painted = 0, None, 0
    for _operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        if operator == b"q":
            depth += 1
        elif operator == b"Q":
            if clipped == depth:
                return painted
            depth -= 1
        elif operator in (b"W", b"W*") and clipped is None:
            clipped = depth
        elif clipped is not None and operator in PAINTING:
            painted += 1
    return painted
