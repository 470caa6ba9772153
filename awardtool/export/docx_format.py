"""GB/T 9704 page, grid, fonts, styles and page-number footers for a python-docx document.

Numbers (see shared/notes/official-formats.md): A4 11906×16838 twips; margins 37/35/28/26 mm
(top 2098, bottom 1984, left 1587, right 1474) giving the 156×225 mm 版心; 22 lines of 28
characters; body 3号 (16 pt) 仿宋_GB2312, title 2号 (22 pt) 方正小标宋简体, headings 黑体 /
楷体_GB2312; page numbers "— 1 —" in 4号 (14 pt) 宋体, odd pages right and even pages left,
one character in.

The 22 × 28 grid comes from an exact line spacing of 579 twips (28.95 pt) with a ``lines``
document grid of the same pitch, and a character spacing of −0.25 pt on 3号 text (15.75 pt a
character, 28 × 15.75 = 441 pt within the 442 pt 版心) — not from Word's ``linesAndChars``
grid (charSpace −849). Rendered in LibreOffice (checked: tests/core/test_export_word_render.py
and a 30-paragraph probe), ``linesAndChars`` put 14 characters on a line (each 16 pt glyph took
two 15.79 pt grid cells), the failure the notes warn about; the exact-spacing form gives 22
lines of 28 characters in LibreOffice and does not depend on the grid in Word or WPS.

All content uses paragraph styles defined here ("名单标题", "名单正文" …) instead of direct
formatting, so a clerk's template can restyle the output by defining styles of the same id;
fonts are set on ``w:rFonts`` with ``w:eastAsia`` for Chinese and Times New Roman for Latin
and digits, and the font table names fallbacks (``w:altName``) for machines without the
official fonts.
"""

from __future__ import annotations

from lxml import etree

from docx.document import Document as DocxDocument
from docx.oxml.ns import qn

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Page (twips)
PAGE_W, PAGE_H = 11906, 16838
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 2098, 1984, 1587, 1474
HEADER_DIST, FOOTER_DIST = 851, 1418  # footer 25 mm: the "— 1 —" line sits ~7 mm below the 版心
TEXT_W = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT  # 8845 = 156 mm
TEXT_H = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM  # 12756 = 225 mm
LINE_PITCH = 579  # 28.95 pt: 22 × 579 = 12738 ≤ 12756
CHAR_W = 320  # one 3号 character (16 pt) in twips: indents of "two characters"
GRID_CHAR = 315  # the pitch of condensed 3号 text (15.75 pt): 28 of them fill the 版心 line
LINE_CHARS = 28  # characters on a line of 3号 body text
TITLE_CHARS = 20  # characters of the 2号 title on a line (442 pt / 22 pt)
SQUEEZE = 16  # twentieths of a point (0.8 pt): a line of 20–28 characters then holds one more

# Fonts
FANGSONG = "仿宋_GB2312"
XIAOBIAOSONG = "方正小标宋简体"
HEITI = "黑体"
KAITI = "楷体_GB2312"
SONGTI = "宋体"
LATIN = "Times New Roman"

# Sizes in half-points
SIZE_2HAO, SIZE_3HAO, SIZE_4HAO, SIZE_XIAOSI = 44, 32, 28, 24

# Font table entries: name → (altName, panose1, family, pitch). altName is the font Word and
# WPS use where the named one is missing (仿宋_GB2312 is not on a stock Windows 10/11).
FONT_TABLE = {
    FANGSONG: ("仿宋", "02010609030101010101", "modern", "fixed"),
    XIAOBIAOSONG: ("宋体", "02000000000000000000", "auto", "variable"),
    KAITI: ("楷体", "02010609030101010101", "modern", "fixed"),
    HEITI: ("SimHei", "02010609060101010101", "modern", "fixed"),
    SONGTI: ("SimSun", "02010600030101010101", "auto", "variable"),
}

# Paragraph styles: id → (name, east-Asian font, size, jc, extra pPr builder kwargs)
STYLE_TITLE = "AwardTitle"
STYLE_COUNT = "AwardCount"
STYLE_HEADING1 = "AwardHeading1"
STYLE_HEADING2 = "AwardHeading2"
STYLE_ENTRY = "AwardEntry"
STYLE_LABEL = "AwardAttachmentLabel"
STYLE_BODY = "AwardBody"
STYLE_SIGNATURE = "AwardSignature"
STYLE_TABLE_HEAD = "AwardTableHead"
STYLE_TABLE_TEXT = "AwardTableText"
STYLE_TABLE_DEEDS = "AwardTableDeeds"
# The 简要事迹表 is set in 小四 (12 pt) on exact 15.5 pt lines (the grid does not apply in cells):
# at 4号 a 300-字 事迹 took most of a page and 60 records 39 pages.
TABLE_PT = 12
TABLE_LINE = 310  # 15.5 pt: dense, as tables are set, and clear of the glyphs' 12 pt

