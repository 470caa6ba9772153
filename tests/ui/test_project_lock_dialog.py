"""A file dialog run over the project's folder in the holding process, then cancelled, must
not let a second writer in. Qt's file dialog opens the files it lists (type sniffing, icons);
on POSIX each close of such a descriptor dropped SQLite's fcntl lock on the project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from awardtool.records import Record  # noqa: E402
from awardtool.store import Project  # noqa: E402

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_a_cancelled_file_dialog_over_the_folder_keeps_the_project_locked(qtbot, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "名单.awardproj"
    with Project.open(path, create=True) as p:
        (rid,) = p.add_record(Record("某某市机关事务管理局")).record_ids
    (tmp_path / "汇总表.xlsx").write_bytes(b"PK\x03\x04")

    with Project.open(path) as held:
        dialog = QFileDialog(None, "导出", str(tmp_path), "所有文件 (*)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        with qtbot.waitSignal(dialog.directoryEntered, timeout=5000, raising=False):
            dialog.show()
        dialog.selectFile(str(path))
        qtbot.wait(300)  # let the model stat, sniff and draw the listing
        dialog.reject()

        env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
        done = subprocess.run([sys.executable, "-m", "awardtool", "set", "--project", str(path), str(rid),
                               "notes", "第二个写入者"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
        assert done.returncode == 1, done.stdout
        assert "已在另一处打开" in done.stderr
        held.set_field(rid, "notes", "窗口的修改")
    with Project.open(path) as p:
        assert p.record(rid).record.notes == "窗口的修改"
