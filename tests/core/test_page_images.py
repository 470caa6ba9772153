"""Pages of PDFs and images as pictures for the page view (Qt-free): sizes, every page, the
EXIF turn a phone photo needs, and a clear refusal of bytes that are no page."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from awardtool.page_images import PageImages, can_show_pages


def _pdf(pages: list[Image.Image]) -> bytes:
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=100, save_all=True, append_images=pages[1:])
    return buf.getvalue()


def test_pdf_pages_render_at_the_asked_width():
    portrait, landscape = Image.new("RGB", (827, 1169), "white"), Image.new("RGB", (1169, 827), "red")
    pages = PageImages(_pdf([portrait, landscape]), "pdf")
    assert len(pages) == 2 and pages.aspect(1) == pytest.approx(1169 / 827, rel=0.01)
    second = pages.render(2, 600)
    assert (second.width, second.height) == (600, round(600 * 827 / 1169))
    r, g, b = second.rgb[:3]  # RGB order (PDFium draws BGR by default)
    assert len(second.rgb) == second.width * second.height * 3 and r > 240 and g < 16 and b < 16


def test_a_photo_is_shown_the_way_it_was_taken():
    buf = io.BytesIO()
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: turn 90° clockwise to show
    Image.new("RGB", (400, 300), "white").save(buf, "JPEG", exif=exif)
    pages = PageImages(buf.getvalue(), "image")
    assert len(pages) == 1 and pages.aspect(1) == pytest.approx(400 / 300)


def test_what_cannot_be_shown():
    assert can_show_pages("pdf") and can_show_pages("image") and not can_show_pages("docx")
    with pytest.raises(ValueError):
        PageImages(b"%PDF-1.4 broken", "pdf")
    with pytest.raises(ValueError):
        PageImages(b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "image")
