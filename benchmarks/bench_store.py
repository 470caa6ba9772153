"""Benchmark the project store on a big batch: 1,000 documents with 2–5 records each.

Prints: time to build the project, file size, time to open it and list every record
(target < 1 s) and the peak memory of doing so (target < 300 MB), measured in a fresh
subprocess so nothing from building the project is counted; then the time of a single
set_field (a committed, journaled edit) and of loading one document's blocks.

    .venv/bin/python benchmarks/bench_store.py [--docs 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from awardtool.document import Cell, Document, Loc, Paragraph, Table
from awardtool.extract import Extraction
from awardtool.pipeline import DocumentResult
from awardtool.records import FieldSource, Record
from awardtool.store import Project

PROVINCES = ("四川省", "河北省", "广东省", "浙江省", "内蒙古自治区", "北京市", "新疆维吾尔自治区")
CITIES = ("成都市", "沧州市", "广州市", "杭州市", "呼和浩特市", "绵阳市", "喀什地区")
UNITS = ("机关事务管理局办公室", "人民医院重症医学科", "机关服务中心", "公共机构节能处", "后勤保障科")
SENTENCES = (
    "始终坚持以习近平新时代中国特色社会主义思想为指导，认真落实党中央决策部署，不断提升服务保障水平。",
    "在全国率先将节约型机关建设、公共机构节能、公车公房管理等纳入工作目标，分解落实绩效目标 100 余项。",
    "强化制度建设，推行标准化管理，综合目标考核连续多年位居全市先进行列，受到上级部门通报表扬。",
    "坚持人民至上、生命至上，圆满完成重大活动服务保障任务，得到各方面一致好评。",
    "深化改革创新，推广应用一体化办公平台，优化公文办理、会议服务、资产管理等工作流程。",
)


def make_result(i: int, rng: random.Random) -> DocumentResult:
    """A list document like the seeds: a title, a header row and 2–5 numbered rows with
    300–900 characters of deeds, as a table plus the same text as paragraphs."""
    n = rng.randint(2, 5)
    title = f"第{i}批全国机关事务工作先进集体拟表彰名单"
    blocks: list = [Paragraph(title, Loc(paragraph=0), level=0)]
    rows = [[Cell(h, Loc(table=0, row=0, col=c)) for c, h in enumerate(("序号", "先进集体名称", "简要事迹"))]]
    records = []
    for k in range(n):
        region, city = rng.choice(PROVINCES), rng.choice(CITIES)
        name = f"{region}{city}{rng.choice(UNITS)}{i}-{k}"
        deeds = "\n".join(rng.choice(SENTENCES) * rng.randint(1, 3) for _ in range(rng.randint(3, 6)))
        rows.append([Cell(str(k + 1), Loc(table=0, row=k + 1, col=0)), Cell(name, Loc(table=0, row=k + 1, col=1)),
                     Cell(deeds, Loc(table=0, row=k + 1, col=2))])
        src = FieldSource(1, Loc(table=0, row=k + 1))
        records.append(Record(name, seq=k + 1, region=region, city=city, deeds=deeds, source=src,
                              field_sources={"name": FieldSource(1, Loc(table=0, row=k + 1, col=1)),
                                             "deeds": FieldSource(1, Loc(table=0, row=k + 1, col=2))}))
    blocks.append(Table(rows, Loc(table=0)))
    blocks += [Paragraph(f"（{k}）" + rng.choice(SENTENCES), Loc(paragraph=k + 1)) for k in range(20)]
    doc = Document(f"报送材料/名单{i:04d}.docx", "docx", blocks)
    return DocumentResult(doc, Extraction("list", title, records))


MEASURE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from awardtool.store import Project
t1 = time.perf_counter()
p = Project.open(sys.argv[1], user="bench")
t2 = time.perf_counter()
recs = p.records()
docs = p.documents()
t3 = time.perf_counter()
p.close()
print(json.dumps({"import_s": t1 - t0, "open_s": t2 - t1, "list_s": t3 - t2, "records": len(recs),
                  "documents": len(docs), "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--keep", type=Path, help="build the project in this folder and keep it")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_store_"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "bench.awardproj"
    if path.exists():
        path.unlink()
    rng = random.Random(1)
    t = time.perf_counter()
    with Project.open(path, create=True, user="bench") as p:
        for i in range(args.docs):
            result = make_result(i, rng)
            original = result.document.text().encode("utf-8")  # stands in for the file's bytes
            p.add_result(result, original)
    build = time.perf_counter() - t
    print(f"build: {args.docs} documents in {build:.1f} s ({build / args.docs * 1000:.1f} ms per add_result), "
          f"file {path.stat().st_size / 2**20:.1f} MB")

    out = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True, text=True, check=True)
    m = json.loads(out.stdout)
    print(f"open + list {m['records']} records of {m['documents']} documents: "
          f"{m['open_s'] + m['list_s']:.3f} s (open {m['open_s']:.3f} s, records()+documents() {m['list_s']:.3f} s; "
          f"target < 1 s); importing awardtool.store {m['import_s']:.3f} s")
    print(f"peak memory (ru_maxrss, fresh process): {m['maxrss_mb']:.0f} MB (target < 300 MB)")

    with Project.open(path, user="bench") as p:
        rid = p.records()[len(p.records()) // 2].id
        times = []
        for k in range(20):
            t = time.perf_counter()
            p.set_field(rid, "notes", f"基准修改 {k}")
            times.append(time.perf_counter() - t)
        times.sort()
        print(f"set_field (committed + journaled): median {times[10] * 1000:.1f} ms, max {times[-1] * 1000:.1f} ms")
        t = time.perf_counter()
        doc = p.document(p.documents()[args.docs // 2].id)
        print(f"document(doc_id) with {len(doc.blocks)} blocks: {(time.perf_counter() - t) * 1000:.1f} ms")
        t = time.perf_counter()
        p.undo()
        print(f"undo: {(time.perf_counter() - t) * 1000:.1f} ms")
    if not args.keep:
        for f in folder.iterdir():
            f.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
