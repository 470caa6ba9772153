"""Builders for nomination-form fixtures (推荐审批表 and friends) in the layouts units send:
label/value to the right, values below a row of labels, spaced and wrapped labels, labels
written one character per line or in Word's vertical text direction, merged cells, several
forms in one .docx, a collective's form, and an .xlsx form with a 填表说明 sheet.

The nominees are invented (tests and benchmarks/score_forms.py build their own); nothing
here is sample text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from ingest_builders import new_document


@dataclass
class Person:
    name: str
    gender: str
    ethnicity: str
    birth: str
    politics: str
    education: str
    position: str
    region: str  # as written in 所在地区 ("" when the form has no such row)
    recommender: str
    deeds: list[str]
    honours: list[str] = field(default_factory=list)


@dataclass
class Unit:
    name: str
    unit_type: str
    region: str
    leader: str
    staff: str
    recommender: str
    deeds: list[str]
    honours: list[str] = field(default_factory=list)


OPINION_STAMP = "（盖章）\n年    月    日"


def spaced(label: str) -> str:
    """姓名 → 姓  名: how two-character labels are padded to the width of four."""
    return "  ".join(label) if len(label) == 2 else label


def vertical(label: str) -> str:
    return "\n".join(label)


def set_cell(cell, text: str) -> None:
    """Cell text, one paragraph per line."""
    lines = text.split("\n")
    cell.text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def vertical_direction(cell, direction: str = "tbRlV") -> None:
    """Word's vertical text direction (文字方向): tbRlV stacks the characters upright (竖排),
    btLr turns the text 90° to read upwards; the text itself stays one run."""
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="{direction}"/>'))


def _grid(d: docx.Document, rows: int, cols: int):
    table = d.add_table(rows=rows, cols=cols)
    table.style = "Table Grid"
    return table


def person_right(d: docx.Document, p: Person, *, vertical_deeds: str = "letters") -> None:
    """The usual 推荐审批表: label then value along each row, a photo cell merged down the
    right, 主要事迹 written vertically beside the deeds, then the three opinion rows.

    vertical_deeds: "letters" (主\\n要\\n事\\n迹), "direction" (Word's vertical text, the
    label merged down over two rows and the deeds in two rows beside it) or "turned" (the
    same with the text turned 90°)."""
    t = _grid(d, 10, 7)
    c = t.cell
    for col, (label, value) in enumerate([("姓名", p.name), ("性别", p.gender), ("民族", p.ethnicity)]):
        set_cell(c(0, 2 * col), spaced(label))
        set_cell(c(0, 2 * col + 1), value)
    for col, (label, value) in enumerate([("出生年月", p.birth), ("政治面貌", p.politics), ("文化程度", p.education)]):
        set_cell(c(1, 2 * col), label)
        set_cell(c(1, 2 * col + 1), value)
    photo = c(0, 6).merge(c(2, 6))
    set_cell(photo, "照片")
    set_cell(c(2, 0), "工作单位及\n职务（职称）")
    set_cell(c(2, 1).merge(c(2, 5)), p.position)
    set_cell(c(3, 0), "所在地区")
    set_cell(c(3, 1).merge(c(3, 2)), p.region)
    set_cell(c(3, 3), "推荐单位")
    set_cell(c(3, 4).merge(c(3, 6)), p.recommender)
    set_cell(c(4, 0), "曾获何种\n奖励")
    set_cell(c(4, 1).merge(c(4, 6)), "\n".join(p.honours))
    if vertical_deeds in ("direction", "turned"):
        label = c(5, 0).merge(c(6, 0))
        set_cell(label, "主要事迹")
        vertical_direction(label, "tbRlV" if vertical_deeds == "direction" else "btLr")
        half = max(1, len(p.deeds) // 2)
        set_cell(c(5, 1).merge(c(5, 6)), "\n".join(p.deeds[:half]))
        set_cell(c(6, 1).merge(c(6, 6)), "\n".join(p.deeds[half:]))
    else:
        c(5, 0).merge(c(6, 0))
        set_cell(c(5, 0), vertical("主要事迹"))
        c(5, 1).merge(c(6, 6))
        set_cell(c(5, 1), "\n".join(p.deeds))
    for r, (label, opinion) in enumerate(
        [("所在单位\n意见", "同意推荐。\n" + OPINION_STAMP), ("推荐单位\n意见", "经公示无异议，同意推荐。\n" + OPINION_STAMP),
         ("审批意见", OPINION_STAMP)], 7):
        set_cell(c(r, 0), label)
        set_cell(c(r, 1).merge(c(r, 6)), opinion)


def person_below(d: docx.Document, p: Person) -> None:
    """Values under a row of labels; 推荐单位 as a line above the table; the deeds label in a
    row of its own with the text in the row below."""
    d.add_paragraph(f"推荐单位（盖章）：{p.recommender}")
    t = _grid(d, 10, 6)
    c = t.cell
    heads = [("姓名", p.name), ("性别", p.gender), ("民族", p.ethnicity), ("出生年月", p.birth),
             ("政治面貌", p.politics), ("学历", p.education)]
    for col, (label, value) in enumerate(heads):
        set_cell(c(0, col), label)
        set_cell(c(1, col), value)
    set_cell(c(2, 0).merge(c(2, 2)), "工作单位及职务")
    set_cell(c(2, 3).merge(c(2, 5)), "所在地区")
    set_cell(c(3, 0).merge(c(3, 2)), p.position)
    set_cell(c(3, 3).merge(c(3, 5)), p.region)
    set_cell(c(4, 0).merge(c(4, 5)), "曾获何种奖励")
    set_cell(c(5, 0).merge(c(5, 5)), "\n".join(p.honours))
    set_cell(c(6, 0).merge(c(6, 5)), "主要事迹（1500字以内）")
    set_cell(c(7, 0).merge(c(7, 5)), "\n".join(p.deeds))
    set_cell(c(8, 0).merge(c(8, 5)), "推荐单位意见")
    set_cell(c(9, 0).merge(c(9, 5)), "同意推荐。\n" + OPINION_STAMP)


def unit_right(d: docx.Document, u: Unit) -> None:
    """A collective's 推荐审批表: 单位名称 / 单位性质 / 所在地区 / 负责人 / 职工人数 / 主要事迹."""
    t = _grid(d, 8, 4)
    c = t.cell
    set_cell(c(0, 0), "单位名称")
    set_cell(c(0, 1).merge(c(0, 3)), u.name)
    for r, pairs in enumerate([[("单位性质", u.unit_type), ("所在地区", u.region)],
                               [("负 责 人", u.leader), ("职工人数", u.staff)]], 1):
        for k, (label, value) in enumerate(pairs):
            set_cell(c(r, 2 * k), label)
            set_cell(c(r, 2 * k + 1), value)
    set_cell(c(3, 0), "推荐单位")
    set_cell(c(3, 1).merge(c(3, 3)), u.recommender)
    set_cell(c(4, 0), "曾获何种奖励")
    set_cell(c(4, 1).merge(c(4, 3)), "\n".join(u.honours))
    set_cell(c(5, 0), vertical("主要事迹"))
    set_cell(c(5, 1).merge(c(5, 3)), "\n".join(u.deeds))
    set_cell(c(6, 0), "主管部门\n意见")
    set_cell(c(6, 1).merge(c(6, 3)), "同意。\n" + OPINION_STAMP)
    set_cell(c(7, 0), "审批意见")
    set_cell(c(7, 1).merge(c(7, 3)), OPINION_STAMP)


