"""The import pipeline shared by the command line and the window: paths → documents →
records, one ``DocumentResult`` per document, in the order the files were given."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from awardtool.document import Document, Notice
from awardtool.extract import Extraction, extract
from awardtool.ingest import Progress, load_paths


@dataclass(slots=True)
class DocumentResult:
    document: Document
    extraction: Extraction

    def to_json(self) -> dict:
        doc, ex = self.document, self.extraction
        return {
            "path": doc.path,
            "format": doc.format,
            "kind": ex.kind,
            "title": ex.title,
            "records": [r.to_json() for r in ex.records],
            "warnings": [w.to_json() for w in doc.warnings + ex.warnings],
            "error": doc.error.to_json() if doc.error else None,
        }


def extract_document(doc: Document) -> DocumentResult:
    if doc.error is not None:
        return DocumentResult(doc, Extraction())
    try:
        return DocumentResult(doc, extract(doc))
    except Exception as e:  # an extractor bug must not lose the rest of the batch
        doc.error = Notice("extract_failed", f"内容抽取失败（{type(e).__name__}：{e}）")
        return DocumentResult(doc, Extraction())


def extract_paths(paths: list[str | Path], progress: Progress | None = None) -> Iterator[DocumentResult]:
    """Results one document at a time. ``progress(done, total, display)`` is ingest's: called
    as each document is read, ``done`` counting from 1, ``total`` the number of files or None
    when a zip batch makes it unknown until the end."""
    for doc in load_paths(paths, progress):
        yield extract_document(doc)
