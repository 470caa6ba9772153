"""Text measurement for the Excel 汇总表: column widths and row heights.

Excel and LibreOffice store a row height in the file and do not recompute it when the file
is opened or printed; openpyxl writes none, so wrapped Chinese text would be cut to one
line. We therefore simulate the wrap ourselves: full-width characters (汉字, full-width
punctuation) take 2 units, half-width ones 1 unit, where 2 units are one em of the body
font. Column widths are in Excel's character units (the max digit width of the workbook's
default font, Calibri 11 → 7 px), converted to pixels at 96 dpi. The simulation errs on
the tall side (a little slack per line), because a row that is a bit too tall only wastes
paper while a row that is too short hides part of a nominee's deeds.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

PX_PER_WIDTH_UNIT = 7.0  # max digit width of Calibri 11, the default font openpyxl writes
CELL_PADDING_PX = 10.0  # Excel's 5 px column padding plus the cell's inner margins
MAX_ROW_HEIGHT_PT = 409.0  # Excel's limit for one row
LINE_FACTOR = 1.36  # line height / font size for CJK fonts (仿宋, 黑体, 文泉驿) in Excel and LibreOffice
ROW_PADDING_PT = 6.0
WRAP_SLACK = 0.96  # use 96 % of the computed line width: glyph widths and kerning differ by font

# A closing mark never starts a line and an opening one never ends one (禁则), so the
# renderer moves them together with their neighbour; a run of Latin letters and digits is
# not broken either. Each match of _TOKEN is one unbreakable piece.
_CLOSING = "，。、；：！？）》」』】〕”’…—·%‰,.;:!?)\\]}"
_OPENING = "（《「『【〔“‘(\\[{"
_TOKEN = re.compile(f"[{_OPENING}]*(?:[A-Za-z0-9_@#&+\\-./%]+|.)[{_CLOSING}]*", re.S)


@lru_cache(maxsize=4096)
def char_units(ch: str) -> int:
    """2 for a full-width character, 1 for a half-width one."""
    return 2 if ord(ch) > 0xFF and unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1


def text_units(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(char_units, text))


def units_per_line(width: float, font_pt: float) -> float:
    """How many half-width units fit on one line of a column ``width`` (Excel units) wide."""
    unit_px = font_pt * 96 / 72 / 2
    return max(1.0, (width * PX_PER_WIDTH_UNIT - CELL_PADDING_PX) / unit_px * WRAP_SLACK)


@lru_cache(maxsize=65536)  # each cell is measured when fitting widths and again when writing
def line_count(text: str, width: float, font_pt: float) -> int:
    """Lines the text takes in a wrapped cell: each "\\n" starts a new line, long lines wrap
    greedily at token boundaries (a too-long Latin word is broken, as Excel does)."""
    capacity = units_per_line(width, font_pt)
    lines = 0
    for para in (text or "").split("\n"):
        total = text_units(para)
        if total <= capacity:
            lines += 1
            continue
        # cumulative units at each token end; each line ends at the last boundary that fits
        cum = list(accumulate(map(char_units, para), initial=0))
        ends = [cum[m.end()] for m in _TOKEN.finditer(para)]
        start, count = 0, 0
        while start < total:
            i = bisect_right(ends, start + capacity) - 1
            start = ends[i] if i >= 0 and ends[i] > start else start + capacity
            count += 1
        lines += count
    return max(lines, 1)


def row_height(cells: list[tuple[str, float, float]]) -> float:
    """Height in points of a row whose wrapped cells are (text, column width, font pt)."""
    best = 0.0
    for text, width, font_pt in cells:
        best = max(best, line_count(text, width, font_pt) * font_pt * LINE_FACTOR)
    return round(best + ROW_PADDING_PT, 1)


def width_for_units(units: int, font_pt: float) -> float:
    """The column width (Excel units) that shows ``units`` half-width units on one line."""
    unit_px = font_pt * 96 / 72 / 2
    return round((units * unit_px / WRAP_SLACK + CELL_PADDING_PX) / PX_PER_WIDTH_UNIT + 0.5, 1)


def longest_line_units(text: str) -> int:
    return max((text_units(line) for line in (text or "").split("\n")), default=0)
