"""The real program in a real X window under Xvfb: it opens, shows an article, closes cleanly.

Offscreen tests cannot see what a desktop would: the xcb plugin and its libraries, window
management, the title a task bar shows. This one runs `python -m reader` as a user would.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.real_display import xvfb


def _find_window(display: str, needle: str) -> tuple[int, int] | None:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    for line in tree.splitlines():
        if needle in line:
            size = re.search(r"\)\s+(\d+)x(\d+)\+", line)
            if size:
                return int(size.group(1)), int(size.group(2))
    return None


def _distinct_colours(display: str) -> int:
    from PySide6.QtGui import QImage

    png = subprocess.run(
        ["import", "-window", "root", "png:-"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=True,
    ).stdout
    image = QImage.fromData(png)  # the format is detected
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    return len(colours)


@pytest.mark.realwindow
def test_marginalia_opens_a_real_window_under_xvfb(tmp_path: Path):
    app: subprocess.Popen[str] | None = None
    data = tmp_path / "library"
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        app = subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(data)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            deadline = time.monotonic() + 60
            size = None
            while size is None and time.monotonic() < deadline and app.poll() is None:
                time.sleep(0.3)
                size = _find_window(display, "— Marginalia")
            if size is None:
                _out, err = app.communicate(timeout=10) if app.poll() is not None else ("", "")
                pytest.fail(f"no Marginalia window appeared; the program said: {err}")
            assert size[0] >= 800 and size[1] >= 500
            time.sleep(1.0)  # let it paint
            # A rendered article page has many shades (anti-aliased text); a blank one a few.
            assert _distinct_colours(display) > 20

            app.send_signal(signal.SIGTERM)
            assert app.wait(timeout=30) == 0, app.stderr.read() if app.stderr else ""
            assert "Traceback" not in (app.stderr.read() if app.stderr else "")
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()

    # It closed properly: the library remembers the article that was open.
    from reader.store import articles
    from reader.store.database import close_library, open_library

    db = open_library(data)
    try:
        assert articles.count_articles() == 6  # the five seeds and the welcome article
        assert articles.last_opened_article() is not None
    finally:
        close_library(db)
