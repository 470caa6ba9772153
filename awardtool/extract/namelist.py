"""Lists written as lines of text: name-only lists, names under region or award headings,
``姓名 单位`` lines, one-line profiles, and numbered entries each followed by an employer line
and a paragraph of deeds.

A list is a *run* of entry lines. Headings (北京市, 一、全国教育系统先进集体, 全国五一劳动奖状)
do not break a run, they set the region, award and kind of the entries under them. Prose
between entries is the previous entry's deeds when every gap of the run has prose; a gap of
another shape (the 公示 notice after a name-only list, then the signing unit) ends the run, so a
lone unit name elsewhere in the page never becomes a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from awardtool.extract.lines import Line, clean_deeds, is_chrome, is_date_line, is_footer
from awardtool.extract.names import Entry, heading_kind, is_person_name, is_unit_name, looks_like_position, parse_entry
from awardtool.extract.text import is_sentence, key, strip_debris
from awardtool.extract.titles import AWARD_WORD
from awardtool.records import Record
from awardtool.regions import is_region_name

NUM_PREFIX = re.compile(r"^\s*(?:第?(\d{1,3})\s*[.、．。)）](?!\d)\s*|[（(](\d{1,3})[)）]\s*|(\d{1,3})\s+(?=\S))")
CN_PREFIX = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[部分章节类组批])\s*")
# （15个）, （共51名）, （延边州12个）: how many entries the group has, perhaps where from
_COUNT_PAREN = re.compile(r"\s*[（(][^()（）\d]{0,8}?\s*(?:共\s*)?\d+\s*[个個名人家项項户所组組]?\s*[)）]\s*$")
# 上海:江源 华东师范大学…教师 — a region prefixed to the entry (the region holds for the lines after)
_REGION_PREFIX = re.compile(r"^\s*(?:[【\[〔](?P<b>[^】\]〕\s]{2,8})[】\]〕]\s*|(?P<r>[^:：\s]{2,8}?)\s*[:：]\s*(?=\S))")
# （推荐单位：某某省总工会）: who nominated the entry above
_RECOMMENDER = re.compile(r"^\s*[（(]?\s*(?:推荐|申报|报送)(?:单位|部门|机关)\s*[:：]\s*(?P<u>[^()（）]{2,60}?)\s*[)）]?\s*$")
# （按姓氏笔画排序）, （排名不分先后）: how the list is ordered, not part of the group's name
_ORDER_NOTE = re.compile(r"\s*[（(]\s*(?:按|以|排名|排序|不分)[^()（）]{1,16}[)）]\s*")
_CN_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
_LIST_END = re.compile(r"^(?:公示时间|公示期|联系电话|联系人|联系地址|通讯地址|邮政编码|监督电话|举报电话|特此|附件)")
_HEADING_MAX = 30
# Endings of a title line — of the list (名单, 汇总表, 简要事迹) or of the notice carrying it
# (关于…的公示, …的决定): the title says who the list is about but is not a group inside it.
_TITLE_WORDS = re.compile(r"(?:名单|汇总表|一览表|登记表|推荐表|审批表|简要事迹|事迹简介|先进事迹|事迹材料|公示|通知|决定|通报|公告|报告|请示|意见)$")


@dataclass(slots=True)
class Item:
    line: Line
    type: str  # heading | entry | position | prose | other
    entries: list[Entry] = field(default_factory=list)
    seq: int | None = None
    offset: int = 0  # where the entry text starts in the line (after a number prefix)
    heading: str | None = None  # heading text without its 一、 prefix
    heading_region: bool = False
    region: str | None = None  # a region prefixed to the entry (上海:江源 …)
    award: str | None = None  # an award prefixed to the entries (先进个人:张三、李四)


def _heading(text: str) -> tuple[str, bool] | None:
    """(heading text, is a region) when the line is a grouping heading."""
    body = CN_PREFIX.sub("", text, count=1).strip()
    body = re.sub(r"\s*[:：]$", "", body)  # 全国诚实守信模范: — the group its entries follow
    body = _AWARD_WRAP.sub("", body)  # 获得全国五一劳动奖章的有 → 全国五一劳动奖章
    counted = bool(_COUNT_PAREN.search(body))
    body = _ORDER_NOTE.sub("", _COUNT_PAREN.sub("", body)).strip()
    if not body or len(key(body)) > _HEADING_MAX or re.search(r"[。；！？;!?:：，,]", body):
        return None
    if _TITLE_WORDS.search(key(body)) and not CN_PREFIX.match(text):
        if not counted:
            return None  # 2024年度先进个人名单 is the list's title, not a group inside it
        body = re.sub(r"名单$", "", body)  # 第七届全国文明村镇名单（延边州12个）: a counted group
    if is_region_name(body):
        return body, True
    if heading_kind(body) and not is_unit_name(body):
        return body, False
    # 三、全国关心下一代工作突出贡献奖 / 全国诚实守信模范: / …道德模范名单（延边州1人）: an award
    # named as a group (numbered, counted or introducing what follows with a colon)
    if (CN_PREFIX.match(text) or counted or re.search(r"[:：]\s*$", text)) and AWARD_WORD.search(body) and not is_unit_name(body):
        return body, False
    if counted and not is_person_name(body):
        return body, False  # 一、全国三八红旗手候选人（3名）, 省级文明村镇（4个）: a counted group
    return None


def classify(lines: list[Line]) -> list[Item]:
    items: list[Item] = []
    kind_ctx: str | None = None
    caption_seq: int | None = None
    carry_award: str | None = None
    for i, ln in enumerate(lines):
        text = ln.text
        if not text.strip() or is_chrome(text):
            if is_footer(text):
                items.append(Item(ln, "other"))
            continue
        if _LIST_END.search(key(text)):
            items.append(Item(ln, "other"))
            continue
        rec = _RECOMMENDER.match(text)
        if rec and items and items[-1].type == "entry":
            items.append(Item(ln, "recommender", heading=rec.group("u")))
            continue
        if _TITLE_WORDS.search(key(text)) and not CN_PREFIX.match(text) and len(key(text)) <= 40:
            kind_ctx = heading_kind(text) or kind_ctx  # the list's title: 先进个人名单
            items.append(Item(ln, "other"))
            continue
        cn = CN_PREFIX.match(text)
        head = _heading(text) if cn or len(key(text)) <= _REGION_LINE_MAX else None
        if head is not None and not cn and not head[1] and not _COUNT_PAREN.search(text):
            head = None  # a short line without 一、 or a count: an entry first (张三), a heading only if not
        if head is None and cn:
            # 一、张建国 / 二、宜春市应急管理局：…。 — a numbered person, or an entry with its deeds
            entries = parse_entry(text[cn.end() :], individual_context=kind_ctx == "individual")
            # 一、常德市应急管理局执法支队 / 该支队全年…。: a numbered unit over its deeds paragraph
            deeds_follow = (nxt := _next_text(lines, i)) is not None and is_sentence(nxt)
            if len(entries) == 1 and (entries[0].kind == "individual" or entries[0].attrs or deeds_follow):
                items.append(Item(ln, "entry", entries, _cn_number(cn.group()), cn.end()))
                continue
        if head is None:
            m = NUM_PREFIX.match(text)
            offset = m.end() if m else 0
            seq = int(next(g for g in m.groups() if g)) if m else None
            region = None
            rp = _REGION_PREFIX.match(text, offset)
            if rp and is_region_name(rp.group("b") or rp.group("r")):
                region, offset = rp.group("b") or rp.group("r"), rp.end()
            after_heading = bool(items) and items[-1].type == "heading" and kind_ctx is None
            award, carried = None, carry_award
            group = _AWARD_GROUP.match(text, offset)
            label = _heading(group.group("label") + "：") if group else None
            if label is not None and label[1]:
                region, offset = label[0], group.end()  # 北京（3户）：张伟家庭、李娜家庭
            elif label is not None:
                award, offset = label[0], group.end()  # 1.先进个人:张三、李四 — the award, then its names
            elif group is not None and _labels_names(group.group("label"), text[group.end() :]):
                award, offset = group.group("label"), group.end()  # 1.文明家庭：杨家、吴家 — a label over several
            entries = parse_entry(text[offset:], individual_context=kind_ctx == "individual" or after_heading or award is not None or carried is not None)
            # a list that ends its line with 、 goes on on the next line, under the same award
            carry_award = (award or carried) if entries and text.rstrip().endswith(("、", "，", ",")) else None
            award = award or (carried if entries else None)
            if not entries and m and _is_caption(text[offset:]):
                # 1 匠心筑梦的“桥梁医生”: a numbered caption; the unit line under it is the record
                caption_seq = seq
                continue
            if not entries and not m and items and items[-1].type == "prose" and _is_caption(text) and _one_entry_next(lines, i):
                # …deeds。 / 与时间赛跑的“心”防线 / 某某医院心内科: the caption of the next entry
                items.append(Item(ln, "caption"))
                continue
            if entries and caption_seq is not None:
                seq, caption_seq = caption_seq, None
            if entries and _signs_off(lines, i, entries):
                items.append(Item(ln, "other"))
                continue
            if entries:
                items.append(Item(ln, "entry", entries, seq, offset, region=region, award=award))
                continue
            head = _heading(text)
        if head is not None and not cn and _awaits_post(items) and looks_like_position(text):
            head = None  # 一、张建国 / 宜春市第一中学数学教师: the post, though 教师 reads like a group
        if head is not None:
            items.append(Item(ln, "heading", heading=head[0], heading_region=head[1]))
            if not head[1]:
                kind_ctx = heading_kind(head[0])
            continue
        if looks_like_position(text):
            items.append(Item(ln, "position"))
            continue
        items.append(Item(ln, "prose" if is_sentence(text) else "other"))
    return items


# 先进个人:张三、李四 — perhaps after the list's own label (表彰名单：先进个人：…)
_AWARD_GROUP = re.compile(r"\s*(?:[^:：，,。；;、\s]{2,20}\s*[:：]\s*)?(?P<label>[^:：，,。；;、\s]{2,20})\s*[:：]\s*(?=\S)")
_SENTENCE_SPLIT = re.compile(r"(?<=[。；;])")
_FULL_STOP_SPLIT = re.compile(r"(?<=[。])")


def _sub_lines(ln: Line, pieces: list[str]) -> list[Line]:
    """``pieces`` of ``ln.text`` (in order) as lines of their own, with their spans."""
    out, pos = [], 0
    verbatim = ln.end - ln.start == len(ln.text)
    for p in pieces:
        at = ln.text.index(p, pos)
        pos = at + len(p)
        start, end = (ln.start + at, ln.start + at + len(p)) if verbatim else (ln.start, ln.end)
        out.append(Line(p, ln.block, ln.loc, start, end, ln.style, ln.level))
    return out


# 一、先进集体（3个） 某某局 某某医院 二、先进个人（4名） 张三 李四: numbered, counted groups run together
_FLAT_GROUP = re.compile(r"(?P<head>[一二三四五六七八九十]{1,3}、[^\s、，。]{2,30}?[（(][^()（）]{0,8}?\d+\s*[个名人家项户所组][)）])\s*(?P<rest>.*?)(?=\s+[一二三四五六七八九十]{1,3}、|$)")


def _run_on_pieces(ln: Line) -> list[Line]:
    """A page without line breaks (先进个人：张三、李四。先进集体：某某局、某某中心。…): its
    sentences as lines when some of them are award groups; otherwise the line itself."""
    text = ln.text
    groups = list(_FLAT_GROUP.finditer(text)) if len(text) > 40 else []
    if len(groups) >= 2:
        return _sub_lines(ln, [p for g in groups for p in (g.group("head"), g.group("rest").strip()) if p])
    if len(text) < 20 or not ("。" in text or "；" in text):
        return [ln]
    # 先进集体：A；B。先进个人：C；D。 — award groups, one a sentence; or 北京：李明华 …研究员；
    # 王建平 …主任医师 — entries one after another
    pieces = [p for p in _FULL_STOP_SPLIT.split(text) if p.strip()]
    if len(pieces) < 2 or not any(_is_group_sentence(p) for p in pieces):
        pieces = [p for p in _SENTENCE_SPLIT.split(text) if p.strip()]
        if len(pieces) < 2 or not (any(_is_group_sentence(p) for p in pieces) or all(_is_entry_piece(p) for p in pieces)):
            return [ln]
    return _sub_lines(ln, [p.rstrip("。；; ") for p in pieces])


def _is_entry_piece(text: str) -> bool:
    body = text.rstrip("。；; ")
    rp = _REGION_PREFIX.match(body)
    if rp and is_region_name(rp.group("b") or rp.group("r")):
        body = body[rp.end() :]
    entries = parse_entry(body)
    return len(entries) == 1 and "deeds" not in entries[0].attrs


def _is_group_sentence(text: str) -> bool:
    m = _AWARD_GROUP.match(text)
    return bool(m) and _heading(m.group("label") + "：") is not None and len(parse_entry(text[m.end() :].rstrip("。；; "))) >= 2


def _labels_names(label: str, rest: str) -> bool:
    """``文明家庭：杨家、吴家、潘家``: a label before a colon is the group of the names after it
    when it is not itself a person and two or more whole names, separated by 、, follow — even
    when the label ends like a unit's name (家庭, 单位). ``刘建华家庭：西宁市某街道`` (one name
    after the colon: the entry's place or post) is an entry."""
    return not is_person_name(label) and "、" in rest and len(parse_entry(rest.rstrip("。；; "))) >= 2


