"""Rendering export layouts: Jinja2 templates in a sandbox, errors as one clear line.

Every Markdown layout is a template file (see resources/templates/), so a user can copy
one and write their own. Templates run in Jinja2's SandboxedEnvironment, because a
template file may come from anywhere: it cannot reach Python internals or call unsafe
methods. Autoescaping is off (this is Markdown, not HTML); the values a template gets are
escaped in Python already (see markdown_text), and the filters below let a template escape
raw values itself. StrictUndefined turns a misspelt variable into an error instead of an
empty string, and every error becomes a UserError naming the template file and line.

A template loads only itself and Marginalia's own partials (the bundled templates folder):
no other file beside it, no path, no link out of that folder, and not itself (an endless
recursion). The sandbox also refuses values that would fill the memory ('x' * 10**10, a
list doubled sixty times) and stops an output past ``MAX_OUTPUT_CHARS``. A user's own
template runs in a separate process with limits on time and memory besides
(template_worker.py): only that stops a loop of ten billion steps.
"""

from __future__ import annotations

import io
import os
import traceback
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateError, TemplateSyntaxError
from jinja2.environment import Environment
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
from reader.core.file_reading import FileReadError, ReadProblem, read_regular_file

TEMPLATE_SUFFIX = ".md.j2"
MAX_TEMPLATE_BYTES = 1024 * 1024  # a layout is a page or two of text
# An export is Markdown for people: a handout of the largest article (20 MB) fits.
MAX_OUTPUT_CHARS = 40_000_000
# A string, list or number a template computes may be no larger (characters, items,
# digits): enough for any value an export holds, far below what fills the memory.
MAX_VALUE_SIZE = 10_000_000

# Errors a template's own expressions can raise ({{ 1 / 0 }}, {{ "a" + 1 }}, ...).
_EXPRESSION_ERRORS = (ArithmeticError, TypeError, ValueError, LookupError, AttributeError)


class _TooLarge(SecurityError):
    """A value or an output past its limit."""


def _size(value: object) -> int:
    if isinstance(value, str | bytes | list | tuple):
        return len(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return value.bit_length() // 3  # about its digits
    return 0


class _BoundedSandbox(SandboxedEnvironment):
    """The sandbox, with the arithmetic that can build huge values checked first."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*" and isinstance(right, int) and _size(left):
            estimate = _size(left) * max(right, 0)
        elif operator == "*" and isinstance(left, int) and _size(right):
            estimate = _size(right) * max(left, 0)
        elif operator == "**" and isinstance(left, int) and isinstance(right, int):
            estimate = (abs(left).bit_length() * max(right, 0)) // 3
        elif operator == "+":
            estimate = _size(left) + _size(right)
        else:
            estimate = 0
        if estimate > MAX_VALUE_SIZE:
            raise _TooLarge(
                f"a value too large for an export (about {estimate:,}; at most {MAX_VALUE_SIZE:,})"
            )
        return super().call_binop(context, operator, left, right)


class _OwnPartials(BaseLoader):
    """Serves the template itself, under a name no template can write, and the files of
    Marginalia's own template folders by plain name; nothing else."""

    def __init__(self, main_name: str, main: Path, source: str, folders: Sequence[Path]):
        self.main_name = main_name
        self.main = main
        self.source = source
        self.folders = [Path(os.path.realpath(f)) for f in folders]

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template == self.main_name:
            return self.source, str(self.main), lambda: True
        if "/" not in template and "\\" not in template and template not in ("", ".", ".."):
            for folder in self.folders:
                candidate = Path(os.path.realpath(folder / template))
                if candidate.parent == folder and candidate.is_file():
                    return candidate.read_text(encoding="utf-8"), str(candidate), lambda: True
        raise TemplateNotFound(template)


def _environment(
    loader: BaseLoader, shared: Mapping[str, object] | None = None
) -> SandboxedEnvironment:
    env = _BoundedSandbox(
        loader=loader,
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


def _line_in_template(exc: BaseException, files: Sequence[Path]) -> tuple[str, int] | None:
    """Where in a template file ``exc`` was raised: Jinja maps its frames to template lines."""
    roots = [str(f.resolve()) for f in files]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        name = str(Path(frame.filename).resolve()) if frame.filename else ""
        if frame.lineno and not name.endswith(".py") and any(name.startswith(r) for r in roots):
            found = (frame.filename, frame.lineno)
    return found


def read_template(template: Path) -> str:
    """The text of a template file: a regular file of UTF-8 text, of a sensible size."""
    try:
        data = read_regular_file(template, MAX_TEMPLATE_BYTES)
    except FileReadError as exc:
        if exc.problem is ReadProblem.MISSING:
            raise UserError(
                QT_TRANSLATE_NOOP("Errors", "The template {template} does not exist."),
                template=template,
            ) from None
        if exc.problem is ReadProblem.NOT_REGULAR:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The template {template} is not a regular file (a pipe, device or "
                    "socket), so it is not read.",
                ),
                template=template,
            ) from None
        if exc.problem is ReadProblem.TOO_LARGE:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The template {template} is larger than 1 MB; no layout is."
                ),
                template=template,
            ) from None
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {template} cannot be read ({problem})."),
            template=template,
            problem=exc.detail or exc.problem.value,
        ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {template} is not UTF-8 text."),
            template=template,
        ) from None


