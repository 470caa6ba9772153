"""The order of a published list: region blocks in the official order, 姓氏笔画 inside.

Shared by the Word and the Excel exporters so both print the records in the same order.

姓氏笔画 (the rule every national list states as "按姓氏笔画为序"): fewer strokes first; the
same count is ordered by the strokes themselves in 横(一) 竖(丨) 撇(丿) 点(丶) 折(乛) order,
first stroke, then second …; the same character is resolved by the next character. A
two-character name is printed padded ("田　华") and the empty position counts as no
strokes, so 田富 comes before 田大利 (the 全国政协 / 党代会 convention).

Why not ICU's ``zh@collation=stroke``: it orders by stroke count and then by radical, not by
stroke shape, so it puts 张 (乛…) before 李 (一…) and 冯 (丶…) before 石 (一…), which a
clerk would correct by hand. The stroke data used here comes from the MIT-licensed
``cn-sort`` package (``res/all_word.json``, ``stroke_increment_level``: every character's rank
in exactly that count-then-stroke-sequence order, checked against an independent stroke
sequence table for all 20,897 characters both hold). Only its data file is read: importing
the ``cn_sort`` module itself would configure logging to write ``all.log`` into the working
directory. (A PyInstaller build must collect its data: ``--collect-data cn_sort``.)
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from awardtool.records import Record
from awardtool.regions import resolve
from awardtool.vocab import PROVINCES

BINGTUAN = len(PROVINCES) - 1
OTHER_RANK = len(PROVINCES)  # central units, national systems, anything not a province
UNKNOWN_RANK = OTHER_RANK + 1  # no region at all: last
UNMAPPED = 1 << 20  # a character the stroke table lacks (rare extension-B names, Latin)


@lru_cache(maxsize=4096)
def region_rank(region: str | None) -> int:
    """Position of ``region`` in the official order: 0 北京市 … 31 新疆生产建设兵团, then
    ``OTHER_RANK`` for central units and other blocks, ``UNKNOWN_RANK`` for no region."""
    if not region or not region.strip():
        return UNKNOWN_RANK
    text = region.strip()
    if "兵团" in text:
        return BINGTUAN
    if text in PROVINCES:
        return PROVINCES.index(text)
    province, _ = resolve(text)  # 内蒙古, 廣西, 海南藏族自治州 (青海省): the division data decides
    return PROVINCES.index(province) if province in PROVINCES else OTHER_RANK


@lru_cache(maxsize=1)
def _stroke_ranks() -> dict[str, int]:
    spec = importlib.util.find_spec("cn_sort")  # locates the package without running it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("缺少笔画数据（cn-sort 包未安装），无法按姓氏笔画排序。")
    data = Path(next(iter(spec.submodule_search_locations))) / "res" / "all_word.json"
    with data.open(encoding="utf-8") as f:
        entries = json.load(f)["all_word"]
    # Only Han characters: the file also ranks ASCII and punctuation, which would then sort
    # before 一; in a name they are exceptions and go last.
    return {
        e["chinese"]: e["stroke_increment_level"]
        for e in entries
        if len(e["chinese"]) == 1 and ord(e["chinese"]) >= 0x3400
    }


def char_rank(ch: str) -> int:
    """The character's place in stroke order (count, then 横竖撇点折 sequence); a full-width
    space (the padding of a two-character name) is 0, unknown characters sort last by code."""
    if ch in ("\u3000", " "):
        return 0
    rank = _stroke_ranks().get(ch)
    return rank if rank is not None else UNMAPPED + ord(ch)


def stroke_key(name: str) -> tuple[int, ...]:
    """Sort key for 姓氏笔画 order; two-character names compare as their padded form."""
    text = "".join(name.split())
    if len(text) == 2:
        text = text[0] + "\u3000" + text[1]
    return tuple(char_rank(ch) for ch in text)


def order_records(
    records: Iterable[Record], *, group_by: str | None = None, order_by: str = "input"
) -> list[Record]:
    """The records in publication order.

    ``group_by="region"`` puts them in region blocks (official order; unknown regions keep
    the order in which they first appear, after the provinces; records without a region
    last). ``order_by="strokes"`` sorts by 姓氏笔画 within each block, ``"input"`` keeps the
    clerk's order. Kinds are not separated here: callers that print 集体 and 个人 as two
    sections split first. Sorting is stable, so equal keys keep the clerk's order.
    """
    if group_by not in (None, "region"):
        raise ValueError(f"unknown group_by: {group_by!r}")
    if order_by not in ("input", "strokes"):
        raise ValueError(f"unknown order_by: {order_by!r}")
    items = list(records)
    first_seen: dict[str, int] = {}
    for i, rec in enumerate(items):
        first_seen.setdefault((rec.region or "").strip(), i)

    def key(rec: Record) -> tuple:
        parts: tuple = ()
        if group_by == "region":
            region = (rec.region or "").strip()
            rank = region_rank(region)
            parts = (rank, first_seen[region] if rank == OTHER_RANK else 0)
        if order_by == "strokes":
            parts += (stroke_key(rec.name),)
        return parts

    return sorted(items, key=key) if (group_by or order_by == "strokes") else items


def region_label(region: str | None) -> str:
    """The heading of a region block: the official name of a province ("内蒙古" → 内蒙古自治区),
    otherwise the block as written, or 其他 when there is none."""
    rank = region_rank(region)
    if rank < OTHER_RANK:
        return PROVINCES[rank]
    return (region or "").strip() or "其他"
