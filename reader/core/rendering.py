"""Rendering an article's Markdown to the HTML the reading view shows.

Raw HTML in an article is never passed through, images are shown as their description
(nothing is ever fetched), and code blocks are coloured with Pygments. The HTML stays
within the subset Qt's rich-text engine understands.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict
from mdit_py_plugins.footnote import footnote_plugin


def _highlight_code(code: str, lang: str, _attrs: str) -> str:
    if not lang.strip():
        return ""  # markdown-it escapes and wraps the code itself
    # Imported here: most articles have no code in a named language, and pygments'
    # lexer tables are a noticeable part of opening the window.
    from pygments import highlight
    from pygments.formatters import HtmlFormatter
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    try:
        lexer = get_lexer_by_name(lang.strip())
    except ClassNotFound:
        return ""
    # Inline styles because Qt's rich text applies class selectors only partly.
    formatter = HtmlFormatter(noclasses=True, nowrap=True, style="friendly")
    coloured = str(highlight(code, lexer, formatter)).rstrip("\n")
    return f"<pre><code>{coloured}</code></pre>"


def _render_image(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # An offline reader never fetches a picture: show what the picture is of instead.
    alt = self.renderInlineAsText(tokens[idx].children or [], options, env).strip()
    label = f"Image: {alt}" if alt else "Image"
    return f'<span class="image-placeholder">[{html.escape(label)}]</span>'


def _render_softbreak(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # A space, not a newline: the HTML then holds no formatting newlines outside <pre>,
    # which keeps Qt's text identical to reading_text() (see reading_text.py).
    return " "


def _render_code(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    # The closing newline of a code block would become an empty line on the page.
    token = tokens[idx]
    token.content = token.content.rstrip("\n")
    rule = _DEFAULT_RULES[token.type]
    return str(rule(self, tokens, idx, options, env))


_DEFAULT_RULES = {name: getattr(RendererHTML, name) for name in ("fence", "code_block")}
_PRE = re.compile(r"(<pre>.*?</pre>)", re.DOTALL)


def tighten(body: str) -> str:
    """Drop the newlines markdown-it puts between tags; they are formatting, not text."""
    parts = _PRE.split(body)
    return "".join(p if p.startswith("<pre>") else p.replace("\n", "") for p in parts)


# Markdown's inline syntax costs markdown-it-py tens of microseconds for each of these
# characters ("[" looks ahead for its label, "*" for its closer): a megabyte of "[" took
# half a minute, twice (the view and reading_text parse the same text). A document gets
# this many; the inline text after that is shown as it is written, without formatting.
# Real articles use a few hundred.
MAX_INLINE_MARKUP = 20_000
_MARKUP_CHARACTERS = "[*_`<&~"
# Every other character that can begin inline syntax ("]", "(", "!", "-", ":", a line
# break...) stops markdown-it's text rule and is tried by each inline rule: a few
# microseconds each, so a megabyte of "](" took 5 s to open. A 300-page document holds a
# few tens of thousands.
MAX_INLINE_SYNTAX = 200_000


def _bounded_inline(state: StateCore) -> None:
    """markdown-it's "inline" core rule, within the document's markup budgets."""
    budget = MAX_INLINE_MARKUP
    syntax_budget = MAX_INLINE_SYNTAX
    terminators = state.md.inline.terminator_re
    for token in state.tokens:
        if token.type != "inline":
            continue
        cost = sum(token.content.count(ch) for ch in _MARKUP_CHARACTERS)
        budget -= cost
        if syntax_budget >= 0:  # once spent, no need to count further
            syntax_budget -= len(terminators.findall(token.content))
        if token.children is None:
            token.children = []
        if budget >= 0 and syntax_budget >= 0:
            state.md.inline.parse(token.content, state.md, state.env, token.children)
        else:
            token.children.extend(_plain_inline(token.content))


def _plain_inline(content: str) -> list[Token]:
    """Inline text as it is written: text, with its line breaks as soft breaks."""
    children: list[Token] = []
    for number, line in enumerate(content.split("\n")):
        if number:
            children.append(Token("softbreak", "br", 0))
        if line:
            children.append(Token("text", "", 0, content=line))
    return children


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = (
        MarkdownIt("commonmark", {"html": False, "typographer": False})
        .enable(["table", "strikethrough"])
        .use(footnote_plugin)
    )
    md.core.ruler.at("inline", _bounded_inline)
    md.options["highlight"] = _highlight_code
    md.add_render_rule("image", _render_image)
    md.add_render_rule("softbreak", _render_softbreak)
    md.add_render_rule("fence", _render_code)
    md.add_render_rule("code_block", _render_code)
    return md


def parser() -> MarkdownIt:
    """The one Markdown parser of the app: the view and reading_text() must agree."""
    return _parser()


def markdown_to_html(markdown: str) -> str:
    """The HTML body of ``markdown``, with raw HTML shown as text."""
    return tighten(_parser().render(markdown))


@dataclass(frozen=True)
class ReadingStyle:
    """What the reader chose for comfort; the colours come from the theme."""

    font_size_pt: float = 13.0
    line_height_percent: int = 125
    text_color: str = "#1f1f1f"
    muted_color: str = "#5f5f5f"
    link_color: str = "#1a5fb4"
    rule_color: str = "#d0d0d0"
    code_background: str = "#f3f1ec"
    quote_color: str = "#4a4a4a"


def reading_stylesheet(style: ReadingStyle) -> str:
    """CSS for the reading view: a real heading hierarchy and generous line spacing."""
    size = style.font_size_pt

    def pt(factor: float) -> str:
        return f"{size * factor:.1f}pt"

    # Qt's rich text honours margins and padding only in pixels (96 per inch).
    def px(factor: float) -> str:
        return f"{round(size * factor * 96 / 72)}px"

    return f"""
