"""Word 简要事迹表 speed: 1,000 records with 300-字 deeds.

Compared in the same run with the floor: the same table XML built by deep-copying one row
element with lxml and saving the document (no page setup, no text checks, no read-back). The
export also opens the saved file again and compares every cell with the records (about a
third of its time). Target: within 3× of the floor.

    .venv/bin/python benchmarks/bench_word.py
"""

from __future__ import annotations

import copy
import tempfile
import time
from pathlib import Path

import docx
from docx.oxml.ns import qn

from awardtool.export.docx_table import COLUMNS, _header_row, _prototype_row, _table_shell
from awardtool.export.word import export_docx
from awardtool.records import Record

N = 1000
DEEDS = ("坚持以人民为中心的发展思想，扎实推进机关事务工作高质量发展，" * 10)[:200] + "\n" + ("成效显著。" * 20)


def records() -> list[Record]:
    return [Record(name=f"某省某市第{i}机关事务服务中心", kind="collective", deeds=DEEDS) for i in range(N)]


def floor(recs: list[Record], path: Path) -> None:
    """The same table XML (same prepared row, same cell properties, one w:p per deeds
    paragraph) with nothing else: no styles, ordering, text checks or read-back."""
    doc = docx.Document()
    tbl = _table_shell(COLUMNS["collective"])
    tbl.append(_header_row(COLUMNS["collective"]))
    proto = _prototype_row(COLUMNS["collective"], keep_together=False)
    for i, rec in enumerate(recs, 1):
        row = copy.deepcopy(proto)
        ts = list(row.iter(qn("w:t")))
        first, *rest = rec.deeds.split("\n")
        ts[0].text, ts[1].text, ts[2].text = str(i), rec.name, first
        anchor = ts[2].getparent().getparent()
        for text in rest:
            p = copy.deepcopy(anchor)
            next(p.iter(qn("w:t"))).text = text
            anchor.addnext(p)
            anchor = p
        tbl.append(row)
    doc.element.body.insert(0, tbl)
    doc.save(str(path))


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main() -> None:
    recs = records()
    chars = sum(len(r.deeds) for r in recs)
    with tempfile.TemporaryDirectory() as d:
        out = Path(d)
        t_floor = best_of(lambda: floor(recs, out / "floor.docx"))
        reports = []
        t_export = best_of(lambda: reports.append(export_docx(recs, out / "export.docx", form="事迹表")))
        assert reports[-1].ok, reports[-1].differences[:3]
        size = (out / "export.docx").stat().st_size
    print(f"records: {N}, deeds characters: {chars:,}")
    print(f"floor (lxml row copy + save): {t_floor * 1000:8.0f} ms")
    print(f"export_docx 事迹表 (+ read-back): {t_export * 1000:8.0f} ms  ({size / 1024:.0f} KiB)")
    print(f"ratio: {t_export / t_floor:.2f}× (target ≤ 3×)")


if __name__ == "__main__":
    main()
