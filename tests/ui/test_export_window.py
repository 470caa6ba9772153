"""One review policy from approval to export, in the window: the window exports exactly what
`awardtool export --project` exports, checks deeds per document as the export does, guards
approval, reorders in one journal group, and its export and project-settings dialogs."""

from __future__ import annotations

import openpyxl
import pytest

pytest.importorskip("PySide6")

from window_fixtures import import_and_wait, window  # noqa: E402,F401

from awardtool.cli import main  # noqa: E402
from awardtool.export.docx_verify import read_back  # noqa: E402
from awardtool.store import Project  # noqa: E402

pytestmark = pytest.mark.gui

NAME_LIST = "某某工作先进集体拟表彰名单\n\n北京市机关事务管理局\n天津市机关事务管理局办公室\n河北省石家庄市机关事务服务中心\n"


@pytest.fixture
def project_path(tmp_path, seed_list, seed_narrative, capsys):
    """Both seeds and a name-only list; one record 退回, one 有疑问, one 已审核; the project
    groups by region and orders by strokes."""
    names = tmp_path / "名单.txt"
    names.write_text(NAME_LIST, encoding="utf-8")
    path = tmp_path / "表彰.awardproj"
    assert main(["import", "--project", str(path), str(seed_list), str(seed_narrative), str(names)]) == 0
    with Project.open(path, user="李四") as p:
        ids = [s.id for s in p.records()]
        p.set_field(ids[1], "status", "returned")
        p.set_field(ids[2], "status", "query")
        p.set_field(ids[0], "status", "approved")
        p.set_setting("group_by", "region")
        p.set_setting("order_by", "strokes")
        returned = p.record(ids[1]).record.name
    capsys.readouterr()
    return path, returned


def sheet_rows(path):
    wb = openpyxl.load_workbook(path)
    return {ws.title: [r for r in ws.iter_rows(min_row=4, values_only=True)] for ws in wb.worksheets[:1]}


def test_window_and_cli_export_the_same_records_in_the_same_order(qtbot, window, project_path, tmp_path):
    path, returned = project_path
    cli_docx, cli_xlsx = tmp_path / "cli.docx", tmp_path / "cli.xlsx"
    assert main(["export", "--project", str(path), "--docx", str(cli_docx), "--xlsx", str(cli_xlsx)]) == 0
    assert window.open_project(str(path))
    outcomes = []
    window.exporter.outcome.connect(outcomes.append)
    win_docx, win_xlsx = tmp_path / "window.docx", tmp_path / "window.xlsx"
    for kind, out in (("word", win_docx), ("excel", win_xlsx)):
        with qtbot.waitSignal(window.exporter.finished, timeout=30_000):
            assert window.exporter.export(kind, str(out))
    cli_entries, _ = read_back(cli_docx)
    win_entries, _ = read_back(win_docx)
    assert win_entries == cli_entries and len(win_entries) == window.model.rowCount() - 1
    assert returned not in win_entries  # 退回 is never exported
    assert sheet_rows(win_xlsx) == sheet_rows(cli_xlsx)
    word = next(o for o in outcomes if o.kind == "word")
    assert word.differences == [] and word.report.count == len(win_entries)  # the read-back reached the window


def test_name_only_list_has_no_missing_deeds_in_the_window(qtbot, window, project_path):
    path, _ = project_path
    assert window.open_project(str(path))
    window.state.check_all_now()
    rows = {window.model.row_data(i).record.name: window.model.row_data(i) for i in range(window.model.rowCount())}
    listed = rows["天津市机关事务管理局办公室"]
    assert not [f for f in listed.findings if f.code == "required_missing"]  # as the CLI decides
    # … while a record of a document with deeds still needs them
    narrative = next(r for r in rows.values() if r.record.deeds)
    window.select_record(narrative.rid)
    window.set_fields({"deeds": ""}, "清空")
    assert any(f.code == "required_missing" and f.field == "deeds" for f in window.current_row().findings)


def test_approval_with_blocking_findings_asks_first_once(qtbot, window, project_path):
    path, _ = project_path
    with Project.open(path) as p:
        p.set_setting("word_limit", 50)
    assert window.open_project(str(path))
    asked = []
    answer = [False]
    window.approval_prompt = lambda name, findings: asked.append((name, findings)) or answer[0]
    long_one = next(window.model.row_data(i) for i in range(window.model.rowCount())
                    if window.model.row_data(i).status == "pending" and len(window.model.row_data(i).record.deeds) > 50)
    window.select_record(long_one.rid)
    window.approve_and_next()
    assert window.project.record(long_one.rid).status == "pending"  # declined
    assert asked and asked[0][0] == long_one.record.name and any("超过 50 字上限" in m for m in asked[0][1])
    answer[0] = True
    window.select_record(long_one.rid)
    window.approve_and_next()
    assert window.project.record(long_one.rid).status == "approved"
    window.undo()
    window.select_record(long_one.rid)
    window.approve_and_next()  # confirmed once for this record: not asked again
    assert len(asked) == 2 and window.project.record(long_one.rid).status == "approved"


