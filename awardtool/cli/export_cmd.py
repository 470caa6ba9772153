"""`awardtool export (--project P | PATH...) --docx OUT.docx [--xlsx OUT.xlsx] …`: write the
official Word list (and the Excel 汇总表) from files or from a project.

Exit codes: 0 written and checked, 1 a clear Chinese message and nothing half-written (the
writers go through atomic_target), 2 usage (argparse)."""

from __future__ import annotations

import sys

from awardtool.export.atomic import ExportError
from awardtool.export.word import FORMS, export_docx


def register(sub) -> None:
    p = sub.add_parser("export", help="导出公文格式的 Word 名单 / Excel 汇总表 / export the list")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--project", metavar="P", help="项目文件")
    src.add_argument("paths", nargs="*", default=[], metavar="PATH", help="文件、文件夹或 zip")
    p.add_argument("--docx", metavar="OUT.docx", help="Word 输出文件")
    p.add_argument("--xlsx", metavar="OUT.xlsx", help="Excel 输出文件")
    p.add_argument("--form", choices=FORMS, default="名单", help="Word 样式：名单、事迹表或公示")
    p.add_argument("--group", choices=["region"], default=None, help="按地区分组")
    p.add_argument("--order", choices=["strokes", "input"], default="input", help="strokes：按姓氏笔画")
    p.add_argument("--template", metavar="T.docx", help="Word 模板（沿用其样式、页面和页码）")
    p.add_argument("--title", help="标题")
    p.add_argument("--attachment", metavar="附件1", help="作为附件排版：左上角标注")
    p.set_defaults(func=run, _parser=p)


def _records(args) -> list:
    if args.project:
        from awardtool.store import Project, ProjectError

        try:
            with Project.open(args.project) as project:
                return [s.record for s in project.records()]
        except ProjectError as e:
            raise ExportError(e.message) from e
    from awardtool.pipeline import extract_paths

    records = []
    for result in extract_paths(args.paths):
        if result.document.error:
            print(f"✗ {result.document.path}：{result.document.error.message}", file=sys.stderr)
        records.extend(result.extraction.records)
    return records


def run(args) -> int:
    if not args.project and not args.paths:
        args._parser.error("请给出 --project 或至少一个文件")
    if not args.docx and not args.xlsx:
        args._parser.error("请给出 --docx 和/或 --xlsx 输出文件")
    try:
        records = _records(args)
        if not records:
            raise ExportError("没有可导出的记录：文件中未找到表彰对象。")
        if args.docx:
            report = export_docx(
                records, args.docx, form=args.form, title=args.title, group_by=args.group,
                order_by=args.order, attachment=args.attachment, template=args.template,
            )
            if not report.ok:
                for d in report.differences:
                    print(f"✗ {d}", file=sys.stderr)
                raise ExportError(f"“{args.docx}”已写入，但回读核对发现{len(report.differences)}处与记录不一致（见上）。")
            print(f"✓ 已导出 {report.count} 条记录到 {args.docx}（{args.form}）")
        if args.xlsx:
            from awardtool.export.excel import export_xlsx

            export_xlsx(records, args.xlsx, group_by=args.group, order_by=args.order, title=args.title)
            print(f"✓ 已导出 {len(records)} 条记录到 {args.xlsx}")
    except ExportError as e:
        print(f"✗ 导出失败：{e.message}", file=sys.stderr)
        return 1
    return 0
