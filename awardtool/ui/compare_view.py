"""Stages in the window: freeze the list (初审, 公示, 最终 …), compare two versions of it,
see every change by kind with counts, jump to the record, export the 变更情况说明.

All of the work is the core's (awardtool.store.stages, awardtool.compare, the two change
exports); this module only shows it. ``SinceTracker`` keeps the record form's "自“公示”以来"
line: the current record against the newest stage (or the one last compared), by record id.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from awardtool.compare import (
    CHANGE_KINDS, CHANGE_LABELS, CURRENT_LABEL, Change, CompareError, Comparison, Entry, compare, field_changes, resolve,
)
from awardtool.compare.diff import FIELD_ORDER
from awardtool.compare.sides import STATUS
from awardtool.compare.wording import change_text, counts_text, place_text, side_text, since_lines, value_text
from awardtool.export.word_text import format_date
from awardtool.store import ProjectError, stages

CURRENT = "current"
EDIT_DELAY_MS = 250


def _t(text: str) -> str:
    return QCoreApplication.translate("CompareView", text)

ChangeRole = Qt.ItemDataRole.UserRole + 1
# What the form reports: the content, the name and 奖项 included; not the review status, which
# the form shows itself and which changes for every record as the review goes on.
SINCE_FIELDS = ("name", *(k for k in FIELD_ORDER if k != STATUS), "award")

_DEL = "color:#a50e0e;background:#fce8e6;text-decoration:line-through;"
_INS = "color:#0d652d;background:#e6f4ea;"


def deeds_html(fc) -> str:
    """The deeds' character diff: deletions struck through in red, insertions in green."""
    parts = []
    for op, text in fc.diff.ops:
        t = html.escape(text).replace("\n", "<br>")
        parts.append(t if op == "equal" else f'<span style="{_DEL if op == "delete" else _INS}">{t}</span>')
    return "".join(parts)


def change_html(change: Change) -> str:
    out = [f"<p><b>{html.escape(change_text(change))}</b></p>"]
    if change.a is not None:
        out.append(f"<p>原：{html.escape(place_text(change.a))}</p>")
    if change.b is not None:
        out.append(f"<p>现：{html.escape(place_text(change.b))}</p>")
    for fc in change.fields:
        if fc.diff is not None:  # the counts, then the whole text with what was cut and added marked
            d = fc.diff
            counts = f"原{d.old_chars}字，现{d.new_chars}字：删去{d.removed}字，新增{d.added}字"
            out.append(f"<p><b>{html.escape(fc.label)}</b>（{counts}）</p>")
            out.append(f'<p style="line-height:150%;">{deeds_html(fc)}</p>')
        else:  # the values in full (the one-line wording shortens long ones)
            old, new = (html.escape(value_text(fc, v)) or "（空）" for v in (fc.old, fc.new))
            out.append(f"<p><b>{html.escape(fc.label)}</b>：原为“{old}”，现为“{new}”</p>")
    return "".join(out)


