"""The current record's findings, each with its fix button.

A record has a handful of findings at most, so a small row widget per finding is fine here
(the batch table, with thousands of rows, is a model/view instead). The ``MAX_SHOWN`` row
widgets are built once and refilled for each record: creating and deleting a dozen widgets
on every move to the next record cost more than everything else the move does. Clicking a
message selects the offending span in the form; 修正 asks the window to apply the finding's
Fix as one undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

MAX_SHOWN = 12  # a record with more findings needs 全部修正, not scrolling through hundreds of rows
MAX_MESSAGE = 200  # a duplicate group can name hundreds of places; wrapping that takes seconds
SEVERITY_COLORS = {"error": "#d93025", "warning": "#f29900", "info": "#5f6368"}


class _FindingRow(QFrame):
    """One finding: severity dot, message (a link), and 修正 when it has a fix."""

    def __init__(self, panel: FindingsPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.finding = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        h = QHBoxLayout(self)
        h.setContentsMargins(6, 3, 6, 3)
        self.dot = QLabel(self)
        self.dot.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.msg = QLabel(self)
        self.msg.setWordWrap(True)
        self.msg.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.msg.linkActivated.connect(lambda _link: panel.finding_activated.emit(self.finding))
        self.fix_button = QPushButton(QCoreApplication.translate("FindingsPanel", "修正"), self)
        self.fix_button.clicked.connect(lambda _c=False: panel.fix_requested.emit(self.finding))
        h.addWidget(self.dot)
        h.addWidget(self.msg, 1)
        h.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignTop)

    def show_finding(self, f, panel: FindingsPanel) -> None:
        self.finding = f
        self.dot.setText(f"<span style='color:{SEVERITY_COLORS.get(f.severity, '#5f6368')}'>●</span>")
        text = f.message if len(f.message) <= MAX_MESSAGE else f.message[:MAX_MESSAGE] + "……"
        self.msg.setText(f'<a href="#" style="color: palette(text); text-decoration: none;">{_escape(text)}</a>')
        self.msg.setToolTip(f.message[:4000] if text != f.message else "")
        if self.fix_button.isHidden() != (f.fix is None):
            self.fix_button.setHidden(f.fix is None)
        if f.fix is not None:
            self.fix_button.setToolTip(QCoreApplication.translate("FindingsPanel", "改为：{0}").format(
                f.fix.replacement or QCoreApplication.translate("FindingsPanel", "（删除）")))


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
        rows = QVBoxLayout(self._body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        self._row_widgets = [_FindingRow(self, self._body) for _ in range(MAX_SHOWN)]
        for w in self._row_widgets:
            w.hide()
            rows.addWidget(w)
        self._more = QLabel(self._body)
        self._more.hide()
        rows.addWidget(self._more)
        rows.addStretch(1)
        self._scroll.setWidget(self._body)
        layout.addWidget(self._scroll, 1)
        self._findings: list = []
        self.fix_buttons: list[QPushButton] = []  # the shown findings' fix buttons, in order
        self.set_findings([])

    def findings(self) -> list:
        return list(self._findings)

    def set_findings(self, findings: list) -> None:
        self._findings = list(findings)
        shown = self._findings[:MAX_SHOWN]
        self._body.setUpdatesEnabled(False)  # one repaint for the whole refill
        for i, w in enumerate(self._row_widgets):
            if i < len(shown):
                w.show_finding(shown[i], self)
            else:
                w.finding = None
            if w.isHidden() != (i >= len(shown)):  # showing/hiding relayouts: only on change
                w.setHidden(i >= len(shown))
        self.fix_buttons = [w.fix_button for w in self._row_widgets[:len(shown)] if w.finding.fix is not None]
        hidden = len(self._findings) - len(shown)
        self._more.setText(self.tr("……还有 {0} 条，修正上面的问题后显示").format(hidden) if hidden > 0 else "")
        self._more.setVisible(hidden > 0)
        self._body.setUpdatesEnabled(True)
        fixable = sum(1 for f in self._findings if f.fix is not None)
        self.fix_all_button.setEnabled(fixable > 1)
        self.title.setText(self.tr("问题（{0}）").format(len(self._findings)) if self._findings
                           else self.tr("没有发现问题"))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
