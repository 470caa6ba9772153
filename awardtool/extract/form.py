"""Nomination forms (推荐审批表, 推荐表, 登记表, 申报表): one record per filled-in form.

A form is a table of label cells and value cells, not a list: its labels stand in many rows
(姓名 / 性别 / 民族 on one, 工作单位及职务 on the next, 主要事迹 below), each with its value
to the right or, when a whole row is labels, in the row below. Labels are recognised by
meaning (awardtool.extract.form_labels); merged cells come from the readers as copies marked
``merged``, so a label or value spanning several grid columns or rows is read once, and a
label merged down over several rows (主要事迹 beside two rows of text) collects every row.

Everything works on the neutral Document — Word, Excel, PDF and OCR'd tables look the same
here — and on ``标签：值`` text lines around or instead of the table. A document may hold
several forms (one per page, repeated tables): a new record starts where a form names its
nominee again. The title above a form (``全国三八红旗手推荐审批表``) gives the award.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from awardtool.document import Cell, Document, Paragraph, Table
from awardtool.extract.form_labels import (
    FORM_TITLE,
    OPINION,
    OTHER,
    cell_label,
    form_title_award,
    glued_pair,
    header_word,
    inline_pair,
    is_signature_line,
    label_before,
    label_of,
    opinion_cell,
)
from awardtool.extract.names import is_person_name
from awardtool.extract.narrative import repair_paragraphs
from awardtool.extract.text import key, squeeze
from awardtool.records import FieldSource, Record
from awardtool.regions import dominant_province, resolve

_MIN_LABEL_ROWS = 3  # a list has labels in its header row only; a form in many rows
_PERSON_FIELDS = ("gender", "ethnicity", "birth", "politics", "education")
_UNIT_FIELDS = ("unit_type", "leader", "staff")
_INSTRUCTIONS = re.compile(r"^(?:填表说明|填报说明|填写说明|说明$|注意事项)")
_GENDERS = {"男": "男", "女": "女", "男性": "男", "女性": "女"}


@dataclass(slots=True)
class _Run:
    """A table cell as the reader sees it: merged copies to its right folded in."""

    row: int
    col: int
    last: int  # last grid column covered
    cell: Cell
    label: str | None
    continued: bool  # a copy of the cell above (a vertical merge)
    inline: bool = False  # label and value in the cell itself (主要事迹：……): never another label's value

    @property
    def value_like(self) -> bool:
        return self.label is None and not self.inline


@dataclass(slots=True)
class _Pair:
    field: str
    value: str
    source: FieldSource
    name_label: str = ""  # the label's key (姓名 or 单位名称 tell the kind; 工作单位 and 职务 join)


@dataclass(slots=True)
class _Form:
    pairs: list[_Pair] = field(default_factory=list)
    title: str | None = None

    def has(self, name: str) -> bool:
        return any(p.field == name for p in self.pairs)


def cell_pair(cell: Cell) -> tuple[str, str, int] | None:
    """A label and its value inside one cell: ``姓名：王芳``; in a cell read by OCR (it has a
    confidence) also ``姓名王芳``, the rule between the two cells having been lost."""
    found = inline_pair(cell.text)
    if found is None and cell.conf is not None:
        found = glued_pair(cell.text)
    return found


def _runs(rows: list[list[Cell]]) -> list[list[_Run]]:
    out: list[list[_Run]] = []
    for r, row in enumerate(rows):
        runs: list[_Run] = []
        for c, cell in enumerate(row):
            if runs and cell.merged and cell.text == row[c - 1].text and runs[-1].last == c - 1:
                runs[-1].last = c
                continue
            above = rows[r - 1][c] if r > 0 and c < len(rows[r - 1]) else None
            continued = cell.merged and above is not None and above.text == cell.text and bool(cell.text.strip())
            label = cell_label(cell.text, ocr=cell.conf is not None)
            runs.append(_Run(r, c, c, cell, label, continued, label is None and cell_pair(cell) is not None))
        out.append(runs)
    return out


def _covering(runs: list[_Run], col: int) -> _Run | None:
    return next((x for x in runs if x.col <= col <= x.last), None)


def _below(grid: list[list[_Run]], run: _Run) -> _Run | None:
    """The value under a label: the first run below it that is not the label itself merged down."""
    for r in range(run.row + 1, len(grid)):
        under = _covering(grid[r], run.col)
        if under is None:
            return None
        if under.continued and under.cell.text == run.cell.text:
            continue
        return under if under.value_like else None
    return None


def _right_of(runs: list[_Run], i: int) -> _Run | None:
    """The cell right of a label; a blank unmerged spacer cell (a narrow column of a sheet
    template) is stepped over when a value stands right after it."""
    right = runs[i + 1] if i + 1 < len(runs) else None
    if right is not None and not right.cell.text.strip() and not right.cell.merged and i + 2 < len(runs):
        after = runs[i + 2]
        if after.value_like and not after.continued and after.cell.text.strip():
            return after
    return right


def _is_label_row(grid: list[list[_Run]], r: int) -> bool:
    """A row of labels whose values stand in the row below. One cell we do not know as a
    label (a template's own wording) is allowed among three or more, when the row below
    holds no label at all."""
    own = [x for x in grid[r] if not x.continued and x.cell.text.strip()]
    labels = sum(x.label is not None for x in own)
    if labels < 2 or labels < len(own) - 1:
        return False
    if labels == len(own):
        return True
    below = grid[r + 1] if r + 1 < len(grid) else []
    return len(own) >= 3 and bool(below) and all(x.value_like for x in below if not x.continued)


_GIVE_UP_ROWS = 20  # this many rows without a label after the last one: a list, not a form


def _is_form(rows: list[list[Cell]]) -> bool:
    """Labels in at least three rows, and not only in one header row: a list whose cells
    happen to read like a label (a 备注 of 说明) stays a list. Read row by row and decided
    as soon as it can be, so a list of thousands of rows costs a few rows' look-ups."""
    fields_by_row: dict[int, set[str]] = {}
    last = 0
    for r, row in enumerate(rows):
        if r - last > _GIVE_UP_ROWS:
            return False
        above = rows[r - 1] if r else []
        for c, cell in enumerate(row):
            if cell.merged and ((c and row[c - 1].text == cell.text) or (c < len(above) and above[c].text == cell.text)):
                continue  # a merged copy: counted where it starts
            fld = cell_label(cell.text, ocr=cell.conf is not None) or (cell_pair(cell) or (None,))[0]
            if fld is not None:
                fields_by_row.setdefault(r, set()).add(fld)
                last = r
        if len(fields_by_row) >= _MIN_LABEL_ROWS:
            densest = max(fields_by_row, key=lambda k: len(fields_by_row[k]))
            if len(set().union(*(f for k, f in fields_by_row.items() if k != densest))) >= 2:
                return not _has_list_header(rows)
    return False


def _has_list_header(rows: list[list[Cell]]) -> bool:
    """The table opens (its first row with a label) with a row of three or more labels and
    nothing else, with two rows of values under it: the header of a list (a list in sections
    repeats it further down). A form opens with label and value side by side, or with one row
    of values under its row of labels; a 家庭成员 section lower down does not make it a list."""
    for r, row in enumerate(rows):
        own = [c for i, c in enumerate(row) if c.text.strip() and not (c.merged and i and row[i - 1].text == c.text)]
        if not any(header_word(c.text) for c in own):
            continue
        if len(own) < 3 or not all(header_word(c.text) for c in own) or r + 2 >= len(rows):
            return False
        return all(_value_row(rows[r + k]) for k in (1, 2))
    return False


def _value_row(row: list[Cell]) -> bool:
    """Two or more cells of their own, none of them a label: a row of a list."""
    own = [c for i, c in enumerate(row) if c.text.strip() and not (c.merged and i and row[i - 1].text == c.text)]
    return len(own) >= 2 and all(label_of(c.text) is None and cell_pair(c) is None for c in own)


def _table_pairs(bi: int, table: Table, carry: _Pair | None = None) -> tuple[list[_Pair], str | None] | None:
    """The label/value pairs of a form table (and a title written in its top row), or None
    when the table is not a form. ``carry``: the last value of the form this table continues
    (the next page of a form that a PDF splits into two tables): text at its top under an
    empty label cell goes on with it."""
    if _INSTRUCTIONS.match(key(table.loc.sheet or "")) or _INSTRUCTIONS.match(
        key(next((c.text for row in table.rows for c in row if c.text.strip()), ""))
    ):
        return None  # a 填表说明 sheet or box: it mentions every label, fills in none
    if carry is None and not _is_form(table.rows):
        return None
    grid = _runs(table.rows)
    title = None
    pairs: list[_Pair] = []
    used: set[tuple[int, int]] = set()
    # row → (first column, last column, pair) of the value read on it (None: not a field)
    last_value: dict[int, tuple[int, int, _Pair | None]] = {}
    if carry is not None:
        last_value[-1] = (0, len(table.rows[0]) if table.rows else 0, carry)

    def take(fld: str, value: _Run, label: _Run) -> None:
        used.add((value.row, value.col))
        last_value[value.row] = (value.col, value.last, None)
        if fld in (OTHER, OPINION) or (fld != "deeds" and opinion_cell(value.cell.text)):
            return
        text = value.cell.text
        pairs.append(_Pair(fld, text, FieldSource(bi, value.cell.loc, 0, len(text)), key(label.cell.text)))
        last_value[value.row] = (value.col, value.last, pairs[-1])

    for r, runs in enumerate(grid):
        label_row = _is_label_row(grid, r)
        for i, run in enumerate(runs):
            if (run.row, run.col) in used:
                continue
            if run.label is None:
                if not run.continued and _title_row(runs, run):
                    if not pairs:
                        title = title or squeeze(run.cell.text)
                    else:  # the next form stacked below in the same sheet
                        text = squeeze(run.cell.text)
                        pairs.append(_Pair(_BREAK, text, FieldSource(bi, run.cell.loc, 0, len(run.cell.text))))
                    used.add((run.row, run.col))
                    continue
                if not run.continued:
                    _loose_cell(bi, runs, i, last_value, pairs, used)
                continue
            right = _right_of(runs, i)
            if run.continued:  # a label merged down: its next row of value
                if right is not None and right.value_like and not right.continued:
                    take(run.label, right, run)
                continue
            if not label_row and right is not None and right.value_like and not right.continued:
                take(run.label, right, run)
                continue
            under = _below(grid, run)
            if under is not None:
                take(run.label, under, run)
            elif right is None or right.label is not None:
                used.add((run.row, run.col))
    return pairs, title


def _loose_cell(bi: int, runs: list[_Run], i: int, last_value: dict, pairs: list[_Pair], used: set) -> None:
    """``runs[i]``, a cell that is no label's value: ``姓名：王芳`` in one cell (in OCR'd text
    the value may go on in the next cell: 政治面貌中 | 共党员), or the rest of a value that a
    page break (or the author) moved into the next row, under an empty label cell."""
    run = runs[i]
    text = run.cell.text
    if not text.strip():
        return
    inline = cell_pair(run.cell)
    if inline is not None:
        fld, value, offset = inline
        used.add((run.row, run.col))
        if fld in (OTHER, OPINION) or not value.strip():
            return
        pairs.append(_Pair(fld, value, FieldSource(bi, run.cell.loc, offset, len(text)), fld))
        after = runs[i + 1] if i + 1 < len(runs) else None
        if (run.cell.conf is not None and after is not None and after.value_like and not after.continued
                and after.cell.text.strip()):
            pairs[-1].value += after.cell.text
            used.add((after.row, after.col))
        return
    if any(x.cell.text.strip() for x in runs[:i]) or opinion_cell(text):
        return
    prev = last_value.get(run.row - 1)
    if prev is not None and prev[2] is not None and prev[0] <= run.col <= prev[1] <= run.last:
        prev[2].value += "\n" + text
        last_value[run.row] = (run.col, run.last, prev[2])
        used.add((run.row, run.col))


def _line_pairs(bi: int, para: Paragraph) -> list[_Pair]:
    """``姓  名：王芳    性别：女`` — the label/value pairs of one text line. Before each colon
    the longest run of text that is a label is the label (so 工作单位及职务 wins over 职务,
    and a value needs no space before the next label); a colon with no label before it
    belongs to the value."""
    text = para.text
    found: list[tuple[int, int, str]] = []  # (label start, value start, field)
    lo = 0
    for m in re.finditer(r"[:：]", text):
        hit = label_before(text, m.start(), lo)
        if hit is not None:
            found.append((hit[0], m.end(), hit[1]))
            lo = m.end()
    out: list[_Pair] = []
    for i, (_, value_start, fld) in enumerate(found):
        value_end = found[i + 1][0] if i + 1 < len(found) else len(text)
        raw = text[value_start:value_end]
        begin = value_start + len(raw) - len(raw.lstrip())
        value = raw.strip()
        if fld in (OTHER, OPINION):
            value = ""
        out.append(_Pair(fld, value, FieldSource(bi, para.loc, begin, begin + len(value)), fld))
    return out


def _forms(doc: Document) -> tuple[list[_Form], bool]:
    """The forms of a document in order, and whether any table was a form table."""
    forms: list[_Form] = [_Form()]
    any_table = False
    pending_title: str | None = None
    open_deeds: _Pair | None = None  # deeds whose text is in the paragraphs that follow

    def start_new() -> None:
        cur = forms[-1]
        if cur.has("name"):
            forms.append(_Form())

    after_form = False  # the last block that was not blank was a form table
    previous = ""  # the text line before this one
    for bi, b in enumerate(doc.blocks):
        if isinstance(b, Table):
            carry = forms[-1].pairs[-1] if after_form and forms[-1].pairs and _opens_with_value(b) else None
            found = _table_pairs(bi, b, carry)
            open_deeds = None
            previous = ""
            after_form = found is not None
            if found is None:
                continue
            pairs, title = found
            any_table = True
            for n, part in enumerate(_split_at_breaks(pairs)):
                if n:  # a form stacked under the last one in the same table: its title row
                    start_new()
                    forms[-1].title = part[0].value
                    part = part[1:]
                elif any(p.field == "name" for p in part):
                    start_new()
                cur = forms[-1]
                if n == 0:
                    cur.title = cur.title or title or pending_title
                cur.pairs.extend(part)
            pending_title = None
            open_deeds = _deeds_elsewhere(forms[-1])
            continue
        text = b.text.strip()
        if not text:
            continue
        after_form = False
        k = key(text)
        if len(k) <= 60 and FORM_TITLE.search(k):
            if form_title_award(text) is None and _title_line(previous):
                text = previous + text  # 全国三八红旗手 / 推荐审批表 set on two lines
            start_new()
            forms[-1].title = forms[-1].title or text
            pending_title = text
            open_deeds = None
            continue
        previous = text
        pairs = _line_pairs(bi, b)
        if not pairs and label_of(text) == "deeds":  # 主要事迹 as a heading over the text
            pairs = [_Pair("deeds", "", FieldSource(bi, b.loc, 0, 0), "deeds")]
        if pairs:
            if any(p.field == "name" for p in pairs):
                start_new()
            cur = forms[-1]
            cur.pairs.extend(pairs)
            open_deeds = pairs[-1] if pairs[-1].field == "deeds" and not pairs[-1].value.strip() else None
            continue
        if open_deeds is not None and _NOTE.match(text):
            open_deeds = None
        if open_deeds is not None and not is_signature_line(text):
            if not open_deeds.value.strip() and _DEEDS_TITLE.search(k) and len(k) <= 40:
                continue  # 某某同志主要事迹: the heading of the attached page, not the deeds
            if not open_deeds.value.strip():
                open_deeds.source = FieldSource(bi, b.loc, 0, len(b.text))  # the deeds start here
                open_deeds.value = text
            else:
                open_deeds.value += "\n" + text
    return [f for f in forms if f.has("name")], any_table


_LENGTH_NOTE = re.compile(r"^[(（][^()（）]{0,20}(?:字|附页)[^()（）]{0,10}[)）]$")  # （1500字以内，可另附页）
_ATTACHED = re.compile(r"^[(（]?(?:详见|见|另见)?(?:附页|附件|另附页?|后附)[^，。]{0,8}[)）]?$")
_DEEDS_TITLE = re.compile(r"(?:事迹|材料|事迹材料|事迹简介)$")
_NOTE = re.compile(r"^(?:注|备注|说明|填表说明|填报说明)[:：\d１-９.、]")


def _deeds_elsewhere(form: _Form) -> _Pair | None:
    """The form's deeds when its deeds cell is empty or says 见附页: the text follows the table."""
    deeds = [p for p in form.pairs if p.field == "deeds"]
    if not deeds or any(p.value.strip() and not _ATTACHED.match(key(p.value)) for p in deeds):
        return None
    deeds[-1].value = ""
    return deeds[-1]


_BREAK = "_break"  # a pair that is a form title inside a table: the next form starts


def _split_at_breaks(pairs: list[_Pair]) -> list[list[_Pair]]:
    parts: list[list[_Pair]] = [[]]
    for p in pairs:
        if p.field == _BREAK:
            parts.append([])
        parts[-1].append(p)
    return parts


def _title_row(runs: list[_Run], run: _Run) -> bool:
    """A row holding nothing but a form's title (全国三八红旗手推荐审批表 merged across)."""
    return len([x for x in runs if x.cell.text.strip()]) == 1 and bool(FORM_TITLE.search(key(run.cell.text)))


def _title_line(text: str) -> bool:
    """The first line of a title set on two lines: short, no sentence punctuation, no label."""
    return 2 <= len(key(text)) <= 30 and not re.search(r"[，。；：:,;]", text) and not re.match(r"^附件", text)


def _opens_with_value(table: Table) -> bool:
    """A table whose first row starts with an empty cell and has no label: the rest of a row
    that a page break cut off the table before it."""
    first = table.rows[0] if table.rows else []
    return bool(first) and not first[0].text.strip() and all(label_of(c.text) is None for c in first)


def _deeds(text: str) -> str:
    lines = [ln.strip() for ln in text.replace("\r", "\n").split("\n")]
    lines = [ln for ln in lines if ln and not is_signature_line(ln) and not _LENGTH_NOTE.match(ln)]
    return "\n".join(repair_paragraphs(lines))


def _record(form: _Form) -> Record:
    rec = Record(name="")
    name_label = position_label = ""
    for p in form.pairs:
        value = p.value.strip()
        if p.field == "name":
            if not rec.name and value:
                rec.name, name_label = squeeze(value.replace("\n", "")) if "\n" in value else value, p.name_label
                rec.source = p.source
                rec.field_sources["name"] = p.source
            elif rec.name and value and not rec.position:  # 姓名 and 单位名称 on one form
                rec.position, rec.field_sources["position"] = squeeze(value), p.source
            continue
        if not value:
            continue
        if p.field == "deeds":
            deeds = _deeds(value)
            if deeds:
                rec.deeds = f"{rec.deeds}\n{deeds}" if rec.deeds else deeds
                rec.field_sources.setdefault("deeds", p.source)
            continue
        if p.field == "notes":
            rec.notes = f"{rec.notes}；{squeeze(value)}" if rec.notes else squeeze(value)
            continue
        text = _one_line(value) if p.field != "honours" else "\n".join(ln.strip() for ln in value.splitlines() if ln.strip())
        text = _ticked(text)
        if p.field == "gender":
            text = _GENDERS.get(key(text), text)
        current = getattr(rec, p.field, None)
        if current and p.field == "position":
            joined = _unit_and_post(position_label, p.name_label, current, text)
            if joined:
                rec.position, position_label = joined, "单位及职务"
            continue
        if current is None or current == "":
            setattr(rec, p.field, text)
            rec.field_sources[p.field] = p.source
            if p.field == "position":
                position_label = p.name_label
    rec.kind = _kind(rec, name_label, form.title)
    if not rec.award:  # the form's own 推荐称号 row, else its title
        rec.award = form_title_award(form.title) if form.title else None
    _region(rec)
    return rec


def _unit_and_post(first_label: str, label: str, first: str, text: str) -> str | None:
    """工作单位 and 职务 (职称) written under two labels make one position, unit first. Any
    other second position value (a 工作单位及职务 column of a 简历 or 家庭成员 section of the
    same form) is not the nominee's."""
    def unit_only(lb: str) -> bool:
        return "单位" in lb and "职" not in lb

    def post_only(lb: str) -> bool:
        return "职" in lb and "单位" not in lb

    if unit_only(first_label) and post_only(label):
        return first + text
    if post_only(first_label) and unit_only(label):
        return text + first
    return None


_TICKED = re.compile(r"[☑☒■√✓✔]\s*([^□☐☑☒■√✓✔\s]+)")


def _ticked(value: str) -> str:
    """A value chosen by ticking a box (☑男 □女, □群众 ☑中共党员): the ticked option."""
    if "□" not in value and "☐" not in value:
        return value
    ticked = _TICKED.findall(value)
    return ticked[0] if len(ticked) == 1 else value


def _one_line(value: str) -> str:
    """A single-line field wrapped in its cell: lines of Chinese join without a space."""
    return squeeze(_CJK_WRAP.sub("", value))


_CJK_WRAP = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000]*\n\s*(?=[^\x00-\x7f])")


