"""The Excel 推荐汇总表: every record and field, print setup, layout, statistics, audit, and
the atomic write. The workbook is read back with openpyxl, as a clerk's Excel would."""

from __future__ import annotations

import os
import re
from pathlib import Path

import openpyxl
import pytest

from awardtool.document import Loc
from awardtool.export.atomic import ExportError
from awardtool.export.excel import FILL_IN_LINE, HEADER_ROW, STANDARD_COLUMNS, export_xlsx, header_for
from awardtool.export.xlsx_audit import AuditInfo, describe_loc
from awardtool.export import xlsx_style
from awardtool.export.xlsx_layout import LINE_FACTOR, ems_per_line, line_count, print_scale, text_em, text_units
from awardtool.fields import FIELD_BY_KEY
from awardtool.records import Record
from testpaths import SEED_LIST



def seed_collectives() -> list[Record]:
    """The seed list's 4 collectives (long deeds, several paragraphs each), parsed by hand so
    these tests do not depend on the extractor: "序号\\t名称\\t<p>段</p> <p>段</p>"."""
    records = []
    for line in SEED_LIST.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[0].strip().isdigit():
            paragraphs = re.findall(r"<p>(.*?)</p>", parts[2])
            records.append(Record(name=parts[1], seq=int(parts[0]), region="四川省", deeds="\n".join(paragraphs)))
    assert len(records) == 4
    return records


def individuals() -> list[Record]:
    return [
        Record(name="王小明", kind="individual", gender="男", ethnicity="汉族", birth="1975.03", politics="中共党员",
               position="北京市机关事务管理局办公室主任", region="北京市", recommender="北京市机关事务管理局",
               deeds="长期负责机关后勤保障。\n带头推进节约型机关建设。", notes="拟追授"),
        Record(name="阿依古丽", kind="individual", gender="女", ethnicity="维吾尔族", birth="1982.11",
               politics="群众", position="新疆维吾尔自治区某医院护士长", region="新疆维吾尔自治区",
               recommender="新疆维吾尔自治区卫生健康委", deeds="抗疫一线连续工作 120 天。"),
    ]


def sheet_rows(ws) -> list[list[str]]:
    return [["" if v is None else str(v) for v in row] for row in ws.iter_rows(min_row=HEADER_ROW, values_only=True)]


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "汇总表.xlsx"
    report = export_xlsx(seed_collectives() + individuals(), path)
    return report, openpyxl.load_workbook(path)


def test_every_record_and_field_is_written(workbook):
    report, wb = workbook
    assert wb.sheetnames == ["先进集体", "先进个人"]
    assert report.sheets == {"先进集体": 4, "先进个人": 2}
    for kind, sheet, expected in (("collective", "先进集体", seed_collectives()), ("individual", "先进个人", individuals())):
        rows = sheet_rows(wb[sheet])
        keys = list(STANDARD_COLUMNS[kind])
        assert rows[0] == [header_for(kind, k) for k in keys]
        assert len(rows) == 1 + len(expected)
        for i, (row, rec) in enumerate(zip(rows[1:], expected), start=1):
            for key, value in zip(keys, row):
                want = str(i) if key == "seq" else (getattr(rec, key) or "")
                assert value == want, (sheet, rec.name, key)


def test_headers_are_importer_synonyms():
    for kind, keys in STANDARD_COLUMNS.items():
        for key in keys:
            assert header_for(kind, key) in FIELD_BY_KEY[key].headers, (kind, key)
    assert header_for("collective", "city") in FIELD_BY_KEY["city"].headers


