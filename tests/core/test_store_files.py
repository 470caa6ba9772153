"""Files awardtool writes — projects, copies, backups, exports — get the user's normal
permissions (a replaced file keeps its mode), and no hidden temporary file outlives the
write: removed on every way out, and a killed process's leftovers removed later."""

from __future__ import annotations

import os
import stat
import sys
import time

import pytest

from awardtool.export.atomic import ExportError, atomic_target
from awardtool.records import Record
from awardtool.store import Project, backups

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_projects_copies_and_backups_get_normal_permissions(tmp_path, umask_022):
    path = tmp_path / "名单.awardproj"
    with Project.open(path, create=True) as p:
        p.add_record(Record("某某市机关事务管理局"))
    assert mode(path) == 0o644
    Project.open(path).close()  # makes a backup
    assert [mode(b) for b in backups.backup_files(path)] == [0o644]
    shared = tmp_path / "共享副本.awardproj"
    shared.write_bytes(b"")
    os.chmod(shared, 0o664)
    with Project.open(path) as p:
        p.save_as(shared)
        p.save_as(tmp_path / "新副本.awardproj")
    assert mode(shared) == 0o664  # replacing a file keeps its mode
    assert mode(tmp_path / "新副本.awardproj") == 0o644


def test_exports_get_normal_permissions_and_keep_a_replaced_files_mode(tmp_path, umask_022):
    new, old = tmp_path / "名单.docx", tmp_path / "汇总表.xlsx"
    old.write_bytes(b"old")
    os.chmod(old, 0o640)
    for target in (new, old):
        with atomic_target(target) as tmp:
            tmp.write_bytes(b"new")
    assert (mode(new), mode(old)) == (0o644, 0o640)
    assert old.read_bytes() == b"new"


def test_an_interrupted_export_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "名单.docx"
    for interruption in (RuntimeError("写到一半出错"), KeyboardInterrupt()):
        with pytest.raises(type(interruption)):
            with atomic_target(target) as tmp:
                tmp.write_bytes(b"half")
                raise interruption
    assert sorted(os.listdir(tmp_path)) == []


def test_stale_leftovers_of_killed_writes_are_removed_and_nothing_else(tmp_path):
    path = tmp_path / "名单.awardproj"
    Project.open(path, create=True).close()
    two_hours_ago = time.time() - 2 * 3600
    old_project_tmp = tmp_path / ".名单.awardproj.k3x9q2ab.tmp"
    old_export_tmp = tmp_path / ".awardtool-q8d7u1zz.docx"
    fresh_project_tmp = tmp_path / ".名单.awardproj.a1b2c3d4.tmp"  # perhaps another process's write in progress
    unrelated = [tmp_path / ".名单.awardproj.备注.txt", tmp_path / ".其他.tmp"]
    for f in (old_project_tmp, old_export_tmp, fresh_project_tmp, *unrelated):
        f.write_bytes(b"x")
    for f in (old_project_tmp, old_export_tmp, *unrelated):
        os.utime(f, (two_hours_ago, two_hours_ago))

    Project.open(path).close()
    assert not old_project_tmp.exists() and fresh_project_tmp.exists() and old_export_tmp.exists()
    with atomic_target(tmp_path / "名单.docx") as tmp:
        tmp.write_bytes(b"docx")
    assert not old_export_tmp.exists()
    assert all(f.exists() for f in unrelated)


def test_a_255_byte_export_name_is_checked_and_written(tmp_path):
    name = "表" * 83 + "a.docx"  # 249 + 6 = 255 bytes: "~$" + name cannot exist
    assert len(name.encode()) == 255
    target = tmp_path / name
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"docx")
    assert target.read_bytes() == b"docx"
    (tmp_path / ("~$" + name[2:])).write_bytes(b"owner")  # Word's owner file for a long name
    with pytest.raises(ExportError) as e:
        with atomic_target(target) as tmp:
            tmp.write_bytes(b"new")
    assert "正在被" in e.value.message and target.read_bytes() == b"docx"
    with pytest.raises(ExportError) as e:
        with atomic_target(tmp_path / ("表" * 90 + ".docx")):
            pass
    assert "文件名" in e.value.message
