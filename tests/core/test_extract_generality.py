"""One test per document shape of issue 16, each on text written for the test (not taken from
the samples), with a negative test beside it: the rule must fire on the shape and only there.

A shape is read whatever its wording: grids of padded names, inline award groups, entries in
every order of name, annotations and post, region headings and prefixes, a province's own
list, profile paragraphs, captions over unit lines, decisions with an 附件, narratives with a
——记 subtitle or a 落款, villages and families, traditional text with pinyin debris, and lists
cut off at the end.
"""

from __future__ import annotations

from awardtool.document import Document, Loc, Paragraph
from awardtool.extract import extract
from awardtool.extract.lines import is_byline, is_chrome, is_signature
from awardtool.extract.names import parse_entry, trailing_person
from awardtool.regions import resolve


def _doc(text: str) -> Document:
    return Document("材料.txt", "txt", [Paragraph(t, Loc(line=i)) for i, t in enumerate(text.split("\n"), 1)])


def _names(text: str) -> list[str]:
    return [r.name for r in extract(_doc(text)).records]


def _by_name(text: str) -> dict:
    return {r.name: r for r in extract(_doc(text)).records}


# Name grids ---------------------------------------------------------------------------------

GRID = """关于表彰2024年度全市老干部工作先进集体和先进个人的决定
各县（区）委组织部，市直各单位：
    经研究，决定对以下集体和个人予以表彰。
一、先进集体（3个）
南城县老干部局
市第三人民医院离退休办公室
黎川县日峰镇老年大学
二、先进个人（7名）
刘  洋　邵明辉　万　敏　龚长青　谢  芳
胡光明　罗  丹
三、特别贡献奖
甘　露
中共某某市委组织部
2025年1月8日"""


def test_grid_of_padded_names_after_headings_and_a_lone_name_under_its_own_heading():
    recs = _by_name(GRID)
    assert list(recs) == [
        "南城县老干部局", "市第三人民医院离退休办公室", "黎川县日峰镇老年大学",
        "刘  洋", "邵明辉", "万\u3000敏", "龚长青", "谢  芳", "胡光明", "罗  丹", "甘\u3000露",
    ]  # the 落款 unit before its date is not a record
    assert recs["龚长青"].award == "先进个人" and recs["甘\u3000露"].award == "特别贡献奖"
    assert recs["黎川县日峰镇老年大学"].region == "江西省"


def test_a_lone_name_without_a_list_elsewhere_is_not_a_record():
    assert _names("本网讯\n三、特别贡献奖\n甘　露\n以上同志要珍惜荣誉。") == []


# Inline award groups ------------------------------------------------------------------------

INLINE = """我市多人获评省级表彰
近日，省人社厅、省教育厅联合发文，我市以下集体和个人获得表彰：
1.先进集体:市实验小学、宁远县第一中学、道县教育局
2.先进个人:唐小兰、蒋卫东、欧阳春华
3.优秀班主任:蒋卫东、何莉
其中蒋卫东同时获得两项荣誉。"""


def test_inline_award_groups_and_an_entry_under_two_awards_is_two_records():
    recs = extract(_doc(INLINE)).records
    assert [(r.name, r.award) for r in recs] == [
        ("市实验小学", "先进集体"), ("宁远县第一中学", "先进集体"), ("道县教育局", "先进集体"),
        ("唐小兰", "先进个人"), ("蒋卫东", "先进个人"), ("欧阳春华", "先进个人"),
        ("蒋卫东", "优秀班主任"), ("何莉", "优秀班主任"),
    ]
    assert [r.kind for r in recs[:4]] == ["collective"] * 3 + ["individual"]


def test_a_labelled_line_that_is_not_an_award_group_is_not_split():
    assert _names("联系人:张三、李四\n联系电话:12345678") == []


# Entries: name, annotations and post in every order ------------------------------------------

ENTRIES = """2023年度全州民族团结进步模范个人名单
金顺姬（女，朝鲜族）　州第二人民医院护士长
朴哲浩（朝鲜族）　珲春市英安镇中心小学校长
李向阳 敦化市公安局交警大队大队长
赵红梅(龙井市人民检察院检察官)
孙立波等3名同志 延吉市消防救援支队"""


def test_entries_with_annotations_posts_in_parentheses_and_named_groups():
    recs = _by_name(ENTRIES)
    assert list(recs) == ["金顺姬", "朴哲浩", "李向阳", "赵红梅", "孙立波"]
    assert (recs["金顺姬"].gender, recs["金顺姬"].ethnicity, recs["金顺姬"].position) == ("女", "朝鲜族", "州第二人民医院护士长")
    assert recs["赵红梅"].position == "龙井市人民检察院检察官"
    assert recs["孙立波"].position == "延吉市消防救援支队" and "等3名同志" in recs["孙立波"].notes
    # the list is one prefecture's: the entry naming no place takes the province of the others
    assert {r.region for r in recs.values()} == {"吉林省"}


COLON = """全省“最美护林员”名单
1.阿不都热合曼·买买提:喀什地区莎车县林业和草原局护林员
2.马 军:和田地区于田县林场护林员
3.古丽娜尔·吐尔逊:阿克苏地区温宿县林草局护林员
4.王建新:昌吉州木垒县林业局护林
5.刘"""


def test_numbered_name_colon_post_and_a_list_cut_off_at_the_end():
    recs = _by_name(COLON)
    # the last entry is cut mid-name: not a record; the one before it lost the end of its post: a record
    assert list(recs) == ["阿不都热合曼·买买提", "马 军", "古丽娜尔·吐尔逊", "王建新"]
    assert recs["马 军"].position == "和田地区于田县林场护林员"
    assert {r.region for r in recs.values()} == {"新疆维吾尔自治区"}


POST_NAME = """全市公安系统先进个人拟表彰名单
市公安局交警支队一大队二级警长蔡志福
市公安局刑侦支队四级高级警长王立新
城东分局派出所一级警员罗晓燕"""


def test_person_named_at_the_end_of_the_post():
    recs = extract(_doc(POST_NAME)).records
    assert [(r.name, r.position) for r in recs] == [
        ("蔡志福", "市公安局交警支队一大队二级警长"), ("王立新", "市公安局刑侦支队四级高级警长"),
        ("罗晓燕", "城东分局派出所一级警员"),
    ]


def test_a_unit_name_is_not_split_into_a_post_and_a_person():
    assert trailing_person("某某市人民医院") is None
    assert trailing_person("市公安局交警支队一大队") is None
    assert trailing_person("他在派出所工作了十年") is None


