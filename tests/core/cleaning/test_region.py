"""The article region: where the content model says the article starts and ends."""

from __future__ import annotations

from reader.core.cleaning import clean_text

_TITLE = "Anomaly Detection Using Plain SQL"
_MENU = "Home\nAbout\nSubscribe\nArchive\nContact\nTalks"
_INTRO = (
    "Many developers think a critical bug is the worst thing that can happen to their code."
    " There is something worse: a critical bug that nobody notices for weeks."
)
_OUTRO = [
    "This is why a median is considered more robust than the mean, and why we use it for"
    " every alert we send from now on.",
    "We decided to classify values with a score greater than three as anomalies, which is"
    " the usual choice.",
    "The query can now be used to fire alerts when it meets an anomaly, and we can go back"
    " in time with it.",
]
_FOOTER = "SQL, Performance\nHow to Get the First Value in a Group\nPostgreSQL, SQL\nDjango Tricks"


def _code_listing(queries: int) -> list[str]:
    lines = []
    for n in range(queries):
        lines += ["SELECT", f"status_code, period_{n}", "FROM", "server_log", "WHERE"]
        lines += [f"period > {n}", "GROUP BY", "status_code"]
    return lines


def test_an_article_whose_middle_is_code_starts_at_its_headline() -> None:
    # Long listings score low as article text; without its headline the article's region
    # would shrink to the last few paragraphs after the code.
    opening = [_INTRO, "To be told of bugs as soon as possible, I went looking for anomalies."]
    body = [*opening, *_code_listing(20), *_OUTRO, *_OUTRO]
    text = "\n".join([f"{_TITLE} | Some Blog", _MENU, _TITLE, *body, _FOOTER])
    document = clean_text(text)
    assert "something worse" in document.markdown
    assert "period_3" in document.markdown
    assert "Django Tricks" not in document.markdown
    assert "Subscribe" not in document.markdown


def test_a_page_whose_prose_the_model_doubts_keeps_its_whole_article() -> None:
    # A kind of page the model has not learned scores all its lines low, its sentences
    # too: the region's bar comes down with them instead of cutting the article at the
    # first paragraph that dips under a fixed threshold.
    from reader.core.cleaning.content_model import shipped_model

    model = shipped_model()
    menu, footer = [0.05] * 6, [0.05] * 6
    article = [0.5, 0.15, 0.15, 0.5, 0.15, 0.15, 0.5]
    probabilities = menu + article + footer
    words = [1] * 6 + [40 if p == 0.5 else 3 for p in article] + [1] * 6
    prose = [False] * 6 + [p == 0.5 for p in article] + [False] * 6
    threshold = model.page_threshold(probabilities, prose)
    assert model.region(probabilities, words, model.threshold) != (6, 12)
    assert model.region(probabilities, words, threshold) == (6, 12)
    # Where the model is sure of the prose, the learned threshold holds.
    sure = [0.95 if p == 0.5 else p for p in probabilities]
    assert model.page_threshold(sure, prose) == model.threshold


def test_a_numbered_list_of_links_reads_as_one_run_of_menu_lines() -> None:
    # Copied from a browser, a numbered list of links puts each number on a line of its
    # own: "1." ends with a full stop but is no sentence, and must not break the run of
    # short lines that marks a menu or a list of links.
    from reader.core.cleaning.evidence import PageLine, page_evidence

    topics = ["Skin Cancer", "Snoring", "Fit at Fifty", "Autism", "Diet Plans", "Shigella"]
    numbered = [line for n, topic in enumerate(topics, 1) for line in (f"{n}.", topic)]
    lines = [PageLine(text) for text in [_INTRO, *_OUTRO, "Top Topics", *numbered]]
    evidence = page_evidence(lines, _TITLE)
    assert evidence.short_run[-1] >= 2 * len(topics)
    assert not evidence.prose[-2]


def test_the_site_name_over_the_article_is_hidden_with_the_page_header() -> None:
    # "| Some Blog" ends the page title, and the page shows "Some Blog" as its masthead:
    # a part of the title, but the page's furniture, not the article's heading.
    article = [f"{sentence} Part {n} of the story goes on." for n, sentence in enumerate(_OUTRO)]
    text = "\n".join([f"{_TITLE} | Some Blog", "Some Blog", _MENU, _TITLE, _INTRO, *article])
    document = clean_text(text + "\n" + _FOOTER)
    assert "Some Blog" not in document.markdown
    assert "something worse" in document.markdown


