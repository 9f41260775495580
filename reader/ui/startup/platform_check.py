"""Checks, before Qt starts, that a window can be opened, so a failure is a message and a fix.

Without them, Qt's xcb plugin aborts the process when a system library such as
``libxcb-cursor0`` is missing, printing a hint only Qt developers understand.

The messages here stay in English on purpose: they are printed to the terminal before
any QApplication exists, so no translation can be loaded yet (and when a system library
is missing, Qt itself cannot load at all).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path


def _xcb_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def debian_package_for(soname: str) -> str:
    """Debian's package for a shared library: libxcb-cursor.so.0 -> libxcb-cursor0.

    Debian names library packages after the soname, inserting a dash when the library
    name itself ends in a digit (libxkbcommon-x11.so.0 -> libxkbcommon-x11-0).
    """
    match = re.fullmatch(r"(.+)\.so\.([\d.]+)", soname)
    if not match:
        return soname
    name, version = match.group(1).lower(), match.group(2).split(".")[0]
    return f"{name}-{version}" if name[-1].isdigit() else f"{name}{version}"


def missing_xcb_libraries(plugin: Path | None = None) -> list[str]:
    """Shared libraries Qt's xcb plugin needs that this system lacks (empty when all found)."""
    plugin = plugin or _xcb_plugin()
    ldd = shutil.which("ldd")
    if plugin is None or ldd is None:
        return []
    try:
        out = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", out, re.M)})


def _uses_xcb(env: dict[str, str]) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.startswith("xcb")
    # On a Wayland desktop Qt uses its Wayland plugin; xcb is only its fallback.
    return not (env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland")


def window_problem(env: dict[str, str] | None = None) -> str | None:
    """A plain explanation, with the exact fix, of why no window can open; None when one can."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux") or not _uses_xcb(env):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY") and not env.get("QT_QPA_PLATFORM"):
        return (
            "Marginalia cannot open its window: no graphical display was found "
            "(DISPLAY is not set).\n"
            "Run it from a desktop session, or use its commands from a terminal "
            "(see: marginalia --help)."
        )
    missing = missing_xcb_libraries()
    if not missing:
        return None
    packages = " ".join(sorted({debian_package_for(lib) for lib in missing}))
    return (
        "Marginalia cannot open its window: Qt needs system libraries that are not installed "
        f"({', '.join(missing)}).\n"
        f"Fix (Debian/Ubuntu): sudo apt install {packages}\n"
        "Then start Marginalia again."
    )
