"""Nomination forms (推荐审批表) in every layout and format a unit sends: every stated field
lands in its field, one record per form, the 意见 rows, stamps and dates never in the deeds,
曾获何种奖励 in honours and not in the award. The forms are built here with python-docx and
openpyxl (form_builders) and, for the PDF cases, converted by LibreOffice in one call."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from form_builders import Person, Unit, form_xlsx, forms_docx
from ingest_builders import new_document

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.extract import extract
from awardtool.pipeline import extract_paths

TEACHER = Person(
    "程秋禾", "女", "汉族", "1978.06", "中共党员", "大学本科",
    "浙江省湖州市安吉县溪龙乡中心小学校长（高级教师）", "浙江省湖州市", "湖州市妇女联合会",
    ["程秋禾同志在乡村小学任教二十三年，把一所只有六个班的村小办成了全县的素质教育示范校。",
     "她带领教师开发“茶乡课堂”校本课程九册，组织学生走进茶园开展劳动实践，学生作品多次在省级比赛中获奖。",
     "她坚持每学期走访全部留守儿童家庭，建立“一生一档”成长记录，结对帮扶困难学生一百二十余名。"],
    ["2016年获浙江省优秀教师称号", "2020年获湖州市三八红旗手称号"],
)
NURSE = Person(
    "热依拉·吐尔逊", "女", "维吾尔族", "1987.02", "群众", "大专",
    "新疆维吾尔自治区喀什地区疏附县人民医院护士长", "新疆维吾尔自治区", "喀什地区妇女联合会",
    ["她在县医院急诊科工作十二年，牵头建立急危重症孕产妇救治绿色通道，抢救成功率保持在百分之九十八以上。",
     "她利用休息时间为偏远乡村开展健康讲座六十余场，培训村医和卫生员三百余人次。"],
    [],
)
ENGINEER = Person(
    "邵明川", "男", "土家族", "1969.11", "九三学社社员", "研究生",
    "湖南省湘西土家族苗族自治州水利局总工程师", "", "湘西州人力资源和社会保障局",
    ["他主持完成州内十七座小型水库除险加固工程的设计与技术把关，保障了下游八万余群众的饮水和灌溉安全。",
     "在防汛一线连续值守四十余天，提出的分级预警办法被全省推广。"],
    ["2019年获湖南省五一劳动奖章"],
)
CLINIC = Unit(
    "四川省绵竹市汉旺镇卫生院", "事业单位", "四川省德阳市", "付春燕", "64", "德阳市卫生健康委员会",
    ["该院以“小病不出镇”为目标，建成胸痛救治单元和基层慢病管理中心，年门诊量增长三成。",
     "全院职工常年坚持送医进村，为辖区老年人建立健康档案一万二千余份。"],
    ["2021年四川省文明单位"],
)
# Where each nominee is: (province, city) as the record must give them.
PLACES = {TEACHER.name: ("浙江省", "湖州市"), NURSE.name: ("新疆维吾尔自治区", None),
          ENGINEER.name: ("湖南省", "湘西土家族苗族自治州"), CLINIC.name: ("四川省", "德阳市")}

TITLE = "全国三八红旗手推荐审批表"
UNIT_TITLE = "全国三八红旗集体推荐审批表"


def assert_person(rec, p: Person, award: str) -> None:
    assert rec.kind == "individual"
    got = (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.politics, rec.education, rec.position,
           rec.recommender, rec.award, rec.honours, rec.deeds)
    want = (p.name, p.gender, p.ethnicity, p.birth, p.politics, p.education, p.position,
            p.recommender, award, "\n".join(p.honours) or None, "\n".join(p.deeds))
    assert got == want
    assert (rec.region, rec.city) == PLACES[p.name]
    assert rec.field_sources["name"].loc is not None and rec.field_sources["deeds"].loc is not None


def assert_unit(rec, u: Unit, award: str) -> None:
    assert rec.kind == "collective"
    got = (rec.name, rec.unit_type, rec.leader, rec.staff, rec.recommender, rec.award, rec.honours, rec.deeds)
    want = (u.name, u.unit_type, u.leader, u.staff, u.recommender, award, "\n".join(u.honours) or None,
            "\n".join(u.deeds))
    assert got == want
    assert (rec.region, rec.city) == PLACES[u.name]
    assert rec.gender is None and rec.position is None


def only(path):
    results = list(extract_paths([path]))
    assert len(results) == 1 and results[0].document.error is None
    return results[0].extraction


# Deeds that run onto the next page: in the PDF the form is two tables (the second with other
# columns, the deeds going on at its top under an empty label cell).
LONG = Person(**{**TEACHER.__dict__, "deeds": [
    f"第{i}项：她组织开展“乡村少年宫”活动，开设书法、竹编、茶艺等兴趣课程{i + 4}门，参与学生累计{i * 150}人次，"
    "多名学生在市级以上比赛中获奖，学校连续多年被评为县级文明校园。" for i in range(1, 16)]})

FORM_SETS = {
    # one form per page, three layouts and a collective in one .docx
    "several": [(TITLE, TEACHER, "right"), (TITLE, NURSE, "direction"), (UNIT_TITLE, CLINIC, "unit"),
                (TITLE, ENGINEER, "below")],
    "right": [(TITLE, TEACHER, "right")],
    "direction": [(TITLE, ENGINEER, "direction")],
    # 主要事迹 turned 90° (text direction bottom to top): the PDF draws it with rotated glyphs
    "turned": [(TITLE, TEACHER, "turned")],
    "below": [(TITLE, NURSE, "below")],
    "unit": [(UNIT_TITLE, CLINIC, "unit")],
    "long": [(TITLE, LONG, "right"), (TITLE, NURSE, "below")],
}


def check_set(extraction, name: str) -> None:
    forms = FORM_SETS[name]
    assert extraction.kind == "form"
    assert extraction.title == forms[0][0]
    assert len(extraction.records) == len(forms)
    for rec, (title, who, _layout) in zip(extraction.records, forms):
        award = title.removesuffix("推荐审批表")
        if isinstance(who, Unit):
            assert_unit(rec, who, award)
        else:
            assert_person(rec, who, award)


@pytest.fixture(scope="session")
def form_docx(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("forms")
    return {name: forms_docx(out / f"{name}.docx", forms) for name, forms in FORM_SETS.items()}


@pytest.fixture(scope="session")
def form_pdf(form_docx, tmp_path_factory) -> dict:
    """All the .docx forms as PDFs, written by LibreOffice in one run."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("forms_pdf")
    profile = tmp_path_factory.mktemp("lo_profile_forms")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, form_docx.values())],
        check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return {name: out / f"{name}.pdf" for name in form_docx}