def _kind(rec: Record, name_label: str, title: str | None) -> str:
    if any(getattr(rec, f) for f in _PERSON_FIELDS) or "姓名" in name_label or "人选" in name_label:
        return "individual"
    if any(getattr(rec, f) for f in _UNIT_FIELDS) or re.search(r"单位|集体|名称|团队|班组", name_label):
        return "collective"
    t = key(title or "")
    if "集体" in t:
        return "collective"
    return "individual" if is_person_name(rec.name) else "collective"


def _region(rec: Record) -> None:
    """所在地区 as the form states it (resolved to the province), else the unit's own name
    (a person's: the work unit), else the recommending unit, else the province the deeds name."""
    own = rec.name if rec.kind == "collective" else rec.position
    for text in (rec.region, own, rec.recommender):
        if text:
            province, city = resolve(text)
            if province:
                rec.region, rec.city = province, rec.city or city
                return
    if rec.region:
        return  # an unknown region written by the author stays as written
    rec.region = dominant_province(rec.deeds, strict=False) if rec.deeds else None


def extract_forms(doc: Document) -> tuple[str | None, list[Record]] | None:
    """(title, one record per form) of a document made of nomination forms, or None when the
    document is not one — a form table with at least three rows of labels, or labelled
    lines naming a nominee and the deeds."""
    if not any(isinstance(b, Table) for b in doc.blocks) and sum(
        1 for b in doc.blocks if "：" in b.text or ":" in b.text
    ) < 2:
        return None  # no table and hardly a labelled line: prose or a plain list
    forms, any_table = _forms(doc)
    if not forms:
        return None
    if not any_table and not all(f.has("deeds") for f in forms):
        return None  # 姓名：… lines heading a narrative are not a form
    for before, form in zip(forms, forms[1:]):
        form.title = form.title or before.title  # the same form again, without its title
    records = [_record(f) for f in forms]
    records = [r for r in records if r.name]
    if not records:
        return None
    title = next((f.title for f in forms if f.title), None)
    return title, records
