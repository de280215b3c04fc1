"""Canllaw defnyddiwr: the Welsh guide keeps step with the English one, section by section.

The Welsh guide is a translation, not a summary: it has the English guide's sections in the
same order and at the same depth, shows every picture the English one shows (taken of the
window in Welsh, in docs/images/cy/), and its links inside the page reach its own headings.
"""

import re
import unicodedata
from pathlib import Path

from tests.test_user_guide import IMAGE
from tools.user_guide_shots import ENGLISH_GUIDE_ONLY

ROOT = Path(__file__).resolve().parent.parent
ENGLISH = ROOT / "docs" / "user-guide.md"
WELSH = ROOT / "docs" / "user-guide.cy.md"
WELSH_IMAGES = ROOT / "docs" / "images" / "cy"
HEADING = re.compile(r"^(#{1,6}) (.+)$", re.MULTILINE)
ANCHOR = re.compile(r"\]\(#([^)]+)\)")


def headings(path: Path) -> list[tuple[int, str]]:
    return [(len(marks), title) for marks, title in HEADING.findall(path.read_text("utf-8"))]


def slug(title: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    kept = "".join(c for c in title.lower() if c in " -_" or unicodedata.category(c)[0] in "LN")
    return kept.replace(" ", "-")


def pictures(path: Path) -> list[tuple[str, str]]:
    return IMAGE.findall(path.read_text("utf-8"))


def test_the_welsh_guide_has_the_english_sections_in_the_same_order_and_depth():
    english, welsh = headings(ENGLISH), headings(WELSH)
    assert [level for level, _ in welsh] == [level for level, _ in english]
    same = [
        title for (_, title), (_, theirs) in zip(welsh, english, strict=True) if title == theirs
    ]
    assert same == [], "these headings were left in English"


def test_the_welsh_guide_shows_every_english_picture_taken_in_welsh():
    wanted = {
        Path(path).name
        for _alt, path in pictures(ENGLISH)
        if path.startswith("images/") and "/before/" not in path
    } - {f"{name}.png" for name in ENGLISH_GUIDE_ONLY}
    shown = {Path(path).name for _alt, path in pictures(WELSH) if path.startswith("images/cy/")}
    assert wanted <= shown
    english_captions = {alt for alt, _path in pictures(ENGLISH)}
    for alt, path in pictures(WELSH):
        assert (WELSH.parent / path).is_file(), path
        if path.startswith("images/cy/"):
            assert alt and alt not in english_captions, f"{path} keeps its English caption"


def test_every_picture_in_the_welsh_images_folder_is_in_the_welsh_guide():
    shown = {Path(path).name for _alt, path in pictures(WELSH)}
    assert {path.name for path in WELSH_IMAGES.glob("*.png")} <= shown


def test_the_welsh_guides_links_inside_the_page_reach_its_headings():
    anchors = {slug(title) for _level, title in headings(WELSH)}
    links = ANCHOR.findall(WELSH.read_text("utf-8"))
    assert links
    assert [link for link in links if link not in anchors] == []


def test_the_two_guides_point_at_each_other():
    assert "(user-guide.cy.md)" in ENGLISH.read_text("utf-8")
    assert "(user-guide.md)" in WELSH.read_text("utf-8")
