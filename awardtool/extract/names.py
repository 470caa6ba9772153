"""Is this text a unit's name, a person's name, or neither — and what an entry line says.

Lists mix shapes: bare unit names, bare person names, ``姓名 单位`` pairs, ``姓名（女，朝鲜族）``
and one-line profiles ``宋芳蓉:女,土家族,24岁,…,湖北省五峰…教师``. Decisions are made on the
comparison key (simplified, half width, no spaces); the returned values are the author's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from awardtool.extract.text import han_count, is_han, key

# Endings of unit names (先进集体): organs, enterprises, schools, teams … longest first.
UNIT_SUFFIXES = tuple(sorted({
    "局", "办公室", "办", "中心", "科", "处", "室", "院", "委员会", "委", "公司", "集团", "厂", "大队", "中队",
    "支队", "总队", "队", "班", "班组", "组", "站", "所", "社区", "学校", "小学", "中学", "大学", "学院", "幼儿园",
    "医院", "卫生院", "团队", "部", "厅", "馆", "村", "镇", "乡", "街道", "政府", "法院", "检察院", "分局",
    "支行", "分行", "银行", "协会", "联合会", "基金会", "工会", "党委", "党支部", "支部", "车间", "工区",
    "项目部", "连", "营", "台", "社", "场", "基地", "监狱", "保护区", "机关", "单位", "总站", "管理处",
    "工作室", "服务中心", "合作社", "研究所", "研究院", "实验室", "分公司", "供电所", "派出所", "中学校",
    "事务所", "纪念馆", "博物馆", "图书馆", "少年宫", "福利院", "敬老院", "养老院", "中队", "舰", "艇",
}, key=len, reverse=True))

# The same endings by length, longest first: a name's ending is found with one set lookup per
# length instead of an endswith() per ending (this test runs for every candidate name).
_SUFFIX_LENGTHS = tuple(sorted({len(s) for s in UNIT_SUFFIXES}, reverse=True))
_SUFFIX_SET = frozenset(UNIT_SUFFIXES)

_SCHOOL_ABBR = re.compile(r"[一二三四五六七八九十\d]+中$")  # 上高二中, 铜鼓一中
_TRAILING_PAREN = re.compile(r"[（(][^()（）]*[)）]$")
_NOT_NAME_CHARS = re.compile(r"[，。；！？,;!?：:“”\"《》]")
_NAME_DOTS = re.compile(r"[·•]")
_INDIVIDUAL_WORDS = ("个人", "教师", "工作者", "劳模", "劳动模范", "奖章", "标兵", "人选", "同志", "职工", "先锋人物", "能手", "之星", "楷模", "英雄", "模范人物", "班主任", "医生", "护士", "党员", "干部", "青年")
_COLLECTIVE_WORDS = ("集体", "单位", "奖状", "班组", "团队", "组织", "示范点", "示范校", "学校", "文明号", "先锋号")


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from the shipped list."""
    text = resources.files("awardtool").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    single = frozenset(lines[0].strip())
    compound = frozenset(w for ln in lines[1:] for w in ln.split())
    return single, compound


def is_person_name(text: str) -> bool:
    """2–4 Han characters starting with a surname (padding spaces allowed: 田　华), or a
    minority name with a middle dot (阿依古丽·买买提)."""
    k = key(text)
    if "·" in k or "•" in k:
        parts = _NAME_DOTS.split(k)
        return 2 <= len(k) <= 16 and all(1 <= len(p) <= 8 and is_han(p) for p in parts)
    if not (2 <= len(k) <= 4 and is_han(k)) or unit_suffix(k):
        return False
    single, compound = surnames()
    return k[0] in single or (k[:2] in compound and len(k) >= 3)


def unit_suffix(k: str) -> str | None:
    """The unit ending of a (key) name, ignoring a trailing parenthetical (…有限公司(华北…))."""
    core = _TRAILING_PAREN.sub("", k)
    for length in _SUFFIX_LENGTHS:
        if len(core) >= length and core[-length:] in _SUFFIX_SET:
            return core[-length:]
    return "中" if _SCHOOL_ABBR.search(core) else None


def is_unit_name(text: str) -> bool:
    """A unit's name: 3–60 characters, a unit ending, no sentence punctuation, mostly Han."""
    k = key(text)
    if not 3 <= len(k) <= 60 or _NOT_NAME_CHARS.search(k):
        return False
    if not unit_suffix(k):
        return False
    han = han_count(k)
    return han >= 3 and han >= 0.6 * len(k) and not k[0].isdigit()


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


