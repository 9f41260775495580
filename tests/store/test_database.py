"""Opening a library: safe pragmas, a schema version from day one, clear failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import schema
from reader.store.database import LibraryError, close_library, open_library
from reader.store.location import DATA_DIR_ENV, database_path, resolve_data_dir
from reader.store.models import SchemaVersion


def test_pragmas_protect_committed_changes(library: Path):
    from reader.store.models import database_proxy

    def pragma(name: str) -> object:
        return database_proxy.execute_sql(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL


def test_a_new_library_records_its_schema_version(library: Path):
    assert [row.version for row in SchemaVersion.select()] == [schema.CURRENT_VERSION]


def test_a_library_from_a_newer_version_is_refused_plainly(data_dir: Path):
    db = open_library(data_dir)
    SchemaVersion.create(version=schema.CURRENT_VERSION + 5)
    close_library(db)
    with pytest.raises(LibraryError, match="newer Marginalia"):
        open_library(data_dir)


def test_a_file_that_is_not_a_database_is_named_and_left_alone(data_dir: Path):
    path = database_path(data_dir)
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError) as caught:
        open_library(data_dir)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_a_library_folder_that_cannot_be_created_is_named(tmp_path: Path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot be created"):
        open_library(blocker / "library")


def test_data_dir_comes_from_the_option_then_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "opt")) == tmp_path / "opt"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "marginalia" in str(resolve_data_dir(None)).lower()
