"""The 变更情况说明 in Word: what changed between two versions of a list, in the official
format, for the leadership and the 公示 情况说明.

Layout: title (2号小标宋), an opening paragraph naming both lists and the counts, then one
section per kind of change ("一、新增（先进集体1个、先进个人1名）" in 黑体) with every
entry numbered "1." in 仿宋 and named, then the unsealed 署名 and 成文日期. Page, grid,
fonts, styles and page numbers are the list export's (awardtool.export.word and
docx_format): this module only decides the words, which come from awardtool.compare.wording
like everywhere else a change is reported.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from lxml import etree

from awardtool.compare import CHANGE_KINDS, CHANGE_LABELS, Change, Comparison
from awardtool.compare.wording import change_text, counts_text, side_text
from awardtool.export.docx_format import CHAR_W, STYLE_BODY, STYLE_HEADING1, STYLE_TITLE, w
from awardtool.export.word import _p, _signature, write_document
from awardtool.export.word_text import KIND_LABEL, KIND_ORDER, count_text, default_title, format_date
from docx.oxml.ns import qn

CHINESE_NUMERALS = "一二三四五六七八九十"


def default_changes_title(comparison: Comparison) -> str:
    """"全国机关事务工作先进集体名单变更情况说明" from the newer list's award, else by kinds."""
    records = [e.record for e in (comparison.b.entries or comparison.a.entries)]
    return default_title(records, "名单变更情况说明") if records else "名单变更情况说明"


def kinds_count_text(changes: Sequence[Change]) -> str:
    """"先进集体2个、先进个人1名": the records of these changes by kind."""
    counts: dict[str, int] = {}
    for c in changes:
        kind = (c.b or c.a).kind
        counts[kind] = counts.get(kind, 0) + 1
    parts = [f"{KIND_LABEL[k]}{count_text(k, counts[k])}" for k in KIND_ORDER if counts.get(k)]
    parts += [f"{k} {n}条" for k, n in counts.items() if k not in KIND_ORDER]
    return "、".join(parts)


def _opening(comparison: Comparison) -> str:
    a, b = side_text(comparison.a), side_text(comparison.b)
    if not comparison.changes:
        return f"与{a}相比，{b}没有变化。"
    return f"与{a}相比，{b}共有变化{len(comparison.changes)}处：{counts_text(comparison)}。现将具体情况说明如下。"


def _content(comparison: Comparison, title: str, issuer: str, date: str) -> list[etree._Element]:
    out = [_p(STYLE_TITLE, title), _p(STYLE_BODY), _p(STYLE_BODY, _opening(comparison))]
    section = 0
    for kind in CHANGE_KINDS:
        items = comparison.of_kind(kind)
        if not items:
            continue
        heading = f"{CHINESE_NUMERALS[section]}、{CHANGE_LABELS[kind]}（{kinds_count_text(items)}）"
        out.append(_indented(_p(STYLE_HEADING1, heading)))
        section += 1
        out.extend(_p(STYLE_BODY, f"{n}.{change_text(c)}。") for n, c in enumerate(items, start=1))
    out.append(_p(STYLE_BODY))
    out += _signature(issuer, date)
    return out


def _indented(p: etree._Element) -> etree._Element:
    """A "一、" heading inside a document's body starts two characters in, like its paragraphs
    (the list's kind headings, which this style is made for, stand flush left)."""
    w("ind", p.find(qn("w:pPr")), firstLine=2 * CHAR_W)
    return p


def export_changes_docx(
    comparison: Comparison,
    path: str | Path,
    *,
    title: str | None = None,
    issuer: str = "",
    date: dt.date | str | None = None,
    template: str | Path | None = None,
) -> Path:
    """Write the 变更情况说明 to ``path`` (atomically). Raises ExportError for the clerk.
    Review-status changes are left out (``Comparison.content_only``)."""
    comparison = comparison.content_only()
    path = Path(path)
    write_document(template, _content(comparison, title or default_changes_title(comparison), issuer,
                                      format_date(date or dt.date.today())), path)
    return path
