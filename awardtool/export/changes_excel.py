"""The comparison as an Excel sheet: one row per change, to filter, sort and annotate.

A record whose several fields changed gives one row per field (a row is one change a
reader can tick off); added, removed, renamed and moved records one row each. The sheet is
the workbook export's shape (awardtool.export.xlsx_table / xlsx_style): a merged title,
a line naming the two lists, the header, bordered wrapped rows sized to their text, A4
landscape fitted to the page width with the header repeated.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from awardtool.compare import CHANGE_LABELS, Comparison
from awardtool.compare.wording import change_text, counts_text, field_text, side_text, value_text
from awardtool.export import xlsx_style as st
from awardtool.export.atomic import ExportError, atomic_target
from awardtool.export.changes_word import default_changes_title
from awardtool.export.xlsx_table import TableColumn, write_fill_in, write_table, write_title
from awardtool.fields import KINDS

SHEET = "变更情况"
HEADER_ROW = 3
COLUMNS = (
    TableColumn("序号", 6, True),
    TableColumn("变更类型", 9, True),
    TableColumn("类别", 9, True),
    TableColumn("名称", 22),
    TableColumn("原位置", 13, True),
    TableColumn("现位置", 13, True),
    TableColumn("变更项目", 11, True),
    TableColumn("原内容", 30),
    TableColumn("现内容", 30),
    TableColumn("说明", 28),
)


def change_rows(comparison: Comparison) -> list[list[object]]:
    """The sheet's data rows (without 序号), in the comparison's order."""
    rows: list[list[object]] = []
    for c in comparison.changes:
        head = [CHANGE_LABELS[c.change], KINDS.get((c.b or c.a).kind, ("",))[0], c.name,
                _place(c.a), _place(c.b)]
        if c.change == "changed":
            for fc in c.fields:
                rows.append(head + [fc.label, value_text(fc, fc.old), value_text(fc, fc.new), field_text(fc)])
        elif c.change == "renamed":
            rows.append(head + ["名称", c.a.name, c.b.name, change_text(c)])
        elif c.change == "moved" and c.moved == "group":
            rows.append(head + ["分组", c.a.group, c.b.group, change_text(c)])
        elif c.change == "moved":
            rows.append(head + ["顺序", f"第{c.a.place}位", f"第{c.b.place}位", change_text(c)])
        else:
            rows.append(head + ["", "", "", change_text(c)])
    return rows


def _place(ref) -> str:
    return "" if ref is None else f"{ref.group}第{ref.place}位"


def export_changes_xlsx(comparison: Comparison, path: str | Path, *, title: str | None = None) -> Path:
    """Write the one-sheet workbook to ``path`` (atomically). Raises ExportError for the clerk."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    st.set_default_font(wb)  # the unit of every column width: before any other style
    n = len(COLUMNS)
    write_title(ws, 1, title or default_changes_title(comparison), n)
    write_fill_in(ws, 2, f"{side_text(comparison.a)} → {side_text(comparison.b)}：{counts_text(comparison)}", n)
    rows = [[k, *row] for k, row in enumerate(change_rows(comparison), start=1)]
    write_table(ws, HEADER_ROW, COLUMNS, rows)
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    if rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{ws.cell(row=HEADER_ROW, column=n).column_letter}{HEADER_ROW + len(rows)}"
    st.setup_print(ws, title_rows=f"1:{HEADER_ROW}")
    with atomic_target(path) as tmp:
        try:
            wb.save(tmp)
        except OSError as e:
            raise ExportError(f"无法写入“{path.name}”（{e.strerror or e}）。请检查磁盘空间和文件夹权限。") from e
    return path


__all__ = ["COLUMNS", "SHEET", "change_rows", "export_changes_xlsx"]
