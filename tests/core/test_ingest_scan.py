"""Scans and photos: image files and image-only PDF pages read by OCR into the neutral
Document — table cells rebuilt from the ruling lines, paragraphs, page boxes, confidences —
and the steps before OCR (skew, seal) on their own.

OCR costs seconds a page, so the OCR'd documents are made once per module (one photo, one
scanned PDF page) and shared; the LibreOffice-made scan is marked slow.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.ingest import load_data, load_path
from awardtool.ingest.ocr import TextBox
from awardtool.ingest.scan_image import Geometry, prepare, remove_red, rotate, skew_angle
from awardtool.ingest.scan_layout import _split, cell_text, find_tables
from awardtool.ingest.sniff import sniff
from awardtool.store.codec import pack_blocks, unpack_blocks

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scan_forms import Nominee, add_seal, degrade, draw_form, photo_like, scanned_form  # noqa: E402

pytest.importorskip("rapidocr_onnxruntime")

NOMINEE = Nominee(name="韩立秋", gender="男", birth="1983.11", ethnicity="回族", politics="中共党员",
                  education="研究生", position="丰源市农业技术推广站站长", honours="2021年获省级劳动模范称号",
                  deeds=["该同志长期深入田间地头，推广节水灌溉技术十二万亩，",
                         "带动三百多户农民增收，多次获得群众好评。"])


def cell_value(doc: Document, label: str) -> Cell:
    """The first non-copy cell to the right of the cell whose text (without spaces and line
    breaks) is ``label``."""
    for table in doc.tables():
        for row in table.rows:
            for i, c in enumerate(row):
                if c.text.replace(" ", "").replace("\n", "") == label:
                    return next(v for v in row[i + 1:] if not v.merged)
    raise AssertionError(f"no cell labelled {label}: {[t.texts() for t in doc.tables()]}")


def all_text(doc: Document) -> str:
    return doc.text()


# --- before OCR: fast -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def drawn():
    return draw_form(NOMINEE, dpi=120)


@pytest.mark.parametrize("angle", [-3.0, 1.0, 4.5])
def test_skew_is_measured(drawn, angle):
    grey = np.asarray(drawn[0].convert("L"))
    assert skew_angle(rotate(grey, angle)) == pytest.approx(-angle, abs=0.15)


def test_seal_is_removed_but_the_text_under_it_stays(drawn):
    img, cells = draw_form(NOMINEE, dpi=120)
    x0, y0, x1, y1 = cells["所在单位意见"]
    before = np.asarray(img.convert("L")) < 128
    add_seal(img, (x0 + 0.15 * (x1 - x0), (y0 + y1) / 2), 120)  # over the typed 同意推荐
    rgb = np.asarray(img)
    assert (rgb[:, :, 0].astype(int) - rgb[:, :, 1] > 80).sum() > 1000  # the seal is there
    cleaned = remove_red(rgb)
    dark = cleaned.min(axis=2) < 128
    assert (dark & ~before).sum() < 0.01 * before.sum()  # no seal ink left
    assert (before & ~dark).sum() < 0.02 * before.sum()  # the print under it kept


def test_cells_are_found_from_the_ruling_lines(drawn):
    img, cells = drawn
    page = img.copy()
    x0, y0, x1, y1 = cells["所在单位意见"]
    add_seal(page, (x0 + 0.6 * (x1 - x0), (y0 + y1) / 2), 120)  # its ring crosses two table lines
    _, image, _ = prepare(np.asarray(degrade(page, angle=1.5)))
    (table,) = find_tables(image)
    # 6 + 6 label/value cells in the first two rows, the photo, 2 × 2 in the next two rows,
    # then label + value in each of the four rows below
    assert len(table.cells) == 6 + 6 + 1 + 4 + 8
    x0, y0, x1, y1 = cells["主要事迹"]
    deeds = max(table.cells, key=lambda c: (c.x1 - c.x0) * (c.y1 - c.y0))
    assert abs((deeds.x1 - deeds.x0) - (x1 - x0)) < 0.02 * img.width


def test_a_box_over_a_cell_border_is_split():
    box = TextBox(100, 10, 300, 30, "姓名张三", 0.9)
    left, right = _split(box, [200])
    assert (left.text, right.text) == ("姓名", "张三")


def test_vertical_label_and_wrapped_paragraphs():
    column = [TextBox(10, 10 + 30 * i, 30, 30 + 30 * i, ch, 0.99) for i, ch in enumerate("主要事迹")]
    assert cell_text(column) == "主要事迹"
    lines = [TextBox(10, 10, 400, 30, "第一段文字写满了这一整行的宽度并且继续", 0.9),
             TextBox(10, 40, 200, 60, "写到下一行结束。", 0.9),
             TextBox(10, 70, 300, 90, "第二段。", 0.9)]
    assert cell_text(lines, right=400) == "第一段文字写满了这一整行的宽度并且继续写到下一行结束。\n第二段。"


def test_geometry_maps_back_to_the_page():
    g = Geometry(width=1000, height=2000, scale=0.5, angle=2.0)
    # the centre stays, and a box comes back inside the page
    assert g.to_page(250, 500) == pytest.approx((0.5, 0.5))
    x0, y0, x1, y1 = g.box_to_page(10, 10, 100, 50)
    assert 0 <= x0 < x1 <= 1 and 0 <= y0 < y1 <= 1


@pytest.mark.parametrize("fmt,name", [("PNG", "a.png"), ("JPEG", "a.jpg"), ("TIFF", "a.tif"), ("BMP", "a.bmp"),
                                      ("PNG", "scan.jpg")])
def test_images_are_sniffed_by_content(fmt, name):
    buf = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buf, fmt)
    assert sniff(buf.getvalue(), name).format == "image"


def test_box_and_confidence_survive_the_project_file():
    box = (0.1, 0.2, 0.3, 0.4)
    blocks = [Paragraph("标题", Loc(page=1, box=box), level=0, conf=0.97),
              Table([[Cell("姓名", Loc(page=1, table=0, row=0, col=0, box=box), conf=0.99),
                      Cell("张三", Loc(page=1, table=0, row=0, col=1, box=box), True, 0.61)]], Loc(page=1, table=0))]
    again = unpack_blocks(pack_blocks(blocks))
    assert again == blocks
    assert hash(again[1].rows[0][1].loc) == hash(blocks[1].rows[0][1].loc)  # still a usable key


def test_a_broken_image_is_reported_not_raised():
    (doc,) = load_data(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "坏.png")
    assert doc.error is not None and doc.error.code == "corrupt" and "图片" in doc.error.message


# --- OCR: a photo of the drawn form (one page) ----------------------------------------------------
@pytest.fixture(scope="module")
def photo_doc(tmp_path_factory) -> Document:
    path = tmp_path_factory.mktemp("photo") / "推荐表照片.jpg"
    page = scanned_form(NOMINEE, dpi=200, angle=0.0)
    path.write_bytes(photo_like(page, angle=-2.0, keystone=0.05))
    (doc,) = load_path(path)
    return doc


@pytest.mark.slow  # one OCR'd photo shared by these: 7 s alone, 20 s on a busy machine
def test_photo_cells(photo_doc):
    doc = photo_doc
    assert doc.error is None and doc.format == "image"
    # the sheet was cut out of the desk and straightened: the grid is the drawn one
    (table,) = doc.tables()
    assert len(table.rows) == 8 and {len(r) for r in table.rows} == {7}
    assert doc.paragraphs()[0].text == "全国先进工作者推荐审批表" and doc.paragraphs()[0].level == 0
    assert cell_value(doc, "姓名").text == "韩立秋"
    assert cell_value(doc, "性别").text == "男"
    assert cell_value(doc, "民族").text == "回族"
    assert cell_value(doc, "出生年月").text == "1983.11"
    assert cell_value(doc, "工作单位及职务").text == "丰源市农业技术推广站站长"
    deeds = cell_value(doc, "主要事迹")  # the vertical label joined into one word
    assert deeds.text.startswith("该同志长期") and deeds.text.endswith("多次获得群众好评。")
    assert "\n" in deeds.text  # two lines, each ending short of the cell: two paragraphs
    opinion = cell_value(doc, "所在单位意见").text
    assert opinion.startswith("同意推荐。") and "盖章" in opinion


@pytest.mark.slow
def test_photo_seal_text_is_not_read(photo_doc):
    assert "卫生健康" not in all_text(photo_doc)  # the seal's ring text


@pytest.mark.slow
def test_photo_locations_and_confidence(photo_doc):
    name = cell_value(photo_doc, "姓名")
    assert name.loc.page == 1 and name.loc.table == 0 and name.conf is not None and name.conf > 0.9
    x0, y0, x1, y1 = name.loc.box
    # the name cell sits in the upper left quarter of the paper
    assert 0.1 < x0 < x1 < 0.5 and 0.1 < y0 < y1 < 0.3
    assert any(w.code == "ocr" for w in photo_doc.warnings)


@pytest.mark.slow
def test_photo_gives_the_nominee_record(photo_doc):
    from awardtool.extract import extract

    ex = extract(photo_doc)
    names = [r.name for r in ex.records]
    assert names == ["韩立秋"]
    rec = ex.records[0]
    assert rec.kind == "individual" and rec.gender == "男" and rec.ethnicity == "回族"
    assert rec.field_sources["name"].loc.box == cell_value(photo_doc, "姓名").loc.box


# --- OCR: a Word form printed to PDF by LibreOffice and scanned ----------------------------------
@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
                    reason="LibreOffice and poppler needed")
def test_scanned_word_form_in_a_pdf(tmp_path):
    from form_builders import Person, forms_docx
    from ingest_builders import soffice_convert

    person = Person(name="欧阳明", gender="女", ethnicity="壮族", birth="1990.02", politics="群众",
                    education="大专", position="南岭镇中心小学教师", region="", recommender="南岭县教育局",
                    deeds=["她坚守山区讲台十年，所带班级成绩稳居全镇前列。", "自费为留守儿童购置图书两千余册。"])
    src = forms_docx(tmp_path / "表.docx", [("全国模范教师推荐审批表", person, "right")])
    pdf = soffice_convert(src, "pdf", tmp_path, tmp_path / "lo-profile")
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    doc_only = load_path(pdf)  # the text PDF, for where the 意见 cell is
    add_seal(page, (page.width * 0.6, page.height * 0.62), 200)
    scan = degrade(page, angle=-1.0, seed=4)
    scanned_pdf = tmp_path / "扫描件.pdf"
    scan.save(scanned_pdf, "PDF", resolution=200)
    (doc,) = load_path(scanned_pdf)
    assert next(doc_only).error is None
    assert doc.error is None and doc.format == "pdf"
    assert cell_value(doc, "姓名").text == "欧阳明"
    assert cell_value(doc, "民族").text == "壮族"
    assert cell_value(doc, "出生年月").text == "1990.02"
    assert "南岭镇中心小学教师" in cell_value(doc, "工作单位及职务（职称）").text
    assert "自费为留守儿童购置图书两千余册" in cell_value(doc, "主要事迹").text
    assert cell_value(doc, "所在单位意见").text.startswith("同意推荐")


# --- the engine's confidence reaches the record ----------------------------------------------------
def _ocr_form(name_conf: float) -> Document:
    rows = [["姓名", "王小明", "性别", "男"], ["民族", "汉族", "出生年月", "1980.01"],
            ["工作单位及职务", "清河县水利局科员", "政治面貌", "中共党员"],
            ["主要事迹", "该同志扎根基层，带领群众修建水渠二十公里，受到广泛好评。", "", ""]]
    cells = [[Cell(t, Loc(page=1, table=0, row=r, col=c, box=(0.1 * c, 0.1 * r, 0.1 * c + 0.1, 0.1 * r + 0.1)),
                   conf=name_conf if t == "王小明" else 0.99)
              for c, t in enumerate(row)] for r, row in enumerate(rows)]
    return Document("扫描.png", "image", [Paragraph("先进工作者推荐审批表", Loc(page=1), level=0, conf=0.99),
                                        Table(cells, Loc(page=1, table=0))])


def test_ocr_confidence_marks_an_unsure_name():
    from awardtool.extract import extract
    from awardtool.extract.confidence import UNCERTAIN

    sure = extract(_ocr_form(0.99)).records[0]
    unsure = extract(_ocr_form(0.6)).records[0]
    assert sure.name == unsure.name == "王小明"
    assert sure.confidence["name"] >= UNCERTAIN and sure.reasons["name"] != "ocr_uncertain"
    assert unsure.confidence["name"] < UNCERTAIN and unsure.reasons["name"] == "ocr_uncertain"
    assert unsure.confidence["position"] == sure.confidence["position"]  # only the unsure cell


def test_an_image_too_large_to_unpack_is_refused():
    buf = io.BytesIO()
    Image.new("1", (12_000, 11_000)).save(buf, "PNG")  # 132 megapixels in a few kilobytes
    (doc,) = load_data(buf.getvalue(), "巨大.png")
    assert doc.error is not None and doc.error.code == "too_large" and "像素" in doc.error.message


def test_a_scan_inside_a_zip_batch(tmp_path):
    import zipfile

    buf = io.BytesIO()
    Image.new("L", (600, 800), 255).save(buf, "PNG")  # a blank page: quick to read
    with zipfile.ZipFile(tmp_path / "批次.zip", "w") as zf:
        zf.writestr("扫描件/空白页.png", buf.getvalue())
    (doc,) = load_path(tmp_path / "批次.zip")
    assert doc.path.endswith("批次.zip!扫描件/空白页.png") and doc.format == "image" and doc.error is None
    assert [w.code for w in doc.warnings] == ["ocr_empty"]


def test_the_engine_reports_nothing_to_microsoft(tmp_path):
    """ONNX Runtime's own telemetry (a device id and an upload cache under ~/.cache) stays off."""
    import os

    env = {**os.environ, "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / ".cache")}
    env.pop("ORT_DISABLE_TELEMETRY", None)
    # importing the runtime is enough to start it: awardtool's import must come first
    code = "import awardtool, rapidocr_onnxruntime; from awardtool.ingest import ocr; ocr.engine()"
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=120,
                   cwd=Path(__file__).resolve().parents[2])
    assert not (tmp_path / ".cache" / "Microsoft").exists()
