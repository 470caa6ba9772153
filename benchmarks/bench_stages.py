"""Benchmark stages and the comparison on a big list: two 5,000-record stages, 5 % changed.

Builds a project of ``--records`` records (about 300 字 of deeds each), freezes it as "公示",
changes 5 % of the records — a fifth each renamed, removed, added, moved and deeds cut in
half — freezes "最终", then prints:

* freeze time and stage size in the file; load time of one stage;
* the diff of the two stages (records matched by id; target ≤ 1 s), with the JSON;
* the diff of an exported 汇总表-like side (records without ids, matched by name and
  deeds) against the stage, for comparison.

    .venv/bin/python benchmarks/bench_stages.py [--records 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from awardtool.compare import compare, from_records, from_stage
from awardtool.records import FieldSource, Record
from awardtool.document import Loc
from awardtool.store import Project, stages

PROVINCES = ("四川省", "河北省", "广东省", "浙江省", "内蒙古自治区", "北京市", "新疆维吾尔自治区")
CITIES = ("成都市", "沧州市", "广州市", "杭州市", "呼和浩特市", "绵阳市", "喀什地区")
UNITS = ("机关事务管理局办公室", "人民医院重症医学科", "机关服务中心", "公共机构节能处", "后勤保障科", "第一中学")
# Deeds are built from phrase fragments, as real deeds share stock phrases but not whole texts.
FRAGMENTS = (
    "始终坚持以人民为中心", "认真落实各项决策部署", "不断提升服务保障水平", "率先推行节约型机关建设",
    "公共机构节能降耗成效明显", "公车公房管理规范有序", "分解落实绩效目标一百余项", "强化制度建设",
    "推行标准化管理", "综合目标考核连续多年位居前列", "受到上级部门通报表扬", "圆满完成重大活动服务保障任务",
    "得到各方面一致好评", "深化改革创新", "推广应用一体化办公平台", "优化公文办理流程", "完善会议服务规范",
    "加强资产管理", "组建志愿服务队伍", "常态化开展结对帮扶", "解决群众急难愁盼问题", "建成老年食堂",
    "开设儿童之家", "化解矛盾纠纷", "抓好安全生产", "实现零事故目标", "推进垃圾分类", "打造绿色机关",
    "培养业务骨干", "开展岗位练兵", "健全应急预案", "提升后勤信息化水平", "落实节水措施", "推广新能源公务用车",
    "改造老旧办公用房", "压减一般性支出", "服务基层群众", "带动周边单位共同进步", "经验做法被推广", "获评先进单位",
)


def make_record(i: int, rng: random.Random) -> Record:
    k = rng.randrange(len(PROVINCES))
    deeds = "，".join(rng.sample(FRAGMENTS, 14)) + f"，近三年累计节约经费{rng.randrange(10, 999)}万元。"
    return Record(name=f"{PROVINCES[k]}{CITIES[k]}第{i}{UNITS[i % len(UNITS)]}", region=PROVINCES[k], city=CITIES[k],
                  deeds=deeds, award="全国机关事务工作先进集体", recommender=f"{PROVINCES[k]}机关事务管理局")


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    rng = random.Random(15)
    n = args.records
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.awardproj"
        with Project.open(path, create=True, user="bench") as p:
            t = time.perf_counter()
            with p._tx() as c:  # bulk insert: building the list is not what is measured
                for i in range(n):
                    data = json.dumps(make_record(i, rng).to_json(), ensure_ascii=False)
                    c.execute("INSERT INTO records (position, status, data) VALUES (?, 'pending', ?)", (i, data))
            print(f"built {n} records in {time.perf_counter() - t:.2f} s")
            t = time.perf_counter()
            stages.freeze(p, "公示")
            freeze_s = time.perf_counter() - t
            size = p._conn.execute("SELECT length(records) FROM stages WHERE name = '公示'").fetchone()[0]
            print(f"freeze 公示: {freeze_s * 1000:.0f} ms, {size / 1e6:.2f} MB in the file")

            rows = p.records()
            picks = rng.sample(range(n), n // 20)
            fifth = len(picks) // 5
            renamed, removed, moved, cut = (picks[k * fifth:(k + 1) * fifth] for k in range(4))
            with p._tx() as c:  # the same edits the store API makes, without 250 journal groups' overhead
                for i in renamed:
                    rec = rows[i].record
                    rec.name = rec.name.replace("第", "新第", 1)
                    c.execute("UPDATE records SET data = ? WHERE id = ?", (json.dumps(rec.to_json(), ensure_ascii=False), rows[i].id))
                for i in cut:
                    rec = rows[i].record
                    rec.deeds = rec.deeds[: len(rec.deeds) // 2]
                    c.execute("UPDATE records SET data = ? WHERE id = ?", (json.dumps(rec.to_json(), ensure_ascii=False), rows[i].id))
            for i in removed:
                p.delete_record(rows[i].id)
            for i in moved:
                p.move_record(rows[i].id, rng.randrange(n - len(removed)))
            for k in range(fifth):
                p.add_record(make_record(n + k, rng), index=rng.randrange(n))
            stages.freeze(p, "最终")
            print(f"changed: {fifth} renamed, {fifth} removed, {fifth} added, {fifth} moved, {fifth} deeds cut")

            load_s, a_stage = timed(lambda: stages.load(p, "公示"), args.repeat)
            b_stage = stages.load(p, "最终")
            print(f"load one stage ({a_stage.info.count} records): {load_s * 1000:.0f} ms")
            a, b = from_stage(a_stage), from_stage(b_stage)
            diff_s, result = timed(lambda: compare(a, b), args.repeat)
            json_s, _ = timed(lambda: json.dumps(result.to_json(), ensure_ascii=False), args.repeat)
            print(f"diff 公示 → 最终: {diff_s * 1000:.0f} ms (target ≤ 1000 ms), JSON {json_s * 1000:.0f} ms;"
                  f" counts {result.counts}")

            def as_file():
                # what a read-back of an exported 汇总表 gives: no ids, fields with sources
                recs = []
                for e in a_stage.entries:
                    r = Record.from_json(e.record.to_json())
                    r.field_sources = {k: FieldSource(0, Loc()) for k in ("name", "region", "city", "deeds", "recommender")}
                    recs.append(r)
                return from_records(recs, "公示.xlsx")

            f = as_file()
            file_s, by_name = timed(lambda: compare(f, b), args.repeat)
            print(f"diff 公示.xlsx (no ids: by name and deeds) → 最终: {file_s * 1000:.0f} ms; counts {by_name.counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
