"""Write resources/fonts/widths.json: every character's advance in the bundled fonts, as
reportlab reads them from the TTFs, so laying out text never has to parse a TTF.

Run it again after changing a bundled font: `.venv/bin/python tools/font_widths.py`.
"""

import json

from codesign.text.font_chain import widths_file
from codesign.text.fonts import BOLD_FONT, REGULAR_FONT, reportlab_widths


def main() -> None:
    table = {font: reportlab_widths(font) for font in (REGULAR_FONT, BOLD_FONT)}
    widths_file().write_text(json.dumps(table, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{widths_file()}: {sum(len(t['widths']) for t in table.values())} widths")


if __name__ == "__main__":
    main()
