"""Package attributes imported on first use (PEP 562), so a command that needs none of them
(`codesign check`, the app's start) never pays for reportlab and pypdf."""

import importlib
from collections.abc import Callable
from typing import Any


def lazy_attributes(package: str, homes: dict[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` that imports `name` from `package + homes[name]` when asked."""

    def attribute(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(package + home), name)

    return attribute
