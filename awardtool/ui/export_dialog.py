"""导出 (the export dialog): everything ``awardtool export`` offers, in one window.

The clerk sees what will be exported before anything is written — how many records are 已审核,
待审核, 有疑问 and 退回 (退回 never goes out; the other two only if ticked) — and chooses the form
(名单 / 事迹表 / 公示), grouping and order, the title, 集体 and 个人 as one list or as 附件1 and
附件2 each with its own title, and the 公示 details. Pressing 导出 builds the export plan
(awardtool.export.plan, the command line's too); a refusal (a record without a name, a 公示
without its 公示期 …) is shown in the dialog and nothing is written. After the export the
dialog shows the read-back result and offers 打开文件 / 打开所在文件夹.

What belongs to the list (title, grouping, order, 称号, 公示 details) is saved in the project
when the export succeeds, so the next export — in the window or on the command line — starts
from the same choices.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from awardtool.ui.labels import status_label

CONTEXT = "ExportDialog"
# 公示 details: (key of the plan's notice, label, placeholder)
NOTICE_FIELDS = (
    ("事项", QT_TRANSLATE_NOOP("ExportDialog", "公示事项："),
     QT_TRANSLATE_NOOP("ExportDialog", "如：全国机关事务工作先进集体和先进个人（默认取自名单）")),
    ("公示期", QT_TRANSLATE_NOOP("ExportDialog", "公示期："), QT_TRANSLATE_NOOP("ExportDialog", "如：2026年11月23日至11月27日")),
    ("发布单位", QT_TRANSLATE_NOOP("ExportDialog", "发布单位："),
     QT_TRANSLATE_NOOP("ExportDialog", "署名，如：国家机关事务管理局")),
    ("联系人", QT_TRANSLATE_NOOP("ExportDialog", "联系人："), ""),
    ("联系电话", QT_TRANSLATE_NOOP("ExportDialog", "联系电话："), ""),
    ("日期", QT_TRANSLATE_NOOP("ExportDialog", "成文日期："), QT_TRANSLATE_NOOP("ExportDialog", "如：2026年11月22日")),
)


# Words the plan uses for missing 公示 details and template problems (translated when shown).
PLAN_WORDS = (
    QT_TRANSLATE_NOOP("ExportDialog", "公示期"), QT_TRANSLATE_NOOP("ExportDialog", "发布单位"),
    QT_TRANSLATE_NOOP("ExportDialog", "联系人或联系电话"), QT_TRANSLATE_NOOP("ExportDialog", "日期"),
    QT_TRANSLATE_NOOP("ExportDialog", "纸张不是 A4 纵向"), QT_TRANSLATE_NOOP("ExportDialog", "页脚没有页码"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(problem) -> str:
    """A plan's refusal or warning in the clerk's words."""
    a = problem.args
    if problem.code == "nameless":
        refs = a["refs"]
        where = "、".join(r.describe() for r in refs[:5]) + (QCoreApplication.translate("ExportDialog", "等") if len(refs) > 5 else "")
        return QCoreApplication.translate("ExportDialog", "{0} 条记录没有名称或姓名（{1}），名单中不能有空行。请补填或删除后再导出。").format(len(refs), where)
    if problem.code == "nothing":
        left = a["left_out"]
        if not a["counts"]:
            return QCoreApplication.translate("ExportDialog", "项目中没有记录。")
        if set(left) == {"returned"}:
            return QCoreApplication.translate("ExportDialog", "没有可导出的记录：{0} 条都已退回。").format(left["returned"])
        return QCoreApplication.translate("ExportDialog", "没有可导出的记录：没有已审核的记录。请先审核，或勾选一并导出待审核、有疑问的记录。")
    if problem.code == "notice_incomplete":
        return QCoreApplication.translate("ExportDialog", "公示缺少{0}，不能发布。请在下方“公示”中填写。").format("、".join(_tr(m) for m in a["missing"]))
    if problem.code == "template_unofficial":
        return QCoreApplication.translate("ExportDialog", "模板“{0}”不像公文格式文件（{1}），导出的文件沿用它的页面设置，请核对。").format(
            Path(a["path"]).name, "、".join(_tr(m) for m in a["missing"]))
    return problem.code


class ExportDialog(QDialog):
    """Modeless or modal; ``exported(kind, path)`` after each file is written."""

    exported = Signal(str, str)

    def __init__(self, controller, project, parent: QWidget | None = None, kinds=("word", "excel")) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("导出"))
        self.setMinimumWidth(640)
        self.controller = controller
        self.project = project
        self.open_url = QDesktopServices.openUrl  # tests replace it
        self._settings = project.settings()
        self._counts: dict[str, int] = {}
        for s in project.records():
            self._counts[s.status] = self._counts.get(s.status, 0) + 1
        self._kinds = self._kind_counts()
        self._pending_kinds: list[str] = []
        self.last_outcomes: list = []

        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("export_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        include = QHBoxLayout()
        self.include_pending = QCheckBox(self)
        self.include_pending.setObjectName("include_pending")
        self.include_query = QCheckBox(self)
        self.include_query.setObjectName("include_query")
        for box, code in ((self.include_pending, "pending"), (self.include_query, "query")):
            box.setText(self.tr("一并导出{0}的 {1} 条").format(status_label(code), self._counts.get(code, 0)))
            box.setChecked(True)
            box.setEnabled(self._counts.get(code, 0) > 0)
            box.toggled.connect(self._update_summary)
            include.addWidget(box)
        include.addStretch(1)
        layout.addLayout(include)

        form = QFormLayout()
        self.form_choice = QComboBox(self)
        self.form_choice.setObjectName("form_choice")
        for key, label in (("名单", self.tr("名单")), ("事迹表", self.tr("简要事迹表")), ("公示", self.tr("公示（附名单）"))):
            self.form_choice.addItem(label, key)
        self.form_choice.currentIndexChanged.connect(self._form_changed)
        form.addRow(self.tr("样式："), self.form_choice)
        self.group_choice = QComboBox(self)
        self.group_choice.setObjectName("group_choice")
        self.group_choice.addItem(self.tr("不分组"), "none")
        self.group_choice.addItem(self.tr("按地区分组（省、自治区、直辖市顺序）"), "region")
        self.order_choice = QComboBox(self)
        self.order_choice.setObjectName("order_choice")
        self.order_choice.addItem(self.tr("保持列表顺序"), "input")
        self.order_choice.addItem(self.tr("按姓氏笔画"), "strokes")
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_choice, 1)
        group_row.addWidget(self.order_choice, 1)
        form.addRow(self.tr("分组和排序："), group_row)
        self.title = QLineEdit(self)
        self.title.setObjectName("list_title")
        self.title.setPlaceholderText(self.tr("不填则按内容生成，如“××先进集体名单”"))
        form.addRow(self.tr("名单标题："), self.title)
        layout.addLayout(form)

        self.parts_box = QGroupBox(self.tr("先进集体和先进个人"), self)
        parts = QVBoxLayout(self.parts_box)
        self.one_list = QRadioButton(self.tr("合为一个名单（一、先进集体　二、先进个人）"), self.parts_box)
        self.one_list.setObjectName("one_list")
        self.split = QRadioButton(self.tr("分为附件1（先进集体）和附件2（先进个人），各有标题"), self.parts_box)
        self.split.setObjectName("split")
        self._parts_group = QButtonGroup(self)
        self._parts_group.addButton(self.one_list)
        self._parts_group.addButton(self.split)
        self.one_list.setChecked(True)
        parts.addWidget(self.one_list)
        parts.addWidget(self.split)
        titles = QFormLayout()
        self.kind_titles: dict[str, QLineEdit] = {}
        self.kind_counts: dict[str, QLabel] = {}
        for kind, label, award_key in (("collective", self.tr("附件1 标题："), "award_collective"),
                                       ("individual", self.tr("附件2 标题："), "award_individual")):
            edit = QLineEdit(self.parts_box)
            edit.setObjectName(f"title_{kind}")
            award = self._settings.get(award_key) or ""
            edit.setPlaceholderText(f"{award}名单" if award else self.tr("如：××先进集体名单"))
            count = QLabel(self.parts_box)
            count.setObjectName(f"count_{kind}")
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(count)
            titles.addRow(label, row)
            self.kind_titles[kind], self.kind_counts[kind] = edit, count
        parts.addLayout(titles)
        self.split.toggled.connect(self._parts_changed)
        layout.addWidget(self.parts_box)

        self.notice_box = QGroupBox(self.tr("公示"), self)
        self.notice_box.setObjectName("notice_box")
        notice_form = QFormLayout(self.notice_box)
        self.notice: dict[str, QLineEdit] = {}
        for key, label, placeholder in NOTICE_FIELDS:
            edit = QLineEdit(self.notice_box)
            edit.setObjectName(f"notice_{key}")
            edit.setPlaceholderText(self.tr(placeholder) if placeholder else "")
            notice_form.addRow(self.tr(label), edit)
            self.notice[key] = edit
        layout.addWidget(self.notice_box)

        files = QHBoxLayout()
        self.want_word = QCheckBox(self.tr("Word 文件"), self)
        self.want_word.setObjectName("want_word")
        self.want_excel = QCheckBox(self.tr("Excel 汇总表（含统计和审核记录）"), self)
        self.want_excel.setObjectName("want_excel")
        self.want_word.setChecked("word" in kinds)
        self.want_excel.setChecked("excel" in kinds)
        files.addWidget(self.want_word)
        files.addWidget(self.want_excel)
        files.addStretch(1)
        layout.addLayout(files)

        self.problems = QLabel(self)
        self.problems.setObjectName("export_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c5221f;")
        self.problems.hide()
        layout.addWidget(self.problems)
        self.result = QLabel(self)
        self.result.setObjectName("export_result")
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)

        buttons = QHBoxLayout()
        self.open_file = QPushButton(self.tr("打开文件"), self)
        self.open_file.setObjectName("open_file")
        self.open_folder = QPushButton(self.tr("打开所在文件夹"), self)
        self.open_folder.setObjectName("open_folder")
        for b in (self.open_file, self.open_folder):
            b.setEnabled(False)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("关闭"), self)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.open_file.clicked.connect(lambda: self._open(False))
        self.open_folder.clicked.connect(lambda: self._open(True))
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        controller.outcome.connect(self._outcome)
        controller.failed.connect(self._failed)
        self._load()

    # ------------------------------------------------------------------ from the project
    def _kind_counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for s in self.project.records():
            if s.status != "returned":
                kind = "individual" if s.record.kind == "individual" else "collective"
                out[kind] = out.get(kind, 0) + 1
        return out

    def _load(self) -> None:
        s = self._settings
        self.title.setText(s.get("list_title") or "")
        if s.get("award"):
            self.title.setPlaceholderText(self.tr("不填则为“{0}名单”").format(s["award"]))
        self.group_choice.setCurrentIndex(max(0, self.group_choice.findData(s.get("group_by") or "none")))
        self.order_choice.setCurrentIndex(max(0, self.order_choice.findData(s.get("order_by") or "input")))
        saved = s.get("notice") if isinstance(s.get("notice"), dict) else {}
        for key, edit in self.notice.items():
            edit.setText(str(saved.get(key) or ""))
        if not self.notice["事项"].text():
            self.notice["事项"].setText(s.get("award") or "")
        if not self.notice["日期"].text():
            today = dt.date.today()
            self.notice["日期"].setText(f"{today.year}年{today.month}月{today.day}日")
        both = len(self._kinds) > 1
        self.parts_box.setEnabled(both)
        for kind, label in self.kind_counts.items():
            n = self._kinds.get(kind, 0)
            label.setText(self.tr("{0} 个").format(n) if kind == "collective" else self.tr("{0} 名").format(n))
        self._form_changed()
        self._parts_changed()
        self._update_summary()

    def _form_changed(self) -> None:
        self.notice_box.setVisible(self.form_choice.currentData() == "公示")
        self.adjustSize()

    def _parts_changed(self) -> None:
        for edit in self.kind_titles.values():
            edit.setEnabled(self.split.isChecked())
        self.title.setEnabled(not self.split.isChecked() or self.form_choice.currentData() == "公示")

    def _update_summary(self) -> None:
        c = self._counts
        total = sum(c.values())
        parts = [f"{status_label(k)} {c[k]} 条" for k in ("approved", "pending", "query", "returned") if c.get(k)]
        going = c.get("approved", 0)
        going += c.get("pending", 0) if self.include_pending.isChecked() else 0
        going += c.get("query", 0) if self.include_query.isChecked() else 0
        self.summary.setText(self.tr("项目共 {0} 条（{1}）。将导出 {2} 条；退回的记录不导出。").format(
            total, "，".join(parts), going))

    # ------------------------------------------------------------------ choices → plan
    def choices(self):
        from awardtool.export.plan import Choices

        include = frozenset(code for code, box in (("pending", self.include_pending), ("query", self.include_query))
                            if box.isChecked())
        split = self.split.isChecked() and self.parts_box.isEnabled()
        return Choices(
            form=self.form_choice.currentData(), group=self.group_choice.currentData(),
            order=self.order_choice.currentData(), title=self.title.text().strip() or None, split=split,
            kind_titles={k: e.text().strip() for k, e in self.kind_titles.items() if split and e.text().strip()},
            include=include,
            notice={k: e.text().strip() for k, e in self.notice.items() if e.text().strip()}
            if self.form_choice.currentData() == "公示" else {},
        )

    def current_plan(self):
        """The plan for the dialog's choices; refusals and warnings are shown under the form."""
        from awardtool.export.atomic import ExportError

        try:
            plan = self.controller.plan(self.choices())
        except ExportError as e:
            self._show_problems([e.message])
            return None
        self._show_problems([problem_text(p) for p in plan.refused + plan.warnings])
        return plan

    def _show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def start_export(self, paths: dict | None = None) -> bool:
        """Build the plan and export the ticked files (``paths``: kind → file, else asked)."""
        plan = self.current_plan()
        if plan is None or not plan.ok:
            return False
        kinds = [k for k, box in (("word", self.want_word), ("excel", self.want_excel)) if box.isChecked()]
        if not kinds:
            self._show_problems([self.tr("请至少勾选 Word 文件或 Excel 汇总表。")])
            return False
        self.last_outcomes = []
        self._pending_kinds = []
        self.result.hide()
        for kind in kinds:
            path = (paths or {}).get(kind) or self.controller.ask_path(kind, plan.title)
            if not path:
                continue
            if self.controller.export(kind, path, plan=plan):
                self._pending_kinds.append(kind)
        if self._pending_kinds:
            self._remember(plan)
            self.export_button.setEnabled(False)
        return bool(self._pending_kinds)

    def _remember(self, plan) -> None:
        """Save what belongs to the list in the project (one home for these settings)."""
        from awardtool.store import ProjectError

        c = plan.choices
        values = {"group_by": None if c.group == "none" else c.group, "order_by": c.order}
        if c.title:
            values["list_title"] = c.title
        if c.form == "公示":
            values["notice"] = {k: v for k, v in c.notice.items() if k != "日期"}
        try:
            for key, value in values.items():
                if self._settings.get(key) != value:
                    self.project.set_setting(key, value)
        except ProjectError:
            pass  # the export itself does not depend on it; the next export asks again

    # ------------------------------------------------------------------ after the export
    def _outcome(self, outcome) -> None:
        if outcome.kind not in self._pending_kinds:
            return
        self._pending_kinds.remove(outcome.kind)
        self.last_outcomes.append(outcome)
        lines = []
        found = outcome.plan.findings
        if found:
            records = {r.path + str(r.index) for f in found for r in f.refs}
            lines.append(self.tr("! 导出前检查：{0} 条记录共 {1} 处问题（不影响导出；在列表中选“有问题”查看）").format(
                len(records), len(found)))
        for o in self.last_outcomes:
            name = Path(o.path).name
            if o.kind == "word":
                if o.differences:
                    lines.append(self.tr("✗ {0}：已写入，但回读核对发现 {1} 处与记录不一致：").format(name, len(o.differences)))
                    lines += [f"　{d}" for d in o.differences[:10]]
                else:
                    lines.append(self.tr("✓ {0}：{1} 条，回读核对无误").format(name, o.report.count))
            else:
                lines.append(self.tr("✓ {0}：{1} 条（工作表：{2}）").format(
                    name, o.report.records, "、".join(o.report.sheets)))
                lines += [f"　! {w}" for w in o.report.warnings]
        self.result.setText("\n".join(lines))
        self.result.show()
        self.open_file.setEnabled(True)
        self.open_folder.setEnabled(True)
        if not self._pending_kinds:
            self.export_button.setEnabled(True)
        self.exported.emit(outcome.kind, outcome.path)

    def _failed(self, kind: str, message: str) -> None:
        if kind in self._pending_kinds:
            self._pending_kinds.remove(kind)
        self._show_problems([message])
        if not self._pending_kinds:
            self.export_button.setEnabled(True)

    def _open(self, folder: bool) -> None:
        if not self.last_outcomes:
            return
        path = Path(self.last_outcomes[0].path)
        self.open_url(QUrl.fromLocalFile(str(path.parent if folder else path)))
