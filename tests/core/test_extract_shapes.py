"""Documents in the shapes clerks actually receive, none of them among the shared samples:
national 名单 lines with （女，朝鲜族） annotations and padded names, a 决定 with its 附件
lists, Word 推荐名单 tables (merged title row, a vertically merged 所在地区 column), a
person's 事迹材料 opening with a profile sentence, a unit's narrative whose body names other
units more often, ``1.单位：事迹`` lists, name-per-line entries with deeds paragraphs, flowing
name rows, an Excel 汇总表 from another office (合计 and 注 rows), and traditional-character
versions. Every expectation is the exact record a clerk would type by hand.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl

from awardtool.document import Document, Loc, Paragraph
from awardtool.extract import extract
from awardtool.pipeline import extract_paths
from ingest_builders import new_document

PERSON = ("name", "kind", "gender", "ethnicity", "position", "region")


def _doc(text: str) -> Document:
    return Document("名单.txt", "txt", [Paragraph(t, Loc(line=i)) for i, t in enumerate(text.split("\n"), 1)])


def _rows(records, fields=PERSON) -> list[tuple]:
    return [tuple(getattr(r, f) for f in fields) for r in records]


def _extract_file(path: Path):
    (result,) = list(extract_paths([path]))
    return result.extraction


# 1. 先进集体/先进个人 name lists ------------------------------------------------------------

NATIONAL_LIST = """全国民族团结进步模范集体和模范个人名单
一、全国民族团结进步模范集体（3个）
吉林省长春市宽城区群英街道西道口社区居民委员会
吉林省延边朝鲜族自治州延吉市公安局
吉林省珲春市敬信镇人民政府
二、全国民族团结进步模范个人（5名）
王淑清（女）　吉林省延吉市北山街道丹英社区党委书记、居委会主任
李海兰（女，朝鲜族）　吉林省汪清县第四幼儿园园长
金宪（朝鲜族）　吉林省和龙市东城镇光东村党支部书记
田　华　吉林省通化市东昌区龙泉街道民主社区党委书记
刘劲松　吉林省长春市第一汽车集团有限公司铸造厂操作工，首席技师"""


def test_collective_and_individual_sections_with_annotated_names():
    ex = extract(_doc(NATIONAL_LIST))
    assert ex.kind == "list" and ex.title == "全国民族团结进步模范集体和模范个人名单"
    assert _rows(ex.records, ("name", "kind", "region", "award")) == [
        ("吉林省长春市宽城区群英街道西道口社区居民委员会", "collective", "吉林省", "全国民族团结进步模范集体"),
        ("吉林省延边朝鲜族自治州延吉市公安局", "collective", "吉林省", "全国民族团结进步模范集体"),
        ("吉林省珲春市敬信镇人民政府", "collective", "吉林省", "全国民族团结进步模范集体"),
        ("王淑清", "individual", "吉林省", "全国民族团结进步模范个人"),
        ("李海兰", "individual", "吉林省", "全国民族团结进步模范个人"),
        ("金宪", "individual", "吉林省", "全国民族团结进步模范个人"),
        ("田　华", "individual", "吉林省", "全国民族团结进步模范个人"),
        ("刘劲松", "individual", "吉林省", "全国民族团结进步模范个人"),
    ]
    assert _rows(ex.records[3:]) == [
        ("王淑清", "individual", "女", None, "吉林省延吉市北山街道丹英社区党委书记、居委会主任", "吉林省"),
        ("李海兰", "individual", "女", "朝鲜族", "吉林省汪清县第四幼儿园园长", "吉林省"),
        ("金宪", "individual", None, "朝鲜族", "吉林省和龙市东城镇光东村党支部书记", "吉林省"),
        ("田　华", "individual", None, None, "吉林省通化市东昌区龙泉街道民主社区党委书记", "吉林省"),
        ("刘劲松", "individual", None, None, "吉林省长春市第一汽车集团有限公司铸造厂操作工，首席技师", "吉林省"),
    ]
    # the span of each name is highlighted exactly, not the whole line
    tian = ex.records[6]
    line = NATIONAL_LIST.split("\n")[tian.source.loc.line - 1]
    fs = tian.field_sources["name"]
    assert line[fs.start : fs.end] == "田　华"
    fs = tian.field_sources["position"]
    assert line[fs.start : fs.end] == tian.position


def test_people_under_province_headings_take_the_heading_region():
    text = "\n".join([
        "2025年全国劳动模范和先进工作者名单",
        "北京市",
        "张莉（女）　北京轨道交通路网管理有限公司设备技术检测中心主任，高级工程师",
        "刘劲松　中国石油化工股份有限公司北京燕山分公司炼油厂操作工，首席技师",
        "李　丽（女，满族）　朝阳区劲松街道党工委书记",
        "天津市",
        "王建国　中远海运集装箱运输有限公司天津分公司装卸队队长",
        "马秀英（女，回族）　红桥区西于庄街道社区卫生服务中心护士长",
    ])
    ex = extract(_doc(text))
    assert ex.title == "2025年全国劳动模范和先进工作者名单"
    assert _rows(ex.records) == [
        ("张莉", "individual", "女", None, "北京轨道交通路网管理有限公司设备技术检测中心主任，高级工程师", "北京市"),
        ("刘劲松", "individual", None, None, "中国石油化工股份有限公司北京燕山分公司炼油厂操作工，首席技师", "北京市"),
        ("李　丽", "individual", "女", "满族", "朝阳区劲松街道党工委书记", "北京市"),
        ("王建国", "individual", None, None, "中远海运集装箱运输有限公司天津分公司装卸队队长", "天津市"),
        ("马秀英", "individual", "女", "回族", "红桥区西于庄街道社区卫生服务中心护士长", "天津市"),
    ]
    assert all(r.deeds == "" for r in ex.records)


def test_posthumous_marker_is_kept_as_a_note():
    text = "先进个人名单\n黄文秀（女，壮族，追授）　广西壮族自治区百色市乐业县百坭村党组织第一书记\n张　伟　广西壮族自治区南宁市公安局交警支队民警"
    ex = extract(_doc(text))
    assert _rows(ex.records, ("name", "gender", "ethnicity", "notes", "region")) == [
        ("黄文秀", "女", "壮族", "追授", "广西壮族自治区"),
        ("张　伟", None, None, "", "广西壮族自治区"),
    ]


def test_prose_with_a_space_after_a_name_is_not_an_entry():
    # both mention a unit (第一中学, 社区) after the gap, as a post would; the words that follow
    # the name (在…, 同志…) say it is a sentence about the person
    text = "情况说明\n王明 在宜春市第一中学任教多年，深受好评\n李华 同志扎根宜春市农村社区二十年，群众交口称赞"
    assert extract(_doc(text)).records == [] or extract(_doc(text)).kind == "narrative"


# 2. A 决定 with its 附件 lists ------------------------------------------------------------

DECISION = """人事部　国家粮食局关于表彰全国粮食系统先进集体和劳动模范、先进工作者的决定
国人部发〔2006〕20号
各省、自治区、直辖市人事厅（局）、粮食局，新疆生产建设兵团人事局、粮食局，国家粮食局直属、联系单位：
近年来，全国粮食系统广大干部职工认真贯彻落实党中央、国务院关于粮食工作的方针政策，涌现出一大批先进集体和先进个人。
为表彰先进，人事部、国家粮食局决定，授予北京市密云县粮食局等90个单位“全国粮食系统先进集体”荣誉称号；授予张志强等51名同志“全国粮食系统劳动模范”荣誉称号，享受省部级劳动模范待遇。
希望受到表彰的先进集体和个人珍惜荣誉，再接再厉。
附件：1．全国粮食系统先进集体名单
　　　2．全国粮食系统劳动模范名单
人事部　国家粮食局
二○○六年三月二十一日
附件1
全国粮食系统先进集体名单
（90个）
北京市密云县粮食局
天津市宝坻区粮食局
河北省石家庄市粮食局
附件2
全国粮食系统劳动模范名单
（51名）
张志强　北京市粮食局储备处处长
王秀兰（女）　天津市利达粮油有限公司总经理
李　明　河北省柏乡粮库主任"""


def test_decision_body_and_attachment_labels_are_not_records():
    ex = extract(_doc(DECISION))
    assert ex.kind == "list" and ex.title == "全国粮食系统先进集体名单"
    assert _rows(ex.records, ("name", "kind", "gender", "position", "region")) == [
        ("北京市密云县粮食局", "collective", None, None, "北京市"),
        ("天津市宝坻区粮食局", "collective", None, None, "天津市"),
        ("河北省石家庄市粮食局", "collective", None, None, "河北省"),
        ("张志强", "individual", None, "北京市粮食局储备处处长", "北京市"),
        ("王秀兰", "individual", "女", "天津市利达粮油有限公司总经理", "天津市"),
        ("李　明", "individual", None, "河北省柏乡粮库主任", "河北省"),
    ]


# 3. Word 推荐名单 tables --------------------------------------------------------------------


def _fill(table, r: int, values: list[str]) -> None:
    for cell, value in zip(table.rows[r].cells, values):
        first, *more = value.split("\n")
        cell.text = first
        for p in more:
            cell.add_paragraph(p)


def test_word_table_with_merged_title_row_and_profile_columns(tmp_path):
    header = ["序号", "姓名", "性别", "民族", "出生年月", "政治面貌", "工作单位及职务", "主要事迹"]
    rows = [
        ["1", "王淑清", "女", "汉族", "1975.03", "中共党员", "吉林省延吉市北山街道丹英社区党委书记", "扎根社区二十年，带领居民建设文明社区。\n2023年被评为省级优秀党务工作者。"],
        ["2", "金　宪", "男", "朝鲜族", "1968.11", "中共党员", "和龙市东城镇光东村党支部书记", "带领村民发展水稻产业，人均收入翻番。"],
        ["3", "李海兰", "女", "朝鲜族", "1980.07", "群众", "汪清县第四幼儿园园长", "坚持双语教学，幼儿园获评省级示范园。"],
    ]
    d = new_document()
    d.add_paragraph("附件2")
    table = d.add_table(rows=2 + len(rows), cols=len(header))
    table.style = "Table Grid"
    table.rows[0].cells[0].merge(table.rows[0].cells[-1]).text = "2024年度全省民族团结进步先进个人推荐名单"
    _fill(table, 1, header)
    for r, row in enumerate(rows, 2):
        _fill(table, r, row)
    path = tmp_path / "推荐名单.docx"
    d.save(path)
    ex = _extract_file(path)
    assert ex.kind == "list" and ex.title == "2024年度全省民族团结进步先进个人推荐名单"
    assert _rows(ex.records, ("seq", "name", "kind", "gender", "ethnicity", "birth", "politics", "position", "region", "city")) == [
        (1, "王淑清", "individual", "女", "汉族", "1975.03", "中共党员", "吉林省延吉市北山街道丹英社区党委书记", "吉林省", "延边朝鲜族自治州"),
        (2, "金　宪", "individual", "男", "朝鲜族", "1968.11", "中共党员", "和龙市东城镇光东村党支部书记", "吉林省", "延边朝鲜族自治州"),
        (3, "李海兰", "individual", "女", "朝鲜族", "1980.07", "群众", "汪清县第四幼儿园园长", "吉林省", "延边朝鲜族自治州"),
    ]
    assert ex.records[0].deeds == "扎根社区二十年，带领居民建设文明社区。\n2023年被评为省级优秀党务工作者。"


def test_word_table_region_column_merged_down_rows(tmp_path):
    rows = [
        ["1", "", "长春市朝阳区湖西街道办事处", "推进基层治理创新。"],
        ["2", "", "第二实验中学", "教育教学成绩突出。"],
        ["3", "", "延吉市公安局", "维护边境稳定。"],
        ["4", "", "敬信镇人民政府", "发展边境旅游。"],
        ["5", "", "光东村村民委员会", "建设美丽乡村。"],
    ]
    d = new_document()
    d.add_paragraph("全省民族团结进步先进集体推荐名单")
    table = d.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    _fill(table, 0, ["序号", "所在地区", "集体名称", "简要事迹"])
    for r, row in enumerate(rows, 1):
        _fill(table, r, row)
    table.cell(1, 1).merge(table.cell(2, 1)).text = "长春市"
    table.cell(3, 1).merge(table.cell(5, 1)).text = "延边州"
    path = tmp_path / "集体.docx"
    d.save(path)
    ex = _extract_file(path)
    assert ex.title == "全省民族团结进步先进集体推荐名单"
    assert _rows(ex.records, ("seq", "name", "kind", "region", "city", "deeds")) == [
        (1, "长春市朝阳区湖西街道办事处", "collective", "吉林省", "长春市", "推进基层治理创新。"),
        (2, "第二实验中学", "collective", "吉林省", "长春市", "教育教学成绩突出。"),
        (3, "延吉市公安局", "collective", "吉林省", "延边朝鲜族自治州", "维护边境稳定。"),
        (4, "敬信镇人民政府", "collective", "吉林省", "延边朝鲜族自治州", "发展边境旅游。"),
        (5, "光东村村民委员会", "collective", "吉林省", "延边朝鲜族自治州", "建设美丽乡村。"),
    ]


# 4./5. Narratives --------------------------------------------------------------------------


def test_person_narrative_profile_sentence_fills_the_profile_fields():
    body = [
        "张三，男，汉族，1975年3月生，中共党员，现任安徽省金寨县花石乡党委书记。",
        "一、坚守初心，扎根基层",
        "张三同志2005年到花石乡工作以来，始终把群众冷暖放在心上，走遍全乡每一个村组。",
        "二、发展产业，带领群众致富",
        "他带领乡村干部发展茶叶、猕猴桃等特色产业，全乡农民人均收入由2015年的6000元增长到2023年的18000元。",
        "三、改革创新，提升治理水平",
        "他推行“村民说事”制度，全乡信访总量下降60%。",
    ]
    ex = extract(_doc("\n".join(["张三同志先进事迹材料", *body])))
    assert ex.kind == "narrative" and ex.title == "张三同志先进事迹材料"
    (r,) = ex.records
    assert (r.name, r.kind, r.gender, r.ethnicity, r.birth, r.politics, r.position, r.region, r.city) == (
        "张三", "individual", "男", "汉族", "1975.03", "中共党员", "安徽省金寨县花石乡党委书记", "安徽省", "六安市",
    )
    assert r.deeds == "\n".join(body)


def test_person_narrative_under_a_generic_title_names_the_profiled_person():
    text = "\n".join([
        "优秀共产党员推荐材料",
        "王红梅，女，回族，1979年5月出生，大学本科学历，中共党员，吴忠市利通区金积镇中心小学教师。",
        "她从教二十年，始终坚守在乡村教育一线，所带班级成绩连年位居全镇前列。",
        "在学校支持下，她牵头成立了“乡村少年宫”，利通区教育局、吴忠市教育局多次到校调研推广。",
    ])
    (r,) = extract(_doc(text)).records
    assert (r.name, r.kind, r.gender, r.ethnicity, r.birth, r.politics, r.position, r.region, r.award) == (
        "王红梅", "individual", "女", "回族", "1979.05", "中共党员", "吴忠市利通区金积镇中心小学教师", "宁夏回族自治区", "优秀共产党员",
    )


def test_unit_narrative_named_only_in_the_title():
    text = "\n".join([
        "宜春市第一人民医院急诊科先进事迹",
        "急诊科现有医护人员46名，承担着全市及周边地区急危重症患者的救治任务。",
        "近年来，科室与江西省人民医院、南昌大学第一附属医院建立协作机制，与江西省人民医院开展远程会诊，与南昌大学第一附属医院共建胸痛中心，江西省人民医院专家每月来科室坐诊。",
        "2023年，科室抢救危重患者2100余人次，抢救成功率达96%。",
    ])
    ex = extract(_doc(text))
    (r,) = ex.records
    assert (r.name, r.kind, r.region, r.city) == ("宜春市第一人民医院急诊科", "collective", "江西省", "宜春市")
    assert r.deeds == "\n".join(text.split("\n")[1:])


# 6. Entries carrying their deeds -----------------------------------------------------------


def test_numbered_unit_colon_deeds_lines():
    lines = [
        "2024年度全市安全生产工作先进集体简要事迹",
        "1.宜春市应急管理局：全年组织安全检查1200余次，排查整改隐患3600处，全市未发生较大以上生产安全事故。",
        "2.樟树市消防救援大队：开展“消防安全进万家”活动，火灾起数同比下降23%。",
        "3.万载县烟花爆竹安全监管站：建立企业风险分级管控体系，实现烟花爆竹企业安全生产“零事故”。",
    ]
    ex = extract(_doc("\n".join(lines)))
    assert ex.kind == "list" and ex.title == lines[0]
    assert _rows(ex.records, ("seq", "name", "kind", "region", "city", "deeds")) == [
        (1, "宜春市应急管理局", "collective", "江西省", "宜春市", lines[1].split("：", 1)[1]),
        (2, "樟树市消防救援大队", "collective", "江西省", "宜春市", lines[2].split("：", 1)[1]),
        (3, "万载县烟花爆竹安全监管站", "collective", "江西省", "宜春市", lines[3].split("：", 1)[1]),
    ]
    fs = ex.records[1].field_sources["deeds"]
    assert lines[2][fs.start : fs.end] == ex.records[1].deeds


def test_name_lines_each_followed_by_position_and_deeds_paragraph():
    text = "\n".join([
        "2024年度全市优秀教师简要事迹",
        "一、张建国",
        "宜春市第一中学高三年级组长、数学教师",
        "从教25年，所带班级高考本科上线率连续五年超过90%，指导学生获全国数学竞赛一等奖3人。",
        "二、刘芳",
        "樟树市药都小学语文教师",
        "扎根乡村教育18年，创办“田野读书会”，带动全校学生年阅读量翻番。",
        "三、陈　亮",
        "铜鼓县特殊教育学校校长",
        "推动送教上门全覆盖，为46名重度残疾儿童提供个别化教育。",
    ])
    ex = extract(_doc(text))
    assert ex.kind == "list" and ex.title == "2024年度全市优秀教师简要事迹"
    assert _rows(ex.records, ("seq", "name", "kind", "position", "region", "deeds")) == [
        (1, "张建国", "individual", "宜春市第一中学高三年级组长、数学教师", "江西省", "从教25年，所带班级高考本科上线率连续五年超过90%，指导学生获全国数学竞赛一等奖3人。"),
        (2, "刘芳", "individual", "樟树市药都小学语文教师", "江西省", "扎根乡村教育18年，创办“田野读书会”，带动全校学生年阅读量翻番。"),
        (3, "陈　亮", "individual", "铜鼓县特殊教育学校校长", "江西省", "推动送教上门全覆盖，为46名重度残疾儿童提供个别化教育。"),
    ]


def test_bare_name_lines_followed_by_deeds_paragraphs():
    text = "\n".join([
        "全市“最美家庭”简要事迹",
        "宜春市袁州区秀江街道鼓楼社区",
        "社区党委组织志愿者开展“邻里守望”活动，惠及居民3000余户。",
        "万载县株潭镇株潭村村民委员会",
        "村两委带领村民发展花炮产业，建成全县第一个电商服务站。",
    ])
    ex = extract(_doc(text))
    assert _rows(ex.records, ("name", "kind", "deeds")) == [
        ("宜春市袁州区秀江街道鼓楼社区", "collective", "社区党委组织志愿者开展“邻里守望”活动，惠及居民3000余户。"),
        ("万载县株潭镇株潭村村民委员会", "collective", "村两委带领村民发展花炮产业，建成全县第一个电商服务站。"),
    ]


# 7. Names run together on one line -------------------------------------------------------


def test_names_separated_by_dunhao():
    ex = extract(_doc("关于国家勋章和国家荣誉称号建议人选的公示\n建议人选（按姓氏笔画排序）\n王永志、王振义、李振声、黄宗德"))
    assert ex.title == "关于国家勋章和国家荣誉称号建议人选的公示"
    assert _rows(ex.records, ("name", "kind")) == [
        ("王永志", "individual"), ("王振义", "individual"), ("李振声", "individual"), ("黄宗德", "individual"),
    ]


def test_names_in_space_separated_rows_under_award_headings():
    text = "\n".join([
        "关于国家勋章和国家荣誉称号建议人选的公示",
        "“共和国勋章”建议人选（按姓氏笔画排序）",
        "王永志 王振义 李振声 黄宗德",
        "国家荣誉称号建议人选（按姓氏笔画排序）",
        "田　华 李　丽 张桂梅 钟南山 屠呦呦",
        "公示时间：2024年8月13日至8月19日。",
    ])
    ex = extract(_doc(text))
    assert ex.title == "关于国家勋章和国家荣誉称号建议人选的公示"
    assert _rows(ex.records, ("name", "kind", "award")) == [
        ("王永志", "individual", "“共和国勋章”建议人选"),
        ("王振义", "individual", "“共和国勋章”建议人选"),
        ("李振声", "individual", "“共和国勋章”建议人选"),
        ("黄宗德", "individual", "“共和国勋章”建议人选"),
        ("田　华", "individual", "国家荣誉称号建议人选"),
        ("李　丽", "individual", "国家荣誉称号建议人选"),
        ("张桂梅", "individual", "国家荣誉称号建议人选"),
        ("钟南山", "individual", "国家荣誉称号建议人选"),
        ("屠呦呦", "individual", "国家荣誉称号建议人选"),
    ]


# 8. An Excel 汇总表 from another office ------------------------------------------------------


def test_summary_sheet_with_filler_rows_total_and_note(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年度全市先进集体推荐汇总表"])
    ws.merge_cells("A1:F1")
    ws.append(["填报单位（盖章）：宜春市教育体育局", None, None, "填报日期：2024年5月20日"])
    ws.append(["序号", "单位名称（全称）", "所在地区", "单位性质", "推荐理由（300字以内）", "备注"])
    ws.append([1, "宜春市第一中学", "宜春市袁州区", "事业单位", "教育教学质量连续五年位居全市前列。", None])
    ws.append([None] * 6)
    ws.append([2, "樟树市药都小学", "樟树市", "事业单位", "创建省级文明校园。", "已公示"])
    ws.append([3, "万载县康乐街道中心幼儿园", "万载县", "事业单位", "学前教育普惠化成效明显。", None])
    ws.append([None] * 6)
    ws.append(["合计", "3个", None, None, None, None])
    ws.append(["注：1.单位名称须填写全称；2.推荐理由请控制在300字以内。"])
    ws.merge_cells("A10:F10")
    path = tmp_path / "汇总表.xlsx"
    wb.save(path)
    ex = _extract_file(path)
    assert ex.title == "2024年度全市先进集体推荐汇总表"
    assert _rows(ex.records, ("seq", "name", "kind", "region", "city", "unit_type", "deeds", "notes")) == [
        (1, "宜春市第一中学", "collective", "江西省", "宜春市", "事业单位", "教育教学质量连续五年位居全市前列。", ""),
        (2, "樟树市药都小学", "collective", "江西省", "宜春市", "事业单位", "创建省级文明校园。", "已公示"),
        (3, "万载县康乐街道中心幼儿园", "collective", "江西省", "宜春市", "事业单位", "学前教育普惠化成效明显。", ""),
    ]


def test_summary_sheet_of_people_keeps_padded_names(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["全市优秀教师推荐人选汇总表"])
    ws.append(["推荐单位：宜春市教育体育局（盖章）"])
    ws.append(["序号", "姓 名", "性别", "民族", "出生年月", "政治面貌", "工作单位及职务（职称）", "主要事迹（200字以内）"])
    ws.append([1, "张建国", "男", "汉族", "1972.05", "中共党员", "宜春市第一中学数学教师，高级教师", "从教25年，成绩突出。"])
    ws.append([2, "刘　芳", "女", "汉族", "1985.10", "群众", "樟树市药都小学语文教师", "扎根乡村教育18年。"])
    ws.append(["总计：2人"])
    ws.append(["填表人：李明　　联系电话：0795-1234567"])
    path = tmp_path / "个人.xlsx"
    wb.save(path)
    ex = _extract_file(path)
    assert _rows(ex.records, ("seq", "name", "kind", "gender", "position", "region")) == [
        (1, "张建国", "individual", "男", "宜春市第一中学数学教师，高级教师", "江西省"),
        (2, "刘　芳", "individual", "女", "樟树市药都小学语文教师", "江西省"),
    ]


# 9. Traditional characters ---------------------------------------------------------------


def test_traditional_list_under_province_heading():
    text = "\n".join([
        "全國民族團結進步模範個人名單",
        "吉林省",
        "王淑清（女）　吉林省延吉市北山街道丹英社區黨委書記、居委會主任",
        "李海蘭（女，朝鮮族）　吉林省汪清縣第四幼兒園園長",
        "金憲（朝鮮族）　吉林省和龍市東城鎮光東村黨支部書記",
        "田　華　吉林省通化市東昌區龍泉街道民主社區黨委書記",
    ])
    ex = extract(_doc(text))
    assert ex.title == "全國民族團結進步模範個人名單"
    assert _rows(ex.records) == [
        ("王淑清", "individual", "女", None, "吉林省延吉市北山街道丹英社區黨委書記、居委會主任", "吉林省"),
        ("李海蘭", "individual", "女", "朝鮮族", "吉林省汪清縣第四幼兒園園長", "吉林省"),
        ("金憲", "individual", None, "朝鮮族", "吉林省和龍市東城鎮光東村黨支部書記", "吉林省"),
        ("田　華", "individual", None, None, "吉林省通化市東昌區龍泉街道民主社區黨委書記", "吉林省"),
    ]


def test_traditional_sections_with_counts():
    text = "\n".join([
        "全國糧食系統先進集體和先進個人名單",
        "一、先進集體（2個）",
        "北京市密雲縣糧食局",
        "天津市寶坻區糧食局",
        "二、先進個人（2名）",
        "張志強　北京市糧食局儲備處處長",
        "王秀蘭（女）　天津市利達糧油有限公司總經理",
    ])
    ex = extract(_doc(text))
    assert ex.title == "全國糧食系統先進集體和先進個人名單"
    assert _rows(ex.records, ("name", "kind", "gender", "position", "region", "award")) == [
        ("北京市密雲縣糧食局", "collective", None, None, "北京市", "先進集體"),
        ("天津市寶坻區糧食局", "collective", None, None, "天津市", "先進集體"),
        ("張志強", "individual", None, "北京市糧食局儲備處處長", "北京市", "先進個人"),
        ("王秀蘭", "individual", "女", "天津市利達糧油有限公司總經理", "天津市", "先進個人"),
    ]


def test_traditional_name_rows():
    ex = extract(_doc("國家勳章建議人選名單\n王永志、王振義、李振聲、黃宗德"))
    assert [r.name for r in ex.records] == ["王永志", "王振義", "李振聲", "黃宗德"]
    ex = extract(_doc("最美奮鬥者個人名單\n王永志　王振義　李振聲　黃宗德　鍾南山\n張桂梅　屠呦呦　袁隆平　于　敏"))
    assert _rows(ex.records, ("name", "kind")) == [
        (n, "individual") for n in ("王永志", "王振義", "李振聲", "黃宗德", "鍾南山", "張桂梅", "屠呦呦", "袁隆平", "于　敏")
    ]


def test_notice_title_is_the_title_not_an_award_heading():
    text = "\n".join([
        "关于2024年度全市优秀共产党员拟表彰对象的公示",
        "经各党（工）委推荐、市委组织部审核，确定王建国等3名同志为全市优秀共产党员拟表彰对象，现予以公示。",
        "公示时间：2024年6月20日至6月26日（5个工作日）。",
        "联系电话：0795-3999999",
        "附件：全市优秀共产党员拟表彰对象名单",
        "中共宜春市委组织部",
        "2024年6月19日",
        "全市优秀共产党员拟表彰对象名单",
        "（3名）",
        "王建国　宜春市袁州区秀江街道党工委书记",
        "李秀英（女）　樟树市人民医院护士长",
        "陈　亮　万载县株潭镇株潭村党支部书记",
    ])
    ex = extract(_doc(text))
    assert ex.title == "全市优秀共产党员拟表彰对象名单"
    assert _rows(ex.records, ("name", "gender", "position", "city", "award")) == [
        ("王建国", None, "宜春市袁州区秀江街道党工委书记", "宜春市", None),
        ("李秀英", "女", "樟树市人民医院护士长", "宜春市", None),
        ("陈　亮", None, "万载县株潭镇株潭村党支部书记", "宜春市", None),
    ]


def test_tab_separated_list_pasted_into_text_keeps_padded_names():
    text = "2024年度全省先进个人推荐名单\n序号\t姓名\t性别\t民族\t工作单位及职务\n1\t王淑清\t女\t汉族\t延吉市北山街道丹英社区党委书记\n2\t金　宪\t男\t朝鲜族\t和龙市东城镇光东村党支部书记"
    ex = extract(_doc(text))
    assert _rows(ex.records, ("seq", "name", "gender", "ethnicity", "position", "region")) == [
        (1, "王淑清", "女", "汉族", "延吉市北山街道丹英社区党委书记", "吉林省"),
        (2, "金　宪", "男", "朝鲜族", "和龙市东城镇光东村党支部书记", "吉林省"),
    ]


def test_region_blocks_with_award_subheadings_and_minority_names():
    text = "\n".join([
        "2022年全国五一劳动奖拟表彰名单",
        "北京市（3个）",
        "全国五一劳动奖状",
        "北京奥林匹克公园管理委员会",
        "北京市通州区人民检察院",
        "全国五一劳动奖章",
        "张　莉　北京市公共交通控股（集团）有限公司第一客运分公司驾驶员",
        "刘建军　中国建筑第二工程局有限公司北京分公司项目经理",
        "新疆维吾尔自治区（2个）",
        "全国五一劳动奖章",
        "阿依古丽·买买提（女，维吾尔族）　喀什地区疏附县托克扎克镇中心小学教师",
        "吐尔逊·托合提　莎车县农民专业合作社理事长",
    ])
    ex = extract(_doc(text))
    assert ex.title == "2022年全国五一劳动奖拟表彰名单"
    assert _rows(ex.records, ("name", "kind", "gender", "ethnicity", "region", "award")) == [
        ("北京奥林匹克公园管理委员会", "collective", None, None, "北京市", "全国五一劳动奖状"),
        ("北京市通州区人民检察院", "collective", None, None, "北京市", "全国五一劳动奖状"),
        ("张　莉", "individual", None, None, "北京市", "全国五一劳动奖章"),
        ("刘建军", "individual", None, None, "北京市", "全国五一劳动奖章"),
        ("阿依古丽·买买提", "individual", "女", "维吾尔族", "新疆维吾尔自治区", "全国五一劳动奖章"),
        ("吐尔逊·托合提", "individual", None, None, "新疆维吾尔自治区", "全国五一劳动奖章"),
    ]


def test_news_style_narrative_title_and_dated_post():
    text = "\n".join([
        "扎根基层的“领头雁”——记宜春市袁州区秀江街道党工委书记王建国",
        "王建国，男，1972年8月生，中共党员，2016年起任宜春市袁州区秀江街道党工委书记。",
        "上任以来，王建国走遍辖区12个社区，建立“社区议事厅”制度。",
        "在他的带领下，秀江街道先后获评全省文明街道。王建国本人被评为全省优秀党务工作者。",
    ])
    (r,) = extract(_doc(text)).records
    assert (r.name, r.kind, r.gender, r.birth, r.politics, r.position, r.region, r.city) == (
        "王建国", "individual", "男", "1972.08", "中共党员", "宜春市袁州区秀江街道党工委书记", "江西省", "宜春市",
    )
    line = text.split("\n")[1]
    fs = r.field_sources["position"]
    assert line[fs.start : fs.end] == r.position


def test_profile_after_tongzhi_with_former_post_and_rank():
    text = "\n".join([
        "李秀英同志先进事迹",
        "李秀英同志，女，1980年5月出生，汉族，大学本科学历，主管护师，曾任樟树市中医院护士，现任樟树市人民医院急诊科护士长。",
        "她从事护理工作20余年，始终坚守临床一线，为人正直，甘于奉献。",
    ])
    (r,) = extract(_doc(text)).records
    assert (r.name, r.gender, r.ethnicity, r.birth, r.position, r.region, r.city) == (
        "李秀英", "女", "汉族", "1980.05", "樟树市人民医院急诊科护士长", "江西省", "宜春市",
    )


def test_word_table_with_grouped_two_row_header(tmp_path):
    d = new_document()
    d.add_paragraph("全市劳动模范推荐对象汇总表")
    table = d.add_table(rows=4, cols=7)
    table.style = "Table Grid"
    _fill(table, 0, ["序号", "姓名", "基本情况", "", "", "工作单位及职务", "主要事迹"])
    _fill(table, 1, ["", "", "性别", "民族", "出生年月", "", ""])
    table.cell(0, 2).merge(table.cell(0, 4)).text = "基本情况"
    for col in (0, 1, 5, 6):
        table.cell(0, col).merge(table.cell(1, col))
    _fill(table, 2, ["1", "王建国", "男", "汉族", "1972.08", "宜春市袁州区秀江街道党工委书记", "走遍辖区12个社区。"])
    _fill(table, 3, ["2", "李秀英", "女", "回族", "1980.05", "樟树市人民医院急诊科护士长", "坚守临床一线20年。"])
    path = tmp_path / "汇总表.docx"
    d.save(path)
    ex = _extract_file(path)
    assert ex.title == "全市劳动模范推荐对象汇总表"
    assert _rows(ex.records, ("seq", "name", "kind", "gender", "ethnicity", "birth", "position", "deeds")) == [
        (1, "王建国", "individual", "男", "汉族", "1972.08", "宜春市袁州区秀江街道党工委书记", "走遍辖区12个社区。"),
        (2, "李秀英", "individual", "女", "回族", "1980.05", "樟树市人民医院急诊科护士长", "坚守临床一线20年。"),
    ]


def test_report_with_colon_entries_and_role_labels():
    text = "\n".join([
        "关于推荐2024年度全省教育系统先进集体的报告",
        "省教育厅：",
        "根据《关于开展2024年度全省教育系统先进集体评选工作的通知》要求，我局组织开展了推荐工作。",
        "推荐单位：宜春市教育体育局，经局党组研究，推荐以下单位。",
        "主办单位：宜春市教育体育局，承办单位为各县市区教育局。",
        "宜春市第一中学：教育教学质量连续五年位居全市前列，获评全国文明校园。",
        "樟树市药都小学：创建省级文明校园，办学特色鲜明。",
    ])
    ex = extract(_doc(text))
    assert ex.title == "关于推荐2024年度全省教育系统先进集体的报告"
    assert _rows(ex.records, ("name", "kind", "award", "deeds")) == [
        ("宜春市第一中学", "collective", None, "教育教学质量连续五年位居全市前列，获评全国文明校园。"),
        ("樟树市药都小学", "collective", None, "创建省级文明校园，办学特色鲜明。"),
    ]


def test_traditional_person_narrative_profile():
    text = "張三同志先進事跡材料\n張三，男，漢族，1975年3月生，中共黨員，現任安徽省金寨縣花石鄉黨委書記。\n一、堅守初心，紮根基層\n張三同志2005年到花石鄉工作以來，始終把群眾冷暖放在心上。"
    ex = extract(_doc(text))
    (r,) = ex.records
    assert (r.name, r.gender, r.ethnicity, r.birth, r.politics, r.position, r.region, r.city) == (
        "張三", "男", "漢族", "1975.03", "中共黨員", "安徽省金寨縣花石鄉黨委書記", "安徽省", "六安市",
    )


def test_split_compound_surname_and_rows_of_short_names():
    ex = extract(_doc("先进个人名单\n欧阳 晓明 宜春市第一中学\n黄 英 江西省铜鼓中学\n张华 王振 李明 赵连\n刘强 陈军 杨帆 周亮"))
    assert _rows(ex.records, ("name", "position")) == [
        ("欧阳 晓明", "宜春市第一中学"), ("黄 英", "江西省铜鼓中学"),
        ("张华", None), ("王振", None), ("李明", None), ("赵连", None),
        ("刘强", None), ("陈军", None), ("杨帆", None), ("周亮", None),
    ]
