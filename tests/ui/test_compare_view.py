"""The window's stages: freeze from the menu's dialog, the comparison view listing changes by
kind with counts, a click showing the record, the form's "自“公示”以来" line, exports."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from stage_fixtures import ADDED, CUT, DROPPED, RENAME, REORDERED, apply_edits, list_records

from awardtool.store import Project, stages
from awardtool.ui import compare_view
from window_fixtures import type_text, window  # noqa: F401  (fixture)


@pytest.fixture
def listed(window, tmp_path):  # noqa: F811
    p = Project.open(tmp_path / "名单.awardproj", create=True, user="测试员")
    for rec in list_records():
        p.add_record(rec)
    window.set_project(p)
    return window


def _children(dialog, row: int) -> list[str]:
    top = dialog.tree.topLevelItem(row)
    return [top.child(i).text(0) for i in range(top.childCount())]


def test_freeze_compare_click_since_and_export(listed, qtbot, monkeypatch, tmp_path):
    w = listed
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("公示", True))
    assert compare_view.freeze_dialog(w) == "公示"
    assert [i.name for i in stages.stages(w.project)] == ["公示"]
    assert not w.form.since_label.isVisible()  # nothing changed yet

    apply_edits(w.project)
    w.reload()
    dialog = compare_view.open_compare(w)
    qtbot.addWidget(dialog)
    assert dialog.combo_a.currentData() == "公示" and dialog.combo_b.currentData() == "current"
    tops = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert tops == ["新增（1）", "删去（1）", "更名（1）", "调整位置（1）", "内容修改（1）"]
    assert "新增1条、删去1条、更名1条、调整位置1条、内容修改1条" in dialog.summary.text()
    assert _children(dialog, 1) == [f"{DROPPED}（原先进集体第5位）"]

    renamed = dialog.tree.topLevelItem(2).child(0)
    dialog.tree.setCurrentItem(renamed)
    assert w.current_row().record.name == RENAME[1]
    assert RENAME[0] in dialog.detail.toPlainText()
    assert w.form.since_label.isVisible()
    assert w.form.since_label.text() == f"自“公示”以来：名称由“{RENAME[0]}”改为“{RENAME[1]}”"
    assert w.form._labels["name"].toolTip().startswith("名称由")

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(4).child(0))
    assert w.current_row().record.name == CUT
    assert "简要事迹由" in w.form.since_label.text() and "删去" in dialog.detail.toPlainText()
    assert "line-through" in dialog.detail.toHtml()  # the deleted characters are struck through
    assert not w.form._labels["name"].toolTip()

    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0).child(0))
    assert w.current_row().record.name == ADDED.name
    assert w.form.since_label.text() == "自“公示”以来：此后新增的记录"
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(3).child(0))
    assert w.current_row().record.name == REORDERED

    assert dialog.export_to("word", tmp_path / "说明.docx").stat().st_size > 0
    assert dialog.export_to("excel", tmp_path / "变更.xlsx").stat().st_size > 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert compare_view.delete_dialog(w, dialog) == "公示"
    assert stages.stages(w.project) == [] and not w.form.since_label.isVisible()
    assert dialog.combo_a.count() == 1 and not dialog.delete_button.isEnabled()
    assert "还没有冻结任何阶段" in dialog.summary.text()


def test_a_stage_name_in_use_is_refused_with_the_reason(listed, monkeypatch):
    w = listed
    stages.freeze(w.project, "初审")
    shown = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("初审", True))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    assert compare_view.freeze_dialog(w) is None
    assert shown and "已经存在" in shown[0]


def test_the_since_line_follows_edits_once_typing_pauses(listed, qtbot):
    w = listed
    stages.freeze(w.project, "公示")
    w.since_tracker.reset()
    w.select_row(0)
    first = w.current_row().record.name
    editor = w.form.editors["name"]
    editor.setFocus()
    editor.end(False)
    type_text(editor, "（筹）")
    qtbot.waitUntil(lambda: w.form.since_label.isVisible(), timeout=3000)
    assert w.form.since_label.text() == f"自“公示”以来：名称由“{first}”改为“{first}（筹）”"
    w.undo()
    qtbot.waitUntil(lambda: not w.form.since_label.isVisible(), timeout=3000)
    w.set_status("approved")  # the review going on is not a change of the list
    qtbot.wait(400)
    assert not w.form.since_label.isVisible()


def test_an_unreadable_file_is_a_message_not_a_crash(listed, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    w = listed
    junk = tmp_path / "外来名单.docx"
    junk.write_bytes(b"\x00\x01 junk")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = compare_view.open_compare(w)
    qtbot.addWidget(dialog)
    dialog.choose_file()
    assert shown and "外来名单.docx" in shown[0]
    assert dialog.combo_a.currentData() == str(junk)  # still chosen: the clerk sees what failed
    dialog.combo_a.setCurrentIndex(dialog.combo_a.findData("current"))
    assert dialog.run_compare().changes == []