@pytest.mark.parametrize("name", list(FORM_SETS))
def test_docx_forms_every_field(form_docx, name):
    check_set(only(form_docx[name]), name)


@pytest.mark.parametrize("name", ["several", "direction", "turned", "long"])
def test_pdf_forms_give_the_docx_records(form_pdf, name):
    check_set(only(form_pdf[name]), name)


def test_xlsx_form_with_instructions_sheet(tmp_path):
    ex = only(form_xlsx(tmp_path / "表.xlsx", TITLE, TEACHER))
    assert ex.kind == "form" and ex.title == TITLE
    assert len(ex.records) == 1  # the 填表说明 sheet names every label and is no form
    assert_person(ex.records[0], TEACHER, "全国三八红旗手")


def test_opinions_stamps_and_dates_are_never_deeds(form_docx):
    for rec in only(form_docx["several"]).records:
        assert "同意推荐" not in rec.deeds and "盖章" not in rec.deeds and "年    月" not in rec.deeds
        assert not (rec.award or "").startswith("20")  # 曾获何种奖励 is not the award


def test_form_in_one_cell_per_pair_and_labels_without_table_borders():
    """``姓名：…`` written inside the cells, and a form typed as lines (no table at all)."""
    p = ENGINEER
    cells = [[f"姓名：{p.name}", f"性别：{p.gender}", f"民族：{p.ethnicity}"],
             [f"出生年月：{p.birth}", f"政治面貌：{p.politics}", f"学历：{p.education}"],
             [f"工作单位及职务：{p.position}", f"推荐单位：{p.recommender}", ""],
             ["主要事迹：\n" + "\n".join(p.deeds), "", ""]]
    table = Table([[Cell(t, Loc(table=0, row=r, col=c)) for c, t in enumerate(row)] for r, row in enumerate(cells)],
                  Loc(table=0))
    doc = Document("x.docx", "docx", [Paragraph(TITLE, Loc(paragraph=0)), table])
    ex = extract(doc)
    assert ex.kind == "form"
    rec = ex.records[0]
    assert (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.politics, rec.education, rec.position,
            rec.recommender, rec.deeds) == (p.name, p.gender, p.ethnicity, p.birth, p.politics, p.education,
                                            p.position, p.recommender, "\n".join(p.deeds))

    lines = [TITLE, f"姓  名：{p.name}    性  别：{p.gender}    民  族：{p.ethnicity}",
             f"出生年月：{p.birth}    政治面貌：{p.politics}", f"工作单位及职务：{p.position}",
             "主要事迹：", *p.deeds, "所在单位意见：同意推荐。", "（盖章）", "2024年4月12日"]
    doc = Document("x.txt", "txt", [Paragraph(t, Loc(line=i + 1)) for i, t in enumerate(lines)])
    ex = extract(doc)
    assert ex.kind == "form"
    rec = ex.records[0]
    assert (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.politics, rec.position, rec.deeds) == (
        p.name, p.gender, p.ethnicity, p.birth, p.politics, p.position, "\n".join(p.deeds))
    assert rec.region == "湖南省"


