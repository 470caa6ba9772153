"""Work in worker processes: extraction (``extract_paths_parallel``, ``pipeline.extract_paths``
spread over the machine's cores) and the window's background checks (``check_chunk``,
``find_duplicates``).

Why processes and not a thread: reading, extracting and checking are pure-Python CPU work. In
a thread of the window's process they hold the GIL, and every call Qt makes into Python (each
table cell painted, each model index) must win the GIL back first — the window stalls for
hundreds of milliseconds. Worker processes have their own interpreters, run at a lower
priority than the window (``lower_priority``), and use every core; the window's process only
pickles the input and unpickles the results.

Files are handed out in small chunks (a chunk is one round trip; small chunks keep progress
smooth and the order cheap to restore) and results come back **in the order the files were
given**, exactly as ``extract_paths`` yields them. Workers start with the ``spawn`` method —
the only one on Windows, and safe with the Qt threads of the window's process; frozen
executables must call ``multiprocessing.freeze_support()`` first thing (packaging/entry_*.py).
This module imports no Qt, so a worker never loads PySide6.

Scans and photos take seconds a page (OCR). Any file that may need it (an image, a PDF) goes
to a worker in a chunk of its own even in a small batch, the workers report each OCR'd page
back through a queue (``pages(display, page, pages)``), and a cancelled import stops them at
the next page (an event the workers' page hook checks), not only between files.

A chunk whose worker failed (a worker process killed by the system, a result that would not
pickle) is extracted again in this process, so a batch never loses a file to the pool.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path

from awardtool.ingest import Progress
from awardtool.ingest.ocr import PageHook
from awardtool.ingest.archive import folder_files
from awardtool.ingest.sniff import extension_format
from awardtool.pipeline import DocumentResult, extract_paths
from awardtool.records import Record

# Below this many files the cost of starting worker interpreters (~0.5 s each) exceeds the gain.
MIN_PARALLEL_FILES = 8
MAX_WORKERS = 8
MAX_CHUNK = 16  # files per round trip, at most; ~4 ms a text file, ~100 ms a large PDF


def default_workers() -> int:
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


def lower_priority() -> None:
    """Worker initializer: yield the CPU to the window's process (and to the clerk's other
    programs) — a background batch may be slower, never the window."""
    try:
        if hasattr(os, "nice"):
            os.nice(10)
        elif sys.platform == "win32":
            import ctypes

            below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
    except OSError:
        pass  # not allowed to change it: run at normal priority


def new_pool(workers: int | None = None, pages=None, stop=None) -> ProcessPoolExecutor:
    """A pool of spawned, low-priority worker processes; with ``pages`` (a queue) and
    ``stop`` (an event) of the spawn context, OCR'd pages are reported and can be stopped."""
    return ProcessPoolExecutor(max_workers=workers or default_workers(),
                               mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker,
                               initargs=(pages, stop))


def _start_worker(pages, stop) -> None:
    lower_priority()
    if pages is not None or stop is not None:
        from awardtool.ingest import ocr

        ocr.set_page_hook(partial(_page_read, pages, stop))


def _page_read(pages, stop, display: str, page: int, count: int) -> None:
    """Worker side of the page hook: tell the importing process, stop when it asks."""
    if pages is not None:
        try:
            pages.put_nowait((display, page, count))
        except Exception:  # noqa: BLE001 - progress is a courtesy; the page is read either way
            pass
    if stop is not None and stop.is_set():
        from awardtool.ingest.ocr import Cancelled

        raise Cancelled()


def _ocr_busy(chunk: list[str], running) -> bool:
    """Is ``chunk`` a scan that must wait for the one being read? One OCR at a time: the
    engine already spreads a page over every core, and each reading worker holds about 1 GB
    while it detects text on a page (benchmarks/bench_ocr.py)."""
    return may_need_ocr(Path(chunk[0])) and any(
        may_need_ocr(Path(c[0])) and (f is None or not f.done()) for c, f in running)


def may_need_ocr(path: Path) -> bool:
    """Images, and PDFs (whose pages may be scans): seconds a page, one file per chunk."""
    return extension_format(path.name) in ("image", "pdf")


def list_files(paths: list[str | Path]) -> list[Path]:
    """The files ``load_paths`` will read, in its order (folders expanded, naturally sorted)."""
    return [f for p in map(Path, paths) for f in (folder_files(p) if p.is_dir() else [p])]


def _extract_chunk(files: list[str], keep_originals: bool = False) -> list[DocumentResult]:
    """Worker side: one chunk, results in order (a zip member list expands in place)."""
    return list(extract_paths(files, keep_originals=keep_originals))


