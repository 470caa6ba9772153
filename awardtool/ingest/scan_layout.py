"""From OCR text boxes back to the document's structure: table cells and paragraphs.

The engine returns loose lines of text. A 推荐审批表 only means something as cells (a label
beside or above its value), so the cells are rebuilt from the page's own ruling lines:

1. long horizontal and vertical dark runs are picked out of the (deskewed) page with a
   morphological opening, slightly thickened to bridge a scanner's broken lines;
2. each connected frame of lines large enough to be a table gives the table; the white
   regions enclosed by its lines are its cells — merged cells come out as one region, exactly
   as drawn, with no guessing from text positions;
3. the cells' edges give the table's rows and columns; a cell spanning several grid squares
   is repeated in each with ``merged=True`` (as the Word reader does), so every row reads on
   its own;
4. each text box goes to the cell holding its centre — a box that runs across a cell border
   (a label and its value read as one line) is split at the border by character position;
5. inside a cell, boxes on the same row form a line and lines form paragraphs by the same
   rule as PDF text (``pdf.group_lines``); a column of single characters (``主`` ``要`` ``事``
   ``迹``, a vertical label) is one word.

Text outside any table becomes paragraphs, the large centred line above the first table the
title. Every block and cell carries its page box (fractions of the page) and the engine's
confidence (the least sure box in it).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np

from awardtool.document import Block, Cell, Loc, Paragraph, Table
from awardtool.ingest.ocr import TextBox, opencv
from awardtool.ingest.pdf import Line, group_lines
from awardtool.ingest.scan_image import Geometry

MIN_TABLE_SIDE = 0.15  # a table frame spans at least this share of the page width and height…
MIN_CELLS = 2  # …and encloses at least this many cells


@dataclass(slots=True)
class _Cell:
    x0: int
    y0: int
    x1: int
    y1: int
    boxes: list[TextBox] = field(default_factory=list)


@dataclass(slots=True)
class _Table:
    x0: int
    y0: int
    x1: int
    y1: int
    cells: list[_Cell]


def page_blocks(image: np.ndarray, boxes: list[TextBox], geometry: Geometry, page: int,
                first_table: int = 0) -> list[Block]:
    """The blocks of one OCR'd page, in reading order (top to bottom). ``image`` is the
    prepared page (deskewed, in the boxes' pixels) to find the ruling lines on;
    ``first_table`` numbers the tables."""
    tables = find_tables(image)
    loose: list[TextBox] = []
    for box in boxes:
        for part in _place(box, tables):
            if part is not None:
                loose.append(part)
    placed: list[tuple[float, Block]] = []
    for t in tables:
        placed.append((t.y0, _table_block(t, geometry, page)))
    sizes = sorted(_char_size(b) for b in boxes)
    usual = sizes[len(sizes) // 2] if sizes else 0.0  # the body text's character size
    placed.extend(_paragraphs(loose, geometry, page, [t.y0 for t in tables], image.shape[1], usual))
    placed.sort(key=lambda p: p[0])
    blocks = [b for _, b in placed]
    index = first_table
    for b in blocks:
        if isinstance(b, Table):
            b.loc = Loc(page=page, table=index, box=b.loc.box)
            for row in b.rows:
                for c in row:
                    c.loc = Loc(page=page, table=index, row=c.loc.row, col=c.loc.col, box=c.loc.box)
            index += 1
    return blocks


# --- ruling lines → tables and cells ------------------------------------------------------------
def find_tables(image: np.ndarray) -> list[_Table]:
    """Ruled tables on the page, each with its cells (pixel boxes), top to bottom."""
    cv2 = opencv()

    grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    h, w = grey.shape
    ink = cv2.adaptiveThreshold(grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 25, 12)
    unit = max(h, w) / 1000  # about a quarter of a millimetre on A4
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, round(40 * unit)), 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, round(30 * unit)))))
    gap = max(3, round(4 * unit))  # bridge broken lines and the corners where they meet
    horizontal = cv2.dilate(horizontal, cv2.getStructuringElement(cv2.MORPH_RECT, (gap * 2, 3)))
    vertical = cv2.dilate(vertical, cv2.getStructuringElement(cv2.MORPH_RECT, (3, gap * 2)))
    lines = cv2.bitwise_or(horizontal, vertical)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(lines, connectivity=8)
    tables: list[_Table] = []
    for i in range(1, count):
        x, y, bw, bh, _area = stats[i]
        if bw < MIN_TABLE_SIDE * w or bh < MIN_TABLE_SIDE * w * 0.3:
            continue
        own = (labels[y:y + bh, x:x + bw] == i).astype(np.uint8) * 255  # this frame's lines only
        cells = _cells(own, x, y, unit)
        if len(cells) < MIN_CELLS:
            continue
        # The table is where its cells are: a photo's paper edge frames the same cells again.
        t = _Table(min(c.x0 for c in cells), min(c.y0 for c in cells), max(c.x1 for c in cells),
                   max(c.y1 for c in cells), cells)
        same = next((k for k, other in enumerate(tables) if _same_place(t, other)), None)
        if same is None:
            tables.append(t)
        elif len(t.cells) > len(tables[same].cells):  # the fuller reading of the same table
            tables[same] = t
    tables.sort(key=lambda t: t.y0)
    return tables


def _same_place(a: _Table, b: _Table) -> bool:
    """Do two tables cover mostly the same area?"""
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.y1, b.y1) - max(a.y0, b.y0)
    smaller = min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0))
    return w > 0 and h > 0 and w * h > 0.5 * smaller


def _cells(frame: np.ndarray, ox: int, oy: int, unit: float) -> list[_Cell]:
    """The white regions enclosed by a table's lines (those not touching the frame's edge).
    A region that surrounds others — the margin between a photo's paper edge and the table,
    a frame around a frame — is no cell: a cell is (nearly) the rectangle it spans."""
    cv2 = opencv()

    inside = cv2.bitwise_not(frame)
    count, _labels, stats, _ = cv2.connectedComponentsWithStats(inside, connectivity=4)
    fh, fw = frame.shape
    min_side = 12 * unit
    cells = []
    for i in range(1, count):
        x, y, bw, bh, area = stats[i]
        if x == 0 or y == 0 or x + bw >= fw or y + bh >= fh or bw < min_side or bh < min_side:
            continue
        if area < 0.8 * bw * bh:
            continue
        cells.append(_Cell(int(ox + x), int(oy + y), int(ox + x + bw), int(oy + y + bh)))
    return cells


def _place(box: TextBox, tables: list[_Table]) -> list[TextBox | None]:
    """Put ``box`` into the cell(s) it lies in: returns what is left outside every table
    (``None`` entries for the parts placed in cells)."""
    for t in tables:
        if not (t.x0 <= box.cx <= t.x1 and t.y0 <= box.cy <= t.y1):
            continue
        row = [c for c in t.cells if c.y0 <= box.cy <= c.y1 and c.x1 > box.x0 and c.x0 < box.x1]
        if not row:
            return [box]  # on a line or in a gap: leave it as page text
        row.sort(key=lambda c: c.x0)
        if len(row) == 1:
            row[0].boxes.append(box)
            return [None]
        for c, part in zip(row, _split(box, [c.x1 for c in row[:-1]])):
            if part is not None:
                c.boxes.append(part)
        return [None]
    return [box]


def _split(box: TextBox, borders: list[float]) -> list[TextBox | None]:
    """A box running over cell borders cut at them, its characters spread evenly over its
    width (CJK print is monospaced enough for that)."""
    n = len(box.text)
    step = box.width / max(1, n)
    edges = [box.x0] + borders + [box.x1]
    out: list[TextBox | None] = []
    for a, b in zip(edges, edges[1:]):
        chars = [i for i in range(n) if a <= box.x0 + (i + 0.5) * step < b]
        if not chars:
            out.append(None)
            continue
        text = box.text[chars[0]:chars[-1] + 1].strip()
        out.append(TextBox(box.x0 + chars[0] * step, box.y0, box.x0 + (chars[-1] + 1) * step, box.y1, text, box.score)
                   if text else None)
    return out


# --- text boxes → lines → paragraphs ------------------------------------------------------------
def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _lines(boxes: list[TextBox]) -> list[list[TextBox]]:
    """Boxes on the same row (vertical centres within half a line of each other), top to
    bottom, each row left to right."""
    rows: list[list[TextBox]] = []
    for b in sorted(boxes, key=lambda b: b.cy):
        if rows:
            last = rows[-1]
            h = min(b.height, sum(x.height for x in last) / len(last))
            if abs(b.cy - sum(x.cy for x in last) / len(last)) <= 0.5 * h:
                last.append(b)
                continue
        rows.append([b])
    return [sorted(r, key=lambda b: b.x0) for r in rows]


def _join(row: list[TextBox]) -> str:
    out = row[0].text
    for a, b in zip(row, row[1:]):
        tight = _wide(a.text[-1]) or _wide(b.text[0])
        out += ("" if tight else " ") + b.text
    return out


def _as_line(row: list[TextBox]) -> Line:
    text = _join(row)
    x0, x1 = min(b.x0 for b in row), max(b.x1 for b in row)
    top, bottom = min(b.y0 for b in row), max(b.y1 for b in row)
    char = (x1 - x0) / max(1, len(text))
    first = text.split(" ", 1)[0] if not _wide(text[0]) else text[0]
    return Line(top, bottom, x0, x1, x1, text, char * len(first), False)


def _vertical_word(rows: list[list[TextBox]]) -> bool:
    """A column of one or two characters a row, stacked: a label written vertically."""
    if len(rows) < 2 or any(len(r) != 1 or len(r[0].text) > 2 for r in rows):
        return False
    centres = [r[0].cx for r in rows]
    return max(centres) - min(centres) <= max(r[0].height for r in rows)


def cell_text(boxes: list[TextBox], right: float | None = None) -> str:
    """A cell's text: its paragraphs, one a line; a vertical label as one word."""
    rows = _lines(boxes)
    if not rows:
        return ""
    if _vertical_word(rows):
        return "".join(r[0].text for r in rows)
    return "\n".join(text for _, text in group_lines([_as_line(r) for r in rows], right))


