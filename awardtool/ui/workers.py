"""The one way the window runs work off the main thread.

``run_in_background(fn, on_done, on_error, on_progress)`` wraps ``fn`` in a QRunnable whose
signals live on a separate ``WorkerSignals`` QObject (a QRunnable is not a QObject, and
mixing the two needs type-checker ignores). Results reach the main thread only through those
signals, queued, so callbacks may touch widgets and the project (sqlite connections are
per-thread: the store is only ever used from the main thread).

``fn`` receives plain data and, when it accepts them, two keyword arguments: ``progress``
(call with ``(done, total, text)``), ``partial`` (hand over a piece of the result now, e.g.
a batch of imported documents, so the main thread can store it while the worker goes on) and
``cancelled`` (a callable returning True once the caller asked to stop) and ``pages`` (call
with ``(file, page, pages)`` as a slow file — a scan being OCR'd — makes progress). Exports use ``write_pool()``: one thread, so two writes of the same
file never race.

A thread suits work that mostly waits (files, sqlite, pipes). CPU-bound Python work must not
run in a thread of this process: it holds the GIL, and every call Qt makes into Python (each
table cell painted) waits for it — the window stalls. Such work goes to worker processes
with ``run_in_processes(calls, on_partial, on_done)`` (awardtool.parallel's functions).
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal


class WorkerSignals(QObject):
    done = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)
    partial = Signal(object)  # a piece of the result, delivered while the work goes on
    pages = Signal(str, int, int)  # (file, page, pages): a slow file's progress (OCR)


class Task(QRunnable):
    """A background call. Keep a reference to ``signals`` only; ``cancel()`` is thread-safe
    enough for its purpose (a bool read by the worker between items)."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancelled = False
        self.setAutoDelete(False)  # the Python side owns it; see _LIVE

    def cancel(self) -> None:
        self._cancelled = True

    def is_cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        kwargs = dict(self.kwargs)
        params = _parameters(self.fn)
        if "progress" in params:
            kwargs["progress"] = lambda done, total, text="": self.signals.progress.emit(int(done), int(total), str(text))
        if "partial" in params:
            kwargs["partial"] = self.signals.partial.emit
        if "cancelled" in params:
            kwargs["cancelled"] = self.is_cancelled
        if "pages" in params:
            kwargs["pages"] = lambda path, page, pages: self.signals.pages.emit(str(path), int(page), int(pages))
        try:
            result = self.fn(*self.args, **kwargs)
        except BaseException as e:  # noqa: BLE001 - reported to the clerk, never lost in a thread
            e.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.error.emit(e)
        else:
            self.signals.done.emit(result)


def _parameters(fn: Callable[..., Any]) -> set[str]:
    try:
        return set(inspect.signature(fn).parameters)
    except (TypeError, ValueError):
        return set()


# Tasks alive until their signals fired: otherwise Python could collect the runnable (and its
# signals QObject) while the pool still runs it.
_LIVE: set[Task] = set()
_WRITE_POOL: QThreadPool | None = None


def write_pool() -> QThreadPool:
    """A dedicated single-thread pool for writes and exports (Picard's save pool)."""
    global _WRITE_POOL
    if _WRITE_POOL is None:
        _WRITE_POOL = QThreadPool()
        _WRITE_POOL.setMaxThreadCount(1)
    return _WRITE_POOL


