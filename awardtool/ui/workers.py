"""The one way the window runs work off the main thread.

``run_in_background(fn, on_done, on_error, on_progress)`` wraps ``fn`` in a QRunnable whose
signals live on a separate ``WorkerSignals`` QObject (a QRunnable is not a QObject, and
mixing the two needs type-checker ignores). Results reach the main thread only through those
signals, queued, so callbacks may touch widgets and the project (sqlite connections are
per-thread: the store is only ever used from the main thread).

``fn`` receives plain data and, when it accepts them, two keyword arguments: ``progress``
(call with ``(done, total, text)``), ``partial`` (hand over a piece of the result now, e.g.
a batch of imported documents, so the main thread can store it while the worker goes on) and
``cancelled`` (a callable returning True once the caller asked to stop). Exports use ``write_pool()``: one thread, so two writes of the same
file never race.
"""

from __future__ import annotations

import inspect
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    done = Signal(object)
    error = Signal(object)
    progress = Signal(int, int, str)
    partial = Signal(object)  # a piece of the result, delivered while the work goes on


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
    (pool or QThreadPool.globalInstance()).start(task)
    return task
