"""The words awardtool recognises, in one place: surnames, unit-name endings, ethnicities,
political affiliations and the province-level divisions in their official order.

The extractor (is this a person, a unit, a place?), the checks (does a 集体 look like a unit?),
the exports (region blocks in official order) and the window all read these lists from here,
so a word added once is known everywhere. Comparisons are made on simplified characters;
traditional spellings are folded by OpenCC before a lookup (awardtool.regions.to_simplified).
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character surnames, compound surnames) from ``awardtool/data/surnames.txt``."""
    text = resources.files("awardtool").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    single = frozenset(lines[0].strip())
    compound = frozenset(w for ln in lines[1:] for w in ln.split())
    return single, compound


# How the names of units (先进集体) end: organs, enterprises, schools, teams, villages, families.
UNIT_SUFFIXES: tuple[str, ...] = tuple(sorted(set(
    """
    局 分局 支局 办公室 办 中心 服务中心 研究中心 中心校 科 处 管理处 室 研究室 实验室 工作室 院 研究院 学院
    医院 卫生院 检察院 法院 委员会 委 工委 党委 党组 党支部 支部 总支 公司 分公司 子公司 总公司 有限公司
    股份公司 集团 厂 车间 工段 工区 大队 中队 支队 总队 分队 小队 队 所队 班 班组 专班 组 小组 机组 站 总站 管理站
    所 研究所 供电所 派出所 事务所 律师所 社区 村 嘎查 苏木 镇 乡 街道 学校 中学校 庭 审判庭 法庭 小学 中学 大学 幼儿园 团队 团 部 项目部
    指挥部 部门 厅 馆 纪念馆 博物馆 图书馆 少年宫 福利院 敬老院 养老院 会 协会 学会 商会 分会 联合会 基金会
    理事会 工会 剧团 艺术团 乐团 歌舞团 政府 机关 单位 企业 连 营 舰 艇 台 社 合作社 场 林场 农场 牧场 渔场 矿 井 库 仓 行 银行 分行
    支行 园 基地 港 署 海关 监狱 保护区 网格 线 段 店 窗口 家庭 户 房 书屋 列车 工程
    """.split()
), key=len, reverse=True))

# Endings that are also place names' own endings: 无锡市 is a city before it is a unit, so the
# extractor counts a name ending this way as a unit only when the whole text is that place.
PLACE_ENDINGS: frozenset[str] = frozenset({"省", "市", "区", "县", "旗", "盟", "州", "地区", "自治区", "自治州", "自治县"})

# Not endings: 号 and 岗 end the awards themselves (全国工人先锋号, 巾帼文明岗), so a heading naming
# one would read as a unit.
# One-character unit endings that also end personal names (李春园, 王建港, 张连, 刘台): a
# 2–3 character name ending this way is still a person's name; the others (局, 院, 队 …) are not.
NAME_SAFE_ENDINGS: frozenset[str] = frozenset("会团行园港线段店井库仓矿场台营连社户舰艇关署房")

# The 56 nationalities, as written after a name: 汉族, 朝鲜族, 维吾尔族 …
ETHNIC_STEMS: tuple[str, ...] = tuple(
    "维吾尔 乌孜别克 柯尔克孜 哈萨克 塔吉克 塔塔尔 俄罗斯 鄂温克 鄂伦春 达斡尔 土家 布依 哈尼 傈僳 拉祜 纳西 景颇 仫佬 "
    "布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 德昂 保安 裕固 独龙 赫哲 门巴 珞巴 基诺 东乡 高山 蒙古 朝鲜 汉 壮 回 藏 满 苗 "
    "彝 侗 瑶 白 傣 黎 佤 畲 水 土 羌 怒 京".split()
)
ETHNICITIES: frozenset[str] = frozenset(s + "族" for s in ETHNIC_STEMS)

# 政治面貌 as lists write it (simplified; traditional text is folded before the lookup).
POLITICS: frozenset[str] = frozenset({
    "中共党员", "中共预备党员", "共青团员", "群众", "无党派人士", "无党派", "民革", "民革党员", "民盟", "民盟盟员",
    "民建", "民建会员", "民进", "民进会员", "农工党", "农工党党员", "致公党", "致公党党员", "九三学社", "九三学社社员",
    "台盟", "台盟盟员",
})

# GB/T 2260 code order (11 北京 … 65 新疆), then 新疆生产建设兵团: the order of every national
# list. Short and traditional forms are resolved by awardtool.regions (from the division data).
PROVINCES: tuple[str, ...] = (
    "北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省",
    "上海市", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省",
    "湖南省", "广东省", "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省",
    "西藏自治区", "陕西省", "甘肃省", "青海省", "宁夏回族自治区", "新疆维吾尔自治区",
    "新疆生产建设兵团",
)
XPCC = PROVINCES[-1]

# Blocks of national lists that are not provinces: entries under them take the block as their
# region, written as the list writes it (the exports file them after the provinces).
REGION_GROUPS: frozenset[str] = frozenset({
    "中央和国家机关", "中央国家机关", "中直机关", "中央直属机关", "中央企业", "中央金融企业", "金融系统", "全国铁路",
    "铁路系统", "全国民航", "民航系统", "中国人民解放军", "解放军和武警部队", "武警部队", "中央军委", "港澳台",
})
