"""Stages in the project: freezing, listing, loading and deleting snapshots, and the
comparison of two stages after the edits a list goes through between 公示 and 最终 — also
against the earlier stage exported to Word and Excel by awardtool's own exporters and read
back by the importers."""

from __future__ import annotations

import sqlite3

import pytest
from stage_fixtures import ADDED, CUT, DROPPED, RENAME, REORDERED, apply_edits, list_records

from awardtool.compare import compare, from_file, from_stage, from_stored
from awardtool.export.excel import export_xlsx
from awardtool.export.word import export_docx
from awardtool.records import Record
from awardtool.store import Project, ProjectError, schema, stages


@pytest.fixture
def project(tmp_path):
    p = Project.open(tmp_path / "名单.awardproj", create=True, user="李科员")
    for rec in list_records():
        p.add_record(rec)
    yield p
    p.close()


def test_freeze_keeps_order_fields_and_status_and_ignores_later_edits(project):
    rows = project.records()
    project.set_field(rows[2].id, "status", "approved")
    info = stages.freeze(project, " 公示 ")
    assert (info.name, info.count, info.frozen_by) == ("公示", 7, "李科员")
    project.set_field(rows[0].id, "name", "改过的名称")
    project.delete_record(rows[1].id)
    stage = stages.load(project, "公示")
    assert [e.id for e in stage.entries] == [r.id for r in rows]
    assert [e.record.values() for e in stage.entries] == [r.record.values() for r in rows]
    assert [e.status for e in stage.entries] == ["pending", "pending", "approved"] + ["pending"] * 4
    assert [i.name for i in stages.stages(project)] == ["公示"]


def test_names_are_checked_and_unique(project):
    stages.freeze(project, "初审")
    for bad, code in (("初审", "exists"), ("", "bad_value"), ("current", "bad_value"), ("当前", "bad_value"),
                      ("名单.docx", "bad_value"), ("长" * 31, "bad_value")):
        with pytest.raises(ProjectError) as e:
            stages.freeze(project, bad)
        assert e.value.code == code, bad
    with pytest.raises(ProjectError) as e:
        stages.load(project, "最终")
    assert e.value.code == "no_stage" and "现有阶段：初审" in e.value.message
    assert stages.delete(project, "初审").name == "初审"
    assert stages.stages(project) == []
    with pytest.raises(ProjectError) as e:
        stages.delete(project, "初审")
    assert "还没有冻结任何阶段" in e.value.message


def test_stages_survive_reopening_and_a_v2_file_gets_the_table(tmp_path):
    path = tmp_path / "旧.awardproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.create_v1(conn)
    schema.MIGRATIONS[0](conn)  # a file as v2 left it
    conn.execute("PRAGMA user_version = 2")
    conn.execute("COMMIT")
    conn.close()
    with Project.open(path) as p:
        p.add_record(Record(name="某单位", deeds="事迹。"))
        stages.freeze(p, "公示")
    with Project.open(path) as p:
        (stage,) = [stages.load(p, i.name) for i in stages.stages(p)]
        assert [e.record.name for e in stage.entries] == ["某单位"]


def _summary(result) -> list[tuple]:
    """What a reader of the comparison sees, independent of where the lists came from."""
    out = []
    for c in result.changes:
        a = (c.a.name, c.a.group, c.a.place) if c.a else None
        b = (c.b.name, c.b.group, c.b.place) if c.b else None
        fields = [(f.field, f.old, f.new) for f in c.fields]
        out.append((c.change, c.moved, a, b, fields))
    return out


@pytest.fixture
def two_stages(project):
    stages.freeze(project, "公示")
    apply_edits(project)
    stages.freeze(project, "最终")
    return from_stage(stages.load(project, "公示")), from_stage(stages.load(project, "最终"))


def test_diff_of_two_stages_lists_exactly_the_edits(two_stages):
    a, b = two_stages
    result = compare(a, b)
    assert result.counts == {"added": 1, "removed": 1, "renamed": 1, "moved": 1, "changed": 1}
    added, removed, renamed, moved, changed = result.changes
    assert (added.b.name, added.b.group, added.b.place, added.a) == (ADDED.name, "先进集体", 5, None)
    assert (removed.a.name, removed.a.place, removed.b) == (DROPPED, 5, None)
    assert (renamed.a.name, renamed.b.name, renamed.match) == (*RENAME, "id")
    assert (moved.b.name, moved.moved, moved.a.place, moved.b.place) == (REORDERED, "order", 1, 3)
    (fc,) = changed.fields
    assert (changed.b.name, fc.field) == (CUT, "deeds")
    assert fc.diff.removed == fc.diff.old_chars - fc.diff.new_chars > 50 and fc.diff.added == 0
    assert compare(b, b).changes == [] and compare(a, a).changes == []


def test_diff_against_the_current_list_is_the_same_as_against_its_stage(project, two_stages):
    a, b = two_stages
    assert _summary(compare(a, from_stored(project.records()))) == _summary(compare(a, b))


@pytest.mark.parametrize("form", ["事迹表", "汇总表"])
def test_diff_against_an_exported_file_equals_the_diff_against_the_stage(tmp_path, two_stages, form):
    a, b = two_stages
    records = [e.record for e in a.entries]
    if form == "汇总表":
        path = tmp_path / "公示名单.xlsx"
        export_xlsx(records, path)
    else:
        path = tmp_path / "公示名单.docx"
        assert export_docx(records, path, form=form).ok
    from_export = compare(from_file(path), b)
    assert _summary(from_export) == _summary(compare(a, b))
    assert from_export.a.source == "file" and from_export.a.label == path.name
    renamed = from_export.of_kind("renamed")[0]
    assert renamed.match == "deeds"  # a file has no ids: the renamed unit is known by its deeds


def test_a_damaged_stage_is_reported_not_crashed(tmp_path):
    path = tmp_path / "坏.awardproj"
    with Project.open(path, create=True) as p:
        p.add_record(Record(name="某单位"))
        stages.freeze(p, "公示")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE stages SET records = x'00ff00'")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        assert [i.name for i in stages.stages(p)] == ["公示"]
        with pytest.raises(ProjectError) as e:
            stages.load(p, "公示")
        assert e.value.code == "damaged" and "阶段“公示”的数据已损坏" in e.value.message
        assert [r.record.name for r in p.records()] == ["某单位"]  # the list itself is fine
