"""The ``marginalia`` command: the window with no arguments, subcommands for scripting.

Every subcommand calls the same store and core functions the window uses. A user error
prints one line on stderr and exits with status 1; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reader import __version__
from reader.core.errors import DocumentError, UserError
from reader.store.location import resolve_data_dir

if TYPE_CHECKING:
    from reader.core.formats import ImportProgress
    from reader.core.highlight_record import HighlightData

log = logging.getLogger("marginalia")

EXIT_OK = 0
EXIT_ERROR = 1
EXPORT_LANGUAGES = ("en", "id")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marginalia",
        description="An offline reader for studying articles. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Marginalia {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="use the library in DIR (default: $MARGINALIA_DATA_DIR, "
        "or the platform's user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = commands.add_parser("clean", help="print the cleaned Markdown of a file")
    clean.add_argument("file", type=Path, metavar="FILE")

    imp = commands.add_parser("import", help="import files or folders into the library")
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH")

    lst = commands.add_parser("list", help="list the articles in the library")
    lst.add_argument("--json", action="store_true", help="print JSON instead of text")

    srch = commands.add_parser(
        "search",
        help="search articles, highlights, notes and concepts",
        description="Every word must match (any case, any accents); the last may be a prefix.",
    )
    srch.add_argument("query", nargs="+", metavar="QUERY")
    srch.add_argument("--json", action="store_true", help="print JSON instead of text")

    from reader.core.highlight_colors import COLORS, DEFAULT_COLOR

    hl = commands.add_parser(
        "highlight",
        help="highlight a passage of an article; prints the new highlight's id",
        description="Highlight a passage. ARTICLE is an id or a part of one title (any case).",
    )
    hl.add_argument("article", metavar="ARTICLE")
    hl.add_argument("--quote", required=True, metavar="TEXT", help="the passage to highlight")
    hl.add_argument(
        "--occurrence",
        type=int,
        metavar="N",
        help="which occurrence, when it appears more than once",
    )
    hl.add_argument(
        "--color",
        default=DEFAULT_COLOR,
        choices=COLORS,
        metavar="NAME",
        help=f"one of {', '.join(COLORS)} (default {DEFAULT_COLOR})",
    )
    hl.add_argument("--note", default="", metavar="TEXT")
    hl.add_argument(
        "--concept",
        action="append",
        default=[],
        metavar="NAME",
        help="tag with a concept (repeatable)",
    )
    _add_overlap_options(hl)

    hls = commands.add_parser(
        "highlights",
        help="list an article's highlights: placed, needing a look, or unplaced",
        description="List an article's highlights. ARTICLE is an id or a part of one title "
        "(any case). A highlight that needs a look lost its certain place when the article "
        "changed: the place proposed for it waits for `placement confirm` or `reject`.",
    )
    hls.add_argument("article", metavar="ARTICLE")
    hls.add_argument(
        "--to-check",
        action="store_true",
        help="only those that need a look, the passage then beside the proposed text now",
    )
    hls.add_argument("--json", action="store_true", help="print JSON instead of text")

    plc = commands.add_parser(
        "placement",
        help="confirm or reject the place proposed for a highlight that needs a look",
    )
    plc_actions = plc.add_subparsers(dest="placement_action", metavar="ACTION", required=True)
    plc_actions.add_parser("confirm", help="place it there (“Yes, here”)").add_argument(
        "highlight", metavar="HIGHLIGHT_ID"
    )
    plc_actions.add_parser("reject", help="not there: it stays unplaced").add_argument(
        "highlight", metavar="HIGHLIGHT_ID"
    )

    con = commands.add_parser(
        "concepts",
        help="list concepts with their passage counts, or rename, merge, describe, delete one",
    )
    con.add_argument("--json", action="store_true", help="print the list as JSON")
    actions = con.add_subparsers(dest="concept_action", metavar="ACTION")
    ren = actions.add_parser("rename", help="rename a concept")
    ren.add_argument("old", metavar="OLD")
    ren.add_argument("new", metavar="NEW")
    mer = actions.add_parser("merge", help="merge concept FROM into INTO (FROM becomes an alias)")
    mer.add_argument("source", metavar="FROM")
    mer.add_argument("target", metavar="INTO")
    des = actions.add_parser("describe", help="set a concept's definition")
    des.add_argument("name", metavar="NAME")
    des.add_argument("text", metavar="TEXT")
    dele = actions.add_parser("delete", help="delete a concept (its passages stay highlighted)")
    dele.add_argument("name", metavar="NAME")

    _add_study_commands(commands)

    exp = commands.add_parser(
        "export",
        help="export notes (Markdown), a handout, W3C annotations (JSON), a PDF or Anki cards",
        description="Export notes and annotations. Writes to stdout unless -o is given. "
        "ARTICLE is an id or a part of one title (any case).",
    )
    exp.add_argument(
        "--format",
        required=True,
        choices=("md", "handout", "json", "pdf", "anki", *CLASS_FORMATS),
        help="md: notes; handout: the article with passages marked; json: W3C Web "
        "Annotations; pdf: the article as printed (needs --article and -o); anki: the "
        "study cards as an Anki deck, .apkg (needs -o; --by concept for a deck per concept); "
        "pack: a class pack of the articles with your highlights (--article, repeatable, "
        "and -o); handback: your notes on a class pack's articles for your teacher (W3C "
        "JSON); summary: the class's notes handed back, passage by passage (Markdown)",
    )
    exp.add_argument(
        "--article",
        metavar="ARTICLE",
        action="append",
        help="only this article (--format pack: repeat it for several)",
    )
    exp.add_argument(
        "--concept", metavar="NAME", help="only passages tagged with this concept (md, anki)"
    )
    exp.add_argument(
        "--by",
        choices=("article", "concept"),
        default="article",
        help="group notes by article (reading order, the default) or by concept",
    )
    exp.add_argument(
        "--template", type=Path, metavar="FILE", help="a Jinja2 template of your own (md, handout)"
    )
    exp.add_argument("--page-size", choices=("A4", "Letter"), default="A4", help="for pdf")
    _add_flavor_option(exp)
    exp.add_argument(
        "--language",
        choices=EXPORT_LANGUAGES,
        default="en",
        help="the language of the export's own words (headings, labels, colour names): "
        "en (the default) or id (Indonesian)",
    )
    _add_class_options(exp)
    exp.add_argument("-o", "--output", type=Path, metavar="PATH", help="write to PATH")

    imp_ann = commands.add_parser(
        "import-annotations",
        help="import W3C Web Annotations (a JSON file made by export --format json)",
    )
    imp_ann.add_argument("file", type=Path, metavar="FILE")

    bak = commands.add_parser("backup", help="back up the library (SQLite's online backup)")
    bak.add_argument("-o", "--output", type=Path, metavar="PATH", help="write the backup to PATH")
    res = commands.add_parser(
        "restore", help="restore the library from a backup (the current one is backed up first)"
    )
    res.add_argument("path", type=Path, metavar="PATH")
    commands.add_parser("check", help="run SQLite's full integrity check on the library")
    _accept_data_dir_after_commands(parser)
    return parser


def _add_study_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rev = commands.add_parser(
        "review",
        help="list the study cards due for review today",
        description="Study mode's cards due today: reviews, cards in learning, and as many "
        "new cards as today allows. Review them in the window: View → Review (Ctrl+R).",
    )
    rev.add_argument("--due", action="store_true", help="list the cards due today (the default)")
    rev.add_argument("--concept", metavar="NAME", help="only the cards of this concept")
    rev.add_argument("--json", action="store_true", help="print JSON instead of text")
    study = commands.add_parser("study", help="study mode: progress of your reviews")
    actions = study.add_subparsers(dest="study_action", metavar="ACTION", required=True)
    stats = actions.add_parser(
        "stats", help="cards, reviews per day, what comes due, and what you remember"
    )
    stats.add_argument("--json", action="store_true", help="print JSON instead of text")


def _add_overlap_options(hl: argparse.ArgumentParser) -> None:
    # The window asks "Merge or Keep Both?" when a selection overlaps a highlight; a
    # script says which beforehand, and is refused when it says neither.
    hl.add_argument(
        "--merge",
        action="store_true",
        help="when the passage overlaps highlights, make them one highlight over all of "
        "them (notes joined, concepts kept), as the window's Merge does",
    )
    hl.add_argument(
        "--allow-duplicate",
        action="store_true",
        help="when the passage overlaps highlights, keep them and add this one too",
    )


CLASS_FORMATS = ("pack", "handback", "summary")


def _add_class_options(exp: argparse.ArgumentParser) -> None:
    exp.add_argument(
        "--instruction", metavar="TEXT", help="pack: what you ask the class to do, shown above"
    )
    exp.add_argument("--title", metavar="TEXT", help="pack: its title (default: the articles')")
    exp.add_argument(
        "--name",
        metavar="NAME",
        help="pack, handback: your name as the class sees it (default: the one in Preferences)",
    )
    exp.add_argument(
        "--pack", metavar="PACK", help="handback: which class pack (default: the newest opened)"
    )


def _add_flavor_option(exp: argparse.ArgumentParser) -> None:
    from reader.core.exporting.mark_flavors import FLAVORS, OBSIDIAN

    # No default here: --flavor with another format is a mistake worth saying.
    exp.add_argument(
        "--flavor",
        choices=tuple(FLAVORS),
        help=f"how a handout marks passages: {OBSIDIAN}, ==text== (Obsidian, markdown-it, "
        "pandoc 3 with +mark; the default), or pandoc, [text]{.mark} (pandoc's markdown "
        "and commonmark_x readers, any version)",
    )


def _accept_data_dir_after_commands(parser: argparse.ArgumentParser) -> None:
    """Let ``marginalia list --data-dir DIR`` mean ``marginalia --data-dir DIR list``:
    people put options after the command. SUPPRESS keeps a value given before it."""
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        if not isinstance(action, argparse._SubParsersAction):
            continue
        for sub in action.choices.values():
            sub.add_argument(
                "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above"
            )
            _accept_data_dir_after_commands(sub)


def _open(data_dir: Path, changes: bool = False) -> None:
    """Open the library; ``changes`` when the command will write to it. A new library gets
    the window's own first-run set-up (ui/app.py). Articles an older cleaner produced are
    cleaned again before the command, said in one line on stderr (the window does it in
    the background instead).

    Before the first write of a session — the command's own, or bringing old articles up
    to the current cleaner — the library is backed up (at most once a day), as the
    window does at its start: a command typed wrong must never be the end of a library.
    """
    from reader.store.articles import (
        bundled_articles_offered,
        has_outdated_articles,
        reclean_outdated,
    )
    from reader.store.backups import backup_before_changes
    from reader.store.database import open_library
    from reader.store.location import database_path

    existed = database_path(data_dir).exists()  # a new, empty library needs no backup
    open_library(data_dir)
    offered = bundled_articles_offered()
    if existed and (changes or not offered or has_outdated_articles()):
        problem = backup_before_changes(data_dir)
        if problem:
            _error(f"the daily backup was not made: {problem}")
    if not offered:
        _first_run(data_dir)
    report = reclean_outdated()  # after the backup above
    if report.cleaned:
        moved, unplaced = report.highlights_moved, report.highlights_unplaced
        _error(
            f"cleaned {_counted(report.cleaned, 'article')} again with the improved reader "
            f"mode: {_counted(moved, 'highlight')} moved, {unplaced} to look at (unplaced, "
            "kept with their quotes)."
        )


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _first_run(data_dir: Path) -> None:
    """What the window does on a new library: the bundled articles and the welcome
    article in the library's language; said on stderr (stdout stays the command's)."""
    import os

    from reader.core.languages import environment_languages, resolve_language
    from reader.store.articles import count_articles
    from reader.store.first_run import library_language_choice, open_library_for_use

    choice = library_language_choice(data_dir)
    language = resolve_language(choice, environment_languages(os.environ))
    before = count_articles()
    open_library_for_use(data_dir, language, reclean=False)  # _open re-cleans after
    added = count_articles() - before
    if added:
        _error(
            f"the library in {data_dir} is new to Marginalia: added {added} articles to "
            "start with, the welcome article and the bundled ones."
        )


def _cmd_clean(args: argparse.Namespace) -> int:
    from reader.core.importing import read_article_file

    prepared = read_article_file(args.file)
    sys.stdout.write(
        prepared.markdown if prepared.markdown.endswith("\n") else prepared.markdown + "\n"
    )
    return EXIT_OK


def _page_progress(path: Path) -> ImportProgress:
    """On a terminal, a long document shows how far it got: "x.pdf: page 120 of 300"."""
    from reader.core.formats import ImportProgress

    def show(done: int, total: int) -> None:
        if total > 1:
            end = "\n" if done >= total else ""
            sys.stderr.write(f"\r{path.name}: {done} of {total}{end}")
            sys.stderr.flush()

    return ImportProgress(on_step=show)


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.articles import ImportOutcome, ImportStatus, import_paths
    from reader.store.class_files import import_class_files, split_class_files

    _open(data_dir, changes=True)
    status = EXIT_OK
    class_files, paths = split_class_files(args.paths)
    for done in import_class_files(class_files):
        if isinstance(done, DocumentError):
            _error(str(done))
            status = EXIT_ERROR
        else:
            print(done.summary())
    notes = {ImportStatus.UPDATED: "\t(updated)", ImportStatus.UNCHANGED: "\t(already in library)"}
    for outcome in import_paths(paths, _page_progress if sys.stderr.isatty() else None):
        if isinstance(outcome, ImportOutcome):
            print(f"{outcome.article_id}\t{outcome.title}{notes.get(outcome.status, '')}")
        else:
            _error(str(outcome))
            status = EXIT_ERROR
    return status


def _cmd_list(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.core.text_stats import reading_minutes
    from reader.store.articles import list_articles

    _open(data_dir)
    rows = list_articles()
    if args.json:
        payload = [
            {
                "id": r.id,
                "title": r.title,
                "words": r.words,
                "reading_minutes": reading_minutes(r.words),
                "highlights": r.highlights,
                "added_at": r.added_at.isoformat(),
                "opened_at": r.opened_at.isoformat() if r.opened_at else None,
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            count = f"{r.highlights} highlight{'' if r.highlights == 1 else 's'}"
            print(f"{r.id}\t{r.title}\t{r.words} words\t{reading_minutes(r.words)} min\t{count}")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.search import results_text, search

    _open(data_dir)
    query = " ".join(args.query)
    results = search(query)
    sys.stdout.write(results_text(results, args.json))
    if results:
        return EXIT_OK
    # As grep does: a script can tell "nothing found" from the status.
    _error(f"No results for “{query}”.")
    return EXIT_ERROR


def _cmd_highlight(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.articles import find_article
    from reader.store.highlights import create_highlight, find_quote, overlapping

    if args.merge and args.allow_duplicate:
        raise UserError("Say either --merge or --allow-duplicate, not both.")
    _open(data_dir, changes=True)
    article = find_article(args.article)
    start, end = find_quote(article.id, args.quote, args.occurrence)
    over = [] if args.allow_duplicate else overlapping(article.id, start, end)
    if over and not args.merge:
        raise UserError(_overlap_message(over))
    if over:
        made = _merge_highlight(over, start, end, args.note, args.concept)
    else:
        made = create_highlight(
            article.id, start, end, color=args.color, note=args.note, concepts=args.concept
        )
    # Printed only after the commit returned: the id names a highlight that exists.
    print(made.id)
    return EXIT_OK


def _placement(h: HighlightData) -> str:
    if h.placed:
        return "placed"
    return "needs a look" if h.needs_look else "unplaced"


def _cmd_highlights(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.articles import find_article
    from reader.store.highlights import list_highlights
    from reader.store.placement_checks import placements_to_check

    _open(data_dir)
    article = find_article(args.article)
    if args.to_check:
        checks = placements_to_check(article.id)
        if args.json:
            payload = [
                {
                    "id": c.highlight.id,
                    "then": {"before": c.old_before, "text": c.old_text, "after": c.old_after},
                    "now": {"before": c.new_before, "text": c.new_text, "after": c.new_after},
                    "proposed_start": c.new_start,
                    "proposed_end": c.new_end,
                    "note": c.highlight.note,
                }
                for c in checks
            ]
            print(json.dumps(payload, ensure_ascii=False, indent=2))
            return EXIT_OK
        for c in checks:
            print(f"{c.highlight.id}  needs a look")
            print(
                f"  then: …{_one_line(c.old_before)}[{_one_line(c.old_text)}]"
                f"{_one_line(c.old_after)}…"
            )
            print(
                f"  now:  …{_one_line(c.new_before)}[{_one_line(c.new_text)}]"
                f"{_one_line(c.new_after)}…"
            )
        if not checks:
            print(f"No highlight of “{article.title}” needs a look.")
        return EXIT_OK
    rows = list_highlights(article.id)
    if args.json:
        payload = [
            {
                "id": h.id,
                "placement": _placement(h),
                "start": h.start if h.placed else None,
                "end": h.end if h.placed else None,
                "quote": h.exact,
                "proposed_start": h.proposed_start,
                "proposed_end": h.proposed_end,
                "color": h.color,
                "note": h.note,
                "concepts": list(h.concepts),
            }
            for h in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    for h in rows:
        where = f"{h.start}-{h.end}" if h.placed else "-"
        print(f"{h.id}\t{_placement(h)}\t{where}\t{_one_line(h.exact)}\t{_one_line(h.note)}")
    return EXIT_OK


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _cmd_placement(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.placement_checks import confirm_placement, reject_placement

    _open(data_dir)
    if args.placement_action == "confirm":
        h = confirm_placement(args.highlight)
        print(f"Placed at {h.start}-{h.end}: “{_one_line(h.exact)}”.")
    else:
        reject_placement(args.highlight)
        print("Not placed; it stays among the unplaced highlights.")
    return EXIT_OK


def _overlap_message(over: Sequence[HighlightData]) -> str:
    def named(h: HighlightData) -> str:
        quote = h.exact if len(h.exact) <= 60 else h.exact[:59].rstrip() + "…"
        return f"{h.id} (“{quote}”)"

    which = (
        f"highlight {named(over[0])}"
        if len(over) == 1
        else f"{len(over)} highlights: " + ", ".join(named(h) for h in over)
    )
    return (
        f"The passage overlaps {which}. Add --merge to make them one highlight (notes "
        "joined, concepts kept), or --allow-duplicate to keep both."
    )


def _merge_highlight(
    over: Sequence[HighlightData], start: int, end: int, note: str, concepts: Sequence[str]
) -> HighlightData:
    """The window's Merge (store.highlights.merge_into), with this command's note and
    concepts added to the one highlight it leaves."""
    from reader.store import highlights
    from reader.store.models import database_proxy

    keep = over[0]
    with database_proxy.atomic():
        union = min([start, *(h.start for h in over)]), max([end, *(h.end for h in over)])
        merged = highlights.merge_into(keep.id, [h.id for h in over[1:]], *union)
        if note.strip():
            joined = "\n\n".join(n for n in (merged.note, note) if n.strip())
            merged = highlights.set_note(keep.id, joined)
        if concepts:
            merged = highlights.add_concepts(keep.id, list(concepts))
    return merged


def _cmd_concepts(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store import concepts

    action = args.concept_action
    _open(data_dir, changes=action is not None)
    if action == "rename":
        renamed = concepts.rename_concept(concepts.concept_named(args.old).id, args.new)
        print(f"Renamed to “{renamed.name}”.")
    elif action == "merge":
        source = concepts.concept_named(args.source)
        target = concepts.concept_named(args.target)
        moved = concepts.merge_concepts(source.id, target.id)
        print(
            f"Merged “{moved.name}” into “{target.name}”: "
            f"{len(moved.highlight_ids)} passage(s) moved; “{moved.name}” is now an alias."
        )
    elif action == "describe":
        described = concepts.describe_concept(concepts.concept_named(args.name).id, args.text)
        print(f"Definition of “{described.name}” saved.")
    elif action == "delete":
        gone = concepts.delete_concept(concepts.concept_named(args.name).id)
        print(f"Deleted “{gone.name}”; its {len(gone.highlight_ids)} passage(s) stay highlighted.")
    elif args.json:
        print(
            json.dumps(
                [
                    {
                        "id": c.id,
                        "name": c.name,
                        "definition": c.definition,
                        "aliases": list(c.aliases),
                        "passages": c.passages,
                        "articles": c.articles,
                    }
                    for c in concepts.list_concepts()
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for c in concepts.list_concepts():
            print(f"{c.name}\t{c.passages} passage(s)\t{c.articles} article(s)")
    return EXIT_OK


def _cmd_export(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.core.atomic_write import write_text_atomic
    from reader.core.exporting.mark_flavors import OBSIDIAN
    from reader.store import exports
    from reader.store.articles import find_article

    fmt = args.format
    if args.output is not None:
        from reader.store.library_files import refuse_library_files

        refuse_library_files(args.output, data_dir)  # first: no format may write there
    if fmt in CLASS_FORMATS:
        return _cmd_export_class(args, data_dir)
    _refuse_class_options(args)
    if args.article is not None and len(args.article) > 1:
        raise UserError("--article is given once, except with --format pack.")
    args.article = args.article[0] if args.article else None
    if fmt in ("handout", "pdf") and args.article is None:
        raise UserError(f"--format {fmt} needs --article ARTICLE.")
    if fmt == "pdf" and args.output is None:
        raise UserError("--format pdf needs -o PATH: a PDF is not written to the terminal.")
    if args.concept is not None and fmt not in ("md", "anki"):
        raise UserError("--concept only applies to --format md and anki.")
    if fmt == "anki" and args.output is None:
        raise UserError("--format anki needs -o PATH: an Anki deck is not written to the terminal.")
    if fmt == "anki" and args.article is not None:
        raise UserError(
            "--article does not apply to --format anki: a deck is made of one "
            "concept's cards (--concept) or the whole library's."
        )
    if args.template is not None and fmt not in ("md", "handout"):
        raise UserError("--template only applies to --format md and handout.")
    if args.flavor is not None and fmt != "handout":
        raise UserError("--flavor only applies to --format handout.")
    from reader.translation_files import export_translate  # the Export dialog's too

    translate = export_translate(args.language)
    _open(data_dir)
    article_id = find_article(args.article).id if args.article is not None else None
    if fmt == "anki":
        from reader.core.atomic_write import write_bytes_atomic
        from reader.store.anki_export import BY_CONCEPT, BY_LIBRARY, anki_package

        by = BY_CONCEPT if args.by == "concept" else BY_LIBRARY
        write_bytes_atomic(args.output, anki_package(args.concept, by))
        return EXIT_OK
    if fmt == "pdf":
        assert article_id is not None
        from reader.printing.handout_pdf import export_pdf

        export_pdf(article_id, args.output, args.page_size, translate)
        return EXIT_OK
    if fmt == "md":
        text = exports.notes_markdown(article_id, args.concept, args.by, args.template, translate)
    elif fmt == "handout":
        assert article_id is not None
        flavor = args.flavor or OBSIDIAN
        text = exports.handout_markdown(article_id, args.template, flavor, translate)
    else:
        payload = exports.annotations_json(article_id, translate)
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(args.output, text)
    return EXIT_OK


def _refuse_class_options(args: argparse.Namespace) -> None:
    for option in ("instruction", "title", "name", "pack"):
        if getattr(args, option) is not None:
            raise UserError(f"--{option} only applies to --format pack, handback or summary.")


def _cmd_export_class(args: argparse.Namespace, data_dir: Path) -> int:
    """Class packs, notes for the teacher and the class summary (reader.store.class_packs,
    handbacks): the same functions as File → Export's class items."""
    from reader.core.atomic_write import write_text_atomic
    from reader.store import class_packs, handbacks
    from reader.store.articles import find_article

    fmt = args.format
    if fmt == "pack" and (not args.article or args.output is None):
        raise UserError(
            "--format pack needs --article ARTICLE (repeatable) and -o FILE.marginalia."
        )
    if fmt != "pack" and (args.instruction is not None or args.title is not None):
        raise UserError("--instruction and --title only apply to --format pack.")
    if fmt != "handback" and args.pack is not None:
        raise UserError("--pack only applies to --format handback.")
    if fmt == "summary" and args.name is not None:
        raise UserError("--name only applies to --format pack and handback.")
    if fmt == "summary" and args.article and len(args.article) > 1:
        raise UserError("--format summary takes one --article, or none for every article.")
    from reader.translation_files import export_translate

    translate = export_translate(args.language)
    _open(data_dir)
    if fmt == "pack":
        ids = [find_article(reference).id for reference in args.article]
        pack = class_packs.export_pack(
            args.output, ids, args.instruction or "", args.name, args.title
        )
        print(
            f"{args.output}: “{pack.title}”, {len(pack.annotations)} note(s) by {pack.creator.name}"
        )
        return EXIT_OK
    if fmt == "handback":
        pack_id = handbacks.find_pack(args.pack) if args.pack is not None else None
        text = handbacks.handback_text(pack_id, args.name, translate)
    else:
        article_id = find_article(args.article[0]).id if args.article else None
        text = handbacks.class_summary(article_id, translate)
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(args.output, text)
    return EXIT_OK


