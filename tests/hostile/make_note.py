"""Give article 1 a highlight whose note is a file's text: ``python -m tests.hostile.make_note
DATA_DIR NOTE_FILE`` (a note longer than a command line may carry)."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    from reader.store.database import open_library
    from reader.store.highlights import create_highlight

    open_library(Path(sys.argv[1]))
    create_highlight(1, 0, 10, note=Path(sys.argv[2]).read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
