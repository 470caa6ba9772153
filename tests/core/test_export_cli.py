"""`awardtool export --project P`: the command-line export of a project is the window's export —
the clerk's edits, the project's settings, no 退回 records, the 统计 and 审核记录 sheets — and
it refuses or warns on the clerk's rules before writing anything."""

from __future__ import annotations

import sqlite3

import docx
import openpyxl
import pytest

from awardtool.cli import main
from awardtool.store import Project

MIANYANG = "四川省绵阳市机关事务管理局"
HOSPITAL = "四川省第四人民医院重症医学科"


@pytest.fixture
def project(tmp_path, seed_list, seed_narrative, capsys):
    """A project with both seeds imported (4 collectives from the list, 1 from the narrative)."""
    path = tmp_path / "表彰.awardproj"
    assert main(["import", "--project", str(path), str(seed_list), str(seed_narrative)]) == 0
    capsys.readouterr()
    return path


def record_id(path, name: str) -> int:
    with Project.open(path) as p:
        return next(s.id for s in p.records() if s.record.name == name)


def set_field(path, name: str, field: str, value: str, user: str = "李四") -> None:
    assert main(["set", "--project", str(path), "--user", user, str(record_id(path, name)), field, value]) == 0


def set_settings(path, **values) -> None:
    with Project.open(path) as p:
        for key, value in values.items():
            p.set_setting(key, value)


def entries(path) -> list[str]:
    """The 名单 lines of a written .docx (the paragraphs between the count and the end)."""
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    start = next(i for i, t in enumerate(texts) if t.startswith("（") and t.endswith("）"))
    return texts[start + 1 :]


def rows(ws, first: int) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=first, values_only=True)]


