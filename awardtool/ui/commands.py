"""Undoable edits: thin QUndoCommands over the project store's journal.

Each command is exactly one journal group in the store. Its first ``redo()`` performs the
edit (``project.set_field`` …); a later ``undo()``/``redo()`` replays the store's own journal
(``project.undo()``/``project.redo()``). The window's Ctrl+Z / Ctrl+Y do not go through the
stack at all: ``UndoController`` is a thin view of the journal — which lives in the project
file, so undo survives a restart and there is one history, not two kept in step.

Typing coalesces on both sides: a ``SetFieldCommand`` carries the store's ``merge_key`` and
merges (``id()``/``mergeWith``) with the previous command of the same key, as the store
merges the journal group. The form starts a new key whenever the clerk leaves a field or the
stack moves (undo/redo), so the two never disagree about what one step is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from awardtool.records import Record
from awardtool.ui.labels import field_label, status_label

OnChange = Callable[[object], None]
OnError = Callable[[BaseException], None]

SET_FIELD_ID = 1001


def store_label(label: str) -> str:
    """A journal label as the store wrote it (Chinese: "修改 名称", "导入 6 个文件") in the
    interface's language: the store's few label shapes map onto the commands' own
    translatable texts; anything else is shown as stored."""
    t = QCoreApplication.translate
    for pattern, word in _STORE_LABELS:
        m = re.fullmatch(pattern, label or "", flags=re.S)
        if m is not None:
            return store_label(m[1]) if word is None else word(t, m)
    return label or ""


_STORE_LABELS = (
    (r"(?:撤销|重做) (.+)", None),
    (r"修改 (.+)", lambda t, m: t("commands", "修改 {0}").format(t("fields", m[1]))),
    (r"标记为“(.+?)”(.*)", lambda t, m: t("commands", "标记为“{0}”").format(t("statuses", m[1])) + m[2]),
    (r"导入 (\d+) 个文件", lambda t, m: t("commands", "导入 {0} 个文件").format(m[1])),
    (r"导入 (.+)", lambda t, m: t("commands", "导入 {0}").format(m[1])),
    (r"新增 (.+)", lambda t, m: t("commands", "新建记录 {0}").format(m[1])),
    (r"删除 (\d+) 条记录", lambda t, m: t("commands", "删除 {0} 条记录").format(m[1])),
    (r"删除 (.+)", lambda t, m: t("commands", "删除记录 {0}").format(m[1])),
    (r"合并 .+", lambda t, m: t("commands", "合并重复记录")),
    (r"移动 .+", lambda t, m: t("commands", "移动记录")),
    (r"重新排序", lambda t, m: t("commands", "重新排序")),
)



class StoreCommand(QUndoCommand):
    """Base: ``apply()`` performs the edit once and returns the store's Change."""

    def __init__(self, project, on_change: OnChange, on_error: OnError | None, text: str) -> None:
        super().__init__(text)
        self.project = project
        self._on_change = on_change
        self._on_error = on_error
        self._applied = False
        self.change = None

    def apply(self):
        raise NotImplementedError

    def redo(self) -> None:
        try:
            if self._applied:
                change = self.project.redo()
            else:
                change = self.apply()
                self._applied = True
                if getattr(change, "group", None) is None:
                    # Nothing was journaled (the value was already so): no step to undo.
                    self.setObsolete(True)
                    return
        except Exception as e:  # a failed write must not leave a phantom step on the stack
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(e)
            return
        self.change = change
        if change is not None:
            self._on_change(change)

    def undo(self) -> None:
        try:
            change = self.project.undo()
        except Exception as e:
            if self._on_error is not None:
                self._on_error(e)
            return
        if change is not None:
            self._on_change(change)


