"""Word .docx reader: paragraphs, tables (merged cells resolved), automatic numbering as its
visible text, heading levels from styles. Headers, footers, comments and footnotes are
separate parts and are not read.

Speed matters (a batch can be thousands of nominations), so this reads the package with
zipfile and lxml directly: one parse of word/document.xml, and styles.xml/numbering.xml only
when the body refers to them, cached across files by the part's CRC because most documents
of a batch come from the same template. python-docx's ``Document()`` alone costs ~6 ms a file.
"""

from __future__ import annotations

import re
import zipfile
from collections import OrderedDict
from dataclasses import dataclass

from lxml import etree

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.ingest.errors import IngestError
from awardtool.ingest.numbering import Numbering
from awardtool.ingest.ooxml import open_package, read_part, read_xml
from awardtool.ingest.limits import MAX_SPAN, MAX_TABLE_COLS, budget, parse_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
VAL = W + "val"
W_P, W_TBL, W_TR, W_TC, W_SDT, W_SDTCONTENT = (W + t for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent"))
W_PPR, W_TCPR, W_TRPR = W + "pPr", W + "tcPr", W + "trPr"
W_T, W_TAB, W_BR, W_CR, W_NBH = W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen"
W_VANISH, W_RPR = W + "vanish", W + "rPr"
_TEXT_TAGS = (W_T, W_TAB, W_BR, W_CR, W_NBH)
# Wrappers whose children are ordinary body content (content controls, custom XML, revisions).
_WRAPPERS = {W_SDT, W_SDTCONTENT, W + "customXml", W + "ins", W + "moveTo", W + "smartTag"}

_HEADING_RE = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)


@dataclass(slots=True, frozen=True)
class Style:
    name: str
    level: int | None
    num: tuple[str, int] | None  # (numId, ilvl) from the style's own numPr


_CACHE_SIZE = 64
_style_cache: OrderedDict[tuple, dict[str, Style]] = OrderedDict()
_numbering_cache: OrderedDict[tuple, Numbering] = OrderedDict()


def _cached(cache: OrderedDict, key: tuple, build):
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    value = build()
    cache[key] = value
    if len(cache) > _CACHE_SIZE:
        cache.popitem(last=False)
    return value


def _part_key(zf: zipfile.ZipFile, name: str) -> tuple | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    return (name, info.CRC, info.file_size)


