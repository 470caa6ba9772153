"""How sure the extractor is of each field, and why.

Every path that fills a field leaves a reason code in ``record.reasons`` (``table_column``,
``region_heading``, ``body_mentions`` …). ``score`` turns the code into a base confidence and
checks the value itself: a person's name that is not a surname and one to three characters,
a unit's name without a unit ending, deeds of a few characters or ending mid-sentence, a region
guessed from the document rather than the record's own text all score lower. The window marks
fields under ``UNCERTAIN`` for review; ``benchmarks/score_samples.py`` checks that wrong records
score lower than right ones.
"""

from __future__ import annotations

import re

from awardtool.extract.names import is_person_name, unit_suffix
from awardtool.extract.text import ends_sentence, han_count, key
from awardtool.records import Record
from awardtool.vocab import NAME_SAFE_ENDINGS, surnames

UNCERTAIN = 0.8  # fields scoring below this are marked for review

# Base confidence of each way a field is found. A code not listed here scores DEFAULT.
BASE: dict[str, float] = {
    # name
    "table_column": 0.97,  # the 姓名/单位名称 column of a table
    "form_label": 0.95,  # a labelled field of a form
    "list_entry": 0.93,  # an entry of a run of list entries
    "lone_entry": 0.8,  # the only entry under a heading
    "name_line": 0.92,  # a narrative's own name line under its title
    "subtitle": 0.92,  # ——记某某
    "profile": 0.92,  # 张三，男，汉族，…
    "title": 0.85,  # named in the title (…获评…, …先进事迹材料)
    "body_mentions": 0.55,  # the unit or person the body mentions most
    # region
    "region_column": 0.97,  # the document's own 所在地区 column
    "region_heading": 0.95,  # the region heading or prefix the entry is filed under
    "own_province": 0.93,  # the record's own name or post writes the province
    "own_city": 0.88,  # … or a city or county of it
    "document": 0.8,  # the one province the whole document names
    "list_majority": 0.75,  # the province nearly all other records of the list are in
    "own_list": 0.7,  # a province's own list (我省, 省妇联) without the record saying where
    "narrative_text": 0.6,  # the province a narrative's text names most
    "as_written": 0.6,  # a region the author wrote that is no known division
    "not_found": 0.0,
    # deeds
    "entry_inline": 0.9,  # written on the entry's own line (名称：事迹…)
    "entry_paragraphs": 0.85,  # the paragraphs after the entry, up to the next one
    "narrative_body": 0.85,  # the body of a narrative, chrome removed
    # person fields
    "annotation": 0.95,  # 姓名（女，朝鲜族）
    "profile_sentence": 0.9,  # 男，汉族，1975年3月生 … 现任…
    "entry_post": 0.88,  # the post beside the name
    "extracted": 0.85,
}
DEFAULT = BASE["extracted"]
_NOT_IN_NAMES = re.compile(r"[“”\"'《》—:：，。；！？!?]|--")
_FIELDS = ("name", "region", "city", "deeds", "gender", "ethnicity", "birth", "politics", "position", "award")


def score(rec: Record) -> None:
    """Fill ``rec.confidence`` (and a reason for every scored field without one)."""
    rec.reasons.setdefault("region", "not_found" if not rec.region else "extracted")
    for f in _FIELDS:
        value = getattr(rec, f)
        if not value and f != "region":
            continue
        reason = rec.reasons.setdefault(f, "extracted")
        c = BASE.get(reason, DEFAULT)
        if f == "name":
            c *= _name_factor(rec)
        elif f == "deeds":
            c *= _deeds_factor(rec.deeds)
        elif f == "position" and value and (value.endswith(("、", "，", ",")) or not han_count(value) >= 4):
            c *= 0.8  # cut off, or too short to be a post
        rec.confidence[f] = round(c, 2)


def _name_factor(rec: Record) -> float:
    """How much the name itself looks like what the record says it is."""
    k = key(rec.name)
    if _NOT_IN_NAMES.search(k):
        return 0.6  # quotes, dashes, sentence marks: a title or a phrase, not a name
    if rec.kind == "individual":
        if not is_person_name(rec.name):
            return 0.7  # a minority name without a dot, or not a name at all
        if len(k) == 4 and k[:2] not in surnames()[1]:
            return 0.85  # four characters without a compound surname: perhaps a name and one more
        return 1.0
    ending = unit_suffix(k)
    if ending is None:
        return 0.6
    if len(ending) == 1 and ending in NAME_SAFE_ENDINGS:
        return 0.85
    return 0.8 if len(k) > 45 else 1.0


def _deeds_factor(deeds: str) -> float:
    n = han_count(deeds)
    if n < 20:
        return 0.6
    return 1.0 if ends_sentence(deeds) else 0.85  # a text that stops mid-sentence may be cut
