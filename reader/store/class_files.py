"""Files a class passes around, told apart from articles: packs and students' notes.

``marginalia import`` and the window's File → Import take articles, class packs
(``.marginalia``) and students' notes (``.json``, the W3C file "Notes for My Teacher"
writes) in one go; these go here, articles to reader.store.articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.core.errors import DocumentError
from reader.core.packs.pack_format import SUFFIX
from reader.store.class_packs import PackImport, import_pack
from reader.store.handbacks import HandbackImport, import_handback

HANDBACK_SUFFIX = ".json"


def is_class_file(path: Path) -> bool:
    return path.suffix.lower() in (SUFFIX, HANDBACK_SUFFIX) and not path.is_dir()


def split_class_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(class packs and students' notes, everything else), each in the order given."""
    listed = list(paths)
    return [p for p in listed if is_class_file(p)], [p for p in listed if not is_class_file(p)]


def import_class_files(
    paths: Iterable[Path],
) -> Iterator[PackImport | HandbackImport | DocumentError]:
    """Open each pack and import each student's notes; a refused file is yielded as its
    error, changes nothing, and the next file goes on."""
    for path in paths:
        try:
            if path.suffix.lower() == SUFFIX:
                yield import_pack(path)
            else:
                yield import_handback(path)
        except DocumentError as exc:
            yield exc
