"""The batch as the window sees it: rows with their findings, kept in step with the store.

``reload`` reads the whole project once; ``apply(change)`` refreshes only what a store
``Change`` names — one row for a field edit, appended rows for an import, a resync of the
order for deletes and moves. Findings come from awardtool.validate: per record on each
change, and the batch-wide duplicate check debounced (it compares every record).
"""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import QObject, QTimer, Signal

from awardtool.ui.record_model import RecordTableModel, Row


class ReviewState(QObject):
    progress_changed = Signal(int, int)  # approved, total

    def __init__(self, model: RecordTableModel) -> None:
        super().__init__(model)
        self.model = model
        self.project = None
        self.word_limit = 300
        self._doc_labels: dict[int, str] = {}
        self._duplicates: dict[int, list] = {}  # rid → duplicate findings
        self._rid_of_ref: dict = {}
        self._dup_timer = QTimer(self)
        self._dup_timer.setSingleShot(True)
        self._dup_timer.setInterval(400)
        self._dup_timer.timeout.connect(self.recheck_duplicates)

    # --- building rows ------------------------------------------------------------------------
    def _row(self, stored) -> Row:
        from awardtool.validate import check_record

        findings = check_record(stored.record, word_limit=self.word_limit)
        findings += self._duplicates.get(stored.id, [])
        return Row(stored.id, stored.doc_id, stored.status, stored.record, findings,
                   self._doc_labels.get(stored.doc_id, ""))

    def _refresh_docs(self) -> None:
        self._doc_labels = {d.id: PurePath(d.path.split("!")[-1]).name for d in self.project.documents()}

    def reload(self, project, word_limit: int) -> None:
        self.project = project
        self.word_limit = word_limit
        if project is None:
            self._doc_labels, self._duplicates = {}, {}
            self.model.set_rows([])
        else:
            self._refresh_docs()
            stored = project.records()
            self._duplicates = self._find_duplicates([(s.id, s.doc_id, s.record) for s in stored])
            self.model.set_rows([self._row(s) for s in stored])
        self._emit_progress()

    # --- following changes --------------------------------------------------------------------
    def apply(self, project, change) -> None:
        ids = set(getattr(change, "record_ids", ()) or ())
        if getattr(change, "structural", False):
            if not self._append(ids):
                self._resync(ids)
            self._dup_timer.start()
        else:
            for rid in ids:
                if self.model.row_of(rid) >= 0:
                    self.model.update_row(self._row(project.record(rid)))
            if getattr(change, "fields", set()) & {"name", "kind", "region", "position", "birth"}:
                self._dup_timer.start()
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
        if any(s.doc_id is not None and s.doc_id not in self._doc_labels for s in stored):
            self._refresh_docs()
        self.model.sync_order(self.model.rows() + [self._row(s) for s in stored])
        return True

    def _resync(self, changed: set[int]) -> None:
        stored = self.project.records()
        old = {r.rid: r for r in self.model.rows()}
        if any(s.doc_id is not None and s.doc_id not in self._doc_labels for s in stored):
            self._refresh_docs()
        rows = [old[s.id] if s.id in old and s.id not in changed else self._row(s) for s in stored]
        self.model.sync_order(rows)

    # --- duplicates ---------------------------------------------------------------------------
    def _find_duplicates(self, items: list[tuple[int, int | None, object]]) -> dict[int, list]:
        """rid → the duplicate findings naming it. Each record is referred to as the clerk
        finds it (document, index within that document); the refs map back to rids."""
        from awardtool.validate import RecordRef, check_batch

        pairs, rid_of, per_doc = [], {}, {}
        for rid, doc_id, rec in items:
            index = per_doc.get(doc_id, 0)
            per_doc[doc_id] = index + 1
            ref = RecordRef(self._doc_labels.get(doc_id, ""), index, rec.seq, rec.name)
            rid_of[ref] = rid
            pairs.append((rec, ref))
        out: dict[int, list] = {}
        for f in check_batch(pairs):
            for ref in f.refs:
                if ref in rid_of:
                    out.setdefault(rid_of[ref], []).append(f)
        self._rid_of_ref = rid_of
        return out

    def recheck_duplicates(self) -> None:
        if self.project is None:
            return
        rows = self.model.rows()
        new = self._find_duplicates([(r.rid, r.doc_id, r.record) for r in rows])
        if new == self._duplicates:
            return
        touched = set(new) | set(self._duplicates)
        self._duplicates = new
        for r in rows:
            if r.rid in touched:
                base = [f for f in r.findings if f.code != "duplicate"]
                self.model.update_row(Row(r.rid, r.doc_id, r.status, r.record, base + new.get(r.rid, []), r.doc_label))

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