# Regions ------------------------------------------------------------------------------------

REGIONS = """2021年全国三八红旗手名单
北京市
王丽华　北京市朝阳区和平街社区党委书记
张　敏　某某科技有限公司工程师
内蒙古自治区
乌云其其格（女，蒙古族）　锡林郭勒盟阿巴嘎旗牧民
李秀英　某某合作社理事长"""

PREFIXES = """获得本届“全国优秀教师”称号的会员有:
广东:陈志强 广州市第六中学教师
林晓梅 某某外国语学校教师
四川:杨帆 成都市石室中学副校长
新疆:热依拉·艾则孜 乌鲁木齐市第一中学教师"""


def test_region_headings_and_province_prefixes_hold_for_the_lines_under_them():
    recs = _by_name(REGIONS)
    assert [(n, r.region) for n, r in recs.items()] == [
        ("王丽华", "北京市"), ("张\u3000敏", "北京市"), ("乌云其其格", "内蒙古自治区"), ("李秀英", "内蒙古自治区"),
    ]
    assert recs["乌云其其格"].ethnicity == "蒙古族"
    recs = _by_name(PREFIXES)
    assert [(n, r.region) for n, r in recs.items()] == [
        ("陈志强", "广东省"), ("林晓梅", "广东省"), ("杨帆", "四川省"), ("热依拉·艾则孜", "新疆维吾尔自治区"),
    ]


def test_a_label_before_a_colon_is_not_a_region_prefix():
    recs = _by_name("获奖名单:\n备注:张三 某某县第一中学教师\n李四 某某县第二中学教师\n王五 某某县实验小学教师")
    assert "张三" not in recs and {r.region for r in recs.values()} == {None}


OWN_LIST = """关于2024年度推荐名单的公示
根据全国妇联通知要求，经各市妇联推荐、省妇联党组研究，现将我省推荐名单公示如下：
一、全国三八红旗手候选人（3名）
周　莉　某某软件股份有限公司研发总监
吴海燕　长沙市雨花区人民法院法官
彭桂香　湘西州龙山县里耶镇卫生院院长
二、全国巾帼文明岗候选集体（2个）
株洲市中心医院急诊科
某某银行营业部
公示时间：2024年2月1日至2月7日
湖南省妇女联合会"""


def test_a_provinces_own_list_gives_its_province_to_every_record():
    recs = _by_name(OWN_LIST)
    assert list(recs) == ["周\u3000莉", "吴海燕", "彭桂香", "株洲市中心医院急诊科", "某某银行营业部"]
    assert {r.region for r in recs.values()} == {"湖南省"}
    assert recs["周\u3000莉"].award == "全国三八红旗手候选人"
    assert recs["周\u3000莉"].confidence["region"] < recs["吴海燕"].confidence["region"]


def test_a_national_list_does_not_lend_one_records_province_to_another():
    recs = _by_name("全国先进名单\n张　敏　某某科技有限公司工程师\n王丽华　北京市朝阳区和平街社区党委书记\n李秀英　保定市某某村党支部书记")
    assert recs["张\u3000敏"].region is None and recs["张\u3000敏"].confidence["region"] == 0.0


def test_a_province_short_form_inside_a_unit_name_is_not_its_region():
    assert resolve("延吉市河南街道办事处")[0] == "吉林省"
    assert resolve("长春市某某学校西藏部主任")[0] == "吉林省"
    assert resolve("河南省郑州市某某街道")[0] == "河南省"
    assert resolve("南京軍區上海警備區某部")[0] == "上海市"


# Profile paragraphs -------------------------------------------------------------------------

PROFILES = """第三届“最美退役军人”先进事迹简介
张德山，男，汉族，山东临沂人，1951年5月出生，中共党员，现任临沂市兰山区某某村党支部书记。退伍回乡后，他带领村民修路架桥，发展特色种植，全村人均收入增长三倍。
他个人出资设立助学基金，资助贫困学生一百余名。
刘桂兰，女，回族，宁夏吴忠人，1968年10月出生，现任吴忠市利通区某某社区居委会主任。她扎根社区二十年，为辖区退役军人解决就业难题两百余件。"""


def test_profile_paragraphs_open_records_whose_paragraphs_are_the_deeds():
    recs = _by_name(PROFILES)
    assert list(recs) == ["张德山", "刘桂兰"]
    zhang = recs["张德山"]
    assert (zhang.gender, zhang.ethnicity, zhang.birth, zhang.politics) == ("男", "汉族", "1951.05", "中共党员")
    assert zhang.position == "临沂市兰山区某某村党支部书记" and zhang.region == "山东省"
    assert zhang.deeds.startswith("张德山，男，汉族") and zhang.deeds.endswith("资助贫困学生一百余名。")
    assert recs["刘桂兰"].deeds.endswith("就业难题两百余件。") and recs["刘桂兰"].region == "宁夏回族自治区"


def test_one_profile_paragraph_is_a_narrative_not_a_list():
    ex = extract(_doc("王晓东同志先进事迹\n王晓东，男，1980年7月出生，中共党员，现任某某县人民法院庭长。他坚持公正司法，审结案件一千余件。"))
    assert ex.kind == "narrative" and [r.name for r in ex.records] == ["王晓东"]


# Lists with deeds ---------------------------------------------------------------------------

CAPTIONS = """2024年“最美职工”事迹展示
1 匠心筑梦的“桥梁医生”
某某路桥集团有限公司养护中心
王振华扎根桥梁检测一线二十余年，累计检测大型桥梁三百余座，发现重大隐患四十余处。
他牵头研发的快速检测装置获国家专利。
2 守护万家灯火的电网铁军
国网某某供电公司带电作业班
该班组常年坚守带电作业一线，完成不停电作业一万余次。"""


def test_numbered_captions_over_unit_lines_and_deeds():
    recs = extract(_doc(CAPTIONS)).records
    assert [(r.seq, r.name) for r in recs] == [(1, "某某路桥集团有限公司养护中心"), (2, "国网某某供电公司带电作业班")]
    assert recs[0].deeds.startswith("王振华扎根") and recs[0].deeds.endswith("获国家专利。")
    assert recs[1].deeds == "该班组常年坚守带电作业一线，完成不停电作业一万余次。"


# Decisions and notices ----------------------------------------------------------------------

