"""The document's paragraphs as clean text lines that remember where they came from.

A paragraph that carries HTML (<p>…</p><p>…</p>) becomes several lines; every line keeps the
index of its block and its character span in that block's text, so a record's fields can be
highlighted in the original. Page chrome (breadcrumbs, share/print links, disclaimers,
bylines) is recognised here, once, for every extractor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from awardtool.document import Document, Loc, Paragraph
from awardtool.extract.names import is_person_name, is_unit_name
from awardtool.extract.text import has_html, html_paragraphs, key
from awardtool.records import FieldSource


@dataclass(slots=True)
class Line:
    text: str  # clean text (HTML removed), author's characters
    block: int
    loc: Loc
    start: int  # span of ``text`` in the block's text, when it can be found
    end: int
    style: str | None = None
    level: int | None = None

    def source(self, start: int | None = None, end: int | None = None) -> FieldSource:
        """FieldSource for the whole line, or for ``text[start:end]``."""
        if start is None:
            return FieldSource(self.block, self.loc, self.start, self.end)
        if self.end - self.start == len(self.text):  # the line is a verbatim slice of the block
            return FieldSource(self.block, self.loc, self.start + start, self.start + end)
        return FieldSource(self.block, self.loc, self.start, self.end)


def document_lines(doc: Document) -> list[Line]:
    """Every paragraph block as clean lines (tables are handled by the table extractor)."""
    out: list[Line] = []
    for bi, block in enumerate(doc.blocks):
        if not isinstance(block, Paragraph):
            continue
        raw = block.text or ""
        pieces = html_paragraphs(raw) if has_html(raw) else [raw]
        pos = 0
        for piece in pieces:
            found = raw.find(piece, pos) if piece else -1
            if found >= 0:
                start, end = found, found + len(piece)
                pos = end
            else:
                start, end = 0, len(raw)
            line = Line(piece, bi, block.loc, start, end, block.style, block.level)
            out.extend(_unflattened(line) if len(piece) >= _FLAT_MIN else (line,))
    return out


_FLAT_MIN = 150  # a shorter line is a paragraph, not a whole page
# the gaps between a flattened page's parts: runs of spaces, except around a breadcrumb's
# separator (首页 > 基层风采 stays one part)
_FLAT_GAP = re.compile(r"(?<![>›»/|｜＞])[ \u3000\t]+(?![>›»/|｜＞ \u3000\t])")


def _unflattened(line: Line) -> list[Line]:
    """A web page whose text lost every line break (首页 > 栏目 标题 2025-04-02 来源：本站 正文…
    上一篇：无 下一篇：无) as the lines it was: its space-separated parts, when the line holds
    sentences and two or more of its parts are page chrome. A long paragraph with a space in it
    (or one credit at its end) stays whole."""
    text = line.text
    if "。" not in text:
        return [line]
    parts = [(m.start(), m.group()) for m in re.finditer(r"\S(?:.*?\S)?(?=" + _FLAT_GAP.pattern + r"|$)", text)]
    if len(parts) < 3 or sum(is_chrome(p) for _, p in parts) < 2:
        return [line]
    verbatim = line.end - line.start == len(text)
    return [
        Line(p, line.block, line.loc, *((line.start + at, line.start + at + len(p)) if verbatim else (line.start, line.end)), line.style, line.level)
        for at, p in parts
    ]


# Lines that are page furniture, not content. Matched on the comparison key.
_CHROME = re.compile(
    r"^(?:您的位置|当前位置|您现在的位置|所在位置|位置[:：]|(?:网站|本站)?首页[>›»/])"
    r"|^(?:免责声明|版权声明|版权所有|关键词|关键字|标签[:：]|相关内容|相关阅读|相关文章|相关新闻|相关推荐|热门资讯|热门推荐|热门文章"
    r"|推荐阅读|最新图文|最新文章|最新资讯|猜你喜欢|延伸阅读|上一篇|下一篇|责任编辑|编辑[:：]|审核[:：]|分享到|分享[:：]|扫一扫"
    r"|来源[:：]|作者[:：]|发布时间|发布日期|日期[:：]|时间[:：]|浏览次数|阅读次数|点击[:：]|点击数|字号|【打印】|【关闭】|打印本页|关闭窗口"
    r"|返回顶部|返回列表|附件下载|下载附件|文章来源|信息来源|【字体|全文阅读)"
    r"|^[(（]?资料图[)）]?$|^[(（]?图片来源|^\|+$|^[-–—=*_|#\s]+$"
    r"|^[【\[]?编者(?:按|的话)[】\]]?[:：]|^[(（]图[为片:：]|^图[为:：].{0,40}$|^扫一扫|^索引号|^主题分类|^发布机构|^成文日期|^文号[:：]"
    r"|^第[一二三四五六七八九十\d]{1,3}[篇页頁][:：]?$|^共\d{1,3}[页頁]$|^(?:上一页|下一页|上一頁|下一頁)$"
    r"|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*[\u4e00-\u9fff]{0,4}$"
    r"|^[【\[](?:打印|关闭|返回|收藏|分享)"
    # credit and source labels (编辑|张三, 来源：某某日报, 原标题：…), follow-us and end marks
    r"|^(?:原标题|来源|作者|编辑|责编|审核|监制|排版|撰稿|供稿|校对|美编|统筹|文字|图片|视频|摄影|出品|策划|主编|值班编辑)[:|｜丨/]"
    r"|^(?:点击蓝字|点击上方|长按识别|长按二维码|识别二维码|阅读原文|往期回顾|往期推荐|-*END-*$|—+END—+$)|^[(（]?完[)）]?$"
    r"|^(?:本文来自|本文转自|转载请|声明:|网友评论|我要评论|相关链接)"
    r"|^[(（](?:本文)?(?:作者单位|作者|来源|编辑|责任编辑|责编|通讯员|记者|供稿|稿件来源)[^)）]{0,60}[)）]$"
    # forum and share buttons on a line of their own (回复 举报, 楼主 发表于…)
    r"|^(?:(?:回复|举报|引用|收藏|点赞|评论|只看该作者|使用道具|楼主|沙发|板凳|地板|倒序浏览|阅读模式|电梯直达)\s*)+$"
)
# Markers after which a page has no more content (footer: related links, disclaimers).
_FOOTER = re.compile(
    r"^(?:免责声明|版权声明|版权所有|关键词|关键字|相关内容|相关阅读|相关文章|相关新闻|相关推荐|热门资讯|热门推荐|热门文章|推荐阅读"
    r"|最新图文|最新文章|猜你喜欢|延伸阅读|上一篇|下一篇|责任编辑|【打印】|【关闭】|打印本页|关闭窗口|分享到|返回顶部"
    r"|本文来自|本文转自|转载请|声明[:：]|网友评论|我要评论|相关链接|往期回顾|往期推荐|阅读原文|附件[:：]|附件下载|相关附件)"
)


# A time of day next to a date: a post's metadata (本帖最后由 X 于 2014-11-18 09:02 编辑,
# 2023-05-06 10:31 来源…), never part of a record.
_STAMP = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*\d{1,2}[:：]\d{2}")
_STAMP_LINE_MAX = 80


def is_chrome(text: str) -> bool:
    k = key(text)
    if not k:
        return True
    if _CHROME.search(k):
        return True
    if len(k) <= _STAMP_LINE_MAX and _STAMP.search(text) and not re.search(r"[。，；！？]", text):
        return True
    return is_byline(text)


# 记者 张三 李四 / 文/张三 / | 吴泽 / 通讯员：王五: who wrote or photographed the page
_CREDIT_WORDS = "记者|通讯员|特约记者|见习记者|作者|撰稿|撰文|摄影|摄|图|文|编辑|责编|责任编辑|审核|初审|复审|终审"
_BYLINE = re.compile(
    rf"^\s*[■●◆▲★▶]?\s*[(（]?\s*(?:[|｜/／]|(?:本报|本网|本台)?(?:{_CREDIT_WORDS})\s*[|｜/／:：]?)"
    r"\s*(?P<names>[^\s|｜/／:：，。,]{1,10}(?:[\s、,，]+[^\s|｜/／:：，。,]{1,10}){0,6})\s*[)）]?\s*$"
)
_CREDIT_WORD = re.compile(rf"^(?:本报|本网|本台)?(?:{_CREDIT_WORDS}|报道)$")


def is_byline(text: str) -> bool:
    """A reporter's or author's credit, alone on its line: the credit word (or a separator
    bar) and one to five person names (记者 胡于梅 摄 is one; 记者节 is not)."""
    m = _BYLINE.match(text)
    if not m:
        return False
    names = [n for n in re.split(r"[\s、,，]+", m.group("names")) if n and not _CREDIT_WORD.match(key(n))]
    return bool(names) and all(is_person_name(n) for n in names)


def is_footer(text: str) -> bool:
    return bool(_FOOTER.search(key(text)))


_CN_NUM = "〇零○一二三四五六七八九十"
_DATE = rf"(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?|[{_CN_NUM}]{{4}}年[{_CN_NUM}]{{1,2}}月(?:[{_CN_NUM}]{{1,3}}日)?|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}})"
_DATE_LINE = re.compile(rf"^\s*(?P<unit>[^，。；,;！？!?]{{0,40}}?)\s*[（(]?{_DATE}[)）]?\s*$")


# what a page adds when it repeats its title over the text: 篇1, (2), 之三, ——第一部分
_PART_MARK = re.compile(r"(?:篇|之|第|[（(]|——)?\s*[一二三四五六七八九十\d]{1,3}\s*(?:篇|部分|[)）])?$")


def repeats_title(text: str, title: str) -> bool:
    """A line that repeats the title, perhaps with a part number (事迹篇1, 事迹（二）)."""
    k, t = key(text), key(title)
    return k == t or (k.startswith(t) and bool(_PART_MARK.fullmatch(k[len(t) :])))


def is_signature(text: str) -> bool:
    """A 落款: a date, or a unit's name and a date, alone on a line at the end of a text."""
    m = _DATE_LINE.match(text)
    if not m:
        return False
    unit = m.group("unit").strip()
    return not unit or is_unit_name(unit) or len(key(unit)) <= 12 and not re.search(r"[，。]", unit)


