"""The rule chain's shape: declared order, one documented job per rule, and speed."""

from __future__ import annotations

import importlib
from pathlib import Path

from reader.core import cleaning
from reader.core.cleaning.chain import BLOCK_RULES, INLINE_RULES

RULES_DIR = Path(cleaning.__file__).resolve().parent / "rules"


def test_version_is_exported() -> None:
    assert isinstance(cleaning.CLEANER_VERSION, int) and cleaning.CLEANER_VERSION >= 1


def test_rules_run_in_declared_order() -> None:
    names = [rule.name for rule in BLOCK_RULES]
    assert names.index("paragraphs") > max(
        names.index(n) for n in ("blank", "reactions", "comment_form", "share", "related")
    )
    assert names.index("title") < names.index("faq") < names.index("tables")
    assert names.index("tables") < names.index("lists") < names.index("headings")
    assert [rule.name for rule in INLINE_RULES] == ["links", "escaping"]


def test_every_rule_module_is_registered_and_documented() -> None:
    modules = {path.stem for path in RULES_DIR.glob("*.py")} - {"__init__"}
    registered = {rule.name for rule in BLOCK_RULES} | {rule.name for rule in INLINE_RULES}
    assert modules == registered
    for name in modules:
        module = importlib.import_module(f"reader.core.cleaning.rules.{name}")
        assert module.__doc__ and module.__doc__.strip()
        assert module.run.__doc__ and module.run.__doc__.strip()
