"""What changed between two lists: added, removed, renamed, moved, and field changes.

``compare(a, b)`` matches the records (awardtool.compare.match), then reports:

* **added** — in B only; **removed** — in A only;
* **renamed** — a matched record whose name, as printed (spaces ignored: "李　丽" is 李丽),
  differs;
* **moved** — to another *group* (kind, and 奖项 when both lists carry it), or to another
  place in its group. Places are compared among the records both lists share, and only the
  fewest records that explain the new order are reported (the rest keep their relative
  order: a longest increasing subsequence), so one record moved down is one move, not the
  shift of everything it passed;
* **changed** — the fields that differ and both lists carry (see sides.py), the review
  status when both are project lists; deeds come with a character diff and counts. 序号 is
  not compared: exports renumber it, and the place in the list is what "moved" reports.

JSON contract (``Comparison.to_json()``, printed by ``awardtool stage diff --json``;
version ``"awardtool-compare/1"`` — keys are only ever added)::

    {
      "format": "awardtool-compare/1",
      "a": {"label": "公示", "source": "stage", "count": 120,
            "frozen_at": "2026-11-20T09:30:00+08:00", "frozen_by": "张三"},
      "b": {"label": "当前名单", "source": "current", "count": 119},   // source: stage|current|file (+ "path")
      "counts": {"added": 1, "removed": 2, "renamed": 1, "moved": 1, "changed": 3},
      "changes": [                     // grouped by change kind in the order above, then by place
        {"change": "renamed",          // added | removed | renamed | moved | changed
         "match": "id",                // id | name | deeds; null for added / removed
         "a": {"id": 7, "index": 6, "name": "…", "kind": "collective",
               "group": "先进集体", "place": 7},          // null for added
         "b": {…same keys…},                               // null for removed
         "old": "旧名称", "new": "新名称"},                 // renamed only
        {"change": "moved", "moved": "order",              // "order" | "group"
         "a": {…, "place": 3}, "b": {…, "place": 9}},
        {"change": "changed",
         "fields": [{"field": "position", "label": "工作单位及职务", "old": "…", "new": "…"},
                    {"field": "deeds", "label": "简要事迹", "old": "…", "new": "…",
                     "diff": {"old_chars": 612, "new_chars": 298, "removed": 320, "added": 6,
                              "ops": [["equal", "…"], ["delete", "…"], ["insert", "…"]]}}]}
      ]
    }

``index`` is the 0-based place in the whole list, ``place`` the 1-based place within its
group; ``id`` is the project's record id (null for a record read from a file). Character
counts are 字数 as clerks count them (validate.chars.count_chars). Joining the ``equal`` and
``delete`` texts of ``ops`` gives the old deeds, ``equal`` and ``insert`` the new.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from awardtool.compare.match import match
from awardtool.compare.sides import STATUS, Entry, ListSide
from awardtool.fields import FIELD_BY_KEY, KINDS
from awardtool.records import TEXT_FIELDS
from awardtool.validate.chars import count_chars
from awardtool.validate.names import strip_spaces

FORMAT = "awardtool-compare/1"
CHANGE_KINDS = ("added", "removed", "renamed", "moved", "changed")
CHANGE_LABELS = {"added": "新增", "removed": "删去", "renamed": "更名", "moved": "调整位置", "changed": "内容修改"}
# Compared as fields: every text field but the name (→ renamed) and the 奖项 (→ group), and the status.
FIELD_ORDER = tuple(k for k in TEXT_FIELDS if k not in ("name", "award")) + (STATUS,)


def field_label(key: str) -> str:
    if key == STATUS:
        return "审核状态"
    spec = FIELD_BY_KEY.get(key)
    return spec.label_zh if spec else key


@dataclass(slots=True)
class RecordRef:
    id: int | None
    index: int  # 0-based place in the whole list
    name: str
    kind: str
    group: str  # 先进集体 / 先进个人, with "：奖项" when the lists carry it
    place: int  # 1-based place within the group

    def to_json(self) -> dict:
        return {"id": self.id, "index": self.index, "name": self.name, "kind": self.kind,
                "group": self.group, "place": self.place}


@dataclass(slots=True)
class DeedsDiff:
    old_chars: int
    new_chars: int
    removed: int
    added: int
    ops: list[tuple[str, str]]  # ("equal" | "delete" | "insert", text)

    def to_json(self) -> dict:
        return {"old_chars": self.old_chars, "new_chars": self.new_chars, "removed": self.removed,
                "added": self.added, "ops": [list(op) for op in self.ops]}


@dataclass(slots=True)
class FieldChange:
    field: str
    old: str
    new: str
    diff: DeedsDiff | None = None  # deeds only

    @property
    def label(self) -> str:
        return field_label(self.field)

    def to_json(self) -> dict:
        out = {"field": self.field, "label": self.label, "old": self.old, "new": self.new}
        if self.diff is not None:
            out["diff"] = self.diff.to_json()
        return out


@dataclass(slots=True)
class Change:
    change: str  # one of CHANGE_KINDS
    a: RecordRef | None
    b: RecordRef | None
    match: str | None = None
    fields: list[FieldChange] = field(default_factory=list)  # changed
    moved: str | None = None  # "group" | "order"

    @property
    def name(self) -> str:
        """The record's name as the reader knows it now (B), else as it was (A)."""
        return (self.b or self.a).name

    @property
    def record_id(self) -> int | None:
        """The id of the record in B (the list one can open), else in A."""
        return self.b.id if self.b is not None else (self.a.id if self.a is not None else None)

    def to_json(self) -> dict:
        out = {"change": self.change, "match": self.match,
               "a": self.a.to_json() if self.a else None, "b": self.b.to_json() if self.b else None}
        if self.change == "renamed":
            out["old"], out["new"] = self.a.name, self.b.name
        if self.change == "moved":
            out["moved"] = self.moved
        if self.change == "changed":
            out["fields"] = [f.to_json() for f in self.fields]
        return out


