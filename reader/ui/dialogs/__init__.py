"""Dialogs opened from the menus: export, print, preferences, search, import progress, etc."""
