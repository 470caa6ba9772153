"""Saved web pages (.html/.htm): the article, not the site's navigation, footer or scripts.

Government notices are usually saved straight from the browser, so a page carries menus,
breadcrumbs, "related links" and copyright lines around the notice. We drop the obviously
non-content elements, let readability-lxml pick the article, and then walk it into blocks:
<p>/<br>/<div> give paragraphs, h1–h6 give a heading level, and a data <table> (a 拟表彰名单
with rows and columns) stays a Table with colspan/rowspan resolved. Layout tables (one
column, or tables holding tables, as old CMS templates use) are read as ordinary content.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from awardtool.document import Cell, Document, Loc, Paragraph, Table, control_chars_notice
from awardtool.ingest.errors import IngestError, damaged
from awardtool.ingest.limits import MAX_SPAN, MAX_TABLE_COLS, budget
from awardtool.ingest.text import decode_text

_DROP_TAGS = ("script", "style", "noscript", "iframe", "form", "nav", "footer", "aside", "button",
              "select", "textarea", "template", "svg", "object", "embed", "head")
_BOILERPLATE = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|foot|breadcrumb|crumbs?|sidebar|share|copyright|banner|toolbar|"
    r"login|search|friendlink|links|topbar|bottom|position|location)([\s_-]|$)",
    re.I,
)
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "section", "article", "main", "blockquote", "pre", "center",
               "dd", "dt", "dl", "tr", "td", "th", "tbody", "thead", "tfoot", "table", "body", "html",
               "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure", "figcaption", "caption"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_CJK_NEWLINE = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")
_SPACES = re.compile(r"[\s\u00a0\u200b]+")
_RAW_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def decode_html(data: bytes) -> str:
    """The meta charset decides when present (GBK pages are common and must not be guessed
    wrong); otherwise the text detector. gb2312/gbk are read as their superset gb18030."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii").lower()
            if enc in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
                enc = "gb18030"
            try:
                return data.decode(enc, errors="replace")
            except LookupError:
                pass
    return decode_text(data)


def read_html(data: bytes, display: str) -> Document:
    text = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses str input with an encoding declaration
    text, controls = _RAW_CONTROL.subn("", text)  # never page content; lxml (and readability) refuse them
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(no_network=True, remove_comments=True))
    except (etree.ParserError, ValueError) as e:
        raise damaged("网页") from e
    _strip_boilerplate(root)
    article = _article(root)
    blocks = _Walker().run(article)
    title = _page_heading(root)
    if title and not any(isinstance(b, Paragraph) and b.text == title for b in blocks):
        blocks.insert(0, Paragraph(title, Loc(paragraph=0), "h1", 1))
    if not blocks:
        raise IngestError("empty", "网页中没有找到正文内容")
    cleaned = control_chars_notice(controls)
    return Document(display, "html", blocks, [cleaned] if cleaned else [])


# Void in HTML5 but unknown to libxml2's HTML 4 parser, which makes an unclosed one (as every
# browser writes it: ``<embed src=…>``) the parent of everything after it.
_VOID_HTML5 = {"embed", "source", "track", "wbr", "keygen", "param"}
# Plugin and media containers whose children are fallback text: a short note when closed, the
# rest of the page when left unclosed.
_FALLBACK = {"object", "noscript", "video", "audio", "canvas"}
_FALLBACK_CHARS = 200


def _swallowed(el: etree._Element) -> bool:
    """Does this element hold page content it was never meant to (left unclosed)?"""
    if el.tag in _VOID_HTML5:
        return len(el) > 0 or bool((el.text or "").strip())
    if el.tag in _FALLBACK:
        return (next(el.iterdescendants("table"), None) is not None
                or len(_SPACES.sub("", el.text_content())) > _FALLBACK_CHARS)
    return False


