"""The export plan: one project (or a set of files) and the clerk's choices → exactly what is
exported, and what is refused and why.

The window's export dialog and ``awardtool export`` both build a plan here and hand it to
:func:`write_plan`, so the two can never disagree about which records a list holds, in which
order, under which titles, or whether a record without a name may be published. The plan is
Qt-free and speaks in codes with arguments (``Problem``); :func:`describe` words them in
Chinese for the command line, the window words them itself.

Review policy, in one place:

* 退回 records are never exported.
* 已审核 records always are; 待审核 and 有疑问 are counted and go in only if the clerk says so
  (``Choices.include``).
* A record without a name refuses the export (a published list cannot have a blank line); a
  公示 without its 公示期, 发布单位, 联系方式 and 日期 refuses too; other findings are
  summarised for the clerk and do not stop the export.
* Whether a record must have 简要事迹 is decided per source document: a 名单 that carries no
  deeds at all does not make every record "简要事迹为空" (:func:`documents_with_deeds`, used
  by the window's checks too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from awardtool.export.atomic import ExportError
from awardtool.export.ordering import order_records
from awardtool.export.word_text import default_title, split_kinds
from awardtool.records import Record
from awardtool.validate import RecordRef, check_batch, check_record
from awardtool.validate.findings import Finding

FORMS = ("名单", "事迹表", "公示")
GROUPS = ("region", "none")  # the clerk's words for grouping; "none" is stored as None
ORDERS = ("strokes", "input")
INCLUDABLE = ("pending", "query")  # statuses the clerk may choose to include
# Findings that stop a record from being approved without the clerk confirming: a required
# field empty or 简要事迹 over the project's limit (the list would be sent back).
APPROVAL_BLOCKING = ("required_missing", "deeds_too_long")
# 公示 details a notice cannot go out without: (key of Choices.notice, the clerk's word).
NOTICE_REQUIRED = (("公示期", "公示期"), ("发布单位", "发布单位"), (("联系人", "联系电话"), "联系人或联系电话"),
                   ("日期", "日期"))
NAMELESS_SHOWN = 10


@dataclass(slots=True)
class Choices:
    """What the clerk chose. ``None`` means "as the project's settings say"."""

    form: str = "名单"
    group: str | None = None  # "region" | "none"
    order: str | None = None  # "strokes" | "input"
    title: str | None = None  # one list: its title; 公示: the attached list's title
    split: bool = False  # 集体 and 个人 as 附件1 and 附件2, each with its own title
    kind_titles: dict[str, str] = field(default_factory=dict)  # kind → title (split lists)
    template: str | None = None
    include: frozenset[str] = frozenset(INCLUDABLE)  # which of 待审核 / 有疑问 go in
    attachment: str | None = None  # "附件1": the whole list is one attachment of a document
    notice: dict[str, str] = field(default_factory=dict)  # 公示 details (keys as word._notice)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that stops the export (``refused``) or that the clerk should know
    (``warnings``): a stable code and its arguments."""

    code: str
    args: Mapping = field(default_factory=dict)


@dataclass(slots=True)
class Item:
    """One record as the plan sees it."""

    record: Record
    ref: RecordRef
    status: str
    deeds_expected: bool
    audit: object | None = None  # AuditInfo (project only)


