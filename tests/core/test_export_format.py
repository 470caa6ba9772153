"""Official-format details a 文秘 reviewer checks: titles broken between words, hanging
indents without a lone last character, the 简要事迹表's widths and whole rows, 性别/民族 kept
for people, the Excel 事迹 top-aligned with derived columns before 备注 — and, rendered by
LibreOffice, 60 records of 300 字 on far fewer pages than before with no row torn."""

from __future__ import annotations

import shutil
import subprocess

import docx
import openpyxl
import pdfplumber
import pytest
from docx.oxml.ns import qn

from awardtool.export.docx_format import LINE_CHARS, SQUEEZE, TEXT_W, TITLE_CHARS
from awardtool.export.docx_table import COLUMNS
from awardtool.export.excel import HEADER_ROW, export_xlsx
from awardtool.export.word import export_docx
from awardtool.export.word_text import text_width, title_lines
from awardtool.records import Record


def person(name, position, gender="男", ethnicity="汉族", deeds="扎根基层。"):
    return Record(name=name, kind="individual", gender=gender, ethnicity=ethnicity, position=position, deeds=deeds)


def unit(name, deeds="保障有力。", region="北京市"):
    return Record(name=name, kind="collective", region=region, deeds=deeds)


@pytest.mark.parametrize("title", [
    "关于全国机关事务工作先进集体和先进个人拟表彰对象的公示",
    "2026年度全国民族团结进步模范集体和模范个人拟表彰对象名单",
    "关于全省机关事务工作先进集体拟表彰对象的公示",
])
def test_titles_break_between_words_in_lines_that_fit(title):
    lines = title_lines(title, TITLE_CHARS)
    assert "".join(lines) == title and len(lines) >= 2
    assert all(text_width(line) <= TITLE_CHARS for line in lines)
    for word in ("拟表彰", "先进集体", "先进个人", "2026", "公示", "名单"):
        for a, b in zip(lines, lines[1:]):  # no word is cut at a line end
            joined = a[-len(word) + 1:] + b[:len(word) - 1]
            assert word not in joined or word in a or word in b, (word, lines)


def test_entries_hang_under_the_unit_and_never_leave_one_character(tmp_path):
    one_over = "北京市" + "某" * (LINE_CHARS - 2)  # a full line and one character
    recs = [unit(one_over), unit("北京市机关事务管理局"),
            person("王淑清", "吉林省延吉市北山街道丹英社区党委书记、居委会主任", gender="女")]
    out = tmp_path / "名单.docx"
    assert export_docx(recs, out).ok
    paragraphs = {p.text: p._p for p in docx.Document(str(out)).paragraphs}
    long_unit = paragraphs[recs[0].name]
    ind = long_unit.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:left")) == ind.get(qn("w:hanging")) and int(ind.get(qn("w:left"))) > 0
    spacing = long_unit.find(f"{qn('w:r')}/{qn('w:rPr')}/{qn('w:spacing')}")
    assert spacing is not None and int(spacing.get(qn("w:val"))) == -5 - SQUEEZE  # set tighter
    assert paragraphs["北京市机关事务管理局"].find(f"{qn('w:r')}/{qn('w:rPr')}") is None  # untouched
    entry = paragraphs["王淑清（女）　吉林省延吉市北山街道丹英社区党委书记、居委会主任"]
    hang = int(entry.pPr.find(qn("w:ind")).get(qn("w:hanging")))
    assert hang == round(text_width("王淑清（女）　") * 315)  # the wrapped line goes on under the unit


def test_deeds_table_gives_the_deeds_most_of_the_line_and_keeps_rows_whole(tmp_path):
    for kind, columns in COLUMNS.items():
        widths = {field: width for _, width, field, _ in columns}
        assert sum(widths.values()) == TEXT_W
        assert widths["deeds"] >= 0.58 * TEXT_W, kind
    recs = [unit("某某局", deeds="事" * 300), person("金宪", "吉林省和龙市东城镇光东村党支部书记", ethnicity="朝鲜族",
                                              gender="女", deeds="事" * 300)]
    out = tmp_path / "事迹表.docx"
    assert export_docx(recs, out, form="事迹表").ok  # the read-back checks the annotation too
    d = docx.Document(str(out))
    for table in d.tables:
        for tr in table._tbl.tr_lst:
            assert tr.trPr.find(qn("w:cantSplit")) is not None
    person_row = d.tables[1].rows[1]
    assert [p.text for p in person_row.cells[1].paragraphs] == ["金　宪", "（女，朝鲜族）"]  # 性别、民族 kept