class CompareDialog(QDialog):
    """比较名单: two versions side by side as a list of changes."""

    record_requested = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("比较名单"))
        self.window_ = window
        self.comparison: Comparison | None = None
        v = QVBoxLayout(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("比较"), self))
        self.combo_a = QComboBox(self)
        self.combo_a.setObjectName("compare_a")
        self.combo_b = QComboBox(self)
        self.combo_b.setObjectName("compare_b")
        for c in (self.combo_a, self.combo_b):
            c.setMinimumContentsLength(22)
            c.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        bar.addWidget(self.combo_a)
        bar.addWidget(QLabel("→", self))
        bar.addWidget(self.combo_b)
        self.file_button = QPushButton(self.tr("外部文件…"), self)
        self.file_button.setToolTip(self.tr("与一份 Word 名单或 Excel 汇总表比较"))
        self.file_button.clicked.connect(self.choose_file)
        bar.addWidget(self.file_button)
        self.compare_button = QPushButton(self.tr("比较"), self)
        self.compare_button.setObjectName("compare_button")
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.run_compare)
        bar.addWidget(self.compare_button)
        bar.addStretch(1)
        self.freeze_button = QPushButton(self.tr("冻结当前名单…"), self)
        self.freeze_button.clicked.connect(lambda: freeze_dialog(self.window_, self))
        self.delete_button = QPushButton(self.tr("删除阶段…"), self)
        self.delete_button.clicked.connect(lambda: delete_dialog(self.window_, self))
        bar.addWidget(self.freeze_button)
        bar.addWidget(self.delete_button)
        v.addLayout(bar)

        self.summary = QLabel(self)
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        v.addWidget(self.summary)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.tree = QTreeWidget(split)
        self.tree.setObjectName("compare_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.detail = QTextBrowser(split)
        self.detail.setObjectName("compare_detail")
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 380])
        v.addWidget(split, 1)

        foot = QHBoxLayout()
        self.hint = QLabel(self.tr("单击一项即在名单中显示该记录。"), self)
        foot.addWidget(self.hint)
        foot.addStretch(1)
        self.word_button = QPushButton(self.tr("导出变更情况说明（Word）…"), self)
        self.word_button.clicked.connect(lambda: self.export("word"))
        self.excel_button = QPushButton(self.tr("导出变更明细（Excel）…"), self)
        self.excel_button.clicked.connect(lambda: self.export("excel"))
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        for b in (self.word_button, self.excel_button, close):
            foot.addWidget(b)
        v.addLayout(foot)
        self.resize(980, 640)
        self.refresh_stages()

    # ---- the two lists ---------------------------------------------------------------------
    def refresh_stages(self, a: str | None = None, b: str | None = None) -> None:
        """Fill both choosers: the stages (newest last), and 当前名单 on the B side; keep or
        set the choice (A: the newest stage, B: the current list by default)."""
        project = self.window_.project
        infos = stages.stages(project) if project is not None else []
        keep_a, keep_b = a or self.combo_a.currentData(), b or self.combo_b.currentData()
        for combo in (self.combo_a, self.combo_b):
            combo.blockSignals(True)
            extra = [combo.itemData(i) for i in range(combo.count()) if Path(str(combo.itemData(i))).suffix]
            combo.clear()
            for info in infos:
                combo.addItem(self.tr("{0}（{1}，{2} 条）").format(info.name, format_date(info.frozen_at[:10]), info.count), info.name)
                combo.setItemData(combo.count() - 1, self.tr("{0} 由 {1} 冻结于 {2}").format(
                    info.name, info.frozen_by or "", info.frozen_at[:16].replace("T", " ")), Qt.ItemDataRole.ToolTipRole)
            combo.addItem(CURRENT_LABEL, CURRENT)
            for path in extra:
                combo.addItem(Path(path).name, path)
            combo.blockSignals(False)
        default_a = infos[-1].name if infos else CURRENT
        self._select(self.combo_a, keep_a or default_a, default_a)
        self._select(self.combo_b, keep_b or CURRENT, CURRENT)
        has = bool(infos)
        self.delete_button.setEnabled(has)
        if not has:
            self.summary.setText(self.tr("还没有冻结任何阶段。点“冻结当前名单…”把现在的名单保存为“初审”“公示”或“最终”，"
                                         "以后即可比较此后的变化；也可以与一份外部名单文件比较。"))

    @staticmethod
    def _select(combo: QComboBox, data, fallback) -> None:
        i = combo.findData(data)
        combo.setCurrentIndex(i if i >= 0 else combo.findData(fallback))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要比较的名单文件"), "", self.tr("名单文件 (*.docx *.xlsx *.xls *.doc *.wps *.pdf *.csv)"))
        if path:
            self.combo_a.addItem(Path(path).name, path)
            self.combo_a.setCurrentIndex(self.combo_a.count() - 1)
            self.combo_b.setCurrentIndex(self.combo_b.findData(CURRENT))
            self.run_compare()

    def run_compare(self) -> Comparison | None:
        project = self.window_.project
        if project is None:
            return None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            a, b = resolve(project, self.combo_a.currentData()), resolve(project, self.combo_b.currentData())
            result = compare(a, b)
        except (CompareError, ProjectError) as e:
            QMessageBox.warning(self, self.tr("无法比较"), e.message)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_comparison(result)
        if a.source == "stage" and b.source == "current":
            tracker = getattr(self.window_, "since_tracker", None)
            if tracker is not None:
                tracker.use_stage(a.label)
        return result

    def show_comparison(self, result: Comparison) -> None:
        self.comparison = result
        self.summary.setText(f"{side_text(result.a)} → {side_text(result.b)}：{counts_text(result)}")
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind in CHANGE_KINDS:
            items = result.of_kind(kind)
            top = QTreeWidgetItem(self.tree, [self.tr("{0}（{1}）").format(CHANGE_LABELS[kind], len(items))])
            top.setFont(0, bold)
            top.setData(0, Qt.ItemDataRole.UserRole, kind)
            for change in items:
                child = QTreeWidgetItem(top, [change_text(change)])
                child.setData(0, ChangeRole, change)
                child.setToolTip(0, change_text(change))
            top.setExpanded(True)
            top.setDisabled(not items)
        self.detail.setHtml("")

    # ---- one change ------------------------------------------------------------------------
    def _change_of(self, item) -> Change | None:
        return item.data(0, ChangeRole) if item is not None else None

    def _current_changed(self, item, _previous) -> None:
        change = self._change_of(item)
        if change is None:
            self.detail.setHtml("")
            return
        self.detail.setHtml(change_html(change))
        self._open_record(change)

    def _activated(self, item, _column: int) -> None:
        change = self._change_of(item)
        if change is not None:
            self._open_record(change)

    def _open_record(self, change: Change) -> None:
        """Show the record in the window's list, if it is in the current list."""
        rid = change.record_id
        model = self.window_.model
        if rid is not None and model.row_of(rid) >= 0:
            self.window_.select_record(rid)
            self.record_requested.emit(rid)

    # ---- export ----------------------------------------------------------------------------
    def export(self, what: str) -> Path | None:
        if self.comparison is None and self.run_compare() is None:
            return None
        suffix, title = (".docx", self.tr("导出变更情况说明")) if what == "word" else (".xlsx", self.tr("导出变更明细"))
        name = f"{self.comparison.a.label}至{self.comparison.b.label}变更情况{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, name, f"*{suffix}")
        if not path:
            return None
        return self.export_to(what, Path(path))

    def export_to(self, what: str, path: Path) -> Path | None:
        from awardtool.export.atomic import ExportError

        try:
            if what == "word":
                from awardtool.export.changes_word import export_changes_docx

                out = export_changes_docx(self.comparison, path)
            else:
                from awardtool.export.changes_excel import export_changes_xlsx

                out = export_changes_xlsx(self.comparison, path)
        except ExportError as e:
            QMessageBox.warning(self, self.tr("导出失败"), e.message)
            return None
        self.window_.statusBar().showMessage(self.tr("已导出：{0}").format(out), 8000)
        return out


