"""Shared fixtures: a fresh library in a temporary data dir, the bundled seed articles."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# GUI tests run offscreen unless a test starts its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "library"
    path.mkdir()
    return path


@pytest.fixture
def library(data_dir: Path) -> Iterator[Path]:
    """An open, empty library; yields its data dir."""
    from reader.store.database import close_library, open_library

    db = open_library(data_dir)
    yield data_dir
    close_library(db)
