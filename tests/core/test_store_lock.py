"""One writer per project: a second instance is refused with a clear message while the
first has the project open — even after the first process closed another descriptor to the
file, which drops SQLite's own fcntl lock — commands wait briefly for a busy project, and a
crashed instance's lock (or its leftover lock file) never blocks reopening."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from awardtool.records import Record
from awardtool.store import Project, ProjectError
from awardtool.store.lockfile import lock_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

HOLDER = r"""
import sys, time
from awardtool.store import Project
p = Project.open(sys.argv[1], user="第一个窗口")
print("open", flush=True)
time.sleep(60)
"""

TRY_OPEN = r"""
import sys
from awardtool.store import Project, ProjectError
try:
    Project.open(sys.argv[1], wait=0).close()
    print("opened")
except ProjectError as e:
    print(e.code, e.message)
"""


def test_second_instance_refused_until_the_first_dies(tmp_path):
    path = tmp_path / "共享.awardproj"
    Project.open(path, create=True).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectError) as e:
            Project.open(path, wait=0)
        assert e.value.code == "locked"
        assert "共享.awardproj" in e.value.message and "已在另一处打开" in e.value.message
        other = subprocess.run([sys.executable, "-c", TRY_OPEN, str(path)], capture_output=True, text=True)
        assert other.stdout.startswith("locked 项目“共享.awardproj”")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock_path(path).exists()  # the killed holder could not tidy up: the file must not matter
    with Project.open(path) as p:  # the dead process's lock is gone with it
        assert p.records() == []
    assert not lock_path(path).exists()  # a clean close leaves nothing beside the project


def _awardtool(*argv: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "awardtool", *argv], capture_output=True, text=True, env=env,
                          timeout=60)


def _project_with_one_record(path: Path) -> int:
    with Project.open(path, create=True) as p:
        (rid,) = p.add_record(Record("某某市机关事务管理局")).record_ids
        return rid


def test_reading_the_file_in_the_holding_process_does_not_let_a_second_writer_in(tmp_path):
    """The issue's reproduction: POSIX drops SQLite's fcntl locks when any descriptor to the
    file closes; the writer lock must survive that, and survive closing the lock file too."""
    path = tmp_path / "名单.awardproj"
    rid = _project_with_one_record(path)
    with Project.open(path) as p:
        with open(path, "rb") as f:
            assert f.read(16) == b"SQLite format 3\x00"
        with open(lock_path(path), "rb") as f:
            f.read()
        done = _awardtool("set", "--project", str(path), str(rid), "notes", "第二个写入者")
        assert done.returncode == 1, done.stdout
        assert "已在另一处打开" in done.stderr and "名单.awardproj" in done.stderr
        assert p.record(rid).record.notes == ""
        p.set_field(rid, "notes", "第一个写入者")  # the holder still writes normally
    with Project.open(path) as p:
        assert p.record(rid).record.notes == "第一个写入者"


HOLD_BRIEFLY = r"""
import sys, time
from awardtool.store import Project
p = Project.open(sys.argv[1], user="脚本")
print("open", flush=True)
time.sleep(float(sys.argv[2]))
p.close()
"""


def test_a_command_waits_for_a_brief_holder_instead_of_failing(tmp_path):
    path = tmp_path / "名单.awardproj"
    rid = _project_with_one_record(path)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_BRIEFLY, str(path), "1.0"], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        done = _awardtool("set", "--project", str(path), str(rid), "notes", "等到了")
    finally:
        holder.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    with Project.open(path) as p:
        assert p.record(rid).record.notes == "等到了"


CONTEND = r"""
import os, sys, time
from pathlib import Path
from awardtool.store.lockfile import ProjectLock
project, inside = Path(sys.argv[1]), Path(sys.argv[2])
for _ in range(40):
    lock = ProjectLock.acquire(project, wait=30)
    fd = os.open(inside, os.O_CREAT | os.O_EXCL | os.O_WRONLY)  # fails if another holder is inside
    os.close(fd)
    time.sleep(0.001)
    os.unlink(inside)
    lock.release()  # deletes the lock file: the next taker must not lock a deleted one
print("ok")
"""


def test_contending_processes_never_hold_the_lock_together(tmp_path):
    project = tmp_path / "名单.awardproj"
    inside = tmp_path / "inside"
    procs = [subprocess.Popen([sys.executable, "-c", CONTEND, str(project), str(inside)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    assert [out.strip() for out, _err in results] == ["ok"] * 4, [err for _out, err in results]
    assert not lock_path(project).exists()


def test_a_lock_file_deleted_by_its_last_holder_is_not_mistaken_for_the_lock(tmp_path, monkeypatch):
    """B opened the lock file just before A released it (and deleted it); meanwhile C made a
    new lock file and holds it. B's lock on the deleted file must not count."""
    from awardtool.store import lockfile

    project = tmp_path / "名单.awardproj"
    a = lockfile.ProjectLock.acquire(project)
    stale = os.open(lock_path(project), os.O_RDWR)  # B, a moment too early
    a.release()
    c = lockfile.ProjectLock.acquire(project)
    real_open = lockfile._open
    opened = iter([stale])
    monkeypatch.setattr(lockfile, "_open", lambda path: next(opened, None) or real_open(path))
    try:
        with pytest.raises(lockfile.LockBusy):
            lockfile.ProjectLock.acquire(project)
    finally:
        c.release()
    lockfile.ProjectLock.acquire(project).release()  # free again once C let go
