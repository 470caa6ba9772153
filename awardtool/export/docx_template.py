"""Does a clerk's Word template look like an official-format (公文) document?

A template keeps its own page setup, header and footer (see word._open_document), so a letter
template or a blank US-Letter document chosen by mistake would silently give a list without
page numbers on the wrong paper. This check reads the package and names what is missing;
the export still runs (the template may be deliberate) and the clerk is warned.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from awardtool.export.docx_format import PAGE_H, PAGE_W
from docx.oxml.ns import qn

A4_TOLERANCE = 60  # twips (~1 mm): Word, WPS and LibreOffice round A4 differently
_PAGE_FIELD = re.compile(r"\bPAGE\b")


def template_problems(path: str | Path) -> list[str]:
    """What makes ``path`` unlike an official document, in the clerk's words ("纸张不是 A4
    纵向", "页脚没有页码"); empty when it looks right. A file that cannot be read gives no
    problems here: opening it at export time reports that clearly."""
    try:
        with zipfile.ZipFile(path) as z:
            document = etree.fromstring(z.read("word/document.xml"))
            footers = [etree.fromstring(z.read(n)) for n in z.namelist()
                       if re.fullmatch(r"word/footer\d*\.xml", n)]
    except (OSError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
        return []
    out = []
    sizes = document.findall(f".//{qn('w:sectPr')}/{qn('w:pgSz')}")
    if not sizes or not all(_is_a4_portrait(s) for s in sizes):
        out.append("纸张不是 A4 纵向")
    if not any(_has_page_field(f) for f in footers):
        out.append("页脚没有页码")
    return out


def _is_a4_portrait(pg_sz) -> bool:
    try:
        width, height = int(pg_sz.get(qn("w:w"))), int(pg_sz.get(qn("w:h")))
    except (TypeError, ValueError):
        return False
    return abs(width - PAGE_W) <= A4_TOLERANCE and abs(height - PAGE_H) <= A4_TOLERANCE


def _has_page_field(root) -> bool:
    for el in root.iter(qn("w:fldSimple")):
        if _PAGE_FIELD.search(el.get(qn("w:instr")) or ""):
            return True
    return any(_PAGE_FIELD.search(t.text or "") for t in root.iter(qn("w:instrText")))
