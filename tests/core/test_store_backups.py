"""Rolling backups beside the project, and the way back from a damaged project file:
opening it offers the newest good backup (its time, what it holds, what it lacks), and
restoring it sets the damaged file aside and brings every backed-up record back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from awardtool.records import Record
from awardtool.store import Project, ProjectError, backups, restore_backup

NAMES = [f"某某省第{i}市机关事务管理局后勤服务中心" for i in range(60)]


def _make(path, n=len(NAMES)) -> list[int]:
    with Project.open(path, create=True, user="录入员") as p:
        return [p.add_record(Record(name, deeds="坚持服务保障，节约型机关建设成效明显。" * 20)).record_ids.pop()
                for name in NAMES[:n]]


def _smash_middle(path) -> None:
    """Overwrite whole pages in the middle of the file, as a failing disk or a yanked USB
    stick would."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle: middle + 3 * page] = bytes(range(256)) * (3 * page // 256)
    path.write_bytes(bytes(data))


def test_open_backs_up_once_and_edits_back_up_when_due(tmp_path, monkeypatch):
    path = tmp_path / "名单.awardproj"
    _make(path, 3)
    folder = tmp_path / "名单.awardproj.backups"
    assert backups.backup_files(path) == []  # a new project has nothing to keep yet
    with Project.open(path) as p:
        pass
    assert [p.name.startswith("名单-") for p in backups.backup_files(path)] == [True]
    with Project.open(path) as p:
        pass
    assert len(backups.backup_files(path)) == 1  # nothing changed since: no second copy
    with Project.open(path) as p:
        p.set_field(p.records()[0].id, "notes", "改过")
    Project.open(path).close()
    assert len(backups.backup_files(path)) == 1  # changed, but the backup is minutes old: not yet
    first = backups.backup_files(path)[0]
    long_ago = time.time() - backups.EVERY_S - 60
    os.utime(first, (long_ago, long_ago))
    Project.open(path).close()
    assert len(backups.backup_files(path)) == 2  # changed and the newest backup is old: copied
    monkeypatch.setattr(backups, "EVERY_S", 0.0)
    with Project.open(path) as p:
        rid = p.records()[0].id
        for k in range(8):
            p.set_field(rid, "notes", f"第{k}次")
            p._backups.wait()  # each copy runs on its own thread: one at a time
    kept = backups.backup_files(path)
    assert len(kept) == backups.KEEP
    newest = backups.check_backup(kept[0])
    assert newest is not None and newest.records == 3
    with sqlite3.connect(kept[0]) as c:
        assert c.execute("SELECT json_extract(data, '$.notes') FROM records WHERE id = ?", (rid,)).fetchone()[0] == "第7次"
    assert not list(folder.glob(".*"))  # no temporary copy left behind


def test_no_backup_while_edits_come_quicker_than_the_interval(tmp_path, monkeypatch):
    path = tmp_path / "名单.awardproj"
    _make(path, 2)
    monkeypatch.setattr(backups, "EVERY_S", 3600.0)
    before = backups.backup_files(path)
    with Project.open(path) as p:
        for k in range(5):
            p.set_field(p.records()[0].id, "notes", str(k))
    after = backups.backup_files(path)
    # the open made one copy (the file had changed since it was made); edits made none
    assert (len(before), len(after)) == (0, 1)


def test_damaged_project_offers_the_newest_good_backup_and_restores_it(tmp_path, monkeypatch):
    path = tmp_path / "名单.awardproj"
    ids = _make(path)
    monkeypatch.setattr(backups, "EVERY_S", 3600.0)
    with Project.open(path) as p:  # backed up on open; these three edits are not in the backup
        p._backups.wait()  # (the copy runs on its own thread and would carry edits made meanwhile)
        for rid in ids[:3]:
            p.set_field(rid, "notes", "备份之后的修改")
    older = backups.backup_files(path)
    _smash_middle(path)
    damaged = path.read_bytes()

    with pytest.raises(ProjectError) as e:
        Project.open(path)
    err = e.value
    assert err.code == "damaged" and path.name in err.message
    assert "已损坏" in err.message and "备份" in err.message
    assert not any(w in err.message for w in ("page", "cell", "tree", "malformed", "database"))
    assert path.read_bytes() == damaged  # never written to
    assert backups.backup_files(path) == older  # a damaged file is never backed up
    offer = err.data["offer"]
    assert offer.backup.path == older[0] and offer.backup.records == len(NAMES)
    assert offer.missing_entries in (None, 3)  # 3 when the journal's pages survived

    done = restore_backup(path)
    assert done.backup.path == older[0]
    assert done.set_aside is not None and done.set_aside.read_bytes() == damaged
    with Project.open(path) as p:
        assert [r.record.name for r in p.records()] == NAMES


