"""Which record of list A is which record of list B.

Three passes, each over what the previous left unmatched:

1. **identity** — the same record id (both sides from the project: stages, current list);
2. **name** — the duplicate matcher's rules (``validate.duplicates.name_identity``: width,
   spaces, 简繁, a province prefix one spelling leaves out; a province both name and that
   differs, or two people of one name in different units, are *not* the same);
3. **deeds** — a record renamed in a file that has no ids (an exported 事迹表 or 汇总表) is
   still the same record when its deeds are: at least ``DEEDS_MIN_SHARE`` of the character
   pairs of the shorter deeds occur in the other, and as many of its characters in the same
   order (shortening to a word limit keeps most of
   them; two different units' deeds share common phrases, far fewer), and the two names
   share at least ``NAME_MIN_SHARE`` of the shorter one's characters (a corrected name keeps
   much of the old one; this keeps formulaic deeds from pairing two unrelated units).

A 名单 that prints names only cannot tell a renamed unit from a replaced one: there the
rename shows as one removal and one addition, which is what the file can prove.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from awardtool.compare.sides import Entry
from awardtool.records import Record
from awardtool.validate.chars import count_chars
from awardtool.validate.duplicates import name_identity, same_identity
from awardtool.validate.names import strip_spaces

DEEDS_MIN_SHARE = 0.7
NAME_MIN_SHARE = 0.3
DEEDS_MIN_CHARS = 20  # shorter deeds say too little to identify a record by


def match(a: Sequence[Entry], b: Sequence[Entry]) -> list[tuple[int, int, str]]:
    """Pairs (index in ``a``, index in ``b``, how: "id" | "name" | "deeds"), each index at most once."""
    pairs: list[tuple[int, int, str]] = []
    used_a: set[int] = set()
    used_b: set[int] = set()

    def take(i: int, j: int, how: str) -> None:
        pairs.append((i, j, how))
        used_a.add(i)
        used_b.add(j)

    by_id = {e.id: j for j, e in enumerate(b) if e.id is not None}
    for i, e in enumerate(a):
        j = by_id.get(e.id) if e.id is not None else None
        if j is not None:
            take(i, j, "id")

    _match_names(a, b, used_a, used_b, take)
    _match_deeds(a, b, used_a, used_b, take)
    return pairs


def _visible(entry: Entry) -> Record:
    """The record as its side knows it: fields a file does not carry are left out, so an
    inferred region cannot veto a match."""
    if entry.known is None:
        return entry.record
    rec = entry.record
    return Record(name=rec.name, kind=rec.kind,
                  region=rec.region if "region" in entry.known else None,
                  position=rec.position if "position" in entry.known else None)


def _match_names(a, b, used_a, used_b, take) -> None:
    buckets: dict[str, list[tuple[int, tuple]]] = {}
    for j, e in enumerate(b):
        if j not in used_b and (e.record.name or "").strip():
            ident = name_identity(_visible(e))
            buckets.setdefault(ident[0], []).append((j, ident))
    if not buckets:
        return
    for i, e in enumerate(a):
        if i in used_a or not (e.record.name or "").strip():
            continue
        ident = name_identity(_visible(e))
        candidates = [(j, other) for j, other in buckets.get(ident[0], ()) if j not in used_b]
        fits = [j for j, other in candidates if same_identity(ident, other, e.record.kind)]
        if fits:  # of several spellings, the one of the same kind first, then list order
            fits.sort(key=lambda j: (b[j].record.kind != e.record.kind, j))
            take(i, fits[0], "name")


def _bigrams(text: str) -> frozenset[str]:
    text = "".join(ch for ch in text if not ch.isspace())
    return frozenset(text[k:k + 2] for k in range(len(text) - 1))


def _ordered_share(x: str, y: str) -> float:
    """Characters of the shorter text found, in order, in the other (difflib's matching blocks)."""
    blocks = SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / min(len(x), len(y))


def _match_deeds(a, b, used_a, used_b, take) -> None:
    def usable(e: Entry) -> str:
        deeds = e.value("deeds")
        return deeds if count_chars(deeds) >= DEEDS_MIN_CHARS else ""

    def features(e: Entry, deeds: str) -> tuple:
        return e.record.kind, _bigrams(deeds), frozenset(strip_spaces(e.record.name))

    deeds_a = {i: d for i, e in enumerate(a) if i not in used_a and (d := usable(e))}
    deeds_b = {j: d for j, e in enumerate(b) if j not in used_b and (d := usable(e))}
    left = [(i, *features(a[i], d)) for i, d in deeds_a.items()]
    right = [(j, *features(b[j], d)) for j, d in deeds_b.items()]
    scored = []
    for i, kind_a, grams_a, chars_a in left:
        for j, kind_b, grams_b, chars_b in right:
            if kind_a != kind_b or len(chars_a & chars_b) < NAME_MIN_SHARE * min(len(chars_a), len(chars_b)):
                continue
            if len(grams_a & grams_b) < DEEDS_MIN_SHARE * min(len(grams_a), len(grams_b)):
                continue  # the cheap filter; then the share in order (stock phrases reshuffled do not count)
            share = _ordered_share(deeds_a[i], deeds_b[j])
            if share >= DEEDS_MIN_SHARE:
                scored.append((-share, i, j))
    for _, i, j in sorted(scored):  # best pairs first; each record once
        if i not in used_a and j not in used_b:
            take(i, j, "deeds")