DECISION = """中共某某省委 某某省人民政府
关于表彰全省脱贫攻坚先进集体和先进个人的决定
各市委、市人民政府，省委各部委，省直各单位：
近年来，全省上下勠力同心，涌现出王大勇等120名先进个人和某某县扶贫办等80个先进集体。决定授予王大勇等120名同志“全省脱贫攻坚先进个人”称号。
附件：全省脱贫攻坚先进集体和先进个人名单
中共某某省委 某某省人民政府
2021年3月2日
附件
全省脱贫攻坚先进个人名单（2名）
王大勇　贵阳市花溪区某某镇党委书记
陈晓丽（女，苗族）　黔东南州雷山县某某村驻村第一书记
全省脱贫攻坚先进集体名单（2个）
贵阳市乌当区扶贫开发办公室
铜仁市江口县太平镇人民政府"""


def test_decision_with_attachment_list_and_preamble_names_that_are_not_records():
    recs = _by_name(DECISION)
    assert list(recs) == ["王大勇", "陈晓丽", "贵阳市乌当区扶贫开发办公室", "铜仁市江口县太平镇人民政府"]
    assert recs["王大勇"].award == "全省脱贫攻坚先进个人" and recs["铜仁市江口县太平镇人民政府"].award == "全省脱贫攻坚先进集体"
    assert {r.region for r in recs.values()} == {"贵州省"}


# Narratives ---------------------------------------------------------------------------------

SUBTITLED = """首页 > 新闻中心 > 先进典型
坚守初心 情系群众
——记某某市人民医院心内科主任陈建平
发布时间：2023-06-12 09:30　来源：市卫健委　编辑：李明
记者 张小明 王芳
陈建平从医三十年来，始终把患者放在第一位。他带领团队开展介入手术五千余例。
疫情期间，陈建平主动请缨，连续奋战六十余天。
【打印】【关闭】"""


def test_narrative_subject_from_a_subtitle_without_chrome_or_credits_in_the_deeds():
    ex = extract(_doc(SUBTITLED))
    (rec,) = ex.records
    assert (ex.kind, rec.name, rec.kind, rec.position) == ("narrative", "陈建平", "individual", "某某市人民医院心内科主任")
    assert rec.deeds == "陈建平从医三十年来，始终把患者放在第一位。他带领团队开展介入手术五千余例。\n疫情期间，陈建平主动请缨，连续奋战六十余天。"


SIGNED = """我院王晓东同志先进事迹材料
王晓东，男，1980年7月出生，中共党员，现任我院刑事审判庭庭长。
他坚持公正司法，近五年审结各类案件一千二百余件。晓东同志还积极参与普法宣传。
某某县人民法院
2024年4月"""


def test_narrative_signature_is_not_deeds():
    (rec,) = extract(_doc(SIGNED)).records
    assert rec.name == "王晓东" and rec.deeds.endswith("晓东同志还积极参与普法宣传。")


def test_a_date_inside_the_last_sentence_is_deeds():
    (rec,) = extract(_doc("某某中队先进事迹\n某某市公安局交警支队某某中队成立于2001年，多次获得表彰。\n该中队于2024年5月1日被授予全国青年文明号。")).records
    assert rec.deeds.endswith("被授予全国青年文明号。")


UNIT_STORY = """本帖最后由 某某宣传 于 2019-05-06 10:31 编辑
近日，团中央命名新一批全国青年文明号，某某中队榜上有名。 襄阳市公安局交通警察支队高新区大队二中队成立于2005年，现有民警8人。该中队坚持文明执法，连续五年无投诉。
中队先后荣获省级青年文明号、全国优秀公安基层单位等称号。该中队民警王建军被评为全省优秀人民警察。
襄阳市公安局高新区大队 二〇一九年五月六日
|"""


def test_unit_narrative_subject_from_its_full_name_and_later_short_mentions():
    (rec,) = extract(_doc(UNIT_STORY)).records
    assert rec.name == "襄阳市公安局交通警察支队高新区大队二中队" and rec.kind == "collective"
    assert rec.region == "湖北省"
    assert rec.deeds.startswith("近日，团中央命名") and rec.deeds.endswith("全省优秀人民警察。")
    assert rec.reasons["name"] == "body_mentions" and rec.confidence["name"] < 0.8


def test_repeated_title_with_a_part_number_is_chrome_but_prose_starting_with_it_is_not():
    (rec,) = extract(_doc("张建华同志先进事迹\n张建华同志先进事迹（一）\n张建华同志扎根基层三十年。\n张建华同志先进事迹传遍全县，群众交口称赞。")).records
    assert rec.name == "张建华"
    assert rec.deeds == "张建华同志扎根基层三十年。\n张建华同志先进事迹传遍全县，群众交口称赞。"


def test_bylines_and_post_stamps_are_chrome_but_names_in_prose_are_not():
    assert is_byline("记者 胡小梅 摄") and is_byline("| 吴小泽") and is_byline("文/张三")
    assert not is_byline("记者节到了") and not is_byline("| 某某市第一中学 |")
    assert is_chrome("本帖最后由 某某 于 2014-11-18 09:02 编辑")
    assert not is_chrome("2014年11月18日9:02，某某中队接到报警，迅速出警。")
    assert is_signature("某某县人民法院 2024年4月8日") and is_signature("二〇一四年十一月十八日")
    assert not is_signature("他于2024年4月8日获得表彰。")


# Villages, communities, families ------------------------------------------------------------

VILLAGES = """我县新增一批省级文明村镇和文明家庭
省级文明村镇（3个）：某某镇、某某乡石桥村、城关镇东门社区
省级文明家庭（2户）：张建国家庭、刘秀珍家庭"""


def test_villages_communities_and_families_are_collectives():
    recs = extract(_doc(VILLAGES)).records
    assert [(r.name, r.kind, r.award) for r in recs] == [
        ("某某镇", "collective", "省级文明村镇"), ("某某乡石桥村", "collective", "省级文明村镇"),
        ("城关镇东门社区", "collective", "省级文明村镇"), ("张建国家庭", "collective", "省级文明家庭"),
        ("刘秀珍家庭", "collective", "省级文明家庭"),
    ]


# Traditional characters and pinyin debris ----------------------------------------------------

TRADITIONAL = """2023年全國先進工作者名單（節選）
廣東省
陳國(guó)華　廣州市第一人民醫院主任醫師
黃麗珍　深圳市寶安區某某學校教師
四川省
楊曉明　成都市公安局交通管理局民警"""


