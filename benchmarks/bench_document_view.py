"""How long the window's document view holds the GUI thread for documents with big tables
(issue 11: 20,000 cells took 4.8 s, a 10,000 × 20 汇总表 79 s and 638 MB when every cell
was built into the text document). Target: under 100 ms to show a document and to highlight
a record in it. Also prints what loading such a document from the project costs
(``store.codec.unpack_blocks``), which the window pays on the GUI thread before showing it.
Prints figures; asserts nothing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_document_view.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import time

SIZES = ((50, 6), (200, 5), (1_000, 20), (10_000, 20))


def table(rows: int, cols: int):
    from awardtool.document import Cell, Loc, Table

    return Table([[Cell(f"第{r}行第{c}列单位名称", Loc(table=0, row=r, col=c)) for c in range(cols)] for r in range(rows)],
                 Loc(table=0))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from awardtool.document import Document, Loc, Paragraph
    from awardtool.records import FieldSource
    from awardtool.store.codec import pack_blocks, unpack_blocks
    from awardtool.ui.document_view import DocumentView

    view = DocumentView()
    view.resize(900, 700)
    view.show()
    print(f"{'cells':>8} {'shown as':>9} {'show ms':>8} {'highlight ms':>12} {'unpack ms':>10}")
    for rows, cols in SIZES:
        blocks = [Paragraph("推荐汇总表", Loc(paragraph=0), level=0), table(rows, cols)]
        doc = Document("汇总表.xlsx", "xlsx", blocks)
        packed = pack_blocks(blocks)
        shows, lights, unpacks = [], [], []
        for i in range(args.repeat):
            started = time.perf_counter()
            view.show_document(doc, key=(rows, cols, i))
            app.processEvents()
            shows.append(time.perf_counter() - started)
            started = time.perf_counter()
            view.highlight(FieldSource(1, Loc(table=0, row=rows - 3)), FieldSource(1, Loc(table=0, row=rows - 3, col=1)))
            app.processEvents()
            lights.append(time.perf_counter() - started)
            started = time.perf_counter()
            unpack_blocks(packed)
            unpacks.append(time.perf_counter() - started)
        shown = "grid" if view.grid.isVisible() else "text"
        print(f"{rows * cols:>8} {shown:>9} {min(shows) * 1000:>8.0f} {min(lights) * 1000:>12.0f} "
              f"{statistics.median(unpacks) * 1000:>10.0f}")


if __name__ == "__main__":
    main()
