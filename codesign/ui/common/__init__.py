"""Shared by every area: the actions table, style, icons, plain-text labels, settings,
language and the participant lock's button marks.
"""
