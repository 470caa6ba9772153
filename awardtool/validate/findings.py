"""What the clerk's rules report: findings, the safe fixes attached to them, and the changes
a cleanup made.

Every finding carries a stable ``code`` (the window translates and groups by it, exports
decide by ``severity``) plus a Chinese message naming the concrete problem, the field and
the exact character span, so the window can highlight it beside the document and offer the
fix as one undoable edit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from awardtool.fields import FIELD_BY_KEY

# code → (severity, short Chinese title). Severities: "error" blocks an export, "warning"
# asks the clerk to look, "info" is advice. Codes are a contract: never rename one.
CODES: dict[str, tuple[str, str]] = {
    "required_missing": ("error", "必填项为空"),
    "deeds_too_long": ("warning", "简要事迹超过字数上限"),
    "halfwidth_punct": ("warning", "中文中使用了半角标点"),
    "cjk_space": ("warning", "中文中有多余空格"),
    "edge_space": ("info", "首尾有多余空格"),
    "name_padding": ("info", "姓名中有对齐用空格"),
    "unbalanced_pair": ("warning", "引号或括号不配对"),
    "markup_debris": ("warning", "残留网页标记"),
    "truncated_text": ("warning", "文字疑似被截断"),
    "repeated_line": ("warning", "段落重复"),
    "orphan_numbering": ("warning", "孤立的序号"),
    "name_not_unit": ("warning", "集体名称不像单位名称"),
    "name_not_person": ("warning", "个人姓名格式异常"),
    "duplicate": ("warning", "重复推荐"),
    "region_mismatch": ("warning", "所在地区与名称不符"),
    "date_leading_zero": ("warning", "日期月、日编了虚位"),
}


def field_label(key: str) -> str:
    spec = FIELD_BY_KEY.get(key)
    return spec.label_zh if spec else key


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``field[start:end]`` with ``replacement`` (a whole-field replacement is the
    span 0..len). Offsets refer to the field text the finding was computed on."""

    field: str
    start: int
    end: int
    replacement: str

    @classmethod
    def whole(cls, field: str, old_text: str, new_text: str) -> Fix:
        return cls(field, 0, len(old_text), new_text)

    def apply(self, text: str) -> str:
        return text[: self.start] + self.replacement + text[self.end :]

    def to_json(self) -> dict:
        return {"field": self.field, "start": self.start, "end": self.end, "replacement": self.replacement}


@dataclass(frozen=True, slots=True)
class RecordRef:
    """Where a record lives in the batch: the document path and the record's index in that
    document (0-based), with its displayed 序号 when it has one."""

    path: str
    index: int
    seq: int | None = None
    name: str = ""

    def describe(self) -> str:
        from pathlib import PurePath

        number = self.seq if self.seq is not None else self.index + 1
        return f"{PurePath(self.path).name} 第{number}条"

    def to_json(self) -> dict:
        return {"path": self.path, "index": self.index, "seq": self.seq, "name": self.name}


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    severity: str
    field: str
    start: int
    end: int
    message: str
    fix: Fix | None = None
    refs: tuple[RecordRef, ...] = field(default=())

    def to_json(self) -> dict:
        out = {
            "code": self.code,
            "severity": self.severity,
            "field": self.field,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "fix": self.fix.to_json() if self.fix else None,
        }
        if self.refs:
            out["refs"] = [p.to_json() for p in self.refs]
        return out


def finding(code: str, field: str, start: int, end: int, message: str, fix: Fix | None = None,
            refs: tuple[RecordRef, ...] = ()) -> Finding:
    """Build a finding with the severity the code table assigns."""
    return Finding(code, CODES[code][0], field, start, end, message, fix, refs)


@dataclass(frozen=True, slots=True)
class Change:
    """One edit a cleanup made: ``old`` at ``field[start:end]`` of the text before the cleanup
    became ``new``. Enough for the window to show it and to undo it."""

    field: str
    start: int
    end: int
    old: str
    new: str

    def to_json(self) -> dict:
        return {"field": self.field, "start": self.start, "end": self.end, "old": self.old, "new": self.new}
