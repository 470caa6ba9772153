"""Is this text a unit's name, a person's name, or neither — and what an entry line says.

Lists mix shapes: bare unit names, bare person names, ``姓名 单位`` pairs, ``姓名（女，朝鲜族）``,
one-line profiles ``宋芳蓉:女,土家族,24岁,…,湖北省五峰…教师``, ``单位职务姓名``, grids of padded
names, 、 runs, profile paragraphs. Each shape is one recogniser (``RECOGNISERS``, tried in
order by ``parse_entry``). Decisions are made on the comparison key (simplified, half width, no
spaces); the returned values are the author's text. The words themselves (surnames, unit
endings, ethnicities) come from awardtool.vocab.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from awardtool.extract.text import ends_sentence, han_count, is_han, is_sentence, key
from awardtool.regions import find_places, is_region_name
from awardtool.vocab import ETHNICITIES, NAME_SAFE_ENDINGS, POLITICS, UNIT_SUFFIXES, surnames

# The same endings by length, longest first: a name's ending is found with one set lookup per
# length instead of an endswith() per ending (this test runs for every candidate name).
_SUFFIX_LENGTHS = tuple(sorted({len(s) for s in UNIT_SUFFIXES}, reverse=True))
_SUFFIX_SET = frozenset(UNIT_SUFFIXES)

_SCHOOL_ABBR = re.compile(r"[一二三四五六七八九十\d]+中$")  # 上高二中, 铜鼓一中
_TRAILING_PAREN = re.compile(r"[（(][^()（）]*[)）]$")
_NOT_NAME_CHARS = re.compile(r"[，。；！？,;!?：:“”\"《》]")
_NAME_DOTS = re.compile(r"[·•]")
_INDIVIDUAL_WORDS = ("个人", "教师", "工作者", "劳模", "劳动模范", "红旗手", "紅旗手", "奖章", "标兵", "人选", "同志", "职工", "先锋人物", "能手", "之星", "楷模", "英雄", "模范人物", "班主任", "医生", "护士", "党员", "干部", "青年")
_COLLECTIVE_WORDS = ("集体", "单位", "奖状", "班组", "团队", "组织", "示范点", "示范校", "学校", "文明号", "先锋号")


def is_person_name(text: str) -> bool:
    """2–4 Han characters starting with a surname (padding spaces allowed: 田　华), or a
    minority name with a middle dot (阿依古丽·买买提)."""
    k = key(text)
    if "·" in k or "•" in k:
        parts = _NAME_DOTS.split(k)
        return 2 <= len(k) <= 16 and all(1 <= len(p) <= 8 and is_han(p) for p in parts)
    if not (2 <= len(k) <= 4 and is_han(k)):
        return False
    ending = unit_suffix(k)
    if ending and not (len(ending) == 1 and ending in NAME_SAFE_ENDINGS and len(k) <= 3):
        return False  # 公安局, 市二中 — but 李春园, 王建港 are people
    single, compound = surnames()
    return k[0] in single or (k[:2] in compound and len(k) >= 3)


def unit_suffix(k: str, *, running: bool = False) -> str | None:
    """The unit ending of a (key) name, ignoring a trailing parenthetical (…有限公司(华北…)).

    ``running``: the name is a cut of running text, where one-character endings that begin
    everyday words (行风, 会议, 园区, 团结) say nothing; only the other endings count."""
    core = _TRAILING_PAREN.sub("", k)
    for length in _SUFFIX_LENGTHS:
        if len(core) >= length and core[-length:] in _SUFFIX_SET:
            if running and length == 1 and core[-1] in NAME_SAFE_ENDINGS:
                continue
            return core[-length:]
    return "中" if _SCHOOL_ABBR.search(core) else None


_DEICTIC = frozenset("我该本其这此各")
_QUOTED = re.compile(r"(?<=[\u4e00-\u9fff])[“\"][^“”\"，。；]{1,16}[”\"](?=[\u4e00-\u9fff])")


def is_unit_name(text: str, *, running: bool = False) -> bool:
    """A unit's name: 3–60 characters, a unit ending, no sentence punctuation, mostly Han.
    ``running``: see unit_suffix."""
    k = key(text)
    # 某某社区“邻里守望”志愿服务队: a quoted nickname inside the name is part of it
    if not 3 <= len(k) <= 60 or _NOT_NAME_CHARS.search(_QUOTED.sub("", k)) or k[0] in _DEICTIC:
        return False  # 我县新增一批…文明家庭 is a headline about units, not a unit
    if not unit_suffix(k, running=running):
        return False
    han = han_count(k)
    return han >= 3 and han >= 0.6 * len(k) and not k[0].isdigit()


def is_phrase(text: str) -> bool:
    """The particle 的 outside quotes: a phrase (与时间赛跑的“心”防线, 草原上的流动医院) that may
    end like a unit but names none — units are not named with 的."""
    return "的" in _QUOTED.sub("", text)


def heading_kind(text: str) -> str | None:
    """'individual' / 'collective' when a heading or title says which (先进个人, 模范教师, 奖状)."""
    k = key(text)
    ind = max((k.rfind(w) for w in _INDIVIDUAL_WORDS), default=-1)
    col = max((k.rfind(w) for w in _COLLECTIVE_WORDS), default=-1)
    if ind < 0 and col < 0:
        return None
    return "individual" if ind > col else "collective"


@dataclass(slots=True)
class Entry:
    """What one list line names: the name's span in the line and any attributes."""

    name: str
    start: int
    end: int
    kind: str  # collective | individual
    attrs: dict[str, str] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)  # attr → span in the line
    # a paragraph that opens with a person (王丽萍老师从教…): an entry only among others of
    # different people (a story about one person opens many paragraphs with the same name)
    lead_paragraph: bool = False


