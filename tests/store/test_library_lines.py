"""Lines other articles of the library hold: a site's template is hidden, the article kept,
and the library's copied articles are cleaned again when the cleaner changes."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core.cleaning import CLEANER_VERSION
from reader.core.importing import prepare_text
from reader.store import articles, highlights
from reader.store.article_text import article_text
from reader.store.database import close_library, open_library
from reader.store.location import database_path
from reader.store.models import Article, ArticleLine, Highlight

FIXTURES = Path(__file__).resolve().parents[1] / "_files"

# A sentence every page of one site ends its article with: read alone it is prose.
TEMPLATE = (
    "Kami menghormati privasi Anda dan tidak akan pernah membagikan alamat surel Anda "
    "kepada pihak lain, sesuai kebijakan redaksi kami."
)
TOPICS = ["perdagangan beras", "hutan bakau", "jalur kereta", "pelabuhan ikan"]


def _page(topic: str) -> str:
    paragraphs = [
        f"Laporan tentang {topic} di daerah kami minggu ini.",
        f"Pemerintah daerah membahas {topic} bersama warga, dan banyak warga datang ke "
        "balai desa untuk menyampaikan pendapat mereka tentang rencana itu.",
        f"Menurut para ahli, {topic} membutuhkan perencanaan yang matang, karena "
        "keputusan hari ini akan terasa oleh anak cucu kita selama puluhan tahun.",
        f"Beberapa warga mengatakan bahwa {topic} sudah lama menjadi sumber penghidupan "
        "mereka, sehingga perubahan apa pun harus dibicarakan dengan terbuka.",
        "Rapat berikutnya akan diadakan bulan depan, dan hasilnya akan diumumkan kepada "
        "semua warga melalui papan pengumuman di kantor desa.",
    ]
    menu = ["Beranda", "Berita", "Daerah", "Olahraga", "Hiburan"]
    footer = ["Tentang Kami", "Kontak", "Kebijakan Privasi"]
    return "\n\n".join([f"Kabar {topic}", *menu, *paragraphs, TEMPLATE, *footer]) + "\n"


def _import(tmp_path: Path, topic: str) -> int:
    path = tmp_path / f"{topic.replace(' ', '-')}.txt"
    path.write_text(_page(topic), encoding="utf-8")
    return articles.import_file(path).article_id


def _reasons(article_id: int) -> dict[str, str]:
    removed = articles.removed_lines(articles.get_article(article_id))
    return {line.text: line.reason for line in removed}


def test_a_line_two_other_articles_hold_is_hidden_saying_so(library: Path, tmp_path: Path):
    first = _import(tmp_path, TOPICS[0])
    # Alone in the library, the template sentence reads as the article's last paragraph.
    assert TEMPLATE in articles.get_article(first).markdown
    _import(tmp_path, TOPICS[1])
    third = _import(tmp_path, TOPICS[2])
    markdown = articles.get_article(third).markdown
    assert TEMPLATE not in markdown
    assert "jalur kereta membutuhkan perencanaan" in markdown
    assert _reasons(third)[TEMPLATE] == "the same line is in 2 other articles of your library"


def test_copies_of_one_article_do_not_hide_each_other(library: Path, tmp_path: Path):
    # The same article saved three times (a typo fixed in each) is not a site template.
    text = _page(TOPICS[0])
    ids = []
    for number in range(3):
        path = tmp_path / f"copy-{number}.txt"
        path.write_text(text.replace("minggu ini", f"minggu ini {'!' * (number + 1)}"), "utf-8")
        ids.append(articles.import_file(path).article_id)
    assert "membutuhkan perencanaan yang matang" in articles.get_article(ids[-1]).markdown


def test_a_new_cleaner_cleans_the_library_again_keeping_every_highlight(
    library: Path, tmp_path: Path
):
    ids = [_import(tmp_path, topic) for topic in TOPICS[:3]]
    text = articles.get_article(ids[0]).markdown
    start = article_text(articles.get_article(ids[0])).text.index("perencanaan yang matang")
    kept = highlights.create_highlight(ids[0], start, start + len("perencanaan yang matang"))
    # As an older cleaner left it: the menu still in, so the passage sat further down.
    stale = "Beranda\n\nBerita\n\n" + text
    Article.update(markdown=stale, cleaner_version=CLEANER_VERSION - 1).execute()
    highlights.reanchor_article(articles.get_article(ids[0]))
    seen: list[tuple[int, int]] = []
    report = articles.reclean_outdated(progress=lambda done, total: seen.append((done, total)))
    assert report.cleaned == 3 and report.left == 0
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    [after] = highlights.list_highlights(ids[0])
    assert after.id == kept.id and after.placed
    fresh = article_text(articles.get_article(ids[0])).text
    assert fresh[after.start : after.end] == "perencanaan yang matang"
    assert not articles.has_outdated_articles()


def test_a_highlight_whose_passage_is_now_hidden_stays_unplaced_with_its_quote(
    library: Path, tmp_path: Path
):
    ids = [_import(tmp_path, topic) for topic in TOPICS[:3]]
    # An older cleaner kept the template sentence, and the reader highlighted in it.
    stale = articles.get_article(ids[2]).markdown + "\n\n" + TEMPLATE + "\n"
    Article.update(markdown=stale, cleaner_version=CLEANER_VERSION - 1).where(
        Article.id == ids[2]
    ).execute()
    start = article_text(articles.get_article(ids[2])).text.index("privasi Anda")
    made = highlights.create_highlight(ids[2], start, start + len("privasi Anda"), note="cek")
    report = articles.reclean_outdated()
    assert report.highlights_unplaced == 1
    [after] = highlights.list_highlights(ids[2])
    assert after.id == made.id and not after.placed
    assert after.exact == "privasi Anda" and after.note == "cek"


def test_a_cancelled_re_clean_goes_on_where_it_stopped(library: Path, tmp_path: Path):
    for topic in TOPICS[:3]:
        _import(tmp_path, topic)
    Article.update(cleaner_version=CLEANER_VERSION - 1).execute()
    calls = iter([False, True])
    report = articles.reclean_outdated(cancelled=lambda: next(calls))
    assert (report.cleaned, report.left) == (1, 2)
    assert len(articles.outdated_article_ids()) == 2
    assert articles.reclean_outdated().cleaned == 2


def test_schema_5_library_gains_article_lines_filled_by_the_next_re_clean(data_dir: Path):
    shutil.copy(FIXTURES / "library-schema-5.sqlite3", database_path(data_dir))
    db = open_library(data_dir)
    try:
        assert ArticleLine.select().count() == 0  # the upgrade itself stays quick
        # Its articles were cleaned by an older cleaner: the next start cleans them again.
        assert articles.has_outdated_articles()
        articles.reclean_outdated()
        assert not articles.has_outdated_articles()
        copied = Article.select().where(Article.source_format == "txt").count()
        indexed = ArticleLine.select(ArticleLine.article).distinct().count()
        assert copied and indexed == copied
        [kept] = list(Highlight.select())
        assert kept.note == "catatan v5"
    finally:
        close_library(db)


def test_what_the_window_saves_while_an_article_is_cleaned_again_is_kept(
    library: Path, tmp_path: Path, monkeypatch
):
    # The window re-cleans in the background: the student may rename the article, or
    # read on in it, while its text is being cleaned.
    ids = [_import(tmp_path, topic) for topic in TOPICS[:2]]
    Article.update(cleaner_version=CLEANER_VERSION - 1).execute()

    def cleaned_while_the_student_works(*args: object, **kwargs: object) -> object:
        if articles.get_article(ids[0]).cleaner_version < CLEANER_VERSION:  # cleaning it now
            articles.rename_article(ids[0], "Judul pilihan saya")
            articles.save_reading_position(ids[0], 120)
        return prepare_text(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("reader.store.articles.prepare_text", cleaned_while_the_student_works)
    assert articles.reclean_outdated().cleaned == 2
    article = articles.get_article(ids[0])
    assert (article.title, article.title_edited) == ("Judul pilihan saya", True)
    assert article.reading_position == 120


def test_an_article_deleted_while_it_is_cleaned_again_does_not_stop_the_rest(
    library: Path, tmp_path: Path, monkeypatch
):
    ids = [_import(tmp_path, topic) for topic in TOPICS[:3]]
    Article.update(cleaner_version=CLEANER_VERSION - 1).execute()

    second = articles.get_article(ids[1]).original_text

    def cleaned_while_the_student_deletes(text: str, *args: object) -> object:
        if text == second:  # the second article is being cleaned: the student deletes it
            articles.delete_article(ids[1])
        return prepare_text(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("reader.store.articles.prepare_text", cleaned_while_the_student_deletes)
    report = articles.reclean_outdated()
    assert (report.cleaned, report.left) == (3, 0)
    assert not articles.has_outdated_articles()
    assert [a.id for a in Article.select().order_by(Article.id)] == [ids[0], ids[2]]
