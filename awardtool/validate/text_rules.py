"""The safe text rules: web markup, stray spaces and half-width punctuation in Chinese text.

Each rule proposes ``Edit``s on one field's text. The checks turn them into findings with a
one-click fix, and the cleanup applies them, so what the window offers and what
``awardtool check --fix`` does are the same edits. The rules only ever touch markup,
spaces and punctuation: Chinese characters, digits and letters are never changed (markup
removal deletes the tag's own letters, nothing else).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from awardtool.validate.chars import is_space, is_wide

FULLWIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str
    code: str
    message: str


# ---------------------------------------------------------------- markup

_BLOCK_TAGS = frozenset(
    "p div br li tr h1 h2 h3 h4 h5 h6 table tbody ul ol section article blockquote hr dd dt".split()
)
_INLINE_TAGS = frozenset(
    "span font b i u s a em strong sup sub small big strike del ins mark label center td th "
    "thead tfoot img code pre html head body title meta link input abbr cite q nobr wbr".split()
)
_TAG = re.compile(
    r"<!--.*?-->"
    r"|<(?P<skip>style|script)\b[^>]*>.*?</(?P=skip)\s*>"
    r"|</?(?P<ns>[A-Za-z]+:)?(?P<name>[A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>",
    re.S | re.I,
)
_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,9}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _is_markup(m: re.Match) -> tuple[bool, bool]:
    """(is markup, breaks a paragraph) for one ``_TAG`` match."""
    if m.group(0).startswith("<!--") or m.group("skip"):
        return True, False
    name = m.group("name").lower()
    if m.group("ns"):  # Word's HTML: <o:p>, <st1:chsdate …>
        return True, False
    if name in _BLOCK_TAGS:
        return True, True
    return name in _INLINE_TAGS, False


def markup_edits(text: str) -> list[Edit]:
    """Tags (runs of tags and the spaces between them become one edit: a line break where a
    block tag separated two pieces of text, else nothing) and HTML entities."""
    edits: list[Edit] = []
    tags = []
    for m in _TAG.finditer(text):
        markup, block = _is_markup(m)
        if markup:
            tags.append((m.start(), m.end(), block))
    i = 0
    while i < len(tags):
        start, end, block = tags[i]
        j = i + 1
        while j < len(tags) and all(is_space(c) for c in text[end : tags[j][0]]):
            end, block = tags[j][1], block or tags[j][2]
            j += 1
        before = text[start - 1] if start > 0 else "\n"
        after = text[end] if end < len(text) else "\n"
        repl = "\n" if block and before not in "\n\r" and after not in "\n\r" else ""
        shown = text[start:end] if end - start <= 40 else text[start : start + 37] + "…"
        edits.append(Edit(start, end, repl, "markup_debris", f"残留网页标记“{shown}”，应删除"))
        i = j
    taken = [(s, e) for s, e, _ in tags]
    for m in _ENTITY.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        value = html.unescape(m.group(0))
        if value == m.group(0):
            continue
        if value in ("\xa0", "\u2002", "\u2003", "\u2009"):
            value = " "
        edits.append(Edit(m.start(), m.end(), value, "markup_debris",
                          f"残留网页转义符“{m.group(0)}”，应为“{value}”"))
    edits.sort(key=lambda e: e.start)
    return edits


# ---------------------------------------------------------------- spaces

_SPACE_RUN = re.compile(r"[^\S\n\r]+|[\u200b\ufeff]+")


def space_edits(text: str, *, person_name: bool = False) -> list[Edit]:
    """Spaces at the start or end of a line, and spaces next to Chinese text (``2020 年``,
    ``100 余项``). Spaces between two Latin words or numbers stay. In a person's name the
    spaces are list-alignment padding (田　华) and are removed with their own code."""
    edits = []
    for m in _SPACE_RUN.finditer(text):
        s, e = m.start(), m.end()
        left = text[s - 1] if s > 0 else None
        right = text[e] if e < len(text) else None
        at_edge = left in (None, "\n", "\r") or right in (None, "\n", "\r")
        if at_edge:
            edits.append(Edit(s, e, "", "edge_space", "行首或行尾有多余空格，应删除"))
        elif person_name:
            edits.append(Edit(s, e, "", "name_padding", "姓名中的空格是名单排版对齐用的，姓名本身不含空格，应删除"))
        elif is_wide(left) or is_wide(right) or m.group(0) in ("\u200b", "\ufeff"):
            before = text[max(0, s - 4) : s].rsplit("\n", 1)[-1]
            after = text[e : e + 4].split("\n", 1)[0]
            gap = "全角空格" if "\u3000" in m.group(0) else " "
            context = f"{before}{gap}{after}"
            edits.append(Edit(s, e, "", "cjk_space", f"“{context}”：中文与数字、字母或中文之间不应有空格，应删除"))
    return edits


# ---------------------------------------------------------------- punctuation

_PROTECTED = re.compile(
    r"(?:https?|ftp)://[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]+"
    r"|www\.[A-Za-z0-9.-]+[^\s\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’]*"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",
)


def _near(text: str, i: int, step: int) -> str | None:
    """The nearest non-space character from ``i`` in direction ``step`` on the same line."""
    while 0 <= i < len(text):
        ch = text[i]
        if ch in "\n\r":
            return None
        if not is_space(ch):
            return ch
        i += step
    return None


def _has_wide(s: str) -> bool:
    return any(is_wide(c) for c in s)


def _pair_quotes(line: str, straight: str, opener: str, closer: str) -> list[tuple[int, int | None]]:
    """Pairs (open, close) of quotes on one line where at least one side is ``straight``;
    close is None for an opening straight quote that is never closed. Curly quotes set the
    state, so ``“五个坚持"`` pairs the straight quote as the closer."""
    pairs: list[tuple[int, int | None]] = []
    open_at: int | None = None
    for i, ch in enumerate(line):
        if ch == opener:
            open_at = i
        elif ch == closer:
            if open_at is not None and line[open_at] == straight:
                pairs.append((open_at, i))
            open_at = None
        elif ch == straight:
            if open_at is None:
                open_at = i
            else:
                pairs.append((open_at, i))
                open_at = None
    if open_at is not None and line[open_at] == straight:
        pairs.append((open_at, None))
    return pairs


