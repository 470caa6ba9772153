"""The current record's findings, each with its fix button.

A record has a handful of findings at most, so one small row widget per finding is fine
here (the batch table, with thousands of rows, is a model/view instead). Clicking a message
selects the offending span in the form; 修正 asks the window to apply the finding's Fix as
one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

MAX_SHOWN = 12
MAX_MESSAGE = 200  # a duplicate group can name hundreds of places; wrapping that takes seconds  # a record with more findings needs 全部修正, not scrolling through hundreds of rows
SEVERITY_COLORS = {"error": "#d93025", "warning": "#f29900", "info": "#5f6368"}


class FindingsPanel(QWidget):
    fix_requested = Signal(object)  # Finding
    fix_all_requested = Signal()
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("findings_panel")
        self.setAccessibleName(self.tr("问题"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 6)
        head = QHBoxLayout()
        self.title = QLabel(self)
        self.fix_all_button = QPushButton(self.tr("全部修正"), self)
        self.fix_all_button.setObjectName("fix_all_button")
        self.fix_all_button.clicked.connect(self.fix_all_requested)
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.fix_all_button)
        layout.addLayout(head)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._rows = QVBoxLayout(self._body)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        self._rows.addStretch(1)
        self._scroll.setWidget(self._body)
        layout.addWidget(self._scroll, 1)
        self._findings: list = []
        self.fix_buttons: list[QPushButton] = []
        self.set_findings([])

    def findings(self) -> list:
        return list(self._findings)

    def set_findings(self, findings: list) -> None:
        self._findings = list(findings)
        while self._rows.count() > 1:
            item = self._rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.fix_buttons = []
        shown = self._findings[:MAX_SHOWN]
        for i, f in enumerate(shown):
            self._rows.insertWidget(i, self._row(f))
        if len(self._findings) > len(shown):
            more = QLabel(self.tr("……还有 {0} 条，修正上面的问题后显示").format(len(self._findings) - len(shown)), self._body)
            self._rows.insertWidget(len(shown), more)
        fixable = sum(1 for f in self._findings if f.fix is not None)
        self.fix_all_button.setEnabled(fixable > 1)
        self.title.setText(self.tr("问题（{0}）").format(len(self._findings)) if self._findings
                           else self.tr("没有发现问题"))

    def _row(self, f) -> QWidget:
        row = QFrame(self._body)
        row.setFrameShape(QFrame.Shape.StyledPanel)
        h = QHBoxLayout(row)
        h.setContentsMargins(6, 3, 6, 3)
        dot = QLabel(f"<span style='color:{SEVERITY_COLORS.get(f.severity, '#5f6368')}'>●</span>", row)
        dot.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = f.message if len(f.message) <= MAX_MESSAGE else f.message[:MAX_MESSAGE] + "……"
        msg = QLabel(f'<a href="#" style="color: palette(text); text-decoration: none;">{_escape(text)}</a>', row)
        if text != f.message:
            msg.setToolTip(f.message[:4000])
        msg.setWordWrap(True)
        msg.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        msg.linkActivated.connect(lambda _l, f=f: self.finding_activated.emit(f))
        h.addWidget(dot)
        h.addWidget(msg, 1)
        if f.fix is not None:
            b = QPushButton(self.tr("修正"), row)
            b.setToolTip(self.tr("改为：{0}").format(f.fix.replacement or self.tr("（删除）")))
            b.clicked.connect(lambda _c=False, f=f: self.fix_requested.emit(f))
            h.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
            self.fix_buttons.append(b)
        return row


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
