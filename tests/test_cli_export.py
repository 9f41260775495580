"""``marginalia export`` and ``import-annotations``: files, stdout, one-line errors."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reader.cli import main
from tests.core.exporting.checks import marks_in, pandoc_html

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "lib")
    assert main(["--data-dir", folder, "import", str(SEEDS)]) == 0
    assert (
        main(
            [
                "--data-dir",
                folder,
                "highlight",
                "Detente",
                "--quote",
                "Perang Dingin",
                "--note",
                "# catatan <b>",
                "--concept",
                "Détente",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return folder


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_notes_go_to_stdout(data: str, capsys: pytest.CaptureFixture[str]):
    status, out, err = _run(capsys, "--data-dir", data, "export", "--format", "md")
    assert status == 0 and err == ""
    assert out.startswith("---\ntitle: ") and "> Perang Dingin" in out
    assert "\\# catatan \\<b\\>" in out


def test_notes_by_concept_to_a_file(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    args = ["--data-dir", data, "export", "--format", "md", "--by", "concept", "-o", str(target)]
    status, out, _err = _run(capsys, *args)
    assert status == 0 and out == ""
    assert "## Détente" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["notes.md"]


def test_handout_of_one_article(data: str, capsys: pytest.CaptureFixture[str]):
    args = ["--data-dir", data, "export", "--format", "handout", "--article", "detente"]
    status, out, _err = _run(capsys, *args)
    assert status == 0 and "==Perang Dingin==[^1]" in out and "## Glossary" in out


def test_handout_for_pandoc_users_marks_as_pandoc_reads_it(
    data: str, capsys: pytest.CaptureFixture[str]
):
    args = ["--data-dir", data, "export", "--format", "handout", "--article", "detente"]
    status, out, _err = _run(capsys, *args, "--flavor", "pandoc")
    assert status == 0 and "[Perang Dingin]{.mark}[^1]" in out and "==" not in out
    html = pandoc_html(out, "markdown")  # Debian's pandoc 2.17, which shows ==x== as is
    assert [" ".join(m.split()) for m in marks_in(html)] == ["Perang Dingin"]
    # The default stays ==mark==, as Obsidian and markdown-it read it.
    assert "==Perang Dingin==[^1]" in _run(capsys, *args)[1]


def test_exports_in_indonesian_with_language_id(data: str, capsys: pytest.CaptureFixture[str]):
    status, out, err = _run(
        capsys, "--data-dir", data, "export", "--format", "md", "--language", "id"
    )
    assert status == 0, err
    assert 'title: "Catatan: Perpustakaan Marginalia"' in out
    assert "**Konsep:** Détente" in out and "[buka di Marginalia](marginalia://" in out
    assert "· kuning ·" in out and "Concepts:" not in out
    args = ["--data-dir", data, "export", "--format", "handout", "--article", "detente"]
    status, out, _err = _run(capsys, *args, "--language", "id")
    assert status == 0 and "## Glosarium" in out and "*belum ada definisi*" in out
    # The command line speaks English unless asked.
    assert "## Glossary" in _run(capsys, *args)[1]


def test_a_missing_translation_says_how_to_build_it(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    import reader.translation_files

    monkeypatch.setattr(reader.translation_files, "translations_folder", lambda: tmp_path / "none")
    args = ["--data-dir", data, "export", "--format", "md", "--language", "id"]
    status, out, err = _run(capsys, *args)
    assert status == 1 and out == "" and err.count("\n") == 1
    assert str(tmp_path / "none" / "marginalia_id.qm") in err and "make translations" in err


def test_json_export_and_import_into_another_library(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    target = tmp_path / "notes.json"
    assert _run(capsys, "--data-dir", data, "export", "--format", "json", "-o", str(target))[0] == 0
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["type"] == "AnnotationCollection" and document["total"] == 1
    other = str(tmp_path / "other")
    status, out, _err = _run(capsys, "--data-dir", other, "import-annotations", str(target))
    assert status == 0
    # The other library has the bundled articles from its first run: the annotation finds
    # its article at once.
    assert (
        out.strip()
        == f"Annotations from {target}: 1 added, 0 updated, 0 waiting for their article, 0 skipped."
    )
    status, out, _err = _run(capsys, "--data-dir", other, "export", "--format", "json")
    again = json.loads(out)
    assert again["first"]["items"] == document["first"]["items"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "handout"], "--format handout needs --article"),
        (["--format", "pdf", "--article", "1"], "--format pdf needs -o PATH"),
        (["--format", "md", "--article", "nothing like it"], "No article's title contains"),
        (["--format", "md", "--concept", "nothing"], "There is no concept called"),
        (["--format", "json", "--concept", "Détente"], "--concept only applies"),
        (["--format", "md", "-o", "/nonexistent-folder/x.md"], "Cannot write /nonexistent"),
        (["--format", "md", "--flavor", "pandoc"], "--flavor only applies to --format handout"),
    ],
)
def test_mistakes_are_one_line_and_status_1(
    data: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
):
    status, out, err = _run(capsys, "--data-dir", data, "export", *args)
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_a_broken_template_names_file_and_line(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ title }}\n{{ nonsense.here }}\n", encoding="utf-8")
    args = ["--data-dir", data, "export", "--format", "md", "--template", str(template)]
    status, _out, err = _run(capsys, *args)
    assert status == 1 and err.count("\n") == 1
    assert f"{template}, line 2" in err


def test_pdf_is_made_by_the_printing_module(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    calls: list[tuple[int, Path, str]] = []
    fake = ModuleType("reader.printing.handout_pdf")

    def export_pdf(article_id: int, path: Path, page_size: str = "A4", translate=None) -> None:
        calls.append((article_id, path, page_size))

    fake.export_pdf = export_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "reader.printing.handout_pdf", fake)
    target = tmp_path / "a.pdf"
    args = ["--format", "pdf", "--article", "detente", "-o", str(target), "--page-size", "Letter"]
    status, _out, err = _run(capsys, "--data-dir", data, "export", *args)
    assert status == 0, err
    [(article_id, path, size)] = calls
    assert path == target and size == "Letter" and article_id > 0


def test_import_annotations_of_a_missing_file(data: str, capsys: pytest.CaptureFixture[str]):
    status, _out, err = _run(capsys, "--data-dir", data, "import-annotations", "/no/such.json")
    assert status == 1 and "no such file" in err


def _library_state(data: str) -> tuple[bytes, int]:
    """The library's bytes and its articles, read with SQLite (the file still opens)."""
    import sqlite3

    live = Path(data) / "library.sqlite3"
    conn = sqlite3.connect(live)
    try:
        count = conn.execute("SELECT count(*) FROM article").fetchone()[0]
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return live.read_bytes(), int(count)


