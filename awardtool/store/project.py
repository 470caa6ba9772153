"""A project: one ``*.awardproj`` file holding a clerk's whole batch — the imported files,
their records, review states, settings and the journal of every edit.

Each public method is one transaction, committed before it returns: closing the window, a
power cut or a crash can never cost an edit that the window has shown as made. The API is
deliberately narrow (records by id, edits as field/value, changes as ``Change``) so that a
server database could stand behind it later without the window noticing.

A ``Project`` may be used from several threads (an import worker and the window): calls
are serialised by a lock.
"""

from __future__ import annotations

import functools
import getpass
import hashlib
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from awardtool import __version__
from awardtool.document import Document, Notice
from awardtool.fields import FIELD_BY_KEY, STATUSES
from awardtool.records import TEXT_FIELDS, Record
from awardtool.store import backups, connection, files, journal, rows
from awardtool.store.codec import (
    dumps, loads, notice_from_json, notice_to_json, pack_blocks, pack_original, unpack_blocks, unpack_original,
)
from awardtool.store.errors import ProjectError
from awardtool.store.journal import Change, JournalEntry, Op
from awardtool.store.lockfile import ProjectLock
from awardtool.store.settings import DEFAULT_SETTINGS, check_setting

SUFFIX = ".awardproj"
# How long opening waits for another writer (a script's edit, a command's export) to let go
# before refusing with "locked"; the window passes a shorter wait (it must not freeze).
LOCK_WAIT_S = 3.0


