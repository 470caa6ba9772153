"""OCR speed and memory: seconds per A4 page of a scanned 推荐审批表 at 150 and 200 dpi through
awardtool's reader (load the image, deskew, remove the seal, OCR, rebuild the cells), against
the bare engine on the same image in the same run (RapidOCR with its default settings, and
with awardtool's settings, so the cost of the steps around the engine shows on its own); then
the peak memory of reading a 20-page scanned PDF. Goals: ≤ 4 s a page at 200 dpi, ≤ 1.3× the
bare engine, ≤ 1.5 GB for the 20 pages. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_ocr.py [--repeat R] [--pages N]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from scan_forms import scanned_form  # noqa: E402

GOAL_SECONDS = 4.0
GOAL_RATIO = 1.3
GOAL_MB = 1536


def page_png(dpi: int, seed: int = 1) -> bytes:
    buf = io.BytesIO()
    scanned_form(dpi=dpi, angle=1.0, seed=seed).save(buf, "PNG")
    return buf.getvalue()


def timed(fn, repeat: int) -> tuple[float, float, float]:
    """(best wall seconds, median wall seconds, least CPU seconds of this process's threads).
    On a shared machine the wall clock mostly measures the neighbours; CPU time much less."""
    runs, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        runs.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return min(runs), statistics.median(runs), min(cpu)


def speed(repeat: int) -> None:
    from PIL import Image
    from rapidocr_onnxruntime import RapidOCR

    from awardtool.ingest import ocr
    from awardtool.ingest.scan import read_image

    t = time.perf_counter()
    ocr.engine()
    print(f"engine load: {time.perf_counter() - t:.2f} s; settings {ocr.engine_settings()}")
    bare_default = RapidOCR()
    bare_tuned = RapidOCR(**ocr.engine_settings())
    print(f"{'dpi':>4} {'pixels':>11} {'awardtool best/median (CPU)':>30} {'bare default (CPU)':>20} "
          f"{'bare, our settings (CPU)':>25} {'ratio':>6} {'CPU ratio':>9} {'vs ours':>8}")
    for dpi in (150, 200):
        data = page_png(dpi)
        bgr = np.asarray(Image.open(io.BytesIO(data)).convert("RGB"))[:, :, ::-1].copy()
        read_image(data, "warm-up.png")
        ours = timed(lambda: read_image(data, "page.png"), repeat)
        default = timed(lambda: bare_default(bgr), repeat)
        tuned = timed(lambda: bare_tuned(bgr), repeat)
        print(f"{dpi:>4} {bgr.shape[1]}×{bgr.shape[0]:<5} {ours[0]:>9.2f} / {ours[1]:.2f} s ({ours[2]:5.2f} s) "
              f"{default[0]:>9.2f} s ({default[2]:5.2f} s) {tuned[0]:>14.2f} s ({tuned[2]:5.2f} s) "
              f"{ours[0] / default[0]:>6.2f} {ours[2] / default[2]:>9.2f} {ours[0] / tuned[0]:>8.2f}"
              + ("" if ours[0] <= GOAL_SECONDS else f"   (goal ≤ {GOAL_SECONDS:.0f} s)"))
    print(f"ratio = awardtool / bare engine with its default settings, best wall and least CPU time "
          f"(goal ≤ {GOAL_RATIO}×); 'vs ours' = against the bare engine with awardtool's settings")


# The child's own peak: VmHWM is per address space (reset by exec), whereas Linux carries
# ru_maxrss over from the parent through fork and exec.
PEAK_MB = """def peak_mb():
    try:
        with open('/proc/self/status') as f:
            return next(int(ln.split()[1]) for ln in f if ln.startswith('VmHWM')) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024"""


def batch_memory(pages: int) -> None:
    """Peak resident memory of a child process that reads a ``pages``-page scanned PDF."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "批量扫描.pdf"
        images = [scanned_form(dpi=200, angle=(i % 5 - 2) * 0.5, seed=i) for i in range(pages)]
        images[0].save(pdf, "PDF", resolution=200, save_all=True, append_images=images[1:])
        del images
        code = (
            "import resource, sys, time\n"
            f"{PEAK_MB}\n"
            "from awardtool.ingest import load_path\n"
            "t = time.perf_counter()\n"
            "(doc,) = load_path(sys.argv[1])\n"
            "took = time.perf_counter() - t\n"
            "tables = len(doc.tables())\n"
            "peak = peak_mb()\n"
            "print(f'{tables} {took:.1f} {peak:.0f} {doc.error}')\n"
        )
        out = subprocess.run([sys.executable, "-c", code, str(pdf)], capture_output=True, text=True, check=True,
                             cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        tables, took, peak, error = out.stdout.split(maxsplit=3)
        print(f"{pages}-page scanned PDF ({pdf.stat().st_size / 1e6:.1f} MB): {took} s "
              f"({float(took) / pages:.2f} s a page), {tables} tables, peak memory {peak} MB "
              f"(goal ≤ {GOAL_MB} MB), error: {error.strip()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pages", type=int, default=20)
    args = ap.parse_args()
    print(f"cores: {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}")
    batch_memory(args.pages)
    speed(args.repeat)
    print(f"this process peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