def _protected_targets(data: str, tmp_path: Path) -> dict[str, Path]:
    folder = Path(data)
    live = folder / "library.sqlite3"
    backups = sorted((folder / "backups").glob("*.sqlite3"))
    assert backups, "a CLI session that changed the library made a backup"
    symlink = tmp_path / "notes-link.md"
    symlink.symlink_to(live)
    hardlink = tmp_path / "notes-hard.md"
    os.link(live, hardlink)
    return {
        "the library": live,
        "its -wal": folder / "library.sqlite3-wal",
        "its -shm": folder / "library.sqlite3-shm",
        "a backup": backups[0],
        "a link to it": symlink,
        "a hard link to it": hardlink,
        "the library, spelt with ..": folder / "backups" / ".." / "library.sqlite3",
    }


@pytest.mark.parametrize(
    "fmt", ["md", "json", "handout", "pdf", "anki", "pack", "handback", "summary"]
)
def test_export_never_writes_over_the_library_or_a_backup(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
):
    before = _library_state(data)
    backups = {p: p.read_bytes() for p in (Path(data) / "backups").iterdir()}
    for what, target in _protected_targets(data, tmp_path).items():
        args = ["--format", fmt, "-o", str(target)]
        if fmt in ("handout", "pdf", "pack"):
            args += ["--article", "detente"]
        if fmt in ("pack", "handback"):
            args += ["--name", "Bu Sari"]
        status, _out, err = _run(capsys, "--data-dir", data, "export", *args)
        assert status == 1, what
        assert err.count("\n") == 1 and str(target) in err, what
        assert "nothing was written" in err.lower(), what
        assert _library_state(data) == before, what
    assert {p: p.read_bytes() for p in (Path(data) / "backups").iterdir()} == backups


def test_backup_o_never_writes_over_the_library(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    before = _library_state(data)
    live = Path(data) / "library.sqlite3"
    status, _out, err = _run(capsys, "--data-dir", data, "backup", "-o", str(live))
    assert status == 1 and str(live) in err
    assert _library_state(data) == before


def test_the_first_change_of_a_cli_session_is_preceded_by_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = str(tmp_path / "lib")
    assert main(["--data-dir", folder, "import", str(SEEDS / "002_bd535fe2fb284044.txt")]) == 0
    # The library did not exist before that import, so there was nothing to back up;
    # the next change is preceded by a backup of the library as it was.
    assert not list((tmp_path / "lib" / "backups").glob("*.sqlite3"))
    import sqlite3

    def articles_in(path: Path) -> int:
        conn = sqlite3.connect(path)
        try:
            return int(conn.execute("SELECT count(*) FROM article").fetchone()[0])
        finally:
            conn.close()

    had = articles_in(tmp_path / "lib" / "library.sqlite3")
    page = tmp_path / "baru.txt"
    page.write_text("Artikel Baru\n\nSebuah artikel yang belum ada di perpustakaan.\n")
    assert main(["--data-dir", folder, "import", str(page)]) == 0
    [backup] = list((tmp_path / "lib" / "backups").glob("*.sqlite3"))
    capsys.readouterr()
    assert main(["--data-dir", folder, "check"]) == 0
    # The backup holds the library as it was before that second import.
    assert articles_in(tmp_path / "lib" / "library.sqlite3") == had + 1
    assert articles_in(backup) == had
