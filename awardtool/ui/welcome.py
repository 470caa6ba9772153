"""The first thing a clerk sees when no project is open: what the tool is and where to start.

Why a dedicated page rather than an empty window with menus: clerks open awardtool a few
times a year, so nothing should need to be remembered. Three large buttons cover every way
in (an existing project, new documents, the examples to try things out), the recent list
gets them back to last week's work in one click, and one line says that dragging files
onto the window works too. The widget only emits signals; the main window owns the
projects and the file dialogs.

Drops are deliberately not accepted here: Qt hands a drop to the nearest ancestor that
accepts drops, so the main window's single drop handler serves this page as well.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from awardtool.resource_paths import app_icon_path, example_files
from awardtool.ui.settings import settings

PathRole = Qt.ItemDataRole.UserRole + 1


class WelcomeWidget(QWidget):
    """Title, three start buttons, the recent projects and a hint line.

    Signals:
        open_project(): 打开项目… — the main window shows its open dialog.
        new_from_files(): 从文件新建项目… — the main window asks for documents to import.
        open_example(list[str]): 打开示例 — the bundled seed documents' paths.
        open_recent(str): a project from the recent list (only ones that still exist).
    """

    open_project = Signal()
    new_from_files = Signal()
    open_example = Signal(list)
    open_recent = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAccessibleName(self.tr("欢迎页"))
        # A white page rather than the grey window background: it reads as a start page,
        # not as an empty window waiting for something.
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._build()
        self.refresh_recent()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addStretch(1)

        column = QWidget(self)
        column.setMaximumWidth(860)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        col = QVBoxLayout(column)
        col.setSpacing(14)

        header = QHBoxLayout()
        header.setSpacing(18)
        icon_label = QLabel(column)
        icon = QIcon(str(app_icon_path(".svg")))
        if icon.isNull():
            icon = QIcon(str(app_icon_path(".png")))
        if not icon.isNull():
            icon_label.setPixmap(icon.pixmap(QSize(72, 72)))
        header.addWidget(icon_label, 0, Qt.AlignmentFlag.AlignVCenter)

        titles = QVBoxLayout()
        titles.setSpacing(4)
        self.title = QLabel(self.tr("表彰名单审核工具"), column)
        self.title.setObjectName("welcome_title")
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 2.2)
        title_font.setBold(True)
        self.title.setFont(title_font)
        titles.addWidget(self.title)
        self.subtitle = QLabel(
            self.tr("导入各单位的推荐材料，逐条核对先进集体和先进个人，导出公文格式的 Word 名单和 Excel 表。"),
            column,
        )
        self.subtitle.setWordWrap(True)
        sub_font = QFont(self.subtitle.font())
        sub_font.setPointSizeF(sub_font.pointSizeF() * 1.15)
        self.subtitle.setFont(sub_font)
        self.subtitle.setStyleSheet("color: #555;")
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        col.addLayout(header)
        col.addSpacing(18)

        # Each button with its one-line explanation under it: the first run explains itself
        # without hovering for tooltips.
        buttons = QGridLayout()
        buttons.setHorizontalSpacing(16)
        buttons.setVerticalSpacing(6)
        style = self.style()
        choices = (
            (self.tr("打开项目…"), self.tr("继续审核已经保存的项目（.awardproj 文件）"),
             QStyle.StandardPixmap.SP_DialogOpenButton),
            (self.tr("从文件新建项目…"), self.tr("选择各单位报来的 Word、WPS、PDF、Excel、网页文字或 zip 压缩包"),
             QStyle.StandardPixmap.SP_FileDialogNewFolder),
            (self.tr("打开示例"), self.tr("用附带的两份示例材料试一试，不会改动您的文件"),
             QStyle.StandardPixmap.SP_FileDialogContentsView),
        )
        made = []
        for column_index, (text, explanation, pixmap) in enumerate(choices):
            button = self._big_button(text, explanation, style.standardIcon(pixmap))
            note = QLabel(explanation, column)
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            note.setStyleSheet("color: #666;")
            buttons.addWidget(button, 0, column_index)
            buttons.addWidget(note, 1, column_index)
            buttons.setColumnStretch(column_index, 1)
            made.append(button)
        self.open_button, self.new_button, self.example_button = made
        self.open_button.clicked.connect(self.open_project)
        self.new_button.clicked.connect(self.new_from_files)
        self.example_button.clicked.connect(self._emit_examples)
        self.example_button.setEnabled(bool(example_files()))
        col.addLayout(buttons)
        col.addSpacing(18)

        recent_title = QLabel(self.tr("最近的项目"), column)
        rt_font = QFont(recent_title.font())
        rt_font.setBold(True)
        rt_font.setPointSizeF(rt_font.pointSizeF() * 1.1)
        recent_title.setFont(rt_font)
        col.addWidget(recent_title)

        self.recent_list = QListWidget(column)
        self.recent_list.setObjectName("recent_projects")
        self._project_icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        self.recent_list.setAccessibleName(self.tr("最近的项目"))
        self.recent_list.setFrameShape(QFrame.Shape.StyledPanel)
        self.recent_list.setUniformItemSizes(True)
        self.recent_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.recent_list.itemActivated.connect(self._activate)
        self.recent_list.itemClicked.connect(self._activate)
        self.recent_list.customContextMenuRequested.connect(self._recent_menu)
        col.addWidget(self.recent_list)

        self.no_recent = QLabel(self.tr("还没有打开过项目。从上面的按钮开始吧。"), column)
        self.no_recent.setStyleSheet("color: #777;")
        col.addWidget(self.no_recent)

        self.hint = QLabel(
            self.tr("提示：可以把文件、文件夹或 zip 压缩包直接拖到这个窗口里导入。按 F1 查看使用说明。"),
            column,
        )
        self.hint.setObjectName("welcome_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        col.addSpacing(6)
        col.addWidget(self.hint)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _big_button(self, text: str, tooltip: str, icon: QIcon) -> QPushButton:
        button = QPushButton(icon, text, self)
        button.setToolTip(tooltip)
        button.setIconSize(QSize(28, 28))
        button.setMinimumHeight(72)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        button.setFont(font)
        return button

    # ---------------------------------------------------------------- recent projects
    def refresh_recent(self) -> None:
        """Reload the list from the settings (call after a project was opened or saved)."""
        self.recent_list.clear()
        for path in settings.value("state/recent_projects"):
            p = Path(path)
            exists = p.is_file()
            if exists:
                text = self.tr("{name}    —    {folder}").format(name=p.stem, folder=p.parent)
            else:
                text = self.tr("{name}    （找不到文件：{path}）").format(name=p.stem, path=p)
            item = QListWidgetItem(text, self.recent_list)
            item.setData(PathRole, path)
            item.setToolTip(path)
            item.setSizeHint(QSize(0, 30))
            item.setIcon(self._project_icon)
            if not exists:
                item.setForeground(Qt.GlobalColor.gray)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        has_any = self.recent_list.count() > 0
        # As tall as its rows (at most 8): a half-empty white box looks like something failed.
        frame = 2 * self.recent_list.frameWidth() + 4
        self.recent_list.setFixedHeight(max(1, self.recent_list.count()) * 30 + frame)
        self.recent_list.setVisible(has_any)
        self.no_recent.setVisible(not has_any)

    def _activate(self, item: QListWidgetItem) -> None:
        path = item.data(PathRole)
        if path and Path(path).is_file():
            self.open_recent.emit(path)

    def _recent_menu(self, pos) -> None:
        item = self.recent_list.itemAt(pos)
        if item is None:
            return
        menu = QMenu(self)
        remove = menu.addAction(self.tr("从列表中移除"))
        if menu.exec(self.recent_list.viewport().mapToGlobal(pos)) is remove:
            self.remove_recent(item.data(PathRole))

    def remove_recent(self, path: str) -> None:
        settings.remove_recent(path)
        self.refresh_recent()

    def _emit_examples(self) -> None:
        self.open_example.emit([str(p) for p in example_files()])

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The list may have changed while a project was open (it was added on open).
        self.refresh_recent()
        super().showEvent(event)
