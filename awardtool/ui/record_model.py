"""The batch as a table: one row per record, columns declared once, filtered by a proxy.

The model holds plain ``Row`` snapshots (id, status, Record, findings, document label) taken
from the project; it never queries the store inside ``data()``, which keeps scrolling and
filtering 5,000 rows fast. The window refreshes rows from each store ``Change``: field edits
emit ``dataChanged`` for the row, structural changes insert/remove/move rows when they can
and reset only for a reload.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from awardtool.records import Record
from awardtool.ui.icons import status_icon
from awardtool.ui.labels import status_label

RecordIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
MIME_ROW = "application/x-awardtool-record-id"


@dataclass(slots=True)
class Row:
    rid: int
    doc_id: int | None
    status: str
    record: Record
    findings: list | None = None  # None: not checked yet (a background worker fills it in)
    doc_label: str = ""
    _search: str | None = field(default=None, repr=False, compare=False)

    def search_text(self) -> str:
        """Lower-cased text the filter box searches, built once per row snapshot."""
        if self._search is None:
            r = self.record
            self._search = f"{r.name}\n{r.region or ''}{r.city or ''}\n{self.doc_label}\n{r.recommender or ''}\n{r.deeds}".lower()
        return self._search

    def with_findings(self, findings: list) -> Row:
        """The same record with (new) findings; the search text stays valid, so it is kept."""
        return Row(self.rid, self.doc_id, self.status, self.record, findings, self.doc_label, self._search)

    def errors(self) -> int:
        return sum(1 for f in self.findings or () if getattr(f, "severity", "") == "error")



def _where(row: Row) -> str:
    r = row.record
    return "".join(x for x in (r.region, r.city) if x)


# (key, header, display accessor, sort accessor)
COLUMNS: tuple[tuple[str, Callable[[], str], Callable[[Row], object], Callable[[Row], object]], ...] = (
    ("status", lambda: QCoreApplication.translate("RecordModel", "状态"), lambda r: status_label(r.status), lambda r: r.status),
    ("seq", lambda: QCoreApplication.translate("RecordModel", "序号"), lambda r: "" if r.record.seq is None else str(r.record.seq),
     lambda r: (r.record.seq is None, r.record.seq or 0)),
    ("name", lambda: QCoreApplication.translate("RecordModel", "名称"), lambda r: r.record.name, lambda r: r.record.name),
    ("kind", lambda: QCoreApplication.translate("RecordModel", "类别"), lambda r: QCoreApplication.translate("RecordModel", "个人") if r.record.kind == "individual" else QCoreApplication.translate("RecordModel", "集体"),
     lambda r: r.record.kind),
    ("region", lambda: QCoreApplication.translate("RecordModel", "地区"), _where, _where),
    ("findings", lambda: QCoreApplication.translate("RecordModel", "问题"), lambda r: str(len(r.findings)) if r.findings else "",
     lambda r: len(r.findings or ())),
    ("document", lambda: QCoreApplication.translate("RecordModel", "文件"), lambda r: r.doc_label, lambda r: r.doc_label),
)
COLUMN_INDEX = {c[0]: i for i, c in enumerate(COLUMNS)}
_FINDINGS_COL = COLUMN_INDEX["findings"]
_NCOLS = len(COLUMNS)
_ROOT = QModelIndex()

# Roles as ints (Qt passes ints; comparing with the enum members costs an enum lookup each).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_SORT = int(Qt.ItemDataRole.UserRole)
_ANSWERED = frozenset({_DISPLAY, _DECORATION, _TOOLTIP, _FOREGROUND, _ACCESSIBLE, _SORT,
                       int(RecordIdRole), int(RowRole)})
# QAbstractTableModel's flags plus drag and drop, combined once instead of per cell.
_CELL_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
               | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_ERROR_BRUSH = QBrush(QColor("#d93025"))


def header_legend(key: str) -> str | None:
    """The legend a column header shows on hover: what the status icons and the colours of
    the finding counts mean."""
    from awardtool.fields import STATUSES
    from awardtool.ui.icons import STATUS_COLORS

    if key == "status":
        items = "".join(f"<br><span style='color:{STATUS_COLORS[c]}'>●</span> {status_label(c)}" for c in STATUSES)
        return QCoreApplication.translate("RecordModel", "审核状态（图标）：") + items
    if key == "findings":
        return QCoreApplication.translate(
            "RecordModel", "检查出的问题条数：<br><span style='color:#d93025'>红色</span>＝有错误（如必填项为空、字数超过上限），应当改正<br>"
                           "黑色＝只有提醒（如标点、空格），可一键修正<br>悬停在数字上可看具体问题")
    if key == "name":
        return QCoreApplication.translate("RecordModel", "名称（悬停看全文；拖动列边可调宽度，下次打开时保留）")
    return None


class RecordTableModel(QAbstractTableModel):
    # The clerk dropped a dragged record at a new list position (source rows); the window
    # turns it into an undoable move — the model never reorders itself.
    move_requested = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._index: dict[int, int] = {}  # rid → row

    # --- content -----------------------------------------------------------------------------
    def rows(self) -> list[Row]:
        return self._rows

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._index = {r.rid: i for i, r in enumerate(self._rows)}

    def row_of(self, rid: int) -> int:
        return self._index.get(rid, -1)

    def row_data(self, row: int) -> Row:
        return self._rows[row]

    def append_rows(self, rows: list[Row]) -> None:
        if not rows:
            return
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n + len(rows) - 1)
        self._rows.extend(rows)
        for i, r in enumerate(rows, n):
            self._index[r.rid] = i
        self.endInsertRows()

    def update_rows(self, rows: list[Row]) -> None:
        """Replace several rows with one dataChanged (background findings arrive in batches)."""
        indexes = []
        for new in rows:
            i = self.row_of(new.rid)
            if i >= 0:
                self._rows[i] = new
                indexes.append(i)
        if indexes:
            self.dataChanged.emit(self.index(min(indexes), 0), self.index(max(indexes), len(COLUMNS) - 1))

    def update_row(self, new: Row) -> None:
        i = self.row_of(new.rid)
        if i < 0:
            return
        self._rows[i] = new
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

    def sync_order(self, rows: list[Row]) -> None:
        """Bring the model to ``rows`` (the project's new list) with the least disruptive signal:
        one insert, one remove or one move keeps the views' selection and scroll position."""
        old = [r.rid for r in self._rows]
        new = [r.rid for r in rows]
        if len(new) == len(old) + 1:
            i = next((k for k in range(len(old)) if old[k] != new[k]), len(old))
            if new[:i] + new[i + 1:] == old:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, rows[i])
                self._reindex()
                self.endInsertRows()
                return
        if len(new) == len(old) - 1:
            i = next((k for k in range(len(new)) if old[k] != new[k]), len(new))
            if old[:i] + old[i + 1:] == new:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self._reindex()
                self.endRemoveRows()
                return
        if len(new) == len(old) and sorted(new) == sorted(old) and new != old:
            diff = [k for k in range(len(old)) if old[k] != new[k]]
            first, last = diff[0], diff[-1]
            if old[first + 1:last + 1] == new[first:last] and old[first] == new[last]:  # moved down
                src, dst = first, last + 1
            elif old[first:last] == new[first + 1:last + 1] and old[last] == new[first]:  # moved up
                src, dst = last, first
            else:
                src = dst = -1
            if src >= 0 and self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst):
                self._rows = list(rows)
                self._reindex()
                self.endMoveRows()
                return
        if new == old:
            for r in rows:
                self.update_row(r)
            return
        self.set_rows(rows)

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def index(self, row, column, parent=_ROOT):
        # The proxy maps every cell's every role through index(); the inherited one asks
        # rowCount() and columnCount() each time — two calls into Python instead of this one.
        if 0 <= row < len(self._rows) and 0 <= column < _NCOLS and not parent.isValid():
            return self.createIndex(row, column)
        return _ROOT

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][1]()
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return header_legend(COLUMNS[section][0])
        return None

    def data(self, index, role=_DISPLAY):
        # Called for every visible cell and role on each repaint (a 25-row table asks ~1,400
        # times): roles we never answer return first, and roles compare as plain ints.
        if role not in _ANSWERED or not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return None  # the icon says it; the text is the tooltip (keeps the column narrow)
            return COLUMNS[col][2](row)
        if role == _DECORATION:
            return status_icon(row.status) if col == 0 else None
        if role == _FOREGROUND:
            return _ERROR_BRUSH if col == _FINDINGS_COL and row.errors() else None
        if role == _ACCESSIBLE or (role == _TOOLTIP and col == 0):
            return COLUMNS[col][2](row)
        if role == _TOOLTIP:
            if col == _FINDINGS_COL and row.findings:
                from awardtool.ui.findings_panel import finding_text

                return "\n".join(finding_text(f)[:200] for f in row.findings[:20])
            if col == COLUMN_INDEX["document"]:
                return row.doc_label
            if col == COLUMN_INDEX["name"]:
                return row.record.name
            return None
        if role == _SORT:
            return COLUMNS[col][3](row)
        if role == RecordIdRole:
            return row.rid
        if role == RowRole:
            return row
        return None

    def flags(self, index):
        return _CELL_FLAGS if index.isValid() else _ROOT_FLAGS

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_ROW]

    def mimeData(self, indexes):
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        if rows:
            data.setData(MIME_ROW, QByteArray(str(self._rows[rows[0]].rid).encode()))
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(MIME_ROW):
            return False
        rid = int(bytes(data.data(MIME_ROW)).decode() or -1)
        target = parent.row() if parent.isValid() else (row if row >= 0 else len(self._rows))
        src = self.row_of(rid)
        if src < 0:
            return False
        if target > src:
            target -= 1  # the dragged row leaves its place first
        if target != src:
            self.move_requested.emit(rid, target)
        # False: the move happens through the undo stack; Qt must not remove the dragged row.
        return False


class RecordFilterProxy(QSortFilterProxyModel):
    """Filter by text (name, region, city, document, deeds) and by status.

    status_filter: "" for all, a status code, or "findings" for records with problems.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = ""
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        text = text.strip().lower()
        if text != self._text:
            self.beginFilterChange()
            self._text = text
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: str) -> None:
        if status != self._status:
            self.beginFilterChange()
            self._status = status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, model) -> None:
        super().setSourceModel(model)
        self._rows_of = model.rows  # a Python reference: sourceModel() is a call into Qt

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        # Called once per row (5,000) for every filter change: keep it to attribute reads.
        row = self._rows_of()[source_row]
        if self._status:
            if self._status == "findings":
                if not row.findings:
                    return False
            elif row.status != self._status:
                return False
        if self._text:
            return self._text in row.search_text()
        return True

    def lessThan(self, left, right) -> bool:
        a, b = left.data(Qt.ItemDataRole.UserRole), right.data(Qt.ItemDataRole.UserRole)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


__all__ = ["COLUMNS", "COLUMN_INDEX", "RecordFilterProxy", "RecordIdRole", "RecordTableModel", "Row",
           "RowRole"]
