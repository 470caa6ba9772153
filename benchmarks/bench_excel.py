"""Excel export speed: 1,000 records (half 集体, half 个人, ~250-character 简要事迹) to a
print-ready workbook, with and without the 统计/审核记录 sheets. Goal: well under a second.

Run: .venv/bin/python benchmarks/bench_excel.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from awardtool.export.excel import AuditInfo, export_xlsx
from awardtool.export.ordering import PROVINCES
from awardtool.export.xlsx_layout import line_count
from awardtool.records import Record

DEEDS = (
    "该同志始终坚持以习近平新时代中国特色社会主义思想为指导，认真履行岗位职责，"
    "在机关事务保障、节约型机关建设和公共机构节能工作中成绩突出，2020 年牵头完成"
    "办公用房清理整改 120 余项，推动建立统一规范的资产管理制度。\n"
    "疫情防控期间连续奋战 60 余天，保障了机关正常运转，得到干部职工广泛好评。"
)


def make_records(n: int) -> list[Record]:
    out = []
    for i in range(n):
        region = PROVINCES[i % len(PROVINCES)]
        if i % 2:
            out.append(Record(name=f"{region}机关事务管理局第{i}办公室", seq=i + 1, region=region,
                              unit_type="机关", recommender=f"{region}人民政府", deeds=f"{DEEDS}（{i}）"))
        else:
            out.append(Record(name=f"王{i}", kind="individual", seq=i + 1, region=region, gender="男",
                              ethnicity="汉族", birth="1975.03", politics="中共党员",
                              position=f"{region}机关事务管理局处长", recommender=f"{region}人民政府", deeds=f"{DEEDS}（{i}）"))
    return out


def timed(fn, repeat: int = 5) -> tuple[float, float]:
    """Median wall time and median CPU time (the machine is shared: CPU time is the figure
    that does not depend on what else runs). The text-measure cache is cleared each run so
    that a repeat does not measure a warm cache."""
    wall, cpu = [], []
    for _ in range(repeat):
        line_count.cache_clear()
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    records = make_records(1000)
    audit = [AuditInfo(source_path="名单.docx", extracted=r, status="approved", approved_by="张三") for r in records]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "汇总表.xlsx"
        wall, cpu = timed(lambda: export_xlsx(records, out))
        print(f"export_xlsx 1000 records: {wall:.3f} s wall, {cpu:.3f} s CPU (medians), "
              f"{out.stat().st_size // 1024} KiB")
        wall, cpu = timed(lambda: export_xlsx(records, out, audit=audit, editable=True, group_by="region",
                                              order_by="strokes"))
        print(f"  + 统计/审核记录, editable, region/stroke order: {wall:.3f} s wall, {cpu:.3f} s CPU")


if __name__ == "__main__":
    main()
