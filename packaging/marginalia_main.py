"""The frozen program's entry point: the same ``marginalia`` command the wheel installs.

PyInstaller needs a script to start from, not a console-script entry point.
"""

import sys

from reader.launch import main

if __name__ == "__main__":
    sys.exit(main())
