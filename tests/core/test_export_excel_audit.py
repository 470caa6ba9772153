"""The 审核记录 and 统计 sheets filled from a real project: where each record came from, what
the clerk changed, who approved it."""

from __future__ import annotations


import openpyxl

from awardtool.export.excel import audit_from_project, export_xlsx
from awardtool.pipeline import extract_paths
from awardtool.records import Record
from awardtool.store import Project
from testpaths import SEED_LIST


def test_audit_sheet_from_project(tmp_path):
    with Project.open(tmp_path / "p.awardproj", create=True, user="录入员") as project:
        for result in extract_paths([SEED_LIST]):
            project.add_result(result, SEED_LIST.read_bytes())
        ids = [s.id for s in project.records()]
        project.set_field(ids[1], "unit_type", "机关")
        project.user = "张科长"  # the reviewer who approves
        project.set_field(ids[1], "status", "approved")
        project.set_field(ids[2], "status", "query")
        project.add_record(Record(name="王小明", kind="individual", region="北京市", gender="男"))
        records, infos = audit_from_project(project)
    assert [r.name for r in records][:2] == ["四川省成都市机关事务管理局办公室", "四川省绵阳市机关事务管理局"]
    out = tmp_path / "a.xlsx"
    report = export_xlsx(records, out, audit=infos)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["先进集体", "先进个人", "统计", "审核记录"]
    rows = [r for r in wb["审核记录"].iter_rows(min_row=3, values_only=True)]
    assert report.sheets["审核记录"] == len(rows) == 5
    by_name = {r[2]: r for r in rows}
    changed = by_name["四川省绵阳市机关事务管理局"]
    assert changed[3] == str(SEED_LIST) and changed[4]  # source file and a location in it
    assert changed[5:8] == ("单位性质", None, "机关")
    assert changed[8:10] == ("已审核", "张科长")
    assert by_name["四川省人民政府办公厅机关服务中心"][5] == "（未修改）"
    assert by_name["四川省人民政府办公厅机关服务中心"][8:10] == ("有疑问", None)
    assert by_name["王小明"][3:6] == (None, None, "（无抽取记录）")
    stats = [r for r in wb["统计"].iter_rows(min_row=3, values_only=True)]
    assert stats == [(1, "北京市", 0, 1, 1), (2, "四川省", 4, 0, 4), (None, "合计", 4, 1, 5)]
