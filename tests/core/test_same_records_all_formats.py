"""The seed list (000) saved in every format a clerk receives must give the same records as
the .txt through the whole pipeline (ingest + extract): names, sequence numbers and deeds."""

from __future__ import annotations

import shutil
import zipfile

import openpyxl
import pytest
from ingest_builders import seed_list_content, soffice_convert, write_table_docx

from awardtool.pipeline import extract_paths

SLOW_FORMATS = ("pdf", "doc", "rtf", "odt")


def _records(path) -> list[tuple]:
    results = list(extract_paths([path]))
    assert len(results) == 1
    result = results[0]
    assert result.document.error is None, result.document.error
    return [(r.seq, r.name, r.deeds) for r in result.extraction.records]


@pytest.fixture(scope="session")
def seed_files(tmp_path_factory, request) -> dict:
    """The seed written as .docx/.xlsx/.html/GB18030 .txt/.zip (fast) — built once."""
    from conftest import SEED_LIST

    out = tmp_path_factory.mktemp("seed_formats")
    title, header, rows = seed_list_content(SEED_LIST)
    files = {"txt": SEED_LIST}
    files["docx"] = write_table_docx(out / "名单.docx", title, header, rows)
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
    """LibreOffice conversions of the seed .docx: one soffice run per format per session."""
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("seed_converted")
    profile = tmp_path_factory.mktemp("lo_profile")
    return {fmt: soffice_convert(seed_files["docx"], fmt, out, profile) for fmt in SLOW_FORMATS}


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
