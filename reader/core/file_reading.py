"""Reading a file the user named: regular files only, and never more bytes than a limit.

A size check before reading is not enough. A FIFO (``mkfifo article.txt``) blocks the
reader until something writes to it, and a device or ``/proc`` file says it holds 0
bytes while it streams without end (a link to ``/dev/zero`` grew to 3 GB in 5 s). So the
file is opened without blocking, checked to be a regular file through the open handle
(a name swapped between a check and the open cannot slip through), and read with the
limit itself as the bound: one byte past it means the file is too large.
"""

from __future__ import annotations

import errno
import os
import stat
from enum import Enum
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, DocumentError


class ReadProblem(Enum):
    """Why a file could not be read; the caller says it in its own words."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_REGULAR = "not-regular"  # a pipe, device, socket: not a file with contents
    TOO_LARGE = "too-large"
    DENIED = "denied"
    OTHER = "other"


class FileReadError(Exception):
    """A file that cannot be read; ``problem`` says why, ``detail`` is the system's words."""

    def __init__(self, path: Path, problem: ReadProblem, detail: str = "") -> None:
        self.path = path
        self.problem = problem
        self.detail = detail
        super().__init__(f"{path}: {problem.value} {detail}".strip())


_CHUNK = 1 << 20


def _problem_of(exc: OSError) -> ReadProblem:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ReadProblem.MISSING
    if exc.errno == errno.EISDIR:
        return ReadProblem.FOLDER
    if exc.errno in (errno.EACCES, errno.EPERM):
        return ReadProblem.DENIED
    if exc.errno in (errno.ENXIO, errno.ENODEV):
        return ReadProblem.NOT_REGULAR  # a socket or device that cannot be opened
    return ReadProblem.OTHER


def read_regular_file(path: Path, limit: int) -> bytes:
    """The whole contents of the regular file at ``path`` (links followed), at most ``limit``
    bytes; raises FileReadError saying why not."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileReadError(path, _problem_of(exc), exc.strerror or "") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise FileReadError(path, ReadProblem.FOLDER)
        if not stat.S_ISREG(mode):
            raise FileReadError(path, ReadProblem.NOT_REGULAR)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise FileReadError(path, ReadProblem.TOO_LARGE)
        return b"".join(chunks)
    except OSError as exc:
        raise FileReadError(path, _problem_of(exc), exc.strerror or "") from None
    finally:
        os.close(fd)


def is_regular_file(path: Path) -> bool:
    """True for a regular file (links followed); False for anything else or nothing."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def unreadable_document(path: Path, error: FileReadError) -> DocumentError:
    """Why a file named for import could not be read, each reason a sentence of its own
    (so each translates whole). TOO_LARGE is the caller's to say: only it knows its limit.
    """
    if error.problem is ReadProblem.MISSING:
        return DocumentError(path, QT_TRANSLATE_NOOP("Errors", "no such file"))
    if error.problem is ReadProblem.FOLDER:
        return DocumentError(path, QT_TRANSLATE_NOOP("Errors", "this is a folder, not a file"))
    if error.problem is ReadProblem.NOT_REGULAR:
        return DocumentError(
            path,
            QT_TRANSLATE_NOOP(
                "Errors", "not a regular file (a pipe, device or socket), so it is not read"
            ),
        )
    if error.problem is ReadProblem.DENIED:
        return DocumentError(
            path, QT_TRANSLATE_NOOP("Errors", "permission denied: the file cannot be read")
        )
    return DocumentError(
        path,
        QT_TRANSLATE_NOOP("Errors", "the file cannot be read ({problem})"),
        problem=error.detail or error.problem.value,
    )
