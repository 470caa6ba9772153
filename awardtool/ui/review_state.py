"""The batch as the window sees it: rows with their findings, kept in step with the store.

``reload`` reads the whole project once; ``apply(change)`` refreshes only what a store
``Change`` names — one row for a field edit, appended rows for an import, a resync of the
order for deletes and moves.

Findings (awardtool.validate) cost milliseconds per record, far too much to compute 5,000 of
them before the window shows: rows start unchecked (``findings is None``), the record on
screen and every edited record are checked at once, and the rest — plus the batch-wide
duplicate check — run in worker processes (awardtool.parallel; a thread would hold the GIL
and stall the window) whose results fill in the 问题 column as they come (results for a
record edited meanwhile are dropped: the edit already re-checked it).
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QObject, QTimer, Signal

from awardtool.parallel import check_chunk, find_duplicates
from awardtool.ui.record_model import RecordTableModel, Row
from awardtool.ui.workers import run_in_processes


CHECK_CHUNK = 200  # records per worker call: ~0.2 s of checks, so findings fill in steadily


class ReviewState(QObject):
    progress_changed = Signal(int, int)  # approved, total
    checked = Signal()  # background findings arrived

    def __init__(self, model: RecordTableModel) -> None:
        super().__init__(model)
        self.model = model
        self.project = None
        self.word_limit = 300
        self._doc_labels: dict[int, str] = {}
        self._duplicates: dict[int, list] = {}  # rid → duplicate findings
        # Records of documents that carry no 简要事迹 at all (a 名单): their empty deeds are
        # not missing — the export plan's rule, so the window and the export agree.
        self._without_deeds: frozenset[int] = frozenset()
        self._doc_kinds: dict[int, str | None] = {}
        self._rid_of_ref: dict = {}
        # The path of the document being imported right now: its records' label, without
        # re-reading every document of the project for each file of a large import.
        self.incoming_path: str | None = None
        self._check_task = None
        self._dup_task = None
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(400)
        self._dup_timer.timeout.connect(self.recheck_duplicates)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(300)
        self._check_timer.timeout.connect(self._start_background_check)

    # --- building rows ------------------------------------------------------------------------
    def _row(self, stored, *, check: bool = True) -> Row:
        findings = self._check(stored.id, stored.record) if check else None
        return Row(stored.id, stored.doc_id, stored.status, stored.record, findings,
                   self._doc_labels.get(stored.doc_id, ""))

    def _check(self, rid: int, record) -> list:
        from awardtool.validate import check_record

        has_deeds = rid not in self._without_deeds
        return check_record(record, word_limit=self.word_limit, has_deeds=has_deeds) + self._duplicates.get(rid, [])

    def ensure_checked(self, rid: int) -> Row | None:
        """The row with its findings computed (now, if the background has not reached it)."""
        i = self.model.row_of(rid)
        if i < 0:
            return None
        row = self.model.row_data(i)
        if row.findings is None:
            row = row.with_findings(self._check(rid, row.record))
            self.model.update_row(row)
        return row

    def check_all_now(self) -> None:
        """Every row checked before returning (the 有问题 filter needs them all)."""
        for r in list(self.model.rows()):
            if r.findings is None:
                self.ensure_checked(r.rid)

    def _refresh_docs(self) -> None:
        docs = self.project.documents()
        self._doc_labels = {d.id: PurePath(d.path.split("!")[-1]).name for d in docs}
        self._doc_kinds = {d.id: d.kind for d in docs}

    def _deeds_policy(self, stored) -> bool:
        """Work out which records may go without deeds (from (rid, doc_id, record) triples);
        True when that changed."""
        from awardtool.export.plan import documents_with_deeds

        stored = list(stored)
        with_deeds = documents_with_deeds(self._doc_kinds, ((doc_id, rec) for _rid, doc_id, rec in stored))
        without = frozenset(rid for rid, doc_id, _rec in stored if doc_id not in with_deeds)
        changed = without != self._without_deeds
        self._without_deeds = without
        return changed

    def _recheck_deeds_policy(self) -> None:
        """After an edit or a change of the list: if a document gained or lost its deeds, its
        records are checked again."""
        before = self._without_deeds
        if not self._deeds_policy((r.rid, r.doc_id, r.record) for r in self.model.rows()):
            return
        flipped = before ^ self._without_deeds
        changed = [r.with_findings(self._check(r.rid, r.record)) for r in self.model.rows()
                   if r.rid in flipped and r.findings is not None]
        self.model.update_rows(changed)
        self.checked.emit()

    def reload(self, project, word_limit: int) -> None:
        self.project = project
        self.word_limit = word_limit
        self.cancel_background()
        self._duplicates, self._rid_of_ref = {}, {}
        if project is None:
            self._doc_labels = {}
            self.model.set_rows([])
        else:
            self._refresh_docs()
            stored = project.records()
            self._deeds_policy((s.id, s.doc_id, s.record) for s in stored)
            self.model.set_rows([self._row(s, check=False) for s in stored])
            self._start_background_check()
            self.recheck_duplicates()
        self._emit_progress()

    def cancel_background(self) -> None:
        """Drop the checks not started yet (closing the window must not wait for them)."""
        for task in (self._check_task, self._dup_task):
            if task is not None:
                task.cancel()
        self._check_task = self._dup_task = None

    def _start_background_check(self) -> None:
        if self._check_task is not None:
            return  # the running check restarts for new rows when it finishes
        sent = {r.rid: r.record for r in self.model.rows() if r.findings is None}
        if not sent:
            return
        items = list(sent.items())
        task = None

        def arrived(batch: dict) -> None:
            if task is not self._check_task:
                return  # a reload started a newer check
            changed = []
            for rid, findings in batch.items():
                i = self.model.row_of(rid)
                if i < 0:
                    continue
                row = self.model.row_data(i)
                if row.record is sent[rid] and row.findings is None:  # not edited meanwhile
                    changed.append(row.with_findings(findings + self._duplicates.get(rid, [])))
                    changed[-1].search_text()  # ~1 ms a batch here, not 30 ms on the first filter
            self.model.update_rows(changed)
            self.checked.emit()

        def finished(_failed: int) -> None:
            if task is self._check_task:
                self._check_task = None
                if any(r.findings is None and sent.get(r.rid) is not r.record for r in self.model.rows()):
                    self._check_timer.start()  # rows added or edited meanwhile (an import)

        without = self._without_deeds
        calls = [(check_chunk, chunk, self.word_limit, frozenset(rid for rid, _ in chunk) & without)
                 for chunk in (items[i:i + CHECK_CHUNK] for i in range(0, len(items), CHECK_CHUNK))]
        task = run_in_processes(calls, arrived, finished, parent=self)
        self._check_task = task

    # --- following changes --------------------------------------------------------------------
    def apply(self, project, change) -> None:
        ids = set(getattr(change, "record_ids", ()) or ())
        if getattr(change, "structural", False):
            if not self._append(ids):
                self._resync(ids)
                self._recheck_deeds_policy()
            self._dup_timer.start()
        else:
            for rid in ids:
                if self.model.row_of(rid) >= 0:
                    self.model.update_row(self._row(project.record(rid)))
            if getattr(change, "fields", set()) & {"name", "kind", "region", "position", "birth"}:
                self._dup_timer.start()
            if "deeds" in getattr(change, "fields", set()):
                self._recheck_deeds_policy()
        self._emit_progress()

    def _append(self, ids: set[int]) -> bool:
        """An import appends records at the end: insert just those rows (no full re-read)."""
        if not ids or any(self.model.row_of(rid) >= 0 for rid in ids):
            return False
        from awardtool.store import ProjectError

        try:
            stored = sorted((self.project.record(rid) for rid in ids), key=lambda s: s.index)
        except ProjectError:
            return False
        n = self.model.rowCount()
        if [s.index for s in stored] != list(range(n, n + len(stored))):
            return False
        for s in stored:
            if s.doc_id is not None and s.doc_id not in self._doc_labels:
                if self.incoming_path is None:
                    self._refresh_docs()
                    break
                self._doc_labels[s.doc_id] = PurePath(self.incoming_path.split("!")[-1]).name
        # appended documents are new: one without any deeds is a 名单 (the policy, cheaply)
        by_doc: dict = {}
        for s in stored:
            by_doc.setdefault(s.doc_id, []).append(s)
        nameonly = {s.id for doc_id, group in by_doc.items() if doc_id is not None
                    and not any((s.record.deeds or "").strip() for s in group) for s in group}
        if nameonly:
            self._without_deeds |= nameonly
        self.model.append_rows([self._row(s, check=False) for s in stored])
        self._check_timer.start()
        return True

    def _resync(self, changed: set[int]) -> None:
        stored = self.project.records()
        old = {r.rid: r for r in self.model.rows()}
        if any(s.doc_id is not None and s.doc_id not in self._doc_labels for s in stored):
            self._refresh_docs()
        rows = [old[s.id] if s.id in old and s.id not in changed else self._row(s) for s in stored]
        self.model.sync_order(rows)

    # --- duplicates ---------------------------------------------------------------------------
    def recheck_duplicates(self) -> None:
        """Compare every record (in the background); rows whose duplicates changed are updated."""
        if self.project is None:
            return
        if self._dup_task is not None:
            self._dup_task.cancel()
        items = [(r.rid, r.doc_id, r.record) for r in self.model.rows()]
        task = None

        def done(result) -> None:
            if task is not self._dup_task:
                return
            self._dup_task = None
            new, rid_of = result
            self._rid_of_ref = rid_of
            if new == self._duplicates:
                return
            touched = set(new) | set(self._duplicates)
            self._duplicates = new
            changed = []
            for r in self.model.rows():
                if r.rid in touched and r.findings is not None:
                    base = [f for f in r.findings if f.code != "duplicate"]
                    changed.append(r.with_findings(base + new.get(r.rid, [])))
            self.model.update_rows(changed)
            self.checked.emit()

        def failed(n: int) -> None:
            if n and task is self._dup_task:
                self._dup_task = None  # a lost worker: duplicates are checked again on the next change

        task = run_in_processes([(find_duplicates, items, dict(self._doc_labels))], done, failed, parent=self)
        self._dup_task = task

    def duplicate_of(self, rid: int | None) -> int | None:
        for f in self._duplicates.get(rid, []):
            for ref in f.refs:
                other = self._rid_of_ref.get(ref)
                if other is not None and other != rid and self.model.row_of(other) >= 0:
                    return other
        return None

    # --- progress -----------------------------------------------------------------------------
    def counts(self) -> tuple[int, int]:
        rows = self.model.rows()
        return sum(1 for r in rows if r.status == "approved"), len(rows)

    def _emit_progress(self) -> None:
        self.progress_changed.emit(*self.counts())
