"""Score the form recogniser (awardtool.extract.form) on generated nomination forms.

Builds N invented nominees (people and collectives, names, units, places and deeds drawn at
random from the pools below — no real text), writes their 推荐审批表 / 推荐表 / 登记表 in
randomly varied layouts (label then value along the row, or a row of labels over a row of
values; labels plain, padded ``姓  名``, wrapped, one character per line or in Word's
vertical text direction; 工作单位 and 职务 as one label or two; 所在地区 present or not;
merged cells; the 意见 rows with stamp and date; one to three forms in one .docx) as
.docx, .xlsx (with a 填表说明 sheet) and text PDF (LibreOffice from the .docx, one run), and
prints per format: name precision / recall / F1, deeds start and end (first and last 20
characters), region, gender, ethnicity and position accuracy over the matched records.

Targets (issue 12): names F1 ≥ 0.95, deeds ≥ 0.90, region ≥ 0.90, gender / ethnicity /
position ≥ 0.90.

Run: .venv/bin/python benchmarks/score_forms.py [--n 60] [--seed 7] [--keep DIR] [--no-pdf]
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "core"))  # the docx cell helpers of the test fixtures

import docx  # noqa: E402
import openpyxl  # noqa: E402
from docx.enum.text import WD_BREAK  # noqa: E402
from docx.shared import Mm  # noqa: E402
from form_builders import set_cell, vertical_direction  # noqa: E402

from awardtool.extract.text import key  # noqa: E402
from awardtool.pipeline import extract_paths  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国志文斌宇浩凯晨子涵欣怡思远海燕春梅晓东雪松立新振华丹丹佳琪俊峰慧敏"
MINORITY = [("阿依古丽·买买提", "维吾尔族"), ("巴特尔", "蒙古族"), ("扎西顿珠", "藏族"), ("热孜万古丽·艾则孜", "维吾尔族"),
            ("吉克阿呷", "彝族"), ("卓玛措", "藏族"), ("斯琴高娃", "蒙古族")]
ETHNIC = ["汉族"] * 8 + ["回族", "壮族", "满族", "土家族", "苗族", "朝鲜族", "侗族", "瑶族", "白族", "畲族"]
POLITICS = ["中共党员"] * 5 + ["群众", "共青团员", "九三学社社员", "民盟盟员", "无党派人士", "中共预备党员"]
EDUCATION = ["大学本科", "研究生", "大专", "中专", "高中", "博士研究生", "硕士研究生"]
PLACES = [  # (province, city, county)
    ("浙江省", "杭州市", "临安区"), ("浙江省", "温州市", "瑞安市"), ("江苏省", "苏州市", "昆山市"), ("江苏省", "徐州市", "沛县"),
    ("四川省", "成都市", "郫都区"), ("四川省", "绵阳市", "江油市"), ("湖南省", "长沙市", "浏阳市"), ("湖南省", "岳阳市", "平江县"),
    ("河南省", "洛阳市", "栾川县"), ("河北省", "保定市", "涞水县"), ("广东省", "佛山市", "顺德区"), ("广东省", "梅州市", "兴宁市"),
    ("山东省", "潍坊市", "寿光市"), ("福建省", "宁德市", "福安市"), ("安徽省", "六安市", "金寨县"), ("江西省", "赣州市", "瑞金市"),
    ("云南省", "大理白族自治州", "宾川县"), ("贵州省", "遵义市", "湄潭县"), ("陕西省", "延安市", "安塞区"), ("甘肃省", "天水市", "秦安县"),
    ("内蒙古自治区", "赤峰市", "林西县"), ("广西壮族自治区", "桂林市", "阳朔县"), ("新疆维吾尔自治区", "阿克苏地区", "温宿县"),
    ("黑龙江省", "绥化市", "海伦市"), ("吉林省", "延边朝鲜族自治州", "珲春市"), ("辽宁省", "丹东市", "东港市"),
]
PERSON_UNITS = [("第{n}中学", ["校长", "教师", "副校长", "教研组长"]), ("人民医院", ["护士长", "主任医师", "副院长", "急诊科主任"]),
                ("公安局交通警察大队", ["大队长", "民警", "中队长"]), ("供电公司", ["班长", "高级技师", "运维工程师"]),
                ("农业农村局", ["高级农艺师", "站长", "科长"]), ("{town}镇人民政府", ["党委书记", "副镇长", "驻村工作队队员"]),
                ("{town}镇中心卫生院", ["院长", "全科医生", "护士"]), ("市场监督管理局", ["执法大队长", "科员", "副局长"])]
UNITS = [("{town}镇中心小学", "事业单位"), ("人民医院重症医学科", "事业单位"), ("公安局刑事侦查大队", "机关"),
         ("{town}镇{village}村党支部", "基层党组织"), ("供电公司输电运检班", "国有企业"), ("市场监督管理局{town}市场监管所", "机关"),
         ("{town}农机专业合作社", "农民专业合作社"), ("消防救援支队特勤站", "机关"), ("第{n}中学英语教研组", "事业单位")]
TOWNS = ["青山", "白沙", "龙潭", "石桥", "花溪", "新华", "东湖", "安乐", "清水", "长岭", "南岗", "双河"]
VILLAGES = ["柳树", "王庄", "红星", "前进", "新田", "杏花"]
AWARDS_PERSON = ["全国三八红旗手", "全国五一劳动奖章", "全国先进工作者", "省劳动模范", "全国优秀教师", "全国卫生健康系统先进工作者"]
AWARDS_UNIT = ["全国三八红旗集体", "全国工人先锋号", "全国五一劳动奖状", "全省先进集体"]
FORM_WORDS = ["推荐审批表", "推荐表", "登记表", "申报表", "候选人推荐表"]
ACTS = ["牵头建立{x}工作机制", "带领团队完成{x}任务", "坚持开展{x}服务", "组织实施{x}项目", "创新推行{x}做法"]
TOPICS = ["乡村振兴帮扶", "疫情防控", "防汛抗旱", "校园安全", "基层医疗", "电网保供", "食品安全", "矛盾纠纷化解", "科技创新", "志愿服务"]
RESULTS = ["累计服务群众{n}余人次", "相关经验被全省推广", "群众满意度达到百分之{p}", "连续{k}年考核优秀", "节约资金{n}万元",
           "培养骨干{k}十余名", "获得国家专利{k}项", "帮助{n}户困难家庭增收"]


@dataclass
class Gold:
    kind: str
    name: str
    award: str
    region: str
    deeds: list[str]
    gender: str = ""
    ethnicity: str = ""
    position: str = ""
    fields: dict = field(default_factory=dict)  # label values as written on the form


def _deeds(rnd: random.Random, subject: str) -> list[str]:
    paras = []
    for i in range(rnd.randint(2, 5) if rnd.random() < 0.7 else rnd.randint(10, 24)):  # some run over a page
        parts = [f"{subject if i == 0 else rnd.choice(['他们', '工作中', '近年来', '同时'])}"
                 f"{rnd.choice(ACTS).format(x=rnd.choice(TOPICS))}"]
        for _ in range(rnd.randint(1, 3)):
            parts.append(rnd.choice(RESULTS).format(n=rnd.randint(12, 9800), p=rnd.randint(90, 99), k=rnd.randint(2, 9)))
        paras.append("，".join(parts) + "。")
    return paras


def _region_text(rnd: random.Random, prov: str, city: str) -> str:
    """所在地区 as units write it: 浙江省杭州市, 浙江省, 浙江杭州."""
    short = prov.removesuffix("省").removesuffix("市")
    return rnd.choice([prov + city, prov, short + city.removesuffix("市") if prov.endswith("省") else prov + city])


def person(rnd: random.Random) -> Gold:
    prov, city, county = rnd.choice(PLACES)
    if rnd.random() < 0.12:
        name, eth = rnd.choice(MINORITY)
    else:
        name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice([1, 2, 2])))
        eth = rnd.choice(ETHNIC)
    unit, jobs = rnd.choice(PERSON_UNITS)
    unit = unit.format(n=rnd.randint(1, 12), town=rnd.choice(TOWNS))
    lead = rnd.choice([prov + city + county, city + county, prov + city])
    position = f"{lead}{unit}{rnd.choice(jobs)}"
    gender = rnd.choice("男女")
    g = Gold("individual", name, rnd.choice(AWARDS_PERSON), prov, _deeds(rnd, f"{name}同志"), gender, eth, position)
    g.fields = {
        "姓名": name, "性别": gender, "民族": eth,
        "出生年月": rnd.choice(["{y}.{m:02d}", "{y}年{m}月", "{y}-{m:02d}"]).format(y=rnd.randint(1965, 1998), m=rnd.randint(1, 12)),
        "政治面貌": rnd.choice(POLITICS), "文化程度": rnd.choice(EDUCATION), "工作单位及职务": position,
        "所在地区": _region_text(rnd, prov, city) if rnd.random() < 0.6 or not position.startswith(prov) else "",
        "推荐单位": f"{city}{rnd.choice(['总工会', '妇女联合会', '人力资源和社会保障局', '教育局', '卫生健康委员会'])}",
        "曾获何种奖励": "\n".join(f"{rnd.randint(2012, 2023)}年获{rnd.choice(['市级', '省级'])}{rnd.choice(['优秀共产党员', '先进工作者', '三八红旗手', '劳动模范'])}称号" for _ in range(rnd.randint(0, 2))),
    }
    return g


def unit(rnd: random.Random) -> Gold:
    prov, city, county = rnd.choice(PLACES)
    body, kind = rnd.choice(UNITS)
    name = f"{rnd.choice([prov + city + county, city + county, prov + city])}{body.format(town=rnd.choice(TOWNS), village=rnd.choice(VILLAGES), n=rnd.randint(1, 9))}"
    g = Gold("collective", name, rnd.choice(AWARDS_UNIT), prov, _deeds(rnd, "该集体"))
    g.fields = {"单位名称": name, "单位性质": kind,
                "所在地区": _region_text(rnd, prov, city) if rnd.random() < 0.7 or not name.startswith(prov) else "",
                "负责人": rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN), "职工人数": str(rnd.randint(8, 600)),
                "推荐单位": f"{city}总工会", "曾获何种奖励": ""}
    return g


# --- layouts ----------------------------------------------------------------------------------

def _label(rnd: random.Random, text: str, style: str) -> str:
    if style == "spaced" and len(text) == 2:
        return "  ".join(text)
    if style == "wrapped" and len(text) >= 6:
        return text[: len(text) // 2] + "\n" + text[len(text) // 2:]
    if style == "colon":
        return text + "："
    return text


def _cells(g: Gold, rnd: random.Random) -> tuple[list[list[tuple[str, str]]], str]:
    """The form's label/value items grouped in rows, and how the deeds label is written."""
    f = g.fields
    style = rnd.choice(["plain", "spaced", "wrapped", "colon"])
    lab = lambda t: _label(rnd, t, style)  # noqa: E731
    if g.kind == "individual":
        birth = rnd.choice(["出生年月", "出生日期"])
        edu = rnd.choice(["文化程度", "学历"])
        rows = [[(lab("姓名"), f["姓名"]), (lab("性别"), f["性别"]), (lab("民族"), f["民族"])],
                [(lab(birth), f["出生年月"]), (lab("政治面貌"), f["政治面貌"]), (lab(edu), f["文化程度"])]]
        if rnd.random() < 0.3 and "市" in f["工作单位及职务"]:
            cut = max(f["工作单位及职务"].rfind(w) for w in ("校", "院", "队", "司", "局", "府", "所")) + 1
            rows.append([(lab("工作单位"), f["工作单位及职务"][:cut]), (lab("职务"), f["工作单位及职务"][cut:])])
        else:
            rows.append([(lab(rnd.choice(["工作单位及职务（职称）", "工作单位及职务", "单位及职务"])), f["工作单位及职务"])])
    else:
        rows = [[(lab("单位名称"), f["单位名称"])], [(lab("单位性质"), f["单位性质"]), (lab("负责人"), f["负责人"])],
                [(lab("职工人数"), f["职工人数"])]]
    tail = [(lab("推荐单位"), f["推荐单位"])]
    if f["所在地区"]:
        tail.insert(0, (lab("所在地区"), f["所在地区"]))
    rows.append(tail)
    if g.kind == "individual" and rnd.random() < 0.5:  # rows that name no field of the record
        extra = [(lab("籍贯"), rnd.choice(PLACES)[0]), (lab("参加工作时间"), f"{rnd.randint(1985, 2018)}.{rnd.randint(1, 12):02d}"),
                 (lab("身份证号"), "".join(rnd.choice("0123456789") for _ in range(18))),
                 (lab("联系电话"), "1" + "".join(rnd.choice("0123456789") for _ in range(10)))]
        rnd.shuffle(extra)
        rows.insert(rnd.randint(1, len(rows)), extra[:2])
    rows.append([(lab(rnd.choice(["曾获何种奖励", "曾获奖励", "获奖情况", "何时何地受过何种奖励"])), f["曾获何种奖励"])])
    return rows, rnd.choice(["letters", "plain", "note", "direction"])


