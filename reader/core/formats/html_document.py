"""A document's own HTML (from Word, OpenDocument or an EPUB chapter) as clean Markdown.

Unlike a saved web page, every element of a document is its content: there is no site
around it to cut away, so no reader mode runs here (Readability would drop what looks
like furniture to it — a footnote list full of back-links, a short bibliography). The
HTML is tidied and turned into Markdown with markdownify, set up as the web-page path
sets it up:

* scripts, styles, forms and embedded objects go; nothing is ever loaded;
* an image becomes its description (alt text), or nothing when it has none or its
  caption says the same;
* footnotes become Markdown footnotes: a link to a note elsewhere in the document
  (``<a href="#fn1">1</a>``, EPUB's ``epub:type="noteref"``) becomes ``[^n]``, and the
  note's text moves to the end;
* headings are shifted so the document's top level is ``##``, under the title's ``#``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.html  # type: ignore[import-untyped,unused-ignore]
from markdownify import MarkdownConverter

_DROPPED_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "form",
    "input",
    "button",
    "select",
    "textarea",
    "svg",
    "canvas",
    "video",
    "audio",
    "head",
    "link",
    "meta",
    "nav",
)
_NOTE_TYPES = re.compile(r"\b(?:foot|end|rear)?notes?\b|\bdoc-(?:foot|end)notes?\b", re.I)
_MARKER = re.compile(r"^\W*[\w*†‡§¶]{1,4}\W*$")
_PLACEHOLDER = "MRGNLFNREF{}Z"
_PLACEHOLDERS = re.compile(r"MRGNLFNREF(\d+)Z")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACE = re.compile(r"\s+")
_BACKLINK_TEXT = re.compile(r"^[\s↩︎↑^⤴←]*$|^\s*(?:back|return|kembali)\b", re.I)


class _Converter(MarkdownConverter):
    """markdownify with the reading view's Markdown: ATX headings, pipe tables, one bullet."""

    def __init__(self) -> None:
        super().__init__(
            heading_style="ATX",
            bullets="-",
            escape_misc=True,
            table_infer_header=True,
            strip_document="strip",
            keep_inline_images_in=["td", "th", "a", "figure", "span", "div", "p", "li"],
        )


@dataclass
class NoteCollector:
    """Footnotes found while converting, numbered in the order they are referred to.

    One collector serves a whole book, so a note in another chapter (an EPUB's endnotes
    file) is found by ``resolve``, which maps a link's ``href`` to its element.
    """

    notes: list[str] = field(default_factory=list)
    # The note elements used: held, so lxml keeps one proxy per element and id() is stable.
    held: list[lxml.html.HtmlElement] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # their id()s

    def markdown(self, first: int = 0) -> str:
        lines = [f"[^{n}]: {text}" for n, text in enumerate(self.notes[first:], start=first + 1)]
        return "\n\n".join(lines)


def text_of(element: lxml.html.HtmlElement) -> str:
    """An element's words, spaces collapsed."""
    return _SPACE.sub(" ", element.text_content()).strip()


_text = text_of


def anchors(root: lxml.html.HtmlElement) -> dict[str, lxml.html.HtmlElement]:
    """Every element a link can point to under ``root``, by its id (or old-style name)."""
    found: dict[str, lxml.html.HtmlElement] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = element.get("id") or (element.get("name") if element.tag == "a" else None)
        if name and name not in found:
            found[name] = element
    return found


def resolver(root: lxml.html.HtmlElement) -> Callable[[str], lxml.html.HtmlElement | None]:
    """Finds the element an in-document link (``#name``) points to, if any."""
    index = anchors(root)

    def resolve(href: str) -> lxml.html.HtmlElement | None:
        return index.get(href[1:]) if href.startswith("#") else None

    return resolve


def take_leading_heading(root: lxml.html.HtmlElement) -> str:
    """The text's first heading, removed, when nothing but blank space comes before it.

    A document without a title in its metadata usually starts with its title as a heading.
    """
    for element in root.iter():
        if element is root or not isinstance(element.tag, str):
            continue
        if element.tag in ("h1", "h2", "h3"):
            title = text_of(element)
            element.drop_tree()
            return title
        if element.tag in ("p", "li", "td", "blockquote", "pre", "table") and text_of(element):
            return ""
    return ""


