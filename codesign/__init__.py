"""Codesign: an offline desktop canvas for co-design workshops."""

import os
import sys
import types

__version__ = "0.1.0"

# Codesign uses no pydantic plugins; looking for them reads every installed package's metadata
# (tens of milliseconds at each start), so the search is switched off before pydantic loads.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


def _no_plugin_loader() -> None:
    """With plugins off, pydantic's plugin loader still imports `importlib.metadata` (with
    email, zipfile and socket: about 27 ms, two thirds of a `json.load` of a 10,000-note board)
    only to return no plugins. Stand in for it with the answer, unless someone asked for plugins
    or pydantic's own loader is already in."""
    name = "pydantic.plugin._loader"
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") != "__all__" or name in sys.modules:
        return
    loader = types.ModuleType(name, "No pydantic plugins (see codesign/__init__.py).")
    loader.get_plugins = tuple  # type: ignore[attr-defined]
    sys.modules[name] = loader


_no_plugin_loader()
