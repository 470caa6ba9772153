"""Import files into the project without freezing the window.

Reading and extracting run in a worker (``run_in_background``); the worker hands over the
results in small batches and the main thread writes them to the project (sqlite connections
belong to the thread that opened them, and the store is only used from the main thread). A
cancellable QProgressDialog shows where the import is; documents that could not be read are
listed at the end in a dialog — one bad file never stops the batch.
"""

from __future__ import annotations

import hashlib
import os
import time
import zipfile
from collections import deque
from contextlib import closing
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from awardtool.ui.workers import Task, run_in_background

BATCH_SECONDS = 0.1  # hand results to the main thread at most ~10 times a second
SLICE_SECONDS = 0.02  # main thread: store documents for at most this long, then let events run


def extract_in_worker(paths: list[str], progress, partial, cancelled, pages) -> int:
    """Worker thread: collect results and pass them on in batches. Plain data only.

    Reading and extracting run in worker *processes* (awardtool.parallel): done in this
    thread they would hold the GIL and stall the window every time its main thread let go of
    it (each sqlite write does). This thread only waits and unpickles; each document comes
    with the bytes it was read from (a zip member's too), read once by ingest."""
    from awardtool.parallel import extract_paths_parallel  # heavy readers: loaded on first import

    batch: list = []
    last = time.monotonic()
    count = 0
    results = extract_paths_parallel(paths, progress=lambda done, total, p: progress(done, total or 0, p),
                                     keep_originals=True, pages=pages, cancelled=cancelled)
    with closing(results):  # a cancelled import stops the workers' remaining chunks
        for result in results:
            if cancelled():
                break
            original, result.document.original = result.document.original, None
            batch.append((result, original))
            count += 1
            if time.monotonic() - last >= BATCH_SECONDS:
                partial(batch)
                batch, last = [], time.monotonic()
    if batch:
        partial(batch)
    return count


MAX_HASHED = 200 * 1024 * 1024  # a single file larger than this is not checked for re-import


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def original_digests(paths: list[str]) -> dict[str, str]:
    """sha256 → display name of every file the paths stand for: a file, each member of a
    zip, each file under a folder — the same bytes the import stores as each document's
    original, so a file already in the project is recognised by its content, whatever its
    name or wherever it was dropped from."""
    out: dict[str, str] = {}

    def one(path: Path) -> None:
        try:
            if path.stat().st_size > MAX_HASHED:
                return
            if zipfile.is_zipfile(path):
                with zipfile.ZipFile(path) as z:
                    for info in z.infolist():
                        if not info.is_dir() and info.file_size <= MAX_HASHED:
                            out.setdefault(_digest(z.read(info)), f"{path.name}!{info.filename}")
            else:
                out.setdefault(_digest(path.read_bytes()), path.name)
        except (OSError, zipfile.BadZipFile, RuntimeError, ValueError):
            pass  # unreadable here: the import itself reports it

    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, _dirs, files in os.walk(p):
                for name in sorted(files):
                    one(Path(root) / name)
        else:
            one(p)
    return out


def already_imported(project, paths: list[str]) -> dict[str, str]:
    """The files among ``paths`` whose content is already in ``project`` (digest → name)."""
    known = {d.sha256 for d in project.documents() if d.sha256}
    if not known:
        return {}
    return {h: name for h, name in original_digests(paths).items() if h in known}


