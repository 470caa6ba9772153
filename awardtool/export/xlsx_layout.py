"""Text measurement for the Excel 汇总表: column widths and row heights.

Excel and LibreOffice store a row height in the file and do not recompute it when the file
is opened or printed; openpyxl writes none, so wrapped Chinese text would be cut to one
line. We therefore simulate the wrap ourselves, in points:

* A column ``width`` is counted in the max digit width of the workbook's default (Normal
  style) font. xlsx_style.set_default_font makes that font Courier New 9: every monospace
  face has 0.6 em digits, so the unit is the same wherever the file is opened: Excel and WPS
  round it to 7 px at 96 dpi (5.25 pt), LibreOffice measures 5.4 pt (Courier New, Liberation
  Mono or the DejaVu Sans Mono it falls back to on Linux). With a CJK or proportional
  default font the unit moved by up to 27 % between applications (宋体 is 8 px in Excel,
  5.5 pt in LibreOffice with SimSun, 7 pt with the DejaVu Sans that replaces it on Linux),
  and rows had to carry that much slack. We count with the smallest unit (Excel's), so
  LibreOffice, whose columns come out ~3 % wider, never wraps more than we predict.
* A full-width character (汉字, full-width punctuation) is 1 em of the cell's font, in every
  CJK face; a half-width one is at most 0.64 em (0.5 em in 仿宋/宋体, 0.636 em for the digits
  of the DejaVu Sans that LibreOffice substitutes where those fonts are missing).
* Lines break greedily between characters, never before a closing mark or after an opening
  one (禁则) and not inside a run of Latin letters or digits, as both applications do.
* A wrapped line takes 1.46 em. Excel draws 宋体 11 at 1.3 em (14.25 pt rows) and LibreOffice
  文泉驿 at 1.26 em, but where the official fonts are missing the common fallback Noto Sans CJK
  is drawn at 1.455 em (measured: 16.0 pt lines at 11 pt). A row sized for 1.3 em clips its
  last lines in that font, and clipped text is worse than a little slack.

Measured with LibreOffice → PDF (tests/core/test_export_excel.py checks it): no cell
clipped, the seed list's 简要事迹 fill 85–96 % of their rows (the previous Calibri-based
estimate: 64–68 %); two-line rows ~86 %. Where LibreOffice's ~3 % wider columns fit one more
character per line, a row can keep one spare line: that is the price of never clipping in Excel.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate

DIGIT_PT = 5.25  # one width unit: Courier New 9's digit, 7 px at 96 dpi in Excel (LibreOffice: 5.4 pt)
CELL_PADDING_PT = 4.5  # the cell's left and right text margins (Excel: 5 px in all)
HALF_WIDTH_EM = 0.64  # widest half-width glyph we expect, relative to the font size
LINE_FACTOR = 1.46  # line pitch / font size: the widest-spaced CJK face we expect (Noto Sans CJK)
ROW_PADDING_PT = 3.0  # above the first line and below the last
MAX_ROW_HEIGHT_PT = 409.0  # Excel's limit for one row
_EPSILON = 1e-6

# A closing mark never starts a line and an opening one never ends one (禁则), so the
# renderer moves them together with their neighbour; a run of Latin letters and digits is
# not broken either. Each match of _TOKEN is one unbreakable piece.
_CLOSING = "，。、；：！？）》」』】〕”’…—·%‰,.;:!?)\\]}"
_OPENING = "（《「『【〔“‘(\\[{"
_TOKEN = re.compile(f"[{_OPENING}]*(?:[A-Za-z0-9_@#&+\\-./%]+|.)[{_CLOSING}]*", re.S)


@lru_cache(maxsize=4096)
def char_units(ch: str) -> int:
    """2 for a full-width character, 1 for a half-width one (the way a clerk counts 字符)."""
    return 2 if ord(ch) > 0xFF and unicodedata.east_asian_width(ch) in ("W", "F", "A") else 1


@lru_cache(maxsize=4096)
def char_em(ch: str) -> float:
    """Printed width of a character in em of its font: 1 if full-width, else HALF_WIDTH_EM."""
    return 1.0 if char_units(ch) == 2 else HALF_WIDTH_EM


def text_units(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(map(char_units, text))


def text_em(text: str) -> float:
    if text.isascii():
        return len(text) * HALF_WIDTH_EM
    return sum(map(char_em, text))


def ems_per_line(width: float, font_pt: float) -> float:
    """How many em of ``font_pt`` text fit on one line of a column ``width`` units wide."""
    return max(1.0, (width * DIGIT_PT - CELL_PADDING_PT) / font_pt)


@lru_cache(maxsize=65536)  # each cell is measured when fitting widths and again when writing
def line_count(text: str, width: float, font_pt: float) -> int:
    """Lines the text takes in a wrapped cell: each "\\n" starts a new line, long lines wrap
    greedily at token boundaries (a too-long Latin word is broken, as Excel does)."""
    capacity = ems_per_line(width, font_pt) + _EPSILON
    lines = 0
    for para in (text or "").split("\n"):
        total = text_em(para)
        if total <= capacity:
            lines += 1
            continue
        # cumulative width at each token end; each line ends at the last boundary that fits
        cum = list(accumulate(map(char_em, para), initial=0.0))
        ends = [cum[m.end()] for m in _TOKEN.finditer(para)]
        start, count = 0.0, 0
        while start < total - _EPSILON:
            i = bisect_right(ends, start + capacity) - 1
            if i >= 0 and ends[i] > start + _EPSILON:
                start = ends[i]
            else:  # one token wider than the line: broken before the character that overflows
                start = cum[bisect_right(cum, start + capacity) - 1]  # capacity ≥ 1 em ≥ one character
            count += 1
        lines += count
    return max(lines, 1)


def lines_height(lines: int, font_pt: float) -> float:
    """Height in points of ``lines`` wrapped lines of ``font_pt`` text, margins included."""
    return lines * font_pt * LINE_FACTOR + ROW_PADDING_PT


def row_height(cells: list[tuple[str, float, float]]) -> float:
    """Height in points of a row whose wrapped cells are (text, column width, font pt),
    rounded up to Excel's 0.75 pt (one pixel) step."""
    best = max((lines_height(line_count(text, width, pt), pt) for text, width, pt in cells), default=0.0)
    return math.ceil(best / 0.75 - _EPSILON) * 0.75


def print_scale(width_units: float, printable_width_pt: float) -> float:
    """The zoom of "fit all columns on one page": whole percent as Excel sets it, ≤ 100 %."""
    return min(100, math.floor(printable_width_pt / (width_units * DIGIT_PT) * 100)) / 100


def width_for_em(em: float, font_pt: float) -> float:
    """The column width (units, rounded up to 0.1) that shows ``em`` of text on one line."""
    return math.ceil((em * font_pt + CELL_PADDING_PT) / DIGIT_PT * 10 - _EPSILON) / 10


def width_for_units(units: int, font_pt: float) -> float:
    """The column width for ``units`` half-width units (2 per 汉字, see text_units)."""
    return width_for_em(units / 2, font_pt)


def longest_line_em(text: str) -> float:
    return max((text_em(line) for line in (text or "").split("\n")), default=0.0)


def longest_line_units(text: str) -> int:
    return max((text_units(line) for line in (text or "").split("\n")), default=0)
