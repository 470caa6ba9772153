"""Scanned and photographed 推荐审批表 for the OCR tests, the OCR benchmark and the bundled
example: a form drawn with Pillow (ruled cells, label/value pairs, a vertical 主要事迹 label,
意见 rows with 盖章 and a date) and the ways paper degrades on its way to a clerk — a slight
rotation, grey noise, a red round seal over an 意见 cell, a phone photo's uneven light and
JPEG compression. The text is invented for these fixtures.

    .venv/bin/python tests/scan_forms.py resources/examples/002_scan_form.png   # the bundled example
"""

from __future__ import annotations

import io
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "C:/Windows/Fonts/simsun.ttc",
)
A4_MM = (210, 297)


@dataclass
class Nominee:
    """What one form states (all invented)."""

    title: str = "全国先进工作者推荐审批表"
    name: str = "林晓岚"
    gender: str = "女"
    birth: str = "1979.06"
    ethnicity: str = "汉族"
    politics: str = "中共党员"
    education: str = "大学本科"
    position: str = "青川县第二人民医院护理部主任"
    honours: str = "2019年获市级优秀护士称号"
    deeds: list[str] = field(default_factory=lambda: [
        "该同志扎根基层医院二十年，牵头建立夜间巡诊制度，",
        "带领护理团队完成危重病人抢救三百余例，",
        "主动承担乡村卫生室培训任务，群众满意度连续五年位居全县第一。",
    ])
    unit_opinion: str = "同意推荐。"
    recommender_opinion: str = "经研究，同意推荐该同志。"
    date: str = "2024年5月6日"


def font_path() -> str:
    for p in FONT_CANDIDATES:
        if Path(p).exists():
            return p
    raise FileNotFoundError("no CJK font found for drawing the test form")


def draw_form(n: Nominee | None = None, dpi: int = 200) -> tuple[Image.Image, dict[str, tuple[int, int, int, int]]]:
    """An A4 form at ``dpi`` (RGB, white paper) and the pixel boxes of its cells by label
    (``"所在单位意见"`` → the value cell beside it), so a seal can be put over one."""
    n = n or Nominee()
    mm = dpi / 25.4
    w, h = round(A4_MM[0] * mm), round(A4_MM[1] * mm)
    img = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(img)
    path = font_path()
    body = ImageFont.truetype(path, round(3.9 * mm))  # about 11 pt
    title_font = ImageFont.truetype(path, round(6.3 * mm))
    line = max(1, round(0.3 * mm))
    left, right = round(22 * mm), w - round(22 * mm)
    top = round(42 * mm)
    tw = d.textlength(n.title, font=title_font)
    d.text(((w - tw) / 2, round(24 * mm)), n.title, fill="black", font=title_font)
    col = [left + round(x * mm) for x in (0, 22, 46, 66, 88, 110, 136, 166)]
    col[-1] = right
    rows = [top + round(y * mm) for y in (0, 12, 24, 36, 48, 118, 148, 178, 208)]
    cells: dict[str, tuple[int, int, int, int]] = {}

    def cell(r0: int, r1: int, c0: int, c1: int, text: str = "", vertical: bool = False, key: str | None = None) -> None:
        box = (col[c0], rows[r0], col[c1], rows[r1])
        d.rectangle(box, outline="black", width=line)
        if key:
            cells[key] = box
        if not text:
            return
        x0, y0, x1, y1 = box
        pad = round(2.5 * mm)
        size = body.size
        if vertical:
            ty = (y0 + y1) / 2 - len(text) * size * 1.6 / 2
            for i, ch in enumerate(text):
                d.text(((x0 + x1) / 2 - size / 2, ty + i * size * 1.6), ch, fill="black", font=body)
            return
        lines = text.split("\n")
        if len(lines) == 1 and y1 - y0 < 3 * size:
            tw = d.textlength(text, font=body)
            d.text(((x0 + x1 - tw) / 2 if tw < x1 - x0 - 2 * pad else x0 + pad, (y0 + y1 - size) / 2 - size * 0.1),
                   text, fill="black", font=body)
            return
        for i, ln in enumerate(lines):
            d.text((x0 + pad, y0 + pad + i * size * 1.7), ln, fill="black", font=body)

    cell(0, 1, 0, 1, "姓  名")
    cell(0, 1, 1, 2, n.name, key="姓名")
    cell(0, 1, 2, 3, "性  别")
    cell(0, 1, 3, 4, n.gender, key="性别")
    cell(0, 1, 4, 5, "出生年月")
    cell(0, 1, 5, 6, n.birth, key="出生年月")
    cell(0, 3, 6, 7, "照\n片")
    cell(1, 2, 0, 1, "民  族")
    cell(1, 2, 1, 2, n.ethnicity, key="民族")
    cell(1, 2, 2, 3, "政治面貌")
    cell(1, 2, 3, 4, n.politics, key="政治面貌")
    cell(1, 2, 4, 5, "文化程度")
    cell(1, 2, 5, 6, n.education, key="文化程度")
    cell(2, 3, 0, 2, "工作单位及职务")
    cell(2, 3, 2, 6, n.position, key="工作单位及职务")
    cell(3, 4, 0, 2, "曾获何种奖励")
    cell(3, 4, 2, 7, n.honours, key="曾获何种奖励")
    cell(4, 5, 0, 1, "主要事迹", vertical=True)
    cell(4, 5, 1, 7, "\n".join(n.deeds), key="主要事迹")
    for r, label, opinion in ((5, "所在单位意见", n.unit_opinion), (6, "推荐单位意见", n.recommender_opinion),
                              (7, "审批意见", "")):
        cell(r, r + 1, 0, 1, label[:-2] + "\n" + label[-2:])
        text = f"{opinion}\n\n（盖章）        {n.date}" if opinion else ""
        cell(r, r + 1, 1, 7, text, key=label)
    return img, cells