def test_a_narrative_with_a_profile_line_is_not_a_form():
    lines = ["邵明川同志先进事迹", f"姓名：{ENGINEER.name}，性别：男", *ENGINEER.deeds]
    doc = Document("x.txt", "txt", [Paragraph(t, Loc(line=i + 1)) for i, t in enumerate(lines)])
    assert extract(doc).kind != "form"


def test_a_list_with_label_like_cells_stays_a_list(tmp_path):
    """A 推荐名单 table whose status column reads like labels is a list, not a form."""
    d = new_document()
    d.add_paragraph("先进个人推荐名单")
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, ["姓名", "性别", "工作单位及职务", "备注"]):
        cell.text = text
    for person in (TEACHER, NURSE, ENGINEER):
        cells = t.add_row().cells
        for cell, text in zip(cells, [person.name, person.gender, person.position, "说明"]):
            cell.text = text
    d.save(tmp_path / "名单.docx")
    ex = only(tmp_path / "名单.docx")
    assert ex.kind == "list"
    assert [r.name for r in ex.records] == [TEACHER.name, NURSE.name, ENGINEER.name]


def test_word_vertical_text_label_is_read(tmp_path):
    """Word's vertical text direction only changes how the label is drawn; the .docx reader
    still gives 主要事迹, and the value beside it spans two merged rows of the label."""
    path = forms_docx(tmp_path / "v.docx", FORM_SETS["direction"])
    xml = docx.Document(path).tables[0]._tbl.xml
    assert 'w:textDirection w:val="tbRlV"' in xml
    check_set(only(path), "direction")


