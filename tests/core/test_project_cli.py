"""`awardtool import/list/set/history/undo/redo --project`: the CLI edits through the same
store and journal as the window."""

from __future__ import annotations

import json

import pytest
from testpaths import EXAMPLES, SEED_LIST, SEED_NARRATIVE
from test_store_project import seed_result

from awardtool.cli import main
from awardtool.store import Project


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "批次.awardproj"
    with Project.open(path, create=True, user="导入员") as p:
        p.add_result(seed_result(), SEED_LIST.read_bytes())
    return str(path)


def listed(capsys, project: str) -> list[dict]:
    code, out, _ = run(capsys, "list", "--project", project, "--json")
    assert code == 0
    return json.loads(out)["records"]


def test_list_set_history_undo_redo(capsys, project, monkeypatch):
    monkeypatch.setenv("AWARDTOOL_USER", "王五")
    recs = listed(capsys, project)
    first = recs[0]
    assert first["status"] == "pending" and first["doc"] == str(SEED_LIST) and first["seq"] == 1
    assert set(first) >= {"id", "name", "deeds", "field_sources", "source"}
    rid, old = str(first["id"]), first["name"]

    code, out, _ = run(capsys, "set", "--project", project, rid, "名称", "成都市机关事务管理局办公室")
    assert code == 0 and "修改 名称" in out and old[:10] in out
    code, out, _ = run(capsys, "set", "--project", project, "--user", "赵六", rid, "status", "已审核")
    assert code == 0 and "待审核 → 已审核" in out
    now = listed(capsys, project)[0]
    assert (now["name"], now["status"]) == ("成都市机关事务管理局办公室", "approved")

    code, out, _ = run(capsys, "history", "--project", project, rid, "--json")
    entries = json.loads(out)["entries"]
    assert [(e["action"], e["field"], e["user"]) for e in entries] == [
        ("add", None, "导入员"), ("set", "name", "王五"), ("set", "status", "赵六"),
    ]
    assert entries[1]["old"] == old

    code, out, _ = run(capsys, "undo", "--project", project)
    assert (code, out.strip()) == (0, f"已撤销：标记为“已审核”（记录 {rid}）")
    code, out, _ = run(capsys, "undo", "--project", project)
    assert out.strip() == f"已撤销：修改 名称（记录 {rid}）"
    assert listed(capsys, project)[0]["name"] == old
    code, out, _ = run(capsys, "redo", "--project", project)
    assert out.strip() == f"已重做：修改 名称（记录 {rid}）"
    assert listed(capsys, project)[0]["name"] == "成都市机关事务管理局办公室"

    code, out, _ = run(capsys, "history", "--project", project, rid)
    assert "（撤销）" in out and "（重做）" in out and "王五" in out


def test_set_rejects_bad_input_clearly(capsys, project):
    rid = str(listed(capsys, project)[0]["id"])
    for argv, words in (
        ((rid, "colour", "红"), "没有名为“colour”的字段"),
        ((rid, "序号", "第一"), "序号应为整数"),
        (("99999", "name", "x"), "没有编号为 99999 的记录"),
    ):
        code, out, err = run(capsys, "set", "--project", project, *argv)
        assert code == 1 and words in err
    code, out, _ = run(capsys, "set", "--project", project, rid, "序号", "7")
    assert code == 0 and listed(capsys, project)[0]["seq"] == 7


def test_commands_refuse_a_file_that_is_not_a_project(capsys, tmp_path):
    bogus = tmp_path / "名单.awardproj"
    bogus.write_text("随便什么内容", encoding="utf-8")
    for cmd in ("list", "undo", "redo", "history"):
        code, out, err = run(capsys, cmd, "--project", str(bogus))
        assert code == 1 and "不是 awardtool 项目文件" in err and "名单.awardproj" in err
    code, _, err = run(capsys, "import", "--project", str(bogus), str(SEED_LIST))
    assert code == 1 and bogus.read_text(encoding="utf-8") == "随便什么内容"


def test_import_reports_failures_and_skips_reimports(capsys, tmp_path):
    path = str(tmp_path / "新项目.awardproj")
    missing = str(tmp_path / "不存在.txt")
    code, out, _ = run(capsys, "import", "--project", path, str(SEED_LIST), missing)
    assert code == 1
    assert f"✓ {SEED_LIST}：新增" in out and f"✗ {missing}：" in out
    code, out, _ = run(capsys, "import", "--project", path, str(SEED_LIST), str(SEED_NARRATIVE))
    assert code == 0 and "内容相同，跳过" in out and f"✓ {SEED_NARRATIVE}：新增" in out
    with Project.open(path) as p:
        docs = p.documents()
        assert [d.path for d in docs] == [str(SEED_LIST), missing, str(SEED_NARRATIVE)]
        assert docs[1].error is not None and p.original(docs[2].id) == SEED_NARRATIVE.read_bytes()


def test_seeds_import_edit_reopen_undo(capsys, tmp_path):
    path = str(tmp_path / "种子.awardproj")
    code, out, _ = run(capsys, "import", "--project", path, *sorted(str(p) for p in EXAMPLES.glob("*.txt")))
    assert code == 0
    recs = listed(capsys, path)
    assert len(recs) >= 2 and {r["doc"] for r in recs} == {str(SEED_LIST), str(SEED_NARRATIVE)}
    rid, old = str(recs[0]["id"]), recs[0]["name"]
    assert run(capsys, "set", "--project", path, rid, "name", "新名称")[0] == 0
    assert listed(capsys, path)[0]["name"] == "新名称"
    run(capsys, "undo", "--project", path)
    assert listed(capsys, path)[0]["name"] == old
    run(capsys, "redo", "--project", path)
    assert listed(capsys, path)[0]["name"] == "新名称"