def test_title_fill_in_row_and_fonts(workbook):
    _, wb = workbook
    ws = wb["先进集体"]
    assert ws["A1"].value == "先进集体推荐汇总表"
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {"A1:G1", "A2:G2"} <= merged
    assert ws["A2"].value == FILL_IN_LINE and FILL_IN_LINE.startswith("填报单位（盖章）：")
    assert ws["A1"].font.name == "黑体" and 16 <= ws["A1"].font.size <= 18
    for cell in ws[HEADER_ROW]:
        assert cell.font.name == "黑体"
    for row in ws.iter_rows(min_row=HEADER_ROW + 1):
        for cell in row:
            assert cell.font.name in ("仿宋_GB2312", "宋体") and 11 <= cell.font.size <= 12
            assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
            assert cell.alignment.wrap_text
    assert ws["A4"].alignment.horizontal == "center"  # 序号 centred


def test_print_setup(workbook):
    _, wb = workbook
    for ws in wb:
        assert ws.print_title_rows == "$1:$3"
        assert ws.page_setup.orientation == "landscape"
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
        assert ws.print_options.horizontalCentered is True
        assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"
        assert ws.freeze_panes == "A4"
        assert ws.auto_filter.ref == f"A3:{ws.cell(row=3, column=ws.max_column).column_letter}{ws.max_row}"
        assert 0.3 <= ws.page_margins.left <= 1.0 and 0.3 <= ws.page_margins.bottom <= 1.0


def test_row_heights_fit_the_wrapped_text(workbook):
    _, wb = workbook
    ws = wb["先进集体"]
    widths = [ws.column_dimensions[c.column_letter].width for c in ws[HEADER_ROW]]
    for row in ws.iter_rows(min_row=HEADER_ROW + 1):
        height = ws.row_dimensions[row[0].row].height
        assert height is not None
        for cell, width in zip(row, widths):
            lines = line_count(str(cell.value or ""), width, cell.font.size)
            assert height >= lines * cell.font.size * 1.3, (cell.coordinate, lines, height)
        assert height <= 409
    # the long deeds make the collective rows far taller than a one-line row
    assert min(ws.row_dimensions[r].height for r in range(4, 8)) > 200
    short = wb["先进个人"].row_dimensions[5].height
    assert 20 <= short < 60


def test_column_widths_fit_content(workbook):
    _, wb = workbook
    ws = wb["先进个人"]
    width = {c.value: ws.column_dimensions[c.column_letter].width for c in ws[HEADER_ROW]}
    assert width["序号"] <= 7 and width["性别"] <= 7 and width["民族"] <= 10
    assert width["简要事迹"] > width["姓名"] > width["性别"]
    coll = {c.value: wb["先进集体"].column_dimensions[c.column_letter].width for c in wb["先进集体"][HEADER_ROW]}
    assert coll["简要事迹"] >= 50 and coll["集体名称"] >= 20 and coll["序号"] <= 7


def _print_layout(ws) -> tuple[float, float, list[float]]:
    """(fit-to-width zoom, page room below the repeated rows in sheet points, data row heights)."""
    width_pt, height_pt = xlsx_style.printable_size_pt()
    scale = print_scale(sum(ws.column_dimensions[c.column_letter].width for c in ws[HEADER_ROW]), width_pt)
    room = height_pt / scale - sum(ws.row_dimensions[r].height for r in range(1, HEADER_ROW + 1))
    return scale, room, [ws.row_dimensions[r].height for r in range(HEADER_ROW + 1, ws.max_row + 1)]


