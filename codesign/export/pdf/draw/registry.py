"""The PDF drawer of each kind in `kinds.KINDS`, registered by decorator (as BeeRef does).

Items of kinds not registered (from a newer Codesign) are not drawn; they still travel in the
embedded board file. A known kind without a drawer is caught by tests/test_kind_coverage.py.
"""

from collections.abc import Callable
from typing import Any

from codesign.export.pdf.scene import Scene
from codesign.model.kinds import registrar

Drawer = Callable[[Scene, Any], None]

DRAWERS: dict[str, Drawer] = {}


draws = registrar(DRAWERS, "PDF drawer")
"""Function decorator: this function draws the kind into a PDF."""
