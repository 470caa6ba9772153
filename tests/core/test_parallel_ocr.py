"""Scans in the worker processes: every OCR'd page is reported back to the importing
process, and a cancelled import stops the worker at its next page."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from awardtool.parallel import chunks, extract_paths_parallel

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scan_forms import draw_form  # noqa: E402

pytest.importorskip("rapidocr_onnxruntime")


@pytest.fixture(scope="module")
def two_page_tiff(tmp_path_factory) -> Path:
    """A small two-page TIFF, as a sheet feeder scans a form with its back page."""
    first, _ = draw_form(dpi=90)
    second, _ = draw_form(dpi=90)
    path = tmp_path_factory.mktemp("tiff") / "两页.tif"
    first.save(path, save_all=True, append_images=[second], compression="tiff_deflate")
    return path


def test_files_that_may_need_ocr_get_a_chunk_each(tmp_path):
    files = [tmp_path / f"{i:03d}.txt" for i in range(40)]
    files[5], files[20] = tmp_path / "scan.jpg", tmp_path / "scan.pdf"
    got = chunks(files, 1)  # five text files a chunk
    assert [f for c in got for f in c] == [str(f) for f in files]
    assert [str(files[5])] in got and [str(files[20])] in got
    assert max(map(len, got)) == 5


@pytest.mark.slow  # worker processes start and OCR a page each: 10–40 s on a busy machine
def test_pages_are_reported_from_the_workers(two_page_tiff):
    pages: list[tuple[str, int, int]] = []
    (result,) = extract_paths_parallel([two_page_tiff], workers=1, pages=lambda *a: pages.append(a))
    assert pages == [(str(two_page_tiff), 1, 2), (str(two_page_tiff), 2, 2)]
    doc = result.document
    assert doc.error is None and {t.loc.page for t in doc.tables()} == {1, 2}


@pytest.mark.slow
def test_cancel_stops_at_the_next_page(two_page_tiff):
    pages: list[tuple[str, int, int]] = []
    results = list(extract_paths_parallel([two_page_tiff, two_page_tiff], workers=1,
                                          pages=lambda *a: pages.append(a), cancelled=lambda: bool(pages)))
    assert results == [] and len(pages) == 1


def test_one_scan_at_a_time():
    from concurrent.futures import Future

    from awardtool.parallel import _ocr_busy

    reading = Future()
    running = [(["a.txt"], Future()), (["scan1.jpg"], reading)]
    assert _ocr_busy(["scan2.pdf"], running)  # waits: about 1 GB a reading worker
    assert not _ocr_busy(["b.txt"], running)
    reading.set_result([])
    assert not _ocr_busy(["scan2.pdf"], running)
