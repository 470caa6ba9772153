"""Comparing two versions of a list — two stages, a stage and the current list, or the
project and an external 名单 / 汇总表 — and reporting what changed (Qt-free).

``resolve(project, spec)`` turns what a clerk names ("公示", "current", "名单.docx") into a
``ListSide``; ``compare(a, b)`` returns a ``Comparison`` whose ``to_json()`` is the stable
contract documented in awardtool.compare.diff.
"""

from __future__ import annotations

from pathlib import Path

from awardtool.compare.diff import (
    CHANGE_KINDS, CHANGE_LABELS, Change, Comparison, DeedsDiff, FieldChange, RecordRef, compare, deeds_diff,
    field_changes, field_label,
)
from awardtool.compare.sides import CURRENT_LABEL, CompareError, Entry, ListSide, from_file, from_records, from_stage, from_stored


def resolve(project, spec: str) -> ListSide:
    """"current"/"当前" → the current list; a stage's name → that stage; else a file path."""
    from awardtool.store import ProjectError, stages

    text = (spec or "").strip()
    if text.lower() in stages.CURRENT_NAMES:
        return from_stored(project.records())
    try:
        return from_stage(stages.load(project, text))
    except ProjectError as e:
        if e.code != "no_stage":
            raise CompareError(e.code, e.message) from e
        missing = e.message
    if Path(text).suffix and Path(text).exists():
        return from_file(text)
    if Path(text).suffix:
        raise CompareError("not_found", f"找不到文件“{text}”，项目中也没有这个名称的阶段。")
    raise CompareError("no_stage", missing)


__all__ = [
    "CHANGE_KINDS", "CHANGE_LABELS", "CURRENT_LABEL", "Change", "CompareError", "Comparison", "DeedsDiff", "Entry",
    "FieldChange", "ListSide", "RecordRef", "compare", "deeds_diff", "field_changes", "field_label", "from_file",
    "from_records", "from_stage", "from_stored", "resolve",
]
