"""Modules loaded on first use, so the window can paint before the rest is imported.

Importing the store (peewee), the Markdown renderer (markdown-it) and every panel costs
more than creating the window itself. The main window names them through ``lazy()``: the
module object exists at once and runs its code the first time one of its attributes is
read — after the first paint, when the window finishes building (main_window.py). This is
the standard library's ``importlib.util.LazyLoader``, the mechanism Mercurial's and
Python's own start-up work rely on.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy(name: str) -> ModuleType:
    """The module ``name``, loaded when first used (at once if it is loaded already)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
