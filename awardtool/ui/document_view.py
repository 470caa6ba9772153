"""The source document as the clerk knows it, with the current record's text highlighted.

Blocks (paragraphs, headings, tables) are rendered into a read-only QTextDocument with real
tables. While building it we remember where each block (and each table cell) starts, so a
``FieldSource(block, start, end)`` maps straight to a text range: highlighting is then an
extra selection plus a scroll, with no searching for the text.

Big tables (a 10,000-row 汇总表) are not built into the text document cell by cell — that
costs about a quarter of a millisecond a cell on the GUI thread, seconds for a sheet. Once a
document's tables reach ``TEXT_TABLE_CELLS`` cells, the rest are shown through a model/view
grid (``TableGrid`` over ``TableBlockModel``, which builds nothing per cell) under the text,
and the text holds a one-line link to each; highlighting a record in such a table selects
its row in the grid.

PDF pages are shown as their text blocks under a "第 N 页" rule rather than as page images:
the readers already give per-page blocks with positions, so highlighting and "select text →
put it into a field" work the same for every format, and no 30 MB QtPdf module is needed.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, Signal
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
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QTextBrowser, QTextEdit

from awardtool.document import Document, Paragraph, Table
from awardtool.records import FieldSource

RECORD_COLOR = QColor("#fff4c2")  # the current record's region: pale yellow
FIELD_COLOR = QColor("#ffd54f")  # the focused field's text: stronger amber

# Table cells rendered into the text document per document; tables beyond go to the grid.
# Measured: ~80 ms for 600 cells, ~140 ms for 1,000, ~450 ms for 2,000 (offscreen, 2 cores).
TEXT_TABLE_CELLS = 500
GRID_SHARE = 0.7  # of the view's height given to the grid when a document has one
_GRID_LINK = "grid:"  # href of the text's link to a grid table: grid:<block index>

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
        self._grid_tables: dict[int, Table] = {}  # block index → table shown in the grid
        self.grid = TableGrid(self)
        self.grid.hide()
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._grid_context_menu)
        self.anchorClicked.connect(self._link_clicked)

    # --- rendering ----------------------------------------------------------------------------
    def document_key(self) -> object:
        return self._doc_key

    def show_document(self, doc: Document | None, key: object = None) -> None:
        """Render ``doc`` (skipped when ``key`` says it is already shown)."""
        if key is not None and key == self._doc_key:
            return
        self._doc_key = key
        self._starts, self._lengths, self._cells = [], [], {}
        self._grid_tables = {}
        text_cells = 0
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
                cells = len(block.rows) * max((len(r) for r in block.rows), default=0)
                if text_cells + cells > TEXT_TABLE_CELLS:
                    self._insert_grid_link(cur, i, block, first)
                else:
                    text_cells += cells
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
        self._show_grid(next(iter(self._grid_tables), None))

    def _insert_grid_link(self, cur: QTextCursor, index: int, table: Table, first: bool) -> None:
        """One line standing for a table shown in the grid; a click shows it there."""
        if not first:
            cur.insertBlock()
        cur.setBlockFormat(QTextBlockFormat())
        ncols = max((len(r) for r in table.rows), default=0)
        label = self.tr("▦ 表格（{0} 行 × {1} 列），在下方表格中查看").format(len(table.rows), ncols)
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(f"{_GRID_LINK}{index}")
        fmt.setForeground(QColor("#1a5fb4"))
        fmt.setFontUnderline(True)
        self._starts.append(cur.position())
        self._lengths.append(len(label))
        cur.insertText(label, fmt)
        self._grid_tables[index] = table

    # --- the grid for big tables ----------------------------------------------------------------
    def _show_grid(self, index: int | None) -> None:
        if index is None or index not in self._grid_tables:
            self.grid.set_table(None, None)
            self.grid.hide()
            self.setViewportMargins(0, 0, 0, 0)
            return
        self.grid.set_table(index, self._grid_tables[index])
        self.grid.show()
        self._place_grid()

    def _place_grid(self) -> None:
        if not self._grid_tables:
            return
        rect = self.contentsRect()
        height = int(rect.height() * GRID_SHARE)
        self.setViewportMargins(0, 0, 0, height)
        self.grid.setGeometry(rect.left(), rect.bottom() + 1 - height, rect.width(), height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._place_grid()

    def _link_clicked(self, url) -> None:
        href = url.toString()
        if href.startswith(_GRID_LINK):
            self._show_grid(int(href[len(_GRID_LINK):]))

    def _select_in_grid(self, src: FieldSource | None, current: bool) -> bool:
        """Select a source that lies in a grid table (its row, or its cell as the current
        one); False when it is not in one."""
        if src is None or src.block not in self._grid_tables or src.loc.row is None:
            return False
        if self.grid.block != src.block:
            self._show_grid(src.block)
        model = self.grid.model()
        row = src.loc.row
        if not 0 <= row < model.rowCount():
            return False
        index = model.index(row, src.loc.col if src.loc.col is not None and 0 <= src.loc.col < model.columnCount() else 0)
        if current:  # the field's cell becomes current; the record's row stays selected
            self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.Select)
        else:
            self.grid.selectRow(row)
        self.grid.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def _grid_context_menu(self, pos) -> None:
        self._context_menu(pos, self.grid)

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
        if self._grid_tables:
            self.grid.clearSelection()
            self._select_in_grid(record_source, current=False)
            self._select_in_grid(field_source, current=True)
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
        texts = [s.cursor.selectedText() for s in self.extraSelections()]
        if self.grid.isVisible():
            texts += self.grid.selected_texts()
        return texts

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
        if self.grid.hasFocus() and self.grid.selectionModel() is not None and self.grid.selectionModel().hasSelection():
            return "\n".join(t for t in self.grid.selected_texts() if t).strip()
        # QTextCursor uses U+2029 for paragraph breaks; the form wants "\n".
        return self.textCursor().selectedText().replace("\u2029", "\n").strip()

    def _context_menu(self, pos, source=None) -> None:
        source = source or self
        menu = self.createStandardContextMenu(pos) if source is self else QMenu(self)
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
        menu.exec(source.viewport().mapToGlobal(pos))
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


class TableBlockModel(QAbstractTableModel):
    """A read-only view of one ``Table`` block: nothing is built per cell, Qt asks for the
    cells it paints. Merged copies are shown once, as in the text view."""

    def __init__(self, table: Table | None = None, parent=None) -> None:
        super().__init__(parent)
        self._rows = table.rows if table is not None else []
        self._cols = max((len(r) for r in self._rows), default=0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt's names)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self._cols

    def cell_text(self, row: int, col: int) -> str:
        cells = self._rows[row]
        if col >= len(cells) or cells[col].merged:
            return ""
        return cells[col].text

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(index.row(), index.column()).replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.cell_text(index.row(), index.column())
            return text if len(text) > 20 or "\n" in text else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return str(section + 1)


class TableGrid(QTableView):
    """The grid that shows a big table block of the current document (model/view)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("document_table_grid")
        self.setAccessibleName(self.tr("原始文件中的表格"))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setDefaultSectionSize(140)
        self.block: int | None = None

    def set_table(self, block: int | None, table: Table | None) -> None:
        old = self.model()
        self.block = block
        self.setModel(TableBlockModel(table, self))
        if old is not None:
            old.deleteLater()

    def selected_texts(self) -> list[str]:
        model = self.model()
        if model is None or self.selectionModel() is None:
            return []
        indexes = sorted(self.selectionModel().selectedIndexes(), key=lambda i: (i.row(), i.column()))
        return [model.cell_text(i.row(), i.column()) for i in indexes]
