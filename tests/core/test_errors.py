"""Errors keep their English text for the command line and their template for the window."""

from __future__ import annotations

import ast
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase, UserError

REPO = Path(__file__).resolve().parents[2]


def test_the_english_text_is_the_template_filled_in():
    error = UserError(
        QT_TRANSLATE_NOOP("Errors", "There is no concept called “{name}”."), name="Détente"
    )
    assert str(error) == "There is no concept called “Détente”."
    assert error.template == "There is no concept called “{name}”."
    assert error.params == {"name": "Détente"}


def test_a_message_without_values_may_hold_braces():
    # Text the UI already translated arrives finished; it is never formatted again.
    assert str(UserError("Use {{ title }} in a template")) == "Use {{ title }} in a template"


def test_a_phrase_or_an_error_inside_a_message_reads_as_its_english_text():
    inner = UserError(QT_TRANSLATE_NOOP("Errors", "The database {path} does not exist."), path="x")
    error = UserError(
        QT_TRANSLATE_NOOP("Errors", "The backup {backup} cannot be restored: {error}"),
        backup="b.sqlite3",
        error=inner,
    )
    assert str(error) == "The backup b.sqlite3 cannot be restored: The database x does not exist."
    reason = Phrase(QT_TRANSLATE_NOOP("Errors", "the disk is full"))
    assert f"{reason}" == "the disk is full"


def test_a_document_error_names_the_file_and_keeps_its_reason():
    error = DocumentError(
        "/notes/a.txt",
        QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({problem})"),
        problem="Input/output error",
    )
    assert str(error) == "/notes/a.txt: the file cannot be read (Input/output error)"
    assert error.path == Path("/notes/a.txt")
    assert error.reason == "the file cannot be read (Input/output error)"
    assert error.reason_template == "the file cannot be read ({problem})"


# The classes whose message a reader sees, and where their English template stands.
_ERRORS = {"UserError": 0, "LibraryError": 0, "DocumentError": 1, "Phrase": 0}


def _marked(node: ast.expr) -> bool:
    """``QT_TRANSLATE_NOOP("Errors", "literal")``: what lupdate extracts."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and len(node.args) == 2
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        and node.args[0].value == "Errors"  # type: ignore[attr-defined]
    )


def test_every_message_core_and_store_raise_can_be_translated():
    unmarked = []
    for folder in ("core", "store"):
        for path in sorted((REPO / "reader" / folder).rglob("*.py")):
            if path.name == "errors.py":  # where the classes pass templates along
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                position = _ERRORS.get(node.func.id)
                if position is None or len(node.args) <= position:
                    continue
                if not _marked(node.args[position]):
                    unmarked.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert not unmarked, "messages not marked QT_TRANSLATE_NOOP('Errors', ...): " + ", ".join(
        unmarked
    )
