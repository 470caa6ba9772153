"""PDFs and images shown as pages, with the current field's source drawn as a box on the page.

A scanned form is checked against the paper, as verification stations do: the clerk sees the
page itself, zooms in on a cell, pages through a batch, and the box the selected field was
read from (``Loc.box``, fractions of the page) is drawn on it. Pages are drawn by the core
(awardtool.page_images: PDFium for PDFs, Pillow for images) at the size they are shown, so
zooming re-renders sharp instead of scaling a bitmap.

``DocumentPane`` is what the window puts in its middle column: the page view for PDFs and
images whose original bytes the project keeps, the text view (``DocumentView``, which can
still be switched to with 文字, e.g. to select text and put it into a field) for everything
else. Both views get every document, so selecting text works the same in either.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from awardtool.document import Document
from awardtool.page_images import PageImages, can_show_pages
from awardtool.records import FieldSource
from awardtool.ui.document_view import DocumentView

RECORD_FILL = QColor(255, 213, 79, 60)  # the current record's region: pale amber
FIELD_FILL = QColor(255, 193, 7, 80)
FIELD_EDGE = QColor("#e65100")  # the focused field: a strong orange frame
ZOOM_STEPS = (0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)  # × the width that fits


class PageCanvas(QWidget):
    """One rendered page and the boxes drawn over it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_canvas")
        self._image: QImage | None = None
        self._boxes: list[tuple[tuple[float, float, float, float], bool]] = []  # (box, is_field)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        ratio = self.devicePixelRatioF() or 1.0
        if image is None:
            self.setFixedSize(0, 0)
        else:
            self.setFixedSize(round(image.width() / ratio), round(image.height() / ratio))
        self.update()

    def set_boxes(self, boxes: list[tuple[tuple[float, float, float, float], bool]]) -> None:
        self._boxes = boxes
        self.update()

    def box_rect(self, box: tuple[float, float, float, float]) -> QRectF:
        w, h = self.width(), self.height()
        return QRectF(box[0] * w, box[1] * h, (box[2] - box[0]) * w, (box[3] - box[1]) * h)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._image is None:
            return
        p = QPainter(self)
        p.drawImage(self.rect(), self._image)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for box, is_field in sorted(self._boxes, key=lambda b: b[1]):  # the field's box on top
            rect = self.box_rect(box).adjusted(-2, -2, 2, 2)
            if is_field:
                p.fillRect(rect, FIELD_FILL)
                p.setPen(QPen(FIELD_EDGE, 2.5))
                p.drawRect(rect)
            else:
                p.fillRect(rect, RECORD_FILL)
        p.end()


