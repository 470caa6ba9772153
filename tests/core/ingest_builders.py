"""Builders for ingest test fixtures: real .docx/.xlsx files written with python-docx and
openpyxl, and the seed list converted into every format a clerk receives."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

SEED_ROW = re.compile(r"^(\d+)\t([^\t]+)\t(.*)$")


def seed_list_content(path: Path) -> tuple[str, list[str], list[tuple[str, str, list[str]]]]:
    """(title, header, rows) of seed 000: rows are (seq, name, deeds paragraphs)."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    title, header = lines[0].strip(), lines[1].split("\t")
    rows = []
    for ln in lines[2:]:
        m = SEED_ROW.match(ln)
        if m:
            paras = [p.strip() for p in re.findall(r"<p>(.*?)</p>", m.group(3), re.S)]
            rows.append((m.group(1), m.group(2).strip(), paras))
    return title, header, rows


def new_document() -> docx.Document:
    d = docx.Document()
    for s in d.sections:  # python-docx defaults to US Letter
        s.page_width, s.page_height = Mm(210), Mm(297)
    return d


def write_table_docx(path: Path, title: str, header: list[str], rows: list[tuple[str, str, list[str]]]) -> Path:
    """A list as a bordered Word table, deeds as several paragraphs in one cell."""
    d = new_document()
    d.add_paragraph(title)
    table = d.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header):
        cell.text = text
    for seq, name, paras in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = seq, name
        cells[2].text = paras[0] if paras else ""
        for p in paras[1:]:
            cells[2].add_paragraph(p)
    d.save(path)
    return path


def add_numbering(d: docx.Document, levels: list[tuple[str, str]], start: int = 1) -> str:
    """Add an abstractNum with the given (numFmt, lvlText) levels and a num using it; returns
    the numId to put on paragraphs."""
    numbering = d.part.numbering_part.element
    abstract_id = str(100 + len(numbering.findall(qn("w:abstractNum"))))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num_id = str(200 + len(numbering.findall(qn("w:num"))))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    ))
    return num_id


def numbered_paragraph(d: docx.Document, text: str, num_id: str, ilvl: int = 0):
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))
    return p


def soffice_convert(src: Path, fmt: str, outdir: Path, profile: Path) -> Path:
    """Convert with LibreOffice (tests only); returns the converted file."""
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", fmt,
         "--outdir", str(outdir), str(src)],
        check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    out = outdir / f"{src.stem}.{fmt.split(':')[0]}"
    assert out.exists() and out.stat().st_size > 0, f"LibreOffice did not write {out}"
    return out
