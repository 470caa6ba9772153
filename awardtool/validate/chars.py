"""Character classes the rules share, and the clerk's way of counting 字数.

"Chinese context" decides whether a half-width mark or a space is a mistake: next to a
Chinese character or a full-width mark it is; between Latin words or digits it is not.
"""

from __future__ import annotations

# Spaces a Word/web source leaves in text; line breaks are paragraph structure, not spaces.
SPACES = frozenset(" \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff\u202f\u205f")

# Full-width / CJK punctuation that counts as Chinese context.
_WIDE_PUNCT = frozenset("，。、；：？！（）【】《》〈〉「」『』“”‘’…—～·")


def is_space(ch: str) -> bool:
    return ch in SPACES or (ch.isspace() and ch not in "\n\r")


def is_cjk(ch: str) -> bool:
    """A Chinese character (CJK unified ideographs, extensions and compatibility forms)."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x20000 <= o <= 0x3134F
        or 0xF900 <= o <= 0xFAFF
        or o == 0x3007  # 〇
    )


def is_wide(ch: str | None) -> bool:
    """Chinese context: a Chinese character or a full-width mark."""
    if not ch:
        return False
    if is_cjk(ch) or ch in _WIDE_PUNCT:
        return True
    o = ord(ch)
    return 0x3000 < o <= 0x303F or (0xFF01 <= o <= 0xFF60 and not ch.isalnum())


def is_word_char(ch: str) -> bool:
    """The characters a cleanup must never touch: Chinese, digits, letters."""
    return is_cjk(ch) or ch.isalnum()


def count_chars(text: str) -> int:
    """字数 as clerks count it: every Chinese character, letter, digit and punctuation mark;
    spaces and line breaks are not counted."""
    return sum(1 for ch in text if not (is_space(ch) or ch in "\n\r"))