def _is_caption(text: str) -> bool:
    """A short catchy line (匠心筑梦的“桥梁医生”): no sentence punctuation, not a name."""
    k = key(text)
    return 4 <= len(k) <= 30 and not re.search(r"[。；;！!？?，,:：]", k) and not is_person_name(k)


def _signs_off(lines: list[Line], i: int, entries: list) -> bool:
    """A unit's name followed by a date line is the list's 落款 (中共某某市委组织部 /
    2025年1月8日), not one more entry."""
    if len(entries) != 1 or entries[0].kind != "collective":
        return False
    nxt = _next_text(lines, i)
    return nxt is not None and is_date_line(nxt)


def _next_text(lines: list[Line], i: int) -> str | None:
    """The text of the next non-empty line after ``lines[i]``."""
    return next((x.text for x in lines[i + 1 : i + 20] if x.text.strip()), None)


def _one_entry_next(lines: list[Line], i: int) -> bool:
    """The next non-empty line after ``lines[i]`` names exactly one entry."""
    nxt = _next_text(lines, i)
    return nxt is not None and len(parse_entry(nxt)) == 1


def _awaits_post(items: list[Item]) -> bool:
    """The last item is one person named without a post (a name line whose post may follow)."""
    last = items[-1] if items else None
    return bool(last and last.type == "entry" and len(last.entries) == 1 and last.entries[0].kind == "individual"
                and "position" not in last.entries[0].attrs)


