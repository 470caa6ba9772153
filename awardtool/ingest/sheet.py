"""Spreadsheets (.xlsx, .xls, .csv): each sheet becomes one Table block.

Merged ranges are resolved by copying the text into every covered cell (merged=True), so a
row can be read on its own; empty trailing rows and columns are dropped; values become the
text the clerk sees (3 not 3.0, a date as 2021.03 or 2021年3月 following the cell's format).
Finding the header row and making records is the list extractor's job.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
import datetime as dt
import re
import zipfile

from awardtool.document import Cell, Document, Loc, Table
from awardtool.ingest.errors import IngestError, damaged
from awardtool.ingest.limits import MAX_DOC_CELLS, MAX_MERGES, MAX_TABLE_COLS, budget
from awardtool.ingest.ooxml import open_package, read_xml
from awardtool.ingest.text import decode_lines, looks_binary

Grid = list[list[str]]
Merge = tuple[int, int, int, int]  # min_row, min_col, max_row, max_col, 0-based inclusive



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
    """Resolve merges, drop empty trailing rows/columns, build the Table (None if empty).

    Bounded whatever the file claims (limits.py): at most MAX_TABLE_COLS columns, merges
    clipped to the cells that hold data (a merge over A1:XFD1048576 covers only those), at
    most MAX_MERGES of them, and the cells built charged to the document's budget — a table
    cut at a bound keeps its first rows."""
    spend = budget()
    for row in grid:
        del row[MAX_TABLE_COLS:]
    data_width = _text_width(grid)
    if len(merges) > MAX_MERGES:
        spend.warn("too_many_merges", f"工作表“{sheet}”的合并单元格过多（{len(merges):,} 处，超过 {MAX_MERGES:,} 处），"
                                      "只处理了前面的部分")
        merges = merges[:MAX_MERGES]
    merged_at: set[tuple[int, int]] = set()
    for r0, c0, r1, c1 in merges:
        if r0 >= len(grid) or c0 >= data_width:
            continue
        r1, c1 = min(r1, len(grid) - 1), min(c1, data_width - 1)
        if not spend.take((r1 - r0 + 1) * (c1 - c0 + 1)):
            break
        top = grid[r0][c0] if c0 < len(grid[r0]) else ""
        for r in range(r0, r1 + 1):
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
    width = _text_width(grid)
    if not grid or width == 0:
        return None
    rows = []
    for r, row in enumerate(grid):
        if not spend.take(width, sum(map(len, row))):
            break
        rows.append([Cell(row[c] if c < len(row) else "", Loc(sheet=sheet, row=r, col=c), (r, c) in merged_at)
                     for c in range(width)])
    return Table(rows, Loc(sheet=sheet, table=index)) if rows else None


def _text_width(grid: Grid) -> int:
    """Columns up to the last one holding text in any row."""
    return max((i + 1 for row in grid for i, t in enumerate(row) if t.strip()), default=0)


def _document(display: str, fmt: str, sheets: list[tuple[str, Grid, list[Merge]]]) -> Document:
    blocks = []
    for name, grid, merges in sheets:
        table = make_table(grid, merges, name, len(blocks))
        if table is not None:
            blocks.append(table)
    if not blocks:
        raise IngestError("empty", "表格中没有任何内容")
    return Document(display, fmt, blocks)


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


def _excel_text(value):
    """Excel writes characters XML cannot hold as ``_x000B_``; openpyxl hands them over
    escaped, Excel shows the character (a control character is then cleaned at import)."""
    if isinstance(value, str) and "_x" in value:
        from openpyxl.utils.escape import unescape

        return unescape(value)
    return value


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
            raise damaged("Excel 表格") from e
        sheets = []
        try:
            for ws in wb.worksheets:
                if not hasattr(ws, "iter_rows"):
                    continue  # chart sheets
                grid: Grid = []
                spend, count = budget(), 0
                for row in ws.iter_rows(max_col=MAX_TABLE_COLS):
                    grid.append([cell_text(_excel_text(c.value), getattr(c, "number_format", None)) for c in row])
                    count += len(row)
                    if count > MAX_DOC_CELLS:
                        spend.too_many_cells()
                    if not spend.in_time():
                        break  # make_table keeps what fits
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
        raise damaged("Excel 97-2003 表格") from e
    sheets = []
    try:
        for idx in range(book.nsheets):
            sh = book.sheet_by_index(idx)
            ncols = min(sh.ncols, MAX_TABLE_COLS)
            nrows = min(sh.nrows, max(0, budget().cells_left) // max(ncols, 1) + 1)
            grid = [[_xls_cell(book, sh, r, c) for c in range(ncols)] for r in range(nrows)]
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


# csv.Sniffer's quote regex backtracks badly (seconds on 20,000 characters of a damaged file);
# the first lines of this size decide the delimiter as well.
_SNIFF_CHARS = 4000


def read_csv(data: bytes, display: str) -> Document:
    decoded = decode_lines(data)
    text = decoded.text
    if looks_binary(text):
        raise IngestError("binary", "文件内容是二进制数据，不是 CSV 表格；请确认选择了正确的文件")
    sample = text[:_SNIFF_CHARS].rsplit("\n", 1)[0] if len(text) > _SNIFF_CHARS else text
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",\t;，")
    except csv.Error:
        dialect = csv.excel_tab if sample.count("\t") > sample.count(",") else csv.excel
    grid = [[cell.strip() for cell in row[:MAX_TABLE_COLS]] for row in _csv_rows(text, dialect)]
    name = display.replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1]
    name = name.rsplit(".", 1)[0] or "CSV"
    doc = _document(display, "csv", [(name, grid, [])])
    doc.warnings.extend(decoded.notices())
    return doc


def _csv_rows(text: str, dialect) -> Iterator[list[str]]:
    """Rows as the csv module reads them; a damaged file (a NUL, a field over the csv
    module's size limit) ends the table where the damage starts instead of losing it."""
    reader = csv.reader(io.StringIO(text.replace("\x00", ""), newline=""), dialect)
    try:
        yield from reader
    except csv.Error:
        budget().stop("csv_damaged", f"CSV 文件第 {reader.line_num} 行格式损坏，只读取了这一行之前的内容")
