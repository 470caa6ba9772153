"""The review window driven like a clerk would: import the seeds, move, type, undo, approve,
fix, filter, reopen."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from window_fixtures import (  # noqa: E402,F401
    import_and_wait,
    project,
    type_text,
    window,
)

from awardtool.store import Project  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def seeded(qtbot, window, tmp_path, seed_list, seed_narrative):
    window.open_project(str(tmp_path / "seeds.awardproj"), create=True)
    ids, failures = import_and_wait(qtbot, window, [seed_list, seed_narrative])
    assert failures == []
    assert len(ids) == window.model.rowCount() >= 5
    return window


def names(w):
    return [w.model.row_data(i).record.name for i in range(w.model.rowCount())]


def key(w, seq: str) -> None:
    """Press a shortcut the way the clerk does: through the window's action."""
    from PySide6.QtGui import QKeySequence

    for action in w.actions_by_name.values():
        if any(s == QKeySequence(seq) for s in action.shortcuts()):
            action.trigger()
            return
    raise AssertionError(f"no action for {seq}")


def test_import_seeds_shows_records_and_document(seeded):
    w = seeded
    assert "四川省成都市机关事务管理局办公室" in names(w)
    assert "沧州市卫生局办公室" in names(w)
    assert w.rid == w.model.row_data(0).rid
    assert w.form.editors["name"].text() == names(w)[0]
    # The document is shown and the record's name is highlighted in it.
    assert "全国机关事务工作先进集体拟表彰名单" in w.doc_view.toPlainText()
    assert any("四川省成都市机关事务管理局办公室" in t for t in w.doc_view.highlighted_text())
    assert w.progress_label.text() == f"已审核 0 / {w.model.rowCount()}"


def test_focus_field_highlights_its_source(seeded, qtbot):
    w = seeded
    w.select_row(1)
    rec = w.current_row().record
    assert "deeds" in rec.field_sources
    w._field_focused("deeds")
    texts = w.doc_view.highlighted_text()
    assert any(rec.deeds[:10] in t.replace("\u2029", "\n") for t in texts)


def test_navigation_keys(seeded):
    w = seeded
    key(w, "PgDown")
    assert w.current_proxy_row() == 1
    key(w, "PgDown")
    key(w, "PgUp")
    assert w.current_proxy_row() == 1
    assert w.form.editors["name"].text() == names(w)[1]


def test_type_name_undo_redo_and_reopen(seeded, qtbot, tmp_path):
    w = seeded
    edit = w.form.editors["name"]
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, "成都市机关事务局")
    rid = w.rid
    assert w.project.record(rid).record.name == "成都市机关事务局"
    assert w.model.row_data(w.model.row_of(rid)).record.name == "成都市机关事务局"
    # Deleting and typing is one step per typing session (select-all+delete+typing = one key).
    assert w.stack.count() - 1 == 1  # one import (two files, one step), one edit
    key(w, "Ctrl+Z")
    assert w.project.record(rid).record.name == "四川省成都市机关事务管理局办公室"
    assert edit.text() == "四川省成都市机关事务管理局办公室"
    key(w, "Ctrl+Y")
    assert edit.text() == "成都市机关事务局"
    path = w.project.path
    w.set_project(None)
    assert w.open_project(str(path))
    assert w.model.row_data(0).record.name == "成都市机关事务局"
    # After reopening, undo still undoes the edit made before (from the journal).
    assert w.stack.count() == 0
    key(w, "Ctrl+Z")
    assert w.project.record(rid).record.name == "四川省成都市机关事务管理局办公室"
    key(w, "Ctrl+Y")
    assert w.project.record(rid).record.name == "成都市机关事务局"