def test_long_deeds_widen_the_column_so_rows_pair_on_a_page(workbook, tmp_path):
    """Rows never split across pages: the seed list's ~700-字 事迹 at full size left one record
    per page. Its 简要事迹 column is widened until rows share pages, printing smaller but not
    below 75 %; a list of short rows keeps (nearly) full-size print."""
    _, wb = workbook
    scale, room, heights = _print_layout(wb["先进集体"])
    assert 0.75 <= scale < 1
    assert sorted(heights)[len(heights) // 2] * 2 <= room  # the median row takes at most half a page
    assert heights[0] + heights[1] <= room and heights[2] + heights[3] <= room  # 2 pages, not 4
    short = [Record(name=f"某某市机关事务管理局第{i}处", region="四川省", deeds="扎实推进节约型机关建设。" * (1 + i % 4))
             for i in range(30)]
    short[0].deeds = seed_collectives()[0].deeds  # one long row does not shrink the whole list
    export_xlsx(short, tmp_path / "short.xlsx")
    scale, room, heights = _print_layout(openpyxl.load_workbook(tmp_path / "short.xlsx")["先进集体"])
    # one long row does not shrink the list to 75 %: it prints (nearly) full size
    assert scale >= 0.95 and max(heights[1:]) < 60 and heights[0] > room / 2


def test_default_deliverable_has_no_status_column_but_gender_validation(workbook):
    _, wb = workbook
    ws = wb["先进个人"]
    assert "审核状态" not in [c.value for c in ws[HEADER_ROW]]
    lists = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert lists == {'"男,女"': "C4:C5"}


def test_editable_copy_has_status_column_with_validation(tmp_path):
    path = tmp_path / "审核用.xlsx"
    recs = seed_collectives()
    export_xlsx(recs, path, editable=True, statuses=["approved", "query", None, "returned"])
    ws = openpyxl.load_workbook(path)["先进集体"]
    assert ws.cell(row=HEADER_ROW, column=8).value == "审核状态"
    assert [ws.cell(row=r, column=8).value for r in range(4, 8)] == ["已审核", "有疑问", "待审核", "退回"]
    lists = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert lists == {'"待审核,已审核,有疑问,退回"': "H4:H7"}


def test_sheet_without_records_is_left_out_and_title_options(tmp_path):
    path = tmp_path / "个人.xlsx"
    export_xlsx(individuals(), path, title="2024年度表彰推荐名单")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["先进个人"]
    assert wb["先进个人"]["A1"].value == "2024年度表彰推荐名单"
    export_xlsx(seed_collectives() + individuals(), path, title="2024年度表彰推荐名单")
    wb = openpyxl.load_workbook(path)
    assert wb["先进集体"]["A1"].value == "2024年度表彰推荐名单（先进集体）"


def test_shared_award_goes_to_title_and_other_fields_get_columns(tmp_path):
    recs = seed_collectives()
    for rec in recs:
        rec.award = "全国机关事务工作先进集体"
    recs[0].city = "成都市"
    path = tmp_path / "a.xlsx"
    export_xlsx(recs, path)
    ws = openpyxl.load_workbook(path)["先进集体"]
    headers = [c.value for c in ws[HEADER_ROW]]
    assert ws["A1"].value == "全国机关事务工作先进集体推荐汇总表"
    assert headers[:6] == ["序号", "集体名称", "所在地区", "单位性质", "推荐单位", "简要事迹"]
    assert headers[6:] == ["所在市", "备注"] and ws["G4"].value == "成都市"  # 备注 stays last
    recs[1].award = "全国机关事务工作先进个人"  # awards differ: a column keeps each one
    export_xlsx(recs, path)
    ws = openpyxl.load_workbook(path)["先进集体"]
    assert [c.value for c in ws[HEADER_ROW]][6:] == ["所在市", "奖项", "备注"]
    assert ws["H5"].value == "全国机关事务工作先进个人"
    recs[1].award = recs[0].award  # shared again, but a title that does not name it: keep the column
    export_xlsx(recs, path, title="2024年推荐汇总表")
    ws = openpyxl.load_workbook(path)["先进集体"]
    assert [c.value for c in ws[HEADER_ROW]][6:] == ["所在市", "奖项", "备注"]


def test_grouping_and_stroke_order_renumber(tmp_path):
    recs = individuals() + [
        Record(name="丁一", kind="individual", region="北京市", gender="女"),
        Record(name="李四", kind="individual", region="四川省", gender="男"),
    ]
    path = tmp_path / "a.xlsx"
    export_xlsx(recs, path, group_by="region", order_by="strokes")
    ws = openpyxl.load_workbook(path)["先进个人"]
    rows = [(r[0], r[1], r[7]) for r in ws.iter_rows(min_row=4, values_only=True)]
    assert rows == [(1, "丁一", "北京市"), (2, "王小明", "北京市"), (3, "李四", "四川省"), (4, "阿依古丽", "新疆维吾尔自治区")]


def test_statistics_and_audit_sheets(tmp_path):
    recs = seed_collectives() + individuals()
    extracted = Record(name=recs[0].name, seq=1, region="四川", deeds=recs[0].deeds)
    recs[0].unit_type = "机关"
    audit = [AuditInfo(source_path="名单.docx", source_loc=Loc(table=0, row=1, col=1), extracted=extracted,
                       status="approved", approved_by="张三", approved_at="2024-05-01T10:20:30")]
    audit += [AuditInfo(source_path="x.txt", source_loc=Loc(line=7), extracted=r, status="pending") for r in recs[1:]]
    path = tmp_path / "a.xlsx"
    report = export_xlsx(recs, path, audit=audit)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["先进集体", "先进个人", "统计", "审核记录"]
    stats = [list(r) for r in wb["统计"].iter_rows(min_row=2, values_only=True)]
    assert stats == [
        ["序号", "地区", "先进集体", "先进个人", "合计"],
        [1, "北京市", 0, 1, 1],
        [2, "四川省", 4, 0, 4],
        [3, "新疆维吾尔自治区", 0, 1, 1],
        [None, "合计", 4, 2, 6],
    ]
    audit_rows = [list(r) for r in wb["审核记录"].iter_rows(min_row=3, values_only=True)]
    assert report.sheets["审核记录"] == len(audit_rows) == 7  # 2 changes on the first record, 1 row each other
    first = [r for r in audit_rows if r[2] == recs[0].name]
    assert [(r[5], r[6], r[7]) for r in first] == [("所在地区", "四川", "四川省"), ("单位性质", None, "机关")]
    assert first[0][3:5] == ["名单.docx", "表1 第2行第2列"]
    assert first[0][8:] == ["已审核", "张三", "2024-05-01 10:20:30"]
    assert audit_rows[2][5] == "（未修改）" and audit_rows[2][8] == "待审核"
    assert all(wb["审核记录"].row_dimensions[r].height for r in range(3, 3 + len(audit_rows)))


def test_describe_loc():
    assert describe_loc(Loc(sheet="先进个人", row=4, col=1)) == "工作表“先进个人” 第5行第2列"
    assert describe_loc(Loc(page=2, paragraph=3)) == "第2页 第4段"
    assert describe_loc(Loc(line=12)) == "第12行"
    assert describe_loc("附件2") == "附件2" and describe_loc(None) == ""


def test_line_count_model():
    assert text_units("中文") == 4 and text_units("ab1") == 3 and text_units("“”，") == 6
    assert text_em("中文") == 2 and 1.5 < text_em("ab1") < 2  # Latin is wider than half an em in DejaVu
    per_line = ems_per_line(30, 11)
    one_line = "中" * int(per_line)
    assert line_count(one_line, 30, 11) == 1
    assert line_count(one_line + "中", 30, 11) == 2
    assert line_count("甲\n乙\n丙", 30, 11) == 3
    assert line_count("", 30, 11) == 1
    # a closing mark travels with the character before it
    assert line_count(one_line[:-1] + "中。", 30, 11) == 2
    # a Latin word longer than a line is broken
    x_per_line = int(per_line / text_em("x"))
    assert line_count("x" * int(x_per_line * 2.5), 30, 11) == 3
    # a wider column takes proportionally more: 30 units ≈ 13.9 em of 11 pt text
    assert 13 < per_line < 14.5 and 27 < ems_per_line(60, 11) < 29


def test_default_font_fixes_the_column_unit(workbook):
    """Column widths count the digit width of the workbook's default font: a monospace one
    (0.6 em everywhere) instead of openpyxl's Calibri, which LibreOffice replaces by the wider
    DejaVu Sans. Cells keep their own fonts."""
    _, wb = workbook
    normal = next(s for s in wb._named_styles if s.name == "Normal")
    assert (normal.font.name, normal.font.sz) == ("Courier New", 9)
    assert (wb._fonts[0].name, wb._fonts[0].sz) == ("Courier New", 9)
    assert wb["先进集体"]["F4"].font.name == "仿宋_GB2312"


def test_locked_target_keeps_existing_file(tmp_path):
    path = tmp_path / "汇总表.xlsx"
    path.write_bytes(b"old")
    (tmp_path / "~$汇总表.xlsx").write_bytes(b"")
    with pytest.raises(ExportError) as err:
        export_xlsx(seed_collectives(), path)
    assert "汇总表.xlsx" in err.value.message and "关闭" in err.value.message
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["~$汇总表.xlsx", "汇总表.xlsx"]


def test_unwritable_target_keeps_existing_file(tmp_path, monkeypatch):
    path = tmp_path / "汇总表.xlsx"
    path.write_bytes(b"old")
    real_access = os.access
    # as root chmod does not stop a write, so make the read-only check see what a clerk's
    # read-only file would show
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == path else real_access(p, mode))
    with pytest.raises(ExportError) as err:
        export_xlsx(seed_collectives(), path)
    assert "只读" in err.value.message and "汇总表.xlsx" in err.value.message
    assert path.read_bytes() == b"old"


