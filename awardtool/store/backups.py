"""Rolling backups of a project, and the way back when the project file is damaged.

Where: a folder beside the project, ``名单.awardproj.backups/``, holding the newest
``KEEP`` copies named ``名单-YYYYMMDD-HHMMSS.awardproj`` (each a complete project that
awardtool can open). A project moved elsewhere leaves its backups behind on purpose: they
belong to the copy that was edited there.

When: at most once every ``EVERY_S`` seconds — on opening (unless the newest backup
already holds the file as it is, or is younger than that), and then on the first committed
edit after ``EVERY_S`` seconds since the last backup. Checked when the project is opened or
edited, so there is no timer thread and an idle project makes no copies; and a script
running ``awardtool set`` a thousand times (each opens the project) neither pays for a copy
each time nor rotates every older backup out.

How: SQLite's online backup API copies the open database through the project's own
connection, on a short-lived thread of its own, ``STEP_PAGES`` pages at a time with the
project's lock held for each step only — so an edit or a read from the window waits a few
milliseconds at most, and edits made between steps are carried into the copy by SQLite
itself. The copy goes to a temporary file in the backups folder that is checked
(``quick_check``) and only then renamed into place: a project already damaged in memory or
on disk never pushes a good backup out. Closing the project waits for a copy under way.

A damaged project is never written to. ``recovery_offer`` finds the newest backup that
passes the full ``integrity_check`` and says what it holds (time, records, journal entries)
and, when the damaged file can still be read that far, how many journal entries it lacks.
``restore`` sets the damaged file aside under a new name (never deletes it) and puts a copy
of the backup in its place, holding the project's lock so that nobody has it open.
"""

from __future__ import annotations

import errno
import glob
import os
import shutil
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from awardtool.store import connection
from awardtool.store.errors import ProjectError
from awardtool.store.files import keep_mode, make_temp, remove_stale, unlink_quietly

KEEP = 5
EVERY_S = 300.0
STEP_PAGES = 512  # 2 MB of 4 KB pages per step: a few milliseconds
FOLDER_SUFFIX = ".backups"
_STAMP = "%Y%m%d-%H%M%S"
# Files SQLite keeps beside a database; a restored file must not meet the damaged one's.
_SIDE_FILES = ("-journal", "-wal", "-shm")


def when_text(value: datetime | str) -> str:
    """A backup's or an edit's time as the clerk reads it (minutes, no zone); the window and
    the command line both say times this way."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    return value.strftime("%Y-%m-%d %H:%M")


def backup_folder(project: Path) -> Path:
    return project.with_name(project.name + FOLDER_SUFFIX)


def is_backup(project: Path) -> bool:
    """A backup opened directly is a project of its own, but gets no backups of its own."""
    return project.parent.name.endswith(FOLDER_SUFFIX)


def backup_files(project: Path) -> list[Path]:
    """The project's backups, newest first (by the time in their names)."""
    folder = backup_folder(project)
    try:
        found = [p for p in folder.glob(f"{glob.escape(project.stem)}-*{glob.escape(project.suffix)}") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: _order(p, project.stem), reverse=True)


def _order(backup: Path, stem: str) -> tuple[str, int]:
    """``名单-20261201-041800-2`` → ("20261201-041800", 2): a second backup within the same
    second gets a counter, and sorts after the first."""
    date, _, rest = backup.stem[len(stem) + 1:].partition("-")
    clock, _, n = rest.partition("-")
    return f"{date}-{clock}", int(n) if n.isdigit() else 1


# ---- making backups ---------------------------------------------------------------------


