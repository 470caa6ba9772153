"""The settings dialog: typed input reaches the registry, wrong values keep the dialog open."""

from __future__ import annotations

from pathlib import Path

import docx
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


def make_template(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("模板")
    document.save(path)
    return path


def test_form_shows_defaults(dialog: SettingsDialog) -> None:
    assert dialog.user_name.text() == settings.value("prefs/user_name")
    assert dialog.language.currentData() == "zh_CN"
    assert dialog.language.currentText() == "中文"
    assert dialog.word_limit.value() == 300
    assert dialog.export_dir.text() == settings.value("prefs/export_dir")
    assert dialog.template.text() == ""
    assert "重新启动" in dialog.language_note.text()


def test_typed_values_are_saved(qtbot, dialog: SettingsDialog, tmp_path: Path, monkeypatch) -> None:
    dialog.user_name.clear()
    type_text(dialog.user_name, "王小明")
    assert dialog.user_name.text() == "王小明"

    dialog.language.setCurrentIndex(dialog.language.findData("en"))

    dialog.word_limit.selectAll()
    type_text(dialog.word_limit, "1500")

    out = tmp_path / "导出 文件夹"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    qtbot.mouseClick(dialog.export_browse, Qt.MouseButton.LeftButton)
    assert dialog.export_dir.text() == str(out)

    template = make_template(tmp_path / "红头模板.docx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), "Word 文档 (*.docx)"))
    qtbot.mouseClick(dialog.template_browse, Qt.MouseButton.LeftButton)
    assert dialog.template.text() == str(template)

    with qtbot.waitSignal(dialog.language_changed, timeout=1000) as blocker:
        click_ok(qtbot, dialog)
    assert blocker.args == ["en"]
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.value("prefs/user_name") == "王小明"
    assert settings.value("prefs/language") == "en"
    assert settings.value("prefs/word_limit") == 1500
    assert settings.value("prefs/export_dir") == str(out)
    assert settings.value("prefs/template") == str(template)


def test_cancel_changes_nothing(qtbot, dialog: SettingsDialog) -> None:
    type_text(dialog.user_name, "改了")
    dialog.word_limit.setValue(800)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert dialog.result() == SettingsDialog.DialogCode.Rejected
    assert settings.value("prefs/word_limit") == 300
    assert "改了" not in settings.value("prefs/user_name")


def test_missing_folder_and_bad_template_keep_dialog_open(qtbot, dialog: SettingsDialog, tmp_path: Path) -> None:
    dialog.export_dir.setText(str(tmp_path / "不存在的文件夹"))
    dialog.template.setText(str(tmp_path / "旧模板.doc"))
    dialog.user_name.clear()
    with qtbot.assertNotEmitted(dialog.accepted):
        click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    message = dialog.error.text()
    assert "不存在的文件夹" in message and "不存在" in message
    assert "旧模板.doc" in message and ".docx" in message
    assert "姓名" in message
    # Nothing was written while the form was wrong.
    assert settings.value("prefs/export_dir") != str(tmp_path / "不存在的文件夹")

    dialog.export_dir.setText(str(tmp_path))
    dialog.template.setText(str(tmp_path / "没有这个.docx"))
    type_text(dialog.user_name, "李")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "没有这个.docx" in dialog.error.text()

    dialog.template.clear()
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert settings.value("prefs/export_dir") == str(tmp_path)
    assert settings.value("prefs/template") == ""
    assert settings.value("prefs/user_name") == "李"


def test_word_limit_arrows_jump_between_common_values(qtbot, dialog: SettingsDialog) -> None:
    spin = dialog.word_limit
    seen = [spin.value()]
    for _ in range(5):
        spin.stepUp()
        seen.append(spin.value())
    assert seen == [300, 500, 800, 1000, 2000, 2500]
    spin.setValue(650)
    spin.stepDown()
    assert spin.value() == 500
    spin.setValue(200)
    spin.stepDown()
    assert spin.value() == 150
    spin.setValue(300)
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 500


def test_saved_values_come_back(qtbot, tmp_path: Path) -> None:
    settings.set_value("prefs/user_name", "赵六")
    settings.set_value("prefs/language", "en")
    settings.set_value("prefs/word_limit", 2000)
    settings.set_value("prefs/export_dir", str(tmp_path))
    d = SettingsDialog()
    qtbot.addWidget(d)
    assert (d.user_name.text(), d.language.currentText(), d.word_limit.value(), d.export_dir.text()) == (
        "赵六",
        "English",
        2000,
        str(tmp_path),
    )
    # Unchanged language: no restart needed, no signal.
    with qtbot.assertNotEmitted(d.language_changed):
        d.accept()
