"""Codesign: an offline desktop canvas for co-design workshops."""

__version__ = "0.1.0"
