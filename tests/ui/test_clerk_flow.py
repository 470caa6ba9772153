"""The clerk's day with the keyboard (issue 14): where the cursor goes after a fix or an
approval, window keys from inside a field, PgDn in the deeds, each record opening at the top
of the form, F4, Ctrl+F in the document, Ctrl+S, reasons for 退回/有疑问."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from window_fixtures import project, type_text, window  # noqa: E402,F401

from awardtool.records import Record  # noqa: E402

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def long_deeds(n: int) -> str:
    return "\n".join(f"第{i}段：该同志扎根基层，服务群众，完成了各项任务，受到一致好评。" for i in range(n))


@pytest.fixture
def opened(qtbot, window, project):
    """The hand-made project plus a record with a fixable finding and one with long deeds."""
    project.add_record(Record(name="江苏省南京市 机关事务管理局", seq=5, region="江苏省", deeds="做好服务保障。"))
    project.add_record(Record(name="李明", kind="individual", seq=6, region="江苏省", gender="男",
                              deeds=long_deeds(80)))
    window.set_project(project)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def focus(qtbot, w) -> None:
    w.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(w.hasFocus, timeout=2000)


def row_named(w, name: str) -> int:
    return next(i for i in range(w.proxy.rowCount()) if w.model.row_data(i).record.name == name)


def test_focus_returns_to_the_field_after_a_fix(opened, qtbot):
    w = opened
    w.select_row(row_named(w, "江苏省南京市 机关事务管理局"))
    name = w.form.editors["name"]
    focus(qtbot, name)
    assert w.findings.fix_buttons
    button = w.findings.fix_buttons[0]
    button.setFocus()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert w.current_row().record.name == "江苏省南京市机关事务管理局"
    assert QApplication.focusWidget() is name  # not the list filter
    type_text(name, "甲")  # the next keystrokes go to the field
    assert w.current_row().record.name.endswith("甲")
    assert w.filter_edit.text() == ""


def test_window_shortcuts_work_from_a_line_edit(opened, qtbot, monkeypatch):
    w = opened
    opened_kinds = []
    monkeypatch.setattr(w, "open_export_dialog", lambda kinds=("word", "excel"): opened_kinds.append(kinds))
    edit = w.form.editors["city"]
    focus(qtbot, edit)
    QTest.keyClick(edit, Qt.Key.Key_E, CTRL)
    QTest.keyClick(edit, Qt.Key.Key_E, CTRL | SHIFT)
    assert opened_kinds == [("word",), ("excel",)]
    QTest.keyClick(w.filter_edit, Qt.Key.Key_E, CTRL)  # the list filter too
    assert len(opened_kinds) == 3
    QTest.keyClick(edit, Qt.Key.Key_S, CTRL)
    assert "已保存" in w.statusBar().currentMessage()


def test_pgdown_in_the_deeds_moves_the_text_not_the_record(opened, qtbot):
    w = opened
    w.select_row(row_named(w, "李明"))
    rid = w.rid
    deeds = w.form.deeds_edit
    focus(qtbot, deeds)
    deeds.moveCursor(deeds.textCursor().MoveOperation.Start)
    QTest.keyClick(deeds, Qt.Key.Key_PageDown)
    assert w.rid == rid
    assert deeds.textCursor().blockNumber() > 0
    name = w.form.editors["name"]
    focus(qtbot, name)
    QTest.keyClick(name, Qt.Key.Key_PageUp)  # in a one-line field PgUp/PgDn still move records
    assert w.rid != rid


def test_each_record_opens_at_the_top_with_the_cursor_on_its_first_flagged_field(opened, qtbot):
    w = opened
    w.select_row(row_named(w, "李明"))
    deeds = w.form.deeds_edit
    focus(qtbot, deeds)
    w.form_scroll.ensureWidgetVisible(w.form.notes_edit)
    assert w.form_scroll.verticalScrollBar().value() > 0
    QTest.keyClick(deeds, Qt.Key.Key_Return, CTRL)  # approve and next (the first pending, wrapping)
    assert w.current_row().record.name == "四川省成都市机关事务管理局办公室"
    assert w.form_scroll.verticalScrollBar().value() == 0
    assert QApplication.focusWidget() is w.form.editors["name"]  # nothing flagged: 名称
    w.select_row(row_named(w, "北京市机关事务管理局"))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F4)  # next record with findings
    assert w.current_row().record.name == "江苏省南京市 机关事务管理局"
    assert QApplication.focusWidget() is w.form.editors["name"]  # its finding is in 名称


def test_approval_keeps_the_cursor_in_the_form(opened, qtbot):
    w = opened
    w.select_row(0)
    city = w.form.editors["city"]
    focus(qtbot, city)
    qtbot.mouseClick(w.form.approve_button, Qt.MouseButton.LeftButton)
    assert w.project.record(w.model.row_data(0).rid).status == "approved"
    assert w.form.isAncestorOf(QApplication.focusWidget())


def test_ctrl_f_finds_in_the_document_and_ctrl_l_filters_the_list(opened, qtbot):
    w = opened
    w.doc_view.setPlainText("一是服务大局。二是服务群众。三是服务基层。")
    name = w.form.editors["name"]
    focus(qtbot, name)
    QTest.keyClick(name, Qt.Key.Key_F, CTRL)
    assert w.find_bar.isVisible() and w.find_bar.edit.hasFocus()
    type_text(w.find_bar.edit, "服务")
    assert w.doc_view.textCursor().selectedText() == "服务"
    first = w.doc_view.textCursor().selectionStart()
    QTest.keyClick(w.find_bar.edit, Qt.Key.Key_Return)
    second = w.doc_view.textCursor().selectionStart()
    assert second > first
    assert w.find_bar.result.text() == "第 2 处，共 3 处"
    QTest.keyClick(w.find_bar.edit, Qt.Key.Key_Return, SHIFT)
    assert w.doc_view.textCursor().selectionStart() == first
    QTest.keyClick(w.find_bar.edit, Qt.Key.Key_G, CTRL | SHIFT)  # previous, wrapping to the last
    assert w.find_bar.result.text() == "第 3 处，共 3 处"
    QTest.keyClick(w.find_bar.edit, Qt.Key.Key_Escape)
    assert not w.find_bar.isVisible()
    QTest.keyClick(w.table, Qt.Key.Key_L, CTRL)
    assert w.filter_edit.hasFocus()


def test_returned_and_query_ask_for_a_reason_kept_in_history_and_audit(opened, tmp_path):
    from awardtool.export.xlsx_audit import audit_from_project

    w = opened
    asked = []
    w.reason_prompt = lambda status, name: asked.append((status, name)) or "材料缺少推荐意见"
    w.select_row(0)
    rid = w.rid
    w.actions_by_name["mark_returned"].trigger()
    assert asked == [("退回", "四川省成都市机关事务管理局办公室")]
    assert w.project.record(rid).status == "returned"
    assert "材料缺少推荐意见" in w.project.history(rid)[-1].label
    records, infos = audit_from_project(w.project)
    assert infos[0].reason == "材料缺少推荐意见"
    w.reason_prompt = lambda status, name: None  # cancelled: nothing changes
    w.select_row(1)
    w.actions_by_name["mark_query"].trigger()
    assert w.project.record(w.rid).status == "pending"
    assert w.form.status_combo.currentData() == "pending"


def test_rarely_used_fields_are_folded_until_needed(opened, qtbot):
    w = opened
    w.select_row(0)
    assert not w.form.more_box.isVisible()
    w.form.focus_field("recommender")
    assert w.form.more_box.isVisible() and w.form.editors["recommender"].hasFocus()
    w.select_row(1)
    assert not w.form.more_box.isVisible()


def test_reopening_returns_to_the_record_and_filter_left(qtbot, tmp_path, project):
    from awardtool.ui.main_window import MainWindow

    path = project.path
    project.close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.open_project(str(path))
    w.filter_edit.setText("机关事务")
    w.apply_filter()
    w.select_row(1)
    left = w.rid
    w.table.setColumnWidth(2, 333)
    w.close()
    w2 = MainWindow()
    qtbot.addWidget(w2)
    w2.restore_state()
    w2.open_project(str(path))
    assert w2.rid == left
    assert w2.filter_edit.text() == "机关事务" and w2.proxy.rowCount() == 3
    assert w2.table.columnWidth(2) == 333
    assert "黑色" in w2.model.headerData(5, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert w2.windowTitle().startswith(f"t — {path.parent}")
    w2.close()


def _zip(path, members: dict[str, str]):
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        for name, text in members.items():
            z.writestr(name, text.encode("utf-8"))
    return path


def _nominations(n: int, start: int = 0) -> dict[str, str]:
    return {f"推荐{i}.txt": f"关于推荐先进集体的报告\n一、浙江省杭州市第{i}中学\n该校坚持立德树人，成绩突出。\n"
            for i in range(start, start + n)}


def test_one_import_is_one_undo_step(qtbot, window, tmp_path):
    from window_fixtures import import_and_wait

    w = window
    w.open_project(str(tmp_path / "z.awardproj"), create=True)
    batch = _zip(tmp_path / "批次.zip", _nominations(6))
    ids, failures = import_and_wait(qtbot, w, [batch])
    assert failures == [] and len(ids) == 6 == w.model.rowCount()
    assert w.stack.count() == 1 and w.stack.undoText() == "导入 6 个文件"
    w.actions_by_name["undo"].trigger()
    assert w.model.rowCount() == 0 and w.project.records() == []
    w.actions_by_name["redo"].trigger()
    assert w.model.rowCount() == 6
    w.project.close()
    from awardtool.store import Project

    p = Project.open(tmp_path / "z.awardproj")  # after a restart the journal agrees: one step
    assert p.undo_label() == "导入 6 个文件"
    p.undo()
    assert p.records() == []
    p.close()


def test_the_same_files_dropped_again_are_recognised_and_the_clerk_asked(qtbot, window, tmp_path):
    from window_fixtures import import_and_wait

    w = window
    w.open_project(str(tmp_path / "r.awardproj"), create=True)
    first = _zip(tmp_path / "第一批.zip", _nominations(3))
    import_and_wait(qtbot, w, [first])
    assert w.model.rowCount() == 3
    renamed = _zip(tmp_path / "改了名的.zip", {**_nominations(3), **_nominations(2, start=10)})
    asked = []
    w.reimport_prompt = lambda names: asked.append(names) or "skip"
    ids, _ = import_and_wait(qtbot, w, [renamed])
    assert asked == [sorted(f"改了名的.zip!推荐{i}.txt" for i in range(3))]
    assert len(ids) == 2 and w.model.rowCount() == 5  # only the new files
    assert "跳过 3 个已导入过的文件" in w.statusBar().currentMessage()
    w.reimport_prompt = lambda names: None  # cancel: nothing imported
    assert not w.import_paths([str(first)])
    w.reimport_prompt = lambda names: "again"  # a new version: imported again
    ids, _ = import_and_wait(qtbot, w, [first])
    assert len(ids) == 3 and w.model.rowCount() == 8


def test_merge_asks_says_which_was_kept_and_the_duplicate_finding_goes(qtbot, window, tmp_path):
    from window_fixtures import import_and_wait

    w = window
    w.open_project(str(tmp_path / "m.awardproj"), create=True)
    twice = tmp_path / "两份.zip"
    _zip(twice, {"甲.txt": "关于推荐先进集体的报告\n一、浙江省杭州市第一中学\n该校坚持立德树人。\n",
                 "乙.txt": "推荐名单\n一、浙江省杭州市第一中学\n成绩突出，群众满意。\n"})
    import_and_wait(qtbot, w, [twice])
    w.select_row(0)
    qtbot.waitUntil(lambda: any(f.code == "duplicate" for f in w.findings.findings()), timeout=10_000)
    asked = []
    w.merge_prompt = lambda keep, drop: asked.append((keep, drop)) or False
    w.actions_by_name["merge_records"].trigger()
    assert w.model.rowCount() == 2 and asked  # declined: nothing merged
    w.merge_prompt = lambda keep, drop: True
    first = w.model.row_data(0).rid
    w.actions_by_name["merge_records"].trigger()
    assert w.model.rowCount() == 1 and w.rid == first  # the one higher in the list is kept
    assert w.statusBar().currentMessage().startswith(f"已合并：保留“{asked[0][0]}”，删去“{asked[0][1]}”")
    qtbot.waitUntil(lambda: not any(f.code == "duplicate" for f in w.findings.findings()), timeout=10_000)
    w.actions_by_name["undo"].trigger()
    assert w.model.rowCount() == 2
    qtbot.waitUntil(lambda: any(f.code == "duplicate" for f in w.findings.findings()), timeout=10_000)


def test_qt_file_dialog_speaks_chinese():
    """qtbase_zh_CN.qm lacks Qt 6's "&Look in:"; the mnemonic fallback finds "Look in:"."""
    from PySide6.QtWidgets import QFileDialog, QLabel

    from awardtool.ui.app import make_app

    make_app("zh_CN")
    d = QFileDialog(None)
    d.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = [label.text() for label in d.findChildren(QLabel)]
    assert "查找范围：" in labels and "文件类型：" in labels
    assert not any("Look in" in t or "type:" in t for t in labels)
    d.deleteLater()


