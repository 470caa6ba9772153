"""Brief-deeds condensation on built texts: structure found, whole sentences only, limit kept."""

from __future__ import annotations

from awardtool.validate import condense, count_chars

NARRATIVE = "\n".join([
    "某某局2023年以来坚持服务大局，圆满完成各项任务。全局上下团结一心。",
    "（一）强化制度建设",
    "制定制度12项。修订流程8个，运行顺畅。",
    "（二）提升服务质量",
    "满意度达到98%。",
    "（三）加强队伍建设",
    "开展培训20次。",
])


def test_short_deeds_are_returned_unchanged():
    assert condense("简短事迹。", 300) == "简短事迹。"


def test_sections_with_bracket_numbers():
    draft = condense(NARRATIVE, 81)
    assert draft.splitlines() == [
        "某某局2023年以来坚持服务大局，圆满完成各项任务。",
        "（一）强化制度建设。制定制度12项。",
        "（二）提升服务质量。满意度达到98%。",
        "（三）加强队伍建设。开展培训20次。",
    ]
    assert count_chars(draft) == 81
    assert "全局上下团结一心" in condense(NARRATIVE, 90)
    assert condense(NARRATIVE, 80).splitlines()[3] == "（三）加强队伍建设。"  # 开展培训… no longer fits


def test_tight_limits_keep_whole_sentences_and_priorities():
    assert condense(NARRATIVE, 26) == "某某局2023年以来坚持服务大局，圆满完成各项任务。"
    # the key sentence does not fit: the opening's next sentence stands in for it
    assert condense(NARRATIVE, 19) == "全局上下团结一心。\n（一）强化制度建设。"
    assert condense(NARRATIVE, 5) == ""
    for limit in range(5, 120, 7):
        assert count_chars(condense(NARRATIVE, limit)) <= limit


def test_out_of_sequence_number_stays_body_text():
    text = "总体情况良好，成效显著。\n一、第一项工作\n内容甲。\n三、四级责任人定期考核。\n二、第二项工作\n内容乙。"
    lines = condense(text, 40).splitlines()
    assert [line[:6] for line in lines[1:]] == ["一、第一项工", "二、第二项工"]


def test_single_paragraph_selects_leading_sentences_in_order():
    text = "第一句总结全年工作。第二句说明做法。第三句列举成绩非常多非常多非常多。第四句。"
    assert condense(text, 20) == "第一句总结全年工作。\n第二句说明做法。"