def test_traditional_names_stay_as_written_without_pinyin_and_regions_are_simplified():
    recs = extract(_doc(TRADITIONAL)).records
    assert [(r.name, r.region) for r in recs] == [("陳國華", "广东省"), ("黃麗珍", "广东省"), ("楊曉明", "四川省")]
    assert recs[0].position == "廣州市第一人民醫院主任醫師"


# Parsing details ----------------------------------------------------------------------------

def test_long_posts_and_long_runs_of_names_are_entries_but_long_prose_is_not():
    (e,) = parse_entry("石 琴 某某工业大学教授,某某省汽车行业协会会长,某某创新研究院院长,某某汽车安全技术重点实验室主任")
    assert e.name == "石 琴"
    many = "、".join([f"某某县第{i}中学" for i in "一二三四五六七八九十"] * 2)
    assert len(parse_entry(many)) == 20
    assert parse_entry("张三同志" + "在社区工作多年，表现突出，" * 10) == []


def test_a_unit_with_a_remark_in_parentheses_keeps_the_remark_as_a_note():
    (e,) = parse_entry("某某百货大厦有限责任公司业务部(会员张某某任总经理)")
    assert e.name == "某某百货大厦有限责任公司业务部" and e.attrs["notes"] == "会员张某某任总经理"
    (e,) = parse_entry("某某市第一中学（高中部）")
    assert e.name == "某某市第一中学（高中部）"


# More layouts: region labels with counts, profile columns, wrapped lists, dotted names in rows,
# rows of 姓名（部门）, bracketed region prefixes, recommender lines, news with inline deeds,
# numbered units over their deeds, pages without line breaks ----------------------------------

def test_region_label_with_count_before_a_list_of_families():
    recs = extract(_doc("2022年度最美家庭名单\n北京（2户）：张伟家庭、李娜家庭\n河北（1户）：王芳家庭")).records
    assert [(r.name, r.region, r.kind) for r in recs] == [
        ("张伟家庭", "北京市", "collective"), ("李娜家庭", "北京市", "collective"), ("王芳家庭", "河北省", "collective"),
    ]


def test_profile_columns_between_name_and_post():
    recs = extract(_doc("县级劳动模范名单\n王建华 男 汉族 某某县交通运输局局长\n马文斌 男 东乡族 某某县某某镇农民\n李 华 女 某某县实验小学副校长")).records
    assert [(r.name, r.gender, r.ethnicity, r.position) for r in recs] == [
        ("王建华", "男", "汉族", "某某县交通运输局局长"), ("马文斌", "男", "东乡族", "某某县某某镇农民"),
        ("李 华", "女", None, "某某县实验小学副校长"),  # the gender is not the end of a padded name
    ]


def test_a_list_wrapped_after_a_separator_keeps_its_award():
    recs = extract(_doc("道德模范名单\n助人为乐模范：张晓明、李春花、\n赵建国、钱小燕\n见义勇为模范：孙大勇、周永强")).records
    assert [(r.name, r.award) for r in recs] == [
        ("张晓明", "助人为乐模范"), ("李春花", "助人为乐模范"), ("赵建国", "助人为乐模范"), ("钱小燕", "助人为乐模范"),
        ("孙大勇", "见义勇为模范"), ("周永强", "见义勇为模范"),
    ]


def test_rows_of_dotted_names_and_rows_of_names_with_departments():
    assert _names("优秀教师名单\n阿依古丽·买买提　热合曼·托合提　李  明\n古丽米拉·艾力　张　军　陈小兵") == [
        "阿依古丽·买买提", "热合曼·托合提", "李  明", "古丽米拉·艾力", "张\u3000军", "陈小兵",
    ]
    recs = extract(_doc("通报\n优秀共产党员：\n王成刚（综合科）　刘晓雯（信息科）\n赵明辉（机要科）　孙佳怡（法规室）\n希望受表彰的同志珍惜荣誉。")).records
    assert [(r.name, r.position, r.award) for r in recs][:2] == [("王成刚", "综合科", "优秀共产党员"), ("刘晓雯", "信息科", "优秀共产党员")]
    assert len(recs) == 4


def test_bracketed_region_prefixes_and_recommender_lines():
    recs = _by_name("优秀志愿者名单\n【浙江】张志强 杭州市某某志愿服务队队长\n【江西】黄建国 南昌市某某公益协会会长")
    assert [(n, r.region) for n, r in recs.items()] == [("张志强", "浙江省"), ("黄建国", "江西省")]
    recs = extract(_doc(
        "推荐对象事迹\n1.某某电力公司输电运检班\n（推荐单位：某某省总工会）\n该班组负责输电线路运维，连续八年无责任事故。\n"
        "2.某某钢铁公司连铸车间\n（推荐单位：某某冶金工会）\n该车间坚持技术攻关，年创效益3000余万元。"
    )).records
    assert [(r.name, r.recommender) for r in recs] == [("某某电力公司输电运检班", "某某省总工会"), ("某某钢铁公司连铸车间", "某某冶金工会")]
    assert recs[0].deeds == "该班组负责输电线路运维，连续八年无责任事故。"


def test_a_bracketed_word_that_is_no_region_is_not_a_prefix():
    recs = _by_name("名单\n【推荐】张志强 杭州市某某志愿服务队队长\n黄建国 南昌市某某公益协会会长\n吴丽丽 宁波市某某社区志愿者")
    assert recs["黄建国"].region == "江西省" and recs["吴丽丽"].region == "浙江省"
    assert all(r.region != "推荐" for r in recs.values())


def test_news_paragraphs_naming_a_person_and_post_then_the_deeds():
    recs = extract(_doc(
        "近日，省总工会公布了省五一劳动奖章获得者名单，我市2人上榜。\n他们是：\n"
        "刘建军，十堰市某某汽车零部件有限公司高级技师。他扎根生产一线25年，完成技术革新40余项。\n"
        "陈晓燕，十堰市太和医院护士长。她带领团队开展护理新技术10余项。"
    )).records
    assert [(r.name, r.position, r.region) for r in recs] == [
        ("刘建军", "十堰市某某汽车零部件有限公司高级技师", "湖北省"), ("陈晓燕", "十堰市太和医院护士长", "湖北省"),
    ]
    assert recs[1].deeds == "陈晓燕，十堰市太和医院护士长。她带领团队开展护理新技术10余项。"


