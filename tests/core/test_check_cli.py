"""`awardtool check` end to end on the seeds: extraction, findings, --fix, --limit, the
cross-file duplicate check and the exit codes."""

from __future__ import annotations

import json
import shutil

import pytest

from awardtool.cli import main
from awardtool.validate import count_chars


def run_json(capsys, *argv) -> tuple[int, dict]:
    code = main(["check", "--json", *map(str, argv)])
    return code, json.loads(capsys.readouterr().out)


def by_name(doc: dict) -> dict[str, dict]:
    return {r["name"]: r for r in doc["records"]}


def test_seed_list_findings_and_limit(capsys, seed_list, seed_narrative):
    code, out = run_json(capsys, "--limit", 300, seed_list, seed_narrative)
    assert code == 0
    assert [d["path"] for d in out["documents"]] == [str(seed_list), str(seed_narrative)]
    lst, narrative = out["documents"]
    assert len(lst["records"]) == 4 and len(narrative["records"]) == 1
    for doc in (lst, narrative):
        for rec in doc["records"]:
            assert any(f["code"] == "deeds_too_long" for f in rec["findings"]), rec["name"]
    rows = by_name(lst)
    for name in ("四川省人民政府办公厅机关服务中心", "四川省第四人民医院重症医学科"):
        punct = [f for f in rows[name]["findings"] if f["code"] == "halfwidth_punct"]
        assert punct and all(f["fix"]["replacement"] in "，；" for f in punct)
    spaces = [f for f in rows["四川省绵阳市机关事务管理局"]["findings"] if f["code"] == "cjk_space"]
    assert spaces and all(f["fix"]["replacement"] == "" for f in spaces)
    assert out["batch"] == []


def test_fix_output_is_clean_and_reports_changes(capsys, seed_list):
    code, out = run_json(capsys, "--fix", seed_list)
    assert code == 0
    rows = by_name(out["documents"][0])
    for name in ("四川省人民政府办公厅机关服务中心", "四川省第四人民医院重症医学科"):
        deeds = rows[name]["record"]["deeds"]
        assert "," not in deeds and "，" in deeds
        assert not any(f["code"] == "halfwidth_punct" for f in rows[name]["findings"])
        assert any(c["old"] == "," and c["new"] == "，" for c in rows[name]["changes"])
    deeds = rows["四川省绵阳市机关事务管理局"]["record"]["deeds"]
    assert "2014年成立以来" in deeds and "2014 年" not in deeds
    assert "2020年省级以上媒体" in rows["四川省成都市机关事务管理局办公室"]["record"]["deeds"]
    assert "543例" in rows["四川省第四人民医院重症医学科"]["record"]["deeds"]


def test_same_collective_from_two_files_is_one_duplicate(capsys, seed_list, tmp_path):
    a, b = tmp_path / "第一批.txt", tmp_path / "第二批.txt"
    shutil.copy(seed_list, a)
    shutil.copy(seed_list, b)
    code, out = run_json(capsys, a, b)
    assert code == 0
    dups = [f for f in out["batch"] if f["code"] == "duplicate"]
    assert len(dups) == 4
    first = next(f for f in dups if "绵阳市机关事务管理局" in f["message"])
    assert [(r["path"], r["index"]) for r in first["refs"]] == [(str(a), 1), (str(b), 1)]
    assert "第一批.txt 第2条" in first["message"] and "第二批.txt 第2条" in first["message"]


def test_readable_listing_in_chinese(capsys, seed_list):
    assert main(["check", "--limit", "300", str(seed_list)]) == 0
    text = capsys.readouterr().out
    assert "中文中使用了半角标点" in text and "可自动修正" in text
    assert "超过 300 字上限" in text


def test_exit_codes(capsys, tmp_path):
    assert main(["check", str(tmp_path / "不存在.docx")]) == 1
    assert "不存在.docx" in capsys.readouterr().out
    with pytest.raises(SystemExit) as e:
        main(["check", "--limit", "0", str(tmp_path)])
    assert e.value.code == 2


def test_drafts_for_extracted_seed_records_fit(capsys, seed_list, seed_narrative):
    from awardtool.pipeline import extract_paths
    from awardtool.validate import condense
    from awardtool.validate.condense import sentences

    records = [r for res in extract_paths([seed_list, seed_narrative]) for r in res.extraction.records]
    assert len(records) == 5
    for rec in records:
        draft = condense(rec.deeds, 300)
        assert 0 < count_chars(draft) <= 300
        flat = rec.deeds.replace("\n", "")
        for s in sentences(draft.replace("\n", "")):
            assert s in flat or (s.endswith("。") and s[:-1] in flat), s
