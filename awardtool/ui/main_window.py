"""The review window: the batch (left), the source document (centre), the form (right).

The window owns the open ``Project`` and the QUndoStack; the panes only emit what the
clerk did. Every change goes through an undo command (awardtool.ui.commands), and the
store's ``Change`` it returns is the one thing that refreshes the panes (``_on_change``):
the table row, the form, the findings and the progress label — never a full reload for a
field edit.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from awardtool.records import Record
from awardtool.ui.commands import (
    AddRecordCommand,
    DeleteRecordCommand,
    DeleteRecordsCommand,
    ImportResultCommand,
    MergeRecordsCommand,
    MoveRecordCommand,
    ReorderCommand,
    SetFieldCommand,
    SetFieldsCommand,
    UndoController,
)
from awardtool.ui.document_view import ASSIGNABLE_FIELDS, DocumentView
from awardtool.ui.page_view import DocumentPane
from awardtool.ui.export_controller import ExportController
from awardtool.ui.find_bar import FindBar
from awardtool.ui.findings_panel import FindingsPanel, finding_text
from awardtool.ui.import_controller import ImportController, ImportErrorsDialog
from awardtool.ui.labels import STATUS_ORDER, field_label, status_label
from awardtool.ui.record_form import RecordForm
from awardtool.ui.record_model import COLUMN_INDEX, RecordFilterProxy, RecordIdRole, RecordTableModel
from awardtool.ui.review_state import ReviewState
from awardtool.ui.settings import settings


FILTER_DELAY_MS = 150
REASON_STATUSES = ("returned", "query")  # these ask the clerk for a short reason
TABLE_PACE_MS = 250  # the list's repaints while an import appends rows


class MainWindow(QMainWindow):
    record_shown = Signal(int)  # rid now in the form (tests and the screenshot wait on it)
    import_finished = Signal(list, list)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.project = None
        self.rid: int | None = None
        self._shown_rid: int | None = None  # the record in the form (approval needs it on screen)
        self._confirmed_approvals: set[int] = set()  # approved despite blocking findings, after asking
        self.approval_prompt = self._ask_approval  # (name, findings) → bool; tests replace it
        self.reason_prompt = self._ask_reason  # (status label, name) → str | None; tests replace it
        self.new_project_prompt = self._ask_new_project  # (suggested path) → str | None; tests too
        self.reimport_prompt = self._ask_reimport  # (names) → "skip" | "again" | None; tests too
        self.merge_prompt = self._ask_merge  # (kept name, dropped name) → bool; tests too
        self._imports = 0  # numbers each import's undo step (its merge key)
        self._work_field: str | None = None  # the form field the clerk is working in
        self.stack = QUndoStack(self)
        self.undo_ctl = UndoController(self.stack, self._on_change, self._store_error, self)
        self.model = RecordTableModel(self)
        self.state = ReviewState(self.model)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.importer = ImportController(self, self._import_result)
        self._table_pace_timer = QTimer(self)
        self._table_pace_timer.setInterval(TABLE_PACE_MS)
        self._table_pace_timer.timeout.connect(self._paced_repaint)
        self.importer.finished.connect(self._import_done)
        self.exporter = ExportController(self, lambda: self.project)
        self.exporter.finished.connect(
            lambda kind, path: self.statusBar().showMessage(self.tr("已导出：{0}").format(path), 8000))
        self._build()
        self._build_actions()
        self.setAcceptDrops(True)
        self.resize(1366, 768)
        self._show_welcome(True)
        self._update_title()

    # ================================================================ layout
    def _build(self) -> None:
        left = QWidget(self)
        left.setObjectName("batch_pane")
        left.setAccessibleName(self.tr("记录列表"))
        lv = QVBoxLayout(left)
        lv.setContentsMargins(6, 6, 0, 6)
        filters = QHBoxLayout()
        self.filter_edit = QLineEdit(left)
        self.filter_edit.setObjectName("filter_edit")
        self.filter_edit.setPlaceholderText(self.tr("筛选：名称、地区、文件"))
        self.filter_edit.setClearButtonEnabled(True)
        # Typing filters once the clerk pauses (each filtering of 5,000 rows and the repaint
        # cost ~30 ms: per keystroke, typing "四川省绵阳" would stall five times); Enter at once.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.status_filter = QComboBox(left)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("全部"), "")
        for code in STATUS_ORDER:
            self.status_filter.addItem(status_label(code), code)
        self.status_filter.addItem(self.tr("有问题"), "findings")
        self.status_filter.currentIndexChanged.connect(self._status_filter_changed)
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.status_filter)
        lv.addLayout(filters)

        self.table = QTableView(left)
        self.table.setObjectName("record_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # 名称 keeps the width the clerk dragged it to (remembered)
        for key, width in (("status", 30), ("seq", 34), ("name", 190), ("kind", 40), ("region", 70), ("findings", 34),
                           ("document", 80)):
            # never narrower than the header's own words ("Status", "Issues" in English)
            self.table.setColumnWidth(COLUMN_INDEX[key], max(width, header.sectionSizeHint(COLUMN_INDEX[key])))
        self.table.setSortingEnabled(False)  # list order is meaningful; sorting is a menu action
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.move_requested.connect(self.move_record)
        lv.addWidget(self.table, 1)

        prog = QHBoxLayout()
        self.progress_label = QLabel(left)
        self.progress_label.setObjectName("progress_label")
        self.progress_bar = QProgressBar(left)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(10)
        prog.addWidget(self.progress_label)
        prog.addWidget(self.progress_bar, 1)
        lv.addLayout(prog)

        self.doc_view = DocumentView(self)
        self.doc_view.set_field_labels({k: field_label(k) for k in ASSIGNABLE_FIELDS})
        self.doc_view.assign_requested.connect(self.assign_text)
        self.doc_view.new_record_requested.connect(self.add_record_from_text)

        self.form = RecordForm(self)
        self.form.edited.connect(self._form_edited)
        self.form.field_focused.connect(self._field_focused)
        self.form.condense_requested.connect(self.condense_deeds)
        self.form.next_uncertain_record_requested.connect(self.next_uncertain)
        self.form.approve_requested.connect(self.approve_and_next)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setObjectName("form_scroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(self.form)
        self.findings = FindingsPanel(self)
        self.findings.fix_requested.connect(self.apply_fix)
        self.findings.fix_all_requested.connect(self.fix_all)
        self.findings.finding_activated.connect(self._finding_activated)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("form_splitter")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.form_scroll)
        self.right_splitter.addWidget(self.findings)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setSizes([470, 230])  # findings: five or six items without scrolling

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("review_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.doc_pane = DocumentPane(self.doc_view, self)  # PDFs and images as pages
        centre = QWidget(self)
        cv = QVBoxLayout(centre)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(0)
        self.find_bar = FindBar(self.doc_view, centre)  # Ctrl+F: search the document
        cv.addWidget(self.find_bar)
        cv.addWidget(self.doc_pane, 1)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([450, 480, 436])

        self.pages = QStackedWidget(self)
        self.welcome = self._make_welcome()
        if self.welcome is not None:
            self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.splitter)
        self.setCentralWidget(self.pages)
        self.state.progress_changed.connect(self._progress_changed)
        self.state.checked.connect(self._refresh_findings)  # e.g. 重复推荐 gone after a merge or undo
        self._progress_changed(0, 0)

    def _make_welcome(self):
        from awardtool.ui.welcome import WelcomeWidget

        w = WelcomeWidget(self)
        w.open_project.connect(self.open_project_dialog)
        w.new_from_files.connect(self.import_dialog)
        w.open_example.connect(lambda paths: self.import_paths([str(p) for p in paths]))
        w.open_recent.connect(self.open_project)
        return w

    def _show_welcome(self, show: bool) -> None:
        if self.welcome is not None and show:
            self.welcome.refresh_recent()
            self.pages.setCurrentWidget(self.welcome)
        else:
            self.pages.setCurrentWidget(self.splitter)

    def _build_actions(self) -> None:
        from awardtool.ui.window_actions import build_menus

        build_menus(self)

    # ================================================================ project
    def set_project(self, project) -> None:
        """Show ``project`` (already open); the previous one is closed."""
        if self.project is not None and self.project is not project:
            self._remember_position()
            self.project.close()
        self.project = project
        self.rid = None
        self._shown_rid = None
        self._confirmed_approvals = set()
        self.undo_ctl.set_project(project)
        self._docs_cache: dict = {}
        self.reload()
        self._show_welcome(project is None)
        if project is not None:
            settings.set_value("state/last_project", str(project.path))
            settings.add_recent(str(project.path))
            self._return_to_position()
            self._focus_work_field(None)  # the cursor starts in the form, on what needs a look
        self._update_title()

    def _remember_position(self) -> None:
        """The record and filter the clerk leaves, per project (reopening returns there)."""
        if self.project is not None:
            settings.set_position(self.project.path, rid=self.rid, filter=self.filter_edit.text(),
                                  status=self.status_filter.currentData() or "")

    def _return_to_position(self) -> None:
        where = settings.position(self.project.path)
        status = self.status_filter.findData(where.get("status") or "")
        self.status_filter.setCurrentIndex(max(status, 0))
        self.filter_edit.setText(str(where.get("filter") or ""))
        self.apply_filter()
        rid = where.get("rid")
        if isinstance(rid, int) and self.model.row_of(rid) >= 0:
            self.select_record(rid)
        else:
            self.select_row(0)

    def open_project(self, path: str, create: bool = False) -> bool:
        from awardtool.store import Project, ProjectError

        if self.project is not None and _same_file(path, self.project.path):
            self._show_welcome(False)  # already open here (a recent entry, a second start)
            return True
        try:  # a short wait: another writer (a command) may be finishing; the window must not freeze
            project = Project.open(path, create=create, user=settings.value("prefs/user_name") or None, wait=1.0)
        except ProjectError as e:
            if e.data.get("offer") is not None:  # damaged, with a good backup: offer it
                from awardtool.ui.recovery import offer_restore

                return offer_restore(self, e) and self.open_project(path)
            QMessageBox.critical(self, self.tr("无法打开项目"), e.message)
            return False
        self.set_project(project)
        if project.backup_error:  # the project works, but the clerk should know it has no backup
            self.statusBar().showMessage(project.backup_error, 15000)
        return True

    def ensure_project(self, paths: list[str] | None = None) -> bool:
        """Imports need a project: ask for its name and place (suggested: 名单-date beside the
        imported files); without dialogs (tests, screenshots) one in the app-data folder."""
        if self.project is not None:
            return True
        from awardtool.ui.project_paths import new_project_path

        if not self.importer.show_dialogs:
            return self.open_project(str(new_project_path()), create=True)
        first = Path(paths[0]) if paths else None
        folder = (first if first.is_dir() else first.parent) if first is not None else None
        path = self.new_project_prompt(str(new_project_path(folder) if folder is not None else new_project_path()))
        if not path:
            return False
        from awardtool.store import SUFFIX

        return self.open_project(path if path.endswith(SUFFIX) else path + SUFFIX, create=True)

    def _ask_new_project(self, suggested: str) -> str | None:
        from awardtool.store import SUFFIX

        path, _ = QFileDialog.getSaveFileName(self, self.tr("新项目保存在哪里？"), suggested,
                                              self.tr("审核项目 (*{0})").format(SUFFIX))
        return path or None

    def reload(self) -> None:
        self.state.reload(self.project, self._word_limit())
        if self.rid is None or self.model.row_of(self.rid) < 0:
            self.select_row(0)
        self.undo_ctl.changed.emit()

    def _word_limit(self) -> int | None:
        """The project's 字数上限 (None: no limit) — its one home; the export uses the same."""
        if self.project is None:
            from awardtool.store import DEFAULT_SETTINGS

            return DEFAULT_SETTINGS["word_limit"]
        return self.project.settings().get("word_limit")

    def _update_title(self) -> None:
        """The project's name and where it lives: the clerk must know where the work goes."""
        if self.project is None:
            self.setWindowTitle(self.tr("表彰名单审核"))
            return
        path = Path(self.project.path)
        self.setWindowTitle(f"{path.stem} — {path.parent} — " + self.tr("表彰名单审核"))

    def confirm_saved(self) -> None:
        """Ctrl+S: every edit is already in the project file; say so (the clerk wants to know)."""
        if self.project is None:
            self.statusBar().showMessage(self.tr("还没有打开项目"), 5000)
            return
        self.statusBar().showMessage(self.tr("已保存（每次修改都已自动存入 {0}）").format(self.project.path), 5000)

    # ================================================================ navigation
    def current_proxy_row(self) -> int:
        return self.table.currentIndex().row() if self.table.currentIndex().isValid() else -1

    def select_row(self, proxy_row: int) -> None:
        if self.proxy.rowCount() == 0:
            self.table.selectionModel().clearSelection()
            self._show_record(None)
            return
        proxy_row = max(0, min(proxy_row, self.proxy.rowCount() - 1))
        index = self.proxy.index(proxy_row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if self.rid != index.data(RecordIdRole):
            self._show_record(index.data(RecordIdRole))

    def select_record(self, rid: int) -> None:
        src = self.model.row_of(rid)
        if src < 0:
            return
        p = self.proxy.mapFromSource(self.model.index(src, 0))
        if not p.isValid():  # filtered out: show everything so the clerk sees the record
            self.filter_edit.clear()
            self.apply_filter()
            self.status_filter.setCurrentIndex(0)
            p = self.proxy.mapFromSource(self.model.index(src, 0))
        self.select_row(p.row())

    def next_record(self) -> None:
        self.select_row(self.current_proxy_row() + 1)

    def prev_record(self) -> None:
        self.select_row(max(0, self.current_proxy_row() - 1))

    def next_uncertain(self) -> bool:
        """F8 past the last uncertain field: the next record with a field the extractor was
        unsure of (wrapping), its first such field focused; False if none."""
        from awardtool.extract.confidence import UNCERTAIN

        n = self.proxy.rowCount()
        start = self.current_proxy_row()
        for k in range(1, n + 1):
            r = (start + k) % n
            row = self.model.row_data(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if any(c < UNCERTAIN for c in row.record.confidence.values()):
                self.select_row(r)
                self.form.focus_next_uncertain()
                return True
        return False

    def next_with_findings(self) -> bool:
        """F4: the next record (wrapping) that has findings, the cursor on the first one's field."""
        self.state.check_all_now()
        n = self.proxy.rowCount()
        start = self.current_proxy_row()
        for k in range(1, n + 1):
            r = (start + k) % n
            row = self.model.row_data(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row.findings and row.rid != self.rid:
                self.select_row(r)
                self._focus_work_field(None)
                return True
        self.statusBar().showMessage(self.tr("其他记录都没有问题"), 5000)
        return False

    def next_pending(self) -> bool:
        """Move to the next 待审核 record after the current one (wrapping); False if none."""
        n = self.proxy.rowCount()
        start = self.current_proxy_row()
        for k in range(1, n + 1):
            r = (start + k) % n
            row = self.model.row_data(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            if row.status == "pending":
                self.select_row(r)
                return True
        return False

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        rid = current.data(RecordIdRole) if current.isValid() else None
        if rid != self.rid:
            self._show_record(rid)

    def apply_filter(self) -> None:
        """Filter by the box's text now (typing waits ``FILTER_DELAY_MS`` for a pause)."""
        self._filter_timer.stop()
        self.proxy.set_text(self.filter_edit.text())

    def _status_filter_changed(self, i: int) -> None:
        code = self.status_filter.itemData(i)
        if code == "findings":
            self.state.check_all_now()  # the filter needs every record checked
        self.proxy.set_status(code)

    def _header_clicked(self, section: int) -> None:
        """Clicking a header sorts the view (not the list); clicking again restores list order."""
        if self.proxy.sortColumn() == section and self.proxy.sortOrder() == Qt.SortOrder.AscendingOrder:
            self.proxy.sort(section, Qt.SortOrder.DescendingOrder)
        elif self.proxy.sortColumn() == section:
            self.proxy.sort(-1)
        else:
            self.proxy.sort(section, Qt.SortOrder.AscendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(self.proxy.sortColumn() >= 0)
        self.table.horizontalHeader().setSortIndicator(self.proxy.sortColumn(), self.proxy.sortOrder())

    # ================================================================ showing a record
    def _document(self, doc_id: int | None):
        if doc_id is None or self.project is None:
            return None
        doc = self._docs_cache.get(doc_id)
        if doc is None:
            doc = self.project.document(doc_id)
            if len(self._docs_cache) > 16:
                self._docs_cache.pop(next(iter(self._docs_cache)))
            self._docs_cache[doc_id] = doc
        return doc

    def _show_record(self, rid: int | None) -> None:
        self.rid = rid
        self._shown_rid = None
        row = self.state.ensure_checked(rid) if rid is not None else None
        if row is None:
            self.rid = None
            self.form.load(None)
            self.findings.set_findings([])
            self.doc_pane.show_document(None, key=None)
            return
        self.form.set_word_limit(self.state.word_limit)
        self.form.load(row.record, row.status)
        self.findings.set_findings(row.findings)
        self.form_scroll.verticalScrollBar().setValue(0)  # each record opens at the top (名称)
        if self._focus_in_form():  # working through the form: the cursor goes where to look
            self._focus_work_field(None)
        self.doc_pane.show_document(self._document(row.doc_id), key=("doc", row.doc_id),
                                    original=lambda: self.project.original(row.doc_id))
        self.doc_pane.highlight(row.record.source)
        self._shown_rid = rid
        self.record_shown.emit(rid)

    def _focus_in_form(self) -> bool:
        """The clerk works in the form (or its findings), not in the list or a dialog."""
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()
        return focus is not None and (self.right_splitter.isAncestorOf(focus) or focus is self.right_splitter)

    def _focus_work_field(self, key: str | None) -> None:
        """Put the cursor in ``key`` (None: the record's first uncertain or invalid field, else
        名称) and scroll the form so that field is in view."""
        row = self.current_row()
        w = self.form.focus_attention(row.findings or [] if row is not None else [], key)
        if w is not None:
            self.form_scroll.ensureWidgetVisible(w, 0, 40)

    def _refresh_findings(self) -> None:
        """Background checks arrived: the record on screen shows its new findings at once."""
        row = self.current_row()
        if row is not None and row.findings is not None and _keys(row.findings) != _keys(self.findings.findings()):
            self.findings.set_findings(row.findings)

    def _field_focused(self, key: str) -> None:
        self._work_field = key
        row = self.current_row()
        if row is not None:
            self.doc_pane.highlight(row.record.source, row.record.field_sources.get(key))

    def _finding_activated(self, finding) -> None:
        self.form.select_span(finding.field, finding.start, finding.end)

    def current_row(self):
        if self.rid is None:
            return None
        i = self.model.row_of(self.rid)
        return self.model.row_data(i) if i >= 0 else None

    # ================================================================ edits (all undoable)
    def push(self, command) -> None:
        self.stack.push(command)
        self.undo_ctl.pushed()

    def _cmd_args(self):
        return self._on_change, self._store_error

    def _form_edited(self, field: str, value, merge_key) -> None:
        if self.project is None or self.rid is None:
            return
        if field == "status":  # the form's status box: the same path as the menu (reasons asked)
            self.set_status(value)
            return
        key = f"{self.rid}:{merge_key}" if merge_key is not None else None
        self.push(SetFieldCommand(self.project, self.rid, field, value, *self._cmd_args(), merge_key=key))

    def set_status(self, status: str) -> None:
        """退回 and 有疑问 ask for a short reason, kept with the change in the record's history
        (and in the Excel audit sheet); the other states are set at once."""
        if self.project is None or self.rid is None:
            return
        if status in REASON_STATUSES:
            row = self.current_row()
            if row is None or row.status == status:
                return
            reason = self.reason_prompt(status_label(status), row.record.name)
            if reason is None:
                self.form.load(row.record, row.status, new_record=False)  # the combo shows the old state again
                return
            from awardtool.export.xlsx_audit import REASON_LABEL

            label = self.tr("标记为“{0}”").format(status_label(status))
            if reason.strip():
                label += f"，{REASON_LABEL}{reason.strip()}"
            self.push(SetFieldsCommand(self.project, self.rid, {"status": status}, label, *self._cmd_args()))
        else:
            self.push(SetFieldCommand(self.project, self.rid, "status", status, *self._cmd_args()))

    def _ask_reason(self, status: str, name: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("标记为“{0}”").format(status),
                                        self.tr("“{0}”标记为“{1}”的原因（记入修改历史和审核记录）：").format(name, status))
        return text if ok else None

    def shown_row(self):
        """The record the clerk is looking at: on the review page, in the form and in the
        (filtered) list. None otherwise — nothing is approved that is not on screen."""
        row = self.current_row()
        if (row is None or self._shown_rid != row.rid or self.pages.currentWidget() is not self.splitter
                or not self.isVisible()):
            return None
        visible = self.proxy.mapFromSource(self.model.index(self.model.row_of(row.rid), 0))
        return row if visible.isValid() else None

    def approve_and_next(self) -> None:
        row = self.shown_row()
        if row is None:
            self.statusBar().showMessage(self.tr("请先在列表中选中要审核的记录"), 5000)
            return
        if not self._approval_confirmed(row):
            return
        in_form = self._focus_in_form()
        self.set_status("approved")
        if not self.next_pending():
            self.statusBar().showMessage(self.tr("全部记录都已审核"), 5000)
        if in_form:
            self._focus_work_field(None)

    def _approval_confirmed(self, row) -> bool:
        """A record with blocking findings (a required field empty, 简要事迹 over the limit) is
        approved only after the clerk has seen them listed and said yes — once per record."""
        from awardtool.export.plan import APPROVAL_BLOCKING

        row = self.state.ensure_checked(row.rid) or row
        blocking = [f for f in row.findings or [] if f.code in APPROVAL_BLOCKING]
        if not blocking or row.rid in self._confirmed_approvals:
            return True
        if not self.approval_prompt(row.record.name, [finding_text(f) for f in blocking]):
            return False
        self._confirmed_approvals.add(row.rid)
        return True

    def _ask_approval(self, name: str, messages: list[str]) -> bool:
        text = self.tr("“{0}”还有以下问题：\n\n{1}\n\n仍然审核通过吗？").format(
            name, "\n".join(f"• {m}" for m in messages))
        answer = QMessageBox.question(self, self.tr("审核通过"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def set_fields(self, values: dict, label: str) -> None:
        if self.project is not None and self.rid is not None:
            self.push(SetFieldsCommand(self.project, self.rid, values, label, *self._cmd_args()))

    def apply_fix(self, finding) -> None:
        row = self.current_row()
        if row is None or finding.fix is None:
            return
        fix = finding.fix
        text = getattr(row.record, fix.field) or ""
        self.set_fields({fix.field: fix.apply(text)}, self.tr("修正：{0}").format(finding_text(finding)[:24]))
        self._focus_work_field(fix.field)  # back to the field, not wherever the fix button's focus fell

    def fix_all(self) -> None:
        from awardtool.validate import apply_fixes

        row = self.current_row()
        if row is None:
            return
        fixes = [f.fix for f in row.findings if f.fix is not None]
        if not fixes:
            return
        new = apply_fixes(row.record, fixes)
        values = {k: getattr(new, k) for k in {f.field for f in fixes} if getattr(new, k) != getattr(row.record, k)}
        if values:
            self.set_fields(values, self.tr("全部修正"))
        self._focus_work_field(self._work_field or fixes[0].field)

    def condense_deeds(self) -> None:
        from awardtool.validate import condense

        row = self.current_row()
        if row is None or not row.record.deeds or self.state.word_limit is None:
            return
        short = condense(row.record.deeds, self.state.word_limit)
        if short != row.record.deeds:
            self.set_fields({"deeds": short}, self.tr("生成简要事迹"))

    def assign_text(self, field: str, text: str, mode: str = "replace") -> None:
        """Put text selected in the document into a field (replace, or append as a new paragraph)."""
        row = self.current_row()
        if row is None or not text:
            return
        if mode == "append":
            old = getattr(row.record, field) or ""
            sep = "\n" if field in ("deeds", "notes") else ""
            text = f"{old}{sep}{text}" if old else text
        elif field not in ("deeds", "notes"):
            text = " ".join(text.split())  # one-line fields: no line breaks from the document
        self.set_fields({field: text}, self.tr("从原文填入 {0}").format(field_label(field)))

    def assign_selection(self, field: str, mode: str = "replace") -> None:
        self.assign_text(field, self.doc_view.selected_text(), mode)

    def add_record_from_text(self, text: str = "") -> None:
        if self.project is None:
            return
        row = self.current_row()
        lines = [x.strip() for x in (text or "").split("\n") if x.strip()]
        rec = Record(name=lines[0] if lines else self.tr("新记录"), deeds="\n".join(lines[1:]))
        if row is not None:
            rec.kind, rec.region, rec.award = row.record.kind, row.record.region, row.record.award
        index = self.model.row_of(self.rid) + 1 if row is not None else None
        cmd = AddRecordCommand(self.project, rec, *self._cmd_args(),
                               doc_id=row.doc_id if row is not None else None, index=index)
        self.push(cmd)
        if cmd.new_id() is not None:
            self.select_record(cmd.new_id())
            self.form.focus_field("name")

    def delete_records(self) -> None:
        if self.project is None:
            return
        rids = self.selected_rids()
        if not rids:
            return
        next_row = self.current_proxy_row()
        if len(rids) > 1:  # one step on the stack and one journal group in the store
            self.push(DeleteRecordsCommand(self.project, rids, *self._cmd_args()))
        else:
            name = self.model.row_data(self.model.row_of(rids[0])).record.name
            self.push(DeleteRecordCommand(self.project, rids[0], name, *self._cmd_args()))
        self.select_row(next_row)

    def selected_rids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        rids = [self.proxy.index(r, 0).data(RecordIdRole) for r in rows]
        if not rids and self.rid is not None:
            rids = [self.rid]
        return rids

    def merge_selected(self) -> None:
        """Merge two selected records (the first keeps its values), or the current record with
        the duplicate its finding names."""
        if self.project is None:
            return
        rids = self.selected_rids()
        if len(rids) < 2:
            other = self.state.duplicate_of(self.rid)
            if other is None:
                self.statusBar().showMessage(self.tr("请先选中两条要合并的记录"), 5000)
                return
            rids = [self.rid, other]
        keep, drop = sorted(rids[:2], key=self.model.row_of)
        name = lambda rid: self.model.row_data(self.model.row_of(rid)).record.name  # noqa: E731
        keep_name, drop_name = name(keep), name(drop)
        if not self.merge_prompt(keep_name, drop_name):
            return
        self.push(MergeRecordsCommand(self.project, keep, drop, *self._cmd_args()))
        self.select_record(keep)
        self.statusBar().showMessage(self.tr("已合并：保留“{0}”，删去“{1}”（可撤销）").format(keep_name, drop_name), 8000)

    def move_record(self, rid: int, index: int) -> None:
        if self.project is not None:
            self.push(MoveRecordCommand(self.project, rid, index, *self._cmd_args()))

    def move_current(self, delta: int) -> None:
        if self.rid is not None:
            self.move_record(self.rid, self.model.row_of(self.rid) + delta)
            self.select_record(self.rid)

    def reorder(self, key) -> None:
        """Put the list in ``key`` order as one undo step and one journal group."""
        if self.project is None:
            return
        rows = self.model.rows()
        target = [r.rid for r in sorted(rows, key=key)]
        if target == [r.rid for r in rows]:
            return
        self.push(ReorderCommand(self.project, target, *self._cmd_args()))

    def undo(self) -> None:
        self.form.new_session()
        self.undo_ctl.undo()

    def redo(self) -> None:
        self.form.new_session()
        self.undo_ctl.redo()

    def show_history(self) -> None:
        from awardtool.ui.history_dialog import HistoryDialog

        row = self.current_row()
        if row is None:
            return
        HistoryDialog(self.project.history(row.rid), row.record.name, self).exec()

    # ================================================================ store → panes
    def _on_change(self, change) -> None:
        was_current = self.rid
        self.state.apply(self.project, change)
        if was_current is not None and self.model.row_of(was_current) < 0:  # deleted
            self.select_row(self.current_proxy_row())
        ids = getattr(change, "record_ids", set()) or set()
        if self.rid in ids:
            row = self.current_row()
            self.form.load(row.record, row.status, new_record=False)
            self.findings.set_findings(row.findings)
            self.doc_pane.highlight(row.record.source)
        if len(ids) == 1 and self.rid not in ids and not self.importer.busy():
            rid = next(iter(ids))
            if self.model.row_of(rid) >= 0 and self._navigate_on_change:
                self.select_record(rid)  # an undo elsewhere: show the record it changed
        self.undo_ctl.changed.emit()

    _navigate_on_change = True

    def _store_error(self, exc: BaseException) -> None:
        message = getattr(exc, "message", None) or str(exc)
        QMessageBox.critical(self, self.tr("操作未完成"), message)

    def _progress_changed(self, approved: int, total: int) -> None:
        self.progress_label.setText(self.tr("已审核 {0} / {1}").format(approved, total))
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(approved)

    # ================================================================ import / export
    def open_export_dialog(self, kinds=("word", "excel")):
        """The export dialog (form, grouping, titles, 公示 details, read-back result)."""
        from awardtool.ui.export_dialog import ExportDialog

        if self.project is None:
            self.statusBar().showMessage(self.tr("请先打开或新建项目"), 5000)
            return None
        dialog = ExportDialog(self.exporter, self.project, self, kinds=kinds)
        if self.exporter.show_dialogs:
            dialog.exec()
            dialog.deleteLater()  # a new dialog each time: this one's connections go with it
        return dialog

    def import_dialog(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("导入推荐材料"), settings.value("prefs/export_dir"),
            self.tr("推荐材料 (*.docx *.doc *.wps *.pdf *.xlsx *.xls *.csv *.html *.htm *.txt *.zip);;所有文件 (*)"))
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导入文件夹"))
        if folder:
            self.import_paths([folder])

    def import_paths(self, paths: list[str]) -> bool:
        if not paths or not self.ensure_project(paths):
            return False
        from awardtool.ui.import_controller import already_imported

        known = already_imported(self.project, paths) if not self.importer.busy() else {}
        if known:
            choice = self.reimport_prompt(sorted(known.values()))
            if choice is None:
                return False
            self.importer.skip_digests = set(known) if choice == "skip" else set()
        self._imports += 1
        self._show_welcome(False)
        self._navigate_on_change = False
        started = self.importer.start(paths)
        if started:
            self._pace_table(True)
        return started

    def _pace_table(self, importing: bool) -> None:
        """While an import appends rows, repaint the list a few times a second instead of
        after every slice of store writes: a full repaint of the visible rows costs about as
        much as the slice itself, and the rest of the window stays live meanwhile."""
        viewport = self.table.viewport()
        if importing:
            viewport.setUpdatesEnabled(False)
            self._table_pace_timer.start()
        else:
            self._table_pace_timer.stop()
            viewport.setUpdatesEnabled(True)  # and repaints

    def _paced_repaint(self) -> None:
        viewport = self.table.viewport()
        viewport.setUpdatesEnabled(True)
        viewport.repaint()
        viewport.setUpdatesEnabled(False)

    def _import_result(self, result, original) -> list[int]:
        errors: list[BaseException] = []  # listed in the import report, not one box per file
        cmd = ImportResultCommand(self.project, result, original, self._on_change, errors.append,
                                  merge_key=f"import#{self._imports}", files=self.importer.stored_documents)
        self.state.incoming_path = result.document.path
        try:
            self.push(cmd)
        finally:
            self.state.incoming_path = None
        if errors:
            raise errors[0]
        return cmd.record_ids

    def _import_done(self, ids: list, failures: list) -> None:
        self._pace_table(False)
        self._navigate_on_change = True
        self.state.recheck_duplicates()
        if self.rid is None and self.proxy.rowCount():
            self.select_row(0)
        elif ids:
            self.select_record(ids[0])
        message = self.tr("导入完成：{0} 条记录").format(len(ids))
        if self.importer.skipped:
            message += self.tr("；跳过 {0} 个已导入过的文件").format(self.importer.skipped)
        self.statusBar().showMessage(message, 8000)
        if failures and self.importer.show_dialogs:
            ImportErrorsDialog(failures, len(ids), self).exec()
        self.import_finished.emit(ids, failures)

    def _ask_reimport(self, names: list[str]) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("文件已导入过"),
                          self.tr("以下 {0} 个文件的内容已在本项目中：\n\n{1}\n\n要怎么处理？").format(
                              len(names), "\n".join(f"• {n}" for n in names[:12]) + ("\n……" if len(names) > 12 else "")),
                          QMessageBox.StandardButton.NoButton, self)
        skip = box.addButton(self.tr("跳过已导入的"), QMessageBox.ButtonRole.AcceptRole)
        again = box.addButton(self.tr("作为新版本再导入"), QMessageBox.ButtonRole.YesRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(skip)
        box.exec()
        return {skip: "skip", again: "again"}.get(box.clickedButton())

    def _ask_merge(self, keep: str, drop: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("合并重复记录"),
            self.tr("把“{1}”合并到“{0}”？\n\n保留“{0}”（列表中靠前的一条）的内容，“{1}”中它没有的内容补进来，"
                    "然后删去“{1}”。可以撤销。").format(keep, drop),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def open_project_dialog(self) -> None:
        from awardtool.store import SUFFIX

        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开项目"), "",
                                              self.tr("审核项目 (*{0})").format(SUFFIX))
        if path:
            self.open_project(path)

    def new_project_dialog(self) -> None:
        from awardtool.store import SUFFIX

        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建项目"), "",
                                              self.tr("审核项目 (*{0})").format(SUFFIX))
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.open_project(path, create=True)

    def save_as_dialog(self) -> None:
        from awardtool.store import SUFFIX, ProjectError

        if self.project is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("项目另存为"), "",
                                              self.tr("审核项目 (*{0})").format(SUFFIX))
        if not path:
            return
        if not path.endswith(SUFFIX):
            path += SUFFIX
        try:
            self.project.save_as(path)
        except ProjectError as e:
            QMessageBox.critical(self, self.tr("另存失败"), e.message)
            return
        self.open_project(path)

    # ================================================================ window events
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_paths(paths))
        else:
            super().dropEvent(event)

    def restore_state(self) -> None:
        geometry = settings.value("state/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("state/window_state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = settings.value("state/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = settings.value("state/table_header")
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        settings.set_value("state/geometry", self.saveGeometry())
        settings.set_value("state/window_state", self.saveState())
        settings.set_value("state/splitter", self.splitter.saveState())
        settings.set_value("state/table_header", self.table.horizontalHeader().saveState())

    def closeEvent(self, event) -> None:
        if self.importer.busy():
            self.importer.cancel()
        self.state.cancel_background()
        self.save_state()
        self._remember_position()
        # The stack and the menus go away with the window: no more refreshes from their signals.
        self.stack.blockSignals(True)
        self.undo_ctl.blockSignals(True)
        if self.project is not None:
            self.project.close()
            self.project = None
        super().closeEvent(event)


def _keys(findings) -> list:
    return [(f.code, f.field, f.message) for f in findings]


def _same_file(a, b) -> bool:
    try:
        return Path(a).samefile(b)
    except OSError:
        return False
