"""The title comes from the first line; a paragraph first line gives an inferred title."""

from __future__ import annotations

from reader.core.cleaning import clean_text


def test_first_line_becomes_the_title() -> None:
    doc = clean_text("Apa Itu Diplomasi Detente?\n\nDiplomasi detente adalah istilah lama.\n")
    assert doc.title == "Apa Itu Diplomasi Detente?"
    assert doc.markdown.startswith("# Apa Itu Diplomasi Detente?\n\n")
    assert not doc.title_inferred


def test_boilerplate_before_the_title_is_skipped() -> None:
    doc = clean_text("Home » News\nBy Jane Doe\nHarbours Brace for Storms\nThe body text.")
    assert doc.title == "Harbours Brace for Storms"


def test_repeated_title_is_removed_and_recorded() -> None:
    text = "Kerja Sama Bilateral\n\nRingkasan artikel.\n\nKerja sama  bilateral\n\nIsi artikel."
    doc = clean_text(text)
    assert [(r.line_number, r.reason) for r in doc.removed] == [(5, "repeated title")]
    assert doc.markdown == "# Kerja Sama Bilateral\n\nRingkasan artikel.\n\nIsi artikel.\n"


def test_a_title_fragment_opening_the_first_paragraph_becomes_the_title() -> None:
    first = "Strategi Diplomasi? Konflik internasional sering kali dianggap masalah besar."
    doc = clean_text(f"{first}\nDiplomasi: Jembatan Penghubung\nIsi bagian ini cukup panjang.")
    assert doc.title == "Strategi Diplomasi?"
    assert doc.title_inferred
    assert doc.markdown.startswith(
        "# Strategi Diplomasi?\n\nKonflik internasional sering kali dianggap masalah besar.\n\n"
    )


def test_a_long_opening_question_is_not_taken_for_a_title_fragment() -> None:
    first = (
        "Why do so many small states choose to join alliances with distant powers today? "
        "Because geography alone rarely keeps them safe."
    )
    doc = clean_text(first)
    assert doc.markdown.endswith(first + "\n")


def test_long_first_sentence_gives_a_shortened_title() -> None:
    first = (
        "The council met on Tuesday to discuss the long delayed plan for the harbour, "
        "which has been debated for years. It adjourned."
    )
    doc = clean_text(first)
    assert doc.title == "The council met on Tuesday to discuss the long delayed plan for…"
    assert doc.markdown.endswith(first + "\n")


def test_empty_text_has_a_placeholder_title() -> None:
    for text in ("", "\n\n", "\u00a0\n"):
        doc = clean_text(text)
        assert doc.markdown == "# Untitled\n"
        assert doc.title_inferred


_MENU = "Skip to main content\nHome\nNews\nSport\nWorld\nContact\n"
_BODY = (
    "The harbour authority said on Tuesday that the new walls would be finished before the"
    " winter storms, and that ships would be able to enter the port again next month.\n\n"
    "Fishermen who had waited for two years welcomed the news, though some said the work"
    " had come too late for the smaller boats that had already left the town for good.\n"
)


def test_a_page_title_wrapped_onto_two_lines_is_one_title() -> None:
    head = "Harbour walls rise again as the town waits for the storms and the ships to"
    doc = clean_text(f"{head}\ncome back to the port — Coast News\n{_MENU}\n{_BODY}")
    assert doc.title == f"{head} come back to the port"
    assert "come back" not in doc.markdown.split("\n", 1)[1]


def test_a_page_title_naming_the_post_twice_says_it_once() -> None:
    doc = clean_text(f"Harbour Walls Rise - Harbour Walls Rise - Coast News\n{_MENU}\n{_BODY}")
    assert doc.title == "Harbour Walls Rise"


def test_a_long_trailing_part_of_a_page_title_is_taken_off_when_enough_is_left() -> None:
    title = "Harbour walls rise again before the storms | Coast and Harbour News of the North"
    doc = clean_text(f"{title}\n{_MENU}\n{_BODY}")
    assert doc.title == "Harbour walls rise again before the storms"


def test_a_headline_line_with_its_section_in_front_gives_only_the_headline() -> None:
    title = "Harbour Walls Rise Again Before the Storms"
    doc = clean_text(f"{title} - Coast News\n{_MENU}World|{title}\n\n{_BODY}")
    assert doc.title == title


# A menu long enough that the page reads as a copied web page, not as a note.
_LONG_MENU = _MENU + "Weather\nTravel\nCulture\nOpinion\nPodcasts\nNewsletters\nJobs\n"


def test_a_page_title_is_kept_over_a_line_that_only_reads_like_it() -> None:
    # The page's headline edited after the page title was set, or a breadcrumb trail that
    # ends in the title, shares most words with the title but is not the title: the page
    # title (without the site's name) is what the page calls itself.
    title = "Harbour Walls Rise Again Before the Winter Storms"
    edited = "Harbour Walls Rise Again: the Winter Storms Wait"
    doc = clean_text(f"{title} - Coast News\n{_LONG_MENU}{edited}\n\n{_BODY}")
    assert doc.title == title
    crumbs = f"Coast News > World > {title}"
    doc = clean_text(f"{title}\n{_LONG_MENU}{crumbs}\n\n{_BODY}")
    assert doc.title == title


def test_a_blog_name_in_front_of_the_page_title_gives_way_to_the_headline() -> None:
    title = "Harbour Walls Rise Again Before the Winter Storms"
    doc = clean_text(f"Coast Notes: {title}\n{_LONG_MENU}{title}\n\n{_BODY}")
    assert doc.title == title


