"""More shapes of issue 16, each with a case where the rule must not fire: a ——记 subtitle
naming an honour before the person; an award label and a colon over 、-separated entries;
a web page flattened to one line; a name run into its unit and post; a title repeated on the
line of its ——记 subtitle; a unit whose name ends in a word closed by 所 (派出所, 事务所).
All text is invented for these tests.
"""

from __future__ import annotations

from awardtool.document import Document, Loc, Paragraph
from awardtool.extract import extract
from awardtool.extract.names import honoured_person, parse_entry, trailing_person


def _doc(text: str) -> Document:
    return Document("材料.txt", "txt", [Paragraph(t, Loc(line=i)) for i, t in enumerate(text.split("\n"), 1)])


def _names(text: str) -> list[tuple[str, str]]:
    return [(r.name, r.kind) for r in extract(_doc(text)).records]


# ——记 + honour + person ---------------------------------------------------------------------

HONOUR_SUBTITLE = """守护乡亲的“赤脚医生”
——记全省劳动模范孟凡英
发布时间：2024-06-18　来源：宿州新闻网
孟凡英是安徽省宿州市埇桥区大营镇卫生院的一名乡村医生。三十年来，她走遍全镇二十八个行政村，为留守老人建立健康台账一千八百余份。她自费购置药箱，坚持夜间出诊，群众亲切地称她为“孟大姐”。她培养的十二名年轻村医已成为各村的骨干，她本人先后获得宿州市优秀乡村医生、安徽省劳动模范等荣誉。
"""


def test_honour_before_the_name_in_a_subtitle_is_not_the_subject():
    (rec,) = extract(_doc(HONOUR_SUBTITLE)).records
    assert (rec.name, rec.kind, rec.region) == ("孟凡英", "individual", "安徽省")
    assert rec.reasons["name"] == "subtitle"
    assert rec.deeds.startswith("孟凡英是安徽省宿州市") and rec.deeds.endswith("安徽省劳动模范等荣誉。")


def test_honoured_person_needs_the_honour_to_end_right_before_the_name():
    assert honoured_person("全省优秀共产党员欧阳丽") == "欧阳丽"  # a compound surname
    assert honoured_person("全国五一劳动奖章获得者邓文斌") == "邓文斌"
    assert honoured_person("全国劳动模范何军") == "何军"  # not 范何军
    assert honoured_person("全国文明村曲靖市会泽县大海村") is None  # a place after the honour
    assert honoured_person("全国优秀教师") is None


# 1.荣誉：甲、乙、丙 ---------------------------------------------------------------------------

INLINE_LABEL = """2024年度某某县最美家庭和文明单位名单
一、最美家庭（4户）
1.最美家庭：韦国强家庭、蒙丽华家庭
2.书香家庭：覃志军家庭、黄晓梅家庭
二、文明单位（2个）
某某县人民医院、某某县第二中学
"""


def test_label_and_colon_over_several_entries_is_their_award():
    recs = extract(_doc(INLINE_LABEL)).records
    assert [(r.name, r.award) for r in recs] == [
        ("韦国强家庭", "最美家庭"), ("蒙丽华家庭", "最美家庭"), ("覃志军家庭", "书香家庭"), ("黄晓梅家庭", "书香家庭"),
        ("某某县人民医院", "文明单位"), ("某某县第二中学", "文明单位"),
    ]


def test_one_name_after_the_colon_keeps_the_entry_shape():
    text = "最美家庭推荐名单\n1.韦国强家庭：柳州市鱼峰区某某街道\n2.蒙丽华家庭：柳州市柳南区某某社区\n"
    recs = extract(_doc(text)).records
    assert [(r.name, r.position) for r in recs] == [("韦国强家庭", "柳州市鱼峰区某某街道"), ("蒙丽华家庭", "柳州市柳南区某某社区")]


# a page with no line breaks ------------------------------------------------------------------

FLAT_PAGE = (
    "网站首页 > 先进典型 > 集体风采 株洲市荷塘区人民法院立案庭先进事迹 2023-11-09 来源：荷塘区法院 "
    "近年来，该庭坚持把为群众提供便捷诉讼服务作为第一要务，全面推行网上立案、跨域立案，当场立案率保持在百分之九十五以上。"
    "庭里设立老年人绿色通道和巡回立案点，每年为行动不便的当事人上门立案两百余件。"
    "该庭先后被评为湖南省法院系统先进集体、株洲市巾帼文明岗。 上一篇：我院召开党组会议 下一篇：我院开展普法宣传"
)