def test_a_name_post_line_without_more_text_has_no_deeds():
    recs = extract(_doc("候选人公示\n张　伟，男，昆明市某某区人民医院主治医师\n赵丽娟，女，曲靖市麒麟区某某小学教师")).records
    assert [(r.name, r.gender, r.deeds) for r in recs] == [("张\u3000伟", "男", ""), ("赵丽娟", "女", "")]


def test_numbered_units_over_their_deeds_paragraphs_but_not_numbered_topics():
    recs = extract(_doc(
        "先进集体事迹简介\n一、常德市应急管理局执法支队\n该支队全年开展执法检查1200余家次。\n"
        "二、澧县应急管理局\n该局创新建立网格化监管模式，连续三年无较大事故。"
    )).records
    assert [(r.name, r.deeds) for r in recs] == [
        ("常德市应急管理局执法支队", "该支队全年开展执法检查1200余家次。"), ("澧县应急管理局", "该局创新建立网格化监管模式，连续三年无较大事故。"),
    ]
    ex = extract(_doc("某某局工作总结\n一、加强组织领导\n我局成立了工作专班，明确责任分工。\n二、完善制度建设\n我局修订制度十二项。"))
    assert ex.kind != "list"


def test_a_page_without_line_breaks_is_read_by_its_award_groups():
    recs = extract(_doc("表彰名单：先进个人：张大明、李小红。先进集体：宜宾市某某局、宜宾市某某中心。希望受表彰的集体和个人再接再厉。")).records
    assert [(r.name, r.award, r.region) for r in recs] == [
        ("张大明", "先进个人", "四川省"), ("李小红", "先进个人", "四川省"),
        ("宜宾市某某局", "先进集体", "四川省"), ("宜宾市某某中心", "先进集体", "四川省"),
    ]


def test_subtitle_inside_the_title_names_the_village_not_its_honour():
    (rec,) = extract(_doc("绿水青山就是金山银山——记全国文明村安吉县余村\n安吉县余村位于天荒坪镇西侧。多年来，余村坚持生态优先，发展乡村旅游。")).records
    assert (rec.name, rec.kind, rec.region) == ("安吉县余村", "collective", "浙江省")


def test_feature_story_with_editors_note_caption_and_credits_around_the_deeds():
    (rec,) = extract(_doc(
        "分享到：\n编者按：在平凡的岗位上，总有一些人默默奉献。\n大山里的“守灯人”\n"
        "——记全国优秀教师、凉山州某某县某某村小学教师马海军\n（图为马海军在给学生上课）\n记者 李晓燕\n"
        "马海军在村小任教二十五年，是学校唯一的公办教师。\n二十五年来，他送走了一届又一届学生。\n责任编辑：张明\n扫一扫在手机打开当前页"
    )).records
    assert (rec.name, rec.position, rec.region) == ("马海军", "凉山州某某县某某村小学教师", "四川省")
    assert rec.deeds == "马海军在村小任教二十五年，是学校唯一的公办教师。\n二十五年来，他送走了一届又一届学生。"


def test_name_with_post_in_parentheses_then_deeds_after_a_colon():
    recs = extract(_doc(
        "最美科技工作者事迹简介\n张立新（某某大学教授）：长期从事新材料研究，成果转化产值超10亿元。\n"
        "李红梅（某某农科院研究员）：培育水稻新品种8个，累计推广面积2000万亩。"
    )).records
    assert [(r.name, r.position, r.deeds) for r in recs] == [
        ("张立新", "某某大学教授", "长期从事新材料研究，成果转化产值超10亿元。"),
        ("李红梅", "某某农科院研究员", "培育水稻新品种8个，累计推广面积2000万亩。"),
    ]


def test_government_information_page_metadata_is_not_part_of_the_list():
    recs = extract(_doc(
        "索引号：000014349/2023-00123　　主题分类：综合政务\n发布机构：某某市人民政府办公室　　成文日期：2023-04-20\n"
        "关于通报表扬先进单位的通知\n各县（市、区）人民政府，市政府各部门：\n为激励先进，市政府决定对市行政审批服务局等3个单位予以通报表扬。\n"
        "附件：先进单位名单\n附件\n先进单位名单\n市行政审批服务局\n绵阳市涪城区人民政府\n江油市人民政府\n扫一扫在手机打开当前页"
    )).records
    assert [r.name for r in recs] == ["市行政审批服务局", "绵阳市涪城区人民政府", "江油市人民政府"]
    assert {r.region for r in recs} == {"四川省"}


def test_narrative_subject_after_the_authors_own_unit_and_by_its_shortened_form():
    (rec,) = extract(_doc("我院张建华同志先进事迹\n张建华同志自2005年参加工作以来，扎根审判一线。建华同志办案认真，深受群众好评。")).records
    assert rec.name == "张建华" and rec.deeds.startswith("张建华同志自2005年")
    (rec,) = extract(_doc("先进事迹材料\n近年来，王晓东扎根审判一线，办案一千余件。晓东同志善于钻研，晓东同志还积极普法。")).records
    assert rec.name == "王晓东" and rec.kind == "individual"


def test_article_chrome_credits_and_follow_us_lines_are_not_deeds():
    (rec,) = extract(_doc(
        "原标题：坚守一线的好医生\n点击蓝字关注我们\n某某县人民医院内科主任刘海波\n"
        "刘海波从医二十年，累计接诊患者十万余人次。他牵头开展新技术十余项。（记者 张三 通讯员 李四）\n"
        "编辑|王五\n审核|赵六\n本文来自网络，不代表本站立场\n往期回顾"
    )).records
    assert rec.name == "刘海波"
    assert rec.deeds == "刘海波从医二十年，累计接诊患者十万余人次。他牵头开展新技术十余项。"


def test_a_closing_parenthesis_that_is_not_a_credit_stays_in_the_deeds():
    (rec,) = extract(_doc("刘海波同志先进事迹\n刘海波从医二十年，牵头开展新技术十余项（其中两项填补省内空白）。")).records
    assert rec.deeds.endswith("（其中两项填补省内空白）。")


def test_list_deeds_lose_their_label_and_a_closing_credit():
    recs = extract(_doc(
        "最美职工事迹\n1 某某电力公司输电运检班\n主要事迹：该班组负责输电线路运维，连续八年无责任事故。\n"
        "2 某某钢铁公司连铸车间\n主要事迹：该车间坚持技术攻关，年创效益3000余万元。（记者 王五）"
    )).records
    assert [r.deeds for r in recs] == ["该班组负责输电线路运维，连续八年无责任事故。", "该车间坚持技术攻关，年创效益3000余万元。"]