def freeze_dialog(window, parent=None) -> str | None:
    """Ask for a name (初审 / 公示 / 最终 offered, any name allowed) and freeze the list."""
    if window.project is None:
        return None
    parent = parent or window
    used = {i.name for i in stages.stages(window.project)}
    offered = [n for n in stages.SUGGESTED_NAMES if n not in used] or [""]
    name, ok = QInputDialog.getItem(
        parent, _t("冻结当前名单"),
        _t("把当前名单（{0} 条）冻结为阶段：").format(window.model.rowCount()), offered, 0, True)
    if not ok:
        return None
    try:
        info = stages.freeze(window.project, name)
    except ProjectError as e:
        QMessageBox.warning(parent, _t("无法冻结"), e.message)
        return None
    window.statusBar().showMessage(
        _t("已冻结阶段“{0}”：{1} 条记录").format(info.name, info.count), 8000)
    _stages_changed(window)
    return info.name


def delete_dialog(window, parent=None) -> str | None:
    if window.project is None:
        return None
    parent = parent or window
    names = [i.name for i in stages.stages(window.project)]
    if not names:
        return None
    name, ok = QInputDialog.getItem(parent, _t("删除阶段"), _t("要删除的阶段："),
                                    names, len(names) - 1, False)
    if not ok:
        return None
    answer = QMessageBox.question(
        parent, _t("删除阶段"),
        _t("删除阶段“{0}”？这只删除当时的名单快照，当前名单不受影响；删除后不能撤销。").format(name))
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        stages.delete(window.project, name)
    except ProjectError as e:
        QMessageBox.warning(parent, _t("无法删除"), e.message)
        return None
    _stages_changed(window)
    return name


