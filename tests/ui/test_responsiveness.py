"""What keeps the window responsive still behaves: the pinned PySide6 (6.11.2; 6.12.0 leaked
references to None and True) does not abort a long session, CPU work runs in worker
processes, typing in the filter box waits for a pause, the findings panel reuses its rows,
and an import of unknown size shows a busy bar.
(Speed itself is measured by benchmarks/bench_ui.py, not asserted here.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QWidget  # noqa: E402
from window_fixtures import import_and_wait, project, window  # noqa: E402,F401

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

LONG_SESSION = """
import sys
import awardtool.ui
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton
class O(QObject):
    s = Signal()
app = QApplication([])
b, o = QPushButton(), O()
for i in range(60_000):  # a fresh interpreter holds ~5,000 references to None and True
    b.setEnabled(True)   # returns void: PySide6 6.12.0 on Python 3.11 dropped a reference to None
    o.s.emit()           # returns True without a reference
print("alive")
"""


def test_a_long_session_does_not_abort_python():
    r = subprocess.run([sys.executable, "-c", LONG_SESSION], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip().endswith("alive")


def test_findings_arrive_from_worker_processes(qtbot, window, project):
    """Every row gets the findings the checker gives, computed off the window's process."""
    from awardtool.validate import check_record

    w = window
    w.set_project(project)
    qtbot.waitUntil(lambda: w.state._check_task is None and w.state._dup_task is None, timeout=60_000)
    rows = w.model.rows()
    assert rows and all(r.findings is not None for r in rows)
    for r in rows:
        own = [f for f in r.findings if f.code != "duplicate"]
        assert own == check_record(r.record, word_limit=w.state.word_limit)


def test_filter_waits_for_a_pause_then_applies_once(qtbot, window, project):
    w = window
    w.set_project(project)
    applied = []
    real = w.proxy.set_text
    w.proxy.set_text = lambda text: (applied.append(text), real(text))
    for text in ("成", "成都", "成都市"):
        w.filter_edit.setText(text)
    assert applied == [] and w.proxy.rowCount() == 4
    qtbot.waitUntil(lambda: applied == ["成都市"], timeout=2000)
    assert w.proxy.rowCount() == 1
    assert "成都市" in w.proxy.index(0, 2).data()


def test_findings_panel_reuses_its_rows(qtbot, window, project):
    w = window
    w.set_project(project)
    panel = w.findings
    widgets_before = set(panel.findChildren(QWidget))
    for r in range(4):
        w.select_row(r)
        row = w.current_row()
        assert panel.findings() == row.findings
        shown = [x for x in panel._row_widgets if not x.isHidden()]
        assert [x.finding for x in shown] == row.findings[:len(shown)]
        assert len(panel.fix_buttons) == sum(1 for f in row.findings[:len(shown)] if f.fix is not None)
    assert set(panel.findChildren(QWidget)) == widgets_before


def test_zip_import_shows_a_busy_bar(qtbot, window, tmp_path, seed_list, seed_narrative):
    import zipfile

    batch = tmp_path / "batch.zip"
    with zipfile.ZipFile(batch, "w") as z:
        z.write(seed_list, "a.txt")
        z.write(seed_narrative, "b.txt")
    w = window
    w.importer.show_dialogs = True
    seen = []
    real = w.importer._progress

    def spy(done, total, path):
        real(done, total, path)
        seen.append((total, w.importer._dialog.maximum()))

    w.importer._progress = spy  # before the import starts: the worker reports to it
    ids, failures = import_and_wait(qtbot, w, [batch])
    w.importer.show_dialogs = False
    assert len(ids) > 2 and not failures
    assert seen and all(total == 0 and maximum == 0 for total, maximum in seen)


def test_a_killed_worker_is_reported_and_replaced(qtbot):
    """A worker process that dies (the system killed it) fails its call, not the window; the
    next task runs in a fresh pool."""
    from awardtool.parallel import check_chunk
    from awardtool.records import Record
    from awardtool.ui.workers import run_in_processes

    failed, results = [], []
    with qtbot.waitSignal(run_in_processes([(os._exit, 3)], on_done=failed.append).done, timeout=60_000):
        pass
    assert failed == [1]
    task = run_in_processes([(check_chunk, [(7, Record(name="北京市机关事务管理局"))], 300)], results.append)
    with qtbot.waitSignal(task.done, timeout=60_000) as blocker:
        pass
    assert blocker.args == [0] and list(results[0]) == [7]