def test_title_on_two_lines_photo_in_brackets_and_empty_values(tmp_path):
    """``全国三八红旗手`` / ``推荐审批表`` on two lines; a row of labels ending in a （照片）
    cell; an empty 政治面貌 and an empty 曾获何种奖励 stay empty."""
    p = NURSE
    d = new_document()
    d.add_paragraph("全国三八红旗手")
    d.add_paragraph("推荐审批表")
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    rows = [["姓名", "性别", "民族", "（照片）"], [p.name, p.gender, p.ethnicity, ""],
            ["出生年月", "政治面貌", "学历", ""], [p.birth, "", p.education, ""],
            ["何时何地受过\n何种奖励", "", "工作单位及职务", p.position],
            ["主要事迹（要求1500字以内，可另附页）", "\n".join(p.deeds), "", ""]]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    t.cell(5, 1).merge(t.cell(5, 3))
    d.save(tmp_path / "f.docx")
    ex = only(tmp_path / "f.docx")
    rec = ex.records[0]
    assert (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.politics, rec.education, rec.honours,
            rec.position, rec.award, rec.deeds) == (p.name, p.gender, p.ethnicity, p.birth, None, p.education,
                                                    None, p.position, "全国三八红旗手", "\n".join(p.deeds))


FORM_FIELDS = ("name", "kind", "gender", "ethnicity", "birth", "politics", "education", "position", "region",
               "recommender", "unit_type", "leader", "staff", "honours", "award")


def test_form_fields_survive_the_project_and_the_excel_summary(tmp_path, form_docx):
    """education / honours / leader / staff go into the project and out to the 汇总表, and the
    汇总表 reads back with them (the importer knows the columns the exporter writes)."""
    from awardtool.export.excel import export_xlsx
    from awardtool.store import Project

    records = only(form_docx["several"]).records
    with Project.open(tmp_path / "p.awardproj", create=True) as project:
        for rec in records:
            project.add_record(rec)
    with Project.open(tmp_path / "p.awardproj") as project:
        stored = [s.record for s in project.records()]
    assert [[getattr(r, f) for f in FORM_FIELDS] for r in stored] == [[getattr(r, f) for f in FORM_FIELDS] for r in records]

    export_xlsx(stored, tmp_path / "汇总表.xlsx")
    back = {r.name: r for r in only(tmp_path / "汇总表.xlsx").records}
    for rec in records:
        got = back[rec.name]
        for f in ("education", "honours", "leader", "staff", "unit_type", "position", "recommender"):
            assert (getattr(got, f) or None) == ((getattr(rec, f) or "").replace("\n", " ") or None), (rec.name, f)


@pytest.mark.parametrize("how", ["attached", "heading"])
def test_deeds_on_an_attached_page(tmp_path, how):
    """主要事迹 （详见附页） in the form and the text after the table under its own heading; or
    no deeds row at all and a 主要事迹 heading over paragraphs after the table."""
    from docx.enum.text import WD_BREAK

    p = TEACHER
    d = new_document()
    d.add_paragraph(TITLE)
    rows = [("姓名", p.name), ("性别", p.gender), ("民族", p.ethnicity), ("工作单位及职务", p.position)]
    if how == "attached":
        rows.append(("主要事迹", "（详见附页）"))
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for r, (label, value) in enumerate(rows):
        t.cell(r, 0).text, t.cell(r, 1).text = label, value
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph(f"{p.name}同志主要事迹" if how == "attached" else "主要事迹")
    for para in p.deeds:
        d.add_paragraph(para)
    d.add_paragraph("（盖章）")
    d.add_paragraph("2024年3月8日")
    d.save(tmp_path / "f.docx")
    rec = only(tmp_path / "f.docx").records[0]
    assert (rec.name, rec.gender, rec.position, rec.deeds) == (p.name, p.gender, p.position, "\n".join(p.deeds))


