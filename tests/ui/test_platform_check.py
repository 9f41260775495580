"""Before Qt starts: a missing display or xcb library becomes a message with the exact fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.ui.startup import platform_check
from reader.ui.startup.platform_check import debian_package_for, window_problem

LDD_MISSING_CURSOR = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /x/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libEGL.so.1", "libegl1"),
        ("libdbus-1.so.3", "libdbus-1-3"),
    ],
)
def test_library_names_map_to_debian_packages(soname: str, package: str):
    assert debian_package_for(soname) == package


def test_missing_xcb_cursor_gives_the_exact_apt_command(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    monkeypatch.setattr(platform_check, "_xcb_plugin", lambda: plugin)
    monkeypatch.setattr(
        subprocess,
        "run",
        lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout=LDD_MISSING_CURSOR, stderr=""),
    )
    message = window_problem({"DISPLAY": ":0"})
    assert message is not None
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4" in message
    assert "Traceback" not in message


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sys, "platform", "linux")
    message = window_problem({})
    assert message is not None and "no graphical display" in message


def test_offscreen_and_wayland_need_no_xcb(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(platform_check, "missing_xcb_libraries", lambda: ["libxcb-cursor.so.0"])
    assert window_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert window_problem({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}) is None


def test_this_machine_has_what_the_xcb_plugin_needs():
    # The real check on the real plugin: CI installs the libraries, so none may be missing.
    assert platform_check.missing_xcb_libraries() == []


def test_the_command_prints_the_fix_instead_of_crashing(tmp_path: Path):
    """End to end: with no display, `marginalia` says so in one message and exits 1."""
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "no graphical display" in result.stderr
    assert "Traceback" not in result.stderr
