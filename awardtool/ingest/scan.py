"""Scans and photos → Document: every page prepared (scan_image), read by the OCR engine
(ocr) and rebuilt into cells and paragraphs (scan_layout).

Two kinds of input come here: image files (.jpg .png .tif .bmp, a TIFF may hold several
pages) and the pages of a PDF that carry no text, only a picture of the paper (rendered with
PDFium at ``PDF_DPI``). Each page reports progress through ``ocr.page_done`` (the import's
worker turns that into "第 3/20 页" and a way to cancel). A warning names the pages with text
the engine was unsure of, so the clerk checks them against the page.
"""

from __future__ import annotations

import numpy as np

from awardtool.document import Block, Cell, Document, Notice, Paragraph, Table
from awardtool.ingest import ocr
from awardtool.ingest.errors import IngestError
from awardtool.ingest.scan_image import open_frames, prepare
from awardtool.ingest.scan_layout import page_blocks

PDF_DPI = 200  # rendering of an image-only PDF page for OCR


def ocr_page(rgb: np.ndarray, page: int, first_table: int = 0) -> list[Block]:
    """One page image (RGB) → its blocks, located on ``page``."""
    image, lines, geometry = prepare(rgb)
    boxes = ocr.read_page(image)
    return page_blocks(lines, boxes, geometry, page, first_table)


def read_image(data: bytes, display: str) -> Document:
    """The reader for image files: one page per image (per TIFF frame)."""
    frames = open_frames(data)
    blocks: list[Block] = []
    for number, frame in enumerate(frames, 1):
        ocr.page_starts()
        blocks.extend(ocr_page(np.asarray(frame), number, _tables(blocks)))
        ocr.page_done(display, number, len(frames))
    return finish(Document(display, "image", blocks))


class ScannedPdf:
    """The image-only pages of one PDF, OCR'd on demand (the text reader, pdf.py, asks for
    each page that has pictures and no text). PDFium opens the file once, on the first such
    page; ``with`` closes it."""

    def __init__(self, data: bytes, display: str, pages: int) -> None:
        self.data, self.display, self.pages = data, display, pages
        self.read = 0  # pages OCR'd so far
        self._pdfium = None

    def __enter__(self) -> ScannedPdf:
        return self

    def __exit__(self, *exc) -> None:
        if self._pdfium is not None:
            self._pdfium.close()
            self._pdfium = None

    def page(self, number: int) -> list[Block]:
        """The blocks of page ``number`` (1-based), read from its rendering at ``PDF_DPI``."""
        import pypdfium2

        ocr.page_starts()
        if self._pdfium is None:
            self._pdfium = pypdfium2.PdfDocument(self.data)
        try:
            page = self._pdfium[number - 1]
            bitmap = page.render(scale=PDF_DPI / 72)
            rgb = np.ascontiguousarray(bitmap.to_numpy()[:, :, 2::-1])  # PDFium draws BGR(A)
            bitmap.close()
            page.close()
        except Exception as e:  # a page PDFium cannot draw: the rest of the file still reads
            raise IngestError("corrupt", f"PDF 第 {number} 页无法渲染成图片（{type(e).__name__}）") from e
        blocks = ocr_page(rgb, number)
        self.read += 1
        ocr.page_done(self.display, number, self.pages)
        return blocks


def _tables(blocks: list[Block]) -> int:
    return sum(isinstance(b, Table) for b in blocks)


def low_confidence_pages(blocks: list[Block]) -> list[int]:
    """Pages with OCR'd text below ``ocr.LOW_CONFIDENCE``, in order."""
    pages: set[int] = set()
    for b in blocks:
        items: list[Paragraph | Cell] = [b] if isinstance(b, Paragraph) else [c for row in b.rows for c in row]
        for item in items:
            if item.conf is not None and item.conf < ocr.LOW_CONFIDENCE and item.loc.page is not None:
                pages.add(item.loc.page)
    return sorted(pages)


def finish(doc: Document) -> Document:
    """The OCR notices of a document: nothing read at all, or pages to check."""
    if not any((b.text if isinstance(b, Paragraph) else any(c.text for r in b.rows for c in r)) for b in doc.blocks):
        doc.warnings.append(Notice("ocr_empty", "图片中没有识别出文字（可能过于模糊、太暗或不是文字材料），请重新扫描或拍摄"))
        return doc
    doc.warnings.append(Notice("ocr", "此文件是扫描件或照片，文字由 OCR（文字识别）得出，请对照原件核对"))
    pages = low_confidence_pages(doc.blocks)
    if pages:
        listed = "、".join(str(p) for p in pages)
        doc.warnings.append(Notice("ocr_low_confidence", f"第 {listed} 页有识别把握不大的文字，请对照原件重点核对"))
    return doc
