"""The only code that changes the library: store calls and undo commands.

Each controller answers the menus' and panels' requests for its domain (highlights,
concepts, articles with import and export, reading comfort), pushes undo commands, and
announces every change on the window's LibraryEvents, so panels refresh themselves.
"""
