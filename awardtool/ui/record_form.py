"""The editable form for one record.

The form never changes the project: it emits ``edited(field, value, merge_key)`` for each
user-driven edit (``textEdited``, ``activated``, typing in the deeds editor) and the window
turns that into an undoable command. Loading a record sets widgets under QSignalBlocker and
only where the text differs, so the cursor of the field being typed in never jumps.

``merge_key`` names a typing session: it changes when the clerk enters another field, when
another record is loaded and when the undo stack moves, so "typing a word" is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from awardtool.export.ordering import PROVINCES
from awardtool.extract.confidence import UNCERTAIN
from awardtool.fields import KINDS, STATUSES
from awardtool.records import Record
from awardtool.ui.labels import field_label, kind_label, status_label
from awardtool.validate.chars import count_chars

GENDERS = ("男", "女")
POLITICS = ("中共党员", "中共预备党员", "共青团员", "民革党员", "民盟盟员", "民建会员", "民进会员",
            "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众")

LINE_FIELDS = ("name", "city", "award", "honours", "recommender", "unit_type", "leader", "staff", "ethnicity", "birth",
               "education", "position")
MORE_FIELDS = ("recommender", "unit_type", "leader", "staff")  # folded: rarely checked by the clerk
INDIVIDUAL_FIELDS = ("gender", "ethnicity", "birth", "politics", "education", "position")


class _EditorFilter(QObject):
    """Reports focus per field, and lets the window's Ctrl+Z/Ctrl+Y win over the editors'
    private undo (one undo history for the clerk, not one per text box)."""

    def __init__(self, form: RecordForm) -> None:
        super().__init__(form)
        self._form = form

    def eventFilter(self, obj, event) -> bool:
        t = event.type()
        if t == QEvent.Type.FocusIn:
            key = obj.property("field_key")
            if key:
                self._form.new_session()
                self._form.field_focused.emit(key)
        elif t == QEvent.Type.ShortcutOverride:
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                return True  # not accepted → the window's shortcut fires
        return False


class RecordForm(QWidget):
    edited = Signal(str, object, object)  # field, value, merge_key (str | None)
    field_focused = Signal(str)
    condense_requested = Signal()
    next_uncertain_record_requested = Signal()  # F8 past the last uncertain field of this record
    approve_requested = Signal()  # the 通过并下一条 button at the top of the form

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("record_form")
        self.setAccessibleName(self.tr("记录表单"))
        self._session = 0
        self._word_limit = 300
        self._record: Record | None = None
        self._filter = _EditorFilter(self)
        self._edited: set[str] = set()
        self._uncertain: list[str] = []
        self.edited.connect(lambda key, _value, _merge: self._edited.add(key))
        self.uncertain_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F8), self, context=Qt.ShortcutContext.WindowShortcut)
        self.uncertain_shortcut.activated.connect(self._next_uncertain)
        self.uncertain_shortcut.setWhatsThis(self.tr("跳到下一处抽取把握不大的字段"))  # listed in F1 help
        self.editors: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        self.since_label = QLabel(self)  # "自“公示”以来：…" (ui.compare_view.SinceTracker)
        self.since_label.setObjectName("since_label")
        self.since_label.setWordWrap(True)
        self.since_label.setStyleSheet("background: #fef7e0; border: 1px solid #f9d67a; padding: 4px;")
        self.since_label.hide()
        outer.addWidget(self.since_label)
        self._since_keys: set[str] = set()

        # Status and approval first: at 1366×768 the clerk sees them with 名称 and the deeds.
        top = QHBoxLayout()
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status_combo")
        for code in STATUSES:
            self.status_combo.addItem(status_label(code), code)
        self.status_combo.activated.connect(
            lambda i: self.edited.emit("status", self.status_combo.itemData(i), None))
        self.approve_button = QPushButton(self.tr("通过并下一条"), self)
        self.approve_button.setObjectName("approve_button")
        self.approve_button.setToolTip(self.tr("标为“已审核”并跳到下一条待审核记录（Ctrl+Enter）"))
        self.approve_button.clicked.connect(self.approve_requested)
        top.addWidget(QLabel(self.tr("审核状态"), self))
        top.addWidget(self.status_combo, 1)
        top.addWidget(self.approve_button)
        outer.addLayout(top)

        main = QGroupBox(self.tr("基本信息"), self)
        fl = self._form_layout(main)
        self._line(fl, "name")
        self.kind_combo = self._combo(fl, "kind", editable=False)
        for code in KINDS:
            self.kind_combo.addItem(kind_label(code), code)
        self.seq_edit = self._line(fl, "seq")
        self.seq_edit.setValidator(QIntValidator(0, 1_000_000, self))
        self.region_combo = self._combo(fl, "region", editable=True)
        self.region_combo.addItems(PROVINCES)
        self._line(fl, "city")
        self._line(fl, "award")
        self._line(fl, "honours")
        outer.addWidget(main)

        # Rarely needed fields, folded away unless one of them needs the clerk's eye.
        self.more_toggle = QToolButton(self)
        self.more_toggle.setObjectName("more_toggle")
        self.more_toggle.setCheckable(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.more_toggle.setStyleSheet("QToolButton { border: none; }")
        self.more_toggle.toggled.connect(self.show_more)
        outer.addWidget(self.more_toggle)
        self.more_box = QGroupBox(self)
        self.more_box.setObjectName("more_box")
        ml = self._form_layout(self.more_box)
        for key in MORE_FIELDS:
            self._line(ml, key)
        self.more_box.hide()
        self.more_toggle.setText(self.tr("更多信息（{0}）").format(self.tr("、").join(field_label(k) for k in MORE_FIELDS)))
        outer.addWidget(self.more_box)

        deeds_box = QGroupBox(field_label("deeds"), self)
        dl = QVBoxLayout(deeds_box)
        self.deeds_edit = self._text(dl, "deeds", min_height=180)
        row = QHBoxLayout()
        self.count_label = QLabel(deeds_box)
        self.count_label.setObjectName("count_label")
        self.condense_button = QPushButton(self.tr("生成简要事迹"), deeds_box)
        self.condense_button.setToolTip(self.tr("把事迹压缩到字数上限以内（可撤销）"))
        self.condense_button.clicked.connect(self.condense_requested)
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.condense_button)
        dl.addLayout(row)
        outer.addWidget(deeds_box)

        self.person_box = QGroupBox(self.tr("个人信息"), self)
        pl = self._form_layout(self.person_box)
        self._combo(pl, "gender", editable=True).addItems(GENDERS)
        self._line(pl, "ethnicity")
        self._line(pl, "birth")
        self._combo(pl, "politics", editable=True).addItems(POLITICS)
        self._line(pl, "education")
        self._line(pl, "position")
        outer.addWidget(self.person_box)  # after the deeds: 名称 and 简要事迹 fit on one screen

        other = QGroupBox(self.tr("备注"), self)
        ol = self._form_layout(other)
        self.notes_edit = self._text(None, "notes", min_height=54)
        ol.addRow(self._label("notes", other), self.notes_edit)
        outer.addWidget(other)
        outer.addStretch(1)
        self.setEnabled(False)

    # --- construction helpers -----------------------------------------------------------------
    def _form_layout(self, box: QWidget) -> QFormLayout:
        fl = QFormLayout(box)
        fl.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fl.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        fl.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return fl

    def _label(self, key: str, parent: QWidget) -> QLabel:
        label = QLabel(field_label(key), parent)
        self._labels[key] = label
        return label

    def _register(self, key: str, w: QWidget) -> None:
        w.setObjectName(f"field_{key}")
        w.setProperty("field_key", key)
        w.installEventFilter(self._filter)
        self.editors[key] = w

    def _line(self, fl: QFormLayout, key: str) -> QLineEdit:
        w = QLineEdit()
        self._register(key, w)
        if key == "seq":
            w.textEdited.connect(lambda t: self.edited.emit("seq", int(t) if t.strip() else None, self.merge_key("seq")))
        else:
            w.textEdited.connect(lambda t, k=key: self.edited.emit(k, t, self.merge_key(k)))
        fl.addRow(self._label(key, fl.parentWidget()), w)
        return w

    def _combo(self, fl: QFormLayout, key: str, *, editable: bool) -> QComboBox:
        w = QComboBox()
        w.setEditable(editable)
        w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._register(key, w)
        if editable:
            w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            w.lineEdit().setProperty("field_key", key)
            w.lineEdit().installEventFilter(self._filter)
            w.lineEdit().textEdited.connect(lambda t, k=key: self.edited.emit(k, t, self.merge_key(k)))
            w.activated.connect(lambda i, k=key, c=w: self.edited.emit(k, c.itemText(i), None))
        else:
            w.activated.connect(lambda i, k=key, c=w: self.edited.emit(k, c.itemData(i), None))
        fl.addRow(self._label(key, fl.parentWidget()), w)
        return w

    def _text(self, layout, key: str, *, min_height: int) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setMinimumHeight(min_height)
        w.setTabChangesFocus(True)
        self._register(key, w)
        w.textChanged.connect(lambda k=key, e=w: self._text_changed(k, e))
        if layout is not None:
            layout.addWidget(w)
        return w

    # --- fields the extractor was unsure of ---------------------------------------------------
    def _mark_uncertain(self, rec: Record) -> None:
        """Colour the editors of fields extracted with low confidence; the tooltip says why."""
        self._uncertain = [k for k in self.editors if k not in self._edited and rec.confidence.get(k, 1.0) < UNCERTAIN]
        for key, w in self.editors.items():
            uncertain = key in self._uncertain
            w.setProperty("uncertain", uncertain)
            w.setStyleSheet("background: #fff4ce;" if uncertain else "")
            w.setToolTip(self.tr("抽取把握不大（{0:.0%}）：{1}。请核对原文。按 F8 跳到下一处").format(
                rec.confidence[key], reason_text(self, rec.reasons.get(key, ""))) if uncertain else "")

    def uncertain_keys(self) -> list[str]:
        return [k for k in self._uncertain if self.editors[k].isVisible() or k in MORE_FIELDS]

    def focus_next_uncertain(self) -> bool:
        """Focus the next uncertain field after the one being edited; False when none is left."""
        keys = self.uncertain_keys()
        focused = next((k for k, w in self.editors.items() if w.hasFocus() or w.isAncestorOf(self.focusWidget() or w)), None)
        after = keys[keys.index(focused) + 1 :] if focused in keys else keys
        if not after:
            return False
        self.focus_field(after[0])
        return True

    def _next_uncertain(self) -> None:
        if not self.focus_next_uncertain():
            self.next_uncertain_record_requested.emit()

    def _text_changed(self, key: str, editor: QPlainTextEdit) -> None:
        text = editor.toPlainText()
        if key == "deeds":
            self._update_count(text)
        self.edited.emit(key, text, self.merge_key(key))

    # --- sessions and values ------------------------------------------------------------------
    def new_session(self) -> None:
        self._session += 1
        self._edited: set[str] = set()  # fields the clerk changed: no longer the extractor's guess

    def merge_key(self, key: str) -> str:
        return f"{key}#{self._session}"

    def set_word_limit(self, limit: int | None) -> None:
        if limit != self._word_limit:  # the window sets it before every record it shows
            self._word_limit = limit
            self._update_count(self.deeds_edit.toPlainText())

    def _update_count(self, text: str) -> None:
        n = count_chars(text)
        if self._word_limit is None:  # the project sets no limit
            self.count_label.setText(self.tr("{0} 字").format(n))
        else:
            self.count_label.setText(self.tr("{0} / {1} 字").format(n, self._word_limit))
        over = self._word_limit is not None and n > self._word_limit
        if over != self.count_label.property("over_limit"):  # a style sheet change re-polishes
            self.count_label.setStyleSheet("color: #d93025; font-weight: bold;" if over else "")
            self.count_label.setProperty("over_limit", over)

    def record(self) -> Record | None:
        return self._record

    def load(self, record: Record | None, status: str | None = None, *, new_record: bool = True) -> None:
        """Show ``record``; ``new_record=False`` refreshes the same record after an edit."""
        if new_record:
            self.new_session()
        self._record = record
        self.setEnabled(record is not None)
        rec = record or Record(name="")
        for key, w in self.editors.items():
            value = getattr(rec, key, None)
            if key == "kind":
                self._set_combo_data(w, rec.kind)
            elif isinstance(w, QComboBox):
                self._set_text(w.lineEdit(), value or "")
            elif key == "seq":
                self._set_text(w, "" if value is None else str(value))
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != (value or ""):
                    with QSignalBlocker(w):
                        w.setPlainText(value or "")
            else:
                self._set_text(w, value or "")
        self._set_combo_data(self.status_combo, status or "pending")
        self._mark_uncertain(rec)
        self.person_box.setVisible(rec.kind == "individual")
        if new_record:  # unfolded only while one of its fields holds something needing a look
            self.show_more(any(k in self._uncertain for k in MORE_FIELDS))
        self._update_count(rec.deeds)

    @staticmethod
    def _set_text(w: QLineEdit, text: str) -> None:
        if w.text() != text:
            with QSignalBlocker(w):
                w.setText(text)
                if not w.hasFocus():
                    w.setCursorPosition(0)  # show the start of a long name, not its end

    @staticmethod
    def _set_combo_data(w: QComboBox, data) -> None:
        i = w.findData(data)
        if i >= 0 and i != w.currentIndex():
            with QSignalBlocker(w):
                w.setCurrentIndex(i)

    def show_more(self, show: bool) -> None:
        """Unfold (fold) the rarely needed fields."""
        if self.more_toggle.isChecked() != show:
            self.more_toggle.setChecked(show)  # comes back here through ``toggled``
            return
        self.more_box.setVisible(show)
        self.more_toggle.setArrowType(Qt.ArrowType.DownArrow if show else Qt.ArrowType.RightArrow)

    def attention_keys(self, findings) -> list[str]:
        """Fields needing a look, in form order: extracted with low confidence, or named by a
        finding (an error or a warning)."""
        flagged = {f.field for f in findings if getattr(f, "severity", "") in ("error", "warning")}
        flagged.update(self._uncertain)
        individual = self._record is not None and self._record.kind == "individual"
        return [k for k in self.editors if k in flagged and (individual or k not in INDIVIDUAL_FIELDS)]

    def focus_attention(self, findings, key: str | None = None) -> QWidget | None:
        """Put the cursor in ``key``, else in the first field needing attention, else in 名称
        (verification-station behaviour); a text editor's cursor goes to its start. Returns
        the focused editor."""
        keys = [key] if key else self.attention_keys(findings)
        chosen = keys[0] if keys else "name"
        w = self.editors.get(chosen)
        if w is None or self._record is None:
            return None
        if chosen in MORE_FIELDS:
            self.show_more(True)
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(w, QPlainTextEdit) and key is None:  # a new record: read the deeds from the top
            w.moveCursor(QTextCursor.MoveOperation.Start)
        line = w.lineEdit() if isinstance(w, QComboBox) else w
        if isinstance(line, QLineEdit) and key is not None:  # back after a fix: go on typing at the end
            line.end(False)
        return w

    def focus_field(self, key: str) -> None:
        w = self.editors.get(key)
        if key in MORE_FIELDS:
            self.show_more(True)
        if w is not None and w.isVisible():
            w.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_span(self, key: str, start: int, end: int) -> None:
        """Select a finding's span in its editor so the clerk sees exactly what is wrong."""
        w = self.editors.get(key)
        if isinstance(w, QComboBox):
            w = w.lineEdit()
        if isinstance(w, QLineEdit):
            w.setFocus()
            w.setSelection(start, max(0, end - start))
        elif isinstance(w, QPlainTextEdit):
            w.setFocus()
            cur = w.textCursor()
            cur.setPosition(min(start, len(w.toPlainText())))
            cur.setPosition(min(end, len(w.toPlainText())), cur.MoveMode.KeepAnchor)
            w.setTextCursor(cur)
            w.ensureCursorVisible()

    def show_since(self, stage: str, lines: list[tuple[str, str]]) -> None:
        """Show what changed since a frozen stage: ``lines`` are (field key, sentence); the
        labels of those fields are marked and carry the sentence as their tooltip."""
        self.since_label.setVisible(bool(lines))
        if lines:
            self.since_label.setText(self.tr("自“{0}”以来：").format(stage) + "；".join(text for _, text in lines))
        keys = {key for key, _ in lines}
        for key in keys | self._since_keys:
            label = self._labels.get(key)
            if label is not None:
                label.setStyleSheet("color: #b06000; font-weight: bold;" if key in keys else "")
                label.setToolTip(next((text for k, text in lines if k == key), ""))
        self._since_keys = keys


