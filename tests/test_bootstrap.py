"""`make run`/`make test` on a machine without python3-venv ends in the exact fix."""

from __future__ import annotations

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "make-venv.sh"


def _fake_python(tmp_path: Path, body: str) -> Path:
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\n" + body)
    fake.chmod(0o755)
    return fake


def test_missing_venv_module_names_the_debian_package(tmp_path: Path):
    # A Python 3.11 whose ensurepip is missing, as on Debian without python3-venv.
    fake = _fake_python(
        tmp_path,
        'case "$2" in\n'
        "  *ensurepip*) exit 1;;\n"
        "  *sys.version_info\\[0\\]*) echo 3.11; exit 0;;\n"
        "esac\nexit 0\n",
    )
    result = subprocess.run(
        ["sh", str(SCRIPT), str(tmp_path / "venv")],
        env={"PYTHON": str(fake), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "sudo apt install python3-venv" in result.stderr
    assert "python3.11-venv" in result.stderr
    assert not (tmp_path / "venv").exists()


def test_too_old_python_is_named(tmp_path: Path):
    fake = _fake_python(
        tmp_path, 'case "$2" in\n  *platform*) echo 3.9.2; exit 0;;\nesac\nexit 1\n'
    )
    result = subprocess.run(
        ["sh", str(SCRIPT), str(tmp_path / "venv")],
        env={"PYTHON": str(fake), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "3.11 or newer" in result.stderr and "3.9.2" in result.stderr
