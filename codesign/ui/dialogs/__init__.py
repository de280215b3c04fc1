"""Dialogs that belong to no area: About, Settings and the keyboard shortcuts sheet."""
