"""Text helpers shared by the extractors: comparison keys, HTML in text, sentence tests.

The extractor compares on a *key* (no spaces, half-width, simplified characters) but always
returns the author's own characters: a record name in traditional characters or with padding
spaces stays as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache

from lxml import etree
from lxml import html as lxml_html

from awardtool.regions import to_simplified

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_SPACES = re.compile(r"[\s\u3000\xa0]+")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "blockquote"}

SENTENCE_END = "。！？!?；;…”’」』"
_SENTENCE_PUNCT = re.compile(r"[，。；！？,;!?]")


@cache
def key(text: str) -> str:
    """Comparison key: NFKC (full → half width), no whitespace, simplified characters."""
    return to_simplified(_SPACES.sub("", unicodedata.normalize("NFKC", text or "")))


def squeeze(text: str) -> str:
    """Collapse runs of whitespace to one space and trim (for single-line values)."""
    return _SPACES.sub(" ", text or "").strip()


def han_count(text: str) -> int:
    return len(re.findall(f"[{HAN}]", text or ""))


def has_html(text: str) -> bool:
    return bool(_TAG.search(text or "")) or bool(_ENTITY.search(text or ""))


def html_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text that carries HTML (<p>…</p>, <br>, &nbsp;): tags removed by a
    real HTML parser, entities decoded, one string per block element, blank ones dropped."""
    if not _TAG.search(text or ""):
        parts = html.unescape(text or "").split("\n")
        return [p.strip() for p in parts if p.strip()]
    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return [p.strip() for p in html.unescape(_TAG.sub("\n", text)).split("\n") if p.strip()]
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS:
            el.tail = "\n" + (el.tail or "")
            if el.tag.lower() != "br":
                el.text = "\n" + (el.text or "")
    text_out = root.text_content()
    return [p.strip() for p in text_out.split("\n") if p.strip()]


def is_sentence(text: str) -> bool:
    """Running prose rather than a label or a name: long enough and punctuated."""
    t = (text or "").strip()
    return len(t) >= 15 and bool(_SENTENCE_PUNCT.search(t))


def ends_sentence(text: str) -> bool:
    t = (text or "").rstrip()
    return bool(t) and (t[-1] in SENTENCE_END or t.endswith("...") or t.endswith("）") and t[-2:-1] in SENTENCE_END)
