"""Opening a project file safely: one writer, never a clobbered file, clear refusals.

The writer lock is ``lockfile.ProjectLock`` (flock on a sidecar ``<name>.awardproj.lock``),
taken *before* SQLite touches the file and kept until the project closes: it survives this
process closing other descriptors to the project, which SQLite's fcntl lock does not (see
lockfile.py). SQLite's ``locking_mode=EXCLUSIVE`` is kept as a second fence against other
programs (and older awardtool versions) that only know SQLite's locking.

Why a rollback journal (TRUNCATE) and not WAL: after every commit the ``.awardproj`` file
alone is complete, so a clerk who copies it in Explorer always copies every edit. With
``synchronous=FULL`` a commit is durable before the call returns, and a crash or power cut at
any moment leaves the file as before or after the last transaction.

A project this process already has open is refused at once (``_open_here``) rather than by
waiting on our own lock.
"""

from __future__ import annotations

import glob
import os
import sqlite3
import sys
import weakref
from pathlib import Path

from awardtool.store import files, schema
from awardtool.store.lockfile import LockBusy, ProjectLock
from awardtool.store.errors import ProjectError

SQLITE_MAGIC = b"SQLite format 3\x00"

# Projects open in this process, by file identity → the owning object (weakly held).
_open_here: weakref.WeakValueDictionary[str, object] = weakref.WeakValueDictionary()


def file_key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def register(path: Path, owner: object) -> None:
    _open_here[file_key(path)] = owner


def unregister(path: Path) -> None:
    _open_here.pop(file_key(path), None)


def is_open_here(path: Path) -> bool:
    return file_key(path) in _open_here


def locked_error(path: Path) -> ProjectError:
    return ProjectError(
        "locked",
        f"项目“{path.name}”已在另一处打开（另一个 awardtool 窗口或命令，或其他程序），不能同时由两处修改。"
        "请先在那里关闭它，再打开。",
    )


def take_lock(path: Path, wait: float) -> ProjectLock:
    """The writer lock of ``path``, waiting up to ``wait`` seconds for another holder."""
    try:
        return ProjectLock.acquire(path, wait)
    except LockBusy:
        raise locked_error(path) from None
    except OSError as e:
        if not path.parent.is_dir():
            raise ProjectError("io", f"文件夹“{path.parent}”不存在，无法打开项目“{path.name}”。") from e
        raise ProjectError(
            "io", f"项目“{path.name}”所在的文件夹是只读的，无法保存修改（{e.strerror}）。请复制到可写的位置再打开。"
        ) from e


def connect(path: Path, create: bool, wait: float = 0.0) -> tuple[sqlite3.Connection, bool, ProjectLock]:
    """Take the writer lock of ``path``, then open (or create) it with SQLite's exclusive
    lock as well; return (connection, created, lock). The caller releases the lock after
    closing the connection."""
    if is_open_here(path):
        raise locked_error(path)
    if not create and not path.exists():
        raise ProjectError("not_found", f"找不到项目文件“{path}”。")
    lock = take_lock(path, wait)
    files.remove_stale(path.parent, glob.escape(temp_prefix(path)) + "*.tmp")  # left by a killed process
    try:
        conn, created = _open_locked(path, create)
    except BaseException:
        lock.release()
        raise
    return conn, created, lock


def temp_prefix(path: Path) -> str:
    """Files being written to become ``path`` are ``.<name>.<random>.tmp`` beside it."""
    return f".{path.name}."


