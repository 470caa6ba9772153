"""The import pipeline shared by the command line and the window: paths → documents →
records, one ``DocumentResult`` per document, in the order the files were given."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from awardtool.document import Document, Notice
from awardtool.extract import Extraction, extract
from awardtool.ingest import Progress, load_paths

log = logging.getLogger(__name__)


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
    except Exception:  # an extractor bug must not lose the rest of the batch
        log.warning("extraction failed on %s", doc.path, exc_info=True)
        doc.error = Notice("extract_failed", "文件已读取，但无法从中抽取表彰对象（内容结构异常）；"
                                             "请在窗口中查看原文，手工添加记录")
        return DocumentResult(doc, Extraction())


def extract_paths(paths: list[str | Path], progress: Progress | None = None,
                  keep_originals: bool = False) -> Iterator[DocumentResult]:
    """Results one document at a time. ``progress(done, total, display)`` is ingest's: called
    as each document is read, ``done`` counting from 1, ``total`` the number of files or None
    when a zip batch makes it unknown until the end.

    ``keep_originals``: each document keeps the bytes it was read from (``original``), for
    an import that stores them — read once, with the document, never again from disk."""
    for doc in load_paths(paths, progress):
        if not keep_originals:
            doc.original = None
        yield extract_document(doc)
