"""Open one article in the real main window and exit: ``python -m tests.hostile.open_in_window
DATA_DIR ARTICLE_ID``. The hostile suite measures this process from outside."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from reader.ui.startup.app import create_application, create_main_window

    app = create_application()
    window = create_main_window(Path(sys.argv[1]))
    window.show()
    window.articles.select_article(int(sys.argv[2]))
    app.processEvents()
    window.reader_view.viewport().repaint()
    app.processEvents()
    print(f"shown\t{window.windowTitle()}")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