class ImportController(QObject):
    """One import at a time. ``finished(record_ids, failures)`` when done or cancelled."""

    finished = Signal(list, list)  # new record ids, [(path, message)]

    def __init__(self, parent: QWidget, store_result: Callable[[object, bytes | None], list[int]]) -> None:
        """``store_result(result, original) -> new record ids`` writes one document to the
        project on the main thread (the window makes it an undo step)."""
        super().__init__(parent)
        self._parent = parent
        self._store_result = store_result
        self._task: Task | None = None
        self._dialog: QProgressDialog | None = None
        self._ids: list[int] = []
        self._failures: list[tuple[str, str]] = []
        self._queue: deque = deque()  # results waiting to be stored on the main thread
        self._worker_done = False
        self._store_cost = 0.005  # seconds one document's write takes, averaged as they go
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._drain)
        self.show_dialogs = True
        self.skip_digests: set[str] = set()  # originals already in the project the clerk skips
        self.skipped = 0
        self.stored_documents = 0  # documents written by the running import (one undo step)

    def busy(self) -> bool:
        return self._task is not None

    def start(self, paths: list[str]) -> bool:
        if self._task is not None or not paths:
            return False
        self._ids, self._failures = [], []
        self.skipped = self.stored_documents = 0
        self._queue.clear()
        self._worker_done = False
        if self.show_dialogs:
            self._dialog = QProgressDialog(self.tr("正在导入文件……"), self.tr("取消"), 0, len(paths), self._parent)
            self._dialog.setWindowTitle(self.tr("导入"))
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(300)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self.cancel)
        self._task = run_in_background(
            extract_in_worker, self._done, self._error, self._progress, [str(p) for p in paths],
            on_partial=self._store_batch, on_pages=self._page_progress,
        )
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progress(self, done: int, total: int, path: str) -> None:
        """``total`` 0: unknown (a zip batch is unpacked as it goes) — a busy bar, not a bar
        that creeps towards a moving end."""
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, done) if total else 0)
            self._dialog.setValue(done if total else 0)
            self._dialog.setLabelText(self.tr("正在读取：{0}").format(Path(path).name))

    def _page_progress(self, path: str, page: int, pages: int) -> None:
        """A scan or photo is being read by OCR, page by page (seconds each)."""
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("正在识别文字：{0}（第 {1}/{2} 页）").format(Path(path).name, page, pages))

    def _store_batch(self, batch: list) -> None:
        self._queue.extend(batch)
        self._drain_timer.start()

    def _drain(self) -> None:
        """Store queued documents in short slices so the window keeps repainting and the
        cancel button keeps working (each store write is a committed transaction)."""
        start = time.monotonic()
        deadline = start + SLICE_SECONDS
        stored = 0
        # Stop before a write that would likely overrun the slice (a document's write is
        # mostly its commit's fsync: ~5 ms, far more on a busy disk), but always store one.
        while self._queue and (stored == 0 or time.monotonic() + self._store_cost < deadline):
            if self._task is not None and self._task.is_cancelled():
                self._queue.clear()
                break
            t = time.monotonic()
            self._store_one(*self._queue.popleft())
            self._store_cost = 0.7 * self._store_cost + 0.3 * (time.monotonic() - t)
            stored += 1
        if self._queue:
            self._drain_timer.start()
        elif self._worker_done:
            self._finish()

    def _store_one(self, result, original) -> None:
        doc = result.document
        if self.skip_digests and original is not None and _digest(original) in self.skip_digests:
            self.skipped += 1
            return
        self.stored_documents += 1
        try:
            self._ids.extend(self._store_result(result, original))
        except Exception as e:  # the store refused this one document: report, go on
            self._failures.append((doc.path, getattr(e, "message", str(e))))
            return
        if doc.error is not None:
            self._failures.append((doc.path, doc.error.message))

    def _done(self, _count: int) -> None:
        self._worker_done = True
        if not self._queue:
            self._finish()

    def _error(self, exc: BaseException) -> None:
        self._failures.append(("", self.tr("导入中断：{0}").format(exc)))
        self._done(0)

    def _finish(self) -> None:
        self._task = None
        self.skip_digests = set()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit(list(self._ids), list(self._failures))


class ImportErrorsDialog(QDialog):
    """The files that could not be read, each with the reason."""

    def __init__(self, failures: list[tuple[str, str]], imported: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果"))
        self.resize(720, 360)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("已导入 {0} 条记录；以下 {1} 个文件未能读取：").format(imported, len(failures)), self))
        table = QTableWidget(len(failures), 2, self)
        table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("原因")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        for r, (path, message) in enumerate(failures):
            table.setItem(r, 0, QTableWidgetItem(path))
            table.setItem(r, 1, QTableWidgetItem(message))
        table.resizeColumnToContents(0)
        lay.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
