"""Narratives: one unit's or one person's 事迹材料 / 推荐材料 / news report.

The record is the document's subject; its deeds are the body with the damage of text
extraction repaired: a scraped preview line that repeats the opening is dropped, page chrome
and footers are left out, a news dateline is cut, a line broken mid-sentence joins the next
(``…通过对`` / ``二、`` / ``三、四级责任人…`` is one sentence), and 一、/（一） headings glued
into a wall of text get their own paragraph back.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from awardtool.extract.lines import Line, clean_deeds, is_chrome, is_date_line, is_footer, is_signature, repeats_title
from awardtool.extract.names import (
    FUNCTION_CHARS, annotated_name, heading_kind, honoured_person, is_person_name, is_phrase, is_unit_name, looks_like_position, opening_profile, trailing_person,
    unit_suffix,
)
from awardtool.extract.text import ends_sentence, is_han, is_sentence, key
from awardtool.extract.titles import NARRATIVE_SUFFIX, is_title_like
from awardtool.records import Record
from awardtool.regions import find_places
from awardtool.vocab import surnames

_PREVIEW_END = re.compile(r"(?:\.{3,}|…+)\s*$")
_DATELINE = re.compile(
    r"^(?:[^，。,\s]{2,24}?(?:讯|电)\s*[（(][^)）]{0,40}[)）]|(?:本报|本网|本刊|本台|新华社|中新社|人民网|央视网)[^，。,]{0,20}?(?:讯|电)"
    r"|[^，。,\s]{2,12}?网?[^，。,\s]{2,6}\d{1,2}月\d{1,2}日电)[\s：:]*"
)
_ENUM = r"[一二三四五六七八九十]{1,3}"
_HEADING_START = re.compile(rf"^\s*(?:{_ENUM}\s*[、.．]|[（(]{_ENUM}[)）]|{_ENUM}是|第{_ENUM}[，,、])")
_LONE_ENUM = re.compile(rf"^\s*(?:{_ENUM}|[（(]{_ENUM}[)）])\s*[、.．]?\s*$")
_GLUED_HEADING = re.compile(rf"(?<=[。！？；!?;])\s*(?={_ENUM}、|[（(]{_ENUM}[)）])")
_TITLE_VERB = re.compile(r"(?:获评|荣获|被评为|获得|入选|被授予|荣膺|当选|获)")
_STOP_CHARS = FUNCTION_CHARS
_SUBTITLE = re.compile(r"(?:^\s*|(?<=\S))[—─-]{1,4}\s*[记記]\s*(?P<who>[^，。,；;—]{2,40})$")
# ——某某市公安局某某派出所民警某某: a dash line without 记 that ends with a person after a post
_DASH_SUBTITLE = re.compile(r"^\s*[—─]{2,4}\s*(?P<who>[^，。,；;—]{5,40})$")


_METADATA = re.compile(r"^(?:发布时间|发布日期|时间|日期|来源|作者|编辑|浏览次数|点击数|字号)[:：]|\d{4}-\d{1,2}-\d{1,2}")


def _over_metadata(all_lines: list[Line], ln: Line) -> bool:
    """The next non-empty line after ``ln`` is the page's metadata (发布时间：… 来源：…)."""
    i = next((j for j, x in enumerate(all_lines) if x is ln), len(all_lines))
    nxt = next((x.text for x in all_lines[i + 1 :] if x.text.strip()), "")
    return len(ln.text.strip()) <= 80 and bool(_METADATA.search(key(nxt))) and is_chrome(nxt)


def _post_then_name(line: str, nxt: str) -> tuple[str, str] | None:
    """某某县公安局边境派出所所长 扎西次仁 over a profile of 扎西次仁: (post, name)."""
    parts = line.split()
    prof = opening_profile(nxt.strip()) if len(parts) >= 2 else None
    if prof is None or key(parts[-1]) != key(prof[0]):
        return None
    post = line[: line.rindex(parts[-1])].strip()
    return (post, parts[-1]) if looks_like_position(post) else None


def _dated(all_lines: list[Line], ln: Line) -> bool:
    """The next non-empty line after ``ln`` in the document is a date."""
    i = next((j for j, x in enumerate(all_lines) if x is ln), len(all_lines))
    nxt = next((x.text for x in all_lines[i + 1 :] if x.text.strip()), "")
    return is_date_line(nxt)


