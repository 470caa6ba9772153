"""`awardtool stage freeze|list|delete|diff --project`: the window's stages from the command
line, the JSON of a diff, a diff against an exported file, and the 变更情况说明 exports."""

from __future__ import annotations

import json

import docx
import openpyxl
import pytest
from stage_fixtures import ADDED, CUT, DROPPED, RENAME, REORDERED, apply_edits, list_records

from awardtool.cli import main
from awardtool.export.excel import export_xlsx
from awardtool.store import Project, stages


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "名单.awardproj"
    with Project.open(path, create=True, user="李科员") as p:
        for rec in list_records():
            p.add_record(rec)
    return str(path)


def test_freeze_list_diff_delete(capsys, project, tmp_path, monkeypatch):
    monkeypatch.setenv("AWARDTOOL_USER", "王五")
    code, out, _ = run(capsys, "stage", "freeze", "--project", project, "公示")
    assert code == 0 and "已冻结阶段“公示”：7条记录" in out and "王五" in out
    with Project.open(project) as p:
        apply_edits(p)
    code, out, _ = run(capsys, "stage", "list", "--project", project, "--json")
    (listed,) = json.loads(out)
    assert (listed["name"], listed["count"], listed["frozen_by"]) == ("公示", 7, "王五")

    code, out, _ = run(capsys, "stage", "diff", "--project", project, "公示", "current", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["format"] == "awardtool-compare/1" and data["b"]["source"] == "current"
    assert [(c["change"], (c["b"] or c["a"])["name"]) for c in data["changes"]] == [
        ("added", ADDED.name), ("removed", DROPPED), ("renamed", RENAME[1]), ("moved", REORDERED), ("changed", CUT)]

    code, out, _ = run(capsys, "stage", "diff", "--project", project, "公示", "当前")
    assert code == 0 and "新增1条、删去1条、更名1条、调整位置1条、内容修改1条" in out
    assert f"“{RENAME[0]}”更名为“{RENAME[1]}”" in out

    code, out, err = run(capsys, "stage", "diff", "--project", project, "初审", "current")
    assert code == 1 and "没有名为“初审”的阶段" in err and "现有阶段：公示" in err
    code, out, err = run(capsys, "stage", "freeze", "--project", project, "公示")
    assert code == 1 and "已经存在" in err
    code, out, _ = run(capsys, "stage", "delete", "--project", project, "公示")
    assert code == 0 and "名单本身未改动" in out
    with Project.open(project) as p:
        assert stages.stages(p) == [] and len(p.records()) == 7


def test_diff_against_an_exported_workbook_with_both_reports(capsys, project, tmp_path):
    with Project.open(project) as p:
        export_xlsx([r.record for r in p.records()], tmp_path / "公示汇总表.xlsx")
        apply_edits(p)
    code, out, err = run(capsys, "stage", "diff", "--project", project, str(tmp_path / "公示汇总表.xlsx"), "current",
                         "--json", "--docx", str(tmp_path / "说明.docx"), "--xlsx", str(tmp_path / "变更.xlsx"),
                         "--issuer", "某某省机关事务管理局")
    assert code == 0, err
    data = json.loads(out)
    assert data["a"]["source"] == "file" and data["counts"] == {
        "added": 1, "removed": 1, "renamed": 1, "moved": 1, "changed": 1}

    paragraphs = [p.text for p in docx.Document(str(tmp_path / "说明.docx")).paragraphs]
    assert paragraphs[0].endswith("名单变更情况说明")
    assert "与文件“公示汇总表.xlsx”（7条）相比，当前名单（7条）共有变化5处" in paragraphs[2]
    headings = [t for t in paragraphs if t[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert headings == ["一、新增（先进集体1个）", "二、删去（先进集体1个）", "三、更名（先进集体1个）",
                        "四、调整位置（先进集体1个）", "五、内容修改（先进集体1个）"]
    for name in (ADDED.name, DROPPED, RENAME[0], RENAME[1], REORDERED, CUT):
        assert any(name in t for t in paragraphs), name
    assert "某某省机关事务管理局" in paragraphs

    ws = openpyxl.load_workbook(tmp_path / "变更.xlsx")["变更情况"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [r[:4] for r in rows] == [[1, "新增", "先进集体", ADDED.name], [2, "删去", "先进集体", DROPPED],
                                     [3, "更名", "先进集体", RENAME[1]], [4, "调整位置", "先进集体", REORDERED],
                                     [5, "内容修改", "先进集体", CUT]]
    assert rows[2][7:9] == list(RENAME) and rows[4][6] == "简要事迹"
    assert rows[4][8] == "\n".join(list_records()[3].deeds.split("\n")[:2])
    assert [c.value for c in ws[3]][:4] == ["序号", "变更类型", "类别", "名称"]


def test_a_broken_or_empty_file_is_refused_with_its_name(capsys, project, tmp_path):
    junk = tmp_path / "公示名单.docx"
    junk.write_bytes(b"PK\x03\x04 not really a document")
    code, out, err = run(capsys, "stage", "diff", "--project", project, str(junk), "current")
    assert code == 1 and "公示名单.docx" in err and out == ""
    empty = tmp_path / "空表.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "填表说明：请按附件格式填写。"
    wb.save(empty)
    code, _, err = run(capsys, "stage", "diff", "--project", project, "current", str(empty))
    assert code == 1 and "在“空表.xlsx”中没有找到名单记录" in err
    code, _, err = run(capsys, "stage", "diff", "--project", project, "current", str(tmp_path / "没有.docx"))
    assert code == 1 and "找不到文件" in err
