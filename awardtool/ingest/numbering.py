"""Word's automatic numbering, rendered as the visible text Word shows (一、 （一） 1. ①).

Clerks' documents number their sections and list items with Word's numbering, which is not
in the paragraph text at all: it lives in numbering.xml as a format (chineseCounting,
decimal …) and a level text ("%1、"). Without it "一、先进集体" would read as "先进集体" and a
"1. 张三" list would lose its sequence numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = W + "val"

_CN_DIGITS = "〇一二三四五六七八九"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def chinese_counting(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 105 → 一百零五 (as Word's chineseCounting)."""
    if n <= 0:
        return str(n)
    if n >= 10000:
        return str(n)
    out = []
    units = ((1000, "千"), (100, "百"), (10, "十"))
    zero = False
    for value, unit in units:
        d, n = divmod(n, value)
        if d:
            if zero:
                out.append("零")
                zero = False
            if not (unit == "十" and d == 1 and not out):
                out.append(_CN_DIGITS[d])
            out.append(unit)
        elif out:
            zero = True
    if n:
        if zero:
            out.append("零")
        out.append(_CN_DIGITS[n])
    return "".join(out)


def _letters(n: int, upper: bool) -> str:
    # Word repeats the letter: a … z, aa … zz, aaa …
    if n <= 0:
        return str(n)
    ch = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return ch.upper() if upper else ch


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "chineseLegalSimplified", "ideographDigital"):
        return chinese_counting(n)
    if fmt == "ideographTraditional":
        return _TIANGAN[(n - 1) % 10] if n > 0 else str(n)
    if fmt == "ideographZodiac":
        return _DIZHI[(n - 1) % 12] if n > 0 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return _letters(n, True)
    if fmt == "lowerLetter":
        return _letters(n, False)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "none":
        return ""
    return str(n)  # decimal and anything we do not know


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    suffix: str = "tab"


@dataclass(slots=True)
class Numbering:
    """The definitions from numbering.xml plus the running counters while reading a body."""

    nums: dict[str, dict[int, Level]] = field(default_factory=dict)
    counters: dict[str, list[int | None]] = field(default_factory=dict)

    @classmethod
    def parse(cls, root: etree._Element) -> Numbering:
        abstract: dict[str, dict[int, Level]] = {}
        for an in root.iterchildren(W + "abstractNum"):
            abstract[an.get(W + "abstractNumId")] = _levels(an)
        nums: dict[str, dict[int, Level]] = {}
        for num in root.iterchildren(W + "num"):
            ref = num.find(W + "abstractNumId")
            levels = dict(abstract.get(ref.get(_VAL), {})) if ref is not None else {}
            for ov in num.iterchildren(W + "lvlOverride"):
                ilvl = int(ov.get(W + "ilvl", "0"))
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                so = ov.find(W + "startOverride")
                if so is not None:
                    base = levels.get(ilvl, Level())
                    levels[ilvl] = Level(int(so.get(_VAL, "1")), base.fmt, base.text, base.suffix)
            nums[num.get(W + "numId")] = levels
        return cls(nums)

    def next_label(self, num_id: str, ilvl: int) -> str:
        """Advance the counter of (num_id, ilvl) and return the visible label with its
        separator ("一、", "（二）", "3. "); "" when the paragraph is not really numbered."""
        levels = self.nums.get(num_id)
        if not levels or num_id == "0":
            return ""
        lvl = levels.get(ilvl)
        if lvl is None:
            return ""
        counts = self.counters.setdefault(num_id, [None] * 9)
        if not 0 <= ilvl < 9:
            return ""
        counts[ilvl] = lvl.start if counts[ilvl] is None else counts[ilvl] + 1
        for deeper in range(ilvl + 1, 9):  # a higher level restarts the ones below it
            counts[deeper] = None
        label = lvl.text
        for k in range(ilvl + 1):
            token = f"%{k + 1}"
            if token in label:
                klvl = levels.get(k, Level())
                value = counts[k] if counts[k] is not None else klvl.start
                label = label.replace(token, format_number(value, klvl.fmt))
        if lvl.fmt == "bullet":
            label = "•" if not label or not label.isprintable() or "\uf000" <= label[0] <= "\uf8ff" else label
            return label + " "
        if not label:
            return ""
        if lvl.suffix == "nothing" or label[-1] in "、）)．：:":
            return label
        return label + " "


def _levels(an: etree._Element) -> dict[int, Level]:
    return {int(lvl.get(W + "ilvl", "0")): _level(lvl) for lvl in an.iterchildren(W + "lvl")}


def _level(lvl: etree._Element) -> Level:
    out = Level()
    for child in lvl:
        tag = child.tag
        if tag == W + "start":
            out.start = int(child.get(_VAL, "1") or 1)
        elif tag == W + "numFmt":
            out.fmt = child.get(_VAL, "decimal")
        elif tag == W + "lvlText":
            out.text = child.get(_VAL, "")
        elif tag == W + "suff":
            out.suffix = child.get(_VAL, "tab")
    return out