def _subtitle_subject(who: str) -> tuple[str | None, str | None]:
    """(subject, post) of a ——记 subtitle: 某某医院心内科主任陈建平 → (陈建平, 某某医院心内科主任);
    全国文明村安吉县余村 → (安吉县余村, None): the honour before the place is not the name."""
    who = who.strip()
    # 2022年度“最美电力人”国网某某供电公司运检班班长郑浩: the post is the Han run at the end
    post = re.split(r"[^\u4e00-\u9fff]", re.split(r"[、，,]", who)[-1])[-1]
    tail = trailing_person(post)
    if tail:
        return tail, post[: len(post) - len(tail)]
    if (honoured := honoured_person(post)) is not None:
        return honoured, None  # 全国三八红旗手周某芳: the honour before the name is no post
    if is_person_name(who):
        return who, None
    places = find_places(who)
    if places and places[0].start > 0 and is_unit_name(who[places[0].start :]):
        return who[places[0].start :], None
    return (who if is_unit_name(who) else None), None
def _subtitle_line(text: str) -> re.Match | None:
    """A ——记 subtitle line: alone (——记某某), or after the title repeated on its line
    (扎根大山的“教书匠”——记…教师某某) — never a sentence that happens to hold ——记."""
    m = _SUBTITLE.search(text)
    if m is None:
        m = _DASH_SUBTITLE.match(text)
        who = m.group("who").strip() if m else ""
        return m if m and (trailing_person(who) or honoured_person(who)) else None
    before = text[: m.start()].strip()
    return m if not before or is_title_like(before) else None


# 孙某某是某某中心的一名全科医生 / 格桑系某某乡卫生院一位乡村医生: the opening introduces a person
_OPENING_PERSON = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?(?:是|系)[^。！？!?]{2,80}?(?:一名|一位)")


def _opening_person(first: str, body: str) -> str | None:
    """The person a story opens by introducing (``某某是…的一名…``), when the story then speaks
    of a person (他/她): the subject, though the body names the unit more often. A name without
    a surname (格桑) must come back in the body; a unit (某某医院是…的一家…) is no person."""
    m = _OPENING_PERSON.match(_DATELINE.sub("", first.strip()))
    if m is None or not re.search(r"[他她](?!们)", body):  # 他们 is the staff, not the subject
        return None
    name = m.group("name")
    if is_person_name(name) or (not unit_suffix(key(name)) and not find_places(name) and body.count(name) >= 2):
        return name
    return None


_BRACKET_LABEL = re.compile(r"^[【\[][^】\]]{1,10}[】\]]\s*")  # 【先进事迹】, [典型风采]
_NOTICE_TITLE = re.compile(r"^关于|(?:通知|决定|通报|公示|公告|名单|意见|请示|批复|函)$")
_OWN_UNIT = re.compile(r"^(?:我|本)(?:院|局|校|所|站|队|厂|公司|部|委|办|处|科|室|行|社|中心|单位|支队|大队|中队)")
_COLUMN_LABEL = re.compile(r"^[^:：]{1,8}[:：]\s*")


@dataclass(slots=True)
class Narrative:
    title: str | None
    record: Record


def _drop_previews(lines: list[Line]) -> list[Line]:
    """A scraped preview (title + opening, cut off with ...) repeats what follows: drop it."""
    out = []
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if _PREVIEW_END.search(t):
            stem = key(_PREVIEW_END.sub("", t))
            after = key("".join(x.text for x in lines[i + 1 : i + 8]))
            if len(stem) >= 10 and after.startswith(stem[: max(10, len(stem) - 5)]):
                continue
        out.append(ln)
    return out


