"""End-to-end import speed: 1,000 .docx and 1,000 .txt nominations through
``awardtool.pipeline.extract_paths`` (ingest + extract), against the bare floor of the same
files (unzip + lxml parse of word/document.xml; reading the .txt). Targets: ≥500 .docx/s and
≥2,000 .txt/s end to end, within 5× of the floor. Prints figures; asserts nothing.

Each measurement is repeated (best and median are shown: the machine is shared, and the best
run is the one least disturbed by other work). Ingest alone is measured too, so the table shows
where the time goes. The cost of importing the core and of the first document (the division
index and the OpenCC dictionaries load then, not at import) is printed separately, since the
window pays both at startup.

    .venv/bin/python benchmarks/bench_extract.py [N] [--repeat R]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

DEEDS = "该同志始终坚持以人民为中心的发展思想，认真履职尽责，在机关事务工作中成绩突出。" * 3
TARGETS = {"docx": 500, "txt": 2000}  # files per second, end to end
MAX_FLOOR_RATIO = 5.0


def make_files(folder: Path, n: int) -> tuple[list[Path], list[Path]]:
    import docx

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


def floor_docx(files: list[Path]) -> int:
    from lxml import etree

    for f in files:
        with zipfile.ZipFile(f) as zf:
            etree.fromstring(zf.read("word/document.xml"))
    return 0


def floor_txt(files: list[Path]) -> int:
    for f in files:
        f.read_bytes().decode("utf-8")
    return 0


def ingest_only(files: list[Path]) -> int:
    from awardtool.ingest import load_paths

    return sum(len(doc.blocks) for doc in load_paths(files))


def end_to_end(files: list[Path]) -> int:
    from awardtool.pipeline import extract_paths

    records = 0
    for result in extract_paths(files):
        assert result.document.error is None, result.document.error
        records += len(result.extraction.records)
    return records


def rates(fn: Callable[[list[Path]], int], files: list[Path], repeat: int) -> tuple[float, float, int]:
    """(best, median) files per second over ``repeat`` runs, and what the last run returned."""
    per_second, out = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn(files)
        per_second.append(len(files) / (time.perf_counter() - start))
    return max(per_second), statistics.median(per_second), out


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=1000, help="files per format (default 1000)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement (default 3)")
    args = ap.parse_args()
    n, repeat = args.n, max(1, args.repeat)

    start = time.perf_counter()
    import awardtool.pipeline  # noqa: F401  (timed: the window pays this at startup)

    t_import = time.perf_counter() - start
    rss_import = _rss_mb()

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        docx_files, txt_files = make_files(Path(tmp), n)
        t_gen = time.perf_counter() - t0
        start = time.perf_counter()
        end_to_end(docx_files[:1] + txt_files[:1])  # lazy data (divisions, OpenCC) loads here
        t_first = time.perf_counter() - start
        end_to_end(docx_files[:20] + txt_files[:20])  # warm the rest of the caches

        rows = []
        for label, files, floor in (("docx", docx_files, floor_docx), ("txt", txt_files, floor_txt)):
            floor_best, _, _ = rates(floor, files, repeat)
            ingest_best, ingest_med, _ = rates(ingest_only, files, repeat)
            e2e_best, e2e_med, records = rates(end_to_end, files, repeat)
            rows.append((label, floor_best, ingest_best, ingest_med, e2e_best, e2e_med, records))

    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"awardtool import benchmark: {n} files per format, best of {repeat} runs (median in brackets)")
    print(f"machine: {os.cpu_count()} CPUs, load average {load}; files generated in {t_gen:.1f} s")
    print()
    head = f"{'format':<7}{'floor/s':>10}{'ingest/s':>20}{'end-to-end/s':>20}{'ms/file':>9}{'×floor':>8}{'records':>9}  {'target':<12}{'met':<4}"
    print(head)
    print("-" * len(head))
    for label, floor_best, ingest_best, ingest_med, e2e_best, e2e_med, records in rows:
        ratio = floor_best / e2e_best
        target = TARGETS[label]
        met = "yes" if e2e_best >= target else "NO"
        print(
            f".{label:<6}{floor_best:>10,.0f}{f'{ingest_best:,.0f} ({ingest_med:,.0f})':>20}"
            f"{f'{e2e_best:,.0f} ({e2e_med:,.0f})':>20}{1000 / e2e_best:>9.2f}{ratio:>7.1f}×{records:>9}  "
            f"{f'≥{target:,}/s':<12}{met:<4}"
        )
        if ratio > MAX_FLOOR_RATIO:
            print(f"        (end to end is {ratio:.1f}× the floor, over the {MAX_FLOOR_RATIO:.0f}× goal)")
    print()
    print(f"startup: import awardtool.pipeline {t_import * 1000:.0f} ms; first document {t_first * 1000:.0f} ms "
          "(loads the division index and OpenCC)")
    print(f"peak memory (max RSS): {_rss_mb():.0f} MB ({rss_import:.0f} MB after importing the core)")


if __name__ == "__main__":
    main()