def _deeds_label(how: str) -> str:
    return {"letters": "主\n要\n事\n迹", "plain": "主要事迹", "note": "主要事迹（1500字以内，可另附页）",
            "direction": "主要事迹"}[how]


OPINIONS = [("所在单位意见", "同意推荐。"), ("推荐单位意见", "经研究，同意推荐。"), ("审批意见", "")]


def write_docx_form(d, g: Gold, rnd: random.Random, title: str | None) -> None:
    """One form: the title (None: a repeated table without one), a 推荐单位 line under it
    sometimes, the table (a photo column merged down the first rows sometimes), the deeds
    beside a label, under it, in the label's own cell, or over two rows beside a merged label."""
    rows, how = _cells(g, rnd)
    below = rnd.random() < 0.3
    photo = not below and rnd.random() < 0.4
    width = 6
    if title is not None:
        d.add_paragraph(title)
    if rnd.random() < 0.3:
        d.add_paragraph(f"推荐单位（盖章）：{g.fields['推荐单位']}        填表日期：    年  月  日")
    table = d.add_table(rows=0, cols=width + photo)
    table.style = "Table Grid"

    def add(items: list[tuple[str, str]], which: int | None = None) -> None:
        """One row: label, value along it (which=None) or only labels (0) or values (1)."""
        cells = table.add_row().cells
        if which is None:
            span = width // len(items)
            for k, (label, value) in enumerate(items):
                set_cell(cells[k * span], label)
                end = width - 1 if k == len(items) - 1 else k * span + span - 1
                target = cells[k * span + 1].merge(cells[end]) if end > k * span + 1 else cells[k * span + 1]
                set_cell(target, value)
        else:
            span = width // len(items)
            for k, item in enumerate(items):
                end = width - 1 if k == len(items) - 1 else k * span + span - 1
                target = cells[k * span].merge(cells[end]) if end > k * span else cells[k * span]
                set_cell(target, item[which])

    for items in rows:
        if below:
            add(items, 0)
            add(items, 1)
        else:
            add(items)
    if photo:
        top = table.cell(0, width).merge(table.cell(min(2, len(table.rows) - 1), width))
        set_cell(top, rnd.choice(["照片", "（照片）", "近期\n免冠\n照片", ""]))
        for r in range(3, len(table.rows)):  # below the photo the last value runs to the edge
            table.cell(r, width - 1).merge(table.cell(r, width))
    last = width - 1 + photo
    text = "\n".join(g.deeds)
    inline = rnd.random() < 0.15
    if below or inline:
        cells = table.add_row().cells
        if inline:
            set_cell(cells[0].merge(cells[last]), "主要事迹：\n" + text)
        else:
            set_cell(cells[0].merge(cells[last]), _deeds_label("plain" if how in ("letters", "direction") else how))
            cells = table.add_row().cells
            set_cell(cells[0].merge(cells[last]), text)
    elif len(g.deeds) >= 3 and rnd.random() < 0.3:  # the deeds over two rows beside one merged label
        first, second = table.add_row().cells, table.add_row().cells
        label = first[0].merge(second[0])
        set_cell(label, _deeds_label(how))
        if how == "direction":
            vertical_direction(label, rnd.choice(["tbRlV", "btLr"]))
        set_cell(first[1].merge(first[last]), "\n".join(g.deeds[:2]))
        set_cell(second[1].merge(second[last]), "\n".join(g.deeds[2:]))
    else:
        cells = table.add_row().cells
        set_cell(cells[0], _deeds_label(how))
        if how == "direction":
            vertical_direction(cells[0], rnd.choice(["tbRlV", "btLr"]))
        set_cell(cells[1].merge(cells[last]), text)
    for label, opinion in OPINIONS:
        cells = table.add_row().cells
        set_cell(cells[0], label)
        set_cell(cells[1].merge(cells[last]), (opinion + "\n" if opinion else "") + "（盖章）\n年    月    日")