def test_page_without_line_breaks_is_read_as_its_parts():
    result = extract(_doc(FLAT_PAGE))
    (rec,) = result.records
    assert (result.kind, rec.name, rec.region) == ("narrative", "株洲市荷塘区人民法院立案庭", "湖南省")
    assert rec.deeds.startswith("近年来，该庭坚持") and rec.deeds.endswith("株洲市巾帼文明岗。")
    src = rec.field_sources["deeds"]
    assert FLAT_PAGE[src.start : src.start + 6] == "近年来，该庭"  # highlight points into the one block


def test_long_paragraph_with_a_space_stays_one_paragraph():
    para = ("该局坚持以人民为中心的发展思想，" * 8) + "全年办结群众来信 326 件，群众满意率达到百分之九十八。（来源：本站）"
    text = "某某市信访局先进事迹\n" + para
    (rec,) = extract(_doc(text)).records
    assert "全年办结群众来信 326 件" in rec.deeds and rec.deeds.startswith("该局坚持")


# name and unit run together -------------------------------------------------------------------

GLUED = """2024年度某某省优秀农民工拟推荐人选公示
覃海燕南宁市青秀区某某物业服务有限公司保洁员
黎志刚柳州市某某汽车零部件有限公司焊工
陆春梅桂林市临桂区某某建筑工程公司钢筋工
"""


def test_name_run_into_its_unit_and_post():
    recs = extract(_doc(GLUED)).records
    assert [(r.name, r.kind, r.position, r.region) for r in recs] == [
        ("覃海燕", "individual", "南宁市青秀区某某物业服务有限公司保洁员", "广西壮族自治区"),
        ("黎志刚", "individual", "柳州市某某汽车零部件有限公司焊工", "广西壮族自治区"),
        ("陆春梅", "individual", "桂林市临桂区某某建筑工程公司钢筋工", "广西壮族自治区"),
    ]


def test_unit_names_opening_with_a_short_word_are_not_glued_people():
    assert [(e.name, e.kind) for e in parse_entry("國網山東省電力公司濟南供電公司")] == [("國網山東省電力公司濟南供電公司", "collective")]
    assert [(e.name, e.kind) for e in parse_entry("江西南昌市某某医院")] == [("江西南昌市某某医院", "collective")]


# a title repeated on the line of its subtitle, 第一篇： over it --------------------------------

TITLE_AND_SUBTITLE = """第二篇：大漠里的“护林人”
大漠里的“护林人”——记全国绿化劳动模范、阿拉善盟额济纳旗林业站站长巴特尔
三十五年来，巴特尔带领护林员在戈壁滩上植树造林两万余亩，让昔日的沙窝子变成了绿洲。他坚持每天巡护胡杨林，制止毁林行为四十余起。在他的带动下，当地牧民自发成立了护林队。巴特尔先后获得内蒙古自治区优秀共产党员、全国绿化劳动模范等称号。
上一篇：全旗召开春季造林动员会
"""


def test_subtitle_after_the_title_on_one_line_is_not_deeds():
    (rec,) = extract(_doc(TITLE_AND_SUBTITLE)).records
    assert (rec.name, rec.region, rec.reasons["name"]) == ("巴特尔", "内蒙古自治区", "subtitle")
    assert rec.deeds.startswith("三十五年来，巴特尔") and rec.deeds.endswith("全国绿化劳动模范等称号。")


def test_a_sentence_holding_a_dash_and_ji_is_no_subtitle():
    text = "某某县人民医院先进事迹\n该院坚持公益方向，院长在会上说——记住群众的需要就是我们的方向。全院职工连续十年无医疗事故。\n"
    (rec,) = extract(_doc(text)).records
    assert rec.name == "某某县人民医院" and rec.deeds.startswith("该院坚持公益方向")


# a unit whose name ends in 所 ------------------------------------------------------------------

OWN_STATION = """喜报！我所获评“全国青年文明号”
发布时间：2024-05-06　发布单位：西宁市公安局城西分局胜利路派出所
日前，共青团中央公布第二十一届全国青年文明号名单，西宁市公安局城西分局胜利路派出所名列其中。
近年来，我所坚持青年民警挑大梁，组建“青警先锋”服务队，全年帮助群众办理户籍业务一万余件。我所民警深入校园开展安全宣讲六十余场，辖区盗窃案件同比下降百分之三十。
"""


def test_unit_ending_closed_by_suo_is_kept_whole():
    (rec,) = extract(_doc(OWN_STATION)).records
    assert (rec.name, rec.kind, rec.region) == ("西宁市公安局城西分局胜利路派出所", "collective", "青海省")
    assert rec.deeds.startswith("日前，共青团中央") and rec.deeds.endswith("同比下降百分之三十。")


