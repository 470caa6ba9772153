"""The seed list (000) saved in every format a clerk receives must give the same records as
the .txt through the whole pipeline (ingest + extract): names, sequence numbers and deeds.

The deeds paragraphs carry the two-character first-line indent of Chinese body text (公文
正文首行缩进2字). A PDF keeps no paragraph marks: without an indent (or spacing after), a
paragraph that happens to end exactly at the cell's right edge is indistinguishable from a
wrapped line — test_ingest_pdf_cells covers the cues the PDF reader does use."""

from __future__ import annotations

import shutil
import zipfile

import docx
import openpyxl
import pytest
from docx.shared import Pt
from ingest_builders import seed_list_content, soffice_convert, write_table_docx

from awardtool.pipeline import extract_paths

SLOW_FORMATS = ("pdf", "doc", "rtf", "odt")


def _records(path) -> list[tuple]:
    results = list(extract_paths([path]))
    assert len(results) == 1
    result = results[0]
    assert result.document.error is None, result.document.error
    return [(r.seq, r.name, r.deeds) for r in result.extraction.records]


def _indent_deeds(path):
    """Give every deeds paragraph (third column) a first-line indent of two characters."""
    d = docx.Document(path)
    for row in d.tables[0].rows[1:]:
        for p in row.cells[2].paragraphs:
            p.paragraph_format.first_line_indent = Pt(22)  # 2 × 11 pt, the table's font size
    d.save(path)
    return path


@pytest.fixture(scope="session")
def seed_files(tmp_path_factory, request) -> dict:
    """The seed written as .docx/.xlsx/.html/GB18030 .txt/.zip (fast) — built once."""
    from testpaths import SEED_LIST

    out = tmp_path_factory.mktemp("seed_formats")
    title, header, rows = seed_list_content(SEED_LIST)
    files = {"txt": SEED_LIST}
    files["docx"] = _indent_deeds(write_table_docx(out / "名单.docx", title, header, rows))
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([title])
    ws.append(header)
    for seq, name, paras in rows:
        ws.append([int(seq), name, "\n".join(paras)])
    wb.save(out / "名单.xlsx")
    files["xlsx"] = out / "名单.xlsx"
    body = "".join(
        f"<tr><td>{seq}</td><td>{name}</td><td>{''.join(f'<p>{p}</p>' for p in paras)}</td></tr>"
        for seq, name, paras in rows
    )
    html = (f'<html><head><meta charset="gbk"><title>{title}</title></head><body><div class="nav"><a href="/">首页</a></div>'
            f"<h1>{title}</h1><table border=1><tr>{''.join(f'<th>{h}</th>' for h in header)}</tr>{body}</table>"
            "<div class='footer'>版权所有</div></body></html>")
    (out / "名单.html").write_bytes(html.encode("gb18030"))
    files["html"] = out / "名单.html"
    (out / "名单gb.txt").write_bytes(SEED_LIST.read_text(encoding="utf-8").encode("gb18030"))
    files["gb18030.txt"] = out / "名单gb.txt"
    with zipfile.ZipFile(out / "批次.zip", "w") as zf:
        zf.write(files["docx"], "报送材料/名单.docx")
    files["zip"] = out / "批次.zip"
    return files


@pytest.fixture(scope="session")
def converted_seed(seed_files, tmp_path_factory) -> dict:
    """LibreOffice conversions of the seed .docx: one soffice run per format per session.

    The .doc is written from the .odt with the "MS Word 97" filter: a .doc that LibreOffice
    writes straight from this .docx comes back from LibreOffice with its table flattened into
    paragraphs (a LibreOffice round-trip limitation, nothing the reader can undo), while the
    one written from .odt keeps a real Word table — what a Word-made .doc has."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("seed_converted")
    profile = tmp_path_factory.mktemp("lo_profile")
    files = {fmt: soffice_convert(seed_files["docx"], fmt, out, profile) for fmt in SLOW_FORMATS if fmt != "doc"}
    files["doc"] = soffice_convert(files["odt"], "doc:MS Word 97", out, profile)
    return files


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "html", "gb18030.txt", "zip"])
def test_same_records_fast_formats(seed_files, fmt):
    expected = _records(seed_files["txt"])
    assert expected, "the extractor finds the seed's records in the .txt"
    assert _records(seed_files[fmt]) == expected


@pytest.mark.slow
@pytest.mark.parametrize("fmt", SLOW_FORMATS)
def test_same_records_converted_formats(seed_files, converted_seed, fmt):
    expected = _records(seed_files["txt"])
    assert expected
    assert _records(converted_seed[fmt]) == expected