class PageView(QWidget):
    """Pages with page navigation and zoom. ``show_pages`` takes the file's pages (None to
    clear), ``highlight`` draws the record's and the field's boxes and turns to their page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("page_view")
        self.setAccessibleName(self.tr("原件页面"))
        self._pages: PageImages | None = None
        self._page = 1
        self._zoom = 1.0  # × the width that fits the view
        self._overlays: dict[int, list] = {}
        self._focus: tuple[float, float, float, float] | None = None

        self.toolbar = QWidget(self)
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(4, 2, 4, 2)
        self.text_button = self._button(self.tr("文字"), self.tr("显示识别出的文字（可选中文字放入字段）"))
        self.text_button.setCheckable(True)
        self.prev_button = self._button("◀", self.tr("上一页"), lambda: self.go_to(self._page - 1))
        self.page_label = QLabel(self.toolbar)
        self.page_label.setObjectName("page_label")
        self.next_button = self._button("▶", self.tr("下一页"), lambda: self.go_to(self._page + 1))
        self.zoom_out_button = self._button("－", self.tr("缩小"), lambda: self.zoom_by(-1))
        self.zoom_label = QLabel(self.toolbar)
        self.zoom_in_button = self._button("＋", self.tr("放大"), lambda: self.zoom_by(+1))
        self.fit_button = self._button(self.tr("适合宽度"), self.tr("页面宽度适合窗口"), self.fit_width)
        for w in (self.text_button, None, self.prev_button, self.page_label, self.next_button, None,
                  self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            if w is None:
                bar.addSpacing(12)
            else:
                bar.addWidget(w)
        bar.addStretch(1)

        self.canvas = PageCanvas()
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("page_scroll")
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Dark)
        self.scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.scroll.viewport().installEventFilter(self)  # Ctrl + wheel zooms

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.toolbar)
        lay.addWidget(self.scroll, 1)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(60)
        self._render_timer.timeout.connect(self._render)
        self._update_labels()

    def _button(self, text: str, tip: str, slot: Callable[[], None] | None = None) -> QToolButton:
        b = QToolButton(self.toolbar)
        b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        if slot is not None:
            b.clicked.connect(slot)
        return b

    # --- pages ------------------------------------------------------------------------------------
    def show_pages(self, pages: PageImages | None) -> None:
        if self._pages is not None:
            self._pages.close()
        self._pages = pages
        self._page = 1
        self._overlays, self._focus = {}, None
        self._render()

    def page_count(self) -> int:
        return len(self._pages) if self._pages is not None else 0

    def current_page(self) -> int:
        return self._page

    def go_to(self, page: int) -> None:
        if self._pages is None:
            return
        page = max(1, min(len(self._pages), page))
        if page != self._page:
            self._page = page
            self._render()

    def zoom(self) -> float:
        return self._zoom

    def zoom_by(self, steps: int) -> None:
        above = [z for z in ZOOM_STEPS if z > self._zoom + 1e-6]
        below = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        if steps > 0 and above:
            self._zoom = above[0]
        elif steps < 0 and below:
            self._zoom = below[-1]
        self._render()

    def fit_width(self) -> None:
        self._zoom = 1.0
        self._render()

    def _render(self) -> None:
        self._update_labels()
        if self._pages is None or not len(self._pages):
            self.canvas.set_image(None)
            return
        ratio = self.devicePixelRatioF() or 1.0
        # the width that fits with the vertical scroll bar shown (a page is taller than wide)
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        fit = max(200, self.scroll.width() - 2 * self.scroll.frameWidth() - bar - 8)
        width = round(fit * self._zoom * ratio)
        page = self._pages.render(self._page, width)
        image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888).copy()
        image.setDevicePixelRatio(ratio)
        self.canvas.set_image(image)
        self.canvas.set_boxes(self._overlays.get(self._page, []))
        if self._focus is not None:
            self._scroll_to(self._focus)

    def _update_labels(self) -> None:
        count = self.page_count()
        self.page_label.setText(self.tr("第 {0}/{1} 页").format(self._page if count else 0, count))
        self.prev_button.setEnabled(count > 0 and self._page > 1)
        self.next_button.setEnabled(self._page < count)
        self.zoom_label.setText(f"{round(self._zoom * 100)}%")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.scroll.viewport() and event.type() == QEvent.Type.Wheel
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._pages is not None:
            self._render_timer.start()  # rendered while hidden, at a guessed width

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._pages is not None:
            self._render_timer.start()  # the page follows the view's width

    # --- boxes ------------------------------------------------------------------------------------
    def highlight(self, record_source: FieldSource | None, field_source: FieldSource | None = None,
                  extra: list[FieldSource] | None = None) -> None:
        """Draw the record's boxes (pale) and the field's (framed), and turn to the field's
        page (or the record's) with the box in view."""
        overlays: dict[int, list] = {}
        for src, is_field in [(s, False) for s in (extra or [])] + [(record_source, False), (field_source, True)]:
            if src is not None and src.loc.box is not None and src.loc.page is not None:
                overlays.setdefault(src.loc.page, []).append((src.loc.box, is_field))
        self._overlays = overlays
        target = next((s for s in (field_source, record_source) if s is not None and s.loc.page is not None), None)
        self._focus = target.loc.box if target is not None else None
        if target is not None and self._pages is not None and target.loc.page != self._page:
            self._page = max(1, min(len(self._pages), target.loc.page))
            self._render()
            return
        self.canvas.set_boxes(overlays.get(self._page, []))
        if self._focus is not None:
            self._scroll_to(self._focus)

    def boxes(self) -> list[tuple[tuple[float, float, float, float], bool]]:
        """The boxes drawn on the page shown (for tests and screenshots)."""
        return list(self._overlays.get(self._page, []))

    def _scroll_to(self, box: tuple[float, float, float, float]) -> None:
        rect = self.canvas.box_rect(box)
        centre = rect.center().toPoint()
        margin = QPoint(self.scroll.viewport().width() // 3, self.scroll.viewport().height() // 3)
        self.scroll.ensureVisible(centre.x(), centre.y(), margin.x(), margin.y())


class DocumentPane(QStackedWidget):
    """The middle column: page view for PDFs and images, text view for the rest."""

    def __init__(self, text_view: DocumentView, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("document_pane")
        self.text_view = text_view
        self.page_view = PageView(self)
        self.addWidget(text_view)
        self.addWidget(self.page_view)
        self._key: object = None
        self._has_pages = False
        self.page_view.text_button.toggled.connect(self._show_text)
        self.text_bar_button = None

    def show_document(self, doc: Document | None, key: object = None,
                      original: Callable[[], bytes | None] | None = None) -> None:
        """Show ``doc`` (as pages when it is a PDF or image and ``original()`` gives its
        bytes); skipped when ``key`` says it is shown already."""
        self.text_view.show_document(doc, key)
        if key is not None and key == self._key:
            return
        self._key = key
        if self.text_bar_button is not None:
            self.text_bar_button.hide()
        pages = None
        if doc is not None and doc.error is None and can_show_pages(doc.format) and original is not None:
            data = original()
            if data:
                try:
                    pages = PageImages(data, doc.format)
                except ValueError:
                    pages = None
        self._has_pages = pages is not None
        self.page_view.show_pages(pages)
        self.page_view.text_button.setChecked(False)
        self.setCurrentWidget(self.page_view if self._has_pages else self.text_view)

    def showing_pages(self) -> bool:
        return self.currentWidget() is self.page_view

    def highlight(self, record_source: FieldSource | None, field_source: FieldSource | None = None,
                  extra: list[FieldSource] | None = None) -> None:
        self.text_view.highlight(record_source, field_source, extra)
        if self._has_pages:
            self.page_view.highlight(record_source, field_source, extra)

    def _show_text(self, text: bool) -> None:
        """文字 on the page toolbar: the recognised text (selectable); off: the pages again."""
        if not self._has_pages:
            return
        if text:
            self.setCurrentWidget(self.text_view)
            self._text_toggle().show()
        else:
            self.setCurrentWidget(self.page_view)

    def _text_toggle(self) -> QToolButton:
        """A 页面 button over the text view's corner, to go back to the pages."""
        if self.text_bar_button is None:
            b = QToolButton(self.text_view)
            b.setText(self.tr("页面"))
            b.setToolTip(self.tr("回到原件页面"))
            b.clicked.connect(lambda: self.page_view.text_button.setChecked(False))
            b.clicked.connect(b.hide)
            self.text_bar_button = b
        b = self.text_bar_button
        b.adjustSize()
        b.move(self.text_view.width() - b.width() - 24, 6)
        b.raise_()
        return b
