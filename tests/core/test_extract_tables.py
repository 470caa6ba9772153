"""Tables: header found by meaning, our own 汇总表 shape read back, HTML deeds cleaned."""

from __future__ import annotations

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.extract import extract
from awardtool.extract.table import match_header


def _table(rows: list[list[str]], sheet: str | None = None) -> Table:
    cells = [[Cell(t, Loc(sheet=sheet, row=r, col=c)) for c, t in enumerate(row)] for r, row in enumerate(rows)]
    return Table(cells, Loc(sheet=sheet, table=0))


def test_header_words_match_by_meaning():
    assert match_header("序 号") == "seq"
    assert match_header("编号") == "seq"
    assert match_header("先进集体名称") == "name"
    assert match_header("单位名称（全称）") == "name"
    assert match_header("姓　名") == "name"
    assert match_header("简要事迹（300字以内）") == "deeds"
    assert match_header("主要事迹") == "deeds"
    assert match_header("工作单位及职务") == "position"
    assert match_header("推荐单位") == "recommender"
    assert match_header("所在地区") == "region"
    assert match_header("２０２４年") is None


def test_own_export_shape_reads_back():
    """Title row, 填报 row, header row: the Excel export's layout, all columns."""
    header = ["序号", "姓名", "性别", "民族", "出生年月", "政治面貌", "工作单位及职务", "所在地区", "推荐单位", "单位性质", "简要事迹", "备注"]
    rows = [
        ["全国机关事务工作先进个人推荐汇总表"] * len(header),
        ["填报单位（盖章）：　　　　填报人：　　联系电话：　　填报日期："] * len(header),
        header,
        ["1", "王淑清", "女", "汉族", "1975.03", "中共党员", "四川省成都市机关事务管理局副局长", "四川", "四川省机关事务管理局", "机关", "<p>始终坚持…&nbsp;成效明显。</p><p>二是服务保障。</p>", "无"],
        ["", "", "", "", "", "", "", "", "", "", "", ""],
        ["2", "李海兰", "女", "朝鲜族", "1980.11", "中共党员", "吉林省延边州机关事务管理局科长", "吉林省", "吉林省机关事务管理局", "机关", "服务保障有力。", ""],
        ["注：以上排名不分先后", "", "", "", "", "", "", "", "", "", "", ""],
    ]
    t = _table(rows, sheet="先进个人")
    for c, cell in enumerate(t.rows[0]):
        cell.merged = c > 0
    doc = Document("汇总表.xlsx", "xlsx", [t])
    ex = extract(doc)
    assert ex.kind == "list"
    assert ex.title == "全国机关事务工作先进个人推荐汇总表"
    assert [r.name for r in ex.records] == ["王淑清", "李海兰"]
    a, b = ex.records
    assert (a.seq, a.kind, a.gender, a.ethnicity, a.birth, a.politics) == (1, "individual", "女", "汉族", "1975.03", "中共党员")
    assert a.position == "四川省成都市机关事务管理局副局长"
    assert (a.region, a.recommender, a.unit_type, a.notes) == ("四川省", "四川省机关事务管理局", "机关", "无")
    assert a.deeds == "始终坚持…\xa0成效明显。\n二是服务保障。"  # &nbsp; decoded, tags gone
    assert (b.region, b.ethnicity) == ("吉林省", "朝鲜族")
    assert a.field_sources["name"].loc == Loc(sheet="先进个人", row=3, col=1)


def test_sheet_name_sets_the_kind_of_unit_rows():
    rows = [["序号", "名称", "主要事迹"], ["1", "某某市第一中学", "事迹。"], ["2", "某某县人民医院", "事迹。"]]
    ex = extract(Document("x.xlsx", "xlsx", [_table(rows, sheet="先进集体")]))
    assert [r.kind for r in ex.records] == ["collective", "collective"]


def test_title_paragraph_before_a_table_block():
    blocks = [
        Paragraph("附件", Loc(paragraph=0)),
        Paragraph("全国教育系统先进集体拟推荐名单", Loc(paragraph=1)),
        _table([["编号", "集体名称", "简要事迹"], ["1", "宜春市宜阳学校", "<p>办学特色鲜明。</p>"]]),
    ]
    ex = extract(Document("x.docx", "docx", blocks))
    assert ex.title == "全国教育系统先进集体拟推荐名单"
    [r] = ex.records
    assert (r.name, r.seq, r.region, r.city, r.deeds) == ("宜春市宜阳学校", 1, "江西省", "宜春市", "办学特色鲜明。")
    assert r.field_sources["name"].block == 2


def test_table_without_a_name_column_is_not_a_list():
    rows = [["日期", "事项"], ["6月1日", "开会"]]
    ex = extract(Document("x.docx", "docx", [_table(rows)]))
    assert ex.records == [] and ex.kind == "unknown"
    assert ex.warnings and "x.docx" in ex.warnings[0].message
