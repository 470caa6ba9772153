"""Score the extractor on the real sample pages in ../shared/samples against their gold.

Prints one line per sample and an overall line: name precision/recall/F1 (exact names), region
accuracy (over matched names), deeds start/end match (first/last 20 characters), deeds length
(Han characters within 10 % of gold), kind, and list title. Then whether confidence means
something: the name and region confidence of right fields against wrong ones (extra records,
wrong regions), mean and median.

The gold's ``list_title`` is the list the records go into. For a list that is the document's
title; for a narrative (one unit's 事迹材料) it is the award the narrative is for, which the
extractor puts in the record's ``award`` — so a narrative is scored on ``records[0].award``.

Run: .venv/bin/python benchmarks/score_samples.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from awardtool.extract import extract  # noqa: E402
from awardtool.extract.text import han_count  # noqa: E402
from awardtool.ingest import load_path  # noqa: E402

SAMPLES = ROOT.parent / "shared" / "samples"


@dataclass
class Score:
    sample: str
    names_found: int = 0
    names_gold: int = 0
    names_hit: int = 0
    region_hit: int = 0
    deeds_total: int = 0  # matched records whose gold has deeds
    deeds_start: int = 0
    deeds_end: int = 0
    deeds_len: int = 0
    kind_ok: bool = False
    title_ok: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.names_hit / self.names_found if self.names_found else (1.0 if not self.names_gold else 0.0)

    @property
    def recall(self) -> float:
        return self.names_hit / self.names_gold if self.names_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    # confidence of right and wrong fields: (field, confidence) pairs
    right: list[tuple[str, float]] = field(default_factory=list)
    wrong: list[tuple[str, float]] = field(default_factory=list)


def score_sample(txt: Path) -> Score:
    gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
    doc = next(load_path(txt))
    ex = extract(doc)
    s = Score(txt.stem, names_found=len(ex.records), names_gold=len(gold["records"]))
    s.kind_ok = ex.kind == gold["kind"]
    title = ex.title if ex.kind == "list" else (ex.records[0].award if ex.records else None)
    s.title_ok = title == gold["list_title"]
    if not s.title_ok:
        s.problems.append(f"title {title!r} ≠ {gold['list_title']!r}")
    by_name = {r.name: r for r in ex.records}
    for g in gold["records"]:
        r = by_name.get(g["name"])
        if r is None:
            s.problems.append(f"missing {g['name']}")
            continue
        s.names_hit += 1
        s.right.append(("name", r.confidence.get("name", 0.0)))
        (s.right if r.region == g["region"] else s.wrong).append(("region", r.confidence.get("region", 0.0)))
        if r.region == g["region"]:
            s.region_hit += 1
        else:
            s.problems.append(f"region {g['name']}: {r.region!r} ≠ {g['region']!r}")
        if g.get("deeds_start") is None:
            if r.deeds:
                s.problems.append(f"unexpected deeds for {g['name']}")
            continue
        s.deeds_total += 1
        flat = r.deeds.replace("\n", "")
        s.deeds_start += flat.startswith(g["deeds_start"])
        s.deeds_end += flat.endswith(g["deeds_end"])
        s.deeds_len += abs(han_count(flat) - g["deeds_chars"]) <= 0.1 * g["deeds_chars"]
        if not flat.startswith(g["deeds_start"]):
            s.problems.append(f"deeds start {g['name']}: {flat[:20]!r}")
        if not flat.endswith(g["deeds_end"]):
            s.problems.append(f"deeds end {g['name']}: {flat[-20:]!r}")
    gold_names = {g["name"] for g in gold["records"]}
    s.problems += [f"extra {r.name}" for r in ex.records if r.name not in gold_names]
    s.wrong += [("name", r.confidence.get("name", 0.0)) for r in ex.records if r.name not in gold_names]
    return s


def confidence_summary(scores: list[Score]) -> list[str]:
    """Mean and median confidence of right and wrong fields, per field."""
    out = []
    for f in ("name", "region"):
        right = [c for s in scores for k, c in s.right if k == f]
        wrong = [c for s in scores for k, c in s.wrong if k == f]

        def stats(xs: list[float]) -> str:
            return f"n={len(xs):3d} mean {statistics.mean(xs):.2f} median {statistics.median(xs):.2f}" if xs else f"n={0:3d}"

        out.append(f"confidence {f:6}: right {stats(right)} | wrong {stats(wrong)}")
    return out


def main() -> int:
    t0 = time.perf_counter()
    scores = [score_sample(p) for p in sorted(SAMPLES.glob("*.txt"))]
    elapsed = time.perf_counter() - t0
    print(f"{'sample':40} {'P':>5} {'R':>5} {'F1':>5} {'region':>7} {'start':>6} {'end':>6} {'len':>6} kind title")
    for s in scores:
        d = s.deeds_total
        deeds = "".join(f"{x / d:6.2f} " if d else f"{'-':>6} " for x in (s.deeds_start, s.deeds_end, s.deeds_len))
        print(
            f"{s.sample:40} {s.precision:5.2f} {s.recall:5.2f} {s.f1:5.2f} {s.region_hit / max(s.names_hit, 1):7.2f} {deeds}"
            f"{'ok' if s.kind_ok else 'NO':>4} {'ok' if s.title_ok else 'NO':>5}"
        )
        for p in s.problems:
            print(f"    - {p}")
    found = sum(s.names_found for s in scores)
    gold = sum(s.names_gold for s in scores)
    hit = sum(s.names_hit for s in scores)
    dt = sum(s.deeds_total for s in scores) or 1
    p, r = hit / max(found, 1), hit / max(gold, 1)
    print(
        f"{'OVERALL':40} {p:5.2f} {r:5.2f} {2 * p * r / (p + r) if p + r else 0:5.2f} "
        f"{sum(s.region_hit for s in scores) / max(hit, 1):7.2f} "
        f"{sum(s.deeds_start for s in scores) / dt:6.2f} {sum(s.deeds_end for s in scores) / dt:6.2f} "
        f"{sum(s.deeds_len for s in scores) / dt:6.2f} {sum(s.kind_ok for s in scores)}/{len(scores)} "
        f"{sum(s.title_ok for s in scores)}/{len(scores)}"
    )
    print(f"{len(scores)} samples in {elapsed:.2f} s")
    for line in confidence_summary(scores):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
