"""``marginalia export`` and ``import-annotations``: files, stdout, one-line errors."""

from __future__ import annotations

import json
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
