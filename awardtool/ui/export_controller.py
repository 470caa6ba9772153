"""Word and Excel export from the window: the export plan (awardtool.export.plan, the same
one ``awardtool export --project`` uses) built on the main thread, the files written in the
write pool, and the outcome — the read-back of the Word file included — reported back.

The project is read on the main thread only (records, statuses, settings, audit info); the
worker gets the finished plan, whose records are plain ``Record`` snapshots.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from awardtool.ui.workers import run_in_background, write_pool

SUFFIXES = {"word": ".docx", "excel": ".xlsx"}


@dataclass(slots=True)
class ExportOutcome:
    """One finished export: which file, the plan it followed and what the writer reported
    (``word``: ExportReport with the read-back differences; ``excel``: ExcelReport)."""

    kind: str
    path: str
    plan: object
    report: object

    @property
    def differences(self) -> list[str]:
        return list(getattr(self.report, "differences", []) or [])


def _write(plan, kind: str, path: str):
    from awardtool.export.plan import write_plan

    written = write_plan(plan, **({"docx": path} if kind == "word" else {"xlsx": path}))
    return written.word if kind == "word" else written.excel


class ExportController(QObject):
    finished = Signal(str, str)  # kind ("word"|"excel"), path
    failed = Signal(str, str)  # kind, message
    outcome = Signal(object)  # ExportOutcome, after ``finished``

    def __init__(self, parent: QWidget, project_getter) -> None:
        super().__init__(parent)
        self._parent = parent
        self._project = project_getter
        self.show_dialogs = True

    def default_path(self, kind: str, title: str | None = None) -> str:
        from awardtool.ui.settings import settings

        project = self._project()
        title = title or (project.settings().get("list_title") if project is not None else None) or self.tr("表彰名单")
        return str(Path(settings.value("prefs/export_dir")) / f"{title}{SUFFIXES[kind]}")

    def ask_path(self, kind: str, title: str | None = None) -> str | None:
        suffix = SUFFIXES[kind]
        filt = self.tr("Word 文档 (*.docx)") if kind == "word" else self.tr("Excel 工作簿 (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("导出"), self.default_path(kind, title), filt)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        return path

    def plan(self, choices=None):
        """The export plan of the open project for ``choices`` (default: the project's
        settings, 待审核 and 有疑问 included, as on the command line)."""
        from awardtool.export.plan import Choices, plan_from_project

        project = self._project()
        if project is None:
            return None
        return plan_from_project(project, choices or Choices())

    def export(self, kind: str, path: str | None = None, choices=None, plan=None) -> bool:
        """Export ``kind`` to ``path`` (asked for when None) following ``plan`` (built from
        ``choices`` when None) in the background. A refused plan is reported, not written."""
        from awardtool.export.atomic import ExportError

        if self._project() is None:
            return False
        try:
            plan = plan or self.plan(choices)
        except ExportError as e:
            self._failed(kind, path or "", e)
            return False
        if not plan.ok:
            from awardtool.ui.export_dialog import problem_text

            self._report_failure(kind, problem_text(plan.refused[0]))
            return False
        path = path or self.ask_path(kind, plan.title)
        if not path:
            return False
        from awardtool.ui.settings import settings

        settings.set_value("prefs/export_dir", str(Path(path).parent))
        run_in_background(
            _write,
            lambda report: self._done(kind, path, plan, report),
            lambda e: self._failed(kind, path, e),
            None,
            plan, kind, path,
            pool=write_pool(),
        )
        return True

    def _done(self, kind: str, path: str, plan, report) -> None:
        self.finished.emit(kind, path)
        self.outcome.emit(ExportOutcome(kind, path, plan, report))

    def _failed(self, kind: str, path: str, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or self.tr("导出“{0}”失败：{1}").format(Path(path).name, exc)
        if isinstance(exc, ImportError):
            message = self.tr("导出失败：缺少导出组件（{0}）。").format(exc)
        self._report_failure(kind, message)

    def _report_failure(self, kind: str, message: str) -> None:
        self.failed.emit(kind, message)
        if self.show_dialogs:
            QMessageBox.critical(self._parent, self.tr("导出失败"), message)
