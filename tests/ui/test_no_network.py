"""Nothing in an article can reach out: no image, stylesheet or link is ever fetched."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from reader.store import articles
from reader.store.database import close_library
from reader.store.models import database_proxy
from reader.ui.startup.app import create_main_window


@pytest.fixture
def listener() -> Iterator[tuple[int, list[str]]]:
    """A TCP server on loopback that records every connection made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    seen: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            seen.append(conn.recv(200).decode("latin-1", "replace"))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], seen
    stop.set()
    thread.join(timeout=2)
    server.close()


def test_an_article_with_remote_images_and_links_makes_no_request(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, listener: tuple[int, list[str]]
):
    port, seen = listener
    base = f"http://127.0.0.1:{port}"
    page = tmp_path / "jebakan.md"
    page.write_text(
        f"# Artikel jebakan\n\n![peta]({base}/x.png) dan ![lagi]({base}/y.svg)\n\n"
        f'<img src="{base}/raw.png"> <link rel="stylesheet" href="{base}/s.css">\n\n'
        f"<style>@import url({base}/i.css);</style>\n\n"
        f"[tautan]({base}/page) dan <{base}/auto> serta [js](javascript:fetch('{base}'))\n",
        encoding="utf-8",
    )
    window = create_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    try:
        [outcome] = window.articles.import_paths([page])
        window.articles.select_article(outcome.article_id)
        # Give any loader every chance: render, scroll, repaint, and hover the links.
        for _ in range(10):
            window.reader_view.verticalScrollBar().setValue(0)
            window.reader_view.viewport().repaint()
            qtbot.wait(50)
        # Clicking a link without confirming opens nothing either.
        window.reader_view.anchorClicked.emit(QUrl(f"javascript:fetch('{base}')"))
        qtbot.wait(300)
        assert seen == []
        # The listener does hear a real request, so the silence above means something.
        with socket.create_connection(("127.0.0.1", port), timeout=2) as probe:
            probe.sendall(b"GET /probe HTTP/1.0\r\n\r\n")
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=3000)
        assert "/probe" in seen[0]
        text = window.reader_view.toPlainText()
        assert "Image: peta" in text and "tautan" in text
        assert articles.count_articles() == 7  # the six of a new library, and this one
    finally:
        window.close()
        close_library(database_proxy.obj)
