"""`awardtool extract [--json] PATH...`: read files, print their records.

The JSON printed here is a stable contract (other tools and the tests depend on it). Each
record carries ``confidence`` ({field: 0–1} for every field the extractor filled, and region
always) and ``confidence_reasons`` ({field: reason code}, see awardtool.extract.confidence)."""

from __future__ import annotations

import json
import sys

from awardtool.parallel import extract_paths_parallel

# Worker processes take ~0.5 s to start: worth it from a few dozen text files (or a few PDFs).
CLI_MIN_PARALLEL = 20


def register(sub) -> None:
    p = sub.add_parser("extract", help="从文件中抽取表彰对象 / extract records from files")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件、文件夹或 zip")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    results = list(extract_paths_parallel(args.paths, min_parallel=CLI_MIN_PARALLEL))
    if args.json:
        json.dump({"documents": [r.to_json() for r in results]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_table(results)
    return 1 if any(r.document.error for r in results) else 0


def print_table(results) -> None:
    for r in results:
        doc, ex = r.document, r.extraction
        if doc.error:
            print(f"✗ {doc.path}：{doc.error.message}")
            continue
        kind = {"list": "名单", "narrative": "事迹材料", "form": "推荐表"}.get(ex.kind, "未识别")
        print(f"■ {doc.path}  [{doc.format} · {kind}] {ex.title or ''}".rstrip())
        for rec in ex.records:
            seq = f"{rec.seq:>3}" if rec.seq is not None else "  -"
            where = "".join(x for x in (rec.region, rec.city) if x)
            deeds = rec.deeds.replace("\n", " ")
            deeds = deeds[:40] + "…" if len(deeds) > 40 else deeds
            print(f"  {seq}  {rec.name}  {where}  {deeds}".rstrip())
        for w in doc.warnings + ex.warnings:
            print(f"  ! {w.message}")
