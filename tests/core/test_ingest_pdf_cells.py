"""PDF table cells read back like the Word original: paragraph breaks rebuilt from the
cell's lines, spaces between Chinese and digits kept exactly as written. The PDF is made by
LibreOffice from a python-docx document (one conversion per session)."""

from __future__ import annotations

import shutil

import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from ingest_builders import new_document, soffice_convert

from awardtool.ingest import load_path

pytestmark = pytest.mark.slow

# The default three-column table on A4 fits 11 characters of 11 pt per line in a cell: 21
# ideographs and "。" fill exactly two lines, so the paragraph ends flush at the right edge
# and only an indent or the spacing after it can show where it stopped.
TEXT = "坚持以人民为中心的发展思想全面推进机关事务工作高质量发展不断提升服务保障水平"
FLUSH = TEXT[:21] + "。"
NEXT = "二是" + TEXT[5:30] + "。"
SHORT = ["第一段较短。", "第二段也短。", "第三段。"]
SPACED = "分解落实政府绩效目标 100 余项，2020 年升级 Windows 10 系统。"  # one line each
WRAPPED = ("在全国率先将节约型机关建设、公共机构节能、公车公房管理等纳入市委、市政府工作目标，分解落实政府"
           "绩效目标 100 余项。强宣传，2020 年省级以上媒体采用 130 余条、市委市政府采用 230 余条。")
TIGHT = "近5年完成任务，共30人，满意度达到96%。"
JUSTIFIED = "连续5年实施标准事务落地行动，市级机关食堂年均保障76万人次就餐，综合满意度达到96%，" * 3


@pytest.fixture(scope="session")
def cells_pdf(tmp_path_factory):
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("pdf_cells")
    d = new_document()
    d.add_paragraph("单元格段落测试")
    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    rows = [
        ["序号", "名称", ["事迹"]],
        ["1", "短段落", SHORT],
        ["2", "首行缩进", [FLUSH, NEXT]],
        ["3", "段后间距", [FLUSH, NEXT]],
        ["4", "合并单元格", ["末行。"]],
        ["5", "折行处的空格", [WRAPPED]],
    ]
    for r, (seq, name, paras) in enumerate(rows):
        cells = t.rows[r].cells
        cells[0].text, cells[1].text, cells[2].text = seq, name, paras[0]
        for p in paras[1:]:
            cells[2].add_paragraph(p)
    for p in t.rows[2].cells[2].paragraphs:
        p.paragraph_format.first_line_indent = Pt(22)
    for p in t.rows[3].cells[2].paragraphs:
        p.paragraph_format.space_after = Pt(8)
    t.rows[4].cells[0].merge(t.rows[4].cells[1])
    d.add_paragraph("表格之间的说明文字。")
    wide = d.add_table(rows=3, cols=1)
    wide.style = "Table Grid"
    wide.rows[0].cells[0].text = SPACED
    wide.rows[1].cells[0].text = TIGHT
    wide.rows[2].cells[0].text = JUSTIFIED
    wide.rows[2].cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_paragraph("表格之后的正文。")
    d.save(out / "cells.docx")
    pdf = soffice_convert(out / "cells.docx", "pdf", out, tmp_path_factory.mktemp("profile"))
    (doc,) = load_path(pdf)
    assert doc.error is None, doc.error
    return doc


def _deeds(doc, row: int) -> list[str]:
    return doc.tables()[0].rows[row][2].text.split("\n")


def test_short_last_lines_end_paragraphs(cells_pdf):
    assert _deeds(cells_pdf, 1) == SHORT


def test_first_line_indent_starts_a_paragraph_after_a_flush_one(cells_pdf):
    assert _deeds(cells_pdf, 2) == [FLUSH, NEXT]


def test_spacing_after_starts_a_paragraph_after_a_flush_one(cells_pdf):
    assert _deeds(cells_pdf, 3) == [FLUSH, NEXT]


def test_merged_cell_and_single_line_cells(cells_pdf):
    rows = cells_pdf.tables()[0].texts()
    assert rows[0] == ["序号", "名称", "事迹"]
    assert [r[:2] for r in rows[1:4]] == [["1", "短段落"], ["2", "首行缩进"], ["3", "段后间距"]]
    merged_row = cells_pdf.tables()[0].rows[4]
    assert [(c.text, c.merged) for c in merged_row] == [("4\n合并单元格", False), ("4\n合并单元格", True), ("末行。", False)]


def test_spaces_at_line_wraps_as_written(cells_pdf):
    """The narrow cell wraps this paragraph next to its spaced digits: a space at a line
    end (drawn or swallowed by the wrap) is kept, following the cell's own spacing habit."""
    assert _deeds(cells_pdf, 5) == [WRAPPED]


def test_spaces_between_chinese_and_digits_as_written(cells_pdf):
    """"100 余项" keeps its spaces, "近5年" and "共30人" get none: LibreOffice's extra
    gap between Chinese and Latin glyphs (autospace) is not a space."""
    assert cells_pdf.tables()[1].texts()[:2] == [[SPACED], [TIGHT]]


def test_justified_wrapped_cell_invents_no_spaces(cells_pdf):
    assert cells_pdf.tables()[1].rows[2][0].text == JUSTIFIED


def test_page_text_around_tables_stays_outside_cells(cells_pdf):
    assert [p.text for p in cells_pdf.paragraphs()] == ["单元格段落测试", "表格之间的说明文字。", "表格之后的正文。"]
    assert len(cells_pdf.tables()) == 2
