"""The export plan: one review policy from the project to the exported list — statuses,
settings, refusals, the deeds rule per document, 附件1/附件2 — and the project settings on
the command line (`awardtool set-setting`), and the store's one-group reorder."""

from __future__ import annotations

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from awardtool.cli import main
from awardtool.export.atomic import ExportError
from awardtool.export.docx_template import template_problems
from awardtool.export.plan import Choices, describe, documents_with_deeds, plan_from_project, write_plan
from awardtool.records import Record
from awardtool.store import Project


def unit(name, region, deeds=""):
    return Record(name=name, kind="collective", region=region, deeds=deeds)


def person(name, region, position, gender="男", deeds=""):
    return Record(name=name, kind="individual", region=region, position=position, gender=gender, deeds=deeds)


RECORDS = [
    (unit("四川省绵阳市机关事务管理局", "四川省", "节能降耗。"), "approved"),
    (unit("北京市机关事务管理局", "北京市", "保障有力。"), "pending"),
    (unit("北京市机关事务管理局", "北京市", "重复推荐的一条。"), "returned"),
    (person("王淑清", "吉林省", "吉林省延吉市北山街道丹英社区党委书记", "女", "扎根社区。"), "query"),
    (person("田华", "北京市", "某县某镇党委书记", deeds="带领群众脱贫。"), "approved"),
]


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "表彰.awardproj"
    with Project.open(path, create=True, user="测试员") as p:
        for rec, status in RECORDS:
            rid = next(iter(p.add_record(rec).record_ids))
            if status != "pending":
                p.set_field(rid, "status", status)
    return path


def plan(path, **choices):
    with Project.open(path) as p:
        return plan_from_project(p, Choices(**choices))


def test_returned_never_pending_and_query_by_choice(project):
    full = plan(project)
    assert [r.name for r in full.records] == [
        "四川省绵阳市机关事务管理局", "北京市机关事务管理局", "王淑清", "田华"]
    assert full.left_out == {"returned": 1}
    assert full.unreviewed() == {"pending": 1, "query": 1}
    only = plan(project, include=frozenset())
    assert [r.name for r in only.records] == ["四川省绵阳市机关事务管理局", "田华"]
    assert only.left_out == {"returned": 1, "pending": 1, "query": 1}
    assert plan(project, include=frozenset({"query"})).unreviewed() == {"query": 1}


def test_settings_apply_and_flags_win(project):
    with Project.open(project) as p:
        p.set_setting("group_by", "region")
        p.set_setting("order_by", "strokes")
        p.set_setting("list_title", "某某先进集体和先进个人名单")
    pl = plan(project)
    assert (pl.group_by, pl.order_by, pl.title) == ("region", "strokes", "某某先进集体和先进个人名单")
    # region blocks in the official order (北京 before 吉林 before 四川), 集体 before 个人
    assert [r.name for r in pl.ordered()] == ["北京市机关事务管理局", "四川省绵阳市机关事务管理局", "田华", "王淑清"]
    pl = plan(project, group="none", order="input", title="另一个标题")
    assert (pl.group_by, pl.order_by, pl.title) == (None, "input", "另一个标题")


def test_nameless_and_nothing_and_incomplete_notice_are_refused(project):
    with Project.open(project) as p:
        p.add_record(unit("", "北京市", "有事迹没有名称。"))
    pl = plan(project)
    assert [p.code for p in pl.refused] == ["nameless"]
    assert "名单中不能有空行" in describe(pl.refused[0])
    with pytest.raises(ExportError):
        write_plan(pl, docx=project.parent / "a.docx")
    assert not (project.parent / "a.docx").exists()

    with Project.open(project) as p:
        for s in p.records():
            if s.status == "approved":
                p.set_field(s.id, "status", "returned")
    pl = plan(project, include=frozenset())
    assert [p.code for p in pl.refused] == ["nothing"]
    assert "退回 3 条、待审核 2 条、有疑问 1 条未导出" in describe(pl.refused[0])


def test_notice_needs_period_issuer_contact_and_date(project):
    pl = plan(project, form="公示", notice={"公示期": "2026年11月23日至11月27日"})
    refusal = next(p for p in pl.refused if p.code == "notice_incomplete")
    assert refusal.args["missing"] == ["发布单位", "联系人或联系电话", "日期"]
    pl = plan(project, form="公示", include=frozenset(), notice={
        "公示期": "2026年11月23日至11月27日", "发布单位": "某某局", "联系电话": "010-1", "日期": "2026-11-22"})
    assert pl.ok


def test_name_only_lists_need_no_deeds():
    names = Record(name="某某局"), Record(name="某某中心")
    narrative = Record(name="某某办公室", deeds="")
    with_deeds = documents_with_deeds(
        {1: "list", 2: "narrative", 3: "list"},
        [(1, names[0]), (1, names[1]), (2, narrative), (3, Record(name="甲单位", deeds="有事迹")),
         (3, Record(name="乙单位"))])
    assert with_deeds == {2, 3}  # a 名单 without any deeds: its records are not missing them


def test_split_lists_are_two_attachments_with_their_own_titles(project, tmp_path):
    with Project.open(project) as p:
        p.set_setting("award_collective", "某某工作先进集体")
    pl = plan(project, split=True, kind_titles={"individual": "某某工作先进个人名单"}, order="strokes")
    out = tmp_path / "附件.docx"
    report = write_plan(pl, docx=out).word
    assert report.ok
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    first, second = texts.index("附件1"), texts.index("附件2")
    assert texts[first + 2:first + 4] == ["某某工作先进集体名单", "（2个）"]  # the 称号 gives the title
    assert texts[second + 2:second + 4] == ["某某工作先进个人名单", "（2名）（按姓氏笔画为序）"]
    label = docx.Document(str(out)).paragraphs[second]._p
    assert label.pPr.find(qn("w:pageBreakBefore")) is not None  # 附件2 on its own page