def test_f1_lists_every_window_key_from_the_actions(window, qtbot):
    from awardtool.ui.help import HelpDialog

    d = HelpDialog(window)
    qtbot.addWidget(d)
    rows = {d.shortcuts.item(r, 0).text(): d.shortcuts.item(r, 1).text() for r in range(d.shortcuts.rowCount())}
    for keys in ("F3", "F4", "F8", "Ctrl+M", "Ctrl+Shift+Q", "Ctrl+Shift+R", "Ctrl+Shift+P", "Ctrl+S", "Ctrl+L"):
        assert keys in rows, keys
    assert rows["Ctrl+M"] == window.actions_by_name["merge_records"].text()
    assert rows["Ctrl+1 … Ctrl+9"] == "把原文中选中的文字放入字段"
    assert "中间是原文" in d.guide.text()


def test_sixty_records_with_the_keyboard_alone(qtbot, window, tmp_path):
    """A clerk's run through a 60-record list without the mouse: fix all, type, approve and
    go on; the cursor is always in the form on the record's first flagged field."""
    from awardtool.store import Project

    p = Project.open(tmp_path / "sixty.awardproj", create=True, user="测试员")
    for i in range(60):
        deeds = f"该单位第{i}年坚持服务群众,成绩突出。" if i % 3 == 0 else f"该单位第{i}年坚持服务群众，成绩突出。"
        p.add_record(Record(name=f"浙江省杭州市第{i}中学", seq=i + 1, region="浙江省", deeds=deeds))
    w = window
    w.set_project(p)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    assert w.form.isAncestorOf(QApplication.focusWidget())  # opening a project: the cursor is in the form

    def press(key, mods=Qt.KeyboardModifier.NoModifier):
        QTest.keyClick(QApplication.focusWidget(), key, mods)

    for i in range(60):
        row = w.current_row()
        assert row.record.name == f"浙江省杭州市第{i}中学"
        assert w.form_scroll.verticalScrollBar().value() == 0
        flagged = [f for f in row.findings if f.fix]
        if flagged:  # the cursor waits on the flagged field; fix everything there
            assert QApplication.focusWidget() is w.form.editors[flagged[0].field]
            press(Qt.Key.Key_F, CTRL | SHIFT)
            assert "," not in w.current_row().record.deeds
            assert QApplication.focusWidget() is w.form.editors[flagged[0].field]
        else:
            assert QApplication.focusWidget() is w.form.editors["name"]
        if i == 7:  # a correction typed in the name, one undo step, taken back and typed again
            type_text(QApplication.focusWidget(), "附属")
            press(Qt.Key.Key_Z, CTRL)
            type_text(QApplication.focusWidget(), "分校")
            assert w.current_row().record.name == "浙江省杭州市第7中学分校"
        press(Qt.Key.Key_Return, CTRL)
    statuses = {r.status for r in w.project.records()}
    assert statuses == {"approved"}
    assert "全部记录都已审核" in w.statusBar().currentMessage()