def test_project_export_uses_edits_settings_and_audit(project, tmp_path, capsys):
    new_name = "绵阳市机关事务管理局"
    set_field(project, MIANYANG, "name", new_name)
    set_field(project, HOSPITAL, "status", "退回")
    set_field(project, "四川省成都市机关事务管理局办公室", "status", "已审核", user="张三")
    set_settings(project, list_title="2026年度机关事务工作先进集体拟表彰名单", order_by="strokes")
    out_docx, out_xlsx = tmp_path / "名单.docx", tmp_path / "汇总表.xlsx"

    code = main(["export", "--project", str(project), "--docx", str(out_docx), "--xlsx", str(out_xlsx)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "已跳过退回的 1 条" in out
    assert "已导出 4 条记录" in out and "回读核对无误" in out
    # the seeds' 简要事迹 run to 700 characters: the project's default limit of 300 is checked
    assert "简要事迹超过字数上限：4 条记录" in out
    assert "尚未审核通过（待审核 3 条）" in out

    doc = docx.Document(str(out_docx))
    assert doc.paragraphs[0].text == "2026年度机关事务工作先进集体拟表彰名单"
    # order_by=strokes from the settings: first characters 四 (5 strokes) < 沧 (7) < 绵 (11);
    # the two 四川省 names differ at 人 (2) < 成 (6)
    assert entries(out_docx) == [
        "四川省人民政府办公厅机关服务中心", "四川省成都市机关事务管理局办公室", "沧州市卫生局办公室", new_name,
    ]
    assert HOSPITAL not in "\n".join(p.text for p in doc.paragraphs)

    wb = openpyxl.load_workbook(out_xlsx)
    assert wb.sheetnames == ["先进集体", "统计", "审核记录"]
    listed = [r[1] for r in rows(wb["先进集体"], 4)]
    assert wb["先进集体"]["A1"].value == "2026年度机关事务工作先进集体拟表彰名单"
    assert new_name in listed and MIANYANG not in listed and HOSPITAL not in listed
    stats = rows(wb["统计"], 3)
    assert stats == [(1, "河北省", 1, 0, 1), (2, "四川省", 3, 0, 3), (None, "合计", 4, 0, 4)]
    audit = rows(wb["审核记录"], 3)
    assert len(audit) == 4
    by_name = {r[2]: r for r in audit}
    edited = by_name[new_name]
    assert edited[5:9] == ("名称", MIANYANG, new_name, "待审核")
    assert edited[3].endswith("000_bc5c23ceeda405d3.txt")
    approved = by_name["四川省成都市机关事务管理局办公室"]
    assert approved[5] == "（未修改）" and approved[8:10] == ("已审核", "张三") and approved[10]


def test_flags_override_project_settings(project, tmp_path, capsys):
    set_settings(project, list_title="设置中的标题", order_by="strokes", group_by="region", word_limit=1000)
    out = tmp_path / "a.docx"
    assert main(["export", "--project", str(project), "--docx", str(out), "--title", "命令行标题",
                 "--order", "input", "--group", "none"]) == 0
    printed = capsys.readouterr().out
    # word_limit 1000 from the settings: only the 2,333-character narrative is too long
    assert "简要事迹超过字数上限：1 条记录" in printed and "超过 1000 字上限" in printed
    assert docx.Document(str(out)).paragraphs[0].text == "命令行标题"
    assert entries(out) == [
        "四川省成都市机关事务管理局办公室", MIANYANG, "四川省人民政府办公厅机关服务中心", HOSPITAL, "沧州市卫生局办公室",
    ]


def test_project_group_setting_groups_by_region(project, tmp_path):
    set_settings(project, group_by="region")
    out = tmp_path / "a.docx"
    assert main(["export", "--project", str(project), "--docx", str(out)]) == 0
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts.index("河北省（1个）") < texts.index("四川省（4个）")


def test_notice_options_appear_in_the_document(project, tmp_path, capsys):
    out = tmp_path / "公示.docx"
    code = main([
        "export", "--project", str(project), "--docx", str(out), "--form", "公示",
        "--notice-subject", "全省机关事务工作先进集体", "--notice-org", "四川省机关事务管理局",
        "--notice-period", "2026年11月23日至11月27日", "--notice-contact", "王五",
        "--notice-phone", "028-12345678", "--notice-address", "成都市青羊区某街1号", "--notice-postcode", "610000",
        "--notice-date", "2026-11-22",
    ])
    assert code == 0, capsys.readouterr()
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts[0] == "关于全省机关事务工作\n先进集体拟表彰对象的公示"  # broken between words
    body = "\n".join(texts)
    assert "公示期为2026年11月23日至11月27日。" in body and "向四川省机关事务管理局反映" in body
    assert "联系人：王五" in texts and "联系电话：028-12345678" in texts
    assert "通信地址：成都市青羊区某街1号（邮编：610000）" in texts
    assert "四川省机关事务管理局" in texts and "2026年11月22日" in texts


def test_notice_options_need_the_notice_form(project, tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["export", "--project", str(project), "--docx", str(tmp_path / "a.docx"), "--notice-org", "某局"])
    assert e.value.code == 2
    assert "--form 公示" in capsys.readouterr().err
    assert not (tmp_path / "a.docx").exists()


def test_record_without_name_refuses_and_writes_nothing(project, tmp_path, capsys):
    set_field(project, MIANYANG, "name", "")
    out_docx, out_xlsx = tmp_path / "名单.docx", tmp_path / "汇总表.xlsx"
    out_xlsx.write_bytes(b"old")
    assert main(["export", "--project", str(project), "--docx", str(out_docx), "--xlsx", str(out_xlsx)]) == 1
    err = capsys.readouterr().err
    assert "1 条记录没有名称或姓名" in err and "000_bc5c23ceeda405d3.txt 第2条" in err and "未写入任何文件" in err
    assert not out_docx.exists() and out_xlsx.read_bytes() == b"old"


def test_returned_records_only_is_a_clear_failure(tmp_path, seed_narrative, capsys):
    path = tmp_path / "p.awardproj"
    assert main(["import", "--project", str(path), str(seed_narrative)]) == 0
    set_field(path, "沧州市卫生局办公室", "status", "退回")
    capsys.readouterr()
    assert main(["export", "--project", str(path), "--docx", str(tmp_path / "a.docx")]) == 1
    captured = capsys.readouterr()
    assert "已跳过退回的 1 条" in captured.out
    assert "都已退回" in captured.err and not (tmp_path / "a.docx").exists()


def test_word_differences_fail_but_keep_the_file(project, tmp_path, capsys):
    set_field(project, MIANYANG, "name", "绵阳市机关\x07事务管理局")  # a control code Word cannot hold
    out = tmp_path / "名单.docx"
    assert main(["export", "--project", str(project), "--docx", str(out)]) == 1
    err = capsys.readouterr().err
    assert "回读核对发现 1 处与记录不一致" in err and "文件已保留" in err
    assert "绵阳市机关事务管理局" in err  # the difference names the line as written
    assert out.exists() and "绵阳市机关事务管理局" in entries(out)


def test_duplicates_across_files_are_warned_not_refused(tmp_path, seed_list, capsys):
    copy = tmp_path / "副本.txt"
    copy.write_bytes(seed_list.read_bytes())
    out = tmp_path / "a.xlsx"
    assert main(["export", str(seed_list), str(copy), "--xlsx", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "集体“四川省绵阳市机关事务管理局”重复推荐 2 次" in printed
    assert "副本.txt 第2条" in printed
    assert "已导出 8 条记录" in printed
    assert wb_sheets(out) == ["先进集体"]  # no audit sheets without a project


def wb_sheets(path) -> list[str]:
    return openpyxl.load_workbook(path).sheetnames


def test_excel_warnings_are_printed(project, tmp_path, capsys):
    assert main(["export", "--project", str(project), "--xlsx", str(tmp_path / "a.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "“沧州市卫生局办公室”的内容超过 Excel 单行最大高度" in out


def test_bad_project_settings_are_clear_failures(project, tmp_path, capsys):
    from awardtool.store import ProjectError
    from awardtool.store.codec import dumps

    with Project.open(project) as p, pytest.raises(ProjectError, match="排序"):
        p.set_setting("order_by", "拼音")  # refused when written …
    with sqlite3.connect(project) as db:  # … and a clear failure when an older file holds it
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('order_by', ?)", (dumps("拼音"),))
    assert main(["export", "--project", str(project), "--docx", str(tmp_path / "a.docx")]) == 1
    assert "排序方式“拼音”无法识别" in capsys.readouterr().err
    set_settings(project, order_by=None, template="模板/红头.docx")
    assert main(["export", "--project", str(project), "--docx", str(tmp_path / "a.docx")]) == 1
    err = capsys.readouterr().err
    assert "找不到 Word 模板" in err and "红头.docx" in err
    assert not (tmp_path / "a.docx").exists()


def test_project_template_setting_is_relative_to_the_project(project, tmp_path):
    template = tmp_path / "模板" / "红头.docx"
    template.parent.mkdir()
    t = docx.Document()
    t.sections[0].footer.paragraphs[0].text = "模板页脚"
    t.save(str(template))
    set_settings(project, template="模板/红头.docx")
    out = tmp_path / "a.docx"
    assert main(["export", "--project", str(project), "--docx", str(out)]) == 0
    assert docx.Document(str(out)).sections[0].footer.paragraphs[0].text == "模板页脚"


def test_missing_project_is_a_clear_failure(tmp_path, capsys):
    assert main(["export", "--project", str(tmp_path / "无.awardproj"), "--docx", str(tmp_path / "a.docx")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("✗ 导出失败：") and "无.awardproj" in err


def test_nameless_hand_added_record_is_named_by_the_project(project, tmp_path, capsys):
    from awardtool.records import Record

    with Project.open(project) as p:
        p.add_record(Record(name="", kind="collective", deeds="手工录入的事迹。"))
    assert main(["export", "--project", str(project), "--docx", str(tmp_path / "a.docx")]) == 1
    assert "表彰.awardproj（手工添加） 第1条" in capsys.readouterr().err
    assert not (tmp_path / "a.docx").exists()
