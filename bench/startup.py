"""Start-up as the user meets it: ``marginalia`` typed in a shell, until its window is up.

Two moments are timed from outside the program, by an X client (python-xlib) that
listens to the X server rather than polling it:

- first frame: the X server maps the program's top-level window (MapNotify);
- complete window: the window's title names the open article (the last article shown,
  panels built) and the program then acts on a close request (``WM_DELETE_WINDOW``, what
  a window manager's close button sends) by unmapping its window: only an event loop
  that is taking input answers it, so the clock stops when the window is usable.

The floor is a bare PySide6 window with a text view (bench/bare_window.py), started the
same way; the two are alternated in one run on one private Xvfb so a busy machine slows
both alike. Each figure is the median of the runs; the ratios are what ``make bench``
judges against the targets (issue #13: first frame ≤ 1.5×, complete window ≤ 2×).
"""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RUNS = 7
FIRST_FRAME_TARGET = 1.5
COMPLETE_TARGET = 2.0
TIMEOUT_S = 60.0
APP_TITLE = "Marginalia"  # the title before an article is open


@dataclass(frozen=True)
class Start:
    first_frame: float  # seconds from the shell's start to MapNotify
    complete: float  # ... to the close request answered, sent after the article's title


@dataclass(frozen=True)
class Result:
    app: list[Start]
    bare: list[Start]

    @staticmethod
    def _median(starts: list[Start], field: str) -> float:
        return statistics.median(getattr(s, field) for s in starts)

    def rows(self) -> list[tuple[str, float, float, float, float]]:
        """(label, bare seconds, app seconds, ratio, target) per moment."""
        out = []
        for field, label, target in (
            ("first_frame", "first frame mapped", FIRST_FRAME_TARGET),
            ("complete", "complete window (article, panels, input)", COMPLETE_TARGET),
        ):
            bare, app = self._median(self.bare, field), self._median(self.app, field)
            out.append((label, bare, app, app / bare, target))
        return out


class _Xvfb:
    """A private X server; the display number is chosen by Xvfb itself (-displayfd)."""

    def __init__(self) -> None:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.process.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class _Watcher:
    """An X client that sees top-level windows mapped, retitled, closed."""

    def __init__(self, display_name: str) -> None:
        from Xlib import X, display

        self.X = X
        self.display = display.Display(display_name)
        self.root = self.display.screen().root
        # SubstructureNotify on the root: MapNotify and UnmapNotify of every top-level
        # window.
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.display.sync()
        self.net_wm_name = self.display.intern_atom("_NET_WM_NAME")
        self.wm_protocols = self.display.intern_atom("WM_PROTOCOLS")
        self.wm_delete = self.display.intern_atom("WM_DELETE_WINDOW")
        self.utf8 = self.display.intern_atom("UTF8_STRING")

    def _next(self, deadline: float) -> object | None:
        import select

        while self.display.pending_events() == 0:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            select.select([self.display.fileno()], [], [], left)
            # Reading the socket turns bytes into queued events.
            self.display.pending_events()
            if self.display.pending_events() == 0:
                # select() woke for something that is not an event (a reply): go on.
                continue
        return self.display.next_event()

    def _title(self, window: object) -> str:
        prop = window.get_full_property(self.net_wm_name, self.utf8)  # type: ignore[attr-defined]
        if prop is None:
            return ""
        value = prop.value
        return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)

    def drain(self) -> None:
        """Forget the events of earlier runs (their windows' unmapping and destruction)."""
        self.display.sync()
        while self.display.pending_events():
            self.display.next_event()

    def time_start(self, started: float, process: subprocess.Popen[bytes]) -> Start:
        """Wait for the window of ``process`` (started at ``started``) to map and complete."""
        from Xlib import protocol

        X = self.X
        deadline = started + TIMEOUT_S
        window = None
        first_frame = 0.0
        asked = False
        while True:
            event = self._next(deadline)
            if event is None:
                raise RuntimeError(f"no window within {TIMEOUT_S:.0f} s (exit {process.poll()})")
            kind = event.type  # type: ignore[attr-defined]
            if window is None:
                if kind != X.MapNotify or event.override:  # type: ignore[attr-defined]
                    continue
                first_frame = time.perf_counter() - started
                window = event.window  # type: ignore[attr-defined]
                window.change_attributes(event_mask=X.PropertyChangeMask)
                self.display.sync()
            elif kind == X.PropertyNotify and event.atom != self.net_wm_name:  # type: ignore[attr-defined]
                continue
            elif kind == X.UnmapNotify and asked:
                if event.window == window:  # type: ignore[attr-defined]
                    return Start(first_frame, time.perf_counter() - started)
                continue
            elif kind not in (X.PropertyNotify, X.MapNotify):
                continue
            if not asked and self._title(window) not in ("", APP_TITLE):
                close = protocol.event.ClientMessage(
                    window=window,
                    client_type=self.wm_protocols,
                    data=(32, [self.wm_delete, X.CurrentTime, 0, 0, 0]),
                )
                window.send_event(close, event_mask=0)  # type: ignore[attr-defined]
                self.display.flush()
                asked = True


def _stop(process: subprocess.Popen[bytes]) -> None:
    # SIGTERM closes the window properly (the app saves its place), as a logout would.
    with_children = process.pid
    try:
        os.killpg(with_children, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(with_children, signal.SIGKILL)
        process.wait(10)


def _start(command: str, display: str, data_dir: Path) -> tuple[float, subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "MARGINALIA_DATA_DIR": str(data_dir),
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    started = time.perf_counter()
    process = subprocess.Popen(
        ["sh", "-c", command],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group, so _stop reaches the program too
    )
    return started, process


def run(runs: int = RUNS) -> Result:
    """Alternate the app and the bare window ``runs`` times each, after a warm-up each."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("the start-up bench needs Xvfb: sudo apt install xvfb")
    app_command = "marginalia"
    bare_command = f"python {ROOT / 'bench' / 'bare_window.py'}"
    server = _Xvfb()
    try:
        watcher = _Watcher(server.display)
        with tempfile.TemporaryDirectory(prefix="marginalia-startup-") as folder:
            data_dir = Path(folder)
            app: list[Start] = []
            bare: list[Start] = []
            # The first start makes the library (bundled articles); it is not timed.
            for n in range(runs + 1):
                for command, into in ((app_command, app), (bare_command, bare)):
                    watcher.drain()
                    started, process = _start(command, server.display, data_dir)
                    try:
                        start = watcher.time_start(started, process)
                    finally:
                        _stop(process)
                    if n:
                        into.append(start)
        watcher.display.close()
    finally:
        server.close()
    return Result(app, bare)


def report(result: Result) -> bool:
    """Print the medians and ratios; True when both targets are met."""
    ok = True
    print(f"start-up from the shell, median of {len(result.app)} alternated runs under Xvfb")
    for label, bare, app, ratio, target in result.rows():
        met = ratio <= target
        ok &= met
        verdict = "ok" if met else "OVER TARGET"
        print(
            f"  {label:<44}bare {bare * 1e3:6.0f}ms  marginalia {app * 1e3:6.0f}ms  "
            f"ratio {ratio:.2f} (target ≤ {target:.1f}) {verdict}"
        )
    return ok


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else RUNS
    report(run(runs))


if __name__ == "__main__":
    main()
