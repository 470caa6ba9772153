"""The main window's menus: every action has a menu entry and a shortcut.

Kept apart from main_window.py so the window reads as layout + behaviour and this file as
the one list of what the clerk can do and which key does it (help.SHORTCUTS lists the same
keys; a test checks they agree).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QTextEdit

from awardtool.ui.document_view import ASSIGNABLE_FIELDS
from awardtool.ui.labels import field_label



def _action(w, menu: QMenu, name: str, text: str, slot: Callable, keys=()) -> QAction:
    a = QAction(text, w)
    a.setObjectName(name)
    seqs = [QKeySequence(k) for k in (keys if isinstance(keys, (list, tuple)) else [keys])]
    if seqs:
        a.setShortcuts(seqs)
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    a.triggered.connect(lambda _checked=False: slot())
    menu.addAction(a)
    w.actions_by_name[name] = a
    return a


PAGE_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)


class WindowKeys(QObject):
    """Lets the window's shortcuts win over the text editors' own key bindings.

    On X11 a QLineEdit claims Ctrl+E (end of line) and Ctrl+Shift+E in its ShortcutOverride,
    so export did nothing while the cursor was in a one-line field — where it starts. This
    filter, installed on every editor of the window, refuses that claim for every key a
    window action has. The one exception: PgUp/PgDn inside an editable multi-line editor (the
    long 简要事迹) move its text, not the record.
    """

    def __init__(self, window) -> None:
        super().__init__(window)
        self._keys: set[int] = set()

    def set_actions(self, actions) -> None:
        self._keys = {seq[0].toCombined() for a in actions for seq in a.shortcuts() if seq.count()}

    def install(self, root) -> None:
        for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox):
            for editor in root.findChildren(kind):
                editor.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() != QEvent.Type.ShortcutOverride:
            return False
        if (event.key() in PAGE_KEYS and isinstance(obj, (QPlainTextEdit, QTextEdit))
                and not obj.isReadOnly()):
            event.accept()  # the editor scrolls its own text
            return True
        return event.keyCombination().toCombined() in self._keys  # True, not accepted: the shortcut fires


def build_menus(w) -> None:
    w.actions_by_name = {}
    bar = w.menuBar()
    S = QKeySequence.StandardKey

    m = bar.addMenu(QCoreApplication.translate("MainWindow", "文件(&F)"))
    _action(w, m, "new_project", QCoreApplication.translate("MainWindow", "新建项目…"), w.new_project_dialog, "Ctrl+Shift+N")
    _action(w, m, "open_project", QCoreApplication.translate("MainWindow", "打开项目…"), w.open_project_dialog, "Ctrl+O")
    _action(w, m, "save", QCoreApplication.translate("MainWindow", "保存"), w.confirm_saved, [QKeySequence(S.Save)])
    _action(w, m, "save_as", QCoreApplication.translate("MainWindow", "项目另存为…"), w.save_as_dialog, "Ctrl+Shift+S")
    w.recent_menu = m.addMenu(QCoreApplication.translate("MainWindow", "最近的项目"))
    w.recent_menu.setObjectName("recent_menu")
    w.recent_menu.aboutToShow.connect(lambda: fill_recent(w))
    m.addSeparator()
    _action(w, m, "import_files", QCoreApplication.translate("MainWindow", "导入文件…"), w.import_dialog, "Ctrl+I")
    _action(w, m, "import_folder", QCoreApplication.translate("MainWindow", "导入文件夹…"), w.import_folder_dialog, "Ctrl+Shift+I")
    m.addSeparator()
    _action(w, m, "export_word", QCoreApplication.translate("MainWindow", "导出 Word 名单…"), lambda: w.open_export_dialog(("word",)), "Ctrl+E")
    _action(w, m, "export_excel", QCoreApplication.translate("MainWindow", "导出 Excel 表…"), lambda: w.open_export_dialog(("excel",)), "Ctrl+Shift+E")
    m.addSeparator()
    _action(w, m, "project_settings", QCoreApplication.translate("MainWindow", "项目设置…"), lambda: open_project_settings(w), "Ctrl+Shift+,")
    _action(w, m, "settings", QCoreApplication.translate("MainWindow", "设置…"), lambda: open_settings(w), "Ctrl+,")
    m.addSeparator()
    _action(w, m, "quit", QCoreApplication.translate("MainWindow", "退出"), w.close, "Ctrl+Q")

    m = bar.addMenu(QCoreApplication.translate("MainWindow", "编辑(&E)"))
    undo = _action(w, m, "undo", QCoreApplication.translate("MainWindow", "撤销"), w.undo, [QKeySequence(S.Undo)])
    redo = _action(w, m, "redo", QCoreApplication.translate("MainWindow", "重做"), w.redo, ["Ctrl+Y", "Ctrl+Shift+Z"])
    _action(w, m, "history", QCoreApplication.translate("MainWindow", "修改历史…"), w.show_history, "Ctrl+H")
    m.addSeparator()
    put = m.addMenu(QCoreApplication.translate("MainWindow", "把选中的原文放入字段"))
    add = m.addMenu(QCoreApplication.translate("MainWindow", "把选中的原文追加到字段"))
    for i, key in enumerate(ASSIGNABLE_FIELDS, 1):
        _action(w, put, f"assign_{key}", field_label(key), lambda k=key: w.assign_selection(k, "replace"), f"Ctrl+{i}")
        _action(w, add, f"append_{key}", field_label(key), lambda k=key: w.assign_selection(k, "append"), f"Ctrl+Alt+{i}")
    m.addSeparator()
    _action(w, m, "condense", QCoreApplication.translate("MainWindow", "生成简要事迹"), w.condense_deeds, "Ctrl+Shift+J")
    _action(w, m, "fix_all", QCoreApplication.translate("MainWindow", "全部修正"), w.fix_all, "Ctrl+Shift+F")

    m = bar.addMenu(QCoreApplication.translate("MainWindow", "记录(&R)"))
    _action(w, m, "add_record", QCoreApplication.translate("MainWindow", "以所选原文新建记录"), lambda: w.add_record_from_text(w.doc_view.selected_text()), "Ctrl+N")
    _action(w, m, "delete_record", QCoreApplication.translate("MainWindow", "删除记录"), w.delete_records, "Ctrl+Delete")
    _action(w, m, "merge_records", QCoreApplication.translate("MainWindow", "合并重复记录"), w.merge_selected, "Ctrl+M")
    m.addSeparator()
    _action(w, m, "move_up", QCoreApplication.translate("MainWindow", "上移"), lambda: w.move_current(-1), "Alt+Up")
    _action(w, m, "move_down", QCoreApplication.translate("MainWindow", "下移"), lambda: w.move_current(+1), "Alt+Down")
    _action(w, m, "sort_region", QCoreApplication.translate("MainWindow", "按地区顺序排列"), lambda: sort_by(w, "region"), "Ctrl+Alt+R")
    _action(w, m, "sort_name", QCoreApplication.translate("MainWindow", "按姓氏笔画排列"), lambda: sort_by(w, "name"), "Ctrl+Alt+N")

    m = bar.addMenu(QCoreApplication.translate("MainWindow", "审核(&A)"))
    approve = _action(w, m, "approve_next", QCoreApplication.translate("MainWindow", "审核通过并下一条"), w.approve_and_next, ["Ctrl+Return", "Ctrl+Enter"])
    approve.setAutoRepeat(False)  # a held Ctrl+Enter must not approve records the clerk never saw
    _action(w, m, "mark_query", QCoreApplication.translate("MainWindow", "标记为有疑问"), lambda: w.set_status("query"), "Ctrl+Shift+Q")
    _action(w, m, "mark_returned", QCoreApplication.translate("MainWindow", "标记为退回"), lambda: w.set_status("returned"), "Ctrl+Shift+R")
    _action(w, m, "mark_pending", QCoreApplication.translate("MainWindow", "恢复为待审核"), lambda: w.set_status("pending"), "Ctrl+Shift+P")
    m.addSeparator()
    _action(w, m, "next_record", QCoreApplication.translate("MainWindow", "下一条"), w.next_record, "PgDown")
    _action(w, m, "prev_record", QCoreApplication.translate("MainWindow", "上一条"), w.prev_record, "PgUp")
    _action(w, m, "next_pending", QCoreApplication.translate("MainWindow", "下一条待审核"), w.next_pending, "F3")
    _action(w, m, "next_findings", QCoreApplication.translate("MainWindow", "下一条有问题的记录"), w.next_with_findings, "F4")
    _action(w, m, "filter_list", QCoreApplication.translate("MainWindow", "筛选列表…"), lambda: (w.filter_edit.setFocus(), w.filter_edit.selectAll()), "Ctrl+L")
    _action(w, m, "find", QCoreApplication.translate("MainWindow", "在原文中查找…"), w.find_bar.open, [QKeySequence(S.Find)])
    _action(w, m, "find_next", QCoreApplication.translate("MainWindow", "查找下一处"), lambda: w.find_bar.find(), "Ctrl+G")
    _action(w, m, "find_prev", QCoreApplication.translate("MainWindow", "查找上一处"), lambda: w.find_bar.find(backward=True), "Ctrl+Shift+G")

    m = bar.addMenu(QCoreApplication.translate("MainWindow", "阶段(&S)"))
    from awardtool.ui import compare_view

    _action(w, m, "freeze_stage", QCoreApplication.translate("MainWindow", "冻结当前名单为阶段…"), lambda: compare_view.freeze_dialog(w), "Ctrl+Shift+K")
    _action(w, m, "compare_lists", QCoreApplication.translate("MainWindow", "比较名单…"), lambda: compare_view.open_compare(w), "Ctrl+Shift+D")
    compare_view.install(w)

    m = bar.addMenu(QCoreApplication.translate("MainWindow", "帮助(&H)"))
    _action(w, m, "help", QCoreApplication.translate("MainWindow", "使用说明"), lambda: open_help(w), "F1")
    _action(w, m, "about", QCoreApplication.translate("MainWindow", "关于"), lambda: open_about(w))

    def refresh_undo() -> None:
        ctl = w.undo_ctl
        undo.setEnabled(ctl.can_undo())
        redo.setEnabled(ctl.can_redo())
        ut, rt = ctl.undo_text(), ctl.redo_text()
        undo.setText(QCoreApplication.translate("MainWindow", "撤销 {0}").format(ut) if ut else QCoreApplication.translate("MainWindow", "撤销"))
        redo.setText(QCoreApplication.translate("MainWindow", "重做 {0}").format(rt) if rt else QCoreApplication.translate("MainWindow", "重做"))

    w.undo_ctl.changed.connect(refresh_undo)
    refresh_undo()
    w.window_keys = WindowKeys(w)
    w.window_keys.set_actions(w.actions_by_name.values())
    w.window_keys.install(w)


def fill_recent(w) -> None:
    """File ▸ 最近的项目: the same list as the welcome page, the open one first."""
    from pathlib import Path

    from awardtool.ui.settings import settings

    w.recent_menu.clear()
    paths = [p for p in settings.value("state/recent_projects") if Path(p).exists()]
    for path in paths:
        a = w.recent_menu.addAction(f"{Path(path).stem}  —  {Path(path).parent}")
        a.setToolTip(path)
        a.triggered.connect(lambda _checked=False, p=path: w.open_project(p))
    if not paths:
        w.recent_menu.addAction(QCoreApplication.translate("MainWindow", "（没有）")).setEnabled(False)


def sort_by(w, what: str) -> None:
    from awardtool.export.ordering import region_rank, stroke_key

    if what == "region":
        w.reorder(lambda r: region_rank(r.record.region))  # stable: keeps the order inside a region
    else:
        w.reorder(lambda r: (region_rank(r.record.region), stroke_key(r.record.name)))


def open_settings(w) -> None:
    from awardtool.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(w)

    def language_changed(_code: str) -> None:
        # Not switched at once: widgets built in the old language would keep half their words
        # (list headers cut to "tatu"); the setting is saved and the next start uses it.
        QMessageBox.information(w, QCoreApplication.translate("MainWindow", "界面语言"), QCoreApplication.translate("MainWindow", "界面语言将在重新启动后切换。"))

    dialog.language_changed.connect(language_changed)
    if dialog.exec():
        w.reload()
        w._show_record(w.rid)


def open_project_settings(w) -> None:
    """项目设置: the list's own settings; the window re-checks every record with them."""
    from awardtool.ui.project_settings_dialog import ProjectSettingsDialog

    if w.project is None:
        return
    if ProjectSettingsDialog(w.project, w).exec():
        w.reload()
        w._show_record(w.rid)


def open_help(w) -> None:
    from awardtool.ui.help import HelpDialog

    HelpDialog(w).exec()


def open_about(w) -> None:
    from awardtool.ui.help import show_about

    show_about(w)
