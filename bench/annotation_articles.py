"""Annotations made by another tool: do they land in the article they were made on?

Apache Annotator describes a passage it found unique in its document with an empty
prefix and suffix, a TextPositionSelector and the page's URL as source. Imported into a
library holding several articles, such an annotation names no article Marginalia knows:
it must be matched by its selectors. Each case picks a passage of 10-40 characters, from
word to word, that is unique in a seed article; half of them are phrases that also stand
once in another seed (the hard case). Reported: how many landed in the right article,
in a wrong one (the failure that matters), or wait with the pending annotations.

``python -m bench.annotation_articles [--cases N] [--seed N]``
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
_WORD = re.compile(r"\w+")


def _passages(texts: list[str], rng: random.Random, count: int) -> list[tuple[int, int, int]]:
    """(article index, start, end): unique in its article; half also once in another."""
    shared, own = [], []
    for index, text in enumerate(texts):
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 6)):
                start, end = words[i][0], words[j][1]
                quote = text[start:end]
                if not 10 <= len(quote) <= 40 or "\n" in quote or text.count(quote) != 1:
                    continue
                elsewhere = sum(t.count(quote) for k, t in enumerate(texts) if k != index)
                if elsewhere == 1:
                    shared.append((index, start, end))
                elif elsewhere == 0:
                    own.append((index, start, end))
    half = count // 2
    return rng.sample(shared, min(half, len(shared))) + rng.sample(own, count - half)


def run(cases: int = 25, seed: int = 0) -> Counter[str]:
    from reader.store.annotation_import import import_annotation_data
    from reader.store.articles import import_paths, list_articles
    from reader.store.database import close_library, open_library
    from reader.store.highlights import article_text
    from reader.store.models import Article, Highlight

    outcome: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        db = open_library(Path(folder))
        try:
            list(import_paths([SEEDS]))
            ids = [a.id for a in sorted(list_articles(), key=lambda a: a.id)]
            texts = [article_text(Article.get_by_id(i)).text for i in ids]
            rng = random.Random(seed)
            made = {}
            items = []
            for n, (index, start, end) in enumerate(_passages(texts, rng, cases)):
                annotation_id = f"http://example.org/anno/{n}"
                made[annotation_id] = ids[index]
                items.append(
                    {
                        "@context": "http://www.w3.org/ns/anno.jsonld",
                        "id": annotation_id,
                        "type": "Annotation",
                        "target": {
                            "source": f"http://example.org/page/{index}",
                            "selector": [
                                {
                                    "type": "TextQuoteSelector",
                                    "exact": texts[index][start:end],
                                    "prefix": "",
                                    "suffix": "",
                                },
                                {"type": "TextPositionSelector", "start": start, "end": end},
                            ],
                        },
                    }
                )
            import_annotation_data(items)
            from reader.core.exporting.web_annotation import read_annotation

            landed = {h.id: int(h.__data__["article"]) for h in Highlight.select()}
            for item in items:
                read = read_annotation(item)
                assert read is not None
                where = landed.get(read.id)
                if where is None:
                    outcome["waiting"] += 1
                elif where == made[str(item["id"])]:
                    outcome["right article"] += 1
                else:
                    outcome["wrong article"] += 1
        finally:
            close_library(db)
    return outcome


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=25)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    counts = run(args.cases, args.seed)
    print(
        f"{args.cases} Apache Annotator-style annotations (seed {args.seed}): "
        f"{counts['right article']} right article, {counts['wrong article']} wrong article, "
        f"{counts['waiting']} waiting"
    )


if __name__ == "__main__":
    main()
