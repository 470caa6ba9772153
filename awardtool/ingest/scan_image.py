"""Getting a scanned or photographed page ready for OCR: upright, straight, without the seal.

- **Orientation.** Phone photos are stored sideways with an EXIF orientation tag; Pillow's
  ``exif_transpose`` turns them the way the camera was held.
- **Size.** A 48-megapixel photo is scaled down to ``MAX_SIDE`` on its long side (more pixels
  than a 300 dpi A4 scan only cost time); a tiny image is scaled up so print reaches the
  engine's comfortable size.
- **Red seal.** A 公章 stamped over an 意见 cell would hide the typed text under it and add
  its own ring text. Pixels clearly redder than they are green or blue are made white; text
  under the seal is dark (black ink under red ink stays dark) and survives.
- **Paper in a photo.** A phone photo shows the sheet on a desk, often from a slant (the far
  edge narrower). When the picture holds one bright four-cornered sheet on a darker ground,
  the sheet is cut out and straightened (a perspective transform), so the table's lines run
  parallel again; a scan, whose paper fills the image, is left as it is.
- **Skew.** Scans come in rotated by a degree or two, photos by more. The angle is the one
  whose horizontal projection of the dark pixels is sharpest (text lines and ruling lines
  line up with pixel rows), searched within ±``MAX_SKEW``°; the page is rotated back. Cells
  are then found with horizontal and vertical lines, and boxes compare on straight rows.

``prepare`` returns the image for the engine plus the ``Geometry`` that maps points back to
the page as the clerk sees it (before deskewing), so boxes are drawn in the right place.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

import numpy as np

from awardtool.ingest.errors import IngestError
from awardtool.ingest.ocr import opencv

MAX_SIDE = 2800  # pixels, long side
MIN_SIDE = 1000  # pixels, long side (a small photo of a form)
MAX_PIXELS = 120_000_000  # refuse larger images unread (a decompression bomb)
MAX_SKEW = 6.0  # degrees
MAX_FRAMES = 200  # pages of a multi-page TIFF


@dataclass(slots=True)
class Geometry:
    """How the prepared image relates to the page: the page's size (pixels of the image as
    shown), the scale applied, the deskew rotation (degrees, counter-clockwise, about the
    centre) and, for a sheet cut out of a photo, the size of the straightened sheet and the
    homography (3×3, row by row) from it back to the scaled photo."""

    width: int
    height: int
    scale: float
    angle: float
    size: tuple[int, int] | None = None
    unwarp: tuple[float, ...] | None = None

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """A point of the prepared image → the same point on the page, in fractions (0–1)."""
        sw, sh = self.width * self.scale, self.height * self.scale
        w, h = self.size or (sw, sh)
        a = math.radians(self.angle)
        dx, dy = x - w / 2, y - h / 2
        # the prepared image was rotated by +angle (cv2 convention); undo it
        px = dx * math.cos(a) - dy * math.sin(a) + w / 2
        py = dx * math.sin(a) + dy * math.cos(a) + h / 2
        if self.unwarp is not None:
            m = self.unwarp
            d = m[6] * px + m[7] * py + m[8]
            px, py = (m[0] * px + m[1] * py + m[2]) / d, (m[3] * px + m[4] * py + m[5]) / d
        return px / sw, py / sh

    def box_to_page(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        corners = [self.to_page(x, y) for x, y in ((x0, y0), (x1, y0), (x0, y1), (x1, y1))]
        xs, ys = [c[0] for c in corners], [c[1] for c in corners]
        return (round(max(0.0, min(xs)), 4), round(max(0.0, min(ys)), 4),
                round(min(1.0, max(xs)), 4), round(min(1.0, max(ys)), 4))


def open_frames(data: bytes):
    """The pages of an image file as upright RGB Pillow images (a TIFF may hold several)."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    too_many = IngestError("too_large", f"图片像素过多（超过 {MAX_PIXELS // 1_000_000} 百万像素），请缩小后再导入")
    try:
        with warnings.catch_warnings():  # the size is checked below, against our own limit
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))  # reads the header only
        frames = getattr(img, "n_frames", 1)
    except Image.DecompressionBombError as e:
        raise too_many from e
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as e:
        raise IngestError("corrupt", "图片已损坏或格式无法识别，请重新扫描或拍摄") from e
    if img.width * img.height > MAX_PIXELS:
        raise too_many
    if frames > MAX_FRAMES:
        raise IngestError("too_large", f"图片页数过多（{frames} 页），超过 {MAX_FRAMES} 页上限")
    out = []
    try:
        for i in range(frames):
            img.seek(i)
            out.append(ImageOps.exif_transpose(img).convert("RGB"))
    except (OSError, ValueError, SyntaxError) as e:
        if not out:
            raise IngestError("corrupt", "图片已损坏或不完整，请重新扫描或拍摄") from e
    return out


