"""Text lists and narratives built from Paragraph blocks (the .txt/docx/pdf reader output)."""

from __future__ import annotations

from awardtool.document import Document, Loc, Paragraph
from awardtool.extract import extract


def _doc(text: str) -> Document:
    return Document("x.txt", "txt", [Paragraph(t, Loc(line=i)) for i, t in enumerate(text.split("\n"), 1)])


def test_numbered_lines_and_padded_person_names():
    ex = extract(_doc("2024年度先进个人名单\n1．张　伟\n2、欧阳晓明\n（3）田　华\n4. 李娜"))
    assert ex.kind == "list" and ex.title == "2024年度先进个人名单"
    # names are kept as the author wrote them (padding too); cleanup is a visible later step
    assert [(r.seq, r.name, r.kind) for r in ex.records] == [
        (1, "张　伟", "individual"), (2, "欧阳晓明", "individual"), (3, "田　华", "individual"), (4, "李娜", "individual"),
    ]


def test_names_separated_by_dunhao_under_region_headings():
    ex = extract(_doc("先进集体\n四川\n成都市第七中学、绵阳市人民医院\n内蒙古\n包头市第一中学、鄂尔多斯市公安局交警支队"))
    assert [(r.name, r.region, r.city) for r in ex.records] == [
        ("成都市第七中学", "四川省", "成都市"), ("绵阳市人民医院", "四川省", "绵阳市"),
        ("包头市第一中学", "内蒙古自治区", "包头市"), ("鄂尔多斯市公安局交警支队", "内蒙古自治区", "鄂尔多斯市"),
    ]


def test_person_with_gender_and_unit_lines():
    ex = extract(_doc("一、先进个人\n王淑清（女） 襄阳市宜城市地方税务局\n李海兰（女，朝鲜族） 延边州人民医院\n赵　刚　宜春市袁州区水江镇小学"))
    a, b, c = ex.records
    assert (a.name, a.gender, a.position, a.region, a.city, a.award) == ("王淑清", "女", "襄阳市宜城市地方税务局", "湖北省", "襄阳市", "先进个人")
    assert (b.name, b.ethnicity, b.region) == ("李海兰", "朝鲜族", "吉林省")
    assert (c.name, c.position, c.region) == ("赵　刚", "宜春市袁州区水江镇小学", "江西省")


def test_lone_unit_line_after_a_notice_is_not_a_record():
    text = "一、先进集体\n樟树市药都小学\n宜春市宜阳学校\n公示时间：6月1日至6月7日。\n如有异议，请向市教育局反映，联系电话略。\n宜春市教育体育局\n2024年6月1日"
    ex = extract(_doc(text))
    assert [r.name for r in ex.records] == ["樟树市药都小学", "宜春市宜阳学校"]


def test_numbered_conditions_are_not_records():
    ex = extract(_doc("评选条件\n1.年龄为14至40周岁的中国公民。\n2.坚决拥护中国共产党的领导，热爱祖国。\n3.遵纪守法，品德高尚。"))
    assert ex.records == [] and ex.kind == "unknown"


def test_narrative_chrome_preview_and_broken_lines():
    text = "\n".join([
        "您的位置：首页 > 先进典型",
        "某某县交通运输局先进事迹材料某某县交通运输局某某县交通运输局坚持以人民为中心，工作扎实推进...",
        "某某县交通运输局先进事迹材料",
        "某某县交通运输局",
        "来源：县政府网 2024-05-01",
        "某某县交通运输局坚持以人民为中心，工作扎实推进。通过对",
        "二、",
        "三、四级公路养护人员定期培训，提升能力。",
        "一、抓党建",
        "局党组带头学习。",
        "【打印】【关闭】",
        "相关内容",
        "某某县水利局获评先进",
    ])
    ex = extract(_doc(text))
    assert ex.kind == "narrative" and ex.title == "某某县交通运输局先进事迹材料"
    [r] = ex.records
    assert r.name == "某某县交通运输局" and r.kind == "collective"
    assert r.deeds.split("\n") == [
        "某某县交通运输局坚持以人民为中心，工作扎实推进。通过对二、三、四级公路养护人员定期培训，提升能力。",
        "一、抓党建",
        "局党组带头学习。",
    ]


def test_glued_narrative_gets_headings_back_and_html_is_removed():
    text = "<p>&nbsp;张家港市税务局获评先进。</p><p>该局成绩突出。一、强队伍&nbsp;建制度。二、优服务。</p>"
    ex = extract(_doc("张家港市税务局先进事迹\n" + text))
    [r] = ex.records
    assert r.name == "张家港市税务局" and (r.region, r.city) == ("江苏省", "苏州市")
    assert r.deeds.split("\n") == ["张家港市税务局获评先进。", "该局成绩突出。", "一、强队伍\xa0建制度。", "二、优服务。"]


def test_individual_narrative_name_from_body():
    body = "王小明同志1985年出生，现任某某村党支部书记。王小明同志扎根基层。群众说王小明是贴心人。"
    ex = extract(_doc("优秀共产党员推荐人选事迹\n" + body))
    [r] = ex.records
    assert (r.name, r.kind, r.award) == ("王小明", "individual", "优秀共产党员")


def test_empty_and_blank_documents_do_not_crash():
    assert extract(Document("e.txt", "txt", [])).records == []
    assert extract(_doc("\n\n   \n")).records == []
