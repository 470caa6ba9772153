"""The 简要事迹表 as raw WordprocessingML, built by copying one prepared row per record.

python-docx's ``table.cell(r, c)`` walks the whole table on every call (quadratic), and
``add_row`` + ``cell.text`` is several times slower than copying a finished ``w:tr`` with
lxml and filling in its ``w:t`` texts, so rows are made from a prototype here.

Layout: the header row repeats on every page (``w:tblHeader``); each deeds paragraph is
its own ``w:p`` in the cell. Every row that fits on a page (``KEEP_TOGETHER_LINES`` lines of
the 小四 table text) is kept whole (``w:cantSplit``): a record torn across a page break, its
name on one page and its deeds on the next, is what a reviewer sends back. Only a row taller
than a page (2,000-字 deeds) may split — Word would split it regardless; such rows put 序号
and 名称 at the top of the row with ``keepLines``.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Sequence

from lxml import etree

from awardtool.export.docx_format import (
    STYLE_TABLE_DEEDS,
    TABLE_PT,
    STYLE_TABLE_HEAD,
    STYLE_TABLE_TEXT,
    TEXT_W,
    w,
)
from awardtool.export.word_text import annotation, deeds_paragraphs, display_name, xml_safe
from awardtool.records import Record
from docx.oxml.ns import qn

T = qn("w:t")
P = qn("w:p")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
KEEP_TOGETHER_LINES = 38  # of the 41 lines of 15.5 pt in the 225 mm 版心, less the header row
CELL_MARGIN = 57  # 1 mm left/right padding inside cells
CHAR_TWIPS = TABLE_PT * 20  # one 小四 character

# Column sets: (header, width in twips, field, left-aligned); widths add up to the 版心 (8845).
# 简要事迹 gets most of the line (26 characters for a unit, 22 beside a person's 单位及职务),
# so three 300-字 units share a page; 姓名 fits four characters, its annotation（女，朝鲜族）
# wraps under the name.
COLUMNS = {
    "collective": (
        ("序号", 650, "seq", False),
        ("名称", 1840, "name", True),
        ("简要事迹", TEXT_W - 650 - 1840, "deeds", True),
    ),
    "individual": (
        ("序号", 650, "seq", False),
        ("姓名", 1080, "name", False),
        ("单位及职务", 1800, "position", True),
        ("简要事迹", TEXT_W - 650 - 1080 - 1800, "deeds", True),
    ),
}


def _paragraph(style: str, text: str = "", *, left: bool = False) -> etree._Element:
    p = w("p")
    ppr = w("pPr", p)
    w("pStyle", ppr, val=style)
    if left:
        w("jc", ppr, val="left")
    t = w("t", w("r", p))
    t.text = text
    t.set(XML_SPACE, "preserve")
    return p


def _cell(width: int, paragraph: etree._Element, *, center: bool = True) -> etree._Element:
    tc = w("tc")
    tcpr = w("tcPr", tc)
    w("tcW", tcpr, w=width, type="dxa")
    if center:
        w("vAlign", tcpr, val="center")
    tc.append(paragraph)
    return tc


def _table_shell(columns) -> etree._Element:
    tbl = w("tbl")
    tblpr = w("tblPr", tbl)
    w("tblW", tblpr, w=TEXT_W, type="dxa")
    w("jc", tblpr, val="center")
    borders = w("tblBorders", tblpr)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        w(side, borders, val="single", sz=4, space=0, color="000000")
    w("tblLayout", tblpr, type="fixed")
    mar = w("tblCellMar", tblpr)
    w("left", mar, w=CELL_MARGIN, type="dxa")
    w("right", mar, w=CELL_MARGIN, type="dxa")
    w("tblLook", tblpr, val="04A0", firstRow="1", lastRow="0", firstColumn="1", lastColumn="0", noHBand="0", noVBand="1")
    grid = w("tblGrid", tbl)
    for _, width, _, _ in columns:
        w("gridCol", grid, w=width)
    return tbl


def _header_row(columns) -> etree._Element:
    tr = w("tr")
    trpr = w("trPr", tr)
    w("cantSplit", trpr)
    w("tblHeader", trpr)
    for header, width, _, _ in columns:
        tr.append(_cell(width, _paragraph(STYLE_TABLE_HEAD, header)))
    return tr


def _prototype_row(columns, *, keep_together: bool) -> etree._Element:
    tr = w("tr")
    if keep_together:
        w("cantSplit", w("trPr", tr))
    for _, width, field, left in columns:
        if field == "deeds":
            tr.append(_cell(width, _paragraph(STYLE_TABLE_DEEDS), center=False))
        else:
            # A row that may split keeps 序号 and 名称 at its top: centred, they would land
            # at the page break and be torn in two.
            tr.append(_cell(width, _paragraph(STYLE_TABLE_TEXT, left=left), center=keep_together))
    return tr


def _deeds_lines(paragraphs: list[str], width: int) -> int:
    per_line = max(1, (width - 2 * CELL_MARGIN) // CHAR_TWIPS)
    return sum(math.ceil((len(p) + 2) / per_line) for p in paragraphs) or 1


def cell_values(rec: Record, seq: int, field: str) -> str:
    """The text of one non-deeds cell (its first paragraph)."""
    if field == "seq":
        return str(seq)
    if field == "name":
        return display_name(rec.name) if rec.kind == "individual" else rec.name.strip()
    return (getattr(rec, field) or "").strip()


def cell_paragraphs(rec: Record, seq: int, field: str) -> list[str]:
    """The paragraphs of one cell: the deeds one per paragraph, a person's name with its
    （女，朝鲜族）under it (性别 and 民族 are part of how a person is listed), else one."""
    if field == "deeds":
        return [xml_safe(p) for p in deeds_paragraphs(rec)] or [""]
    text = xml_safe(cell_values(rec, seq, field))
    if field == "name" and rec.kind == "individual" and annotation(rec):
        return [text, annotation(rec)]
    return [text]


def build_deeds_table(records: Sequence[Record], kind: str, start: int = 1) -> etree._Element:
    """A ``w:tbl`` with a repeated header row and one row per record, numbered from ``start``."""
    columns = COLUMNS[kind]
    tbl = _table_shell(columns)
    tbl.append(_header_row(columns))
    protos = {keep: _prototype_row(columns, keep_together=keep) for keep in (True, False)}
    deeds_width = next(c[1] for c in columns if c[2] == "deeds")
    fields = [c[2] for c in columns]
    for i, rec in enumerate(records, start):
        cells = [cell_paragraphs(rec, i, field) for field in fields]
        keep = _deeds_lines(cells[fields.index("deeds")], deeds_width) <= KEEP_TOGETHER_LINES
        row = copy.deepcopy(protos[keep])
        for t, paragraphs in zip(list(row.iter(T)), cells):
            t.text = paragraphs[0]
            anchor = first = t.getparent().getparent()
            for text in paragraphs[1:]:
                p = copy.deepcopy(first)
                next(p.iter(T)).text = text
                anchor.addnext(p)
                anchor = p
        tbl.append(row)
    return tbl
