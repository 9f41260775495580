"""A second suite of saved pages, never fitted on: newspaper4k's test pages.

newspaper4k (MIT) ships, in its source release on PyPI, about twenty saved news pages
in English, Arabic, Chinese, Japanese, Thai, Spanish, Latvian and Burmese, each with the
article text its extractor gives. That text is a peer's output, not a hand-made answer,
so the figures are a cross-check of how the reader modes carry to other sites and
languages, not a gold standard. This lays the pages out as the shared pages are, so
both reader-mode benches read them with ``--pages-dir``::

    python -m bench.newspaper_suite build/newspaper-pages
    python -m bench.reader_mode --pages-dir build/newspaper-pages
    python -m bench.reader_mode_html --pages-dir build/newspaper-pages

It downloads the release once (pip, from the package index the machine is set up
for); the app itself never touches the network.
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

RELEASE = "newspaper4k==0.9.6"
SHORTEST_ARTICLE = 200  # characters: a shorter "article" is a stub, not a test of finding one


PIP_DOWNLOAD = [
    sys.executable,
    "-m",
    "pip",
    "download",
    "--quiet",
    "--no-deps",
    "--no-binary",
    ":all:",
]


def download(into: Path) -> Path:
    """The source release's archive, fetched with the running Python's pip."""
    subprocess.run(
        [*PIP_DOWNLOAD, RELEASE, "--dest", str(into)],
        check=True,
    )
    return next(into.glob("newspaper4k-*.tar.gz"))


def lay_out(data: Path, out: Path) -> list[str]:
    """Each page with its expected text, as source.html, expected.html and
    expected-metadata.json in a folder of its own under ``out``."""
    made = []
    for page in sorted((data / "html").glob("*.html")):
        text_file = data / "txt" / f"{page.stem}.txt"
        if not text_file.is_file():
            continue
        text = text_file.read_text(encoding="utf-8").strip()
        if len(text) < SHORTEST_ARTICLE:
            continue
        metadata: dict[str, str] = {}
        metadata_file = data / "metadata" / f"{page.stem}.json"
        if metadata_file.is_file():
            known = json.loads(metadata_file.read_text(encoding="utf-8"))
            metadata = {
                "title": known.get("title") or "",
                "lang": known.get("meta_lang") or known.get("language") or "",
            }
        folder = out / f"np4k-{page.stem.replace('_', '-')}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "source.html").write_bytes(page.read_bytes())
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.splitlines() if p.strip())
        (folder / "expected.html").write_text(f"<div>{paragraphs}</div>", encoding="utf-8")
        (folder / "expected-metadata.json").write_text(
            json.dumps(metadata, ensure_ascii=False), encoding="utf-8"
        )
        made.append(folder.name)
    return made


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        sys.exit("usage: python -m bench.newspaper_suite OUT_DIR")
    out = Path(args[0])
    with tempfile.TemporaryDirectory() as scratch:
        archive = download(Path(scratch))
        with tarfile.open(archive) as tar:
            tar.extractall(scratch, filter="data")
        data = next(Path(scratch).glob("newspaper4k-*/tests/data"))
        made = lay_out(data, out)
    print(f"{len(made)} pages in {out}")


if __name__ == "__main__":
    main()