def test_suo_as_a_function_word_still_ends_a_unit():
    text = "某某事迹\n长沙市某某区人民医院所取得的成绩来之不易。长沙市某某区人民医院坚持改革。长沙市某某区人民医院获评先进。\n"
    (rec,) = extract(_doc(text)).records
    assert rec.name == "长沙市某某区人民医院"


# traditional characters: ——記 -------------------------------------------------------------------

TRADITIONAL_SUBTITLE = """紮根邊疆的「白衣天使」
——記全國三八紅旗手蘇雅琴
蘇雅琴是新疆維吾爾自治區喀什地區第一人民醫院的一名護士長。二十年來，她堅守在臨床一線，帶領科室護士為各族患者提供優質護理服務。她先後獲得新疆維吾爾自治區優秀護士、全國三八紅旗手等榮譽。
"""


def test_traditional_subtitle_names_the_person_and_region_is_simplified():
    (rec,) = extract(_doc(TRADITIONAL_SUBTITLE)).records
    assert (rec.name, rec.kind, rec.region) == ("蘇雅琴", "individual", "新疆维吾尔自治区")
    assert rec.deeds.startswith("蘇雅琴是新疆") and rec.deeds.endswith("全國三八紅旗手等榮譽。")


# a catchy caption between one entry's deeds and the next entry ---------------------------------

CAPTIONED = """2024年度贵州省工人先锋号事迹展示
大山里的“光明使者”
贵州电网公司毕节供电局输电运检班
该班负责毕节山区一千二百公里输电线路的运行维护，三年来完成抢修任务八百余次，线路故障率下降百分之四十。
守护生命的“最后一道防线”
遵义医科大学附属医院重症医学科
该科室年均收治危重患者三千余人次，抢救成功率保持在百分之九十以上，牵头建成全省重症医学专科联盟。
"""


def test_caption_between_entries_keeps_the_list_going():
    recs = extract(_doc(CAPTIONED)).records
    assert [(r.name, r.region) for r in recs] == [("贵州电网公司毕节供电局输电运检班", "贵州省"), ("遵义医科大学附属医院重症医学科", "贵州省")]
    assert recs[0].deeds.startswith("该班负责毕节山区") and recs[0].deeds.endswith("线路故障率下降百分之四十。")
    assert recs[1].deeds.endswith("全省重症医学专科联盟。")


def test_a_line_with_de_is_no_unit_entry():
    assert parse_entry("守护生命的“最后一道防线”") == []
    assert [e.name for e in parse_entry("某某社区“红色管家”志愿服务队")] == ["某某社区“红色管家”志愿服务队"]


# minority names without a surname in a grid of people ------------------------------------------

MINORITY_GRID = """全国三八红旗手拟表彰名单
西藏自治区（3名）
格桑央宗　赵  敏　德吉
青海省（2名）
才让措　马秀兰
"""


def test_names_without_a_surname_in_a_grid_under_a_region():
    recs = extract(_doc(MINORITY_GRID)).records
    assert [(r.name, r.kind, r.region) for r in recs] == [
        ("格桑央宗", "individual", "西藏自治区"), ("赵  敏", "individual", "西藏自治区"), ("德吉", "individual", "西藏自治区"),
        ("才让措", "individual", "青海省"), ("马秀兰", "individual", "青海省"),
    ]


def test_words_that_are_no_names_do_not_join_a_grid():
    assert parse_entry("先进个人　李  红", individual_context=True) == []  # 先进个人 is a group word
    assert parse_entry("拉萨市　李  红", individual_context=True) == []  # a place
    assert parse_entry("格桑央宗　德吉", individual_context=False) == []  # no heading about people
    assert parse_entry("主要事迹　工作简历", individual_context=True) == []  # two words, none a surnamed name



# a padded two-character name at the end of a post ---------------------------------------------

def test_padded_name_after_a_post():
    text = "全省公安机关个人三等功拟表彰对象\n德令哈市公安局巡特警大队二级警长马  超\n共和县公安局治安大队副大队长周海龙\n"
    recs = extract(_doc(text)).records
    assert [(r.name, r.position) for r in recs] == [("马  超", "德令哈市公安局巡特警大队二级警长"), ("周海龙", "共和县公安局治安大队副大队长")]


def test_a_padded_name_after_a_gap_or_a_unit_is_no_post_then_name():
    assert trailing_person("某某县人民医院　王  刚") is None  # a unit, a gap, a name: not one title string
    assert trailing_person("全国文明单位某 某") is None  # 某 某 is no name


