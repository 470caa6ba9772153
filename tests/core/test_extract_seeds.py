"""The two seed documents: a tab-separated 拟表彰名单 with HTML deeds, and a 评选材料 narrative."""

from __future__ import annotations

from awardtool.extract import extract
from awardtool.ingest import load_path


def _extract(path):
    doc = next(load_path(path))
    return doc, extract(doc)


def test_seed_list_records(seed_list):
    doc, ex = _extract(seed_list)
    assert ex.kind == "list"
    assert ex.title == "全国机关事务工作先进集体拟表彰名单"
    assert [r.name for r in ex.records] == [
        "四川省成都市机关事务管理局办公室",
        "四川省绵阳市机关事务管理局",
        "四川省人民政府办公厅机关服务中心",
        "四川省第四人民医院重症医学科",
    ]
    assert [r.seq for r in ex.records] == [1, 2, 3, 4]
    assert {r.region for r in ex.records} == {"四川省"}
    assert [r.city for r in ex.records] == ["成都市", "绵阳市", None, None]
    assert all(r.kind == "collective" for r in ex.records)
    for r in ex.records:
        paragraphs = r.deeds.split("\n")
        assert 3 <= len(paragraphs) <= 5, r.name
        assert "<p>" not in r.deeds and "</p>" not in r.deeds
        assert all(p == p.strip() and p for p in paragraphs)
    assert ex.records[0].deeds.startswith("四川省成都市机关事务管理局办公室始终坚持")
    assert ex.records[0].deeds.split("\n")[1].startswith("一是在服务发展中把握大局大势")


def test_seed_list_sources_point_at_the_cells(seed_list):
    doc, ex = _extract(seed_list)
    for r in ex.records:
        name_src = r.field_sources["name"]
        text = doc.blocks[name_src.block].text
        assert text[name_src.start : name_src.end] == r.name
        deeds_src = r.field_sources["deeds"]
        assert text[deeds_src.start :].startswith("<p>")
        assert r.source.block == name_src.block
    assert ex.records[0].source.loc.line == 6


def test_seed_keeps_author_punctuation(seed_list):
    _, ex = _extract(seed_list)
    # record 3 is written with half-width commas: extraction must not rewrite them
    assert "以习近平新时代中国特色社会主义思想为指导,认真贯彻" in ex.records[2].deeds


def test_seed_narrative(seed_narrative):
    _, ex = _extract(seed_narrative)
    assert ex.kind == "narrative"
    assert ex.title == "全市后勤系统先进集体评选材料"
    [r] = ex.records
    assert r.name == "沧州市卫生局办公室"
    assert (r.region, r.city, r.kind) == ("河北省", "沧州市", "collective")
    assert r.deeds.startswith("2024年以来")
    assert "通过对二、三、四级责任人定期考核督导" in r.deeds
    paragraphs = r.deeds.split("\n")
    # the scraped preview line (ends in ...) is not part of the deeds
    assert not any(p.endswith("...") for p in paragraphs)
    # headings stay their own paragraphs; the lone "二、" fragment is not one
    assert "一、建制度、明职责，精心营造开放有序的办公环境" in paragraphs
    assert "二、抓服务、讲奉献，扎实做好机关后勤保障工作" in paragraphs
    assert "二、" not in paragraphs
    assert r.award == "全市后勤系统先进集体"
    assert r.field_sources["name"].loc.line == 3
