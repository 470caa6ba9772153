"""`awardtool gui`: the screenshot mode end to end, the CLI staying Qt-free, English, icons."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from window_fixtures import window  # noqa: E402,F401

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_cli_does_not_import_qt():
    code = "import sys, awardtool.cli as c; c.build_parser(); print('PySide6' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_screenshot_of_the_seeds(tmp_path, seed_list, seed_narrative):
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    subprocess.run([sys.executable, "-m", "awardtool", "gui", str(seed_list), str(seed_narrative),
                    "--screenshot", str(out)], cwd=ROOT, env=env, check=True, timeout=120)
    from PySide6.QtGui import QImage

    img = QImage(str(out))
    assert (img.width(), img.height()) == (1366, 768)
    # The highlighted record (pale yellow) is visible somewhere in the document pane.
    yellow = sum(1 for x in range(450, 910, 4) for y in range(60, 760, 4)
                 if img.pixelColor(x, y).name() == "#fff4c2")
    assert yellow > 20


def test_english_interface(qtbot, tmp_path):
    from awardtool.ui.i18n import install_translators
    from awardtool.ui.main_window import MainWindow

    try:
        assert "awardtool_en" in install_translators("en")
        w = MainWindow()
        qtbot.addWidget(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:2] == ["&File", "&Edit"]
        assert w.actions_by_name["approve_next"].text() == "Approve and next"
        assert w.progress_label.text() == "Approved 0 / 0"
        w.close()
    finally:
        install_translators("zh_CN")


def test_every_action_has_a_shortcut_and_help_keys_exist(window):
    from PySide6.QtGui import QKeySequence

    from awardtool.ui.help import SHORTCUTS

    missing = [n for n, a in window.actions_by_name.items() if not a.shortcuts() and n != "about"]
    assert missing == []
    bound = {s.toString() for a in window.actions_by_name.values() for s in a.shortcuts()}
    for keys, _what in SHORTCUTS:
        first = keys.split("…")[0].strip()
        assert QKeySequence(first).toString() in bound, keys


def test_status_icons_are_distinct():
    from awardtool.fields import STATUSES
    from awardtool.ui.icons import status_icon

    colours = set()
    for code in STATUSES:
        img = status_icon(code).pixmap(32, 32).toImage()
        assert not img.isNull()
        colours.add(img.pixelColor(6, 16).name())
    assert len(colours) == len(STATUSES)


def test_english_catalogue_is_complete_and_compiled():
    """Every string of the window has an English translation (run
    resources/translations/build.py after adding strings, then translate the new ones)."""
    import xml.etree.ElementTree as ET

    ts = ROOT / "resources" / "translations" / "awardtool_en.ts"
    unfinished = [m.findtext("source") for m in ET.parse(ts).getroot().iter("message")
                  if not (m.findtext("translation") or "").strip()
                  or m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    assert ts.with_suffix(".qm").stat().st_mtime >= ts.stat().st_mtime - 1
