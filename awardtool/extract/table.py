"""Lists laid out as tables: a Table block (docx, xlsx, html, pdf) or tab-separated lines.

The header row is found by meaning: each cell is compared (no spaces, half width, simplified)
with the header words of awardtool.fields.FIELDS, exactly first, then by containment, so
``先进集体名称``, ``单位名称``, ``推荐对象`` and ``姓 名`` all find the name column. The header may
sit below a title row and a ``填报单位（盖章）：`` row — the shape of our own Excel export, which
must read back into the same records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.extract.names import annotated_name, heading_kind, is_person_name
from awardtool.extract.narrative import repair_paragraphs
from awardtool.extract.text import html_paragraphs, key, squeeze
from awardtool.fields import FIELDS
from awardtool.ingest.limits import MAX_TABLE_COLS
from awardtool.records import FieldSource, Record

_HEADER_SCAN_ROWS = 8
_STRAY = re.compile(r"^(?:合计|总计|小计|注[:：]|说明[:：]|备注[:：]|填表说明|填报说明|以下空白|此页无正文)")
_COUNT = re.compile(r"^(?:共|计)?\d+[个名人家项]?$")
_LINE_BREAK = re.compile(r"[\n\r\t]")
_KIND_VALUES = {"先进集体": "collective", "集体": "collective", "先进个人": "individual", "个人": "individual"}


@dataclass(slots=True)
class TableSource:
    """A table to read: rows of cells, each cell knowing its block and location."""

    rows: list[list[Cell]]
    blocks: list[list[int]]  # block index of each cell
    block: int  # the first block (for the title search)
    sheet: str | None = None


def _header_key(text: str) -> str:
    k = key(text)
    return re.sub(r"[（(][^)）]*[)）]$", "", k) or k


@cache
def _keyed_headers(field_key: str) -> frozenset[str]:
    spec = next(f for f in FIELDS if f.key == field_key)
    return frozenset({key(h) for h in spec.headers} | {key(spec.label_zh)})


def match_header(text: str) -> str | None:
    """The field key a header cell names, or None."""
    k = key(text)
    if not k or len(k) > 30:
        return None
    bare = _header_key(text)
    for spec in FIELDS:
        keyed = _keyed_headers(spec.key)
        if k in keyed or bare in keyed:
            return spec.key
    best: tuple[int, str] | None = None
    for spec in FIELDS:
        for h in _keyed_headers(spec.key):
            if len(h) >= 2 and (h in bare or (bare in h and len(bare) >= 2)):
                if best is None or len(h) > best[0]:
                    best = (len(h), spec.key)
    return best[1] if best else None


def find_header(rows: list[list[Cell]]) -> tuple[int, dict[int, str]] | None:
    """(row index, column → field key) of the header row among the first rows."""
    for r, row in enumerate(rows[:_HEADER_SCAN_ROWS]):
        cols: dict[int, str] = {}
        for c, cell in enumerate(row):
            if cell.merged and c > 0 and row[c - 1].text == cell.text:
                continue
            f = match_header(cell.text)
            if f and f not in cols.values():
                cols[c] = f
        if "name" in cols.values() and len(cols) >= 2:
            return _with_subheader(rows, r, cols)
    return None


def _with_subheader(rows: list[list[Cell]], r: int, cols: dict[int, str]) -> tuple[int, dict[int, str]]:
    """A grouped header — 基本情况 spanning 性别 / 民族 / 出生年月 on the row below — read as
    one header: the row below joins it when each of its cells names a field or repeats the
    cell above (a vertical merge), and it names at least one field the top row did not."""
    if r + 1 >= len(rows):
        return r, cols
    top, sub = rows[r], rows[r + 1]
    name_col = next(c for c, f in cols.items() if f == "name")
    if name_col < len(sub) and sub[name_col].text.strip() and key(sub[name_col].text) != key(top[name_col].text):
        return r, cols  # a name under 姓名: the first data row (checked first, it is the common case)
    extra: dict[int, str] = {}
    for c, cell in enumerate(sub):
        text = cell.text.strip()
        if not text or (c < len(top) and key(top[c].text) == key(text)):
            continue
        f = match_header(text)
        if f is None:
            return r, cols  # a value: this is the first data row
        if f not in cols.values() and f not in extra.values():
            extra[c] = f
    if not extra:
        return r, cols
    return r + 1, {**{c: f for c, f in cols.items() if c not in extra}, **extra}


def tab_tables(doc: Document) -> list[TableSource]:
    """Runs of tab-separated paragraphs (blank lines allowed inside) read as tables."""
    out: list[TableSource] = []
    cur_rows: list[list[Cell]] = []
    cur_blocks: list[list[int]] = []
    first = -1

    def flush() -> None:
        nonlocal cur_rows, cur_blocks, first
        if len(cur_rows) >= 2:
            out.append(TableSource(cur_rows, cur_blocks, first))
        cur_rows, cur_blocks, first = [], [], -1

    for bi, b in enumerate(doc.blocks):
        if not isinstance(b, Paragraph):
            flush()
            continue
        if not b.text.strip():
            continue
        parts = b.text.split("\t", MAX_TABLE_COLS - 1)  # as wide as any reader's table, at most
        if len(parts) >= 2 and sum(1 for p in parts if p.strip()) >= 2:
            page, paragraph, line = b.loc.page, b.loc.paragraph, b.loc.line
            cells = [Cell(part, Loc(page=page, paragraph=paragraph, line=line, col=ci)) for ci, part in enumerate(parts)]
            cur_rows.append(cells)
            cur_blocks.append([bi] * len(cells))
            if first < 0:
                first = bi
        else:
            flush()
    flush()
    return out


def table_sources(doc: Document) -> list[TableSource]:
    out = []
    for bi, b in enumerate(doc.blocks):
        if isinstance(b, Table) and b.rows:
            out.append(TableSource(b.rows, [[bi] * len(r) for r in b.rows], bi, b.loc.sheet))
    return out + tab_tables(doc)


def _cell_offset(doc: Document, block: int, cell: Cell) -> int:
    """Where a tab-separated cell starts in its paragraph's text (0 for a real table cell)."""
    b = doc.blocks[block]
    if isinstance(b, Paragraph) and cell.loc.col is not None:
        parts = b.text.split("\t")
        return sum(len(p) + 1 for p in parts[: cell.loc.col])
    return 0


