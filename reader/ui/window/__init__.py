"""The window's shell: docks, geometry, closing; the menus (every action); the events.

main_window.py only assembles the parts the other rooms make and wires them in one
flat block of connections; menus.py owns every QAction and only emits requests;
events.py carries what changed in the library to whoever shows it.
"""
