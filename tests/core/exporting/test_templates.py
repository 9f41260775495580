"""User templates: rendered in a sandbox; a broken one is one line naming file and line."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.core.exporting.templates import render_template
from tests.hangs import outcome_within


def _template(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.md.j2"
    path.write_text(text, encoding="utf-8")
    return path


def test_values_render_and_the_md_filter_escapes(tmp_path: Path):
    path = _template(tmp_path, "# {{ title }}\n\n{{ note | md }} {{ name | tag }}\n")
    out = render_template(path, {"title": "T", "note": "<b>*x*</b>", "name": "Kerja sama"})
    assert out == "# T\n\n\\<b\\>\\*x\\*\\</b\\> #kerja-sama\n"


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path):
    path = _template(tmp_path, "line one\n{% for x in %}\n")
    with pytest.raises(UserError) as caught:
        render_template(path, {})
    assert str(path) in str(caught.value) and "line 2" in str(caught.value)


def test_an_unknown_name_names_the_file_and_line(tmp_path: Path):
    path = _template(tmp_path, "one\ntwo\n{{ titel }}\n")
    with pytest.raises(UserError) as caught:
        render_template(path, {"title": "T"})
    message = str(caught.value)
    assert f"{path}, line 3" in message and "titel" in message and "\n" not in message


def test_the_sandbox_refuses_python_internals(tmp_path: Path):
    path = _template(tmp_path, "ok\n{{ '{0.__class__}'.format(1) }}\n")
    with pytest.raises(UserError) as caught:
        render_template(path, {})
    assert f"{path}, line 2" in str(caught.value)
    assert "not allowed" in str(caught.value)


def test_reaching_for_internals_through_attributes_is_an_unknown_name(tmp_path: Path):
    path = _template(tmp_path, "{{ cycler.__init__.__globals__ }}\n")
    with pytest.raises(UserError, match="line 1"):
        render_template(path, {})


def test_a_missing_template_or_include_is_a_user_error(tmp_path: Path):
    with pytest.raises(UserError, match="does not exist"):
        render_template(tmp_path / "nope.md.j2", {})
    path = _template(tmp_path, '{% include "other.md.j2" %}')
    with pytest.raises(UserError, match=r"other\.md\.j2"):
        render_template(path, {})


def test_an_error_in_an_expression_is_a_user_error(tmp_path: Path):
    path = _template(tmp_path, "\n\n{{ 1 / 0 }}")
    with pytest.raises(UserError, match="line 3"):
        render_template(path, {})


# -- a user's template cannot exhaust the machine or read other files ------------------------

BUNDLED = Path(__file__).resolve().parents[3] / "resources" / "templates"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{{ 'x' * 10**10 }}", "too large"),
        ("{{ [1] * 10**9 }}", "too large"),
        ("{{ 10 ** 100000000 }}", "too large"),
        (
            "{% set ns = namespace(l=[1]) %}{% for i in range(60) %}"
            "{% set ns.l = ns.l + ns.l %}{% endfor %}{{ ns.l | length }}",
            "too large",
        ),
        (
            "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
            "longer than",
        ),
        ("{% for a in range(100000) %}{{ 'y' * 100000 }}{% endfor %}", "output"),
        ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "too deeply"),
        ("{{ 'x' | center(10**10) }}", ""),
        ("{{ '%10000000000s' | format('x') }}", ""),
    ],
)
def test_a_template_that_would_exhaust_the_machine_is_stopped_with_a_message(
    tmp_path: Path, text: str, reason: str
):
    path = _template(tmp_path, text)
    with pytest.raises(UserError) as caught:
        render_template(path, {}, [BUNDLED])
    message = str(caught.value)
    assert str(path) in message and reason in message and "\n" not in message


@pytest.mark.parametrize(
    "include",
    [
        '{% include "mine.md.j2" %}',  # itself: endless recursion
        '{% include "other.md.j2" %}',  # a file beside it
        '{% include "/etc/passwd" %}',
        '{% include "../../etc/passwd" %}',
        '{% import "escape.md.j2" as e %}',
        '{% extends "secret.txt" %}',
    ],
)
def test_a_template_includes_only_marginalias_own_partials(tmp_path: Path, include: str):
    (tmp_path / "other.md.j2").write_text("a file beside the template")
    (tmp_path / "secret.txt").write_text("TOP-SECRET-CONTENT")
    (tmp_path / "escape.md.j2").symlink_to("/etc/passwd")
    path = _template(tmp_path, include)
    with pytest.raises(UserError) as caught:
        render_template(path, {}, [BUNDLED])
    message = str(caught.value)
    assert "root:" not in message and "TOP-SECRET-CONTENT" not in message
    assert "Marginalia's own" in message or "not allowed" in message


def test_a_partial_linked_out_of_the_templates_folder_is_refused(tmp_path: Path):
    partials = tmp_path / "partials"
    partials.mkdir()
    (partials / "_evil.md.j2").symlink_to("/etc/passwd")
    path = _template(tmp_path, '{% include "_evil.md.j2" %}')
    with pytest.raises(UserError):
        render_template(path, {}, [partials])


def test_a_user_template_may_use_the_bundled_partials(tmp_path: Path):
    path = _template(
        tmp_path,
        '{% include "_front_matter.md.j2" %}{% from "_highlight.md.j2" import highlight %}ok\n',
    )
    values = {"raw": {"title": "T"}, "source": "S", "exported_at": "G"}
    out = render_template(path, values, [BUNDLED])
    assert out.rstrip().endswith("ok")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_as_template_is_refused_at_once(tmp_path: Path):
    fifo = tmp_path / "pipe.md.j2"
    os.mkfifo(fifo)
    try:
        error = outcome_within(lambda: render_template(fifo, {}, [BUNDLED]))
    finally:
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    assert isinstance(error, UserError) and "not a regular file" in str(error)
