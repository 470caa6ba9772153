"""How a record is written in a published list: the words, independent of any file format.

The Word writer and its read-back check both use these, so what is checked is what a
record should read as, not what the writer happened to produce.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence

from awardtool.records import Record

FULL_SPACE = "\u3000"
KIND_LABEL = {"collective": "先进集体", "individual": "先进个人"}
KIND_UNIT = {"collective": "个", "individual": "名"}
KIND_ORDER = ("collective", "individual")  # 集体 before 个人, as in every published list

# Characters XML 1.0 cannot hold (control codes pasted from Word fields, form feeds …).
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text without characters a .docx cannot store (the read-back reports the loss)."""
    return _XML_INVALID.sub("", text)


def display_name(name: str) -> str:
    """A person's name as printed: two-character names padded to three ("田　华")."""
    text = "".join(name.split())
    return text[0] + FULL_SPACE + text[1] if len(text) == 2 else text


def annotation(rec: Record) -> str:
    """"（女，朝鲜族）": women and non-Han ethnicities are marked, men and Han are not."""
    parts = []
    if (rec.gender or "").strip() == "女":
        parts.append("女")
    eth = (rec.ethnicity or "").strip()
    if eth and eth not in ("汉", "汉族"):
        parts.append(eth if eth.endswith("族") or len(eth) > 4 else eth + "族")
    return f"（{'，'.join(parts)}）" if parts else ""


def entry_text(rec: Record) -> str:
    """One line of a 名单: the unit name, or ``姓名（女，民族）　单位及职务``."""
    if rec.kind != "individual":
        return rec.name.strip()
    head = display_name(rec.name) + annotation(rec)
    position = (rec.position or "").strip()
    return f"{head}{FULL_SPACE}{position}" if position else head


def deeds_paragraphs(rec: Record) -> list[str]:
    """The deeds as paragraphs (one per line of ``Record.deeds``; blank lines dropped)."""
    return [p.strip() for p in rec.deeds.split("\n") if p.strip()]


def count_text(kind: str, n: int) -> str:
    return f"{n}{KIND_UNIT[kind]}"


def split_kinds(records: Sequence[Record]) -> list[tuple[str, list[Record]]]:
    """The records by kind, 集体 first, kinds without records left out."""
    out = []
    for kind in KIND_ORDER:
        recs = [r for r in records if (r.kind == kind or (kind == "collective" and r.kind != "individual"))]
        if recs:
            out.append((kind, recs))
    return out


def common_award(records: Sequence[Record]) -> str | None:
    awards = {(r.award or "").strip() for r in records}
    return awards.pop() if len(awards) == 1 and "" not in awards else None


def default_title(records: Sequence[Record], suffix: str) -> str:
    """"全国机关事务工作先进集体名单" when all records share an award, else by kinds."""
    award = common_award(records)
    if award:
        return award + suffix
    kinds = [k for k, _ in split_kinds(records)]
    return "和".join(KIND_LABEL[k] for k in kinds) + suffix


def format_date(value: dt.date | str) -> str:
    """"2026年11月22日": GB/T 9704 7.3.5.4, full year and no leading zeros."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            m = re.fullmatch(r"(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?", text)
            if not m:
                return text
            value = dt.date(int(m[1]), int(m[2]), int(m[3]))
    return f"{value.year}年{value.month}月{value.day}日"


def text_width(text: str) -> float:
    """Width in 3号 characters: Chinese full, ASCII letters and digits half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


CHINESE_NUMERALS = "一二三四五六七八九十"
HANG_MAX = 8  # a continuation indent wider than this would leave too little of the line

# Words a title line must not be broken inside, and whose edges are good places to break.
_TITLE_WORDS = (
    "关于", "拟表彰对象", "拟表彰", "拟推荐", "拟授予", "先进集体", "先进个人", "先进工作者", "劳动模范",
    "模范集体", "模范个人", "的公示", "公示", "名单", "简要事迹", "推荐", "表彰", "工作", "系统", "单位",
    "和", "及", "与",
)


def entry_hang(rec: Record) -> float:
    """The hanging indent of a 名单 line, in characters: an individual's wrapped line goes on
    under the unit (after 姓名（女）and the space), a unit's two characters in."""
    if rec.kind != "individual":
        return 2.0
    head = text_width(display_name(rec.name) + annotation(rec)) + 1
    return head if head <= HANG_MAX else 4.0


def title_lines(title: str, per_line: int) -> list[str]:
    """The title in as few lines of at most ``per_line`` characters as it needs, broken
    between words (never inside 拟表彰, 先进个人 …, nor inside a number), preferring breaks
    at the edges of those words and lines of even length (GB/T 9704 7.3.1: 词意完整，排列对称)."""
    title = title.strip()
    if text_width(title) <= per_line:
        return [title]
    inside: set[int] = set()
    edges: set[int] = set()
    for word in _TITLE_WORDS:
        start = title.find(word)
        while start >= 0:
            end = start + len(word)
            edges |= {start, end}
            inside |= set(range(start + 1, end))
            start = title.find(word, start + 1)
    for m in re.finditer(r"[0-9A-Za-z]+[年届度]*", title):
        inside |= set(range(m.start() + 1, m.end()))
    cuts = [i for i in range(1, len(title)) if i not in inside and title[i] not in "，。、）》”"]
    lines_needed = math.ceil(text_width(title) / per_line)
    best = _best_breaks(title, cuts, edges - inside, per_line, lines_needed)
    if best is None:  # no word boundary fits: break by width
        out, line = [], ""
        for ch in title:
            if text_width(line + ch) > per_line:
                out.append(line)
                line = ""
            line += ch
        return out + [line]
    bounds = [0, *best, len(title)]
    return [title[a:b] for a, b in zip(bounds, bounds[1:])]


def _best_breaks(title: str, cuts: list[int], preferred: set[int], per_line: int, lines: int):
    """The ``lines − 1`` break positions with every line fitting, fewest breaks outside
    ``preferred``, then the most even line lengths; None if none fit."""
    target = text_width(title) / lines
    best = None

    def walk(start: int, left: int, chosen: list[int]) -> None:
        nonlocal best
        if left == 0:
            if text_width(title[start:]) > per_line:
                return
            bounds = [0, *chosen, len(title)]
            widths = [text_width(title[a:b]) for a, b in zip(bounds, bounds[1:])]
            score = (sum(c not in preferred for c in chosen), sum((x - target) ** 2 for x in widths))
            if best is None or score < best[0]:
                best = (score, list(chosen))
            return
        for c in cuts:
            if c > start and text_width(title[start:c]) <= per_line:
                walk(c, left - 1, chosen + [c])

    walk(0, lines - 1, [])
    if best is None and lines < 4:
        return _best_breaks(title, cuts, preferred, per_line, lines + 1)
    return None if best is None else best[1]


def kind_award(subject: str, records: Sequence[Record], kind: str) -> str:
    """The 称号 proposed for the records of one kind in a 公示: the award they all share, or
    the subject's part for that kind ("全国××先进集体和先进个人" → "全国××先进个人"), or
    the subject itself."""
    award = common_award(records)
    if award:
        return award
    if "和" in subject:
        left, _, right = subject.rpartition("和")
        if "集体" in left[-len(right):] and "个人" in right:
            prefix = left[: len(left) - len(right)]
            return left if kind == "collective" else prefix + right
    return subject
