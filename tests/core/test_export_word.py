"""Word export: read the written .docx back with python-docx and lxml and check the records,
their order and numbers, and the GB/T 9704 page, fonts and page-number footers."""

from __future__ import annotations

import os
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from awardtool.cli import main
from awardtool.export import atomic
from awardtool.export.atomic import ExportError
from awardtool.export.docx_verify import read_back, verify_docx
from awardtool.export.word import export_docx
from awardtool.records import Record


def person(name, position, gender="男", ethnicity="汉族", region=None, deeds=""):
    return Record(name=name, kind="individual", gender=gender, ethnicity=ethnicity, position=position,
                  region=region, deeds=deeds)


def unit(name, region=None, deeds=""):
    return Record(name=name, kind="collective", region=region, deeds=deeds)


PEOPLE = [
    person("张莉", "北京轨道交通路网管理有限公司设备技术检测中心主任", gender="女", region="北京市"),
    person("金宪", "吉林省和龙市东城镇光东村党支部书记", ethnicity="朝鲜族", region="吉林省"),
    person("李海兰", "吉林省汪清县第四幼儿园园长", gender="女", ethnicity="朝鲜族", region="吉林"),
    person("王淑清", "吉林省延吉市北山街道丹英社区党委书记、居委会主任", gender="女", region="吉林省"),
]
UNITS = [
    unit("四川省成都市机关事务管理局", "四川省", "推进节约型机关建设。\n\n公共机构能耗下降12%。"),
    unit("北京市机关事务管理局", "北京市", "保障有力。"),
    unit("国家机关事务管理局服务中心", "中央和国家机关", "服务中央国家机关。"),
]


def body_paragraphs(path):
    d = docx.Document(str(path))
    return d, [p.text for p in d.paragraphs]


def test_name_list_lines_order_and_annotations(tmp_path):
    out = tmp_path / "名单.docx"
    report = export_docx(UNITS + PEOPLE, out, title="全国机关事务工作先进集体和先进个人拟表彰名单", order_by="strokes")
    assert report.ok and report.count == 7
    _, texts = body_paragraphs(out)
    assert texts == [
        "全国机关事务工作先进集体\n和先进个人拟表彰名单",  # 2号: 20 a line, broken between words
        "一、先进集体（3个）",  # the 笔画 note only on a list of people
        "北京市机关事务管理局",  # 北 5 strokes
        "四川省成都市机关事务管理局",  # 四 5, 北 丨 before 四 丨 …: 北(丨一一丿乚) vs 四(丨乛丿乚一)
        "国家机关事务管理局服务中心",  # 国 8
        "二、先进个人（4名）（按姓氏笔画为序）",
        "王淑清（女）　吉林省延吉市北山街道丹英社区党委书记、居委会主任",  # 王 4
        "李海兰（女，朝鲜族）　吉林省汪清县第四幼儿园园长",  # 李 7, 横 first
        "张　莉（女）　北京轨道交通路网管理有限公司设备技术检测中心主任",  # 张 7, 折 first
        "金　宪（朝鲜族）　吉林省和龙市东城镇光东村党支部书记",  # 金 8
    ]


def test_name_list_grouped_by_region_with_counts(tmp_path):
    out = tmp_path / "grouped.docx"
    export_docx(PEOPLE, out, title="模范个人名单", group_by="region")
    _, texts = body_paragraphs(out)
    assert texts == [
        "模范个人名单",
        "（4名）",
        "北京市（1名）",
        "张　莉（女）　北京轨道交通路网管理有限公司设备技术检测中心主任",
        "吉林省（3名）",
        "金　宪（朝鲜族）　吉林省和龙市东城镇光东村党支部书记",
        "李海兰（女，朝鲜族）　吉林省汪清县第四幼儿园园长",
        "王淑清（女）　吉林省延吉市北山街道丹英社区党委书记、居委会主任",
    ]


