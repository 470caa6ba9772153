"""The document pane shows scans, photos and PDFs as pages: a scanned form imported into the
window (OCR in the worker processes) is shown as its page with the focused field's box drawn
where the field was read, with page navigation and zoom; reopening the project shows it again
without running OCR; Word and text documents stay as text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("PySide6")
pytest.importorskip("rapidocr_onnxruntime")

from window_fixtures import import_and_wait, window  # noqa: E402,F401

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scan_forms import Nominee, draw_form, scanned_form  # noqa: E402

pytestmark = [pytest.mark.gui, pytest.mark.slow]

NOMINEE = Nominee(name="沈若溪", gender="女", ethnicity="满族", position="临江市图书馆馆员")


def _record(w):
    return w.model.row_data(0).record


def test_scanned_form_as_pages(qtbot, window, tmp_path, monkeypatch):
    """One import (OCR is the slow part), then everything the clerk does with the page."""
    w = window
    src = tmp_path / "扫描件.pdf"
    second, _ = draw_form(Nominee(title="附页"), dpi=100)
    scanned_form(NOMINEE, dpi=150, angle=1.0).save(src, "PDF", resolution=150, save_all=True,
                                                     append_images=[second])
    w.open_project(str(tmp_path / "scan.awardproj"), create=True)
    ids, failures = import_and_wait(qtbot, w, [src], timeout=180_000)
    assert failures == [] and len(ids) >= 1
    pane, view = w.doc_pane, w.doc_pane.page_view
    qtbot.waitUntil(lambda: view.canvas.width() > 300)  # laid out: the page fits the view's width
    qtbot.wait(150)

    # the page, with the focused field framed and the record shaded
    assert pane.showing_pages() and view.page_count() == 2 and view.current_page() == 1
    rec = _record(w)
    assert rec.name == "沈若溪"
    w._field_focused("position")
    box = rec.field_sources["position"].loc.box
    assert (box, True) in view.boxes()
    assert (rec.source.loc.box, False) in view.boxes()
    x0, y0, x1, y1 = box  # where the value stands: right of its label, in the upper third
    assert 0.25 < x0 < x1 < 0.85 and 0.15 < y0 < y1 < 0.35

    # zoom and pages
    width = view.canvas.width()
    view.zoom_by(+1)
    assert view.zoom() == 1.25 and view.canvas.width() > width
    view.fit_width()
    assert view.canvas.width() == width
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    wheel = QWheelEvent(QPointF(20, 20), QPointF(20, 20), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.scroll.viewport(), wheel)  # Ctrl + wheel zooms too
    assert view.zoom() == 1.25
    view.fit_width()
    view.go_to(2)
    assert view.current_page() == 2 and view.boxes() == []  # nothing of the record on page 2
    w._field_focused("name")  # turns back to the field's page
    assert view.current_page() == 1 and view.boxes()

    # the recognised text, one click away (to select text and put it into a field)
    view.text_button.setChecked(True)
    assert not pane.showing_pages() and "沈若溪" in w.doc_view.toPlainText()
    view.text_button.setChecked(False)
    assert pane.showing_pages()

    # reopening the project shows the page and boxes without OCR
    from awardtool.ingest import ocr

    def no_ocr(*_):
        raise AssertionError("OCR ran again")

    monkeypatch.setattr(ocr, "read_page", no_ocr)
    path = w.project.path
    w.open_project(str(tmp_path / "other.awardproj"), create=True)
    w.open_project(str(path))
    assert _record(w).name == "沈若溪" and w.doc_pane.showing_pages()
    w._field_focused("name")
    assert (_record(w).field_sources["name"].loc.box, True) in w.doc_pane.page_view.boxes()


def test_word_and_text_stay_text(qtbot, window, tmp_path, seed_list):
    window.open_project(str(tmp_path / "t.awardproj"), create=True)
    import_and_wait(qtbot, window, [seed_list])
    assert not window.doc_pane.showing_pages()
    assert "拟表彰名单" in window.doc_view.toPlainText()