_ANNOTATED = re.compile(r"^(?P<name>[^()（）\s][^()（）]{0,15}?)\s*[（(](?P<ann>[^()（）]{1,30})[)）]\s*(?P<rest>.*)$")
_PROFILE = re.compile(r"^(?P<name>[^:：，,]{2,12}?)\s*[:：]\s*(?P<g>[男女])(?P<rest>[，,、].*)?$")


def is_ethnicity(text: str) -> bool:
    """One of the 56 nationalities (朝鲜族, traditional 朝鮮族 too)."""
    return key(text) in ETHNICITIES


_AGE = re.compile(r"^\d{1,3}\s*[岁歲]$")
_EDU = re.compile(r"(学历|學歷|毕业|畢業|文化|学位|學位)$")
_BIRTH = re.compile(r"^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*月?(?:份)?(?:出生|生人|生)?(?:于[^，,。；;]{1,12})?$")  # …出生于江苏南京
# Markers a list puts in a name's parentheses besides gender and ethnicity: kept as a note.
_NAME_MARKERS = frozenset({"追授", "已故", "烈士", "挂职", "掛職", "援疆", "援藏"})
# 现任…, 2016年起任…, 系…: the words that introduce a person's post in a profile sentence
# (a former post, 曾任…, is not the post).
_POST_LEAD = re.compile(
    r"^(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:起|至今|以来|以來)?\s*)?(?:现任|現任|担任|擔任|任|系|係|现为|現為|为|為|是)"
)
_FORMER_POST = re.compile(r"^(?:曾任|原任|曾担任|曾擔任|历任|歷任)")
_PARTS = re.compile(r"[，,、]")


def _profile_part(p: str, attrs: dict[str, str]) -> bool:
    """File one comma-separated part of a profile (男, 朝鲜族, 1975年3月生, 中共党员) into
    ``attrs``; False when the part is none of these."""
    if p in ("男", "女") and "gender" not in attrs:
        attrs["gender"] = p
    elif is_ethnicity(p) and "ethnicity" not in attrs:
        attrs["ethnicity"] = p
    elif key(p) in POLITICS and "politics" not in attrs:
        attrs["politics"] = p
    elif (m := _BIRTH.match(p)) and "birth" not in attrs:
        attrs["birth"] = f"{m.group(1)}.{int(m.group(2)):02d}"
    elif _AGE.match(p) or _EDU.search(p):
        pass
    else:
        return False
    return True


def _profile_attrs(rest: str) -> dict[str, str]:
    """姓名:男,土家族,24岁,中师学历,中共党员,湖北省…教师 → ethnicity, politics, position."""
    attrs: dict[str, str] = {}
    parts = [p.strip() for p in re.split(r"[，,]", rest) if p.strip()]
    leftover = [p for p in parts if not _profile_part(p, attrs)]
    if leftover:
        attrs["position"] = leftover[-1]
    return attrs


def profile_sentence(text: str) -> tuple[dict[str, str], tuple[int, int] | None]:
    """The profile a 事迹材料 opens with — ``张三，男，汉族，1975年3月生，中共党员，现任××县
    ××镇党委书记。`` (``text`` is what follows the name): gender, ethnicity, birth, politics and
    the post, with the post's span in ``text``. Empty when the sentence states no gender,
    ethnicity or birth (then it is ordinary prose that happens to start with the name)."""
    end = next((i for i, ch in enumerate(text) if ch in "。；;"), len(text))
    attrs: dict[str, str] = {}
    post: tuple[int, int] | None = None
    for m in re.finditer(r"[^，,。；;]+", text[:end]):
        p = m.group().strip()
        if not p or _profile_part(p, attrs) or _FORMER_POST.match(p):
            continue
        lead = _POST_LEAD.match(p)
        rest = p[lead.end() :].strip() if lead else p
        # 现任/担任 always introduce the post; 为/是/系 only when a post follows (为人正直 is not)
        if rest and ((lead and "任" in lead.group()) or looks_like_position(rest)):
            s = m.start() + m.group().index(rest, lead.end() if lead else 0)
            post = (s, s + len(rest))
    if not attrs.keys() & {"gender", "ethnicity", "birth"}:
        return {}, None
    if post is not None:
        attrs["position"] = text[post[0] : post[1]]
    return attrs, post


