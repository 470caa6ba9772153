"""项目设置: what belongs to the list itself, saved in the project file.

名单标题, 表彰事项, 集体称号 and 个人称号, 简要事迹字数上限, grouping, order and the Word
template are the list's, not the clerk's: they travel with the ``.awardproj`` to a colleague,
and ``awardtool export`` and ``awardtool set-setting`` read and write the same keys
(awardtool.store.settings). Values are checked before anything is saved: a template that is
not a .docx or does not exist is named in red and the dialog stays open; a template that is
not an official-format document (no A4, no page number) is named as a warning.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
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

WORD_LIMIT_CHOICES = (200, 300, 500, 800, 1000, 2000)
"""Common 字数 limits for 事迹 in notices; the arrows jump between them, any value may be typed."""


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


class ProjectSettingsDialog(QDialog):
    """Edit the open project's settings; ``accept`` saves the changed keys."""

    TEXT_KEYS = ("list_title", "award", "award_collective", "award_individual")

    def __init__(self, project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("project_settings_dialog")
        self.setWindowTitle(self.tr("项目设置"))
        self.setMinimumWidth(600)
        self.project = project
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("这些设置属于名单本身，保存在项目文件“{0}”中，导出时（窗口和命令行）都按它们进行。")
                                .format(Path(project.path).name), self))
        form = QFormLayout()
        self.texts: dict[str, QLineEdit] = {}
        for key, label, hint in (
            ("list_title", self.tr("名单标题："), self.tr("如：全国机关事务工作先进集体和先进个人拟表彰名单")),
            ("award", self.tr("表彰事项："), self.tr("公示标题中的事项，如：全国机关事务工作先进集体和先进个人")),
            ("award_collective", self.tr("集体称号："), self.tr("如：全国机关事务工作先进集体")),
            ("award_individual", self.tr("个人称号："), self.tr("如：全国机关事务工作先进个人")),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(key)
            edit.setPlaceholderText(hint)
            form.addRow(label, edit)
            self.texts[key] = edit

        self.word_limit = WordLimitSpinBox(self)
        self.word_limit.setObjectName("word_limit")
        self.no_limit = QCheckBox(self.tr("不限字数"), self)
        self.no_limit.setObjectName("no_limit")
        self.no_limit.toggled.connect(lambda on: self.word_limit.setEnabled(not on))
        row = QHBoxLayout()
        row.addWidget(self.word_limit, 1)
        row.addWidget(self.no_limit)
        form.addRow(self.tr("简要事迹字数上限："), row)

        self.group_by = QComboBox(self)
        self.group_by.setObjectName("group_by")
        self.group_by.addItem(self.tr("不分组"), None)
        self.group_by.addItem(self.tr("按地区分组"), "region")
        form.addRow(self.tr("导出时分组："), self.group_by)
        self.order_by = QComboBox(self)
        self.order_by.setObjectName("order_by")
        self.order_by.addItem(self.tr("保持列表顺序"), None)
        self.order_by.addItem(self.tr("按姓氏笔画"), "strokes")
        form.addRow(self.tr("导出时排序："), self.order_by)

        self.template = QLineEdit(self)
        self.template.setObjectName("template")
        self.template.setPlaceholderText(self.tr("不填则使用内置的公文格式"))
        self.template_browse = QPushButton(self.tr("浏览…"), self)
        self.template_browse.clicked.connect(self._browse_template)
        row = QHBoxLayout()
        row.addWidget(self.template, 1)
        row.addWidget(self.template_browse)
        form.addRow(self.tr("Word 导出模板（.docx）："), row)
        layout.addLayout(form)

        self.error = QLabel(self)
        self.error.setObjectName("project_settings_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c5221f;")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._warned_template: str | None = None
        self.load()

    def load(self) -> None:
        s = self.project.settings()
        for key, edit in self.texts.items():
            edit.setText(s.get(key) or "")
        limit = s.get("word_limit")
        self.no_limit.setChecked(limit is None)
        self.word_limit.setValue(limit or 300)
        self.group_by.setCurrentIndex(max(0, self.group_by.findData(s.get("group_by"))))
        order = s.get("order_by") if s.get("order_by") != "input" else None
        self.order_by.setCurrentIndex(max(0, self.order_by.findData(order)))
        self.template.setText(s.get("template") or "")

    def values(self) -> dict:
        """The form as project settings."""
        out = {key: edit.text().strip() for key, edit in self.texts.items()}
        out["word_limit"] = None if self.no_limit.isChecked() else self.word_limit.value()
        out["group_by"] = self.group_by.currentData()
        out["order_by"] = self.order_by.currentData()
        out["template"] = self.template.text().strip() or None
        return out

    def problems(self) -> list[str]:
        template = self.template.text().strip()
        if not template:
            return []
        path = Path(template)
        if not path.is_absolute():
            path = Path(self.project.path).parent / path
        if path.suffix.lower() != ".docx":
            return [self.tr("模板“{0}”不是 .docx 文件（.doc 和 .wps 请先用 Word/WPS 另存为 .docx）。").format(template)]
        if not path.is_file():
            return [self.tr("模板文件“{0}”不存在，请重新选择，或清空使用内置格式。").format(template)]
        return []

    def template_warning(self) -> str:
        from awardtool.export.docx_template import template_problems

        template = self.template.text().strip()
        if not template:
            return ""
        path = Path(template) if Path(template).is_absolute() else Path(self.project.path).parent / template
        missing = template_problems(path)
        if not missing:
            return ""
        return self.tr("注意：模板“{0}”不像公文格式文件（{1}）。再按一次“确定”仍使用它。").format(
            path.name, "、".join(QCoreApplication.translate("ExportDialog", m) for m in missing))

    def accept(self) -> None:
        from awardtool.store import ProjectError

        self.word_limit.interpretText()
        found = self.problems()
        warning = self.template_warning() if not found else ""
        if warning and self._warned_template != self.template.text().strip():
            found = [warning]  # said once; a second 确定 keeps the template
            self._warned_template = self.template.text().strip()
        if found:
            self.error.setText("\n".join(found))
            self.error.show()
            return
        current = self.project.settings()
        try:
            for key, value in self.values().items():
                if current.get(key) != value and not (current.get(key) in (None, "") and value in (None, "")):
                    self.project.set_setting(key, value)
        except ProjectError as e:
            self.error.setText(e.message)
            self.error.show()
            return
        super().accept()

    def _browse_template(self) -> None:
        current = self.template.text().strip()
        start = str(Path(current).parent) if current else str(Path(self.project.path).parent)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择 Word 导出模板"), start, self.tr("Word 文档 (*.docx)"))
        if path:
            self.template.setText(str(Path(path)))
