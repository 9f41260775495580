"""Hatch build hook: compile the translations into the wheel.

The repository keeps only the Qt Linguist sources (``resources/translations/*.ts``); the
window loads compiled ``.qm`` files. A checkout gets them from ``make translations``; a
wheel (``pip wheel .``, pipx, a distribution's build) gets them here: each .ts is
compiled by ``pyside6-lrelease``, with the options ``packaging/translations.py build``
uses, into a temporary folder, and the .qm files are put into the wheel beside the .ts,
under ``reader/_bundled/resources/translations/``. A stale .qm in the checkout is never
packed instead: a file the hook adds takes the place of one at the same path.

Editable installs (``pip install -e``) read resources from the checkout, so they are
left alone. PySide6-Essentials, which carries lrelease, is this hook's dependency in
pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.config import BuilderConfig
from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCES = Path("resources") / "translations"
TARGET = "reader/_bundled/resources/translations"
# As packaging/translations.py: unreviewed translations stay English, never guessed.
LRELEASE_OPTIONS = ["-silent", "-nounfinished"]
# pyside6-lrelease from the PySide6 the build runs with, whatever PATH holds.
LRELEASE = [
    sys.executable,
    "-c",
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())",
]


class TranslationsHook(BuildHookInterface[BuilderConfig]):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        sources = sorted((Path(self.root) / SOURCES).glob("marginalia_*.ts"))
        if not sources:
            raise RuntimeError(f"No translations to compile in {Path(self.root) / SOURCES}.")
        self._folder = Path(tempfile.mkdtemp(prefix="marginalia-qm-"))
        for ts in sources:
            qm = self._folder / ts.with_suffix(".qm").name
            done = subprocess.run(
                [*LRELEASE, *LRELEASE_OPTIONS, str(ts), "-qm", str(qm)],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0 or not qm.is_file():
                raise RuntimeError(
                    f"pyside6-lrelease could not compile {ts.name}:\n{done.stdout}{done.stderr}"
                )
            build_data["force_include"][str(qm)] = f"{TARGET}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
