"""Fuzz every importer with mutated files: crashes, hangs, memory and message language.

Seeds are built here (python-docx, openpyxl, LibreOffice for the PDF, plain text for the
rest), then mutated with a seeded generator: bit flips, byte overwrites, truncation,
insertion and duplication of chunks, for zip-based formats damage to one member's
compressed data or header fields, and one file in ten amplified first (wide rows, gridSpan /
colspan / rowspan / merged ranges repeated, rows repeated, zips nested in zips). Each mutated file goes through ingest and extraction
(``load_data`` + ``extract_document``, what `awardtool extract` and the window run) in a
worker process with an address-space limit; the parent gives each file ``--hang`` seconds
and replaces a worker that overruns it.

Per format it prints: files, crashes (an exception escaping ingest/extraction, or a worker
dying), hangs (over ``--hang`` s), extraction failures (an extractor bug caught by the
pipeline), messages that are not Chinese (no CJK, or English words other than format and
program names), the peak RSS of the worker and the slowest file. Nothing is asserted; the
target is zero crashes, hangs and non-Chinese messages, and a peak under 1 GB.

    .venv/bin/python benchmarks/fuzz_importers.py [--count 2000] [--seed 11] [--formats txt,csv,…]
        [--hang 10] [--budget-seconds 7200] [--jobs 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("txt", "csv", "docx", "xlsx", "html", "pdf", "zip")
ADDRESS_LIMIT = 4 * 1024 ** 3  # a runaway allocation becomes MemoryError, not a swapping machine
# Latin words a Chinese message may contain: names of formats and programs the clerk knows.
KNOWN_WORDS = {"Word", "Excel", "PDF", "XML", "WPS", "CSV", "LibreOffice", "OCR", "GBK", "UTF", "MB", "KB",
               "docx", "xlsx", "zip", "txt", "html", "doc", "xls", "pdf", "csv", "rtf", "odt", "wps"}
_CJK = re.compile(r"[\u4e00-\u9fff]")

UNITS = ["四川省成都市机关事务管理局", "吉林省长春市宽城区群英街道西道口社区居民委员会", "江苏省南京市鼓楼区人民医院",
         "浙江省杭州市西湖区教育局", "广东省深圳市南山区科技创新局", "湖北省武汉市江岸区卫生健康局"]
PEOPLE = [("张伟", "男", "汉族"), ("李娜", "女", "回族"), ("王强", "男", "汉族"), ("刘洋", "女", "满族")]
DEEDS = "该同志始终坚持以人民为中心，认真履职尽责，在机关事务工作中成绩突出，群众满意度高。"


# --- seeds ------------------------------------------------------------------------------------------
def seed_text() -> str:
    lines = ["全国机关事务工作先进集体拟表彰名单", "序号\t名称\t主要事迹"]
    lines += [f"{i}\t{u}\t{DEEDS}" for i, u in enumerate(UNITS, 1)]
    lines += ["", "先进个人", *(f"{n}，{g}，{e}，{UNITS[i]}科员。{DEEDS}" for i, (n, g, e) in enumerate(PEOPLE))]
    return "\n".join(lines) + "\n"


def seed_csv() -> str:
    rows = ["序号,推荐对象名称,所在地区,主要事迹"]
    rows += [f'{i},{u},{u[:3]},"{DEEDS}"' for i, u in enumerate(UNITS, 1)]
    return "\r\n".join(rows) + "\r\n"


def seed_docx() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("全国机关事务工作先进个人推荐审批表", 0)
    d.add_paragraph("推荐单位：某某市机关事务管理局")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, ("序号", "姓名", "单位及职务", "主要事迹")):
        cell.text = text
    for i, (name, _, _) in enumerate(PEOPLE, 1):
        row = t.add_row().cells
        for cell, text in zip(row, (str(i), name, UNITS[i], DEEDS)):
            cell.text = text
    merged = t.add_row().cells
    merged[0].merge(merged[3]).text = "以上人员经公示无异议"
    for u in UNITS:
        d.add_paragraph(u, style="List Number")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def seed_xlsx() -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推荐汇总表"
    ws.append(["全国机关事务工作先进集体推荐汇总表"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "推荐对象名称", "所在地区", "主要事迹", "备注"])
    for i, u in enumerate(UNITS, 1):
        ws.append([i, u, u[:3], DEEDS, None])
    ws.merge_cells("E3:E5")
    ws2 = wb.create_sheet("个人")
    ws2.append(["序号", "姓名", "性别", "民族"])
    for i, p in enumerate(PEOPLE, 1):
        ws2.append([i, *p])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def seed_html() -> str:
    rows = "".join(f"<tr><td>{i}</td><td>{u}</td><td colspan=2>{u[:3]}</td></tr>" for i, u in enumerate(UNITS, 1))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>公示</title><script>var a=1;</script></head><body>'
        '<div class="nav"><a href="/">首页</a> | <a href="/zw">政务公开</a></div>'
        "<div class='article'><h1>关于全国机关事务工作先进集体拟表彰名单的公示</h1>"
        f"<p>{DEEDS}</p><table border=1><tr><th>序号</th><th>名称</th><th colspan=2>地区</th></tr>{rows}</table>"
        + "".join(f"<p>{i}. {n}（{g}，{e}）</p>" for i, (n, g, e) in enumerate(PEOPLE, 1))
        + "<embed src='x.swf'></div><div class='footer'>版权所有</div></body></html>"
    )


def seed_pdf(docx_bytes: bytes) -> bytes:
    """The docx seed printed to PDF by LibreOffice (a real text layer, CJK fonts, ruled
    table); a minimal hand-written PDF when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp, "seed.docx")
            src.write_bytes(docx_bytes)
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf", "--outdir", tmp, str(src)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=False)
            out = Path(tmp, "seed.pdf")
            if out.exists() and out.stat().st_size:
                return out.read_bytes()
    content = b"BT /F1 12 Tf 72 720 Td (Seed list 1 Chengdu 2 Changchun) Tj ET"
    objs = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
            b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>",
            b"<</Length %d>>stream\n" % len(content) + content + b"\nendstream",
            b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def seed_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members.items()):
            z.writestr(name, data, compress_type=(zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED, zipfile.ZIP_LZMA)[i % 3])
        inner = io.BytesIO()
        with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zi:
            zi.writestr("内层/名单.txt", members["报送/名单.txt"])
        z.writestr("嵌套.zip", inner.getvalue())
    return buf.getvalue()


