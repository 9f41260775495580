"""User templates: rendered in a sandbox; a broken one is one line naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import UserError
from reader.core.exporting.templates import render_template


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