def default_user() -> str:
    """Whose edits these are: $AWARDTOOL_USER, else the OS login name."""
    name = os.environ.get("AWARDTOOL_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name (some services, containers)
        return "未知用户"


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _short(text: str | None, n: int = 16) -> str:
    text = (text or "").replace("\n", " ").strip()
    return text if len(text) <= n else text[: n - 1] + "…"


def field_label(key: str) -> str:
    if key == "status":
        return "审核状态"
    spec = FIELD_BY_KEY.get(key)
    return spec.label_zh if spec else key


@dataclass(slots=True)
class StoredRecord:
    id: int
    doc_id: int | None
    status: str  # a key of awardtool.fields.STATUSES
    record: Record
    index: int = 0  # place in the list (0-based)


@dataclass(slots=True)
class StoredDocument:
    id: int
    path: str
    format: str
    kind: str | None
    title: str | None
    error: Notice | None
    warnings: list[Notice] = field(default_factory=list)
    sha256: str | None = None  # of the original bytes
    imported_at: str = ""


def _api(method):
    """Serialise calls, refuse a closed project, and turn SQLite failures (disk full, I/O
    error, a file damaged under us) into a ProjectError naming the file."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with self._lock:
            if self._conn is None:
                raise ProjectError("closed", f"项目“{self.path.name}”已关闭。")
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as e:
                _rollback_quietly(self._conn)
                raise connection.failure_error(self.path, e) from e

    return wrapper


class Project:
    """Open with ``Project.open(path, create=False, user=…)``; use as a context manager."""

    def __init__(self, path: Path, conn: sqlite3.Connection, user: str, file_lock: ProjectLock):
        self.path = path
        self.user = user
        self._conn: sqlite3.Connection | None = conn
        self._file_lock = file_lock  # the writer lock, held until close()
        self._lock = threading.RLock()
        self._backups = backups.Schedule(path, self._lock)

    # ---- opening and closing -------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike, create: bool = False, user: str | None = None,
             wait: float = LOCK_WAIT_S) -> Project:
        """Open a project, taking its writer lock for as long as it stays open.

        create=True makes a new project when ``path`` does not exist; an existing project is
        then simply opened, and an existing file of any other kind is refused, never
        overwritten. ``wait``: seconds to wait for another holder of the lock. Raises ProjectError: not_found, not_project, damaged, too_new,
        locked, io; a damaged file's error carries ``data["offer"]``, its newest good backup
        (see backups.py, which also says when backups are made).
        """
        path = Path(os.path.abspath(path))
        try:
            conn, created, file_lock = connection.connect(path, create, wait)
        except ProjectError as e:
            backups.attach_offer(e, path)
            raise
        project = cls(path, conn, user or default_user(), file_lock)
        connection.register(path, project)
        if created:
            with project._tx() as c:
                c.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [("created_at", _now()), ("created_by", project.user), ("awardtool_version", __version__)],
                )
        project._backups.on_open(conn, created)  # a copy, if due, runs beside the caller
        return project

    def close(self) -> None:
        """Release the file. Every edit is already committed; this only drops the lock and
        removes the (empty) journal file. Safe to call twice."""
        self._backups.wait()  # a backup under way is finished first (it needs the connection)
        with self._lock:
            if self._conn is None:
                return
            try:
                self._conn.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.Error:
                pass  # the data is committed; a leftover empty journal is harmless
            self._conn.close()
            self._conn = None
            self._file_lock.release()
            connection.unregister(self.path)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Project {str(self.path)!r}{' closed' if self._conn is None else ''}>"

    @property
    def closed(self) -> bool:
        return self._conn is None

    @property
    def backup_error(self) -> str | None:
        """Why the last automatic backup could not be made (Chinese, for the clerk), or None;
        waits for a backup under way."""
        self._backups.wait()
        return self._backups.error

    @_api
    def save_as(self, new_path: str | os.PathLike) -> Path:
        """Write a consistent copy to ``new_path`` (SQLite backup API) and keep working on
        this file. The copy is built beside the target and moved over it only when complete;
        a target that is open as a project (here or in another instance) is refused."""
        target = Path(os.path.abspath(new_path))
        if target.exists() and os.path.samefile(target, self.path):
            raise ProjectError("exists", f"“{target.name}”就是当前项目文件，请另选文件名。")
        if connection.is_open_here(target):
            raise connection.locked_error(target)
        if not target.parent.is_dir():
            raise ProjectError("io", f"文件夹“{target.parent}”不存在。")
        target_lock = connection.take_lock(target, 0.0)  # nobody may open it while it is replaced
        try:
            tmp = files.make_temp(target.parent, connection.temp_prefix(target), ".tmp")
        except OSError as e:
            target_lock.release()
            raise ProjectError("io", f"无法在“{target.parent}”中保存副本（{e.strerror}）。原项目未受影响。") from e
        try:
            dest = sqlite3.connect(str(tmp))
            try:
                self._conn.backup(dest)
                dest.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            files.keep_mode(tmp, target)
            connection._fsync(tmp)
            os.replace(tmp, target)
        except OSError as e:
            raise ProjectError("io", f"无法保存副本“{target.name}”（{e.strerror}）。原项目未受影响。") from e
        finally:
            if tmp.exists():
                tmp.unlink()
            target_lock.release()
        return target

    # ---- documents ------------------------------------------------------------------

    def add_result(self, result, original: bytes | None) -> list[int]:
        """Store one imported document (``awardtool.pipeline.DocumentResult``) with its
        original bytes, and append its records to the list as one undo step. A document
        that failed to read is stored too (with its error), so the clerk sees it."""
        return self.import_result(result, original)[0]

    @_api
    def import_result(self, result, original: bytes | None, *, merge_key: str | None = None,
                      label: str | None = None) -> tuple[list[int], int | None]:
        """``add_result`` that can join the previous document's undo step: with a
        ``merge_key`` equal to the newest group's (nothing else done since), this document's
        records join that group — one import of many files is one undo step. Returns the
        new record ids and the journal group (None when the document had no records)."""
        doc, ex = result.document, result.extraction
        packed, codec = pack_original(original) if original is not None else (None, None)
        digest = hashlib.sha256(original).hexdigest() if original is not None else None
        when = _now()
        with self._tx() as c:
            doc_id = c.execute(
                "INSERT INTO documents (path, format, kind, title, error, warnings, blocks, original,"
                " original_codec, original_size, imported_at, imported_by, sha256)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc.path, doc.format, ex.kind, ex.title, dumps(notice_to_json(doc.error)),
                    dumps([w.to_json() for w in doc.warnings + ex.warnings]), pack_blocks(doc.blocks),
                    packed, codec, None if original is None else len(original), when, self.user, digest,
                ),
            ).lastrowid
            if not ex.records:
                return [], None
            label = label or f"导入 {_short(Path(doc.path).name, 30)}"
            group = journal.mergeable_group(c, merge_key, self.user) if merge_key is not None else None
            if group is None:
                group = journal.new_group(c, "edit", label, self.user, when, merge_key=merge_key)
            else:
                c.execute("UPDATE groups SET label = ? WHERE id = ?", (label, group))
            ids = []
            for rec in ex.records:
                data = rec.to_json()
                snap = {"doc_id": doc_id, "position": None, "status": "pending", "record": data, "extracted": data}
                done = journal.perform(c, Op("add", 0, new=snap))
                journal.write(c, group, done, self.user, when)
                ids.append(done.record_id)
            return ids, group

    @_api
    def documents(self) -> list[StoredDocument]:
        return [
            StoredDocument(r[0], r[1], r[2], r[3], r[4], notice_from_json(loads(r[5])),
                           [Notice(w["code"], w["message"]) for w in loads(r[6])], r[7], r[8])
            for r in self._conn.execute(
                "SELECT id, path, format, kind, title, error, warnings, sha256, imported_at FROM documents ORDER BY id"
            )
        ]

    @_api
    def document_by_hash(self, sha256: str) -> StoredDocument | None:
        """The stored document whose original has this SHA-256 (to notice a re-import)."""
        row = self._conn.execute("SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)).fetchone()
        return None if row is None else next(d for d in self.documents() if d.id == row[0])

    @_api
    def document(self, doc_id: int) -> Document:
        """The document's block structure, for the viewer (decompressed on demand)."""
        r = self._doc_row(doc_id, "path, format, blocks, warnings, error")
        return Document(r[0], r[1], unpack_blocks(r[2]), [Notice(w["code"], w["message"]) for w in loads(r[3])],
                        notice_from_json(loads(r[4])))

    @_api
    def original(self, doc_id: int) -> bytes | None:
        r = self._doc_row(doc_id, "original, original_codec")
        return unpack_original(r[0], r[1])

    def _doc_row(self, doc_id: int, columns: str) -> tuple:
        row = self._conn.execute(f"SELECT {columns} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ProjectError("no_document", f"项目“{self.path.name}”中没有编号为 {doc_id} 的文档。")
        return row

    # ---- records --------------------------------------------------------------------

    @_api
    def records(self) -> list[StoredRecord]:
        """All records in list order (one query)."""
        return [
            StoredRecord(rid, doc_id, status, Record.from_json(loads(data)), i)
            for i, (rid, doc_id, status, data) in enumerate(
                self._conn.execute("SELECT id, doc_id, status, data FROM records ORDER BY position")
            )
        ]

    @_api
    def record(self, rid: int) -> StoredRecord:
        row = rows.get(self._conn, rid)
        return StoredRecord(row.id, row.doc_id, row.status, Record.from_json(row.data), row.position)

    @_api
    def extracted(self, rid: int) -> Record | None:
        """The record as first extracted, for the audit "extracted → final"; None for a
        record the clerk added by hand."""
        row = rows.get(self._conn, rid)
        return None if row.extracted is None else Record.from_json(row.extracted)

    # ---- edits ----------------------------------------------------------------------

    @_api
    def set_field(self, rid: int, field: str, value, *, merge_key: str | None = None) -> Change:
        """Change one field ("seq", "kind", "status" or a text field of Record).

        With a ``merge_key`` equal to the newest group's, the edit joins that group, so a
        word typed letter by letter is one undo step (and one history line)."""
        value = rows.normalise(field, value)
        when = _now()
        with self._tx() as c:
            row = rows.get(c, rid)
            if rows.read_field(row, field) == value:
                return Change(label=self._set_label(field, value))
            label = self._set_label(field, value)
            group = journal.mergeable_group(c, merge_key, self.user) if merge_key is not None else None
            done = journal.perform(c, Op("set", rid, field, new=value))
            if group is None:
                group = journal.new_group(c, "edit", label, self.user, when, merge_key=merge_key)
                journal.write(c, group, done, self.user, when)
            else:
                journal.join(c, group, done, self.user, when)
            return Change.of([done], label, group)

    @_api
    def set_fields(self, rid: int, values: dict, label: str | None = None) -> Change:
        """Change several fields of one record as one undo step."""
        values = {k: rows.normalise(k, v) for k, v in values.items()}
        label = label or "修改 " + "、".join(field_label(k) for k in values)
        when = _now()
        with self._tx() as c:
            row = rows.get(c, rid)
            changed = {k: v for k, v in values.items() if rows.read_field(row, k) != v}
            if not changed:
                return Change(label=label)
            group = journal.new_group(c, "edit", label, self.user, when)
            done = [journal.perform(c, Op("set", rid, k, new=v)) for k, v in changed.items()]
            for op in done:
                journal.write(c, group, op, self.user, when)
            return Change.of(done, label, group)

    @_api
    def add_record(self, record: Record, *, doc_id: int | None = None, index: int | None = None) -> Change:
        """Add a record by hand at list ``index`` (None: at the end)."""
        label = f"新增 {_short(record.name) or '记录'}"
        return self._one_op(Op("add", 0, new={"doc_id": doc_id, "position": index, "status": "pending",
                                               "record": record.to_json(), "extracted": None}), label)

    @_api
    def delete_record(self, rid: int) -> Change:
        name = rows.get(self._conn, rid).data.get("name")
        return self._one_op(Op("delete", rid), f"删除 {_short(name) or '记录'}")

    @_api
    def move_record(self, rid: int, new_index: int) -> Change:
        row = rows.get(self._conn, rid)
        if max(0, min(int(new_index), rows.count(self._conn) - 1)) == row.position:
            return Change(label="")
        return self._one_op(Op("move", rid, "position", new=new_index), f"移动 {_short(row.data.get('name'))}")

    @_api
    def reorder(self, order: list[int], label: str = "重新排序") -> Change:
        """Put the records in ``order`` (every record id, each once) as ONE journal group, so
        one undo — also after a restart — restores the whole previous order."""
        current = [rid for (rid,) in self._conn.execute("SELECT id FROM records ORDER BY position")]
        if sorted(order) != sorted(current):
            raise ProjectError("bad_value", "新的顺序必须恰好包含每条记录一次。")
        return self._many([Op("move", rid, "position", new=i) for i, rid in _moves(current, order)], label)

    @_api
    def delete_records(self, rids: list[int]) -> Change:
        """Delete several records as ONE journal group (one undo brings them all back)."""
        return self._many([Op("delete", rid) for rid in rids], f"删除 {len(rids)} 条记录")

    def _many(self, ops: list[Op], label: str) -> Change:
        if not ops:
            return Change(label=label)
        when = _now()
        with self._tx() as c:
            group = journal.new_group(c, "edit", label, self.user, when)
            done = [journal.perform(c, op) for op in ops]
            for op in done:
                journal.write(c, group, op, self.user, when)
            return Change.of(done, label, group)

    @_api
    def merge_records(self, keep_id: int, drop_id: int) -> Change:
        """Merge a duplicate: ``keep_id`` takes every field it lacks from ``drop_id``, then
        ``drop_id`` is deleted — one undo step."""
        if keep_id == drop_id:
            raise ProjectError("bad_value", "不能把一条记录与它自己合并。")
        when = _now()
        with self._tx() as c:
            keep, drop = rows.get(c, keep_id), rows.get(c, drop_id)
            label = f"合并 {_short(keep.data.get('name'))} ← {_short(drop.data.get('name'))}"
            group = journal.new_group(c, "edit", label, self.user, when)
            ops = []
            filled = [k for k in ("seq", *TEXT_FIELDS) if _empty(keep.data.get(k)) and not _empty(drop.data.get(k))]
            for k in filled:
                ops.append(journal.perform(c, Op("set", keep_id, k, new=drop.data[k])))
            sources = {k: v for k, v in (drop.data.get("field_sources") or {}).items() if k in filled}
            if sources and keep.doc_id == drop.doc_id:  # a source only means something in its own document
                merged = {**(keep.data.get("field_sources") or {}), **sources}
                ops.append(journal.perform(c, Op("set", keep_id, "field_sources", new=merged)))
            ops.append(journal.perform(c, Op("delete", drop_id)))
            for op in ops:
                journal.write(c, group, op, self.user, when)
            return Change.of(ops, label, group)

    def _one_op(self, op: Op, label: str) -> Change:
        when = _now()
        with self._tx() as c:
            group = journal.new_group(c, "edit", label, self.user, when)
            done = journal.perform(c, op)
            journal.write(c, group, done, self.user, when)
            return Change.of([done], label, group)

    def _set_label(self, field: str, value) -> str:
        if field == "status":
            return f"标记为“{STATUSES[value][0]}”"
        return f"修改 {field_label(field)}"

    # ---- undo / redo / history ------------------------------------------------------

    @_api
    def undo(self) -> Change | None:
        """Undo the newest edit group (also one made before the project was reopened)."""
        with self._tx() as c:
            target = journal.undo_target(c)
            if target is None:
                return None
            gid, label = target
            group = journal.new_group(c, "undo", f"撤销 {label}", self.user, _now(), target=gid)
            done = [journal.perform(c, journal.inverse(op)) for op in reversed(journal.ops_of(c, gid))]
            self._log(c, group, done)
            c.execute("UPDATE groups SET state = 'undone' WHERE id = ?", (gid,))
            return Change.of(done, label, group)

    @_api
    def redo(self) -> Change | None:
        with self._tx() as c:
            target = journal.redo_target(c)
            if target is None:
                return None
            gid, label = target
            group = journal.new_group(c, "redo", f"重做 {label}", self.user, _now(), target=gid)
            done = [journal.perform(c, op) for op in journal.ops_of(c, gid)]
            self._log(c, group, done)
            c.execute("UPDATE groups SET state = 'done' WHERE id = ?", (gid,))
            return Change.of(done, label, group)

    def _log(self, c: sqlite3.Connection, group: int, ops: list[Op]) -> None:
        when = _now()
        for op in ops:
            journal.write(c, group, op, self.user, when)

    @_api
    def can_undo(self) -> bool:
        return journal.undo_target(self._conn) is not None

    @_api
    def can_redo(self) -> bool:
        return journal.redo_target(self._conn) is not None

    @_api
    def undo_label(self) -> str | None:
        t = journal.undo_target(self._conn)
        return None if t is None else t[1]

    @_api
    def redo_label(self) -> str | None:
        t = journal.redo_target(self._conn)
        return None if t is None else t[1]

    @_api
    def history(self, rid: int | None = None) -> list[JournalEntry]:
        """Every journaled change (of one record, or all), oldest first, undos included."""
        return journal.history(self._conn, rid)

    # ---- settings -------------------------------------------------------------------

    @_api
    def settings(self) -> dict:
        stored = {k: loads(v) for k, v in self._conn.execute("SELECT key, value FROM settings")}
        return {**DEFAULT_SETTINGS, **stored}

    @_api
    def set_setting(self, key: str, value) -> None:
        check_setting(key, value)
        with self._tx() as c:
            c.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, dumps(value)))

    @_api
    def meta(self) -> dict:
        """Who created the project, when, with which awardtool."""
        return dict(self._conn.execute("SELECT key, value FROM meta"))

    # ---- transactions ---------------------------------------------------------------

    def _tx(self):
        return _Transaction(self._conn, self._backups.after_commit)


class _Transaction:
    """One API call = one transaction: committed on success, rolled back on any error.
    After a commit, ``committed(conn)`` runs (the backup schedule: a backup when due)."""

    def __init__(self, conn: sqlite3.Connection, committed=None):
        self.conn = conn
        self.committed = committed

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
            if self.committed is not None:
                self.committed(self.conn)
        elif self.conn.in_transaction:
            self.conn.execute("ROLLBACK")


def _rollback_quietly(conn: sqlite3.Connection) -> None:
    try:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def _moves(current: list[int], target: list[int]) -> list[tuple[int, int]]:
    """(index, record id) moves that turn ``current`` into ``target``, in the order to make them."""
    current = list(current)
    out = []
    for i, rid in enumerate(target):
        if current[i] != rid:
            out.append((i, rid))
            current.remove(rid)
            current.insert(i, rid)
    return out


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())

