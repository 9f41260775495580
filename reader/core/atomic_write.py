"""Writing a file all at once or not at all: an export never leaves half a file behind.

The bytes go to a temporary file in the destination's own folder (so the final rename
stays on one file system), are flushed to disk with fsync, and only then replace the
destination with os.replace, which is atomic on POSIX and Windows. Any failure (a missing
or read-only folder, a full disk) removes the temporary file and becomes a UserError that
names the destination.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, Phrase, UserError

_REASONS = {
    errno.ENOSPC: Phrase(QT_TRANSLATE_NOOP("Errors", "the disk is full")),
    errno.EDQUOT: Phrase(QT_TRANSLATE_NOOP("Errors", "the disk quota is exceeded")),
    errno.EACCES: Phrase(QT_TRANSLATE_NOOP("Errors", "permission denied")),
    errno.EPERM: Phrase(QT_TRANSLATE_NOOP("Errors", "permission denied")),
    errno.EROFS: Phrase(QT_TRANSLATE_NOOP("Errors", "the file system is read-only")),
    errno.ENOENT: Phrase(QT_TRANSLATE_NOOP("Errors", "the folder does not exist")),
    errno.EISDIR: Phrase(QT_TRANSLATE_NOOP("Errors", "it is a folder")),
}


def _reason(exc: OSError) -> Phrase | str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; on failure nothing at ``path`` changes."""
    path = Path(path)
    folder = path.parent
    if path.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: it is a folder."), path=path
        )
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: the folder {folder} does not exist."),
            path=path,
            folder=folder,
        )
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
        temp_name = None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
            path=path,
            reason=_reason(exc),
        ) from None
    finally:
        if temp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    # The rename itself lives in the folder's entry list; without this fsync a power cut
    # right after could bring back the old file. Not every platform can open a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` as UTF-8, in one step."""
    write_bytes_atomic(path, text.encode("utf-8"))
