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

A chunk whose worker failed (a worker process killed by the system, a result that would not
pickle) is extracted again in this process, so a batch never loses a file to the pool.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from awardtool.ingest import Progress
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


def new_pool(workers: int | None = None) -> ProcessPoolExecutor:
    """A pool of spawned, low-priority worker processes."""
    return ProcessPoolExecutor(max_workers=workers or default_workers(),
                               mp_context=multiprocessing.get_context("spawn"), initializer=lower_priority)


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
    return [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]


def extract_paths_parallel(paths: list[str | Path], workers: int | None = None,
                           progress: Progress | None = None,
                           min_parallel: int = MIN_PARALLEL_FILES,
                           keep_originals: bool = False) -> Iterator[DocumentResult]:
    """Like ``extract_paths``: one ``DocumentResult`` per document, in input order, with
    ``progress(done, total, display)`` after each (``total`` None when a zip makes it unknown)
    and, with ``keep_originals``, the bytes each was read from.

    Small batches (fewer than ``min_parallel`` files) run in this process. Closing the
    generator early (a cancelled import) cancels the chunks not started yet."""
    files = list_files(paths)
    if len(files) < min_parallel:
        yield from extract_paths(files, progress, keep_originals)
        return
    total: int | None = None if any(extension_format(f.name) == "zip" for f in files) else len(files)
    workers = workers or default_workers()
    pending = deque(chunks(files, workers))
    running: deque[tuple[list[str], Future]] = deque()
    done = 0
    pool = new_pool(workers)
    try:
        while pending or running:
            # Keep every worker busy with a little queued behind, but never the whole batch in
            # memory at once: results wait here until the ones before them are handed out.
            while pending and len(running) < workers * 3:
                chunk = pending.popleft()
                running.append((chunk, _submit(pool, chunk, keep_originals)))
            chunk, future = running.popleft()
            for result in _chunk_results(chunk, future, keep_originals):
                done += 1
                if progress is not None:
                    progress(done, total, result.document.path)
                yield result
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


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