def test_ctrl_enter_approves_and_moves_on(seeded):
    w = seeded
    first = w.rid
    key(w, "Ctrl+Return")
    assert w.project.record(first).status == "approved"
    assert w.rid != first and w.current_row().status == "pending"
    assert w.progress_label.text() == f"已审核 1 / {w.model.rowCount()}"
    assert w.progress_bar.value() == 1
    key(w, "Ctrl+Z")
    assert w.project.record(first).status == "pending"


def test_apply_fix_from_findings_panel(seeded, qtbot):
    w = seeded
    row = next(i for i in range(w.model.rowCount()) if any(f.fix for f in w.model.row_data(i).findings))
    w.select_row(row)
    before = len(w.current_row().findings)
    finding = next(f for f in w.current_row().findings if f.fix)
    old = getattr(w.current_row().record, finding.fix.field)
    button = w.findings.fix_buttons[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    new = getattr(w.current_row().record, finding.fix.field)
    assert new == finding.fix.apply(old) != old
    assert len(w.current_row().findings) < before
    key(w, "Ctrl+Z")
    assert getattr(w.current_row().record, finding.fix.field) == old


def test_fix_all_and_condense(seeded):
    w = seeded
    w.select_row(0)
    w.fix_all()
    assert not any(f.fix for f in w.current_row().findings if f.code != "deeds_too_long")
    long = w.current_row().record.deeds
    from awardtool.validate import count_chars

    assert count_chars(long) > 300
    key(w, "Ctrl+Shift+J")
    assert 0 < count_chars(w.current_row().record.deeds) <= 300
    assert w.form.count_label.property("over_limit") is False
    key(w, "Ctrl+Z")
    assert w.current_row().record.deeds == long
    assert w.form.count_label.property("over_limit") is True


def test_filter_by_text_and_status(seeded, qtbot):
    w = seeded
    w.activateWindow()
    key(w, "Ctrl+L")  # Ctrl+F searches the document (issue 14)
    assert w.focusWidget() is w.filter_edit
    w.filter_edit.setText("沧州")
    assert w.proxy.rowCount() == w.model.rowCount()  # typing: filters after a pause, not per key
    qtbot.waitUntil(lambda: w.proxy.rowCount() == 1, timeout=2000)
    name = w.model.row_data(w.model.rowCount() - 1).record.name
    w.filter_edit.setText(name)
    QTest.keyClick(w.filter_edit, Qt.Key.Key_Return)  # Enter filters at once
    expected = sum(name.lower() in r.search_text() for r in w.model.rows())
    assert 1 <= w.proxy.rowCount() == expected < w.model.rowCount()
    w.filter_edit.clear()
    w.apply_filter()
    w.set_status("query")
    w.status_filter.setCurrentIndex(w.status_filter.findData("query"))
    assert w.proxy.rowCount() == 1
    w.status_filter.setCurrentIndex(0)
    assert w.proxy.rowCount() == w.model.rowCount()


def test_assign_selection_from_document(seeded):
    w = seeded
    view = w.doc_view
    text = view.toPlainText()
    start = text.index("全国机关事务工作先进集体")
    cur = view.textCursor()
    cur.setPosition(start)
    cur.setPosition(start + len("全国机关事务工作先进集体"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cur)
    key(w, "Ctrl+7")  # 奖项
    assert w.current_row().record.award == "全国机关事务工作先进集体"
    assert w.form.editors["award"].text() == "全国机关事务工作先进集体"


def test_add_delete_merge_move_records(seeded):
    w = seeded
    n = w.model.rowCount()
    w.add_record_from_text("新的先进集体\n事迹第一段")
    assert w.model.rowCount() == n + 1 and w.current_row().record.name == "新的先进集体"
    new = w.rid
    w.delete_records()
    assert w.model.rowCount() == n and w.model.row_of(new) < 0
    key(w, "Ctrl+Z")
    assert w.model.row_of(new) >= 0
    first = w.model.row_data(0).rid
    w.select_record(first)
    key(w, "Alt+Down")
    assert w.model.row_data(1).rid == first
    key(w, "Ctrl+Z")
    assert w.model.row_data(0).rid == first
    w.select_record(first)
    w.table.selectRow(0)
    w.table.selectionModel().select(w.proxy.index(1, 0), w.table.selectionModel().SelectionFlag.Select
                                    | w.table.selectionModel().SelectionFlag.Rows)
    w.merge_selected()
    assert w.model.rowCount() == n


def test_sort_by_region_is_one_undo_step(seeded):
    w = seeded
    before = names(w)
    w.reorder(lambda r: r.record.name)
    assert names(w) == sorted(before)
    key(w, "Ctrl+Z")
    assert names(w) == before


def test_history_lists_edits(seeded, monkeypatch):
    from awardtool.ui.history_dialog import HistoryDialog

    w = seeded
    w.set_status("query")
    shown = {}
    monkeypatch.setattr(HistoryDialog, "exec", lambda self: shown.setdefault("rows", self.table.rowCount()))
    key(w, "Ctrl+H")
    assert shown["rows"] >= 2  # added by the import, then marked 有疑问


def test_bad_file_is_listed_not_fatal(qtbot, window, tmp_path, seed_narrative):
    bad = tmp_path / "坏文件.docx"
    bad.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)  # a zip header, then garbage
    window.open_project(str(tmp_path / "b.awardproj"), create=True)
    ids, failures = import_and_wait(qtbot, window, [bad, seed_narrative])
    assert len(ids) == 1
    assert [Path(p).name for p, _m in failures] == ["坏文件.docx"]


def test_export_excel_in_background(seeded, qtbot, tmp_path):
    out = tmp_path / "名单.xlsx"
    with qtbot.waitSignal(seeded.exporter.finished, timeout=30_000):
        assert seeded.exporter.export("excel", str(out))
    from openpyxl import load_workbook

    wb = load_workbook(out)
    text = "\n".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value)
    assert "四川省成都市机关事务管理局办公室" in text


