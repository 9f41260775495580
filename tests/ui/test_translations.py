"""Marginalia in Indonesian: every text translated, no text left out of translation, Qt's
own buttons and menus translated too, and errors shown in the reader's language."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError, Phrase, UserError
from reader.ui.translation import error_text, install_translator, resolve_language
from tests.ui.translations_script import REPO, load_translations_script

script = load_translations_script()


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files compiled into a folder of this test run's own."""
    folder = tmp_path_factory.mktemp("qm")
    script.build(into=folder)
    return folder


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path, compiled: Path) -> Iterator[object]:
    """Install a language for one test; afterwards the app speaks source English again."""
    before = QLocale()

    def install(code: str, folder: Path = compiled) -> str:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("language", code)
        return install_translator(qapp, settings, folder)

    yield install
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(before)


# -- (a) the .ts files are complete and the check can tell -----------------------------


def test_every_text_in_the_code_has_its_indonesian_translation():
    problems = script.code_problems()
    problems += script.ts_problems(script.ts_path("id"), plural_forms=1)
    problems += script.ts_problems(script.ts_path("en"), plural_forms=2)
    assert not problems, "\n".join(
        ["Run packaging/translations.py update, then translate:", *problems]
    )


TS_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="id">\n'
)


def write_ts(path: Path, messages: str) -> Path:
    path.write_text(
        f"{TS_HEAD}<context>\n<name>Demo</name>\n{messages}</context>\n</TS>\n", encoding="utf-8"
    )
    return path


def test_the_check_names_an_unfinished_message(tmp_path: Path):
    ts = write_ts(
        tmp_path / "demo.ts",
        "<message><source>Delete</source><translation>Hapus</translation></message>\n"
        '<message><source>Rename Article…</source><translation type="unfinished">'
        "</translation></message>\n",
    )
    problems = script.ts_problems(ts, plural_forms=1)
    assert len(problems) == 1
    assert "Rename Article…" in problems[0] and "unfinished" in problems[0]


def test_the_check_catches_broken_fields_accelerators_and_plural_marks(tmp_path: Path):
    ts = write_ts(
        tmp_path / "demo.ts",
        "<message><source>Deleted “{title}”</source>"
        "<translation>“{judul}” dihapus</translation></message>\n"
        "<message><source>&amp;File</source><translation>Berkas</translation></message>\n"
        "<message><source>Import…</source><translation>Impor</translation></message>\n"
        '<message numerus="yes"><source>%n note(s)</source><translation>'
        "<numerusform>beberapa catatan</numerusform></translation></message>\n"
        "<message><source>Fish &amp;&amp; chips</source>"
        "<translation>Ikan &amp;&amp; kentang</translation></message>\n",
    )
    problems = "\n".join(script.ts_problems(ts, plural_forms=1))
    assert "Deleted “{title}”" in problems and "{judul}" in problems
    assert "'&File'" in problems and "accelerator" in problems
    assert "'Import…'" in problems
    assert "%n note(s)" in problems
    assert "Fish" not in problems  # "&&" is a plain ampersand, not an accelerator


def test_the_check_names_a_text_the_ts_lacks_and_where_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    module = tmp_path / "new_panel.py"
    module.write_text(
        "class NewPanel(QWidget):\n    def build(self):\n        self.tr('A brand new text')\n"
    )
    real = script.source_files()
    monkeypatch.setattr(script, "source_files", lambda: [*real, str(module)])
    problems = script.code_problems()
    assert problems == [
        f"marginalia_id.ts: [NewPanel] 'A brand new text' ({module}:3): in the code, "
        "not in the .ts (run packaging/translations.py update)"
    ]


def test_english_plural_forms_follow_the_s_convention():
    assert script.english_forms("%n highlight(s)") == ("%n highlight", "%n highlights")
    assert script.english_forms("%n match(es)") == ("%n match", "%n matches")
    assert script.english_forms("%n sheep") is None


def test_english_shows_one_highlight_not_one_highlight_s(language, qapp: QApplication):
    language("en")
    one = QCoreApplication.translate("AnnotationsPanel", "%n highlight(s)", "", 1)
    many = QCoreApplication.translate("AnnotationsPanel", "%n highlight(s)", "", 3)
    assert (one, many) == ("1 highlight", "3 highlights")