def prepare(rgb: np.ndarray) -> tuple[np.ndarray, np.ndarray, Geometry]:
    """An RGB page (H×W×3 uint8) → (BGR image for the engine, grey image for the ruling
    lines, their Geometry). The two differ only by the seal: removing it from the lines'
    image would cut a table line where the seal's ring crosses it (ink blurred into ink is
    red too), whereas the ring's curve never passes for a long straight line."""
    cv2 = opencv()

    h, w = rgb.shape[:2]
    side = max(h, w)
    scale = MAX_SIDE / side if side > MAX_SIDE else MIN_SIDE / side if side < MIN_SIDE else 1.0
    if scale != 1.0:
        rgb = cv2.resize(rgb, (round(w * scale), round(h * scale)),
                         interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_CUBIC)
    size = unwarp = None
    corners = find_paper(rgb)
    if corners is not None:
        rgb, size, unwarp = straighten(rgb, corners)
    lines = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    grey = cv2.cvtColor(remove_red(rgb), cv2.COLOR_RGB2GRAY)
    angle = skew_angle(grey)
    if abs(angle) >= 0.1:
        grey, lines = rotate(grey, angle), rotate(lines, angle)
    else:
        angle = 0.0
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR), lines, Geometry(w, h, scale, angle, size, unwarp)


def find_paper(rgb: np.ndarray) -> np.ndarray | None:
    """The four corners (float32, top-left, top-right, bottom-right, bottom-left; pixels) of
    the sheet in a photo, or None when no sheet stands out: it must be one bright region
    covering 35–95 % of the picture, a quadrilateral, clearly brighter than what is around
    it."""
    cv2 = opencv()

    h, w = rgb.shape[:2]
    k = min(1.0, 600 / max(h, w))
    grey = cv2.cvtColor(cv2.resize(rgb, (max(1, round(w * k)), max(1, round(h * k))), interpolation=cv2.INTER_AREA),
                        cv2.COLOR_RGB2GRAY)
    grey = cv2.GaussianBlur(grey, (5, 5), 0)
    _, bright = cv2.threshold(grey, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    contours, _ = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    sheet = cv2.convexHull(max(contours, key=cv2.contourArea))
    area, total = cv2.contourArea(sheet), grey.shape[0] * grey.shape[1]
    if not 0.35 * total <= area <= 0.95 * total:
        return None
    quad = cv2.approxPolyDP(sheet, 0.02 * cv2.arcLength(sheet, True), True)
    if len(quad) != 4:
        return None
    inside = np.zeros_like(grey)
    cv2.fillConvexPoly(inside, quad, 255)
    if grey[inside > 0].mean() - grey[inside == 0].mean() < 40:
        return None
    pts = quad.reshape(4, 2).astype(np.float32) / k
    by_sum, by_diff = pts.sum(axis=1), np.diff(pts, axis=1).ravel()
    return np.array([pts[by_sum.argmin()], pts[by_diff.argmin()], pts[by_sum.argmax()], pts[by_diff.argmax()]],
                    dtype=np.float32)


def straighten(rgb: np.ndarray, corners: np.ndarray) -> tuple[np.ndarray, tuple[int, int], tuple[float, ...]]:
    """The sheet cut out along ``corners`` as an upright rectangle (its sides as long as the
    longer of each pair of opposite edges), its size, and the homography back to ``rgb``."""
    cv2 = opencv()

    tl, tr, br, bl = corners
    width = round(max(np.linalg.norm(tr - tl), np.linalg.norm(br - bl)))
    height = round(max(np.linalg.norm(bl - tl), np.linalg.norm(br - tr)))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float32)
    forward = cv2.getPerspectiveTransform(corners, target)
    sheet = cv2.warpPerspective(rgb, forward, (width, height), flags=cv2.INTER_LINEAR,
                                borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))
    back = cv2.getPerspectiveTransform(target, corners)
    return sheet, (width, height), tuple(float(v) for v in back.ravel())


def remove_red(rgb: np.ndarray) -> np.ndarray:
    """Pixels where red clearly dominates (seal ink, red letterheads) become white."""
    r = rgb[:, :, 0].astype(np.int16)
    gb = np.maximum(rgb[:, :, 1], rgb[:, :, 2]).astype(np.int16)
    red = (r - gb > 40) & (r > 110)
    if not red.any():
        return rgb
    out = rgb.copy()
    out[red] = 255
    return out


def skew_angle(grey: np.ndarray) -> float:
    """Degrees to rotate the page (counter-clockwise positive, as cv2) so its lines run level:
    the angle that makes the row profile of dark pixels sharpest, coarse then fine."""
    cv2 = opencv()

    h, w = grey.shape
    small_scale = min(1.0, 900 / max(h, w))
    small = cv2.resize(grey, (max(1, round(w * small_scale)), max(1, round(h * small_scale))),
                       interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15)
    if cv2.countNonZero(ink) < 50:
        return 0.0

    def sharpness(angle: float) -> float:
        rows = rotate(ink, angle, fill=0).sum(axis=1, dtype=np.float64)
        return float(np.square(np.diff(rows)).sum())

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    fine = max(np.arange(best - 0.45, best + 0.46, 0.05), key=sharpness)
    return round(float(fine), 2)


def rotate(img: np.ndarray, angle: float, fill: int = 255) -> np.ndarray:
    """``img`` rotated by ``angle`` degrees about its centre, same size, corners filled."""
    cv2 = opencv()

    h, w = img.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                          borderValue=fill)