def test_news_paragraphs_about_different_people_are_records_but_one_persons_story_is_not_a_list():
    recs = extract(_doc(
        "喜报！我校两名教师获评全国模范教师\n日前，教育部印发决定，我校王丽萍、李建军两位老师被授予“全国模范教师”称号。\n"
        "王丽萍老师从教二十六年，所带班级多次被评为省级先进班集体。\n李建军老师扎根教学一线，指导青年教师二十余名。"
    )).records
    assert [(r.name, r.deeds) for r in recs] == [
        ("王丽萍", "王丽萍老师从教二十六年，所带班级多次被评为省级先进班集体。"), ("李建军", "李建军老师扎根教学一线，指导青年教师二十余名。"),
    ]
    ex = extract(_doc("王晓东同志先进事迹\n王晓东同志扎根审判一线，办案一千余件。\n王晓东同志善于钻研，审判方法在全市推广。"))
    assert ex.kind == "narrative" and [r.name for r in ex.records] == ["王晓东"]
    assert ex.records[0].deeds == "王晓东同志扎根审判一线，办案一千余件。\n王晓东同志善于钻研，审判方法在全市推广。"


def test_wiki_page_in_traditional_characters_with_region_and_award_headings():
    recs = extract(_doc(
        "2021年全國五一勞動獎（上海部分）\n基本介紹\n- 中文名:2021年全國五一勞動獎\n評選規則,公示名單,表彰發布,\n表彰發布\n上海市\n"
        "全國五一勞動獎狀\n上海某某集團有限公司\n上海市某某區人民醫院\n全國五一勞動獎章\n張偉(女)\n李國強\n參考資料"
    )).records
    assert [(r.name, r.kind, r.region, r.award) for r in recs] == [
        ("上海某某集團有限公司", "collective", "上海市", "全國五一勞動獎狀"), ("上海市某某區人民醫院", "collective", "上海市", "全國五一勞動獎狀"),
        ("張偉", "individual", "上海市", "全國五一勞動獎章"), ("李國強", "individual", "上海市", "全國五一勞動獎章"),
    ]


def test_a_short_list_inside_a_narrative_that_names_its_subject_is_part_of_the_narrative():
    ex = extract(_doc(
        "襄阳市某某区人民医院先进事迹材料\n襄阳市某某区人民医院始建于1952年，是一所二级甲等综合医院。近年来，医院坚持以病人为中心，服务能力不断提升。\n"
        "医院涌现出一批先进典型。\n先进个人：张海涛、李春梅\n医院先后获得全国卫生系统先进集体、湖北省文明单位等称号。"
    ))
    assert ex.kind == "narrative" and [r.name for r in ex.records] == ["襄阳市某某区人民医院"]
    assert ex.records[0].deeds.endswith("湖北省文明单位等称号。")
    # … but a notice's short list is the list: a notice is not about one subject
    ex = extract(_doc("关于表扬先进单位的通知\n各单位：\n经研究，决定对以下单位予以表扬，希望再接再厉，在今后工作中取得更大成绩。\n襄阳市某某局\n襄阳市某某中心"))
    assert ex.kind == "list" and [r.name for r in ex.records] == ["襄阳市某某局", "襄阳市某某中心"]


def test_a_name_line_then_a_paragraph_opening_with_the_same_name_is_one_narrative():
    ex = extract(_doc("向春梅同志事迹材料\n向春梅（女，土家族）\n向春梅同志现任某某乡卫生院院长。她扎根乡村医疗二十年。\n她推动建立家庭医生签约服务。"))
    assert ex.kind == "narrative" and [(r.name, r.ethnicity) for r in ex.records] == [("向春梅", "土家族")]


def test_subtitle_then_profile_paragraph_is_one_persons_narrative():
    ex = extract(_doc(
        "一心为民的好支书\n——记全国优秀共产党员、安徽省金寨县某某村党支部书记陈世明\n陈世明，男，1966年生，中共党员。1999年起担任村党支部书记。\n"
        "二十多年来，他带领村民修路、建厂、种茶。\n陈世明常说：“群众的事再小也是大事。”\n来源：金寨县融媒体中心"
    ))
    assert ex.kind == "narrative"
    (rec,) = ex.records
    assert (rec.name, rec.position, rec.gender, rec.region) == ("陈世明", "安徽省金寨县某某村党支部书记", "男", "安徽省")
    assert rec.deeds.startswith("陈世明，男，1966年生") and rec.deeds.endswith("再小也是大事。”")


def test_title_with_a_catchphrase_before_a_dash_names_the_unit_after_it():
    (rec,) = extract(_doc("勇于担当的“排头兵”——长沙市某某区应急管理局先进事迹\n长沙市某某区应急管理局现有干部职工45人。该局排查整改隐患4200余处。")).records
    assert (rec.name, rec.region) == ("长沙市某某区应急管理局", "湖南省")


def test_award_sentences_introducing_names_give_the_award_and_gacha_are_villages():
    recs = extract(_doc("我市获表彰\n获得全国五一劳动奖章的有：\n赵卫国　株洲中车某某有限公司高级技师\n谭建华　株洲市某某建设集团有限公司项目经理")).records
    assert {r.award for r in recs} == {"全国五一劳动奖章"}
    assert _names("示范集体名单\n内蒙古自治区\n兴安盟某某旗某某嘎查\n锡林郭勒盟某某旗某某苏木") == ["兴安盟某某旗某某嘎查", "锡林郭勒盟某某旗某某苏木"]


def test_news_datelines_and_bulleted_credits_are_not_deeds_and_the_body_gives_the_full_name():
    (rec,) = extract(_doc(
        "某某局获评全国先进集体\n■本报记者 张小明 通讯员 李四\n"
        "中国青年网北京5月1日电（记者 王五）近日，襄阳市某某局获评全国先进集体。该局坚持为民服务。"
    )).records
    assert (rec.name, rec.region) == ("襄阳市某某局", "湖北省")
    assert rec.deeds == "近日，襄阳市某某局获评全国先进集体。该局坚持为民服务。"


def test_entries_one_after_another_on_a_line_under_a_region_prefix():
    recs = _by_name("获得全国先进工作者称号的社员有：\n北京：李明华 中国科学院某某研究所研究员；王建平 北京某某医院主任医师\n湖北：张晓峰 武汉大学某某学院教授")
    assert [(n, r.region, r.position) for n, r in recs.items()] == [
        ("李明华", "北京市", "中国科学院某某研究所研究员"), ("王建平", "北京市", "北京某某医院主任医师"), ("张晓峰", "湖北省", "武汉大学某某学院教授"),
    ]


