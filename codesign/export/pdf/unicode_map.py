"""A correct ToUnicode map for every embedded face, so emoji come back out of the PDF.

reportlab writes each character's code as four hex digits, which for a character beyond the
Basic Multilingual Plane (every emoji, rarer CJK) gives five: an odd-length string that
readers reject, so copying an emoji gave nothing. Here each character is written in UTF-16
(a surrogate pair beyond the BMP), as the PDF specification asks. reportlab looks the
function up in its module on each use, so replacing it there is enough.
"""

from functools import cache

from reportlab.pdfbase import ttfonts


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's CMap, with each destination in UTF-16BE hex."""
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *(
                f"<{code:02X}> <{chr(value).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
                for code, value in enumerate(subset)
            ),
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def use_utf16_cmaps() -> None:
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