def annotated_name(text: str) -> tuple[str, dict[str, str], int] | None:
    """``王淑清（女）``, ``金宪（朝鲜族）``, ``黄文秀（女，壮族，追授）`` at the start of ``text``:
    (name, attributes, where the rest of the line starts). Every part of the parentheses must
    be a gender, an ethnicity or a known marker, so ``宜春市第一中学（高中部）`` is not one."""
    m = _ANNOTATED.match(text)
    if not m:
        return None
    # 乌云其其格（女，蒙古族）: a name of the minority nationality it states need not fit 2–4
    # characters after a surname
    minority = any(is_ethnicity(p.strip()) and key(p.strip()) != "汉族" for p in _PARTS.split(m.group("ann")))
    if not (is_person_name(m.group("name")) or minority and 2 <= len(key(m.group("name"))) <= 8 and is_han(key(m.group("name")))):
        return None
    attrs: dict[str, str] = {}
    notes: list[str] = []
    for part in _PARTS.split(m.group("ann")):
        p = part.strip()
        if not p:
            continue
        if p in ("男", "女") or is_ethnicity(p):
            if not _profile_part(p, attrs):
                return None
        elif key(p) in _NAME_MARKERS or p in _NAME_MARKERS:
            notes.append(p)
        else:
            return None
    if not attrs and not notes:
        return None
    if notes:
        attrs["notes"] = "，".join(notes)
    return m.group("name"), attrs, m.start("rest")


_SENTENCE_STOPS = re.compile(r"[。;!?:]")
# Function words: prose is full of them and begins with them; a name or a post does not.
FUNCTION_CHARS = frozenset("的是了在和与及从被获向为对将以于把由自这该其等之也都而并就所")
_PRONOUNS = frozenset("他她它我")
_TITLE_PART_MAX = 12  # ，高级工程师 / ，首席技师: the rank after a post is short


# 25680票, 得票 1234: a vote count printed after the entry (最美… online votes)
VOTES = re.compile(r"\s*(?:得票数?[:：]?\s*)?\d[\d,，]*\s*票\s*$")


def looks_like_position(text: str) -> bool:
    """A post as lists write it after a name: ``吉林省汪清县第四幼儿园园长``,
    ``…设备技术检测中心主任，高级工程师``, several posts ``…大学教授,…协会会长,…实验室主任``.
    A unit ending within its first 40 characters, no sentence punctuation, mostly Han, and after
    a comma only short ranks or further posts — so prose (``同志在社区工作多年，表现突出``) is
    not one."""
    k = key(text)
    if not 4 <= len(k) <= 160 or _SENTENCE_STOPS.search(k) or k[0] in _PRONOUNS or k.startswith("同志"):
        return False
    if k[0] in FUNCTION_CHARS and not _starts_with_place(k):  # 和田地区… is a place, 的确… is prose
        return False
    if han_count(k) < 0.6 * len(k):
        return False
    first, *ranks = k.split(",")
    if len(first) > 80 or any(not r or (len(r) > _TITLE_PART_MAX and not _has_unit_ending(r)) for r in ranks):
        return False
    return _has_unit_ending(first)


def _starts_with_place(k: str) -> bool:
    places = find_places(k[:8])
    return bool(places) and places[0].start == 0


def _has_unit_ending(k: str) -> bool:
    """A unit ending (not a one-character one that begins everyday words) within the first 40
    characters of ``k``, after at least two characters."""
    for i in range(2, min(len(k), 40)):
        for length in _SUFFIX_LENGTHS:
            if length <= i + 1 and k[i + 1 - length : i + 1] in _SUFFIX_SET and (length > 1 or k[i] not in NAME_SAFE_ENDINGS):
                return True
    return False


_COLON_ENTRY = re.compile(r"^(?P<name>[^:：，,。；;]{2,40}?)\s*[:：]\s*(?P<rest>\S.*)$")
_COLON_ENTRY_MAX = 2000
# 推荐单位：…, 主办单位：… name a role, not a nominee, though they end like a unit's name
_ROLE_LABEL = re.compile(
    r"(?:推荐|填报|申报|报送|主办|承办|协办|联系|所在|工作|发文|印发|抄送|主送|责任|实施|牵头|参与|监督)(?:单位|机关|部门|处室|科室)$"
    r"|^[\u4e00-\u9fff]{1,4}(?:单位|机关|部门)$"  # 发布单位, 主管部门: a short label, not a unit's name
)


def _row_name(text: str) -> bool:
    """A name in a row of names. Two characters after a surname are a name there even when the
    second ends unit names elsewhere (赵连, 王营): no unit is called by two characters."""
    k = key(text)
    return is_person_name(text) or (len(k) == 2 and is_han(k) and k[0] in surnames()[0])


