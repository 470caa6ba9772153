"""Labels of nomination forms (推荐审批表, 推荐表, 登记表, 申报表), recognised by meaning.

A form label is written every way a clerk's template writes it: with padding (``姓  名``),
wrapped over lines, one character per line (``主\\n要\\n事\\n迹``), with a note in brackets
(``主要事迹（1500字以内）``) or a colon. All of these come down to the same comparison key
(no spaces or line breaks, half width, simplified), which is looked up in the one field
vocabulary, awardtool.fields: the header words of FIELDS, the FORM_OTHER_LABELS that name
no field, and the FORM_OPINION_ENDINGS of the opinion and signature rows.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from awardtool.extract.text import key
from awardtool.fields import FIELDS, FORM_OPINION_ENDINGS, FORM_OTHER_LABELS

OTHER = "_other"  # a label that names no record field (照片, 联系电话 …)
OPINION = "_opinion"  # an opinion or signature row (所在单位意见, 审批意见, 盖章 …)

# Fields that are not form labels even though lists use them as column headers: a cell of a
# form that reads 序号 or 类别 is a value (a category ticked or written in), not a label.
_NOT_FORM_FIELDS = {"seq", "kind"}
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]{0,30}[)）\]】]")
_COLON = re.compile(r"[:：]+$")
# The longest label we accept, without its bracketed note: 工作单位及职务职级 and the like.
_MAX_LABEL = 14
# Deeds labels carry free endings: 主要事迹及贡献, 主要先进事迹（不超过1500字）.
_DEEDS_STEMS = ("主要事迹", "先进事迹", "事迹简介", "主要成绩", "主要业绩", "简要事迹")


@cache
def _vocabulary() -> dict[str, str]:
    """Comparison key → field key (or OTHER) for every label word of awardtool.fields."""
    vocab: dict[str, str] = {}
    for label in FORM_OTHER_LABELS:
        vocab[key(label)] = OTHER
    for spec in FIELDS:
        if spec.key in _NOT_FORM_FIELDS:
            continue
        for word in (*spec.headers, spec.label_zh):
            vocab.setdefault(key(word), spec.key)
            vocab.setdefault(_bare(key(word)), spec.key)
    vocab.pop("", None)
    return vocab


@cache
def _list_words() -> frozenset[str]:
    """序号, 类别 …: header words of a list that are no form labels."""
    return frozenset(key(w) for spec in FIELDS if spec.key in _NOT_FORM_FIELDS for w in (*spec.headers, spec.label_zh))


def header_word(text: str) -> bool:
    """A cell that may stand in a list's header row: a label, or 序号 / 类别."""
    return label_of(text) is not None or key(text) in _list_words()


def _bare(k: str) -> str:
    return _COLON.sub("", _BRACKETS.sub("", k))


def label_of(text: str) -> str | None:
    """The field key a form cell's text labels, OTHER, OPINION, or None when it is a value.

    Only whole cells are labels: ``主要事迹`` is, ``主要事迹如下：……`` (prose) is not."""
    if not text or len(text) > 80:
        return None  # prose: not worth keying
    return label_for_key(key(text))


@lru_cache(maxsize=1 << 12)  # the same header cells come again in every document of a batch
def label_for_key(k: str) -> str | None:
    """``label_of`` for text already turned into its comparison key."""
    if not k or len(k) > 40:
        return None
    bare = _bare(k) or _bare(re.sub(r"[()\[\]【】]", "", k))  # （照片）: a label in brackets
    if not bare or len(bare) > _MAX_LABEL:
        return None
    if "照片" in bare and len(bare) <= 8:
        return OTHER
    vocab = _vocabulary()
    for candidate in (k, _COLON.sub("", k), bare):
        if candidate in vocab:
            return vocab[candidate]
    if len(bare) >= 4 and bare.endswith(FORM_OPINION_ENDINGS) and not re.search(r"[，。；,;]", bare):
        return OPINION
    if bare.startswith(_DEEDS_STEMS) and len(bare) <= 10:
        return "deeds"
    return None


def cell_label(text: str, ocr: bool = False) -> str | None:
    """``label_of`` for a form cell. An OCR'd cell (``ocr``) may also be a label of four or more
    characters read with one character wrong (曾获何种奖励 read as 會获何种奖励): the engine
    confuses look-alike glyphs, and a long label is unambiguous with one character off."""
    found = label_of(text)
    if found is not None or not ocr:
        return found
    return _near_label(key(text))


@lru_cache(maxsize=1 << 12)
def _near_label(k: str) -> str | None:
    bare = _bare(k)
    if not 4 <= len(bare) <= _MAX_LABEL:
        return None
    hits = {
        fld for word, fld in _vocabulary().items()
        if len(word) == len(bare) and sum(a != b for a, b in zip(word, bare)) == 1
    }
    return hits.pop() if len(hits) == 1 else None