def test_target_that_is_a_folder(tmp_path):
    (tmp_path / "汇总表.xlsx").mkdir()
    with pytest.raises(ExportError, match="是一个文件夹"):
        export_xlsx(seed_collectives(), tmp_path / "汇总表.xlsx")
    assert [p.name for p in tmp_path.iterdir()] == ["汇总表.xlsx"]


def test_missing_folder_and_empty_list(tmp_path):
    with pytest.raises(ExportError) as err:
        export_xlsx(seed_collectives(), tmp_path / "无此目录" / "a.xlsx")
    assert "无此目录" in err.value.message
    with pytest.raises(ExportError, match="没有可导出的记录"):
        export_xlsx([], tmp_path / "a.xlsx")
    assert list(tmp_path.iterdir()) == []


def _render_pdf(xlsx: Path, out: Path) -> Path:
    """LibreOffice → PDF, with a private profile so parallel runs do not collide."""
    import subprocess

    profile = out / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(xlsx)],
        check=True, capture_output=True, timeout=180,
    )
    return out / (xlsx.stem + ".pdf")


def _merge_close(values, gap: float = 2.0) -> list[float]:
    merged: list[float] = []
    for v in sorted(values):
        if not merged or v - merged[-1] > gap:
            merged.append(v)
    return merged


