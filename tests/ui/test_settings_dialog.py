"""The settings dialog: typed input reaches the registry, wrong values keep the dialog open."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog  # noqa: E402

from awardtool.ui.settings import settings  # noqa: E402
from awardtool.ui.settings_dialog import SettingsDialog  # noqa: E402

pytestmark = pytest.mark.gui




@pytest.fixture
def dialog(qtbot) -> SettingsDialog:
    d = SettingsDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def type_text(widget, text: str) -> None:
    """Type per character: qtbot.keyClicks aborts on non-ASCII characters."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def click_ok(qtbot, d: SettingsDialog) -> None:
    qtbot.mouseClick(d.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_form_shows_defaults(dialog: SettingsDialog) -> None:
    assert dialog.user_name.text() == settings.value("prefs/user_name")
    assert dialog.language.currentData() == "zh_CN"
    assert dialog.language.currentText() == "中文"
    assert dialog.export_dir.text() == settings.value("prefs/export_dir")
    assert not hasattr(dialog, "word_limit") and not hasattr(dialog, "template")  # the project's
    assert "项目设置" in dialog.list_note.text()
    assert "重新启动" in dialog.language_note.text()


def test_typed_values_are_saved(qtbot, dialog: SettingsDialog, tmp_path: Path, monkeypatch) -> None:
    dialog.user_name.clear()
    type_text(dialog.user_name, "王小明")
    assert dialog.user_name.text() == "王小明"

    dialog.language.setCurrentIndex(dialog.language.findData("en"))

    out = tmp_path / "导出 文件夹"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    qtbot.mouseClick(dialog.export_browse, Qt.MouseButton.LeftButton)
    assert dialog.export_dir.text() == str(out)

    with qtbot.waitSignal(dialog.language_changed, timeout=1000) as blocker:
        click_ok(qtbot, dialog)
    assert blocker.args == ["en"]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.value("prefs/user_name") == "王小明"
    assert settings.value("prefs/language") == "en"
    assert settings.value("prefs/export_dir") == str(out)


def test_cancel_changes_nothing(qtbot, dialog: SettingsDialog) -> None:
    type_text(dialog.user_name, "改了")
    dialog.export_dir.setText("/elsewhere")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert settings.value("prefs/export_dir") != "/elsewhere"
    assert "改了" not in settings.value("prefs/user_name")


def test_missing_folder_keeps_dialog_open(qtbot, dialog: SettingsDialog, tmp_path: Path) -> None:
    dialog.export_dir.setText(str(tmp_path / "不存在的文件夹"))
    dialog.user_name.clear()
    with qtbot.assertNotEmitted(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    message = dialog.error.text()
    assert "不存在的文件夹" in message and "不存在" in message
    assert "姓名" in message
    # Nothing was written while the form was wrong.
    assert settings.value("prefs/export_dir") != str(tmp_path / "不存在的文件夹")

    dialog.export_dir.setText(str(tmp_path))
    type_text(dialog.user_name, "李")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert settings.value("prefs/export_dir") == str(tmp_path)
    assert settings.value("prefs/user_name") == "李"


def test_saved_values_come_back(qtbot, tmp_path: Path) -> None:
    settings.set_value("prefs/user_name", "赵六")
    settings.set_value("prefs/language", "en")
    settings.set_value("prefs/export_dir", str(tmp_path))
    d = SettingsDialog()
    qtbot.addWidget(d)
    assert (d.user_name.text(), d.language.currentText(), d.export_dir.text()) == ("赵六", "English", str(tmp_path))
    # Unchanged language: no restart needed, no signal.
    with qtbot.assertNotEmitted(d.language_changed):
        d.accept()
