"""One vocabulary for the extractor, the checks and the exports; a confidence and a reason for
every extracted field, in ``extract --json`` too."""

from __future__ import annotations

import json

from awardtool.cli import main as cli_main
from awardtool.document import Document, Loc, Paragraph
from awardtool.export.ordering import PROVINCES, region_label, region_rank
from awardtool.extract import extract
from awardtool.extract import names as extract_names
from awardtool.extract.confidence import UNCERTAIN
from awardtool.validate import names as validate_names
from awardtool.validate.names import looks_like_unit
from awardtool.vocab import ETHNICITIES, POLITICS, UNIT_SUFFIXES, surnames


def _doc(text: str) -> Document:
    return Document("材料.txt", "txt", [Paragraph(t, Loc(line=i)) for i, t in enumerate(text.split("\n"), 1)])


def test_extractor_and_checks_share_one_list_of_unit_endings():
    assert extract_names.UNIT_SUFFIXES is UNIT_SUFFIXES is validate_names.UNIT_SUFFIXES
    for name in ("某某县村嫂理事会", "某某市歌舞团", "张建国家庭", "某某街道政务服务窗口"):
        assert extract_names.is_unit_name(name) and looks_like_unit(name), name
    assert looks_like_unit("无锡市")  # a city honoured as a whole (全国文明城市) is a collective
    assert not extract_names.is_unit_name("无锡市")  # … but in a list it is a region heading first


def test_vocabulary_values():
    assert len(ETHNICITIES) == 56 and {"汉族", "朝鲜族", "维吾尔族", "珞巴族"} <= ETHNICITIES
    assert {"中共党员", "共青团员", "群众", "九三学社社员"} <= POLITICS
    single, compound = surnames()
    assert {"王", "欧"} <= single and {"欧阳", "司马"} <= compound


def test_people_whose_names_end_like_a_unit_are_still_people():
    for name in ("李春园", "王建港", "张连", "刘关"):
        assert extract_names.is_person_name(name), name
    for name in ("公安局", "市二中", "某某队"):
        assert not extract_names.is_person_name(name), name


def test_ordering_resolves_regions_through_the_division_data():
    assert region_rank("海南藏族自治州") == PROVINCES.index("青海省")  # not 海南省
    assert region_label("海南藏族自治州") == "青海省"
    assert region_rank("廣西") == PROVINCES.index("广西壮族自治区")
    assert region_rank("某某系统") == len(PROVINCES)


def test_ethnicity_annotations_in_traditional_characters():
    (rec, _) = extract(_doc("名單\n金順姬（女，朝鮮族）　某某醫院護士\n樸哲浩（朝鮮族）　某某小學校長")).records
    assert rec.ethnicity == "朝鮮族" and rec.gender == "女"


def test_confidence_and_reasons_per_field_in_extract_json(tmp_path, capsys):
    path = tmp_path / "名单.txt"
    path.write_text("某某名单\n北京市\n王丽华　北京市朝阳区某某社区党委书记\n张　敏　某某科技有限公司工程师\n", encoding="utf-8")
    assert cli_main(["extract", "--json", str(path)]) == 0
    (doc,) = json.loads(capsys.readouterr().out)["documents"]
    first = doc["records"][0]
    assert set(first["confidence"]) == {"name", "region", "position"} | ({"city"} if first["city"] else set())
    assert all(0.0 <= c <= 1.0 for c in first["confidence"].values())
    assert first["confidence_reasons"]["region"] == "region_heading"
    assert first["name"] == "王丽华" and first["region"] == "北京市"  # the rest of the contract as before


def test_confidence_is_lower_where_the_extractor_guessed():
    # a unit's narrative named by counting mentions vs a list entry; a region from nowhere
    (story,) = extract(_doc("近日喜讯传来。\n襄阳市某某局坚持为民服务，襄阳市某某局连续三年获评先进，该局干部群众深受鼓舞。")).records
    recs = extract(_doc("先进个人名单\n王丽华　北京市朝阳区某某社区党委书记\n张　敏　某某科技有限公司工程师\n李秀英　保定市某某村党支部书记")).records
    assert story.reasons["name"] == "body_mentions" and story.confidence["name"] < UNCERTAIN <= recs[0].confidence["name"]
    assert recs[1].region is None and recs[1].confidence["region"] == 0.0 < UNCERTAIN <= recs[0].confidence["region"]


def test_stored_records_keep_confidence_out_of_their_editable_values():
    (rec, *_) = extract(_doc("名单\n王丽华　北京市某某社区党委书记\n张　敏　北京市某某公司工程师")).records
    again = type(rec).from_json(json.loads(json.dumps(rec.to_json())))
    assert again.confidence == rec.confidence and again.reasons == rec.reasons
    assert "confidence" not in rec.values() and "reasons" not in rec.values()
