"""PDF with a text layer (pdfplumber): paragraphs per page and tables where ruling lines
allow, in reading order, each block located by its page.

PDF has no paragraphs, only positioned lines, so lines are grouped back into paragraphs: a
new one starts at an indented line, after a line that ends short of the right margin, or
after a vertical gap. A table that runs over a page break is joined back into one table (a
repeated header row is dropped, a row split by the break is glued together). Scanned PDFs
(images only) and password-protected PDFs give a clear message instead of nothing.
"""

from __future__ import annotations

import io
import re

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.ingest.errors import IngestError

MAX_PAGES = 1000
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(\d+|第\s*\d+\s*页(\s*[，,/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)[-—–－\s]*$")
_SENTENCE_END = "。！？；!?;：:」”）)"


def read_pdf(data: bytes, display: str) -> Document:
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PDFPasswordIncorrect as e:
        raise _encrypted() from e
    except Exception as e:  # pdfplumber wraps pdfminer errors in PdfminerException
        if "password" in repr(e).lower() or "encrypt" in repr(e).lower():
            raise _encrypted() from e
        raise IngestError("corrupt", f"PDF 文件已损坏，无法打开（{type(e).__name__}）") from e
    blocks: list = []
    chars = 0
    with pdf:
        try:
            pages = pdf.pages
        except Exception as e:
            if "password" in repr(e).lower():
                raise _encrypted() from e
            raise IngestError("corrupt", f"PDF 文件已损坏，无法读取页面（{type(e).__name__}）") from e
        if len(pages) > MAX_PAGES:
            raise IngestError("too_large", f"PDF 页数过多（{len(pages)} 页），超过 {MAX_PAGES} 页上限")
        for number, page in enumerate(pages, 1):
            chars += len(page.chars)
            blocks.extend(_page_blocks(page, number, len(blocks)))
            page.close()
    if chars == 0:
        raise IngestError(
            "scanned",
            "这是扫描件（图片）PDF，没有文字层，无法直接读取文字；需要OCR（文字识别）转成文字后再导入",
        )
    blocks = _join_split_tables(blocks)
    return Document(display, "pdf", blocks)


def _encrypted() -> IngestError:
    return IngestError("encrypted", "PDF 文件已加密（需要密码），请先取消密码或另存为不加密的 PDF 后再导入")


def _inside(obj: dict, boxes: list[tuple]) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _page_blocks(page, number: int, first_table: int) -> list:
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    placed: list[tuple[float, object]] = []
    for i, t in enumerate(tables):
        placed.append((t.bbox[1], _table(page, t, number)))
    outside = page.filter(lambda o: o.get("object_type") != "char" or not _inside(o, boxes)) if boxes else page
    lines = outside.extract_text_lines(return_chars=False)
    height = float(page.height)
    lines = [
        ln for ln in lines
        if not (_PAGE_NUMBER.match(ln["text"]) and (ln["top"] < 0.1 * height or ln["bottom"] > 0.9 * height))
    ]
    for top, text in group_lines(lines, float(page.bbox[0]), float(page.bbox[2])):
        placed.append((top, Paragraph(text, Loc(page=number))))
    placed.sort(key=lambda tb: tb[0])
    return [b for _, b in placed]


def group_lines(lines: list[dict], left_edge: float, right_edge: float) -> list[tuple[float, str]]:
    """Glue visual lines back into paragraphs (see the module docstring)."""
    if not lines:
        return []
    left = min(ln["x0"] for ln in lines)
    right = max(ln["x1"] for ln in lines)
    heights = sorted(ln["bottom"] - ln["top"] for ln in lines)
    h = heights[len(heights) // 2] or 10.0
    out: list[tuple[float, list[str]]] = []
    prev = None
    for ln in lines:
        new = (
            prev is None
            or ln["x0"] > left + 1.5 * h
            or prev["x1"] < right - 2.0 * h
            or ln["top"] - prev["bottom"] > 0.9 * h
        )
        if new:
            out.append((ln["top"], [ln["text"]]))
        else:
            parts = out[-1][1]
            sep = " " if parts[-1][-1:].isascii() and parts[-1][-1:].isalnum() and ln["text"][:1].isascii() else ""
            parts.append(sep + ln["text"])
        prev = ln
    return [(top, "".join(parts).strip()) for top, parts in out if "".join(parts).strip()]


def _cell_text(page, bbox: tuple) -> str:
    x0, top, x1, bottom = bbox
    box = [(x0, top, x1, bottom)]
    try:  # chars belong to the cell their centre is in (glyph boxes overhang thin rows)
        crop = page.filter(
            lambda o: o.get("object_type") != "char" or _inside(o, box)
        )
    except ValueError:
        return ""
    lines = crop.extract_text_lines(return_chars=False)
    return "\n".join(text for _, text in group_lines(lines, x0, x1))


def _table(page, t, number: int) -> Table:
    texts: dict[tuple, str] = {}

    def text_of(bbox: tuple) -> str:
        if bbox not in texts:
            texts[bbox] = _cell_text(page, bbox)
        return texts[bbox]

    col_x = [((c.bbox[0] + c.bbox[2]) / 2) for c in t.columns]
    rows: list[list[Cell]] = []
    for r, row in enumerate(t.rows):
        cy = (row.bbox[1] + row.bbox[3]) / 2
        out: list[Cell] = []
        for c, bbox in enumerate(row.cells):
            loc = Loc(page=number, row=r, col=c)
            if bbox is not None:
                out.append(Cell(text_of(bbox), loc))
                continue
            cx = col_x[c] if c < len(col_x) else None
            cover = next(
                (b for b in t.cells if cx is not None and b[0] <= cx <= b[2] and b[1] <= cy <= b[3]), None
            )
            out.append(Cell(text_of(cover) if cover else "", loc, cover is not None))
        rows.append(out)
    rows = [row for row in rows if any(c.text for c in row)]
    return Table(rows, Loc(page=number))


def _join_split_tables(blocks: list) -> list:
    """A table continued on the next page comes out as two tables: join them back, drop a
    repeated header row, and glue a row that the page break cut in two. Tables are numbered
    afterwards (Loc.table) in document order."""
    out: list = []
    for b in blocks:
        prev = out[-1] if out else None
        if (
            isinstance(b, Table) and isinstance(prev, Table) and b.rows and prev.rows
            and b.loc.page == (prev.rows[-1][0].loc.page or 0) + 1
            and len(b.rows[0]) == len(prev.rows[0])
        ):
            rows = b.rows
            if [c.text for c in rows[0]] == [c.text for c in prev.rows[0]]:
                rows = rows[1:]
            if rows and not rows[0][0].text and len(rows[0]) > 1 and not rows[0][1].text:
                last = prev.rows[-1]
                for cell, more in zip(last, rows[0]):
                    if more.text:
                        sep = "\n" if cell.text.endswith(tuple(_SENTENCE_END)) else ""
                        cell.text = cell.text + sep + more.text if cell.text else more.text
                rows = rows[1:]
            prev.rows.extend(rows)
            continue
        out.append(b)
    index = 0
    for b in out:
        if isinstance(b, Table):
            b.loc = Loc(page=b.loc.page, table=index)
            for r, row in enumerate(b.rows):
                for c in row:
                    c.loc = Loc(page=c.loc.page, table=index, row=r, col=c.loc.col)
            index += 1
    return out
