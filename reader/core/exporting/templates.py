"""Rendering export layouts: Jinja2 templates in a sandbox, errors as one clear line.

Every Markdown layout is a template file (see resources/templates/), so a user can copy
one and write their own. Templates run in Jinja2's SandboxedEnvironment, because a
template file may come from anywhere: it cannot reach Python internals or call unsafe
methods. Autoescaping is off (this is Markdown, not HTML); the values a template gets are
escaped in Python already (see markdown_text), and the filters below let a template escape
raw values itself. StrictUndefined turns a misspelt variable into an error instead of an
empty string, and every error becomes a UserError naming the template file and line.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping, Sequence
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.exceptions import SecurityError, TemplateNotFound, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase, UserError
from reader.core.exporting.markdown_text import (
    blockquote,
    escape_block,
    escape_inline,
    indent,
    yaml_string,
)
from reader.core.exporting.obsidian_tags import obsidian_tag

TEMPLATE_SUFFIX = ".md.j2"

# Errors a template's own expressions can raise ({{ 1 / 0 }}, {{ "a" + 1 }}, ...).
_EXPRESSION_ERRORS = (ArithmeticError, TypeError, ValueError, LookupError, AttributeError)


def _environment(
    search_path: Sequence[Path], shared: Mapping[str, object] | None = None
) -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        loader=FileSystemLoader([str(p) for p in search_path]),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_inline
    env.filters["md_block"] = escape_block
    env.filters["blockquote"] = blockquote
    env.filters["indent_md"] = indent
    env.filters["tag"] = obsidian_tag
    env.filters["yaml"] = yaml_string
    # Globals, not values: a macro imported without context ({% from ... import %}), as
    # layouts import _highlight.md.j2, still sees them.
    env.globals.update(shared or {})
    return env


def _line_in_template(exc: BaseException, folders: Sequence[Path]) -> tuple[str, int] | None:
    """Where in a template file ``exc`` was raised: Jinja maps its frames to template lines."""
    roots = [str(f.resolve()) for f in folders]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        name = str(Path(frame.filename).resolve()) if frame.filename else ""
        if frame.lineno and not name.endswith(".py") and any(name.startswith(r) for r in roots):
            found = (frame.filename, frame.lineno)
    return found


def render_template(
    template: Path,
    context: Mapping[str, object],
    search_path: Sequence[Path] = (),
    shared: Mapping[str, object] | None = None,
) -> str:
    """Render ``template`` with ``context``; its folder, then ``search_path``, serve includes.

    ``shared`` holds names every template and imported macro sees (the layout's labels).
    """
    if not template.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {template} does not exist."),
            template=template,
        )
    folders = [template.parent, *search_path]
    env = _environment(folders, shared)
    try:
        return env.get_template(template.name).render(context)
    except TemplateSyntaxError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The template {file} has an error on line {line}: {message}"
            ),
            file=exc.filename or template,
            line=exc.lineno,
            message=exc.message,
        ) from None
    except TemplateNotFound as exc:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The template {template} includes {name}, which was not found."
            ),
            template=template,
            name=exc.name,
        ) from None
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {template} is not UTF-8 text."),
            template=template,
        ) from None
    except (UndefinedError, SecurityError, TemplateError, *_EXPRESSION_ERRORS) as exc:
        where = _line_in_template(exc, folders)
        place: Phrase | Path = (
            Phrase(QT_TRANSLATE_NOOP("Errors", "{file}, line {line}"), file=where[0], line=where[1])
            if where
            else template
        )
        kind: Phrase | str
        if isinstance(exc, UndefinedError):
            kind = Phrase(QT_TRANSLATE_NOOP("Errors", "unknown name"))
        elif isinstance(exc, SecurityError):
            kind = Phrase(QT_TRANSLATE_NOOP("Errors", "not allowed in a template"))
        else:
            kind = type(exc).__name__
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {place} failed ({kind}): {error}"),
            place=place,
            kind=kind,
            error=exc,
        ) from None
