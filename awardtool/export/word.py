"""Word export in the official format: the 名单, the 简要事迹表 and the 公示 around a 名单.

Qt-free: the window and ``awardtool export`` call :func:`export_docx`. The file is written
through :func:`atomic_target` (an existing file is replaced only by a complete new one) and
then read back and compared with the records; every difference is listed in the report.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from lxml import etree

from awardtool.export.atomic import ExportError, atomic_target
from awardtool.export.docx_format import (
    CHAR_W,
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
    KIND_LABEL,
    count_text,
    default_title,
    entry_text,
    format_date,
    split_kinds,
    text_width,
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
) -> ExportReport:
    """Write ``records`` as a .docx at ``path`` and check the written file.

    ``form``: "名单" (names only), "事迹表" (序号 / 名称 / 简要事迹 table) or "公示" (a notice
    with the 名单 as its attachment on a new page; ``notice`` gives 事项, 发布单位, 公示期,
    联系电话, 地址, 邮编, 电子邮箱, date). ``attachment`` ("附件1") prints the 附件 label at
    the top left with the title on line 3. ``template``: a clerk's .docx whose styles, page
    setup, header and footer are kept. Raises :class:`ExportError` (Chinese message) when
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
    opts = Options(form, title, group_by, order_by, attachment, notice)
    doc = _open_document(template)
    body = doc.element.body
    sect = body.find(qn("w:sectPr"))
    for el in _content(records, opts):
        sect.addprevious(el) if sect is not None else body.append(el)
    path = Path(path)
    with atomic_target(path) as tmp:
        try:
            doc.save(str(tmp))
        except OSError as e:
            raise ExportError(f"无法写入“{path.name}”（{e.strerror or e}）。原文件未改动。") from e
        differences = verify_docx(tmp, _expected(records, opts))
    return ExportReport(path, form, len(records), differences)


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


def _list_part(records, opts: Options, *, attachment: str | None, page_break: bool) -> list[etree._Element]:
    out = _head(attachment, page_break)
    deeds = opts.form == "事迹表"
    title = opts.title or default_title(records, "简要事迹" if deeds else "名单")
    title_p = _p(STYLE_TITLE, title, page_break=page_break and not attachment)
    out.append(title_p)
    groups = split_kinds(records)
    strokes = "（按姓氏笔画为序）" if opts.order_by == "strokes" else ""
    if len(groups) == 1:
        kind, recs = groups[0]
        out.append(_p(STYLE_COUNT, f"（{count_text(kind, len(recs))}）{strokes}"))
    for kind, recs in groups:
        if len(groups) > 1:
            out.append(_p(STYLE_HEADING1, f"{KIND_LABEL[kind]}（{count_text(kind, len(recs))}）{strokes}"))
        ordered = order_records(recs, group_by=opts.group_by, order_by=opts.order_by)
        blocks = _region_blocks(ordered) if opts.group_by == "region" else [(None, ordered)]
        number = 1  # 序号 runs on through the region blocks of one kind
        for label, block in blocks:
            if label is not None:
                out.append(_p(STYLE_HEADING2, f"{label}（{count_text(kind, len(block))}）"))
            if deeds:
                out.append(build_deeds_table(block, kind, start=number))
                number += len(block)
            else:
                out.extend(_p(STYLE_ENTRY, entry_text(r)) for r in block)
    return out


def _region_blocks(ordered: Sequence[Record]) -> list[tuple[str, list[Record]]]:
    def key(rec: Record) -> str:
        return region_label(rec.region)

    return [(label, list(group)) for label, group in itertools.groupby(ordered, key=key)]


def _notice(records: Sequence[Record], opts: Options) -> list[etree._Element]:
    """关于××拟表彰对象的公示: who is proposed (count formula), 公示期, how to object,
    contacts, 署名 and date; then the 名单 as 附件 on a new page."""
    n = dict(opts.notice or {})
    subject = n.get("事项") or default_title(records, "")
    groups = dict(split_kinds(records))
    parts = []
    if "collective" in groups:
        recs = groups["collective"]
        parts.append(f"{recs[0].name.strip()}等{len(recs)}个集体为{n.get('集体称号') or subject}拟表彰对象")
    if "individual" in groups:
        recs = groups["individual"]
        parts.append(f"{''.join(recs[0].name.split())}等{len(recs)}名同志为{n.get('个人称号') or subject}拟表彰对象")
    issuer = n.get("发布单位") or ""
    out = [_p(STYLE_TITLE, n.get("标题") or f"关于{subject}拟表彰对象的公示"), _p(STYLE_BODY)]
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
    label = opts.attachment or "附件"
    list_title = opts.title or default_title(records, "拟表彰对象名单")
    out += [_p(STYLE_BODY), _p(STYLE_BODY, f"附件：{list_title}")]
    date = format_date(n.get("date") or n.get("日期") or dt.date.today())
    out.append(_p(STYLE_BODY))
    out += _signature(issuer, date)
    list_opts = Options("名单", list_title, opts.group_by, opts.order_by, None, None)
    out += _list_part(records, list_opts, attachment=label, page_break=True)
    return out


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
