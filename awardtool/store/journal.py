"""The journal: every change to the records, kept in the project file.

Every change is an ``Op`` — set a field, add a record, delete a record, move a record — and
the ops of one user action form a *group*, the unit of undo. Undo performs the inverse ops
of the newest done group in reverse order; redo performs the ops of the oldest undone group
again. Both are themselves written to the journal (groups of kind "undo"/"redo"), so a
record's history is a complete, append-only account of what happened to it and by whom,
and because it all lives in the file, undo works after the project is reopened.

Group states: edit groups are "done", "undone", or "dropped" (undone, then a new edit
made the redo impossible); undo/redo groups have no state and point at their ``target``.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from awardtool.store import rows
from awardtool.store.codec import dumps, loads

ACTION_LABELS = {"set": "修改", "add": "新增", "delete": "删除", "move": "移动"}


@dataclass(slots=True)
class Op:
    action: str  # "set" | "add" | "delete" | "move"
    record_id: int
    field: str | None = None  # the field for "set"; "position" for "move"
    old: object = None  # set: old value; delete: the record's snapshot; move: old index
    new: object = None  # set: new value; add: the record's snapshot; move: new index


@dataclass(slots=True)
class Change:
    """What an API call changed, for the window to refresh just that."""

    record_ids: set[int] = field(default_factory=set)
    fields: set[str] = field(default_factory=set)
    structural: bool = False  # records added, removed or reordered
    label: str = ""
    group: int | None = None  # the journal group written (None: nothing changed)

    @classmethod
    def of(cls, ops: list[Op], label: str, group: int | None) -> Change:
        return cls(
            record_ids={op.record_id for op in ops},
            fields={op.field for op in ops if op.action == "set"},
            structural=any(op.action != "set" for op in ops),
            label=label,
            group=group,
        )


@dataclass(slots=True)
class JournalEntry:
    """One line of a record's history.

    action: "set" (field, old → new), "add" (new = the record), "delete" (old = the record),
    "move" (field "position", old → new list index). kind: "edit", or "undo"/"redo" when the
    entry is the effect of undoing or redoing an earlier group; label: that group's label.
    """

    id: int
    group: int
    record_id: int | None
    field: str | None
    old: object
    new: object
    when: str
    user: str | None
    action: str
    kind: str
    label: str

    def to_json(self) -> dict:
        return {
            "id": self.id, "group": self.group, "record_id": self.record_id, "action": self.action,
            "field": self.field, "old": self.old, "new": self.new, "when": self.when, "user": self.user,
            "kind": self.kind, "label": self.label,
        }


def perform(conn: sqlite3.Connection, op: Op) -> Op:
    """Apply ``op`` to the records table; return it as it actually happened."""
    if op.action == "set":
        row = rows.get(conn, op.record_id)
        old = rows.read_field(row, op.field)
        rows.write_field(conn, row, op.field, op.new)
        return Op("set", op.record_id, op.field, old, op.new)
    if op.action == "add":
        rid = rows.insert(conn, op.new)
        return Op("add", rid, None, None, rows.snapshot(rows.get(conn, rid)))
    if op.action == "delete":
        return Op("delete", op.record_id, None, rows.remove(conn, op.record_id), None)
    if op.action == "move":
        old, new = rows.move(conn, op.record_id, op.new)
        return Op("move", op.record_id, "position", old, new)
    raise ValueError(f"unknown journal action {op.action!r}")


def inverse(op: Op) -> Op:
    if op.action == "set":
        return Op("set", op.record_id, op.field, op.new, op.old)
    if op.action == "add":
        return Op("delete", op.record_id, None, op.new, None)
    if op.action == "delete":
        return Op("add", op.record_id, None, None, op.old)
    return Op("move", op.record_id, "position", op.new, op.old)


def new_group(conn: sqlite3.Connection, kind: str, label: str, user: str, when: str, *,
              merge_key: str | None = None, target: int | None = None) -> int:
    state = "done" if kind == "edit" else None
    if kind == "edit":  # a new edit ends the redo branch
        conn.execute("UPDATE groups SET state = 'dropped' WHERE state = 'undone'")
    cur = conn.execute(
        "INSERT INTO groups (kind, label, merge_key, state, target, user, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (kind, label, merge_key, state, target, user, when),
    )
    return cur.lastrowid


def write(conn: sqlite3.Connection, group: int, op: Op, user: str, when: str) -> None:
    conn.execute(
        "INSERT INTO journal (group_id, record_id, action, field, old, new, at, user) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (group, op.record_id, op.action, op.field, dumps(op.old), dumps(op.new), when, user),
    )


def mergeable_group(conn: sqlite3.Connection, merge_key: str, user: str) -> int | None:
    """The newest group, if a typing edit with ``merge_key`` may join it: it must be the
    newest thing in the journal (nothing undone or redone since), done, same key and user."""
    row = conn.execute("SELECT id, kind, state, merge_key, user FROM groups ORDER BY id DESC LIMIT 1").fetchone()
    if row and row[1] == "edit" and row[2] == "done" and row[3] == merge_key and row[4] == user:
        return row[0]
    return None


def join(conn: sqlite3.Connection, group: int, op: Op, user: str, when: str) -> None:
    """Add a "set" to a merged group: if the group already changed this field, only its
    new value moves on (the old value stays the one before the typing began)."""
    hit = conn.execute(
        "SELECT id FROM journal WHERE group_id = ? AND record_id = ? AND action = 'set' AND field = ?",
        (group, op.record_id, op.field),
    ).fetchone()
    if hit:
        conn.execute("UPDATE journal SET new = ?, at = ? WHERE id = ?", (dumps(op.new), when, hit[0]))
    else:
        write(conn, group, op, user, when)
    conn.execute("UPDATE groups SET at = ? WHERE id = ?", (when, group))


def ops_of(conn: sqlite3.Connection, group: int) -> list[Op]:
    return [
        Op(a, rid, f, loads(o), loads(n))
        for a, rid, f, o, n in conn.execute(
            "SELECT action, record_id, field, old, new FROM journal WHERE group_id = ? ORDER BY id", (group,)
        )
    ]


def undo_target(conn: sqlite3.Connection) -> tuple[int, str] | None:
    return conn.execute(
        "SELECT id, label FROM groups WHERE kind = 'edit' AND state = 'done' ORDER BY id DESC LIMIT 1"
    ).fetchone()


def redo_target(conn: sqlite3.Connection) -> tuple[int, str] | None:
    return conn.execute("SELECT id, label FROM groups WHERE state = 'undone' ORDER BY id LIMIT 1").fetchone()


def history(conn: sqlite3.Connection, rid: int | None) -> list[JournalEntry]:
    sql = (
        "SELECT j.id, j.group_id, j.record_id, j.field, j.old, j.new, j.at, j.user, j.action, g.kind, g.label "
        "FROM journal j JOIN groups g ON g.id = j.group_id"
    )
    args: tuple = ()
    if rid is not None:
        sql += " WHERE j.record_id = ?"
        args = (rid,)
    out = []
    for r in conn.execute(sql + " ORDER BY j.id", args):
        old, new = loads(r[4]), loads(r[5])
        out.append(JournalEntry(r[0], r[1], r[2], r[3], _shown(old), _shown(new), r[6], r[7], r[8], r[9], r[10]))
    return out


def _shown(value):
    """History shows a whole record (add/delete) as its Record JSON plus its status."""
    if isinstance(value, dict) and "record" in value and "position" in value:
        return {**value["record"], "status": value["status"]}
    return value