def label_before(text: str, end: int, start: int = 0) -> tuple[int, str] | None:
    """The longest label that ends at ``end`` in ``text`` (a colon follows it) and starts at or
    after ``start``: (its start, its field key). Keyed one character at a time, so trying
    every start costs one dictionary look-up each."""
    found = None
    suffix = ""
    for s in range(end - 1, max(start, end - 24) - 1, -1):
        ch = text[s]
        if ch.isspace():
            continue
        suffix = key(ch) + suffix
        fld = label_for_key(suffix)
        if fld is not None:
            found = (s, fld)
    return found


def opinion_cell(text: str) -> bool:
    """A cell that holds an opinion with its label in front (``所在单位意见：同意推荐。（盖章）``)
    or only the stamp and date lines: nothing in it is a field."""
    lines = [ln for ln in (text or "").splitlines() if ln.strip()]
    if not lines:
        return False
    head = _bare(key(re.split(r"[:：]", lines[0], maxsplit=1)[0]))
    if head.endswith(FORM_OPINION_ENDINGS) and len(head) <= 16:
        return True
    joined = _bare(key("".join(lines[:4])))  # 所在单位 / 意见 on two lines, then the opinion
    if any(0 < joined.find(end) <= 14 for end in ("意见",)):
        return True
    return all(is_signature_line(ln) for ln in lines)


_DATE_LINE = re.compile(r"^(?:\d{2,4}|[〇○零一二三四五六七八九十]{2,4})?年(?:\d{1,2}|[一二三四五六七八九十]{1,3})?月(?:\d{1,2}|[一二三四五六七八九十]{1,3})?日?$")
_SIGNATURE = re.compile(r"^(?:[(（]?(?:单位)?(?:盖章|公章|签章|签字|签名)[)）]?[:：]?|(?:负责人|经办人|填表人|审核人|本人)?签(?:字|名)[:：]?.{0,6}|(?:单位)?[(（]?盖\s*章[)）]?.{0,4})$")


def is_signature_line(text: str) -> bool:
    """A stamp, signature or date line (（盖章）, 签字：, 2024年5月8日, 年  月  日): the lines
    a form's opinion cells are made of, never deeds."""
    k = key(text)
    if not k:
        return True
    return bool(_DATE_LINE.match(k) or _SIGNATURE.match(k))


_INLINE = re.compile(r"^\s*(?P<label>[^:：\n]{1,20}?)\s*[:：]\s*(?P<value>.*)$", re.S)


def inline_pair(text: str) -> tuple[str, str, int] | None:
    """``姓名：王芳`` written in one cell or line: (field key, value, offset of the value), or
    None when what stands before the colon is not a label."""
    m = _INLINE.match(text or "")
    if not m:
        return None
    field = label_of(m.group("label"))
    if field is None:
        return None
    return field, m.group("value"), m.start("value")


_GLUED_VALUE_MAX = 25  # a value glued to its label is a short one (姓名林晓岚, 性别女)


def glued_pair(text: str) -> tuple[str, str, int] | None:
    """``姓名林晓岚`` — a label and its value in one cell with nothing between them, what OCR
    gives when the rule between the two cells is lost: (field key, value, offset of the
    value), the longest label that starts the text. Only short values are read this way, so
    prose that opens with a label word (民族团结……) is not cut up."""
    t = text or ""
    best = None
    k = ""
    for i, ch in enumerate(t[:20]):
        if ch.isspace():
            continue
        k += key(ch)
        if len(k) >= 2:
            fld = label_for_key(k)
            if fld is not None:
                best = (fld, i + 1)
    if best is None:
        return None
    fld, end = best
    value = t[end:].lstrip(" \t\n:：")
    if not value.strip() or (len(value) > _GLUED_VALUE_MAX and fld != "deeds"):
        return None
    return fld, value, len(t) - len(value)


# How a form's title ends (全国三八红旗手推荐审批表, 先进集体申报表, 劳动模范登记表 …); what
# comes before it names the award.
FORM_TITLE = re.compile(
    r"(?:(?:候选人|候选集体|推荐人选|人选|推荐对象|对象)?(?:推荐审批|推荐审核|申报审批|推荐登记|评审|推荐|申报|审批|登记|呈报|申请)表|(?:推荐审批|推荐|申报)(?:材料)?表格?)$"
)


def form_title_award(title: str) -> str | None:
    """The award a form's title names: 全国三八红旗手推荐审批表 → 全国三八红旗手."""
    k = key(title)
    m = FORM_TITLE.search(k)
    if not m:
        return None
    stem = title.strip()
    # cut at the same number of key characters (the title keeps the author's characters)
    kept = 0
    for i, ch in enumerate(stem):
        if kept == m.start():
            stem = stem[:i]
            break
        if key(ch):
            kept += 1
    stem = re.sub(r"^(?:\d{4}\s*年度?|附件\s*\d*[:：]?)\s*", "", stem).strip(" ：:—-")
    stem = re.sub(r"[（(](?:个人|集体|先进个人|先进集体)[)）]$", "", stem)  # 全国三八红旗手（集体）推荐审批表
    return stem if len(key(stem)) >= 3 else None
