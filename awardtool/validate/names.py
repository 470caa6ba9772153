"""What a unit's name and a person's name look like, and the key that makes two spellings of
one name compare equal (for duplicates)."""

from __future__ import annotations

import re
import unicodedata

from awardtool.regions import find_places, to_simplified
from awardtool.validate.chars import is_cjk, is_space

# Endings of unit names in commendation lists (longest first is not needed: endswith).
UNIT_SUFFIXES = tuple(
    """
    局 办公室 办 中心 科 院 委员会 委 公司 集团 大队 中队 支队 总队 分队 小队 班 班组 组 小组 站 所 社区 村
    学校 小学 中学 大学 学院 幼儿园 医院 卫生院 队 部 处 室 厅 馆 会 协会 学会 商会 团 团队 支部 总支 党委
    党组 工委 政府 街道 镇 乡 县 市 区 旗 盟 州 厂 车间 工段 场 矿 井 库 仓 行 分行 支行 社 合作社 园 基地 港 台
    署 署 关 海关 监狱 法院 检察院 派出所 连 营 舰 艇 机组 专班 网格 工作室 项目部 指挥部 实验室 研究所
    研究院 研究室 研究中心 服务中心 管理处 管理站 保护区 林场 农场 牧场 渔场 线 段 店 部门 单位 机关 企业
    家庭 窗口 所队 中心校 分局 支局 分公司 子公司 总公司 有限公司 股份公司 事务所 律师所 分会 联合会 理事会
    """.split()
)

# A trailing annotation that is not part of the name proper: （筹）, (试点), 【…】.
_TRAILING_NOTE = re.compile(r"[（(【\[][^（()）【】\[\]]{1,12}[)）】\]]$")
_ETHNIC_DOTS = "·•‧・．.＿"


def strip_spaces(text: str) -> str:
    return "".join(ch for ch in text if not is_space(ch))


def looks_like_unit(name: str) -> bool:
    core = strip_spaces(name)
    while _TRAILING_NOTE.search(core):
        core = _TRAILING_NOTE.sub("", core)
    return len(core) >= 2 and core.endswith(UNIT_SUFFIXES)


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
