"""Temporary files written beside their target — projects, backups, exports — with the
user's normal permissions, and none left behind.

Why not ``tempfile.mkstemp``: it creates files 0600, and the file then moved into place
keeps that mode, so a clerk's project or Word export was unreadable to the colleagues who
share the folder (even when it replaced a 0644 file). Here a new file gets what the umask
gives any new file (0644 under umask 022), and a file that replaces another keeps that
file's mode.

Every temporary name starts with a dot and a prefix of ours and ends with a known suffix,
so a leftover from a killed process (SIGKILL, power cut: no ``finally`` runs) can be
recognised and removed later by ``remove_stale`` — and nothing else ever is.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from pathlib import Path

# A temporary file older than this cannot belong to a write still in progress.
STALE_AFTER_S = 3600.0


def make_temp(folder: Path, prefix: str, suffix: str) -> Path:
    """Create an empty ``folder/<prefix><random><suffix>`` (mode from the umask); return it."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        path = folder / f"{prefix}{secrets.token_hex(4)}{suffix}"
        try:
            fd = os.open(path, flags, 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return path
    raise FileExistsError(f"no free temporary name in {folder}")


def keep_mode(tmp: Path, target: Path) -> None:
    """Give ``tmp`` the permissions of the file it is about to replace (if any)."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return
    try:
        os.chmod(tmp, mode)
    except OSError:
        pass  # a file system without modes (FAT, some shares): nothing to keep


def remove_stale(folder: Path, pattern: str, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Delete files in ``folder`` matching the glob ``pattern`` (one of our temporary-name
    patterns) last modified more than ``older_than`` seconds ago; return what went."""
    removed = []
    cutoff = time.time() - older_than
    try:
        candidates = list(folder.glob(pattern))
    except OSError:
        return removed
    for path in candidates:
        try:
            st = path.lstat()
            if stat.S_ISREG(st.st_mode) and st.st_mtime < cutoff:
                path.unlink()
                removed.append(path)
        except OSError:
            pass
    return removed


def unlink_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # already gone, still open elsewhere (Windows) or no rights