def _is_note(element: lxml.html.HtmlElement) -> bool:
    """Whether ``element`` (a link's target, or one of its ancestors) holds a note."""
    for node in [element, *element.iterancestors()]:
        names = " ".join(
            node.get(a, "") for a in ("epub-type", "role", "class", "id") if node.get(a)
        )
        if _NOTE_TYPES.search(names):
            return True
    # Word (through mammoth) and many converters: ids such as "footnote-3", "fn3", "en3".
    return bool(re.match(r"^(?:foot|end)?note|^fn\d|^en\d", element.get("id", ""), re.I))


def _note_text(note: lxml.html.HtmlElement) -> str:
    """A note's words without its back-link or its leading number."""
    note = lxml.html.fromstring(lxml.html.tostring(note))
    for link in list(note.iter("a")):
        inward = link.get("href", "").startswith("#") or "backlink" in link.get("role", "")
        words = link.text_content()
        if inward and (_BACKLINK_TEXT.match(words) or _MARKER.match(words)):
            link.drop_tree()
    text = _text(note)
    text = re.sub(r"^\[?\d{1,4}[\].)]?\s+", "", text)
    return text.replace("[", "\\[").replace("]", "\\]")


def _replace_with_text(element: lxml.html.HtmlElement, text: str) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + text + tail
    else:
        parent.text = (parent.text or "") + text + tail
    parent.remove(element)


def gather_notes(
    root: lxml.html.HtmlElement,
    notes: NoteCollector,
    resolve: Callable[[str], lxml.html.HtmlElement | None],
) -> None:
    """Turn note references under ``root`` into placeholders and collect their notes.

    ``resolve(href)`` finds the element a link points to (in this document or another);
    a link is a note reference when it is marked as one or its text is a short marker and
    its target is marked as a note. The note element is removed where it stood.
    """
    for link in list(root.iter("a")):
        href = link.get("href", "")
        if "#" not in href:
            continue
        marked = "noteref" in (link.get("epub-type", "") + link.get("role", ""))
        if not marked and not _MARKER.match(link.text_content() or ""):
            continue
        target = resolve(href)
        if target is None or not (marked or _is_note(target)) or target is link:
            continue
        # The note is the list item or aside around the target, when the target is a
        # back-link anchor inside it.
        holder = target
        while holder.tag in ("a", "span", "sup") and holder.getparent() is not None:
            holder = holder.getparent()
        number = len(notes.notes) + 1
        if id(holder) in notes.taken:
            continue
        notes.taken.add(id(holder))
        notes.held.append(holder)
        notes.notes.append(_note_text(holder))
        parent = link.getparent()
        placeholder = _PLACEHOLDER.format(number)
        if parent is not None and parent.tag == "sup" and _text(parent) == _text(link):
            _replace_with_text(parent, placeholder)
        else:
            _replace_with_text(link, placeholder)


def remove_taken_notes(root: lxml.html.HtmlElement, notes: NoteCollector) -> None:
    """Remove the notes gathered from their place, and note lists left empty."""
    for element in notes.held:
        if element.getparent() is not None:
            element.drop_tree()
    for container in list(root.iter("ol", "ul", "section", "aside", "div")):
        if container.getparent() is not None and not _text(container):
            container.drop_tree()


def _describe_images(root: lxml.html.HtmlElement) -> None:
    for image in list(root.iter("img")):
        alt = _SPACE.sub(" ", image.get("alt") or image.get("title") or "").strip()
        # Its caption: a figure's, or the paragraph after the one the image stands in.
        figure = next((a for a in image.iterancestors("figure")), None)
        nearby = _text(figure) if figure is not None else ""
        block = image
        while block.getparent() is not None and not _text(block) and block.getnext() is None:
            block = block.getparent()
        following = block.getnext()
        if following is not None and isinstance(following.tag, str):
            nearby += " " + _text(following)
        if not alt or alt.casefold() in nearby.casefold():
            _replace_with_text(image, "")
            continue
        for name in list(image.attrib):
            del image.attrib[name]
        image.tag = "img"
        image.set("alt", alt)
        image.set("src", "")  # the picture is never loaded; only its description is shown