def test_a_headline_line_starting_with_a_separator_keeps_a_title() -> None:
    # Found by hypothesis: "|0:0" repeats a part of the page title "0:0||Happy"; the empty
    # part in front of its separator must not become the title.
    text = "0:0||Happy\n0 %\nSad\n0 %\nHappy\n0 %\nSad\n0 %\n|0:0"
    assert clean_text(text).title.strip()


def test_a_site_name_in_brackets_or_a_last_word_is_not_the_headline() -> None:
    title = "Harbour Walls Rise Again Before the Storms <Coast News Daily Edition>"
    crumbs = "Coast News > Daily Edition"
    doc = clean_text(f"{title}\n{_LONG_MENU}{crumbs}\n\n{_BODY}")
    assert doc.title == title
    title = "Harbour Walls Rise Again Before the Winter Storms and the Ships - Coast News"
    doc = clean_text(f"{title}\n{_LONG_MENU}Coast News\n\n{_BODY}")
    assert doc.title == "Harbour Walls Rise Again Before the Winter Storms and the Ships"


def test_a_copy_that_starts_with_the_site_name_is_titled_by_the_headline_shown_twice() -> None:
    headline = "Harbour Walls Rise Again Before the Storms"
    page = f"Coast News\n{_LONG_MENU}{headline}\nRead Later\nShare\n{headline}\nBy Jane Doe\n"
    doc = clean_text(f"{page}\n{_BODY}")
    assert doc.title == headline
    assert headline not in doc.markdown.split("\n", 1)[1]


def test_a_page_titled_by_a_separator_is_untitled_not_blank() -> None:
    # Found by the property test: the title "|" lost its "site name" and left "# ".
    doc = clean_text("Happy\n0 %\nSad\n0 %\n|")
    assert doc.title == "Untitled"
    assert doc.markdown.startswith("# Untitled\n")


_CHINESE_BODY = [
    "首页",
    "新闻",
    "国际",
    "财经",
    "体育",
    "{headline}",
    "2024-05-12 10:30",
    "{site}",
    "两国在教育和贸易方面的合作在过去十年里不断加深，学生交流项目也越来越多。",
    "专家认为，这种合作有利于地区的稳定与发展，也为普通人带来了实际的好处。",
    "不过，双方仍需解决贸易不平衡等问题，才能让合作走得更远。",
    "关于我们",
    "联系我们",
]


def _chinese_page(title_line: str, headline: str, site: str) -> str:
    lines = [title_line, *(line.format(headline=headline, site=site) for line in _CHINESE_BODY)]
    return "\n\n".join(lines) + "\n"


def test_a_chinese_page_is_titled_by_its_headline_not_the_masthead() -> None:
    # The site's name stands on its own line under the headline (the source): before,
    # it was taken for the headline, being one part of the page title.
    headline = "外国专家：两国合作共赢符合国际社会利益"
    doc = clean_text(_chinese_page(f"{headline} - 中国日报网", headline, "中国日报网"))
    assert doc.title == headline


def test_a_site_name_glued_to_a_chinese_title_is_taken_off() -> None:
    headline = "短缺药品保供稳价 全力保障临床用药需求"
    doc = clean_text(_chinese_page(f"{headline}-新华网", "新华网", "来源：新华网"))
    assert doc.title == headline


def test_a_page_title_with_double_hyphens_loses_its_section_and_site() -> None:
    # "Headline -- Section -- Site": the double hyphen separates a page title's parts as
    # a dash does.
    title = "Harbour walls rise again before the storms"
    doc = clean_text(f"{title} -- Coast News -- Harbour.net\n{_MENU}\n{_BODY}")
    assert doc.title == title


def test_the_evidence_reads_a_page_title_as_the_title_rule_does() -> None:
    # One definition of a page title's separators: the content evidence (which lines
    # repeat the title) splits it where the title rule does.
    from reader.core.cleaning.evidence import title_keys

    for separator in (" -- ", "｜", " : ", " | "):
        keys = title_keys(f"Harbour walls rise again{separator}Coast News Daily")
        assert "harbour walls rise again" in keys, separator


def test_a_headline_under_a_blog_masthead_and_tagline_is_the_title() -> None:
    # A blog's copy opens with its address, its name and its tagline before the post's
    # headline: the headline still stands above the article, a few lines down.
    title = "Harbour Walls Rise Again Before the Winter Storms"
    header = "coastnotes.example.org\nCoast Notes\nNews from the harbour towns of the north.\n"
    doc = clean_text(f"Coast Notes: {title}\n{_LONG_MENU}{header}{title}\n\n{_BODY}")
    assert doc.title == title


def test_a_date_in_a_page_title_is_not_taken_for_the_site_name() -> None:
    # "Headline - 07.12.2017 - Site": the site's name goes; the date is the page's own.
    title = "Harbour walls rise again before the storms - 07.12.2017"
    doc = clean_text(f"{title} - COAST NEWS\n{_MENU}\n{_BODY}")
    assert doc.title == title


def test_a_date_with_an_abbreviated_month_keeps_the_first_line_a_title() -> None:
    # "Feb. 1, 2016": the full stop ends an abbreviation, not a sentence, so the page's
    # title is not read as the start of a paragraph and cut at "Feb".
    title = "The birth lottery and economic mobility"
    doc = clean_text(f"{title} - Feb. 1, 2016\n{_MENU}\n{_BODY}")
    assert doc.title == title
    assert not doc.title_inferred


def test_a_headline_holding_the_page_titles_first_parts_is_the_title() -> None:
    # "Headline -- STOLEN!!! | Site": the page shows the headline with its own double
    # hyphen; that line, not the title cut at the first separator, is the headline.
    headline = "Actress's $150K Pearl Oscar Dress -- STOLEN!!!"
    doc = clean_text(f"{headline} | GOSSIP.com\n{_LONG_MENU}{headline}\n\n{_BODY}")
    assert doc.title == headline
