"""Spreadsheets: each sheet a Table, merges resolved, values as the clerk typed them."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from awardtool.ingest import load_path
from awardtool.ingest.sheet import date_text, number_text


def _one(path):
    (doc,) = load_path(path)
    assert doc.error is None, doc.error
    return doc


def test_xlsx_sheets_merges_values(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "先进个人"
    ws.append(["序号", "姓名", "出生年月", "单位", None, None])
    ws.append([1, "张三", dt.datetime(1980, 3, 1), "市教育局"])
    ws.append([2.0, "李四", dt.datetime(1975, 12, 1), None])
    ws.append([None] * 6)
    ws["C2"].number_format = "yyyy.mm"
    ws["C3"].number_format = 'yyyy"年"m"月"'
    ws.merge_cells("D2:D3")
    ws2 = wb.create_sheet("先进集体")
    ws2.append(["汇总表"])
    ws2.merge_cells("A1:C1")
    ws2.append(["序号", "名称", "得分"])
    ws2.append([1, "某局", 95.5])
    wb.create_sheet("空表")
    wb.save(tmp_path / "名单.xlsx")
    doc = _one(tmp_path / "名单.xlsx")
    assert doc.format == "xlsx"
    t1, t2 = doc.tables()
    assert t1.texts() == [
        ["序号", "姓名", "出生年月", "单位"],
        ["1", "张三", "1980.03", "市教育局"],
        ["2", "李四", "1975年12月", "市教育局"],
    ]
    assert t1.rows[2][3].merged and not t1.rows[1][3].merged
    assert (t1.loc.sheet, t1.rows[2][1].loc.row, t1.rows[2][1].loc.col) == ("先进个人", 2, 1)
    assert t2.texts() == [["汇总表", "汇总表", "汇总表"], ["序号", "名称", "得分"], ["1", "某局", "95.5"]]


def test_xls_through_libreoffice_made_file(tmp_path):
    pytest.importorskip("xlrd")
    import shutil
    import subprocess

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "姓名", "出生年月"])
    ws.append([1, "王五", dt.datetime(1990, 7, 1)])
    ws["C2"].number_format = "yyyy.mm"
    ws.merge_cells("A3:C3")
    ws["A3"] = "合并行"
    wb.save(tmp_path / "s.xlsx")
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation={(tmp_path / 'p').as_uri()}",
                    "--convert-to", "xls", "--outdir", str(tmp_path), str(tmp_path / "s.xlsx")],
                   check=True, timeout=180, capture_output=True)
    doc = _one(tmp_path / "s.xls")
    assert doc.format == "xls"
    assert doc.tables()[0].texts() == [["序号", "姓名", "出生年月"], ["1", "王五", "1990.07"], ["合并行"] * 3]


test_xls_through_libreoffice_made_file = pytest.mark.slow(test_xls_through_libreoffice_made_file)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv(tmp_path, encoding):
    p = tmp_path / "名单.csv"
    p.write_bytes("序号,姓名,事迹\r\n1,张三,\"多行\n事迹\"\r\n2,李四,好\r\n,,\r\n".encode(encoding))
    doc = _one(p)
    assert doc.format == "csv"
    assert doc.tables()[0].texts() == [["序号", "姓名", "事迹"], ["1", "张三", "多行\n事迹"], ["2", "李四", "好"]]
    assert doc.tables()[0].loc.sheet == "名单"


def test_empty_workbook_is_an_error(tmp_path):
    openpyxl.Workbook().save(tmp_path / "e.xlsx")
    (doc,) = load_path(tmp_path / "e.xlsx")
    assert doc.error is not None and doc.error.code == "empty"


@pytest.mark.parametrize(("v", "t"), [(3, "3"), (3.0, "3"), (0.5, "0.5"), (1e20, "1e+20"), (True, "是")])
def test_number_text(v, t):
    assert number_text(v) == t


@pytest.mark.parametrize(
    ("fmt", "text"),
    [("yyyy.mm", "2021.03"), ('yyyy"年"m"月"', "2021年3月"), ("yyyy/m/d", "2021/3/5"), ("General", "2021-03-05"),
     ("[$-804]yyyy年m月d日", "2021年3月5日"), ("yyyy-mm-dd", "2021-03-05")],
)
def test_date_text(fmt, text):
    assert date_text(dt.datetime(2021, 3, 5), fmt) == text