class SetFieldCommand(StoreCommand):
    """One field of one record (also ``status``, ``kind``, ``seq``); typing merges."""

    def __init__(self, project, rid: int, field: str, value, on_change: OnChange,
                 on_error: OnError | None = None, merge_key: str | None = None) -> None:
        if field == "status":
            text = QCoreApplication.translate("commands", "标记为“{0}”").format(status_label(value))
        else:
            text = QCoreApplication.translate("commands", "修改 {0}").format(field_label(field))
        super().__init__(project, on_change, on_error, text)
        self.rid, self.field, self.value, self.merge_key = rid, field, value, merge_key

    def apply(self):
        return self.project.set_field(self.rid, self.field, self.value, merge_key=self.merge_key)

    def id(self) -> int:
        return SET_FIELD_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.merge_key is None:
            return False
        if (other.rid, other.field, other.merge_key) != (self.rid, self.field, self.merge_key):
            return False
        if getattr(other.change, "group", None) != getattr(self.change, "group", None):
            return False  # the store started a new journal group: keep the steps in step
        self.value = other.value
        self.change = other.change
        return True


class SetFieldsCommand(StoreCommand):
    """Several fields at once as one step: a fix, 生成简要事迹, text put in from the document."""

    def __init__(self, project, rid: int, values: dict, label: str, on_change: OnChange,
                 on_error: OnError | None = None) -> None:
        super().__init__(project, on_change, on_error, label)
        self.rid, self.values, self.label = rid, dict(values), label

    def apply(self):
        return self.project.set_fields(self.rid, self.values, label=self.label)


class AddRecordCommand(StoreCommand):
    def __init__(self, project, record: Record, on_change: OnChange, on_error: OnError | None = None,
                 doc_id: int | None = None, index: int | None = None) -> None:
        super().__init__(project, on_change, on_error, QCoreApplication.translate("commands", "新建记录 {0}").format(record.name))
        self.record, self.doc_id, self.index = record, doc_id, index

    def apply(self):
        return self.project.add_record(self.record, doc_id=self.doc_id, index=self.index)

    def new_id(self) -> int | None:
        ids = getattr(self.change, "record_ids", None) or ()
        return next(iter(ids), None)


class DeleteRecordCommand(StoreCommand):
    def __init__(self, project, rid: int, name: str, on_change: OnChange, on_error: OnError | None = None) -> None:
        super().__init__(project, on_change, on_error, QCoreApplication.translate("commands", "删除记录 {0}").format(name))
        self.rid = rid

    def apply(self):
        return self.project.delete_record(self.rid)


class MoveRecordCommand(StoreCommand):
    def __init__(self, project, rid: int, index: int, on_change: OnChange, on_error: OnError | None = None) -> None:
        super().__init__(project, on_change, on_error, QCoreApplication.translate("commands", "移动记录"))
        self.rid, self.index = rid, index

    def apply(self):
        return self.project.move_record(self.rid, self.index)


class ReorderCommand(StoreCommand):
    """The whole list in a new order (a sort): one step here and one journal group in the
    store, so an undo after a restart restores the whole previous order too."""

    def __init__(self, project, order: list[int], on_change: OnChange, on_error: OnError | None = None) -> None:
        super().__init__(project, on_change, on_error, QCoreApplication.translate("commands", "重新排序"))
        self.order = list(order)

    def apply(self):
        return self.project.reorder(self.order, label=self.text())


class DeleteRecordsCommand(StoreCommand):
    """Several records deleted as one step and one journal group."""

    def __init__(self, project, rids: list[int], on_change: OnChange, on_error: OnError | None = None) -> None:
        super().__init__(project, on_change, on_error,
                         QCoreApplication.translate("commands", "删除 {0} 条记录").format(len(rids)))
        self.rids = list(rids)

    def apply(self):
        return self.project.delete_records(self.rids)


class MergeRecordsCommand(StoreCommand):
    def __init__(self, project, keep_id: int, drop_id: int, on_change: OnChange,
                 on_error: OnError | None = None) -> None:
        super().__init__(project, on_change, on_error, QCoreApplication.translate("commands", "合并重复记录"))
        self.keep_id, self.drop_id = keep_id, drop_id

    def apply(self):
        return self.project.merge_records(self.keep_id, self.drop_id)