def test_people_with_units_in_parentheses_separated_by_dunhao_and_wrapped():
    recs = extract(_doc("宜昌8人获评省级劳动模范\n记者从市总工会获悉，我市4人获评湖北省劳动模范。\n附：名单\n陈刚（兴山县某某合作社）、刘红（宜昌某某化工）、\n张伟（夷陵区某某中学）、王芳（市中心医院）")).records
    assert [(r.name, r.position) for r in recs] == [("陈刚", "兴山县某某合作社"), ("刘红", "宜昌某某化工"), ("张伟", "夷陵区某某中学"), ("王芳", "市中心医院")]
    assert {r.region for r in recs} == {"湖北省"}


def test_numbered_families_with_where_they_live_after_a_colon():
    recs = extract(_doc("“最美家庭”名单：\n１．刘建华家庭：西宁市城东区某某街道\n２．才让卓玛家庭：海南藏族自治州共和县某某镇")).records
    assert [(r.name, r.kind, r.region) for r in recs] == [("刘建华家庭", "collective", "青海省"), ("才让卓玛家庭", "collective", "青海省")]
    # a label before a colon is not a collective, though it ends like one
    assert _names("先进集体名单\n某某县公安局\n某某县人民医院\n发布单位：某某县人民政府办公室") == ["某某县公安局", "某某县人民医院"]


def test_forum_post_buttons_and_a_signature_over_a_date_are_not_deeds():
    (rec,) = extract(_doc(
        "楼主 发表于 2016-3-8 09:15:22\n近日，团中央授予我院急诊科“全国青年文明号”称号。西宁市第一人民医院急诊科现有医护人员40人。\n"
        "该科先后获得省级青年文明号等荣誉。\n西宁市第一人民医院团委\n2016年3月8日\n回复 举报"
    )).records
    assert rec.name == "西宁市第一人民医院急诊科" and rec.deeds.endswith("省级青年文明号等荣誉。")


def test_post_lines_in_parentheses_vote_counts_and_regions_in_parentheses():
    recs = extract(_doc("最美医生事迹简介\n王立群\n（某某省人民医院心血管内科主任）\n王立群从医三十年，完成心脏介入手术一万余例。\n赵雅琴\n（某某县中医院院长）\n赵雅琴扎根基层二十年。")).records
    assert [(r.name, r.position) for r in recs] == [("王立群", "某某省人民医院心血管内科主任"), ("赵雅琴", "某某县中医院院长")]
    recs = extract(_doc("网络投票结果\n1 李春生 某某县某某乡卫生院 25680票\n2 王桂芳 某某县某某村卫生室 23150票")).records
    assert [r.position for r in recs] == ["某某县某某乡卫生院", "某某县某某村卫生室"]
    recs = extract(_doc("五好家庭名单\n张建国家庭（北京）\n李卫东家庭（河北省）\n王德才家庭（四川）")).records
    assert [(r.name, r.region) for r in recs] == [("张建国家庭", "北京市"), ("李卫东家庭", "河北省"), ("王德才家庭", "四川省")]


def test_award_groups_with_semicolons_in_one_paragraph():
    recs = extract(_doc("表彰决定\n先进集体：某某县公安局；某某县人民法院。先进个人：张明亮；李秀珍；王建军。")).records
    assert [(r.name, r.award) for r in recs] == [
        ("某某县公安局", "先进集体"), ("某某县人民法院", "先进集体"), ("张明亮", "先进个人"), ("李秀珍", "先进个人"), ("王建军", "先进个人"),
    ]


def test_minority_person_named_after_the_post_and_profiled_without_a_surname():
    (rec,) = extract(_doc(
        "扎根边疆守初心\n某某县公安局边境派出所所长 扎西次仁\n扎西次仁，男，藏族，1978年出生，中共党员。2005年从警以来，他一直扎根边境一线。\n"
        "十多年来，他带领民警巡逻边境线3万余公里。\n（作者单位：某某县公安局政治处）"
    )).records
    assert (rec.name, rec.kind, rec.ethnicity, rec.position) == ("扎西次仁", "individual", "藏族", "某某县公安局边境派出所所长")
    assert rec.deeds.endswith("巡逻边境线3万余公里。")


def test_a_headline_that_is_a_sentence_over_the_page_metadata_is_the_title_not_deeds():
    (rec,) = extract(_doc(
        "喜报！热烈祝贺我市某某区人民检察院第二检察部荣获全国检察机关先进集体称号\n发布时间：2023年3月1日 来源：区检察院\n"
        "近日，最高人民检察院印发表彰决定，福州市某某区人民检察院第二检察部被评为全国检察机关先进集体。\n该部门现有检察官5名，所办案件无一错案。"
    )).records
    assert (rec.name, rec.region) == ("福州市某某区人民检察院第二检察部", "福建省")
    assert rec.deeds.startswith("近日，最高人民检察院") and rec.deeds.endswith("所办案件无一错案。")


def test_without_metadata_under_it_a_first_sentence_stays_in_the_deeds():
    (rec,) = extract(_doc("近日，福州市某某区人民检察院第二检察部被评为全国检察机关先进集体！\n该部门现有检察官5名，福州市某某区人民检察院第二检察部所办案件无一错案。")).records
    assert rec.deeds.startswith("近日，福州市")


def test_unit_names_with_a_quoted_nickname_inside():
    assert _names("工人先锋号名单\n国网某某供电公司“红马甲”共产党员服务队、某某医院“白求恩”医疗队\n某某社区“邻里守望”志愿服务队") == [
        "国网某某供电公司“红马甲”共产党员服务队", "某某医院“白求恩”医疗队", "某某社区“邻里守望”志愿服务队",
    ]
    assert _names("名单\n他说“好”\n“最美”志愿服务队") == []


def test_national_list_blocks_that_are_not_provinces_are_regions_not_records():
    recs = extract(_doc(
        "全国劳动模范名单\n北京市\n王建国　北京某某公司工程师\n李丽　北京市某某医院护士长\n中央和国家机关\n张伟　某某部某某司副司长\n"
        "赵敏　某某研究院研究员\n中央企业\n刘强　某某集团有限公司总工程师"
    )).records
    assert [(r.name, r.region) for r in recs] == [
        ("王建国", "北京市"), ("李丽", "北京市"), ("张伟", "中央和国家机关"), ("赵敏", "中央和国家机关"), ("刘强", "中央企业"),
    ]


