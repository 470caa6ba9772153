"""Plain text in every encoding and line-ending a clerk's files come in."""

from __future__ import annotations

import codecs

import pytest

from awardtool.ingest import load_path
from awardtool.ingest.text import decode_text

SAMPLE = "全国先进集体拟表彰名单\n序号\t名称\n1\t四川省成都市机关事务管理局\n"


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        codecs.BOM_UTF8 + SAMPLE.encode("utf-8"),
        SAMPLE.encode("gb18030"),
        SAMPLE.encode("gbk"),
        SAMPLE.encode("utf-16"),  # with BOM
        SAMPLE.encode("utf-16-le"),  # without BOM
        SAMPLE.encode("utf-16-be"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "utf16-bom", "utf16le", "utf16be"],
)
def test_encodings(encoded):
    assert decode_text(encoded) == SAMPLE


def test_gb18030_only_characters():
    text = "㐀䶵 龥 𠀀 是名单"  # outside GBK: needs GB18030 four-byte codes
    assert decode_text(text.encode("gb18030")) == text


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_and_line_locations(tmp_path, newline):
    p = tmp_path / "名单.txt"
    p.write_bytes(SAMPLE.replace("\n", newline).encode("gb18030"))
    (doc,) = load_path(p)
    assert doc.error is None and doc.format == "txt"
    assert [b.text for b in doc.paragraphs()][:3] == ["全国先进集体拟表彰名单", "序号\t名称", "1\t四川省成都市机关事务管理局"]
    assert [b.loc.line for b in doc.paragraphs()][:3] == [1, 2, 3]


def test_seed_reads(seed_list):
    (doc,) = load_path(str(seed_list))
    assert [p.text for p in doc.paragraphs() if p.text][0] == "全国机关事务工作先进集体拟表彰名单"
