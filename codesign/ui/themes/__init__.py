"""Themes: the themes panel, suggested themes and the theme actions."""
