"""`awardtool export (--project P | PATH...) --docx OUT.docx [--xlsx OUT.xlsx] …`: write the
official Word list (and the Excel 汇总表) from files or from a project.

From a project the export is what the window's export would be: the project's settings
(名单标题, 字数上限, 分组/排序, Word 模板) apply unless a flag overrides them, 退回 records are
left out, and the workbook gets the 统计 and 审核记录 sheets (extracted → final, who approved).

Before anything is written the clerk's rules run over the batch: a record without a name
refuses the export (a list with a blank line cannot be published), everything else is
summarised as warnings. The Word file is read back after writing; a difference keeps the
file (so the clerk can look at it) and fails the command, after the workbook (which does
not depend on it) has still been written.

Exit codes: 0 written and checked, 1 a clear Chinese message (nothing half-written: the
writers go through atomic_target), 2 usage (argparse).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from awardtool.export.atomic import ExportError
from awardtool.export.word import FORMS, export_docx
from awardtool.fields import STATUSES
from awardtool.records import Record
from awardtool.validate import RecordRef, check_batch, check_record
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
# command-line choice → the exporters' value (the vocabulary of the project settings too)
GROUPS = {"region": "region", "none": None}
ORDERS = {"strokes": "strokes", "input": "input"}
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
    p.add_argument("--group", choices=tuple(GROUPS), default=None,
                   help="region：按地区分组；none：不分组（默认取项目设置，否则不分组）")
    p.add_argument("--order", choices=tuple(ORDERS), default=None,
                   help="strokes：按姓氏笔画排序；input：保持原顺序（默认取项目设置，否则保持原顺序）")
    p.add_argument("--template", metavar="T.docx", help="Word 模板：沿用其样式、页面和页码（默认取项目设置）")
    p.add_argument("--title", metavar="标题", help="名单标题（默认取项目的名单标题，否则按内容生成）")
    p.add_argument("--attachment", metavar="附件1", help="作为附件排版：左上角标注“附件1”等")
    notice = p.add_argument_group("公示选项（仅用于 --form 公示）")
    for option, _key, help_text in NOTICE_OPTIONS:
        notice.add_argument(f"--notice-{option}", dest=f"notice_{option}", metavar="文字", help=help_text)
    p.set_defaults(func=run, _parser=p)


@dataclass(slots=True)
class Batch:
    """What is about to be exported, with everything the checks and the writers need.

    refs: where each record came from (for messages); deeds_expected: whether its source
    document carries 简要事迹 at all (a 名单 without deeds is not missing them); audit: the
    per-record AuditInfo for the workbook (project only)."""

    records: list[Record] = field(default_factory=list)
    refs: list[RecordRef] = field(default_factory=list)
    deeds_expected: list[bool] = field(default_factory=list)
    audit: list | None = None
    settings: dict = field(default_factory=dict)
    base: Path | None = None  # folder that relative paths in the settings are relative to
    skipped_returned: int = 0
    unreviewed: dict[str, int] = field(default_factory=dict)  # status code → count


def _from_project(path: str) -> Batch:
    from awardtool.export.excel import audit_from_project
    from awardtool.store import CLI_LOCK_WAIT_S, Project, ProjectError

    try:
        with Project.open(path, wait=CLI_LOCK_WAIT_S) as project:
            stored = project.records()
            records, infos = audit_from_project(project)
            settings = project.settings()
            docs = {d.id: d for d in project.documents()}
    except ProjectError as e:
        raise ExportError(e.message) from e
    batch = Batch(audit=[], settings=settings, base=Path(path).resolve().parent)
    with_deeds = {d.id for d in docs.values() if d.kind == "narrative"}
    with_deeds |= {s.doc_id for s in stored if (s.record.deeds or "").strip()}
    index_in_doc: dict[int | None, int] = defaultdict(int)
    for s, rec, info in zip(stored, records, infos):
        index = index_in_doc[s.doc_id]  # counted over every record, so 第N条 matches the document
        index_in_doc[s.doc_id] += 1
        if s.status == "returned":
            batch.skipped_returned += 1
            continue
        if s.status != "approved":
            batch.unreviewed[s.status] = batch.unreviewed.get(s.status, 0) + 1
        doc = docs.get(s.doc_id)
        where = doc.path if doc else f"{Path(path).name}（手工添加）"
        batch.records.append(rec)
        batch.refs.append(RecordRef(where, index, rec.seq, rec.name))
        batch.deeds_expected.append(s.doc_id in with_deeds)
        batch.audit.append(info)
    return batch


def _from_files(paths: list[str]) -> Batch:
    from awardtool.pipeline import extract_paths

    batch = Batch()
    for result in extract_paths(paths):
        doc, ex = result.document, result.extraction
        if doc.error:
            print(f"✗ {doc.path}：{doc.error.message}", file=sys.stderr)
        has_deeds = ex.kind == "narrative" or any((r.deeds or "").strip() for r in ex.records)
        for i, rec in enumerate(ex.records):
            batch.records.append(rec)
            batch.refs.append(RecordRef(doc.path, i, rec.seq, rec.name))
            batch.deeds_expected.append(has_deeds)
    return batch


def _choose(flag: str | None, setting, choices: dict, what: str, default: str | None) -> str | None:
    """A flag wins over the project's setting; a setting the exporter does not know is a
    clear error rather than a silently different list."""
    if flag is not None:
        return choices[flag]
    if setting in (None, ""):
        return default
    if setting not in set(choices.values()):
        raise ExportError(f"项目设置中的{what}“{setting}”无法识别，请在项目设置中重新选择，或用命令行选项指定。")
    return setting


def _template(args, batch: Batch) -> Path | None:
    if args.template:
        path = Path(args.template)
    elif batch.settings.get("template"):
        path = Path(batch.settings["template"])
        if not path.is_absolute() and batch.base is not None and not path.exists():
            path = batch.base / path
    else:
        return None
    if not path.is_file():
        raise ExportError(f"找不到 Word 模板“{path}”。请检查文件是否已移动，或不用模板导出。")
    return path


def _notice(args) -> dict[str, str]:
    return {key: getattr(args, f"notice_{option}") for option, key, _ in NOTICE_OPTIONS
            if getattr(args, f"notice_{option}")}


def _short(text: str, n: int = 90) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _check(batch: Batch, word_limit: int | None) -> list[Finding]:
    """Run the clerk's rules; raise (nothing written) when a record has no name, return the
    errors and warnings to summarise otherwise."""
    findings: list[tuple[RecordRef, Finding]] = []
    nameless = []
    for rec, ref, deeds in zip(batch.records, batch.refs, batch.deeds_expected):
        for f in check_record(rec, word_limit=word_limit, has_deeds=deeds):
            if f.code == "required_missing" and f.field == "name":
                nameless.append(ref)
            elif f.severity != "info":
                findings.append((ref, f))
    if nameless:
        where = "、".join(r.describe() for r in nameless[:10]) + ("等" if len(nameless) > 10 else "")
        raise ExportError(f"{len(nameless)} 条记录没有名称或姓名（{where}），名单中不能有空行。"
                          "请补填或删除这些记录后再导出，本次未写入任何文件。")
    batch_findings = check_batch(zip(batch.records, batch.refs))
    return [_located(ref, f) for ref, f in findings] + batch_findings


def _located(ref: RecordRef, f: Finding) -> Finding:
    return replace(f, refs=(ref,))


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
    batch = _from_project(args.project) if args.project else _from_files(args.paths)
    if batch.skipped_returned:
        print(f"已跳过退回的 {batch.skipped_returned} 条")
    if not batch.records:
        if batch.skipped_returned:
            raise ExportError(f"没有可导出的记录：项目中的 {batch.skipped_returned} 条记录都已退回。")
        raise ExportError("没有可导出的记录：文件中未找到表彰对象。")
    s = batch.settings
    group_by = _choose(args.group, s.get("group_by"), GROUPS, "分组方式", None)
    order_by = _choose(args.order, s.get("order_by"), ORDERS, "排序方式", "input")
    title = args.title or s.get("list_title") or None
    template = _template(args, batch)
    _print_summary(_check(batch, s.get("word_limit")))
    if batch.unreviewed:
        counts = "、".join(f"{STATUSES[k][0]} {n} 条" for k, n in batch.unreviewed.items())
        print(f"! 有 {sum(batch.unreviewed.values())} 条记录尚未审核通过（{counts}），已一并导出")

    failed = False
    if args.docx:
        report = export_docx(
            batch.records, args.docx, form=args.form, title=title, group_by=group_by, order_by=order_by,
            attachment=args.attachment, template=template, notice=notice or None,
        )
        if report.ok:
            print(f"✓ 已导出 {report.count} 条记录到 {args.docx}（{args.form}），回读核对无误")
        else:
            failed = True
            print(f"✗ “{args.docx}”已写入，但回读核对发现 {len(report.differences)} 处与记录不一致：", file=sys.stderr)
            for d in report.differences:
                print(f"  ✗ {d}", file=sys.stderr)
            print("  文件已保留，请打开查看并在审核窗口中修正这些记录后重新导出。", file=sys.stderr)
    if args.xlsx:
        from awardtool.export.excel import export_xlsx

        xreport = export_xlsx(batch.records, args.xlsx, group_by=group_by, order_by=order_by, title=title,
                              audit=batch.audit)
        sheets = "、".join(xreport.sheets)
        print(f"✓ 已导出 {xreport.records} 条记录到 {args.xlsx}（工作表：{sheets}）")
        for warning in xreport.warnings:
            print(f"  ! {warning}")
    return 1 if failed else 0
