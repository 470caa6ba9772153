"""Project subcommands — the headless twin of the window's project file:

    awardtool import  --project P.awardproj PATH...   add documents (creates P if missing)
    awardtool list    --project P [--json]             the records, in list order
    awardtool set     --project P RECORD_ID FIELD VALUE   one edit, journaled like the window's
    awardtool history --project P [RECORD_ID] [--json]
    awardtool undo    --project P / awardtool redo --project P
    awardtool restore --project P [--backup FILE]      put a backup in place of a damaged P

Every edit goes through awardtool.store, so the CLI and the window share one journal and one
undo history. Exit codes: 0 ok, 1 a document or operation failed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

from awardtool.fields import FIELDS, KINDS, STATUSES
from awardtool.pipeline import extract_paths
from awardtool.store import (
    ACTION_LABELS, Project, ProjectError, default_user, field_label, restore_backup,
)
from awardtool.store.backups import backup_files, check_backup, when_text


def register(sub) -> None:
    def add(name: str, help: str, func, *, json_flag: bool = False):
        p = sub.add_parser(name, help=help)
        p.add_argument("--project", required=True, metavar="P.awardproj", help="项目文件")
        p.add_argument("--user", default=None, help="操作人（默认取 AWARDTOOL_USER 或系统登录名）")
        if json_flag:
            p.add_argument("--json", action="store_true", help="输出 JSON")
        p.set_defaults(func=func)
        return p

    p = add("import", "把文件导入项目 / import files into a project", run_import)
    p.add_argument("paths", nargs="+", metavar="PATH", help="文件、文件夹或 zip")
    add("list", "列出项目中的记录 / list a project's records", run_list, json_flag=True)
    p = add("set", "修改一条记录的一个字段 / edit one field", run_set)
    p.add_argument("record_id", type=int, metavar="RECORD_ID")
    p.add_argument("field", metavar="FIELD", help="字段键名或中文名，如 name / 名称、status / 审核状态")
    p.add_argument("value", metavar="VALUE", help="新值；空字符串表示清空")
    p = add("history", "查看修改记录 / show the edit history", run_history, json_flag=True)
    p.add_argument("record_id", type=int, nargs="?", metavar="RECORD_ID")
    add("undo", "撤销上一步修改 / undo the last edit", run_undo)
    add("redo", "重做被撤销的修改 / redo", run_redo)
    p = add("restore", "用自动备份恢复损坏的项目 / restore a project from its backups", run_restore)
    p.add_argument("--backup", metavar="FILE", help="要恢复的备份文件（默认：最近一份完好的备份）")
    p.add_argument("--list", action="store_true", help="只列出项目的自动备份，不恢复")


def _open(args, create: bool = False) -> Project:
    project = Project.open(args.project, create=create, user=args.user or default_user())
    if project.backup_error:
        print(f"! {project.backup_error}", file=sys.stderr)
    return project


def _fail(e: ProjectError) -> int:
    print(f"✗ {project_error_text(e)}", file=sys.stderr)
    return 1


def project_error_text(e: ProjectError) -> str:
    """The store's message, and for a damaged project what its newest good backup holds
    and the command that restores it."""
    if "offer" not in e.data:
        return e.message
    offer = e.data["offer"]
    if offer is None:
        return e.message + "\n  项目旁没有完好的自动备份。"
    b = offer.backup
    lines = [e.message, f"  最近一份完好的备份：{when_text(b.taken_at)}（{b.path}）",
             f"  备份中有 {b.records} 条记录、{b.journal_entries} 处修改记录"
             + (f"，最后一次修改在 {when_text(b.last_edit_at)}" if b.last_edit_at else "") + "。"]
    missing = offer.missing_entries
    if missing is not None:
        lines.append("  备份与损坏的文件相比，没有缺少修改。" if missing == 0 else
                     f"  与损坏的文件相比，备份缺少最近的 {missing} 处修改，恢复后需要重做。")
    else:
        saved = f"（项目文件最后保存于 {when_text(offer.project_modified_at)}）" if offer.project_modified_at else ""
        lines.append(f"  无法从损坏的文件得知备份之后又做了多少修改{saved}；备份之后的修改需要重做。")
    lines.append(f"  恢复：awardtool restore --project \"{offer.project}\"（损坏的文件会改名保留，不会删除）")
    return "\n".join(lines)


def run_restore(args) -> int:
    if args.list:
        return _list_backups(args.project)
    try:
        done = restore_backup(args.project, args.backup)
    except ProjectError as e:
        return _fail(e)
    b = done.backup
    print(f"已用 {when_text(b.taken_at)} 的备份“{b.path.name}”恢复项目“{args.project}”：{b.records} 条记录。")
    if done.set_aside is not None:
        print(f"原来的文件已改名为“{done.set_aside.name}”保留，未删除。")
    return 0


def _list_backups(project: str) -> int:
    found = backup_files(Path(os.path.abspath(project)))
    for path in found:
        info = check_backup(path)
        if info is None:
            print(f"✗ {path}：已损坏，不能用来恢复")
        else:
            print(f"  {path}：{when_text(info.taken_at)}，{info.records} 条记录、{info.journal_entries} 处修改记录")
    print(f"共 {len(found)} 份备份" if found else f"项目“{project}”没有自动备份")
    return 0


def run_import(args) -> int:
    try:
        project = _open(args, create=True)
    except ProjectError as e:
        return _fail(e)
    failed = False
    with project:
        for result in extract_paths(args.paths, keep_originals=True):  # each file read once
            doc = result.document
            original = doc.original  # None when ingest refused the bytes (a bomb)
            if original is not None:
                seen = project.document_by_hash(hashlib.sha256(original).hexdigest())
                if seen is not None:
                    print(f"= {doc.path}：与已导入的“{seen.path}”内容相同，跳过")
                    continue
            try:
                ids = project.add_result(result, original)
            except ProjectError as e:
                return _fail(e)
            if doc.error:
                failed = True
                print(f"✗ {doc.path}：{doc.error.message}")
            else:
                print(f"✓ {doc.path}：新增 {len(ids)} 条记录" + (f"（编号 {ids[0]}–{ids[-1]}）" if ids else ""))
                for w in doc.warnings + result.extraction.warnings:
                    print(f"  ! {w.message}")
    return 1 if failed else 0


def run_list(args) -> int:
    try:
        with _open(args) as project:
            paths = {d.id: d.path for d in project.documents()}
            records = project.records()
    except ProjectError as e:
        return _fail(e)
    if args.json:
        out = [
            {"id": r.id, "status": r.status, "doc_id": r.doc_id, "doc": paths.get(r.doc_id), **r.record.to_json()}
            for r in records
        ]
        json.dump({"project": str(project.path), "records": out}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in records:
        rec = r.record
        seq = f"{rec.seq:>3}" if rec.seq is not None else "  -"
        where = "".join(x for x in (rec.region, rec.city) if x)
        print(f"[{r.id:>4}] {seq}  {STATUSES[r.status][0]}  {rec.name}  {where}".rstrip())
    print(f"共 {len(records)} 条记录")
    return 0


_FIELD_NAMES = {f.label_zh: f.key for f in FIELDS} | {"审核状态": "status", "状态": "status"}
_KIND_NAMES = {zh: key for key, (zh, _en) in KINDS.items()} | {"集体": "collective", "个人": "individual"}
_STATUS_NAMES = {zh: key for key, (zh, _en) in STATUSES.items()}


def parse_edit(field: str, text: str) -> tuple[str, object]:
    """A field name (key or Chinese label) and a command-line value → (key, typed value)."""
    key = _FIELD_NAMES.get(field, field)
    if key == "seq":
        if not text.strip():
            return key, None
        try:
            return key, int(text)
        except ValueError:
            raise ProjectError("bad_value", f"序号应为整数，而不是“{text}”。") from None
    if key == "kind":
        return key, _KIND_NAMES.get(text, text)
    if key == "status":
        return key, _STATUS_NAMES.get(text, text)
    return key, (text if text or key in ("name", "deeds", "notes") else None)


def run_set(args) -> int:
    try:
        key, value = parse_edit(args.field, args.value)
        with _open(args) as project:
            old = project.record(args.record_id)
            change = project.set_field(args.record_id, key, value)
    except ProjectError as e:
        return _fail(e)
    if change.group is None:
        print(f"记录 {args.record_id} 的“{field_label(key)}”已是该值，未修改")
    else:
        before = old.status if key == "status" else getattr(old.record, key)
        print(f"已{change.label}（记录 {args.record_id} “{old.record.name}”）：{_show(before, key)} → {_show(value, key)}")
    return 0


def run_history(args) -> int:
    try:
        with _open(args) as project:
            entries = project.history(args.record_id)
    except ProjectError as e:
        return _fail(e)
    if args.json:
        json.dump({"entries": [e.to_json() for e in entries]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for e in entries:
        what = ACTION_LABELS.get(e.action, e.action)
        if e.action == "set":
            what = f"{field_label(e.field)}：{_show(e.old, e.field)} → {_show(e.new, e.field)}"
        elif e.action == "move":
            what = f"移动：第 {e.old + 1} 位 → 第 {e.new + 1} 位"
        elif e.action in ("add", "delete"):
            what = f"{what}“{(e.new or e.old or {}).get('name', '')}”"
        via = {"undo": "（撤销）", "redo": "（重做）"}.get(e.kind, "")
        print(f"{e.when}  {e.user or ''}  记录 {e.record_id}  {what}{via}")
    return 0


def run_undo(args) -> int:
    return _undo_redo(args, "undo", "撤销", "没有可撤销的修改")


def run_redo(args) -> int:
    return _undo_redo(args, "redo", "重做", "没有可重做的修改")


def _undo_redo(args, method: str, verb: str, nothing: str) -> int:
    try:
        with _open(args) as project:
            change = getattr(project, method)()
    except ProjectError as e:
        return _fail(e)
    if change is None:
        print(nothing)
        return 0
    ids = "、".join(str(i) for i in sorted(change.record_ids))
    print(f"已{verb}：{change.label}（记录 {ids}）")
    return 0


def _show(value, field: str | None = None) -> str:
    if value is None or value == "":
        return "（空）"
    if field == "status" and value in STATUSES:
        return STATUSES[value][0]
    if field == "kind" and value in KINDS:
        return KINDS[value][0]
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"
