"""Codesign: an offline desktop canvas for co-design workshops."""

import os

__version__ = "0.1.0"

# Codesign uses no pydantic plugins; looking for them reads every installed package's metadata
# (tens of milliseconds at each start), so the search is switched off before pydantic loads.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