def _content_lines(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for ln in lines:
        if is_footer(ln.text) and out:
            break
        if ln.text.strip() and not is_chrome(ln.text):
            out.append(ln)
    return _drop_previews(out)


def _longest_unit_prefix(text: str) -> str | None:
    best = None
    for j in range(3, min(len(text), 40) + 1):
        if text[j - 1] in _STOP_CHARS:
            break
        if is_unit_name(text[:j], running=True):
            best = text[:j]
    return best


def name_from_title(title: str) -> str | None:
    """每日短讯:无锡市机关事务管理局获评全国先进集体 → 无锡市机关事务管理局;
    区地税局行风建设先进事迹材料 → 区地税局; 张三同志先进事迹 → 张三."""
    t = _BRACKET_LABEL.sub("", title.strip())
    head = re.split(r"[:：]", t)[0].strip()  # 某某县人民法院立案庭：打造“一站式”诉讼服务 / 刘永坦：一生…
    if head != t and (is_unit_name(head) or is_person_name(head)):
        return head
    t = _COLUMN_LABEL.sub("", t)  # 每日短讯:…
    if _NOTICE_TITLE.search(key(t)):
        return None  # 关于表彰…的通知: a notice is about a list, not about one subject
    t = _OWN_UNIT.sub("", t)  # 我院王晓东同志…: the author's own unit, then the subject
    if "——" in t:  # 勇于担当的“排头兵”——某某局先进事迹: the subject is after the dash
        return next((n for n in (name_from_title(part) for part in reversed(t.split("——")) if part.strip()) if n), None)
    m = _TITLE_VERB.search(t)
    if m and (is_unit_name(t[: m.start()]) or is_person_name(t[: m.start()])):
        return t[: m.start()].strip()
    m = NARRATIVE_SUFFIX.search(t)
    stem = t[: m.start()] if m else t
    stem = re.sub(r"(?:同志|先生|女士)$", "", stem.strip())
    pm = re.match(r"^(.{2,4}?)同志", t)
    if pm and is_person_name(pm.group(1)):
        return pm.group(1)
    if is_person_name(stem) or (is_unit_name(stem) and not is_phrase(stem)):
        return stem
    return trailing_person(stem) or _longest_unit_prefix(stem)  # 某某医院内科主任刘海波: the person


def _spelled_in_body(name: str, body: str) -> str:
    """A person's name as the body spells it when the title misspells it (张珊同志… over a body
    about 张姗): the body's name of the same length and surname, one character apart, that it
    mentions at least twice and the title's spelling never."""
    if key(name) in key(body):
        return name
    k = key(name)
    near = [(n, c) for n, c in _person_candidates(body).most_common()
            if c >= 2 and len(n) == len(k) and n[0] == k[0] and sum(a != b for a, b in zip(n, k)) == 1]
    return near[0][0] if near else name


def _full_form(name: str, body: str) -> str:
    """The body's full name of a unit the title shortens (某某局 → 襄阳市某某局): the unit
    names in the body that end with the title's name, the most mentioned."""
    k = key(name)
    longer = [(n, c) for n, c in _org_candidates(body).most_common() if key(n).endswith(k) and len(key(n)) > len(k)]
    return longer[0][0] if longer else name


def _org_candidates(text: str) -> Counter:
    """Unit names in running text (宜城市地税局, 无锡市机关事务管理局): each starts with a place
    and runs to a unit ending before any function word."""
    counts: Counter = Counter()
    for p in find_places(text):
        best = None
        for j in range(p.end + 1, min(len(text), p.start + 30) + 1):
            ch = text[j - 1]
            if ch in _STOP_CHARS and _ends_in_unit_word(text[p.start : j]):
                best = text[p.start : j]  # …张掖路派出所, …律师事务所: 所 ends a unit word here
                break
            if ch in _STOP_CHARS or not is_han(ch):
                break
            if unit_suffix(key(text[p.start : j]), running=True) and is_unit_name(text[p.start : j], running=True):
                best = text[p.start : j]
        if best:
            counts[best] += 1
    return counts


def _ends_in_unit_word(text: str) -> bool:
    """``text`` ends with a unit ending of two or more characters whose last character is also
    a function word (派出所, 研究所, 事务所): the function word closes the unit's name."""
    ending = unit_suffix(key(text), running=True)
    return bool(ending) and len(ending) >= 2 and is_unit_name(text, running=True)


def _person_candidates(text: str) -> Counter:
    """Person names in running text, by mentions. A surname and one or two characters
    followed by a unit ending (公安部, 公安机关, 高新区管委会) is a word of a unit's name,
    not a person, and is not counted."""
    single, _ = surnames()
    counts: Counter = Counter()
    for i, ch in enumerate(text):
        if ch not in single:
            continue
        three_ok = not text.startswith(_HONORIFICS, i + 2)  # 张姗同志 is 张姗, not 张姗同; 郑浩说 is 郑浩
        for cand in (text[i : i + 3], text[i : i + 2]) if three_ok else (text[i : i + 2],):
            if is_person_name(cand) and not set(cand) & _STOP_CHARS:
                if not _continues_as_unit(text, i, i + len(cand)):
                    counts[cand] += 1
                break
    return counts


_HONORIFICS = ("同志", "老师", "医生", "教授", "书记", "主任", "院长", "局长", "校长", "队长", "所长", "先生", "女士", "师傅", "大姐",
               "说", "讲", "表示", "介绍", "告诉", "坦言", "笑着")


def _continues_as_unit(text: str, start: int, end: int) -> bool:
    """A unit ending starts inside ``text[start:end]`` or right after it and runs past its end
    (公安|部, 公安机|关): the span is part of a unit's name."""
    for j in range(start + 1, end + 1):
        ahead = key(text[j : j + 4])
        if any(j + n > end and unit_suffix(ahead[:n], running=True) == ahead[:n] for n in range(1, len(ahead) + 1)):
            return True
    return False


# 该中队, 本院, 我局, 全队: a later, shortened mention of the unit the text is about
_SHORT_MENTION = re.compile(r"(?:该|本|我|全)([\u4e00-\u9fff]{1,3})")


def _short_mentions(text: str) -> Counter:
    """How often each ending is used as a shortened mention (该中队 → 中队)."""
    counts: Counter = Counter()
    for m in _SHORT_MENTION.finditer(text):
        word = m.group(1)
        for n in range(len(word), 0, -1):
            if unit_suffix(word[:n], running=True) == word[:n]:
                counts[word[:n]] += 1
                break
    return counts


def name_from_body(text: str, prefer: str | None) -> tuple[str, str] | None:
    """(name, kind) of the unit or person the body is about: the one named most often."""
    orgs = _org_candidates(text)
    if orgs:
        # the unit a narrative is about is called 该中队 / 本院 after its first full mention
        short = _short_mentions(text)
        for org in list(orgs):
            orgs[org] += short.get(unit_suffix(key(org), running=True) or "", 0)
    people = _person_candidates(text)
    for name in [n for n in people if len(n) == 3]:
        people[name] += text.count(name[1:] + "同志")  # 晓东同志: the later, shortened form of 王晓东
    org = orgs.most_common(1)[0] if orgs else None
    person = None
    if people:
        (name, n), = people.most_common(1)
        if n >= 3:
            # a 3-character name also counts as its 2-character prefix: keep the full name
            person = (name, n)
    if prefer == "individual" and person:
        return person[0], "individual"
    if prefer == "collective" and org:
        return org[0], "collective"
    if person and (not org or person[1] > org[1] * 2):
        return person[0], "individual"
    if org:
        return org[0], "collective"
    return None


def repair_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join lines broken mid-sentence; keep headings as their own paragraphs."""
    out: list[str] = []
    for t in paragraphs:
        t = t.strip()
        if not t:
            continue
        if out and _joins(out[-1], t):
            out[-1] += t
        else:
            out.append(t)
    return out


def _is_heading(t: str) -> bool:
    return bool(_HEADING_START.match(t)) and len(t) <= 40 and not re.search(r"[。；;！？!?]", t)


def _joins(prev: str, nxt: str) -> bool:
    if _LONE_ENUM.match(prev.split("。")[-1]) and not ends_sentence(prev):
        return True  # "…通过对二、" + "三、四级…": a broken enumeration, not a heading
    if ends_sentence(prev) or (_is_heading(prev) and not _LONE_ENUM.match(prev)):
        return False
    if _is_heading(nxt) and not _LONE_ENUM.match(nxt):
        return False
    return True


def extract_narrative(all_lines: list[Line]) -> Narrative | None:
    lines = _content_lines(all_lines)
    if not lines:
        return None
    title: str | None = None
    body_start = 0
    first = lines[0].text.strip()
    title_split: tuple[Line, int] | None = None
    if (is_title_like(first) or _over_metadata(all_lines, lines[0])) and not _HEADING_START.match(first):
        # a title-like first line, or any first line over the page's 发布时间/来源 line (喜报！…)
        title, body_start = first, 1
        lines = [lines[0]] + [ln for ln in lines[1:] if not repeats_title(ln.text, title)]
    else:
        # 区地税局行风建设先进事迹材料区地税局坚持…: the title runs into the body without a break
        m = NARRATIVE_SUFFIX.search(first)
        if m and is_title_like(first[: m.end()]) and is_sentence(first[m.end() :]):
            title = first[: m.end()]
            title_split = (lines[0], len(first) - len(first.lstrip()) + m.end())
    name: str | None = None
    kind = "collective"
    name_line: Line | None = None
    name_reason = "name_line"
    sub_post: str | None = None
    if body_start < len(lines) and (sub := _subtitle_line(lines[body_start].text)):
        # ——记某某市人民医院心内科主任陈建平: the subtitle names the subject, it is not deeds
        name, sub_post = _subtitle_subject(sub.group("who"))
        name_line, name_reason = lines[body_start], "subtitle"
        body_start += 1
    elif title and (sub := _SUBTITLE.search(title)):
        name, sub_post = _subtitle_subject(sub.group("who"))  # 绿水青山——记全国文明村安吉县余村
        name_reason = "subtitle"
    if name is None and body_start < len(lines):
        cand = lines[body_start].text.strip()
        ann = annotated_name(cand)
        if len(key(cand)) <= 40 and (is_unit_name(cand) or is_person_name(cand) or ann):
            name = ann[0] if ann else cand
            name_line, name_reason = lines[body_start], "name_line"
            body_start += 1
        elif (post_name := _post_then_name(cand, lines[body_start + 1].text if body_start + 1 < len(lines) else "")) is not None:
            (sub_post, name), name_line, name_reason = post_name, lines[body_start], "name_line"
            body_start += 1
    body_lines = lines[body_start:]
    if len(body_lines) > 1 and is_signature(body_lines[-1].text):
        # the 落款 (signing unit, date) closes the text, it is not deeds
        body_lines = body_lines[:-1]
        if len(body_lines) > 1 and is_unit_name(body_lines[-1].text.strip()):
            body_lines = body_lines[:-1]
    elif len(body_lines) > 1 and is_unit_name(body_lines[-1].text.strip()) and _dated(all_lines, body_lines[-1]):
        body_lines = body_lines[:-1]  # the signing unit over a date line (the date is chrome already)
    if title_split is None and not body_lines:
        return None
    pieces: list[tuple[str, Line]] = []
    if title_split is not None:
        pieces.append((title_split[0].text[title_split[1] :], title_split[0]))
        body_lines = lines[1:]
    pieces.extend((ln.text, ln) for ln in body_lines)
    body_text = "\n".join(p for p, _ in pieces)
    profile = opening_profile(pieces[0][0]) if pieces else None
    if name is None and profile is not None:
        name, name_reason = profile[0], "profile"
    if name is None and title:
        name, name_reason = name_from_title(title), "title"
    if name is None and pieces and (opener := _opening_person(pieces[0][0], body_text)) is not None:
        name, name_reason, kind = opener, "profile", "individual"  # 孙某某是…中心的一名全科医生。…她…
    if name is None:
        found = name_from_body(body_text, heading_kind(title) if title else None)
        if found is None:
            return None
        (name, kind), name_reason = found, "body_mentions"
    if is_person_name(name) or (profile is not None and key(profile[0]) == key(name)):
        kind = "individual"  # 扎西次仁，男，藏族，…: the profile says it is a person
        if name_reason == "title":
            name = _spelled_in_body(name, body_text)
    elif name_reason == "title":
        name = _full_form(name, body_text)
    paragraphs: list[str] = []
    for i, (p, _) in enumerate(pieces):
        if i == 0:
            p = _DATELINE.sub("", p.strip())
        paragraphs.extend(s for s in _GLUED_HEADING.split(p) if s.strip())
    deeds = clean_deeds("\n".join(repair_paragraphs(paragraphs)))
    rec = Record(name=name, kind=kind, deeds=deeds)
    rec.reasons.update(name=name_reason, deeds="narrative_body")
    if sub_post and kind == "individual":
        rec.position, rec.reasons["position"] = sub_post, "entry_post"
    src_line = name_line or (lines[0] if title else pieces[0][1] if pieces else lines[0])
    rec.source = src_line.source()
    if name_line is not None:
        rec.field_sources["name"] = name_line.source(0, len(name_line.text)) if name_line.text == name else name_line.source()
    else:
        for ln in lines:
            at = ln.text.find(name)
            if at >= 0:
                rec.field_sources["name"] = ln.source(at, at + len(name))
                break
    if title_split is not None:
        ln, at = title_split
        rec.field_sources["deeds"] = ln.source(at, len(ln.text))
    elif pieces:
        rec.field_sources["deeds"] = pieces[0][1].source()
    if kind == "individual" and name_line is not None:
        ann = annotated_name(name_line.text.strip())
        if ann:
            for k, v in ann[1].items():
                setattr(rec, k, v)
                rec.reasons[k] = "annotation"
    if kind == "individual" and profile is not None and key(profile[0]) == key(name):
        _, attrs, post = profile
        for k, v in attrs.items():
            if not getattr(rec, k):
                setattr(rec, k, v)
                rec.reasons[k] = "profile_sentence"
        if post is not None and rec.position == attrs.get("position"):
            rec.field_sources["position"] = pieces[0][1].source(*post)
    return Narrative(title, rec)
