"""F1 help and the About box (reached from the welcome page's hint): content a clerk relies on."""

from __future__ import annotations


import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import qVersion  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

import awardtool  # noqa: E402
from awardtool.ui.help import SHORTCUTS, HelpDialog, about_text, display_keys, show_about  # noqa: E402

pytestmark = pytest.mark.gui




def test_guide_lists_the_flow_in_order(qtbot) -> None:
    d = HelpDialog()
    qtbot.addWidget(d)
    text = d.guide.text()
    positions = [text.index(step) for step in ("导入", "逐条核对", "修正 / 一键修复", "审核通过", "导出")]
    assert positions == sorted(positions)
    assert "导入 → 逐条核对 → 修正 / 一键修复 → 审核通过 → 导出" in text


def test_shortcut_table(qtbot) -> None:
    d = HelpDialog()
    qtbot.addWidget(d)
    table = d.shortcuts
    assert table.rowCount() == len(SHORTCUTS)
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Ctrl+O"] == "打开项目"
    assert "审核通过" in rows["Ctrl+Enter"]
    assert "Excel" in rows["Ctrl+Shift+E"]
    assert "Word" in rows["Ctrl+E"]
    assert rows["F1"] == "打开本帮助"
    assert "选中的文字" in rows["Ctrl+1 … Ctrl+9"]
    assert {"Ctrl+Z", "Ctrl+Y", "Ctrl+I", "Ctrl+F", "PgUp", "PgDown"} <= set(rows)


def test_display_keys_match_the_keyboard() -> None:
    assert display_keys("Ctrl+Return") == "Ctrl+Enter"
    assert display_keys("Ctrl+1 … Ctrl+9") == "Ctrl+1 … Ctrl+9"


def test_about_names_versions(qtbot, monkeypatch) -> None:
    text = about_text()
    assert awardtool.__version__ in text
    assert f"Qt {qVersion()}" in text
    assert "awardtool.ini" in text
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    show_about(None)
    assert shown and awardtool.__version__ in shown[0]


def test_shortcut_names_do_not_depend_on_translators(qapp) -> None:
    """Qt's Chinese catalogue calls Return 回车; the table keeps the key's printed name."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    translator = QTranslator()
    if not translator.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        pytest.skip("Qt's Chinese catalogue is not installed")
    qapp.installTranslator(translator)
    try:
        assert display_keys("Ctrl+Return") == "Ctrl+Enter"
        assert display_keys("PgDown") == "PgDown"
    finally:
        qapp.removeTranslator(translator)