def write_xlsx_form(path: Path, g: Gold, rnd: random.Random, title: str) -> None:
    rows, how = _cells(g, rnd)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推荐表"
    width = 6
    ws.cell(1, 1, title)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    r = 2
    for items in rows:
        span = width // len(items)
        for k, (label, value) in enumerate(items):
            c0 = k * span + 1
            end = width if k == len(items) - 1 else c0 + span - 1
            ws.cell(r, c0, label)
            ws.cell(r, c0 + 1, value or None)
            if end > c0 + 1:
                ws.merge_cells(start_row=r, start_column=c0 + 1, end_row=r, end_column=end)
        r += 1
    ws.cell(r, 1, _deeds_label("letters" if how == "direction" else how))
    ws.cell(r, 2, "\n".join(g.deeds))
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=1)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=width)
    r += 4
    for label, opinion in OPINIONS:
        ws.cell(r, 1, label)
        ws.cell(r, 2, (opinion + "\n" if opinion else "") + "（盖章）\n年    月    日")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width)
        r += 1
    if rnd.random() < 0.7:
        notes = wb.create_sheet("填表说明")
        for i, line in enumerate(["填表说明", "1.姓名：与身份证一致。", "单位名称：填写全称。", "主要事迹：1500字以内。"], 1):
            notes.cell(i, 1, line)
    wb.save(path)


