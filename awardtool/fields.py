"""The record fields, declared once: key, Chinese and English label, and the header words
that name the field in the tables clerks receive (推荐名单, 汇总表 …).

The list extractor, the spreadsheet readers, the window's form and the Excel exporter all
read this table, so a column the exporter writes is a column the importer recognises.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FieldSpec:
    key: str
    label_zh: str
    label_en: str
    headers: tuple[str, ...] = ()  # header cell texts that mean this field (normalised, no spaces)


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("seq", "序号", "No.", ("序号", "编号", "序", "排序", "顺序号", "No", "NO")),
    FieldSpec(
        "name",
        "名称",
        "Name",
        (
            "先进集体名称", "集体名称", "单位名称", "推荐对象", "推荐对象名称", "推荐集体名称",
            "拟表彰集体名称", "拟表彰对象", "表彰对象", "候选对象", "集体名称（全称）", "名称",
            "姓名", "先进个人姓名", "推荐人选", "候选人姓名", "人选姓名", "班组名称", "团队名称",
            "单位全称", "集体全称", "被推荐人姓名", "推荐对象姓名",
        ),
    ),
    FieldSpec("kind", "类别", "Kind", ("类别", "类型", "集体/个人", "对象类别")),
    FieldSpec("gender", "性别", "Gender", ("性别",)),
    FieldSpec("ethnicity", "民族", "Ethnicity", ("民族",)),
    FieldSpec("birth", "出生年月", "Born", ("出生年月", "出生日期", "出生时间", "出生年月日")),
    FieldSpec("politics", "政治面貌", "Political status", ("政治面貌", "党派")),
    FieldSpec("education", "文化程度", "Education", ("文化程度", "学历", "学历学位", "最高学历", "文化程度学历", "学历（学位）")),
    FieldSpec(
        "position",
        "工作单位及职务",
        "Work unit and position",
        (
            "工作单位及职务", "单位及职务", "工作单位及职务职称", "工作单位和职务", "单位职务",
            "工作单位", "所在单位及职务", "职务", "单位及职务（职称）", "工作单位及职务（职称）",
            "职务（职称）", "职务职称", "现任职务", "工作单位及职务职级", "工作单位及职称", "职称",
        ),
    ),
    FieldSpec(
        "region",
        "所在地区",
        "Region",
        ("所在地区", "地区", "省份", "所在省份", "所属地区", "省（区、市）", "地域", "所在省（区、市）", "所在省区市"),
    ),
    FieldSpec("city", "市", "City", ("所在市", "城市", "市（州）", "地市")),
    FieldSpec("unit_type", "单位性质", "Unit type", ("单位性质", "单位类型", "单位所有制性质", "所有制性质", "企业性质")),
    FieldSpec("leader", "负责人", "Head", ("负责人", "主要负责人", "单位负责人", "集体负责人", "负责人姓名")),
    FieldSpec("staff", "职工人数", "Staff", ("职工人数", "人数", "职工总数", "在职人数", "成员人数", "集体人数")),
    FieldSpec("recommender", "推荐单位", "Nominated by", ("推荐单位", "推荐部门", "报送单位", "申报单位")),
    FieldSpec(
        "award",
        "奖项",
        "Award",
        ("奖项", "表彰项目", "荣誉称号", "奖项名称", "拟授予称号", "推荐称号", "推荐荣誉称号", "拟推荐称号", "申报称号", "申报奖项", "推荐奖项"),
    ),
    FieldSpec(
        "honours",
        "曾获奖励",
        "Earlier honours",
        (
            "曾获奖励", "曾获何种奖励", "曾获何种荣誉", "曾获荣誉", "获奖情况", "曾获奖励情况", "何时受过何种奖励",
            "曾受何种奖励", "曾获何种表彰奖励", "何时何地受过何种奖励", "何时何地受过何种表彰", "曾获表彰奖励情况",
        ),
    ),
    FieldSpec(
        "deeds",
        "简要事迹",
        "Deeds",
        (
            "简要事迹", "主要事迹", "事迹简介", "先进事迹", "事迹", "简要事迹（300字以内）", "主要事迹简介",
            "事迹摘要", "先进事迹简介", "推荐理由", "主要成绩", "主要业绩",
        ),
    ),
    FieldSpec("notes", "备注", "Notes", ("备注", "说明")),
)

FIELD_BY_KEY = {f.key: f for f in FIELDS}

# Labels of a nomination form (推荐审批表, 登记表 …) that name no record field. They are
# recognised so that their cells are never taken for a value and their rows end the deeds.
FORM_OTHER_LABELS = (
    "照片", "近期照片", "一寸照片", "二寸照片", "近期免冠照片", "贴照片处", "技术等级", "身份证件号码", "籍贯", "出生地", "身份证号", "身份证号码", "公民身份号码",
    "联系电话", "手机", "手机号码", "电话", "办公电话", "联系人", "通讯地址", "通信地址", "邮编", "邮政编码",
    "参加工作时间", "入党时间", "入党（团）时间", "健康状况", "电子邮箱", "填表说明", "填表日期", "填报日期",
    "年龄", "行政级别", "职级", "是否党员", "成立时间", "统一社会信用代码", "组织机构代码",
    "简历", "个人简历", "工作简历", "主要简历", "学习工作经历", "主要学习工作经历", "主要经历", "起止时间", "起止年月",
    "家庭成员", "主要家庭成员", "家庭主要成员", "主要家庭成员及社会关系", "称谓", "与本人关系",
)
# How a form's opinion and signature rows are labelled (所在单位意见, 推荐单位意见, 审批意见,
# 县级以上妇联审核意见 …, 盖章, 签字): their text is never a field, and never deeds.
FORM_OPINION_ENDINGS = ("意见", "盖章", "签字", "签章", "审核情况", "公示情况", "考察情况")

KINDS = {"collective": ("先进集体", "Collective"), "individual": ("先进个人", "Individual")}

# Review states of a record in a project: code → (Chinese, English).
STATUSES = {
    "pending": ("待审核", "Pending"),
    "approved": ("已审核", "Approved"),
    "query": ("有疑问", "Queried"),
    "returned": ("退回", "Returned"),
}
