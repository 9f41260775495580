"""Shared checks for export tests: pandoc, cmark-gfm, the W3C annotation suite, marks in HTML.

Exports are read by the tools people use: pandoc 2 (Debian's, on PATH), pandoc 3 (the
binary the pypandoc-binary wheel ships, a test dependency), cmark-gfm (GitHub's parser,
Debian's package) and markdown-it. The system tools and the W3C suite live outside the
venv. Locally a test skips without them; in CI (the CI environment variable set) their
absence fails the test, so CI can never pass by skipping what the issue requires.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from datetime import datetime
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

REPO = Path(__file__).resolve().parents[3]
W3C_SUITE = REPO / ".." / "shared" / "w3c-annotation-tests"


def need(available: bool, what: str) -> None:
    """Skip without ``what`` locally; fail without it in CI."""
    if available:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is required in CI but missing")
    pytest.skip(f"{what} is not available (install it; CI requires it)")


def pandoc3() -> str:
    """The pandoc 3 binary of the pypandoc-binary wheel."""
    path: str | None = None
    try:
        import pypandoc

        # Without its own binary pypandoc falls back to the pandoc on PATH: not version 3.
        if int(str(pypandoc.get_pandoc_version()).split(".")[0]) >= 3:
            path = str(pypandoc.get_pandoc_path())
    except (ImportError, OSError, ValueError):
        pass
    need(path is not None, "pandoc 3 (pip install pypandoc-binary)")
    assert path is not None
    return path


def pandoc_html(markdown: str, reader: str, pandoc: str | None = None) -> str:
    """``markdown`` as HTML by pandoc reading ``reader`` (gfm, commonmark_x, ...).

    ``pandoc`` is the binary to run: Debian's pandoc 2 on PATH unless given.
    """
    pandoc = pandoc or shutil.which("pandoc")
    need(pandoc is not None, "pandoc")
    assert pandoc is not None
    return _output([pandoc, "-f", reader, "-t", "html"], markdown)


def _output(command: list[str], markdown: str) -> str:
    """What ``command`` prints reading ``markdown`` on its standard input."""
    done = subprocess.run(
        command, input=markdown, capture_output=True, text=True, check=True, timeout=60
    )
    return done.stdout


# What GitHub runs: cmark-gfm with its extensions, raw HTML left in (GitHub sanitises the
# HTML afterwards, so escaping must hold without the sanitiser's help).
GITHUB_EXTENSIONS = ("table", "strikethrough", "autolink", "tagfilter", "tasklist", "footnotes")


def github_html(markdown: str) -> str:
    """``markdown`` as HTML by cmark-gfm, as GitHub renders a Markdown file."""
    cmark = shutil.which("cmark-gfm")
    need(cmark is not None, "cmark-gfm (apt install cmark-gfm)")
    assert cmark is not None
    extensions = [arg for name in GITHUB_EXTENSIONS for arg in ("-e", name)]
    return _output([cmark, *extensions, "--unsafe"], markdown)


def pandoc_metadata(markdown: str, reader: str) -> dict[str, Any]:
    """The front matter as pandoc read it (its YAML metadata block)."""
    pandoc = shutil.which("pandoc")
    need(pandoc is not None, "pandoc")
    assert pandoc is not None
    document = _output([pandoc, "-f", f"{reader}+yaml_metadata_block", "-t", "json"], markdown)
    meta: dict[str, Any] = json.loads(document)["meta"]
    return meta


def meta_text(value: dict[str, Any]) -> str:
    """A pandoc MetaInlines value as plain text."""
    parts = []
    for item in value["c"]:
        if item["t"] == "Str":
            parts.append(item["c"])
        elif item["t"] == "Space":
            parts.append(" ")
    return "".join(parts)


def front_matter(markdown: str) -> dict[str, str]:
    """The simple front matter we write: ``key: "json-quoted value"`` lines between ---."""
    assert markdown.startswith("---\n"), markdown[:80]
    block = markdown[4 : markdown.index("\n---\n", 4)]
    found = {}
    for line in block.splitlines():
        key, _, value = line.partition(": ")
        found[key] = json.loads(value)
    return found


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.marks: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "mark":
            if self.depth == 0:
                self.marks.append("")
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.marks[-1] += data


def marks_in(html: str) -> list[str]:
    """The text of each <mark> element of ``html``, in order."""
    parser = _Marks()
    parser.feed(html)
    return parser.marks


def tags_in(html: str) -> list[str]:
    parser = _Marks()
    parser.feed(html)
    return parser.tags


# --- the W3C Web Annotation test suite -------------------------------------------------

_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$")


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        return datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _format_checker() -> FormatChecker:
    # jsonschema checks "uri" and "date-time" only with extra packages; the suite leans on
    # them, so check them here, strictly (a scheme and no spaces; a timezone).
    checker = FormatChecker()
    checker.checks("uri")(lambda v: not isinstance(v, str) or bool(_URI.match(v)))
    checker.checks("date-time")(lambda v: not isinstance(v, str) or _is_date_time(v))
    return checker


@lru_cache(maxsize=1)
def _suite() -> tuple[Registry[Any], dict[str, dict[str, Any]]]:
    schemas: dict[str, dict[str, Any]] = {}
    registry: Registry[Any] = Registry()
    for folder in ("definitions", "annotations", "collections"):
        for path in sorted((W3C_SUITE / folder).rglob("*.json")):
            contents = json.loads(path.read_text(encoding="utf-8"))
            # Registered under their own relative ids ("annotations.json"): the suite's
            # $refs name them so, and in draft 4 a root "$ref" ignores the "id" beside it.
            resource = Resource.from_contents(contents, default_specification=DRAFT4)
            registry = registry.with_resource(str(contents.get("id", path.name)), resource)
            schemas[str(path.relative_to(W3C_SUITE))] = contents
    return registry.crawl(), schemas


def must_assertions(test_file: str) -> list[str]:
    """The assertion schemas a ``.test`` file of the suite lists (e.g. the "musts")."""
    need(W3C_SUITE.is_dir(), f"the W3C annotation test suite at {W3C_SUITE}")
    listed = json.loads((W3C_SUITE / test_file).read_text(encoding="utf-8"))
    return [str(a) for a in listed["assertions"]]


def must_failures(document: dict[str, Any], test_file: str) -> list[str]:
    """The must-assertions of ``test_file`` that ``document`` fails, with their messages."""
    assertions = must_assertions(test_file)
    registry, schemas = _suite()
    failures = []
    for name in assertions:
        schema = schemas[name]
        assert schema["assertionType"] == "must" and schema["expectedResult"] == "valid"
        validator = Draft4Validator(schema, registry=registry, format_checker=_format_checker())
        errors = list(validator.iter_errors(document))
        if errors:
            failures.append(f"{name}: {schema.get('errorMessage')} ({errors[0].message[:200]})")
    return failures
