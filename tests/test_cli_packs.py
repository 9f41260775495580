"""``marginalia export --format pack|handback|summary`` and ``marginalia import`` of class
files: the same functions as the window's, with one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.cli import _split_link, main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE = "Strategi Diplomasi?"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def teacher(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "teacher")
    assert main(["--data-dir", folder, "import", str(SEEDS)]) == 0
    quote = "Konflik internasional sering kali dianggap sebagai masalah besar"
    assert (
        main(["--data-dir", folder, "highlight", ARTICLE, "--quote", quote, "--note", "Why?"]) == 0
    )
    capsys.readouterr()
    return folder


def test_a_pack_needs_a_name_articles_and_a_file(
    teacher: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = str(tmp_path / "class.marginalia")
    status, _out, err = _run(capsys, "--data-dir", teacher, "export", "--format", "pack", "-o", out)
    assert status == 1 and "--article" in err
    status, _out, err = _run(
        capsys, "--data-dir", teacher, "export", "--format", "pack", "--article", ARTICLE, "-o", out
    )
    assert status == 1 and "Preferences" in err and "--name" in err
    assert len(err.strip().splitlines()) == 1 and not Path(out).exists()
    status, _out, err = _run(
        capsys, "--data-dir", teacher, "export", "--format", "md", "--instruction", "x"
    )
    assert status == 1 and "--instruction" in err


def test_pack_out_notes_back_and_a_summary_from_the_command_line(
    teacher: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    pack = tmp_path / "class.marginalia"
    status, out, err = _run(
        capsys,
        "--data-dir", teacher,
        "export", "--format", "pack", "--article", ARTICLE, "--article", "Aliansi Keamanan",
        "--name", "Bu Sari", "--instruction", "Tag every cause", "-o", str(pack),
    )  # fmt: skip
    assert status == 0, err
    assert "Bu Sari" in out and pack.is_file()

    student = str(tmp_path / "student")
    status, out, err = _run(capsys, "--data-dir", student, "import", str(pack))
    assert status == 0, err
    assert "from Bu Sari added: 2 article(s), 1 of the teacher's notes" in out
    status, out, _err = _run(
        capsys, "--data-dir", student, "highlight", ARTICLE,
        "--quote", "aliansi strategis memainkan", "--note", "<i>mine</i>",
    )  # fmt: skip
    assert status == 0
    notes = tmp_path / "ani.json"
    status, _out, err = _run(
        capsys, "--data-dir", student, "export", "--format", "handback", "--name", "Ani",
        "-o", str(notes),
    )  # fmt: skip
    assert status == 0, err
    handback = json.loads(notes.read_text("utf-8"))
    assert handback["creator"]["name"] == "Ani" and handback["total"] == 1

    status, out, err = _run(capsys, "--data-dir", teacher, "import", str(notes))
    assert status == 0, err
    assert "Ani's notes on" in out
    status, out, err = _run(
        capsys, "--data-dir", teacher, "export", "--format", "summary", "--article", ARTICLE,
        "--language", "id",
    )  # fmt: skip
    assert status == 0, err
    assert "Ani" in out and "\\<i\\>mine\\</i\\>" in out
    assert "Catatan kelas" in out  # the summary's own words in Indonesian


def test_a_refused_pack_is_one_line_and_the_other_files_go_on(
    teacher: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    broken = tmp_path / "broken.marginalia"
    broken.write_bytes(b"PK\x03\x04 not really")
    article = tmp_path / "note.md"
    article.write_text("# A note\n\nSome text.\n", encoding="utf-8")
    status, out, err = _run(capsys, "--data-dir", teacher, "import", str(broken), str(article))
    assert status == 1
    assert err.strip().splitlines() == [
        f"marginalia: {broken}: the class pack is damaged (its zip archive cannot be read)"
    ]
    assert "A note" in out


def test_a_double_clicked_pack_opens_the_window_with_it(tmp_path: Path):
    pack = tmp_path / "kelas.marginalia"
    assert _split_link([str(pack)]) == ([], pack.resolve().as_uri())
    assert _split_link(["--data-dir", "x", pack.as_uri()]) == (["--data-dir", "x"], pack.as_uri())
    # As an argument of a command it stays one.
    assert _split_link(["import", str(pack)]) == (["import", str(pack)], None)
