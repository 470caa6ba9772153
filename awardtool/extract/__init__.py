"""Extract: documents → records.

``extract(doc)`` decides whether a document is a list (拟表彰名单, 推荐名单, 汇总表, name-only
lists) or a narrative (one unit's or person's 事迹材料) and returns its records. It keeps the
author's wording; punctuation cleanup is awardtool.validate's visible step.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from awardtool.document import Document, Notice
from awardtool.records import Record


@dataclass(slots=True)
class Extraction:
    kind: str = "unknown"  # "list" | "narrative" | "unknown"
    title: str | None = None
    records: list[Record] = field(default_factory=list)
    warnings: list[Notice] = field(default_factory=list)


def extract(doc: Document) -> Extraction:
    return Extraction()
