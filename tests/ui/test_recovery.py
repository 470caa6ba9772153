"""Opening a damaged project in the window asks, in plain Chinese, whether to restore the
newest good backup — saying its time and what it holds — and then opens the restored
project with every backed-up record."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from window_fixtures import window  # noqa: E402,F401

from awardtool.records import Record  # noqa: E402
from awardtool.store import Project  # noqa: E402

pytestmark = pytest.mark.gui
NAMES = [f"某某省第{i}市机关事务管理局后勤服务中心" for i in range(60)]


def _damaged_project_with_backup(tmp_path):
    path = tmp_path / "名单.awardproj"
    with Project.open(path, create=True) as p:
        for name in NAMES:
            p.add_record(Record(name, deeds="坚持服务保障，节约型机关建设成效明显。" * 20))
    Project.open(path).close()  # the backup made on opening
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096
    data[middle: middle + 3 * 4096] = bytes(range(256)) * 48
    path.write_bytes(bytes(data))
    return path


def _answer(qtbot, buttons: list[str | None], seen: list) -> None:
    """Answer the next message boxes in turn: click each text (None: the default button)
    and note what each box said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def box():
        w = QApplication.activeModalWidget()
        return w if isinstance(w, QMessageBox) and w not in [s[3] for s in seen] else None

    def click():
        qtbot.waitUntil(lambda: box() is not None, timeout=10_000)
        b = box()
        seen.append((b.windowTitle(), b.text(), b.informativeText(), b))
        text = buttons.pop(0)
        target = next((x for x in b.buttons() if x.text() == text), None) if text else b.defaultButton()
        (target or b.buttons()[0]).click()
        if buttons:
            QTimer.singleShot(0, click)

    QTimer.singleShot(0, click)


def test_window_offers_the_backup_and_opens_the_restored_project(window, qtbot, tmp_path):
    path = _damaged_project_with_backup(tmp_path)
    seen: list = []
    _answer(qtbot, ["用备份恢复", None], seen)
    assert window.open_project(str(path))
    title, text, info, _ = seen[0]
    assert title == "项目文件已损坏" and "名单.awardproj" in text and "已损坏" in text
    assert "60 条记录" in info and "要用这份备份恢复吗" in info
    assert "page" not in text + info
    assert seen[1][0] == "已恢复" and "已改名为" in seen[1][1]
    assert [r.record.name for r in window.project.records()] == NAMES
    assert list(tmp_path.glob("名单.awardproj.before-restore-*"))
