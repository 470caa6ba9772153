"""Saved web pages: the article (with its list table), not the site chrome."""

from __future__ import annotations

from awardtool.document import Paragraph, Table
from awardtool.ingest import load_path

PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于拟表彰对象的公示_某某市人民政府</title><script>var nav = "首页";</script>
<style>.x{color:red}</style></head><body>
<div id="top-nav"><ul><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 通知公告</div>
<div class="content"><h1>关于全国先进集体拟表彰对象的公示</h1>
<p>根据有关规定，现将拟表彰对象予以公示。<br>公示时间为5个工作日。</p>
<table border="1"><tr><th>序号</th><th>先进集体名称</th><th>简要事迹</th></tr>
<tr><td>1</td><td>四川省成都市
机关事务管理局</td><td><p>第一段事迹。</p><p>第二段事迹。</p></td></tr>
<tr><td rowspan="2">2</td><td colspan="2">跨两列的单元格</td></tr>
<tr><td>乙单位</td><td>乙事迹</td></tr></table>
<h2>联系方式</h2><p>电话：12345678</p></div>
<div class="footer">版权所有：某某市人民政府办公室 网站标识码1234 <a href="#">网站地图</a></div>
</body></html>"""


def _read(tmp_path, data, name="page.html"):
    p = tmp_path / name
    p.write_bytes(data)
    (doc,) = load_path(p)
    assert doc.error is None, doc.error
    return doc


def test_gbk_page_article_table_headings(tmp_path):
    doc = _read(tmp_path, PAGE.encode("gbk"))
    assert doc.format == "html"
    paras = [(b.text, b.level) for b in doc.blocks if isinstance(b, Paragraph)]
    assert paras == [
        ("关于全国先进集体拟表彰对象的公示", 1),
        ("根据有关规定，现将拟表彰对象予以公示。", None),
        ("公示时间为5个工作日。", None),
        ("联系方式", 2),
        ("电话：12345678", None),
    ]
    (table,) = [b for b in doc.blocks if isinstance(b, Table)]
    assert table.texts() == [
        ["序号", "先进集体名称", "简要事迹"],
        ["1", "四川省成都市机关事务管理局", "第一段事迹。\n第二段事迹。"],
        ["2", "跨两列的单元格", "跨两列的单元格"],
        ["2", "乙单位", "乙事迹"],
    ]
    assert [c.merged for c in table.rows[3]] == [True, False, False]
    text = doc.text()
    for chrome in ("首页", "当前位置", "版权所有", "var nav", "color:red"):
        assert chrome not in text


def test_utf8_page_without_meta_and_layout_table(tmp_path):
    page = """<html><body><table><tr><td><table><tr><td><a href="/">首页</a></td><td><a href="/x">新闻</a></td></tr></table>
    <p>正文第一段，内容足够长以便被识别为正文部分。</p><p>正文第二段。</p></td></tr></table></body></html>"""
    doc = _read(tmp_path, page.encode("utf-8"), "a.htm")
    assert "正文第一段，内容足够长以便被识别为正文部分。" in [b.text for b in doc.paragraphs()]
    assert not doc.tables() or all(len(t.rows[0]) >= 2 for t in doc.tables())


def test_empty_page_is_an_error(tmp_path):
    p = tmp_path / "e.html"
    p.write_bytes(b"<html><head><title>x</title></head><body><script>1</script></body></html>")
    (doc,) = load_path(p)
    assert doc.error is not None and doc.error.code == "empty"