class Schedule:
    """When the open project ``path`` is next due for a backup (monotonic clock), and the
    copy under way. ``lock`` is the project's: the copy holds it one step at a time."""

    def __init__(self, path: Path, lock):
        self.path = path
        self.lock = lock
        self.enabled = not is_backup(path)
        self.last = time.monotonic()
        self.error: str | None = None  # why the last backup failed (a backup never fails an edit)
        self._copy: threading.Thread | None = None

    def on_open(self, conn: sqlite3.Connection, created: bool) -> Path | None:
        if not self.enabled or created:  # a new, empty project has nothing to keep yet
            return None
        folder = backup_folder(self.path)
        remove_stale(folder, ".*.tmp")
        newest = backup_files(self.path)[:1]
        try:
            made = newest[0].stat().st_mtime if newest else None
            changed = self.path.stat().st_mtime
        except OSError:
            made = None
        if made is not None:
            age = max(0.0, time.time() - made)
            self.last = time.monotonic() - age  # the interval runs from the newest backup
            if made >= changed or age < EVERY_S:
                return  # it holds the file as it is, or is recent: the next due edit copies
        self._start(conn)

    def after_commit(self, conn: sqlite3.Connection) -> None:
        if self.enabled and time.monotonic() - self.last >= EVERY_S:
            self._start(conn)

    def wait(self) -> None:
        """Return once a copy under way is written (or has failed)."""
        copy = self._copy
        if copy is not None:
            copy.join()

    def _start(self, conn: sqlite3.Connection) -> None:
        if self._copy is not None and self._copy.is_alive():
            return  # one copy at a time; the next due edit starts another
        self.last = time.monotonic()
        self._copy = threading.Thread(target=self._take, args=(conn,), name="awardtool-backup", daemon=True)
        self._copy.start()

    def _take(self, conn: sqlite3.Connection) -> None:
        try:
            write_backup(conn, self.path, self.lock)
        except (OSError, sqlite3.Error, ProjectError) as e:
            self.error = (f"无法在“{backup_folder(self.path)}”中建立项目的自动备份（{_why(e)}）。"
                          "修改照常保存，但项目损坏时将没有备份可用；请检查该文件夹。")
            return
        self.error = None


