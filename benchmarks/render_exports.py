"""Render the four exports of a realistic 60-record project and print their page counts.

Builds a project (30 先进集体 and 30 先进个人 over eight provinces, 简要事迹 of about 300 字,
names of two to four characters, women and minority ethnicities among the people), exports
the 名单, the 简要事迹表, the 公示 and the Excel 汇总表 through the export plan (as the window
and `awardtool export` do), converts each with LibreOffice to PDF and to PNG pages
(``pdftoppm -png -r 60``) for looking at, and prints pages per export.

    .venv/bin/python benchmarks/render_exports.py [OUT_DIR] [--split]

The text is generated here from fragments written for this script (no sample text).
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from awardtool.export.plan import Choices, plan_from_project, write_plan
from awardtool.records import Record
from awardtool.store import Project

PROVINCES = {
    "北京市": ["朝阳区", "海淀区"], "河北省": ["石家庄市", "保定市"], "内蒙古自治区": ["呼和浩特市", "包头市"],
    "吉林省": ["延边朝鲜族自治州", "长春市"], "浙江省": ["杭州市", "宁波市"], "四川省": ["成都市", "绵阳市"],
    "广西壮族自治区": ["南宁市", "百色市"], "新疆维吾尔自治区": ["乌鲁木齐市", "喀什地区"],
}
UNITS = ["机关事务管理局", "机关事务服务中心", "人民医院重症医学科", "第一中学", "公共资源交易中心", "档案馆",
         "机关后勤服务中心综合保障科", "政务服务中心"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈"
GIVEN = ["华", "丽", "建国", "海燕", "志强", "秀英", "晓东", "卫红", "德明", "玉兰", "国庆", "春梅", "文", "静", "伟",
         "光辉", "淑清", "红霞", "永胜", "桂芳"]
POSTS = ["办公室主任", "党组书记、局长", "副主任、高级工程师", "科长", "主任医师", "教师、教研组长", "综合科副科长",
         "后勤保障处处长", "政务服务窗口负责人"]
ETHNIC = ["汉族"] * 6 + ["回族", "蒙古族", "朝鲜族", "壮族", "维吾尔族"]
FRAGMENTS = [
    "坚持以习近平新时代中国特色社会主义思想为指导，", "认真贯彻落实党中央、国务院关于机关事务工作的决策部署，",
    "围绕保障、管理、服务三大职能，", "深入推进节约型机关建设，", "公共机构能耗较上年下降百分之六点二，",
    "建立健全资产管理制度十二项，", "主动对接群众需求，", "创新推出“一站式”服务模式，", "办理事项平均用时缩短一半，",
    "在疫情防控和抢险救灾中冲锋在前，", "连续三年保障重大活动零差错，", "带领团队完成信息化平台建设，",
    "培养业务骨干二十余名，", "扎根基层二十年如一日，", "先后获评省级先进工作者、优秀共产党员，",
    "注重制度建设和作风建设，", "推动后勤服务社会化改革取得明显成效，", "群众满意度保持在百分之九十八以上，",
]


def deeds(rng: random.Random, length: int) -> str:
    out = ""
    while len(out) < length:
        out += rng.choice(FRAGMENTS)
    return out[: length - 1].rstrip("，、") + "。"


def build(path: Path, n: int = 60, seed: int = 13) -> Path:
    rng = random.Random(seed)
    provinces = list(PROVINCES)
    with Project.open(path, create=True, user="演示") as p:
        for i in range(n):
            province = provinces[(i // 2) % len(provinces)]
            city = rng.choice(PROVINCES[province])
            text = deeds(rng, rng.randint(260, 310))
            if i % 2 == 0:
                rec = Record(name=f"{province}{city}{rng.choice(UNITS)}", kind="collective", region=province,
                             city=city, deeds=text)
            else:
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
                rec = Record(name=name, kind="individual", region=province, city=city,
                             gender=rng.choice("男男女"), ethnicity=rng.choice(ETHNIC),
                             position=f"{province}{city}{rng.choice(UNITS)}{rng.choice(POSTS)}", deeds=text)
            rid = next(iter(p.add_record(rec).record_ids))
            p.set_field(rid, "status", "approved")
        p.set_setting("award", "全国机关事务工作先进集体和先进个人")
        p.set_setting("award_collective", "全国机关事务工作先进集体")
        p.set_setting("award_individual", "全国机关事务工作先进个人")
        p.set_setting("group_by", "region")
        p.set_setting("order_by", "strokes")
    return path


NOTICE = {"公示期": "2026年11月23日至11月27日", "发布单位": "国家机关事务管理局", "联系人": "王五",
          "联系电话": "010-12345678", "日期": "2026年11月22日"}


def render(out: Path, split: bool) -> dict[str, int]:
    project = build(out / "演示.awardproj")
    pages = {}
    with Project.open(project) as p:
        jobs = {
            "名单.docx": Choices(form="名单", split=split),
            "事迹表.docx": Choices(form="事迹表", split=split),
            "公示.docx": Choices(form="公示", split=split, notice=NOTICE),
            "汇总表.xlsx": Choices(),
        }
        plans = {name: plan_from_project(p, c) for name, c in jobs.items()}
    for name, plan in plans.items():
        target = out / name
        written = write_plan(plan, **({"docx": target} if name.endswith(".docx") else {"xlsx": target}))
        if written.word is not None and written.word.differences:
            print(f"  ! {name}: {len(written.word.differences)} read-back differences", file=sys.stderr)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(target)],
                       check=True, capture_output=True, timeout=300)
        pdf = target.with_suffix(".pdf")
        stem = out / target.stem
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(stem)], check=True)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages[name] = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    return pages


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0]) if args else Path(tempfile.mkdtemp(prefix="awardtool-render-"))
    out.mkdir(parents=True, exist_ok=True)
    pages = render(out, split="--split" in sys.argv)
    print(f"60 records (30 集体, 30 个人, 8 provinces, 事迹 260–310 字) rendered in {out}")
    for name, n in pages.items():
        print(f"  {name:<10} {n:>3} pages")


if __name__ == "__main__":
    main()
