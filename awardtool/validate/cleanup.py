"""The visible cleanup: apply the safe edits to a record and report every change.

A record keeps the author's wording as extracted; this step is explicit so the clerk sees
what changed (old span → new text) and can undo it. Rules run until nothing changes (markup
removal can expose a space next to Chinese text), so fixing twice changes nothing more.
"""

from __future__ import annotations

import copy

from awardtool.records import TEXT_FIELDS, Record
from awardtool.validate.findings import Change, Fix
from awardtool.validate.text_rules import safe_edits

_MAX_ROUNDS = 8  # each round strictly shortens or settles the text; 8 is far more than seen


def fix_text(text: str, *, person_name: bool = False) -> tuple[str, list[tuple[int, int, str, str]]]:
    """The text after all safe edits and the edits as (start, end, old, new) in the original
    text's offsets. Each original character is tracked through the rounds, so changes made
    over several rounds still map back to exact spans of the text the clerk saw."""
    chars = list(text)
    origin: list[int | None] = list(range(len(text)))
    for _ in range(_MAX_ROUNDS):
        current = "".join(chars)
        edits = safe_edits(current, person_name=person_name)
        if not edits:
            break
        for e in reversed(edits):
            chars[e.start : e.end] = list(e.replacement)
            origin[e.start : e.end] = [None] * len(e.replacement)
    new = "".join(chars)
    changes = []
    prev = 0  # original offset just after the last unchanged character
    pending: list[str] = []
    for ch, o in zip(chars, origin):
        if o is None:
            pending.append(ch)
            continue
        if o != prev or pending:
            changes.append((prev, o, text[prev:o], "".join(pending)))
        pending = []
        prev = o + 1
    if prev != len(text) or pending:
        changes.append((prev, len(text), text[prev:], "".join(pending)))
    return new, changes


def _text_fields(record: Record):
    for key in TEXT_FIELDS:
        value = getattr(record, key)
        if isinstance(value, str) and value:
            yield key, value


def fix_record(record: Record) -> tuple[Record, list[Change]]:
    """A copy of ``record`` with the safe fixes applied (punctuation width, stray spaces,
    markup), and the list of changes in field order. The input record is not modified."""
    new = copy.deepcopy(record)
    changes: list[Change] = []
    for key, value in _text_fields(record):
        fixed, edits = fix_text(value, person_name=key == "name" and record.kind == "individual")
        if fixed != value:
            setattr(new, key, fixed)
            changes.extend(Change(key, s, e, old, repl) for s, e, old, repl in edits)
    return new, changes


def apply_fixes(record: Record, fixes: list[Fix]) -> Record:
    """A copy of ``record`` with several fixes from one check applied at once (e.g. "fix all
    half-width punctuation"). Fixes on the same field are applied right to left so their
    offsets stay valid; a fix overlapping one already applied is skipped."""
    new = copy.deepcopy(record)
    by_field: dict[str, list[Fix]] = {}
    for f in fixes:
        by_field.setdefault(f.field, []).append(f)
    for key, group in by_field.items():
        text = getattr(new, key) or ""
        limit = len(text) + 1
        for f in sorted(group, key=lambda f: (f.start, f.end), reverse=True):
            if f.end <= limit and f.end <= len(text):
                text = f.apply(text)
                limit = f.start
        setattr(new, key, text)
    return new
