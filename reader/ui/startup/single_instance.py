"""One library, one window: a second start on the same library hands over to the first.

The first instance listens on a local socket (QLocalServer) whose name is derived from
the user and the data dir's resolved path. A later instance on the same library connects,
sends its ``marginalia://open/...`` link (or an empty line, "just show yourself"), and
exits; the first brings its window forward and opens the link. Two windows writing one
library would each show a stale picture of the other's changes.

A lock file in the data dir (QLockFile, which recognises a lock left by a dead process)
decides who is first when two instances start in the same instant, e.g. a double
double-click. A socket left behind by a crash is removed once its owner is known dead
(the lock was free and no one answers on it).

``MARGINALIA_INSTANCE_LOG``, when set, names a file where the listening instance writes
"listening" and every message it receives: the two-process test reads it.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOG_ENV = "MARGINALIA_INSTANCE_LOG"
LOCK_NAME = ".marginalia-instance.lock"
ACK = b"ok\n"


def server_name(data_dir: Path) -> str:
    """A short socket name for this user and library (socket paths are limited to ~100 bytes)."""
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{user}\0{data_dir.expanduser().resolve()}".encode()).hexdigest()
    return f"marginalia-{digest[:16]}"


class InstanceGuard:
    """Keeps one running Marginalia per library; see the module docstring."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._server: QLocalServer | None = None
        self._lock: QLockFile | None = None
        self._on_message: Callable[[str], None] = lambda _url: None
        self._log = os.environ.get(LOG_ENV)

    def try_forward(self, url: str | None, wait_seconds: float = 0.0) -> bool:
        """Hand ``url`` to a running instance; True when one took it (this one should exit).

        ``wait_seconds`` keeps trying for an instance that holds the lock but is not yet
        listening.
        """
        deadline = time.monotonic() + wait_seconds
        while True:
            if self._send(url or ""):
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)

    def _send(self, message: str) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(1000):
            return False
        socket.write(message.replace("\n", " ").encode("utf-8") + b"\n")
        socket.flush()
        socket.waitForBytesWritten(1000)
        # Connected is enough to know the library is taken. The acknowledgement only tells
        # that the message arrived; a first instance busy opening a large library may be
        # slow to give it, and the second instance must leave either way.
        if socket.bytesAvailable() < len(ACK):
            socket.waitForReadyRead(3000)
        socket.disconnectFromServer()
        return True

    def _answers(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        answered = socket.waitForConnected(500)
        socket.abort()
        return answered

    def listen(self, on_message: Callable[[str], None]) -> bool:
        """Become the instance for this library; False when another one already is.

        ``on_message`` receives each link a later instance sends ("" for none).
        """
        self._on_message = on_message
        lock = self._take_lock()
        if lock is False:
            return False
        server = QLocalServer()
        # Only this user may connect: another user must not steer our window.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            if self._answers():
                return False
            # A socket file left by a crashed instance: no one behind it, so remove it.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                # Carry on without forwarding rather than refuse to open the library.
                self._write_log(f"cannot listen: {server.errorString()}")
                return True
        server.newConnection.connect(self._accept)
        self._server = server
        self._write_log("listening")
        return True

    def _take_lock(self) -> bool | None:
        """True when locked, False when another live instance holds it, None when no lock
        file can be made (a read-only folder): then the socket alone decides."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return None
        lock = QLockFile(str(self.data_dir / LOCK_NAME))
        # Held for the whole session, so never stale by age; a lock whose process is gone
        # is still recognised as stale.
        lock.setStaleLockTime(0)
        if lock.tryLock(200):
            self._lock = lock
            return True
        if lock.error() == QLockFile.LockError.LockFailedError:
            return False
        return None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        message = bytes(socket.readLine().data()).decode("utf-8", "replace").strip()
        socket.write(ACK)
        socket.flush()
        self._write_log(f"message {message}")
        self._on_message(message)

    def _write_log(self, line: str) -> None:
        if self._log:
            with open(self._log, "a", encoding="utf-8") as fh:
                fh.write(line + "\n")

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


def bring_forward(window: QWidget) -> None:
    """Show ``window`` above the others (as far as the window manager allows)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
