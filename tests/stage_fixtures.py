"""A small commendation list for the stage and comparison tests (own text, the shapes of a
real 名单: collectives by province, then individuals), and the edits made between 公示 and
最终: one rename, one withdrawal, one addition, one reorder, one deeds cut to the limit."""

from __future__ import annotations

from awardtool.records import Record

AWARD_C = "全国机关事务工作先进集体"
AWARD_I = "全国机关事务工作先进个人"


def deeds(subject: str, *points: str) -> str:
    return "\n".join(f"{subject}{p}" for p in points)


def list_records() -> list[Record]:
    return [
        Record(name="北京市海淀区机关服务中心", region="北京市", award=AWARD_C, recommender="北京市机关事务管理局",
               deeds=deeds("该中心", "坚持服务保障与管理创新并重，建成区级机关集中办公区综合服务平台。",
                           "推行会议服务标准化，全年保障各类会议一千二百余场，零差错。")),
        Record(name="河北省石家庄市公共机构节能中心", region="河北省", award=AWARD_C,
               deeds=deeds("该中心", "牵头实施全市公共机构能耗定额管理，三年内单位面积能耗下降百分之十一。",
                           "推广合同能源管理项目十八个，带动社会投资四千余万元。")),
        Record(name="四川省成都市机关事务管理局", region="四川省", award=AWARD_C,
               deeds=deeds("该局", "在全省率先完成党政机关办公用房清理整改，建立动态监管台账。",
                           "推动公务用车平台化管理，车辆使用效率提高三成以上。")),
        Record(name="四川省绵阳市机关事务管理局", region="四川省", award=AWARD_C,
               deeds=deeds("该局", "以节约型机关创建为抓手，全市百分之九十五的县级以上机关达到创建标准。",
                           "在灾后重建中承担安置点后勤保障，连续奋战四十余天。",
                           "建成机关食堂食品安全追溯系统，实现从采购到餐桌全程可查。",
                           "探索机关后勤社会化改革，服务满意度连续五年保持在百分之九十八以上。")),
        Record(name="广东省广州市越秀区机关事务中心", region="广东省", award=AWARD_C,
               deeds=deeds("该中心", "创新推出机关事务一网通办，七类事项实现全程网上办理。",
                           "建立区属公共机构节水档案，年节水十二万吨。")),
        Record(name="陈静", kind="individual", gender="女", ethnicity="汉族", region="浙江省", award=AWARD_I,
               position="浙江省杭州市机关事务管理局公务用车管理处处长",
               deeds=deeds("该同志", "主持全市公务用车制度改革，压减车辆一千四百余辆。",
                           "建立车辆全生命周期管理制度，年节约运行经费两千余万元。")),
        Record(name="马建国", kind="individual", gender="男", ethnicity="回族", region="宁夏回族自治区", award=AWARD_I,
               position="宁夏回族自治区机关事务管理局综合处处长",
               deeds=deeds("该同志", "长期扎根后勤一线，牵头制定自治区机关办公用房管理办法。",
                           "组织实施集中办公区节能改造，年节电一百八十万千瓦时。")),
    ]


ADDED = Record(name="重庆市渝中区机关事务管理局", region="重庆市", award=AWARD_C,
               deeds=deeds("该局", "推进区级机关国有资产统一管理，盘活闲置资产一百二十处。",
                           "建成机关事务标准化体系，制定服务规范四十项。"))
RENAME = ("河北省石家庄市公共机构节能中心", "河北省石家庄市公共机构节能监测中心")
DROPPED = "广东省广州市越秀区机关事务中心"
REORDERED = "北京市海淀区机关服务中心"  # moved from first to after 四川省成都市机关事务管理局
CUT = "四川省绵阳市机关事务管理局"  # deeds cut to the first two paragraphs


def apply_edits(project) -> None:
    """The five edits between 公示 and 最终, through the store API the window uses."""
    by_name = {r.record.name: r for r in project.records()}
    project.set_field(by_name[RENAME[0]].id, "name", RENAME[1])
    project.delete_record(by_name[DROPPED].id)
    project.add_record(ADDED, index=4)
    by_name = {r.record.name: r for r in project.records()}
    project.move_record(by_name[REORDERED].id, by_name["四川省成都市机关事务管理局"].index)
    cut = by_name[CUT]
    project.set_field(cut.id, "deeds", "\n".join(cut.record.deeds.split("\n")[:2]))