def test_excel_deeds_top_aligned_and_derived_columns_before_notes(tmp_path):
    recs = [unit("某某局", deeds="事" * 300), unit("某某中心", deeds="短。")]
    recs[0].city = "朝阳区"
    out = tmp_path / "汇总表.xlsx"
    export_xlsx(recs, out)
    ws = openpyxl.load_workbook(out)["先进集体"]
    headers = [c.value for c in ws[HEADER_ROW]]
    assert headers[-2:] == ["所在市", "备注"]
    deeds = headers.index("简要事迹") + 1
    assert ws.cell(row=HEADER_ROW + 1, column=deeds).alignment.vertical == "top"
    assert ws.cell(row=HEADER_ROW + 1, column=2).alignment.vertical == "center"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_sixty_records_of_300_characters_render_on_few_pages_without_torn_rows(tmp_path):
    fragments = ("坚持节约办一切事业，", "推进公共机构节能降耗，", "建立健全资产管理制度，", "群众满意度保持高位，",
                 "创新推出一站式服务，", "连续三年保障重大活动零差错，")
    recs = []
    for i in range(60):
        text = "".join(fragments[(i + k) % len(fragments)] for k in range(40))[:290] + f"，编号{i + 1}完。"
        recs.append(unit(f"某省第{i + 1}号机关事务服务中心", deeds=text, region=("北京市", "河北省", "四川省")[i % 3]))
    out = tmp_path / "事迹表.docx"
    assert export_docx(recs, out, form="事迹表", group_by="region").ok
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=300)
    left = 1587 / 20  # the table starts at the 版心's left edge; columns in points
    name_x = (left + COLUMNS["collective"][0][1] / 20, left + (COLUMNS["collective"][0][1] + COLUMNS["collective"][1][1]) / 20)
    pages = []
    with pdfplumber.open(tmp_path / "事迹表.pdf") as pdf:
        for page in pdf.pages:
            chars = sorted(page.chars, key=lambda c: (round(c["top"]), c["x0"]))
            names = "".join(c["text"] for c in chars if name_x[0] <= c["x0"] < name_x[1])
            deeds = "".join(c["text"] for c in chars if c["x0"] >= name_x[1])
            pages.append((names, deeds))
    assert len(pages) <= 24  # at 4号 with narrow 事迹 columns a list like this took 39
    for i, rec in enumerate(recs, 1):  # a row is never torn: its name and its last words share a page
        holders = [n for n, (names, _) in enumerate(pages) if rec.name in names]
        assert len(holders) == 1 and f"编号{i}完。" in pages[holders[0]][1], rec.name


def test_notice_names_the_first_of_each_kind_as_printed(tmp_path):
    people = [person("张莉", "某某中心主任", gender="女"), person("王淑清", "某某社区党委书记", gender="女")]
    units = [unit("四川省某某局", region="四川省"), unit("北京市某某局", region="北京市")]
    out = tmp_path / "公示.docx"
    notice = {"事项": "某某工作先进集体和先进个人", "公示期": "2026年11月23日至11月27日", "发布单位": "某某局",
              "联系电话": "010-1", "日期": "2026-11-22"}
    assert export_docx(units + people, out, form="公示", notice=notice, group_by="region", order_by="strokes").ok
    body = docx.Document(str(out)).paragraphs[2].text
    # 北京 before 四川 (region order), 王 (4 strokes) before 张 (7): the first of each as printed
    assert body == ("经研究，确定北京市某某局等2个集体为某某工作先进集体拟表彰对象，"
                    "王淑清等2名同志为某某工作先进个人拟表彰对象，现予以公示。")