class _Package:
    """Lazily loaded styles and numbering of one .docx."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self._styles: dict[str, Style] | None = None
        self._numbering: Numbering | None = None

    @property
    def styles(self) -> dict[str, Style]:
        if self._styles is None:
            key = _part_key(self.zf, "word/styles.xml")
            self._styles = {} if key is None else _cached(_style_cache, key, lambda: _parse_styles(self.zf))
        return self._styles

    @property
    def numbering(self) -> Numbering:
        if self._numbering is None:
            key = _part_key(self.zf, "word/numbering.xml")
            if key is None:
                self._numbering = Numbering()
            else:
                defs = _cached(_numbering_cache, key, lambda: Numbering.parse(read_xml(self.zf, "word/numbering.xml")))
                self._numbering = Numbering(defs.nums)  # fresh counters for this document
        return self._numbering


def _parse_styles(zf: zipfile.ZipFile) -> dict[str, Style]:
    root = read_xml(zf, "word/styles.xml")
    raw: dict[str, tuple[str, str | None, int | None, tuple[str, int] | None]] = {}
    for st in root.iterchildren(W + "style"):
        if st.get(W + "type") != "paragraph":
            continue
        sid = st.get(W + "styleId")
        name_el = st.find(W + "name")
        name = name_el.get(VAL, sid) if name_el is not None else sid
        based = st.find(W + "basedOn")
        ppr = st.find(W_PPR)
        outline, num = None, None
        if ppr is not None:
            ol = ppr.find(W + "outlineLvl")
            if ol is not None:
                outline = int(ol.get(VAL, "9"))
            num = _num_pr(ppr)
        raw[sid] = (name, based.get(VAL) if based is not None else None, outline, num)

    def resolve(sid: str, depth: int = 0) -> Style:
        name, based, outline, num = raw[sid]
        level = _level_from_name(name)
        if level is None and outline is not None:
            level = outline + 1 if outline < 9 else None
        if based in raw and depth < 20 and (level is None or num is None):
            parent = resolve(based, depth + 1)
            if level is None and outline is None and _level_from_name(name) is None:
                level = parent.level
            num = num or parent.num
        return Style(name, level, num)

    return {sid: resolve(sid) for sid in raw}


def _level_from_name(name: str) -> int | None:
    low = name.strip().lower()
    if low in ("title", "标题"):
        return 0
    m = _HEADING_RE.match(low)
    return int(m.group(1)) if m else None


def _num_pr(ppr: etree._Element) -> tuple[str, int] | None:
    np = ppr.find(W + "numPr")
    if np is None:
        return None
    nid = np.find(W + "numId")
    if nid is None:
        return None
    il = np.find(W + "ilvl")
    return nid.get(VAL, "0"), int(il.get(VAL, "0")) if il is not None else 0


def read_docx(data: bytes, display: str) -> Document:
    zf = open_package(data)
    with zf:
        xml = read_part(zf, "word/document.xml")
        if xml is None:
            raise IngestError("corrupt", "文件不是完整的 Word 文档（缺少正文部分），请重新获取原文件")
        root = parse_xml(xml)
        body = root.find(W + "body")
        if body is None:
            raise IngestError("corrupt", "Word 文档没有正文")
        # Deleted revisions and the fallback copies of text boxes would duplicate or resurrect text.
        for el in list(root.iter(MC + "Fallback", W + "del", W + "moveFrom")):
            el.getparent().remove(el)
        return Document(display, "docx", _Reader(_Package(zf)).body(body))


def _flatten(parent: etree._Element):
    """The w:p and w:tbl children of a body or cell, looking through content wrappers."""
    for el in parent:
        tag = el.tag
        if tag == W_P or tag == W_TBL:
            yield el
        elif tag in _WRAPPERS:
            yield from _flatten(el)


def _children(parent: etree._Element, want: str):
    """Rows of a table or cells of a row, looking through content wrappers."""
    for el in parent:
        if el.tag == want:
            yield el
        elif el.tag in _WRAPPERS:
            yield from _children(el, want)


def paragraph_text(p: etree._Element) -> str:
    parts = []
    for el in p.iter(_TEXT_TAGS):
        tag = el.tag
        if tag == W_T:
            if el.text:
                parts.append(el.text)
        elif tag == W_TAB:
            if el.getparent().tag != W + "tabs":  # a tab stop definition, not a tab character
                parts.append("\t")
        elif tag == W_NBH:
            parts.append("-")
        elif tag == W_BR and el.get(W + "type") == "page":
            continue
        else:
            parts.append("\n")
    return "".join(parts)


class _Reader:
    def __init__(self, pkg: _Package):
        self.pkg = pkg
        self.para_index = 0
        self.table_index = 0

    def body(self, body: etree._Element) -> list:
        blocks: list = []
        spend = budget()
        for el in _flatten(body):
            if el.tag == W_P:
                para = self.paragraph(el)
                self.para_index += 1
                if para is not None:
                    blocks.append(para)
                    if not spend.take_text(len(para.text)):
                        break
            else:
                blocks.append(self.table(el))
                if spend.exhausted:
                    break
        return blocks

    def _label_and_style(self, p: etree._Element) -> tuple[str, Style | None, int | None]:
        """Numbering label, style and heading level of a paragraph."""
        ppr = p.find(W_PPR)
        if ppr is None:
            return "", None, None
        style = None
        ps = ppr.find(W + "pStyle")
        if ps is not None:
            style = self.pkg.styles.get(ps.get(VAL))
        level = style.level if style is not None else None
        ol = ppr.find(W + "outlineLvl")
        if ol is not None:
            v = int(ol.get(VAL, "9"))
            level = v + 1 if v < 9 else None
        num = _num_pr(ppr) or (style.num if style is not None else None)
        label = self.pkg.numbering.next_label(*num) if num is not None else ""
        return label, style, level

    def paragraph(self, p: etree._Element) -> Paragraph | None:
        label, style, level = self._label_and_style(p)
        text = paragraph_text(p)
        if not text.strip():
            return None
        return Paragraph(label + text, Loc(paragraph=self.para_index), style.name if style else None, level)

    def cell_text(self, tc: etree._Element) -> str:
        lines = []
        for el in _flatten(tc):
            if el.tag == W_P:
                label, _, _ = self._label_and_style(el)
                text = paragraph_text(el)
                if text.strip() or label:
                    lines.append(label + text)
            else:  # a nested table: one line per row, cells separated by tabs
                for tr in _children(el, W_TR):
                    lines.append("\t".join(self.cell_text(tc2) for tc2 in _children(tr, W_TC)))
        return "\n".join(lines)

    def table(self, tbl: etree._Element) -> Table:
        """Rows with merged cells copied (gridSpan across, vMerge down), padded to the widest
        row; spans, width and cells are bounded (limits.py), so a few KB of XML asking for
        millions of cells give a table cut at the bound and a warning."""
        t = self.table_index
        self.table_index += 1
        rows: list[list[Cell]] = []
        above: dict[int, Cell] = {}
        spend = budget()
        for r, tr in enumerate(_children(tbl, W_TR)):
            row: list[Cell] = []
            before, after = _grid_skips(tr)
            for _ in range(before):
                row.append(Cell("", Loc(table=t, row=r, col=len(row))))
            for tc in _children(tr, W_TC):
                span, vmerge = 1, None
                tcpr = tc.find(W_TCPR)
                if tcpr is not None:
                    gs = tcpr.find(W + "gridSpan")
                    if gs is not None:
                        span = max(1, _int(gs.get(VAL), 1, MAX_SPAN))
                    vm = tcpr.find(W + "vMerge")
                    if vm is not None:
                        vmerge = vm.get(VAL, "continue")
                col = len(row)
                span = min(span, MAX_TABLE_COLS - col)
                if span <= 0:
                    break  # wider than any table a clerk sends: the rest of the row is dropped
                if vmerge == "continue" and col in above:
                    text, merged = above[col].text, True
                else:
                    text, merged = self.cell_text(tc), False
                for k in range(span):
                    cell = Cell(text, Loc(table=t, row=r, col=col + k), merged or k > 0)
                    row.append(cell)
                    above[col + k] = cell
            for _ in range(min(after, MAX_TABLE_COLS - len(row))):
                row.append(Cell("", Loc(table=t, row=r, col=len(row))))
            if not spend.take(len(row), sum(len(c.text) for c in row)):
                break
            rows.append(row)
        width = max((len(row) for row in rows), default=0)
        for r, row in enumerate(rows):
            if len(row) < width and not spend.take(width - len(row)):
                del rows[r:]
                break
            while len(row) < width:
                row.append(Cell("", Loc(table=t, row=r, col=len(row))))
        return Table(rows, Loc(table=t, paragraph=self.para_index))


def _int(value: str | None, default: int, most: int) -> int:
    """An attribute's integer clipped to 0..most (a damaged file may hold anything there)."""
    try:
        return max(0, min(int(value), most)) if value is not None else default
    except ValueError:
        return default


def _grid_skips(tr: etree._Element) -> tuple[int, int]:
    trpr = tr.find(W_TRPR)
    if trpr is None:
        return 0, 0
    out = []
    for tag in ("gridBefore", "gridAfter"):
        el = trpr.find(W + tag)
        out.append(_int(el.get(VAL), 0, MAX_SPAN) if el is not None else 0)
    return out[0], out[1]