def is_own_template(template: Path, search_path: Sequence[Path]) -> bool:
    """Whether ``template`` is one of Marginalia's own (in one of ``search_path``'s folders)."""
    real = Path(os.path.realpath(template))
    return any(real.parent == Path(os.path.realpath(folder)) for folder in search_path)


def render_template(
    template: Path,
    context: Mapping[str, object],
    search_path: Sequence[Path] = (),
    shared: Mapping[str, object] | None = None,
) -> str:
    """Render ``template`` with ``context``; ``search_path`` holds Marginalia's own template
    folders, whose files it may include. A user's template runs in a limited process.

    ``shared`` holds names every template and imported macro sees (the layout's labels).
    """
    if is_own_template(template, search_path):
        return render_here(template, read_template(template), context, search_path, shared)
    from reader.core.exporting.template_worker import render_in_worker

    source = read_template(template)
    return render_in_worker(template, source, context, search_path, shared)


def render_here(
    template: Path,
    source: str,
    context: Mapping[str, object],
    search_path: Sequence[Path],
    shared: Mapping[str, object] | None = None,
) -> str:
    """Render in this process (a bundled template, or inside the worker)."""
    main_name = f"\x00{uuid.uuid4()}"  # no include can name it: no self-recursion
    env = _environment(_OwnPartials(main_name, template, source, search_path), shared)
    files = [template, *search_path]
    try:
        return _bounded_output(env.get_template(main_name).generate(context))
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
                "Errors",
                "The template {template} includes {name}, which is not one of Marginalia's "
                "own partials; a template may include only those.",
            ),
            template=template,
            name=exc.name,
        ) from None
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {template} is not UTF-8 text."),
            template=template,
        ) from None
    except RecursionError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors", "The template {template} calls itself too deeply (a recursion)."
            ),
            template=template,
        ) from None
    except MemoryError:
        raise template_too_large(template) from None
    except (UndefinedError, SecurityError, TemplateError, *_EXPRESSION_ERRORS) as exc:
        where = _line_in_template(exc, files)
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


def template_too_large(template: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The template {template} needs more memory than an export may use and was "
            "stopped; nothing was written.",
        ),
        template=template,
    )


def _bounded_output(parts: Any) -> str:
    # Into one buffer, not a list: millions of tiny parts cost far more than their text.
    out = io.StringIO()
    size = 0
    for part in parts:
        size += len(part)
        if size > MAX_OUTPUT_CHARS:
            raise _TooLarge(
                f"the output is longer than {MAX_OUTPUT_CHARS:,} characters, "
                "more than any export needs"
            )
        out.write(part)
    return out.getvalue()
