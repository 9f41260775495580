"""Which welcome article a new library gets: the first lesson, in the interface's language.

The welcome article is an ordinary Markdown file in ``resources/welcome/`` (one per
language, ``welcome.<language>.md``), imported like any other article so it can be
highlighted, searched and exported. It teaches by asking the reader to try each step on
the article itself.
"""

from __future__ import annotations

from pathlib import Path

from reader.store.location import bundled_path

DEFAULT_LANGUAGE = "en"


def welcome_folder() -> Path:
    return bundled_path("resources") / "welcome"


def welcome_language(language: str, folder: Path | None = None) -> str:
    """The language code of the welcome article to offer for an interface language.

    Accepts a language code ("id") or a locale name ("id_ID", "id-ID"); a language
    without its own version gets the English one, so every new library has a welcome.
    """
    code = language.replace("-", "_").split("_", 1)[0].strip().lower()
    if code and (folder or welcome_folder()).joinpath(f"welcome.{code}.md").is_file():
        return code
    return DEFAULT_LANGUAGE


def welcome_article_path(language: str = DEFAULT_LANGUAGE, folder: Path | None = None) -> Path:
    """The welcome article's file for ``language`` (English when there is none in it)."""
    where = folder or welcome_folder()
    return where / f"welcome.{welcome_language(language, where)}.md"