def is_date_line(text: str) -> bool:
    """A date alone on its line (2025年1月8日, 二〇一四年十一月十八日)."""
    m = _DATE_LINE.match(text)
    return bool(m) and not m.group("unit").strip()


# （记者 张三 通讯员 李四）, （完）, 【责任编辑：王五】 closing the last paragraph: credits, not deeds
_TRAILING_CREDIT = re.compile(
    r"\s*[（(【\[](?:(?:本报|本台)?记者|通讯员|(?:本文)?作者|作者单位|来源|稿件来源|供稿|编辑|责任编辑|责编|审核|校对|文|图|完)[^（()）【】\[\]]{0,40}[)）】\]]\s*$"
)
# 主要事迹：/ 事迹简介： opening the deeds: the label of the text, not part of it
_DEEDS_LABEL = re.compile(r"^\s*(?:[【\[]\s*(?:主要|简要|先进|个人|集体)?事迹(?:简介|介绍|材料)?\s*[】\]]\s*[:：]?|(?:主要|简要|先进|个人|集体)?事迹(?:简介|介绍|材料)?\s*[:：])\s*")


def clean_deeds(deeds: str) -> str:
    """Deeds without a label in front or a reporter's credit at the end."""
    return _TRAILING_CREDIT.sub("", _DEEDS_LABEL.sub("", deeds))
