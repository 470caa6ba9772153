"""Fields the extractor was unsure of are marked in the record form (colour, tooltip with the
reason), F8 walks through them and then on to the next record that has any."""

from __future__ import annotations

from awardtool.document import Document, Loc, Paragraph
from awardtool.extract import extract
from awardtool.ui.record_form import RecordForm


def _records():
    text = "先进个人名单\n王丽华　北京市朝阳区某某社区党委书记\n张　敏　某某科技有限公司工程师\n李秀英　保定市某某村党支部书记"
    doc = Document("名单.txt", "txt", [Paragraph(t, Loc(line=i)) for i, t in enumerate(text.split("\n"), 1)])
    return extract(doc).records


def test_uncertain_fields_are_marked_with_their_reason_and_f8_visits_them(qtbot):
    form = RecordForm()
    qtbot.addWidget(form)
    form.show()
    sure, unsure, _ = _records()
    assert unsure.region is None and unsure.confidence["region"] == 0.0
    form.load(unsure)
    region = form.editors["region"]
    assert region.property("uncertain") is True and "原文中没有找到" in region.toolTip()
    assert form.editors["name"].property("uncertain") is False and form.editors["name"].toolTip() == ""
    with qtbot.waitSignal(form.next_uncertain_record_requested):
        assert form.focus_next_uncertain()  # the region …
        assert form.uncertain_shortcut.key().toString() == "F8"
        form.uncertain_shortcut.activated.emit()  # … is the only one: F8 asks for the next record
    form.load(sure)
    assert form.uncertain_keys() == [] and region.property("uncertain") is False


def test_a_field_the_clerk_edits_is_no_longer_marked(qtbot):
    form = RecordForm()
    qtbot.addWidget(form)
    form.show()
    _, unsure, _ = _records()
    form.load(unsure)
    form.edited.emit("region", "北京市", None)
    form.load(unsure, new_record=False)
    assert "region" not in form.uncertain_keys()