def build_seeds() -> dict[str, list[bytes]]:
    text = seed_text()
    docx_bytes = seed_docx()
    xlsx_bytes = seed_xlsx()
    seeds = {
        "txt": [text.encode("utf-8"), text.encode("gb18030"), text.encode("utf-16")],
        "csv": [seed_csv().encode("utf-8"), seed_csv().encode("gbk")],
        "docx": [docx_bytes],
        "xlsx": [xlsx_bytes],
        "html": [seed_html().encode("utf-8"), seed_html().replace("utf-8", "gbk").encode("gbk")],
        "pdf": [seed_pdf(docx_bytes)],
    }
    seeds["zip"] = [seed_zip({"报送/名单.txt": seeds["txt"][1], "报送/推荐表.docx": docx_bytes,
                              "报送/汇总表.xlsx": xlsx_bytes, "报送/公示.html": seeds["html"][0]})]
    return seeds


# --- mutations --------------------------------------------------------------------------------------
def flip_bits(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b)


def overwrite_bytes(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(b))
        n = min(rng.randint(1, 16), len(b) - at)
        b[at:at + n] = bytes(rng.choice((0x00, 0xff, 0x0b, 0x80, rng.randrange(256))) for _ in range(n))
    return bytes(b)


def truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(1, len(data))]