def _strip_boilerplate(root: etree._Element) -> None:
    for el in list(root.iter(_DROP_TAGS, *_VOID_HTML5, *_FALLBACK)):
        if _swallowed(el):
            el.drop_tag()  # the element goes, what it swallowed stays
        elif el.tag in _DROP_TAGS:
            _drop(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        marker = f"{el.get('class', '')} {el.get('id', '')}"
        if marker.strip() and _BOILERPLATE.search(marker) and el.tag not in ("body", "html", "table", "tr", "td"):
            _drop(el)


def _drop(el: etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    if el.tail:  # keep the text that follows the dropped element
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def _article(root: etree._Element) -> etree._Element:
    """readability-lxml's choice of the article element; the whole body when readability
    loses a data table the page has (it sometimes prunes short-celled name lists)."""
    from readability import Document as Readability

    body = root.find("body")
    if body is None:
        body = root
    try:
        summary = Readability(lxml.html.tostring(root, encoding="unicode")).summary(html_partial=True)
        article = lxml.html.fragment_fromstring(summary, create_parent="div")
    except Exception:  # readability gives up on some pages ("document is empty" …)
        return body
    if _data_tables(body) > _data_tables(article):
        return body
    if len(_SPACES.sub("", article.text_content())) < 0.3 * len(_SPACES.sub("", body.text_content())):
        return body
    return article


def _page_heading(root: etree._Element) -> str | None:
    h1 = next(root.iter("h1"), None)
    return _clean(h1.text_content()) if h1 is not None else None


def _is_data_table(table: etree._Element) -> bool:
    if next(table.iterdescendants("table"), None) is not None:
        return False
    rows = [tr for tr in table.iter("tr") if _closest_table(tr) is table]
    if len(rows) < 2:
        return False
    return max(len(tr.findall("td")) + len(tr.findall("th")) for tr in rows) >= 2


def _data_tables(el: etree._Element) -> int:
    return sum(1 for t in el.iter("table") if _is_data_table(t))


def _closest_table(el: etree._Element) -> etree._Element | None:
    for anc in el.iterancestors("table"):
        return anc
    return None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", _CJK_NEWLINE.sub("", text)).strip()


class _Walker:
    """Depth-first walk that turns block structure into Paragraph and Table blocks."""

    def __init__(self):
        self.blocks: list = []
        self.buffer: list[str] = []
        self.level: int | None = None
        self.style: str | None = None
        self.paragraphs = 0
        self.tables = 0

    def run(self, el: etree._Element) -> list:
        self.visit(el)
        self.flush()
        return self.blocks

    def flush(self) -> None:
        text = _clean("".join(self.buffer))
        self.buffer.clear()
        if text:
            self.blocks.append(Paragraph(text, Loc(paragraph=self.paragraphs), self.style, self.level))
            self.paragraphs += 1
        self.level = self.style = None

    def visit(self, el: etree._Element) -> None:
        if budget().exhausted:
            return  # a bound was reached: keep what was read
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag == "br":
            self.flush()
        elif tag == "table" and _is_data_table(el):
            self.flush()
            self.blocks.append(self.table(el))
        elif tag in _HEADINGS:
            self.flush()
            self.buffer.append(el.text_content())
            self.level, self.style = _HEADINGS[tag], tag
            self.flush()
        elif tag in _BLOCK_TAGS:
            self.flush()
            if el.text:
                self.buffer.append(el.text)
            for child in el:
                self.visit(child)
                if child.tail:
                    self.buffer.append(child.tail)
            self.flush()
        else:  # inline: span, a, font, b, strong …
            if el.text and tag:
                self.buffer.append(el.text)
            for child in el:
                self.visit(child)
                if child.tail:
                    self.buffer.append(child.tail)

    def table(self, table: etree._Element) -> Table:
        """Rows with colspan/rowspan copied into every covered cell, padded to the widest
        row; spans, width and cells are bounded (limits.py): a table cut at a bound keeps
        the rows read and the document gets a warning."""
        t = self.tables
        self.tables += 1
        rows: list[list[Cell]] = []
        pending: dict[tuple[int, int], str] = {}  # text of the cells covered by a rowspan from above
        trs = [tr for tr in table.iter("tr") if _closest_table(tr) is table]
        spend = budget()
        for r, tr in enumerate(trs):
            row: list[Cell] = []
            for td in tr:
                if td.tag not in ("td", "th"):
                    continue
                while (r, len(row)) in pending:
                    row.append(Cell(pending.pop((r, len(row))), Loc(table=t, row=r, col=len(row)), True))
                col = len(row)
                colspan = min(_span(td.get("colspan")), MAX_TABLE_COLS - col)
                if colspan <= 0:
                    break  # wider than any table a clerk sends: the rest of the row is dropped
                rowspan = min(_span(td.get("rowspan")), len(trs) - r)
                text = _cell_text(td)
                if not spend.take(colspan * rowspan, len(text) * colspan * rowspan):
                    break
                for k in range(colspan):
                    row.append(Cell(text, Loc(table=t, row=r, col=col + k), k > 0))
                    for down in range(1, rowspan):
                        pending[(r + down, col + k)] = text  # the Cell is made if a row reaches it
            while (r, len(row)) in pending:
                row.append(Cell(pending.pop((r, len(row))), Loc(table=t, row=r, col=len(row)), True))
            rows.append(row)
            if spend.exhausted:
                break
        width = max((len(row) for row in rows), default=0)
        for r, row in enumerate(rows):
            if len(row) < width and not spend.take(width - len(row)):
                del rows[r:]
                break
            while len(row) < width:
                row.append(Cell("", Loc(table=t, row=r, col=len(row))))
        rows = [row for row in rows if any(c.text for c in row)]
        return Table(rows, Loc(table=t, paragraph=self.paragraphs))


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), MAX_SPAN))
    except ValueError:
        return 1


def _cell_text(td: etree._Element) -> str:
    """Cell text with <p>, <br> and <div> as line breaks, each line cleaned."""
    walker = _Walker()
    walker.run(td)
    return "\n".join(b.text for b in walker.blocks if isinstance(b, Paragraph))
