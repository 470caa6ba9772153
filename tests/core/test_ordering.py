"""姓氏笔画 and region order, checked on pairs worked out by hand (strokes counted and
first strokes named in the comments) and on published lists."""

from __future__ import annotations

import pytest

from awardtool.export.ordering import (
    OTHER_RANK,
    PROVINCES,
    UNKNOWN_RANK,
    order_records,
    region_label,
    region_rank,
    stroke_key,
)
from awardtool.records import Record


@pytest.mark.parametrize(
    "first, second",
    [
        ("王", "田"),  # 4 < 5 strokes
        ("田", "刘"),  # 5 < 6
        ("刘", "李"),  # 6 < 7
        ("李", "张"),  # both 7: 李 starts 横, 张 starts 折
        ("石", "叶"),  # both 5: 石 横 before 叶 竖
        ("叶", "白"),  # both 5: 竖 before 撇
        ("白", "冯"),  # both 5: 撇 before 点
        ("邓", "冯"),  # 邓 4 (乛…) before 冯 5 (丶…): the count decides before the shape
        ("石", "龙"),  # both 5, both 横 first: 石 一丿 vs 龙 一丿乚 → 2nd stroke equal, 3rd 乛 vs 丿
        ("于", "万"),  # both 3 and 横 first: 于 一一亅 before 万 一乛丿
        ("丁", "卜"),  # both 2: 横 before 竖
        ("马", "方"),  # 3 < 4
    ],
)
def test_character_pairs(first, second):
    assert stroke_key(first + "某某") < stroke_key(second + "某某")


def test_same_surname_goes_to_the_next_character():
    # 2024 国家勋章 建议人选 "按姓氏笔画排序": 王永志 王振义 李振声 黄宗德
    published = ["王永志", "王振义", "李振声", "黄宗德"]
    assert sorted(reversed(published), key=stroke_key) == published


def test_single_given_name_counts_the_empty_position_as_no_strokes():
    # 按姓氏笔画: 田富 is printed 田　富 and sorts before 田大利 although 大 < 富.
    assert stroke_key("田富") < stroke_key("田大利")
    assert stroke_key("田　富") == stroke_key("田富")


def test_unknown_characters_sort_after_known_ones():
    assert stroke_key("龘某") < stroke_key("A某")


def rec(name, region=None, kind="individual"):
    return Record(name=name, kind=kind, region=region)


def test_region_rank_official_order_and_short_forms():
    assert region_rank("北京市") == 0
    assert region_rank("新疆维吾尔自治区") == 30
    assert region_rank("新疆生产建设兵团") == 31 == region_rank("新疆兵团")
    assert region_rank("内蒙古") == PROVINCES.index("内蒙古自治区")
    assert region_rank("广西") == PROVINCES.index("广西壮族自治区")
    assert region_rank("中央和国家机关") == OTHER_RANK
    assert region_rank(None) == region_rank("  ") == UNKNOWN_RANK
    assert region_label("宁夏") == "宁夏回族自治区"
    assert region_label(None) == "其他"


def test_order_records_groups_then_sorts_by_strokes():
    records = [
        rec("张伟", "四川省"),
        rec("李娜", "中央和国家机关"),
        rec("王芳", "四川"),
        rec("刘洋"),
        rec("赵军", "北京市"),
        rec("马丽", "中央企业"),
        rec("丁一", "中央和国家机关"),
    ]
    out = order_records(records, group_by="region", order_by="strokes")
    assert [r.name for r in out] == ["赵军", "王芳", "张伟", "丁一", "李娜", "马丽", "刘洋"]


def test_order_records_input_order_is_kept():
    records = [rec("张伟"), rec("王芳"), rec("李娜")]
    assert order_records(records) == records
    grouped = order_records([rec("甲", "云南省"), rec("乙", "北京市"), rec("丙", "云南省")], group_by="region")
    assert [r.name for r in grouped] == ["乙", "甲", "丙"]


def test_order_records_rejects_unknown_options():
    with pytest.raises(ValueError):
        order_records([], order_by="pinyin")
    with pytest.raises(ValueError):
        order_records([], group_by="city")
