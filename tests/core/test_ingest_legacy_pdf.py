"""Formats read through LibreOffice (.doc, .rtf, .odt, .wps) and PDFs, on files LibreOffice
makes from a python-docx document (one conversion per format per session: ~3 s each)."""

from __future__ import annotations

import shutil

import pytest
from ingest_builders import add_numbering, new_document, numbered_paragraph, soffice_convert

from awardtool.ingest import load_bytes, load_path
from awardtool.ingest import legacy

pytestmark = pytest.mark.slow

TABLE = [["序号", "姓名", "单位"], ["1", "张三", "市教育局"], ["2", "李四", "市卫健委"]]


@pytest.fixture(scope="session")
def converted(tmp_path_factory) -> dict:
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("legacy")
    d = new_document()
    d.add_heading("先进个人推荐名单", 0)
    num = add_numbering(d, [("chineseCounting", "%1、")])
    numbered_paragraph(d, "推荐范围", num)
    d.add_paragraph("经研究，推荐以下同志。")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate(TABLE):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.save(out / "src.docx")
    profile = tmp_path_factory.mktemp("profile")
    return {fmt: soffice_convert(out / "src.docx", fmt, out, profile) for fmt in ("doc", "rtf", "odt", "pdf")}


def test_odt(converted):
    (doc,) = load_path(converted["odt"])
    assert doc.error is None and doc.format == "odt"
    assert [p.text for p in doc.paragraphs()] == ["先进个人推荐名单", "一、推荐范围", "经研究，推荐以下同志。"]
    assert doc.tables()[0].texts() == TABLE


def test_rtf(converted):
    (doc,) = load_path(converted["rtf"])
    assert doc.error is None and doc.format == "rtf"
    texts = [p.text for p in doc.paragraphs()]
    # LibreOffice's own RTF export writes the "、" of the list label as "?": the number survives.
    assert texts[0] == "先进个人推荐名单" and texts[1].startswith("一") and texts[1].endswith("推荐范围")
    assert doc.tables()[0].texts() == TABLE


def test_doc_written_by_libreoffice(converted):
    """A .doc that LibreOffice itself wrote comes back with its table flattened into one
    paragraph (a LibreOffice round-trip quirk, see shared notes): the text must survive."""
    (doc,) = load_path(converted["doc"])
    assert doc.error is None and doc.format == "doc"
    assert [p.text for p in doc.paragraphs()][:3] == ["先进个人推荐名单", "一、推荐范围", "经研究，推荐以下同志。"]
    assert "".join("".join(r) for r in TABLE) in doc.text().replace("\t", "").replace("\n", "")


def test_wps_extension_is_read_as_word_binary(converted, tmp_path):
    wps = tmp_path / "名单.wps"
    wps.write_bytes(converted["doc"].read_bytes())
    (doc,) = load_path(wps)
    assert doc.error is None and doc.format == "wps" and doc.paragraphs()[0].text == "先进个人推荐名单"


def test_pdf_paragraphs_and_table(converted):
    (doc,) = load_path(converted["pdf"])
    assert doc.error is None and doc.format == "pdf"
    assert [p.text for p in doc.paragraphs()] == ["先进个人推荐名单", "一、推荐范围", "经研究，推荐以下同志。"]
    assert doc.tables()[0].texts() == TABLE
    assert {p.loc.page for p in doc.paragraphs()} == {1}


def test_scanned_pdf_without_text_layer(tmp_path):
    """A page that is only a picture goes to OCR (tests/core/test_ingest_scan.py reads real
    scans); a blank one says that nothing was recognised."""
    from PIL import Image  # pdfplumber depends on pillow

    Image.new("RGB", (200, 200), "white").save(tmp_path / "scan.pdf")
    (doc,) = load_path(tmp_path / "scan.pdf")
    assert doc.error is None and doc.blocks == []
    assert [w.code for w in doc.warnings] == ["ocr_empty"]


def test_encrypted_pdf(tmp_path, converted):
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(converted["pdf"])
    writer = pypdf.PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with open(tmp_path / "enc.pdf", "wb") as f:
        writer.write(f)
    (doc,) = load_path(tmp_path / "enc.pdf")
    assert doc.error is not None and doc.error.code == "encrypted" and "密码" in doc.error.message


def test_missing_libreoffice_message(monkeypatch, converted):
    monkeypatch.setattr(legacy, "find_soffice", lambda: None)
    doc = load_bytes(converted["doc"].read_bytes(), "名单.doc", "doc")
    assert doc.error is not None and doc.error.code == "no_libreoffice"
    assert "LibreOffice" in doc.error.message and "安装" in doc.error.message


def test_garbage_doc_conversion_fails_cleanly():
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    doc = load_bytes(b"{\\rtf1 " + b"\x00\xff" * 10, "坏.rtf", "rtf")
    assert doc.error is not None and doc.error.code in ("convert_failed", "empty")
