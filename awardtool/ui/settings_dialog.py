"""设置 (Preferences): what belongs to the clerk — name, language, export folder.

What belongs to the list (字数上限, Word 模板, title, grouping, order, 称号) is not here: it
lives in the project and is edited in 项目设置 (project_settings_dialog), so two homes can
never contradict each other.

Everything is read from and written through the settings registry (``awardtool.ui.settings``),
only when the clerk presses 确定 and only if every value makes sense: a folder that does not
exist is named in red under the form and the dialog stays open, so a wrong setting is never
discovered at export time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from awardtool.ui.settings import LANGUAGES, settings

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language: never translated


class SettingsDialog(QDialog):
    """The preferences form. ``language_changed(code)`` fires after saving a different language."""

    language_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("设置"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.user_name = QLineEdit(self)
        self.user_name.setObjectName("user_name")
        self.user_name.setPlaceholderText(self.tr("例如：张三"))
        form.addRow(self.tr("您的姓名（记入修改记录）："), self.user_name)

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        language_row = QVBoxLayout()
        language_row.addWidget(self.language)
        self.language_note = QLabel(self.tr("更改界面语言后，需要重新启动 awardtool 才生效。"), self)
        self.language_note.setStyleSheet("color: #666;")
        language_row.addWidget(self.language_note)
        form.addRow(self.tr("界面语言："), language_row)

        self.export_dir = QLineEdit(self)
        self.export_dir.setObjectName("export_dir")
        self.export_browse = QPushButton(self.tr("浏览…"), self)
        self.export_browse.clicked.connect(self._browse_export_dir)
        form.addRow(self.tr("默认导出文件夹："), self._with_button(self.export_dir, self.export_browse))
        self.list_note = QLabel(self.tr("字数上限、Word 模板、名单标题、分组排序和称号属于名单本身，"
                                        "请在“文件 → 项目设置…”中修改。"), self)
        self.list_note.setWordWrap(True)
        self.list_note.setStyleSheet("color: #666;")
        form.addRow(self.list_note)
        layout.addLayout(form)

        self.error = QLabel(self)
        self.error.setObjectName("settings_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c5221f;")
        self.error.hide()
        layout.addWidget(self.error)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.load()

    def _with_button(self, edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(button)
        return row

    # ---------------------------------------------------------------- registry <-> form
    def load(self) -> None:
        """Fill the form from the registry (defaults where nothing was saved)."""
        self.user_name.setText(settings.value("prefs/user_name"))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.value("prefs/language"))))
        self.export_dir.setText(settings.value("prefs/export_dir"))

    def problems(self) -> list[str]:
        """What is wrong with the form, in words for the clerk; empty when it can be saved."""
        found: list[str] = []
        if not self.user_name.text().strip():
            found.append(self.tr("请填写您的姓名：修改记录里要写明是谁改的。"))
        folder = self.export_dir.text().strip()
        if not folder:
            found.append(self.tr("请选择默认导出文件夹。"))
        elif not Path(folder).is_dir():
            found.append(self.tr("导出文件夹“{path}”不存在，请重新选择。").format(path=folder))
        return found

    def save(self) -> None:
        old_language = settings.value("prefs/language")
        settings.set_value("prefs/user_name", self.user_name.text().strip())
        settings.set_value("prefs/language", self.language.currentData())
        settings.set_value("prefs/export_dir", self.export_dir.text().strip())
        if self.language.currentData() != old_language:
            self.language_changed.emit(self.language.currentData())

    def accept(self) -> None:
        found = self.problems()
        if found:
            self.error.setText("\n".join(found))
            self.error.show()
            return
        self.error.hide()
        self.save()
        super().accept()

    # ---------------------------------------------------------------- browse buttons
    def _browse_export_dir(self) -> None:
        start = self.export_dir.text().strip() or settings.default("prefs/export_dir")
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择默认导出文件夹"), start)
        if folder:
            self.export_dir.setText(str(Path(folder)))