_GENDER_PAREN = re.compile(r"^(?P<name>.+?)\s*[（(](?P<g>[男女])(?:[，,、\s]*(?P<e>[^，,、()（）\s]{1,8}族))?[^()（）]*[)）]\s*(?P<rest>.*)$")
_PROFILE = re.compile(r"^(?P<name>[^:：，,]{2,12}?)\s*[:：]\s*(?P<g>[男女])(?P<rest>[，,、].*)?$")
_ETHNIC = re.compile(r"^[^，,]{1,8}族$")
_AGE = re.compile(r"^\d{1,3}\s*[岁歲]$")
_EDU = re.compile(r"(学历|學歷|毕业|畢業|文化|学位|學位)$")
_POLITICS = ("中共党员", "中共黨員", "共青团员", "共青團員", "群众", "群眾", "民革", "民盟", "民建", "民进", "民進", "农工党", "致公党", "九三学社", "台盟", "无党派", "中共预备党员")
_BIRTH = re.compile(r"^(\d{4})[年.\-/](\d{1,2})月?(?:出生|生)?$")


def _profile_attrs(rest: str) -> dict[str, str]:
    """姓名:男,土家族,24岁,中师学历,中共党员,湖北省…教师 → ethnicity, politics, position."""
    attrs: dict[str, str] = {}
    parts = [p.strip() for p in re.split(r"[，,]", rest) if p.strip()]
    leftover: list[str] = []
    for p in parts:
        if _ETHNIC.match(p) and "ethnicity" not in attrs:
            attrs["ethnicity"] = p
        elif p in _POLITICS and "politics" not in attrs:
            attrs["politics"] = p
        elif (m := _BIRTH.match(p)) and "birth" not in attrs:
            attrs["birth"] = f"{m.group(1)}.{int(m.group(2)):02d}"
        elif _AGE.match(p) or _EDU.search(p):
            continue
        else:
            leftover.append(p)
    if leftover:
        attrs["position"] = leftover[-1]
    return attrs


def parse_entry(line: str, *, individual_context: bool = False) -> list[Entry]:
    """The records one list line names (several for 张三、李四、王五), or [] if it is not an
    entry. ``line`` has no number prefix; spans are relative to it."""
    text = line.rstrip()
    stripped = text.strip()
    if not stripped or len(stripped) > 120:
        return []
    lead = len(text) - len(text.lstrip())
    # 宋芳蓉:女,土家族,24岁,…,单位职务
    m = _PROFILE.match(stripped)
    if m and is_person_name(m.group("name")):
        attrs = {"gender": m.group("g"), **_profile_attrs(m.group("rest") or "")}
        return [Entry(m.group("name").strip(), lead, lead + len(m.group("name").strip()), "individual", attrs)]
    # 王淑清（女）, 李海兰（女，朝鲜族） 单位
    m = _GENDER_PAREN.match(stripped)
    if m and is_person_name(m.group("name")):
        attrs = {"gender": m.group("g")}
        if m.group("e"):
            attrs["ethnicity"] = m.group("e")
        if m.group("rest").strip():
            attrs["position"] = m.group("rest").strip(" ，,：:")
        return [Entry(m.group("name"), lead, lead + len(m.group("name")), "individual", attrs)]
    if _NOT_NAME_CHARS.search(key(stripped).replace("、", "")) and not re.search(r"[,，]", stripped):
        return []
    # 张三、李四、王五 / 某某局、某某中心
    if "、" in stripped or "，" in stripped or "," in stripped:
        parts = [p for p in re.split(r"[、，,]", stripped)]
        if len(parts) >= 2 and all(p.strip() and (is_person_name(p) or is_unit_name(p)) for p in parts):
            out, pos = [], lead
            for p in parts:
                s = text.index(p.strip(), pos)
                out.append(Entry(p.strip(), s, s + len(p.strip()), "individual" if is_person_name(p) else "collective"))
                pos = s + len(p.strip())
            return out
        return []
    tokens = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    # 陈江山 宜春市袁州区水江镇小洞小学 / 黄 英 江西省铜鼓中学 (the name as written, padding kept)
    if len(tokens) >= 2 and is_unit_name(tokens[-1][1]) and len(tokens) <= 4:
        name_start, last = tokens[0][0], tokens[-2]
        name = text[name_start : last[0] + len(last[1])]
        if is_person_name(name):
            return [Entry(name, name_start, name_start + len(name), "individual", {"position": tokens[-1][1]})]
    if is_unit_name(stripped):
        return [Entry(stripped, lead, lead + len(stripped), "collective")]
    # 张三　李四　王五 (names separated by spaces; 1-character tokens pair up as padded names)
    if len(tokens) >= 2 and all(len(key(t)) <= 4 for _, t in tokens):
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
        names = [(s, e, text[s:e]) for s, e in groups]
        if all(is_person_name(n) for _, _, n in names) and (individual_context or len(names) >= 3):
            return [Entry(n, s, e, "individual") for s, e, n in names]
        return []
    if individual_context and is_person_name(stripped):
        return [Entry(stripped, lead, lead + len(stripped), "individual")]
    return []
