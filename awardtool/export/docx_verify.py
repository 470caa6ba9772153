"""Read a written .docx back and compare it with the records it should hold.

The check opens the saved package (not the in-memory tree), so it catches what would reach
the clerk: lost characters (control codes XML cannot hold), wrong order, a missing or
doubled record, a deeds paragraph dropped.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

from awardtool.export.docx_format import STYLE_ENTRY
from awardtool.export.docx_table import COLUMNS, cell_paragraphs
from awardtool.export.word_text import entry_text
from docx.oxml.ns import qn

_P, _T, _TBL, _TR, _TC = qn("w:p"), qn("w:t"), qn("w:tbl"), qn("w:tr"), qn("w:tc")


def _text(p: etree._Element) -> str:
    return "".join(p.itertext(_T))  # C-level walk: the read-back of 1,000 rows stays cheap


def _style(p: etree._Element) -> str | None:
    el = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    return el.get(qn("w:val")) if el is not None else None


def read_back(path: str | Path) -> tuple[list[str], list[list[list[list[str]]]]]:
    """The 名单 lines (paragraphs in the entry style) and, per table, its data rows as lists of
    cells, each cell a list of paragraph texts (header rows left out)."""
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    body = root.find(qn("w:body"))
    entries: list[str] = []
    tables: list[list[list[list[str]]]] = []
    for el in body:
        if el.tag == _P and _style(el) == STYLE_ENTRY:
            entries.append(_text(el))
        elif el.tag == _TBL:
            rows = []
            for tr in el.iterfind(_TR):
                if tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None:
                    continue
                rows.append([[_text(p) for p in tc.iterfind(_P)] for tc in tr.iterfind(_TC)])
            tables.append(rows)
    return entries, tables


def _diff(label: str, got, want) -> str:
    return f"{label}：文件中为“{got}”，应为“{want}”。"


def verify_docx(path: str | Path, expected: dict) -> list[str]:
    """Differences between the file and ``expected`` (from ``word._expected``), in Chinese."""
    entries, tables = read_back(path)
    out: list[str] = []
    if expected["form"] == "名单":
        want = [entry_text(r) for _, blocks in expected["kinds"] for b in blocks for r in b]
        if len(entries) != len(want):
            out.append(f"名单条数不符：文件中有{len(entries)}条，应有{len(want)}条。")
        for i, (got, exp) in enumerate(zip(entries, want), 1):
            if got != exp:
                out.append(_diff(f"第{i}条", got, exp))
        return out
    want_tables = [(kind, b) for kind, blocks in expected["kinds"] for b in blocks]
    if len(tables) != len(want_tables):
        out.append(f"表格数目不符：文件中有{len(tables)}个，应有{len(want_tables)}个。")
    number: dict[str, int] = {}
    for rows, (kind, block) in zip(tables, want_tables):
        if len(rows) != len(block):
            out.append(f"{kind}表格行数不符：文件中有{len(rows)}行，应有{len(block)}行。")
        fields = [c[2] for c in COLUMNS[kind]]
        for row, rec in zip(rows, block):
            seq = number[kind] = number.get(kind, 0) + 1
            for cell, field in zip(row, fields):
                want = cell_paragraphs(rec, seq, field)
                if cell != want:
                    got, exp = "\n".join(cell), "\n".join(want)
                    out.append(_diff(f"第{seq}行“{rec.name}”的{field}", got, exp))
    return out