def test_export_failure_is_reported_in_chinese(seeded, qtbot, tmp_path):
    out = tmp_path / "missing-dir" / "x" / "名单.xlsx"
    with qtbot.waitSignal(seeded.exporter.failed, timeout=30_000) as blocker:
        seeded.exporter.export("excel", str(out))
    assert any("\u4e00" <= ch <= "\u9fff" for ch in blocker.args[1])


def test_window_state_is_remembered(qtbot, window, project):
    from awardtool.ui.settings import settings

    window.set_project(project)
    window.splitter.setSizes([300, 600, 466])
    sizes = window.splitter.sizes()
    window.close()
    assert settings.value("state/last_project") == str(project.path)
    from awardtool.ui.app import make_window

    w2 = make_window()
    qtbot.addWidget(w2)
    w2.resize(1366, 768)
    w2.show()
    assert w2.project is not None and Path(w2.project.path) == Path(project.path)
    assert w2.splitter.sizes()[0] == sizes[0]
    w2.close()
    Project  # noqa: B018 - the store is the thing reopened here


def test_real_keys_reach_the_window_actions(seeded, qtbot):
    """Ctrl+Z typed inside a text box undoes through the window (not the box's own undo),
    and Ctrl+Enter typed in the table approves."""
    w = seeded
    w.activateWindow()
    qtbot.waitUntil(lambda: w.isActiveWindow(), timeout=2000)
    edit = w.form.editors["city"]
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    edit.setCursorPosition(len(edit.text()))
    type_text(edit, "区")
    rid = w.rid
    assert w.project.record(rid).record.city.endswith("区")
    QTest.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not (w.project.record(rid).record.city or "").endswith("区")
    QTest.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert w.project.record(rid).record.city.endswith("区")
    w.table.setFocus()
    QTest.keyClick(w.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert w.project.record(rid).status == "approved" and w.rid != rid
    QTest.keyClick(w.table, Qt.Key.Key_PageUp)
    assert w.rid == rid