@dataclass(slots=True)
class ExportPlan:
    choices: Choices
    items: list[Item] = field(default_factory=list)  # exported, in list order
    group_by: str | None = None  # exporter vocabulary: "region" | None
    order_by: str = "input"
    title: str | None = None  # the Word list's title
    sheet_title: str | dict | None = None  # the Excel sheets' title (one, or kind → title)
    kind_titles: dict[str, str] = field(default_factory=dict)
    template: Path | None = None
    notice: dict[str, str] = field(default_factory=dict)
    word_limit: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # status → records in the source
    left_out: dict[str, int] = field(default_factory=dict)  # status → records not exported
    refused: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)  # the pre-export check (errors, warnings)
    from_project: bool = False

    @property
    def ok(self) -> bool:
        return not self.refused

    @property
    def records(self) -> list[Record]:
        return [i.record for i in self.items]

    @property
    def audit(self) -> list | None:
        return [i.audit for i in self.items] if self.from_project else None

    def unreviewed(self) -> dict[str, int]:
        """Exported records that are not 已审核, by status."""
        out: dict[str, int] = {}
        for i in self.items:
            if i.status != "approved":
                out[i.status] = out.get(i.status, 0) + 1
        return out

    def kinds(self) -> list[tuple[str, list[Record]]]:
        """The exported records by kind (集体 first), each in publication order."""
        return [(kind, order_records(recs, group_by=self.group_by, order_by=self.order_by))
                for kind, recs in split_kinds(self.records)]

    def ordered(self) -> list[Record]:
        """Every exported record in the order the Word list prints them."""
        return [r for _, recs in self.kinds() for r in recs]


# ---------------------------------------------------------------------------- deeds policy
def documents_with_deeds(doc_kinds: Mapping[int | None, str | None],
                         records: Iterable[tuple[int | None, Record]]) -> set[int | None]:
    """The documents whose records must carry 简要事迹: narratives, and any document in which
    at least one record has deeds (records typed in by hand count as document ``None``)."""
    out = {doc_id for doc_id, kind in doc_kinds.items() if kind == "narrative"}
    out |= {doc_id for doc_id, rec in records if (rec.deeds or "").strip()}
    return out


# ---------------------------------------------------------------------------- building a plan
def plan_from_project(project, choices: Choices) -> ExportPlan:
    """The plan for an open ``awardtool.store.Project`` (read on the caller's thread)."""
    from awardtool.export.xlsx_audit import audit_from_project

    stored = project.records()
    records, infos = audit_from_project(project)
    settings = project.settings()
    docs = {d.id: d for d in project.documents()}
    with_deeds = documents_with_deeds({i: d.kind for i, d in docs.items()}, ((s.doc_id, s.record) for s in stored))
    items: list[Item] = []
    index_in_doc: dict[int | None, int] = defaultdict(int)
    for s, rec, info in zip(stored, records, infos):
        index = index_in_doc[s.doc_id]  # counted over every record, so 第N条 matches the document
        index_in_doc[s.doc_id] += 1
        doc = docs.get(s.doc_id)
        where = doc.path if doc else f"{Path(project.path).name}（手工添加）"
        items.append(Item(rec, RecordRef(where, index, rec.seq, rec.name), s.status, s.doc_id in with_deeds, info))
    plan = ExportPlan(choices, from_project=True)
    _resolve(plan, items, settings, Path(project.path).resolve().parent)
    return plan


def plan_from_files(results, choices: Choices) -> ExportPlan:
    """The plan for extraction results (``awardtool.pipeline.extract_paths``): every record
    counts as 待审核 being included, there are no project settings."""
    items = []
    for result in results:
        doc, ex = result.document, result.extraction
        has_deeds = ex.kind == "narrative" or any((r.deeds or "").strip() for r in ex.records)
        for i, rec in enumerate(ex.records):
            items.append(Item(rec, RecordRef(doc.path, i, rec.seq, rec.name), "pending", has_deeds))
    plan = ExportPlan(replace(choices, include=frozenset(INCLUDABLE)))
    _resolve(plan, items, {}, None)
    return plan


