"""What users do with articles in the store: import, re-import, rename, resume reading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.errors import DocumentError, UserError
from reader.store import articles
from reader.store.articles import ImportOutcome, ImportStatus


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_first_start_offers_the_five_bundled_articles_and_a_welcome_once(
    library: Path, seeds_dir: Path
):
    outcomes = articles.offer_bundled_articles(seeds_dir)
    assert len(outcomes) == 6
    assert articles.count_articles() == 6
    titles = {s.title for s in articles.list_articles()}
    assert {"Apa Itu Diplomasi Detente?", "Welcome to Marginalia"} <= titles
    # A user who deletes them does not get them back on the next start.
    assert articles.offer_bundled_articles(seeds_dir) == []


def test_the_same_content_twice_is_one_article(library: Path, tmp_path: Path):
    first = articles.import_file(_write(tmp_path / "a.txt", "Judul\n\nIsi artikel.\n"))
    moved = articles.import_file(_write(tmp_path / "moved" / "b.txt", "Judul\n\nIsi artikel.\n"))
    assert first.status is ImportStatus.ADDED
    assert moved.status is ImportStatus.UNCHANGED
    assert moved.article_id == first.article_id
    assert articles.count_articles() == 1
    # The article now knows where its file lives, so a later change there updates it.
    assert articles.get_article(first.article_id).source_path == str(
        (tmp_path / "moved" / "b.txt").resolve()
    )


def test_a_changed_file_at_a_known_path_updates_its_article(library: Path, tmp_path: Path):
    path = _write(tmp_path / "a.txt", "Judul\n\nVersi pertama.\n")
    first = articles.import_file(path)
    _write(path, "Judul Baru\n\nVersi kedua yang lebih panjang.\n")
    second = articles.import_file(path)
    assert second.status is ImportStatus.UPDATED
    assert second.article_id == first.article_id
    article = articles.get_article(first.article_id)
    assert "Versi kedua" in article.markdown
    assert article.title == "Judul Baru"
    assert articles.count_articles() == 1


def test_a_renamed_title_survives_a_reimport(library: Path, tmp_path: Path):
    path = _write(tmp_path / "a.txt", "Judul\n\nVersi pertama.\n")
    first = articles.import_file(path)
    articles.rename_article(first.article_id, "  My   own title ")
    _write(path, "Judul\n\nVersi kedua.\n")
    articles.import_file(path)
    assert articles.get_article(first.article_id).title == "My own title"


@pytest.mark.parametrize("bad", ["", "   ", "x" * 301])
def test_bad_titles_are_refused_and_change_nothing(library: Path, tmp_path: Path, bad: str):
    outcome = articles.import_file(_write(tmp_path / "a.txt", "Judul\n\nIsi.\n"))
    with pytest.raises(UserError):
        articles.rename_article(outcome.article_id, bad)
    assert articles.get_article(outcome.article_id).title == "Judul"


def test_one_bad_file_does_not_stop_the_batch(library: Path, tmp_path: Path):
    folder = tmp_path / "batch"
    _write(folder / "good1.txt", "Satu\n\nIsi satu.\n")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    _write(folder / "sub" / "good2.md", "# Dua\n\nIsi dua.\n")
    results = list(articles.import_paths([folder, tmp_path / "missing.txt"]))
    added = [r for r in results if isinstance(r, ImportOutcome)]
    errors = [r for r in results if isinstance(r, DocumentError)]
    assert sorted(a.title for a in added) == ["Dua", "Satu"]
    assert sorted(e.path.name for e in errors) == ["binary.txt", "empty.txt", "missing.txt"]
    assert articles.count_articles() == 2


def test_a_folder_with_no_articles_says_so(library: Path, tmp_path: Path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(b"\x89PNG")
    [result] = list(articles.import_paths([tmp_path / "pics"]))
    assert isinstance(result, DocumentError)
    assert "no articles" in str(result)


def test_the_last_opened_article_and_its_position_are_remembered(library: Path, seeds_dir: Path):
    articles.offer_bundled_articles(seeds_dir)
    assert articles.last_opened_article() is None
    ids = [s.id for s in articles.list_articles()]
    articles.mark_opened(ids[0])
    articles.mark_opened(ids[2])
    articles.save_reading_position(ids[2], 1234)
    assert articles.last_opened_article() == ids[2]
    assert articles.get_article(ids[2]).reading_position == 1234


def test_hidden_lines_are_kept_with_the_article(library: Path, tmp_path: Path):
    text = "Judul Artikel\n\nIsi artikel yang panjang dan penting.\n\n\u00a0\n\nRate this post\n"
    outcome = articles.import_file(_write(tmp_path / "a.txt", text))
    article = articles.get_article(outcome.article_id)
    assert article.original_text == text
    hidden = [r.text for r in articles.removed_lines(article)]
    assert "Rate this post" in hidden


def test_seeds_in_the_store_are_byte_identical_to_the_bundle(library: Path, tmp_path: Path):
    copy = tmp_path / "seeds"
    shutil.copytree(Path(__file__).resolve().parents[2] / "seeds", copy)
    articles.offer_bundled_articles(copy)
    for summary in articles.list_articles():
        article = articles.get_article(summary.id)
        source = Path(str(article.source_path)).read_text(encoding="utf-8")
        assert article.original_text == source


def test_articles_from_an_older_cleaner_are_cleaned_again(library: Path, tmp_path: Path):
    from reader.store.models import Article

    text = "Judul Artikel\n\nIsi artikel yang panjang dan penting.\n\nRate this post\n"
    outcome = articles.import_file(_write(tmp_path / "a.txt", text))
    Article.update(markdown="stale", cleaner_version=0).execute()
    assert articles.reclean_outdated().cleaned == 1
    article = articles.get_article(outcome.article_id)
    assert article.markdown.startswith("# Judul Artikel")
    assert "Isi artikel yang panjang" in article.markdown
    assert articles.reclean_outdated().cleaned == 0
