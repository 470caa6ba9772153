"""The 变更情况说明 rendered by LibreOffice: every glyph inside the 版心, page numbers as in
the list export, and every change's sentence on the page (the list export's page checks)."""

from __future__ import annotations

import shutil

import pytest
from test_export_word_render import check_pages, squash, to_pdf

from awardtool.compare import Entry, ListSide, compare
from awardtool.compare.wording import change_text
from awardtool.export.changes_word import export_changes_docx
from awardtool.records import Record

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed"),
]

PLACES = ("河北省石家庄市", "山西省太原市", "辽宁省沈阳市", "吉林省长春市", "江苏省南京市", "浙江省杭州市", "安徽省合肥市",
          "福建省福州市", "江西省南昌市", "山东省济南市", "河南省郑州市", "湖北省武汉市", "湖南省长沙市", "广东省广州市")


def unit(place: str, cut: bool = False) -> Record:
    deeds = f"该局推进{place}公共机构节能，建成集中办公区综合服务平台。\n全年保障会议一千余场，服务满意度保持在较高水平。"
    return Record(name=f"{place}机关事务管理局", deeds=deeds.split("\n")[0] if cut else deeds)


def test_rendered_changes_document(tmp_path):
    old = [unit(p) for p in PLACES]
    new = [unit(p, cut=k % 3 == 0) for k, p in enumerate(PLACES) if k % 4]  # every 4th withdrawn
    new[2].name = new[2].name.replace("管理局", "服务中心")
    new.insert(5, Record(name="新疆维吾尔自治区乌鲁木齐市机关事务管理局", deeds="新推荐。"))
    ids_new = [k + 1 for k, _ in enumerate(PLACES) if k % 4]
    ids_new.insert(5, 99)
    a = ListSide("公示", "stage", [Entry(r, k + 1, "pending", k) for k, r in enumerate(old)], "2026-11-20T09:00:00+08:00", "李科员")
    b = ListSide("最终", "stage", [Entry(r, i, "pending", k) for k, (r, i) in enumerate(zip(new, ids_new))])
    result = compare(a, b)
    assert len(result.changes) == 9  # 1 added, 4 removed, 1 renamed, 3 deeds cut
    path = export_changes_docx(result, tmp_path / "说明.docx", issuer="某某省机关事务管理局", date="2026-11-30")
    pages = check_pages(to_pdf(path))
    assert len(pages) == 2  # the even page too: its number flush left
    text = squash("".join(pages))
    assert squash("名单变更情况说明") in text and squash("2026年11月30日") in text
    for change in result.changes:
        assert squash(change_text(change)) in text, change_text(change)
