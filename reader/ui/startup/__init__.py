"""Starting the program: the platform check, one instance per library, the library check,
the first frame, and the lazily loaded modules of the rest of the window.
"""