_POPULAR = [
    "Gear",
    "30 Essential Home Repair Tools You Should Have",
    "Matt Jancer",
    "Business",
    "A New Chatbot With Few Guardrails Arrives",
    "Will Knight",
    "Culture",
    "First Social Media Users Have Nowhere to Go",
    "Jason Parham",
]


def test_a_box_the_page_shows_between_paragraphs_again_and_again_is_hidden() -> None:
    # A news site drops the same box of headlines between every few paragraphs. Inside
    # the article's region its headlines scored near the bar and stayed, three times over;
    # the article itself never repeats a run of lines word for word.
    parts = [f"{sentence} Part {n} of the story goes on." for n, sentence in enumerate(_OUTRO * 5)]
    body = [_INTRO, *parts[:5], *_POPULAR, *parts[5:10], *_POPULAR, *parts[10:]]
    text = "\n".join([f"{_TITLE} | Some Blog", _MENU, _TITLE, *body, _FOOTER])
    document = clean_text(text)
    assert [part for part in parts if part not in document.markdown] == []
    assert [line for line in _POPULAR if line in document.markdown] == []


def test_a_live_feed_beside_a_short_article_is_not_part_of_it() -> None:
    # A news page copies with its live ticker under the story: items each under a time of
    # day, some with a paragraph of their own. The ticker is prose too and longer than
    # the story; the times over its items say where the story ends.
    story = [
        "A third French citizen was killed in the earthquake on Saturday, swept away by an"
        " avalanche in the mountains, the foreign minister said on Thursday morning.",
        "The plane, lent by the manufacturer, had landed in the capital on Wednesday with"
        " fifty-five medical staff and twenty tonnes of supplies for the relief effort.",
        "Two thousand French citizens have been found safe and sound, while nearly four"
        " hundred could not yet be reached, according to the ministry in Paris.",
        "The earthquake killed nearly five and a half thousand people and affected eight of"
        " the country's twenty-eight million inhabitants, the United Nations said.",
    ]
    items = [
        ("Soldiers accused of abuse: fourteen identified", ""),
        ("An artist arrested for dyeing a geyser pink", ""),
        (
            "Earthquake.",
            "A magnitude 6.8 earthquake struck off the coast of the island on Thursday,"
            " according to the geological survey, with no damage reported so far.",
        ),
        ("Killing a visitor is now forbidden in the north", ""),
        (
            "Defence.",
            "The sale of twenty-four fighter jets represents a contract worth six billion"
            " euros, the ministry said on Thursday, the largest of the year so far.",
        ),
        ("Calories will soon be shown on bottles of wine", ""),
        (
            "Fashion.",
            "If you are spared by the rain at the moment, there is little chance that this"
            " state of grace will last much longer, the forecasters warned in the morning.",
        ),
        ("A journalist sent himself threats to get police protection", ""),
    ]
    feed = ["Live"]
    for n, (headline, paragraph) in enumerate(items):
        feed += [f"14:{50 - 3 * n:02d}", headline] + ([paragraph] if paragraph else [])
    title = "Third French citizen dies in the earthquake"
    menu = "Home\nWorld\nPolitics\nCulture\nSport\nSubscribe"
    text = "\n".join([f"{title} - The Daily", menu, title, "30 April 2015", *story, *feed])

    markdown = clean_text(text).markdown

    assert all(paragraph in markdown for paragraph in story)
    assert "fighter jets" not in markdown and "geyser" not in markdown


def test_counts_and_bullets_between_the_headline_and_the_article_are_hidden() -> None:
    # A copied page sets a bullet and its comment and share counts, each alone on a line,
    # between the byline and the first paragraph. They are no text of the article.
    title = "The Spectacular Story of a Game Series"
    opening = [
        "Nothing beats the passion of a true fan writing about something they love, and"
        " that is what you are about to see here, in a story told over many years.",
        "Please note that this is the first half of a long story. The second half can be"
        " found on the site next week, together with the pictures the author collected.",
        *_OUTRO,
    ]
    text = "\n".join(
        [f"{title} | Some Blog", _MENU, title, "Jane Writer", "•", "158", "52", *opening]
    )
    document = clean_text(text)
    hidden = {line.text for line in document.removed}
    assert {"•", "158", "52"} <= hidden
    assert all(paragraph in document.markdown for paragraph in opening)