@dataclass(slots=True)
class Comparison:
    a: ListSide
    b: ListSide
    changes: list[Change] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(CHANGE_KINDS, 0)
        for c in self.changes:
            out[c.change] += 1
        return out

    def content_only(self) -> Comparison:
        """The changes to the list's content, without review-status changes (what a 变更情况
        说明 reports: the leadership reads what the list says, not how far its review got)."""
        out = []
        for c in self.changes:
            if c.change == "changed":
                fields = [f for f in c.fields if f.field != STATUS]
                if not fields:
                    continue
                c = Change(c.change, c.a, c.b, c.match, fields, c.moved)
            out.append(c)
        return Comparison(self.a, self.b, out)

    def of_kind(self, kind: str) -> list[Change]:
        return [c for c in self.changes if c.change == kind]

    def to_json(self) -> dict:
        return {"format": FORMAT, "a": self.a.to_json(), "b": self.b.to_json(), "counts": self.counts,
                "changes": [c.to_json() for c in self.changes]}


def deeds_diff(old: str, new: str) -> DeedsDiff:
    """A character diff of two deeds texts with the clerk's counts."""
    ops: list[tuple[str, str]] = []
    removed = added = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("equal", old[i1:i2]))
            continue
        if i2 > i1:
            ops.append(("delete", old[i1:i2]))
            removed += count_chars(old[i1:i2])
        if j2 > j1:
            ops.append(("insert", new[j1:j2]))
            added += count_chars(new[j1:j2])
    return DeedsDiff(count_chars(old), count_chars(new), removed, added, ops)


def field_changes(a: Entry, b: Entry, fields: Sequence[str]) -> list[FieldChange]:
    """The fields (of ``fields``, in that order) whose values differ between two entries."""
    out = []
    for key in fields:
        old, new = a.value(key), b.value(key)
        if old != new:
            out.append(FieldChange(key, old, new, deeds_diff(old, new) if key == "deeds" else None))
    return out


def compared_fields(a: ListSide, b: ListSide, kind_a: str, kind_b: str) -> list[str]:
    both = a.carried(kind_a) & b.carried(kind_b)
    return [k for k in FIELD_ORDER if k in both]


def _printed_name(name: str) -> str:
    return strip_spaces(name or "")


