"""Titles: the list's title, a narrative's title line, and the award a narrative is for.

A list title is a short line before the list that reads like a title (no sentence
punctuation, not a question, not page chrome). Web pages often have none; they then name
the list in an infobox (``中文名：2022年全国五一劳动奖``) or define it in their first sentence
(``中国青年五四奖章(…)，是…``), which we accept when the defined term is an award.
"""

from __future__ import annotations

import re

from awardtool.extract.lines import Line, is_chrome
from awardtool.extract.names import heading_kind
from awardtool.extract.text import key

_QUESTION = re.compile(r"[?？]|[呢吗嗎]$|是谁|是誰|有哪些|怎么|如何")
AWARD_WORD = re.compile(r"(?:奖|獎|奖章|奖状|称号|稱號|荣誉|榮譽|先进|先進|模范|模範|标兵|標兵|楷模|名单|名單|先锋|先鋒|之星|奋斗者|奮鬥者)")
# A wiki or encyclopedia infobox line naming the page's subject (- 中文名：…, 名称：…)
_INFOBOX = re.compile(r"^[-*•·\s]*(?:中文名称?|中文名稱|奖项名称|獎項名稱)\s*[:：]\s*(?P<t>.+?)\s*$")
_DEFINITION = re.compile(r"^[“\"]?(?P<t>[^，,。“”\"《》()（）:：\s]{3,24}?)[”\"]?\s*(?:[（(][^)）]{0,60}[)）])?\s*[，,]?\s*是")
# Narrative titles: 事迹材料, 推荐材料, 评选材料 … (the award is what precedes them)
NARRATIVE_SUFFIX = re.compile(
    r"(?:(?:推荐人选|推荐对象|候选人|人选|同志)?(?:的)?(?:先进|典型|主要|简要)?事迹(?:材料|简介|介绍)?|(?:推荐|评选|申报|典型|汇报|申请)材料|事迹$)"
)
_AWARD_QUOTED = re.compile(r"(?:获评|荣获|被评为|评为|授予|荣膺|获得|当选为?)(?:了)?\s*[“\"「]([^”\"」]{4,30})[”\"」]")


def is_title_like(text: str, max_len: int = 40) -> bool:
    t = text.strip()
    k = key(t)
    if not 4 <= len(k) <= max_len or is_chrome(t):
        return False
    if re.search(r"[。；;！!]", t) or _QUESTION.search(t):
        return False
    if t.endswith(("：", ":")):
        return False  # 省教育厅：, 各县（市、区）教育局：— the addressee or a label, not a title
    if re.fullmatch(r"[(（].*[)）]", t) or t.startswith(("-", "*", "•")):
        return False
    return not re.match(r"^\d{4}[-/.年]\d{1,2}", t)  # a date line, not 2024年度…名单


# A list's name introducing it with a colon; an attachment label over a list
_LIST_INTRO = re.compile(r"(?<=名单|名單)\s*[:：]\s*$")
# 延边上榜的有 introduces a list; 某某会员获全国五一劳动奖章 is a news headline about one: neither
# names the list (获奖名单, 获得者名单 do)
_INTRO_OR_HEADLINE = re.compile(r"(?:的有|的是|如下|有以下|包括)$|^(?!.*名单$).*获(?!奖|得者)")
_ATTACHMENT_LABEL = re.compile(r"^(?:附|附件|附表)\s*\d*\s*[:：]?\s*(?:名单|名單)?$")


def list_title(lines: list[Line], first_list_line: int | None) -> str | None:
    """The title of a list whose first entry or heading is at ``first_list_line`` (index in
    ``lines``): an infobox name, else the nearest title-like line just before the list, else
    the award a leading definition sentence names."""
    for ln in lines:
        m = _INFOBOX.match(ln.text)
        if m:
            return m.group("t")
    if first_list_line is not None:
        seen = 0
        for ln in reversed(lines[:first_list_line]):
            if not ln.text.strip() or is_chrome(ln.text):
                continue
            seen += 1
            if seen > 4:
                break
            text = _LIST_INTRO.sub("", ln.text.strip())  # 甘肃省第一届“最美社区工作者”名单：
            text = re.sub(r"^附件\s*\d*\s*[:：]\s*(?=\S)", "", text)  # 附件：某某名单 names the list
            if _ATTACHMENT_LABEL.match(text):
                continue  # 附：名单 / 附件1 label the list, they do not name it
            # a list's title names an honour or says what it is (名单, 决定, 公示 …): a catchphrase
            # over a news story (用劳动创造托起中国梦) does not
            if is_title_like(text, 60) and not _INTRO_OR_HEADLINE.search(key(text)) and (AWARD_WORD.search(text) or _DOC_TITLE.search(key(text)) or heading_kind(text)):
                return text
    for ln in lines[: first_list_line or len(lines)]:
        m = _DEFINITION.match(ln.text.strip())
        if m and AWARD_WORD.search(m.group("t")) and not _QUESTION.search(re.split(r"[。!！]", ln.text)[0]):
            return m.group("t")
    # a report or notice whose list follows several paragraphs of text: the document's own title
    first = next((ln.text.strip() for ln in lines[: first_list_line or len(lines)] if ln.text.strip() and not is_chrome(ln.text)), None)
    if first and is_title_like(first, 60) and _DOC_TITLE.search(key(first)):
        return first
    return None


# How the title of a notice, report or list ends (关于…的公示, …推荐名单, …的报告).
_DOC_TITLE = re.compile(r"(?:名单|汇总表|一览表|公示|通知|决定|通报|公告|报告|请示|事迹|材料)$")


def award_from_title(title: str, subject: str | None) -> str | None:
    """最美奋斗者推荐人选事迹 → 最美奋斗者; 全市后勤系统先进集体评选材料 → 全市后勤系统先进集体.
    None when the title is about the subject itself (区地税局行风建设先进事迹材料)."""
    m = NARRATIVE_SUFFIX.search(title)
    if not m:
        return None
    stem = title[: m.start()].strip(" ：:—-")
    if not stem or (subject and key(subject) in key(stem)):
        return None
    return stem if len(key(stem)) >= 3 else None


def award_from_text(text: str) -> str | None:
    """The honour a narrative reports: 获评“全国机关事务工作先进集体”, 授予“…”荣誉称号."""
    m = _AWARD_QUOTED.search(text)
    return m.group(1) if m else None
