"""Extract: documents → records.

``extract(doc)`` decides whether a document is a list (拟表彰名单, 推荐名单, 汇总表, name-only
lists) or a narrative (one unit's or person's 事迹材料) and returns its records. It keeps the
author's wording; punctuation cleanup is awardtool.validate's visible step.

Order of attempts: forms (label/value tables) → tables (Table blocks, tab-separated lines) →
the better of two readings of the text lines: as a list (each line offered to the entry
shapes of ``names.parse_entry`` — grids, 、 runs, annotated names, posts before or after the
name, profiles, region prefixes — and kept only as coherent runs, see ``namelist``) or as a
narrative about one subject. Every field then gets a confidence and a reason code
(``confidence.score``). The extractor sees only the neutral Document, never a file format.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from awardtool.document import Document, Notice
from awardtool.extract.form import extract_forms
from awardtool.extract.confidence import score
from awardtool.extract.ocr_confidence import apply_ocr_confidence
from awardtool.extract.lines import Line, document_lines
from awardtool.extract.namelist import extract_name_list, heading_text, is_count_line
from awardtool.extract.narrative import extract_narrative
from awardtool.extract.table import extract_table, table_sources, title_rows
from awardtool.extract.text import key
from awardtool.extract.titles import award_from_text, award_from_title, is_title_like, list_title
from awardtool.records import Record
from awardtool.regions import dominant_province, region_group, resolve


@dataclass(slots=True)
class Extraction:
    kind: str = "unknown"  # "list" | "narrative" | "form" (推荐审批表 …) | "unknown"
    title: str | None = None
    records: list[Record] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)


def extract(doc: Document) -> Extraction:
    if doc.error is not None or not doc.blocks:
        return Extraction()
    forms = extract_forms(doc)  # label/value tables: a form, even when it also looks like a list
    if forms is not None:
        result = Extraction("form", *forms)
        for rec in result.records:
            for f in rec.field_sources:
                rec.reasons.setdefault(f, "form_label")
    else:
        lines = document_lines(doc)
        result = _from_tables(doc, lines) or _best_reading(doc, lines)
        if result is None:
            return Extraction(warnings=[Notice("no_records", f"{doc.path}：未能识别出表彰对象（既不是名单表格，也不是事迹材料），请手工录入")])
    for rec in result.records:
        score(rec)
        apply_ocr_confidence(doc, rec)  # scans and photos: as sure as the OCR engine was
    return result


_NAMED_BY = frozenset({"name_line", "subtitle", "profile", "title"})  # a narrative that names its subject
_LIST_SHARE = 0.2  # … and the list lines are under this share of the text


def _best_reading(doc: Document, lines: list[Line]) -> Extraction | None:
    """The list reading of the text lines, or the narrative reading when that explains the
    document better: a list that is a small part of a text naming its own subject (title, name
    line, ——记 subtitle, profile) is a passage of that narrative (…先进个人：张三、李四 in a
    unit's story, the members of an honoured team)."""
    listed = _from_name_list(doc, lines)
    if listed is None:
        return _from_narrative(lines)
    told = _from_narrative(lines)
    if told is None or told.records[0].reasons.get("name") not in _NAMED_BY:
        return listed
    subject = key(told.records[0].name)
    if any(key(r.name) == subject for r in listed.records):
        return listed
    total = sum(len(ln.text) for ln in lines) or 1
    used = {(s.block, s.start) for r in listed.records for s in [r.source, r.field_sources.get("deeds")] if s is not None}
    share = sum(len(ln.text) for ln in lines if (ln.block, ln.start) in used) / total
    return told if share < _LIST_SHARE else listed


def _first_line_at(lines: list[Line], block: int) -> int:
    return next((i for i, ln in enumerate(lines) if ln.block >= block), len(lines))


def _from_tables(doc: Document, lines: list[Line]) -> Extraction | None:
    records: list[Record] = []
    title: str | None = None
    for src in table_sources(doc):
        found = extract_table(doc, src)
        if found is None:
            continue
        recs, header_row = found
        group = _heading_before(lines, src.block)  # 二、先进个人（2名） over the table
        for rec in recs:
            rec.award = rec.award or group
        records.extend(recs)
        if title is None:
            above = [t for t in title_rows(src, header_row) if is_title_like(t, 80) and "填报" not in key(t)]
            title = above[0] if above else list_title(lines, _first_line_at(lines, src.block))
    if not records:
        return None
    _assign_regions(doc, [(r, None) for r in records])
    return Extraction("list", title, records)


def _heading_before(lines: list[Line], block: int) -> str | None:
    """The group heading on the last line before a table, if that line is one."""
    before = [ln for ln in lines if ln.block < block and ln.text.strip()]
    return heading_text(before[-1].text) if before else None


def _from_name_list(doc: Document, lines: list[Line]) -> Extraction | None:
    pairs = extract_name_list(lines)
    if not pairs:
        return None
    first_block = min(r.source.block for r, _ in pairs if r.source)
    first = _first_line_at(lines, first_block)
    first = _skip_headings_back(lines, first, pairs)
    _assign_regions(doc, pairs)
    return Extraction("list", list_title(lines, first), [r for r, _ in pairs])


def _skip_headings_back(lines: list[Line], first: int, pairs: list[tuple[Record, str | None]]) -> int:
    """Move ``first`` back over the grouping headings (北京市, 全国五一劳动奖状) of the first entry."""
    heads = {key(x) for r, h in pairs for x in (r.award, h) if x}
    while first > 0:
        text = lines[first - 1].text
        t = key(text)
        if not t or t in heads or any(t.endswith(h) for h in heads) or is_count_line(text):
            first -= 1
            continue
        head = heading_text(text)  # 一、先进集体（3个）, 建议人选（按姓氏笔画排序）
        if head is not None and key(head) in heads:
            first -= 1
            continue
        break
    return first


def _from_narrative(lines: list[Line]) -> Extraction | None:
    n = extract_narrative(lines)
    if n is None:
        return None
    rec = n.record
    rec.award = award_from_title(n.title, rec.name) if n.title else None
    rec.award = rec.award or award_from_text(rec.deeds)
    own = rec.name if rec.kind == "collective" else rec.position
    region, city = resolve(own) if own else (None, None)
    if region is not None:
        rec.reasons["region"] = "own_city" if city else "own_province"
    else:
        region = dominant_province(rec.deeds, strict=False)
        rec.reasons["region"] = "narrative_text" if region else "not_found"
    rec.region, rec.city = region, city
    return Extraction("narrative", n.title, [rec])


def _assign_regions(doc: Document, pairs: list[tuple[Record, str | None]]) -> None:
    """Region of each list record: its own 所在地区 column, else the region heading it was
    filed under, else the unit's name (a person's: the work unit), else the province of the
    whole list — the one province the document names, or the one nearly all the other records
    are in (a province's own list: 我省…, a 省妇联 公示, a city's list of its honourees)."""
    pending: list[Record] = []
    for rec, heading in pairs:
        province = city = None
        own = rec.name if rec.kind == "collective" else rec.position
        for text, reason in ((rec.region, "region_column"), (heading, "region_heading"), (own, "own"), (rec.position, "own")):
            if text:
                province, city = (region_group(text), None) if reason != "own" and region_group(text) else resolve(text)
                if province:
                    break
        if province and city is None and own:
            own_province, own_city = resolve(own)
            city = own_city if own_province == province else None
        if province is None and rec.region:
            rec.reasons["region"] = "as_written"
            continue  # an unknown region written by the author stays as written
        rec.region = province
        rec.city = rec.city or city
        if province is None:
            pending.append(rec)
        else:
            rec.reasons["region"] = reason if reason != "own" else ("own_city" if city else "own_province")
    if pending:
        text = doc.text()
        reason = "document"
        province = dominant_province(text, strict=True)
        if province is None:
            province, reason = _list_province([r.region for r, _ in pairs if r.region]), "list_majority"
        if province is None and _OWN_LIST.search(text):
            province, reason = dominant_province(text, strict=False), "own_list"
        for rec in pending:
            rec.region = province
            rec.reasons["region"] = reason if province else "not_found"


# How a province's own list speaks of it: 我省, 全省, 经省妇联党组研究, 省总工会决定.
_OWN_LIST = re.compile(r"我省|全省|本省|省(?:妇联|婦聯|总工会|總工會|委|政府|人民政府|文明办|文明委)")
# Share of a list's placed records that must be in one province for the list to be that
# province's own: a national list spreads over many, a regional one strays only by a unit
# or two based elsewhere.
_OWN_LIST_SHARE = 0.8


def _list_province(regions: list[str]) -> str | None:
    """The province nearly all placed records of a list are in, when there are a few."""
    counts = Counter(regions)
    if not counts:
        return None
    top, n = counts.most_common(1)[0]
    return top if n >= 2 and n >= _OWN_LIST_SHARE * len(regions) else None
