"""A real X display for the tests that run the real program: Xvfb, started and stopped."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

TOOLS = {"Xvfb": "xvfb", "xwininfo": "x11-utils", "import": "imagemagick"}


def require_tools() -> None:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if not missing:
        return
    packages = " ".join(TOOLS[t] for t in missing)
    message = f"the real-window test needs {', '.join(missing)}: sudo apt install {packages}"
    # CI installs them (.ci/run); there a missing tool is a failure, never a skip.
    if os.environ.get("CI") or os.environ.get("MARGINALIA_REQUIRE_REAL_WINDOW"):
        pytest.fail(message)
    pytest.skip(message)


@contextmanager
def xvfb(size: str = "1280x820x24") -> Iterator[str]:
    """A fresh Xvfb screen of ``size``; yields its display name (":3")."""
    require_tools()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", size, "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        yield ":" + server.stdout.readline().strip()
    finally:
        server.kill()
        server.wait()