def test_nothing_is_approved_that_is_not_on_screen(qtbot, window, project_path):
    path, _ = project_path
    assert window.open_project(str(path))
    first = window.rid
    window._show_welcome(True)  # the welcome page covers the list
    window.approve_and_next()
    assert window.project.record(first).status == "approved"  # (it was approved in the fixture)
    pending = next(window.model.row_data(i).rid for i in range(window.model.rowCount())
                   if window.model.row_data(i).status == "pending")
    window._show_welcome(False)
    window.select_record(pending)
    window._show_welcome(True)
    window.approve_and_next()
    assert window.project.record(pending).status == "pending"
    window._show_welcome(False)
    window.filter_edit.setText("不存在的名字")
    window.apply_filter()  # the current record is filtered out of the list
    window.approve_and_next()
    assert window.project.record(pending).status == "pending"
    window.filter_edit.clear()
    window.apply_filter()
    window.select_record(pending)
    window.approve_and_next()
    assert window.project.record(pending).status == "approved"


def test_window_reorder_restart_and_one_undo_restores_the_order(qtbot, window, project_path, tmp_path):
    path, _ = project_path
    assert window.open_project(str(path))
    before = [window.model.row_data(i).rid for i in range(window.model.rowCount())]
    window.reorder(lambda r: r.record.name)
    after = [window.model.row_data(i).rid for i in range(window.model.rowCount())]
    assert after != before and window.stack.count() == 1
    window.set_project(None)  # "restart": the stack is gone, the journal is in the file
    assert window.open_project(str(path))
    assert window.stack.count() == 0
    window.undo()
    assert [s.id for s in window.project.records()] == before
    assert [window.model.row_data(i).rid for i in range(window.model.rowCount())] == before


def test_export_dialog_refuses_an_incomplete_notice_then_exports_and_opens(qtbot, window, project_path, tmp_path):
    path, returned = project_path
    assert window.open_project(str(path))
    dialog = window.open_export_dialog()
    qtbot.addWidget(dialog)
    assert "退回 1 条" in dialog.summary.text() and "有疑问 1 条" in dialog.summary.text()
    dialog.form_choice.setCurrentIndex(dialog.form_choice.findData("公示"))
    assert not dialog.notice_box.isHidden()
    dialog.want_excel.setChecked(False)
    out = tmp_path / "公示.docx"
    assert not dialog.start_export({"word": str(out)})
    assert "公示缺少公示期、发布单位、联系人或联系电话" in dialog.problems.text()
    assert not out.exists()
    dialog.notice["公示期"].setText("2026年11月23日至11月27日")
    dialog.notice["发布单位"].setText("某某管理局")
    dialog.notice["联系电话"].setText("010-12345678")
    dialog.include_query.setChecked(False)
    dialog.split.setChecked(True)
    dialog.kind_titles["collective"].setText("某某先进集体拟表彰名单")
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        assert dialog.start_export({"word": str(out)})
    assert "回读核对无误" in dialog.result.text()
    opened = []
    dialog.open_url = opened.append
    dialog.open_file.click()
    dialog.open_folder.click()
    assert [u.toLocalFile() for u in opened] == [str(out), str(tmp_path)]
    entries, _ = read_back(out)
    assert returned not in entries
    assert window.project.settings()["notice"]["发布单位"] == "某某管理局"  # remembered in the project


def test_project_settings_dialog_is_the_home_of_list_settings(qtbot, window, project_path, tmp_path):
    from awardtool.ui.project_settings_dialog import ProjectSettingsDialog

    path, _ = project_path
    assert window.open_project(str(path))
    d = ProjectSettingsDialog(window.project, window)
    qtbot.addWidget(d)
    assert d.group_by.currentData() == "region" and d.order_by.currentData() == "strokes"
    d.texts["list_title"].setText("某某先进集体名单")
    d.texts["award_individual"].setText("某某先进个人")
    d.word_limit.setValue(800)
    d.template.setText(str(tmp_path / "旧模板.doc"))
    d.accept()
    assert ".docx" in d.error.text() and window.project.settings()["word_limit"] == 300  # nothing saved
    d.template.clear()
    d.accept()
    s = window.project.settings()
    assert (s["list_title"], s["award_individual"], s["word_limit"]) == ("某某先进集体名单", "某某先进个人", 800)
    window.reload()
    assert window.state.word_limit == 800  # the window checks with the project's limit