# 获得…的有 / 荣获“…”称号的是: the sentence around an award that introduces its names
_AWARD_WRAP = re.compile(r"^(?:获得|荣获|获评|被授予)|(?:荣誉)?(?:称号)?的(?:有|是)$")
_REGION_LINE_MAX = 12  # 新疆维吾尔自治区 and a count: longer lines are not a bare region heading


def _cn_number(prefix: str) -> int | None:
    """The value of a 一、/（十二）/第三类 prefix (1–99)."""
    digits = [ch for ch in prefix if ch in _CN_DIGITS or ch == "十"]
    if not digits:
        return None
    if "十" not in digits:
        return _CN_DIGITS[digits[-1]]
    i = digits.index("十")
    tens = _CN_DIGITS[digits[i - 1]] if i > 0 else 1
    ones = _CN_DIGITS[digits[i + 1]] if i + 1 < len(digits) else 0
    return tens * 10 + ones


def heading_text(text: str) -> str | None:
    """The group a heading line names (一、先进集体（3个） → 先进集体), or None."""
    head = _heading(text)
    return head[0] if head else None


def is_count_line(text: str) -> bool:
    """（90个）, （共51名）: the count under a list's title."""
    return bool(text.strip()) and not _COUNT_PAREN.sub("", text).strip()