def forms_docx(path: Path, forms: list[tuple[str, object, str]]) -> Path:
    """One .docx with several forms, one per page: (title, Person | Unit, layout) each;
    layout is "right", "direction", "turned", "below" (persons) or "unit"."""
    d = new_document()
    for i, (title, who, layout) in enumerate(forms):
        if i:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        d.add_paragraph("附件2" if i == 0 else "")
        d.add_paragraph(title)
        if layout == "unit":
            unit_right(d, who)
        elif layout == "below":
            person_below(d, who)
        else:
            person_right(d, who, vertical_deeds=layout if layout in ("direction", "turned") else "letters")
        d.add_paragraph("填表日期：    年  月  日")
    d.save(path)
    return path


def form_xlsx(path: Path, title: str, p: Person) -> Path:
    """The same form as a worksheet: merged title, merged label and value ranges (the deeds
    over several rows), and a second sheet of 填表说明 that is not a form."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "推荐审批表"
    ws["A1"] = title
    ws.merge_cells("A1:F1")
    rows = [
        [spaced("姓名"), p.name, spaced("性别"), p.gender, spaced("民族"), p.ethnicity],
        ["出生年月", p.birth, "政治面貌", p.politics, "文化程度", p.education],
        ["工作单位及职务（职称）", p.position, None, None, None, None],
        ["所在地区", p.region, "推荐单位", p.recommender, None, None],
        ["曾获何种奖励", "\n".join(p.honours), None, None, None, None],
    ]
    for r, row in enumerate(rows, 2):
        for col, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, col, v)
    ws.merge_cells("B4:F4")
    ws.merge_cells("D5:F5")
    ws.merge_cells("B6:F6")
    ws["A7"] = "主要\n事迹"
    ws.merge_cells("A7:A10")
    ws["B7"] = "\n".join(p.deeds)
    ws.merge_cells("B7:F10")
    ws["A11"] = "推荐单位意见"
    ws["B11"] = "同意推荐。\n" + OPINION_STAMP
    ws.merge_cells("B11:F11")
    notes = wb.create_sheet("填表说明")
    notes["A1"] = "填表说明"
    notes["A2"] = "姓名：须与身份证一致。"
    notes["A3"] = "工作单位及职务：写全称。"
    notes["A4"] = "主要事迹：1500字以内，用第三人称。"
    wb.save(path)
    return path
