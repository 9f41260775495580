"""DOCX, ODT and EPUB written by pandoc from a known text's Markdown.

pandoc (in CI's apt list) writes each format the way real word processors and e-book
tools lay it out: Word styles and numbering, OpenDocument automatic styles, an EPUB with
its package document, navigation, title page and footnotes.
"""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from tests.documents.corpus import StudyText


def _metadata(text: StudyText) -> str:
    return f'---\ntitle: "{text.title}"\nauthor: "{text.author}"\nlang: id\n---\n\n'


def write_document(text: StudyText, path: Path, extra: list[str] | None = None) -> Path:
    """``path`` (.docx, .odt or .epub, by its suffix) holding ``text``; returns it."""
    source = path.with_suffix(".source.md")
    source.write_text(_metadata(text) + text.markdown(with_title=False), encoding="utf-8")
    subprocess.run(
        ["pandoc", str(source), "-o", str(path), *(extra or [])],
        check=True,
        capture_output=True,
        cwd=path.parent,
    )
    return path


def write_epub_collection(texts: list[StudyText], title: str, path: Path) -> Path:
    """An EPUB whose table of contents lists several articles, one chapter each."""
    parts = [f'---\ntitle: "{title}"\nauthor: "Tim Redaksi"\nlang: id\n---\n']
    for text in texts:
        body = text.markdown(with_title=False)
        # Each article's sections one level below its title; footnote labels kept apart.
        body = body.replace("\n## ", "\n### ").replace("[^", f"[^{len(parts)}-")
        if body.startswith("## "):
            body = "#" + body
        parts.append(f"# {text.title}\n\n{body}")
    source = path.with_suffix(".source.md")
    source.write_text("\n\n".join(parts), encoding="utf-8")
    subprocess.run(
        ["pandoc", str(source), "-o", str(path), "--epub-chapter-level=1"],
        check=True,
        capture_output=True,
    )
    return path


def members(path: Path) -> dict[str, bytes]:
    """The files inside a zipped document (ODT, DOCX, EPUB), by name."""
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(files: dict[str, bytes], target: Path) -> Path:
    """A zipped document of ``files``, its ``mimetype`` first and stored, as the formats
    want it."""
    files = dict(files)
    with zipfile.ZipFile(target, "w") as out:
        if "mimetype" in files:
            out.writestr("mimetype", files.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in files.items():
            out.writestr(name, data, zipfile.ZIP_DEFLATED)
    return target


def expected_markdown(text: StudyText, author_line: bool = True) -> str:
    """What importing the document should give: title, the author's line, the text."""
    author = f"{text.author}\n\n" if author_line else ""
    return f"# {text.title}\n\n{author}{text.markdown(with_title=False)}"
