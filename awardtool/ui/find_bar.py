"""Ctrl+F: find text in the document pane (next / previous, wrapping), like Word's find bar.

Why a bar and not a dialog: the clerk reads the original beside the form and keeps typing in
it; a bar above the document stays out of the way, Enter goes to the next match, Shift+Enter
to the previous, Esc closes it and gives the cursor back to where it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget


class FindBar(QWidget):
    def __init__(self, view: QTextEdit, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self._view = view
        self._return_to: QWidget | None = None
        h = QHBoxLayout(self)
        h.setContentsMargins(4, 2, 4, 2)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_edit")
        self.edit.setPlaceholderText(self.tr("在原文中查找"))
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self._return_pressed)
        self.edit.textEdited.connect(lambda _t: self.find(from_start=True))
        self.result = QLabel(self)
        self.result.setObjectName("find_result")
        prev = QToolButton(self)
        prev.setText("↑")
        prev.setToolTip(self.tr("上一处（Shift+Enter，Ctrl+Shift+G）"))
        prev.clicked.connect(lambda: self.find(backward=True))
        nxt = QToolButton(self)
        nxt.setText("↓")
        nxt.setToolTip(self.tr("下一处（Enter，Ctrl+G）"))
        nxt.clicked.connect(lambda: self.find())
        close = QToolButton(self)
        close.setText("×")
        close.setToolTip(self.tr("关闭（Esc）"))
        close.clicked.connect(self.close_bar)
        h.addWidget(QLabel(self.tr("查找"), self))
        h.addWidget(self.edit, 1)
        h.addWidget(self.result)
        h.addWidget(prev)
        h.addWidget(nxt)
        h.addWidget(close)
        self.hide()

    def open(self) -> None:
        """Show the bar with the document's selected text (if any) and the cursor in it."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_to = focus
        selected = self._view.textCursor().selectedText().strip()
        if selected and "\u2029" not in selected:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        if self._return_to is not None:
            self._return_to.setFocus(Qt.FocusReason.OtherFocusReason)
        self._return_to = None

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def _return_pressed(self) -> None:
        self.find(backward=bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier))

    def find(self, *, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (previous) match after the view's cursor, wrapping at the ends;
        the bar says 第 n 处，共 m 处 or 未找到."""
        text = self.edit.text()
        if not text:
            if not self.isVisible():
                self.open()
            self.result.clear()
            return False
        doc = self._view.document()
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        cur = self._view.textCursor()
        if from_start:
            cur.setPosition(cur.selectionStart())
        hit = doc.find(text, cur, flags)
        if hit.isNull():  # wrap around
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            hit = doc.find(text, start, flags)
        if hit.isNull():
            self.result.setText(self.tr("未找到"))
            self.result.setStyleSheet("color: #d93025;")
            return False
        self._view.setTextCursor(hit)
        self._view.ensureCursorVisible()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("第 {0} 处，共 {1} 处").format(*self._position(text, hit)))
        return True

    def _position(self, text: str, hit: QTextCursor) -> tuple[int, int]:
        plain = self._view.document().toPlainText()
        starts = []
        i = plain.find(text)
        while i >= 0:
            starts.append(i)
            i = plain.find(text, i + 1)
        where = hit.selectionStart()
        return (sum(1 for s in starts if s <= where) or 1), max(len(starts), 1)