def test_template_that_is_not_official_is_named(tmp_path, project):
    plain = tmp_path / "普通.docx"
    docx.Document().save(str(plain))  # python-docx's default: US Letter, no page number
    assert template_problems(plain) == ["纸张不是 A4 纵向", "页脚没有页码"]
    pl = plan(project, template=str(plain))
    assert [w.code for w in pl.warnings] == ["template_unofficial"]
    assert "普通.docx" in describe(pl.warnings[0]) and "页码" in describe(pl.warnings[0])
    official = tmp_path / "公文.docx"
    write_plan(plan(project), docx=official)  # our own export is an official-format document
    assert template_problems(official) == []


def test_set_setting_cli_writes_what_the_export_reads(project, tmp_path, capsys):
    assert main(["set-setting", "--project", str(project), "字数上限", "500"]) == 0
    assert main(["set-setting", "--project", str(project), "order_by", "按姓氏笔画"]) == 0
    assert main(["set-setting", "--project", str(project), "集体称号", "某某先进集体"]) == 0
    assert main(["set-setting", "--project", str(project), "group_by", "按地区"]) == 0
    with Project.open(project) as p:
        s = p.settings()
    assert (s["word_limit"], s["order_by"], s["award_collective"], s["group_by"]) == (
        500, "strokes", "某某先进集体", "region")
    assert main(["set-setting", "--project", str(project), "字数上限", "不限"]) == 0
    assert main(["set-setting", "--project", str(project), "order_by", "拼音"]) == 1
    assert "排序可选" in capsys.readouterr().err
    assert main(["set-setting", "--project", str(project), "颜色", "红"]) == 1
    assert "没有设置项“颜色”" in capsys.readouterr().err
    assert main(["set-setting", "--project", str(project), "template", str(tmp_path / "无.docx")]) == 1
    capsys.readouterr()
    assert main(["set-setting", "--project", str(project)]) == 0
    listing = capsys.readouterr().out
    assert "字数上限（word_limit）：不限" in listing and "排序（order_by）：按姓氏笔画" in listing
    assert plan(project).word_limit is None


def test_reorder_is_one_journal_group_across_a_restart(project):
    with Project.open(project) as p:
        before = [s.id for s in p.records()]
        change = p.reorder(list(reversed(before)))
        assert change.group is not None
        assert [s.id for s in p.records()] == list(reversed(before))
    with Project.open(project) as p:  # a new session: only the journal knows
        p.undo()
        assert [s.id for s in p.records()] == before
        p.redo()
        assert [s.id for s in p.records()] == list(reversed(before))
        with pytest.raises(Exception, match="每条记录"):
            p.reorder(before[:2])


def test_delete_many_is_one_journal_group(project):
    with Project.open(project) as p:
        ids = [s.id for s in p.records()]
        p.delete_records(ids[:3])
        assert len(p.records()) == 2
        p.undo()
        assert [s.id for s in p.records()] == ids


def test_cli_split_skip_and_template_warning(project, tmp_path, capsys):
    plain = tmp_path / "普通.docx"
    docx.Document().save(str(plain))
    out = tmp_path / "名单.docx"
    assert main(["export", "--project", str(project), "--docx", str(out), "--skip-pending", "--split",
                 "--title-individual", "某某先进个人名单", "--template", str(plain)]) == 0
    printed = capsys.readouterr().out
    assert "已跳过退回的 1 条" in printed and "已按选择不导出：待审核 1 条" in printed
    assert "模板“普通.docx”不像公文格式文件（纸张不是 A4 纵向、页脚没有页码）" in printed
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "附件1" in texts and "附件2" in texts and "某某先进个人名单" in texts
    assert "北京市机关事务管理局" not in texts  # the pending one was skipped, the returned one never goes
    assert main(["export", "--project", str(project), "--docx", str(out), "--form", "公示",
                 "--notice-period", "2026年11月23日至11月27日"]) == 1
    assert "公示缺少发布单位、联系人或联系电话、日期，不能发布" in capsys.readouterr().err


def test_split_without_titles_still_gives_two_attachments(project, tmp_path):
    pl = plan(project, split=True, form="事迹表")
    assert pl.kind_titles == {"collective": "先进集体简要事迹", "individual": "先进个人简要事迹"}
    out = tmp_path / "两个附件.docx"
    assert write_plan(pl, docx=out).word.ok
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts.count("附件1") == 1 and texts.count("附件2") == 1


def test_excel_titles_follow_the_award_names(project, tmp_path):
    with Project.open(project) as p:
        p.set_setting("award", "某某工作先进集体和先进个人")
        p.set_setting("award_collective", "某某工作先进集体")
        p.set_setting("award_individual", "某某工作先进个人")
    pl = plan(project)
    assert pl.title == "某某工作先进集体和先进个人名单"  # Word: from the 表彰事项
    out = tmp_path / "汇总表.xlsx"
    write_plan(pl, xlsx=out)
    wb = openpyxl.load_workbook(out)
    assert [wb[s]["A1"].value for s in ("先进集体", "先进个人")] == ["某某工作先进集体推荐汇总表", "某某工作先进个人推荐汇总表"]
