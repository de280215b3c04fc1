"""The PDF drawer of each kind in `kinds.KINDS`, registered by decorator (as BeeRef does).

Items of kinds not registered (from a newer Codesign) are not drawn; they still travel in the
embedded board file. A known kind without a drawer is caught by tests/test_kind_coverage.py.
"""

from collections.abc import Callable
from typing import Any

from codesign.export.pdf.scene import Scene
from codesign.model.kinds import KINDS

Drawer = Callable[[Scene, Any], None]

DRAWERS: dict[str, Drawer] = {}


def draws(kind: str) -> Callable[[Drawer], Drawer]:
    """Function decorator: this function draws `kind` into a PDF. A second drawer for one kind,
    or a kind the table does not know, is an error on import rather than a silent choice."""

    def register(drawer: Drawer) -> Drawer:
        if kind not in KINDS or kind in DRAWERS:
            raise ValueError(f"PDF drawer for kind {kind!r}: unknown or already registered")
        DRAWERS[kind] = drawer
        return drawer

    return register