def _resolve(plan: ExportPlan, items: list[Item], settings: Mapping, base: Path | None) -> None:
    c = plan.choices
    if c.form not in FORMS:
        raise ExportError(f"未知的导出样式“{c.form}”，可选：{'、'.join(FORMS)}。")
    for item in items:
        plan.counts[item.status] = plan.counts.get(item.status, 0) + 1
        if item.status == "returned" or (item.status in INCLUDABLE and item.status not in c.include):
            plan.left_out[item.status] = plan.left_out.get(item.status, 0) + 1
        else:
            plan.items.append(item)
    group = _setting(c.group, settings.get("group_by"), GROUPS, "group_by", "none")
    plan.group_by = None if group == "none" else group
    plan.order_by = _setting(c.order, settings.get("order_by"), ORDERS, "order_by", "input")
    plan.word_limit = settings.get("word_limit")
    explicit = (c.title or "").strip() or settings.get("list_title") or None
    plan.title = explicit or _award_title(settings.get("award"), c.form)
    awards = {k: settings.get(f"award_{k}") for k in ("collective", "individual")}
    plan.sheet_title = explicit or ({k: f"{a}推荐汇总表" for k, a in awards.items() if a} or None)
    plan.template = _template(c.template, settings.get("template"), base)
    plan.notice = _notice(c.notice, settings)
    kinds = split_kinds(plan.records)
    if c.split and len(kinds) > 1:  # each kind its own 附件: the clerk's title, the 称号's, or by content
        suffix = _SUFFIX[c.form]
        awards = {"collective": settings.get("award_collective"), "individual": settings.get("award_individual")}
        plan.kind_titles = {k: (c.kind_titles.get(k) or "").strip() or (f"{awards[k]}{suffix}" if awards[k] else "")
                            or default_title(recs, suffix) for k, recs in kinds}
    _refusals(plan)
    if plan.template is not None:
        from awardtool.export.docx_template import template_problems

        plan.warnings += [Problem("template_unofficial", {"path": str(plan.template), "missing": missing})
                          for missing in [template_problems(plan.template)] if missing]


_SUFFIX = {"名单": "名单", "事迹表": "简要事迹", "公示": "拟表彰对象名单"}


def _award_title(award: str | None, form: str) -> str | None:
    """The list's title from the project's 表彰事项 when no title is set: 名单 "××名单", 事迹表
    "××简要事迹", 公示 "××拟表彰对象名单" (the attached list)."""
    return award + _SUFFIX[form] if award else None


def _setting(flag: str | None, stored, choices: tuple[str, ...], key: str, default: str) -> str:
    """A flag wins over the project's setting; a setting the exporter does not know is a
    clear error rather than a silently different list."""
    if flag is not None:
        if flag not in choices:
            raise ExportError(f"“{flag}”不是可用的选项（可选：{'、'.join(choices)}）。")
        return flag
    if stored in (None, ""):
        return default
    if stored not in choices:
        what = {"group_by": "分组方式", "order_by": "排序方式"}[key]
        raise ExportError(f"项目设置中的{what}“{stored}”无法识别，请在项目设置中重新选择，或用命令行选项指定。")
    return stored


def _template(flag: str | None, stored: str | None, base: Path | None) -> Path | None:
    if flag:
        path = Path(flag)
    elif stored:
        path = Path(stored)
        if not path.is_absolute() and base is not None and not path.exists():
            path = base / path
    else:
        return None
    if not path.is_file():
        raise ExportError(f"找不到 Word 模板“{path}”。请检查文件是否已移动，或不用模板导出。")
    return path


def _notice(given: Mapping[str, str], settings: Mapping) -> dict[str, str]:
    """The 公示 details: what the clerk gave, the project's saved details under them, and the
    award names of the project for the 称号 of 集体 and 个人."""
    saved = settings.get("notice") if isinstance(settings.get("notice"), Mapping) else {}
    out = {k: str(v) for k, v in {**saved, **given}.items() if v not in (None, "")}
    if settings.get("award_collective") and "集体称号" not in out:
        out["集体称号"] = settings["award_collective"]
    if settings.get("award_individual") and "个人称号" not in out:
        out["个人称号"] = settings["award_individual"]
    if settings.get("award") and "事项" not in out:
        out["事项"] = settings["award"]
    return out


def missing_notice_details(notice: Mapping[str, str]) -> list[str]:
    """The clerk's words for the 公示 details not given (empty: the notice can go out)."""
    out = []
    for keys, word in NOTICE_REQUIRED:
        keys = keys if isinstance(keys, tuple) else (keys,)
        if not any((notice.get(k) or "").strip() for k in keys + (("date",) if "日期" in keys else ())):
            out.append(word)
    return out


