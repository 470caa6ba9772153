"""The welcome page: every way in emits its signal, the recent list mirrors the settings."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from awardtool.resource_paths import app_icon_path, example_files  # noqa: E402
from awardtool.ui.settings import settings  # noqa: E402
from awardtool.ui.welcome import PathRole, WelcomeWidget  # noqa: E402

pytestmark = pytest.mark.gui




@pytest.fixture
def welcome(qtbot) -> WelcomeWidget:
    w = WelcomeWidget()
    qtbot.addWidget(w)
    w.resize(1000, 700)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_start_buttons_emit(qtbot, welcome: WelcomeWidget, seed_list: Path, seed_narrative: Path) -> None:
    with qtbot.waitSignal(welcome.open_project, timeout=1000):
        qtbot.mouseClick(welcome.open_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(welcome.new_from_files, timeout=1000):
        qtbot.mouseClick(welcome.new_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(welcome.open_example, timeout=1000) as blocker:
        qtbot.mouseClick(welcome.example_button, Qt.MouseButton.LeftButton)
    paths = [Path(p) for p in blocker.args[0]]
    assert seed_list in paths and seed_narrative in paths
    assert all(p.is_file() for p in paths)


def test_example_files_are_the_seeds(seed_list: Path, seed_narrative: Path) -> None:
    assert example_files() == sorted([seed_list, seed_narrative])


def test_empty_recent_list_says_so(welcome: WelcomeWidget) -> None:
    assert welcome.recent_list.isHidden()
    assert welcome.no_recent.isVisible()
    assert "还没有打开过项目" in welcome.no_recent.text()


def test_texts_are_chinese_and_visible(welcome: WelcomeWidget) -> None:
    texts = [label.text() for label in welcome.findChildren(QLabel) if label.isVisible()]
    assert "表彰名单审核工具" in texts
    assert any("拖到这个窗口" in t for t in texts)
    assert [b.text() for b in (welcome.open_button, welcome.new_button, welcome.example_button)] == [
        "打开项目…",
        "从文件新建项目…",
        "打开示例",
    ]


def test_recent_projects_listed_and_opened(qtbot, tmp_path: Path) -> None:
    present = tmp_path / "2024年度表彰.awardproj"
    present.write_bytes(b"x")
    gone = tmp_path / "已删除.awardproj"
    settings.add_recent(gone)
    settings.add_recent(present)

    w = WelcomeWidget()
    qtbot.addWidget(w)
    w.show()
    assert w.recent_list.isVisible() and w.no_recent.isHidden()
    assert w.recent_list.count() == 2
    first, second = w.recent_list.item(0), w.recent_list.item(1)
    assert first.data(PathRole) == str(present)
    assert "2024年度表彰" in first.text()
    assert "找不到文件" in second.text()
    assert not (second.flags() & Qt.ItemFlag.ItemIsEnabled)

    rect = w.recent_list.visualItemRect(first)
    with qtbot.waitSignal(w.open_recent, timeout=1000) as blocker:
        qtbot.mouseClick(w.recent_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [str(present)]

    # A missing project never reaches the main window.
    with qtbot.assertNotEmitted(w.open_recent):
        w._activate(second)

    w.remove_recent(str(gone))
    assert w.recent_list.count() == 1
    assert settings.value("state/recent_projects") == [str(present)]


def test_list_refreshes_when_shown_again(qtbot, tmp_path: Path, welcome: WelcomeWidget) -> None:
    project = tmp_path / "新项目.awardproj"
    project.write_bytes(b"x")
    welcome.hide()
    settings.add_recent(project)
    welcome.show()
    assert welcome.recent_list.count() == 1


def test_app_icon_files_render() -> None:
    for suffix in (".svg", ".png", ".ico"):
        assert app_icon_path(suffix).is_file()
    png = QImage(str(app_icon_path(".png")))
    assert (png.width(), png.height()) == (256, 256)
    # A red disc inside a gold ring, transparent corners: the icon really has content.
    disc, ring, corner = png.pixelColor(128, 44), png.pixelColor(128, 20), png.pixelColor(2, 2)
    assert disc.red() > 150 and disc.green() < 60
    assert ring.red() > 200 and ring.green() > 150 and ring.blue() < 120
    assert corner.alpha() == 0
