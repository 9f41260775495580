"""The class summary: each passage the students marked, who marked it, and their notes.

Markdown like every export: each student's words (names, notes, concepts) and each
quote are escaped by reader.core.exporting.markdown_text, so a note reads literally in
any Markdown reader. The summary's own words come through ``translate`` (context
``Export``), in the teacher's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.errors import QT_TRANSLATE_NOOP
from reader.core.exporting.markdown_text import blockquote, escape_inline, indent, paragraphs
from reader.core.exporting.notes_writer import quote_markdown
from reader.core.exporting.wording import Translate, english
from reader.core.packs.passages import Passage

SUMMARY_TITLE = QT_TRANSLATE_NOOP("Export", "Class notes: {title}")
HANDED_IN = QT_TRANSLATE_NOOP("Export", "Students who handed in notes ({count}): {names}")
MARKED_BY = QT_TRANSLATE_NOOP("Export", "{count} of {total} students highlighted this: {names}")
NOTHING_MARKED = QT_TRANSLATE_NOOP("Export", "No student has marked anything here yet.")
NO_NOTES_YET = QT_TRANSLATE_NOOP("Export", "No student's notes have been imported yet.")


@dataclass(frozen=True)
class ClassArticle:
    """One article of the class view: its reading text, who handed in, the passages."""

    title: str
    text: str  # the reading text the passages' offsets are in
    students: tuple[str, ...]  # names of the students who handed in notes on it
    passages: tuple[Passage, ...]


def _passage(passage: Passage, text: str, total: int, translate: Translate) -> list[str]:
    names = ", ".join(passage.students)
    lines = [
        blockquote(quote_markdown(text[passage.start : passage.end])),
        "",
        "**"
        + escape_inline(
            translate("Export", MARKED_BY).format(count=passage.count, total=total, names=names)
        )
        + "**",
    ]
    notes = passage.notes()
    if notes:
        lines.append("")
    for student, note in notes:
        body = "\n\n".join(paragraphs(note))
        lines.append("- " + indent(f"**{escape_inline(student)}**: {body}", 2))
    for student, concepts in _concepts(passage):
        tags = ", ".join(escape_inline("#" + c) for c in concepts)
        lines.append(f"- **{escape_inline(student)}**: {tags}")
    return lines


def _concepts(passage: Passage) -> list[tuple[str, tuple[str, ...]]]:
    found: dict[str, list[str]] = {}
    for mark in passage.marks:
        for concept in mark.concepts:
            names = found.setdefault(mark.student, [])
            if concept not in names:
                names.append(concept)
    return [(student, tuple(names)) for student, names in found.items()]


def write_summary(
    title: str, articles: Sequence[ClassArticle], translate: Translate = english
) -> str:
    """The summary of a class's notes on ``articles``, titled ``title``."""
    out = ["# " + escape_inline(translate("Export", SUMMARY_TITLE).format(title=title)), ""]
    if not articles:
        out += [escape_inline(translate("Export", NO_NOTES_YET)), ""]
    for article in articles:
        total = len(article.students)
        names = ", ".join(article.students)
        out += [
            "## " + escape_inline(article.title),
            "",
            escape_inline(translate("Export", HANDED_IN).format(count=total, names=names)),
            "",
        ]
        if not article.passages:
            out += [escape_inline(translate("Export", NOTHING_MARKED)), ""]
        for passage in article.passages:
            out += [*_passage(passage, article.text, total, translate), ""]
    return "\n".join(out).rstrip("\n") + "\n"