def reason_text(w: QWidget, code: str) -> str:
    """The clerk's words for an extraction reason code (awardtool.extract.confidence.BASE);
    context "RecordForm" spelled out, since lupdate cannot see through ``w.tr``."""
    texts = {
        "body_mentions": QCoreApplication.translate("RecordForm", "名称取自正文中出现次数最多的单位或人名"),
        "title": QCoreApplication.translate("RecordForm", "名称取自标题"),
        "lone_entry": QCoreApplication.translate("RecordForm", "标题下只有这一条，可能不是名单中的记录"),
        "list_majority": QCoreApplication.translate("RecordForm", "原文未写地区，按名单中其他记录推定"),
        "own_list": QCoreApplication.translate("RecordForm", "原文未写地区，按发文机关所在省推定"),
        "document": QCoreApplication.translate("RecordForm", "原文未写地区，按全文提到的省份推定"),
        "narrative_text": QCoreApplication.translate("RecordForm", "地区按正文中提到最多的省份推定"),
        "as_written": QCoreApplication.translate("RecordForm", "原文写的地区不是已知的行政区划"),
        "not_found": QCoreApplication.translate("RecordForm", "原文中没有找到"),
        "entry_post": QCoreApplication.translate("RecordForm", "单位职务可能不完整"),
    }
    return texts.get(code, QCoreApplication.translate("RecordForm", "按版式推定"))
