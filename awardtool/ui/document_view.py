"""The source document as the clerk knows it, with the current record's text highlighted.

Blocks (paragraphs, headings, tables) are rendered into a read-only QTextDocument with real
tables. While building it we remember where each block (and each table cell) starts, so a
``FieldSource(block, start, end)`` maps straight to a text range: highlighting is then an
extra selection plus a scroll, with no searching for the text.

PDF pages are shown as their text blocks under a "第 N 页" rule rather than as page images:
the readers already give per-page blocks with positions, so highlighting and "select text →
put it into a field" work the same for every format, and no 30 MB QtPdf module is needed.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTableFormat,
)
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit

from awardtool.document import Document, Paragraph, Table
from awardtool.records import FieldSource

RECORD_COLOR = QColor("#fff4c2")  # the current record's region: pale yellow
FIELD_COLOR = QColor("#ffd54f")  # the focused field's text: stronger amber

# Fields the clerk can fill from a selection, in shortcut order: Ctrl+1 … Ctrl+9.
ASSIGNABLE_FIELDS = ("name", "deeds", "region", "city", "position", "recommender", "award", "notes", "birth")


class DocumentView(QTextBrowser):
    # (field, text, mode) — mode "replace" or "append"; the window makes it an undoable edit.
    assign_requested = Signal(str, str, str)
    # selected text, for "add a record from the selection"
    new_record_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("document_view")
        self.setAccessibleName(self.tr("原始文件"))
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self._doc_key: object = None
        self._starts: list[int] = []  # text position of each block (tables: of the first cell)
        self._lengths: list[int] = []
        self._cells: dict[tuple[int, int, int], tuple[int, int]] = {}  # (block,row,col) → (pos,len)
        self._field_labels: dict[str, str] = {}

    # --- rendering ----------------------------------------------------------------------------
    def document_key(self) -> object:
        return self._doc_key

    def show_document(self, doc: Document | None, key: object = None) -> None:
        """Render ``doc`` (skipped when ``key`` says it is already shown)."""
        if key is not None and key == self._doc_key:
            return
        self._doc_key = key
        self._starts, self._lengths, self._cells = [], [], {}
        qdoc = QTextDocument(self)
        qdoc.setDocumentMargin(16)
        font = self.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        qdoc.setDefaultFont(font)
        cur = QTextCursor(qdoc)
        if doc is None:
            self.setDocument(qdoc)
            return
        if doc.error is not None:
            cur.insertText(self.tr("无法读取：{0}").format(doc.error.message), _error_format())
        last_page = None
        first = True
        for i, block in enumerate(doc.blocks):
            page = block.loc.page
            if page is not None and page != last_page:
                if not first:
                    cur.insertBlock()
                cur.setBlockFormat(_centered())
                cur.insertText(self.tr("— 第 {0} 页 —").format(page), _page_format())
                last_page = page
                first = False
            if isinstance(block, Table):
                self._insert_table(cur, i, block)
                first = False
                continue
            if not first:
                cur.insertBlock()
            first = False
            cur.setBlockFormat(_block_format(block))
            self._starts.append(cur.position())
            self._lengths.append(len(block.text))
            cur.insertText(block.text, _char_format(block, font))
        self.setDocument(qdoc)
        self.setExtraSelections([])

    def _insert_table(self, cur: QTextCursor, index: int, table: Table) -> None:
        nrows = len(table.rows)
        ncols = max((len(r) for r in table.rows), default=0)
        if not nrows or not ncols:
            self._starts.append(cur.position())
            self._lengths.append(0)
            return
        fmt = QTextTableFormat()
        fmt.setBorder(0.8)
        fmt.setBorderBrush(QBrush(QColor("#8a8a8a")))
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorderCollapse(True)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        qtable = cur.insertTable(nrows, ncols, fmt)
        self._starts.append(qtable.firstPosition())
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                if cell.merged:  # a copy of the merged neighbour's text: show it once
                    text = ""
                else:
                    text = cell.text
                cc = qtable.cellAt(r, c).firstCursorPosition()
                self._cells[(index, r, c)] = (cc.position(), len(text))
                cc.insertText(text)
        self._lengths.append(qtable.lastPosition() - qtable.firstPosition())
        cur.movePosition(QTextCursor.MoveOperation.End)

    # --- mapping ------------------------------------------------------------------------------
    def range_of(self, src: FieldSource | None) -> tuple[int, int] | None:
        """Text range (start, end) of a field's source in the rendered document."""
        if src is None or not (0 <= src.block < len(self._starts)):
            return None
        if src.loc.row is not None and src.loc.col is not None and (src.block, src.loc.row, src.loc.col) in self._cells:
            base, length = self._cells[(src.block, src.loc.row, src.loc.col)]
        else:
            base, length = self._starts[src.block], self._lengths[src.block]
        start = 0 if src.start is None else max(0, min(src.start, length))
        end = length if src.end is None else max(start, min(src.end, length))
        return base + start, base + end

    def block_at(self, position: int) -> int:
        """The index of the block rendered at a text position (-1 before the first)."""
        return bisect_right(self._starts, position) - 1

    # --- highlighting -------------------------------------------------------------------------
    def highlight(self, record_source: FieldSource | None, field_source: FieldSource | None = None,
                  extra: list[FieldSource] | None = None) -> None:
        """Shade the record's region and, stronger, the focused field; scroll the field (or
        the record) into view."""
        selections = []
        for src, color in [(s, RECORD_COLOR) for s in (extra or [])] + [(record_source, RECORD_COLOR), (field_source, FIELD_COLOR)]:
            rng = self.range_of(src)
            if rng is None or rng[0] == rng[1]:
                continue
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(rng[0])
            sel.cursor.setPosition(rng[1], QTextCursor.MoveMode.KeepAnchor)
            sel.format.setBackground(color)
            selections.append(sel)
        self.setExtraSelections(selections)
        target = self.range_of(field_source) or self.range_of(record_source)
        if target is not None:
            self.scroll_to(target[0])

    def highlighted_text(self) -> list[str]:
        return [s.cursor.selectedText() for s in self.extraSelections()]

    def scroll_to(self, position: int) -> None:
        """Put ``position`` about a quarter down the viewport (not at the very edge)."""
        cur = QTextCursor(self.document())
        cur.setPosition(position)
        rect = self.cursorRect(cur)
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 4)

    # --- selection → field --------------------------------------------------------------------
    def set_field_labels(self, labels: dict[str, str]) -> None:
        self._field_labels = labels

    def selected_text(self) -> str:
        # QTextCursor uses U+2029 for paragraph breaks; the form wants "\n".
        return self.textCursor().selectedText().replace("\u2029", "\n").strip()

    def _context_menu(self, pos) -> None:
        menu = self.createStandardContextMenu(pos)
        text = self.selected_text()
        if text:
            menu.addSeparator()
            put = QMenu(self.tr("放入字段（替换）"), menu)
            add = QMenu(self.tr("追加到字段"), menu)
            for key in ASSIGNABLE_FIELDS:
                label = self._field_labels.get(key, key)
                put.addAction(label, lambda k=key: self.assign_requested.emit(k, self.selected_text(), "replace"))
                add.addAction(label, lambda k=key: self.assign_requested.emit(k, self.selected_text(), "append"))
            menu.addMenu(put)
            menu.addMenu(add)
            menu.addAction(self.tr("以所选文字新建记录"), lambda: self.new_record_requested.emit(self.selected_text()))
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()


def _centered() -> QTextBlockFormat:
    f = QTextBlockFormat()
    f.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    f.setTopMargin(8)
    f.setBottomMargin(4)
    return f


def _block_format(p: Paragraph) -> QTextBlockFormat:
    f = QTextBlockFormat()
    if p.level == 0:
        f.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        f.setBottomMargin(10)
    elif p.level is not None:
        f.setTopMargin(8)
        f.setBottomMargin(4)
    else:
        f.setBottomMargin(3)
        f.setLineHeight(130, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return f


def _char_format(p: Paragraph, base: QFont) -> QTextCharFormat:
    f = QTextCharFormat()
    size = base.pointSizeF()
    if p.level == 0:
        f.setFontPointSize(size * 1.5)
        f.setFontWeight(QFont.Weight.Bold)
    elif p.level is not None:
        f.setFontPointSize(size * max(1.1, 1.35 - 0.1 * p.level))
        f.setFontWeight(QFont.Weight.Bold)
    return f


def _page_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor("#888888"))
    return f


def _error_format() -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor("#d93025"))
    return f
