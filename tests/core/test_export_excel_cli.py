"""`awardtool export PATH… --xlsx OUT.xlsx`: the command line writes the same workbook as the
window, passes its ordering and title options through, and fails cleanly."""

from __future__ import annotations


import openpyxl

from awardtool.cli import main
from testpaths import SEED_LIST



def data_rows(ws) -> list[tuple]:
    return [r for r in ws.iter_rows(min_row=4, values_only=True)]


def test_export_xlsx_from_files(tmp_path, capsys):
    out = tmp_path / "汇总表.xlsx"
    assert main(["export", str(SEED_LIST), "--xlsx", str(out)]) == 0
    assert "已导出 4 条记录" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["先进集体"]
    ws = wb["先进集体"]
    assert ws.print_title_rows == "$1:$3" and ws.page_setup.orientation == "landscape"
    rows = data_rows(ws)
    assert [r[:3] for r in rows] == [
        (1, "四川省成都市机关事务管理局办公室", "四川省"),
        (2, "四川省绵阳市机关事务管理局", "四川省"),
        (3, "四川省人民政府办公厅机关服务中心", "四川省"),
        (4, "四川省第四人民医院重症医学科", "四川省"),
    ]
    assert all(len(r[5]) > 500 for r in rows)  # the full 简要事迹


def test_export_xlsx_passes_order_and_title(tmp_path):
    out = tmp_path / "a.xlsx"
    code = main(["export", str(SEED_LIST), "--xlsx", str(out), "--order", "strokes", "--title", "拟表彰先进集体汇总表"])
    assert code == 0
    ws = openpyxl.load_workbook(out)["先进集体"]
    assert ws["A1"].value == "拟表彰先进集体汇总表"
    # 姓氏笔画 at the first differing character: 人 (2 strokes) < 成 (6) < 第 = 绵 (11), and
    # 第 starts with 丿 which comes before 绵's 乛
    assert [r[1] for r in data_rows(ws)] == [
        "四川省人民政府办公厅机关服务中心", "四川省成都市机关事务管理局办公室", "四川省第四人民医院重症医学科",
        "四川省绵阳市机关事务管理局",
    ]
    assert [r[0] for r in data_rows(ws)] == [1, 2, 3, 4]


def test_export_xlsx_to_open_file_fails_cleanly(tmp_path, capsys):
    out = tmp_path / "汇总表.xlsx"
    out.write_bytes(b"old")
    (tmp_path / "~$汇总表.xlsx").write_bytes(b"")
    assert main(["export", str(SEED_LIST), "--xlsx", str(out)]) == 1
    err = capsys.readouterr().err
    assert "导出失败" in err and "汇总表.xlsx" in err and "关闭" in err
    assert out.read_bytes() == b"old"
