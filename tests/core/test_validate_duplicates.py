"""Duplicates across the whole batch: one finding per unit or person, naming every place."""

from __future__ import annotations

from awardtool.records import Record
from awardtool.validate import RecordRef, check_batch


def batch(*items):
    return check_batch([(rec, RecordRef(path, i, rec.seq, rec.name)) for path, i, rec in items])


def test_same_collective_in_two_files_is_one_finding_naming_both():
    (f,) = batch(
        ("a/名单一.docx", 0, Record(name="四川省成都市机关事务管理局", seq=1)),
        ("a/名单一.docx", 1, Record(name="四川省绵阳市机关事务管理局", seq=2)),
        ("b/名单二.xlsx", 4, Record(name="成都市机关事务管理局", seq=5)),
    )
    assert f.code == "duplicate" and f.field == "name"
    assert [(p.path, p.index) for p in f.refs] == [("a/名单一.docx", 0), ("b/名单二.xlsx", 4)]
    assert "名单一.docx 第1条" in f.message and "名单二.xlsx 第5条" in f.message
    assert "写作“成都市机关事务管理局”" in f.message


def test_width_spaces_and_traditional_variants_match():
    (f,) = batch(
        ("x.txt", 0, Record(name="成都市机关事务管理局（办公室）")),
        ("y.txt", 0, Record(name="成都市 機關事務管理局(办公室)")),
        ("z.txt", 0, Record(name="成都市机关事务管理局办公室")),
    )
    assert len(f.refs) == 2


def test_units_differing_only_by_province_are_different():
    assert batch(
        ("x.txt", 0, Record(name="北京市机关事务管理局")),
        ("y.txt", 0, Record(name="天津市机关事务管理局")),
        ("z.txt", 0, Record(name="机关事务管理局", region="河北省")),
    ) == []


def test_people_with_one_name_but_different_units_are_different():
    a = Record(name="张伟", kind="individual", position="成都市第一中学教师")
    b = Record(name="张伟", kind="individual", position="绵阳市人民医院医生")
    c = Record(name="张　伟", kind="individual", position="四川省成都市第一中学教师")
    (f,) = batch(("x.txt", 0, a), ("y.txt", 0, b), ("z.txt", 3, c))
    assert [(p.path, p.index) for p in f.refs] == [("x.txt", 0), ("z.txt", 3)]
    assert f.message.startswith("个人“张伟”重复推荐 2 次")


def test_collective_and_individual_never_collide_and_empty_names_skip():
    assert batch(
        ("x.txt", 0, Record(name="田华", kind="individual")),
        ("y.txt", 0, Record(name="田华", kind="collective")),
        ("y.txt", 1, Record(name="")),
        ("y.txt", 2, Record(name=" ")),
    ) == []
