"""``make run`` and ``make test`` set up .venv quietly: pip's own chatter (on some machines,
warnings about its index configuration) is kept out of sight, and shown in full, with a
plain line saying what failed, only when the install fails.

The Makefile runs here in a copy of the project's set-up files, with a stand-in for the
venv's python whose pip prints what a noisy machine's pip prints.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOISE = "WARNING: Location 'file:///opt/pypi/simple/x/' is ignored: it is not a directory."
FAILURE = "ERROR: No matching distribution found for PySide6-Essentials"

FAKE_PYTHON = f"""#!/bin/sh
# A venv's python: "import pip" works; pip prints noise, and fails when asked to.
if [ "$1" = "-c" ]; then exit 0; fi
echo "{NOISE}" >&2
echo "Collecting markdown-it-py"
if [ -e "$(dirname "$0")/../fail" ]; then echo "{FAILURE}" >&2; exit 1; fi
exit 0
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """The files `make` needs to set up .venv, and a venv whose python is the stand-in."""
    need = [Path("Makefile"), Path("pyproject.toml")]
    need += [p.relative_to(REPO) for p in _packaging_scripts()]
    for name in need:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, tmp_path / name)
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return tmp_path


def _packaging_scripts() -> list[Path]:
    return sorted((REPO / "packaging").glob("*.sh"))


def _make(project: Path) -> subprocess.CompletedProcess[str]:
    if shutil.which("make") is None:
        pytest.fail("make is required (it is how the project is set up)")
    return subprocess.run(
        ["make", "--no-print-directory", ".venv/.installed-stamp"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_successful_install_prints_none_of_pips_output(project: Path):
    done = _make(project)
    assert done.returncode == 0, done.stdout + done.stderr
    shown = done.stdout + done.stderr
    assert NOISE not in shown and "Collecting" not in shown and "pip install" not in shown
    assert len(shown.strip().splitlines()) <= 1, shown  # at most one line saying what it does
    assert (project / ".venv" / ".installed-stamp").exists()


def test_a_failed_install_shows_pips_output_and_what_failed(project: Path):
    (project / ".venv" / "fail").touch()
    done = _make(project)
    assert done.returncode != 0
    assert FAILURE in done.stderr and NOISE in done.stderr  # pip's whole story, to read
    assert "pip install" in done.stderr and "failed" in done.stderr
    assert not (project / ".venv" / ".installed-stamp").exists()
