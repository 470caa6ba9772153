"""awardtool.regions: full official province names from names, short forms, cities, counties,
traditional characters."""

from __future__ import annotations

from awardtool.regions import dominant_province, is_region_name, resolve


def test_full_names_and_cities():
    assert resolve("四川省成都市机关事务管理局办公室") == ("四川省", "成都市")
    assert resolve("成都七中") == ("四川省", "成都市")
    assert resolve("国网北京市电力公司") == ("北京市", None)
    assert resolve("国家电网湖北省电力有限公司检修公司") == ("湖北省", None)


def test_short_forms_map_to_full_names():
    assert resolve("内蒙古") == ("内蒙古自治区", None)
    assert resolve("广西百色") == ("广西壮族自治区", "百色市")
    assert resolve("新疆生产建设兵团第八师") == ("新疆生产建设兵团", None)


def test_county_level_cities_and_traditional_characters():
    assert resolve("宜城市地税局") == ("湖北省", "襄阳市")
    assert resolve("國網北京市電力公司城區供電公司") == ("北京市", None)
    assert resolve("廣西") == ("广西壮族自治区", None)


def test_written_province_beats_a_city_elsewhere_in_the_text():
    assert resolve("南京軍區上海警備區某部八連班長")[0] == "上海市"


def test_no_place_no_region():
    assert resolve("中国航天科工集团有限公司第二研究院") == (None, None)
    assert resolve("东风商用车有限公司") == (None, None)


def test_region_headings_and_dominance():
    assert is_region_name("北京市") and is_region_name("四川") and not is_region_name("北京奥林匹克公园")
    assert dominant_province("江西省教育厅 宜春市 樟树市", strict=True) == "江西省"
    assert dominant_province("湖北省 天津市", strict=True) is None
    assert dominant_province("广西 百色市 南宁市 北京师范大学", strict=False) == "广西壮族自治区"
