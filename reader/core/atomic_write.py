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
import secrets
import stat
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


def _cannot_write(path: Path, exc: OSError) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: {reason}."),
        path=path,
        reason=_reason(exc),
    )


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; on failure nothing at ``path`` changes.

    A link is followed: the file it points to is replaced, and the link stays. Only a
    regular file is ever replaced; a pipe or a device is refused. An existing file keeps
    its permissions; a new one gets the usual ones for this user (0644 with umask 022).
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    folder = target.parent
    if target.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: it is a folder."), path=path
        )
    if not folder.is_dir():
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write {path}: the folder {folder} does not exist."),
            path=path,
            folder=folder,
        )
    mode = _existing_mode(path, target)
    temp: Path | None = None
    try:
        fd, temp = _open_temporary(folder, target.name)
        with os.fdopen(fd, "wb") as handle:
            if mode is not None:
                os.chmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    _sync_folder(folder)


def _existing_mode(path: Path, target: Path) -> int | None:
    """The permission bits of the regular file at ``target``, None when there is none yet;
    refuses anything else there (a pipe, device or socket is not replaced by a file)."""
    try:
        found = os.stat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    if not stat.S_ISREG(found.st_mode):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Cannot write {path}: it is not a regular file (a pipe, device or socket); "
                "nothing was written.",
            ),
            path=path,
        )
    return stat.S_IMODE(found.st_mode)


def _open_temporary(folder: Path, name: str) -> tuple[int, Path]:
    """A new, empty, hidden file beside the destination, opened for writing.

    Created with mode 0666 so the kernel applies the user's umask, as it would to any new
    file (tempfile.mkstemp always makes 0600, which a replaced file then kept).
    """
    for _attempt in range(100):
        temp = folder / f".{name}.{secrets.token_hex(6)}.tmp"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


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