def insert_chunk(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    chunk = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    return data[:at] + chunk + data[at:]


def duplicate_chunk(rng: random.Random, data: bytes) -> bytes:
    a = rng.randrange(len(data))
    b = min(len(data), a + rng.randint(1, 4096))
    at = rng.randrange(len(data) + 1)
    return data[:at] + data[a:b] * rng.randint(1, 8) + data[at:]


def damage_zip_member(rng: random.Random, data: bytes) -> bytes:
    """Garbage in one member's compressed data, or a lie in its header (sizes, method, CRC,
    name length): what a broken download or a bad archiver produces."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except Exception:  # already damaged past opening: flip bits instead
        return flip_bits(rng, data)
    if not infos:
        return flip_bits(rng, data)
    info = rng.choice(infos)
    b = bytearray(data)
    h = info.header_offset
    start = h + 30 + int.from_bytes(b[h + 26:h + 28], "little") + int.from_bytes(b[h + 28:h + 30], "little")
    choice = rng.randrange(4)
    if choice == 0 and info.compress_size:
        at = start + rng.randrange(info.compress_size)
        n = min(rng.randint(1, 32), start + info.compress_size - at)
        b[at:at + n] = bytes(rng.randrange(256) for _ in range(n))
    elif choice == 1:  # local header: method, CRC, sizes
        field_at = rng.choice((8, 14, 18, 22))
        width = 2 if field_at == 8 else 4
        b[h + field_at:h + field_at + width] = bytes(rng.randrange(256) for _ in range(width))
    elif choice == 2:  # central directory entry of the same member
        cd = data.find(b"PK\x01\x02" + data[h + 4:h + 6])
        if cd >= 0:
            field_at = rng.choice((10, 16, 20, 24, 42))
            b[cd + field_at:cd + field_at + 2] = bytes(rng.randrange(256) for _ in range(2))
    else:
        b[h:h + 4] = b"PK\x00\x00"
    return bytes(b)


def _rewrite_part(package: bytes, part: str, edit) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            dst.writestr(info, edit(data) if info.filename == part else data)
    return out.getvalue()


def amplify(rng: random.Random, data: bytes, fmt: str) -> bytes:
    """Structure that costs more to read than its size suggests (issue 11's findings): wide
    rows, repeated spans and merges, rows repeated, zips nested in zips."""
    n = rng.choice((10, 100, 1000))
    if fmt in ("txt", "csv"):
        line = data.splitlines()[rng.randrange(len(data.splitlines()))] if data.strip() else b"x"
        sep = b"," if fmt == "csv" else b"\t"
        return data + (line + sep * rng.choice((64, 5000, 50_000)) + b"\n") * n
    if fmt == "html":
        span = f"rowspan={rng.choice((2, 64, 9999))} colspan={rng.choice((2, 64, 9999))}".encode()
        page = re.sub(rb"<t([dh])", rb"<t\1 " + span, data)
        return re.sub(rb"(<tr>.*?</tr>)", lambda m: m.group(1) * n, page, count=1, flags=re.S)
    if fmt == "docx":
        def edit(xml: bytes) -> bytes:
            xml = xml.replace(b"<w:tcPr>", f'<w:tcPr><w:gridSpan w:val="{rng.choice((64, 999))}"/><w:vMerge/>'.encode())
            return re.sub(rb"(<w:tr[ >].*?</w:tr>)", lambda m: m.group(1) * n, xml, count=1, flags=re.S)
        return _rewrite_part(data, "word/document.xml", edit)
    if fmt == "xlsx":
        refs = "".join(f'<mergeCell ref="A{i % 7 + 1}:XFD{1_048_000 - i}"/>' for i in range(n * 10))
        return _rewrite_part(data, "xl/worksheets/sheet1.xml", lambda xml: re.sub(
            rb"<mergeCells.*?</mergeCells>", f'<mergeCells count="{n * 10}">{refs}</mergeCells>'.encode(), xml, flags=re.S))
    if fmt == "zip":
        for _ in range(rng.randint(1, 4)):
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                for i in range(rng.randint(1, 4)):
                    z.writestr(f"{i}.zip", data)
            data = buf.getvalue()
        return data
    return duplicate_chunk(rng, data)


BYTE_MUTATIONS = (flip_bits, overwrite_bytes, truncate, insert_chunk, duplicate_chunk)
ZIP_FORMATS = {"docx", "xlsx", "zip"}


def mutate(rng: random.Random, data: bytes, fmt: str) -> tuple[str, bytes]:
    if rng.random() < 0.1:  # now and then amplified structure, then maybe a byte mutation on top
        data = amplify(rng, data, fmt)
        if rng.random() < 0.5:
            return "amplify", data
    ops = BYTE_MUTATIONS + ((damage_zip_member, damage_zip_member) if fmt in ZIP_FORMATS else ())
    op = rng.choice(ops)
    out = op(rng, data)
    if rng.random() < 0.2:  # a second mutation now and then
        op2 = rng.choice(ops)
        out = op2(rng, out) if out else out
        return f"{op.__name__}+{op2.__name__}", out
    return op.__name__, out


# --- the worker ---------------------------------------------------------------------------------------
def non_chinese(message: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z_]{3,}", message) if w not in KNOWN_WORDS]
    return not _CJK.search(message) or bool(words)


def worker(conn) -> None:
    """Read (name, data) jobs and answer (outcome, detail, seconds, peak RSS in KB)."""
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_LIMIT, ADDRESS_LIMIT))
    except (ValueError, OSError):
        pass
    import logging

    logging.disable(logging.CRITICAL)  # pdfminer and readability log every damaged file
    from awardtool.ingest import load_data
    from awardtool.pipeline import extract_document

    while True:
        job = conn.recv()
        if job is None:
            return
        name, data = job
        started = time.perf_counter()
        outcome, detail = "ok", ""
        try:
            for doc in load_data(data, name):
                result = extract_document(doc)
                messages = [n.message for n in doc.warnings + result.extraction.warnings]
                if doc.error is not None:
                    messages.append(doc.error.message)
                    if doc.error.code == "extract_failed":
                        outcome, detail = "extract_failed", doc.path
                bad = [m for m in messages if non_chinese(m.replace(doc.path, "").replace(name, ""))]
                if bad and outcome == "ok":
                    outcome, detail = "non_chinese", bad[0]
                result.to_json()  # what `extract --json` prints must be encodable
                for block in doc.blocks:  # and what the project stores
                    text = block.text if hasattr(block, "text") else "".join(c.text for r in block.rows for c in r)
                    text.encode("utf-8")
        except BaseException as e:  # noqa: BLE001 - the point is to count what escapes
            outcome, detail = "crash", "".join(traceback.format_exception_only(type(e), e)).strip()[:300]
        seconds = time.perf_counter() - started
        conn.send((outcome, detail, seconds, peak_rss_kb()))


def peak_rss_kb() -> int:
    """This process's own peak RSS: VmHWM on Linux (ru_maxrss would include the parent's
    size at fork, which survives exec), ru_maxrss elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


@dataclass
class Tally:
    files: int = 0
    outcomes: Counter = field(default_factory=Counter)
    peak_kb: int = 0
    slowest: float = 0.0
    examples: dict[str, list[str]] = field(default_factory=dict)
    by_mutation: Counter = field(default_factory=Counter)

    def add(self, outcome: str, detail: str, mutation: str, path: str) -> None:
        self.outcomes[outcome] += 1
        if outcome != "ok":
            self.by_mutation[(outcome, mutation.split("+")[0])] += 1
            ex = self.examples.setdefault(outcome, [])
            if len(ex) < 3:
                ex.append(f"{path}: {detail}")


class Runner:
    """One worker process at a time per format; replaced after a hang or a death."""

    def __init__(self, hang: float) -> None:
        self.hang = hang
        self.ctx = multiprocessing.get_context("spawn")
        self.proc = None
        self.conn = None

    def start(self) -> None:
        parent, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=worker, args=(child,), daemon=True)
        self.proc.start()
        self.conn = parent

    def stop(self, kill: bool = False) -> None:
        if self.proc is None:
            return
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.proc = None

    def run(self, name: str, data: bytes) -> tuple[str, str, float, int]:
        if self.proc is None:
            self.start()
        started = time.perf_counter()
        try:
            self.conn.send((name, data))
            if self.conn.poll(self.hang):
                return self.conn.recv()
        except (EOFError, BrokenPipeError, OSError):
            code = self.proc.exitcode
            self.stop(kill=True)
            return "crash", f"worker died (exit {code})", time.perf_counter() - started, 0
        self.stop(kill=True)
        return "hang", f"over {self.hang:.0f} s", time.perf_counter() - started, 0


