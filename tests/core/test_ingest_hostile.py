"""Damaged and hostile input (issue 11): each file gives records or a clear Chinese message,
within bounded time and memory, and the rest of the batch is read. Every fixture is built
here; the fuzz benchmark (benchmarks/fuzz_importers.py) covers the mutations at scale."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from ingest_builders import new_document

from awardtool.cli import main as cli_main
from awardtool.document import Document, Paragraph, Table
from awardtool.ingest import limits, load_data, load_path, load_paths
from awardtool.extract import extract

LIST = "全国先进集体拟表彰名单\n序号\t名称\n" + "".join(
    f"{i}\t{u}\n" for i, u in enumerate(["四川省成都市机关事务管理局", "吉林省长春市宽城区群英街道", "江苏省南京市鼓楼区人民医院",
                                         "浙江省杭州市西湖区教育局", "广东省深圳市南山区科技创新局"], 1))
NAMES = ["四川省成都市机关事务管理局", "吉林省长春市宽城区群英街道", "江苏省南京市鼓楼区人民医院",
         "浙江省杭州市西湖区教育局", "广东省深圳市南山区科技创新局"]

# Words a Chinese message may contain: names of formats and programs the clerk knows.
_KNOWN_WORDS = {"Word", "Excel", "PDF", "XML", "WPS", "CSV", "LibreOffice", "OCR", "GBK", "UTF", "MB", "docx", "xlsx",
                "zip", "txt", "html", "doc", "xls"}


def english_words(message: str) -> list[str]:
    """Latin words in a message that are not a format or program name (a leaked exception)."""
    return [w for w in re.findall(r"[A-Za-z_]{3,}", message) if w not in _KNOWN_WORDS]


def _docx(paragraphs: list[str]) -> bytes:
    d = new_document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _rewrite_part(package: bytes, part: str, edit) -> bytes:
    """The package with one part's XML passed through ``edit`` (bytes → bytes)."""
    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, edit(data) if info.filename == part else data)
    return out.getvalue()


def _member_data_offset(data: bytes, name: str) -> int:
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    name_len, extra_len = int.from_bytes(data[info.header_offset + 26:info.header_offset + 28], "little"), \
        int.from_bytes(data[info.header_offset + 28:info.header_offset + 30], "little")
    return info.header_offset + 30 + name_len + extra_len


