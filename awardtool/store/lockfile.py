"""The project's writer lock: an OS lock on a sidecar file ``<name>.awardproj.lock``.

Why not SQLite's own lock alone: POSIX drops *all* of a process's fcntl (byte-range) locks
on a file as soon as *any* descriptor to that file is closed — a file dialog sniffing the
project's type, ``open(path).read()``, a thumbnailer in the same process. SQLite's
EXCLUSIVE mode then protects nothing and a second process writes into the same file.

Why ``flock`` on a sidecar file, and not an open-file-description lock on the project:
- ``flock`` belongs to the open file description, not to the process, so closing any
  other descriptor (even to the lock file itself) cannot drop it; the kernel drops it when
  the process dies, so a crash never leaves a stale lock. It exists on Linux, macOS and the
  BSDs; OFD locks (``F_OFD_SETLK``) are Linux-only.
- A separate file keeps our lock out of SQLite's way: no lock of ours ever sits on the
  database's bytes, so SQLite's own locking (on Windows: mandatory byte-range locks) and
  I/O behave exactly as before, on every platform and file system.
- The lock file is only a handle to lock; its presence means nothing. A file left behind
  by a crash does not block anyone (nobody holds its lock). On close we delete it while
  still holding the lock; whoever then locks the deleted file notices (its inode is no
  longer the one at the path) and retries, so two holders can never coexist.

On Windows the same interface uses ``msvcrt.locking`` on the lock file's first byte
(LockFile: per handle, released when the handle or the process goes; an open file cannot be
deleted there, so the delete is only attempted after unlocking and may simply fail).

Worker processes are started with "spawn" (awardtool.parallel) and Python opens files
non-inheritable, so no child ever carries this lock past the process that took it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from awardtool.store.files import unlink_quietly

LOCK_SUFFIX = ".lock"
_POLL_S = 0.05


class LockBusy(Exception):
    """Another holder has the lock (and kept it for the whole wait)."""


def lock_path(project: Path) -> Path:
    """The sidecar beside the real file (a symlinked project is locked where it lives)."""
    real = Path(os.path.realpath(project))
    return real.with_name(real.name + LOCK_SUFFIX)


class ProjectLock:
    """A held lock; ``release()`` (idempotent) gives it up."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, project: Path, wait: float = 0.0) -> ProjectLock:
        """Take the lock of ``project``, retrying for up to ``wait`` seconds.

        Raises LockBusy when someone else still holds it, OSError when the lock file cannot
        be created or opened (read-only folder, missing folder)."""
        path = lock_path(project)
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            fd = _open(path)
            try:
                locked = _try_lock(fd)
                if locked and _is_current(fd, path):
                    return cls(path, fd)
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)
            if locked:
                continue  # we locked a file its last holder had just deleted: lock the new one
            if time.monotonic() >= deadline:
                raise LockBusy(str(path))
            time.sleep(_POLL_S)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform == "win32":
            _unlock(fd)
            os.close(fd)
            unlink_quietly(self.path)  # fails harmlessly if another process has it open
        else:
            if _is_current(fd, self.path):
                unlink_quietly(self.path)  # while still locked: see the module docstring
            os.close(fd)

    def __del__(self) -> None:
        # A project dropped without close(): give the lock up with the object, never later.
        if self._fd is not None:
            os.close(self._fd)


def _open(path: Path) -> int:
    flags = os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
    try:
        return os.open(path, flags | os.O_RDWR, 0o666)  # the umask decides the mode
    except PermissionError:
        if not path.exists():
            raise
        return os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))  # another user's file: flock needs no write


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

    def _is_current(fd: int, path: Path) -> bool:
        return True  # Windows cannot delete a file someone has open

else:
    import errno
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _is_current(fd: int, path: Path) -> bool:
        """Is the locked file still the one at ``path`` (not deleted or replaced)?"""
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)
