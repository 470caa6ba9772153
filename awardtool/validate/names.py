"""What a unit's name and a person's name look like, and the key that makes two spellings of
one name compare equal (for duplicates)."""

from __future__ import annotations

import re
import unicodedata

from awardtool.regions import find_places, to_simplified
from awardtool.validate.chars import is_cjk, is_space
from awardtool.vocab import PLACE_ENDINGS, UNIT_SUFFIXES

# A collective may be a unit or a place honoured as a whole (全国文明城市: 无锡市).
_UNIT_OR_PLACE_ENDINGS = UNIT_SUFFIXES + tuple(PLACE_ENDINGS)

# A trailing annotation that is not part of the name proper: （筹）, (试点), 【…】.
_TRAILING_NOTE = re.compile(r"[（(【\[][^（()）【】\[\]]{1,12}[)）】\]]$")
_ETHNIC_DOTS = "·•‧・．.＿"


def strip_spaces(text: str) -> str:
    return "".join(ch for ch in text if not is_space(ch))


def looks_like_unit(name: str) -> bool:
    core = strip_spaces(name)
    while _TRAILING_NOTE.search(core):
        core = _TRAILING_NOTE.sub("", core)
    return len(core) >= 2 and core.endswith(_UNIT_OR_PLACE_ENDINGS)


def looks_like_person(name: str) -> bool:
    """2–4 Chinese characters, or an ethnic name whose parts are joined by a middle dot
    (买买提·艾力, 阿依古丽·买买提), each part Chinese."""
    core = strip_spaces(name)
    if all(is_cjk(c) for c in core):
        return 2 <= len(core) <= 4
    parts = re.split(f"[{re.escape(_ETHNIC_DOTS)}]", core)
    return (
        len(parts) >= 2
        and all(p and all(is_cjk(c) for c in p) for p in parts)
        and 3 <= len(core) <= 20
    )


def normalise(text: str) -> str:
    """Full-/half-width, spaces, traditional characters and middle-dot variants folded, so
    spellings of one name compare equal."""
    text = unicodedata.normalize("NFKC", strip_spaces(text or ""))
    text = re.sub(f"[{re.escape(_ETHNIC_DOTS)}]", "·", text)
    return to_simplified(text)


def leading_province(name: str) -> tuple[str | None, int]:
    """(province, length) of a province-level name the text starts with (四川省…, 北京市…)."""
    places = find_places(name)
    if places and places[0].start == 0 and places[0].level == "province":
        return places[0].province, places[0].end
    return None, 0


def leading_places(name: str):
    """Places written at the start of a name (四川省成都市… gives both), in order."""
    out, pos = [], 0
    for p in find_places(name):
        if p.start != pos or p.level == "county":
            break
        out.append(p)
        pos = p.end
    return out
