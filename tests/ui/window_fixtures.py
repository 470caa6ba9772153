"""Fixtures for the review-window tests (imported by the test modules that use them).

Kept out of tests/ui/conftest.py (which holds only what every GUI test needs) so the
settings and welcome tests do not pay for a project and a window.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from awardtool.records import Record
from awardtool.store import Project




def hand_records() -> list[Record]:
    return [
        Record(name="四川省成都市机关事务管理局办公室", seq=1, region="四川省",
               deeds="一是在服务发展中把握大局大势。\n二是在服务决策中主动创新创造。"),
        Record(name="四川省绵阳市机关事务管理局", seq=2, region="四川省", deeds="坚持政治引领，党建强局。"),
        Record(name="北京市机关事务管理局", seq=3, region="北京市", deeds="推进节约型机关建设。"),
        Record(name="黄文秀", kind="individual", seq=4, region="广西壮族自治区", gender="女",
               deeds="2016年7月，黄文秀毕业于北京师范大学。"),
    ]


@pytest.fixture
def project(tmp_path: Path):
    p = Project.open(tmp_path / "t.awardproj", create=True, user="测试员")
    for rec in hand_records():
        p.add_record(rec)
    yield p
    if not p.closed:
        p.close()


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from awardtool.ui.app import make_app
    from awardtool.ui.main_window import MainWindow

    make_app("zh_CN")
    w = MainWindow()
    w.importer.show_dialogs = False
    w.exporter.show_dialogs = False
    w.approval_prompt = lambda name, findings: True  # the guard's own tests answer it themselves
    w.reason_prompt = lambda status, name: ""  # 退回/有疑问 ask why; the reason tests answer themselves
    w.merge_prompt = lambda keep, drop: True  # 合并 asks first; its own test answers itself
    w.reimport_prompt = lambda names: "again"  # a file already in the project: its own test asks
    w.new_project_prompt = lambda suggested: suggested  # a first import with dialogs: beside the files
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.importer.busy():
        w.importer.cancel()
    QThreadPool.globalInstance().waitForDone(10_000)
    w.close()


def import_and_wait(qtbot, w, paths: list[Path], timeout: int = 60_000) -> tuple[list, list]:
    with qtbot.waitSignal(w.import_finished, timeout=timeout) as blocker:
        assert w.import_paths([str(p) for p in paths])
    return blocker.args[0], blocker.args[1]


def type_text(widget, text: str) -> None:
    """Type per character (qtbot.keyClicks aborts on non-ASCII)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