def test_xlsx_template_with_spacer_columns(tmp_path):
    """A sheet template with a narrow blank column between each label and its value."""
    import openpyxl

    p = ENGINEER
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = TITLE
    ws.merge_cells("A1:H1")
    for r, pairs in enumerate([[("姓名", p.name), ("性别", p.gender)], [("民族", p.ethnicity), ("出生年月", p.birth)],
                               [("政治面貌", p.politics), ("学历", p.education)], [("工作单位及职务", p.position)],
                               [("主要事迹", "\n".join(p.deeds))]], 2):
        for k, (label, value) in enumerate(pairs):
            ws.cell(r, 1 + 4 * k, label)
            ws.cell(r, 3 + 4 * k, value)
    wb.save(tmp_path / "t.xlsx")
    rec = only(tmp_path / "t.xlsx").records[0]
    assert (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.politics, rec.education, rec.position, rec.deeds,
            rec.award) == (p.name, p.gender, p.ethnicity, p.birth, p.politics, p.education, p.position,
                           "\n".join(p.deeds), "全国三八红旗手")


def test_resume_and_family_sections_do_not_touch_the_nominee(tmp_path):
    """A 推荐表 with 简历 and 家庭成员 sections (their own 姓名 / 工作单位及职务 columns), 工作单位
    and 职务 under two labels, a deeds cell opening with its length note, and an opinion
    written under a label wrapped over two lines in a cell of its own."""
    p = TEACHER
    unit, post = "浙江省湖州市安吉县溪龙乡中心小学", "校长（高级教师）"
    d = new_document()
    d.add_paragraph(TITLE)
    rows = [["姓名", p.name, "性别", p.gender], ["民族", p.ethnicity, "出生年月", p.birth],
            ["工作单位", unit, "职务", post],
            ["起止时间", "工作单位及职务", "", ""], ["1998.08—2010.07", "安吉县某村小学教师", "", ""],
            ["称谓", "姓名", "出生年月", "工作单位及职务"], ["丈夫", "钱某某", "1976.01", "安吉县某公司职员"],
            ["主要事迹", "（1500字以内）\n" + "\n".join(p.deeds), "", ""],
            ["所在单位\n意见\n同意推荐。\n（盖章）\n2024年3月1日", "", "", ""]]
    t = d.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text:
                t.cell(r, c).text = text
    t.cell(7, 1).merge(t.cell(7, 3))
    t.cell(8, 0).merge(t.cell(8, 3))
    t.cell(3, 1).merge(t.cell(3, 3))
    t.cell(4, 1).merge(t.cell(4, 3))
    d.save(tmp_path / "f.docx")
    (rec,) = only(tmp_path / "f.docx").records
    assert (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.position, rec.deeds) == (
        p.name, p.gender, p.ethnicity, p.birth, unit + post, "\n".join(p.deeds))


def test_ocr_cells_with_label_and_value_run_together():
    """A scan whose table rebuild lost the rule between 姓名 and the name: OCR'd cells (they
    carry a confidence) are read as label + value; a typed cell that starts with a label word
    (a 民族中学 value) is left alone."""
    p = NURSE

    def cells(rows, conf):
        return Table([[Cell(t, Loc(table=0, row=r, col=c), conf=conf) for c, t in enumerate(row)]
                      for r, row in enumerate(rows)], Loc(table=0))

    scan = cells([[f"姓名{p.name}", f"性别{p.gender}", f"民族{p.ethnicity}", ""],
                  ["出生年月", p.birth, f"政治面貌{p.politics[:1]}", p.politics[1:]],  # the value split too
                  ["工作单位及职务", p.position, "", ""],
                  ["主要事迹", "\n".join(p.deeds), "", ""]], 0.9)
    rec = extract(Document("scan.png", "png", [Paragraph(TITLE, Loc(paragraph=0)), scan])).records[0]
    assert (rec.name, rec.gender, rec.ethnicity, rec.birth, rec.politics, rec.position, rec.deeds) == (
        p.name, p.gender, p.ethnicity, p.birth, p.politics, p.position, "\n".join(p.deeds))

    typed = cells([["单位名称", "民族中学"], ["单位性质", "事业单位"], ["主要事迹", "\n".join(CLINIC.deeds)]], None)
    rec = extract(Document("f.docx", "docx", [typed])).records[0]
    assert (rec.name, rec.unit_type, rec.kind) == ("民族中学", "事业单位", "collective")


