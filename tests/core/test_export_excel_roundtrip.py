"""An exported 汇总表 imported into a new project gives back the same records: the importer
(xlsx reader + list extractor) recognises the title row, the 填报 row and the header row, in
our own workbook and in a clerk's similar one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from awardtool.export.excel import export_xlsx
from awardtool.pipeline import extract_paths
from awardtool.records import TEXT_FIELDS, Record
from testpaths import SEED_LIST



def individuals() -> list[Record]:
    return [
        Record(name="王小明", kind="individual", gender="男", ethnicity="汉族", birth="1975.03", politics="中共党员",
               position="北京市机关事务管理局办公室主任", region="北京市", recommender="北京市机关事务管理局",
               deeds="长期负责机关后勤保障。\n带头推进节约型机关建设，2020 年节约经费 30%。", notes="拟追授"),
        Record(name="阿依古丽", kind="individual", gender="女", ethnicity="维吾尔族", birth="1982.11",
               politics="群众", position="新疆维吾尔自治区某医院护士长", region="新疆维吾尔自治区",
               recommender="新疆维吾尔自治区卫生健康委", deeds="抗疫一线连续工作 120 天。"),
    ]


def imported(path: Path) -> list[Record]:
    results = list(extract_paths([path]))
    assert len(results) == 1
    assert results[0].document.error is None, results[0].document.error
    return results[0].extraction.records


def comparable(rec: Record) -> dict:
    out = {k: (getattr(rec, k) or None) for k in TEXT_FIELDS if k != "deeds"}
    out["kind"] = rec.kind
    out["deeds"] = [p.strip() for p in rec.deeds.split("\n") if p.strip()]
    return out


def assert_same(exported: list[Record], back: list[Record]) -> None:
    assert [r.name for r in back] == [r.name for r in exported]
    seq: dict[str, int] = {}
    for want, got in zip(exported, back):
        seq[want.kind] = seq.get(want.kind, 0) + 1
        assert comparable(got) == comparable(want), want.name
        assert got.seq == seq[want.kind]  # 序号 as printed on the kind's sheet
        assert got.source is not None and got.source.loc.sheet in ("先进集体", "先进个人")


@pytest.fixture
def seed_records() -> list[Record]:
    results = list(extract_paths([SEED_LIST]))
    records = results[0].extraction.records
    assert len(records) == 4 and all(len(r.deeds) > 500 for r in records)
    return records


def test_exported_workbook_imports_as_the_same_records(tmp_path, seed_records):
    records = seed_records + individuals()
    path = tmp_path / "汇总表.xlsx"
    export_xlsx(records, path)
    assert_same(records, imported(path))


def test_editable_copy_with_extra_columns_imports_too(tmp_path, seed_records):
    records = seed_records + individuals()
    records[0].award, records[1].award = "全国机关事务工作先进集体", "全国抗疫先进集体"
    records[2].unit_type = "事业单位"
    path = tmp_path / "审核用.xlsx"
    export_xlsx(records, path, editable=True, statuses=["approved"] * len(records))
    headers = [c.value for c in openpyxl.load_workbook(path)["先进集体"][3]]
    assert "奖项" in headers and "审核状态" in headers
    assert_same(records, imported(path))


def test_clerks_similar_summary_sheet_is_recognised(tmp_path):
    """A clerk's own 汇总表: different title and fill-in wording, header synonyms, a blank
    row at the end, no styling at all."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["2024年度全省先进集体推荐名单汇总表"])
    ws.merge_cells("A1:E1")
    ws.append(["推荐单位（盖章）：某某市人社局", None, "填表人：李四", None, "填表日期：2024年5月"])
    ws.append(["编号", "单位名称", "所属地区", "推荐部门", "主要事迹"])
    ws.append([1, "某某市第一人民医院急诊科", "浙江省", "某某市卫健委", "急诊抢救成功率 98%。\n连续三年零投诉。"])
    ws.append([2, "某某市公安局交警支队", "浙江省", "某某市公安局", "圆满完成亚运会交通保障任务。"])
    ws.append([])
    path = tmp_path / "clerk.xlsx"
    wb.save(path)
    back = imported(path)
    assert [(r.seq, r.name, r.kind, r.region, r.recommender) for r in back] == [
        (1, "某某市第一人民医院急诊科", "collective", "浙江省", "某某市卫健委"),
        (2, "某某市公安局交警支队", "collective", "浙江省", "某某市公安局"),
    ]
    assert back[0].deeds.split("\n") == ["急诊抢救成功率 98%。", "连续三年零投诉。"]