def _person_with_position(text: str, tokens: list[tuple[int, str]]) -> Entry | None:
    """``刘劲松　…炼油厂操作工，首席技师`` / ``田　华　…社区党委书记`` / ``欧阳 晓明 …``: a name
    (its first one to three tokens, padding kept as written), a gap, a post."""
    for j in range(min(3, len(tokens) - 1), 0, -1):
        if j > 1 and (any(len(key(t)) > 2 for _, t in tokens[:j]) or any(_profile_part(key(t), {}) for _, t in tokens[1:j])):
            continue  # a padded name is made of pieces of one or two characters (王 峰, 欧阳 晓明), not 李 华 女
        end = tokens[j - 1][0] + len(tokens[j - 1][1])
        name = text[tokens[0][0] : end]
        if not is_person_name(name):
            continue
        # 王建华 男 汉族 1975.03 中共党员 某某局局长: profile columns between the name and the post
        attrs: dict[str, str] = {}
        while j < len(tokens) - 1 and _profile_part(key(tokens[j][1]), attrs):
            j += 1
        if attrs:  # keep the author's characters (朝鮮族), not the comparison key
            for f, v in list(attrs.items()):
                attrs[f] = next((t for _, t in tokens if key(t) == v), v) if f != "birth" else v
        if len(tokens) - j >= 2 and all(len(key(t)) <= 4 for _, t in tokens[j:]):
            return None  # 张华 王振 李明 赵连: a row of names, not a name and a post
        rest_start = tokens[j][0]
        rest = VOTES.sub("", text[rest_start:]).rstrip()
        if looks_like_position(rest):
            return Entry(name, tokens[0][0], end, "individual", {**attrs, "position": rest}, {"position": (rest_start, rest_start + len(rest))})
        return None
    return None


def _annotated_row(text: str, tokens: list[tuple[int, str]]) -> list[Entry]:
    """王成刚（综合科）　刘晓雯（信息科）　冯  博（某某公司）: a row of people, each with their
    unit in parentheses (a padded name's surname is a token of its own)."""
    merged: list[tuple[int, str]] = []
    for s, t in tokens:
        if merged and len(merged[-1][1]) == 1 and is_han(merged[-1][1]) and re.match(r"[\u4e00-\u9fff]{1,2}[（(]", t):
            s0 = merged.pop()[0]
            merged.append((s0, text[s0 : s + len(t)]))
        else:
            merged.append((s, t))
    out = []
    for s, t in merged:
        m = _ANNOTATED.match(t)
        if not m or m.group("rest") or not is_person_name(m.group("name")) or not _is_unit_note(m.group("ann")):
            return []
        name = m.group("name")
        at = s + m.start("ann")
        out.append(Entry(name, s, s + len(name), "individual", {"position": m.group("ann")}, {"position": (at, at + len(m.group("ann")))}))
    return out


_BLURB_MAX = 40  # 扎根山区30年的乡村教师: a description after a name, not deeds
_ENTRY_MAX = 120  # a longer line is prose, unless it is a long post or a long run of names
_TRAILING_REMARK = re.compile(r"\s*[（(](?P<r>[^()（）]{7,60})[)）]$")
_NOTE_WORDS = re.compile(r"^(?:[男女]|左|右|中|前|后|上|下|图|摄|照片|见|注|按|排名|第)")


def _tokens(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]


_NAMED_GROUP = re.compile(r"^(?P<name>[^\s等，,、]{2,4}?)(?P<group>等\s*[\d一二三四五六七八九十]+\s*(?:名|位|人)(?:同志)?)")
# How posts end: 警长, 科员, 教师, 主任, 书记, 队长 … — the last character of a title
_POST_END = frozenset("长员师任记理官手工士生监督席委者人医警匠管干")


_PADDED_TAIL = re.compile(r"[\u4e00-\u9fff][ \u3000]{1,3}[\u4e00-\u9fff]$")


def trailing_person(text: str) -> str | None:
    """The person at the end of ``单位职务姓名``: a post that ends like a title, then a name
    (the longer name when both fit: …警长蔡志福 is 蔡志福, not 志福). Honours listed before the
    post (全国优秀教师、某某村小学教师马海军) are not part of it."""
    k = re.split(r"[、，,]", text.strip())[-1]
    padded = _PADDED_TAIL.search(k)  # …一级警长杨  涛: a two-character name padded as written
    if padded and is_han(k[: padded.start()]) and len(k[: padded.start()]) >= 5:
        post = k[: padded.start()]
        return padded.group() if post[-1] in _POST_END and is_person_name(padded.group()) and looks_like_position(post) else None
    if len(k) < 7 or not is_han(k):
        return None
    for n in (3, 2):
        name, post = k[-n:], k[:-n]
        if post[-1] in _POST_END and is_person_name(name) and looks_like_position(post):
            return name
    return None


