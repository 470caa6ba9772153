"""设置 (Preferences): the clerk's name, language, 字数 limit, export folder, Word template.

Everything is read from and written through the settings registry (``awardtool.ui.settings``),
only when the clerk presses 确定 and only if every value makes sense: a folder that does not
exist or a template that is not a .docx is named in red under the form and the dialog stays
open, so a wrong setting is never discovered at export time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from awardtool.ui.settings import LANGUAGES, WORD_LIMIT_CHOICES, settings

LANGUAGE_NAMES = {"zh_CN": "中文", "en": "English"}  # each in its own language: never translated


class WordLimitSpinBox(QSpinBox):
    """A spin box whose arrows jump between the common limits (200, 300, 500, 800, 1000, 2000).

    Any other number can still be typed: some notices ask for 150 or 1500 字.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(50, 20000)
        self.setSuffix(self.tr(" 字"))
        self.setAccelerated(True)
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt override)
        value = self.value()
        for _ in range(abs(steps)):
            if steps > 0:
                bigger = [c for c in WORD_LIMIT_CHOICES if c > value]
                value = bigger[0] if bigger else min(self.maximum(), value + 500)
            else:
                smaller = [c for c in WORD_LIMIT_CHOICES if c < value]
                value = smaller[-1] if smaller else max(self.minimum(), value - 50)
        self.setValue(value)


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

        self.word_limit = WordLimitSpinBox(self)
        self.word_limit.setObjectName("word_limit")
        self.word_limit.setToolTip(
            self.tr("新建项目时事迹的默认字数上限；常用 200、300、500、800、1000、2000 字。每个项目可以单独修改。")
        )
        form.addRow(self.tr("事迹字数上限（默认）："), self.word_limit)

        self.export_dir = QLineEdit(self)
        self.export_dir.setObjectName("export_dir")
        self.export_browse = QPushButton(self.tr("浏览…"), self)
        self.export_browse.clicked.connect(self._browse_export_dir)
        form.addRow(self.tr("默认导出文件夹："), self._with_button(self.export_dir, self.export_browse))

        self.template = QLineEdit(self)
        self.template.setObjectName("template")
        self.template.setPlaceholderText(self.tr("不填则使用内置的公文格式"))
        self.template_browse = QPushButton(self.tr("浏览…"), self)
        self.template_browse.clicked.connect(self._browse_template)
        form.addRow(self.tr("Word 导出模板（.docx）："), self._with_button(self.template, self.template_browse))
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
        self.word_limit.setValue(settings.value("prefs/word_limit"))
        self.export_dir.setText(settings.value("prefs/export_dir"))
        self.template.setText(settings.value("prefs/template"))

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
        template = self.template.text().strip()
        if template:
            if Path(template).suffix.lower() != ".docx":
                found.append(self.tr("模板“{path}”不是 .docx 文件（.doc 和 .wps 请先用 Word/WPS 另存为 .docx）。").format(path=template))
            elif not Path(template).is_file():
                found.append(self.tr("模板文件“{path}”不存在，请重新选择，或清空使用内置格式。").format(path=template))
        return found

    def save(self) -> None:
        old_language = settings.value("prefs/language")
        settings.set_value("prefs/user_name", self.user_name.text().strip())
        settings.set_value("prefs/language", self.language.currentData())
        settings.set_value("prefs/word_limit", self.word_limit.value())
        settings.set_value("prefs/export_dir", self.export_dir.text().strip())
        settings.set_value("prefs/template", self.template.text().strip())
        if self.language.currentData() != old_language:
            self.language_changed.emit(self.language.currentData())

    def accept(self) -> None:
        self.word_limit.interpretText()  # a number typed but not yet committed by the spin box
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

    def _browse_template(self) -> None:
        current = self.template.text().strip()
        start = str(Path(current).parent) if current else self.export_dir.text().strip()
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择 Word 导出模板"), start, self.tr("Word 文档 (*.docx)")
        )
        if path:
            self.template.setText(str(Path(path)))
