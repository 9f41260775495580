"""Library search as a student uses it: half-remembered words, any accents, any case."""

from __future__ import annotations

import itertools
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from reader.store import articles, concepts, highlights
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import Article, database_proxy
from reader.store.search import (
    MARK_END,
    MARK_START,
    SEARCH_TABLES,
    SearchResult,
    create_search_index,
    fts_query,
    plain,
    rebuild_search_index,
    search,
    search_command,
    strip_markdown,
)

FIXTURES = Path(__file__).resolve().parents[1] / "_files"
_hashes = itertools.count()

DETENTE_MD = (
    "# Diplomasi Détente\n\n"
    "Détente adalah **pelonggaran** ketegangan antara Amerika Serikat dan Uni Soviet.\n\n"
    "## Latar belakang\n\n"
    "Perang Dingin membuat kedua negara mencari jalan [diplomasi](https://example.org/d) "
    "yang baru.\n\n"
    "| Tahun | Peristiwa |\n|---|---|\n| 1972 | Perjanjian SALT I |\n"
)


@pytest.fixture
def db(data_dir: Path) -> Iterator[SqliteDatabase]:
    """An open library with the search index (until the lead wires it into the schema)."""
    database = open_library(data_dir)
    create_search_index(database)
    yield database
    close_library(database)


def add(title: str, markdown: str) -> int:
    article = Article.create(
        title=title,
        source_format="md",
        content_hash=f"hash-{next(_hashes)}",
        original_text=markdown,
        markdown=markdown,
    )
    return int(article.id)


def filler(count: int = 8) -> None:
    """Articles that do not mention the words under test, so those words are rare (bm25)."""
    for n in range(count):
        add(f"Catatan kuliah {n}", f"Ekonomi pembangunan bagian {n}. Pasar, harga dan upah.")


def highlight(article_id: int, quote: str, note: str = "", tags: tuple[str, ...] = ()) -> str:
    start, end = highlights.find_quote(article_id, quote)
    return highlights.create_highlight(article_id, start, end, note=note, concepts=tags).id


def kinds(results: list[SearchResult]) -> list[tuple[str, str]]:
    return [(r.kind, r.title) for r in results]


def ids_of(query: str, kind: str) -> list[object]:
    found = search(query)
    key = {"article": "article_id", "highlight": "highlight_id", "concept": "concept_id"}[kind]
    return [getattr(r, key) for r in found if r.kind == kind]


def index_contents() -> dict[str, list[tuple[object, ...]]]:
    """Every row of the three search tables; concept lists sorted (their order is free)."""
    contents = {}
    for table in SEARCH_TABLES:
        rows = database_proxy.execute_sql(f"SELECT rowid, * FROM {table} ORDER BY rowid")
        contents[table] = [
            tuple("; ".join(sorted(v.split("; "))) if isinstance(v, str) else v for v in row)
            for row in rows.fetchall()
        ]
    return contents


