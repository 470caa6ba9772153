"""The clerk's rules on the two seed documents, with records built straight from the seed
texts (seed 000 is a tab-separated list 序号 / 名称 / 简要事迹; seed 001 a narrative whose
body follows a preview line, the title and the unit's name), so these tests do not depend
on the extractor. tests/core/test_check_cli.py runs the same seeds through extraction."""

from __future__ import annotations

import re

import pytest

from awardtool.records import Record
from awardtool.validate import check_record, condense, count_chars, fix_record
from awardtool.validate.condense import sentences


@pytest.fixture
def list_records(seed_list) -> list[Record]:
    rows = [line.split("\t") for line in seed_list.read_text(encoding="utf-8").splitlines() if line[:1].isdigit()]
    assert [r[0] for r in rows] == ["1", "2", "3", "4"]
    return [Record(name=r[1], seq=int(r[0]), deeds=r[2]) for r in rows]


@pytest.fixture
def narrative_record(seed_narrative) -> Record:
    lines = seed_narrative.read_text(encoding="utf-8").splitlines()
    assert lines[2] == "沧州市卫生局办公室"
    return Record(name=lines[2], deeds="\n".join(lines[3:]))


def _codes(findings, code):
    return [f for f in findings if f.code == code]


def test_rows_3_and_4_flag_halfwidth_commas_and_fix_keeps_digits(list_records):
    for rec in list_records:
        punct = _codes(check_record(rec), "halfwidth_punct")
        if rec.seq in (3, 4):
            assert len(punct) > 10
            pairs = {(rec.deeds[f.start : f.end], f.fix.replacement) for f in punct}
            assert (",", "，") in pairs and pairs <= {(",", "，"), (";", "；")}
        else:
            assert punct == []
    row3, row4 = list_records[2], list_records[3]
    for rec in (row3, row4):
        fixed, changes = fix_record(rec)
        assert "," not in fixed.deeds and ";" not in fixed.deeds
        assert re.findall(r"\d+", fixed.deeds) == re.findall(r"\d+", rec.deeds)
        assert {(c.old, c.new) for c in changes if c.old in ",;"} <= {(",", "，"), (";", "；")}
    fixed3 = fix_record(row3)[0].deeds
    assert "为指导，认真贯彻落实" in fixed3 and "99%以上" in fixed3 and "评为A级" in fixed3 and "九条工作措施”；以点带面" in fixed3
    fixed4 = fix_record(row4)[0].deeds
    assert "2020年，新冠肺炎疫情发生后，" in fixed4 and "共收治患者543例，其中重症患者256例" in fixed4


def test_spaces_around_numbers_flagged_and_removed(list_records):
    row1, row2 = list_records[0], list_records[1]
    spans = {row2.deeds[f.start - 1 : f.end + 1] for f in _codes(check_record(row2), "cjk_space")}
    assert "局 2" in spans and "4 年" in spans
    fixed1 = fix_record(row1)[0].deeds
    fixed2 = fix_record(row2)[0].deeds
    assert "2020年省级以上媒体采用130余条" in fixed1
    assert "分解落实政府绩效目标100余项" in fixed1
    assert "管理局2014年成立以来" in fixed2
    assert " " not in fixed1 + fixed2


def test_markup_becomes_paragraphs_and_fix_is_idempotent(list_records, narrative_record):
    row1 = list_records[0]
    assert len(_codes(check_record(row1), "markup_debris")) == 5
    fixed, _ = fix_record(row1)
    assert "<" not in fixed.deeds and fixed.deeds.count("\n") == 3
    assert fixed.deeds.splitlines()[1].startswith("一是在服务发展中把握大局大势。")
    for rec in list_records + [narrative_record]:
        once, _ = fix_record(rec)
        twice, changes = fix_record(once)
        assert changes == [] and twice.deeds == once.deeds


def test_changes_reproduce_the_fixed_text(list_records):
    """Each change names the exact span of the original text; replaying them right to left
    gives the fixed text, so the window can show and undo each one."""
    for rec in list_records:
        fixed, changes = fix_record(rec)
        text = rec.deeds
        for c in sorted(changes, key=lambda c: c.start, reverse=True):
            assert text[c.start : c.end] == c.old
            text = text[: c.start] + c.new + text[c.end :]
        assert text == fixed.deeds


def test_narrative_debris_is_flagged(narrative_record):
    findings = check_record(narrative_record)
    orphan = _codes(findings, "orphan_numbering")
    assert [narrative_record.deeds[f.start : f.end] for f in orphan] == ["二、"]


def test_every_seed_record_is_too_long_at_300(list_records, narrative_record):
    for rec in list_records + [narrative_record]:
        too_long = _codes(check_record(rec, word_limit=300), "deeds_too_long")
        assert len(too_long) == 1
        n = count_chars(rec.deeds)
        assert too_long[0].message == f"简要事迹 {n} 字，超过 300 字上限"
        assert count_chars(rec.deeds[: too_long[0].start]) == 300


def _assert_draft_from_source(draft: str, source: str) -> None:
    flat = source.replace("\n", "")
    for line in draft.splitlines():
        for s in sentences(line):
            assert s in flat or (s.endswith("。") and s[:-1] in flat), s


@pytest.mark.parametrize("limit", [200, 300, 500])
def test_condensed_drafts_fit_and_only_quote_the_source(list_records, narrative_record, limit):
    for rec in list_records + [narrative_record]:
        draft = condense(rec.deeds, limit)
        assert 0 < count_chars(draft) <= limit
        _assert_draft_from_source(draft, rec.deeds)
        assert condense(rec.deeds, limit) == draft  # deterministic


def test_narrative_draft_is_goal_plus_three_sections(narrative_record):
    draft = condense(narrative_record.deeds, 300)
    lines = draft.splitlines()
    assert lines[0].startswith("2024年以来") and "“建一流队伍、创一流业绩”为目标" in lines[0]
    assert [line[:14] for line in lines[1:]] == ["一、建制度、明职责，精心营造", "二、抓服务、讲奉献，扎实做好", "三、促学习、强素质，全力打造"]
    assert "..." not in draft and "评选材料" not in draft


def test_list_draft_follows_yishi_paragraphs(list_records):
    draft = condense(list_records[0].deeds, 300)
    lines = draft.splitlines()
    assert lines[0].startswith("四川省成都市机关事务管理局办公室始终坚持")
    assert [line[:3] for line in lines[1:]] == ["一是在", "二是在", "三是在"]
    assert "<p>" not in draft