def _stages_changed(window) -> None:
    dialog = getattr(window, "compare_dialog", None)
    if dialog is not None:
        dialog.refresh_stages()
    tracker = getattr(window, "since_tracker", None)
    if tracker is not None:
        tracker.reset()


def open_compare(window) -> CompareDialog | None:
    """Show the window's one comparison dialog (non-modal: the list stays usable beside it)."""
    if window.project is None:
        return None
    dialog = getattr(window, "compare_dialog", None)
    if dialog is None:
        dialog = window.compare_dialog = CompareDialog(window)
    else:
        dialog.refresh_stages()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if dialog.combo_a.count() > 1:
        dialog.run_compare()
    return dialog


class SinceTracker(QObject):
    """Feeds the record form "自“公示”以来：…": the shown record against its version in the
    reference stage (the newest, or the last one compared with the current list)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.stage_name: str | None = None  # chosen; None: the newest stage
        self._project = None
        self._loaded: tuple[str, dict[int, Entry]] | None = None
        # After an edit the line follows once typing pauses: a 2,000-字 deeds diff takes ~30 ms,
        # too much for every keystroke; showing another record refreshes it at once.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(EDIT_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        window.record_shown.connect(self.refresh)
        window.undo_ctl.changed.connect(self._timer.start)

    def reset(self) -> None:
        self._project = None
        self._loaded = None
        self.refresh()

    def use_stage(self, name: str) -> None:
        self.stage_name = name
        self.reset()

    def _reference(self) -> tuple[str, dict[int, Entry]] | None:
        project = self.window_.project
        if project is not self._project:
            self._project, self._loaded = project, None
            if project is not None and not project.closed:
                names = [i.name for i in stages.stages(project)]
                name = self.stage_name if self.stage_name in names else (names[-1] if names else None)
                if name is not None:
                    try:
                        stage = stages.load(project, name)
                    except ProjectError:  # a damaged stage: the form simply shows no comparison
                        return None
                    self._loaded = (name, {e.id: Entry(e.record, e.id, e.status) for e in stage.entries})
        return self._loaded

    def refresh(self, *_args) -> None:
        self._timer.stop()
        form = self.window_.form
        row = self.window_.current_row()
        ref = self._reference() if row is not None else None
        if ref is None:
            form.show_since("", [])
            return
        name, by_id = ref
        old = by_id.get(row.rid)
        if old is None:
            form.show_since(name, [("", self.tr("此后新增的记录"))])
            return
        now = Entry(row.record, row.rid, row.status)
        form.show_since(name, since_lines(field_changes(old, now, SINCE_FIELDS)))


def install(window) -> SinceTracker:
    window.since_tracker = SinceTracker(window)
    return window.since_tracker
