"""The two lists a comparison is between: a frozen stage, the current list, or an external
.docx/.xlsx 名单 or 汇总表 read by the importers.

A side knows which fields it *carries*. A stage or the current list carries every field.
A file carries only what it prints: a 名单 gives names (and 单位及职务 of individuals), a
简要事迹表 adds the deeds, a 汇总表 its columns. The extractor also *infers* some values (a
region from a unit's name, a city from a position); those have no source in the file, so
they are treated as absent (``Entry.known``) — otherwise every inference would show up as
a change against the stage the file was exported from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from awardtool.records import TEXT_FIELDS, Record

STATUS = "status"  # the review status: carried by stages and the current list, never by a file
ALL_FIELDS = frozenset(TEXT_FIELDS) | {STATUS}
CURRENT_LABEL = "当前名单"


class CompareError(Exception):
    """A side that cannot be read; ``message`` is for the clerk (Chinese, names the file)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(slots=True)
class Entry:
    record: Record
    id: int | None = None  # the record's id in the project; None for a file's record
    status: str | None = None
    index: int = 0  # place in the whole list (0-based)
    known: frozenset[str] | None = None  # fields read from the file's own text; None: all

    def value(self, key: str) -> str:
        """The field as compared: trimmed text, "" when empty or not known on this side."""
        if self.known is not None and key not in self.known:
            return ""
        raw = self.status if key == STATUS else getattr(self.record, key, None)
        if not isinstance(raw, str):
            return "" if raw is None else str(raw)
        if key == "deeds":  # paragraphs as printed: trimmed, blank lines dropped
            return "\n".join(p.strip() for p in raw.split("\n") if p.strip())
        return raw.strip()


@dataclass(slots=True)
class ListSide:
    label: str  # 公示 / 当前名单 / 名单.docx
    source: str  # "stage" | "current" | "file"
    entries: list[Entry] = field(default_factory=list)
    frozen_at: str | None = None
    frozen_by: str | None = None
    path: str | None = None

    def carried(self, kind: str) -> frozenset[str]:
        """The fields this side holds for records of ``kind``."""
        if self.source != "file":
            return ALL_FIELDS
        out: set[str] = set()
        for e in self.entries:
            if e.record.kind == kind and e.known:
                out |= e.known
        return frozenset(out)

    def to_json(self) -> dict:
        out = {"label": self.label, "source": self.source, "count": len(self.entries)}
        if self.source == "stage":
            out["frozen_at"], out["frozen_by"] = self.frozen_at, self.frozen_by
        if self.path:
            out["path"] = self.path
        return out


def from_stage(stage) -> ListSide:
    """A side from ``awardtool.store.stages.Stage``."""
    entries = [Entry(e.record, e.id, e.status, i) for i, e in enumerate(stage.entries)]
    return ListSide(stage.info.name, "stage", entries, stage.info.frozen_at, stage.info.frozen_by)


def from_stored(records: Iterable, label: str = CURRENT_LABEL) -> ListSide:
    """A side from the project's records (``Project.records()``: StoredRecord in order)."""
    entries = [Entry(r.record, r.id, r.status, i) for i, r in enumerate(records)]
    return ListSide(label, "current", entries)


def from_records(records: Iterable[Record], label: str, path: str | None = None) -> ListSide:
    """A side from records read out of a file: each knows only the fields it has a source for."""
    entries = []
    for i, rec in enumerate(records):
        known = frozenset(rec.field_sources) | {"name"}
        entries.append(Entry(rec, None, None, i, known))
    return ListSide(label, "file", entries, path=path)


def from_file(path: str | Path) -> ListSide:
    """Read a 名单 / 汇总表 (.docx, .xlsx, or any format the importers read) into a side."""
    from awardtool.pipeline import extract_paths  # the import machinery only when a file is compared

    path = Path(path)
    if not path.is_file():
        raise CompareError("not_found", f"找不到文件“{path}”。")
    records: list[Record] = []
    for result in extract_paths([path]):
        if result.document.error is not None:
            raise CompareError("unreadable", f"无法读取“{path.name}”：{result.document.error.message}")
        records.extend(result.extraction.records)
    if not records:
        raise CompareError("empty", f"在“{path.name}”中没有找到名单记录，无法比较。")
    return from_records(records, path.name, str(path))