def _cmd_review(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.core.study.cards import question_text
    from reader.core.study.times import utc_now
    from reader.store.concepts import concept_named
    from reader.store.reviews import todays_queue
    from reader.store.study_cards import card_text

    _open(data_dir)
    concept_id = concept_named(args.concept).id if args.concept is not None else None
    now = utc_now()
    queue = todays_queue(now, concept_id)
    rows = []
    for item in queue:
        card = card_text(item.card_id)
        if card is None:
            continue
        stage = "new" if item.new else "learning" if item.learning else "review"
        rows.append((item, card, stage))
    if args.json:
        payload = [
            {
                "card": item.card_id,
                "kind": str(card.kind),
                "stage": stage,
                "due": item.due.isoformat(),
                "question": question_text(card),
                "concepts": list(card.concepts),
                "highlight": card.passage.highlight_id if card.passage else None,
                "article": card.passage.article_id if card.passage else None,
                "link": card.link,
            }
            for item, card, stage in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for item, card, stage in rows:
            due = item.due.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{item.card_id}\t{card.kind}\t{stage}\t{due}\t{question_text(card)}")
        _error(f"{len(rows)} card{'' if len(rows) == 1 else 's'} to review today.")
    return EXIT_OK


def _cmd_study(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.core.study.times import utc_now
    from reader.store.study_stats import study_stats

    _open(data_dir)
    stats = study_stats(utc_now())
    if args.json:
        payload = {
            "today": stats.today.isoformat(),
            "cards": stats.cards,
            "new": stats.new,
            "learning": stats.learning,
            "review": stats.review,
            "due_today": stats.due_today,
            "reviews_today": stats.reviews_today,
            "reviews_by_day": {d.isoformat(): n for d, n in stats.reviews_by_day},
            "due_by_day": {d.isoformat(): n for d, n in stats.due_by_day},
            "retention": stats.retention,
            "concepts": [
                {
                    "name": c.name,
                    "remembered": c.remembered,
                    "reviews": c.reviews,
                    "retention": c.share,
                }
                for c in stats.concepts
            ],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(
        f"Cards: {stats.cards} ({stats.new} new, {stats.learning} learning, "
        f"{stats.review} to review)"
    )
    print(f"Due today: {stats.due_today}; reviewed today: {stats.reviews_today}")
    if stats.retention is not None:
        print(
            f"Remembered: {stats.retention:.0%} of {stats.recalled_reviews} reviews after days away"
        )
    for concept in stats.concepts:
        print(f"{concept.name}: {concept.share:.0%} remembered ({concept.reviews} reviews)")
    print("Reviews per day, last 30 days: " + " ".join(str(n) for _d, n in stats.reviews_by_day))
    print("Due per day, next 30 days: " + " ".join(str(n) for _d, n in stats.due_by_day))
    return EXIT_OK


def _cmd_import_annotations(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.annotation_import import import_annotations

    _open(data_dir, changes=True)
    report = import_annotations(args.file)
    print(f"Annotations from {args.file}: {report.summary()}.")
    return EXIT_OK


def _cmd_safety(args: argparse.Namespace, data_dir: Path) -> int:
    # No _open() here: opening would migrate the schema, and a restore needs it closed.
    from reader.store import backups

    if args.command == "backup":
        print(backups.backup_command(data_dir, args.output))
        return EXIT_OK
    if args.command == "restore":
        print(backups.restore_command(data_dir, args.path))
        return EXIT_OK
    ok, report = backups.check_command(data_dir)
    print(report)
    return EXIT_OK if ok else EXIT_ERROR


def _error(message: str) -> None:
    print(f"marginalia: {message}", file=sys.stderr)


def _log_crash(data_dir: Path | None) -> Path | None:
    """Keep the details of an unexpected failure where a bug report can find them."""
    for folder in filter(None, [data_dir, Path.home()]):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / "marginalia-error.log"
            with path.open("a", encoding="utf-8") as fh:
                fh.write(traceback.format_exc())
            return path
        except OSError:
            continue
    return None


def _split_link(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """Take a marginalia:// link out of the arguments: the desktop opens the app with one.

    Only a link that is the sole argument (beside ``--data-dir``) is one: anywhere else it
    is the value of an option or a command's word (``--note "marginalia://…"``).
    A double-clicked class pack arrives the same way (the desktop entry's %u), as a path
    or a file:// URL; outside a subcommand it becomes a file:// link the window opens.
    """
    rest = list(argv)
    others = list(rest)
    for index, arg in reversed(list(enumerate(rest))):
        if arg == "--data-dir":
            del others[index : index + 2]
        elif arg.startswith("--data-dir="):
            del others[index]
    if len(others) == 1 and others[0].startswith("marginalia://"):
        rest.remove(others[0])
        return rest, others[0]
    opened = [a for a in others if a.startswith("file://") or a.lower().endswith(".marginalia")]
    # Only when a file is there: building the parser twice would slow every start.
    if opened and not set(others) & _command_names():
        rest = [a for a in rest if a not in opened]
        return rest, (
            opened[0] if opened[0].startswith("file://") else Path(opened[0]).resolve().as_uri()
        )
    return rest, None


def _command_names() -> set[str]:
    """Every subcommand's name, as the parser knows them."""
    parser = _build_parser()
    return {
        name
        for action in (parser._subparsers._group_actions if parser._subparsers else [])
        if isinstance(action, argparse._SubParsersAction)
        for name in action.choices
    }


# Opens the window on a library, with a marginalia:// link to show; returns the exit status.
OpenWindow = Callable[[Path, str | None], int]


def main(argv: Sequence[str] | None = None, open_window: OpenWindow | None = None) -> int:
    """Run one subcommand; with none, ``open_window`` (reader/launch.py passes the window:
    this module never imports the user interface)."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["--template-worker"]:
        # A user's export template, rendered in a child process with limits (see there).
        from reader.core.exporting.template_worker import worker_main

        return worker_main()
    rest, link = _split_link(arguments)
    # No arguments is the window, started from a launcher or a shell: the parser of every
    # subcommand (a hundred regular expressions, ~15 ms before the first frame) is built
    # only when there is something to parse.
    if rest:
        args = _build_parser().parse_args(rest)
    else:  # what the parser gives for no arguments
        args = argparse.Namespace(command=None, data_dir=None)
    data_dir: Path | None = None
    try:
        data_dir = resolve_data_dir(args.data_dir)
        if args.command == "clean":
            return _cmd_clean(args)
        if args.command == "import":
            return _cmd_import(args, data_dir)
        if args.command == "list":
            return _cmd_list(args, data_dir)
        if args.command == "search":
            return _cmd_search(args, data_dir)
        if args.command == "highlight":
            return _cmd_highlight(args, data_dir)
        if args.command == "highlights":
            return _cmd_highlights(args, data_dir)
        if args.command == "placement":
            return _cmd_placement(args, data_dir)
        if args.command == "concepts":
            return _cmd_concepts(args, data_dir)
        if args.command == "export":
            return _cmd_export(args, data_dir)
        if args.command == "review":
            return _cmd_review(args, data_dir)
        if args.command == "study":
            return _cmd_study(args, data_dir)
        if args.command == "import-annotations":
            return _cmd_import_annotations(args, data_dir)
        if args.command in ("backup", "restore", "check"):
            return _cmd_safety(args, data_dir)
        if open_window is None:
            _error("no command given; see marginalia --help")
            return EXIT_ERROR
        return open_window(data_dir, link)
    except DocumentError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except UserError as exc:
        _error(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last line of defence before a traceback
        from reader.store.database import damage_error, storage_problem
        from reader.store.location import database_path

        problem = storage_problem(exc)
        damage = damage_error(exc, database_path(data_dir)) if data_dir else None
        if problem or damage:
            _error(problem or str(damage))
            return EXIT_ERROR
        where = _log_crash(data_dir)
        detail = f" Details were saved in {where}." if where else ""
        _error(f"unexpected error: {exc}.{detail} Please report it.")
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