def test_attachment_label_then_blank_then_title_on_line_three(tmp_path):
    out = tmp_path / "附件.docx"
    export_docx(UNITS, out, attachment="附件1", title="先进集体名单")
    d, texts = body_paragraphs(out)
    assert texts[:4] == ["附件1", "", "先进集体名单", "（3个）"]
    label_style = d.paragraphs[0].style
    assert label_style.element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}").get(qn("w:eastAsia")) == "黑体"
    assert label_style.font.size.pt == 16


def test_page_margins_grid_and_fonts(tmp_path):
    out = tmp_path / "fmt.docx"
    export_docx(UNITS, out)
    d = docx.Document(str(out))
    sect = d.sections[0]._sectPr
    pg = sect.find(qn("w:pgSz"))
    assert (pg.get(qn("w:w")), pg.get(qn("w:h"))) == ("11906", "16838")
    mar = sect.find(qn("w:pgMar"))
    assert [mar.get(qn(f"w:{k}")) for k in ("top", "bottom", "left", "right")] == ["2098", "1984", "1587", "1474"]
    grid = sect.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and grid.get(qn("w:linePitch")) == "579"

    def fonts(style):
        rpr = style.element.find(qn("w:rPr"))
        rf = rpr.find(qn("w:rFonts"))
        return rf.get(qn("w:eastAsia")), rf.get(qn("w:ascii")), int(rpr.find(qn("w:sz")).get(qn("w:val"))) / 2

    normal = d.styles["Normal"]
    assert fonts(normal) == ("仿宋_GB2312", "Times New Roman", 16)
    spacing = normal.element.find(f"{qn('w:pPr')}/{qn('w:spacing')}")
    assert (spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))) == ("579", "exact")
    # 28 characters: −0.25 pt on 3号 text
    assert normal.element.find(f"{qn('w:rPr')}/{qn('w:spacing')}").get(qn("w:val")) == "-5"
    title, entry = d.paragraphs[0], d.paragraphs[2]
    assert fonts(title.style) == ("方正小标宋简体", "Times New Roman", 22)
    assert title.style.paragraph_format.alignment == 1  # centred (by the style)
    assert fonts(entry.style) == ("仿宋_GB2312", "Times New Roman", 16)
    with zipfile.ZipFile(out) as z:
        table = etree.fromstring(z.read("word/fontTable.xml"))
    alt = {f.get(qn("w:name")): f.find(qn("w:altName")).get(qn("w:val"))
           for f in table.iterfind(qn("w:font")) if f.find(qn("w:altName")) is not None}
    assert alt["仿宋_GB2312"] == "仿宋" and alt["方正小标宋简体"] == "宋体" and alt["楷体_GB2312"] == "楷体"


def test_page_number_footers_odd_right_even_left(tmp_path):
    out = tmp_path / "footer.docx"
    export_docx(UNITS, out)
    d = docx.Document(str(out))
    assert d.settings.odd_and_even_pages_header_footer
    sec = d.sections[0]
    for footer, jc, side in ((sec.footer, "right", "right"), (sec.even_page_footer, "left", "left")):
        p = footer.paragraphs[0]
        assert p.text == "\u2014 1 \u2014"
        ppr = p._p.pPr
        assert ppr.find(qn("w:jc")).get(qn("w:val")) == jc
        assert ppr.find(qn("w:ind")).get(qn(f"w:{side}")) == "280"  # one 4号 character
        instr = "".join(t.text for t in p._p.iter(qn("w:instrText")))
        assert instr.strip() == "PAGE"
        assert [c.get(qn("w:fldCharType")) for c in p._p.iter(qn("w:fldChar"))] == ["begin", "separate", "end"]
        rpr = p.runs[0]._r.rPr
        assert rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
        assert rpr.find(qn("w:sz")).get(qn("w:val")) == "28"


def long_deeds(i):
    return f"第{i}条事迹第一段。" + "扎实工作" * 40 + f"\n第{i}条事迹第二段，成效显著。"


