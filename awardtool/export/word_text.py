"""How a record is written in a published list: the words, independent of any file format.

The Word writer and its read-back check both use these, so what is checked is what a
record should read as, not what the writer happened to produce.
"""

from __future__ import annotations

import datetime as dt
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
