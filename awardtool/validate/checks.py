"""The clerk's rules for one record: ``check_record`` lists every problem with its field,
exact span, Chinese message and, where the change is safe, the fix."""

from __future__ import annotations

import re

from awardtool.records import TEXT_FIELDS, Record
from awardtool.regions import resolve
from awardtool.validate.chars import count_chars, is_space
from awardtool.validate.findings import Finding, Fix, field_label, finding
from awardtool.validate.names import leading_places, looks_like_person, looks_like_unit
from awardtool.validate.text_rules import safe_edits

_PAIRS = {"“": "”", "《": "》", "（": "）", "【": "】", "‘": "’", "〈": "〉", "「": "」", "『": "』"}
_CLOSERS = {v: k for k, v in _PAIRS.items()}
# Half-width marks pair like their full-width twins here: the punctuation rule fixes their
# width, this rule is about pairing, so "（单位)" is not reported twice.
_AS_WIDE = {"(": "（", ")": "）", "[": "【", "]": "】"}

_DATE_ZERO = re.compile(r"(?<!\d)(?:(\d{4})年)?(0\d)月(?:(\d{1,2})日)?|(?<![\d月])(\d{1,2}月)?(0\d)日")
_TRUNCATED = re.compile(r"(?:\.{3,}|…+|。。。)$")
_ORPHAN_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.、．])$")


def check_record(record: Record, *, word_limit: int | None = None, has_deeds: bool = True) -> list[Finding]:
    """Every finding for one record, field by field in form order."""
    out: list[Finding] = []
    out += _required(record, has_deeds)
    out += _name_shape(record)
    out += _region(record)
    for key in TEXT_FIELDS:
        text = getattr(record, key)
        if not isinstance(text, str) or not text:
            continue
        out += _text_findings(key, text, person_name=key == "name" and record.kind == "individual")
        out += _pairs(key, text)
        if key in ("deeds", "notes"):
            out += _dates(key, text)
            out += _debris(key, text)
    if word_limit and record.deeds:
        out += _length(record.deeds, word_limit)
    return out


def _required(record: Record, has_deeds: bool) -> list[Finding]:
    out = []
    if not (record.name or "").strip():
        label = "姓名" if record.kind == "individual" else "名称"
        out.append(finding("required_missing", "name", 0, len(record.name or ""), f"{label}为空，必须填写"))
    if has_deeds and not (record.deeds or "").strip():
        out.append(finding("required_missing", "deeds", 0, len(record.deeds or ""), "简要事迹为空，必须填写"))
    return out


def _name_shape(record: Record) -> list[Finding]:
    name = record.name or ""
    if not name.strip():
        return []
    if record.kind == "individual" and not looks_like_person(name):
        return [finding("name_not_person", "name", 0, len(name),
                        f"姓名“{name}”不是 2–4 个汉字（少数民族姓名用“·”分隔），请核对是否混入了单位、职务或备注")]
    if record.kind == "collective" and not looks_like_unit(name):
        return [finding("name_not_unit", "name", 0, len(name),
                        f"集体名称“{name}”不以单位名称常用字（局、办公室、中心、科、委员会、公司、大队、班组、学校、医院等）结尾，请核对是否为单位全称")]
    return []


def _region(record: Record) -> list[Finding]:
    """A place written at the start of the name (or an individual's 工作单位) that
    contradicts the record's 所在地区 / 市."""
    if not record.region and not record.city:
        return []
    region = resolve(record.region)[0] if record.region else None
    city = resolve(record.city)[1] if record.city else None
    sources = [("name", record.name or "")]
    if record.kind == "individual" and record.position:
        sources.append(("position", record.position))
    for key, text in sources:
        for p in leading_places(text):
            if region and p.province != region:
                return [finding("region_mismatch", key, p.start, p.end,
                                f"{field_label(key)}以“{text[p.start:p.end]}”开头（属{p.province}），"
                                f"但所在地区填的是“{record.region}”")]
            if city and p.city and p.city != city and (not region or p.province == region):
                return [finding("region_mismatch", key, p.start, p.end,
                                f"{field_label(key)}以“{text[p.start:p.end]}”开头，但所在市填的是“{record.city}”")]
    return []


