"""The start-up floor: the least a PySide6 reading window can be.

A QMainWindow with a text view holding a few paragraphs, titled at once. bench/startup.py
starts it from a shell exactly as it starts ``marginalia`` and times both from outside.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("A bare window — floor")
    view = QTextBrowser()
    view.setHtml("<h1>Floor</h1>" + "<p>Teks yang dibaca dengan tenang.</p>" * 40)
    window.setCentralWidget(view)
    window.resize(1200, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