def title_of(g: Gold, rnd: random.Random) -> str:
    word = rnd.choice(FORM_WORDS) if g.kind == "individual" else rnd.choice(FORM_WORDS[:4])
    return rnd.choice(["", "2024年度"]) + g.award + word


def build(n: int, seed: int, out: Path, pdf: bool) -> dict[str, list[tuple[Path, list[Gold]]]]:
    rnd = random.Random(seed)
    golds = [person(rnd) if rnd.random() < 0.75 else unit(rnd) for _ in range(n)]
    sets: dict[str, list[tuple[Path, list[Gold]]]] = {"docx": [], "xlsx": [], "pdf": []}
    i = 0
    while i < n:
        group = golds[i: i + rnd.choice([1, 1, 2, 3])]
        d = docx.Document()
        for s in d.sections:
            s.page_width, s.page_height = Mm(210), Mm(297)
        for k, g in enumerate(group):
            if k:
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            untitled = k > 0 and g.kind == group[k - 1].kind and rnd.random() < 0.3
            if untitled:  # the same form again without its title: the same award
                g.award = group[k - 1].award
            write_docx_form(d, g, rnd, None if untitled else title_of(g, rnd))
        path = out / f"form{i:04d}.docx"
        d.save(path)
        sets["docx"].append((path, group))
        i += len(group)
    for k, g in enumerate(golds):
        path = out / f"form{k:04d}.xlsx"
        write_xlsx_form(path, g, rnd, title_of(g, rnd))
        sets["xlsx"].append((path, [g]))
    if pdf and shutil.which("soffice"):
        pdf_dir = out / "pdf"
        pdf_dir.mkdir()
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation={Path(profile).as_uri()}", "--convert-to", "pdf",
                            "--outdir", str(pdf_dir), *[str(p) for p, _ in sets["docx"]]],
                           check=True, timeout=1800, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sets["pdf"] = [(pdf_dir / f"{p.stem}.pdf", group) for p, group in sets["docx"]]
    return sets


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    hit: int = 0
    checks: dict = field(default_factory=dict)  # metric → [right, total]

    def check(self, metric: str, ok: bool) -> None:
        right_total = self.checks.setdefault(metric, [0, 0])
        right_total[0] += ok
        right_total[1] += 1


