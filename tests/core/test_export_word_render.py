"""Render the exported documents with LibreOffice and check the pages: every glyph inside
the 版心 (page numbers below it, odd right / even left), 22 lines of 28 characters, the table
within the 版心, and the text in the PDF equal to the records' text."""

from __future__ import annotations

import shutil
import subprocess

import pdfplumber
import pytest

from awardtool.export.word import export_docx
from awardtool.export.word_text import deeds_paragraphs
from awardtool.records import Record

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed"),
]

PT = 1 / 20  # twips → points
LEFT, RIGHT = 1587 * PT, (11906 - 1474) * PT
TOP, BOTTOM = 2098 * PT, (16838 - 1984) * PT
TOL = 1.5


def to_pdf(docx_path):
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
        check=True, capture_output=True, timeout=180,
    )
    return docx_path.with_suffix(".pdf")


def check_pages(pdf_path):
    """Glyphs inside the 版心 except the footer; returns the body text of all pages."""
    texts = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            body = [c for c in page.chars if c["top"] < BOTTOM]
            footer = [c for c in page.chars if c["top"] >= BOTTOM and c["text"].strip()]
            for c in body:
                assert LEFT - TOL <= c["x0"] and c["x1"] <= RIGHT + TOL, (number, c["text"], c["x0"], c["x1"])
                assert TOP - TOL <= c["top"] and c["bottom"] <= BOTTOM + TOL, (number, c["text"], c["top"])
            assert "".join(c["text"] for c in footer) == f"—{number}—"
            if number % 2:  # odd: flush right, one 14 pt character in
                assert abs(max(c["x1"] for c in footer) - (RIGHT - 14)) < 3
            else:
                assert abs(min(c["x0"] for c in footer) - (LEFT + 14)) < 3
            for edge in page.lines + page.rects:
                assert LEFT - TOL <= edge["x0"] and edge["x1"] <= RIGHT + TOL
                assert TOP - TOL <= edge["top"] and edge["bottom"] <= BOTTOM + TOL
            texts.append("".join(c["text"] for c in body))
    return texts


def squash(text):
    return "".join(text.split())


def test_name_list_renders_22_lines_of_28_characters(tmp_path):
    recs = [Record(name="测试单位" + "甲乙丙丁戊己庚辛壬癸"[i % 10] * 24, kind="collective") for i in range(60)]
    recs += [Record(name=f"第{i}号测试单位", kind="collective") for i in range(40)]
    out = tmp_path / "名单.docx"
    assert export_docx(recs, out, title="测试先进集体名单").ok
    pdf = to_pdf(out)
    texts = check_pages(pdf)
    joined = squash("".join(texts))
    pos = 0
    for r in recs:  # every record, in order
        pos = joined.index(r.name, pos) + len(r.name)
    with pdfplumber.open(pdf) as doc:
        page = doc.pages[1]  # a page holding nothing but entries
        lines = {}
        for c in page.chars:
            if c["top"] < BOTTOM:
                lines.setdefault(round(c["top"]), []).append(c)
        assert len(lines) == 22
        widths = sorted(len(v) for v in lines.values())
        assert widths[-1] == 28  # a full 28-character line of a wrapped entry


def test_deeds_table_fits_and_keeps_every_word(tmp_path):
    recs = [
        Record(name=f"某省某市第{i}机关事务服务中心", kind="collective",
               deeds=f"第{i}项：" + "坚持节约办一切事业，推进公共机构节能降耗。" * (3 + i % 9) + f"\n第{i}项成效明显。")
        for i in range(1, 16)
    ]
    out = tmp_path / "事迹表.docx"
    assert export_docx(recs, out, form="事迹表", title="先进集体简要事迹", attachment="附件2").ok
    texts = check_pages(to_pdf(out))
    assert len(texts) >= 2
    header = "序号名称简要事迹"
    for page_text in texts[1:]:  # the header row repeats on every page
        assert squash(page_text).startswith(header)
    joined = "".join(squash(t).removeprefix(header) if n else squash(t) for n, t in enumerate(texts))
    # Each column in order (a row split over two pages may print its 序号 and 名称 on either
    # side of the break, so columns are followed separately).
    for column in ([r.name for r in recs], [p for r in recs for p in deeds_paragraphs(r)]):
        pos = 0
        for part in column:
            pos = joined.index(squash(part), pos) + len(squash(part))
