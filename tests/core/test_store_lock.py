"""One writer per project: a second instance is refused with a clear message while the
first has the project open, and a crashed instance's lock never blocks reopening."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from awardtool.store import Project, ProjectError

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
    Project.open(sys.argv[1]).close()
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
            Project.open(path)
        assert e.value.code == "locked"
        assert "共享.awardproj" in e.value.message and "另一个 awardtool" in e.value.message
        other = subprocess.run([sys.executable, "-c", TRY_OPEN, str(path)], capture_output=True, text=True)
        assert other.stdout.startswith("locked 项目“共享.awardproj”")
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with Project.open(path) as p:  # the dead process's lock is gone with it
        assert p.records() == []