def _confidence(boxes: list[TextBox]) -> float | None:
    return round(min(b.score for b in boxes), 3) if boxes else None


def _table_block(t: _Table, geometry: Geometry, page: int) -> Table:
    xs = _edges([c.x0 for c in t.cells] + [c.x1 for c in t.cells])
    ys = _edges([c.y0 for c in t.cells] + [c.y1 for c in t.cells])
    owner: dict[tuple[int, int], _Cell] = {}
    for c in t.cells:
        for r in range(_nearest(ys, c.y0), max(_nearest(ys, c.y0) + 1, _nearest(ys, c.y1))):
            for k in range(_nearest(xs, c.x0), max(_nearest(xs, c.x0) + 1, _nearest(xs, c.x1))):
                owner.setdefault((r, k), c)
    texts: dict[int, tuple[str, float | None]] = {}
    rows: list[list[Cell]] = []
    for r in range(len(ys) - 1):
        out: list[Cell] = []
        for k in range(len(xs) - 1):
            c = owner.get((r, k))
            if c is None:
                out.append(Cell("", Loc(page=page, row=r, col=k)))
                continue
            if id(c) not in texts:
                pad = (c.boxes[0].height * 0.5) if c.boxes else 0
                texts[id(c)] = (cell_text(c.boxes, c.x1 - pad), _confidence(c.boxes))
                first = True
            else:
                first = False
            text, conf = texts[id(c)]
            box = geometry.box_to_page(c.x0, c.y0, c.x1, c.y1)
            out.append(Cell(text, Loc(page=page, row=r, col=k, box=box), not first, conf))
        rows.append(out)
    return Table(rows, Loc(page=page, box=geometry.box_to_page(t.x0, t.y0, t.x1, t.y1)))


