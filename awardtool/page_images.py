"""The pages of a PDF or an image file as pictures, for the window's page view.

Scans and photos are checked against the paper: the clerk wants to see the page, with the
box a field was read from drawn on it (``Loc.box``, fractions of the page). PDFs are drawn by
PDFium (pypdfium2, already needed to OCR scanned pages), images by Pillow, turned upright
by their EXIF orientation exactly as the OCR reader turned them — so a box lands where the
text is. Qt-free: the window turns the RGB bytes into a QImage.
"""

from __future__ import annotations

from dataclasses import dataclass

PAGE_FORMATS = frozenset({"pdf", "image"})
MAX_RENDER_SIDE = 6000  # pixels: zooming further only costs memory


@dataclass(frozen=True, slots=True)
class PageImage:
    """One rendered page: ``width`` × ``height`` pixels of RGB, 3 bytes a pixel, rows packed."""

    width: int
    height: int
    rgb: bytes


def can_show_pages(fmt: str | None) -> bool:
    return fmt in PAGE_FORMATS


class PageImages:
    """The pages of one file. ``aspect(page)`` is height / width; ``render(page, width)``
    draws page ``page`` (1-based) ``width`` pixels wide. Raises ValueError for bytes that are
    no readable PDF or image."""

    def __init__(self, data: bytes, fmt: str) -> None:
        self.fmt = fmt
        self._pdf: bytes | None = None  # opened for each drawing: no handle outlives a call
        self._frames: list = []
        if fmt == "pdf":
            import pypdfium2

            try:
                pdf = pypdfium2.PdfDocument(data)
            except Exception as e:  # PdfiumError and friends: a damaged or encrypted file
                raise ValueError(str(e)) from e
            try:
                self._sizes = [pdf.get_page_size(i) for i in range(len(pdf))]
            finally:
                pdf.close()
            self._pdf = data
        elif fmt == "image":
            from awardtool.ingest.errors import IngestError
            from awardtool.ingest.scan_image import open_frames

            try:
                self._frames = open_frames(data)
            except IngestError as e:
                raise ValueError(e.message) from e
            self._sizes = [f.size for f in self._frames]
        else:
            raise ValueError(f"not a page format: {fmt}")

    def __len__(self) -> int:
        return len(self._sizes)

    def aspect(self, page: int) -> float:
        w, h = self._sizes[page - 1]
        return h / w if w else 1.414

    def render(self, page: int, width: int) -> PageImage:
        width = max(16, min(MAX_RENDER_SIDE, int(width)))
        w, h = self._sizes[page - 1]
        height = max(1, min(MAX_RENDER_SIDE, round(width * h / w)))
        if self._pdf is not None:
            import pypdfium2

            pdf = pypdfium2.PdfDocument(self._pdf)
            try:
                pdf_page = pdf[page - 1]
                bitmap = pdf_page.render(scale=width / w, rev_byteorder=True)  # RGB(x) byte order
                pil = bitmap.to_pil().convert("RGB")
                bitmap.close()
                pdf_page.close()
            finally:
                pdf.close()
            if pil.size != (width, height):
                pil = pil.resize((width, height))
        else:
            from PIL import Image

            pil = self._frames[page - 1].resize((width, height), Image.Resampling.BILINEAR)
        return PageImage(pil.width, pil.height, pil.tobytes())

    def close(self) -> None:
        self._pdf = None
        self._frames = []