def run_in_background(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    *args: Any,
    on_partial: Callable[[Any], None] | None = None,
    on_pages: Callable[[str, int, int], None] | None = None,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    task = Task(fn, args, kwargs)
    _LIVE.add(task)

    def finish(callback, value):
        _LIVE.discard(task)
        if callback is not None:
            callback(value)

    task.signals.done.connect(lambda result: finish(on_done, result))
    task.signals.error.connect(lambda exc: finish(on_error, exc))
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    if on_partial is not None:
        task.signals.partial.connect(on_partial)
    if on_pages is not None:
        task.signals.pages.connect(on_pages)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


# --- worker processes ------------------------------------------------------------------------------
_PROCESS_POOL: ProcessPoolExecutor | None = None


def process_pool() -> ProcessPoolExecutor:
    """The window's worker processes (started on first use, kept for the session)."""
    global _PROCESS_POOL
    if _PROCESS_POOL is None:
        from awardtool.parallel import new_pool

        _PROCESS_POOL = new_pool()
    return _PROCESS_POOL


class ProcessTask(QObject):
    """Calls running in worker processes. ``partial(result)`` for each call as it finishes
    (in finishing order), then ``done(failed)`` once all have — ``failed`` counts the calls
    that raised or were lost with a worker. ``cancel()`` drops the calls not started yet and
    silences the task."""

    partial = Signal(object)
    done = Signal(int)
    _finished = Signal(object)  # a Future, emitted from the pool's thread → queued to ours

    def __init__(self, calls: list[tuple], parent: QObject | None = None) -> None:
        super().__init__(parent)  # deleted with its parent: late results then go nowhere
        self._cancelled = False
        self._failed = 0
        # Queued even when a future is already done at add_done_callback (then it reports
        # from this thread): results must reach the slots connected after construction.
        self._finished.connect(self._collect, Qt.ConnectionType.QueuedConnection)
        self._futures: list[Future] = []
        self._pool = process_pool()
        for fn, *args in calls:
            try:
                future = self._pool.submit(fn, *args)
            except BrokenProcessPool:  # a worker was killed earlier: start a new pool
                _reset_pool(self._pool)
                self._pool = process_pool()
                future = self._pool.submit(fn, *args)
            self._futures.append(future)
        self._waiting = len(self._futures)
        for future in self._futures:
            future.add_done_callback(self._report)
        if not self._futures:
            self._finished.emit(None)

    def _report(self, future: Future) -> None:
        """Runs in the pool's thread (or here, for a future already done)."""
        try:
            self._finished.emit(future)
        except RuntimeError:  # the task's owner, and so the task, was deleted meanwhile
            _LIVE_PROCESS_TASKS.discard(self)

    def cancel(self) -> None:
        self._cancelled = True
        for future in self._futures:
            future.cancel()

    def is_cancelled(self) -> bool:
        return self._cancelled

    def _collect(self, future: Future | None) -> None:
        if future is not None:
            self._waiting -= 1
            if not future.cancelled():
                try:
                    result = future.result()
                except BrokenProcessPool:  # a worker was killed: the next task gets a new pool
                    self._failed += 1
                    _reset_pool(self._pool)
                except Exception:  # noqa: BLE001 - counted; the caller decides what is lost
                    self._failed += 1
                else:
                    if not self._cancelled:
                        self.partial.emit(result)
        if self._waiting <= 0:
            _LIVE_PROCESS_TASKS.discard(self)
            if not self._cancelled:
                self.done.emit(self._failed)


def _reset_pool(broken: ProcessPoolExecutor) -> None:
    global _PROCESS_POOL
    if _PROCESS_POOL is broken:
        _PROCESS_POOL.shutdown(wait=False, cancel_futures=True)
        _PROCESS_POOL = None


_LIVE_PROCESS_TASKS: set[ProcessTask] = set()  # until every future reported back


def run_in_processes(calls: list[tuple], on_partial: Callable[[Any], None] | None = None,
                     on_done: Callable[[int], None] | None = None, *, parent: QObject | None = None) -> ProcessTask:
    """Run ``(fn, *args)`` calls in the worker processes; callbacks arrive on this thread
    (none once ``parent`` is deleted). ``fn`` must be a module-level function of a Qt-free
    module (the workers import it)."""
    task = ProcessTask(calls, parent)
    _LIVE_PROCESS_TASKS.add(task)
    if on_partial is not None:
        task.partial.connect(on_partial)
    if on_done is not None:
        task.done.connect(on_done)
    return task
