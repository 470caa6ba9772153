"""PDF with a text layer (pdfplumber): paragraphs per page and tables where ruling lines
allow, in reading order, each block located by its page.

PDF has no paragraphs, only positioned lines, so lines are grouped back into paragraphs: a
new one starts at an indented line, after a line that ends short of the right margin, or
after a vertical gap. A table that runs over a page break is joined back into one table (a
repeated header row is dropped, a row split by the break is glued together). Pages that are
only a picture (scans) are read by OCR (awardtool.ingest.scan); password-protected PDFs give
a clear message instead of nothing.
"""

from __future__ import annotations

import io
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.ingest.errors import IngestError, damaged

MAX_PAGES = 1000
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(\d+|第\s*\d+\s*页(\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)[-—–－\s]*$")
_SENTENCE_END = "。！？；!?;：:」”）)"
# Closing punctuation that a CJK layout engine never puts at the start of a line (禁则): it
# travels to the next line together with the glyph before it.
_NO_LINE_START = "，。、；：？！）」』”’》〉】,.;:?!)%"


def read_pdf(data: bytes, display: str) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    from awardtool.ingest.scan import ScannedPdf, finish

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect as e:
        raise _encrypted() from e
    except Exception as e:  # pdfplumber wraps pdfminer errors in PdfminerException
        if "password" in repr(e).lower() or "encrypt" in repr(e).lower():
            raise _encrypted() from e
        raise damaged("PDF 文件") from e
    blocks: list = []
    chars = 0
    with pdf:
        try:
            pages = pdf.pages
        except Exception as e:
            if "password" in repr(e).lower():
                raise _encrypted() from e
            raise damaged("PDF 文件") from e
        if len(pages) > MAX_PAGES:
            raise IngestError("too_large", f"PDF 页数过多（{len(pages)} 页），超过 {MAX_PAGES} 页上限")
        with ScannedPdf(data, display, len(pages)) as scanned:  # pages that are pictures: OCR
            for number, page in enumerate(pages, 1):
                chars += len(page.chars)
                if not page.chars and page.images:
                    blocks.extend(scanned.page(number))
                else:
                    blocks.extend(_page_blocks(page, number, len(blocks)))
                page.close()
    if scanned.read:
        return finish(Document(display, "pdf", _join_split_tables(blocks)))
    if chars == 0:
        raise IngestError("empty", "PDF 中既没有文字，也没有扫描的图片（可能全是空白页），没有可读取的内容")
    blocks = _join_split_tables(blocks)
    return Document(display, "pdf", blocks)


def _encrypted() -> IngestError:
    return IngestError("encrypted", "PDF 文件已加密（需要密码），请先取消密码或另存为不加密的 PDF 后再导入")


@dataclass(slots=True)
class Line:
    """One visual line of glyphs. ``x0``/``x1`` span the ink (not surrounding spaces);
    ``end`` also counts trailing space glyphs (they take room on the line); ``lead`` is the
    width of the first word — what would have had to fit at the end of the previous line for
    the layout engine to have put it there."""

    top: float
    bottom: float
    x0: float
    x1: float
    end: float
    text: str
    lead: float
    trailing_space: bool
    spaced_mixed: int = 0  # CJK↔Latin neighbours on this line with a space between them
    tight_mixed: int = 0  # … and without


def _wide(ch: str) -> bool:
    """CJK ideographs, kana, hangul and full-width punctuation: glyphs set without spaces."""
    return bool(ch) and unicodedata.east_asian_width(ch[0]) in ("W", "F")


def _median(values: list[float], default: float) -> float:
    if not values:
        return default
    values = sorted(values)
    return values[len(values) // 2]


def text_lines(chars: list[dict]) -> list[Line]:
    """Group glyphs into lines (top to bottom) and spell each line from its glyphs.

    Spaces are kept as the PDF has them: a space glyph is a space, and so is a gap between
    two glyphs that a space would fill (producers often position the next word instead of
    drawing the space). pdfplumber's own word grouping with a fixed ``x_tolerance`` either
    drops the space in "100 余项" or invents one in "100余项"; the glyph gap tells them apart:
    - between two Latin glyphs, half a space width is a space (letters touch);
    - between a CJK and a Latin glyph, LibreOffice and Word add an "autospace" of about a
      fifth of an em (0.63 of a DejaVu space) where the source has none, so only a gap of
      nearly a full space (0.9) counts;
    - between two CJK glyphs a gap is justification, never a space.
    """
    blanks = [c["x1"] - c["x0"] for c in chars if c.get("text") == " " and c["x1"] > c["x0"]]
    marks = [c for c in chars if c.get("upright", True) and c.get("text")]
    marks.sort(key=lambda c: ((c["top"] + c["bottom"]) / 2, c["x0"]))
    rows: list[list[dict]] = []
    centre = height = 0.0
    for c in marks:
        cy, h = (c["top"] + c["bottom"]) / 2, c["bottom"] - c["top"]
        if rows and abs(cy - centre) <= 0.5 * min(height, h or height):
            rows[-1].append(c)
            continue
        rows.append([c])
        centre, height = cy, h or 1.0
    out = [_line(sorted(row, key=lambda c: c["x0"]), _median(blanks, 0.0)) for row in rows]
    return [ln for ln in out if ln is not None]


def _line(chars: list[dict], blank: float) -> Line | None:
    """One line's text (see ``text_lines``); ``blank`` is the usual space glyph width around
    it, 0 when none was drawn."""
    ink = [c for c in chars if not c["text"].isspace()]
    if not ink:
        return None
    size = _median([c.get("size") or (c["bottom"] - c["top"]) for c in ink], 10.0)
    space = blank or 0.3 * size
    # A justified CJK line spreads every glyph apart by the same amount: that is the baseline
    # a real space has to exceed.
    spread = max(0.0, _median([b["x0"] - a["x1"] for a, b in zip(ink, ink[1:])
                               if _wide(a["text"]) and _wide(b["text"])], 0.0))
    parts: list[str] = []
    spaced: set[int] = set()  # ids of glyphs with a space before them
    pending = ""
    prev = None
    for c in chars:
        if c["text"].isspace():
            if prev is not None:
                pending += c["text"]
            continue
        if prev is not None:
            if pending:
                parts.append(pending)
                spaced.add(id(c))
            elif _is_space_gap(prev, c, c["x0"] - prev["x1"] - spread, space):
                parts.append(" ")
                spaced.add(id(c))
        parts.append(c["text"])
        pending, prev = "", c
    first = ink[0]
    lead = first["x1"] - first["x0"]
    # The first word, with the punctuation that may not start a line and, after that, Latin
    # text touching it ("级，Windows": LibreOffice moves that down as one piece).
    for a, b in zip(ink, ink[1:]):
        joined = (b["text"] in _NO_LINE_START or not _wide(b["text"])
                  and (not _wide(a["text"]) or a["text"] in _NO_LINE_START))
        if not joined or id(b) in spaced:
            break
        lead = b["x1"] - first["x0"]
    mixed = [id(b) in spaced for a, b in zip(ink, ink[1:]) if _wide(a["text"]) != _wide(b["text"])
             and a["text"].isalnum() and b["text"].isalnum()]
    return Line(min(c["top"] for c in ink), max(c["bottom"] for c in ink), first["x0"], ink[-1]["x1"],
                max(c["x1"] for c in chars), "".join(parts), lead, bool(pending), sum(mixed),
                len(mixed) - sum(mixed))


def spaces_mixed_script(lines: list[Line]) -> bool:
    """Does this text put a space between Chinese and Latin/digits ("2014 年") rather than
    not ("2014年")? Decides the one case a PDF cannot show: a line that ends in "76" right at
    the margin and a next line starting with "万" — the space, if any, was swallowed by the
    line break. The writer's habit in the same cell (or page) is the best guess."""
    return sum(ln.spaced_mixed for ln in lines) > sum(ln.tight_mixed for ln in lines)


def wrap_space(prev: Line, next_text: str | None, habit: bool) -> bool:
    """Whether a space stood where ``prev`` wrapped onto a line starting with ``next_text``
    (None: the continuation is on the next page, not known yet). A drawn trailing space
    says so; Latin wrapped onto Latin had one; at a CJK/Latin wrap ("76" | "万", "目标" |
    "100") the wrap may have swallowed it, and ``habit`` (spaces_mixed_script) decides."""
    if prev.trailing_space:
        return True
    end = prev.text[-1:]
    if not end.isalnum():
        return False
    if _wide(end):
        return next_text is not None and habit and next_text[:1].isascii() and next_text[:1].isalnum()
    if next_text is None:
        return habit or not any(_wide(ch) for ch in prev.text)
    start = next_text[:1]
    return start.isascii() or (habit and _wide(start) and start.isalnum())


def _is_space_gap(a: dict, b: dict, gap: float, space: float) -> bool:
    wide = _wide(a["text"]) + _wide(b["text"])
    return wide == 0 and gap >= 0.5 * space or wide == 1 and gap >= 0.9 * space


def group_lines(lines: list[Line], right: float | None = None) -> list[tuple[float, str]]:
    """Glue visual lines back into paragraphs, for page text and table cells alike.

    A line starts a new paragraph when it is indented (first-line indent), when the previous
    line stopped early — its remaining room up to ``right`` (the text's right edge; by
    default the longest line) would have held this line's first word, so the layout engine
    only wrapped because the paragraph ended — or when the gap above it is clearly larger
    than the usual line pitch. A paragraph that ends exactly at the right edge, without
    indent or spacing after it, leaves no trace in a PDF and stays glued to the next one.
    """
    if not lines:
        return []
    left = min(ln.x0 for ln in lines)
    right = max([ln.x1 for ln in lines] + ([right] if right is not None else []))
    h = _median([ln.bottom - ln.top for ln in lines], 10.0) or 10.0
    pitches = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if b.top > a.top)
    pitch = pitches[len(pitches) // 4] if len(pitches) >= 3 else 1.2 * h  # the usual line pitch
    habit = spaces_mixed_script(lines)
    out: list[tuple[float, list[str]]] = []
    prev: Line | None = None
    for ln in lines:
        if prev is not None:
            latin = prev.text[-1:].isascii() and prev.text[-1:].isalnum() and ln.text[:1].isascii()
        new = (
            prev is None
            or ln.x0 > left + 1.5 * h
            or right - prev.end >= ln.lead + (0.3 * h if latin and not prev.trailing_space else 0.0) - 0.02 * h
            or ln.top - prev.top > max(pitch, 1.05 * h) + 0.4 * h
        )
        if new:
            out.append((ln.top, [ln.text]))
        else:
            out[-1][1].append((" " if wrap_space(prev, ln.text, habit) else "") + ln.text)
        prev = ln
    return [(top, "".join(parts).strip()) for top, parts in out if "".join(parts).strip()]


class _CellGrid:
    """Which cell of one table a point falls in, by bisecting the table's column and row
    edges: every char of a page is placed with two bisections instead of testing it against
    every cell (a 40-row table page has a few hundred cells and a few thousand chars)."""

    def __init__(self, table) -> None:
        self.bbox = table.bbox
        self.xs = sorted({v for b in table.cells for v in (b[0], b[2])})
        self.ys = sorted({v for b in table.cells for v in (b[1], b[3])})
        self.owner: dict[tuple[int, int], tuple] = {}
        for b in table.cells:  # a merged cell owns every grid square it spans
            for i in range(bisect_left(self.xs, b[0]), bisect_left(self.xs, b[2])):
                for j in range(bisect_left(self.ys, b[1]), bisect_left(self.ys, b[3])):
                    self.owner.setdefault((i, j), b)

    def cell_at(self, x: float, y: float) -> tuple | None:
        x0, top, x1, bottom = self.bbox
        if not (x0 <= x <= x1 and top <= y <= bottom):
            return None
        i = min(bisect_right(self.xs, x) - 1, len(self.xs) - 2)
        j = min(bisect_right(self.ys, y) - 1, len(self.ys) - 2)
        return self.owner.get((i, j))


def _bucket_chars(chars: list[dict], grids: list[_CellGrid]) -> tuple[list[dict], dict[tuple, list[dict]]]:
    """One pass over the page's chars: each goes to the table cell its centre is in (glyph
    boxes overhang thin rows), or to the page text when it is in no cell."""
    outside: list[dict] = []
    cells: dict[tuple, list[dict]] = {}
    for c in chars:
        cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
        for grid in grids:
            cell = grid.cell_at(cx, cy)
            if cell is not None:
                cells.setdefault(cell, []).append(c)
                break
        else:
            outside.append(c)
    return outside, cells


_PAGE_END = 0.85  # a table ending above this fraction of its page height does not go on
_RULE_GAP = 3.0  # points: ruling lines this close touch (pdfplumber's own snap/join tolerance)


def closed_ruling(edges: list[dict]) -> dict:
    """pdfplumber table settings that close the open sides of ruled tables.

    Word, WPS and LibreOffice tables often leave out the outer border (no top rule over the
    header, no left and right rules, or none at all — only the inner grid), and the piece of a
    table on the next page starts without a top rule. pdfplumber only finds cells that have
    four sides, so such a table loses its header row or its first and last columns, and
    their text falls out of the table. Each group of touching ruling lines that has both
    horizontal and vertical lines is a table: its bounding box is drawn as explicit lines."""
    groups: list[list[float]] = []  # [x0, top, x1, bottom, has_h, has_v] of touching lines
    for e in sorted(edges, key=lambda e: (e["top"], e["x0"])):
        box = [e["x0"], e["top"], e["x1"], e["bottom"], e["orientation"] == "h", e["orientation"] == "v"]
        hits = [g for g in groups if box[0] <= g[2] + _RULE_GAP and g[0] <= box[2] + _RULE_GAP
                and box[1] <= g[3] + _RULE_GAP and g[1] <= box[3] + _RULE_GAP]
        for g in hits:
            groups.remove(g)
            box = [min(box[0], g[0]), min(box[1], g[1]), max(box[2], g[2]), max(box[3], g[3]),
                   box[4] or g[4], box[5] or g[5]]
        groups.append(box)
    vertical: list[dict] = []
    horizontal: list[dict] = []
    for x0, top, x1, bottom, has_h, has_v in groups:
        if not (has_h and has_v) or x1 - x0 < 2 * _RULE_GAP or bottom - top < 2 * _RULE_GAP:
            continue
        for x in (x0, x1):
            vertical.append({"object_type": "line", "x0": x, "x1": x, "top": top, "bottom": bottom,
                             "width": 0.0, "height": bottom - top})
        for y in (top, bottom):
            horizontal.append({"object_type": "line", "x0": x0, "x1": x1, "top": y, "bottom": y,
                               "width": x1 - x0, "height": 0.0})
    return {"explicit_vertical_lines": vertical, "explicit_horizontal_lines": horizontal}


def _rules(page) -> list[dict]:
    """The page's ruling lines long enough to be a cell border (lines, rectangle sides)."""
    return [e for e in page.edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= _RULE_GAP]


def _page_blocks(page, number: int, first_table: int) -> list:
    tables = page.find_tables(closed_ruling(_rules(page)))
    grids = [_CellGrid(t) for t in tables if t.cells]
    outside, cell_chars = _bucket_chars(page.chars, grids)
    size = (float(page.width) or 1.0, float(page.height) or 1.0)
    placed: list[tuple[float, object]] = [(t.bbox[1], _table(t, cell_chars, number, size)) for t in tables]
    height = float(page.height)
    lines = [
        ln for ln in text_lines(outside)
        if not (_PAGE_NUMBER.match(ln.text) and (ln.top < 0.1 * height or ln.bottom > 0.9 * height))
    ]
    for run in _runs_between(lines, sorted(t.bbox[1] for t in tables)):
        for top, text in group_lines(run):  # a paragraph never continues across a table
            placed.append((top, Paragraph(text, Loc(page=number))))
    placed.sort(key=lambda tb: tb[0])
    return [b for _, b in placed]


def _runs_between(lines: list[Line], table_tops: list[float]) -> list[list[Line]]:
    """Split the page's lines (top to bottom) wherever a table stands between two of them."""
    runs: list[list[Line]] = [[]]
    for ln in lines:
        prev = runs[-1][-1] if runs[-1] else None
        if prev is not None and any(prev.top < top <= ln.top for top in table_tops):
            runs.append([])
        runs[-1].append(ln)
    return runs


def _cell_text(chars: list[dict], bbox: tuple) -> str:
    """A cell's paragraphs, one per line of the result. Its right edge for the "line ended
    early" test is the cell border less the same padding the text keeps on the left. A space
    drawn at the very end is kept for now: when a page break cuts the row, the text goes on
    in the next page's cell ("76 " + "万人次") and _join_split_tables strips it after."""
    lines = text_lines(chars)
    turned = rotated_text(chars)
    if not lines:
        return turned
    h = _median([ln.bottom - ln.top for ln in lines], 10.0)
    inset = min(max(min(ln.x0 for ln in lines) - bbox[0], 0.0), h)
    text = "\n".join(text for _, text in group_lines(lines, bbox[2] - inset))
    if turned:  # a turned label beside upright text in one cell: the label first
        text = turned + "\n" + text
    return text + " " if wrap_space(lines[-1], None, spaces_mixed_script(lines)) else text


def _matrix(c: dict) -> tuple:
    return c.get("matrix") or (0.0, 1.0, -1.0, 0.0, c["x0"], -c["top"])


def rotated_text(chars: list[dict]) -> str:
    """The text of glyphs turned 90° (a table cell's text direction 从下到上 / 从上到下, how
    forms write 主要事迹 beside the deeds): one column of glyphs per line, each read in the
    direction the glyphs face — upwards when turned anticlockwise, downwards when clockwise."""
    turned = [c for c in chars if not c.get("upright", True) and c.get("text", "").strip()]
    if not turned:
        return ""
    columns: list[list[dict]] = []
    for c in sorted(turned, key=lambda c: c["x0"]):
        if columns and c["x0"] < columns[-1][-1]["x1"] - 0.3 * (c["x1"] - c["x0"]):
            columns[-1].append(c)
        else:
            columns.append([c])
    out = []
    for col in columns:
        # Along the column by the glyph's own origin (pdfplumber's top/bottom of a turned glyph
        # can be flat): the PDF's y grows upwards, and text turned anticlockwise reads upwards.
        upward = _matrix(col[0])[1] > 0
        col.sort(key=lambda c: _matrix(c)[5] if upward else -_matrix(c)[5])
        out.append("".join(c["text"] for c in col))
    if _matrix(turned[0])[1] < 0:
        out.reverse()  # clockwise text: the first line is the rightmost column
    return "\n".join(out)


def _box(bbox: tuple, size: tuple[float, float]) -> tuple[float, float, float, float]:
    """A cell's place on its page as fractions of the page (Loc.box)."""
    w, h = size
    return (round(bbox[0] / w, 4), round(bbox[1] / h, 4), round(bbox[2] / w, 4), round(bbox[3] / h, 4))


def _table(t, cell_chars: dict[tuple, list[dict]], number: int, size: tuple[float, float]) -> Table:
    texts: dict[tuple, str] = {}

    def text_of(bbox: tuple) -> str:
        if bbox not in texts:
            texts[bbox] = _cell_text(cell_chars.get(bbox, []), bbox)
        return texts[bbox]

    col_x = [((c.bbox[0] + c.bbox[2]) / 2) for c in t.columns]
    rows: list[list[Cell]] = []
    for r, row in enumerate(t.rows):
        cy = (row.bbox[1] + row.bbox[3]) / 2
        out: list[Cell] = []
        for c, bbox in enumerate(row.cells):
            if bbox is not None:
                out.append(Cell(text_of(bbox), Loc(page=number, row=r, col=c, box=_box(bbox, size))))
                continue
            cx = col_x[c] if c < len(col_x) else None
            cover = next(
                (b for b in t.cells if cx is not None and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None
            )
            loc = Loc(page=number, row=r, col=c, box=_box(cover, size) if cover else None)
            out.append(Cell(text_of(cover) if cover else "", loc, cover is not None))
        rows.append(out)
    rows = [row for row in rows if any(c.text for c in row)]
    return Table(rows, Loc(page=number))


def _column_spans(rows: list[list[Cell]]) -> list[tuple[float, float]] | None:
    """Each grid column's horizontal extent (page fractions): the narrowest cell box in it,
    which is an unmerged cell's. None when the cells carry no boxes."""
    spans = []
    for c in range(len(rows[0])):
        boxes = [row[c].loc.box for row in rows if c < len(row) and row[c].loc.box is not None]
        if not boxes:
            return None
        narrow = min(boxes, key=lambda bx: bx[2] - bx[0])
        spans.append((narrow[0], narrow[2]))
    return spans


def _regrid(rows: list[list[Cell]], prev: list[list[Cell]]) -> list[list[Cell]] | None:
    """The rows of a table's next-page piece laid out on the columns of the piece before it,
    when the two are the same table with other column lines (merged cells on one page make
    pdfplumber see fewer columns): same left and right edge, each old column's middle inside
    one of the new piece's cells. None when they are not one table."""
    spans, before = _column_spans(rows), _column_spans(prev)
    if not spans or not before:
        return None
    if abs(spans[0][0] - before[0][0]) > 0.01 or abs(spans[-1][1] - before[-1][1]) > 0.01:
        return None
    out: list[list[Cell]] = []
    for row in rows:
        cells: list[Cell] = []
        source: Cell | None = None
        for x0, x1 in before:
            mid = (x0 + x1) / 2
            hit = next((c for c in row if c.loc.box and c.loc.box[0] <= mid <= c.loc.box[2]), None)
            if hit is None:
                cells.append(Cell("", Loc(page=row[0].loc.page, col=len(cells))))
            else:
                copy = hit is source or hit.merged
                cells.append(Cell(hit.text, Loc(page=hit.loc.page, col=len(cells), box=hit.loc.box), copy))
            source = hit
        out.append(cells)
    return out


def _reaches_page_end(last_row: list[Cell]) -> bool:
    """A table goes on over the page only when it fills its page: a word processor breaks a
    table at the bottom margin (at worst a line above it). A table that stops above the lowest
    15 % of its page (bottom margins are 2–3.5 cm of 29.7) ended there; the table
    on the next page is another one (the next nomination form). Without cell boxes (nothing
    known; an OCR'd cell's box is its text's, not the cell's), assume it may go on."""
    bottoms = [c.loc.box[3] for c in last_row if c.loc.box is not None and c.conf is None]
    return not bottoms or max(bottoms) >= _PAGE_END


def _bare_label(text: str) -> str:
    """姓  名, 姓名： and 姓名 are one label."""
    return "".join(text.split()).rstrip(":：")


def _same_template(first: list[Cell], other: list[Cell]) -> bool:
    """Is ``other`` the first row of a new table of the same template (the next nomination
    form, one per page), not the continuation of the table ``first`` heads? The same first
    cell (姓名, 单位名称), other text — a repeated header row has the same text throughout."""
    texts = [_bare_label(c.text) for c in first]
    again = [_bare_label(c.text) for c in other]
    return bool(texts[0]) and texts[0] == again[0] and texts != again


def _join_split_tables(blocks: list) -> list:
    """A table continued on the next page comes out as two tables: join them back, drop a
    repeated header row, and glue a row that the page break cut in two. Tables are numbered
    afterwards (Loc.table) in document order."""
    out: list = []
    last_page: dict[int, int] = {}  # id of a table in out → the last page it runs onto
    for b in blocks:
        prev = out[-1] if out else None
        rows = None
        if (
            isinstance(b, Table) and isinstance(prev, Table) and b.rows and prev.rows
            and b.loc.page == last_page.get(id(prev), prev.loc.page or 0) + 1
            and not _same_template(prev.rows[0], b.rows[0])
            and _reaches_page_end(prev.rows[-1])
        ):
            rows = b.rows if len(b.rows[0]) == len(prev.rows[0]) else _regrid(b.rows, prev.rows)
        if rows is not None:
            last_page[id(prev)] = b.loc.page
            if [c.text.strip() for c in rows[0]] == [c.text.strip() for c in prev.rows[0]]:
                rows = rows[1:]
            if rows and not rows[0][0].text and len(rows[0]) > 1 and not rows[0][1].text:
                last = prev.rows[-1]
                for cell, more in zip(last, rows[0]):
                    if more.text:
                        sep = "\n" if cell.text.rstrip().endswith(tuple(_SENTENCE_END)) else ""
                        cell.text = cell.text + sep + more.text if cell.text else more.text
                rows = rows[1:]
            prev.rows.extend(rows)
            continue
        out.append(b)
    index = 0
    for b in out:
        if isinstance(b, Table):
            b.loc = Loc(page=b.loc.page, table=index, box=b.loc.box)
            for r, row in enumerate(b.rows):
                for c in row:
                    c.text = c.text.strip()
                    c.loc = Loc(page=c.loc.page, table=index, row=r, col=c.loc.col, box=c.loc.box)
            index += 1
    return out
