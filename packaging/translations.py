"""Marginalia's translations: extract the texts, fill in translations, compile, check.

    .venv/bin/python packaging/translations.py update   # code -> .ts, staging -> translations
    .venv/bin/python packaging/translations.py build    # .ts -> .qm (`make translations`)
    .venv/bin/python packaging/translations.py check    # exit 1 listing every problem

``update`` runs ``pyside6-lupdate`` over every module of ``reader/`` into
``resources/translations/marginalia_id.ts``, then fills in the translations written in
``resources/translations/staging/*.json`` (a list of {"context", "source", "translation"};
a plural message's translation is a list of forms), and rebuilds ``marginalia_en.ts``:
English's plural forms only ("1 highlight" / "2 highlights"), filled in automatically.

The .ts files keep no source locations (``-locations none``): with line numbers, every edit
that moves a line in any module would rewrite the .ts, and review would drown in churn;
without them the .ts changes only when a text does. ``check`` finds where a text is in the
code by extracting again, with locations, into a temporary file.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FOLDER = REPO / "resources" / "translations"
STAGING = FOLDER / "staging"
SOURCE_LANGUAGE = "en"
TRANSLATED = ("id",)  # every language with a full translation; English is the source

# English plural forms the "(s)" convention cannot spell: source -> (one, many).
ENGLISH_FORMS: dict[str, tuple[str, str]] = {}

# lupdate's own options; "update" and "check" must extract the same way.
_LUPDATE_OPTIONS = ["-silent", "-no-obsolete", "-source-language", SOURCE_LANGUAGE]
# Unfinished translations (lupdate's guesses from similar texts) must never be shown.
_LRELEASE_OPTIONS = ["-silent", "-nounfinished"]

Key = tuple[str, str, str]  # context, source, disambiguation comment


def ts_path(language: str) -> Path:
    return FOLDER / f"marginalia_{language}.ts"


def tool(name: str) -> str:
    """``pyside6-<name>`` from the virtual environment running this script, else PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found; run `make` to set up .venv first.")
    return found


def source_files() -> list[str]:
    """Every module of reader/, sorted so the extraction is the same on every machine."""
    files = (p for p in (REPO / "reader").rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(str(p.relative_to(REPO)) for p in files)


def lupdate(target: Path, language: str, *extra: str) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            *source_files(),
            *_LUPDATE_OPTIONS,
            "-target-language",
            language,
            *extra,
            "-ts",
            str(target),
        ],
        cwd=REPO,
        check=True,
    )


# -- reading a .ts file -------------------------------------------------------------------


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: list[str]
    finished: bool
    element: ET.Element
    locations: list[str] = field(default_factory=list)

    @property
    def key(self) -> Key:
        return (self.context, self.source, self.comment)

    def describe(self) -> str:
        where = f" ({', '.join(self.locations)})" if self.locations else ""
        return f"[{self.context}] {self.source!r}{where}"


def read_messages(path: Path, base: Path | None = None) -> list[Message]:
    """The live messages of a .ts file (vanished and obsolete ones left out).

    ``base`` turns location file names, relative to the .ts, into repository paths.
    """
    return _messages_in(ET.parse(path), base)


def _messages_in(tree: ET.ElementTree[ET.Element], base: Path | None = None) -> list[Message]:
    # Each Message keeps its element, so filling a translation edits ``tree`` itself.
    found: list[Message] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            found.append(
                Message(
                    context=name,
                    source=element.findtext("source", ""),
                    comment=element.findtext("comment", ""),
                    numerus=numerus,
                    forms=forms,
                    finished=kind == "",
                    element=element,
                    locations=[_location(loc, base) for loc in element.iter("location")],
                )
            )
    return found


def _location(loc: ET.Element, base: Path | None) -> str:
    file = Path(loc.get("filename", ""))
    if base is not None:
        file = (base / file).resolve()
        if file.is_relative_to(REPO):
            file = file.relative_to(REPO)
    return f"{file}:{loc.get('line', '?')}"


