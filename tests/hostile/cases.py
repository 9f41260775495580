"""Hostile inputs, generated: files, annotation files, templates, export targets, arguments,
damaged databases and articles the window must open — each issue #19 found, and more of
each kind.

A case builds its input in a work folder beside a copy of a small library (``lib``) and
says which command to run on it and what a user must get: the input imported (or the
command done), or a plain refusal naming ``names``. tests/hostile/test_hostile_inputs.py
runs every case and bench/hostile.py reports how long each took.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import string
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Expect = Literal["done", "refused", "either"]
MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    build: Callable[[Path], list[str]]  # work folder -> the command's arguments
    expect: Expect
    names: str = ""  # what a refusal must name (a file name, a word)
    module: str = "reader"  # the program to run: reader, or the window helper


def _letters(count: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters) for _ in range(count))


def _words(count: int, seed: int = 2) -> str:
    rng = random.Random(seed)
    return " ".join(
        "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
        for _ in range(count)
    )


def _lib(work: Path) -> str:
    return str(work / "lib")


def _article(work: Path, name: str, content: str | bytes) -> list[str]:
    path = work / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return ["--data-dir", _lib(work), "import", str(path)]


def _content_hash(work: Path) -> str:
    conn = sqlite3.connect(work / "lib" / "library.sqlite3")
    try:
        return str(conn.execute("SELECT content_hash FROM article ORDER BY id").fetchone()[0])
    finally:
        conn.close()


def _annotation(n: int, quote: str = "Perang Dingin", **changes: object) -> dict[str, object]:
    annotation: dict[str, object] = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"urn:uuid:7d3b9a10-4c2e-4f1a-8b6d-{n:012d}",
        "type": "Annotation",
        "created": "2024-05-01T10:00:00Z",
        "modified": "2024-05-01T10:00:00Z",
        "body": [{"type": "TextualBody", "purpose": "commenting", "value": f"catatan {n}"}],
        "target": {
            "source": "http://example.org/elsewhere",
            "selector": [
                {"type": "TextQuoteSelector", "exact": quote},
                {"type": "TextPositionSelector", "start": 0, "end": len(quote)},
            ],
        },
    }
    annotation.update(changes)
    return annotation


def _annotations(work: Path, name: str, data: object | str) -> list[str]:
    path = work / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return ["--data-dir", _lib(work), "import-annotations", str(path)]


def _template(work: Path, text: str, name: str = "mine.md.j2") -> list[str]:
    path = work / name
    path.write_text(text, encoding="utf-8")
    return ["--data-dir", _lib(work), "export", "--format", "md", "--template", str(path)]


def _fifo(work: Path, name: str) -> Path:
    path = work / name
    os.mkfifo(path)
    return path


def _export_to(target: Callable[[Path], Path], fmt: str = "md") -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        args = ["--data-dir", _lib(work), "export", "--format", fmt, "-o", str(target(work))]
        return [*args, "--article", "1"] if fmt in ("pdf", "handout") else args

    return build


def _hard_link(work: Path) -> Path:
    link = work / "notes-hard.md"
    os.link(work / "lib" / "library.sqlite3", link)
    return link


def _symlink(work: Path, name: str, to: Path | str) -> Path:
    link = work / name
    link.symlink_to(to)
    return link


def _newest_backup(work: Path) -> Path:
    return max((work / "lib" / "backups").glob("*.sqlite3"))


def _damage_text(work: Path) -> None:
    conn = sqlite3.connect(work / "lib" / "library.sqlite3")
    try:
        conn.execute(
            "UPDATE article SET title = CAST(CAST(title AS BLOB) || x'ffed' AS TEXT) "
            "WHERE id = (SELECT min(id) FROM article)"
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _damage_schema(work: Path) -> None:
    conn = sqlite3.connect(work / "lib" / "library.sqlite3")
    try:
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute(
            "UPDATE sqlite_master SET sql = CAST(CAST(sql AS BLOB) || x'20ed' AS TEXT) "
            "WHERE rowid = (SELECT min(rowid) FROM sqlite_master WHERE type = 'index' "
            "AND sql IS NOT NULL)"
        )
        conn.commit()
    finally:
        conn.close()


def _flip_bytes(work: Path, seed: int) -> None:
    path = work / "lib" / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    for _ in range(rng.choice([1, 5, 50])):
        data[rng.randrange(len(data))] = rng.randrange(256)
    path.write_bytes(bytes(data))


def _with(
    prepare: Callable[[Path], object], args: Callable[[Path], list[str]]
) -> Callable[[Path], list[str]]:
    def build(work: Path) -> list[str]:
        prepare(work)
        return args(work)

    return build


def _in_window(markdown_name: str, content: str) -> Callable[[Path], list[str]]:
    """Import an article (as the setup), then open it in the real window (the case)."""

    def build(work: Path) -> list[str]:
        from tests.hostile.running import run_command

        path = work / markdown_name
        path.write_text(content, encoding="utf-8")
        made = run_command(["--data-dir", _lib(work), "import", str(path)], work)
        article_id = made.stdout.split("\t", 1)[0]
        return [_lib(work), article_id]

    return build


def _long_note(work: Path) -> None:
    from tests.hostile.running import run_command

    note = work / "note.txt"
    note.write_text(_letters(MB), encoding="utf-8")
    run_command([_lib(work), str(note)], work, module="tests.hostile.make_note")


def _pending_flood(work: Path) -> None:
    from tests.hostile.running import run_command

    path = work / "flood.json"
    path.write_text(json.dumps([_annotation(n, f"kutipan {n}") for n in range(2500)]))
    run_command(["--data-dir", _lib(work), "import-annotations", str(path)], work)


HTML_HEAD = "<html><head>{meta}<title>Judul Halaman</title></head><body><article>"
HTML_BODY = (
    "<p>Diplomasi détente meredakan ketegangan antara dua negara yang bermusuhan.</p>"
    "<p>Kedua negara membuka dialog bilateral dan kerja sama di berbagai bidang.</p>"
    "</article></body></html>"
)


def _page(meta: str) -> str:
    return HTML_HEAD.format(meta=meta) + HTML_BODY


def _article_cases() -> list[Case]:
    cases = [
        Case(
            "link syntax ']('×1 MB (.md)",
            "article",
            lambda w: _article(w, "links.md", "# Judul\n\n" + "](" * (MB // 2)),
            "done",
        ),
        Case(
            "link syntax ']('×1 MB (.txt)",
            "article",
            lambda w: _article(w, "links.txt", "Judul\n\n" + "](" * (MB // 2)),
            "refused",  # past the copied-text cleaner's bound: said, with the limits
            "links.txt",
        ),
        Case(
            "autolinks '<a:'×1 MB",
            "article",
            lambda w: _article(w, "auto.md", "# Judul\n\n" + "<a:" * (MB // 3)),
            "done",
        ),
        Case(
            "one 5 MB line (.txt)",
            "article",
            lambda w: _article(w, "line.txt", "Judul\n\n" + _letters(5 * MB)),
            "refused",  # past the copied-text cleaner's bound: said, with the limits
            "line.txt",
        ),
        Case(
            "one 5 MB line (.md)",
            "article",
            lambda w: _article(w, "line.md", "# Judul\n\n" + _letters(5 * MB)),
            "done",
        ),
        Case(
            "a 5 MB paragraph of words",
            "article",
            lambda w: _article(w, "words.md", "# Judul\n\n" + _words(800_000)),
            "done",
        ),
        Case(
            "'['×1 MB",
            "article",
            lambda w: _article(w, "brackets.md", "[" * MB),
            "either",
            "brackets.md",
        ),
        Case(
            "'*'×1 MB", "article", lambda w: _article(w, "stars.md", "*" * MB), "either", "stars.md"
        ),
        Case(
            "'> '×100,000 (quotes in quotes)",
            "article",
            lambda w: _article(w, "quotes.md", "> " * 100_000 + "teks"),
            "done",
        ),
        Case(
            "'- '×50,000 nested lists",
            "article",
            lambda w: _article(w, "lists.md", "".join("  " * i + "- a\n" for i in range(2000))),
            "done",
        ),
        Case(
            "backticks×1 MB",
            "article",
            lambda w: _article(w, "ticks.md", "`" * MB),
            "either",
            "ticks.md",
        ),
        Case(
            "a table row of 20,000 cells",
            "article",
            lambda w: _article(w, "table.md", "|a" * 20_000 + "|\n" + "|-" * 20_000 + "|\n"),
            "either",
            "table.md",
        ),
        Case(
            "HTML nested 100,000 divs",
            "article",
            lambda w: _article(w, "deep.html", "<div>" * 100_000 + "teks" + "</div>" * 100_000),
            "either",
            "deep.html",
        ),
        Case(
            "HTML of 5 MB tiny paragraphs",
            "article",
            lambda w: _article(
                w,
                "tiny.html",
                "<html><body>"
                + "".join(f"<p>kata {i}</p>" for i in range(5 * MB // 15))
                + "</body></html>",
            ),
            "either",
            "tiny.html",
        ),
        Case(
            "a UTF-32 (LE) file",
            "article",
            lambda w: _article(
                w, "u32le.txt", "\ufeffJudul Tiga Dua\n\nIsi.\n".encode("utf-32-le")
            ),
            "done",
        ),
        Case(
            "a UTF-32 (BE) file",
            "article",
            lambda w: _article(
                w, "u32be.txt", "\ufeffJudul Tiga Dua\n\nIsi.\n".encode("utf-32-be")
            ),
            "done",
        ),
        Case(
            "a FIFO named .txt",
            "article",
            lambda w: ["--data-dir", _lib(w), "import", str(_fifo(w, "pipe.txt"))],
            "refused",
            "pipe.txt",
        ),
        Case(
            "a FIFO named .marginalia (a class pack)",
            "article",
            lambda w: ["--data-dir", _lib(w), "import", str(_fifo(w, "pipe.marginalia"))],
            "refused",
            "pipe.marginalia",
        ),
        Case(
            "a link to /dev/zero named .marginalia",
            "article",
            lambda w: [
                *["--data-dir", _lib(w), "import"],
                str(_symlink(w, "zero.marginalia", "/dev/zero")),
            ],
            "refused",
            "zero.marginalia",
        ),
        Case(
            "a FIFO named .pdf",
            "article",
            lambda w: ["--data-dir", _lib(w), "import", str(_fifo(w, "pipe.pdf"))],
            "refused",
            "pipe.pdf",
        ),
        Case(
            "a link to /dev/zero",
            "article",
            lambda w: ["--data-dir", _lib(w), "import", str(_symlink(w, "zero.txt", "/dev/zero"))],
            "refused",
            "zero.txt",
        ),
        Case(
            "a link to /dev/urandom",
            "article",
            lambda w: [
                "--data-dir",
                _lib(w),
                "import",
                str(_symlink(w, "random.md", "/dev/urandom")),
            ],
            "refused",
            "random.md",
        ),
        Case(
            "a folder that links to itself", "article", lambda w: _loop_folder(w), "either", "loop"
        ),
        Case(
            "21 MB of text",
            "article",
            lambda w: _article(w, "big.txt", ("kata " * (21 * MB // 5))),
            "refused",
            "big.txt",
        ),
        Case(
            "NUL bytes",
            "article",
            lambda w: _article(w, "nul.txt", b"Judul\x00\x00" * 1000),
            "refused",
            "nul.txt",
        ),
        Case(
            "random bytes",
            "article",
            lambda w: _article(w, "noise.txt", random.Random(5).randbytes(MB)),
            "refused",
            "noise.txt",
        ),
        Case(
            "an empty file", "article", lambda w: _article(w, "empty.md", ""), "refused", "empty.md"
        ),
    ]
    for label in ("rot13", "base64", "undefined", "hex", "zlib", "bz2", "uu"):
        cases.append(
            Case(
                f"<meta charset={label}>",
                "article",
                _charset_page(label),
                "done",
            )
        )
    return cases


def _charset_page(label: str) -> Callable[[Path], list[str]]:
    return lambda w: _article(w, f"{label}.html", _page(f'<meta charset="{label}">'))


def _flipper(seed: int) -> Callable[[Path], None]:
    return lambda w: _flip_bytes(w, seed)


def _annotations_bytes(work: Path, name: str, data: bytes) -> list[str]:
    (work / name).write_bytes(data)
    return ["--data-dir", _lib(work), "import-annotations", str(work / name)]


def _loop_folder(work: Path) -> list[str]:
    folder = work / "loop"
    folder.mkdir()
    (folder / "a.txt").write_text("Judul A\n\nIsi artikel A.\n")
    (folder / "again").symlink_to(folder)
    return ["--data-dir", _lib(work), "import", str(folder)]


def _annotation_cases() -> list[Case]:
    deep = lambda depth: "[" * depth + "]" * depth  # noqa: E731
    return [
        Case(
            "JSON nested 990 levels",
            "annotations",
            lambda w: _annotations(w, "deep.json", deep(990)),
            "refused",
            "deep.json",
        ),
        Case(
            "JSON nested 100,000 levels",
            "annotations",
            lambda w: _annotations(w, "deeper.json", deep(100_000)),
            "refused",
            "deeper.json",
        ),
        Case(
            "annotations nested in 900 lists",
            "annotations",
            lambda w: _annotations(
                w, "lists.json", deep(900).replace("[]", "[" + json.dumps(_annotation(1)) + "]")
            ),
            "refused",
            "lists.json",
        ),
        Case(
            "urn:uuid: of 36 dashes",
            "annotations",
            lambda w: _annotations(w, "dashes.json", _annotation(1, id="urn:uuid:" + "-" * 36)),
            "done",
        ),
        Case(
            "created in year 1 with a timezone",
            "annotations",
            lambda w: _annotations(
                w, "year1.json", _annotation(1, created="0001-01-01T00:00:00+05:00")
            ),
            "done",
        ),
        Case(
            "modified in year 9999 with a timezone",
            "annotations",
            lambda w: _annotations(
                w, "year9999.json", _annotation(1, modified="9999-12-31T23:59:59-05:00")
            ),
            "done",
        ),
        Case(
            "start of 10^30",
            "annotations",
            lambda w: _annotations(
                w,
                "huge.json",
                {
                    **_annotation(1),
                    "target": {
                        "source": "x",
                        "selector": [
                            {"type": "TextQuoteSelector", "exact": "Perang Dingin"},
                            {"type": "TextPositionSelector", "start": 10**30, "end": 10**30 + 3},
                        ],
                    },
                },
            ),
            "done",
        ),
        Case(
            "a number of 5,000 digits",
            "annotations",
            lambda w: _annotations(w, "digits.json", '{"total": ' + "9" * 5000 + "}"),
            "refused",
            "digits.json",
        ),
        Case(
            "a 1 MB quote on the library's article",
            "annotations",
            lambda w: _annotations(
                w,
                "quote.json",
                {
                    **_annotation(1, _words(150_000)),
                    "target": {
                        "source": "urn:marginalia:article:sha256:" + _content_hash(w),
                        "selector": {"type": "TextQuoteSelector", "exact": _words(150_000)},
                    },
                },
            ),
            "either",
            "quote.json",
        ),
        Case(
            "49 KB quotes on the library's article, 150 of them",
            "annotations",
            lambda w: _annotations(
                w,
                "quotes.json",
                [
                    {
                        **_annotation(n),
                        "target": {
                            "source": "urn:marginalia:article:sha256:" + _content_hash(w),
                            "selector": {
                                "type": "TextQuoteSelector",
                                "exact": _words(7_000, seed=n),
                            },
                        },
                    }
                    for n in range(150)
                ],
            ),
            "either",
            "quotes.json",
        ),
        Case(
            "a 1 MB note",
            "annotations",
            lambda w: _annotations(
                w,
                "note.json",
                {**_annotation(1), "body": {"type": "TextualBody", "value": _letters(MB)}},
            ),
            "either",
            "note.json",
        ),
        Case(
            "a concept name of 5,000 characters",
            "annotations",
            lambda w: _annotations(
                w,
                "concept.json",
                {
                    **_annotation(1),
                    "body": {"type": "TextualBody", "purpose": "tagging", "value": "k" * 5000},
                },
            ),
            "either",
        ),
        Case(
            "5,000 annotations (the limit)",
            "annotations",
            lambda w: _annotations(
                w, "many.json", [_annotation(n, "Perang Dingin") for n in range(5000)]
            ),
            "done",
        ),
        Case(
            "6,000 annotations",
            "annotations",
            lambda w: _annotations(w, "toomany.json", [_annotation(n) for n in range(6000)]),
            "refused",
            "toomany.json",
        ),
        Case(
            "a 12 MB annotation file",
            "annotations",
            lambda w: _annotations(
                w, "big.json", [_annotation(n, _words(900, n)) for n in range(2000)]
            ),
            "refused",
            "big.json",
        ),
        Case(
            "a million empty objects",
            "annotations",
            lambda w: _annotations(w, "braces.json", "[" + "{}," * 1_000_000 + "{}]"),
            "refused",
            "braces.json",
        ),
        Case(
            "2,500 annotations waiting for articles",
            "annotations",
            lambda w: _annotations(
                w, "waiting.json", [_annotation(n, f"kutipan {n}") for n in range(2500)]
            ),
            "done",
        ),
        Case(
            "an article import after 2,000 annotations wait",
            "annotations",
            _with(_pending_flood, lambda w: _article(w, "after.md", "# Baru\n\n" + _words(40_000))),
            "done",
        ),
        Case(
            "a FIFO named .json",
            "annotations",
            lambda w: ["--data-dir", _lib(w), "import-annotations", str(_fifo(w, "pipe.json"))],
            "refused",
            "pipe.json",
        ),
        Case(
            "an annotation file that is not UTF-8",
            "annotations",
            lambda w: _annotations_bytes(w, "latin.json", b'{"a": "\xff"}'),
            "refused",
            "latin.json",
        ),
    ]


def _template_cases() -> list[Case]:
    escape = '{% include "escape.md.j2" %}'
    return [
        Case(
            "template: list doubling",
            "template",
            lambda w: _template(
                w,
                "{% set ns = namespace(l=[1]) %}{% for i in range(60) %}"
                "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l | length }}",
            ),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: 'x' * 10**10",
            "template",
            lambda w: _template(w, "{{ 'x' * 10**10 }}"),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: nested range(100000) loops",
            "template",
            lambda w: _template(
                w,
                "{% for a in range(100000) %}{% for b in range(100000) %}{{ a }}{% endfor %}"
                "{% endfor %}",
            ),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: includes itself",
            "template",
            lambda w: _template(w, '{% include "mine.md.j2" %}'),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: includes /etc/passwd",
            "template",
            lambda w: _template(w, '{% include "/etc/passwd" %}'),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: a link out of its folder",
            "template",
            lambda w: (_symlink(w, "escape.md.j2", "/etc/passwd"), _template(w, escape))[1],
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: a macro calling itself",
            "template",
            lambda w: _template(w, "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}"),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: center(10**10)",
            "template",
            lambda w: _template(w, "{{ 'x' | center(10**10) }}"),
            "refused",
            "mine.md.j2",
        ),
        Case(
            "template: a FIFO",
            "template",
            lambda w: [
                "--data-dir",
                _lib(w),
                "export",
                "--format",
                "md",
                "--template",
                str(_fifo(w, "pipe.md.j2")),
            ],
            "refused",
            "pipe.md.j2",
        ),
    ]


def _export_cases() -> list[Case]:
    lib = lambda w: w / "lib"  # noqa: E731
    return [
        Case(
            "-o the library",
            "export",
            _export_to(lambda w: lib(w) / "library.sqlite3"),
            "refused",
            "library.sqlite3",
        ),
        Case(
            "-o the library's -wal",
            "export",
            _export_to(lambda w: lib(w) / "library.sqlite3-wal"),
            "refused",
            "library.sqlite3-wal",
        ),
        Case(
            "-o the library's -shm",
            "export",
            _export_to(lambda w: lib(w) / "library.sqlite3-shm"),
            "refused",
            "library.sqlite3-shm",
        ),
        Case("-o a backup", "export", _export_to(_newest_backup), "refused", "backups"),
        Case(
            "-o a link to the library",
            "export",
            _export_to(lambda w: _symlink(w, "link.md", lib(w) / "library.sqlite3")),
            "refused",
            "link.md",
        ),
        Case(
            "-o a hard link to the library",
            "export",
            _export_to(_hard_link),
            "refused",
            "notes-hard.md",
        ),
        Case(
            "-o the library, as PDF",
            "export",
            _export_to(lambda w: lib(w) / "library.sqlite3", "pdf"),
            "refused",
            "library.sqlite3",
        ),
        Case(
            "-o the library, as a class pack",
            "export",
            lambda w: [
                *_export_to(lambda w: lib(w) / "library.sqlite3", "pack")(w),
                *["--article", "1", "--name", "Bu Sari"],
            ],
            "refused",
            "library.sqlite3",
        ),
        Case(
            "-o the library, as a class summary",
            "export",
            _export_to(lambda w: lib(w) / "library.sqlite3", "summary"),
            "refused",
            "library.sqlite3",
        ),
        Case("-o a FIFO", "export", _export_to(lambda w: _fifo(w, "out.md")), "refused", "out.md"),
        Case(
            "-o a link to /dev/null",
            "export",
            _export_to(lambda w: _symlink(w, "null.md", "/dev/null")),
            "refused",
            "null.md",
        ),
        Case(
            "backup -o the library",
            "export",
            lambda w: ["--data-dir", _lib(w), "backup", "-o", str(lib(w) / "library.sqlite3")],
            "refused",
            "library.sqlite3",
        ),
        Case(
            "a PDF of an article with a 1 MB note",
            "export",
            _with(_long_note, _export_to(lambda w: w / "handout.pdf", "pdf")),
            "done",
        ),
    ]


def _argument_cases() -> list[Case]:
    def export(article: str) -> Callable[[Path], list[str]]:
        return lambda w: ["--data-dir", _lib(w), "export", "--format", "md", "--article", article]

    return [
        Case("ARTICLE '²'", "argument", export("²"), "refused", "²"),
        Case("ARTICLE of 20 digits", "argument", export("9" * 20), "refused", "9999"),
        Case("ARTICLE of 5,000 digits", "argument", export("9" * 5000), "refused", "9999"),
        Case(
            "--note 'marginalia://open/3/x'",
            "argument",
            lambda w: [
                "--data-dir",
                _lib(w),
                "highlight",
                "1",
                "--quote",
                "a",
                "--occurrence",
                "1",
                "--note",
                "marginalia://open/3/x",
                "--allow-duplicate",  # the base library's highlight is on the same passage
            ],
            "done",
        ),
        Case(
            "search marginalia://open",
            "argument",
            lambda w: ["--data-dir", _lib(w), "search", "marginalia://open"],
            # Searched: found, or "No results for “marginalia://open”" (status 1, as grep);
            # taken for a link, the search would lack its words and not name them.
            "either",
            "marginalia://open",
        ),
        Case("a relative --data-dir", "argument", lambda w: ["--data-dir", "lib", "list"], "done"),
    ]


def _damage_cases() -> list[Case]:
    cases = [
        Case(
            "damaged text: check",
            "damage",
            _with(_damage_text, lambda w: ["--data-dir", _lib(w), "check"]),
            "refused",
            "damaged",
        ),
        Case(
            "damaged text: export",
            "damage",
            _with(_damage_text, lambda w: ["--data-dir", _lib(w), "export", "--format", "md"]),
            "refused",
            "damaged",
        ),
        Case(
            "damaged schema: list",
            "damage",
            _with(_damage_schema, lambda w: ["--data-dir", _lib(w), "list"]),
            "refused",
            "damaged",
        ),
        Case(
            "restore of a backup with damaged text",
            "damage",
            lambda w: _restore_damaged(w),
            "refused",
            "damaged",
        ),
    ]
    for seed in (9, 11, 23):
        cases.append(
            Case(
                f"flipped bytes (seed {seed}): check",
                "damage",
                _with(_flipper(seed), lambda w: ["--data-dir", _lib(w), "check"]),
                "either",
                "library",
            )
        )
    return cases


def _restore_damaged(work: Path) -> list[str]:
    backup = _newest_backup(work)
    conn = sqlite3.connect(backup)
    try:
        conn.execute("UPDATE article SET title = CAST(x'ff' AS TEXT)")
        conn.commit()
    finally:
        conn.close()
    return ["--data-dir", _lib(work), "restore", str(backup)]


def _window_cases() -> list[Case]:
    return [
        Case(
            "the window opens a 5 MB line",
            "window",
            _in_window("line.md", "# Judul\n\n" + _letters(5 * MB)),
            "done",
            module="tests.hostile.open_in_window",
        ),
        Case(
            "the window opens a 5 MB paragraph",
            "window",
            _in_window("words.md", "# Judul\n\n" + _words(800_000)),
            "done",
            module="tests.hostile.open_in_window",
        ),
        Case(
            "the window opens ']('×1 MB",
            "window",
            _in_window("links.md", "# Judul\n\n" + "](" * (MB // 2)),
            "done",
            module="tests.hostile.open_in_window",
        ),
    ]


def all_cases() -> list[Case]:
    return [
        *_article_cases(),
        *_annotation_cases(),
        *_template_cases(),
        *_export_cases(),
        *_argument_cases(),
        *_damage_cases(),
        *_window_cases(),
    ]