@dataclass(slots=True)
class _Draft:
    record: Record
    line: Line
    region_heading: str | None
    deeds: list[Line] = field(default_factory=list)
    has_position_line: bool = False
    headed: bool = False  # the first entry of a run, directly under a group heading
    lead_paragraph: bool = False  # see names.Entry


def _numbered_mode(items: list[Item]) -> bool:
    """Entries carry increasing numbers (1 邓建军科研组 … 7 黄大年…团队): only numbered lines are
    records, the lines between them are that record's employer and deeds."""
    seqs = [it.seq for it in items if it.type == "entry" and it.seq is not None]
    return len(seqs) >= 2 and all(b > a for a, b in zip(seqs, seqs[1:]))


def extract_name_list(lines: list[Line]) -> list[tuple[Record, str | None]]:
    """Records of the text lists in ``lines``, each with the region heading it was filed under."""
    items = classify([piece for ln in lines for piece in _run_on_pieces(ln)])
    numbered = _numbered_mode(items)
    runs: list[list[_Draft]] = []
    cur: list[_Draft] = []
    gap_type: str | None = None
    pending: list[Line] = []
    region_ctx: str | None = None
    award_ctx: str | None = None

    def close(attach_trailing: bool) -> None:
        nonlocal cur, gap_type, pending
        if cur and pending and attach_trailing:
            cur[-1].deeds.extend(pending)
        if cur:
            runs.append(cur)
        cur, gap_type, pending = [], None, []

    prev_heading = False
    for it, prev in zip(items, [None, *items]):
        prev_heading = prev is not None and prev.type == "heading"
        if it.type == "heading":
            if it.heading_region:
                region_ctx, award_ctx = it.heading, None
            else:
                award_ctx = it.heading
            if pending and cur:
                if gap_type in (None, "prose") or numbered:
                    cur[-1].deeds.extend(pending)
                pending = []
            continue
        if it.type == "entry":
            if numbered and it.seq is None and not prev_heading:
                # (right under a heading an unnumbered line opens its group: 二、文明单位 / 甲、乙)
                last = cur[-1] if cur else None
                if last and not last.deeds and not pending and not last.has_position_line and len(it.entries) == 1:
                    last.record.position = it.entries[0].name
                    last.record.reasons["position"] = "entry_post"
                    last.record.field_sources["position"] = it.line.source(it.offset + it.entries[0].start, it.offset + it.entries[0].end)
                    last.has_position_line = True
                continue
            gap = "prose" if pending else "empty"
            if cur and not numbered:
                if gap_type is None:
                    gap_type = gap
                elif gap != gap_type:
                    close(attach_trailing=False)
            if cur and pending:
                cur[-1].deeds.extend(pending)
            pending = []
            if it.region:
                region_ctx = it.region
            for e in it.entries:
                cur.append(_draft(it, e, region_ctx, it.award or award_ctx))
            cur[-len(it.entries)].headed = prev_heading
            continue
        if it.type == "caption":
            continue  # between one entry's deeds and the next entry: the run goes on
        if it.type == "recommender":
            last = cur[-1] if cur else None
            if last and not last.record.recommender:
                last.record.recommender = it.heading
                last.record.reasons["recommender"] = "entry_post"
            continue
        if it.type == "position":
            # 宜春市第一中学数学教师 under 一、张建国: the post of the person just named
            last = cur[-1] if cur else None
            if last and last.record.kind == "individual" and not last.deeds and not pending and not last.record.position:
                post = it.line.text.strip()
                if post[:1] in "（(" and post[-1:] in "）)":
                    post = post[1:-1].strip()  # （某某省人民医院心血管内科主任）
                last.record.position = post
                last.record.reasons["position"] = "entry_post"
                lead = it.line.text.index(post)
                last.record.field_sources["position"] = it.line.source(lead, lead + len(last.record.position))
                last.has_position_line = True
                continue
        if it.type == "prose":
            if cur:
                pending.append(it.line)
            continue
        close(attach_trailing=numbered or gap_type == "prose")
    close(attach_trailing=numbered or gap_type == "prose")
    # A lone entry is a record only as the whole group under a heading (三、…突出贡献奖 / 王 峰)
    # of a document that has a list elsewhere: a unit named once in a page is not a list.
    runs = [r for r in runs if not _one_persons_story(r)]
    listed = any(len(r) >= 2 for r in runs)
    keep = [r for r in runs if len(r) >= 2 or (listed and r[0].headed)]
    out: list[tuple[Record, str | None]] = []
    for run in keep:
        for d in run:
            if len(run) == 1:
                d.record.reasons["name"] = "lone_entry"
            if d.deeds and not d.record.deeds:
                d.record.reasons["deeds"] = "entry_paragraphs"
            if d.deeds:
                inline = [d.record.deeds] if d.record.deeds else []
                d.record.deeds = "\n".join(inline + [ln.text.strip() for ln in d.deeds])
                d.record.field_sources.setdefault("deeds", d.deeds[0].source())
            if d.record.deeds:
                d.record.deeds = clean_deeds(d.record.deeds)
            out.append((d.record, d.region_heading))
    return out