def test_ocr_label_with_one_look_alike_character_is_still_the_label():
    """OCR confuses look-alike glyphs (曾 read as 會): an OCR'd label cell of four or more
    characters one character off a known label is that label; a typed cell never is, and a
    short label (姓名) must match exactly."""
    p = NURSE

    def cells(rows, conf):
        return Table([[Cell(t, Loc(table=0, row=r, col=c), conf=conf) for c, t in enumerate(row)]
                      for r, row in enumerate(rows)], Loc(table=0))

    rows = [["姓名", p.name, "性别", p.gender],
            ["工作单位及职务", p.position, "", ""],
            ["會获何种奖励", "2020年获县级优秀护士称号", "", ""],
            ["主耍事迹", "\n".join(p.deeds), "", ""]]
    rec = extract(Document("scan.png", "png", [Paragraph(TITLE, Loc(paragraph=0)), cells(rows, 0.9)])).records[0]
    assert (rec.name, rec.honours, rec.deeds) == (p.name, "2020年获县级优秀护士称号", "\n".join(p.deeds))

    rec = extract(Document("f.docx", "docx", [Paragraph(TITLE, Loc(paragraph=0)), cells(rows, None)])).records[0]
    assert rec.honours != "2020年获县级优秀护士称号"


def test_xlsx_sheet_with_forms_stacked_one_under_another(tmp_path):
    """Two forms in one worksheet, each under its own merged title row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    r = 1
    for title, p in ((TITLE, TEACHER), ("全国五一劳动奖章推荐表", ENGINEER)):
        ws.cell(r, 1, title)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        for label, value, label2, value2 in (("姓名", p.name, "性别", p.gender), ("民族", p.ethnicity, "学历", p.education),
                                             ("工作单位及职务", p.position, None, None),
                                             ("主要事迹", "\n".join(p.deeds), None, None)):
            r += 1
            ws.cell(r, 1, label)
            ws.cell(r, 2, value)
            if label2:
                ws.cell(r, 3, label2)
                ws.cell(r, 4, value2)
            else:
                ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        r += 2
    wb.save(tmp_path / "two.xlsx")
    first, second = only(tmp_path / "two.xlsx").records
    assert (first.name, first.award, first.deeds, first.position) == (
        TEACHER.name, "全国三八红旗手", "\n".join(TEACHER.deeds), TEACHER.position)
    assert (second.name, second.award, second.deeds, second.education) == (
        ENGINEER.name, "全国五一劳动奖章", "\n".join(ENGINEER.deeds), ENGINEER.education)


def test_the_forms_own_award_row_wins_over_its_title():
    rows = [["姓名", CLINIC.leader, "性别", "女"], ["推荐荣誉称号", "全国巾帼建功标兵", "", ""],
            ["工作单位及职务", "四川省绵竹市汉旺镇卫生院院长", "", ""], ["主要事迹", "\n".join(CLINIC.deeds), "", ""]]
    table = Table([[Cell(t, Loc(table=0, row=r, col=c)) for c, t in enumerate(row)] for r, row in enumerate(rows)],
                  Loc(table=0))
    (rec,) = extract(Document("f.docx", "docx", [Paragraph("先进个人推荐表", Loc(paragraph=0)), table])).records
    assert (rec.name, rec.award, rec.region) == (CLINIC.leader, "全国巾帼建功标兵", "四川省")


def test_a_label_the_vocabulary_does_not_know_in_a_row_of_labels():
    """姓名 | 性别 | 籍贯（省市县） | 民族 over their values: the unknown label is no value."""
    p = TEACHER
    rows = [["姓名", "性别", "户口所在地", "民族"], [p.name, p.gender, "安吉县", p.ethnicity],
            ["工作单位及职务", p.position, "", ""], ["主要事迹", "\n".join(p.deeds), "", ""]]
    table = Table([[Cell(t, Loc(table=0, row=r, col=c)) for c, t in enumerate(row)] for r, row in enumerate(rows)],
                  Loc(table=0))
    (rec,) = extract(Document("f.docx", "docx", [Paragraph(TITLE, Loc(paragraph=0)), table])).records
    assert (rec.name, rec.gender, rec.ethnicity, rec.position) == (p.name, p.gender, p.ethnicity, p.position)


def test_ticked_boxes_give_the_ticked_option():
    rows = [["姓名", NURSE.name, "性别", "□男  ☑女"], ["政治面貌", "☑群众 □中共党员 □共青团员", "民族", NURSE.ethnicity],
            ["工作单位及职务", NURSE.position, "", ""], ["主要事迹", "\n".join(NURSE.deeds), "", ""]]
    table = Table([[Cell(t, Loc(table=0, row=r, col=c)) for c, t in enumerate(row)] for r, row in enumerate(rows)],
                  Loc(table=0))
    (rec,) = extract(Document("f.docx", "docx", [table])).records
    assert (rec.gender, rec.politics, rec.ethnicity) == ("女", "群众", NURSE.ethnicity)


def test_a_list_in_sections_with_repeated_headers_stays_a_list():
    """Labels in many rows, but each header row has rows of values under it: a list."""
    rows = [["一、先进集体", "", "", ""], ["序号", "集体名称", "所在地区", "简要事迹"],
            ["1", CLINIC.name, "四川省", CLINIC.deeds[0]], ["2", "浙江省湖州市安吉县人民医院", "浙江省", "事迹。"],
            ["二、先进个人", "", "", ""], ["序号", "姓名", "工作单位及职务", "简要事迹"],
            ["1", TEACHER.name, TEACHER.position, TEACHER.deeds[0]], ["2", NURSE.name, NURSE.position, NURSE.deeds[0]],
            ["三、先进工作者", "", "", ""], ["序号", "姓名", "性别", "简要事迹"],
            ["1", ENGINEER.name, ENGINEER.gender, ENGINEER.deeds[0]], ["2", "钱进", "男", "事迹。"]]
    table = Table([[Cell(t, Loc(table=0, row=r, col=c), merged=c > 0 and t == row[0] and bool(t))
                    for c, t in enumerate(row)] for r, row in enumerate(rows)], Loc(table=0))
    ex = extract(Document("l.docx", "docx", [Paragraph("2024年度表彰名单", Loc(paragraph=0)), table]))
    assert ex.kind == "list"
    names = [r.name for r in ex.records]
    assert {CLINIC.name, TEACHER.name, NURSE.name, ENGINEER.name} <= set(names)


def test_a_family_section_with_rows_of_values_keeps_the_form_a_form():
    p = TEACHER
    rows = [["姓名", p.name, "性别", p.gender], ["民族", p.ethnicity, "出生年月", p.birth],
            ["工作单位及职务", p.position, "", ""],
            ["称谓", "姓名", "出生年月", "工作单位及职务"], ["丈夫", "钱某某", "1976.01", "安吉县某公司职员"],
            ["女儿", "钱某", "2005.03", "某大学学生"], ["主要事迹", "\n".join(p.deeds), "", ""]]
    table = Table([[Cell(t, Loc(table=0, row=r, col=c)) for c, t in enumerate(row)] for r, row in enumerate(rows)],
                  Loc(table=0))
    ex = extract(Document("f.docx", "docx", [Paragraph(TITLE, Loc(paragraph=0)), table]))
    assert ex.kind == "form"
    (rec,) = ex.records
    assert (rec.name, rec.birth, rec.position, rec.deeds) == (p.name, p.birth, p.position, "\n".join(p.deeds))
