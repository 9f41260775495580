"""One library, one window: a second start hands its link to the first and exits.

The main tests run real processes (offscreen), as a user starting Marginalia twice would.
The first instance reports what it receives in the file named by MARGINALIA_INSTANCE_LOG.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reader.ui.startup.single_instance import LOG_ENV, InstanceGuard, server_name

SECOND = (
    "import sys; from pathlib import Path; from reader.ui.startup.app import run_app; "
    "sys.exit(run_app(Path(sys.argv[1]), sys.argv[2]))"
)
URL = "marginalia://open/1/no-such-highlight"


def _wait_for(condition: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {seconds} s waiting for {what}")
        time.sleep(0.05)


def _lines(log: Path) -> list[str]:
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


class Instances:
    """Starts app processes on one data dir and never leaves one running."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.started: list[subprocess.Popen[str]] = []

    def env(self, log: Path) -> dict[str, str]:
        return {**os.environ, "QT_QPA_PLATFORM": "offscreen", LOG_ENV: str(log)}

    def first(self, log: Path) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-m", "reader", "--data-dir", str(self.data_dir)],
            env=self.env(log),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.started.append(process)
        _wait_for(lambda: "listening" in _lines(log) or process.poll() is not None, 60, "listen")
        assert process.poll() is None, process.communicate()[1]
        return process

    def second(self, log: Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", SECOND, str(self.data_dir), URL],
            env=self.env(log),
            capture_output=True,
            text=True,
            timeout=30,
        )

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)


@pytest.fixture
def instances(data_dir: Path) -> Iterator[Instances]:
    running = Instances(data_dir)
    yield running
    running.stop_all()


def test_a_second_start_hands_its_link_to_the_first_and_exits(instances: Instances, tmp_path: Path):
    log = tmp_path / "first.log"
    first = instances.first(log)

    second = instances.second(tmp_path / "second.log")
    assert second.returncode == 0, second.stderr
    assert "already open on this library" in second.stdout
    assert not (tmp_path / "second.log").exists()  # the second never listened

    _wait_for(lambda: f"message {URL}" in _lines(log), 20, "the first to receive the link")
    assert first.poll() is None  # the first keeps running, its window brought forward

    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=20) == 0


def test_a_crashed_first_instance_does_not_block_the_next_start(
    instances: Instances, tmp_path: Path
):
    crashed = instances.first(tmp_path / "crashed.log")
    crashed.send_signal(signal.SIGKILL)  # leaves its lock file and socket name behind
    crashed.wait(timeout=10)

    log = tmp_path / "first.log"
    instances.first(log)  # takes over the stale lock and socket name
    second = instances.second(tmp_path / "second.log")
    assert second.returncode == 0, second.stderr
    _wait_for(lambda: f"message {URL}" in _lines(log), 20, "the new first to receive the link")


def test_the_socket_name_is_short_and_follows_the_resolved_folder(tmp_path: Path):
    library = tmp_path / "library"
    library.mkdir()
    (tmp_path / "link").symlink_to(library)
    name = server_name(library)
    assert name.startswith("marginalia-") and len(name) <= 32
    assert server_name(tmp_path / "link") == name
    assert server_name(tmp_path / "library" / ".." / "library") == name
    assert server_name(tmp_path / "other") != name


def test_with_no_instance_running_nothing_is_forwarded(qapp: object, tmp_path: Path):
    assert not InstanceGuard(tmp_path / "nobody").try_forward(URL)


def test_a_second_guard_in_the_same_folder_cannot_listen(qapp: object, tmp_path: Path):
    first = InstanceGuard(tmp_path / "library")
    assert first.listen(lambda _url: None)
    try:
        assert not InstanceGuard(tmp_path / "library").listen(lambda _url: None)
    finally:
        first.close()
    again = InstanceGuard(tmp_path / "library")
    assert again.listen(lambda _url: None)  # freed on close
    again.close()