def test_deeds_table_rows_numbers_and_repeated_header(tmp_path):
    recs = [unit(f"测试单位{i:03d}", deeds=long_deeds(i)) for i in range(1, 41)]
    out = tmp_path / "事迹.docx"
    report = export_docx(recs, out, form="事迹表", title="先进集体简要事迹")
    assert report.ok, report.differences
    d = docx.Document(str(out))
    assert len(d.tables) == 1
    table = d.tables[0]
    rows = table._tbl.tr_lst
    assert [c.text for c in table.rows[0].cells] == ["序号", "名称", "简要事迹"]
    assert rows[0].trPr.find(qn("w:tblHeader")) is not None
    assert all(r.trPr is None or r.trPr.find(qn("w:tblHeader")) is None for r in rows[1:])
    for i, tr in enumerate(rows[1:], 1):
        cells = tr.findall(qn("w:tc"))
        paras = ["".join(t.text for t in p.iter(qn("w:t"))) for p in cells[2].findall(qn("w:p"))]
        assert "".join(t.text for t in cells[0].iter(qn("w:t"))) == str(i)
        assert "".join(t.text for t in cells[1].iter(qn("w:t"))) == f"测试单位{i:03d}"
        assert paras == long_deeds(i).split("\n")
    # table text in 4号 仿宋, header in 黑体
    head_style = d.styles["表格标题行"].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
    assert head_style.get(qn("w:eastAsia")) == "黑体"
    widths = [int(g.get(qn("w:w"))) for g in table._tbl.tblGrid.iterfind(qn("w:gridCol"))]
    assert sum(widths) == 11906 - 1587 - 1474


def test_individual_table_columns(tmp_path):
    out = tmp_path / "个人事迹.docx"
    report = export_docx([person("田华", "某县某镇党委书记", deeds="带领群众脱贫。")], out, form="事迹表")
    assert report.ok
    table = docx.Document(str(out)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["序号", "姓名", "单位及职务", "简要事迹"]
    assert [c.text for c in table.rows[1].cells] == ["1", "田　华", "某县某镇党委书记", "带领群众脱贫。"]


def test_notice_wording_date_and_attachment_on_new_page(tmp_path):
    out = tmp_path / "公示.docx"
    notice = {"事项": "全国机关事务工作先进集体和先进个人", "发布单位": "国家机关事务管理局",
              "公示期": "2026年11月23日至11月27日", "联系电话": "010-12345678", "date": "2026-11-22"}
    report = export_docx(UNITS + PEOPLE, out, form="公示", notice=notice)
    assert report.ok
    d, texts = body_paragraphs(out)
    assert texts[0] == "关于全国机关事务工作先进集体\n和先进个人拟表彰对象的公示"
    # the first of each kind as listed, each kind with its own 称号 (not the combined one twice)
    assert ("确定四川省成都市机关事务管理局等3个集体为全国机关事务工作先进集体拟表彰对象，"
            "张莉等4名同志为全国机关事务工作先进个人拟表彰对象，现予以公示。") in texts[2]
    assert "公示期为2026年11月23日至11月27日。" in texts[3]
    assert "2026年11月22日" in texts and "国家机关事务管理局" in texts
    label = texts.index("附件")
    assert d.paragraphs[label]._p.pPr.find(qn("w:pageBreakBefore")) is not None
    assert texts[label + 1] == "" and texts[label + 2].endswith("拟表彰对象名单")


def test_control_characters_are_reported_as_differences(tmp_path):
    out = tmp_path / "ctl.docx"
    report = export_docx([unit("某\x0b单位")], out)
    assert not report.ok
    assert "某单位" in report.differences[0] and "某\x0b单位" in report.differences[0]


def test_verify_catches_a_record_missing_from_the_file(tmp_path):
    out = tmp_path / "v.docx"
    export_docx(UNITS, out)
    entries, _ = read_back(out)
    assert len(entries) == 3
    extra = {"form": "名单", "kinds": [("collective", [UNITS + [unit("多出的单位")]])]}
    assert verify_docx(out, extra) == ["名单条数不符：文件中有3条，应有4条。"]


def test_template_keeps_its_page_setup_and_footer(tmp_path):
    tpl = tmp_path / "模板.docx"
    t = docx.Document()
    t.sections[0].footer.paragraphs[0].text = "本单位页脚"
    t.sections[0].left_margin = docx.shared.Mm(30)
    t.add_paragraph("模板里原有的文字")
    t.save(str(tpl))
    out = tmp_path / "用模板.docx"
    assert export_docx(UNITS, out, template=tpl).ok
    d, texts = body_paragraphs(out)
    assert "模板里原有的文字" not in texts and "北京市机关事务管理局" in texts
    assert d.sections[0].footer.paragraphs[0].text == "本单位页脚"
    assert round(d.sections[0].left_margin.mm) == 30


def test_bad_template_is_a_clear_error(tmp_path):
    bad = tmp_path / "坏模板.docx"
    bad.write_text("not a docx")
    with pytest.raises(ExportError, match="坏模板.docx"):
        export_docx(UNITS, tmp_path / "o.docx", template=bad)


@pytest.fixture
def existing(tmp_path):
    target = tmp_path / "OfficeReport.docx"
    target.write_bytes(b"old contents")
    return target


def test_target_open_in_word_is_refused_and_untouched(existing):
    (existing.parent / "~$ficeReport.docx").write_bytes(b"owner")
    with pytest.raises(ExportError, match="正在被"):
        export_docx(UNITS, existing)
    assert existing.read_bytes() == b"old contents"
    assert [p.name for p in existing.parent.iterdir() if p.name.startswith(".awardtool-")] == []


def test_owner_file_names_follow_word_and_wps():
    names = atomic.owner_file_names("OfficeReport.docx")
    assert "~$ficeReport.docx" in names  # Word, long name
    assert "~$OfficeReport.docx" in names  # WPS / Excel
    assert ".~lock.OfficeReport.docx#" in names  # LibreOffice


def test_replace_failure_leaves_the_file_untouched(existing, monkeypatch):
    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError, match="原文件未改动"):
        export_docx(UNITS, existing)
    assert existing.read_bytes() == b"old contents"
    assert [p.name for p in existing.parent.iterdir()] == ["OfficeReport.docx"]


