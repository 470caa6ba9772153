"""Every undo command: push, undo, redo — asserting the store and the table after each."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtGui import QUndoStack  # noqa: E402

from awardtool.ui.commands import (  # noqa: E402
    AddRecordCommand,
    DeleteRecordCommand,
    ImportResultCommand,
    MergeRecordsCommand,
    MoveRecordCommand,
    SetFieldCommand,
    SetFieldsCommand,
    UndoController,
)
from window_fixtures import hand_records, project, window  # noqa: E402,F401

pytestmark = pytest.mark.gui


class Recorder:
    def __init__(self):
        self.changes, self.errors = [], []

    def change(self, c):
        self.changes.append(c)

    def error(self, e):
        self.errors.append(e)


def names(p):
    return [s.record.name for s in p.records()]


def test_set_field_push_undo_redo(qtbot, project):
    stack, rec = QUndoStack(), Recorder()
    rid = project.records()[0].id
    stack.push(SetFieldCommand(project, rid, "name", "成都市机关事务管理局", rec.change, rec.error))
    assert project.record(rid).record.name == "成都市机关事务管理局"
    assert stack.undoText() == "修改 名称"
    stack.undo()
    assert project.record(rid).record.name == "四川省成都市机关事务管理局办公室"
    stack.redo()
    assert project.record(rid).record.name == "成都市机关事务管理局"
    assert rec.errors == [] and len(rec.changes) == 3 and all(rid in c.record_ids for c in rec.changes)


def test_typing_merges_into_one_step(qtbot, project):
    stack, rec = QUndoStack(), Recorder()
    rid = project.records()[1].id
    for value in ("绵", "绵阳", "绵阳市"):
        stack.push(SetFieldCommand(project, rid, "city", value, rec.change, rec.error, merge_key="k1"))
    assert stack.count() == 1
    assert project.record(rid).record.city == "绵阳市"
    stack.undo()
    assert project.record(rid).record.city is None
    assert not project.can_undo() or project.undo_label() != "修改 市"
    stack.redo()
    assert project.record(rid).record.city == "绵阳市"
    # A new typing session is a new step on both sides.
    stack.push(SetFieldCommand(project, rid, "city", "绵阳", rec.change, rec.error, merge_key="k2"))
    assert stack.count() == 2
    stack.undo()
    assert project.record(rid).record.city == "绵阳市"


def test_unchanged_value_leaves_no_step(qtbot, project):
    stack, rec = QUndoStack(), Recorder()
    rid = project.records()[0].id
    stack.push(SetFieldCommand(project, rid, "region", "四川省", rec.change, rec.error))
    assert stack.count() == 0


def test_status_command(qtbot, project):
    stack, rec = QUndoStack(), Recorder()
    rid = project.records()[2].id
    stack.push(SetFieldCommand(project, rid, "status", "approved", rec.change, rec.error))
    assert project.record(rid).status == "approved"
    assert stack.undoText() == "标记为“已审核”"
    stack.undo()
    assert project.record(rid).status == "pending"
    stack.redo()
    assert project.record(rid).status == "approved"


def test_set_fields_command(qtbot, project):
    stack, rec = QUndoStack(), Recorder()
    rid = project.records()[3].id
    stack.push(SetFieldsCommand(project, rid, {"ethnicity": "壮族", "politics": "中共党员"}, "修正", rec.change))
    r = project.record(rid).record
    assert (r.ethnicity, r.politics) == ("壮族", "中共党员")
    stack.undo()
    r = project.record(rid).record
    assert (r.ethnicity, r.politics) == (None, None)
    stack.redo()
    assert project.record(rid).record.ethnicity == "壮族"


def test_add_delete_move_merge_commands(qtbot, project):
    stack, rec = QUndoStack(), Recorder()
    before = names(project)
    from awardtool.records import Record

    add = AddRecordCommand(project, Record(name="新记录"), rec.change, rec.error, index=1)
    stack.push(add)
    assert names(project)[1] == "新记录" and add.new_id() is not None
    stack.undo()
    assert names(project) == before
    stack.redo()
    assert names(project)[1] == "新记录"
    stack.undo()

    rid = project.records()[0].id
    stack.push(DeleteRecordCommand(project, rid, before[0], rec.change, rec.error))
    assert names(project) == before[1:]
    stack.undo()
    assert names(project) == before
    stack.redo()
    assert names(project) == before[1:]
    stack.undo()

    stack.push(MoveRecordCommand(project, rid, 2, rec.change, rec.error))
    assert names(project) == [before[1], before[2], before[0], before[3]]
    stack.undo()
    assert names(project) == before
    stack.redo()
    stack.undo()

    a, b = project.records()[0].id, project.records()[1].id
    stack.push(MergeRecordsCommand(project, a, b, rec.change, rec.error))
    assert names(project) == [before[0], before[2], before[3]]
    stack.undo()
    assert names(project) == before
    stack.redo()
    assert len(project.records()) == 3
    assert rec.errors == []


def test_import_result_command(qtbot, project, seed_list):
    from awardtool.extract import Extraction
    from awardtool.ingest import load_paths
    from awardtool.pipeline import DocumentResult
    from awardtool.records import Record

    stack, rec = QUndoStack(), Recorder()
    doc = next(iter(load_paths([seed_list])))
    result = DocumentResult(doc, Extraction("list", None, [Record(name="甲单位"), Record(name="乙单位")]))
    cmd = ImportResultCommand(project, result, seed_list.read_bytes(), rec.change, rec.error)
    stack.push(cmd)
    assert names(project)[-2:] == ["甲单位", "乙单位"] and len(cmd.record_ids) == 2
    stack.undo()
    assert len(project.records()) == 4
    stack.redo()
    assert names(project)[-2:] == ["甲单位", "乙单位"]
    # A document without records journals nothing, so it is no step either.
    empty = DocumentResult(doc, Extraction())
    stack.push(ImportResultCommand(project, empty, None, rec.change, rec.error))
    assert stack.count() == 1


def test_undo_controller_is_a_view_of_the_journal(qtbot, project, tmp_path):
    """One history: an edit from before the restart and one made now are undone newest first
    and redone oldest first, with the journal's labels, and no counter to keep in step."""
    rid = project.records()[0].id
    project.set_field(rid, "city", "成都市")  # made "before the restart": not on any stack
    stack, rec = QUndoStack(), Recorder()
    ctl = UndoController(stack, rec.change, rec.error)
    ctl.set_project(project)
    assert ctl.can_undo() and ctl.undo_text() == "修改 市"
    stack.push(SetFieldCommand(project, rid, "notes", "核对", rec.change, rec.error))
    ctl.pushed()
    assert ctl.undo_text() == "修改 备注"
    ctl.undo()  # the newest edit
    assert project.record(rid).record.notes == ""
    ctl.undo()  # the older one
    assert project.record(rid).record.city is None
    assert ctl.redo_text() == "修改 市"
    ctl.redo()  # redo goes oldest undone first
    assert project.record(rid).record.city == "成都市"
    assert project.record(rid).record.notes == ""
    ctl.redo()
    assert project.record(rid).record.notes == "核对"
    assert not ctl.can_redo()
    project.set_field(rid, "notes", "命令行改的")  # an edit outside the window: the same history
    ctl.undo()
    assert project.record(rid).record.notes == "核对"


def test_model_row_changes_on_edit(qtbot, window, project):
    window.set_project(project)
    rid = project.records()[0].id
    with qtbot.waitSignal(window.model.dataChanged, timeout=1000) as blocker:
        window.push(SetFieldCommand(project, rid, "name", "改名", window._on_change, window._store_error))
    assert blocker.args[0].row() == window.model.row_of(rid)
    assert window.model.row_data(window.model.row_of(rid)).record.name == "改名"
    window.undo()
    assert window.model.row_data(window.model.row_of(rid)).record.name == hand_records()[0].name