# -- checking one message ------------------------------------------------------------------

_FIELD = re.compile(r"\{[^{}]*\}")
_QT_ARG = re.compile(r"%(?:n|L?\d)")
_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def _fields(text: str) -> set[str]:
    return set(_FIELD.findall(text.replace("{{", "").replace("}}", "")))


def _qt_args(text: str) -> set[str]:
    return set(_QT_ARG.findall(text))


def _accelerators(text: str) -> int:
    return _ENTITY.sub("", text).replace("&&", "").count("&")


def _ending(text: str) -> str:
    return next((end for end in ("…", "...") if text.rstrip().endswith(end)), "")


def form_problems(source: str, translation: str) -> list[str]:
    """What a translation breaks: its {fields}, %n or %1, & accelerators, trailing "…"."""
    problems = []
    if _fields(source) != _fields(translation):
        problems.append(
            f"fields {sorted(_fields(translation))} instead of {sorted(_fields(source))}"
        )
    if _qt_args(source) != _qt_args(translation):
        problems.append(
            f"Qt arguments {sorted(_qt_args(translation))} instead of {sorted(_qt_args(source))}"
        )
    if _accelerators(source) != _accelerators(translation):
        problems.append(
            f"{_accelerators(translation)} & accelerator(s) instead of {_accelerators(source)}"
        )
    if _ending(source) != _ending(translation):
        problems.append(f"ends with {_ending(translation)!r} instead of {_ending(source)!r}")
    return problems


def message_problems(message: Message, plural_forms: int | None = None) -> list[str]:
    """Why ``message`` cannot be shown as it is translated; empty when it can."""
    if not message.finished:
        return ["unfinished: no reviewed translation"]
    if not message.forms or not all(f.strip() for f in message.forms):
        return ["empty translation"]
    if message.numerus and plural_forms is not None and len(message.forms) != plural_forms:
        return [f"{len(message.forms)} plural form(s) instead of {plural_forms}"]
    problems = []
    for form in message.forms:
        problems += form_problems(message.source, form)
    return problems


def ts_problems(path: Path, plural_forms: int | None = None) -> list[str]:
    """Every message of the .ts file at ``path`` that is missing, unfinished or broken."""
    problems = []
    for message in read_messages(path):
        for problem in message_problems(message, plural_forms):
            problems.append(f"{path.name}: {message.describe()}: {problem}")
    return problems


# -- filling translations -----------------------------------------------------------------


def staging_entries(folder: Path = STAGING) -> dict[Key, list[str]]:
    """Every staged translation, by (context, source, comment); later files win."""
    entries: dict[Key, list[str]] = {}
    for path in sorted(folder.glob("*.json")):
        for item in json.loads(path.read_text(encoding="utf-8")):
            translation = item["translation"]
            forms = [translation] if isinstance(translation, str) else list(translation)
            key = (item["context"], item["source"], item.get("comment", ""))
            entries[key] = forms
    return entries