STYLES: dict[str, dict] = {
    # Title: exact 35 pt lines so a two-line title keeps an even 梯形 shape.
    STYLE_TITLE: dict(name="名单标题", font=XIAOBIAOSONG, size=SIZE_2HAO, jc="center", line=700, keep=True),
    STYLE_COUNT: dict(name="名单人数", font=FANGSONG, size=SIZE_3HAO, jc="center", keep=True),
    STYLE_HEADING1: dict(name="名单一级标题", font=HEITI, size=SIZE_3HAO, jc="left", keep=True),
    STYLE_HEADING2: dict(name="名单二级标题", font=KAITI, size=SIZE_3HAO, jc="left", keep=True),
    STYLE_ENTRY: dict(name="名单条目", font=FANGSONG, size=SIZE_3HAO, jc="both"),
    STYLE_LABEL: dict(name="附件标注", font=HEITI, size=SIZE_3HAO, jc="left", keep=True),
    STYLE_BODY: dict(name="公文正文", font=FANGSONG, size=SIZE_3HAO, jc="both", first_line=2 * CHAR_W),
    STYLE_SIGNATURE: dict(name="署名日期", font=FANGSONG, size=SIZE_3HAO, jc="right"),
    STYLE_TABLE_HEAD: dict(name="表格标题行", font=HEITI, size=SIZE_XIAOSI, jc="center", line=TABLE_LINE),
    # keepLines: a unit name is never torn across a page break when its row splits.
    STYLE_TABLE_TEXT: dict(name="表格文字", font=FANGSONG, size=SIZE_XIAOSI, jc="center", line=TABLE_LINE, whole=True),
    STYLE_TABLE_DEEDS: dict(
        name="表格事迹", font=FANGSONG, size=SIZE_XIAOSI, jc="both", line=TABLE_LINE, first_line=2 * TABLE_PT * 20
    ),
}


def w(tag: str, parent: etree._Element | None = None, **attrs: str) -> etree._Element:
    """A ``w:`` element with ``w:`` attributes (``w("jc", val="center")``)."""
    attrib = {qn(f"w:{k}"): str(v) for k, v in attrs.items()}
    el = etree.Element(qn(f"w:{tag}"), attrib) if parent is None else etree.SubElement(parent, qn(f"w:{tag}"), attrib)
    return el


def rfonts(parent: etree._Element, east_asia: str, latin: str = LATIN) -> etree._Element:
    return w("rFonts", parent, ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin, hint="eastAsia")


CONDENSE_3HAO = -5  # −0.25 pt (twentieths of a point): 28 characters of 3号 on a 156 mm line


def run_props(parent: etree._Element, east_asia: str, size: int) -> etree._Element:
    rpr = w("rPr", parent)
    rfonts(rpr, east_asia)
    if size == SIZE_3HAO:
        w("spacing", rpr, val=CONDENSE_3HAO)
    w("sz", rpr, val=size)
    w("szCs", rpr, val=size)
    w("lang", rpr, val="en-US", eastAsia="zh-CN")
    return rpr


def _style_element(style_id: str, spec: dict, *, inherit_body: bool) -> etree._Element:
    st = w("style", type="paragraph", styleId=style_id)
    w("name", st, val=spec["name"])
    w("basedOn", st, val="Normal")
    w("qFormat", st)
    ppr = w("pPr", st)
    if spec.get("keep"):  # titles and headings stay with what follows them
        w("keepNext", ppr)
    if spec.get("whole"):
        w("keepLines", ppr)
    if "line" in spec:  # own exact pitch: off the 28.95 pt grid, or LibreOffice doubles it
        w("snapToGrid", ppr, val=0)
        w("spacing", ppr, before=0, after=0, line=spec["line"], lineRule="exact")
    if "first_line" in spec:
        w("ind", ppr, firstLine=spec["first_line"])
    w("jc", ppr, val=spec["jc"])
    if not (inherit_body and spec["font"] == FANGSONG):
        run_props(st, spec["font"], spec["size"])
    return st


def ensure_styles(doc: DocxDocument, *, inherit_body: bool) -> None:
    """Add the export's paragraph styles, keeping any the document (a template) already has.

    ``inherit_body``: for a clerk's template, body-text styles take their font from the
    template's Normal (only the title, headings and labels carry their own fonts)."""
    styles = doc.styles.element
    have = {s.get(qn("w:styleId")) for s in styles.iterfind(qn("w:style"))}
    for style_id, spec in STYLES.items():
        if style_id not in have:
            styles.append(_style_element(style_id, spec, inherit_body=inherit_body))