IMPORT_ID = 1002


class ImportResultCommand(StoreCommand):
    """One imported document: the store journals its records as one undo step, so the
    import must be a step of this stack too (else the two histories would disagree).

    The documents of one import share a ``merge_key``: each joins the previous one's step
    here and its journal group in the store, so Ctrl+Z takes back the whole import (a zip
    of 40 files is one step) — unless the clerk did something in between, which starts a new
    step on both sides alike."""

    def __init__(self, project, result, original: bytes | None, on_change: OnChange,
                 on_error: OnError | None = None, merge_key: str | None = None, files: int = 1) -> None:
        from pathlib import PurePath

        super().__init__(project, on_change, on_error, QCoreApplication.translate("commands", "导入 {0}").format(PurePath(result.document.path).name))
        self.result, self.original = result, original
        self.merge_key, self.files = merge_key, files
        self.record_ids: list[int] = []

    def apply(self):
        from awardtool.store import Change

        label = f"导入 {self.files} 个文件" if self.files > 1 else None
        self.record_ids, group = self.project.import_result(self.result, self.original,
                                                            merge_key=self.merge_key, label=label)
        if self.files > 1:
            self.setText(QCoreApplication.translate("commands", "导入 {0} 个文件").format(self.files))
        self.result = self.original = None  # the store has them now; free the memory
        return Change(record_ids=set(self.record_ids), structural=True, label=self.text(), group=group)

    def id(self) -> int:
        return IMPORT_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ImportResultCommand) or other.merge_key != self.merge_key:
            return False
        if getattr(other.change, "group", None) != getattr(self.change, "group", None):
            return False  # the store started a new journal group: keep the steps in step
        self.record_ids = self.record_ids + other.record_ids
        self.files = other.files
        self.setText(other.text())
        return True


class UndoController(QObject):
    """Ctrl+Z / Ctrl+Y: a thin view of the project's journal, the one undo history.

    Undo and redo go straight to ``project.undo()`` / ``project.redo()``, and what the menu
    says comes from the journal too (``undo_label`` / ``redo_label``), so there is nothing to
    keep in step: an edit from before a restart, one made on the command line meanwhile, and
    one made a moment ago in this window are undone in the same order. The QUndoStack only
    carries out each new edit once (``push`` → the command's first ``redo``) and merges typing
    in step with the store's ``merge_key``.
    """

    changed = Signal()  # enabled state or labels may differ

    def __init__(self, stack: QUndoStack, on_change: OnChange, on_error: OnError, parent=None) -> None:
        super().__init__(parent)
        self.stack = stack
        self.project = None
        self._on_change = on_change
        self._on_error = on_error
        # No connection to the stack's own signals: a connection from a stack being
        # destroyed into this object crashed PySide6 6.12 at teardown.

    def set_project(self, project) -> None:
        self.project = project
        self.stack.clear()
        self.changed.emit()

    def pushed(self) -> None:
        """A new edit was made (the journal dropped its redo steps itself)."""
        self.changed.emit()

    def _ask(self, method: str, default):
        if self.project is None:
            return default
        try:
            return getattr(self.project, method)()
        except Exception:  # noqa: BLE001 - a closed or unreadable project: nothing to offer
            return default

    def can_undo(self) -> bool:
        return bool(self._ask("can_undo", False))

    def can_redo(self) -> bool:
        return bool(self._ask("can_redo", False))

    def undo_text(self) -> str:
        return store_label(self._ask("undo_label", None) or "")

    def redo_text(self) -> str:
        return store_label(self._ask("redo_label", None) or "")

    def undo(self) -> None:
        self._journal_step("undo")

    def redo(self) -> None:
        self._journal_step("redo")

    def _journal_step(self, method: str) -> None:
        if self.project is not None:
            try:
                change = getattr(self.project, method)()
            except Exception as e:  # noqa: BLE001 - reported to the clerk, the window goes on
                self._on_error(e)
            else:
                if change is not None:
                    self._on_change(change)
        self.changed.emit()