# How the name of an honour for a person ends (全国三八红旗手, 全省劳动模范, 最美乡村医生, 优秀共产党员)
_HONOUR_END = re.compile(r"(?:红旗手|紅旗手|能手|标兵|標兵|模范|模範|劳模|勞模|楷模|英雄|之星|先锋|先鋒|工作者|工匠|好人|人物|党员|黨員|教师|教師|医生|醫生|获得者|獲得者)$")


def honoured_person(text: str) -> str | None:
    """The person named right after an honour (全国三八红旗手周某芳 → 周某芳): a name whose
    prefix ends like an honour for people; the longer name first, and only where the honour
    ends exactly before it (全国劳动模范王刚 is 王刚, not 范王刚). A place after the honour
    (全国文明村某某县某村) is not a person."""
    k = re.split(r"[、，,]", text.strip())[-1]
    if not is_han(k):
        return None
    for n in (3, 2):
        name, honour = k[-n:], k[:-n]
        if len(honour) >= 3 and _HONOUR_END.search(honour) and is_person_name(name):
            return name
    return None


def _is_unit_note(ann: str) -> bool:
    """What a list puts in parentheses after a person's name to say where they work: a short
    unit or post (寿乡食用菌专业合作社, 京山轻机, 市二医), not a gender, a caption or a remark."""
    k = key(ann)
    return 2 <= len(k) <= 40 and han_count(k) >= 0.6 * len(k) and not _NOT_NAME_CHARS.search(k) and not _NOTE_WORDS.match(k)


_DOTTED_NAME = re.compile(r"[·•]")


def _separated(text: str, stripped: str, lead: int) -> list[Entry]:
    """张三、李四、王五 / 某某局、某某村、某某家庭: every part a name, else nothing. A trailing
    、 says the list goes on on the next line."""
    parts = re.split(r"[、，,；;]", stripped.rstrip("、，,；; \u3000。"))
    if len(parts) < 2:
        return []
    out, pos = [], lead
    for p in parts:
        p = p.strip()
        if not p:
            return []
        s = text.index(p, pos)
        pos = s + len(p)
        if is_person_name(p) or is_unit_name(p):
            out.append(Entry(p, s, s + len(p), "individual" if is_person_name(p) else "collective"))
            continue
        m = _ANNOTATED.match(p)  # 陈刚（兴山县某某合作社）、刘红（宜昌某某化工）
        if not m or m.group("rest").strip() or not is_person_name(m.group("name")) or not _is_unit_note(m.group("ann")):
            return []
        name, at = m.group("name").strip(), s + m.start("ann")
        out.append(Entry(name, s, s + len(name), "individual", {"position": m.group("ann")}, {"position": (at, at + len(m.group("ann")))}))
    return out


# 王丽萍老师从教二十六年…: a paragraph about one person, named with an honorific
_LEAD_PERSON = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志|老师|医生|教授|书记|院士|师傅|大姐|警官)(?![，,、。：:])")


def _paragraph_entry(stripped: str, lead: int) -> Entry | None:
    """A paragraph that opens with who the person is: a profile (``张德山，男，汉族，…，现任…。``)
    or a post (``刘建军，某某公司高级技师。他扎根…``, deeds written inline in a news story).
    The paragraph is the record's deeds when it goes on after that first sentence; a line that
    is only ``张　伟，男，某某医院主治医师`` is an entry without deeds."""
    prof = opening_profile(stripped)
    first_end = next((i for i, ch in enumerate(stripped) if ch in "。；;"), len(stripped))
    if prof is not None:
        name, attrs, post = prof
    else:
        m = _PROFILE_NAME.match(stripped)
        if not m or not is_person_name(m.group("name")):
            return None
        clause = stripped[m.end() : first_end].strip()
        if not clause or not looks_like_position(clause):
            return None
        name, attrs = m.group("name"), {"position": clause}
        at = m.end() + stripped[m.end() :].index(clause)
        post = (at, at + len(clause))
    at = lead + stripped.index(name)
    entry = Entry(name, at, at + len(name), "individual", dict(attrs))
    if post is not None:
        entry.spans["position"] = (lead + post[0], lead + post[1])
    if stripped[first_end + 1 :].strip():
        entry.attrs["deeds"] = stripped
        entry.spans["deeds"] = (lead, lead + len(stripped))
    return entry


@dataclass(slots=True)
class _Candidate:
    """One list line offered to the entry shapes below."""

    text: str  # the line, right-stripped
    stripped: str
    lead: int  # where ``stripped`` starts in ``text``
    individual_context: bool  # under a heading or title about people
    tokens: list[tuple[int, str]]  # the whitespace-separated pieces and where they start


# Each entry shape is a recogniser: it returns the line's entries when the line has its shape,
# [] when the line has its shape but names no one (stop looking), or None (not this shape).
Recogniser = Callable[[_Candidate], "list[Entry] | None"]


