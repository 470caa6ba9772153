"""`awardtool check [--json] [--limit N] [--fix] PATH...`: the clerk's rules on imported files.

Findings are the tool's answer, not a failure: the exit code is 0 when every document was
read, 1 when one could not be, 2 for usage errors (argparse). Documents and records come in
the same order as `awardtool extract`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict

from awardtool.pipeline import extract_paths
from awardtool.validate import RecordRef, check_batch, check_record, fix_record
from awardtool.validate.findings import CODES

_SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n <= 0:
        raise argparse.ArgumentTypeError(f"字数上限必须是正整数：{value}")
    return n


def register(sub) -> None:
    p = sub.add_parser("check", help="检查表彰对象的格式和内容问题 / check records against the clerk's rules")
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件、文件夹或 zip")
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p.add_argument("--limit", type=_positive, metavar="N", help="简要事迹字数上限（如 300）")
    p.add_argument("--fix", action="store_true", help="输出安全修正（标点、空格、网页标记）后的记录及修改清单")
    p.set_defaults(func=run)


def run(args) -> int:
    results = list(extract_paths(args.paths))
    documents, batch_input = [], []
    for r in results:
        doc, ex = r.document, r.extraction
        has_deeds = ex.kind == "narrative" or any((rec.deeds or "").strip() for rec in ex.records)
        entries = []
        for i, rec in enumerate(ex.records):
            changes = []
            if args.fix:
                rec, changes = fix_record(rec)
            findings = check_record(rec, word_limit=args.limit, has_deeds=has_deeds)
            entries.append({"index": i, "record": rec, "findings": findings, "changes": changes})
            batch_input.append((rec, RecordRef(doc.path, i, rec.seq, rec.name)))
        documents.append({"path": doc.path, "error": doc.error, "records": entries})
    batch = check_batch(batch_input)
    if args.json:
        json.dump(_to_json(documents, batch, args.fix), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_listing(documents, batch, args.fix)
    return 1 if any(d["error"] for d in documents) else 0


def _to_json(documents: list[dict], batch: list, with_fix: bool) -> dict:
    out = []
    for d in documents:
        records = []
        for e in d["records"]:
            rec = e["record"]
            item = {"index": e["index"], "seq": rec.seq, "name": rec.name,
                    "findings": [f.to_json() for f in e["findings"]]}
            if with_fix:
                item["record"] = rec.to_json()
                item["changes"] = [c.to_json() for c in e["changes"]]
            records.append(item)
        out.append({"path": d["path"], "error": d["error"].to_json() if d["error"] else None, "records": records})
    return {"documents": out, "batch": [f.to_json() for f in batch]}


def _print_listing(documents: list[dict], batch: list, with_fix: bool) -> None:
    """Readable Chinese listing; repeated findings of one kind in a record are summarised
    (one line with the count and the first example) so a long 事迹 stays readable."""
    for d in documents:
        if d["error"]:
            print(f"✗ {d['path']}：{d['error'].message}")
            continue
        print(f"■ {d['path']}（{len(d['records'])} 条）")
        for e in d["records"]:
            rec = e["record"]
            seq = rec.seq if rec.seq is not None else e["index"] + 1
            print(f"  {seq:>3}  {rec.name}")
            if with_fix and e["changes"]:
                print(f"       已自动修正 {len(e['changes'])} 处（标点、空格、网页标记）")
            if not e["findings"]:
                print("       ✓ 未发现问题")
            groups = defaultdict(list)
            for f in e["findings"]:
                groups[f.code].append(f)
            for code, fs in groups.items():
                sev = _SEVERITY_ZH[fs[0].severity]
                if len(fs) == 1:
                    print(f"       [{sev}] {fs[0].message}")
                else:
                    fixable = "，可自动修正" if all(f.fix for f in fs) else ""
                    print(f"       [{sev}] {CODES[code][1]} {len(fs)} 处{fixable}，如：{fs[0].message}")
    if batch:
        print("■ 跨文件检查")
        for f in batch:
            print(f"       [{_SEVERITY_ZH[f.severity]}] {f.message}")
