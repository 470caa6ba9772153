"""Word export in the official format: the 名单, the 简要事迹表 and the 公示 around a 名单.

Qt-free: the window and ``awardtool export`` call :func:`export_docx`. The file is written
through :func:`atomic_target` (an existing file is replaced only by a complete new one) and
then read back and compared with the records; every difference is listed in the report.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from lxml import etree

from awardtool.export.atomic import ExportError, atomic_target
from awardtool.export.docx_format import (
    CHAR_W,
    CONDENSE_3HAO,
    GRID_CHAR,
    LINE_CHARS,
    SQUEEZE,
    TITLE_CHARS,
    STYLE_BODY,
    STYLE_COUNT,
    STYLE_ENTRY,
    STYLE_HEADING1,
    STYLE_HEADING2,
    STYLE_LABEL,
    STYLE_SIGNATURE,
    STYLE_TITLE,
    apply_official_format,
    ensure_styles,
    w,
)
from awardtool.export.docx_table import build_deeds_table
from awardtool.export.docx_verify import verify_docx
from awardtool.export.ordering import order_records, region_label
from awardtool.export.word_text import (
    CHINESE_NUMERALS,
    KIND_LABEL,
    count_text,
    default_title,
    entry_hang,
    entry_text,
    format_date,
    kind_award,
    split_kinds,
    text_width,
    title_lines,
    xml_safe,
)
from awardtool.records import Record
from docx.oxml.ns import qn

FORMS = ("名单", "事迹表", "公示")


@dataclass(slots=True)
class ExportReport:
    path: Path
    form: str
    count: int
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences


@dataclass(slots=True)
class Options:
    form: str
    title: str | None
    group_by: str | None
    order_by: str
    attachment: str | None
    notice: Mapping | None
    kind_titles: dict[str, str] = field(default_factory=dict)  # non-empty: one 附件 per kind


def export_docx(
    records: Iterable[Record],
    path: str | Path,
    *,
    form: str = "名单",
    title: str | None = None,
    group_by: str | None = None,
    order_by: str = "input",
    attachment: str | None = None,
    template: str | Path | None = None,
    notice: Mapping | None = None,
    kind_titles: Mapping[str, str] | None = None,
) -> ExportReport:
    """Write ``records`` as a .docx at ``path`` and check the written file.

    ``form``: "名单" (names only), "事迹表" (序号 / 名称 / 简要事迹 table) or "公示" (a notice
    with the 名单 as its attachment on a new page; ``notice`` gives 事项, 发布单位, 公示期,
    联系电话, 地址, 邮编, 电子邮箱, date). ``attachment`` ("附件1") prints the 附件 label at
    the top left with the title on line 3. ``template``: a clerk's .docx whose styles, page
    setup, header and footer are kept. ``kind_titles`` (kind → title): 集体 and 个人 as two
    attachments, 附件1 and 附件2, each with its own title and count. Raises :class:`ExportError` (Chinese message) when
    nothing could be written; the existing file is then untouched.
    """
    if form not in FORMS:
        raise ExportError(f"未知的导出样式“{form}”，可选：{'、'.join(FORMS)}。")
    records = list(records)
    if not records:
        raise ExportError("没有可导出的记录。")
    try:
        order_records([], group_by=group_by, order_by=order_by)
    except ValueError as e:
        raise ExportError(f"排序或分组方式无效（{e}）。") from e
    opts = Options(form, title, group_by, order_by, attachment, notice, dict(kind_titles or {}))
    path = Path(path)
    differences = write_document(template, _content(records, opts), path,
                                 lambda tmp: verify_docx(tmp, _expected(records, opts)))
    return ExportReport(path, form, len(records), differences)


def write_document(template: str | Path | None, content, path: Path, check=None):
    """The official-format document (or the clerk's ``template``) with ``content`` (body
    elements) before its section properties, saved atomically to ``path``. ``check`` reads
    the written temp file back before it replaces ``path``; its result is returned. Every
    Word export writes through here, so each gets the same template handling and the same
    "原文件未改动" guarantee."""
    doc = _open_document(template)
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for el in content:
        sect.addprevious(el) if sect is not None else body.append(el)
    with atomic_target(path) as tmp:
        try:
            doc.save(str(tmp))
        except OSError as e:
            raise ExportError(f"无法写入“{path.name}”（{e.strerror or e}）。原文件未改动。") from e
        return check(tmp) if check is not None else None


def _open_document(template: str | Path | None):
    if template is None:
        doc = docx.Document()
        apply_official_format(doc)
        ensure_styles(doc, inherit_body=False)
        return doc
    template = Path(template)
    try:
        doc = docx.Document(str(template))
    except Exception as e:  # python-docx raises several kinds for a bad package
        raise ExportError(f"无法打开模板“{template.name}”：请提供用 Word 或 WPS 保存的 .docx 文件（{type(e).__name__}）。") from e
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    ensure_styles(doc, inherit_body=True)
    return doc


def _p(style: str, text: str = "", *, page_break: bool = False, right_chars: float | None = None) -> etree._Element:
    p = w("p")
    ppr = w("pPr", p)
    w("pStyle", ppr, val=style)
    if page_break:
        w("pageBreakBefore", ppr)
    if right_chars is not None:
        w("ind", ppr, right=round(right_chars * CHAR_W))
    if text:
        t = w("t", w("r", p))
        t.text = xml_safe(text)
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return p


def _content(records: Sequence[Record], opts: Options) -> list[etree._Element]:
    if opts.form == "公示":
        return _notice(records, opts)
    return _list_part(records, opts, attachment=opts.attachment, page_break=False)


def _head(label: str | None, page_break: bool) -> list[etree._Element]:
    """附件 label in 3号黑体 on line 1, line 2 blank, so the title lands on line 3 (7.3.7)."""
    if not label:
        return []
    return [_p(STYLE_LABEL, label, page_break=page_break), _p(STYLE_BODY)]


def _title(text: str, *, page_break: bool = False) -> etree._Element:
    """The 2号 title, broken by hand between words (title_lines) so no line ends in the
    middle of a word such as 拟／表彰."""
    lines = title_lines(text, TITLE_CHARS)
    p = _p(STYLE_TITLE, lines[0], page_break=page_break)
    for line in lines[1:]:
        r = w("r", p)
        w("br", r)
        t = w("t", r)
        t.text = xml_safe(line)
    return p


def _entry(rec: Record) -> etree._Element:
    """One 名单 line. A wrapped line continues under the text after the name (individuals)
    or two characters in (units), and a paragraph that would leave a single character on
    its last line is set a little tighter so it does not (缩字, as typesetters do)."""
    text = entry_text(rec)
    p = _p(STYLE_ENTRY, text)
    hang = entry_hang(rec)
    ppr = p.find(qn("w:pPr"))
    w("ind", ppr, left=round(hang * GRID_CHAR), hanging=round(hang * GRID_CHAR))
    tighter = _orphan_squeeze(text_width(text), hang)
    if tighter:
        run = p.find(qn("w:r"))
        rpr = w("rPr")
        run.insert(0, rpr)
        w("spacing", rpr, val=CONDENSE_3HAO - tighter)
    return p


def _orphan_squeeze(width: float, hang: float, first: float = 0) -> int:
    """How much tighter (twentieths of a point per character) a paragraph of ``width``
    characters must be set so its last line is not one character alone; 0 when it is not.
    The first line starts ``first`` characters in, the following ones ``hang`` in; tightening
    by SQUEEZE makes every line hold one character more, which takes the lone one back."""
    if width <= LINE_CHARS - first:
        return 0
    rest = width - (LINE_CHARS - first)
    per_line = LINE_CHARS - hang
    last = rest - per_line * math.floor((rest - 1e-9) / per_line)
    return SQUEEZE if 0 < last <= 1 else 0


def _count_line(kind: str, n: int, order_by: str) -> str:
    """"（12名）（按姓氏笔画为序）": the note only on a list of people ordered by strokes."""
    note = "（按姓氏笔画为序）" if order_by == "strokes" and kind == "individual" else ""
    return f"（{count_text(kind, n)}）{note}"


def _kind_body(kind: str, recs: Sequence[Record], opts: Options) -> list[etree._Element]:
    out: list[etree._Element] = []
    ordered = order_records(recs, group_by=opts.group_by, order_by=opts.order_by)
    blocks = _region_blocks(ordered) if opts.group_by == "region" else [(None, ordered)]
    number = 1  # 序号 runs on through the region blocks of one kind
    for label, block in blocks:
        if label is not None:
            out.append(_p(STYLE_HEADING2, f"{label}（{count_text(kind, len(block))}）"))
        if opts.form == "事迹表":
            out.append(build_deeds_table(block, kind, start=number))
            number += len(block)
        else:
            out.extend(_entry(r) for r in block)
    return out


def _list_suffix(opts: Options) -> str:
    return "简要事迹" if opts.form == "事迹表" else "名单"


def _list_part(records, opts: Options, *, attachment: str | None, page_break: bool) -> list[etree._Element]:
    """The list: one title with 集体 and 个人 under numbered headings (一、二、, 个人 on a new
    page), or, with ``opts.kind_titles``, each kind as its own 附件 with its own title."""
    groups = split_kinds(records)
    if opts.kind_titles and len(groups) > 1:
        out: list[etree._Element] = []
        for n, (kind, recs) in enumerate(groups, 1):
            out += _head(f"附件{n}", page_break or n > 1)
            out.append(_title(opts.kind_titles.get(kind) or default_title(recs, _list_suffix(opts))))
            out.append(_p(STYLE_COUNT, _count_line(kind, len(recs), opts.order_by)))
            out += _kind_body(kind, recs, opts)
        return out
    out = _head(attachment, page_break)
    title = opts.title or default_title(records, _list_suffix(opts))
    out.append(_title(title, page_break=page_break and not attachment))
    if len(groups) == 1:
        kind, recs = groups[0]
        out.append(_p(STYLE_COUNT, _count_line(kind, len(recs), opts.order_by)))
        return out + _kind_body(kind, recs, opts)
    for n, (kind, recs) in enumerate(groups):
        heading = f"{CHINESE_NUMERALS[n]}、{KIND_LABEL[kind]}{_count_line(kind, len(recs), opts.order_by)}"
        out.append(_p(STYLE_HEADING1, heading, page_break=n > 0))
        out += _kind_body(kind, recs, opts)
    return out


def _region_blocks(ordered: Sequence[Record]) -> list[tuple[str, list[Record]]]:
    def key(rec: Record) -> str:
        return region_label(rec.region)

    return [(label, list(group)) for label, group in itertools.groupby(ordered, key=key)]


def _notice(records: Sequence[Record], opts: Options) -> list[etree._Element]:
    """关于××拟表彰对象的公示: who is proposed (the first 集体 and the first 个人 of the list
    as printed, each with its own 称号, and the counts), 公示期, how to object, contacts,
    署名 and date; then the 名单 as 附件 (or 附件1 and 附件2) on a new page."""
    n = dict(opts.notice or {})
    subject = n.get("事项") or default_title(records, "")
    parts = []
    for kind, recs in split_kinds(records):
        first = order_records(recs, group_by=opts.group_by, order_by=opts.order_by)[0]
        award = n.get("集体称号" if kind == "collective" else "个人称号") or kind_award(subject, recs, kind)
        if kind == "collective":
            parts.append(f"{first.name.strip()}等{len(recs)}个集体为{award}拟表彰对象")
        else:
            parts.append(f"{''.join(first.name.split())}等{len(recs)}名同志为{award}拟表彰对象")
    issuer = n.get("发布单位") or ""
    out = [_title(n.get("标题") or f"关于{subject}拟表彰对象的公示"), _p(STYLE_BODY)]
    out.append(_p(STYLE_BODY, f"{n.get('依据') or '经研究，'}确定{'，'.join(parts)}，现予以公示。"))
    period = n.get("公示期")
    where = f"向{issuer}" if issuer else ""
    out.append(_p(
        STYLE_BODY,
        (f"公示期为{period}。" if period else "")
        + f"公示期间，如对公示对象有异议，可通过电话、信函、电子邮件等方式{where}反映。"
        "反映情况要实事求是，以单位名义反映情况的材料需加盖单位公章，"
        "以个人名义反映情况的材料应署实名，并提供联系电话。",
    ))
    for key, label in (("联系人", "联系人"), ("联系电话", "联系电话"), ("电子邮箱", "电子邮箱")):
        if n.get(key):
            out.append(_p(STYLE_BODY, f"{label}：{n[key]}"))
    if n.get("地址"):
        post = f"（邮编：{n['邮编']}）" if n.get("邮编") else ""
        out.append(_p(STYLE_BODY, f"通信地址：{n['地址']}{post}"))
    out.append(_p(STYLE_BODY))
    list_opts = Options("名单", None, opts.group_by, opts.order_by, None, None, dict(opts.kind_titles))
    kinds = split_kinds(records)
    if opts.kind_titles and len(kinds) > 1:  # 附件：1.…名单 / 2.…名单, the second aligned under the first
        names = [opts.kind_titles.get(k) or default_title(r, "拟表彰对象名单") for k, r in kinds]
        out.append(_attachment_note("附件：1.", names[0], "附件：1."))
        for i, name in enumerate(names[1:], 2):
            out.append(_attachment_note(f"{i}.", name, "附件：1."))
    else:
        list_opts.title = opts.title or (f"{n['事项']}拟表彰对象名单" if n.get("事项") else None) \
            or default_title(records, "拟表彰对象名单")
        out.append(_attachment_note("附件：", list_opts.title, "附件："))
    date = format_date(n.get("date") or n.get("日期") or dt.date.today())
    out.append(_p(STYLE_BODY))
    out += _signature(issuer, date)
    out += _list_part(records, list_opts, attachment=opts.attachment or "附件", page_break=True)
    return out


def _attachment_note(lead: str, name: str, column: str) -> etree._Element:
    """A line of the 附件说明 (GB/T 9704 7.3.4): two characters in, ``lead`` ("附件：1.") then
    the name; a name that wraps goes on under its own first character (the name starts at
    the width of ``column`` on every line), and never leaves one character alone."""
    p = _p(STYLE_BODY, lead + name)
    start = 2 * CHAR_W + round(text_width(column) * GRID_CHAR)  # where every name starts
    first = 2 * CHAR_W + round((text_width(column) - text_width(lead)) * GRID_CHAR)  # where this line starts
    w("ind", p.find(qn("w:pPr")), left=start, hanging=start - first)
    tighter = _orphan_squeeze(text_width(lead + name), 2 + text_width(column), 2 + text_width(column) - text_width(lead))
    if tighter:
        rpr = w("rPr")
        p.find(qn("w:r")).insert(0, rpr)
        w("spacing", rpr, val=CONDENSE_3HAO - tighter)
    return p


def _signature(issuer: str, date: str) -> list[etree._Element]:
    """Unsealed 署名 and 成文日期 (GB/T 9704 7.3.5.2): the issuer 2 characters from the right,
    the date starting 2 characters right of the issuer's first character; a date longer than
    the issuer goes 2 from the right and pushes the issuer left."""
    sw, dw = text_width(issuer), text_width(date)
    # issuer starts at 28 − right − sw; the date must start 2 characters further right.
    issuer_right, date_right = 2.0, sw - dw
    if date_right < 2:
        date_right = 2.0
        issuer_right = date_right + dw + 2 - sw
    out = []
    if issuer:
        out.append(_p(STYLE_SIGNATURE, issuer, right_chars=issuer_right))
    out.append(_p(STYLE_SIGNATURE, date, right_chars=date_right if issuer else 2.0))
    return out


def _expected(records: Sequence[Record], opts: Options) -> dict:
    """What the file must contain, from the records: the 名单 lines or the table rows by kind."""
    form = "名单" if opts.form == "公示" else opts.form
    kinds = []
    for kind, recs in split_kinds(records):
        ordered = order_records(recs, group_by=opts.group_by, order_by=opts.order_by)
        if opts.group_by == "region":  # one table per region block, numbered on from the last
            blocks = [b for _, b in _region_blocks(ordered)]
        else:
            blocks = [ordered]
        kinds.append((kind, blocks))
    return {"form": form, "kinds": kinds}
