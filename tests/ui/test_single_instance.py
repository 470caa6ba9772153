"""One window per user: `awardtool gui P.awardproj FILE` started while P is open in a window
hands P and FILE to that window (which shows itself and imports FILE) and exits, instead of
opening a second writer of P."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from window_fixtures import window  # noqa: E402,F401

from awardtool.store import Project  # noqa: E402

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

LIST_TEXT = "关于拟表彰先进集体的公示\n\n1. 某某省某某市机关事务管理局办公室\n2. 某某省某某县人民医院重症医学科\n"


@pytest.fixture
def own_settings(tmp_path, monkeypatch) -> dict:
    """The server name follows the settings folder: this test's windows meet only each other."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}


def test_second_start_hands_project_and_files_to_the_first_window(window, qtbot, tmp_path, own_settings):
    from awardtool.ui.app import serve_handovers
    from awardtool.ui.single_instance import SingleInstance

    path = tmp_path / "名单.awardproj"
    Project.open(path, create=True).close()
    listing = tmp_path / "公示名单.txt"
    listing.write_text(LIST_TEXT, encoding="utf-8")
    assert window.open_project(str(path))
    held = window.project

    instance = SingleInstance()
    assert instance.claim()
    try:
        serve_handovers(instance, window)
        imported: list = []
        window.import_finished.connect(lambda ids, failures: imported.append((ids, failures)))
        window.showMinimized()
        # as a double-click on the project file starts it, with a file to import as well
        second = subprocess.Popen([sys.executable, "-m", "awardtool", "gui", str(path), str(listing)],
                                  cwd=ROOT, env=own_settings, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True)
        with qtbot.waitSignal(instance.requested, timeout=60_000) as request:
            pass
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert request.args == [str(path), [str(listing)]]
        qtbot.waitUntil(lambda: bool(imported), timeout=60_000)
        assert window.project is held and not held.closed  # not reopened, no second writer
        assert not window.isMinimized()
        assert [Path(d.path).name for d in held.documents()] == ["公示名单.txt"]
    finally:
        instance.close()


def test_a_crashed_first_window_does_not_stop_the_next_from_being_first(tmp_path, own_settings):
    """The first window's claim dies with its process: the next start is first again, even
    with the old socket file and lock file left behind."""
    claim = ("import sys; from awardtool.ui.app import make_app; make_app();"
             "from awardtool.ui.single_instance import SingleInstance; s = SingleInstance();"
             "print(s.claim(), flush=True); sys.stdin.readline(); import os; os._exit(0)")
    first = subprocess.Popen([sys.executable, "-c", claim], cwd=ROOT, env=own_settings, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert first.stdout.readline().strip() == "True"
    blocked = subprocess.run([sys.executable, "-c", claim], cwd=ROOT, env=own_settings, input="\n",
                             capture_output=True, text=True, timeout=60)
    assert blocked.stdout.strip() == "False"
    first.stdin.write("\n")
    first.stdin.close()
    first.wait(timeout=30)  # os._exit: no clean-up, like a crash
    again = subprocess.run([sys.executable, "-c", claim], cwd=ROOT, env=own_settings, input="\n",
                           capture_output=True, text=True, timeout=60)
    assert again.stdout.strip() == "True", again.stderr