def _source(doc: Document, src: TableSource, r: int, c: int, start: int | None = None, end: int | None = None) -> FieldSource:
    cell = src.rows[r][c]
    block = src.blocks[r][c]
    off = _cell_offset(doc, block, cell)
    if start is None:
        start, end = 0, len(cell.text)
    return FieldSource(block, cell.loc, off + start, off + end)


def title_rows(src: TableSource, header_row: int) -> list[str]:
    """Single-text rows above the header (a merged title row, the 填报 row)."""
    out = []
    for row in src.rows[:header_row]:
        texts = {squeeze(c.text) for c in row if c.text.strip()}
        if len(texts) == 1:
            out.append(texts.pop())
    return out


def _cell_name(raw: str) -> str:
    """The name as the author typed it: padding inside a name (金　宪) is kept, like the text
    lists keep it; only a name wrapped over lines in its cell is joined onto one line."""
    return squeeze(raw) if _LINE_BREAK.search(raw.strip()) else raw.strip()


def extract_table(doc: Document, src: TableSource) -> tuple[list[Record], int] | None:
    """Records of one table and its header row index, or None when it is not a list."""
    found = find_header(src.rows)
    if found is None:
        return None
    hr, cols = found
    header_names = {key(src.rows[hr][c].text) for c in cols}
    sheet_kind = heading_kind(src.sheet) if src.sheet else None
    records: list[Record] = []
    for r in range(hr + 1, len(src.rows)):
        row = src.rows[r]
        values = {f: row[c].text if c < len(row) else "" for c, f in cols.items()}
        name_col = next(c for c, f in cols.items() if f == "name")
        raw_name = values.get("name", "")
        name = _cell_name(raw_name)
        if not name or key(name) in header_names or _STRAY.search(key(name)) or _COUNT.match(key(name)):
            continue
        if _STRAY.search(key(next((c.text for c in row if c.text.strip()), ""))):
            continue  # 合计 | 3个: a total row whose label sits in the 序号 column
        if len(key(name)) > 80:  # a note row spanning the table, not a nominee
            continue
        ann = annotated_name(name)  # 陈　静（女）, 马建国（回族）: the person and their annotations
        attrs = ann[1] if ann else {}
        name = ann[0].strip() if ann else name
        rec = Record(name=name)
        for k, v in attrs.items():
            setattr(rec, k, v)
            rec.reasons[k] = "annotation"
        lead = len(raw_name) - len(raw_name.lstrip())
        rec.source = _source(doc, src, r, name_col)
        rec.field_sources["name"] = _source(doc, src, r, name_col, lead, lead + len(name))
        rec.reasons["name"] = "table_column"
        for c, f in cols.items():
            if c >= len(row):
                continue
            text = row[c].text
            if f in ("name",):
                continue
            if f == "seq":
                m = re.search(r"\d+", key(text))
                rec.seq = int(m.group()) if m else None
            elif f == "deeds":
                rec.deeds = "\n".join(repair_paragraphs(html_paragraphs(text)))
                if rec.deeds:
                    rec.field_sources["deeds"] = _source(doc, src, r, c)
                    rec.reasons["deeds"] = "table_column"
            elif f == "kind":
                rec.kind = _KIND_VALUES.get(key(text), heading_kind(text) or "collective")
            elif f == "notes":
                rec.notes = squeeze(text)
            elif squeeze(text):
                setattr(rec, f, squeeze(text))
                rec.field_sources[f] = _source(doc, src, r, c)
                rec.reasons[f] = "table_column"
        if "kind" not in cols.values():
            if sheet_kind:
                rec.kind = sheet_kind
            elif rec.gender or ("gender" in cols.values() and is_person_name(name)):
                rec.kind = "individual"
            else:
                rec.kind = "individual" if is_person_name(name) else "collective"
        records.append(rec)
    return records, hr
