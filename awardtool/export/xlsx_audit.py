"""The 审核记录 sheet: for each exported record, where it came from, what the clerk changed
(extracted value → final value) and who approved it, so a reviewer can check the list
against the nomination documents without opening the project.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from openpyxl.worksheet.worksheet import Worksheet

from awardtool.document import Loc
from awardtool.export import xlsx_style as st
from awardtool.export.xlsx_layout import text_units, width_for_units
from awardtool.export.xlsx_table import TableColumn, write_table, write_title
from awardtool.fields import FIELD_BY_KEY, KINDS, STATUSES
from awardtool.records import TEXT_FIELDS, Record

if TYPE_CHECKING:
    from awardtool.store import Project

AUDIT_SHEET = "审核记录"
# A changed 简要事迹 can run to a thousand characters; the audit shows the start of each
# version (the full text is in the list sheet and in the project).
AUDIT_VALUE_LIMIT = 300
_COMPARED = ("kind",) + TEXT_FIELDS


@dataclass(slots=True)
class AuditInfo:
    """What the audit sheet says about one record. All parts are optional.

    source_path: the document the record was extracted from (display path);
    source_loc: where in it (a ``Loc`` or a ready text such as "第3页");
    extracted: the record as first extracted, to list extracted → final for changed fields;
    status: review state code (pending / approved / query / returned);
    approved_by / approved_at: who set the status to approved, and when (ISO text).
    """

    source_path: str | None = None
    source_loc: Loc | str | None = None
    extracted: Record | None = None
    status: str | None = None
    approved_by: str | None = None
    approved_at: str | None = None
    reason: str | None = None  # why it was marked 退回 / 有疑问 (the clerk's words)


REASON_LABEL = "原因："
"""A status change's history label carries the clerk's reason after this (the window writes
"标记为“退回”，原因：材料不全"); the audit sheet shows it beside the status."""


def status_reason(label: str | None) -> str:
    return label.split(REASON_LABEL, 1)[1].strip() if label and REASON_LABEL in label else ""


def describe_loc(loc: Loc | str | None) -> str:
    """A location in the words a clerk uses: 工作表“先进集体” 第5行, 第2页, 表1 第3行第2列."""
    if loc is None:
        return ""
    if isinstance(loc, str):
        return loc
    parts: list[str] = []
    if loc.sheet:
        parts.append(f"工作表“{loc.sheet}”")
    if loc.page is not None:
        parts.append(f"第{loc.page}页")
    if loc.table is not None and not loc.sheet:
        parts.append(f"表{loc.table + 1}")
    if loc.row is not None:
        parts.append(f"第{loc.row + 1}行" + (f"第{loc.col + 1}列" if loc.col is not None else ""))
    elif loc.line is not None:
        parts.append(f"第{loc.line}行")
    elif loc.paragraph is not None:
        parts.append(f"第{loc.paragraph + 1}段")
    return " ".join(parts)


def _shown(key: str, value: object) -> str:
    if key == "kind":
        return KINDS.get(str(value), (str(value or ""),))[0]
    text = "" if value is None else str(value)
    if len(text) > AUDIT_VALUE_LIMIT:
        return f"{text[:AUDIT_VALUE_LIMIT]}…（共{len(text)}字）"
    return text


def changed_fields(extracted: Record | None, final: Record) -> list[tuple[str, str, str]]:
    """(field label, extracted value, final value) for every field the clerk changed."""
    if extracted is None:
        return []
    out = []
    for key in _COMPARED:
        old, new = getattr(extracted, key), getattr(final, key)
        if (old or "") != (new or ""):
            out.append((FIELD_BY_KEY[key].label_zh, _shown(key, old), _shown(key, new)))
    return out


def status_label(code: str | None) -> str:
    return STATUSES[code][0] if code in STATUSES else (code or "")


_HEADERS = ("序号", "类别", "名称", "来源文件", "位置", "修改字段", "抽取值", "最终值", "审核状态", "审核人", "审核时间")


def write_audit_sheet(ws: Worksheet, entries: Sequence[tuple[int, Record, AuditInfo | None]]) -> int:
    """Fill the audit sheet from (序号 on its list sheet, record, info); one row per changed
    field (a record without changes gets one row). Returns the number of data rows."""
    rows: list[list[object]] = []
    for seq, rec, info in entries:
        info = info or AuditInfo()
        common = [
            seq, KINDS.get(rec.kind, (rec.kind,))[0], rec.name,
            info.source_path or "", describe_loc(info.source_loc),
        ]
        status = status_label(info.status) + (f"：{info.reason}" if info.reason else "")
        tail = [status, info.approved_by or "", (info.approved_at or "")[:19].replace("T", " ")]
        changes = changed_fields(info.extracted, rec)
        if not changes:
            label = "（未修改）" if info.extracted is not None else "（无抽取记录）"
            rows.append(common + [label, "", ""] + tail)
        for label, old, new in changes:
            rows.append(common + [label, old, new] + tail)
    widths = [6, 11, 28, 26, 16, 15, 34, 34, 16, 9, 17]  # 审核状态 holds a 退回 reason too
    columns = []
    for i, (header, base) in enumerate(zip(_HEADERS, widths)):
        longest = max([text_units(header)] + [text_units(str(r[i])) for r in rows[:2000]])
        width = min(base, width_for_units(longest, st.BODY_PT)) if i not in (6, 7) else base
        columns.append(TableColumn(header, max(width, width_for_units(text_units(header), st.HEADER_PT)),
                                   i in (0, 1, 5, 8, 9, 10)))
    write_title(ws, 1, "审核记录", len(columns))
    write_table(ws, 2, columns, rows)
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{ws.cell(row=2, column=len(columns)).column_letter}{2 + len(rows)}"
    st.setup_print(ws, title_rows="1:2")
    return len(rows)


def audit_from_project(project: Project) -> tuple[list[Record], list[AuditInfo]]:
    """The records of a project (awardtool.store.Project) in list order with their audit
    info: source document and location, the extracted record, status and who approved."""
    docs = {d.id: d for d in project.documents()}
    records: list[Record] = []
    infos: list[AuditInfo] = []
    for stored in project.records():
        rec = stored.record
        doc = docs.get(stored.doc_id)
        approved_by = approved_at = reason = None
        if stored.status in ("approved", "returned", "query"):
            for entry in project.history(stored.id):
                if entry.field == "status" and entry.new == stored.status:  # the latest one wins
                    approved_by, approved_at = entry.user, entry.when
                    reason = status_reason(entry.label) or None
            if stored.status != "approved":
                approved_by = approved_at = None
        records.append(rec)
        infos.append(AuditInfo(
            source_path=doc.path if doc else None,
            source_loc=rec.source.loc if rec.source else None,
            extracted=project.extracted(stored.id),  # None for a record typed in by hand
            status=stored.status,
            approved_by=approved_by,
            approved_at=approved_at,
            reason=reason,
        ))
    return records, infos
