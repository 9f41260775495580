"""The marginalia command: the same functions as the window, one-line errors, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_clean_prints_markdown_starting_with_the_title(capsys: pytest.CaptureFixture[str]):
    assert main(["clean", str(SEEDS / "002_bd535fe2fb284044.txt")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Apa Itu Diplomasi Detente?\n")


def test_import_prints_id_and_title_then_list_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = tmp_path / "lib"
    assert main(["--data-dir", str(data), "import", str(SEEDS)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    ids = [int(line.split("\t")[0]) for line in lines]
    assert sorted(ids) == [1, 2, 3, 4, 5]
    assert any("\tApa Itu Diplomasi Detente?" in line for line in lines)

    assert main(["--data-dir", str(data), "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    # The bundled articles came in with the first-run set-up, the welcome article too.
    assert {a["id"] for a in listed} - set(ids) == {
        a["id"] for a in listed if a["title"] == "Welcome to Marginalia"
    }
    assert all(a["words"] > 100 and a["reading_minutes"] >= 1 for a in listed)


def test_reimporting_a_changed_file_updates_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data, article = tmp_path / "lib", tmp_path / "a.txt"
    article.write_text("Judul\n\nVersi satu.\n")
    main(["--data-dir", str(data), "import", str(article)])
    article.write_text("Judul\n\nVersi dua.\n")
    main(["--data-dir", str(data), "import", str(article)])
    out = capsys.readouterr().out.splitlines()
    assert out[0].split("\t")[0] == out[1].split("\t")[0]
    assert out[1].endswith("(updated)")


def test_environment_variable_chooses_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("MARGINALIA_DATA_DIR", str(tmp_path / "envlib"))
    main(["import", str(SEEDS / "002_bd535fe2fb284044.txt")])
    assert (tmp_path / "envlib" / "library.sqlite3").exists()


@pytest.mark.parametrize(
    ("argv", "library", "link"),
    [
        ([], "envlib", None),
        (["marginalia://open/3/7"], "envlib", "marginalia://open/3/7"),
        (["--data-dir", "{tmp}/given"], "given", None),
        (["marginalia://open/3", "--data-dir", "{tmp}/given"], "given", "marginalia://open/3"),
    ],
)
def test_no_command_opens_the_window_on_the_chosen_library(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, argv: list[str], library: str, link: str | None
):
    monkeypatch.setenv("MARGINALIA_DATA_DIR", str(tmp_path / "envlib"))
    opened: list[tuple[Path, str | None]] = []

    def open_window(data_dir: Path, given_link: str | None) -> int:
        opened.append((data_dir, given_link))
        return 0

    args = [a.format(tmp=tmp_path) for a in argv]
    assert main(args, open_window=open_window) == 0
    assert opened == [((tmp_path / library).resolve(), link)]


def test_a_bad_file_is_one_line_on_stderr_and_status_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    good = tmp_path / "good.txt"
    good.write_text("Judul\n\nIsi.\n")
    main(["--data-dir", str(tmp_path / "lib"), "list"])  # past the first-run set-up
    capsys.readouterr()
    status = main(["--data-dir", str(tmp_path / "lib"), "import", str(bad), str(good)])
    captured = capsys.readouterr()
    assert status == 1
    assert captured.err.count("\n") == 1
    assert str(bad) in captured.err and "binary" in captured.err
    assert "\tJudul" in captured.out  # the good file still imported


@pytest.mark.parametrize(
    "args",
    [
        ["clean", "/nonexistent/file.txt"],
        ["--data-dir", "/proc/forbidden-dir", "list"],
    ],
)
def test_the_installed_command_never_shows_a_traceback(args: list[str]):
    result = subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("marginalia: ")
    assert len(result.stderr.strip().splitlines()) == 1


def test_highlight_prints_the_id_after_it_is_stored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = tmp_path / "lib"
    main(["--data-dir", str(data), "import", str(SEEDS)])
    capsys.readouterr()
    status = main(
        [
            "--data-dir",
            str(data),
            "highlight",
            "DETENTE",
            "--quote",
            "pertama kali muncul pada era Perang Dingin",
            "--color",
            "green",
            "--note",
            "asal mula",
            "--concept",
            "Détente",
        ]
    )
    out = capsys.readouterr().out.strip()
    assert status == 0
    from reader.store import highlights
    from reader.store.database import close_library, open_library

    db = open_library(data)
    try:
        stored = highlights.get_highlight(out)
        assert stored.exact == "pertama kali muncul pada era Perang Dingin"
        assert (stored.color, stored.note, stored.concepts) == ("green", "asal mula", ("Détente",))
    finally:
        close_library(db)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["detente", "--quote", "diplomasi detente"], "--occurrence"),
        (["aliansi", "--quote", "NATO"], "matches 2 articles"),
        (["detente", "--quote", "kalimat yang tidak ada"], "not found"),
        (["tidak ada judul", "--quote", "x"], "No article"),
    ],
)
def test_highlight_errors_are_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
):
    data = tmp_path / "lib"
    main(["--data-dir", str(data), "import", str(SEEDS)])
    capsys.readouterr()
    assert main(["--data-dir", str(data), "highlight", *args]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_concepts_list_rename_merge_describe_delete(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = ["--data-dir", str(tmp_path / "lib")]
    main([*data, "import", str(SEEDS)])
    main([*data, "highlight", "detente", "--quote", "era Perang Dingin", "--concept", "Détente"])
    main(
        [
            *data,
            "highlight",
            "bilateral",
            "--quote",
            "Kerja sama bilateral lahir",
            "--concept",
            "detente",
            "--concept",
            "kerja  sama",
        ]
    )
    capsys.readouterr()
    assert main([*data, "concepts"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "detente\t1 passage(s)\t1 article(s)",
        "Détente\t1 passage(s)\t1 article(s)",
        "kerja sama\t1 passage(s)\t1 article(s)",
    ]
    # Renaming onto an existing name is refused and says how to merge instead.
    assert main([*data, "concepts", "rename", "detente", "DÉTENTE"]) == 1
    assert 'marginalia concepts merge "detente" "Détente"' in capsys.readouterr().err
    assert main([*data, "concepts", "merge", "detente", "Détente"]) == 0
    assert main([*data, "concepts", "describe", "détente", "Meredanya ketegangan."]) == 0
    assert main([*data, "concepts", "rename", "kerja sama", "Kerja Sama Bilateral"]) == 0
    capsys.readouterr()
    main([*data, "concepts", "--json"])
    listed = json.loads(capsys.readouterr().out)
    assert [(c["name"], c["passages"], c["aliases"]) for c in listed] == [
        ("Détente", 2, ["detente"]),
        ("Kerja Sama Bilateral", 1, []),
    ]
    assert listed[0]["definition"] == "Meredanya ketegangan."
    assert main([*data, "concepts", "delete", "Kerja Sama Bilateral"]) == 0
    assert main([*data, "concepts", "delete", "Kerja Sama Bilateral"]) == 1
    assert "no concept called" in capsys.readouterr().err


def test_a_full_disk_is_one_plain_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    import sqlite3

    from reader.store import highlights

    data = ["--data-dir", str(tmp_path / "lib")]
    main([*data, "import", str(SEEDS)])
    capsys.readouterr()

    def full(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(highlights, "create_highlight", full)
    status = main([*data, "highlight", "detente", "--quote", "era Perang Dingin"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "disk is full" in err and "Traceback" not in err


def test_the_library_can_be_named_after_the_command_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data, elsewhere = tmp_path / "lib", tmp_path / "other"
    article = tmp_path / "only-here.txt"
    article.write_text("Hanya di Sini\n\nArtikel yang hanya ada di satu perpustakaan.\n")
    assert main(["import", str(article), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    assert main(["list", "--data-dir", str(data)]) == 0
    assert "Hanya di Sini" in capsys.readouterr().out
    # Named in both places, the one after the command wins; before it alone still works.
    assert main(["--data-dir", str(elsewhere), "list", "--data-dir", str(data)]) == 0
    assert "Hanya di Sini" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "list"]) == 0
    assert "Hanya di Sini" in capsys.readouterr().out
    assert main(["--data-dir", str(elsewhere), "list"]) == 0
    assert "Hanya di Sini" not in capsys.readouterr().out


def test_highlights_say_which_need_a_look_and_placement_settles_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data, article = str(tmp_path / "lib"), tmp_path / "a.txt"
    article.write_text(
        "Judul\n\nSebagai contoh, dalam menangani krisis kemanusiaan, aliansi bergerak cepat.\n\n"
        "Penutup yang panjang tentang kerja sama bilateral dan strategi diplomasi.\n"
    )
    main(["--data-dir", data, "import", str(article)])
    # A new library starts with the bundled articles: the id comes from the import's line.
    aid = capsys.readouterr().out.split("\t")[0]
    main(["--data-dir", data, "highlight", aid, "--quote", "menangani krisis", "--note", "N"])
    main(["--data-dir", data, "highlight", aid, "--quote", "strategi diplomasi"])
    asked_id, kept_id = capsys.readouterr().out.splitlines()
    article.write_text(article.read_text().replace("menangani krisis", "membantu korban"))
    main(["--data-dir", data, "import", str(article)])
    capsys.readouterr()

    assert main(["--data-dir", data, "highlights", aid]) == 0
    rows = {
        line.split("\t")[0]: line.split("\t")[1] for line in capsys.readouterr().out.splitlines()
    }
    assert rows == {kept_id: "placed", asked_id: "needs a look"}
    assert main(["--data-dir", data, "highlights", aid, "--to-check"]) == 0
    shown = capsys.readouterr().out
    assert "then: …Judul Sebagai contoh, dalam [menangani krisis] kemanusiaan" in shown
    assert "now:  …Judul Sebagai contoh, dalam [membantu korban] kemanusiaan" in shown

    assert main(["--data-dir", data, "placement", "confirm", asked_id]) == 0
    assert "membantu korban" in capsys.readouterr().out
    assert main(["--data-dir", data, "highlights", aid, "--json"]) == 0
    listed = {h["id"]: h for h in json.loads(capsys.readouterr().out)}
    assert listed[asked_id]["placement"] == "placed" and listed[asked_id]["note"] == "N"
    assert listed[asked_id]["quote"] == "membantu korban"

    assert main(["--data-dir", data, "placement", "reject", kept_id]) == 1
    err = capsys.readouterr().err
    assert "no proposed place" in err and len(err.strip().splitlines()) == 1


def _articles(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[list[dict[str, Any]], str]:
    assert main(["--data-dir", str(data), "list", "--json"]) == 0
    captured = capsys.readouterr()
    return json.loads(captured.out), captured.err


def test_a_fresh_library_gets_the_windows_first_run_set_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    from reader.store.articles import list_articles
    from reader.store.first_run import open_library_for_use

    monkeypatch.setenv("LANGUAGE", "en")
    listed, err = _articles(tmp_path / "cli", capsys)
    # The same articles the window puts in a new library, the welcome article among them.
    open_library_for_use(tmp_path / "window", "en")
    window_titles = sorted(a.title for a in list_articles())
    assert sorted(a["title"] for a in listed) == window_titles
    assert "Welcome to Marginalia" in window_titles
    # Said once, on stderr (stdout stays the listing), with what was added.
    assert err.count("\n") == 1 and f"{len(listed)} articles" in err
    again, err = _articles(tmp_path / "cli", capsys)
    assert again == listed and err == ""


def test_a_command_cleans_outdated_articles_first_saying_so_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from reader.core.cleaning import CLEANER_VERSION
    from reader.store.database import close_library, open_library
    from reader.store.models import Article

    data = tmp_path / "lib"
    listed, _ = _articles(data, capsys)
    db = open_library(data)
    copied = (
        Article.update(cleaner_version=CLEANER_VERSION - 1)
        .where(Article.source_format == "txt")
        .execute()
    )
    close_library(db)
    again, err = _articles(data, capsys)
    # The command's output is as before; stderr says once what was cleaned again.
    assert again == listed
    assert err.count("\n") == 1 and f"cleaned {copied} articles again" in err
    assert _articles(data, capsys)[1] == ""  # done: the next command says nothing


def test_the_first_run_welcome_follows_the_librarys_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = tmp_path / "lib"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=id\n")
    listed, _err = _articles(data, capsys)
    assert "Selamat datang di Marginalia" in {a["title"] for a in listed}


def test_search_without_results_says_so_on_stderr_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = ["--data-dir", str(tmp_path / "lib")]
    assert main([*data, "search", "détente"]) == 0  # the bundled articles are there
    assert capsys.readouterr().out.count("\n") >= 1
    for extra in ([], ["--json"]):
        assert main([*data, "search", "zzyzx", "qwv", *extra]) == 1
        captured = capsys.readouterr()
        assert captured.err == "marginalia: No results for “zzyzx qwv”.\n"
        assert captured.out == ("[]\n" if extra else "")


def test_list_shows_each_articles_highlight_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = ["--data-dir", str(tmp_path / "lib")]
    main([*data, "highlight", "detente", "--quote", "era Perang Dingin"])
    main([*data, "highlight", "detente", "--quote", "Diplomasi detente merupakan sebuah istilah"])
    main([*data, "highlight", "bilateral", "--quote", "Kerja sama bilateral lahir"])
    capsys.readouterr()
    assert main([*data, "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    counts = {line.split("\t")[1]: line.split("\t")[-1] for line in lines}
    assert counts["Apa Itu Diplomasi Detente?"] == "2 highlights"
    assert sum(c == "1 highlight" for c in counts.values()) == 1
    assert sum(c == "0 highlights" for c in counts.values()) == len(lines) - 2
    listed, _err = _articles(tmp_path / "lib", capsys)
    assert sorted(a["highlights"] for a in listed) == [0] * (len(listed) - 2) + [1, 2]


def test_highlighting_a_highlighted_passage_offers_merge_or_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    data = ["--data-dir", str(tmp_path / "lib")]
    quote = ["detente", "--quote", "era Perang Dingin"]
    assert main([*data, "highlight", *quote, "--note", "pertama", "--concept", "A"]) == 0
    first = capsys.readouterr().out.strip()
    # Again, as the window would ask: refused, naming the highlight there and the choices.
    assert main([*data, "highlight", "detente", "--quote", "Perang Dingin", "--note", "x"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert first in err and "“era Perang Dingin”" in err
    assert "--merge" in err and "--allow-duplicate" in err
    assert main([*data, "highlight", *quote, "--allow-duplicate"]) == 0
    second = capsys.readouterr().out.strip()
    assert second != first
    # --merge joins them all into one: notes joined, concepts kept, the first id stays.
    args = ["detente", "--quote", "pada era Perang Dingin", "--merge", "--note", "kedua"]
    assert main([*data, "highlight", *args, "--concept", "B"]) == 0
    assert capsys.readouterr().out.strip() == first
    from reader.store import highlights
    from reader.store.database import close_library, open_library

    db = open_library(tmp_path / "lib")
    try:
        [merged] = highlights.list_highlights(highlights.get_highlight(first).article_id)
        assert merged.exact == "pada era Perang Dingin"
        assert merged.note == "pertama\n\nkedua" and set(merged.concepts) == {"A", "B"}
    finally:
        close_library(db)
    assert main([*data, "highlight", *quote, "--merge", "--allow-duplicate"]) == 1
    assert "either" in capsys.readouterr().err


def test_import_reads_documents_by_content(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    from tests.documents import pandoc_maker
    from tests.documents.corpus import study_text

    text = study_text()
    document = pandoc_maker.write_document(text, tmp_path / "makalah.odt")
    download = tmp_path / "unduhan"  # a document saved without its name's extension
    download.write_bytes(pandoc_maker.write_document(text, tmp_path / "x.docx").read_bytes())
    data = tmp_path / "lib"
    assert main(["--data-dir", str(data), "import", str(document), str(download)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith(f"\t{text.title}")
    assert lines[1].endswith("(already in library)") or lines[1].endswith(f"\t{text.title}")
