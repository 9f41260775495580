"""The ``marginalia`` command: the window with no arguments, subcommands for scripting.

Every subcommand calls the same store and core functions the window uses. A user error
prints one line on stderr and exits with status 1; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.core.errors import DocumentError, UserError
from reader.store.location import resolve_data_dir

log = logging.getLogger("marginalia")

EXIT_OK = 0
EXIT_ERROR = 1


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

    exp = commands.add_parser(
        "export",
        help="export notes (Markdown), a handout, W3C annotations (JSON) or a PDF",
        description="Export notes and annotations. Writes to stdout unless -o is given. "
        "ARTICLE is an id or a part of one title (any case).",
    )
    exp.add_argument(
        "--format",
        required=True,
        choices=("md", "handout", "json", "pdf"),
        help="md: notes; handout: the article with passages marked; json: W3C Web "
        "Annotations; pdf: the article as printed (needs --article and -o)",
    )
    exp.add_argument("--article", metavar="ARTICLE", help="only this article")
    exp.add_argument("--concept", metavar="NAME", help="only passages tagged with this concept")
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
    """Open the library; ``changes`` when the command will write to it.

    Before the first write of a session — the command's own, or bringing old articles up
    to the current cleaner — the library is backed up (at most once a day), as the
    window does at its start: a command typed wrong must never be the end of a library.
    """
    from reader.store.articles import has_outdated_articles, reclean_outdated
    from reader.store.backups import backup_before_changes
    from reader.store.database import open_library
    from reader.store.location import database_path

    existed = database_path(data_dir).exists()  # a new, empty library needs no backup
    open_library(data_dir)
    if existed and (changes or has_outdated_articles()):
        problem = backup_before_changes(data_dir)
        if problem:
            _error(f"the daily backup was not made: {problem}")
    reclean_outdated()


def _cmd_clean(args: argparse.Namespace) -> int:
    from reader.core.importing import read_article_file

    prepared = read_article_file(args.file)
    sys.stdout.write(
        prepared.markdown if prepared.markdown.endswith("\n") else prepared.markdown + "\n"
    )
    return EXIT_OK


def _cmd_import(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.articles import ImportOutcome, ImportStatus, import_paths

    _open(data_dir, changes=True)
    status = EXIT_OK
    notes = {ImportStatus.UPDATED: "\t(updated)", ImportStatus.UNCHANGED: "\t(already in library)"}
    for outcome in import_paths(args.paths):
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
                "added_at": r.added_at.isoformat(),
                "opened_at": r.opened_at.isoformat() if r.opened_at else None,
            }
            for r in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(f"{r.id}\t{r.title}\t{r.words} words\t{reading_minutes(r.words)} min")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.search import search_command

    _open(data_dir)
    sys.stdout.write(search_command(" ".join(args.query), args.json))
    return EXIT_OK


def _cmd_highlight(args: argparse.Namespace, data_dir: Path) -> int:
    from reader.store.articles import find_article
    from reader.store.highlights import create_highlight, find_quote

    _open(data_dir, changes=True)
    article = find_article(args.article)
    start, end = find_quote(article.id, args.quote, args.occurrence)
    created = create_highlight(
        article.id, start, end, color=args.color, note=args.note, concepts=args.concept
    )
    # Printed only after the commit returned: the id names a highlight that exists.
    print(created.id)
    return EXIT_OK


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
    from reader.store import exports
    from reader.store.articles import find_article

    fmt = args.format
    if fmt in ("handout", "pdf") and args.article is None:
        raise UserError(f"--format {fmt} needs --article ARTICLE.")
    if fmt == "pdf" and args.output is None:
        raise UserError("--format pdf needs -o PATH: a PDF is not written to the terminal.")
    if args.concept is not None and fmt not in ("md",):
        raise UserError("--concept only applies to --format md.")
    if args.template is not None and fmt not in ("md", "handout"):
        raise UserError("--template only applies to --format md and handout.")
    _open(data_dir)
    if args.output is not None:
        from reader.store.library_files import refuse_library_files

        refuse_library_files(args.output, data_dir)
    article_id = find_article(args.article).id if args.article is not None else None
    if fmt == "pdf":
        assert article_id is not None
        from reader.ui.printing import export_pdf

        export_pdf(article_id, args.output, args.page_size)
        return EXIT_OK
    if fmt == "md":
        text = exports.notes_markdown(article_id, args.concept, args.by, args.template)
    elif fmt == "handout":
        assert article_id is not None
        text = exports.handout_markdown(article_id, args.template)
    else:
        payload = exports.annotations_json(article_id)
        text = json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    if args.output is None:
        sys.stdout.write(text)
    else:
        write_text_atomic(args.output, text)
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
    """
    args = list(argv)
    others = list(args)
    for index, arg in reversed(list(enumerate(args))):
        if arg == "--data-dir":
            del others[index : index + 2]
        elif arg.startswith("--data-dir="):
            del others[index]
    if len(others) == 1 and others[0].startswith("marginalia://"):
        args.remove(others[0])
        return args, others[0]
    return args, None


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if arguments[:1] == ["--template-worker"]:
        # A user's export template, rendered in a child process with limits (see there).
        from reader.core.exporting.template_worker import worker_main

        return worker_main()
    rest, link = _split_link(arguments)
    args = _build_parser().parse_args(rest)
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
        if args.command == "concepts":
            return _cmd_concepts(args, data_dir)
        if args.command == "export":
            return _cmd_export(args, data_dir)
        if args.command == "import-annotations":
            return _cmd_import_annotations(args, data_dir)
        if args.command in ("backup", "restore", "check"):
            return _cmd_safety(args, data_dir)
        from reader.ui.app import run_app

        return run_app(data_dir, link)
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