def test_a_list_page_without_line_breaks_split_at_its_numbered_counted_groups():
    recs = extract(_doc("2023年度表彰名单 一、先进集体（3个） 某某县公安局 某某县人民医院 某某县第一中学 二、先进个人（2名） 张三丰 李四光")).records
    assert [(r.name, r.award) for r in recs] == [
        ("某某县公安局", "先进集体"), ("某某县人民医院", "先进集体"), ("某某县第一中学", "先进集体"), ("张三丰", "先进个人"), ("李四光", "先进个人"),
    ]
    # a unit written with a space inside is not two units
    assert _names("先进集体名单\n某某市公安局 交警支队\n某某县人民医院") == ["某某市公安局 交警支队", "某某县人民医院"]


def test_a_title_with_a_typo_still_names_the_subject_as_the_body_spells_it():
    (rec,) = extract(_doc("张珊同志先进事迹\n张姗同志扎根基层二十年，张姗同志办案认真。群众都说张姗是好法官。")).records
    assert (rec.name, rec.kind) == ("张姗", "individual")
    (rec,) = extract(_doc("李明同志先进事绩\n李明同志自参加工作以来，一直在基层一线工作。李明同志刻苦钻研业务。")).records
    assert rec.name == "李明"
    (rec,) = extract(_doc("某某市交通运输局先近事迹材料\n某某市交通运输局坚持为民服务。")).records
    assert rec.name == "某某市交通运输局"


def test_list_titles_ending_with_a_colon_but_not_labels_intros_or_headlines():
    ex = extract(_doc("近日，某某省公布了评选结果。\n某某省第一届“最美护林员”名单：\n1.张建华:某某县林场护林员\n2.李国强:某某县林业局护林员"))
    assert ex.title == "某某省第一届“最美护林员”名单"
    ex = extract(_doc("某某会员获全国五一劳动奖章\n附：名单\n张建华 某某县林场护林员\n李国强 某某县林业局护林员"))
    assert ex.title is None
    ex = extract(_doc("我县上榜的有\n张建华 某某县林场护林员\n李国强 某某县林业局护林员"))
    assert ex.title is None


def test_bracketed_deeds_labels_supplier_credits_and_attachments_are_not_deeds():
    (rec,) = extract(_doc(
        "张建华同志先进事迹\n【先进事迹】张建华同志扎根基层三十年，办结群众诉求三千余件。（供稿：某某县委组织部）\n附件：张建华同志照片.jpg"
    )).records
    assert rec.deeds == "张建华同志扎根基层三十年，办结群众诉求三千余件。"


def test_the_members_of_an_honoured_team_listed_in_its_story_are_not_records():
    ex = extract(_doc(
        "襄阳市某某区消防救援大队特勤中队先进事迹\n"
        "襄阳市某某区消防救援大队特勤中队成立于2008年，现有指战员36名。近年来，中队累计出警3000余次，营救被困群众500余人，保护财产价值上亿元。"
        "中队坚持从严治队，连续五年被评为先进中队，多次在全省比武中获得第一名。\n中队骨干：\n张建军、李卫东、王海涛、刘晓峰、陈志强\n"
        "2023年，中队被授予全国青年文明号。中队将继续发扬优良作风，守护一方平安，为经济社会发展保驾护航。"
    ))
    assert ex.kind == "narrative" and [r.name for r in ex.records] == ["襄阳市某某区消防救援大队特勤中队"]


def test_subtitle_with_an_honour_in_quotes_and_an_author_credit_line():
    (rec,) = extract(_doc(
        "他用青春守护万家灯火\n——记2022年度“最美电力人”国网某某供电公司运检班班长郑浩\n"
        "郑浩是一名90后党员，2014年入职以来，一直扎根输电运检一线。\n“电网安全无小事。”郑浩说。\n（本文作者：李某某）"
    )).records
    assert (rec.name, rec.position) == ("郑浩", "国网某某供电公司运检班班长")
    assert rec.deeds.endswith("“电网安全无小事。”郑浩说。")


def test_rows_of_padded_names_with_units_and_a_counted_group_that_ends_like_a_unit():
    recs = extract(_doc(
        "优秀团员和团干部名单\n优秀共青团员（3名）\n孔令杰（某某区团委）　石佳琪（某某医院）　冯  博（某某公司）\n"
        "优秀共青团干部（1名）\n刘  洋（某某县团委书记）"
    )).records
    assert [(r.name, r.position, r.award) for r in recs] == [
        ("孔令杰", "某某区团委", "优秀共青团员"), ("石佳琪", "某某医院", "优秀共青团员"), ("冯  博", "某某公司", "优秀共青团员"),
        ("刘  洋", "某某县团委书记", "优秀共青团干部"),
    ]


def test_numbered_people_with_a_one_phrase_description_and_a_labelled_unit_title():
    assert _names("2023年度“感动某某”十大人物\n1.林秀英：扎根山区30年的乡村教师\n2.陈建国：勇救落水儿童的退役军人\n3.王晓梅：照顾瘫痪婆婆20年的好儿媳") == [
        "林秀英", "陈建国", "王晓梅",
    ]
    (rec,) = extract(_doc("【先进事迹】某某县人民法院立案庭：打造“一站式”诉讼服务\n某某县人民法院立案庭现有干警12人。该庭一年来化解纠纷1200余件。")).records
    assert rec.name == "某某县人民法院立案庭"


def test_person_named_before_the_titles_colon_with_birthplace_in_the_profile():
    (rec,) = extract(_doc(
        "刘永坦：一生只做一件事\n2019-01-09 10:20　来源：光明网\n"
        "刘永坦，1936年12月出生于江苏南京，中国工程院院士、哈尔滨工业大学教授。他带领团队攻克新体制雷达技术。\n相关新闻\n刘永坦院士获国家最高科学技术奖"
    )).records
    assert (rec.name, rec.kind, rec.birth) == ("刘永坦", "individual", "1936.12")
    assert rec.deeds.endswith("他带领团队攻克新体制雷达技术。")
    (rec,) = extract(_doc("每日短讯:襄阳市某某局获评全国先进集体\n襄阳市某某局坚持为民服务，连续三年获评先进。")).records
    assert rec.name == "襄阳市某某局"
