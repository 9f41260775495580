"""A wheel built from the project, as pipx or a distribution builds it (``pip wheel .``),
carries the compiled translations, so the installed Marginalia speaks Indonesian.

The wheel is built from the project's files as a fresh clone has them (no .qm, which
`make translations` leaves in a checkout), in pip's isolated build environment.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = "reader/_bundled/resources/translations"


def _clone(into: Path) -> Path:
    """The project's files as a fresh clone (with this work's changes) holds them."""
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        pytest.fail("the wheel test copies the project as git sees it; git is required")
    listed = subprocess.run(
        [git, "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    return into


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    clone = _clone(tmp_path_factory.mktemp("clone"))
    assert not list((clone / "resources" / "translations").glob("*.qm"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", ".", "--no-deps", "-w", str(out)],
        cwd=clone,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    [built] = out.glob("marginalia-*.whl")
    return built


def test_the_wheel_holds_a_compiled_translation_for_each_source(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = sorted(p.stem for p in (REPO / "resources" / "translations").glob("*.ts"))
    assert sources, "no .ts files in resources/translations"
    for stem in sources:
        assert f"{TRANSLATIONS}/{stem}.ts" in names
        assert f"{TRANSLATIONS}/{stem}.qm" in names, sorted(names)
        info = zipfile.ZipFile(wheel).getinfo(f"{TRANSLATIONS}/{stem}.qm")
        assert info.file_size > 1000
    assert any(n.startswith("reader/_bundled/seeds/") for n in names)


def test_the_installed_wheel_speaks_indonesian(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--target", str(site), str(wheel)],
        capture_output=True,
        check=True,
        timeout=300,
    )
    script = (
        "import reader, sys\n"
        "from PySide6.QtCore import QCoreApplication, QSettings\n"
        "from reader.ui.translation import install_translator\n"
        "app = QCoreApplication([])\n"
        f"settings = QSettings({str(tmp_path / 'settings.ini')!r}, QSettings.Format.IniFormat)\n"
        "settings.setValue('language', 'id')\n"
        "print(reader.__file__)\n"
        "print(install_translator(app, settings))\n"
        "print(QCoreApplication.translate('Export', 'Glossary'))\n"
    )
    # The installed copy, not this checkout: its folder comes first on the path.
    environment = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    where, language, glossary = done.stdout.splitlines()
    assert Path(where).is_relative_to(site)
    assert (language, glossary) == ("id", "Glosarium")
    assert "translation file" not in done.stderr, done.stderr