def _refusals(plan: ExportPlan) -> None:
    if not plan.items:
        plan.refused.append(Problem("nothing", {"counts": dict(plan.counts), "left_out": dict(plan.left_out)}))
        return
    findings: list[Finding] = []
    nameless: list[RecordRef] = []
    for item in plan.items:
        for f in check_record(item.record, word_limit=plan.word_limit, has_deeds=item.deeds_expected):
            if f.code == "required_missing" and f.field == "name":
                nameless.append(item.ref)
            elif f.severity != "info":
                findings.append(replace(f, refs=(item.ref,)))
    if nameless:
        plan.refused.append(Problem("nameless", {"refs": nameless}))
    plan.findings = findings + check_batch((i.record, i.ref) for i in plan.items)
    if plan.choices.form == "公示":
        missing = missing_notice_details(plan.notice)
        if missing:
            plan.refused.append(Problem("notice_incomplete", {"missing": missing}))


# ---------------------------------------------------------------------------- words (CLI)
def describe(problem: Problem) -> str:
    """A problem in Chinese, for the command line."""
    a = problem.args
    if problem.code == "nameless":
        refs = a["refs"]
        where = "、".join(r.describe() for r in refs[:NAMELESS_SHOWN]) + ("等" if len(refs) > NAMELESS_SHOWN else "")
        return (f"{len(refs)} 条记录没有名称或姓名（{where}），名单中不能有空行。"
                "请补填或删除这些记录后再导出，本次未写入任何文件。")
    if problem.code == "nothing":
        counts, left = a["counts"], a["left_out"]
        if not counts:
            return "没有可导出的记录：文件中未找到表彰对象。"
        if set(left) == {"returned"}:
            return f"没有可导出的记录：项目中的 {left['returned']} 条记录都已退回。"
        return "没有可导出的记录：" + status_counts(left) + "未导出。请审核通过记录，或选择一并导出待审核、有疑问的记录。"
    if problem.code == "notice_incomplete":
        return f"公示缺少{'、'.join(a['missing'])}，不能发布。请填写后再导出，本次未写入任何文件。"
    if problem.code == "template_unofficial":
        return (f"模板“{Path(a['path']).name}”不像公文格式文件（{'、'.join(a['missing'])}），"
                "导出的文件将沿用它的页面设置，请核对。")
    return problem.code


def status_counts(counts: Mapping[str, int]) -> str:
    from awardtool.fields import STATUSES

    return "、".join(f"{STATUSES[k][0]} {n} 条" for k, n in counts.items() if n)


# ---------------------------------------------------------------------------- writing
@dataclass(slots=True)
class Written:
    word: object | None = None  # word.ExportReport
    excel: object | None = None  # excel.ExcelReport


def write_plan(plan: ExportPlan, docx: str | Path | None = None, xlsx: str | Path | None = None) -> Written:
    """Write the Word and/or Excel file of an accepted plan (``plan.ok``). Raises ExportError
    with the first refusal otherwise, before anything is written."""
    if not plan.ok:
        raise ExportError(describe(plan.refused[0]))
    out = Written()
    form = plan.choices.form
    if docx is not None:
        from awardtool.export.word import export_docx

        out.word = export_docx(
            plan.records, docx, form=form, title=plan.title, group_by=plan.group_by, order_by=plan.order_by,
            attachment=plan.choices.attachment, template=plan.template,
            notice=plan.notice if form == "公示" else None, kind_titles=plan.kind_titles or None,
        )
    if xlsx is not None:
        from awardtool.export.excel import export_xlsx

        out.excel = export_xlsx(plan.records, xlsx, group_by=plan.group_by, order_by=plan.order_by,
                                title=plan.kind_titles or plan.sheet_title or None, audit=plan.audit)
    return out


__all__ = [
    "APPROVAL_BLOCKING", "FORMS", "GROUPS", "INCLUDABLE", "ORDERS", "Choices", "ExportPlan", "Item",
    "Problem", "Written", "describe", "documents_with_deeds", "missing_notice_details", "plan_from_files",
    "plan_from_project", "status_counts", "write_plan",
]
