"""The 统计 sheet: how many 先进集体 and 先进个人 each region put forward, in the official
region order, with totals — the figures a clerk checks against the quota of each region."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

from awardtool.export import xlsx_style as st
from awardtool.export.ordering import region_label, region_rank
from awardtool.export.xlsx_table import TableColumn, write_table, write_title
from awardtool.fields import KINDS
from awardtool.records import Record

STATS_SHEET = "统计"
NO_REGION = "未填地区"


def listed_kind(rec: Record) -> str:
    """The sheet a record is listed on: its kind, or 先进集体 for a kind the exporter does
    not know (a 班组 or 团队 is a collective), so that no record is left out."""
    return rec.kind if rec.kind in KINDS else "collective"


def region_counts(records: Sequence[Record]) -> list[tuple[str, dict[str, int]]]:
    """(region, {kind: count}) in the official order; regions outside the province list keep
    the order they first appear in, records without a region come last as 未填地区."""
    counts: dict[str, Counter] = {}
    rank: dict[str, tuple[int, int]] = {}
    for i, rec in enumerate(records):
        has_region = bool((rec.region or "").strip())
        label = region_label(rec.region) if has_region else NO_REGION
        counts.setdefault(label, Counter())[listed_kind(rec)] += 1
        rank.setdefault(label, (region_rank(rec.region), i))
    return [(label, dict(counts[label])) for label in sorted(counts, key=rank.__getitem__)]


def write_stats_sheet(ws: Worksheet, records: Sequence[Record]) -> list[list[object]]:
    """Fill the sheet; returns its data rows (region, one count per kind, total) for checks."""
    kinds = list(KINDS)
    rows: list[list[object]] = []
    for label, per_kind in region_counts(records):
        values = [per_kind.get(k, 0) for k in kinds]
        rows.append([len(rows) + 1, label, *values, sum(values)])
    totals = [sum(r[2 + i] for r in rows) for i in range(len(kinds))]
    rows.append(["", "合计", *totals, sum(totals)])
    columns = [TableColumn("序号", 6, True), TableColumn("地区", 22)]
    columns += [TableColumn(KINDS[k][0], 12, True) for k in kinds]
    columns.append(TableColumn("合计", 10, True))
    write_title(ws, 1, "推荐对象统计", len(columns))
    write_table(ws, 2, columns, rows)
    for cell in ws[2 + len(rows)]:
        cell.font = st.HEADER_FONT
    ws.freeze_panes = "A3"
    st.setup_print(ws, title_rows="1:2", landscape=False)
    return rows