def _text_findings(key: str, text: str, *, person_name: bool) -> list[Finding]:
    return [
        finding(e.code, key, e.start, e.end, f"{field_label(key)}：{e.message}", Fix(key, e.start, e.end, e.replacement))
        for e in safe_edits(text, person_name=person_name)
    ]


def _pairs(key: str, text: str) -> list[Finding]:
    """Unmatched quotation marks and brackets, per paragraph, at the unmatched mark."""
    out = []
    offset = 0
    for line in text.split("\n"):
        stack: list[tuple[str, int]] = []
        lone: list[int] = []
        for i, raw in enumerate(line):
            ch = _AS_WIDE.get(raw, raw)
            if raw == '"':  # a straight quote closes an open “ or opens one
                ch = "”" if stack and stack[-1][0] == "“" else "“"
            if raw == "'":
                ch = "’" if stack and stack[-1][0] == "‘" else "‘"
            if ch in _PAIRS:
                stack.append((ch, i))
            elif ch in _CLOSERS:
                if stack and stack[-1][0] == _CLOSERS[ch]:
                    stack.pop()
                elif any(o == _CLOSERS[ch] for o, _ in stack):
                    while stack[-1][0] != _CLOSERS[ch]:  # the opener in between was never closed
                        lone.append(stack.pop()[1])
                    stack.pop()
                else:
                    lone.append(i)
        lone.extend(i for _, i in stack)
        for i in sorted(lone):
            if line[i] == "'":
                continue  # an apostrophe, not a quotation mark
            mark = line[i]
            ctx = line[max(0, i - 8) : i + 9]
            out.append(finding("unbalanced_pair", key, offset + i, offset + i + 1,
                               f"{field_label(key)}：“{mark}”没有配对（…{ctx}…），请补齐或删除"))
        offset += len(line) + 1
    return out


def _dates(key: str, text: str) -> list[Finding]:
    out = []
    for m in _DATE_ZERO.finditer(text):
        shown = m.group(0)
        right = re.sub(r"(?<![\d])0(\d)(?=[月日])", r"\1", shown)
        out.append(finding("date_leading_zero", key, m.start(), m.end(),
                           f"{field_label(key)}：日期“{shown}”的月、日不编虚位，应写作“{right}”"))
    return out


def _debris(key: str, text: str) -> list[Finding]:
    """Extraction leftovers a person must judge: a preview cut off with …, a paragraph that
    repeats, a lone section number left by a broken line."""
    out = []
    lines = text.split("\n")
    starts = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    seen: dict[str, int] = {}
    for line, start in zip(lines, starts):
        body = line.strip()
        if not body:
            continue
        lead = len(line) - len(line.lstrip())
        m = _TRUNCATED.search(body)
        if m:
            stem = body[: m.start()]
            repeats = len(stem) >= 10 and text.count(stem) > 1
            what = "是后文的重复预览" if repeats else "以省略号结尾，疑似被截断"
            out.append(finding("truncated_text", key, start + lead + m.start(), start + lead + len(body),
                               f"{field_label(key)}：段落“{body[:12]}…”{what}，请核对原文"))
        if len(body) >= 10 and body in seen:
            out.append(finding("repeated_line", key, start, start + len(line),
                               f"{field_label(key)}：段落“{body[:12]}…”与前文重复"))
        seen.setdefault(body, start)
        if _ORPHAN_NUMBER.match(body):
            out.append(finding("orphan_numbering", key, start + lead, start + lead + len(body),
                               f"{field_label(key)}：单独一行的序号“{body}”，疑似换行错误，请与下一行合并或删除"))
    return out


def _length(deeds: str, limit: int) -> list[Finding]:
    n = count_chars(deeds)
    if n <= limit:
        return []
    counted = 0
    cut = len(deeds)
    for i, ch in enumerate(deeds):
        if not (is_space(ch) or ch in "\n\r"):
            counted += 1
            if counted > limit:
                cut = i
                break
    return [finding("deeds_too_long", "deeds", cut, len(deeds), f"简要事迹 {n} 字，超过 {limit} 字上限")]
