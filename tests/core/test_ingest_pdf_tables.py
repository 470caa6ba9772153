"""Ruled tables in PDFs written by a word processor must give the records of the .docx they
came from, whatever borders the table has: no top rule, no outer border at all, no side
rules, and rows so tall that one row runs over several pages. The PDFs are written by
LibreOffice from .docx files built here, all in one soffice run."""

from __future__ import annotations

import shutil
import subprocess

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from ingest_builders import seed_list_content, write_table_docx

from awardtool.ingest.pdf import closed_ruling
from awardtool.pipeline import extract_paths

BORDERS = {
    "no_top": dict(top=0, left=1, bottom=1, right=1, insideH=1, insideV=1),
    "inner_only": dict(top=0, left=0, bottom=0, right=0, insideH=1, insideV=1),
    "no_sides": dict(top=1, left=0, bottom=1, right=0, insideH=1, insideV=1),
}


def _set_borders(path, spec: dict) -> None:
    d = docx.Document(path)
    tbl_pr = d.tables[0]._tbl.tblPr
    for el in tbl_pr.findall(qn("w:tblBorders")) + tbl_pr.findall(qn("w:tblStyle")):
        tbl_pr.remove(el)
    sides = "".join(f'<w:{side} w:val="{"single" if on else "nil"}" w:sz="4" w:space="0" w:color="000000"/>'
                    for side, on in spec.items())
    tbl_pr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>{sides}</w:tblBorders>'))
    d.save(path)


def _narrow_deeds(path) -> None:
    """Columns of 1.5 / 3 / 3 cm: each deeds cell is taller than a page. The deeds paragraphs
    get the first-line indent of body text (a PDF shows no other paragraph end, see
    test_same_records_all_formats)."""
    d = docx.Document(path)
    table = d.tables[0]
    table.autofit = False
    widths = (Cm(1.5), Cm(3), Cm(3))
    for col, width in zip(table.columns, widths):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths):
            cell.width = width
        for p in row.cells[2].paragraphs:
            p.paragraph_format.first_line_indent = Pt(22)
    d.save(path)


@pytest.fixture(scope="session")
def ruled_pdfs(tmp_path_factory) -> dict:
    from testpaths import SEED_LIST

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice not installed")
    out = tmp_path_factory.mktemp("ruled")
    title, header, rows = seed_list_content(SEED_LIST)
    sources = {}
    for name, spec in BORDERS.items():
        sources[name] = write_table_docx(out / f"{name}.docx", title, header, rows)
        _set_borders(sources[name], spec)
    sources["tall_rows"] = write_table_docx(out / "tall_rows.docx", title, header, rows)
    _narrow_deeds(sources["tall_rows"])
    profile = tmp_path_factory.mktemp("lo_profile_ruled")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
         "--outdir", str(out), *map(str, sources.values())],
        check=True, timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    return {name: (path, out / f"{name}.pdf") for name, path in sources.items()}


def _records(path) -> list[tuple]:
    (result,) = extract_paths([path])
    assert result.document.error is None
    return [(r.seq, r.name, r.deeds) for r in result.extraction.records]


@pytest.mark.parametrize("name", [*BORDERS, "tall_rows"])
def test_pdf_table_gives_the_docx_records(ruled_pdfs, name):
    source, pdf = ruled_pdfs[name]
    expected = _records(source)
    assert len(expected) == 4
    assert _records(pdf) == expected


def test_tall_rows_really_span_pages(ruled_pdfs):
    import pdfplumber

    with pdfplumber.open(ruled_pdfs["tall_rows"][1]) as pdf:
        assert len(pdf.pages) >= 6  # four rows on at least six pages: rows run over whole pages


def _edge(x0, top, x1, bottom) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "orientation": "h" if top == bottom else "v"}


def test_closed_ruling_draws_the_missing_outer_border():
    # an inner grid only: two column rules and one row rule
    edges = [_edge(200, 100, 200, 400), _edge(300, 100, 300, 400), _edge(80, 150, 500, 150)]
    settings = closed_ruling(edges)
    xs = sorted(e["x0"] for e in settings["explicit_vertical_lines"])
    ys = sorted(e["top"] for e in settings["explicit_horizontal_lines"])
    assert xs == [80, 500] and ys == [100, 400]


def test_closed_ruling_leaves_lone_rules_alone():
    # an underline for a signature and a separator: no table
    edges = [_edge(80, 700, 200, 700), _edge(80, 60, 500, 60), _edge(520, 100, 520, 180)]
    assert closed_ruling(edges) == {"explicit_vertical_lines": [], "explicit_horizontal_lines": []}


def _turned(text, x0, f, sin=1.0):
    """A glyph turned 90° as pdfminer gives it: top and bottom may be flat, the origin (e, f)
    of its matrix is where it really stands."""
    return {"text": text, "x0": x0, "x1": x0 + 11, "top": 322.7, "bottom": 322.7, "upright": False,
            "matrix": (0.0, sin, -sin, 0.0, x0 + 11, f)}


def test_turned_label_reads_in_the_direction_of_its_glyphs():
    from awardtool.ingest.pdf import rotated_text

    up = [_turned(ch, 89.2, 486.2 + 11 * i) for i, ch in enumerate("主要事迹")]
    assert rotated_text(list(reversed(up))) == "主要事迹"
    down = [_turned(ch, 89.2, 519.2 - 11 * i, sin=-1.0) for i, ch in enumerate("主要事迹")]
    assert rotated_text(down[::2] + down[1::2]) == "主要事迹"
    # wrapped into two columns, read upwards: the left column first
    two = [_turned("主", 80, 400), _turned("要", 80, 411), _turned("事", 95, 400), _turned("迹", 95, 411)]
    assert rotated_text(two) == "主要\n事迹"


def _piece(page: int, rows: list[list[str]], top: float, bottom: float):
    from awardtool.document import Cell, Loc, Table

    step = (bottom - top) / len(rows)
    cells = [[Cell(t, Loc(page=page, row=r, col=c, box=(0.1 + 0.2 * c, top + r * step, 0.3 + 0.2 * c, top + (r + 1) * step)))
              for c, t in enumerate(row)] for r, row in enumerate(rows)]
    return Table(cells, Loc(page=page))


def test_next_page_table_joins_only_when_it_goes_on():
    from awardtool.ingest.pdf import _join_split_tables

    form = [["姓名", "林某", "性别", "女"], ["主要事迹", "第一段。", "", ""]]
    # a form filling its page, and on the next page the rest of its deeds: one table
    joined = _join_split_tables([_piece(1, form, 0.1, 0.93), _piece(2, [["", "第二段。", "", ""]], 0.08, 0.2)])
    assert len(joined) == 1 and joined[0].rows[-1][1].text == "第二段。"
    # the next form of the same template (a label padded differently): two tables
    other = [["姓  名", "王某", "性  别", "男"], ["主要事迹", "另一段。", "", ""]]
    assert len(_join_split_tables([_piece(1, form, 0.1, 0.93), _piece(2, other, 0.08, 0.3)])) == 2
    # a form ending halfway down its page does not go on to the next
    assert len(_join_split_tables([_piece(1, form, 0.1, 0.5), _piece(2, [["", "第二段。", "", ""]], 0.08, 0.2)])) == 2
