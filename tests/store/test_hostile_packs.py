"""A class pack is a stranger's file: hostile ones are refused whole, with one line that
names the pack and the problem, and the library is left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.core.errors import DocumentError
from reader.store import class_packs, handbacks, identity
from reader.store.articles import find_article, import_paths
from reader.store.class_files import import_class_files
from reader.store.highlights import create_highlight, find_quote
from tests.packs_support import (
    SEEDS,
    declaring,
    members,
    opened,
    rezip,
    with_raw_name,
    with_symlink,
)
from tests.store.test_class_packs import ARTICLE, TEACHER_QUOTE, _state

MB = 1024 * 1024


@pytest.fixture
def good_pack(tmp_path: Path) -> bytes:
    path = tmp_path / "good.marginalia"
    with opened(tmp_path / "teacher"):
        list(import_paths([SEEDS]))
        article = find_article(ARTICLE)
        start, end = find_quote(article.id, TEACHER_QUOTE)
        create_highlight(article.id, start, end, note="teacher's note")
        identity.set_your_name("Bu Sari")
        class_packs.export_pack(path, [article.id], "Read it")
    return path.read_bytes()


def _annotations(pack: bytes) -> Any:
    return json.loads(members(pack)["annotations.json"])


def _bad_annotation(pack: bytes, edit: dict[str, object]) -> bytes:
    collection = _annotations(pack)
    item = collection["first"]["items"][0]
    item.update(edit)
    return rezip(pack, {"annotations.json": json.dumps(collection).encode()})


def _hostile(good: bytes) -> dict[str, tuple[bytes, str]]:
    """Each hostile pack, and words its message must hold."""
    zeros = b"\0" * (12 * MB)
    return {
        "bomb": (rezip(good, {"articles/01/article.md": zeros}), "zip bomb"),
        "total": (
            _declared_total(good),
            "in all",
        ),
        "traversal": (with_raw_name(good, "../../.bashrc", b"rm -rf ~"), "../../.bashrc"),
        "absolute": (with_raw_name(good, "/etc/passwd", b"x"), "/etc/passwd"),
        "symlink": (with_symlink(good, "articles/link.md", "/etc/passwd"), "symbolic link"),
        "declared 1 GB": (declaring(good, "articles/01/article.md", 1024 * MB), "zip bomb"),
        "oversize": (declaring(good, "articles/01/article.md", 30 * MB, 30 * MB), "30 MB"),
        "bad json": (
            rezip(good, {"annotations.json": b'{"type": "AnnotationCollection", "first": ['}),
            "not valid JSON",
        ),
        "deep json": (
            rezip(good, {"annotations.json": b"[" * 200_000 + b"]" * 200_000}),
            "nested too deeply",
        ),
        "bad manifest": (rezip(good, {"manifest.json": b"{nope"}, checksums=False), "manifest"),
        "newer version": (rezip(good, manifest_edit={"version": 2}), "newer Marginalia"),
        "no manifest": (_without(good, "manifest.json"), "no manifest"),
        "tampered": (
            rezip(good, {"instruction.txt": b"Ignore your teacher"}, checksums=False),
            "checksum",
        ),
        "text not its id": (
            rezip(good, {"articles/01/source.txt": b"other text"}),
            "does not match its id",
        ),
        "no quote": (
            _bad_annotation(
                good,
                {"target": {"source": _annotations(good)["first"]["items"][0]["target"]["source"]}},
            ),
            "annotation 1",
        ),
        "foreign creator": (
            _bad_annotation(
                good,
                {
                    "creator": {
                        "id": "urn:uuid:00000000-0000-4000-8000-000000000000",
                        "name": "Mallory",
                    }
                },
            ),
            "creator",
        ),
        "huge note": (
            _bad_annotation(
                good,
                {"body": [{"type": "TextualBody", "purpose": "commenting", "value": "x" * 30_000}]},
            ),
            "longer than",
        ),
        "html body": (
            _bad_annotation(good, {"body": {"type": "Image", "id": "http://x/y.png"}}),
            "TextualBody",
        ),
        "not a zip": (b"<html>not a pack</html>", "damaged"),
    }


def _declared_total(good: bytes) -> bytes:
    """Five members that each declare 20 MB, packed as they are (no bomb ratio): 100 MB."""
    padded = rezip(good, {f"extra/{n}.txt": b"x" for n in range(5)})
    for n in range(5):
        padded = declaring(padded, f"extra/{n}.txt", 20 * MB, 20 * MB)
    return padded


def _without(pack: bytes, name: str) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member, data in members(pack).items():
            if member != name:
                archive.writestr(member, data)
    return buffer.getvalue()


def test_the_good_pack_opens(good_pack: bytes, tmp_path: Path):
    path = tmp_path / "good-copy.marginalia"
    path.write_bytes(good_pack)
    with opened(tmp_path / "student"):
        [outcome] = list(import_class_files([path]))
        assert not isinstance(outcome, DocumentError), outcome


def test_every_hostile_pack_is_refused_with_one_line_and_changes_nothing(
    good_pack: bytes, tmp_path: Path
):
    hostile = _hostile(good_pack)
    with opened(tmp_path / "student"):
        # A student with a library of their own: an earlier pack, their own notes.
        list(import_paths([SEEDS]))
        article = find_article("Aliansi Keamanan")
        start, end = find_quote(article.id, "Aliansi", 1)
        create_highlight(article.id, start, end, note="mine")
        before = _state()
        for name, (data, words) in hostile.items():
            path = tmp_path / f"{name}.marginalia"
            path.write_bytes(data)
            [outcome] = list(import_class_files([path]))
            assert isinstance(outcome, DocumentError), name
            message = str(outcome)
            assert str(path) in message and words in message, (name, message)
            assert "\n" not in message, (name, message)
            assert _state() == before, name


def test_hostile_handbacks_are_refused_and_change_nothing(good_pack: bytes, tmp_path: Path):
    pack = tmp_path / "good.marginalia"
    pack.write_bytes(good_pack)
    with opened(tmp_path / "ani"):
        [opened_pack] = list(import_class_files([pack]))
        assert not isinstance(opened_pack, DocumentError)
        [article_id] = opened_pack.article_ids
        start, end = find_quote(article_id, TEACHER_QUOTE)
        create_highlight(article_id, start, end, note="Ani's")
        identity.set_your_name("Ani")
        good: Any = handbacks.handback_json()
    items = good["first"]["items"]
    cases: dict[str, tuple[object, str]] = {
        "not json": ("{", "not valid JSON"),
        "deep json": ("[" * 200_000 + "]" * 200_000, "nested too deeply"),
        "plain w3c": ({"type": "AnnotationCollection", "total": 0}, "import-annotations"),
        "newer": (
            {**good, "marginaliaHandback": {**good["marginaliaHandback"], "version": 9}},
            "newer",
        ),
        "someone else's annotation": (
            {
                **good,
                "first": {
                    "type": "AnnotationPage",
                    "items": [
                        {
                            **items[0],
                            "creator": {
                                "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
                                "name": "X",
                            },
                        }
                    ],
                },
            },
            "creator",
        ),
        "position not numbers": (
            {
                **good,
                "first": {
                    "type": "AnnotationPage",
                    "items": [
                        {
                            **items[0],
                            "target": {
                                **items[0]["target"],
                                "selector": [
                                    *items[0]["target"]["selector"],
                                    {"type": "TextPositionSelector", "start": True, "end": "9"},
                                ],
                            },
                        }
                    ],
                },
            },
            "position",
        ),
    }
    with opened(tmp_path / "teacher"):
        before = _state()
        for name, (content, words) in cases.items():
            path = tmp_path / f"{name}.json"
            path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
            [outcome] = list(import_class_files([path]))
            assert isinstance(outcome, DocumentError), name
            assert str(path) in str(outcome) and words in str(outcome), (name, str(outcome))
            assert _state() == before, name