def _edges(values: list[int]) -> list[float]:
    """Cell edges clustered into the table's grid lines (a line is a few pixels thick, and
    the cells on either side of it end on its two sides)."""
    values = sorted(values)
    groups: list[list[int]] = []
    for v in values:
        if groups and v - groups[-1][-1] <= 12:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [sum(g) / len(g) for g in groups]


def _nearest(edges: list[float], v: float) -> int:
    return min(range(len(edges)), key=lambda i: abs(edges[i] - v))


def _char_size(box: TextBox) -> float:
    """The print size of a box: the width of one character (box heights vary more with the
    detector's padding than widths do)."""
    return box.width / max(1, len(box.text))


def _paragraphs(boxes: list[TextBox], geometry: Geometry, page: int, table_tops: list[int],
                width: int, usual: float) -> list[tuple[float, Paragraph]]:
    """Page text outside the tables: paragraphs (never across a table), the title — a large
    centred line above the first table, larger than the page's ``usual`` line — marked."""
    rows = _lines(boxes)
    if not rows:
        return []
    runs: list[list[list[TextBox]]] = [[]]
    for row in rows:
        prev = runs[-1][-1] if runs[-1] else None
        if prev is not None and any(prev[0].y0 < top <= row[0].y0 for top in table_tops):
            runs.append([])
        runs[-1].append(row)
    first_table = min(table_tops, default=None)
    out: list[tuple[float, Paragraph]] = []
    for run in runs:
        lines = [_as_line(r) for r in run]
        paragraphs = group_lines(lines)
        tops = [top for top, _ in paragraphs]
        for i, (top, text) in enumerate(paragraphs):
            end = tops[i + 1] if i + 1 < len(tops) else float("inf")
            members = [b for r in run for b in r if top <= min(x.y0 for x in r) < end]
            x0, x1 = min(b.x0 for b in members), max(b.x1 for b in members)
            y0, y1 = min(b.y0 for b in members), max(b.y1 for b in members)
            title = (first_table is not None and y1 <= first_table and len(members) == 1
                     and _char_size(members[0]) >= 1.25 * usual and abs((x0 + x1) / 2 - width / 2) < 0.1 * width)
            loc = Loc(page=page, box=geometry.box_to_page(x0, y0, x1, y1))
            out.append((top, Paragraph(text, loc, level=0 if title else None, conf=_confidence(members))))
    return out