def compare(a: ListSide, b: ListSide) -> Comparison:
    """Everything that changed from list ``a`` to list ``b``."""
    ea, eb = a.entries, b.entries
    pairs = match(ea, eb)
    use_award = all("award" in side.carried(kind) for side in (a, b) for kind in KINDS)

    def group(e: Entry) -> tuple[str, str]:
        return (e.record.kind, e.value("award") if use_award else "")

    groups_a, groups_b = [group(e) for e in ea], [group(e) for e in eb]
    place_a, place_b = _places(groups_a), _places(groups_b)
    awards_of: dict[str, set[str]] = {}
    for kind, award in set(groups_a) | set(groups_b):
        awards_of.setdefault(kind, set()).add(award)

    def ref(side: list[Entry], groups, places, i: int) -> RecordRef:
        e = side[i]
        kind, award = groups[i]
        # a group is named by its 奖项 only where the kind has several; else 先进集体 / 先进个人
        label = award if award and len(awards_of[kind]) > 1 else KINDS.get(kind, (kind,))[0]
        # a person's name as printed in a list ("李　丽") is the name (李丽)
        name = _printed_name(e.record.name) if kind == "individual" else (e.record.name or "").strip()
        return RecordRef(e.id, e.index, name, kind, label, places[i])

    def ref_a(i: int) -> RecordRef:
        return ref(ea, groups_a, place_a, i)

    def ref_b(j: int) -> RecordRef:
        return ref(eb, groups_b, place_b, j)

    matched_a = {i for i, _, _ in pairs}
    matched_b = {j for _, j, _ in pairs}
    added = [Change("added", None, ref_b(j)) for j in range(len(eb)) if j not in matched_b]
    removed = [Change("removed", ref_a(i), None) for i in range(len(ea)) if i not in matched_a]

    renamed, moved, changed = [], [], []
    same_group: dict[tuple, list[tuple[int, int, str]]] = {}
    fields_for: dict[tuple[str, str], list[str]] = {}
    for i, j, how in pairs:
        x, y = ea[i], eb[j]
        if _printed_name(x.record.name) != _printed_name(y.record.name):
            renamed.append(Change("renamed", ref_a(i), ref_b(j), how))
        if groups_a[i] != groups_b[j]:
            moved.append(Change("moved", ref_a(i), ref_b(j), how, moved="group"))
        else:
            same_group.setdefault(groups_a[i], []).append((i, j, how))
        kinds = (x.record.kind, y.record.kind)
        if kinds not in fields_for:
            fields_for[kinds] = compared_fields(a, b, *kinds)
        diffs = field_changes(x, y, fields_for[kinds])
        if diffs:
            changed.append(Change("changed", ref_a(i), ref_b(j), how, diffs))
    for members in same_group.values():
        members.sort()  # by place in A
        keep = _longest_increasing([j for _, j, _ in members])
        moved += [Change("moved", ref_a(i), ref_b(j), how, moved="order")
                  for k, (i, j, how) in enumerate(members) if k not in keep]

    def by_b(c: Change) -> int:
        return c.b.index

    out = added + sorted(removed, key=lambda c: c.a.index)
    out += sorted(renamed, key=by_b) + sorted(moved, key=by_b) + sorted(changed, key=by_b)
    return Comparison(a, b, out)


def _places(groups: list[tuple]) -> list[int]:
    seen: dict[tuple, int] = {}
    out = []
    for g in groups:
        seen[g] = seen.get(g, 0) + 1
        out.append(seen[g])
    return out


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of one longest strictly increasing subsequence of ``values`` (O(n log n))."""
    tails: list[int] = []  # tails[k]: the smallest last value of an increasing run of length k+1
    tail_pos: list[int] = []
    prev = [-1] * len(values)
    for k, v in enumerate(values):
        t = bisect_left(tails, v)
        if t == len(tails):
            tails.append(v)
            tail_pos.append(k)
        else:
            tails[t] = v
            tail_pos[t] = k
        prev[k] = tail_pos[t - 1] if t else -1
    out = set()
    k = tail_pos[-1] if tail_pos else -1
    while k >= 0:
        out.add(k)
        k = prev[k]
    return out
