"""The neutral document structure that every reader produces.

Readers for .txt, .docx, .pdf, .html, .xlsx … all turn a file into the same ordered list of
blocks (paragraphs and tables). Every block and cell carries a ``Loc`` saying where it came
from, in the terms a clerk uses (page, paragraph, line, table row/cell), so that the window
can later highlight the source of a field and the extractor never needs to know the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields


@dataclass(frozen=True, slots=True)
class Loc:
    """Where a piece of text came from. Unused coordinates stay None.

    page: 1-based PDF page; paragraph: 0-based body paragraph index (docx/html/odt);
    line: 1-based line of a text file; table/row/col: 0-based table index and cell;
    sheet: worksheet name of a spreadsheet.
    box: where on the page (scans, photos: the OCR'd text's bounding box), as fractions of the
    page's width and height (x0, y0, x1, y1) from its top-left corner, so the page viewer can
    draw it at any zoom without knowing the resolution the page was read at.
    """

    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    col: int | None = None
    sheet: str | None = None
    box: tuple[float, float, float, float] | None = None

    def to_json(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}

    @classmethod
    def from_json(cls, data: dict) -> Loc:
        loc = cls(*map(data.get, cls.__match_args__))  # the fields in order; fast for big projects
        if loc.box is not None:  # JSON gives a list; a Loc stays hashable
            object.__setattr__(loc, "box", tuple(loc.box))
        return loc


@dataclass(slots=True)
class Paragraph:
    """One paragraph (or one line of a text file).

    style: the source's own style name ("Heading 1", "Title", "h2"), if any.
    level: heading level — 0 for a document title, 1.. for headings, None for body text.
    conf: the OCR engine's confidence (0–1) for text read from a scan or photo; None when the
    text came from the file itself.
    """

    text: str
    loc: Loc
    style: str | None = None
    level: int | None = None
    conf: float | None = None


@dataclass(slots=True)
class Cell:
    """A table cell; several paragraphs in the cell are joined with "\\n".

    merged: True when the text was copied from a merged neighbour (gridSpan / vMerge /
    a spreadsheet merge), so each row of a table can be read on its own.
    conf: the OCR engine's confidence (0–1, the least sure text box in the cell) for a cell
    read from a scan or photo; None when the text came from the file itself.
    """

    text: str
    loc: Loc
    merged: bool = False
    conf: float | None = None


@dataclass(slots=True)
class Table:
    rows: list[list[Cell]]
    loc: Loc

    def texts(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


Block = Paragraph | Table


@dataclass(slots=True)
class Notice:
    """A warning or an error about a document: a stable code and a Chinese message."""

    code: str
    message: str

    def to_json(self) -> dict:
        return {"code": self.code, "message": self.message}


@dataclass(slots=True)
class Document:
    """A document as read from one file (or one member of a zip batch).

    path: the display path, e.g. ``batch.zip!报送材料/名单.docx``.
    format: the detected format ("txt", "docx", "pdf", "html", "xlsx", "csv", "doc" …).
    error: set when the file could not be read; blocks are then empty.
    original: the bytes the document was read from, for the project's copy of the file (kept
    only when asked for; None for a file refused unread, e.g. a zip bomb).
    """

    path: str
    format: str
    blocks: list[Block] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)
    error: Notice | None = None
    original: bytes | None = field(default=None, repr=False, compare=False)

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def text(self) -> str:
        """All text in reading order, one block or table row per line."""
        out: list[str] = []
        for b in self.blocks:
            if isinstance(b, Paragraph):
                out.append(b.text)
            else:
                out.extend("\t".join(c.text for c in row) for row in b.rows)
        return "\n".join(out)


# Characters Word and Excel refuse in their XML (openpyxl: IllegalCharacterError; python-docx:
# "All strings must be XML compatible"): C0 controls other than tab and newline, and the two
# non-characters. Vertical tab is what Word pastes for a soft line break, form feed a page
# break, CR a line end: those become a newline; the rest are dropped.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_AS_NEWLINE = {"\x0b": "\n", "\x0c": "\n", "\r": "\n"}


def _clean(text: str) -> tuple[str, int]:
    if _CONTROL.search(text) is None:
        return text, 0
    text = text.replace("\r\n", "\n")
    return _CONTROL.subn(lambda m: _AS_NEWLINE.get(m.group(), ""), text)


def clean_control_characters(doc: Document) -> Notice | None:
    """Make every text of ``doc`` safe to write to Word and Excel, in place, once at import
    for every format; a Notice says how many characters were changed (None: nothing to do)."""
    changed = 0
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            block.text, n = _clean(block.text)
            changed += n
        else:
            for row in block.rows:
                for cell in row:
                    cell.text, n = _clean(cell.text)
                    changed += n
    return control_chars_notice(changed)


def control_chars_notice(count: int) -> Notice | None:
    """What the clerk is told about ``count`` cleaned control characters (None for none)."""
    if not count:
        return None
    return Notice("control_chars", f"已清理 {count} 个 Word/Excel 不接受的控制字符"
                                   "（软换行、换页符改为换行，其余删除），文字内容未受影响")
