"""`awardtool export (--project P | PATH...) --docx OUT.docx [--xlsx OUT.xlsx] …`: write the
official Word list (and the Excel 汇总表) from files or from a project.

What is exported is decided by the export plan (awardtool.export.plan), the same one the
window's export dialog uses: from a project the project's settings (名单标题, 字数上限,
分组/排序, Word 模板, 称号) apply unless a flag overrides them, 退回 records are left out,
待审核 and 有疑问 ones go in unless skipped (and are counted), and the workbook gets the 统计
and 审核记录 sheets (extracted → final, who approved).

Before anything is written the plan's refusals apply (a record without a name, a 公示
without its 公示期, 发布单位, 联系方式 and 日期), everything else is summarised as warnings. The Word file is read back after writing; a difference keeps the
file (so the clerk can look at it) and fails the command, after the workbook (which does
not depend on it) has still been written.

Exit codes: 0 written and checked, 1 a clear Chinese message (nothing half-written: the
writers go through atomic_target), 2 usage (argparse).
"""

from __future__ import annotations

import sys
from collections import defaultdict

from awardtool.export.atomic import ExportError
from awardtool.export.plan import (
    FORMS, Choices, describe, plan_from_files, plan_from_project, status_counts, write_plan,
)
from awardtool.validate.findings import CODES, Finding

# --notice-* option → key of export_docx's ``notice`` mapping, with its Chinese help.
NOTICE_OPTIONS = (
    ("subject", "事项", "公示事项，如“全国机关事务工作先进集体和先进个人”（默认取自名单）"),
    ("title", "标题", "公示标题（默认“关于××拟表彰对象的公示”）"),
    ("basis", "依据", "正文开头的依据，如“经各地推荐、评审委员会评审，”（默认“经研究，”）"),
    ("org", "发布单位", "发布单位，用于署名和“向××反映”"),
    ("period", "公示期", "公示期，如“2026年11月23日至11月27日”"),
    ("contact", "联系人", "联系人"),
    ("phone", "联系电话", "联系电话"),
    ("email", "电子邮箱", "电子邮箱"),
    ("address", "地址", "通信地址"),
    ("postcode", "邮编", "邮政编码"),
    ("date", "日期", "成文日期，如 2026-11-22 或 2026年11月22日（默认今天）"),
)
GROUPS = ("region", "none")
ORDERS = ("strokes", "input")
SHOWN_EXAMPLES = 3  # findings of one kind listed in the pre-export summary before "等"


def register(sub) -> None:
    p = sub.add_parser(
        "export", help="导出公文格式的 Word 名单 / Excel 汇总表 / export the list", add_help=False,
        description="把文件或项目中的表彰对象导出为公文格式的 Word 名单、事迹表或公示，以及 Excel 推荐汇总表。"
        "退出码：0 成功，1 失败（附中文说明），2 用法错误。",
    )
    p.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--project", metavar="P.awardproj",
                     help="从项目导出：沿用项目设置（名单标题、字数上限、分组排序、模板），跳过已退回的记录")
    src.add_argument("paths", nargs="*", default=[], metavar="PATH", help="要导出的文件、文件夹或 zip")
    p.add_argument("--docx", metavar="OUT.docx", help="Word 输出文件（公文格式）")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="Excel 输出文件（推荐汇总表；从项目导出时另含统计和审核记录）")
    p.add_argument("--form", choices=FORMS, default="名单", help="Word 样式：名单、事迹表或公示（默认名单）")
    p.add_argument("--group", choices=GROUPS, default=None,
                   help="region：按地区分组；none：不分组（默认取项目设置，否则不分组）")
    p.add_argument("--order", choices=ORDERS, default=None,
                   help="strokes：按姓氏笔画排序；input：保持原顺序（默认取项目设置，否则保持原顺序）")
    p.add_argument("--template", metavar="T.docx", help="Word 模板：沿用其样式、页面和页码（默认取项目设置）")
    p.add_argument("--title", metavar="标题", help="名单标题（默认取项目的名单标题，否则按内容生成）")
    p.add_argument("--attachment", metavar="附件1", help="作为附件排版：左上角标注“附件1”等")
    p.add_argument("--split", action="store_true",
                   help="先进集体和先进个人分成附件1、附件2，各有标题和数量（标题默认取项目设置的集体、个人称号）")
    p.add_argument("--title-collective", metavar="标题", help="附件1（先进集体）的标题；给出即分成两个附件")
    p.add_argument("--title-individual", metavar="标题", help="附件2（先进个人）的标题；给出即分成两个附件")
    p.add_argument("--skip-pending", action="store_true", help="不导出待审核的记录（默认一并导出并提示）")
    p.add_argument("--skip-query", action="store_true", help="不导出有疑问的记录（默认一并导出并提示）")
    notice = p.add_argument_group("公示选项（仅用于 --form 公示）")
    for option, _key, help_text in NOTICE_OPTIONS:
        notice.add_argument(f"--notice-{option}", dest=f"notice_{option}", metavar="文字", help=help_text)
    p.set_defaults(func=run, _parser=p)


