"""Cell styles and print setup shared by every sheet of the exported workbook.

Fonts follow what clerks print: 黑体 for the title and the header, 仿宋_GB2312 for the body
(GB/T 9704's body face; WPS and Word on a government PC have it, elsewhere the viewer
substitutes a 仿宋/宋体). Sizes are chosen to stay legible after fit-to-width scaling.
"""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

TITLE_FONT_NAME = "黑体"
HEADER_FONT_NAME = "黑体"
BODY_FONT_NAME = "仿宋_GB2312"
TITLE_PT = 18.0
HEADER_PT = 11.0
BODY_PT = 11.0
FILL_IN_PT = 11.0

TITLE_FONT = Font(name=TITLE_FONT_NAME, size=TITLE_PT)
HEADER_FONT = Font(name=HEADER_FONT_NAME, size=HEADER_PT)
BODY_FONT = Font(name=BODY_FONT_NAME, size=BODY_PT)
FILL_IN_FONT = Font(name=BODY_FONT_NAME, size=FILL_IN_PT)
# The workbook's default font fixes the unit of every column width (see xlsx_layout.py). No
# cell we write uses it; it is chosen for a unit that Excel, WPS and LibreOffice agree on.
DEFAULT_FONT_NAME = "Courier New"
DEFAULT_PT = 9.0
DEFAULT_FONT = Font(name=DEFAULT_FONT_NAME, size=DEFAULT_PT, family=3)

_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
LEFT_TOP = Alignment(horizontal="left", vertical="top", wrap_text=True)
TITLE_ALIGN = Alignment(horizontal="center", vertical="center", wrap_text=False)
FILL_IN_ALIGN = Alignment(horizontal="left", vertical="center", wrap_text=False)

# Named styles: assigning one name per cell is several times faster than setting font,
# border and alignment separately (openpyxl hashes each), and the names show up in Excel's
# style gallery for a clerk who adds rows by hand.
TITLE = "汇总表标题"
FILL_IN = "汇总表填报行"
HEADER = "汇总表表头"
BODY = "汇总表正文"
BODY_CENTER = "汇总表正文居中"
BODY_TOP = "汇总表正文顶端"  # long text (简要事迹): its start stays in sight in a tall row
_NAMED = {
    TITLE: (TITLE_FONT, Border(), TITLE_ALIGN),
    FILL_IN: (FILL_IN_FONT, Border(), FILL_IN_ALIGN),
    HEADER: (HEADER_FONT, BORDER, CENTER),
    BODY: (BODY_FONT, BORDER, LEFT),
    BODY_CENTER: (BODY_FONT, BORDER, CENTER),
    BODY_TOP: (BODY_FONT, BORDER, LEFT_TOP),
}


def set_default_font(wb: Workbook) -> None:
    """Make DEFAULT_FONT the workbook's default: font 0 of styles.xml and the font of the
    built-in "Normal" style, which is what Excel, WPS and LibreOffice measure column widths
    with. openpyxl has no public setter (it always writes Calibri 11, which LibreOffice
    replaces by the wider DejaVu Sans on Linux, making every column ~33 % wider than in
    Excel). Replacing entry 0 in place keeps the index of any font already registered."""
    if wb._fonts and wb._fonts[0] == DEFAULT_FONT:
        return
    wb._fonts = IndexedList([DEFAULT_FONT, *list(wb._fonts)[1:]])
    wb._named_styles["Normal"].font = DEFAULT_FONT  # re-binds the style: fontId 0


def ensure_styles(wb: Workbook) -> None:
    """Fix the default font and register the named styles, once per workbook."""
    set_default_font(wb)
    names = set(wb.named_styles)
    for name, (font, border, alignment) in _NAMED.items():
        if name not in names:
            wb.add_named_style(NamedStyle(name=name, font=font, border=border, alignment=alignment))


FOOTER = "第 &P 页，共 &N 页"
# inches: room for the footer at the bottom, enough for a binder on the left edge
MARGINS_IN = {"left": 0.6, "right": 0.5, "top": 0.6, "bottom": 0.7, "header": 0.3, "footer": 0.3}
A4_PT = (595.28, 841.89)


def printable_size_pt(landscape: bool = True) -> tuple[float, float]:
    """(width, height) in points of the area inside setup_print's margins on A4 at 100 %."""
    short, long = A4_PT
    width, height = (long, short) if landscape else (short, long)
    return (width - 72 * (MARGINS_IN["left"] + MARGINS_IN["right"]),
            height - 72 * (MARGINS_IN["top"] + MARGINS_IN["bottom"]))


def setup_print(ws: Worksheet, *, title_rows: str | None, landscape: bool = True) -> None:
    """A4, fit all columns to one page wide (as many pages tall as needed), centred, page
    numbers in the footer, and the title/header rows repeated on every page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.horizontalCentered = True
    for side, inches in MARGINS_IN.items():
        setattr(ws.page_margins, side, inches)
    ws.oddFooter.center.text = FOOTER
    ws.oddFooter.center.size = 10
    ws.oddFooter.center.font = "宋体"
    if title_rows:
        ws.print_title_rows = title_rows
