"""The fast .docx reader on real files written with python-docx."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from ingest_builders import add_numbering, new_document, numbered_paragraph, write_table_docx

from awardtool.document import Paragraph, Table
from awardtool.ingest import load_path
from awardtool.ingest.docx import read_docx
from awardtool.ingest.numbering import chinese_counting, format_number


def _read(path):
    docs = list(load_path(path))
    assert len(docs) == 1
    assert docs[0].error is None, docs[0].error
    return docs[0]


def test_headings_and_paragraphs(tmp_path):
    d = new_document()
    d.add_heading("拟表彰名单", 0)
    d.add_heading("一、先进集体", 1)
    d.add_paragraph("")
    d.add_paragraph("正文第一段")
    d.sections[0].header.paragraphs[0].text = "页眉不应读入"
    d.sections[0].footer.paragraphs[0].text = "页脚不应读入"
    d.save(tmp_path / "a.docx")
    doc = _read(tmp_path / "a.docx")
    assert doc.format == "docx"
    assert [(p.text, p.level) for p in doc.paragraphs()] == [("拟表彰名单", 0), ("一、先进集体", 1), ("正文第一段", None)]
    assert [p.loc.paragraph for p in doc.paragraphs()] == [0, 1, 3]  # the empty paragraph keeps its index
    assert "页眉" not in doc.text() and "页脚" not in doc.text()


def test_chinese_heading_style_names_and_outline_level(tmp_path):
    d = new_document()
    styles = d.styles.element
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/></w:style>'
    ))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="x"><w:name w:val="公文小标题"/>'
        '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>'
    ))
    d.add_paragraph("二级").style = d.styles["标题 2"]
    d.add_paragraph("三级").style = d.styles["公文小标题"]
    d.save(tmp_path / "h.docx")
    doc = _read(tmp_path / "h.docx")
    assert [(p.text, p.level, p.style) for p in doc.paragraphs()] == [("二级", 2, "标题 2"), ("三级", 3, "公文小标题")]


def test_table_with_multi_paragraph_cells_and_merges(tmp_path):
    d = new_document()
    t = d.add_table(rows=4, cols=3)
    for c, text in enumerate(["序号", "名称", "事迹"]):
        t.cell(0, c).text = text
    t.cell(1, 0).text, t.cell(1, 1).text, t.cell(1, 2).text = "1", "甲单位", "第一段"
    t.cell(1, 2).add_paragraph("第二段")
    t.cell(1, 0).merge(t.cell(2, 0))  # vMerge
    t.cell(2, 1).text, t.cell(2, 2).text = "乙单位", "乙事迹"
    t.cell(3, 1).merge(t.cell(3, 2)).text = "备注横跨两列"  # gridSpan
    d.save(tmp_path / "t.docx")
    table = _read(tmp_path / "t.docx").tables()[0]
    assert table.texts() == [
        ["序号", "名称", "事迹"],
        ["1", "甲单位", "第一段\n第二段"],
        ["1", "乙单位", "乙事迹"],
        ["", "备注横跨两列", "备注横跨两列"],
    ]
    assert [[c.merged for c in row] for row in table.rows][2:] == [[True, False, False], [False, False, True]]
    assert (table.rows[2][0].loc.table, table.rows[2][0].loc.row, table.rows[2][0].loc.col) == (0, 2, 0)


def test_blocks_keep_document_order(tmp_path):
    d = new_document()
    d.add_paragraph("前言")
    d.add_table(rows=1, cols=2).cell(0, 0).text = "表内"
    d.add_paragraph("后记")
    d.save(tmp_path / "o.docx")
    blocks = _read(tmp_path / "o.docx").blocks
    assert [type(b).__name__ for b in blocks] == ["Paragraph", "Table", "Paragraph"]


def test_automatic_numbering_rendered_as_word_shows_it(tmp_path):
    d = new_document()
    outline = add_numbering(d, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")])
    numbered_paragraph(d, "先进集体", outline, 0)
    numbered_paragraph(d, "机关", outline, 1)
    numbered_paragraph(d, "事业单位", outline, 1)
    numbered_paragraph(d, "张三", outline, 2)
    numbered_paragraph(d, "先进个人", outline, 0)
    numbered_paragraph(d, "机关", outline, 1)  # the sub-level restarts under a new 一级
    gan = add_numbering(d, [("ideographTraditional", "%1．")])
    numbered_paragraph(d, "甲项", gan)
    numbered_paragraph(d, "乙项", gan)
    d.save(tmp_path / "n.docx")
    texts = [p.text for p in _read(tmp_path / "n.docx").paragraphs()]
    assert texts == ["一、先进集体", "（一）机关", "（二）事业单位", "1.张三", "二、先进个人", "（一）机关", "甲．甲项", "乙．乙项"]


def test_builtin_list_number_style_numbering(tmp_path):
    d = new_document()
    for name in ("张三", "李四"):
        d.add_paragraph(name, style="List Number")
    d.save(tmp_path / "l.docx")
    assert [p.text for p in _read(tmp_path / "l.docx").paragraphs()] == ["1. 张三", "2. 李四"]


@pytest.mark.parametrize(
    ("n", "fmt", "text"),
    [(1, "chineseCounting", "一"), (10, "chineseCounting", "十"), (11, "chineseCounting", "十一"),
     (20, "chineseCounting", "二十"), (105, "chineseCounting", "一百零五"), (110, "chineseCounting", "一百一十"),
     (3, "ideographTraditional", "丙"), (2, "decimalEnclosedCircle", "②"), (28, "lowerLetter", "bb"),
     (4, "upperRoman", "IV"), (7, "decimalZero", "07"), (12, "decimalFullWidth", "１２")],
)
def test_number_formats(n, fmt, text):
    assert format_number(n, fmt) == text


def test_chinese_counting_is_a_function_of_n():
    assert [chinese_counting(n) for n in (1, 9, 15, 99, 100, 101)] == ["一", "九", "十五", "九十九", "一百", "一百零一"]


def test_seed_table_docx(tmp_path, seed_list):
    from ingest_builders import seed_list_content

    title, header, rows = seed_list_content(seed_list)
    doc = _read(write_table_docx(tmp_path / "s.docx", title, header, rows))
    assert doc.paragraphs()[0].text == title
    table = doc.tables()[0]
    assert table.texts()[0] == header
    assert [(r[0].text, r[1].text, r[2].text.split("\n")) for r in table.rows[1:]] == [
        (seq, name, paras) for seq, name, paras in rows
    ]


def _zip_with(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_entity_bomb_fails_fast():
    ents = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE w [{ents}]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>'
    data = _zip_with({"[Content_Types].xml": b"<Types/>", "word/document.xml": xml.encode()})
    from awardtool.ingest import load_bytes

    doc = load_bytes(data, "bomb.docx", "docx")
    assert doc.error is not None and doc.error.code == "corrupt"
    assert "XML" in doc.error.message


def test_docx_without_body_part_is_reported():
    data = _zip_with({"[Content_Types].xml": b"<Types/>", "word/styles.xml": b"<x/>"})
    from awardtool.ingest.errors import IngestError

    with pytest.raises(IngestError) as e:
        read_docx(data, "x.docx")
    assert "Word" in e.value.message


def test_text_boxes_fallback_not_duplicated():
    body = (
        '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>框内</w:t></mc:Choice>'
        "<mc:Fallback><w:t>框内</w:t></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>正文</w:t></w:r><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del></w:p>"
    )
    xml = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f"<w:body>{body}</w:body></w:document>"
    )
    doc = read_docx(_zip_with({"word/document.xml": xml.encode()}), "x.docx")
    assert [b.text for b in doc.blocks if isinstance(b, Paragraph)] == ["框内正文"]
    assert not any(isinstance(b, Table) for b in doc.blocks)
