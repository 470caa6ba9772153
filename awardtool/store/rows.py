"""The records table: the few primitive changes every edit, undo and redo is made of.

Positions are kept dense (0 … n-1, the list order), so "move to index i" and "insert at
index i" mean what the window shows. Every function runs inside the caller's transaction.
A record's full state (``snapshot``) is what the journal keeps for additions and deletions,
so an undone deletion comes back with the same id, place, status and extracted original.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from awardtool.fields import KINDS, STATUSES
from awardtool.records import TEXT_FIELDS
from awardtool.store.codec import dumps, loads
from awardtool.store.errors import ProjectError

EDITABLE = frozenset(TEXT_FIELDS) | {"seq", "kind", "status"}
NEVER_NONE = frozenset({"name", "deeds", "notes"})  # str fields of Record with "" as empty


@dataclass(slots=True)
class Row:
    id: int
    doc_id: int | None
    position: int
    status: str
    data: dict  # Record.to_json()
    extracted: dict | None


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT COUNT(*) FROM records").fetchone()[0]


def get(conn: sqlite3.Connection, rid: int) -> Row:
    row = conn.execute(
        "SELECT id, doc_id, position, status, data, extracted FROM records WHERE id = ?", (rid,)
    ).fetchone()
    if row is None:
        raise ProjectError("no_record", f"项目中没有编号为 {rid} 的记录（可能已被删除）。")
    return Row(row[0], row[1], row[2], row[3], loads(row[4]), loads(row[5]))


def normalise(field: str, value):
    """Check an edit's value; return it as stored. Raises ProjectError for the clerk."""
    if field not in EDITABLE:
        raise ProjectError("bad_field", f"没有名为“{field}”的字段。可用字段：{'、'.join(sorted(EDITABLE))}。")
    if field == "status":
        if value not in STATUSES:
            raise ProjectError("bad_value", f"审核状态“{value}”无效，应为：{'、'.join(STATUSES)}。")
        return value
    if field == "kind":
        if value not in KINDS:
            raise ProjectError("bad_value", f"类别“{value}”无效，应为：{'、'.join(KINDS)}。")
        return value
    if field == "seq":
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
            raise ProjectError("bad_value", f"序号应为整数，而不是“{value}”。")
        return value
    if value is None:
        return "" if field in NEVER_NONE else None
    if not isinstance(value, str):
        raise ProjectError("bad_value", f"字段“{field}”的值应为文字，而不是 {type(value).__name__}。")
    return value


def read_field(row: Row, field: str):
    return row.status if field == "status" else row.data.get(field)


def write_field(conn: sqlite3.Connection, row: Row, field: str, value) -> None:
    if field == "status":
        conn.execute("UPDATE records SET status = ? WHERE id = ?", (value, row.id))
        row.status = value
    else:
        row.data[field] = value
        conn.execute("UPDATE records SET data = ? WHERE id = ?", (dumps(row.data), row.id))


def snapshot(row: Row) -> dict:
    return {
        "id": row.id,
        "doc_id": row.doc_id,
        "position": row.position,
        "status": row.status,
        "record": row.data,
        "extracted": row.extracted,
    }


def insert(conn: sqlite3.Connection, snap: dict) -> int:
    """Insert a record at ``snap["position"]`` (clamped; None = at the end). ``snap["id"]``
    is reused when given (undoing a deletion); ids are AUTOINCREMENT so never recycled."""
    n = count(conn)
    pos = snap.get("position")
    pos = n if pos is None else max(0, min(int(pos), n))
    conn.execute("UPDATE records SET position = position + 1 WHERE position >= ?", (pos,))
    cur = conn.execute(
        "INSERT INTO records (id, doc_id, position, status, data, extracted) VALUES (?, ?, ?, ?, ?, ?)",
        (
            snap.get("id"),
            snap.get("doc_id"),
            pos,
            snap.get("status") or "pending",
            dumps(snap["record"]),
            None if snap.get("extracted") is None else dumps(snap["extracted"]),
        ),
    )
    return cur.lastrowid


def remove(conn: sqlite3.Connection, rid: int) -> dict:
    row = get(conn, rid)
    conn.execute("DELETE FROM records WHERE id = ?", (rid,))
    conn.execute("UPDATE records SET position = position - 1 WHERE position > ?", (row.position,))
    return snapshot(row)


def move(conn: sqlite3.Connection, rid: int, index: int) -> tuple[int, int]:
    """Move a record to list index ``index`` (clamped); return (old index, new index)."""
    row = get(conn, rid)
    new = max(0, min(int(index), count(conn) - 1))
    old = row.position
    if new > old:
        conn.execute("UPDATE records SET position = position - 1 WHERE position > ? AND position <= ?", (old, new))
    elif new < old:
        conn.execute("UPDATE records SET position = position + 1 WHERE position >= ? AND position < ?", (new, old))
    conn.execute("UPDATE records SET position = ? WHERE id = ?", (new, rid))
    return old, new