def run_format(fmt: str, seeds: list[bytes], args, deadline: float, keep: Path | None) -> Tally:
    rng = random.Random(f"{args.seed}:{fmt}")
    runner = Runner(args.hang)
    tally = Tally()
    try:
        for i in range(args.count):
            if time.monotonic() > deadline:
                break
            mutation, data = mutate(rng, rng.choice(seeds), fmt)
            if not data:
                continue
            name = f"fuzz/{fmt}-{i:05d}.{fmt}"
            outcome, detail, seconds, peak = runner.run(name, data)
            tally.files += 1
            tally.peak_kb = max(tally.peak_kb, peak)
            tally.slowest = max(tally.slowest, seconds)
            tally.add(outcome, detail, mutation, name)
            if keep is not None and outcome not in ("ok",):
                (keep / Path(name).name).write_bytes(data)
    finally:
        runner.stop()
    return tally


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=2000, help="mutated files per format")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--hang", type=float, default=10.0, help="seconds after which a file counts as a hang")
    ap.add_argument("--budget-seconds", type=float, default=7200.0, help="stop starting files after this long")
    ap.add_argument("--keep", type=Path, help="write the files that failed here, to reproduce them")
    args = ap.parse_args()
    formats = [f for f in args.formats.split(",") if f]
    keep = args.keep
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    deadline = started + args.budget_seconds
    seeds = build_seeds()
    print(f"seeds built in {time.monotonic() - started:.1f} s: "
          + ", ".join(f"{f} {len(s)}×{max(map(len, s)) // 1024} KB" for f, s in seeds.items()), flush=True)
    print(f"{'format':<6} {'files':>6} {'crash':>6} {'hang':>5} {'extract':>8} {'non-zh':>7} {'peak MB':>8} "
          f"{'slowest s':>9} {'seconds':>8}", flush=True)
    totals = Counter()
    report = []
    for fmt in formats:
        t0 = time.monotonic()
        tally = run_format(fmt, seeds[fmt], args, deadline, keep)
        o = tally.outcomes
        totals.update(o)
        print(f"{fmt:<6} {tally.files:>6} {o['crash']:>6} {o['hang']:>5} {o['extract_failed']:>8} {o['non_chinese']:>7} "
              f"{tally.peak_kb / 1024:>8.0f} {tally.slowest:>9.2f} {time.monotonic() - t0:>8.0f}", flush=True)
        report.append((fmt, tally))
    print(f"total: {sum(totals.values())} files, {totals['crash']} crashes, {totals['hang']} hangs, "
          f"{totals['extract_failed']} extraction failures, {totals['non_chinese']} non-Chinese messages, "
          f"{time.monotonic() - started:.0f} s")
    for fmt, tally in report:
        for outcome, examples in tally.examples.items():
            muts = ", ".join(f"{m} {n}" for (oc, m), n in tally.by_mutation.most_common() if oc == outcome)
            print(f"\n{fmt} {outcome} ({muts}):")
            for ex in examples:
                print(f"  {ex}")


if __name__ == "__main__":
    sys.exit(main())
