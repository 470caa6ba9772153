"""The comparison's rules on hand-made lists: how records are matched (id, the duplicate
matcher's name rules, deeds), what counts as a move, which fields a file side carries, the
deeds character diff, the wording, and the JSON contract."""

from __future__ import annotations

import json

from awardtool.compare import Entry, ListSide, compare, deeds_diff, from_records
from awardtool.compare.wording import change_text, field_text
from awardtool.document import Loc
from awardtool.records import FieldSource, Record


def side(records, ids=None, label="A", statuses=None) -> ListSide:
    ids = ids or list(range(1, len(records) + 1))
    statuses = statuses or ["pending"] * len(records)
    return ListSide(label, "stage", [Entry(r, i, s, k) for k, (r, i, s) in enumerate(zip(records, ids, statuses))])


def unit(name, deeds="", **kw) -> Record:
    return Record(name=name, deeds=deeds, **kw)


def kinds(result) -> list[tuple[str, str]]:
    return [(c.change, c.name) for c in result.changes]


def test_deeds_diff_counts_characters_and_its_ops_give_both_texts():
    old = "该局坚持节约办一切事业，三年节约经费三千万元。\n获评全国先进。"
    new = "该局坚持节约办事业，三年节约经费三千余万元。"
    d = deeds_diff(old, new)
    assert "".join(t for op, t in d.ops if op != "insert") == old
    assert "".join(t for op, t in d.ops if op != "delete") == new
    assert (d.old_chars, d.new_chars) == (len(old) - 1, len(new))  # the line break is not a 字
    assert d.old_chars - d.removed + d.added == d.new_chars and d.added == 1


def test_a_re_added_record_is_matched_by_the_duplicate_rules_and_reported_renamed():
    a = side([unit("四川省成都市机关事务管理局（筹）", "甲"), unit("臺灣路 社區 服務中心", "乙"), unit("北京市机关事务管理局", "丙")])
    # new ids (deleted and re-added), spellings differing by province prefix, width, spaces, 繁体
    b = side([unit("成都市机关事务管理局(筹)", "甲"), unit("台湾路社区服务中心", "乙"),
              unit("天津市机关事务管理局", "丙")], ids=[11, 12, 13])
    result = compare(a, b)
    assert kinds(result) == [("added", "天津市机关事务管理局"), ("removed", "北京市机关事务管理局"),
                             ("renamed", "成都市机关事务管理局(筹)"), ("renamed", "台湾路社区服务中心")]
    assert {c.match for c in result.of_kind("renamed")} == {"name"}


def test_two_people_of_one_name_in_different_units_are_not_matched():
    a = side([unit("张伟", kind="individual", position="河北省某县第一中学教师")])
    b = side([unit("张伟", kind="individual", position="山东省某市人民医院医生")], ids=[9])
    assert kinds(compare(a, b)) == [("added", "张伟"), ("removed", "张伟")]
    same = side([unit("张　伟", kind="individual", position="河北省某县第一中学教师、高级教师")], ids=[9])
    assert kinds(compare(a, same)) == [("changed", "张伟")]  # the same person, his position extended


def test_one_record_moved_far_is_one_move_and_a_swap_is_one_move():
    names = [f"第{i}单位" for i in range(1, 7)]
    a = side([unit(n) for n in names])
    order = [1, 2, 3, 4, 5, 0]  # the first to the end
    b = side([unit(names[k]) for k in order], ids=[k + 1 for k in order])
    (move,) = compare(a, b).changes
    assert (move.change, move.name, move.a.place, move.b.place) == ("moved", "第1单位", 1, 6)
    assert change_text(move) == "第1单位由先进集体第1位调至第6位"
    order = [0, 2, 1, 3, 4, 5]
    b = side([unit(names[k]) for k in order], ids=[k + 1 for k in order])
    assert [c.change for c in compare(a, b).changes] == ["moved"]


