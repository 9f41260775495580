"""The ``marginalia`` command: the window when no subcommand is given, else the command line.

reader/cli.py is the scripting face and imports nothing of the user interface; this is
the one place the two meet, so a subcommand never pays for (or needs) Qt's widgets.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    from reader.cli import main as command_line

    return command_line(argv, open_window=open_window)


def open_window(data_dir: Path, link: str | None) -> int:
    from reader.ui.startup.app import run_app

    return run_app(data_dir, link)
