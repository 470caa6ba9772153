"""Word and Excel export from the window: a save dialog, the export in the write pool, and a
clear Chinese message when it fails (file open in WPS, folder not writable …).

The project is read on the main thread (records in list order, statuses, audit info); only
plain ``Record`` snapshots go to the worker, which calls the Qt-free exporters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from awardtool.ui.workers import run_in_background, write_pool


def _export_word(records, path, title):
    from awardtool.export.word import export_docx

    kwargs = {"title": title} if title else {}
    return export_docx(records, path, **kwargs)


def _export_excel(records, path, title, audit):
    from awardtool.export.excel import export_xlsx

    return export_xlsx(records, path, title=title or None, audit=audit)


class ExportController(QObject):
    finished = Signal(str, str)  # kind ("word"|"excel"), path
    failed = Signal(str, str)  # kind, message

    def __init__(self, parent: QWidget, project_getter) -> None:
        super().__init__(parent)
        self._parent = parent
        self._project = project_getter
        self.show_dialogs = True

    def _default_path(self, suffix: str) -> str:
        from awardtool.ui.settings import settings

        project = self._project()
        title = (project.settings().get("list_title") if project is not None else None) or self.tr("表彰名单")
        return str(Path(settings.value("prefs/export_dir")) / f"{title}{suffix}")

    def ask_path(self, kind: str) -> str | None:
        suffix, filt = (".docx", self.tr("Word 文档 (*.docx)")) if kind == "word" else (".xlsx", self.tr("Excel 工作簿 (*.xlsx)"))
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("导出"), self._default_path(suffix), filt)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        return path

    def export(self, kind: str, path: str | None = None) -> bool:
        """Ask for a file (unless ``path``) and export in the background."""
        project = self._project()
        if project is None:
            return False
        path = path or self.ask_path(kind)
        if not path:
            return False
        from awardtool.export.xlsx_audit import audit_from_project
        from awardtool.ui.settings import settings

        records, audit = audit_from_project(project)  # main thread: the store is read here only
        title = project.settings().get("list_title")
        if kind == "word":
            fn, args = _export_word, (records, path, title)
        else:
            fn, args = _export_excel, (records, path, title, audit)
        settings.set_value("prefs/export_dir", str(Path(path).parent))
        run_in_background(
            fn,
            lambda _r: self.finished.emit(kind, path),
            lambda e: self._failed(kind, path, e),
            None,
            *args,
            pool=write_pool(),
        )
        return True

    def _failed(self, kind: str, path: str, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or self.tr("导出“{0}”失败：{1}").format(Path(path).name, exc)
        if isinstance(exc, ImportError):
            message = self.tr("导出失败：缺少导出组件（{0}）。").format(exc)
        self.failed.emit(kind, message)
        if self.show_dialogs:
            QMessageBox.critical(self._parent, self.tr("导出失败"), message)