def _colon_entry(c: _Candidate) -> list[Entry] | None:
    """名称：事迹… / 1.马存忠:平凉市…书记 / 刘建华家庭：西宁市…街道 / 张立新（某某大学教授）：事迹…"""
    m = _COLON_ENTRY.match(c.stripped)
    if not m or len(c.stripped) > _COLON_ENTRY_MAX or _PROFILE.match(c.stripped):
        return None
    name, rest, lead = m.group("name").strip(), m.group("rest").rstrip(), c.lead
    start, rest_start = lead + m.start("name"), lead + m.start("rest")
    person = is_person_name(name)
    unit = is_unit_name(name) and not _ROLE_LABEL.search(key(name))
    # a post (perhaps cut off: …社区党支部书记、), or where a collective is
    if (person or unit) and not ends_sentence(rest) and (looks_like_position(rest) or is_unit_name(rest)):
        kind = "individual" if person else "collective"
        return [Entry(name, start, start + len(name), kind, {"position": rest}, {"position": (rest_start, rest_start + len(rest))})]
    if (person or unit) and (is_sentence(rest) or ends_sentence(rest)):
        kind = "individual" if person else "collective"
        return [Entry(name, start, start + len(name), kind, {"deeds": rest}, {"deeds": (rest_start, rest_start + len(rest))})]
    if person and not _SENTENCE_STOPS.search(key(rest)) and len(key(rest)) <= _BLURB_MAX and not ends_sentence(rest):
        # 1.林秀英：扎根山区30年的乡村教师 — a person and a one-phrase description
        return [Entry(name, start, start + len(name), "individual", {"notes": rest})]
    a = _ANNOTATED.match(name)  # the post in parentheses, then the deeds
    if a and not a.group("rest").strip() and is_person_name(a.group("name")) and (is_sentence(rest) or ends_sentence(rest)):
        ann = annotated_name(name)
        if ann or _is_unit_note(a.group("ann")):
            pname = a.group("name").strip()
            entry = Entry(pname, start, start + len(pname), "individual", dict(ann[1]) if ann else {}, {"deeds": (rest_start, rest_start + len(rest))})
            if not ann:
                at = start + a.start("ann")
                entry.attrs["position"], entry.spans["position"] = a.group("ann"), (at, at + len(a.group("ann")))
            entry.attrs["deeds"] = rest
            return [entry]
    return None


def _profile_paragraph(c: _Candidate) -> list[Entry] | None:
    """张德山，男，汉族，…现任…。他…: see _paragraph_entry."""
    entry = _paragraph_entry(c.stripped, c.lead)
    return [entry] if entry is not None else None


def _lead_paragraph(c: _Candidate) -> list[Entry] | None:
    """王丽萍老师从教二十六年…。: a paragraph about one person (kept only among others)."""
    m = _LEAD_PERSON.match(c.stripped)
    if not (m and is_person_name(m.group("name")) and is_sentence(c.stripped) and ends_sentence(c.stripped)):
        return None
    name, lead, n = m.group("name"), c.lead, len(c.stripped)
    return [Entry(name, lead, lead + len(name), "individual", {"deeds": c.stripped}, {"deeds": (lead, lead + n)}, lead_paragraph=True)]


def _long_line(c: _Candidate) -> list[Entry] | None:
    """A line longer than an entry is prose, unless it is a long post (石 琴 …教授,…会长,…主任)
    or a long run of 、-separated names."""
    if len(c.stripped) <= _ENTRY_MAX:
        return None
    entry = _person_with_position(c.text, c.tokens)
    return [entry] if entry else _separated(c.text, c.stripped, c.lead)


def _profile_line(c: _Candidate) -> list[Entry] | None:
    """宋芳蓉:女,土家族,24岁,…,单位职务"""
    m = _PROFILE.match(c.stripped)
    if not m or not is_person_name(m.group("name")):
        return None
    name = m.group("name").strip()
    return [Entry(name, c.lead, c.lead + len(name), "individual", {"gender": m.group("g"), **_profile_attrs(m.group("rest") or "")})]


def _annotated_entry(c: _Candidate) -> list[Entry] | None:
    """王淑清（女）, 李海兰（女，朝鲜族）, 金宪（朝鲜族） 单位职务"""
    ann = annotated_name(c.stripped)
    if ann is None:
        return None
    name, attrs, rest_at = ann
    entry = Entry(name, c.lead, c.lead + len(name), "individual", attrs)
    rest = c.stripped[rest_at:]
    post = rest.strip(" \u3000，,：:")
    if post:
        at = c.lead + rest_at + rest.index(post)
        entry.attrs["position"], entry.spans["position"] = post, (at, at + len(post))
    return [entry]


def _named_group_entry(c: _Candidate) -> list[Entry] | None:
    """孙立波等3名同志 …支队: the group is listed under the one person it names."""
    m = _NAMED_GROUP.match(c.stripped)
    if not m or not is_person_name(m.group("name")):
        return None
    name, rest = m.group("name"), c.stripped[m.end() :].strip(" \u3000，,：:")
    entry = Entry(name, c.lead, c.lead + len(name), "individual", {"notes": m.group("group")})
    if rest and looks_like_position(rest):
        at = c.lead + c.stripped.index(rest, m.end())
        entry.attrs["position"], entry.spans["position"] = rest, (at, at + len(rest))
    return [entry]


