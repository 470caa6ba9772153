"""The project store: every edit durable across close/reopen, undo/redo from the journal,
documents and originals kept, files that are not projects refused and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from awardtool.document import Notice, Paragraph
from awardtool.extract import Extraction
from awardtool.ingest import load_paths
from awardtool.pipeline import DocumentResult
from awardtool.records import FieldSource, Record
from awardtool.store import Project, ProjectError, schema
from testpaths import SEED_LIST, SEED_NARRATIVE


def seed_result(path: Path = SEED_LIST) -> DocumentResult:
    """The real seed document as ingest reads it, with records built from its tab-separated
    rows (序号, 名称, 事迹) — independent of the extractor, which another engineer owns."""
    doc = next(load_paths([path]))
    records = []
    for i, block in enumerate(doc.blocks):
        parts = block.text.split("\t") if isinstance(block, Paragraph) else []
        if len(parts) >= 3 and parts[0].strip().isdigit():
            src = FieldSource(i, block.loc)
            records.append(Record(parts[1], seq=int(parts[0]), deeds=parts[2], source=src,
                                  field_sources={"name": src, "deeds": src}))
    assert records, "the seed list has numbered rows"
    return DocumentResult(doc, Extraction("list", doc.blocks[0].text, records))


@pytest.fixture
def proj_path(tmp_path) -> Path:
    path = tmp_path / "批次.awardproj"
    with Project.open(path, create=True, user="张三") as p:
        p.add_result(seed_result(), SEED_LIST.read_bytes())
    return path


def names(p: Project) -> list[str]:
    return [r.record.name for r in p.records()]


def test_import_edit_reopen_undo_redo(proj_path):
    with Project.open(proj_path, user="张三") as p:
        first = p.records()[0]
        original_name = first.record.name
        assert first.status == "pending" and first.doc_id == 1
        p.set_field(first.id, "name", "改过的名称")
    with Project.open(proj_path, user="李四") as p:
        assert p.record(first.id).record.name == "改过的名称"
        assert p.extracted(first.id).name == original_name  # the audit keeps the extracted value
        assert p.undo_label() == "修改 名称"
        change = p.undo()
        assert change.record_ids == {first.id} and change.fields == {"name"} and not change.structural
        assert p.record(first.id).record.name == original_name
    with Project.open(proj_path, user="李四") as p:
        assert p.record(first.id).record.name == original_name
        assert p.redo_label() == "修改 名称"
        p.redo()
        assert p.record(first.id).record.name == "改过的名称"
        hist = p.history(first.id)
        assert [(e.action, e.kind, e.user) for e in hist] == [
            ("add", "edit", "张三"), ("set", "edit", "张三"), ("set", "undo", "李四"), ("set", "redo", "李四"),
        ]
        assert (hist[1].old, hist[1].new) == (original_name, "改过的名称")
        assert (hist[2].old, hist[2].new) == ("改过的名称", original_name)
        assert hist[0].new["name"] == original_name and hist[0].when.startswith("20")


def test_document_blocks_and_original_survive(proj_path, tmp_path):
    seed = next(load_paths([SEED_LIST]))
    copy = tmp_path / "副本.awardproj"
    with Project.open(proj_path) as p:
        (doc,) = p.documents()
        assert (doc.path, doc.format, doc.kind, doc.error) == (str(SEED_LIST), "txt", "list", None)
        assert p.original(doc.id) == SEED_LIST.read_bytes()
        assert p.document(doc.id).blocks == seed.blocks
        p.save_as(copy)
        p.set_field(p.records()[0].id, "notes", "副本之后的修改")
    proj_path.unlink()  # the copy stands alone, like a project moved to another computer
    with Project.open(copy) as c:
        assert c.document(1).blocks == seed.blocks
        assert c.original(1) == SEED_LIST.read_bytes()
        assert all(r.record.notes == "" for r in c.records())
        expected = seed_result().extraction.records[0]
        assert c.records()[0].record.source == expected.source and expected.source.loc.line > 1
        assert c.records()[0].record.field_sources == expected.field_sources


def test_failed_document_is_kept_with_its_error(tmp_path):
    from awardtool.document import Document

    bad = Document("坏文件.pdf", "pdf", error=Notice("unreadable", "文件无法读取"))
    with Project.open(tmp_path / "p.awardproj", create=True) as p:
        assert p.add_result(DocumentResult(bad, Extraction()), None) == []
        (doc,) = p.documents()
        assert doc.error == Notice("unreadable", "文件无法读取") and p.original(doc.id) is None
        assert not p.can_undo()  # nothing to undo: no records were added


def test_typing_merges_into_one_undo_step(proj_path):
    with Project.open(proj_path) as p:
        rid = p.records()[1].id
        before = p.record(rid).record.name
        for text in ("甲", "甲乙", "甲乙丙"):
            p.set_field(rid, "name", text, merge_key=f"{rid}:name")
        assert [e.new for e in p.history(rid) if e.action == "set"] == ["甲乙丙"]
        p.undo()
        assert p.record(rid).record.name == before
        p.redo()
        # after an undo/redo, typing with the same key starts a new step
        p.set_field(rid, "name", "甲乙丙丁", merge_key=f"{rid}:name")
        p.undo()
        assert p.record(rid).record.name == "甲乙丙"


def test_set_fields_status_and_noop(proj_path):
    with Project.open(proj_path) as p:
        rid = p.records()[0].id
        ch = p.set_fields(rid, {"region": "四川省", "city": "成都市", "status": "approved"})
        assert ch.fields == {"region", "city", "status"} and ch.label == "修改 所在地区、市、审核状态"
        assert p.record(rid).status == "approved" and p.record(rid).record.city == "成都市"
        assert p.set_field(rid, "city", "成都市").group is None  # no change, no journal line
        p.undo()
        r = p.record(rid)
        assert (r.status, r.record.region, r.record.city) == ("pending", None, None)
        with pytest.raises(ProjectError) as e:
            p.set_field(rid, "status", "done")
        assert e.value.code == "bad_value"
        with pytest.raises(ProjectError) as e:
            p.set_field(rid, "colour", "红")
        assert e.value.code == "bad_field"
        with pytest.raises(ProjectError) as e:
            p.set_field(99999, "name", "x")
        assert e.value.code == "no_record"


def test_add_delete_move_merge_are_undoable(proj_path):
    with Project.open(proj_path) as p:
        start = names(p)
        ids = [r.id for r in p.records()]
        ch = p.add_record(Record("新增单位", seq=99, deeds="手工录入"), index=1)
        (new_id,) = ch.record_ids
        assert ch.structural and names(p)[1] == "新增单位" and p.extracted(new_id) is None
        p.move_record(new_id, len(ids))
        assert names(p)[-1] == "新增单位"
        p.delete_record(ids[0])
        assert names(p) == start[1:] + ["新增单位"]
        p.merge_records(new_id, ids[1])  # new_id has no region etc.; ids[1]'s deeds don't replace its own
        merged = p.record(new_id).record
        assert merged.deeds == "手工录入" and merged.seq == 99 and ids[1] not in {r.id for r in p.records()}
        for _ in range(4):
            p.undo()
        assert names(p) == start and [r.id for r in p.records()] == ids
        assert [r.index for r in p.records()] == list(range(len(ids)))
        for _ in range(4):
            p.redo()
        assert ids[0] not in {r.id for r in p.records()} and names(p)[-1] == "新增单位"
        # a new edit after an undo ends the redo branch
        p.undo()
        p.set_field(ids[2], "notes", "新的修改")
        assert not p.can_redo() and p.redo() is None


def test_merge_fills_empty_fields_from_the_duplicate(tmp_path):
    with Project.open(tmp_path / "p.awardproj", create=True) as p:
        (a,) = p.add_record(Record("张三", kind="individual", gender="男")).record_ids
        (b,) = p.add_record(Record("张三", kind="individual", ethnicity="汉族", birth="1975.03", gender="女")).record_ids
        p.merge_records(a, b)
        r = p.record(a).record
        assert (r.gender, r.ethnicity, r.birth) == ("男", "汉族", "1975.03")
        assert [x.id for x in p.records()] == [a]
        p.undo()
        assert [x.id for x in p.records()] == [a, b] and p.record(a).record.ethnicity is None


def test_settings_persist_with_defaults(proj_path):
    with Project.open(proj_path) as p:
        assert p.settings()["word_limit"] == 300 and p.settings()["list_title"] == ""
        p.set_setting("list_title", "全国机关事务工作先进集体拟表彰名单")
        p.set_setting("word_limit", 200)
        with pytest.raises(ProjectError):
            p.set_setting("word_limit", "二百")
    with Project.open(proj_path) as p:
        s = p.settings()
        assert s["list_title"] == "全国机关事务工作先进集体拟表彰名单" and s["word_limit"] == 200


def test_refuses_non_projects_and_never_overwrites(tmp_path):
    text = tmp_path / "名单.awardproj"
    text.write_text("这不是项目", encoding="utf-8")
    other_db = tmp_path / "other.awardproj"
    sqlite3.connect(other_db).execute("CREATE TABLE t(x)").connection.commit()
    empty = tmp_path / "empty.awardproj"
    empty.write_bytes(b"")
    for path in (text, other_db, empty):
        before = path.read_bytes()
        for create in (False, True):
            with pytest.raises(ProjectError) as e:
                Project.open(path, create=create)
            assert e.value.code == "not_project" and path.name in e.value.message
        assert path.read_bytes() == before
    with pytest.raises(ProjectError) as e:
        Project.open(tmp_path / "missing.awardproj")
    assert e.value.code == "not_found" and not (tmp_path / "missing.awardproj").exists()


def test_damaged_project_gives_a_clear_message(proj_path):
    data = bytearray(proj_path.read_bytes())
    page = 4096
    data[page * 2: page * 4] = b"\xff" * (page * 2)  # smash two b-tree pages
    proj_path.write_bytes(bytes(data))
    with pytest.raises(ProjectError) as e:
        Project.open(proj_path)
    assert e.value.code == "damaged" and "已损坏" in e.value.message and proj_path.name in e.value.message
    # plain words: what happened and what to do, SQLite's own words only for support
    assert "没有自动备份" in e.value.message and "另存为" in e.value.message
    assert not any(w in e.value.message for w in ("page", "tree", "malformed", "database", "cell"))
    assert e.value.data["offer"] is None and e.value.data["detail"]


def test_newer_schema_is_refused(proj_path):
    conn = sqlite3.connect(proj_path)
    conn.execute(f"PRAGMA user_version = {schema.CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(ProjectError) as e:
        Project.open(proj_path)
    assert e.value.code == "too_new" and e.value.message.startswith("此项目由较新版本的 awardtool 创建")


def test_migrates_a_v1_file(tmp_path):
    """A file made with the v1 schema script, holding a document, opens as the current
    version with the v1→v2 backfill (the originals' hashes) done."""
    path = tmp_path / "旧项目.awardproj"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    schema.create_v1(conn)
    original = SEED_NARRATIVE.read_bytes()
    conn.execute(
        "INSERT INTO documents (path, format, warnings, original, original_codec, original_size, imported_at)"
        " VALUES ('事迹.txt', 'txt', '[]', ?, 'raw', ?, '2024-01-01T00:00:00+08:00')",
        (original, len(original)),
    )
    conn.execute("COMMIT")
    conn.close()
    with Project.open(path) as p:
        (doc,) = p.documents()
        assert doc.sha256 == hashlib.sha256(original).hexdigest()
        assert p.document_by_hash(doc.sha256).id == doc.id
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION == 3
    conn.close()


def test_second_open_in_the_same_process_is_refused(proj_path):
    with Project.open(proj_path):
        with pytest.raises(ProjectError) as e:
            Project.open(proj_path)
        assert e.value.code == "locked"
    Project.open(proj_path).close()  # released on close


def test_closed_project_refuses_calls(proj_path):
    p = Project.open(proj_path)
    p.close()
    p.close()
    with pytest.raises(ProjectError) as e:
        p.records()
    assert e.value.code == "closed"


def test_save_as_refuses_an_open_project(proj_path, tmp_path):
    other = tmp_path / "另一个.awardproj"
    with Project.open(other, create=True), Project.open(proj_path) as p:
        with pytest.raises(ProjectError) as e:
            p.save_as(other)
        assert e.value.code == "locked"
        with pytest.raises(ProjectError):
            p.save_as(proj_path)


def test_zip_members_with_gbk_names_and_nested_zips_carry_their_originals(tmp_path):
    """Originals of a zip batch are stored per member: GBK names, nested zips included."""
    import zipfile

    from awardtool.parallel import extract_paths_parallel

    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("名单.txt", SEED_LIST.read_bytes())
    batch = tmp_path / "报送.zip"

    class GbkName(zipfile.ZipInfo):  # what Chinese Windows writes: GBK bytes, no UTF-8 flag
        def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's name)
            return self.filename.encode("gbk"), self.flag_bits

    with zipfile.ZipFile(batch, "w") as z:
        z.writestr(GbkName("材料/事迹.txt"), SEED_NARRATIVE.read_bytes())
        z.write(inner, "内层.zip")
    originals = {r.document.path: r.document.original for r in extract_paths_parallel([batch], keep_originals=True)}
    assert originals == {f"{batch}!材料/事迹.txt": SEED_NARRATIVE.read_bytes(),
                         f"{batch}!内层.zip!名单.txt": SEED_LIST.read_bytes()}


def test_failures_while_editing_are_worded_for_the_clerk(proj_path):
    from awardtool.store.connection import failure_error

    with Project.open(proj_path) as p:
        pages = p._conn.execute("PRAGMA page_count").fetchone()[0]
        p._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full from now on
        before = len(p.records())
        with pytest.raises(ProjectError) as e:
            p.add_record(Record("某某市机关事务管理局", deeds="事迹" * 20000))
        assert e.value.code == "io" and "磁盘已满" in e.value.message and proj_path.name in e.value.message
        assert "之前的修改都在" in e.value.message and "full" in e.value.data["detail"]
        assert len(p.records()) == before
    data = bytearray(proj_path.read_bytes())
    data[4096 * 2: 4096 * 4] = b"\xff" * (4096 * 2)
    proj_path.write_bytes(bytes(data))
    conn = sqlite3.connect(proj_path)
    with pytest.raises(sqlite3.DatabaseError) as raw:  # reading every table meets the smashed pages
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            conn.execute(f"SELECT * FROM {table}").fetchall()
    conn.close()
    err = failure_error(proj_path, raw.value)
    assert err.code == "damaged" and "损坏" in err.message and "malformed" not in err.message