body {{ color: {style.text_color}; font-size: {pt(1)}; }}
p, li, blockquote, td, th {{ line-height: {style.line_height_percent}%; }}
p {{ margin-top: 0; margin-bottom: {px(0.9)}; }}
h1 {{ font-size: {pt(2.0)}; font-weight: 700; margin-top: {px(0.6)};
      margin-bottom: {px(1.2)}; line-height: 100%; }}
h2 {{ font-size: {pt(1.45)}; font-weight: 700; margin-top: {px(1.8)};
      margin-bottom: {px(0.6)}; line-height: 100%; }}
h3 {{ font-size: {pt(1.2)}; font-weight: 700; margin-top: {px(1.4)};
      margin-bottom: {px(0.5)}; }}
h4, h5, h6 {{ font-size: {pt(1.05)}; font-weight: 700; margin-top: {px(1.2)};
      margin-bottom: {px(0.4)}; }}
ul, ol {{ margin-top: 0; margin-bottom: {px(0.9)}; }}
li {{ margin-bottom: {px(0.45)}; }}
blockquote {{ color: {style.quote_color}; margin-left: {px(1.2)}; font-style: italic; }}
a {{ color: {style.link_color}; }}
code, pre {{ font-family: "DejaVu Sans Mono", "Noto Sans Mono", monospace;
      font-size: {pt(0.88)}; background-color: {style.code_background}; }}
pre {{ margin-bottom: {px(0.9)}; }}
table {{ margin-bottom: {px(1.0)}; border-color: {style.rule_color}; }}
th {{ font-weight: 700; text-align: left; background-color: {style.code_background}; }}
th, td {{ padding: {px(0.35)}; }}
hr {{ color: {style.rule_color}; }}
.image-placeholder {{ color: {style.muted_color}; font-style: italic; }}
p.original {{ margin-bottom: {px(0.3)}; }}
p.hidden-line {{ color: {style.muted_color}; }}
.hidden-reason {{ font-size: {pt(0.8)}; font-style: italic; }}
"""


def original_text_html(original: str, hidden: dict[int, str]) -> str:
    """The original text line by line, with the lines the cleaner hid struck through.

    ``hidden`` maps 1-based line numbers to the reason each was hidden, so the reader can
    check that nothing of the article was lost.
    """
    rows = []
    for number, line in enumerate(original.splitlines(), start=1):
        text = html.escape(line) or "&nbsp;"
        reason = hidden.get(number)
        if reason is None:
            rows.append(f'<p class="original">{text}</p>')
        else:
            rows.append(
                f'<p class="original hidden-line"><s>{text}</s>'
                f' <span class="hidden-reason">— hidden: {html.escape(reason)}</span></p>'
            )
    return "\n".join(rows)