def _why(e: BaseException) -> str:
    if isinstance(e, (FileExistsError, NotADirectoryError)):
        return "有一个同名的文件挡住了备份文件夹"
    if isinstance(e, PermissionError):
        return "没有写入权限"
    if getattr(e, "errno", None) == errno.ENOSPC or getattr(e, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return "磁盘已满"
    if isinstance(e, ProjectError):
        return "复制出的备份未通过检查"
    return getattr(e, "strerror", None) or str(e)


def write_backup(conn: sqlite3.Connection, project: Path, lock=None) -> Path:
    """Copy the database behind ``conn`` into the backups folder; drop the oldest beyond KEEP.
    With the project's ``lock``, the copy holds it one step of STEP_PAGES at a time."""
    folder = backup_folder(project)
    folder.mkdir(exist_ok=True)
    tmp = make_temp(folder, f".{project.stem}-", ".tmp")
    try:
        dest = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            if lock is None:
                conn.backup(dest)
            else:
                with lock:
                    conn.backup(dest, pages=STEP_PAGES, progress=lambda *_: _let_others_in(lock))
            dest.execute("PRAGMA journal_mode = DELETE")
            verdict = dest.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            dest.close()
        if verdict != "ok":
            raise ProjectError("damaged", verdict)
        connection._fsync(tmp)
        target = _next_name(project, datetime.now())
        os.replace(tmp, target)
    finally:
        unlink_quietly(tmp)
    connection._fsync_dir(folder)
    for old in backup_files(project)[KEEP:]:
        unlink_quietly(old)
    return target


def _let_others_in(lock) -> None:
    """Between two steps of a copy: the window's next call may run now."""
    lock.release()
    try:
        time.sleep(0.001)
    finally:
        lock.acquire()


def _next_name(project: Path, when: datetime) -> Path:
    """A name that sorts after every existing backup (also one made in the same second)."""
    stamp = when.strftime(_STAMP)
    same = [_order(p, project.stem)[1] for p in backup_files(project) if _order(p, project.stem)[0] == stamp]
    n = max(same, default=0) + 1
    return backup_folder(project) / f"{project.stem}-{stamp}{'' if n == 1 else f'-{n}'}{project.suffix}"


# ---- recovery ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What a backup holds."""

    path: Path
    taken_at: datetime
    records: int
    journal_entries: int  # the id of its newest journal entry (ids are never reused)
    last_edit_at: str | None  # when its newest journal entry was made (ISO), if any


@dataclass(frozen=True, slots=True)
class RecoveryOffer:
    """The newest good backup of a damaged project, and what restoring it would cost."""

    project: Path
    backup: BackupInfo
    project_modified_at: datetime | None  # the damaged file's last write
    project_journal_entries: int | None  # None: the damaged file cannot be read that far

    @property
    def missing_entries(self) -> int | None:
        """Journal entries (edits) the damaged file has and the backup lacks, if known."""
        if self.project_journal_entries is None:
            return None
        return max(0, self.project_journal_entries - self.backup.journal_entries)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that can neither write nor lock (``immutable``): safe on a damaged file."""
    uri = f"file:{quote(str(path))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def check_backup(path: Path) -> BackupInfo | None:
    """``path``'s contents if it is a sound awardtool project (full integrity_check), else None."""
    try:
        conn = _read_only(path)
    except sqlite3.Error:
        return None
    try:
        if conn.execute("PRAGMA integrity_check(1)").fetchone()[0] != "ok":
            return None
        records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        last = conn.execute("SELECT id, at FROM journal ORDER BY id DESC LIMIT 1").fetchone()
        taken = datetime.fromtimestamp(path.stat().st_mtime)
    except (sqlite3.Error, OSError):
        return None
    finally:
        conn.close()
    return BackupInfo(path, taken, records, last[0] if last else 0, last[1] if last else None)


def _journal_entries(path: Path) -> int | None:
    try:
        conn = _read_only(path)
        try:
            return conn.execute("SELECT max(id) FROM journal").fetchone()[0] or 0
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def recovery_offer(project: Path) -> RecoveryOffer | None:
    """The newest backup of ``project`` that passes integrity_check, with what it lacks."""
    for candidate in backup_files(project):
        info = check_backup(candidate)
        if info is not None:
            try:
                modified = datetime.fromtimestamp(project.stat().st_mtime)
            except OSError:
                modified = None
            return RecoveryOffer(project, info, modified, _journal_entries(project))
    return None


def attach_offer(error: ProjectError, project: Path) -> None:
    """Give a refused open its way back: the newest good backup, when the file is damaged
    (or no longer even looks like a project but has backups under its name)."""
    if error.code == "damaged" or (error.code == "not_project" and project.is_file() and backup_files(project)):
        error.data["offer"] = recovery_offer(project)


@dataclass(frozen=True, slots=True)
class Restored:
    backup: BackupInfo
    set_aside: Path | None  # where the replaced (damaged) file now is


def restore(project: str | os.PathLike, backup: str | os.PathLike | None = None) -> Restored:
    """Put ``backup`` (default: the newest good one) in place of ``project``.

    The current file, and any journal SQLite left beside it, are renamed to
    ``名单.awardproj.before-restore-YYYYMMDD-HHMMSS`` — never deleted. Raises ProjectError:
    no_backup, bad_backup, locked, io."""
    path = Path(os.path.abspath(project))
    if connection.is_open_here(path):
        raise connection.locked_error(path)
    lock = connection.take_lock(path, 0.0)  # first: nobody opens or backs it up meanwhile
    try:
        if backup is None:
            offer = recovery_offer(path)
            if offer is None:
                raise ProjectError(
                    "no_backup", f"项目“{path.name}”没有可用的自动备份（{backup_folder(path).name} 中没有完好的备份）。")
            info = offer.backup
        else:
            info = check_backup(Path(os.path.abspath(backup)))
            if info is None:
                raise ProjectError("bad_backup", f"“{Path(backup).name}”不是完好的 awardtool 项目文件，不能用来恢复。")
        return _swap_in(path, info)
    finally:
        lock.release()


def _swap_in(path: Path, info: BackupInfo) -> Restored:
    folder = path.parent
    tmp = make_temp(folder, connection.temp_prefix(path), ".tmp")
    aside = None
    try:
        shutil.copyfile(info.path, tmp)
        keep_mode(tmp, path)
        connection._fsync(tmp)
        aside = _aside_name(path)
        moved = [(path.with_name(path.name + side), aside.with_name(aside.name + side)) for side in _SIDE_FILES]
        moved = [(path, aside)] + [(src, dst) for src, dst in moved if src.exists()]
        if not path.exists():
            aside, moved = None, moved[1:]
        done = []
        try:
            for src, dst in moved:
                os.rename(src, dst)
                done.append((src, dst))
            os.replace(tmp, path)
        except OSError:
            for src, dst in reversed(done):  # put everything back as it was
                os.rename(dst, src)
            raise
        connection._fsync_dir(folder)
    except OSError as e:
        raise ProjectError("io", f"无法用备份恢复项目“{path.name}”（{e.strerror or e}）。原文件未改动。") from e
    finally:
        unlink_quietly(tmp)
    return Restored(info, aside)


def _aside_name(path: Path) -> Path:
    base = f"{path.name}.before-restore-{datetime.now().strftime(_STAMP)}"
    aside, n = path.with_name(base), 2
    while any(aside.with_name(aside.name + side).exists() for side in ("", *_SIDE_FILES)):
        aside, n = path.with_name(f"{base}-{n}"), n + 1
    return aside
