"""Editing the board by hand: edit and clipboard actions, the find bar, the touch toolbar
and the large text editor.
"""