def _top_heading_level(root: lxml.html.HtmlElement) -> int:
    levels = [int(h.tag[1]) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    return min(levels) if levels else 2


def drop_non_text(root: lxml.html.HtmlElement) -> None:
    """Remove scripts, styles, forms, embedded objects and navigation."""
    for element in list(root.iter(*_DROPPED_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()


def drop_heading_named(root: lxml.html.HtmlElement, title: str) -> None:
    """Remove the first heading when it repeats ``title`` (the article's own ``#``)."""
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if text_of(heading).casefold() == " ".join(title.split()).casefold():
            heading.drop_tree()
        return


def tidy(root: lxml.html.HtmlElement) -> None:
    """Remove what is not text, turn images into descriptions, clear links to elsewhere."""
    drop_non_text(root)
    _describe_images(root)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in [n for n in element.attrib if n.startswith("on") or n == "style"]:
            del element.attrib[name]
        if element.tag == "a":
            href = element.get("href", "")
            # A link inside the book (another chapter, an anchor) leads nowhere in an
            # article; a web link stays, opened only when the reader clicks it.
            if not href.casefold().startswith(("http://", "https://", "mailto:")):
                element.attrib.pop("href", None)
            element.attrib.pop("title", None)


def to_markdown(root: lxml.html.HtmlElement, heading_shift: int | None = None) -> str:
    """Markdown for the tidied ``root``, headings shifted so its top level is ``##``.

    Placeholders of gathered notes become ``[^n]`` references.
    """
    shift = 2 - _top_heading_level(root) if heading_shift is None else heading_shift
    for heading in list(root.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        heading.tag = f"h{min(6, max(2, int(heading.tag[1]) + shift))}"
    body = _Converter().convert(lxml.html.tostring(root, encoding="unicode"))
    body = _PLACEHOLDERS.sub(lambda m: f"[^{m.group(1)}]", body)
    return _BLANK_LINES.sub("\n\n", body).strip()


def escape_title(text: str) -> str:
    """``text`` safe to follow ``# `` on a heading line."""
    text = _SPACE.sub(" ", text).strip()
    return re.sub(r"([\\`*_\[\]<>])", r"\\\1", text).rstrip("#").rstrip() or text


def promote_bold_paragraphs(root: lxml.html.HtmlElement) -> None:
    """Make headings of short paragraphs that are bold throughout and end no sentence.

    Students' documents often mark their headings by making a line bold, not with a
    heading style. Such a paragraph becomes a heading one level below the deepest the
    document uses (``h2`` when it uses none).
    """
    levels = [int(h.tag[1]) for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")]
    level = min(max(levels) + 1, 6) if levels else 2
    for paragraph in list(root.iter("p")):
        text = text_of(paragraph)
        if (
            not text
            or len(text) > 120
            or text.endswith((".", ",", ";", ":"))
            or paragraph.getparent() is None
            or paragraph.getparent().tag not in ("div", "body", "section", "article")
        ):
            continue
        bold = [child for child in paragraph if child.tag in ("strong", "b")]
        loose = (paragraph.text or "").strip() + "".join((c.tail or "").strip() for c in paragraph)
        if len(bold) == len(paragraph) == 1 and not loose:
            paragraph.tag = f"h{level}"
            bold[0].drop_tag()


def article_markdown(root: lxml.html.HtmlElement, title: str) -> str:
    """The article a one-file document's HTML makes: notes gathered, tidied, Markdown."""
    promote_bold_paragraphs(root)
    notes = NoteCollector()
    gather_notes(root, notes, resolver(root))
    remove_taken_notes(root, notes)
    tidy(root)
    return document_markdown(title, "", to_markdown(root), notes.markdown())


def document_markdown(title: str, byline: str, body: str, notes: str) -> str:
    """The article: its title, who wrote it (when the document says), text, footnotes."""
    parts = [f"# {escape_title(title)}"]
    if byline:
        parts.append(f"*{escape_title(byline)}*")
    if body:
        parts.append(body)
    if notes:
        parts.append(notes)
    return "\n\n".join(parts) + "\n"
