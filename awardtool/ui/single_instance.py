"""One window per user: a second ``awardtool gui …`` hands its project and files to the
window already running and quits, instead of opening a second writer of the same project.

Who is first is decided by an OS lock on ``<config folder>/window.lock``
(``store.lockfile.ProjectLock``: it dies with the process, so a crashed window never blocks
the next start), not by whether a connection happens to succeed — two windows started at
the same moment cannot both think they are first and remove each other's socket. The
first instance listens on a ``QLocalServer`` (a named pipe on Windows, a socket in the temp
folder on POSIX, opened to this user only) whose name is derived from the user and the
settings folder, so separate users — and tests with their own settings — never meet.

Protocol: the later instance sends one line of JSON ``{"project": path|null, "paths": […]}``
(absolute paths) and waits for ``ok``; the first instance answers at once and then shows
itself and opens the request from its event loop (``requested``), so a dialog it raises
never keeps the later instance waiting.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from awardtool.store.lockfile import LockBusy, ProjectLock

MAX_REQUEST = 1 << 20  # bytes; a request is a few paths
CONNECT_WAIT_S = 5.0  # the first window may still be starting: keep trying this long


def _config_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".awardtool")


def server_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no login name (some services, containers)
        user = ""
    key = f"{user}|{_config_dir()}".encode()
    return "awardtool-" + hashlib.sha256(key).hexdigest()[:20]


class SingleInstance(QObject):
    """``claim()`` once at start: True means this is the window; otherwise ``hand_over()``."""

    requested = Signal(object, list)  # project path (str) or None, paths to import

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name()
        self._lock: ProjectLock | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def claim(self) -> bool:
        folder = _config_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._lock = ProjectLock.acquire(folder / "window")
        except LockBusy:
            return False
        except OSError:
            return True  # no writable settings folder: run alone (each project keeps its own lock)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a crashed predecessor's socket file (we hold the lock)
        if self._server.listen(self.name):
            self._server.newConnection.connect(self._accept)
        return True

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # ---- the later instance ------------------------------------------------------------

    def hand_over(self, project: str | None, paths: list[str]) -> bool:
        """Send the request to the first window; True once it has accepted it."""
        request = {"project": os.path.abspath(project) if project else None,
                   "paths": [os.path.abspath(p) for p in paths]}
        sock = QLocalSocket()
        deadline = time.monotonic() + CONNECT_WAIT_S
        while True:
            sock.connectToServer(self.name)
            if sock.waitForConnected(500):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(0.1)
        _allow_foreground()
        sock.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        if not sock.waitForBytesWritten(2000):
            return False
        reply = b""
        while b"\n" not in reply and sock.waitForReadyRead(5000):
            reply += bytes(sock.readAll().data())
        sock.disconnectFromServer()
        return reply.startswith(b"ok")

    # ---- the first instance ------------------------------------------------------------

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    def _read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_REQUEST:
                sock.abort()
            else:
                self._buffers[sock] = data
            return
        line = data.split(b"\n", 1)[0]
        try:
            request = json.loads(line.decode("utf-8"))
            project = request.get("project")
            paths = [str(p) for p in request.get("paths") or []]
        except (ValueError, AttributeError, TypeError):
            sock.abort()
            return
        sock.write(b"ok\n")
        sock.flush()
        sock.disconnectFromServer()
        QTimer.singleShot(0, lambda: self.requested.emit(str(project) if project else None, paths))

    def _drop(self, sock: QLocalSocket) -> None:
        self._buffers.pop(sock, None)
        sock.deleteLater()


def _allow_foreground() -> None:
    """Windows lets only the foreground process bring a window forward: the clerk just
    started this one, so it passes the right on to the first window."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