# --- zip batches: a damaged member fails alone -----------------------------------------------------
def _batch_with_damage(kind: str) -> bytes:
    buf = io.BytesIO()
    method = zipfile.ZIP_LZMA if kind == "lzma" else zipfile.ZIP_STORED if kind == "crc" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("1.txt", LIST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("2坏.txt", LIST * 40, compress_type=method)
        z.writestr("3.docx", _docx(LIST.splitlines()), compress_type=zipfile.ZIP_DEFLATED)
    data = bytearray(buf.getvalue())
    at = _member_data_offset(bytes(data), "2坏.txt")
    if kind == "header":
        info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("2坏.txt")
        data[info.header_offset:info.header_offset + 4] = b"XX\x03\x04"
    elif kind == "crc":
        data[at + 10] ^= 0x01
    else:  # deflate / lzma stream garbage: zlib.error / LZMAError
        data[at:at + 64] = b"\xff" * 64
    return bytes(data)


@pytest.mark.parametrize("kind", ["deflate", "lzma", "crc", "header"])
def test_a_damaged_zip_member_fails_alone(tmp_path, kind):
    batch = tmp_path / "batch.zip"
    batch.write_bytes(_batch_with_damage(kind))
    docs = list(load_path(batch))
    by_name = {d.path.rsplit("!", 1)[1]: d for d in docs}
    assert list(by_name) == ["1.txt", "2坏.txt", "3.docx"]
    bad = by_name["2坏.txt"]
    assert bad.error is not None and bad.error.code == "corrupt"
    assert "损坏" in bad.error.message and not english_words(bad.error.message)
    assert bad.path == f"{batch}!2坏.txt"
    for good in ("1.txt", "3.docx"):
        assert by_name[good].error is None and NAMES[4] in by_name[good].text()


def test_extract_prints_json_for_a_batch_with_a_damaged_member(tmp_path, capsys):
    batch = tmp_path / "batch.zip"
    batch.write_bytes(_batch_with_damage("deflate"))
    assert cli_main(["extract", "--json", str(batch)]) == 1
    out = json.loads(capsys.readouterr().out)
    paths = [d["path"].rsplit("!", 1)[1] for d in out["documents"]]
    assert paths == ["1.txt", "2坏.txt", "3.docx"]
    assert out["documents"][1]["error"]["code"] == "corrupt"
    assert len(out["documents"][2]["records"]) == 5


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_damaged_office_part_message_is_chinese(fmt):
    if fmt == "docx":
        package = _docx(["张三同志事迹"])
        part = "word/document.xml"
    else:
        wb = openpyxl.Workbook()
        wb.active.append(["序号", "名称"])
        buf = io.BytesIO()
        wb.save(buf)
        package, part = buf.getvalue(), "xl/worksheets/sheet1.xml"
    data = bytearray(package)
    at = _member_data_offset(package, part)
    data[at:at + 32] = b"\xff" * 32
    (doc,) = load_data(bytes(data), f"推荐表.{fmt}")
    assert doc.error is not None and "损坏" in doc.error.message
    assert not english_words(doc.error.message), doc.error.message


def test_broken_xml_and_pdf_messages_are_chinese():
    package = _rewrite_part(_docx(["张三"]), "word/document.xml", lambda x: x[: len(x) // 2])
    (doc,) = load_data(package, "推荐表.docx")
    assert doc.error is not None and not english_words(doc.error.message), doc.error.message
    (pdf,) = load_data(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\nxref\n0 1\ntrailer<<>>\n%%EOF", "名单.pdf")
    assert pdf.error is not None and not english_words(pdf.error.message), pdf.error.message


# --- bounds: cells, spans, merges, text, time ------------------------------------------------------
def _cells(doc: Document) -> int:
    return sum(len(row) for t in doc.tables() for row in t.rows)


def test_wide_csv_row_is_bounded():
    wide = "序号,名称" + "," * 50_000 + "\n" + "".join(f"{i},{NAMES[i % 5]}\n" for i in range(1, 3000))
    (doc,) = load_data(wide.encode(), "名单.csv")
    assert doc.error is None
    (table,) = doc.tables()
    assert len(table.rows) == 3000 and max(len(r) for r in table.rows) <= limits.MAX_TABLE_COLS


def _docx_table(rows_xml: str) -> bytes:
    d = new_document()
    d.add_table(rows=1, cols=1)
    buf = io.BytesIO()
    d.save(buf)
    return _rewrite_part(buf.getvalue(), "word/document.xml",
                         lambda x: re.sub(rb"<w:tbl>.*</w:tbl>", f"<w:tbl>{rows_xml}</w:tbl>".encode(), x, flags=re.S))


def test_docx_grid_spans_are_bounded():
    tc = '<w:tc><w:tcPr><w:gridSpan w:val="64"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>'
    rows = "".join("<w:tr>" + "".join(tc.format(f"第{r}行{c}") for c in range(40)) + "</w:tr>" for r in range(300))
    (doc,) = load_data(_docx_table(rows), "推荐表.docx")
    assert doc.error is None
    (table,) = doc.tables()
    assert len(table.rows) == 300 and {len(r) for r in table.rows} == {limits.MAX_TABLE_COLS}
    assert table.rows[0][64].text == "第0行1"  # the second cell, after the first one's span


def test_html_row_and_col_spans_are_bounded():
    cells = "".join(f"<td rowspan=64 colspan=64>名{i}</td>" for i in range(20))
    html = "<html><body><h1>名单</h1><table>" + f"<tr>{cells}</tr>" * 300 + "</table></body></html>"
    (doc,) = load_data(html.encode(), "名单.html")
    assert doc.error is None
    assert max(len(r) for t in doc.tables() for r in t.rows) <= limits.MAX_TABLE_COLS
    assert _cells(doc) <= limits.MAX_DOC_CELLS


def _xlsx_with_merges(refs: list[str]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "名称", "地区"])
    for i, n in enumerate(NAMES, 1):
        ws.append([i, n, n[:3]])
    buf = io.BytesIO()
    wb.save(buf)
    merges = "".join(f'<mergeCell ref="{r}"/>' for r in refs)
    return _rewrite_part(buf.getvalue(), "xl/worksheets/sheet1.xml", lambda x: x.replace(
        b"</sheetData>", f'</sheetData><mergeCells count="{len(refs)}">{merges}</mergeCells>'.encode()))


def test_xlsx_merges_are_clipped_to_the_data():
    (doc,) = load_data(_xlsx_with_merges([f"A{i % 6 + 1}:XFD{1_048_000 - i}" for i in range(1000)]), "名单.xlsx")
    assert doc.error is None
    (table,) = doc.tables()
    assert len(table.rows) == 6 and len(table.rows[0]) == 3  # merges reach no further than the data


def test_too_many_merges_are_reported(monkeypatch):
    monkeypatch.setattr(limits, "MAX_MERGES", 10)
    monkeypatch.setattr("awardtool.ingest.sheet.MAX_MERGES", 10)
    (doc,) = load_data(_xlsx_with_merges([f"D{i}:E{i}" for i in range(1, 30)]), "名单.xlsx")
    assert doc.error is None and "too_many_merges" in [w.code for w in doc.warnings]


def test_cell_bound_keeps_what_was_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOC_CELLS", 100)
    csv_text = "序号,名称\n" + "".join(f"{i},{NAMES[i % 5]}{i}\n" for i in range(1, 200))
    (doc,) = load_data(csv_text.encode(), "名单.csv")
    assert doc.error is None
    (table,) = doc.tables()
    assert 0 < len(table.rows) <= 50 and table.rows[1][1].text == f"{NAMES[1]}1"
    (notice,) = [w for w in doc.warnings if w.code == "too_many_cells"]
    assert "只读取了前面的部分" in notice.message


def test_time_bound_keeps_what_was_read(monkeypatch):
    monkeypatch.setattr(limits, "MAX_DOC_SECONDS", 0.0)
    (doc,) = load_data(_docx(NAMES), "推荐表.docx")
    assert doc.error is None and [p.text for p in doc.paragraphs()] == NAMES[:1]
    assert [w.code for w in doc.warnings] == ["timeout"]


def test_hard_time_limit_interrupts_a_stuck_reader(monkeypatch):
    import time

    from awardtool import ingest

    monkeypatch.setattr(limits, "HARD_DOC_SECONDS", 0.2)
    monkeypatch.setitem(ingest.READERS, "txt", lambda data, display: time.sleep(5))
    started = time.monotonic()
    (doc,) = load_data(LIST.encode(), "名单.txt")
    assert time.monotonic() - started < 4
    assert doc.error is not None and doc.error.code == "timeout" and "超时" in doc.error.message


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_nested_zips_share_one_unpack_allowance(monkeypatch):
    monkeypatch.setattr(limits, "MAX_UNPACKED", 3_000_000)
    filler = (LIST * 2000).encode()[:200_000]  # small members: below the ratio check's size
    inner = _zip({f"{i}.txt": filler for i in range(8)})
    outer = _zip({f"包{i}.zip": inner for i in range(4)})
    docs = list(load_data(outer, "batch.zip"))
    read = [d for d in docs if d.error is None]
    refused = [d for d in docs if d.error is not None]
    assert len(read) >= 10 and refused and {d.error.code for d in refused} == {"zip_bomb"}
    assert sum(len(d.original) for d in read) <= limits.MAX_UNPACKED
    assert all(d.original is None for d in refused)


# --- text: one bad byte no longer loses the file ---------------------------------------------------
def _lines(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs()]


def test_truncated_utf8_keeps_every_line_and_says_which_was_repaired():
    data = LIST.encode()[:-2]  # cut inside the last character
    (doc,) = load_data(data, "名单.txt")
    assert doc.error is None and _lines(doc)[:6] == LIST.splitlines()[:6]
    (notice,) = [w for w in doc.warnings if w.code == "text_repaired"]
    assert "第 7 行" in notice.message


def test_flipped_byte_keeps_every_record():
    data = bytearray(LIST.encode())
    at = LIST.encode().index("吉林".encode())
    data[at] ^= 0x40
    names = [r.name for r in _records_of(bytes(data), "名单.txt")]
    assert len(names) == 5 and names[0] == NAMES[0] and names[2:] == NAMES[2:]


def _records_of(data: bytes, name: str) -> list:
    (doc,) = load_data(data, name)
    assert doc.error is None
    return extract(doc).records


def test_utf8_list_with_an_appended_gbk_line():
    data = LIST.encode() + "6\t湖北省武汉市江岸区卫生健康局\n".encode("gbk")
    (doc,) = load_data(data, "名单.txt")
    assert _lines(doc)[2:8] == LIST.splitlines()[2:] + ["6\t湖北省武汉市江岸区卫生健康局"]
    (notice,) = [w for w in doc.warnings if w.code == "mixed_encoding"]
    assert "第 8 行" in notice.message
    records = _records_of(data, "名单.txt")
    assert [r.name for r in records] == NAMES + ["湖北省武汉市江岸区卫生健康局"]


def test_csv_with_a_damaged_byte_keeps_its_rows():
    text = "序号,名称\n" + "".join(f"{i},{n}\n" for i, n in enumerate(NAMES, 1))
    data = text.encode("gbk")[:-3]
    (doc,) = load_data(data, "名单.csv")
    assert doc.error is None and len(doc.tables()[0].rows) == 6


# --- control characters Word and Excel refuse ------------------------------------------------------
def test_control_characters_are_cleaned_visibly_for_every_format():
    wb = openpyxl.Workbook()
    wb.active.append(["序号", "名称"])
    wb.active.append([1, "王五"])
    buf = io.BytesIO()
    wb.save(buf)
    xlsx_data = _rewrite_part(buf.getvalue(), "xl/worksheets/sheet1.xml",  # Excel's own escapes
                              lambda x: x.replace(b"&#29579;&#20116;", "王五_x0008_单位_x000B_第二行".encode()))
    txt_data = "名单\n1\t赵六\x0c\x01单位\n".encode()
    html_data = "<html><body><h1>名单</h1><p>钱七&#11;同志\x07事迹</p></body></html>".encode()
    csv_data = "序号,名称\n1,孙八\x0b单位\x1f\n".encode()
    for data, name in ((xlsx_data, "b.xlsx"), (txt_data, "c.txt"), (html_data, "d.html"), (csv_data, "e.csv")):
        (doc,) = load_data(data, name)
        assert doc.error is None, doc.error
        assert "control_chars" in [w.code for w in doc.warnings], name
        texts = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
        texts += [c.text for t in doc.blocks if isinstance(t, Table) for row in t.rows for c in row]
        assert not any(re.search("[\x00-\x08\x0b-\x1f]", t) for t in texts), (name, texts)
        out = openpyxl.Workbook()  # what made the Excel export fail: now accepted
        for t in texts:
            out.active.append([t])
        out.save(io.BytesIO())
        new_document().add_paragraph("".join(texts))  # and the Word export
    (doc,) = load_data(xlsx_data, "b.xlsx")
    assert doc.tables()[0].rows[1][1].text == "王五单位\n第二行"  # the soft line break is a line break


# --- html --------------------------------------------------------------------------------------------
def test_unclosed_embed_does_not_swallow_the_page():
    html = ("<html><head><title>通知</title></head><body><h1>拟表彰名单</h1><embed src=player.swf>"
            + "".join(f"<p>{i}. {n}</p>" for i, n in enumerate(NAMES, 1)) + "</body></html>")
    (doc,) = load_data(html.encode(), "公示.html")
    assert doc.error is None
    assert [p.text for p in doc.paragraphs()][1:] == [f"{i}. {n}" for i, n in enumerate(NAMES, 1)]


# --- folders and file names ---------------------------------------------------------------------------
@pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs")
def test_folder_reads_regular_files_only(tmp_path):
    folder = tmp_path / "材料"
    folder.mkdir()
    (folder / "名单.txt").write_text(LIST, encoding="utf-8")
    (folder / "零.txt").symlink_to("/dev/zero")
    (folder / "口令.txt").symlink_to("/etc/passwd")
    (folder / "同一份.txt").symlink_to(folder / "名单.txt")
    (folder / "外面").symlink_to("/etc", target_is_directory=True)
    os.mkfifo(folder / "管道.txt")
    docs = list(load_path(folder))
    assert sorted(Path(d.path).name for d in docs) == ["同一份.txt", "名单.txt"]
    assert all(d.error is None for d in docs)


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_a_fifo_given_by_name_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "名单.txt"
    os.mkfifo(fifo)
    (doc,) = load_paths([fifo])
    assert doc.error is not None and doc.error.code == "not_a_file" and "不是普通文件" in doc.error.message


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names are arbitrary bytes on Linux")
def test_file_names_that_are_not_utf8(tmp_path, capsys):
    name = os.fsdecode(b"\xc3\xfb\xb5\xa5.txt")  # 名单 in GBK: not valid UTF-8
    folder = tmp_path / "批次"
    folder.mkdir()
    (folder / name).write_text(LIST, encoding="utf-8")
    assert cli_main(["extract", "--json", str(folder)]) == 0
    (entry,) = json.loads(capsys.readouterr().out)["documents"]
    assert entry["path"].endswith("\ufffd\ufffd\ufffd\ufffd.txt") and len(entry["records"]) == 5
    project = tmp_path / "名单.awardproj"
    assert cli_main(["import", "--project", str(project), str(folder)]) == 0
    assert "新增 5 条记录" in capsys.readouterr().out


# --- import: each member read once, refused bytes never stored --------------------------------------
def test_import_reads_each_zip_member_once_and_stores_no_bomb(tmp_path, monkeypatch, capsys):
    from awardtool.store import Project

    members = {f"{i:02d}.txt": LIST.replace("全国", f"第{i}批全国").encode() for i in range(6)}
    members["炸弹.txt"] = b"\n" * (4 * 1024 * 1024)  # 4 MB of newlines: ratio far above the limit
    batch = tmp_path / "batch.zip"
    batch.write_bytes(_zip(members))
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def counting_open(self, name, *args, **kwargs):
        opened.append(name.filename if isinstance(name, zipfile.ZipInfo) else name)
        return real_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", counting_open)
    project = tmp_path / "p.awardproj"
    assert cli_main(["import", "--project", str(project), str(batch)]) == 1
    assert sorted(opened) == sorted(n for n in members if n != "炸弹.txt")  # each once, the bomb never
    monkeypatch.undo()
    with Project.open(project) as p:
        docs = {d.path.rsplit("!", 1)[1]: d for d in p.documents()}
        assert p.original(docs["03.txt"].id) == members["03.txt"]
        assert docs["炸弹.txt"].error is not None and p.original(docs["炸弹.txt"].id) is None


# --- command line -----------------------------------------------------------------------------------
def test_extract_into_a_closed_pipe_ends_quietly(tmp_path):
    big = "全国先进集体拟表彰名单\n序号\t名称\n" + "".join(f"{i}\t{NAMES[i % 5]}{i}\n" for i in range(1, 3000))
    (tmp_path / "名单.txt").write_text(big, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "awardtool", "extract", "--json", str(tmp_path / "名单.txt")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(100)
    proc.stdout.close()  # what `| head` does
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err, err


def test_originals_come_with_the_documents_only_when_asked(tmp_path):
    from awardtool.parallel import extract_paths_parallel

    members = {"甲.txt": LIST.encode("gb18030"), "乙.docx": _docx(NAMES)}
    batch = tmp_path / "batch.zip"
    batch.write_bytes(_zip(members))
    loose = tmp_path / "丙.txt"
    loose.write_text(LIST, encoding="utf-8")
    kept = {r.document.path: r.document.original
            for r in extract_paths_parallel([batch, loose], keep_originals=True)}
    assert kept == {f"{batch}!甲.txt": members["甲.txt"], f"{batch}!乙.docx": members["乙.docx"],
                    str(loose): LIST.encode("utf-8")}
    assert all(r.document.original is None for r in extract_paths_parallel([batch, loose]))
