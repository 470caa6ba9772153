"""Write one bordered, wrapped table into a worksheet with row heights that fit its text.

Every sheet of the workbook (the 汇总表 sheets, 统计, 审核记录) is a title row, an optional
fill-in row and a table; this module writes that shape once so all sheets print alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from awardtool.export import xlsx_style as st
from awardtool.export.xlsx_layout import MAX_ROW_HEIGHT_PT, row_height


TITLE_HEIGHT = round(st.TITLE_PT * 1.9, 1)  # points
FILL_IN_HEIGHT = round(st.FILL_IN_PT * 2.0, 1)


@dataclass(slots=True)
class TableColumn:
    header: str
    width: float  # Excel character units
    centered: bool = False
    top: bool = False  # long text aligned to the top of the cell


def write_title(ws: Worksheet, row: int, text: str, ncols: int) -> None:
    """A title merged across the table's columns."""
    _merged_row(ws, row, text, ncols, st.TITLE, TITLE_HEIGHT)


def write_fill_in(ws: Worksheet, row: int, text: str, ncols: int) -> None:
    """The line the submitting unit fills in by hand (填报单位（盖章）…), merged like the title."""
    _merged_row(ws, row, text, ncols, st.FILL_IN, FILL_IN_HEIGHT)


def _merged_row(ws: Worksheet, row: int, text: str, ncols: int, style: str, height: float) -> None:
    st.ensure_styles(ws.parent)
    ws.cell(row=row, column=1, value=text).style = style
    if ncols > 1:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
    ws.row_dimensions[row].height = height


def write_table(
    ws: Worksheet, header_row: int, columns: Sequence[TableColumn], rows: Sequence[Sequence[object]]
) -> list[float]:
    """Header at ``header_row``, data below it; returns the data rows' heights (points).

    Heights are capped at Excel's 409 pt; callers choose column widths so that the cap is
    not reached (see excel.py), and report it when it is.
    """
    st.ensure_styles(ws.parent)
    for c, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = col.width
        ws.cell(row=header_row, column=c, value=col.header).style = st.HEADER
    ws.row_dimensions[header_row].height = min(
        MAX_ROW_HEIGHT_PT, row_height([(col.header, col.width, st.HEADER_PT) for col in columns])
    )
    heights: list[float] = []
    styles = [st.BODY_CENTER if col.centered else st.BODY_TOP if col.top else st.BODY for col in columns]
    for r, values in enumerate(rows, start=header_row + 1):
        texts = []
        for c, (col, style, value) in enumerate(zip(columns, styles, values), start=1):
            ws.cell(row=r, column=c, value=value).style = style
            texts.append(("" if value is None else str(value), col.width, st.BODY_PT))
        height = row_height(texts)
        ws.row_dimensions[r].height = min(height, MAX_ROW_HEIGHT_PT)
        heights.append(height)
    return heights