def score(files: list[tuple[Path, list[Gold]]]) -> Tally:
    t = Tally()
    for path, golds in files:
        (result,) = extract_paths([path])
        recs = result.extraction.records
        t.gold += len(golds)
        t.found += len(recs)
        left = list(recs)
        for g in golds:  # in order: two nominees of one file may share a name
            rec = next((r for r in left if key(r.name) == key(g.name)), None)
            if rec is None:
                continue
            left.remove(rec)
            t.hit += 1
            deeds = "\n".join(g.deeds)
            t.check("deeds start", key(rec.deeds)[:20] == key(deeds)[:20])
            t.check("deeds end", key(rec.deeds)[-20:] == key(deeds)[-20:])
            t.check("region", rec.region == g.region)
            t.check("kind", rec.kind == g.kind)
            t.check("award", rec.award == g.award)
            if g.kind == "individual":
                t.check("gender", rec.gender == g.gender)
                t.check("ethnicity", rec.ethnicity == g.ethnicity)
                t.check("position", key(rec.position or "") == key(g.position))
    return t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=60, help="nominees per format (default 60)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="write the forms into this folder and keep them")
    ap.add_argument("--no-pdf", action="store_true", help="skip the LibreOffice PDF conversion")
    args = ap.parse_args()
    tmp = None
    if args.keep:
        out = args.keep
        out.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        out = Path(tmp.name)
    t0 = time.perf_counter()
    sets = build(args.n, args.seed, out, not args.no_pdf)
    print(f"{args.n} nominees, seed {args.seed}: forms written in {time.perf_counter() - t0:.1f} s")
    metrics = ["deeds start", "deeds end", "region", "gender", "ethnicity", "position", "kind", "award"]
    print(f"{'format':<6} {'files':>5} {'P':>5} {'R':>5} {'F1':>5} " + " ".join(f"{m:>11}" for m in metrics) + "   seconds")
    for fmt, files in sets.items():
        if not files:
            continue
        t0 = time.perf_counter()
        t = score(files)
        secs = time.perf_counter() - t0
        p = t.hit / t.found if t.found else 0.0
        r = t.hit / t.gold if t.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        cols = " ".join(f"{(t.checks[m][0] / t.checks[m][1]) if t.checks.get(m) else float('nan'):>11.2f}" for m in metrics)
        print(f"{fmt:<6} {len(files):>5} {p:>5.2f} {r:>5.2f} {f1:>5.2f} {cols}   {secs:.1f}")
    if tmp:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
