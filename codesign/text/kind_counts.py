"""'3 notes', '1 journey map': a count of one kind of item, in the catalogue's language.

For the plain-text outputs without Qt (the CLI's summary, an export's warnings); the window
counts with Qt's own translation. Kinds from a newer Codesign are counted together.
"""

from codesign.text.catalogue import translate


def counted(kind: str, n: int) -> str:
    texts = {
        "note": translate("kinds", "%n note(s)", "", n),
        "cluster": translate("kinds", "%n cluster(s)", "", n),
        "journey": translate("kinds", "%n journey map(s)", "", n),
        "label": translate("kinds", "%n label(s)", "", n),
        "connector": translate("kinds", "%n connector(s)", "", n),
        "shape": translate("kinds", "%n shape(s)", "", n),
        "stroke": translate("kinds", "%n ink stroke(s)", "", n),
    }
    return texts.get(kind) or translate("kinds", "%n of newer kinds (kept as they are)", "", n)
