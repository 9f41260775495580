"""Start-up as the user meets it: ``marginalia`` typed in a shell, until its window is up.

Two moments are timed from outside the program, by an X client (python-xlib) that
listens to the X server rather than polling it:

- first frame: the X server maps the program's top-level window (MapNotify);
- complete window: the window's title names the open article (the last article shown,
  panels built) and the program then acts on a close request (``WM_DELETE_WINDOW``, what
  a window manager's close button sends) by unmapping its window: only an event loop
  that is taking input answers it, so the clock stops when the window is usable.

The library is left as a student leaves it (``leave_reading``): the longest bundled
article open half-way down, with highlights and notes, so each start lays out a long
article and shows it at its place, not the short welcome article at its top. Each close
saves the reading position; the bench checks it afterwards, so a window that answered the
close before the article was at its place (and lost it) fails the bench.

Both start from compiled bytecode, as an installed program does (pip compiles a wheel's
modules when it installs them; a checkout writes ``__pycache__`` on its first run): the
package is compiled before the timed runs, so an environment that forbids writing bytecode
(``PYTHONDONTWRITEBYTECODE``) does not make every timed start compile ~100 modules anew.

The floor is a bare PySide6 window with a text view (bench/bare_window.py), started the
same way; the two are alternated in one run on one private Xvfb so a busy machine slows
both alike. Each figure is the median of the runs; the ratios are what ``make bench``
judges against the targets (issue #13: first frame ≤ 1.5×, complete window ≤ 2×).
"""

from __future__ import annotations

import compileall
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
# A position is the character at the middle of the top line: within a line of it is the
# same place (the app shows whole lines).
PLACE_SLACK = 200


@dataclass(frozen=True)
class Start:
    first_frame: float  # seconds from the shell's start to MapNotify
    complete: float  # ... to the close request answered, sent after the article's title


@dataclass(frozen=True)
class Result:
    app: list[Start]
    bare: list[Start]
    place: Place
    place_kept: bool  # every start showed the article at its place before it closed

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


def _time_one(watcher: _Watcher, command: str, display: str, data_dir: Path) -> Start:
    watcher.drain()
    started, process = _start(command, display, data_dir)
    try:
        return watcher.time_start(started, process)
    finally:
        _stop(process)


@dataclass(frozen=True)
class Place:
    """Where the library was left: the article, its reading position, its highlights."""

    article_id: int
    title: str
    position: int
    highlights: int


def leave_reading(data_dir: Path) -> Place:
    """Leave the library as a student does: the longest article open half-way down, with
    highlights and notes. Every timed start then opens that article at that place, the
    costly case, not the welcome article at its top."""
    from reader.store import articles, highlights
    from reader.store.article_text import article_text
    from reader.store.database import close_library, open_library

    database = open_library(data_dir)
    try:
        longest = max(articles.list_articles(), key=lambda a: a.words)
        text = article_text(articles.get_article(longest.id)).text
        count = 8
        for n in range(1, count + 1):
            start = len(text) * n // (count + 1)
            highlights.create_highlight(longest.id, start, start + 80, note=f"note {n}")
        position = len(text) // 2
        articles.mark_opened(longest.id)
        articles.save_reading_position(longest.id, position)
        return Place(longest.id, longest.title, position, count)
    finally:
        close_library(database)


def place_now(data_dir: Path, place: Place) -> tuple[int | None, int]:
    """The article open and its reading position, as the last close saved them."""
    from reader.store import articles
    from reader.store.database import close_library, open_library

    database = open_library(data_dir)
    try:
        return articles.last_opened_article(), articles.get_article(
            place.article_id
        ).reading_position
    finally:
        close_library(database)


def run(runs: int = RUNS) -> Result:
    """Alternate the app and the bare window ``runs`` times each, after a warm-up each."""
    if shutil.which("Xvfb") is None:
        raise RuntimeError("the start-up bench needs Xvfb: sudo apt install xvfb")
    # As installed: the modules' bytecode exists before the first start (see above).
    compileall.compile_dir(ROOT / "reader", quiet=1)
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
            for command in (app_command, bare_command):
                _time_one(watcher, command, server.display, data_dir)
            place = leave_reading(data_dir)
            for _ in range(runs):
                app.append(_time_one(watcher, app_command, server.display, data_dir))
                bare.append(_time_one(watcher, bare_command, server.display, data_dir))
            # Each start ended with a close that saved the reading position. Had the window
            # answered it before the article was at its place, the place would be lost.
            opened, position = place_now(data_dir, place)
        watcher.display.close()
    finally:
        server.close()
    return Result(
        app,
        bare,
        place,
        opened == place.article_id and abs(position - place.position) <= PLACE_SLACK,
    )


def report(result: Result) -> bool:
    """Print the medians and ratios; True when both targets are met."""
    ok = result.place_kept
    print(f"start-up from the shell, median of {len(result.app)} alternated runs under Xvfb")
    place = result.place
    print(
        f"  the library left on “{place.title}” at character {place.position}, "
        f"{place.highlights} highlights: "
        + (
            "kept by every start"
            if result.place_kept
            else "PLACE LOST: the window closed before it was shown"
        )
    )
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
