"""The main window that composes the areas: board area, enabled states, context menu,
view actions and window state.
"""