def assert_index_in_step(db: SqliteDatabase) -> None:
    """What the triggers maintained equals an index rebuilt from the library's rows."""
    maintained = index_contents()
    for table in SEARCH_TABLES:
        db.execute_sql(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
    rebuild_search_index(db)
    assert maintained == index_contents()


# -- folding and prefixes ------------------------------------------------------------------


def test_accents_and_case_are_folded_both_ways(db: SqliteDatabase):
    detente = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    plain_id = add("Diplomasi detente tanpa aksen", "Tentang detente dan DIPLOMASI.")
    filler()
    for query in ("detente", "Détente", "DÉTENTE", "DETENTE"):
        assert set(ids_of(query, "article")) == {detente, plain_id}, query
    assert set(ids_of("diplomasi", "article")) == {detente, plain_id}
    assert set(ids_of("DIPLOMASI", "article")) == {detente, plain_id}


def test_the_last_word_is_a_prefix_while_it_is_being_typed(db: SqliteDatabase):
    detente = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    filler()
    assert ids_of("diplom", "article") == [detente]
    assert ids_of("perang ding", "article") == [detente]
    # A finished word (followed by a space) is matched whole.
    assert ids_of("diplom ", "article") == []
    # Only the last word is a prefix: the earlier ones were typed in full.
    assert ids_of("diplom dingin", "article") == []


def test_every_word_is_required(db: SqliteDatabase):
    both = add("Perang Dingin", "Détente mengakhiri ketegangan perang dingin.")
    add("Perang Dunia", "Perang dunia kedua.")
    filler()
    assert ids_of("perang detente", "article") == [both]
    assert len(ids_of("perang", "article")) == 2


def test_a_hyphenated_word_is_found_as_the_phrase_it_is(db: SqliteDatabase):
    article = add("Anti-communism", "The anti-communism of the 1950s.")
    add("Other", "Anti war, and communism of another kind.")
    filler()
    assert ids_of("anti-communism", "article") == [article]


# -- ranking -------------------------------------------------------------------------------


def test_an_article_about_the_subject_ranks_above_one_that_mentions_it(db: SqliteDatabase):
    filler()
    mention = add(
        "Sejarah Ekonomi Asia Tenggara",
        "Pertumbuhan ekonomi kawasan. " * 20 + "Pada masa détente perdagangan tumbuh. "
        "Industri dan pertanian berkembang. " * 20,
    )
    about = add(
        "Détente: Diplomasi Perang Dingin",
        "Détente adalah pelonggaran ketegangan. Masa détente dimulai pada 1969, "
        "dan détente berakhir pada 1979.",
    )
    assert ids_of("detente", "article") == [about, mention]


def test_a_title_match_outweighs_a_body_match(db: SqliteDatabase):
    filler()
    in_body = add("Catatan tentang Asia", "Sebuah catatan singkat tentang konfrontasi di Asia.")
    in_title = add("Konfrontasi", "Sebuah catatan singkat tentang politik di Asia Tenggara.")
    assert ids_of("konfrontasi", "article") == [in_title, in_body]


def test_results_of_every_kind_are_merged_by_score(db: SqliteDatabase):
    filler()
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    highlight(article, "Détente adalah", note="definisi utama", tags=("Détente",))
    found = search("detente")
    assert {r.kind for r in found} == {"article", "highlight", "concept"}
    scores = [r.score for r in found]
    assert scores == sorted(scores, reverse=True)
    assert len(search("detente", limit=2)) == 2
    assert search("detente", limit=0) == []


# -- highlights and concepts -----------------------------------------------------------------


def test_highlights_are_found_by_quote_note_and_concept(db: SqliteDatabase):
    filler()
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    hid = highlight(
        article, "pelonggaran ketegangan", note="Ingat untuk ujian!", tags=("Relaksasi",)
    )
    for query in ("pelonggaran", "ujian", "relaksasi"):
        [result] = [r for r in search(query) if r.kind == "highlight"]
        assert result.highlight_id == hid
        assert result.article_id == article
        assert result.article_title == "Apa Itu Diplomasi Détente?"
        assert MARK_START in result.snippet and MARK_END in result.snippet
    # The passage always shows; the note and concepts join it when they matched.
    [by_note] = [r for r in search("ujian") if r.kind == "highlight"]
    assert plain(by_note.snippet) == "pelonggaran ketegangan — Note: Ingat untuk ujian!"
    [by_tag] = [r for r in search("relaks") if r.kind == "highlight"]
    assert by_tag.snippet == f"pelonggaran ketegangan — #{MARK_START}Relaksasi{MARK_END}"


def test_concepts_are_found_by_name_alias_and_definition(db: SqliteDatabase):
    concept = concepts.create_concept("Deterrence", "Mencegah serangan dengan ancaman balasan.")
    concepts.set_aliases(concept.id, ["Penangkalan", "daya tangkal"])
    for query in ("deterrence", "penangkalan", "tangkal", "ancaman balasan"):
        assert ids_of(query, "concept") == [concept.id], query
    [result] = search("penangkalan")
    assert result.title == "Deterrence"
    assert result.concept_id == concept.id and result.article_id is None
    assert f"{MARK_START}Penangkalan{MARK_END}" in result.snippet


# -- the triggers keep the index right ------------------------------------------------------


def test_an_article_renamed_reimported_or_deleted_is_found_as_it_is_now(
    db: SqliteDatabase, tmp_path: Path
):
    filler()
    source = tmp_path / "detente.md"
    source.write_text(DETENTE_MD, encoding="utf-8")
    article = articles.import_file(source).article_id
    assert ids_of("pelonggaran", "article") == [article]

    articles.rename_article(article, "Relaksasi Ketegangan")
    assert ids_of("relaksasi", "article") == [article]

    source.write_text(DETENTE_MD.replace("pelonggaran", "peredaan"), encoding="utf-8")
    assert articles.import_file(source).status is articles.ImportStatus.UPDATED
    assert ids_of("pelonggaran", "article") == []
    assert ids_of("peredaan", "article") == [article]

    highlight(article, "peredaan")
    assert ids_of("peredaan", "highlight")
    Article.delete().where(Article.id == article).execute()
    assert search("peredaan") == []
    assert_index_in_step(db)


def test_reading_progress_does_not_touch_the_index(db: SqliteDatabase):
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    before = index_contents()
    articles.mark_opened(article)
    articles.save_reading_position(article, 120)
    assert index_contents() == before


def test_a_note_edited_or_a_highlight_deleted_and_restored(db: SqliteDatabase):
    filler()
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    hid = highlight(article, "Perang Dingin", note="pertama")
    highlights.set_note(hid, "kedua")
    assert ids_of("pertama", "highlight") == []
    assert ids_of("kedua", "highlight") == [hid]
    gone = highlights.delete_highlight(hid)
    assert ids_of("kedua", "highlight") == []
    highlights.restore_highlight(gone)
    assert ids_of("kedua", "highlight") == [hid]
    assert_index_in_step(db)


def test_concept_rename_merge_and_delete_follow_through_to_passages(db: SqliteDatabase):
    filler()
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    first = highlight(article, "Perang Dingin", tags=("Bipolaritas",))
    second = highlight(article, "Uni Soviet", tags=("Blok Timur",))
    bipolar = concepts.concept_named("Bipolaritas")

    concepts.rename_concept(bipolar.id, "Dunia Dua Kutub")
    assert ids_of("bipolaritas", "highlight") == []
    assert ids_of("kutub", "highlight") == [first]
    assert ids_of("kutub", "concept") == [bipolar.id]

    concepts.describe_concept(bipolar.id, "Dua kekuatan besar saling berhadapan.")
    assert ids_of("kekuatan besar", "concept") == [bipolar.id]

    east = concepts.concept_named("Blok Timur")
    snap = concepts.merge_concepts(east.id, bipolar.id)
    # The passage now carries the target's name; the old name is the target's alias.
    assert set(ids_of("kutub", "highlight")) == {first, second}
    assert ids_of("blok timur", "highlight") == []
    assert ids_of("blok timur", "concept") == [bipolar.id]
    assert_index_in_step(db)

    concepts.restore(snap)  # undo of the merge puts "Blok Timur" back with its passage
    assert ids_of("blok timur", "highlight") == [second]

    concepts.untag(second, east.id)
    assert ids_of("blok timur", "highlight") == []
    concepts.delete_concept(bipolar.id)
    assert ids_of("kutub", "highlight") == []
    assert ids_of("kutub", "concept") == []
    assert_index_in_step(db)


def test_aliases_replaced_are_searched_as_they_are_now(db: SqliteDatabase):
    concept = concepts.create_concept("Aliansi")
    concepts.set_aliases(concept.id, ["alliance"])
    assert ids_of("alliance", "concept") == [concept.id]
    concepts.set_aliases(concept.id, ["pakta"])
    assert ids_of("alliance", "concept") == []
    assert ids_of("pakta", "concept") == [concept.id]
    assert_index_in_step(db)


# -- building the index ----------------------------------------------------------------------


def test_an_existing_library_is_indexed_when_the_index_is_created(data_dir: Path):
    shutil.copy(FIXTURES / "library-schema-2.sqlite3", database_path(data_dir))
    db = open_library(data_dir)
    try:
        titles = [s.title for s in articles.list_articles()]
        create_search_index(db)
        create_search_index(db)  # again: nothing doubles
        for title in titles:
            word = max(title.split(), key=len)
            assert title in [r.title for r in search(word) if r.kind == "article"], word
        count = db.execute_sql("SELECT count(*) FROM article_fts").fetchone()[0]
        assert count == len(titles)
        assert_index_in_step(db)
    finally:
        close_library(db)


def test_the_bundled_articles_are_found(db: SqliteDatabase, seeds_dir: Path):
    articles.offer_bundled_articles(seeds_dir)
    found = search("detente")
    assert found and found[0].kind == "article"
    assert "Detente" in found[0].title


# -- snippets ------------------------------------------------------------------------------


def test_article_snippets_mark_the_match_and_drop_markdown(db: SqliteDatabase):
    filler()
    add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    for query in ("pelonggaran", "diplomasi yang baru", "SALT", "latar"):
        [result] = [r for r in search(query) if r.kind == "article"]
        assert MARK_START in result.snippet, query
        for syntax in ("**", "](", "|", "#", "[", "https"):
            assert syntax not in result.snippet, (query, syntax, result.snippet)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("# \x02Détente\x03 dan", "\x02Détente\x03 dan"),
        ("**\x02tebal\x03** teks", "\x02tebal\x03 teks"),
        ("[\x02tautan\x03](https://x.org/a) lagi", "\x02tautan\x03 lagi"),
        ("…com/path) lalu \x02kata\x03", "… lalu \x02kata\x03"),
        ("awal [teks](https://x.", "awal teks"),
        ("| \x02SALT\x03 | 1972 |\n|---|---|", "\x02SALT\x03 1972"),
        ("> kutipan\n- butir satu\n1. nomor", "kutipan butir satu nomor"),
        ("snake_case tetap", "snake_case tetap"),
        ("![gambar](a.png) \\*bintang\\*", "gambar *bintang*"),
    ],
)
def test_strip_markdown(markdown: str, expected: str):
    assert strip_markdown(markdown) == expected


