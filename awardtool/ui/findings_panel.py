"""The current record's findings, each with its fix button.

A record has a handful of findings at most, so a small row widget per finding is fine here
(the batch table, with thousands of rows, is a model/view instead). The ``MAX_SHOWN`` row
widgets are built once and refilled for each record: creating and deleting a dozen widgets
on every move to the next record cost more than everything else the move does. Clicking a
message selects the offending span in the form; 修正 asks the window to apply the finding's
Fix as one undoable edit.
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

MAX_SHOWN = 12  # a record with more findings needs 全部修正, not scrolling through hundreds of rows
MAX_MESSAGE = 200  # a duplicate group can name hundreds of places; wrapping that takes seconds
SEVERITY_COLORS = {"error": "#d93025", "warning": "#f29900", "info": "#5f6368"}

# The titles of awardtool.validate.CODES, marked here so lupdate puts them in the catalogue
# (a test keeps the two equal). The core words each finding in Chinese; the window words it
# from its code and field in any other language.
FINDING_TITLES = {
    "required_missing": QT_TRANSLATE_NOOP("findings", "必填项为空"),
    "deeds_too_long": QT_TRANSLATE_NOOP("findings", "简要事迹超过字数上限"),
    "halfwidth_punct": QT_TRANSLATE_NOOP("findings", "中文中使用了半角标点"),
    "cjk_space": QT_TRANSLATE_NOOP("findings", "中文中有多余空格"),
    "edge_space": QT_TRANSLATE_NOOP("findings", "首尾有多余空格"),
    "name_padding": QT_TRANSLATE_NOOP("findings", "姓名中有对齐用空格"),
    "unbalanced_pair": QT_TRANSLATE_NOOP("findings", "引号或括号不配对"),
    "markup_debris": QT_TRANSLATE_NOOP("findings", "残留网页标记"),
    "truncated_text": QT_TRANSLATE_NOOP("findings", "文字疑似被截断"),
    "repeated_line": QT_TRANSLATE_NOOP("findings", "段落重复"),
    "orphan_numbering": QT_TRANSLATE_NOOP("findings", "孤立的序号"),
    "name_not_unit": QT_TRANSLATE_NOOP("findings", "集体名称不像单位名称"),
    "name_not_person": QT_TRANSLATE_NOOP("findings", "个人姓名格式异常"),
    "duplicate": QT_TRANSLATE_NOOP("findings", "重复推荐"),
    "region_mismatch": QT_TRANSLATE_NOOP("findings", "所在地区与名称不符"),
    "date_leading_zero": QT_TRANSLATE_NOOP("findings", "日期月、日编了虚位"),
}


def finding_text(f) -> str:
    """The clerk's words for a finding: the core's full Chinese sentence in the Chinese UI;
    in another language the field and the code's title, translated, with the text at issue."""
    title = FINDING_TITLES.get(f.code)
    translated = QCoreApplication.translate("findings", title) if title else ""
    if not title or translated == title:
        return f.message
    from awardtool.ui.labels import field_label

    refs = "; ".join(f"{PurePath(r.path).name} #{r.seq if r.seq is not None else r.index + 1}" for r in f.refs[:3])
    change = f" → “{f.fix.replacement}”" if f.fix is not None and 0 < len(f.fix.replacement) <= 12 else ""
    return f"{field_label(f.field)}: {translated}{change}" + (f" ({refs})" if refs else "")


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
        message = finding_text(f)
        text = message if len(message) <= MAX_MESSAGE else message[:MAX_MESSAGE] + "……"
        self.msg.setText(f'<a href="#" style="color: palette(text); text-decoration: none;">{_escape(text)}</a>')
        self.msg.setToolTip(message[:4000] if text != message else "")
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