def test_findings_are_worded_from_their_codes_in_the_english_ui(opened):
    from awardtool.ui.findings_panel import FINDING_TITLES, finding_text
    from awardtool.ui.i18n import install_translators
    from awardtool.validate import CODES

    assert FINDING_TITLES == {code: title for code, (_sev, title) in CODES.items()}
    w = opened
    w.select_row(row_named(w, "江苏省南京市 机关事务管理局"))
    finding = next(f for f in w.current_row().findings if f.code == "cjk_space")
    assert finding_text(finding) == finding.message  # Chinese: the core's own sentence
    try:
        install_translators("en")
        assert finding_text(finding) == "Name: extra space in Chinese text"
    finally:
        install_translators("zh_CN")


def test_first_import_asks_where_the_project_goes_and_file_menu_lists_recent(qtbot, window, tmp_path):
    from window_fixtures import import_and_wait

    w = window
    folder = tmp_path / "各单位报来的材料"
    folder.mkdir()
    batch = _zip(folder / "批次.zip", _nominations(2))
    suggested = []
    w.importer.show_dialogs = True
    w.new_project_prompt = lambda path: suggested.append(path) or str(folder / "2024年表彰")
    try:
        import_and_wait(qtbot, w, [batch])
    finally:
        w.importer.show_dialogs = False
    assert Path(suggested[0]).parent == folder  # suggested beside the imported files
    assert w.project.path == folder / "2024年表彰.awardproj"
    assert w.windowTitle().startswith(f"2024年表彰 — {folder} — ")
    from awardtool.ui.window_actions import fill_recent

    fill_recent(w)
    entries = [a.toolTip() for a in w.recent_menu.actions()]
    assert entries[0] == str(w.project.path)
    w.new_project_prompt = lambda path: None  # cancelled: nothing imported, no project made
    w.set_project(None)
    w.importer.show_dialogs = True
    try:
        assert not w.import_paths([str(batch)])
    finally:
        w.importer.show_dialogs = False
    assert w.project is None


def test_store_undo_labels_follow_the_interface_language():
    from awardtool.ui.app import make_app
    from awardtool.ui.commands import store_label
    from awardtool.ui.i18n import install_translators

    make_app("zh_CN")
    assert store_label("修改 名称") == "修改 名称"
    try:
        install_translators("en")
        assert store_label("修改 名称") == "Edit Name"
        assert store_label("导入 6 个文件") == "Import 6 files"
        assert store_label("标记为“退回”，原因：材料不全") == "Mark as “Returned”，原因：材料不全"
        assert store_label("合并 甲 ← 乙") == "Merge duplicate records"
        assert store_label("撤销 修改 名称") == "Edit Name"
        assert store_label("某种新标签") == "某种新标签"
    finally:
        install_translators("zh_CN")
