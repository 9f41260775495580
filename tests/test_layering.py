"""The package's layers, read from the source: core and store never import the window,
and no panel's room imports another panel's room (what they share lives in widgets/)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "reader"
# The rooms that hold one panel or window each; window/, controllers/, startup/ and
# dialogs/ assemble them, widgets/ is what they share.
PANEL_ROOMS = ("annotations", "concepts", "library", "reading", "review")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _sources(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


@pytest.mark.parametrize("layer", ["core", "store"])
def test_core_and_store_never_import_the_window(layer: str):
    offending = {
        str(path.relative_to(PACKAGE)): sorted(
            n for n in _imports(path) if n.startswith("reader.ui")
        )
        for path in _sources(PACKAGE / layer)
    }
    assert {path: names for path, names in offending.items() if names} == {}


def test_the_command_line_never_imports_the_window():
    assert not [n for n in _imports(PACKAGE / "cli.py") if n.startswith("reader.ui")]


@pytest.mark.parametrize("room", PANEL_ROOMS)
def test_a_panel_room_imports_no_other_panel_room(room: str):
    others = tuple(f"reader.ui.{other}" for other in PANEL_ROOMS if other != room)
    offending = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.startswith(others))
        for path in _sources(PACKAGE / "ui" / room)
    }
    assert {path: names for path, names in offending.items() if names} == {}