# -- (b) no text reaches the screen without going through tr/translate ------------------

# Calls whose text argument is shown to the reader: name -> positions of the text.
# A position after the first counts only when the first is an icon (addItem(icon, text)).
TEXT_POSITIONS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        [
            "setWindowTitle",
            "setPlaceholderText",
            "setAccessibleName",
            "setAccessibleDescription",
            "setSuffix",
            "setPrefix",
            "setSpecialValueText",
            "setTitle",
            "QLabel",
            "QCheckBox",
            "QRadioButton",
            "QGroupBox",
        ],
        (0,),
    ),
    # Item views take (column, text); a status bar takes (text, timeout).
    **dict.fromkeys(
        ["setText", "setToolTip", "setStatusTip", "setWhatsThis", "showMessage", "setLabelText"],
        (0, 1),
    ),
    **dict.fromkeys(["addMenu", "addAction", "QAction", "QPushButton", "addItem"], (0, 1)),
    **dict.fromkeys(["addTab"], (1, 2)),
    **dict.fromkeys(["setTabText", "setItemText", "setTabToolTip"], (1,)),
    **dict.fromkeys(["information", "warning", "critical", "question"], (1, 2)),
    **dict.fromkeys(
        ["setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels"], (0,)
    ),
}
# Positions that hold text only after an icon; otherwise they hold data or a shortcut.
AFTER_ICON = {"addMenu", "addAction", "QAction", "QPushButton", "addItem"}
TEXT_KEYWORDS = {
    "text",
    "title",
    "placeholderText",
    "toolTip",
    "statusTip",
    "whatsThis",
    "windowTitle",
    "accessibleName",
    "accessibleDescription",
    "labelText",
    "suffix",
    "prefix",
    "specialValueText",
}
# Texts that are the same in every language, each with why.
EXEMPT: dict[str, str] = {
    "Marginalia": "the product's name",
}
_LETTER = re.compile(r"[^\W\d_]")
_ERROR_NAME = re.compile(r"\b(?:exc|error|err)\b")


