"""Stages: named, read-only snapshots of the list inside the project (初审, 公示, 最终 …).

A commendation list passes through stages, and clerks must report exactly what changed
between them. Freezing copies every record — in list order, with its id, every field and
its review status — into one row of the ``stages`` table (schema v3), as zlib-compressed
JSON: a stage is never edited, only frozen, read and deleted, so one blob per stage is the
simplest faithful form and loads 5,000 records in a few milliseconds.

Freezing and deleting are not journaled edits: undo works on the list, and a stage is a
record *about* the list (when, by whom). Each function is one transaction of the project's,
serialised with its other calls (``_api``); errors are ``ProjectError`` with a Chinese
message naming the stage.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field

from awardtool.records import Record
from awardtool.store.codec import dumps
from awardtool.store.errors import ProjectError
from awardtool.store.project import Project, _api, _now

# Names that mean "the list as it is now" wherever a stage name is expected (stage diff).
CURRENT_NAMES = ("current", "当前", "当前名单")
SUGGESTED_NAMES = ("初审", "公示", "最终")
MAX_NAME = 30
_FILE_LIKE = re.compile(r"\.(docx|xlsx|xls|doc|wps|csv|pdf|txt)$", re.I)


@dataclass(slots=True)
class StageInfo:
    id: int
    name: str
    frozen_at: str  # ISO 8601 with offset
    frozen_by: str | None
    count: int

    def to_json(self) -> dict:
        return {"name": self.name, "frozen_at": self.frozen_at, "frozen_by": self.frozen_by, "count": self.count}


@dataclass(slots=True)
class StageEntry:
    """One record as it was when the stage was frozen."""

    id: int
    doc_id: int | None
    status: str
    record: Record


@dataclass(slots=True)
class Stage:
    info: StageInfo
    entries: list[StageEntry] = field(default_factory=list)


def check_name(name: str) -> str:
    """The stage name as stored (trimmed); ProjectError ``bad_value`` when it cannot be one."""
    name = (name or "").strip()
    if not name:
        raise ProjectError("bad_value", "阶段名称不能为空，例如“初审”“公示”“最终”。")
    if len(name) > MAX_NAME:
        raise ProjectError("bad_value", f"阶段名称“{name[:MAX_NAME]}…”太长，请不超过 {MAX_NAME} 个字。")
    if name.lower() in CURRENT_NAMES:
        raise ProjectError("bad_value", f"“{name}”表示当前名单，不能用作阶段名称。")
    if _FILE_LIKE.search(name) or "/" in name or "\\" in name:
        raise ProjectError("bad_value", f"阶段名称“{name}”像文件名，请换一个名称（比较时文件名表示外部名单）。")
    return name


def _info(row) -> StageInfo:
    return StageInfo(row[0], row[1], row[2], row[3], row[4])


_COLUMNS = "id, name, frozen_at, frozen_by, count"


@_api
def freeze(project: Project, name: str) -> StageInfo:
    """Freeze the current list as stage ``name``, now, by the project's user."""
    name = check_name(name)
    with project._tx() as c:
        if c.execute("SELECT 1 FROM stages WHERE name = ?", (name,)).fetchone():
            raise ProjectError("exists", f"阶段“{name}”已经存在。请换一个名称，或先删除原来的“{name}”。")
        rows = c.execute("SELECT id, doc_id, status, data FROM records ORDER BY position").fetchall()
        # data is already JSON text: splice it in rather than parse and re-serialise 5,000 records
        payload = "[" + ",".join(
            f'{{"id":{rid},"doc_id":{dumps(doc_id)},"status":{dumps(status)},"record":{data}}}'
            for rid, doc_id, status, data in rows
        ) + "]"
        when = _now()
        sid = c.execute(
            "INSERT INTO stages (name, frozen_at, frozen_by, count, records) VALUES (?, ?, ?, ?, ?)",
            (name, when, project.user, len(rows), zlib.compress(payload.encode("utf-8"), 6)),
        ).lastrowid
        return StageInfo(sid, name, when, project.user, len(rows))


@_api
def stages(project: Project) -> list[StageInfo]:
    """Every stage, oldest first."""
    return [_info(r) for r in project._conn.execute(f"SELECT {_COLUMNS} FROM stages ORDER BY id")]


@_api
def load(project: Project, name: str) -> Stage:
    """The stage's records in their frozen order. ProjectError ``no_stage`` if there is none."""
    row = project._conn.execute(f"SELECT {_COLUMNS}, records FROM stages WHERE name = ?", (name.strip(),)).fetchone()
    if row is None:
        raise ProjectError("no_stage", _missing(project, name))
    try:
        items = json.loads(zlib.decompress(row[5]).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError) as e:
        raise ProjectError("damaged", f"阶段“{row[1]}”的数据已损坏，无法读取（{e}）。") from e
    entries = [StageEntry(d["id"], d.get("doc_id"), d.get("status") or "pending", Record.from_json(d["record"]))
               for d in items]
    return Stage(_info(row), entries)


@_api
def delete(project: Project, name: str) -> StageInfo:
    """Delete stage ``name`` (the list itself is untouched)."""
    with project._tx() as c:
        row = c.execute(f"SELECT {_COLUMNS} FROM stages WHERE name = ?", (name.strip(),)).fetchone()
        if row is None:
            raise ProjectError("no_stage", _missing(project, name))
        c.execute("DELETE FROM stages WHERE id = ?", (row[0],))
        return _info(row)


def _missing(project: Project, name: str) -> str:
    names = [r[0] for r in project._conn.execute("SELECT name FROM stages ORDER BY id")]
    have = f"现有阶段：{'、'.join(names)}。" if names else "项目中还没有冻结任何阶段。"
    return f"项目“{project.path.name}”中没有名为“{name.strip()}”的阶段。{have}"


__all__ = [
    "CURRENT_NAMES", "SUGGESTED_NAMES", "Stage", "StageEntry", "StageInfo", "check_name", "delete", "freeze", "load",
    "stages",
]
