"""Fields read from a scan or photo are only as sure as the OCR engine was.

The readers keep the engine's confidence on every OCR'd paragraph and cell (``conf``, the
least sure text box in it). A field whose source is such a block gets its extraction
confidence multiplied by it, so a name read at 0.7 falls under ``confidence.UNCERTAIN`` and is
marked for checking against the page; under ``ocr.LOW_CONFIDENCE`` the reason becomes
``ocr_uncertain`` (the clerk should look at the page, not at how the field was found).
"""

from __future__ import annotations

from awardtool.document import Document, Paragraph
from awardtool.ingest.ocr import LOW_CONFIDENCE
from awardtool.records import FieldSource, Record

OCR_UNCERTAIN = "ocr_uncertain"


def source_confidence(doc: Document, src: FieldSource) -> float | None:
    """The OCR confidence of the paragraph or cell ``src`` points at (None: not OCR'd)."""
    if not 0 <= src.block < len(doc.blocks):
        return None
    block = doc.blocks[src.block]
    if isinstance(block, Paragraph):
        return block.conf
    row, col = src.loc.row, src.loc.col
    if row is None or col is None or not 0 <= row < len(block.rows) or not 0 <= col < len(block.rows[row]):
        return None
    return block.rows[row][col].conf


def apply_ocr_confidence(doc: Document, rec: Record) -> None:
    """Scale ``rec.confidence`` of each field read from OCR'd text by the engine's own."""
    for f, src in rec.field_sources.items():
        conf = source_confidence(doc, src)
        if conf is None or f not in rec.confidence:
            continue
        rec.confidence[f] = round(rec.confidence[f] * conf, 2)
        if conf < LOW_CONFIDENCE:
            rec.reasons[f] = OCR_UNCERTAIN