def _untranslated(node: ast.expr) -> bool:
    """A literal with letters (or one put together with literal words) not sent through tr."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and bool(_LETTER.search(node.value))
    if isinstance(node, ast.JoinedStr):
        return any(_untranslated(v) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _untranslated(node.left) or _untranslated(node.right)
    if isinstance(node, ast.IfExp):
        return _untranslated(node.body) or _untranslated(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_untranslated(e) for e in node.elts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "str":
        # str(error) is the English text; error_text(error) is the reader's language.
        return len(node.args) == 1 and bool(_ERROR_NAME.search(ast.unparse(node.args[0])))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        # "Deleted {title}".format(...) without tr: the words are still English.
        return node.func.attr == "format" and _untranslated(node.func.value)
    return False


def _literal_text(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def _looks_like_icon(node: ast.expr) -> bool:
    return "icon" in ast.unparse(node).lower()


def untranslated_texts(source: str, where: str) -> Iterator[str]:
    """``file:line: call(text)`` for every text in ``source`` shown without translation."""
    for call in ast.walk(ast.parse(source, filename=where)):
        if not isinstance(call, ast.Call):
            continue
        name = _call_name(call)
        shown: list[ast.expr] = []
        for position in TEXT_POSITIONS.get(name, ()):
            if position >= len(call.args):
                continue
            if name in AFTER_ICON and position > 0 and not _looks_like_icon(call.args[0]):
                continue
            shown.append(call.args[position])
        if name in TEXT_POSITIONS or name.startswith("Q"):
            shown += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS]
        else:
            shown += [k.value for k in call.keywords if k.arg in TEXT_KEYWORDS - {"text", "title"}]
        for node in shown:
            if _literal_text(node) in EXEMPT or not _untranslated(node):
                continue
            yield f"{where}:{node.lineno}: {name}({ast.unparse(node)[:70]})"


def test_the_lint_catches_literals_fstrings_and_format():
    source = (
        "label.setText('Deleted')\n"
        "label.setText(f'Deleted {title}')\n"
        "menu.addAction(icon, 'Open')\n"
        "box.addItem(self.tr('English'), 'en')\n"
        "QMessageBox.warning(self, 'Cannot print', message)\n"
        "QLineEdit(placeholderText='Filter')\n"
        "label.setText(self.tr('Deleted {title}').format(title=title))\n"
        "label.setText('Deleted {title}'.format(title=title))\n"
        "label.setText('Marginalia')\n"
        "label.setText('—')\n"
        "QMessageBox.warning(self, self.tr('Cannot print'), str(error))\n"
        "QMessageBox.warning(self, self.tr('Cannot print'), error_text(error))\n"
    )
    found = list(untranslated_texts(source, "example.py"))
    lines = sorted(int(f.split(":")[1]) for f in found)
    assert lines == [1, 2, 3, 5, 6, 8, 11]


def test_no_interface_text_skips_translation():
    found: list[str] = []
    shown = [*(REPO / "reader" / "ui").rglob("*.py"), *(REPO / "reader" / "printing").rglob("*.py")]
    for path in sorted(shown):
        found += untranslated_texts(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not found, "\n".join(
        [f"{len(found)} text(s) shown without self.tr / QCoreApplication.translate:", *found]
    )


# -- (c) Indonesian reaches Qt's own widgets and the errors ----------------------------


def test_indonesian_translates_qts_own_buttons_and_menus(language, qapp: QApplication):
    assert language("id") == "id"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"OK", "Batal"}
    field = QLineEdit("kata")
    menu = [a.text().split("\t")[0] for a in field.createStandardContextMenu().actions()]
    assert "&Salin" in menu and "T&empel" in menu and "Pilih Semua" in menu


def test_indonesian_shows_core_and_store_errors_in_indonesian(language, library: Path):
    from reader.store.articles import get_article

    language("id")
    with pytest.raises(UserError) as raised:
        get_article(424242)
    # The command line's text stays English; the window's is Indonesian.
    assert str(raised.value) == "There is no article with id 424242 in this library."
    assert error_text(raised.value) == "Tidak ada artikel dengan id 424242 di pustaka ini."


def test_a_files_reason_is_translated_inside_its_message(language, tmp_path: Path):
    from reader.core.importing import read_article_file

    language("id")
    missing = tmp_path / "hilang.txt"
    with pytest.raises(DocumentError) as raised:
        read_article_file(missing)
    assert str(raised.value) == f"{missing}: no such file"
    assert error_text(raised.value) == f"{missing}: berkas tidak ada"


def test_english_errors_read_as_they_always_did():
    error = UserError(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
        path="/x/notes.md",
        reason=Phrase(QT_TRANSLATE_NOOP("Errors", "the disk is full")),
    )
    assert str(error) == "Cannot write /x/notes.md: the disk is full."
    assert error_text(error) == "Cannot write /x/notes.md: the disk is full."


def test_a_missing_translation_file_falls_back_to_english_with_one_warning(
    language, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    empty = tmp_path / "no-translations"
    empty.mkdir()
    assert language("id", empty) == "en"
    assert language("id", empty) == "en"
    warnings = capsys.readouterr().err
    assert warnings.count("marginalia_id.qm") == 1
    assert "make translations" in warnings


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", ["id-ID", "en-US"], "id"),
        ("system", ["de-DE", "in", "en"], "id"),  # "in": Indonesian's old code
        ("system", ["en-GB", "id-ID"], "en"),
        ("system", ["fr-FR"], "en"),
        ("en", ["id-ID"], "en"),
        ("id", ["en-US"], "id"),
    ],
)
def test_following_the_system_takes_its_first_language_marginalia_speaks(choice, system, expected):
    assert resolve_language(choice, system) == expected


# -- (d) a broken translation never hides the error ------------------------------------


class BrokenTranslator(QTranslator):
    """A translation whose fields do not match the source, as a careless edit leaves it."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "Errors" and "{" in source:
            return "Rusak: {nama_yang_salah}"
        return ""


def test_a_translation_with_wrong_fields_falls_back_to_english(qapp: QApplication):
    broken = BrokenTranslator(qapp)
    qapp.installTranslator(broken)
    try:
        error = UserError(
            QT_TRANSLATE_NOOP("Errors", "There is no concept with id {concept_id}."),
            concept_id=7,
        )
        assert error_text(error) == "There is no concept with id 7."
    finally:
        qapp.removeTranslator(broken)
