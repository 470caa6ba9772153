"""Cross-record checks over the whole batch: the same unit or person nominated twice.

Two spellings count as the same when they only differ in width (（ vs ( ), spaces, 繁/简, or
a province prefix one of them leaves out (四川省成都市机关事务管理局 / 成都市机关事务管理局).
Two units that differ *only* by province (北京市机关事务管理局 / 天津市机关事务管理局) are
different units, and two people with one name but different 工作单位 are different people.
"""

from __future__ import annotations

from collections.abc import Iterable

from awardtool.records import Record
from awardtool.regions import resolve
from awardtool.validate.findings import Finding, RecordRef, finding
from awardtool.validate.names import leading_province, normalise


def name_identity(record: Record) -> tuple[str, str | None, str]:
    """(key without province prefix, province if known, normalised position): what two
    spellings of one unit or person share. Also used to match records between two stages
    of a list (awardtool.compare)."""
    name = normalise(record.name)
    province, length = leading_province(name)
    key = name[length:] if province and len(name) - length >= 2 else name
    if province is None and record.region:
        province = resolve(record.region)[0]
    position = normalise(record.position or "")
    if position:
        prov, plen = leading_province(position)
        position = position[plen:] if prov else position
    return key, province, position


def same_identity(a: tuple[str, str | None, str], b: tuple[str, str | None, str], kind: str) -> bool:
    """Do two ``name_identity`` keys with the same name key name the same unit or person?"""
    if a[1] and b[1] and a[1] != b[1]:
        return False
    if kind == "individual" and a[2] and b[2] and a[2] not in b[2] and b[2] not in a[2]:
        return False
    return True


def check_batch(records_with_places: Iterable[tuple[Record, RecordRef]]) -> list[Finding]:
    """One ``duplicate`` finding per group of records that name the same unit or person,
    naming every place (document and record number) in the group."""
    buckets: dict[tuple[str, str], list[tuple[Record, RecordRef, tuple]]] = {}
    for record, place in records_with_places:
        if not (record.name or "").strip():
            continue
        ident = name_identity(record)
        buckets.setdefault((record.kind, ident[0]), []).append((record, place, ident))
    out = []
    for (kind, _), items in buckets.items():
        groups: list[list[tuple[Record, RecordRef, tuple]]] = []
        for item in items:
            for g in groups:
                if all(same_identity(item[2], other[2], kind) for other in g):
                    g.append(item)
                    break
            else:
                groups.append([item])
        for g in groups:
            if len(g) < 2:
                continue
            first = g[0][0]
            where = "；".join(
                f"{p.describe()}" + (f"（写作“{r.name}”）" if r.name != first.name else "") for r, p, _ in g
            )
            what = "个人" if kind == "individual" else "集体"
            refs = tuple(RecordRef(p.path, p.index, p.seq, r.name) for r, p, _ in g)
            out.append(finding("duplicate", "name", 0, len(first.name),
                               f"{what}“{first.name}”重复推荐 {len(g)} 次：{where}", refs=refs))
    return out