# -- odd input -----------------------------------------------------------------------------


HOSTILE = [
    '"',
    '""',
    '"detente',
    "-x",
    "-",
    "a OR",
    "OR",
    "AND NOT",
    "NEAR(",
    "NEAR(a b, 2)",
    "*",
    "detente*",
    "^detente",
    "title:detente",
    "{title body}: x",
    "(a OR b",
    "a + b",
    "'; DROP TABLE article; --",
    "\x00",
    "\x02\x03",
    "日本語の検索",
    "😀 emoji",
    "e\u0301",  # decomposed accent
    "x" * 10_000,
    " ".join(["kata"] * 500),
    "\u200b",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_odd_queries_never_raise(db: SqliteDatabase, query: str):
    add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    assert isinstance(search(query), list)
    assert isinstance(search_command(query, as_json=True), str)


@pytest.mark.parametrize("query", ["", "   ", "-", '"', "*", "()", "—", "\u200b", ":"])
def test_an_empty_or_punctuation_query_finds_nothing(db: SqliteDatabase, query: str):
    add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    assert search(query) == []


def test_syntax_in_the_query_is_plain_text(db: SqliteDatabase):
    filler()
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    # FTS5 would read these as operators; here they are words to find (or nothing).
    assert ids_of("detente OR zzz", "article") == []
    assert ids_of("-detente", "article") == [article]
    assert ids_of("detente:", "article") == [article]
    assert ids_of("title:detente", "article") == []  # the phrase "title detente", not a column
    assert fts_query('a "b" NEAR(cd') == '"a" """b""" "NEAR(cd"*'
    assert fts_query("kata ") == '"kata"'
    assert fts_query("x") == '"x"'  # one letter: no prefix, which would match too much
    assert fts_query("- * ( )") is None


# -- find in an article ----------------------------------------------------------------------


def test_search_command_text_and_json(db: SqliteDatabase):
    filler()
    article = add("Apa Itu Diplomasi Détente?", DETENTE_MD)
    highlight(article, "pelonggaran ketegangan", note="tab\there")
    concepts.create_concept("Pelonggaran", "Détente dalam bahasa Indonesia.")
    lines = search_command("pelonggaran", as_json=False).splitlines()
    assert len(lines) == 3
    by_kind = {line.split("\t")[0]: line.split("\t") for line in lines}
    assert set(by_kind) == {"article", "highlight", "concept"}
    assert all(len(parts) == 3 for parts in by_kind.values())
    assert by_kind["article"][1] == "Apa Itu Diplomasi Détente?"
    assert "[pelonggaran]" in by_kind["article"][2]
    assert by_kind["concept"][1] == "Pelonggaran"
    assert search_command("zzzz", as_json=False) == ""

    payload = json.loads(search_command("pelonggaran", as_json=True))
    assert {item["kind"] for item in payload} == {"article", "highlight", "concept"}
    item = next(i for i in payload if i["kind"] == "highlight")
    assert item["article_id"] == article and item["highlight_id"]
    assert "[pelonggaran" in item["snippet"] and MARK_START not in item["snippet"]
    assert json.loads(search_command("", as_json=True)) == []