def setup_defaults(doc: DocxDocument) -> None:
    """Normal and the document defaults: 3号仿宋_GB2312, Times New Roman for Latin, exact
    28.95 pt lines, no paragraph spacing (python-docx's template adds 10 pt after)."""
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    for old in list(defaults):
        defaults.remove(old)
    run_props(w("rPrDefault", defaults), FANGSONG, SIZE_3HAO)
    ppr = w("pPr", w("pPrDefault", defaults))
    w("spacing", ppr, before=0, after=0, line=LINE_PITCH, lineRule="exact")
    normal = doc.styles["Normal"].element
    for old in normal.findall(qn("w:pPr")) + normal.findall(qn("w:rPr")):
        normal.remove(old)
    ppr = w("pPr")
    w("spacing", ppr, before=0, after=0, line=LINE_PITCH, lineRule="exact")
    w("jc", ppr, val="both")
    normal.append(ppr)
    run_props(normal, FANGSONG, SIZE_3HAO)


def setup_page(doc: DocxDocument) -> None:
    """A4, the GB/T 9704 margins and a 22-line document grid on every section."""
    for section in doc.sections:
        sect = section._sectPr
        for tag in ("pgSz", "pgMar", "docGrid"):
            for old in sect.findall(qn(f"w:{tag}")):
                sect.remove(old)
        pg_sz = w("pgSz", w=PAGE_W, h=PAGE_H)
        pg_mar = w(
            "pgMar", top=MARGIN_TOP, right=MARGIN_RIGHT, bottom=MARGIN_BOTTOM, left=MARGIN_LEFT,
            header=HEADER_DIST, footer=FOOTER_DIST, gutter=0,
        )
        # Schema order: headerReference/footerReference …, pgSz, pgMar, …, cols, …, docGrid.
        refs = [c for c in sect if c.tag in (qn("w:headerReference"), qn("w:footerReference"))]
        index = sect.index(refs[-1]) + 1 if refs else 0
        sect.insert(index, pg_sz)
        sect.insert(index + 1, pg_mar)
        sect.append(w("docGrid", type="lines", linePitch=LINE_PITCH))


def setup_fonts_table(doc: DocxDocument) -> None:
    """Name the fallbacks (w:altName) in word/fontTable.xml for the official fonts."""
    part = next(p for p in doc.part.package.iter_parts() if str(p.partname) == "/word/fontTable.xml")
    root = etree.fromstring(part.blob)
    present = {f.get(qn("w:name")) for f in root.iterfind(qn("w:font"))}
    for name, (alt, panose, family, pitch) in FONT_TABLE.items():
        if name in present:
            continue
        font = w("font", root, name=name)
        w("altName", font, val=alt)
        w("panose1", font, val=panose)
        w("charset", font, val="86")
        w("family", font, val=family)
        w("pitch", font, val=pitch)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_number_paragraph(container_el: etree._Element, *, odd: bool) -> None:
    """ "— N —" in 4号宋体: odd pages flush right one character in, even pages flush left."""
    for old in list(container_el):
        container_el.remove(old)
    p = w("p", container_el)
    ppr = w("pPr", p)
    w("spacing", ppr, before=0, after=0, line=240, lineRule="auto")
    if odd:
        w("ind", ppr, right=SIZE_4HAO * 10)  # one 14 pt character = 280 twips
    else:
        w("ind", ppr, left=SIZE_4HAO * 10)
    w("jc", ppr, val="right" if odd else "left")

    def run(text: str | None = None, fld: str | None = None, instr: str | None = None) -> None:
        r = w("r", p)
        run_props(r, SONGTI, SIZE_4HAO)
        r.find(qn("w:rPr")).find(qn("w:rFonts")).set(qn("w:ascii"), SONGTI)
        r.find(qn("w:rPr")).find(qn("w:rFonts")).set(qn("w:hAnsi"), SONGTI)
        if text is not None:
            t = w("t", r)
            t.text = text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if fld is not None:
            w("fldChar", r, fldCharType=fld)
        if instr is not None:
            it = w("instrText", r)
            it.text = instr
            it.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    run("\u2014 ")
    run(fld="begin")
    run(instr=" PAGE ")
    run(fld="separate")
    run("1")
    run(fld="end")
    run(" \u2014")


def setup_page_numbers(doc: DocxDocument) -> None:
    """Different odd and even footers (settings ``w:evenAndOddHeaders``) with a PAGE field."""
    doc.settings.odd_and_even_pages_header_footer = True
    for section in doc.sections:
        section.footer.is_linked_to_previous = False
        section.even_page_footer.is_linked_to_previous = False
        _page_number_paragraph(section.footer._element, odd=True)
        _page_number_paragraph(section.even_page_footer._element, odd=False)


def apply_official_format(doc: DocxDocument) -> None:
    """Everything a new document needs to look like a 公文 page (not used with a template)."""
    setup_defaults(doc)
    setup_page(doc)
    setup_fonts_table(doc)
    setup_page_numbers(doc)
