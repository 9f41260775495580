"""What the window's start loads before its first frame.

The first frame is the window a student sees within a blink of typing ``marginalia``;
the database layer, the Markdown renderer and the export writers load after it
(reader/ui/startup/lazy_modules.py). A module pulled in early by the command line or the
window's own imports makes every start slower, and no other test would notice: this one
starts the real entry point in a fresh interpreter and lists what is loaded at the first
frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Run as a script in a fresh interpreter: reader.launch.main, as `marginalia` runs it,
# with the first frame reported and the window closed at once.
_SCRIPT = """
import json, sys, types
import reader.ui.startup.app as app_module

real_start = app_module.start_window

def report_and_close():
    loaded = [
        name for name, module in sys.modules.items()
        # A lazily loaded module (lazy_modules.py) is named but has not run yet.
        if type(module).__name__ != "_LazyModule"
    ]
    print(json.dumps(loaded))
    window.close()

def start_window(data_dir, ask, on_ready, on_first_frame=None):
    global window
    if sys.argv[1] == "first-frame":
        window = real_start(data_dir, ask, lambda built: None, report_and_close)
    else:  # the complete window: built, the last article shown
        window = real_start(data_dir, ask, lambda built: report_and_close())
    return window

app_module.start_window = start_window
from reader.launch import main
sys.exit(main([]))
"""

# Each is needed only once the library is open or something is exported.
LATER = ("peewee", "markdown_it", "mdit_py_plugins", "jinja2", "pygments")


def _loaded_at(moment: str, data_dir: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_DATA_DIR": str(data_dir)}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, moment],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_first_frame_loads_no_database_renderer_or_export_writer(data_dir: Path):
    loaded = _loaded_at("first-frame", data_dir)
    early = sorted(name for name in loaded if name.split(".")[0] in LATER)
    assert early == []
    # The export writers (the command line names their choices) wait for an export.
    writers = ("handout_writer", "notes_writer", "templates", "web_annotation")
    assert not [name for name in loaded if name.rsplit(".", 1)[-1] in writers]


def test_the_complete_window_loads_no_export_or_class_pack_writer(data_dir: Path):
    # Showing the last article with its highlights and layers reads the library; writing
    # a handout, a class pack, a hand-back or a summary waits until one is asked for.
    loaded = _loaded_at("complete", data_dir)
    writers = ("handout_writer", "notes_writer", "templates", "pack_writer", "summary_writer")
    assert not [name for name in loaded if name.rsplit(".", 1)[-1] in writers]
    assert not [name for name in loaded if name.split(".")[0] in ("jinja2", "pygments")]