def _post_then_person(c: _Candidate) -> list[Entry] | None:
    """市公安局交警支队一大队二级警长蔡志福: the person named at the end of the post; in a list
    of people, also a minority name without a surname (…所长尼玛才仁)."""
    tail = trailing_person(c.stripped) or (_unsurnamed_tail(c.stripped) if c.individual_context else None)
    if tail is None:
        return None
    at = c.lead + len(c.stripped) - len(tail)
    post = c.stripped[: len(c.stripped) - len(tail)]
    return [Entry(tail, at, at + len(tail), "individual", {"position": post}, {"position": (c.lead, c.lead + len(post))})]


def _glued_person_unit(c: _Candidate) -> list[Entry] | None:
    """王某新合肥市某某公司调度员: a name run into its unit and post with no gap — the name is
    the 2–3 characters before a place name that opens a post (the longer name first: 李红霞安庆市…
    is 李红霞, not 李红). The line ends like a post, not a unit: 国网北京市某供电公司 is a unit
    whose name opens with a short word; a leading place (江西南昌市…) is never a name."""
    k = c.stripped
    if len(c.tokens) != 1 or len(k) > _ENTRY_MAX or _NOT_NAME_CHARS.search(k) or k[-1] not in _POST_END or is_unit_name(k):
        return None
    for n in (3, 2):
        name, rest = k[:n], k[n:]
        if is_person_name(name) and not is_region_name(name) and _starts_with_place(rest) and looks_like_position(rest):
            at = c.lead + n
            return [Entry(name, c.lead, at, "individual", {"position": rest}, {"position": (at, at + len(rest))})]
    return None


def _parenthesised(c: _Candidate) -> list[Entry] | None:
    """张建国家庭（北京）: the region in parentheses; 陈斌(寿乡食用菌专业合作社): the unit."""
    m = _ANNOTATED.match(c.stripped)
    if not m or m.group("rest").strip():
        return None
    name, note = m.group("name").strip(), m.group("ann").strip()
    at = c.lead + m.start("ann") + m.group("ann").index(note)
    if is_region_name(note) and (is_person_name(name) or is_unit_name(name)):
        kind = "individual" if is_person_name(name) else "collective"
        return [Entry(name, c.lead, c.lead + len(name), kind, {"region": note}, {"region": (at, at + len(note))})]
    if is_person_name(name) and _is_unit_note(m.group("ann")):
        return [Entry(name, c.lead, c.lead + len(name), "individual", {"position": note}, {"position": (at, at + len(note))})]
    return None


def _name_and_post(c: _Candidate) -> list[Entry] | None:
    """刘劲松　…操作工，首席技师 / 田　华　…党委书记 / 王建华 男 汉族 某某局局长"""
    entry = _person_with_position(c.text, c.tokens) if len(c.tokens) >= 2 else None
    return [entry] if entry is not None else None


def _prose_gate(c: _Candidate) -> list[Entry] | None:
    """Sentence punctuation outside a separated list: prose, not an entry (stop)."""
    if _NOT_NAME_CHARS.search(_QUOTED.sub("", key(c.stripped)).replace("、", "")) and not re.search(r"[,，;；]", c.stripped):
        return []
    return None


def _separated_entry(c: _Candidate) -> list[Entry] | None:
    """张三、李四、王五 / 某某局；某某中心 / 陈刚（某合作社）、刘红（某化工）"""
    return _separated(c.text, c.stripped, c.lead) if any(sep in c.stripped for sep in "、，,；;") else None


def _row_entry(c: _Candidate) -> list[Entry] | None:
    """王成刚（综合科）　刘晓雯（信息科） / 某某局 某某医院 某某中学 (three or more units)."""
    tokens = c.tokens
    if len(tokens) >= 2 and (row := _annotated_row(c.text, tokens)):
        return row
    if len(tokens) >= 3 and all(is_unit_name(t) for _, t in tokens):
        return [Entry(t, s, s + len(t), "collective") for s, t in tokens]
    return None


def _name_grid(c: _Candidate) -> list[Entry] | None:
    """张三　李四　王五: names separated by spaces; 1-character tokens pair up as padded names
    (陈 忠); 阿依古丽·买买提 is one token."""
    tokens = c.tokens
    if len(tokens) < 2 or not all(len(key(t)) <= 4 or _DOTTED_NAME.search(t) for _, t in tokens):
        return None
    groups: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        s, t = tokens[i]
        if len(key(t)) == 1 and i + 1 < len(tokens) and len(key(tokens[i + 1][1])) <= 2:
            e = tokens[i + 1][0] + len(tokens[i + 1][1])
            i += 2
        else:
            e = s + len(t)
            i += 1
        groups.append((s, e))
    names = [(s, e, c.text[s:e]) for s, e in groups]
    if all(_row_name(n) for _, _, n in names) and (c.individual_context or len(names) >= 3):
        return [Entry(n, s, e, "individual") for s, e, n in names]
    surnamed = sum(_row_name(n) for _, _, n in names)
    if c.individual_context and (surnamed or len(names) >= 3) and all(_row_name(n) or _unsurnamed_name(n) for _, _, n in names):
        return [Entry(n, s, e, "individual") for s, e, n in names]  # 次仁卓玛　李  红 under 西藏自治区（2名）
    return None


