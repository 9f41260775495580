"""Errors a user can cause, carrying a message in plain words that names the thing.

A message is kept as an English template with its values, not only as finished text, so
the window can show it in the reader's language: the template is looked up in the
translation files and the values are put in afterwards. ``str(error)`` is the English
text, which the command line prints. Templates are marked with ``QT_TRANSLATE_NOOP`` so
``pyside6-lupdate`` finds them; this module stays free of Qt, the marker only returns its
text.
"""

from __future__ import annotations

from pathlib import Path

# The translation context of every message raised by core and store code. lupdate only
# reads literal contexts, so call sites write "Errors" itself, never this name.
ERROR_CONTEXT = "Errors"


# Upper case because that is the name lupdate looks for.
def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context``; return it unchanged."""
    del context
    return text


def _filled(template: str, params: dict[str, object]) -> str:
    # Without values a template is finished text, and may hold braces of its own.
    return template.format(**params) if params else template


class Phrase:
    """Words inside a message that are translated with it: a reason, a place, a kind.

    A template (context ``ERROR_CONTEXT``) and its values, like an error's own; given as
    a value of an error, the window translates it too. ``str()`` is the English text.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params

    def __str__(self) -> str:
        return _filled(self.template, self.params)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Phrase):
            return NotImplemented
        return (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


class UserError(Exception):
    """A problem the user can understand and fix; its text is shown as is, without a traceback.

    ``template`` is English with ``{name}`` fields filled from ``params``; the window
    translates the template (context ``ERROR_CONTEXT``) before filling it in. A value that
    is a :class:`Phrase` or another ``UserError`` is translated as well.
    """

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(_filled(template, params))


class DocumentError(UserError):
    """A file that cannot become an article, and why.

    ``reason`` is an English template filled from ``params``; ``self.reason`` is the
    finished English text, and the window shows the reason translated.
    """

    def __init__(self, path: Path | str, reason: str, /, **params: object) -> None:
        self.path = Path(path)
        self.reason_template = reason
        self.reason_params = params
        self.reason = _filled(reason, params)
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "{path}: {reason}"),
            path=self.path,
            reason=Phrase(reason, **params),
        )


# -- an error across a pipe -------------------------------------------------------------
# A user's template renders in a child process (exporting/template_worker.py); its
# UserError comes back as plain values. Its template was marked for translation where the
# child raised it, so rebuilding it here keeps it translatable.


def error_to_plain(error: UserError) -> tuple[str, dict[str, object]]:
    """``error`` as a template and values that pickle without any class of ours."""
    return error.template, _plain_params(error.params)


def error_from_plain(template: object, params: object) -> UserError:
    """The UserError :func:`error_to_plain` described."""
    return UserError(str(template), **_params_from_plain(params))


def _plain_params(params: dict[str, object]) -> dict[str, object]:
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, Phrase | UserError):
            out[key] = ("phrase", value.template, _plain_params(value.params))
        elif isinstance(value, int | float):
            out[key] = value
        else:
            out[key] = str(value)
    return out


def _params_from_plain(params: object) -> dict[str, object]:
    if not isinstance(params, dict):
        return {}
    out: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, tuple) and len(value) == 3 and value[0] == "phrase":
            out[str(key)] = Phrase(str(value[1]), **_params_from_plain(value[2]))
        else:
            out[str(key)] = value
    return out
