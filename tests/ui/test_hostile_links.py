"""Links that try to mislead or break the window: shown truthfully, refused plainly.

The confirmation box once showed ``invoice\\u202efdp.exe`` with the right-to-left override
at work (it read "invoiceexe.pdf") and a Cyrillic "а" in "аpple.com" as if it were Latin;
``marginalia://open/²/…`` and ids of 20 or 5,000 digits ended in "unexpected error", whose
box then kept SIGTERM from closing the window.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.reading.reader_view import ReaderView
from reader.ui.window.main_window import MainWindow


def _asked(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, href: str) -> str:
    texts: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        texts.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    view = ReaderView()
    qtbot.addWidget(view)
    view.anchorClicked.emit(QUrl(href))
    [text] = texts
    return text


def test_the_link_box_writes_out_a_direction_override(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    text = _asked(qtbot, monkeypatch, "https://example.org/invoice\u202efdp.exe")
    assert "\u202e" not in text
    assert "invoice\\u202efdp.exe" in text


def test_the_link_box_shows_a_mixed_script_host_in_punycode(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
):
    text = _asked(qtbot, monkeypatch, "https://аpple.com/masuk")
    assert "xn--pple-43d.com/masuk" in text
    assert "аpple" not in text


@pytest.mark.parametrize(
    "link",
    [
        "marginalia://open/²/abc",
        "marginalia://open/99999999999999999999/abc",
        "marginalia://open/" + "9" * 5000 + "/abc",
        "marginalia://open/1/" + "x" * 10_000,
        "marginalia://open/1/\u202eabc",
        "marginalia://open//",
        "marginalia://",
    ],
)
def test_an_odd_link_is_a_plain_message_in_the_status_bar(window: MainWindow, link: str):
    assert window.articles.open_link(link) is False
    message = window.statusBar().currentMessage()
    assert "names no passage" in message
    assert len(message) < 300 and "\u202e" not in message


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is POSIX")
def test_sigterm_closes_the_window_even_with_a_question_open(tmp_path: Path):
    """The damaged-library question is a modal box; SIGTERM must still end the program."""
    data = tmp_path / "lib"
    data.mkdir()
    (data / "library.sqlite3").write_bytes(b"not a database at all " * 100)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "--data-dir", str(data)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        # The damaged file is moved aside just before the question is asked.
        deadline = time.monotonic() + 60
        while not list(data.glob("library.damaged-*")) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        time.sleep(1.5)  # the box is on screen, its event loop running
        process.send_signal(signal.SIGTERM)
        status = process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert status == 1  # the question was answered "Quit"
    # Quitting the question puts the library back where it was: nothing was lost.
    assert (data / "library.sqlite3").read_bytes().startswith(b"not a database")
