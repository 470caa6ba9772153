"""Excel export: the print-ready 推荐汇总表 (one sheet per kind) plus 统计 and 审核记录.

Each list sheet is the shape clerks exchange and the importer reads back: row 1 the title
merged across the columns, row 2 the 填报单位（盖章）… line, row 3 the header (words that
awardtool/fields.py lists as header synonyms, so an exported workbook imports as the same
records), then one row per record. Print setup makes it come out of any printer readable
without touching it: A4 landscape, all columns on one page width, rows 1–3 repeated on
every page, page numbers in the footer, and explicit row heights (Excel and LibreOffice
never recompute them, so without them wrapped 事迹 would be cut off).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from awardtool.export import xlsx_style as st
from awardtool.export.atomic import ExportError, atomic_target
from awardtool.export.ordering import order_records
from awardtool.export.xlsx_audit import AUDIT_SHEET, AuditInfo, audit_from_project, status_label, write_audit_sheet
from awardtool.export.xlsx_layout import (
    DIGIT_PT, MAX_ROW_HEIGHT_PT, longest_line_em, print_scale, row_height, text_em, width_for_em,
)
from awardtool.export.xlsx_stats import STATS_SHEET, listed_kind, write_stats_sheet
from awardtool.export.xlsx_table import FILL_IN_HEIGHT, TITLE_HEIGHT, TableColumn, write_fill_in, write_table, write_title
from awardtool.fields import FIELD_BY_KEY, KINDS, STATUSES
from awardtool.records import TEXT_FIELDS, Record

__all__ = ["AuditInfo", "ExcelReport", "ExportError", "audit_from_project", "export_xlsx", "list_columns", "HEADER_ROW"]

HEADER_ROW = 3
FIRST_DATA_ROW = HEADER_ROW + 1
FILL_IN_LINE = "填报单位（盖章）：" + "　" * 10 + "填报人：" + "　" * 6 + "联系电话：" + "　" * 8 + "填报日期："
STATUS_HEADER = "审核状态"

# The standard columns of each kind (official-formats.md §4.2, trimmed to what a record holds).
STANDARD_COLUMNS = {
    "collective": ("seq", "name", "region", "unit_type", "recommender", "deeds", "notes"),
    "individual": (
        "seq", "name", "gender", "ethnicity", "birth", "politics", "position", "region", "recommender",
        "deeds", "notes",
    ),
}
# Header words; each must be one of fields.py's header synonyms for its field (tested).
_HEADER = {"city": "所在市"}
_NAME_HEADER = {"collective": "集体名称", "individual": "姓名"}
# (narrowest, widest) column width in Excel units; text wider than that wraps.
_WIDTH_LIMITS = {
    "seq": (5, 6), "name": (12, 28), "gender": (5, 6), "ethnicity": (6, 9), "birth": (9, 11),
    "politics": (9, 12), "position": (14, 28), "region": (9, 14), "city": (8, 12), "unit_type": (9, 14),
    "recommender": (10, 22), "award": (10, 24), "notes": (8, 18),
    "education": (8, 12), "leader": (7, 10), "staff": (6, 9), "honours": (12, 28),
}
_CENTERED = {"seq", "gender", "ethnicity", "birth", "politics", "education", "staff"}
PAGE_WIDTH_UNITS = 140  # printable width of landscape A4 at 100 %: 140 × 5.25 pt ≈ 259 mm (xlsx_layout)
DEEDS_MIN, DEEDS_MAX = 30, 110
WIDTH_SAMPLE = 200  # rows the page packing of a candidate 简要事迹 width is tried on
MIN_PRINT_SCALE = 0.75  # widening 简要事迹 to pair long rows on a page stops at 75 % (8.25 pt text)


@dataclass(slots=True)
class ExcelReport:
    """What was written: rows per sheet, and anything the clerk should know."""

    path: Path
    sheets: dict[str, int] = field(default_factory=dict)  # sheet name → data rows
    records: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


def header_for(kind: str, key: str) -> str:
    if key == "name":
        return _NAME_HEADER[kind]
    if key == STATUS_HEADER:
        return STATUS_HEADER
    return _HEADER.get(key, FIELD_BY_KEY[key].label_zh)


def list_columns(
    kind: str, records: Sequence[Record], extra_fields: Sequence[str] = (), title: str = ""
) -> list[str]:
    """The field keys of a kind's sheet: the standard columns, then any other field that
    some record of the sheet has filled in (or that the caller asks for), so no data is
    dropped (before 备注, which stays last). A 奖项 shared by every record and already named
    in the title gets no column."""
    columns = [k for k in STANDARD_COLUMNS[kind] if k != "notes"]
    award = _uniform_award(records)
    award_in_title = bool(award) and award in title
    for key in TEXT_FIELDS:
        if key in columns or key == "notes":
            continue
        values = {(getattr(r, key) or "").strip() for r in records}
        values.discard("")
        if key in extra_fields or (values and not (key == "award" and award_in_title)):
            columns.append(key)
    return columns + ["notes"]  # 备注 last, where a clerk writes by hand


def _uniform_award(records: Sequence[Record]) -> str | None:
    awards = {(r.award or "").strip() for r in records}
    return awards.pop() if len(awards) == 1 and "" not in awards else None


def _cell_value(rec: Record, key: str, seq: int) -> object:
    if key == "seq":
        return seq
    return getattr(rec, key) or ""


def _fit_widths(kind: str, keys: list[str], rows: list[list[object]]) -> dict[str, float]:
    """Column widths: short columns fit their longest entry within their limits; 简要事迹
    takes the rest of a landscape page, and more if a row would exceed Excel's 409 pt or if
    the typical row would fill more than half a page (see _pair_long_rows)."""
    widths: dict[str, float] = {}
    for i, key in enumerate(keys):
        if key == "deeds":
            continue
        lo, hi = _WIDTH_LIMITS.get(key, (10, 16))
        header = header_for(kind, key)
        longest = max([longest_line_em(str(r[i])) for r in rows] + [0.0])
        header_width = width_for_em(text_em(header), st.HEADER_PT)
        widths[key] = max(lo, min(hi, width_for_em(longest, st.BODY_PT)), header_width)
    if "deeds" in keys:
        d = keys.index("deeds")
        deeds = max(DEEDS_MIN, PAGE_WIDTH_UNITS - sum(widths.values()))
        longest = max((longest_line_em(str(r[d])) for r in rows), default=0.0)
        deeds = min(deeds, max(DEEDS_MIN, width_for_em(longest, st.BODY_PT)))  # no wider than needed
        while deeds < DEEDS_MAX and any(_height(keys, widths | {"deeds": deeds}, r) > MAX_ROW_HEIGHT_PT for r in rows):
            deeds += 5
        smallest_print = st.printable_size_pt()[0] / (MIN_PRINT_SCALE * DIGIT_PT) - sum(widths.values())
        most = min(width_for_em(longest, st.BODY_PT), smallest_print)
        widths["deeds"] = _pair_long_rows(kind, keys, widths, rows, deeds, most)
    return widths


def _pair_long_rows(
    kind: str, keys: list[str], widths: dict[str, float], rows: list[list[object]], deeds: float, most: float
) -> float:
    """Rows never split across pages, so a page holds whole rows only, and with long 事迹
    most of each page can stay blank (the seed list's ~700-字 事迹 printed one record a page;
    60 records of 300 字 took 32 pages). Try 简要事迹 wider, in steps up to ``most`` (fit-to-
    width then prints the sheet smaller, never below MIN_PRINT_SCALE), pack the rows onto
    pages as printed, and keep the width with the fewest pages weighed against the smaller
    print (pages ÷ scale², so 3 pages at 100 % beat 2 at 78 %: a list of short rows with a
    few long ones keeps full-size print; 15 pages at 100 % lose to 6 at 78 %)."""
    page_width, page_height = st.printable_size_pt()
    others = sum(widths.values())
    d = keys.index("deeds")
    rows = rows[:: max(1, len(rows) // WIDTH_SAMPLE)]  # a long list is judged by an even sample
    fixed = [_height([k for k in keys if k != "deeds"], widths, r[:d] + r[d + 1:]) for r in rows]  # once
    best = (math.inf, deeds)
    width = deeds
    while True:
        header = row_height([(header_for(kind, k), widths.get(k, width), st.HEADER_PT) for k in keys])
        scale = print_scale(others + width, page_width)
        room = page_height / scale - (TITLE_HEIGHT + FILL_IN_HEIGHT + header)
        heights = [max(f, row_height([(str(r[d]), width, st.BODY_PT)])) for f, r in zip(fixed, rows)]
        cost = _pages(heights, room) / scale ** 2
        if cost < best[0] - 1e-9:
            best = (cost, width)
        if width + 5 > most:
            return best[1]
        width += 5


def _pages(heights: list[float], room: float) -> int:
    """Pages a run of whole rows takes when each page holds ``room`` points of rows."""
    pages, used = 1, 0.0
    for h in heights:
        if used and used + h > room:
            pages, used = pages + 1, 0.0
        used += h
    return pages


def _height(keys: list[str], widths: dict[str, float], values: list[object]) -> float:
    return row_height([(str(v), widths[k], st.BODY_PT) for k, v in zip(keys, values)])


def _sheet_title(title: str | Mapping[str, str] | None, kind: str, records: Sequence[Record], both: bool) -> str:
    if isinstance(title, Mapping) and title.get(kind):
        return title[kind]
    if isinstance(title, str) and title.strip():
        return f"{title.strip()}（{KINDS[kind][0]}）" if both else title.strip()
    award = _uniform_award(records)
    return f"{award}推荐汇总表" if award else f"{KINDS[kind][0]}推荐汇总表"


def _write_list_sheet(
    ws: Worksheet, kind: str, title: str, records: Sequence[Record], statuses: Sequence[str] | None,
    extra_fields: Sequence[str], report: ExcelReport,
) -> None:
    keys = list_columns(kind, records, extra_fields, title)
    rows = [[_cell_value(rec, k, i) for k in keys] for i, rec in enumerate(records, start=1)]
    widths = _fit_widths(kind, keys, rows)
    columns = [
        TableColumn(header_for(kind, k), widths[k], k in _CENTERED, top=k == "deeds") for k in keys
    ]
    if statuses is not None:
        columns.append(TableColumn(STATUS_HEADER, 11, True))
        for row, code in zip(rows, statuses):
            row.append(status_label(code or "pending"))
    last = get_column_letter(len(columns))
    write_title(ws, 1, title, len(columns))
    write_fill_in(ws, 2, FILL_IN_LINE, len(columns))
    heights = write_table(ws, HEADER_ROW, columns, rows)
    for rec, h in zip(records, heights):
        if h > MAX_ROW_HEIGHT_PT:
            report.warnings.append(
                f"“{rec.name}”的内容超过 Excel 单行最大高度（409 磅），打印时可能显示不全，请精简简要事迹。"
            )
    end = HEADER_ROW + len(rows)
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{end}"
    if "gender" in keys:
        col = get_column_letter(keys.index("gender") + 1)
        _add_list_validation(ws, f"{col}{FIRST_DATA_ROW}:{col}{max(end, FIRST_DATA_ROW)}", ("男", "女"), "性别")
    if statuses is not None:
        labels = tuple(zh for zh, _ in STATUSES.values())
        _add_list_validation(ws, f"{last}{FIRST_DATA_ROW}:{last}{max(end, FIRST_DATA_ROW)}", labels, STATUS_HEADER)
    st.setup_print(ws, title_rows=f"1:{HEADER_ROW}")
    report.sheets[ws.title] = len(rows)


def _add_list_validation(ws: Worksheet, ref: str, choices: Sequence[str], what: str) -> None:
    dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True)
    dv.error = f"{what}只能填写：{'、'.join(choices)}"
    dv.errorTitle = f"{what}不正确"
    dv.prompt = f"请选择{what}"
    dv.showErrorMessage = True
    ws.add_data_validation(dv)
    dv.add(ref)


def export_xlsx(
    records: Sequence[Record],
    path: str | Path,
    *,
    title: str | Mapping[str, str] | None = None,
    audit: Sequence[AuditInfo | None] | None = None,
    statuses: Sequence[str | None] | None = None,
    editable: bool = False,
    group_by: str | None = None,
    order_by: str = "input",
    extra_fields: Sequence[str] = (),
    stats: bool | None = None,
) -> ExcelReport:
    """Write the 推荐汇总表 workbook to ``path`` (atomically: an existing file is replaced
    only once the new one is complete). Raises ExportError with a message for the clerk.

    records: in list order; ``group_by``/``order_by`` reorder them as the Word list does.
    title: one title (suffixed with the kind when both sheets are written) or kind → title.
    audit: per-record AuditInfo aligned with ``records``; adds 统计 and 审核记录 sheets.
    statuses: per-record status codes aligned with ``records`` (else taken from ``audit``),
        shown only in the editable copy.
    editable: add a 审核状态 column with a drop-down list (the working copy a reviewer
        fills in); the default deliverable has no status column.
    stats: force the 统计 sheet on or off (default: with audit info).
    """
    started = time.perf_counter()
    path = Path(path)
    records = list(records)
    if not records:
        raise ExportError("没有可导出的记录：名单为空。")
    if audit is not None and len(audit) != len(records):
        raise ValueError("audit must have one entry per record")
    if statuses is not None and len(statuses) != len(records):
        raise ValueError("statuses must have one entry per record")
    info_of = {id(r): (audit[i] if audit else None) for i, r in enumerate(records)}
    status_of = {
        id(r): (statuses[i] if statuses is not None else (audit[i].status if audit and audit[i] else None))
        for i, r in enumerate(records)
    }
    ordered = order_records(records, group_by=group_by, order_by=order_by)
    by_kind = {k: [r for r in ordered if listed_kind(r) == k] for k in KINDS}
    present = [k for k in KINDS if by_kind[k]]
    report = ExcelReport(path=path, records=len(records))

    wb = Workbook()
    wb.remove(wb.active)
    st.set_default_font(wb)  # the unit of every column width: before any other style
    audit_entries = []
    for kind in present:
        recs = by_kind[kind]
        ws = wb.create_sheet(KINDS[kind][0])
        sheet_statuses = [status_of[id(r)] for r in recs] if editable else None
        _write_list_sheet(ws, kind, _sheet_title(title, kind, recs, len(present) > 1), recs, sheet_statuses,
                          extra_fields, report)
        audit_entries += [(i, r, info_of[id(r)]) for i, r in enumerate(recs, start=1)]
    if stats if stats is not None else audit is not None:
        rows = write_stats_sheet(wb.create_sheet(STATS_SHEET), ordered)
        report.sheets[STATS_SHEET] = len(rows)
    if audit is not None:
        report.sheets[AUDIT_SHEET] = write_audit_sheet(wb.create_sheet(AUDIT_SHEET), audit_entries)

    with atomic_target(path) as tmp:  # refuses a target open in Excel/WPS/Word, read-only or a folder
        try:
            wb.save(tmp)
        except OSError as e:
            raise ExportError(f"无法写入“{path.name}”（{e.strerror or e}）。请检查磁盘空间和文件夹权限。") from e
    report.seconds = time.perf_counter() - started
    return report