def test_target_that_is_a_folder_is_refused(tmp_path):
    folder = tmp_path / "out.docx"
    folder.mkdir()
    with pytest.raises(ExportError, match="文件夹"):
        export_docx(UNITS, folder)


def test_cli_export_exit_codes(tmp_path, monkeypatch, capsys):
    from awardtool.pipeline import DocumentResult
    from awardtool.document import Document
    from awardtool.extract import Extraction

    def fake_extract(paths, progress=None, **_options):
        for p in paths:
            yield DocumentResult(Document(path=str(p), format="txt", blocks=[]), Extraction(records=list(PEOPLE)))

    from awardtool.cli import build_parser

    build_parser()  # the subcommands are imported (and bind the real extract_paths) before the fake
    monkeypatch.setattr("awardtool.pipeline.extract_paths", fake_extract)
    out = tmp_path / "cli.docx"
    assert main(["export", "a.txt", "--docx", str(out), "--order", "strokes", "--attachment", "附件1"]) == 0
    assert "已导出 4 条" in capsys.readouterr().out
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[0] == "附件1" and texts[4].startswith("王淑清")
    (tmp_path / "~$i.docx").write_bytes(b"")
    assert main(["export", "a.txt", "--docx", str(out)]) == 1
    assert "正在被" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["export", "a.txt"])
    assert e.value.code == 2


def test_short_rows_stay_whole_long_rows_may_split(tmp_path):
    out = tmp_path / "split.docx"
    recs = [unit("短事迹单位", deeds="事迹简短。"), unit("长事迹单位", deeds="长" * 1000)]
    assert export_docx(recs, out, form="事迹表").ok
    rows = docx.Document(str(out)).tables[0]._tbl.tr_lst
    assert rows[1].trPr.find(qn("w:cantSplit")) is not None
    assert rows[2].trPr is None or rows[2].trPr.find(qn("w:cantSplit")) is None