def test_additions_and_removals_do_not_make_the_others_moves():
    a = side([unit(f"第{i}单位") for i in range(1, 6)])
    b = side([unit("新单位"), unit("第1单位"), unit("第2单位"), unit("第4单位"), unit("第5单位")], ids=[9, 1, 2, 4, 5])
    assert kinds(compare(a, b)) == [("added", "新单位"), ("removed", "第3单位")]


def test_a_changed_kind_or_award_is_a_group_move_not_a_field_change():
    a = side([unit("某某班组", award="全国工人先锋号"), unit("某某车间", award="全国五一劳动奖状"), unit("王芳", kind="individual")])
    b = side([unit("某某班组", award="全国五一劳动奖状"), unit("某某车间", award="全国五一劳动奖状"),
              unit("王芳", kind="collective")])
    result = compare(a, b)
    assert [(c.change, c.moved) for c in result.changes] == [("moved", "group"), ("moved", "group")]
    first = result.changes[0]
    assert (first.a.group, first.b.group) == ("全国工人先锋号", "全国五一劳动奖状")
    assert change_text(first) == "某某班组由“全国工人先锋号”调至“全国五一劳动奖状”（全国五一劳动奖状第1位）"


def test_status_and_fields_are_compared_with_clear_wording():
    a = side([unit("某局", "事迹。", region="四川省", recommender="")], statuses=["pending"])
    b = side([unit("某局", "事迹。", region="四川省", recommender="四川省机关事务管理局")], statuses=["approved"])
    (c,) = compare(a, b).changes
    assert [field_text(f) for f in c.fields] == ["补充了推荐单位“四川省机关事务管理局”", "审核状态由“待审核”改为“已审核”"]
    (content,) = compare(a, b).content_only().changes
    assert [f.field for f in content.fields] == ["recommender"]
    only_status = side([unit("某局", "事迹。", region="四川省", recommender="四川省机关事务管理局")], statuses=["query"])
    assert [c.change for c in compare(b, only_status).changes] == ["changed"]
    assert compare(b, only_status).content_only().changes == []


def test_a_file_side_compares_only_what_the_file_prints():
    stage = side([unit("四川省成都市某局", "甲乙丙", region="四川省", city="成都市", notes="拟")])
    read = unit("四川省成都市某局", "甲乙丙", region="四川省", city="绵阳市")  # city inferred, no source
    read.field_sources = {k: FieldSource(0, Loc(paragraph=0)) for k in ("name", "deeds", "region")}
    file = from_records([read], "名单.docx")
    assert compare(stage, file).changes == []  # city and notes: the file does not carry them
    read.deeds = "甲乙"
    (c,) = compare(file, stage).changes
    assert [f.field for f in c.fields] == ["deeds"]


def test_json_contract():
    a = side([unit("甲局", "一二三四五"), unit("乙局")], label="公示")
    b = side([unit("甲局", "一二三"), unit("丙局")], ids=[1, 3], label="最终")
    data = json.loads(json.dumps(compare(a, b).to_json(), ensure_ascii=False))
    assert data["format"] == "awardtool-compare/1"
    assert data["a"]["label"] == "公示" and data["b"]["count"] == 2
    assert data["counts"] == {"added": 1, "removed": 1, "renamed": 0, "moved": 0, "changed": 1}
    added, removed, changed = data["changes"]
    assert added["a"] is None and added["b"] == {"id": 3, "index": 1, "name": "丙局", "kind": "collective",
                                                 "group": "先进集体", "place": 2}
    assert removed["b"] is None and removed["a"]["name"] == "乙局" and removed["match"] is None
    (field,) = changed["fields"]
    assert changed["match"] == "id" and field["field"] == "deeds" and field["label"] == "简要事迹"
    assert field["diff"] == {"old_chars": 5, "new_chars": 3, "removed": 2, "added": 0,
                             "ops": [["equal", "一二三"], ["delete", "四五"]]}
