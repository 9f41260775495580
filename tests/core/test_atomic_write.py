"""A file is written whole or not at all; every failure is one line naming the file."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

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
    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
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
