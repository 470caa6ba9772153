"""The real scraped sample pages against their gold (benchmarks/score_samples.py scores them).

The floors are what the extractor reaches today — on all 16 samples every name, region, kind
and deeds boundary right, and 14 of the 16 list titles — so any regression fails here."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from testpaths import ROOT, SAMPLES


def _scorer():
    spec = importlib.util.spec_from_file_location("score_samples", ROOT / "benchmarks" / "score_samples.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["score_samples"] = mod
    spec.loader.exec_module(mod)
    return mod


SCORER = _scorer()
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def test_all_samples_present():
    assert len(SAMPLE_FILES) == 16
    assert all(p.with_suffix(".gold.json").exists() for p in SAMPLE_FILES)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem[:2])
def test_sample_matches_gold(path):
    s = SCORER.score_sample(path)
    assert [p for p in s.problems if not p.startswith("title ")] == []
    assert (s.precision, s.recall) == (1.0, 1.0)
    assert s.kind_ok
    assert s.region_hit == s.names_hit == s.names_gold
    assert s.deeds_start == s.deeds_end == s.deeds_len == s.deeds_total


def test_list_titles_floor():
    assert sum(SCORER.score_sample(p).title_ok for p in SAMPLE_FILES) >= 14


def test_every_sample_record_has_a_confidence_for_name_and_region():
    from awardtool.extract import extract
    from awardtool.ingest import load_path

    for path in SAMPLE_FILES:
        for rec in extract(next(load_path(path))).records:
            assert 0.5 <= rec.confidence["name"] <= 1.0 and 0.0 <= rec.confidence["region"] <= 1.0
            assert rec.reasons["name"] and rec.reasons["region"]


def test_traditional_names_keep_the_authors_characters():
    s = SCORER.score_sample(SAMPLES / "08_wuyi-laodongjiang-2022-beijing.txt")
    assert s.names_hit == 13
    from awardtool.extract import extract
    from awardtool.ingest import load_path

    ex = extract(next(load_path(SAMPLES / "08_wuyi-laodongjiang-2022-beijing.txt")))
    assert ex.records[0].name == "北京奧林匹克公園管理委員會"
    assert {r.award for r in ex.records} == {"全國五一勞動獎狀"}


def test_profile_lines_give_person_fields():
    from awardtool.extract import extract
    from awardtool.ingest import load_path

    ex = extract(next(load_path(SAMPLES / "14_wusi-jiangzhang-diyijie.txt")))
    song = ex.records[-1]
    assert (song.name, song.kind, song.gender, song.ethnicity) == ("宋芳蓉", "individual", "女", "土家族")
    assert song.position == "湖北省五峰土家族自治縣三坪小學教師"
    assert song.politics == "中共黨員"