def test_restore_refuses_while_the_project_is_open_elsewhere(tmp_path):
    path = tmp_path / "名单.awardproj"
    _make(path, 2)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from awardtool.store import Project;"
         "p = Project.open(sys.argv[1]); print('open', flush=True); time.sleep(60)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectError) as e:
            restore_backup(path)
        assert e.value.code == "locked"
    finally:
        holder.kill()
        holder.wait()


def test_a_bad_backup_is_refused_and_nothing_moves(tmp_path):
    path = tmp_path / "名单.awardproj"
    _make(path, 2)
    junk = tmp_path / "不是备份.awardproj"
    junk.write_bytes(b"\x00" * 8192)
    before = path.read_bytes()
    with pytest.raises(ProjectError) as e:
        restore_backup(path, junk)
    assert e.value.code == "bad_backup" and path.read_bytes() == before


def test_cli_prints_the_offer_and_restores(tmp_path, monkeypatch):
    path = tmp_path / "名单.awardproj"
    _make(path)
    Project.open(path).close()  # the backup on opening
    _smash_middle(path)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    listed = subprocess.run([sys.executable, "-m", "awardtool", "list", "--project", str(path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert listed.returncode == 1
    assert "最近一份完好的备份" in listed.stderr and f"{len(NAMES)} 条记录" in listed.stderr
    assert "awardtool restore --project" in listed.stderr
    shown = subprocess.run([sys.executable, "-m", "awardtool", "restore", "--project", str(path), "--list"],
                           capture_output=True, text=True, env=env, timeout=60)
    (backup,) = backups.backup_files(path)
    assert shown.returncode == 0 and str(backup) in shown.stdout and f"{len(NAMES)} 条记录" in shown.stdout
    assert path.read_bytes()[:16] == b"SQLite format 3\x00" and not list(tmp_path.glob("*.before-restore-*"))
    restored = subprocess.run([sys.executable, "-m", "awardtool", "restore", "--project", str(path),
                               "--backup", str(backup)], capture_output=True, text=True, env=env, timeout=60)
    assert restored.returncode == 0, restored.stderr
    assert "已改名为" in restored.stdout
    listed = subprocess.run([sys.executable, "-m", "awardtool", "list", "--project", str(path)],
                            capture_output=True, text=True, env=env, timeout=60)
    assert listed.returncode == 0 and f"共 {len(NAMES)} 条记录" in listed.stdout


def test_names_with_wildcard_characters_find_their_backups(tmp_path):
    path = tmp_path / "名单[初稿]*.awardproj"
    _make(path, 2)
    Project.open(path).close()
    (found,) = backups.backup_files(path)
    assert found.name.startswith("名单[初稿]*-") and backups.check_backup(found).records == 2


def test_a_backup_that_cannot_be_made_is_said_and_the_edit_still_saved(tmp_path):
    path = tmp_path / "名单.awardproj"
    (rid,) = _make(path, 1)
    backups.backup_folder(path).write_text("挡住备份文件夹的同名文件", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "awardtool", "set", "--project", str(path), str(rid), "notes", "照常保存"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and "同名的文件挡住了备份文件夹" in done.stderr, done.stderr
    with Project.open(path) as p:
        assert p.record(rid).record.notes == "照常保存" and "名单.awardproj.backups" in p.backup_error


def test_edits_go_on_while_a_backup_is_copied(tmp_path, monkeypatch):
    """The copy runs beside the edits, a few pages per step: every edit is saved, the copy
    is sound, and it holds at least the records as they were when it started."""
    path = tmp_path / "名单.awardproj"
    ids = _make(path)
    monkeypatch.setattr(backups, "STEP_PAGES", 1)  # many short steps
    monkeypatch.setattr(backups, "EVERY_S", 0.0)
    during = 0
    with Project.open(path) as p:
        p._backups.wait()
        p.set_field(ids[0], "notes", "开始")  # due: starts a copy on its own thread
        for k, rid in enumerate(ids):
            p.set_field(rid, "notes", f"复制时的修改{k}")
            during += p._backups._copy.is_alive()
        p._backups.wait()
    assert during > 0  # some edits really were made while a copy was under way
    with Project.open(path) as p:
        assert [r.record.notes for r in p.records()] == [f"复制时的修改{k}" for k in range(len(ids))]
    newest = backups.check_backup(backups.backup_files(path)[0])
    assert newest is not None and newest.records == len(NAMES)