def _set_forms(message: Message, forms: list[str]) -> None:
    translation = message.element.find("translation")
    if translation is None:
        translation = ET.SubElement(message.element, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.numerus:
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = forms[0]
    message.forms, message.finished = forms, True


def english_forms(source: str) -> tuple[str, str] | None:
    """One and many of an English plural source: the table first, then "(s)"/"(es)"."""
    if source in ENGLISH_FORMS:
        return ENGLISH_FORMS[source]
    if re.search(r"\((?:s|es)\)", source):
        one = re.sub(r"\((?:s|es)\)", "", source)
        many = re.sub(r"\((s|es)\)", r"\1", source)
        return one, many
    return None


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    tree.write(path, encoding="utf-8", xml_declaration=True)


def fill_translations(path: Path, entries: dict[Key, list[str]]) -> tuple[list[str], set[Key]]:
    """Put the staged translations into the .ts; returns the messages still untranslated
    and the staged keys that were used."""
    tree = ET.parse(path)
    used: set[Key] = set()
    messages = _messages_in(tree)
    for message in messages:
        forms = entries.get(message.key)
        if forms is None:
            continue
        used.add(message.key)
        if message.numerus or len(forms) == 1:
            _set_forms(message, forms if message.numerus else forms[:1])
    _write(tree, path)
    untranslated = [m.describe() for m in messages if not m.finished]
    return untranslated, used


def fill_english(path: Path) -> list[str]:
    """Spell out the English plural forms; returns the sources it could not spell."""
    tree = ET.parse(path)
    unknown = []
    for message in _messages_in(tree):
        if message.finished and all(f.strip() for f in message.forms):
            continue
        forms = english_forms(message.source)
        if forms is None:
            unknown.append(message.describe())
            continue
        _set_forms(message, list(forms))
    _write(tree, path)
    return unknown


# -- the commands -------------------------------------------------------------------------


def update() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    entries = staging_entries()
    used: set[Key] = set()
    for language in TRANSLATED:
        target = ts_path(language)
        lupdate(target, language, "-locations", "none")
        untranslated, used_here = fill_translations(target, entries)
        used |= used_here
        # lupdate once more writes the file back in its own layout, so the diff stays small.
        lupdate(target, language, "-locations", "none")
        _report(f"{target.name}: {len(untranslated)} text(s) without a translation", untranslated)
    english = ts_path("en")
    lupdate(english, "en", "-locations", "none", "-pluralonly")
    unknown = fill_english(english)
    lupdate(english, "en", "-locations", "none", "-pluralonly")
    _report(
        f"{english.name}: {len(unknown)} plural text(s) not spelled out "
        "(add them to ENGLISH_FORMS in packaging/translations.py)",
        unknown,
    )
    unused = sorted(set(entries) - used)
    _report(
        f"staging: {len(unused)} translation(s) whose text is no longer in the code",
        [f"[{c}] {s!r}" for c, s, _ in unused],
    )
    return 0


def build(into: Path | None = None) -> int:
    """Compile every .ts beside it, or into the folder ``into`` (tests build their own)."""
    for ts in sorted(FOLDER.glob("marginalia_*.ts")):
        qm = (into or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), *_LRELEASE_OPTIONS, str(ts), "-qm", str(qm)], check=True)
    return 0


def code_problems() -> list[str]:
    """Texts in the code that a .ts file lacks (and so would show in English)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for language, extra in [*((lang, ()) for lang in TRANSLATED), ("en", ("-pluralonly",))]:
            fresh = Path(folder) / f"fresh_{language}.ts"
            lupdate(fresh, language, "-locations", "absolute", *extra)
            target = ts_path(language)
            have = {m.key for m in read_messages(target)} if target.exists() else set()
            for message in read_messages(fresh, base=Path(folder)):
                if message.key not in have:
                    problems.append(
                        f"{target.name}: {message.describe()}: in the code, not in the .ts "
                        "(run packaging/translations.py update)"
                    )
    return problems


def check() -> int:
    problems = code_problems()
    for language in TRANSLATED:
        if ts_path(language).exists():
            problems += ts_problems(ts_path(language), plural_forms=1 if language == "id" else None)
    if ts_path("en").exists():
        problems += ts_problems(ts_path("en"), plural_forms=2)
    _report(f"{len(problems)} translation problem(s)", problems)
    return 1 if problems else 0


def _report(title: str, lines: Iterable[str]) -> None:
    items = list(lines)
    if not items:
        return
    print(title + ":", file=sys.stderr)
    for line in items:
        print(f"  {line}", file=sys.stderr)


def main(argv: list[str]) -> int:
    commands = {"update": update, "build": build, "check": check}
    if len(argv) != 1 or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