def add_seal(img: Image.Image, centre: tuple[float, float], dpi: int, text: str = "青川县卫生健康局") -> None:
    """A red round seal (ring, star, ring text) stamped over the paper. Ink multiplies: black
    print under the seal stays black, white paper turns red."""
    r = round(20 * dpi / 25.4)
    layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    red = (215, 30, 35, 200)
    cx, cy = centre
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(2, r // 18))
    star = [(cx + 0.28 * r * math.cos(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.4),
             cy + 0.28 * r * math.sin(math.radians(-90 + 36 * i)) * (1 if i % 2 == 0 else 0.4)) for i in range(10)]
    d.polygon(star, fill=red)
    font = ImageFont.truetype(font_path(), max(8, r // 4))
    for i, ch in enumerate(text):
        a = math.radians(-150 + i * 120 / max(1, len(text) - 1))
        glyph = Image.new("RGBA", (font.size * 2, font.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((font.size / 2, font.size / 2), ch, fill=red, font=font)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.Resampling.BICUBIC)
        x, y = cx + 0.72 * r * math.cos(a), cy + 0.72 * r * math.sin(a)
        layer.alpha_composite(glyph, (round(x - font.size), round(y - font.size)))
    stamp = Image.new("RGB", img.size, "white")
    stamp.paste(layer.convert("RGB"), (0, 0), layer)
    img.paste(ImageChops.multiply(img, stamp))


def degrade(img: Image.Image, angle: float = 1.0, noise: int = 18, seed: int = 1) -> Image.Image:
    """A flatbed scan: rotated by ``angle`` degrees (white corners), grey speckle noise, a
    little blur."""
    rng = random.Random(seed)
    out = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor="white")
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    grey = Image.effect_noise(out.size, noise).convert("L")
    mask = grey.point(lambda v: 90 if v < 60 or v > 200 else 0)
    speck = Image.new("RGB", out.size, tuple([rng.randint(110, 150)] * 3))
    out.paste(speck, (0, 0), mask.point(lambda v: v // 6))
    return out


def photo_like(img: Image.Image, angle: float = -2.0, quality: int = 80, keystone: float = 0.0) -> bytes:
    """A phone photo of the paper as JPEG bytes: lying on a darker desk, rotated, taken from a
    slant (``keystone``: the far edge that much narrower on each side, as a share of the width),
    lit unevenly (darker towards the bottom), smaller, compressed."""
    desk = (120, 110, 100)
    w, h = img.size
    out = Image.new("RGB", (round(w * 1.12), round(h * 1.08)), desk)
    out.paste(img, (round(w * 0.06), round(h * 0.04)))
    if keystone:
        W, H = out.size
        d = keystone * W
        out = out.transform((W, H), Image.Transform.PERSPECTIVE,
                            _perspective([(d, 0), (W - d, 0), (W, H), (0, H)], [(0, 0), (W, 0), (W, H), (0, H)]),
                            Image.Resampling.BICUBIC, fillcolor=desk)
    out = out.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=desk)
    light = Image.linear_gradient("L").resize(out.size).point(lambda v: 255 - v // 4)
    out = Image.composite(out, Image.new("RGB", out.size, (0, 0, 0)), light)
    out = out.resize((round(out.width * 0.8), round(out.height * 0.8)), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def _perspective(seen: list[tuple[float, float]], flat: list[tuple[float, float]]) -> list[float]:
    """Pillow's PERSPECTIVE coefficients that show the ``flat`` corners at ``seen``."""
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(seen, flat):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    return np.linalg.solve(np.array(rows, dtype=float), np.array(flat, dtype=float).reshape(8)).tolist()


def scanned_form(n: Nominee | None = None, dpi: int = 200, angle: float = 1.0, seal: bool = True,
                 seed: int = 1) -> Image.Image:
    """The usual scan: drawn form, seal over 所在单位意见, rotated, noisy."""
    img, cells = draw_form(n, dpi)
    if seal:
        x0, y0, x1, y1 = cells["所在单位意见"]
        add_seal(img, (x0 + 0.62 * (x1 - x0), (y0 + y1) / 2), dpi)
    return degrade(img, angle, seed=seed)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "resources/examples/002_scan_form.png")
    page = scanned_form(dpi=110, angle=0.8).convert("L")
    page.save(target, optimize=True)
    print(target, page.size, target.stat().st_size, "bytes")
