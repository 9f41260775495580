"""Running a user's template in a process of its own, with limits on time and memory.

A sandbox keeps a template away from Python's internals, but not from the machine: a loop
of ten billion steps or a value of gigabytes is ordinary template code (list doubling once
took 40 s and 8.4 GB). So a user's template is rendered by a child process — this same
program started as ``marginalia --template-worker`` — that lowers its own limits before it
reads anything: ``CPU_SECONDS`` of processor time and ``MEMORY_BYTES`` of address space.
The parent waits at most ``WALL_SECONDS`` and turns every way the child can end into one
plain message naming the template.

The request and the answer cross the pipe as pickles: both ends are this program, and the
child only unpickles what its own parent wrote.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from reader.core.errors import QT_TRANSLATE_NOOP, UserError, error_from_plain, error_to_plain

WORKER_FLAG = "--template-worker"
CPU_SECONDS = 4
WALL_SECONDS = 20  # CPU time is the limit; this only catches a child that stopped running
MEMORY_BYTES = 384 * 1024 * 1024  # address space: the memory it may use stays below it


def _worker_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the one-folder build: the program is the executable
        return [sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "reader", WORKER_FLAG]


def render_in_worker(
    template: Path,
    source: str,
    context: Mapping[str, object],
    search_path: Sequence[Path],
    shared: Mapping[str, object] | None = None,
) -> str:
    """Render ``source`` (the text of ``template``) in a limited child process."""
    request = pickle.dumps(
        (str(template), source, dict(context), [str(p) for p in search_path], dict(shared or {})),
        protocol=pickle.HIGHEST_PROTOCOL,
    )
    try:
        done = subprocess.run(
            _worker_command(),
            input=request,
            capture_output=True,
            timeout=WALL_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise _too_slow(template) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Errors", "The template {template} could not be run ({problem})."),
            template=template,
            problem=exc.strerror or exc,
        ) from None
    try:
        answer = pickle.loads(done.stdout) if done.stdout else None
    except (pickle.UnpicklingError, EOFError, ValueError):
        answer = None
    if isinstance(answer, tuple) and len(answer) == 2 and answer[0] == "ok":
        return str(answer[1])
    if isinstance(answer, tuple) and len(answer) == 3 and answer[0] == "error":
        raise error_from_plain(answer[1], answer[2])
    if done.returncode < 0 or b"MemoryError" in done.stderr:
        # Killed by the CPU limit (SIGXCPU, SIGKILL) or out of memory before it could answer.
        if b"MemoryError" in done.stderr:
            from reader.core.exporting.templates import template_too_large

            raise template_too_large(template)
        raise _too_slow(template)
    raise UserError(
        QT_TRANSLATE_NOOP("Errors", "The template {template} stopped without a result."),
        template=template,
    )


def _too_slow(template: Path) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The template {template} ran longer than {seconds} s and was stopped; "
            "nothing was written.",
        ),
        template=template,
        seconds=CPU_SECONDS,
    )


# -- the child ------------------------------------------------------------------------------


def _limit_self() -> None:
    try:
        import resource
    except ImportError:  # not on Windows: the parent's wall-clock limit still holds
        return
    for limit, value in ((resource.RLIMIT_CPU, CPU_SECONDS), (resource.RLIMIT_AS, MEMORY_BYTES)):
        _soft, hard = resource.getrlimit(limit)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(limit, (value, hard))


def worker_main() -> int:
    """``marginalia --template-worker``: read a request on stdin, answer on stdout."""
    _limit_self()
    out = sys.stdout.buffer
    try:
        template, source, context, search_path, shared = pickle.loads(sys.stdin.buffer.read())
        from reader.core.exporting.templates import render_here

        folders = [Path(p) for p in search_path]
        text = render_here(Path(template), source, context, folders, shared)
        answer: tuple[object, ...] = ("ok", text)
    except UserError as exc:
        answer = ("error", *error_to_plain(exc))
    except MemoryError:
        sys.stderr.write("MemoryError\n")  # the parent's cue; there may be no memory to pickle
        return 1
    out.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))
    out.flush()
    return 0
