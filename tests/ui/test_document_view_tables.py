"""Big tables in the document view go through a model/view grid, not cell by cell into the
text document (issue 11: a 10,000 × 20 汇总表 froze the window for 79 s). Timing is measured
in benchmarks/bench_ui.py, not asserted here."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

import openpyxl  # noqa: E402
from PySide6.QtCore import QAbstractTableModel  # noqa: E402
from PySide6.QtGui import QTextTable  # noqa: E402
from window_fixtures import import_and_wait, window  # noqa: E402,F401

from awardtool.document import Cell, Document, Loc, Paragraph, Table  # noqa: E402
from awardtool.records import FieldSource  # noqa: E402
from awardtool.ui.document_view import TEXT_TABLE_CELLS, DocumentView  # noqa: E402

pytestmark = pytest.mark.gui


def _table(rows: int, cols: int, index: int = 0) -> Table:
    return Table([[Cell(f"第{r}行第{c}列", Loc(table=index, row=r, col=c)) for c in range(cols)] for r in range(rows)],
                 Loc(table=index))


def _text_tables(view: DocumentView) -> list[QTextTable]:
    return [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]


def test_a_10000_by_20_table_is_shown_through_a_model(qtbot):
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    doc = Document("汇总表.xlsx", "xlsx", [Paragraph("推荐汇总表", Loc(paragraph=0), level=0), _table(10_000, 20)])
    view.show_document(doc, key="big")
    assert view.grid.isVisible()
    model = view.grid.model()
    assert isinstance(model, QAbstractTableModel)
    assert (model.rowCount(), model.columnCount()) == (10_000, 20)
    assert model.data(model.index(9_990, 3)) == "第9990行第3列"
    assert _text_tables(view) == []  # nothing built cell by cell
    assert "推荐汇总表" in view.toPlainText() and "10000 行 × 20 列" in view.toPlainText()
    view.highlight(FieldSource(1, Loc(table=0, row=9_990)), FieldSource(1, Loc(table=0, row=9_990, col=4)))
    assert view.grid.selectionModel().isRowSelected(9_990)
    assert view.grid.currentIndex().row() == 9_990 and view.grid.currentIndex().column() == 4
    assert "第9990行第4列" in view.highlighted_text()


def test_small_tables_stay_in_the_text_and_the_grid_hides_again(qtbot):
    view = DocumentView()
    qtbot.addWidget(view)
    view.show()
    big = Document("a.xlsx", "xlsx", [_table(TEXT_TABLE_CELLS, 2)])
    view.show_document(big, key="a")
    assert view.grid.isVisible()
    small = Document("b.docx", "docx", [Paragraph("名单", Loc(paragraph=0)), _table(10, 3)])
    view.show_document(small, key="b")
    assert not view.grid.isVisible()
    (table,) = _text_tables(view)
    assert (table.rows(), table.columns()) == (10, 3)
    view.highlight(FieldSource(1, Loc(table=0, row=4, col=1)))
    assert view.highlighted_text() == ["第4行第1列"]


def test_window_shows_an_imported_big_sheet_in_the_grid(qtbot, window, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "推荐对象名称", "所在地区", "主要事迹", "备注"])
    units = ["四川省成都市机关事务管理局", "吉林省长春市宽城区群英街道办事处", "江苏省南京市鼓楼区人民医院"]
    for i in range(1, 301):
        ws.append([i, f"{units[i % 3]}第{i}科", units[i % 3][:3], "长期扎根基层，服务群众。", ""])
    path = tmp_path / "推荐汇总表.xlsx"
    wb.save(path)
    window.open_project(str(tmp_path / "big.awardproj"), create=True)
    ids, failures = import_and_wait(qtbot, window, [path])
    assert not failures and len(ids) == 300
    window.select_record(ids[250])
    view = window.doc_view
    assert view.grid.isVisible() and isinstance(view.grid.model(), QAbstractTableModel)
    record_row = window.current_row().record.source.loc.row
    assert view.grid.selectionModel().isRowSelected(record_row)
    assert any(f"第{251}科" in t for t in view.highlighted_text())
