"""Per-record checks: required fields, names, region, dates, pairs and extraction debris,
each with its stable code, severity, field, exact span and Chinese message."""

from __future__ import annotations

from awardtool.records import Record
from awardtool.validate import CODES, check_record


def codes(rec: Record, **kw) -> dict[str, list]:
    out: dict[str, list] = {}
    for f in check_record(rec, **kw):
        out.setdefault(f.code, []).append(f)
    return out


def test_required_fields():
    found = codes(Record(name="  ", deeds=""))
    assert [(f.field, f.severity) for f in found["required_missing"]] == [("name", "error"), ("deeds", "error")]
    assert "required_missing" not in codes(Record(name="某某局", deeds=""), has_deeds=False)


def test_every_finding_uses_a_known_code_and_its_severity():
    rec = Record(name="张三（女）", kind="individual", region="河北省", deeds='<p>2021年03月,获"优秀</p>...')
    for f in check_record(rec, word_limit=5):
        assert f.code in CODES and f.severity == CODES[f.code][0] and f.message


def test_word_limit_message_and_span():
    deeds = "一" * 356
    (f,) = codes(Record(name="某某局", deeds=deeds), word_limit=300)["deeds_too_long"]
    assert f.message == "简要事迹 356 字，超过 300 字上限"
    assert (f.start, f.end) == (300, 356)
    assert "deeds_too_long" not in codes(Record(name="某某局", deeds=deeds), word_limit=356)
    assert "deeds_too_long" not in codes(Record(name="某某局", deeds=deeds + " \n  "), word_limit=356)


def test_unit_and_person_names():
    for good in ("成都市机关事务管理局办公室", "某某医院重症医学科", "第一中学", "某公司（筹）", "和平社区"):
        assert "name_not_unit" not in codes(Record(name=good, deeds="x")), good
    bad = codes(Record(name="积极推进节约型机关建设", deeds="x"))["name_not_unit"]
    assert bad[0].severity == "warning" and "积极推进节约型机关建设" in bad[0].message
    for good in ("田华", "欧阳建国", "买买提·艾力", "阿依古丽•买买提", "田 华"):
        assert "name_not_person" not in codes(Record(name=good, kind="individual", deeds="x")), good
    for bad_name in ("张", "张三（女）", "某某局局长张三", "Zhang San"):
        assert "name_not_person" in codes(Record(name=bad_name, kind="individual", deeds="x")), bad_name


def test_region_mismatch_points_at_the_place_in_the_name():
    (f,) = codes(Record(name="四川省成都市机关事务管理局", region="河北省", deeds="x"))["region_mismatch"]
    assert (f.field, f.start, f.end) == ("name", 0, 3) and "四川省" in f.message and "河北省" in f.message
    assert "region_mismatch" not in codes(Record(name="四川省成都市机关事务管理局", region="四川", deeds="x"))
    assert "region_mismatch" not in codes(Record(name="成都市机关事务管理局", region="四川省", city="成都市", deeds="x"))
    (f,) = codes(Record(name="成都市机关事务管理局", region="四川省", city="绵阳市", deeds="x"))["region_mismatch"]
    assert (f.start, f.end) == (0, 3)
    person = Record(name="田华", kind="individual", region="河北省", position="四川省人民医院护士长", deeds="x")
    assert codes(person)["region_mismatch"][0].field == "position"


def test_dates_with_leading_zeros_flagged_only():
    deeds = "2021年03月成立，03月09日验收，2021年3月9日表彰，10月投用。"
    found = codes(Record(name="某某局", deeds=deeds))["date_leading_zero"]
    assert [deeds[f.start : f.end] for f in found] == ["2021年03月", "03月09日"]
    assert all(f.fix is None for f in found)
    assert "应写作“2021年3月”" in found[0].message and "应写作“3月9日”" in found[1].message


def test_unbalanced_pairs_flag_the_unmatched_mark():
    deeds = "践行“五个坚持重要要求。\n编印《制度汇编。\n（完成）任务】。\n落实“五个坚持\"要求"
    found = codes(Record(name="某某局", deeds=deeds)).get("unbalanced_pair", [])
    assert [deeds[f.start : f.end] for f in found] == ["“", "《", "】"]


def test_extraction_debris():
    deeds = "某办公室2024年以来各项工作扎实推进...\n某办公室2024年以来各项工作扎实推进，成效明显。\n二、\n正文段落内容较长且重复出现。\n正文段落内容较长且重复出现。"
    found = codes(Record(name="某办公室", deeds=deeds))
    (t,) = found["truncated_text"]
    assert deeds[t.start : t.end] == "..." and "重复预览" in t.message
    assert [deeds[f.start : f.end] for f in found["orphan_numbering"]] == ["二、"]
    assert len(found["repeated_line"]) == 1
