"""A file is written whole or not at all; every failure is one line naming the file."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core import atomic_write
from reader.core.atomic_write import write_bytes_atomic, write_text_atomic
from reader.core.errors import UserError


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_and_replaces_a_file(tmp_path: Path):
    target = tmp_path / "notes.md"
    write_text_atomic(target, "first ✓\n")
    write_text_atomic(target, "second\n")
    assert target.read_text(encoding="utf-8") == "second\n"
    assert _leftovers(tmp_path) == ["notes.md"]


def test_a_missing_folder_is_a_user_error(tmp_path: Path):
    target = tmp_path / "nowhere" / "notes.md"
    with pytest.raises(UserError, match=f"Cannot write {target}: the folder .* does not exist"):
        write_text_atomic(target, "x")


def test_a_folder_as_target_is_a_user_error(tmp_path: Path):
    with pytest.raises(UserError, match="it is a folder"):
        write_text_atomic(tmp_path, "x")


def test_an_unwritable_folder_is_a_user_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # Tests may run as root, who can write anywhere: make creating the file fail as it
    # does for a user in a read-only folder.
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, Path]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic_write, "_open_temporary", refuse)
    target = tmp_path / "notes.md"
    with pytest.raises(UserError, match=f"Cannot write {target}: permission denied"):
        write_text_atomic(target, "x")
    assert _leftovers(tmp_path) == []


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "notes.md"
    target.write_text("the old notes\n", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError) as caught:
        write_bytes_atomic(target, b"new notes that do not fit\n" * 1000)
    assert str(caught.value) == f"Cannot write {target}: the disk is full."
    assert target.read_text(encoding="utf-8") == "the old notes\n"
    assert _leftovers(tmp_path) == ["notes.md"]


def test_a_failed_rename_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def fail(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(UserError, match="read-only"):
        write_text_atomic(tmp_path / "notes.md", "x")
    assert _leftovers(tmp_path) == []
    assert os.listdir(tmp_path) == []


@pytest.fixture
def umask() -> Iterator[None]:
    """Restore the process's umask after a test changed it."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)


@pytest.mark.parametrize("mode", [0o644, 0o600, 0o640, 0o664])
def test_an_existing_file_keeps_its_mode(tmp_path: Path, mode: int):
    target = tmp_path / "notes.md"
    target.write_text("old\n")
    target.chmod(mode)
    write_text_atomic(target, "new\n")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_text() == "new\n"


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_honours_the_umask(tmp_path: Path, umask: None, mask: int, expected: int):
    os.umask(mask)
    target = tmp_path / "notes.md"
    write_text_atomic(target, "new\n")
    assert stat.S_IMODE(target.stat().st_mode) == expected


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_is_not_replaced(tmp_path: Path):
    fifo = tmp_path / "notes.md"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="not a regular file"):
        write_text_atomic(fifo, "x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert _leftovers(tmp_path) == ["notes.md"]


@pytest.mark.skipif(not Path("/dev/null").exists(), reason="needs /dev/null")
def test_a_device_is_not_replaced(tmp_path: Path):
    if os.geteuid() == 0:
        device = tmp_path / "notes.md"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # /dev/null's numbers
        with pytest.raises(UserError, match="not a regular file"):
            write_text_atomic(device, "x")
        assert stat.S_ISCHR(device.lstat().st_mode)
    link = tmp_path / "to-null.md"
    link.symlink_to("/dev/null")
    with pytest.raises(UserError, match="not a regular file"):
        write_text_atomic(link, "x")
    assert link.is_symlink()


def test_a_link_to_a_file_writes_the_file_it_points_to(tmp_path: Path):
    real = tmp_path / "real.md"
    real.write_text("old\n")
    real.chmod(0o644)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_text_atomic(link, "new\n")
    assert link.is_symlink()
    assert real.read_text() == "new\n"
    assert stat.S_IMODE(real.stat().st_mode) == 0o644