def _unsurnamed_tail(text: str) -> str | None:
    """The four-character name without a surname after a whole title string (…派出所所长尼玛才仁;
    a shorter one would be a guess: …卫生院医生扎西 is not 医|生扎西):
    the post must end exactly before it, and the name must not end like a post (书记兼主任)."""
    if len(text) < 8 or not is_han(text):
        return None
    name, post = text[-4:], text[:-4]
    if post[-1] in _POST_END and name[-1] not in _POST_END and "兼" not in name and _unsurnamed_name(name) and looks_like_position(post):
        return name
    return None


def _unsurnamed_name(text: str) -> bool:
    """A minority name without a surname (次仁卓玛, 格桑) in a row of people's names: Han
    characters only, no unit ending, no place, no function word, no honour or group word."""
    k = key(text)
    return (2 <= len(k) <= 4 and is_han(k) and not unit_suffix(k) and not is_region_name(k) and not set(k) & FUNCTION_CHARS
            and heading_kind(k) is None)


def _unit_entry(c: _Candidate) -> list[Entry] | None:
    """A unit's name on its own line; a remark in parentheses after it goes to notes
    (…业务部(民进会员徐本瀚任总经理)). A line with the particle 的 outside quotes is a
    caption over an entry (与时间赛跑的“心”防线), not a unit: units are not named with 的."""
    if not is_unit_name(c.stripped) or is_phrase(c.stripped):
        return None
    m = _TRAILING_REMARK.search(c.stripped)
    if m and is_unit_name(c.stripped[: m.start()]) and not unit_suffix(key(m.group("r"))):
        name = c.stripped[: m.start()].rstrip()
        return [Entry(name, c.lead, c.lead + len(name), "collective", {"notes": m.group("r")})]
    return [Entry(c.stripped, c.lead, c.lead + len(c.stripped), "collective")]


def _lone_person(c: _Candidate) -> list[Entry] | None:
    """A person's name alone on its line, where a heading says the list is of people."""
    if c.individual_context and is_person_name(c.stripped):
        return [Entry(c.stripped, c.lead, c.lead + len(c.stripped), "individual")]
    return None


# In this order: the shapes that say most about a line first.
RECOGNISERS: tuple[Recogniser, ...] = (
    _colon_entry, _profile_paragraph, _lead_paragraph, _long_line, _profile_line, _annotated_entry,
    _named_group_entry, _post_then_person, _glued_person_unit, _parenthesised, _name_and_post, _prose_gate, _separated_entry,
    _row_entry, _name_grid, _unit_entry, _lone_person,
)


def parse_entry(line: str, *, individual_context: bool = False) -> list[Entry]:
    """The records one list line names (several for 张三、李四、王五), or [] if it is not an
    entry: the first entry shape (RECOGNISERS) the line has. ``line`` has no number prefix;
    spans are relative to it."""
    text = line.rstrip()
    stripped = text.strip()
    if not stripped or stripped.startswith(("——", "—", "--")):
        return []  # ——记…: a subtitle, not an entry
    c = _Candidate(text, stripped, len(text) - len(text.lstrip()), individual_context, _tokens(text))
    for recognise in RECOGNISERS:
        found = recognise(c)
        if found is not None:
            return found
    return []


_PROFILE_NAME = re.compile(r"^\s*(?P<name>[^，,：:。\s]{2,8}?|[^，,：:。\s]\s+[^，,：:。\s]{1,2})\s*(?:同志)?\s*[，,]")


def opening_profile(text: str) -> tuple[str, dict[str, str], tuple[int, int] | None] | None:
    """``张三，男，汉族，1975年3月生，中共党员，现任…。`` opening the body: (name, profile
    attributes, span of the post in ``text``). None when the opening is not a profile."""
    m = _PROFILE_NAME.match(text)
    if not m:
        return None
    attrs, post = profile_sentence(text[m.end() :])
    if not attrs:
        return None
    # 扎西次仁，男，藏族，…: a name of the minority nationality the profile states need not
    # start with a surname
    minority = attrs.get("ethnicity") and key(attrs["ethnicity"]) != "汉族" and 2 <= len(key(m.group("name"))) <= 8 and is_han(key(m.group("name")))
    if not (is_person_name(m.group("name")) or minority):
        return None
    return m.group("name"), attrs, (post[0] + m.end(), post[1] + m.end()) if post else None