def _one_persons_story(run: list[_Draft]) -> bool:
    """A run that names one person only, or paragraphs opening with a person's name that repeat
    one: the story of a person, not a list."""
    names = {key(d.record.name) for d in run}
    if len(run) >= 2 and len(names) == 1:
        return True  # ——记…书记陈世明 / 陈世明，男，1966年生…: one person, named twice
    return any(d.lead_paragraph for d in run) and len(names) < len(run)  # 向春梅（女） / 向春梅同志现任…


_ATTR_REASONS = {"deeds": "entry_inline", "position": "entry_post", "notes": "annotation"}


def _draft(it: Item, e: Entry, region_ctx: str | None, award_ctx: str | None) -> _Draft:
    rec = Record(name=strip_debris(e.name), kind=e.kind, seq=it.seq if len(it.entries) == 1 else None)
    for k, v in e.attrs.items():
        setattr(rec, k, v)
        rec.reasons[k] = _ATTR_REASONS.get(k, "annotation" if e.spans.get(k) is None and k != "deeds" else "entry_post")
    rec.reasons["name"] = "list_entry"
    rec.award = award_ctx
    rec.source = it.line.source()
    rec.field_sources["name"] = it.line.source(it.offset + e.start, it.offset + e.end)
    for k, (start, end) in e.spans.items():
        rec.field_sources[k] = it.line.source(it.offset + start, it.offset + end)
    return _Draft(rec, it.line, region_ctx, has_position_line="position" in e.attrs, lead_paragraph=e.lead_paragraph)
