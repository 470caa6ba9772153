"""Stage subcommands — freeze the list at a stage and report what changed since:

    awardtool stage freeze --project P NAME          freeze the current list as stage NAME (初审, 公示, 最终 …)
    awardtool stage list   --project P [--json]      the stages: name, when, by whom, how many records
    awardtool stage delete --project P NAME
    awardtool stage diff   --project P A B [--json] [--docx 说明.docx] [--xlsx 变更.xlsx]

In ``diff`` each of A and B is a stage's name, ``current`` (当前) for the list as it is
now, or a .docx/.xlsx 名单 or 汇总表 read by the importers. ``--json`` prints the stable
contract documented in awardtool.compare.diff. Exit codes: 0 ok, 1 failed.
"""

from __future__ import annotations

import json
import sys

from awardtool.cli.project_cmd import _fail, _open
from awardtool.compare import CHANGE_KINDS, CHANGE_LABELS, CompareError, compare, resolve
from awardtool.compare.wording import change_text, counts_text, side_text
from awardtool.store import ProjectError, stages


def register(sub) -> None:
    stage = sub.add_parser("stage", help="名单阶段：冻结、列出、删除、比较 / list stages and what changed")
    ssub = stage.add_subparsers(dest="stage_command", metavar="ACTION", required=True)

    def add(name: str, help: str, func):
        p = ssub.add_parser(name, help=help)
        p.add_argument("--project", required=True, metavar="P.awardproj", help="项目文件")
        p.add_argument("--user", default=None, help="操作人（默认取 AWARDTOOL_USER 或系统登录名）")
        p.set_defaults(func=func)
        return p

    p = add("freeze", "把当前名单冻结为一个阶段 / freeze the current list as a stage", run_freeze)
    p.add_argument("name", metavar="NAME", help="阶段名称，如 初审、公示、最终")
    p = add("list", "列出已冻结的阶段 / list the stages", run_list)
    p.add_argument("--json", action="store_true", help="输出 JSON")
    p = add("delete", "删除一个阶段（名单本身不变）/ delete a stage", run_delete)
    p.add_argument("name", metavar="NAME")
    p = add("diff", "比较两个阶段、当前名单或外部文件 / what changed from A to B", run_diff)
    p.add_argument("a", metavar="A", help="阶段名称、current（当前名单）或 .docx/.xlsx 文件")
    p.add_argument("b", metavar="B", help="同上")
    p.add_argument("--json", action="store_true", help="输出 JSON（格式见 awardtool.compare.diff）")
    p.add_argument("--docx", metavar="说明.docx", help="同时导出 Word 变更情况说明")
    p.add_argument("--xlsx", metavar="变更.xlsx", help="同时导出 Excel 变更明细（每项变更一行）")
    p.add_argument("--title", help="变更情况说明的标题")
    p.add_argument("--issuer", default="", help="署名单位（Word 说明末尾）")


def run_freeze(args) -> int:
    try:
        with _open(args) as project:
            info = stages.freeze(project, args.name)
    except ProjectError as e:
        return _fail(e)
    print(f"✓ 已冻结阶段“{info.name}”：{info.count}条记录（{info.frozen_at[:16].replace('T', ' ')}，{info.frozen_by}）")
    return 0


def run_list(args) -> int:
    try:
        with _open(args) as project:
            infos = stages.stages(project)
    except ProjectError as e:
        return _fail(e)
    if args.json:
        json.dump([i.to_json() for i in infos], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    if not infos:
        print("项目中还没有冻结任何阶段。用 awardtool stage freeze --project P 公示 冻结当前名单。")
    for i in infos:
        print(f"{i.name}\t{i.frozen_at[:16].replace('T', ' ')}\t{i.frozen_by or ''}\t{i.count}条")
    return 0


def run_delete(args) -> int:
    try:
        with _open(args) as project:
            info = stages.delete(project, args.name)
    except ProjectError as e:
        return _fail(e)
    print(f"✓ 已删除阶段“{info.name}”（{info.count}条记录的快照；名单本身未改动）")
    return 0


def run_diff(args) -> int:
    try:
        with _open(args) as project:
            a, b = resolve(project, args.a), resolve(project, args.b)
    except ProjectError as e:
        return _fail(e)
    except CompareError as e:
        print(f"✗ {e.message}", file=sys.stderr)
        return 1
    result = compare(a, b)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        _print_text(result)
    return _write_exports(result, args)


def _print_text(result) -> None:
    print(f"比较：{side_text(result.a)} → {side_text(result.b)}")
    print(counts_text(result))
    marks = {"added": "+", "removed": "-", "renamed": "~", "moved": "↕", "changed": "*"}
    for kind in CHANGE_KINDS:
        items = result.of_kind(kind)
        if items:
            print(f"{CHANGE_LABELS[kind]}（{len(items)}）")
            for c in items:
                print(f"  {marks[kind]} {change_text(c)}")


def _write_exports(result, args) -> int:
    from awardtool.export.atomic import ExportError

    code = 0
    out = sys.stderr if args.json else sys.stdout
    try:
        if args.docx:
            from awardtool.export.changes_word import export_changes_docx

            print(f"✓ 变更情况说明：{export_changes_docx(result, args.docx, title=args.title, issuer=args.issuer)}", file=out)
        if args.xlsx:
            from awardtool.export.changes_excel import export_changes_xlsx

            print(f"✓ 变更明细：{export_changes_xlsx(result, args.xlsx, title=args.title)}", file=out)
    except ExportError as e:
        print(f"✗ {e.message}", file=sys.stderr)
        code = 1
    return code