def _paren_pairs(line: str) -> tuple[list[tuple[int, int]], list[int]]:
    stack: list[int] = []
    pairs, lone = [], []
    for i, ch in enumerate(line):
        if ch in "(（":
            stack.append(i)
        elif ch in ")）":
            if stack:
                pairs.append((stack.pop(), i))
            else:
                lone.append(i)
    lone.extend(stack)
    return pairs, lone


def punct_edits(text: str) -> list[Edit]:
    """Half-width , : ; ? ! ( ) and straight quotes in Chinese context → full-width. Numbers
    (1,000 · 10:30), URLs, e-mail addresses and Latin text keep their marks."""
    protected = [(m.start(), m.end()) for m in _PROTECTED.finditer(text)]

    def free(i: int) -> bool:
        return not any(s <= i < e for s, e in protected)

    out: dict[int, str] = {}
    offset = 0
    for line in text.split("\n"):
        base = offset
        offset += len(line) + 1

        def near(i: int, step: int) -> str | None:
            return _near(text, base + i, step)

        for i, ch in enumerate(line):
            if ch in ",:;?!" and free(base + i):
                left, right = near(i - 1, -1), near(i + 1, 1)
                if ch in ",:" and left and right and left.isdigit() and right.isdigit():
                    continue
                if is_wide(left) or is_wide(right):
                    out[base + i] = FULLWIDTH[ch]
        pairs, lone = _paren_pairs(line)
        for a, b in pairs:
            # Chinese when the content is, or the mark before "(" is ("见附件(1)"); at the start of a
            # line the text after ")" decides ("(1)完成…"). "函数f(x)的" stays: f(x) is Latin.
            mixed = line[a] == "（" or line[b] == "）"
            before = near(a - 1, -1)
            if mixed or _has_wide(line[a + 1 : b]) or is_wide(before) or (before is None and is_wide(near(b + 1, 1))):
                for k in (a, b):
                    if line[k] in "()" and free(base + k):
                        out[base + k] = FULLWIDTH[line[k]]
        for k in lone:
            if line[k] in "()" and free(base + k) and (is_wide(near(k - 1, -1)) or is_wide(near(k + 1, 1))):
                out[base + k] = FULLWIDTH[line[k]]
        for straight, opener, closer, loose in (('"', "“", "”", True), ("'", "‘", "’", False)):
            for a, b in _pair_quotes(line, straight, opener, closer):
                if b is None:
                    chinese = loose and (is_wide(near(a - 1, -1)) or is_wide(near(a + 1, 1)))
                else:
                    mixed = line[a] != straight or line[b] != straight
                    inner = _has_wide(line[a + 1 : b])
                    chinese = mixed or inner or (loose and (is_wide(near(a - 1, -1)) or is_wide(near(b + 1, 1))))
                if chinese:
                    if line[a] == straight and free(base + a):
                        out[base + a] = opener
                    if b is not None and line[b] == straight and free(base + b):
                        out[base + b] = closer
    return [
        Edit(i, i + 1, new, "halfwidth_punct", f"中文中的半角“{text[i]}”应为全角“{new}”")
        for i, new in sorted(out.items())
    ]


def safe_edits(text: str, *, person_name: bool = False) -> list[Edit]:
    """All safe edits for one field's text, non-overlapping, in text order. Where rules
    overlap the earlier rule wins (markup, then spaces, then punctuation); the cleanup
    repeats until nothing changes, so the rest is handled on the next round."""
    chosen: list[Edit] = []
    for edit in sorted(
        markup_edits(text) + space_edits(text, person_name=person_name) + punct_edits(text),
        key=lambda e: e.start,
    ):
        if chosen and edit.start < chosen[-1].end:
            continue
        chosen.append(edit)
    return chosen
