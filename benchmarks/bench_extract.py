"""End-to-end import speed: 1,000 .docx and 1,000 .txt nominations through
``awardtool.pipeline.extract_paths`` (ingest + extract), against the bare floor of the same
files (unzip + lxml parse of word/document.xml; reading the .txt). Targets: ≥500 .docx/s and
≥2,000 .txt/s end to end, within 5× of the floor. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_extract.py [N]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import docx
from lxml import etree

from awardtool.pipeline import extract_paths

DEEDS = "该同志始终坚持以人民为中心的发展思想，认真履职尽责，在机关事务工作中成绩突出。" * 3


def make_files(folder: Path, n: int) -> tuple[list[Path], list[Path]]:
    d = docx.Document()
    d.add_paragraph("先进个人推荐表")
    d.add_paragraph("推荐单位：某某市机关事务管理局")
    t = d.add_table(rows=1, cols=3)
    for cell, text in zip(t.rows[0].cells, ("序号", "姓名", "主要事迹")):
        cell.text = text
    for i in range(1, 4):
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = str(i), f"张{i}", DEEDS
    d.add_paragraph(DEEDS)
    d.add_paragraph("推荐单位（盖章）")
    docx_files, txt_files = [], []
    for i in range(n):
        d.paragraphs[1].text = f"推荐单位：某某市第{i}机关事务管理局"
        p = folder / f"{i:04d}.docx"
        d.save(p)
        docx_files.append(p)
        txt = folder / f"{i:04d}.txt"
        rows = "\n".join(f"{k}\t张{k}{i}\t<p>{DEEDS}</p>" for k in range(1, 4))
        txt.write_text(f"先进个人拟表彰名单\n\n序号\t姓名\t简要事迹\n{rows}\n", encoding="utf-8")
        txt_files.append(txt)
    return docx_files, txt_files


def floor_docx(files: list[Path]) -> None:
    for f in files:
        with zipfile.ZipFile(f) as zf:
            etree.fromstring(zf.read("word/document.xml"))


def floor_txt(files: list[Path]) -> None:
    for f in files:
        f.read_bytes().decode("utf-8")


def end_to_end(files: list[Path]) -> int:
    records = 0
    for result in extract_paths(files):
        assert result.document.error is None, result.document.error
        records += len(result.extraction.records)
    return records


def timed(fn, files) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(files)
    return time.perf_counter() - start, out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        docx_files, txt_files = make_files(Path(tmp), n)
        print(f"generated {n} .docx + {n} .txt in {time.perf_counter() - t0:.1f} s")
        end_to_end(docx_files[:20] + txt_files[:20])  # warm imports and caches
        for label, files, floor in (("docx", docx_files, floor_docx), ("txt", txt_files, floor_txt)):
            t_floor, _ = timed(floor, files)
            t_e2e, records = timed(end_to_end, files)
            print(
                f"{label}: end to end {n / t_e2e:8.0f} files/s ({t_e2e * 1000 / n:.2f} ms/file, {records} records); "
                f"floor {n / t_floor:8.0f} files/s; ratio {t_e2e / t_floor:.1f}×"
            )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak:.0f} MB")


if __name__ == "__main__":
    main()
