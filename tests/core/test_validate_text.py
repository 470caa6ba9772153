"""The safe text rules (half-width punctuation, stray spaces, markup) and the cleanup that
applies them: concrete cases, and properties over generated text — a fix never changes a
Chinese character, digit or letter, only punctuation and spaces, and fixing twice changes
nothing more."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from awardtool.records import Record
from awardtool.validate import apply_fixes, check_record, count_chars, fix_record, fix_text
from awardtool.validate.chars import is_word_char


def fixed(text: str, **kw) -> str:
    return fix_text(text, **kw)[0]


def test_halfwidth_marks_in_chinese_become_fullwidth():
    assert fixed("以习近平思想为指导,认真落实;成效明显!是否达标?") == "以习近平思想为指导，认真落实；成效明显！是否达标？"
    assert fixed("主要做法:一是") == "主要做法：一是"
    assert fixed("成立专班(2020年)推进") == "成立专班（2020年）推进"
    assert fixed("见附件(1)") == "见附件（1）"
    assert fixed("单位(盖章)") == "单位（盖章）"
    assert fixed("（单位)") == "（单位）"


def test_numbers_urls_emails_and_latin_keep_their_marks():
    for text in (
        "完成投资1,000万元，增长3.5%",
        "会议于10:30开始",
        "详见https://www.example.gov.cn/a?x=1,2;y=3!",
        "联系邮箱admin@example.com,电话",
        "Hello, world! How are you?",
        "函数f(x)的值",
    ):
        out = fixed(text)
        for keep in ("1,000", "3.5", "10:30", "?x=1,2;y=3!", "admin@example.com", "Hello, world! How are you?", "f(x)"):
            if keep in text:
                assert keep in out, (text, out)
    assert fixed("联系邮箱admin@example.com,电话") == "联系邮箱admin@example.com，电话"


def test_straight_quotes_pair_open_and_close():
    assert fixed('牢固树立"忠诚、清廉"价值取向，践行"五个坚持"') == "牢固树立“忠诚、清廉”价值取向，践行“五个坚持”"
    assert fixed('落实“五个坚持"要求') == "落实“五个坚持”要求"
    assert fixed('他说"OK"。') == "他说“OK”。"
    assert fixed('He said "OK" twice') == 'He said "OK" twice'
    assert fixed("开展'三查'活动") == "开展‘三查’活动"
    assert fixed("Xi'an's team") == "Xi'an's team"


def test_spaces_next_to_chinese_removed_latin_spaces_kept():
    assert fixed("2020 年省级以上媒体采用 130 余条") == "2020年省级以上媒体采用130余条"
    assert fixed("使用 Windows 10 系统") == "使用Windows 10系统"
    assert fixed("　　段首缩进。\n第二段 ") == "段首缩进。\n第二段"
    assert fixed("中文 ， 中文") == "中文，中文"
    assert fixed("田　华", person_name=True) == "田华"
    rec = Record(name="田　华", kind="individual", deeds="事迹。")
    codes = {f.code for f in check_record(rec)}
    assert "name_padding" in codes and "name_not_person" not in codes


def test_markup_and_entities_removed():
    assert fixed("<p>第一段。</p> <p>第二段。</p>") == "第一段。\n第二段。"
    assert fixed("<b>重点</b>工作&nbsp;成效") == "重点工作成效"
    assert fixed("A&amp;B公司") == "A&B公司"
    assert fixed("<p class=\"MsoNormal\">正文<o:p></o:p></p>") == "正文"
    assert fixed("x<y且a>b，<工作>") == "x<y且a>b，<工作>"
    assert fixed("&lt;p&gt;内容") == "内容"


def test_changes_map_to_original_spans_across_rounds():
    text = "<p>2020&nbsp;年,成效</p>"
    new, changes = fix_text(text)
    assert new == "2020年，成效"
    replay = text
    for s, e, old, repl in sorted(changes, reverse=True):
        assert replay[s:e] == old
        replay = replay[:s] + repl + replay[e:]
    assert replay == new


def test_one_click_fixes_apply_like_the_cleanup():
    rec = Record(name="某局", deeds="以思想为指导,认真落实,成效 100 余项。")
    fixes = [f.fix for f in check_record(rec) if f.fix]
    assert len(fixes) == 4
    assert apply_fixes(rec, fixes).deeds == fix_record(rec)[0].deeds == "以思想为指导，认真落实，成效100余项。"
    assert rec.deeds == "以思想为指导,认真落实,成效 100 余项。"  # the input is not modified


def test_count_chars_skips_spaces_and_line_breaks():
    assert count_chars("中文 abc,12。\n　二") == 10


_ALPHABET = st.sampled_from(
    list("中文机关事务局年月日") + list("0123456789") + list("abcXYZ")
    + list(",:;?!()\"'.%-/") + list("，。、；：？！（）“”‘’《》")
    + [" ", "\u3000", "\t", "\xa0", "\n"]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)


def _words(text: str) -> list[str]:
    return [c for c in text if is_word_char(c)]


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.booleans())
def test_fix_keeps_every_word_character_and_is_idempotent(text, person_name):
    new, changes = fix_text(text, person_name=person_name)
    assert _words(new) == _words(text)
    assert fix_text(new, person_name=person_name) == (new, [])
    for _, _, old, repl in changes:
        assert not any(is_word_char(c) for c in old + repl)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_TEXT, st.sampled_from(["<p>", "</p>", "<br/>", "&nbsp;", "<span style='x'>", ""])), max_size=6))
def test_markup_removal_keeps_the_text_between_tags(parts):
    text = "".join(t + tag for t, tag in parts)
    plain = "".join(t for t, _ in parts)
    new, _ = fix_text(text)
    assert _words(new) == _words(plain)
    assert fix_text(new)[0] == new


@settings(max_examples=100, deadline=None)
@given(_TEXT)
def test_record_fix_idempotent(text):
    rec = Record(name="某某局", deeds=text, notes=text)
    once, _ = fix_record(rec)
    assert fix_record(once)[1] == []


def test_numbered_item_at_line_start_is_chinese():
    assert fixed("(1)完成目标任务") == "（1）完成目标任务"
