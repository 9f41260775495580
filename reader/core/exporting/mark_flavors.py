"""The two ways a handout marks a passage, by name: the writer's choice and the CLI's.

Kept apart from handout_writer.py so that naming the choices (``marginalia export
--flavor``, built with every start of the command, the window's included) does not load
the writer, markdown-it and the templates.
"""

from __future__ import annotations

MARK = "=="
OBSIDIAN, PANDOC = "obsidian", "pandoc"
# How each flavour writes a mark: (opening, closing).
FLAVORS: dict[str, tuple[str, str]] = {OBSIDIAN: (MARK, MARK), PANDOC: ("[", "]{.mark}")}
