"""The offline OCR engine: RapidOCR (PP-OCRv4 detection and recognition models shipped inside
the ``rapidocr_onnxruntime`` wheel, run by ONNX Runtime). Nothing is downloaded, ever.

One engine per process, loaded on first use (0.1–0.3 s): worker processes each keep their
own. The settings are chosen for forms on A4 at 150–200 dpi on a small office PC
(benchmarks/bench_ocr.py):

- detection on the page scaled down to at most ``DET_SIDE`` pixels on its long side (the
  default scales *up* to at least 736 on the short side, i.e. detects on the full 200 dpi
  page: slower, and no better for 10.5–12 pt print);
- no direction classifier: pages are turned upright before (EXIF, deskew), and the
  classifier's one job, telling 0° from 180° text, misfires on single vertical label
  characters (``事`` of a vertical ``主要事迹`` was dropped with it);
- ONNX Runtime's threads: all cores for one page. The window's import runs one OCR
  document at a time per worker; extra workers would only fight over the same cores.

A page is read by ``read_page(image)``: a list of ``TextBox`` in the image's pixels, each
with the engine's confidence.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from awardtool.ingest.errors import IngestError
from awardtool.ingest.limits import budget

DET_SIDE = 1600  # long side of the image the detector sees, in pixels
# Below this the text is shown for checking (the engine's own cut-off, 0.5, drops text).
LOW_CONFIDENCE = 0.85

if TYPE_CHECKING:
    import numpy as np


@dataclass(slots=True)
class TextBox:
    """One line (or piece of a line) of text found by the engine: its axis-aligned bounding
    box in image pixels, the text and the engine's confidence (0–1)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    @property
    def width(self) -> float:
        return self.x1 - self.x0


_ENGINE = None


def engine_settings(threads: int | None = None) -> dict:
    """RapidOCR's keyword settings (see the module docstring for why each)."""
    return {
        "det_limit_side_len": DET_SIDE,
        "det_limit_type": "max",
        "use_cls": False,
        "intra_op_num_threads": threads or max(1, os.cpu_count() or 1),
        "inter_op_num_threads": 1,
        "print_verbose": False,
    }


def opencv():
    """OpenCV, imported without letting it point Qt at its own plugins: opencv-python's Linux
    wheels set QT_QPA_PLATFORM_PLUGIN_PATH and QT_QPA_FONTDIR on import (for the Qt 5 they
    carry), which would break the window's Qt 6 and every Qt program started from it."""
    import os
    import sys

    if "cv2" in sys.modules:
        return sys.modules["cv2"]
    saved = {k: os.environ.get(k) for k in ("QT_QPA_PLATFORM_PLUGIN_PATH", "QT_QPA_FONTDIR")}
    import cv2

    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v
    return cv2


def no_telemetry() -> None:
    """ONNX Runtime's official builds report usage to Microsoft (1DS on Linux and macOS since
    1.2x, with a device id and an offline cache under ~/.cache/Microsoft; ETW on Windows). A
    clerk's nomination files are nobody else's business: ``ORT_DISABLE_TELEMETRY`` switches
    the POSIX one off entirely when set before onnxruntime is first imported (awardtool's
    package init sets it already; set again here for a caller that came another way), and
    ``disable_telemetry_events`` the Windows one."""
    import os

    os.environ["ORT_DISABLE_TELEMETRY"] = "1"  # inherited by every process started from here
    import onnxruntime

    onnxruntime.disable_telemetry_events()


def engine():
    """This process's engine, loaded on first use."""
    global _ENGINE
    if _ENGINE is None:
        no_telemetry()
        opencv()  # before RapidOCR imports it
        from rapidocr_onnxruntime import RapidOCR

        _ENGINE = RapidOCR(**engine_settings())
    return _ENGINE


def read_page(image: np.ndarray) -> list[TextBox]:
    """Text boxes of one page image (H×W×3 uint8, BGR as OpenCV has it), top to bottom."""
    result, _elapsed = engine()(image)
    boxes = []
    for quad, text, score in result or []:
        xs = [p[0] for p in quad]
        ys = [p[1] for p in quad]
        text = text.strip()
        if text:
            boxes.append(TextBox(min(xs), min(ys), max(xs), max(ys), text, float(score)))
    boxes.sort(key=lambda b: (b.y0, b.x0))
    return boxes


# --- page progress and cancel ------------------------------------------------------------------
# OCR is the one slow step of an import (seconds a page). A reader reports each page through
# the hook set here, and the hook may stop the document: the worker process running it sets
# a hook that tells the window (awardtool.parallel) and checks its cancel flag.
PageHook = Callable[[str, int, int], None]  # (display path, page done, pages)
_page_hook: PageHook | None = None


PAGE_SECONDS = 90.0  # one page may take this long before the document's time budget runs out


class Cancelled(IngestError):
    """Raised by a page hook to stop reading the document (the import was cancelled)."""

    def __init__(self) -> None:
        super().__init__("cancelled", "导入已取消，此文件没有读完")


def set_page_hook(hook: PageHook | None) -> None:
    global _page_hook
    _page_hook = hook


def page_done(display: str, page: int, pages: int) -> None:
    """Called by the readers after each OCR'd page; may raise ``Cancelled``. The document's
    time budget (ingest.limits) grows by a page: OCR is slow, not stuck."""
    if _page_hook is not None:
        _page_hook(display, page, pages)
    budget().allow(PAGE_SECONDS)


def page_starts() -> None:
    """Called by the readers before each OCR'd page: time for one more page."""
    budget().allow(PAGE_SECONDS)
