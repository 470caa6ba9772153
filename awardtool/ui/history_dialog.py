"""A record's edit history from the project journal: when, who, what changed (old → new)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from awardtool.ui.labels import field_label, status_label


def _shown(field: str | None, value) -> str:
    if value is None:
        return ""
    if field == "status" and isinstance(value, str):
        return status_label(value)
    if isinstance(value, dict):  # a whole record (added / deleted): its name says which
        return str(value.get("name", ""))
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:80] + "…"


class HistoryDialog(QDialog):
    def __init__(self, entries: list, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改历史 — {0}").format(title))
        self.resize(860, 420)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(len(entries), 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("操作人"), self.tr("操作"),
                                              self.tr("原值"), self.tr("新值")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for r, e in enumerate(reversed(entries)):  # newest first
            what = e.label or ""
            if e.action == "set" and e.field and e.field not in what:
                what = f"{what}（{field_label(e.field)}）"
            cells = [e.when.replace("T", " ")[:19], e.user or "", what,
                     _shown(e.field, e.old), _shown(e.field, e.new)]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
