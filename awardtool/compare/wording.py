"""How a change is said in Chinese: one sentence per change, shared by the command line, the
Word 变更情况说明, the Excel sheet and the window's detail pane, so every place reports a
change in the same words."""

from __future__ import annotations

from collections.abc import Sequence

from awardtool.compare.diff import CHANGE_KINDS, CHANGE_LABELS, Change, Comparison, FieldChange, RecordRef
from awardtool.compare.sides import STATUS, ListSide
from awardtool.export.word_text import format_date
from awardtool.fields import STATUSES

QUOTE_MAX = 40  # longer field values are quoted up to here, with "…"


def quote(text: str, limit: int = QUOTE_MAX) -> str:
    text = " ".join(text.split("\n"))
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def place_text(ref: RecordRef) -> str:
    """"先进集体第3位"."""
    return f"{ref.group}第{ref.place}位"


def side_text(side: ListSide) -> str:
    """"“公示”阶段（2026年11月20日 张三冻结，120条）" / "当前名单（119条）" / "文件“名单.docx”（…）"."""
    if side.source == "stage":
        when = format_date(side.frozen_at[:10]) if side.frozen_at else ""
        who = f" {side.frozen_by}" if side.frozen_by else ""
        return f"“{side.label}”阶段（{when}{who}冻结，{len(side.entries)}条）".replace("（ ", "（")
    if side.source == "file":
        return f"文件“{side.label}”（{len(side.entries)}条）"
    return f"{side.label}（{len(side.entries)}条）"


def counts_text(comparison: Comparison) -> str:
    """"新增1条、删去2条、更名1条、调整位置1条、内容修改3条" (kinds with none left out)."""
    counts = comparison.counts
    parts = [f"{CHANGE_LABELS[k]}{counts[k]}条" for k in CHANGE_KINDS if counts[k]]
    return "、".join(parts) if parts else "没有变化"


def value_text(fc: FieldChange, value: str) -> str:
    if fc.field == STATUS:
        return STATUSES.get(value, (value,))[0]
    return value


def field_text(fc: FieldChange) -> str:
    """One field's change: deeds by counts, other fields old → new."""
    if fc.diff is not None:
        d = fc.diff
        if not fc.old:
            return f"补充了{fc.label}（{d.new_chars}字）"
        if not fc.new:
            return f"删去了{fc.label}（原{d.old_chars}字）"
        verb = "删减为" if d.new_chars < d.old_chars else ("增加为" if d.new_chars > d.old_chars else "改为")
        parts = [f"删去{d.removed}字"] if d.removed else []
        parts += [f"新增{d.added}字"] if d.added else []
        return f"{fc.label}由{d.old_chars}字{verb}{d.new_chars}字（{'、'.join(parts)}）"
    old, new = value_text(fc, fc.old), value_text(fc, fc.new)
    if not old:
        return f"补充了{fc.label}{quote(new)}"
    if not new:
        return f"删去了{fc.label}（原为{quote(old)}）"
    return f"{fc.label}由{quote(old)}改为{quote(new)}"


def change_text(change: Change) -> str:
    """The change as one sentence, naming the record."""
    a, b = change.a, change.b
    if change.change == "added":
        return f"{b.name}（{place_text(b)}）"
    if change.change == "removed":
        return f"{a.name}（原{place_text(a)}）"
    if change.change == "renamed":
        return f"“{a.name}”更名为“{b.name}”"
    if change.change == "moved":
        if change.moved == "group":
            return f"{b.name}由“{a.group}”调至“{b.group}”（{place_text(b)}）"
        return f"{b.name}由{place_text(a)}调至第{b.place}位"
    return f"{b.name}：" + "；".join(field_text(fc) for fc in change.fields)


def since_lines(fields: Sequence[FieldChange]) -> list[tuple[str, str]]:
    """(field key, sentence) per changed field, for "since 公示: …" beside a record's form."""
    return [(fc.field, field_text(fc)) for fc in fields]