def _notice(args) -> dict[str, str]:
    return {key: getattr(args, f"notice_{option}") for option, key, _ in NOTICE_OPTIONS
            if getattr(args, f"notice_{option}")}


def choices_from_args(args, notice: dict[str, str]) -> Choices:
    """The clerk's choices on the command line, in the plan's terms."""
    titles = {k: t for k, t in (("collective", args.title_collective), ("individual", args.title_individual)) if t}
    include = frozenset(s for s, skip in (("pending", args.skip_pending), ("query", args.skip_query)) if not skip)
    return Choices(form=args.form, group=args.group, order=args.order, title=args.title,
                   split=args.split or bool(titles), kind_titles=titles, template=args.template,
                   include=include, attachment=args.attachment, notice=notice)


def _short(text: str, n: int = 90) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _print_summary(findings: list[Finding]) -> None:
    """One line per kind of problem (how many records, how many places, the first few
    examples): enough to decide whether to go back to the window, short enough to read."""
    if not findings:
        print("✓ 导出前检查未发现问题")
        return
    groups: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        groups[f.code].append(f)
    print(f"! 导出前检查发现 {len(findings)} 处问题（不影响导出，请在审核窗口或用 awardtool check 查看并修改）：")
    for code, fs in groups.items():
        title = CODES[code][1]
        if code == "duplicate":
            for f in fs:
                print(f"  ! {f.message}")
            continue
        records = {(r.path, r.index) for f in fs for r in f.refs}
        firsts = {(f.refs[0].path, f.refs[0].index): f for f in reversed(fs)}  # one example per record
        examples = [f"{f.refs[0].describe()}“{f.refs[0].name}”：{f.message}"
                    for f in list(reversed(firsts.values()))[:SHOWN_EXAMPLES]]
        print(f"  ! {title}：{len(records)} 条记录共 {len(fs)} 处，如")
        for line in examples:
            print(f"      {_short(line)}")
        if len(fs) > len(examples):
            print("      ……")


def run(args) -> int:
    if not args.project and not args.paths:
        args._parser.error("请给出 --project 或至少一个文件")
    if not args.docx and not args.xlsx:
        args._parser.error("请给出 --docx 和/或 --xlsx 输出文件")
    notice = _notice(args)
    if notice and args.form != "公示":
        args._parser.error("--notice-… 选项只用于公示，请同时给出 --form 公示")
    if notice and not args.docx:
        args._parser.error("--notice-… 选项只用于 Word 公示，请给出 --docx 输出文件")
    try:
        return _export(args, notice)
    except ExportError as e:
        print(f"✗ 导出失败：{e.message}", file=sys.stderr)
        return 1


def _export(args, notice: dict[str, str]) -> int:
    choices = choices_from_args(args, notice)
    if args.project:
        from awardtool.store import Project, ProjectError

        try:
            with Project.open(args.project) as project:
                plan = plan_from_project(project, choices)
        except ProjectError as e:
            from awardtool.cli.project_cmd import project_error_text  # a damaged project: its backup

            raise ExportError(project_error_text(e)) from e
    else:
        from awardtool.pipeline import extract_paths

        results = []
        for result in extract_paths(args.paths):
            if result.document.error:
                print(f"✗ {result.document.path}：{result.document.error.message}", file=sys.stderr)
            results.append(result)
        plan = plan_from_files(results, choices)
    if plan.left_out.get("returned"):
        print(f"已跳过退回的 {plan.left_out['returned']} 条")
    held = {k: n for k, n in plan.left_out.items() if k != "returned"}
    if held:
        print(f"已按选择不导出：{status_counts(held)}")
    if not plan.ok:
        raise ExportError(describe(plan.refused[0]))
    for warning in plan.warnings:
        print(f"! {describe(warning)}")
    _print_summary(plan.findings)
    unreviewed = plan.unreviewed()
    if unreviewed and plan.from_project:
        print(f"! 有 {sum(unreviewed.values())} 条记录尚未审核通过（{status_counts(unreviewed)}），已一并导出"
              "（不导出它们：--skip-pending、--skip-query）")

    failed = False
    written = write_plan(plan, docx=args.docx or None)
    report = written.word
    if report is not None:
        if report.ok:
            print(f"✓ 已导出 {report.count} 条记录到 {args.docx}（{args.form}），回读核对无误")
        else:
            failed = True
            print(f"✗ “{args.docx}”已写入，但回读核对发现 {len(report.differences)} 处与记录不一致：", file=sys.stderr)
            for d in report.differences:
                print(f"  ✗ {d}", file=sys.stderr)
            print("  文件已保留，请打开查看并在审核窗口中修正这些记录后重新导出。", file=sys.stderr)
    if args.xlsx:
        xreport = write_plan(plan, xlsx=args.xlsx).excel
        sheets = "、".join(xreport.sheets)
        print(f"✓ 已导出 {xreport.records} 条记录到 {args.xlsx}（工作表：{sheets}）")
        for warning in xreport.warnings:
            print(f"  ! {warning}")
    return 1 if failed else 0
