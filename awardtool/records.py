"""Records: one nominated unit (先进集体) or person (先进个人), the unit of review and export.

A record keeps the author's wording exactly as extracted; cleanup is a separate, visible
step (awardtool.validate). ``source`` says where the record starts in its document and
``field_sources`` where each field's text came from, so the window can highlight it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from awardtool.document import Loc

# Text fields in form order; the JSON contract of `awardtool extract` uses these keys.
TEXT_FIELDS = (
    "name", "region", "city", "deeds", "gender", "ethnicity", "birth", "politics", "education",
    "position", "unit_type", "leader", "staff", "recommender", "award", "honours", "notes",
)


@dataclass(slots=True)
class FieldSource:
    """Where one field's text came from: a block of the document and, optionally, the
    character span inside that block's text (end exclusive)."""

    block: int
    loc: Loc
    start: int | None = None
    end: int | None = None

    def to_json(self) -> dict:
        out = {"block": self.block, **self.loc.to_json()}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out

    @classmethod
    def from_json(cls, data: dict) -> FieldSource:
        return cls(
            block=data["block"],
            loc=Loc.from_json(data),
            start=data.get("start"),
            end=data.get("end"),
        )


@dataclass(slots=True)
class Record:
    name: str
    kind: str = "collective"  # "collective" | "individual"
    seq: int | None = None
    region: str | None = None  # full province-level name: 四川省, 内蒙古自治区, 北京市
    city: str | None = None  # 成都市
    deeds: str = ""  # paragraphs separated by "\n"
    gender: str | None = None  # 男 / 女
    ethnicity: str | None = None  # 汉族, 朝鲜族 …
    birth: str | None = None  # 出生年月, e.g. 1975.03
    politics: str | None = None  # 政治面貌
    education: str | None = None  # 文化程度 / 学历
    position: str | None = None  # 工作单位及职务
    unit_type: str | None = None  # 单位性质
    leader: str | None = None  # 负责人 (of a collective)
    staff: str | None = None  # 职工人数 (of a collective), as written
    recommender: str | None = None  # 推荐单位
    award: str | None = None  # award / list heading the record was filed under
    honours: str | None = None  # 曾获何种奖励: earlier honours, never the award nominated for
    notes: str = ""
    source: FieldSource | None = None  # where the record starts
    field_sources: dict[str, FieldSource] = field(default_factory=dict)
    # How sure the extractor is of each field it filled (0–1) and why (a stable reason code,
    # see awardtool.extract.confidence): the window marks the uncertain ones for review.
    confidence: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        out = {
            "seq": self.seq,
            "kind": self.kind,
            "name": self.name,
            "region": self.region,
            "city": self.city,
            "deeds": self.deeds,
            "source": self.source.to_json() if self.source else None,
        }
        for key in TEXT_FIELDS:
            out.setdefault(key, getattr(self, key))
        out["field_sources"] = {k: v.to_json() for k, v in self.field_sources.items()}
        out["confidence"] = dict(self.confidence)
        out["confidence_reasons"] = dict(self.reasons)
        return out

    @classmethod
    def from_json(cls, data: dict) -> Record:
        names = cls.__match_args__  # every field, without dataclasses.fields()' cost per record
        kwargs = {k: v for k, v in data.items() if k in names and k not in ("source", "field_sources", "confidence", "reasons")}
        rec = cls(**kwargs)
        rec.confidence = dict(data.get("confidence") or {})
        rec.reasons = dict(data.get("confidence_reasons") or {})
        if data.get("source"):
            rec.source = FieldSource.from_json(data["source"])
        rec.field_sources = {k: FieldSource.from_json(v) for k, v in (data.get("field_sources") or {}).items()}
        return rec

    def values(self) -> dict:
        """The editable values only (no source locations): what the store journals."""
        d = asdict(self)
        for meta in ("source", "field_sources", "confidence", "reasons"):
            d.pop(meta)
        return d
