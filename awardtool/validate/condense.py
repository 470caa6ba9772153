"""Draft a 简要事迹 within N 字 from a long 事迹材料, using the document's own structure.

A clerk condenses a narrative by keeping its summary sentence (the unit's goal or overall
result) and the headline of each section (一、… / （一）… / 一是…), then, if room is left,
each section's lead sentence. The draft only selects whole sentences and headings from the
text and joins them — it never cuts a sentence or adds words (a heading without a final
mark gets "。" so the joined draft reads as sentences). Deterministic: the same text and
limit always give the same draft.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from awardtool.validate.chars import count_chars
from awardtool.validate.text_rules import markup_edits

_NUM = "一二三四五六七八九十"
_STYLES = (
    re.compile(rf"^([{_NUM}]+)、"),
    re.compile(rf"^[（(]([{_NUM}]+)[)）]"),
    re.compile(rf"^(?:其)?([{_NUM}]+)是"),
)
_SENTENCE = re.compile(r".*?(?:[。！？!?]+[”’」』）)》]*|$)", re.S)
_ENDS = tuple("。！？!?”’」』）)》")
_PREVIEW = re.compile(r"(?:\.{3,}|…+)$")
_ORPHAN = re.compile(rf"^(?:[{_NUM}]+、|[（(][{_NUM}]+[)）]|\d{{1,2}}[.、．])$")


def _number(s: str) -> int:
    """一 → 1 … 十九 → 19 (section numbers only)."""
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _NUM.index(s[1]) + 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_NUM.index(tens) + 1) * 10 + (_NUM.index(ones) + 1 if ones else 0)
    return _NUM.index(s) + 1 if len(s) == 1 else 0


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(paragraph) if s.strip()]


@dataclass
class _Section:
    head: str | None
    body: list[str] = field(default_factory=list)


def _strip_markup(text: str) -> str:
    for e in reversed(markup_edits(text)):
        text = text[: e.start] + e.replacement + text[e.end :]
    return text


def _paragraphs(deeds: str) -> list[str]:
    out = []
    for line in _strip_markup(deeds).split("\n"):
        line = line.strip(" \t\u3000\xa0")
        if line and not _PREVIEW.search(line) and not _ORPHAN.match(line):
            out.append(line)
    return out


def _split(paragraphs: list[str]) -> tuple[list[str], list[_Section]]:
    """(opening paragraphs, sections) by the first numbering style that numbers at least two
    sections 一, 二, … in order; a stray "三、四级责任人…" out of sequence stays body text."""
    for style in _STYLES:
        starts, expect = [], 1
        for i, p in enumerate(paragraphs):
            m = style.match(p)
            if m and p[m.end() :].strip() and _number(m.group(1)) == expect:
                starts.append(i)
                expect += 1
        if len(starts) >= 2:
            break
    else:  # no numbered sections: each later paragraph is a section led by its first sentence
        starts = list(range(1, len(paragraphs)))
    opening = paragraphs[: starts[0]] if starts else paragraphs
    sections = []
    for k, s in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(paragraphs)
        first = sentences(paragraphs[s])
        if len(first) == 1 and not paragraphs[s].endswith(_ENDS) and len(first[0]) <= 60:
            sec = _Section(first[0])  # a heading line of its own
        else:
            sec = _Section(first[0], first[1:])
        for p in paragraphs[s + 1 : end]:
            sec.body.extend(sentences(p))
        sections.append(sec)
    return opening, sections


def _opening_sentences(opening: list[str]) -> list[str]:
    """The opening's sentences, after the title lines (lines without a final mark that come
    before the first real sentence: 评选材料 titles, the unit's name)."""
    content = [p for p in opening if p.endswith(_ENDS) or len(p) > 40]
    return [s for p in content for s in sentences(p)]


def _as_sentence(text: str) -> str:
    return text if text.endswith(_ENDS) else text + "。"


def condense(deeds: str, limit: int) -> str:
    """A draft 简要事迹 of at most ``limit`` 字 (count_chars): the opening's key sentence,
    each section's headline, then round by round each section's next sentence while it fits
    (a section whose next sentence does not fit stops there, so no section skips ahead).
    Returns "" when not even one sentence fits."""
    if count_chars(deeds) <= limit:
        return deeds
    paragraphs = _paragraphs(deeds)
    opening, sections = _split(paragraphs)
    lead = _opening_sentences(opening)
    if not sections and len(lead) > 1:  # one paragraph: its sentences are the material
        sections = [_Section(None, lead[1:])]
        lead = lead[:1]
    used = 0
    chosen_lead: list[int] = []
    heads: list[bool] = [False] * len(sections)
    bodies: list[list[int]] = [[] for _ in sections]

    def fits(text: str) -> bool:
        return used + count_chars(text) <= limit

    # 1. the key sentence: the first of the opening that fits
    for i, s in enumerate(lead):
        if fits(s):
            chosen_lead.append(i)
            used += count_chars(s)
            break
    # 2. every section's headline
    for k, sec in enumerate(sections):
        if sec.head is not None and fits(_as_sentence(sec.head)):
            heads[k] = True
            used += count_chars(_as_sentence(sec.head))
    # 3. round by round, each section's next sentence, then the opening's next one
    cursor = [0] * len(sections)
    lead_cursor = chosen_lead[0] + 1 if chosen_lead else len(lead)
    while True:
        added = False
        for k, sec in enumerate(sections):
            if (sec.head is not None and not heads[k]) or cursor[k] >= len(sec.body):
                continue
            s = sec.body[cursor[k]]
            if fits(s):  # a section reads on in order: once a sentence misses, it stops
                bodies[k].append(cursor[k])
                used += count_chars(s)
                cursor[k] += 1
                added = True
            else:
                cursor[k] = len(sec.body)
        if lead_cursor < len(lead):
            s = lead[lead_cursor]
            if fits(s):
                chosen_lead.append(lead_cursor)
                used += count_chars(s)
                lead_cursor += 1
                added = True
            else:
                lead_cursor = len(lead)
        if not added:
            break
    lines = []
    if chosen_lead:
        lines.append("".join(lead[i] for i in sorted(chosen_lead)))
    for k, sec in enumerate(sections):
        parts = [_as_sentence(sec.head)] if heads[k] else []
        parts += [sec.body[i] for i in bodies[k]]
        if parts:
            lines.append("".join(parts))
    return "\n".join(lines)