def chunks(files: list[Path], workers: int) -> list[list[str]]:
    """About eight chunks per worker (so a slow file does not idle the others), at most
    ``MAX_CHUNK`` files each."""
    size = max(1, min(MAX_CHUNK, len(files) // (workers * 8)))
    out: list[list[str]] = []
    run: list[str] = []
    for f in files:
        if may_need_ocr(f):  # alone, so two scans are read side by side
            out.extend([run, [str(f)]] if run else [[str(f)]])
            run = []
            continue
        run.append(str(f))
        if len(run) == size:
            out.append(run)
            run = []
    return out + ([run] if run else [])


def extract_paths_parallel(paths: list[str | Path], workers: int | None = None,
                           progress: Progress | None = None,
                           min_parallel: int = MIN_PARALLEL_FILES,
                           keep_originals: bool = False, pages: PageHook | None = None,
                           cancelled: Callable[[], bool] | None = None) -> Iterator[DocumentResult]:
    """Like ``extract_paths``: one ``DocumentResult`` per document, in input order, with
    ``progress(done, total, display)`` after each (``total`` None when a zip makes it unknown)
    and, with ``keep_originals``, the bytes each was read from.

    With ``pages``, every OCR'd page is reported as ``pages(display, page, pages)`` and files
    that may need OCR always go to the workers. ``cancelled()`` is asked while waiting: once
    True the workers stop at their next page and no more results come.

    Small batches (fewer than ``min_parallel`` files) run in this process. Closing the
    generator early (a cancelled import) cancels the chunks not started yet."""
    files = list_files(paths)
    if len(files) < min_parallel and (pages is None or not any(map(may_need_ocr, files))):
        yield from extract_paths(files, progress, keep_originals)
        return
    total: int | None = None if any(extension_format(f.name) == "zip" for f in files) else len(files)
    workers = workers or default_workers()
    pending = deque(chunks(files, workers))
    running: deque[tuple[list[str], Future]] = deque()
    done = 0
    context = multiprocessing.get_context("spawn")
    page_queue = context.Queue() if pages is not None else None
    stop = context.Event()
    pool = new_pool(workers, page_queue, stop)
    try:
        while pending or running:
            # Keep every worker busy with a little queued behind, but never the whole batch in
            # memory at once: results wait here until the ones before them are handed out.
            while pending and len(running) < workers * 3 and not _ocr_busy(pending[0], running):
                chunk = pending.popleft()
                running.append((chunk, _submit(pool, chunk, keep_originals)))
            chunk, future = running.popleft()
            if not _wait(future, page_queue, pages, cancelled):
                return
            for result in _chunk_results(chunk, future, keep_originals):
                done += 1
                if progress is not None:
                    progress(done, total, result.document.path)
                yield result
    finally:
        stop.set()  # a worker still reading a scan stops at its next page
        pool.shutdown(wait=False, cancel_futures=True)


def _wait(future: Future | None, page_queue, pages: PageHook | None,
          cancelled: Callable[[], bool] | None) -> bool:
    """Wait for a chunk, passing on the pages read meanwhile; False once cancelled."""
    from queue import Empty

    while future is not None and not future.done():
        if cancelled is not None and cancelled():
            return False
        if page_queue is None:
            try:
                future.result(timeout=0.2)
            except Exception:  # noqa: BLE001 - a timeout, or the chunk's failure: seen below
                pass
            continue
        try:
            report = page_queue.get(timeout=0.1)
        except (Empty, OSError, EOFError):
            continue
        if pages is not None:
            pages(*report)
    while page_queue is not None and pages is not None:  # the last pages of a finished file
        try:
            pages(*page_queue.get_nowait())
        except (Empty, OSError, EOFError):
            break
    return not (cancelled is not None and cancelled())


def _submit(pool: ProcessPoolExecutor, chunk: list[str], keep_originals: bool) -> Future | None:
    try:
        return pool.submit(_extract_chunk, chunk, keep_originals)
    except RuntimeError:  # the pool broke (a worker died): the chunk runs here instead
        return None


def _chunk_results(chunk: list[str], future: Future | None, keep_originals: bool) -> list[DocumentResult]:
    if future is not None:
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - BrokenProcessPool, pickling: redo the chunk here
            pass
    return list(extract_paths(chunk, keep_originals=keep_originals))


# --- the window's background checks --------------------------------------------------------------
def check_chunk(items: list[tuple[int, Record]], word_limit: int, without_deeds=frozenset()) -> dict[int, list]:
    """Findings of each record: rid → [Finding] (each record on its own, no batch checks).
    Records in ``without_deeds`` come from a list that carries no deeds at all
    (awardtool.export.plan.documents_with_deeds): an empty 简要事迹 is not missing there."""
    from awardtool.validate import check_record

    return {rid: check_record(rec, word_limit=word_limit, has_deeds=rid not in without_deeds) for rid, rec in items}


def find_duplicates(items: list[tuple[int, int | None, Record]], labels: dict) -> tuple[dict, dict]:
    """rid → duplicate findings naming it, and RecordRef → rid, for (rid, doc_id, record)
    items in list order. A record is referred to as the clerk finds it (document, index
    within that document)."""
    from awardtool.validate import RecordRef, check_batch

    pairs, rid_of, per_doc = [], {}, {}
    for rid, doc_id, rec in items:
        index = per_doc.get(doc_id, 0)
        per_doc[doc_id] = index + 1
        ref = RecordRef(labels.get(doc_id, ""), index, rec.seq, rec.name)
        rid_of[ref] = rid
        pairs.append((rec, ref))
    out: dict[int, list] = {}
    for f in check_batch(pairs):
        for ref in f.refs:
            if ref in rid_of:
                out.setdefault(rid_of[ref], []).append(f)
    return out, rid_of
