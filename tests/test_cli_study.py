"""`marginalia review`, `marginalia study stats` and `export --format anki`, as scripts use them.

The .apkg is opened as Anki would: a zip holding a SQLite collection.
"""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from reader import cli
from reader.store.database import close_library
from reader.store.models import database_proxy

QUOTE = "Diplomasi detente merupakan sebuah istilah"


def run(data_dir: Path, *args: str) -> int:
    try:
        return cli.main(["--data-dir", str(data_dir), *args])
    finally:
        if database_proxy.obj is not None:
            close_library(database_proxy.obj)


@pytest.fixture
def studied(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A library with a defined concept on a noted passage: three cards."""
    assert run(data_dir, "list") == 0
    assert (
        run(
            data_dir,
            "highlight",
            "Detente",
            "--quote",
            QUOTE,
            "--note",
            "peredaan <ketegangan>",
            "--concept",
            "Détente",
        )
        == 0
    )
    assert run(data_dir, "concepts", "describe", "détente", "Peredaan ketegangan") == 0
    capsys.readouterr()
    return data_dir


def _apkg(path: Path) -> tuple[list[tuple[int, str, int, str, str]], dict[str, dict[str, object]]]:
    """(id, guid, model id, fields, tags) of every note, and the collection's models."""
    with zipfile.ZipFile(path) as archive:
        assert set(archive.namelist()) == {"collection.anki2", "media"}
        collection = path.parent / f"{path.stem}.anki2"
        collection.write_bytes(archive.read("collection.anki2"))
    with sqlite3.connect(collection) as conn:
        notes = conn.execute("SELECT id, guid, mid, flds, tags FROM notes ORDER BY id").fetchall()
        models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
        decks = json.loads(conn.execute("SELECT decks FROM col").fetchone()[0])
        cards = conn.execute("SELECT nid, did FROM cards").fetchall()
    collection.unlink()
    assert {nid for nid, _did in cards} == {n[0] for n in notes}  # every note has its card
    models["_decks"] = {str(d["id"]): d["name"] for d in decks.values()}
    return notes, models


def test_review_due_lists_today_s_cards_as_text_and_json(studied: Path, capsys):
    assert run(studied, "review", "--due") == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    # The note card waits for tomorrow: its passage's cloze is asked today.
    assert len(lines) == 2 and "2 cards to review today." in out.err
    kinds = sorted(line.split("\t")[1] for line in lines)
    assert kinds == ["cloze", "definition"]
    assert any("Diplomasi […] merupakan sebuah istilah" in line for line in lines)
    assert run(studied, "review", "--due", "--json", "--concept", "DÉTENTE") == 0
    payload = json.loads(capsys.readouterr().out)
    assert {p["stage"] for p in payload} == {"new"}
    assert all(p["link"].startswith("marginalia://open/") for p in payload)


def test_review_of_an_unknown_concept_says_so(studied: Path, capsys):
    assert run(studied, "review", "--due", "--concept", "nothing") == 1
    assert "no concept called “nothing”" in capsys.readouterr().err


def test_study_stats_counts_cards_and_reviews(studied: Path, capsys):
    assert run(studied, "study", "stats", "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["cards"], stats["new"], stats["reviews_today"]) == (3, 3, 0)
    assert len(stats["reviews_by_day"]) == 30 and len(stats["due_by_day"]) == 30
    assert stats["retention"] is None
    assert run(studied, "study", "stats") == 0
    assert "Cards: 3 (3 new" in capsys.readouterr().out


def test_anki_export_holds_a_basic_note_a_cloze_note_and_the_links(studied: Path, tmp_path: Path):
    deck = tmp_path / "deck.apkg"
    assert run(studied, "export", "--format", "anki", "-o", str(deck)) == 0
    notes, models = _apkg(deck)
    assert len(notes) == 3
    cloze_models = {int(k) for k, m in models.items() if k != "_decks" and m["type"] == 1}
    [cloze] = [n for n in notes if n[2] in cloze_models]
    assert "Diplomasi {{c1::detente}} merupakan sebuah istilah" in cloze[3]
    by_front = {n[3].split("\x1f")[0]: n for n in notes if n[2] not in cloze_models}
    assert by_front["Détente"][3].split("\x1f")[1].startswith("Peredaan ketegangan")
    note = next(n for n in notes if "peredaan &lt;ketegangan&gt;" in n[3])
    for row in (cloze, note):
        assert "marginalia://open/" in row[3]
    assert all("Détente" in n[4] for n in notes)  # tagged with the concept
    assert list(models["_decks"].values()).count("Marginalia") == 1


def test_exporting_again_keeps_every_note_id_and_guid_and_carries_the_edit(
    studied: Path, tmp_path: Path
):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    assert run(studied, "export", "--format", "anki", "-o", str(first)) == 0
    assert run(studied, "concepts", "describe", "détente", "Relaksasi") == 0
    assert run(studied, "export", "--format", "anki", "-o", str(second)) == 0
    before, _ = _apkg(first)
    after, _ = _apkg(second)
    assert [(n[0], n[1]) for n in before] == [(n[0], n[1]) for n in after]
    changed = [b[3] != a[3] for b, a in zip(before, after, strict=True)]
    assert changed.count(True) == 1  # the definition card, updated in place
    assert any("Relaksasi" in n[3] for n in after)


def test_a_deck_per_concept_and_one_concept_s_deck(studied: Path, tmp_path: Path, capsys):
    untagged = ("--quote", "istilah", "--occurrence", "1", "--note", "x", "--allow-duplicate")
    assert run(studied, "highlight", "Detente", *untagged) == 0
    capsys.readouterr()
    by_concept = tmp_path / "by.apkg"
    assert run(studied, "export", "--format", "anki", "--by", "concept", "-o", str(by_concept)) == 0
    _notes, models = _apkg(by_concept)
    assert sorted(map(str, models["_decks"].values())) == [
        "Default",
        "Marginalia",
        "Marginalia::Détente",
    ]
    one = tmp_path / "one.apkg"
    assert run(studied, "export", "--format", "anki", "--concept", "détente", "-o", str(one)) == 0
    notes, models = _apkg(one)
    assert len(notes) == 3 and "Marginalia::Détente" in models["_decks"].values()


def test_anki_export_refuses_the_terminal_and_articles_and_names_a_bad_path(
    studied: Path, tmp_path: Path, capsys
):
    assert run(studied, "export", "--format", "anki") == 1
    assert "needs -o PATH" in capsys.readouterr().err
    assert run(studied, "export", "--format", "anki", "--article", "1", "-o", "x.apkg") == 1
    assert "--article does not apply" in capsys.readouterr().err
    missing = tmp_path / "no such folder" / "deck.apkg"
    assert run(studied, "export", "--format", "anki", "-o", str(missing)) == 1
    assert "does not exist" in capsys.readouterr().err


def test_an_empty_library_has_no_deck_to_export_and_says_why(data_dir: Path, capsys, tmp_path):
    assert run(data_dir, "export", "--format", "anki", "-o", str(tmp_path / "d.apkg")) == 1
    assert "no cards to export yet" in capsys.readouterr().err
    assert not (tmp_path / "d.apkg").exists()
