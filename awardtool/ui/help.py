"""F1 help: the review flow in five steps, the keyboard shortcuts, and the About box.

Why short: clerks read help when stuck, not before starting. One screen says the order of
work (导入 → 逐条核对 → 修正/一键修复 → 审核通过 → 导出) and lists the keys that save the most
time; nothing else. The shortcut table is data (``SHORTCUTS``) so the main window can check
its actions against it instead of the help drifting from the menus.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import awardtool
from awardtool.resource_paths import app_icon_path

CONTEXT = "HelpDialog"


# Strings are marked for lupdate here and translated where shown (context "HelpDialog").
# (key sequence in portable text, what it does). Ctrl+1.. is one row: its keys are a range.
SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("Ctrl+O", QT_TRANSLATE_NOOP("HelpDialog", "打开项目")),
    ("Ctrl+I", QT_TRANSLATE_NOOP("HelpDialog", "导入推荐材料（Word、WPS、PDF、Excel、网页文字、zip）")),
    ("Ctrl+Z", QT_TRANSLATE_NOOP("HelpDialog", "撤销")),
    ("Ctrl+Y", QT_TRANSLATE_NOOP("HelpDialog", "重做")),
    ("Ctrl+Return", QT_TRANSLATE_NOOP("HelpDialog", "审核通过并跳到下一条")),
    ("PgUp", QT_TRANSLATE_NOOP("HelpDialog", "上一条")),
    ("PgDown", QT_TRANSLATE_NOOP("HelpDialog", "下一条")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialog", "查找")),
    ("Ctrl+1 … Ctrl+9", QT_TRANSLATE_NOOP("HelpDialog", "把原文中选中的文字放入表单的第 1…9 个字段")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("HelpDialog", "导出 Word 名单")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("HelpDialog", "导出 Excel 表")),
    ("F1", QT_TRANSLATE_NOOP("HelpDialog", "打开本帮助")),
)

STEPS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("HelpDialog", "导入"), QT_TRANSLATE_NOOP("HelpDialog", "把各单位报来的材料拖进窗口，或按 Ctrl+I 选择文件。每份材料里的先进集体和先进个人会被自动找出来。")),
    (QT_TRANSLATE_NOOP("HelpDialog", "逐条核对"), QT_TRANSLATE_NOOP("HelpDialog", "中间是原文，右边是表单。逐条看名称、事迹等是否与原文一致；有问题的字段会标出来。")),
    (QT_TRANSLATE_NOOP("HelpDialog", "修正 / 一键修复"), QT_TRANSLATE_NOOP("HelpDialog", "直接在表单里改；在原文里选中文字后按 Ctrl+1…把它放入对应字段。常见问题（全角半角标点、多余空格等）可以一键修复。所有修改都能撤销。")),
    (QT_TRANSLATE_NOOP("HelpDialog", "审核通过"), QT_TRANSLATE_NOOP("HelpDialog", "核对无误后按 Ctrl+Enter，标为“已审核”并跳到下一条；拿不准的标“有疑问”，需要原单位重报的标“退回”。")),
    (QT_TRANSLATE_NOOP("HelpDialog", "导出"), QT_TRANSLATE_NOOP("HelpDialog", "Ctrl+E 导出公文格式的 Word 名单，Ctrl+Shift+E 导出 Excel 表（含审核记录）。")),
)


def t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def display_keys(portable: str) -> str:
    """Keys as printed on the keyboard: Ctrl+Enter, not Qt's "Return" or the translated 回车
    (PortableText, so the table does not change with the installed Qt translators)."""
    if "…" in portable:
        first, last = (part.strip() for part in portable.split("…"))
        return f"{display_keys(first)} … {display_keys(last)}"
    text = QKeySequence(portable).toString(QKeySequence.SequenceFormat.PortableText)
    return text.replace("Return", "Enter") or portable


def steps_html() -> str:
    items = "".join(f"<li><b>{t(title)}</b>：{t(body)}</li>" for title, body in STEPS)
    arrow = " → ".join(t(title) for title, _ in STEPS)
    return (
        f"<p style='font-size:large'><b>{t('审核流程')}</b>：{arrow}</p>"
        f"<ol style='line-height:150%'>{items}</ol>"
        f"<p>{t('项目随改随存，不需要手动保存；关掉窗口下次打开时还在原来的位置。')}</p>"
    )


def window_shortcuts(window) -> list[tuple[str, str]]:
    """(keys, what) for every action of ``window`` that has a key, in menu order, read from
    the actions themselves so the help cannot drift from the menus; a numbered family
    (Ctrl+1 … Ctrl+9) is one row. Shortcuts that are not menu actions (F8) count when they
    say what they do (whatsThis). Empty when ``window`` has no actions (the welcome page)."""
    from PySide6.QtGui import QShortcut

    actions = getattr(window, "actions_by_name", None)
    if not actions:
        return []
    rows: list[tuple[str, str]] = []
    families: dict[str, list[str]] = {}
    for name, action in actions.items():
        keys = [display_keys(k.toString(QKeySequence.SequenceFormat.PortableText)) for k in action.shortcuts()]
        if not keys:
            continue
        family = name.split("_")[0] if name.startswith(("assign_", "append_")) else None
        if family is not None:
            if family not in families:
                families[family] = []
                what = t("把原文中选中的文字放入字段") if family == "assign" else t("把原文中选中的文字追加到字段")
                rows.append((family, what))
            families[family].append(keys[0])
            continue
        rows.append((" / ".join(dict.fromkeys(keys)), action.text().replace("&", "").rstrip("…")))
    for sc in window.findChildren(QShortcut):
        if sc.whatsThis():
            rows.append((display_keys(sc.key().toString(QKeySequence.SequenceFormat.PortableText)), sc.whatsThis()))
    return [(f"{v[0]} … {v[-1]}" if (v := families.get(k)) else k, what) for k, what in rows]


class HelpDialog(QDialog):
    """The guide: steps on top, shortcuts table below. Non-modal, so it can stay open beside the work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("使用说明"))
        self.resize(720, 640)
        layout = QVBoxLayout(self)

        self.guide = QLabel(steps_html(), self)
        self.guide.setWordWrap(True)
        self.guide.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.guide)

        title = QLabel(f"<b>{self.tr('快捷键')}</b>", self)
        layout.addWidget(title)
        self.shortcuts = QTableWidget(len(SHORTCUTS), 2, self)
        self.shortcuts.setObjectName("shortcuts_table")
        self.shortcuts.setHorizontalHeaderLabels([self.tr("按键"), self.tr("作用")])
        self.shortcuts.verticalHeader().setVisible(False)
        self.shortcuts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcuts.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shortcuts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows = window_shortcuts(parent) or [(display_keys(k), t(a)) for k, a in SHORTCUTS]
        self.shortcuts.setRowCount(len(rows))
        for row, (keys, action) in enumerate(rows):
            self.shortcuts.setItem(row, 0, QTableWidgetItem(keys))
            self.shortcuts.setItem(row, 1, QTableWidgetItem(action))
        header = self.shortcuts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.shortcuts, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        about = buttons.addButton(self.tr("关于…"), QDialogButtonBox.ButtonRole.HelpRole)
        about.clicked.connect(lambda: show_about(self))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def about_text() -> str:
    """Version facts a support call needs: ours, Qt's, PySide6's, Python's, where settings live."""
    from awardtool.ui.settings import settings

    frozen = t("安装版") if getattr(sys, "frozen", False) else t("源码运行")
    return (
        f"<h3>{t('表彰名单审核工具')} awardtool {awardtool.__version__}</h3>"
        f"<p>{t('导入推荐材料，抽取先进集体和先进个人，校对后导出公文格式的 Word 和 Excel。')}</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {sys.version.split()[0]} · {frozen}</p>"
        f"<p>{t('设置文件')}：{settings.file_name()}</p>"
    )


def show_about(parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate(CONTEXT, "关于 awardtool"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    icon = QIcon(str(app_icon_path(".png")))
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(64, 64))
    box.exec()
