"""The evidence the content model weighs, line by line, on kinds of lines any site has."""

from __future__ import annotations

from reader.core.cleaning.evidence import FEATURES, PageLine, page_evidence

_MARKS = FEATURES.index("marks_per_word")
_PROSE = (
    "The markets fell sharply on Tuesday, and traders said the slide had only begun."
    " Shares of banks led the losses, while bonds rose for a third day."
)


def _vectors(lines: list[str]) -> list[list[float]]:
    return page_evidence([PageLine(text) for text in lines], "Markets fall").vectors


def test_the_separators_inside_numbers_are_no_sentence_punctuation() -> None:
    # A table of stock prices ("22,278.48", "6/19 11:06") is full of commas, points and
    # colons, but they sit between digits, and "2." is the number of a list item: counted
    # as sentence marks, they made such a table read as punctuated prose.
    vectors = _vectors([_PROSE, "22,278.48", "-1.77%", "6/19 11:06", "1.342,54", "2."])
    assert [vector[_MARKS] for vector in vectors[1:]] == [0.0] * 5
    assert vectors[0][_MARKS] > 0


def test_a_sentence_with_its_reference_marks_still_ends_a_sentence() -> None:
    # Wikipedia and wikis put their references after the full stop: "... results.[2]",
    # "... in motion. [MP3]". Read as unfinished sentences, whole articles of them
    # looked like lists of headlines.
    cited = [
        _PROSE + "[2]",
        _PROSE + "[11][12]",
        _PROSE + " [MP / MP3 SP]",
        _PROSE + "[citation needed]",
    ]
    evidence = page_evidence([PageLine(text) for text in cited], "Markets fall")
    assert evidence.prose == [True] * len(cited)
    assert [vector[FEATURES.index("ends_sentence")] for vector in evidence.vectors] == [1.0] * 4


_THAI = (
    "ภูชนะ (นามแฝง) เป็นคนใกล้ชิดของนายสุรชัย ด่านวัฒนานุสรณ์ หรือสุรชัย แซ่ด่าน"
    " ผู้ลี้ภัยทางการเมืองที่หายตัวไปจากที่พักในประเทศลาวเมื่อเดือนธันวาคมที่ผ่านมา"
    " ครอบครัวของเขายังคงรอคอยคำตอบจากเจ้าหน้าที่อย่างเป็นทางการ"
)


def test_long_paragraphs_of_a_page_without_full_stops_are_prose() -> None:
    # Thai writes no full stop: a space ends a sentence. No paragraph of a Thai page
    # looked like prose, and its article scored as a list of headlines.
    lines = ["ข่าว", "การเมือง", _THAI, _THAI.replace("ภูชนะ", "ปรานี"), "เรื่องที่เกี่ยวข้อง"]
    evidence = page_evidence([PageLine(text) for text in lines], "ผล DNA ยืนยัน")
    assert evidence.prose == [False, False, True, True, False]


def test_a_long_unpunctuated_line_among_punctuated_paragraphs_is_no_prose() -> None:
    # Where the page's paragraphs end in full stops, one that does not is something else
    # (a run-on caption, a line of tags), as before.
    run_on = "Markets Banks Bonds Shares Traders Losses " * 6
    lines = [_PROSE, _PROSE, _PROSE, run_on.strip(), _PROSE]
    evidence = page_evidence([PageLine(text) for text in lines], "Markets fall")
    assert evidence.prose == [True, True, True, False, True]
