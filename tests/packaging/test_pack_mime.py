"""The class pack's file type on the desktop: shared-mime-info knows it by name and by its
bytes, and the desktop entry opens it, so a double-clicked pack opens in Marginalia.

Each test installs the MIME package and the desktop entry into a data folder of its own
(XDG_DATA_HOME), as a package installs them into /usr/share, and asks the freedesktop
tools (update-mime-database, update-desktop-database, xdg-mime) what they make of it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.test_freedesktop import APP_ID, DESKTOP_FILE, PACKAGING, _require_tool

MIME_TYPE = "application/x-marginalia-pack"
MIME_FILE = PACKAGING / f"{APP_ID}.mime.xml"


@pytest.fixture
def desktop(tmp_path: Path) -> dict[str, str]:
    """An XDG data folder holding the MIME package and the desktop entry, installed."""
    updater = _require_tool("update-mime-database", "shared-mime-info")
    desktop_db = _require_tool("update-desktop-database", "desktop-file-utils")
    data = tmp_path / "share"
    (data / "mime" / "packages").mkdir(parents=True)
    (data / "applications").mkdir()
    shutil.copy(MIME_FILE, data / "mime" / "packages" / f"{APP_ID}.xml")
    shutil.copy(DESKTOP_FILE, data / "applications" / DESKTOP_FILE.name)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(data),
        "XDG_DATA_DIRS": "/usr/local/share:/usr/share",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [updater, str(data / "mime")], capture_output=True, text=True, check=False, env=env
    )
    # Any complaint about the package (an unknown element, a bad magic) is a finding.
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr
    subprocess.run([desktop_db, str(data / "applications")], check=True, env=env)
    return env


def _pack(tmp_path: Path, name: str) -> Path:
    """A real class pack, written by the program's own writer."""
    from datetime import UTC, datetime

    from reader.core.packs.pack_format import ClassPack, PackArticle, Person, derived_id
    from reader.core.packs.pack_writer import write_pack

    teacher = Person(derived_id("person"), "Bu Sari")
    article = PackArticle(derived_id("a"), "Judul", "0" * 64, "md", 2, "", "# Judul\n", "# Judul\n")
    pack = ClassPack(
        derived_id("pack"), "Kelas", datetime.now(UTC), teacher, "", (article,), (), ()
    )
    path = tmp_path / name
    path.write_bytes(write_pack(pack, "Marginalia test"))
    return path


def _xdg_mime(env: dict[str, str], *args: str) -> str:
    tool = _require_tool("xdg-mime", "xdg-utils")
    # In no desktop in particular, xdg-mime asks File::MimeInfo (libfile-mimeinfo-perl),
    # which reads the shared-mime-info database the way every desktop's does.
    _require_tool("mimetype", "libfile-mimeinfo-perl")
    done = subprocess.run([tool, *args], capture_output=True, text=True, check=False, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_xdg_mime_knows_a_pack_by_its_name(desktop: dict[str, str], tmp_path: Path):
    pack = _pack(tmp_path, "diplomasi.marginalia")
    assert _xdg_mime(desktop, "query", "filetype", str(pack)) == MIME_TYPE


def test_xdg_mime_knows_a_renamed_pack_by_its_bytes(desktop: dict[str, str], tmp_path: Path):
    renamed = _pack(tmp_path, "lampiran-email.bin")
    assert _xdg_mime(desktop, "query", "filetype", str(renamed)) == MIME_TYPE


def test_another_zip_is_not_taken_for_a_pack(desktop: dict[str, str], tmp_path: Path):
    import zipfile

    other = tmp_path / "photos.bin"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
    assert _xdg_mime(desktop, "query", "filetype", str(other)) != MIME_TYPE


def test_a_pack_opens_with_marginalia(desktop: dict[str, str]):
    assert _xdg_mime(desktop, "query", "default", MIME_TYPE) == DESKTOP_FILE.name


def test_the_desktop_entry_lists_the_pack_type(desktop: dict[str, str]):
    from tests.packaging.test_freedesktop import _desktop_entry

    assert MIME_TYPE in _desktop_entry()["MimeType"].split(";")
    # desktop-file-validate passing the entry with it: test_freedesktop checks that.
