"""What the project's safety costs: the writer lock, opening, backups and recovery.

Builds projects like bench_store.py's (list documents with 2–5 records each, their text
stored as the original) and prints, per size: taking and releasing the writer lock alone,
opening + closing the project (lock, SQLite lock, quick_check, backup schedule), one
backup (online backup API + quick_check of the copy + fsync), the full integrity_check of
a backup (what recovery runs per candidate), the longest a store call waits while a backup
is copied beside it (what the window could feel), and finding the recovery offer for a
damaged project.

    .venv/bin/python benchmarks/bench_project_safety.py [--docs 300 1000] [--runs 30]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import make_result  # noqa: E402

from awardtool.store import Project, backups  # noqa: E402
from awardtool.store.lockfile import ProjectLock  # noqa: E402


def build(path: Path, docs: int) -> int:
    rng = random.Random(1)
    with Project.open(path, create=True, user="bench") as p:
        for i in range(docs):
            result = make_result(i, rng)
            p.add_result(result, result.document.text().encode("utf-8"))
        return len(p.records())


def median_ms(fn, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000, max(times) * 1000


def open_close(path: Path) -> None:
    Project.open(path, wait=0).close()


def measure(folder: Path, docs: int, runs: int) -> None:
    path = folder / f"bench{docs}.awardproj"
    records = build(path, docs)
    size = path.stat().st_size / 2**20
    print(f"— {docs} documents, {records} records, {size:.1f} MB")
    med, worst = median_ms(lambda: ProjectLock.acquire(path).release(), runs * 5)
    print(f"  writer lock take + release: median {med:.2f} ms, max {worst:.2f} ms")
    open_close(path)  # the first open backs up; the following ones find a recent backup
    med, worst = median_ms(lambda: open_close(path), runs)
    print(f"  open + close (lock, quick_check, backup schedule): median {med:.1f} ms, max {worst:.1f} ms")

    with Project.open(path, wait=0) as p:
        med, worst = median_ms(lambda: backups.write_backup(p._conn, path), max(3, runs // 5))
    print(f"  one backup (online backup API, quick_check of the copy, fsync): median {med:.0f} ms, "
          f"max {worst:.0f} ms")
    with Project.open(path, wait=0) as p:
        p._backups.wait()
        rid = p.records()[0].id
        waits = []
        p._backups._start(p._conn)  # a backup copied beside the calls below
        while p._backups._copy.is_alive():
            t = time.perf_counter()
            p.record(rid)
            waits.append(time.perf_counter() - t)
        p._backups.wait()
    print(f"  store calls during a background backup: {len(waits)} calls, longest wait "
          f"{max(waits) * 1000:.1f} ms, median {statistics.median(waits) * 1000:.2f} ms")
    newest = backups.backup_files(path)[0]
    med, worst = median_ms(lambda: backups.check_backup(newest), 3)
    print(f"  integrity_check of one backup: median {med:.0f} ms")

    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle: middle + 3 * 4096] = bytes(range(256)) * 48
    path.write_bytes(bytes(data))
    t = time.perf_counter()
    try:
        Project.open(path, wait=0)
        print("  (the smashed pages were not noticed by quick_check)")
    except Exception as e:  # noqa: BLE001 - ProjectError expected
        offer = getattr(e, "data", {}).get("offer")
        took = (time.perf_counter() - t) * 1000
        print(f"  damaged project refused with its recovery offer in {took:.0f} ms "
              f"(backup with {offer.backup.records if offer else '—'} records)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[300, 1000])
    ap.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench_safety_") as tmp:
        for docs in args.docs:
            measure(Path(tmp), docs, args.runs)


if __name__ == "__main__":
    main()