def _open_locked(path: Path, create: bool) -> tuple[sqlite3.Connection, bool]:
    created = False
    if not path.exists():
        if not create:
            raise ProjectError("not_found", f"找不到项目文件“{path}”。")
        created = _create(path)
    _check_header(path)
    try:
        conn = sqlite3.connect(str(path), timeout=0, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as e:
        raise ProjectError("io", f"无法打开项目文件“{path.name}”（{e}）。") from e
    try:
        _lock_and_check(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn, created


def _check_header(path: Path) -> None:
    if path.is_dir():
        raise ProjectError("not_project", f"“{path}”是文件夹，不是 awardtool 项目文件。")
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as e:
        raise ProjectError("io", f"无法读取项目文件“{path.name}”（{e.strerror}）。") from e
    if head != SQLITE_MAGIC:
        raise ProjectError("not_project", f"文件“{path.name}”不是 awardtool 项目文件（*.awardproj），未作任何改动。")


def _lock_and_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("BEGIN EXCLUSIVE")  # takes the lock; rolls back a crash's hot journal
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if app_id != schema.APPLICATION_ID:
            raise ProjectError(
                "not_project", f"文件“{path.name}”是数据库文件，但不是 awardtool 项目文件，未作任何改动。"
            )
        if version > schema.CURRENT_VERSION:
            raise ProjectError(
                "too_new",
                f"此项目由较新版本的 awardtool 创建（项目格式 {version}，本程序只支持到 {schema.CURRENT_VERSION}）。"
                f"请升级 awardtool 后再打开“{path.name}”。项目文件未作任何改动。",
            )
        bad = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        if bad != "ok":
            raise ProjectError("damaged", damaged_message(path), {"detail": bad})
        if version < schema.CURRENT_VERSION:
            schema.migrate(conn, version)
        conn.execute("COMMIT")
        # In exclusive locking mode the lock taken above is kept until close.
        conn.execute("PRAGMA journal_mode = TRUNCATE")
    except ProjectError:
        _rollback(conn)
        raise
    except sqlite3.DatabaseError as e:
        _rollback(conn)
        if isinstance(e, sqlite3.OperationalError) and ("locked" in str(e) or "busy" in str(e)):
            raise locked_error(path) from e
        if isinstance(e, sqlite3.OperationalError) and ("readonly" in str(e) or "unable to open" in str(e)):
            raise ProjectError(
                "io", f"项目文件“{path.name}”或其所在文件夹是只读的，无法保存修改（{e}）。请复制到可写的位置再打开。"
            ) from e
        raise ProjectError("damaged", damaged_message(path), {"detail": str(e)}) from e


def damaged_message(path: Path) -> str:
    """What happened and what the clerk can do — in words, not SQLite's page numbers."""
    from awardtool.store.backups import backup_files, backup_folder  # backups builds on this module

    if backup_files(path):
        way_back = (f"可以从自动备份恢复（备份在项目旁的“{backup_folder(path).name}”文件夹里），"
                    "或打开以前用“另存为”保存的副本")
    else:
        way_back = "项目旁没有自动备份；可以打开以前用“另存为”保存的副本"
    return (
        f"项目文件“{path.name}”已损坏，无法打开：文件的一部分内容被破坏了（常见原因：保存时断电或死机、"
        f"U 盘或网络盘在使用中被拔出、文件被其他程序改动）。这个文件没有被改动。{way_back}；"
        "请保留这个损坏的文件，技术人员也许还能从中找回最近的修改。"
    )


def failure_error(path: Path, e: sqlite3.Error) -> ProjectError:
    """An edit or read of an open project failed: say why in the clerk's words (SQLite's own
    words go to ``data["detail"]``). The transaction was rolled back, earlier edits are kept."""
    code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
    kept = "刚才的操作未保存，之前的修改都在。"
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return ProjectError("damaged", f"项目文件“{path.name}”在使用中损坏了，{kept}请关闭项目后重新打开，"
                            "按提示从自动备份恢复。", {"detail": str(e)})
    if code == sqlite3.SQLITE_FULL:
        why = "磁盘已满。请腾出空间后再试"
    elif code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN):
        why = "读写文件出错，U 盘或网络盘可能已断开。请检查后再试"
    elif code == sqlite3.SQLITE_READONLY:
        why = "文件或所在文件夹变成了只读。请检查权限后再试"
    else:
        why = "项目文件暂时无法读写。请稍后再试"
    return ProjectError("io", f"无法保存到项目“{path.name}”：{why}。{kept}", {"detail": str(e)})


def _rollback(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _create(path: Path) -> bool:
    """Build a new project in a temporary file beside ``path`` and link it into place.

    The link fails if ``path`` appeared meanwhile, so an existing file (another program's,
    or a project another instance just created) is never overwritten; a crash mid-way leaves
    at most a hidden temporary file, never a half-made project under the real name.
    """
    folder = path.parent
    if not folder.is_dir():
        raise ProjectError("io", f"文件夹“{folder}”不存在，无法创建项目“{path.name}”。")
    try:
        tmp = files.make_temp(folder, temp_prefix(path), ".tmp")
    except OSError as e:
        raise ProjectError("io", f"无法在“{folder}”中创建项目文件（{e.strerror}）。请检查文件夹权限。") from e
    try:
        conn = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("BEGIN")
            schema.create_v1(conn)
            schema.migrate(conn, 1)
            conn.execute("COMMIT")
        finally:
            conn.close()
        _fsync(tmp)
        try:
            _link_no_clobber(tmp, path)
        except FileExistsError:
            return False  # someone else made it first; opening it checks what it is
        _fsync_dir(folder)
        return True
    except sqlite3.Error as e:
        raise ProjectError("io", f"无法创建项目文件“{path.name}”（{e}）。") from e
    except OSError as e:
        raise ProjectError("io", f"无法创建项目文件“{path.name}”（{e.strerror}）。") from e
    finally:
        if tmp.exists():
            tmp.unlink()


def _link_no_clobber(src: Path, dst: Path) -> None:
    if sys.platform == "win32":
        os.rename(src, dst)  # raises FileExistsError on Windows
    else:
        os.link(src, dst)  # raises FileExistsError; os.rename would overwrite on POSIX


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
