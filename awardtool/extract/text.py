"""Text helpers shared by the extractors: comparison keys, HTML in text, sentence tests.

The extractor compares on a *key* (no spaces, half-width, simplified characters) but always
returns the author's own characters: a record name in traditional characters or with padding
spaces stays as written.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache, lru_cache

from lxml import etree

from awardtool.regions import to_simplified

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
_SPACES = re.compile(r"[\s\u3000\xa0]+")
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#x[0-9a-fA-F]{2,5});")
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "blockquote"}

SENTENCE_END = "。！？!?；;…”’」』"
_SENTENCE_PUNCT = re.compile(r"[，。；！？,;!?]")


# Pinyin a page printed after a character (國(guó), 聯(lián)): debris of a ruby annotation
PINYIN_DEBRIS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def strip_debris(text: str) -> str:
    """The text without pinyin debris: 陳國(guó)華 → 陳國華 (characters kept as written)."""
    return PINYIN_DEBRIS.sub("", text) if "(" in text or "（" in text else text


@lru_cache(maxsize=1 << 14)
def key(text: str) -> str:
    """Comparison key: NFKC (full → half width), no whitespace, simplified characters.

    Cached because the same header cells, headings and names are keyed again and again within a
    document; bounded so that a batch of thousands of documents does not keep every key."""
    return to_simplified(strip_debris(_SPACES.sub("", unicodedata.normalize("NFKC", text or ""))))


def squeeze(text: str) -> str:
    """Collapse runs of whitespace to one space and trim (for single-line values)."""
    return _SPACES.sub(" ", text or "").strip()


@cache
def _han_run() -> re.Pattern:
    """Runs of Han characters. Compiling a class of 27,000 characters takes milliseconds, so
    every extractor shares this one pattern, compiled at first use rather than at import."""
    return re.compile(f"[{HAN}]+")


def is_han(text: str) -> bool:
    """True when ``text`` is non-empty and all Han characters."""
    return _han_run().fullmatch(text) is not None


def han_count(text: str) -> int:
    return sum(map(len, _han_run().findall(text or "")))


def has_html(text: str) -> bool:
    return bool(_TAG.search(text or "")) or bool(_ENTITY.search(text or ""))


# Bare paragraph markup (<p>, <div>, <br> without attributes) around plain text: scraped
# lists and our benchmark carry deeds as ``<p>…</p>`` in every cell, and running the HTML
# parser on each costs more than the rest of the extraction. For this shape the parser's
# answer is known: every tag is a paragraph boundary and the text between is kept verbatim.
_PLAIN_TAG = re.compile(r"<(/?)(p|div|br)>|<(br)[ \t\n]*/>|<(br)[ \t\n]+>", re.IGNORECASE | re.ASCII)
# Characters the HTML parser treats specially (references, stray angle brackets, control and
# non-characters, CR which it folds into LF): their presence means the parser must decide.
_PARSER_SENSITIVE = re.compile("[&<>\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufeff\ufffe\uffff]")


def _plain_markup_paragraphs(text: str) -> list[str] | None:
    """``html_paragraphs`` of ``text`` without parsing, or None when the text is not bare
    paragraph markup whose parse is certain (attributes, entities, a ``<div>`` inside a
    ``<p>``, a closing tag that closes nothing: the parser's own rules apply to those)."""
    pieces = _PLAIN_TAG.split(text)
    open_tags: list[str] = []
    out: list[str] = []
    # split() yields text, then the four groups of each tag, then text again
    for i in range(0, len(pieces), 5):
        if _PARSER_SENSITIVE.search(pieces[i]):
            return None
        out.extend(p.strip() for p in pieces[i].split("\n"))
        if i + 1 >= len(pieces):
            break
        closing, name = pieces[i + 1], pieces[i + 2]
        if name is None:  # <br/>, <br >: a line break
            continue
        name = name.lower()
        if name == "br":
            if closing:  # </br>: the parser's call
                return None
        elif closing:
            if not open_tags or open_tags[-1] != name:
                return None
            open_tags.pop()
        elif "p" in open_tags:  # <p> or <div> inside a <p> closes it implicitly
            return None
        else:
            open_tags.append(name)
    return [p for p in out if p]


def html_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text that carries HTML (<p>…</p>, <br>, &nbsp;): tags removed by a
    real HTML parser, entities decoded, one string per block element, blank ones dropped."""
    if not _TAG.search(text or ""):
        parts = html.unescape(text or "").split("\n")
        return [p.strip() for p in parts if p.strip()]
    plain = _plain_markup_paragraphs(text)
    return plain if plain is not None else _parsed_paragraphs(text)


def _parsed_paragraphs(text: str) -> list[str]:
    """``html_paragraphs`` by the HTML parser (lxml.html is imported here, at first need)."""
    from lxml import html as lxml_html

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
