"""Windows, menus, docks and dialogs."""
