"""Spreadsheets (.xlsx, .xls, .csv): each sheet becomes one Table block.

Merged ranges are resolved by copying the text into every covered cell (merged=True), so a
row can be read on its own; empty trailing rows and columns are dropped; values become the
text the clerk sees (3 not 3.0, a date as 2021.03 or 2021年3月 following the cell's format).
Finding the header row and making records is the list extractor's job.
"""

from __future__ import annotations

import csv
import io
import datetime as dt
import re
import zipfile

from awardtool.document import Cell, Document, Loc, Table
from awardtool.ingest.errors import IngestError
from awardtool.ingest.ooxml import open_package, read_xml
from awardtool.ingest.text import decode_text

Grid = list[list[str]]
Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col, 0-based inclusive

_MAX_CELLS = 2_000_000  # a sheet bigger than this is not a nomination list


def number_text(v: float | int) -> str:
    if isinstance(v, bool):
        return "是" if v else "否"
    if isinstance(v, int):
        return str(v)
    if v != v or v in (float("inf"), float("-inf")):
        return ""
    if v.is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.15g}"


_DATE_TOKEN = re.compile(r"yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss|s|AM/PM|\"[^\"]*\"|\\.|.", re.I)


def date_text(value: dt.datetime | dt.date | dt.time, number_format: str | None) -> str:
    """Render a date the way its Excel number format shows it (yyyy.mm → 2021.03,
    yyyy"年"m"月" → 2021年3月); an unknown or general format falls back to 2021-03-05."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if value.second == 0 else value.strftime("%H:%M:%S")
    if isinstance(value, dt.datetime) and (value.hour or value.minute) and not number_format:
        return value.strftime("%Y-%m-%d %H:%M")
    fmt = re.sub(r"\[[^\]]*\]", "", (number_format or "").split(";")[0])
    if not fmt or fmt.lower() == "general" or not re.search(r"[yd]", fmt, re.I):
        return f"{value.year}-{value.month:02d}-{value.day:02d}"
    out: list[str] = []
    seen_hour = False
    for tok in _DATE_TOKEN.findall(fmt):
        low = tok.lower()
        if low == "yyyy":
            out.append(f"{value.year:04d}")
        elif low == "yy":
            out.append(f"{value.year % 100:02d}")
        elif low in ("mmmm", "mmm"):
            out.append(f"{value.month}月")
        elif low in ("mm", "m"):
            if seen_hour and isinstance(value, dt.datetime):
                out.append(f"{value.minute:02d}" if low == "mm" else str(value.minute))
            else:
                out.append(f"{value.month:02d}" if low == "mm" else str(value.month))
        elif low in ("dd", "d"):
            out.append(f"{value.day:02d}" if low == "dd" else str(value.day))
        elif low in ("hh", "h"):
            seen_hour = True
            hour = value.hour if isinstance(value, dt.datetime) else 0
            out.append(f"{hour:02d}" if low == "hh" else str(hour))
        elif low in ("ss", "s"):
            out.append(f"{value.second:02d}" if isinstance(value, dt.datetime) else "00")
        elif low == "am/pm":
            continue
        elif tok.startswith('"'):
            out.append(tok[1:-1])
        elif tok.startswith("\\"):
            out.append(tok[1:])
        elif tok in "@*_":
            continue
        else:
            out.append(tok)
    return "".join(out).strip()


def cell_text(value, number_format: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return date_text(value, number_format)
    if isinstance(value, (int, float)):
        return number_text(value)
    return str(value).replace("\r\n", "\n").replace("\r", "\n").strip()


def make_table(grid: Grid, merges: list[Merge], sheet: str, index: int) -> Table | None:
    """Resolve merges, drop empty trailing rows/columns, build the Table (None if empty)."""
    merged_at: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in merges:
        if r0 >= len(grid):
            continue
        top = grid[r0][c0] if c0 < len(grid[r0]) else ""
        for r in range(r0, min(r1, len(grid) - 1) + 1):
            row = grid[r]
            for c in range(c0, c1 + 1):
                if (r, c) == (r0, c0):
                    continue
                while len(row) <= c:
                    row.append("")
                row[c] = top
                merged_at.add((r, c))
    while grid and not any(t.strip() for t in grid[-1]):
        grid.pop()
    width = max((i + 1 for row in grid for i, t in enumerate(row) if t.strip()), default=0)
    if not grid or width == 0:
        return None
    rows = [
        [Cell(row[c] if c < len(row) else "", Loc(sheet=sheet, row=r, col=c), (r, c) in merged_at) for c in range(width)]
        for r, row in enumerate(grid)
    ]
    return Table(rows, Loc(sheet=sheet, table=index))


def _document(display: str, fmt: str, sheets: list[tuple[str, Grid, list[Merge]]]) -> Document:
    blocks = []
    for name, grid, merges in sheets:
        table = make_table(grid, merges, name, len(blocks))
        if table is not None:
            blocks.append(table)
    if not blocks:
        raise IngestError("empty", "表格中没有任何内容")
    return Document(display, fmt, blocks)


def _check_cells(count: int) -> None:
    if count > _MAX_CELLS:
        raise IngestError("too_large", f"工作表过大（超过 {_MAX_CELLS} 个单元格），请只保留名单所在的工作表")


# ---- .xlsx -------------------------------------------------------------------------------

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _ref(ref: str) -> tuple[int, int]:
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref.upper())
    if not m:
        raise ValueError(ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def _xlsx_merges(zf: zipfile.ZipFile, part: str) -> list[Merge]:
    """openpyxl's read-only mode does not expose merged ranges, so read <mergeCells> from the
    sheet part (hardened parser, bounded read)."""
    root = read_xml(zf, part)
    if root is None:
        return []
    out = []
    for mc in root.iter(_MAIN + "mergeCell"):
        a, _, b = (mc.get("ref") or "").partition(":")
        try:
            r0, c0 = _ref(a)
            r1, c1 = _ref(b or a)
        except ValueError:
            continue
        out.append((r0, c0, r1, c1))
    return out


def read_xlsx(data: bytes, display: str) -> Document:
    import openpyxl

    zf = open_package(data)
    with zf:
        if "xl/workbook.xml" not in zf.namelist():
            raise IngestError("corrupt", "文件不是完整的 Excel 表格，请重新获取原文件")
        read_xml(zf, "xl/workbook.xml")  # fails fast on an entity bomb before openpyxl sees it
        try:
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        except Exception as e:  # openpyxl raises many kinds on damaged files
            raise IngestError("corrupt", f"Excel 表格已损坏，无法打开（{type(e).__name__}）") from e
        sheets = []
        try:
            for ws in wb.worksheets:
                if not hasattr(ws, "iter_rows"):
                    continue  # chart sheets
                grid: Grid = []
                count = 0
                for row in ws.iter_rows():
                    grid.append([cell_text(c.value, getattr(c, "number_format", None)) for c in row])
                    count += len(row)
                    _check_cells(count)
                path = getattr(ws, "_worksheet_path", None) or getattr(ws, "worksheet_path", None)
                merges = _xlsx_merges(zf, path.lstrip("/")) if path else []
                sheets.append((ws.title, grid, merges))
        finally:
            wb.close()
    return _document(display, "xlsx", sheets)


# ---- .xls --------------------------------------------------------------------------------


def read_xls(data: bytes, display: str) -> Document:
    import xlrd

    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True)
    except Exception as e:  # xlrd.XLRDError, struct errors, … on damaged files
        raise IngestError("corrupt", f"Excel 97-2003 表格已损坏，无法打开（{e}）") from e
    sheets = []
    try:
        for idx in range(book.nsheets):
            sh = book.sheet_by_index(idx)
            _check_cells(sh.nrows * sh.ncols)
            grid = [[_xls_cell(book, sh, r, c) for c in range(sh.ncols)] for r in range(sh.nrows)]
            merges = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in sh.merged_cells]
            sheets.append((sh.name, grid, merges))
            book.unload_sheet(idx)
    finally:
        book.release_resources()
    return _document(display, "xls", sheets)


def _xls_cell(book, sh, r: int, c: int) -> str:
    import xlrd

    cell = sh.cell(r, c)
    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            value = xlrd.xldate_as_datetime(cell.value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return number_text(cell.value)
        fmt = None
        try:
            fmt = book.format_map[book.xf_list[cell.xf_index].format_key].format_str
        except (IndexError, KeyError, AttributeError):
            pass
        return date_text(value, fmt)
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return number_text(bool(cell.value))
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return ""
    return cell_text(cell.value)


# ---- .csv --------------------------------------------------------------------------------


def read_csv(data: bytes, display: str) -> Document:
    text = decode_text(data)
    if "\x00" in text:
        raise IngestError("binary", "文件内容是二进制数据，不是 CSV 表格")
    sample = text[:20000]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    _check_cells(sum(len(r) for r in rows))
    grid = [[cell.strip() for cell in row] for row in rows]
    name = display.replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1]
    name = name.rsplit(".", 1)[0] or "CSV"
    return _document(display, "csv", [(name, grid, [])])