def test_four_character_name_without_a_surname_after_a_post_in_a_list_of_people():
    text = "全省公安机关个人三等功拟表彰对象\n德令哈市公安局巡特警大队二级警长马  超\n玉树市公安局结古派出所所长尼玛才仁\n共和县公安局治安大队副大队长周海龙\n"
    assert [r.name for r in extract(_doc(text)).records] == ["马  超", "尼玛才仁", "周海龙"]
    # not outside a list of people, and never a post's own last words
    assert parse_entry("玉树市公安局结古派出所所长尼玛才仁") == []
    assert parse_entry("某某村党支部书记兼村主任", individual_context=True) == []


# a story that opens by introducing its person ---------------------------------------------------

OPENING_PERSON = """社区里的“健康管家”
来源：某某日报
戴丽君是浙江省嘉兴市南湖区某某街道社区卫生服务中心的一名全科医生。从医十二年来，她为辖区一万余名居民建立健康档案。某某街道社区卫生服务中心的同事说，她每周两次入户随访。某某街道社区卫生服务中心也因此成为省级示范中心。她先后获得嘉兴市优秀医师等称号。
"""


def test_opening_sentence_introducing_a_person_names_the_subject():
    (rec,) = extract(_doc(OPENING_PERSON)).records
    assert (rec.name, rec.kind, rec.region) == ("戴丽君", "individual", "浙江省")
    assert rec.deeds.startswith("戴丽君是浙江省嘉兴市")


def test_opening_with_a_name_without_a_surname_needs_it_again_in_the_body():
    text = "草原上的流动医院\n巴图是内蒙古自治区锡林郭勒盟某某旗某某苏木卫生院的一名蒙医。三十年来，巴图骑摩托车走遍全苏木。他先后获得全区优秀乡村医生称号。\n"
    (rec,) = extract(_doc(text)).records
    assert (rec.name, rec.kind, rec.region) == ("巴图", "individual", "内蒙古自治区")


def test_opening_about_a_unit_or_without_a_person_is_no_person():
    # no 他/她 anywhere: the story is about the unit the opening names
    text = ("家门口的好医院\n王某某是杭州市西湖区某某社区卫生服务中心的一名负责人。杭州市西湖区某某社区卫生服务中心推行家庭医生签约，"
            "杭州市西湖区某某社区卫生服务中心签约居民两万余人。杭州市西湖区某某社区卫生服务中心获评省级示范中心。\n")
    (rec,) = extract(_doc(text)).records
    assert (rec.name, rec.kind) == ("杭州市西湖区某某社区卫生服务中心", "collective")


def test_a_catchy_title_ending_like_a_unit_names_no_unit():
    from awardtool.extract.narrative import name_from_title

    assert name_from_title("草原上的流动医院") is None  # a phrase with 的
    assert name_from_title("某某县人民医院先进事迹材料") == "某某县人民医院"
    assert name_from_title("某某社区“邻里守望”志愿服务队") == "某某社区“邻里守望”志愿服务队"


# ——单位职务姓名 without 记 -------------------------------------------------------------------

DASH_SUBTITLE = """风雪高原上的“护路人”
——格尔木市公路养护中心道班班长马永福
时间：2024-11-02　来源：青海日报
马永福在海拔四千五百米的线路上坚守了二十二年。他带领班组每天徒步巡线二十公里，累计消除线路隐患三千余处，所辖区段连续十五年保持安全无事故。他总结的冻土路基养护方法在全段推广，被同事们称为“高原活地图”。
"""

DASH_QUOTE = """山村小学的灯光
——那盏灯一亮就是二十年
某某县某某乡中心小学地处深山，全校只有六名教师。近年来，学校坚持开展课后服务，留守儿童学业水平明显提升，学校先后被评为全县教育教学先进单位、全市文明校园。
"""


def test_dash_line_ending_with_a_post_and_a_person_names_the_subject():
    (rec,) = extract(_doc(DASH_SUBTITLE)).records
    assert (rec.name, rec.kind, rec.region) == ("马永福", "individual", "青海省")
    assert rec.deeds.startswith("马永福在海拔四千五百米") and rec.deeds.endswith("被同事们称为“高原活地图”。")


def test_dash_line_without_a_person_is_no_subtitle():
    recs = extract(_doc(DASH_QUOTE)).records
    assert all(r.name != "那盏灯一亮就是二十年" for r in recs)
    assert all(r.kind != "individual" for r in recs)