def _row_fills(page, borders: list[float]) -> list[tuple[float, float]]:
    """(row height, height of its tallest cell's text block) for each data row of a rendered
    page: the text block is lines × line pitch, the pitch measured on the page itself."""
    xs = _merge_close(e["x0"] for e in page.vertical_edges)
    ys = _merge_close(borders)
    cells = []
    for top, bottom in zip(ys, ys[1:]):
        row = [c for c in page.chars if top < (c["top"] + c["bottom"]) / 2 < bottom]
        cells.append((bottom - top, [
            _merge_close((c["top"] for c in row if x0 < (c["x0"] + c["x1"]) / 2 < x1), 2.0)
            for x0, x1 in zip(xs, xs[1:])
        ]))
    pitches = [(tops[-1] - tops[0]) / (len(tops) - 1) for _, col in cells for tops in col if len(tops) > 1]
    size = max(c["size"] for c in page.chars)
    pitch = sorted(pitches)[len(pitches) // 2] if pitches else size * LINE_FACTOR
    return [(height, max(len(tops) for tops in col) * pitch) for height, col in cells]


@pytest.mark.slow
def test_render_fits_page_width_and_shows_all_deeds(tmp_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    records = seed_collectives() + individuals()
    xlsx = tmp_path / "render.xlsx"
    export_xlsx(records, xlsx)
    pdf_path = _render_pdf(xlsx, tmp_path)
    deeds_text: dict[str, str] = {"先进集体推荐汇总表": "", "先进个人推荐汇总表": ""}
    fills: list[float] = []
    with pdfplumber.open(pdf_path) as pdf:
        assert len(pdf.pages) == 3  # two seed collectives per page (the old layout took 4), the individuals
        for page in pdf.pages:
            text = page.extract_text()
            titles = [t for t in deeds_text if t in text]  # the title row repeats on every page
            assert titles, text[:200]
            title = titles[0]
            assert page.width > page.height  # landscape
            # every column on this page: no page carries a horizontal continuation
            words = {w["text"]: w for w in page.extract_words()}
            assert {"序号", "简要事迹", "备注"} <= set(words), text[:200]
            for ch in page.chars:
                assert 0 <= ch["x0"] and ch["x1"] <= page.width and 0 <= ch["top"] and ch["bottom"] <= page.height
            # the deeds column lies between the 推荐单位 and 备注 headers
            left, right = words["推荐单位"]["x1"] + 1, words["备注"]["x0"] - 1
            column = [c for c in page.chars if left < (c["x0"] + c["x1"]) / 2 < right and c["top"] > words["简要事迹"]["bottom"]]
            # no line of the deeds crosses a row border: nothing hidden or overlapping
            borders = sorted({round(e["top"], 1) for e in page.horizontal_edges
                              if e["x0"] <= left and e["x1"] >= right})
            for c in column:
                assert not any(c["top"] + 0.5 < y < c["bottom"] - 0.5 for y in borders), c["text"]
            crop = page.crop((left, words["简要事迹"]["bottom"] + 1, right, page.height))
            deeds_text[title] += "".join((crop.extract_text() or "").split())
            # no waste either: the tallest cell of every data row fills most of its height
            data_borders = [y for y in borders if y > words["简要事迹"]["bottom"]]
            for height, block in _row_fills(page, data_borders):
                fills.append(block / height)
    assert len(fills) == len(records)
    assert min(fills) >= 0.75, [round(f, 2) for f in fills]  # the old model left 0.40–0.79
    for rec in records:
        title = "先进集体推荐汇总表" if rec.kind == "collective" else "先进个人推荐汇总表"
        for para in rec.deeds.split("\n"):
            assert "".join(para.split()) in deeds_text[title], para[:30]


def test_overlong_deeds_widen_the_column_then_warn(tmp_path):
    recs = seed_collectives()
    path = tmp_path / "a.xlsx"
    # ~1,100 characters: fits once the 简要事迹 column is widened (fit-to-width scales the page)
    recs[0].deeds = "\n".join(recs[0].deeds.split("\n") * 2)[:1100]
    report = export_xlsx(recs, path)
    ws = openpyxl.load_workbook(path)["先进集体"]
    assert report.warnings == []
    assert ws.row_dimensions[4].height <= 409
    assert ws.column_dimensions["F"].width > 70
    # far beyond what one Excel row can show: capped at 409 pt and the clerk is told
    recs[0].deeds = "很长的事迹。" * 1000
    report = export_xlsx(recs, path)
    ws = openpyxl.load_workbook(path)["先进集体"]
    assert ws.row_dimensions[4].height == 409
    assert len(report.warnings) == 1 and recs[0].name in report.warnings[0]


def test_unknown_kind_is_listed_with_the_collectives(tmp_path):
    recs = seed_collectives()[:1] + [Record(name="某某班组", kind="team")]
    path = tmp_path / "a.xlsx"
    export_xlsx(recs, path, stats=True)
    wb = openpyxl.load_workbook(path)
    assert [r[1] for r in wb["先进集体"].iter_rows(min_row=4, values_only=True)] == [recs[0].name, "某某班组"]
    assert [r for r in wb["统计"].iter_rows(min_row=3, values_only=True)][-1] == (None, "合计", 2, 0, 2)
