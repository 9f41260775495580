"""The known text of a test document: a title, an author and blocks, as Markdown too.

Built from the bundled articles' cleaned Markdown, so the words are real Indonesian prose
(with its reduplicated hyphenated words, "negara-negara"), plus a bullet list, a numbered
list and footnotes, which the seeds do not have.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "paragraph", "bullet", "number", "reference" (a paragraph)
    text: str
    level: int = 2  # headings only
    footnote: str = ""  # a footnote referenced at the end of the block's text


@dataclass(frozen=True)
class StudyText:
    title: str
    author: str
    blocks: tuple[Block, ...] = field(default_factory=tuple)

    def markdown(self, with_title: bool = True) -> str:
        """The text as the imported article should read, in Markdown."""
        out: list[str] = [f"# {self.title}", ""] if with_title else []
        notes: list[str] = []
        previous = ""
        for block in self.blocks:
            text = block.text
            if block.footnote:
                notes.append(block.footnote)
                text += f"[^{len(notes)}]"
            if block.kind == "heading":
                if previous in ("bullet", "number"):
                    out.append("")
                out += [f"{'#' * block.level} {text}", ""]
            elif block.kind in ("bullet", "number"):
                if previous != block.kind and out and out[-1] != "":
                    out.append("")
                marker = "-" if block.kind == "bullet" else "1."
                out.append(f"{marker} {text}")
            else:  # a paragraph, or a reference (a paragraph with a hanging indent)
                if previous in ("bullet", "number"):
                    out.append("")
                out += [text, ""]
            previous = block.kind
        out.append("")
        out += [f"[^{n}]: {note}\n" for n, note in enumerate(notes, start=1)]
        return "\n".join(out).rstrip() + "\n"


REFERENCES = (
    "Acharya, Amitav. Constructing a Security Community in Southeast Asia: ASEAN and the "
    "Problem of Regional Order. Edisi ketiga. London dan New York: Routledge, 2014.",
    "Hidayat, Siti Rahma dan Budi Santoso. Diplomasi Bilateral Indonesia dan Malaysia "
    "dalam Pengelolaan Perbatasan Darat. Jurnal Kajian Asia Tenggara 12, nomor 3 (2021).",
    "Kementerian Luar Negeri Republik Indonesia. Laporan Tahunan Kementerian Luar Negeri "
    "Tahun 2020. Jakarta: Kementerian Luar Negeri, 2021.",
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _seed_blocks(path: Path) -> list[Block]:
    from reader.core.importing import read_article_file

    blocks = []
    for chunk in read_article_file(path).markdown.split("\n\n")[1:]:
        chunk = " ".join(chunk.split())
        if not chunk or "](" in chunk or "|" in chunk or re.match(r"[->]|\d+\.", chunk):
            continue
        if chunk.startswith("#"):
            level = len(chunk) - len(chunk.lstrip("#"))
            blocks.append(Block("heading", chunk.lstrip("#").strip(), level=max(2, level)))
        else:
            text = re.sub(r"<(https?://[^>]+)>", r"\1", chunk)
            blocks.append(Block("paragraph", text.replace("*", "").replace("\\", "")))
    return blocks


def study_text(seed_indexes: tuple[int, ...] = (0, 1), title: str = "") -> StudyText:
    """A known text of a few seeds' worth of prose, with lists and footnotes added."""
    seeds = sorted(SEEDS.glob("*.txt"))
    blocks: list[Block] = []
    for index in seed_indexes:
        blocks += _seed_blocks(seeds[index % len(seeds)])
    paragraphs = [i for i, b in enumerate(blocks) if b.kind == "paragraph"]
    # Footnotes on every third paragraph; a bullet and a numbered list after the second.
    sources = (
        "Lihat laporan tahunan Kementerian Luar Negeri",
        "Bandingkan dengan kajian Pusat Studi ASEAN",
        "Wawancara penulis dengan seorang diplomat senior",
        "Data diolah dari arsip Sekretariat Jenderal",
        "Pembahasan lebih lanjut ada dalam bab berikutnya",
    )
    for n, i in enumerate(paragraphs[1::3], start=1):
        note = f"{sources[n % len(sources)]}, catatan {n}, tahun {2000 + n}."
        blocks[i] = Block("paragraph", blocks[i].text, footnote=note)
    if len(paragraphs) > 3:
        # Two paragraphs become lists, one item a sentence.
        bullets = [
            Block("bullet", s.rstrip(".")) for s in _SENTENCE.split(blocks[paragraphs[2]].text)
        ]
        numbers = [Block("number", s) for s in _SENTENCE.split(blocks[paragraphs[3]].text)]
        blocks[paragraphs[3] : paragraphs[3] + 1] = numbers
        blocks[paragraphs[2] : paragraphs[2] + 1] = bullets
    blocks.append(Block("heading", "Daftar Pustaka", level=2))
    blocks += [Block("reference", reference) for reference in REFERENCES]
    return StudyText(
        title=title or "Diplomasi dan Kerja Sama Bilateral di Asia Tenggara",
        author="Siti Rahma Hidayat",
        blocks=tuple(blocks),
    )


def long_study_text(words: int) -> StudyText:
    """At least ``words`` words: the seeds again and again, each round a numbered chapter."""
    blocks: list[Block] = []
    total = 0
    rounds = 0
    while total < words:
        rounds += 1
        part = study_text((rounds, rounds + 1, rounds + 2)).blocks
        blocks.append(Block("heading", f"Bagian {rounds}: Kajian Diplomasi Kawasan", level=2))
        for block in part:
            level = min(block.level + 1, 4) if block.kind == "heading" else block.level
            blocks.append(Block(block.kind, block.text, level=level, footnote=block.footnote))
            total += len(block.text.split())
    return StudyText("Kajian Diplomasi Asia Tenggara", "Siti Rahma Hidayat", tuple(blocks))
