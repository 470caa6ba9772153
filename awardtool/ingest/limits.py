"""Size limits that keep hostile or accidental input (a 100 MB log renamed .txt, a zip bomb,
an XML entity bomb) from hanging the window or eating the clerk's memory.

Every limit fails with an ``IngestError`` whose message names the size and the limit, so the
clerk knows the file was refused on purpose and what to do about it.
"""

from __future__ import annotations

from lxml import etree

from awardtool.ingest.errors import IngestError

MB = 1024 * 1024

# Text-like formats are read whole into Python strings (≈4× their size in memory).
TEXT_FORMATS = frozenset({"txt", "csv", "html", "rtf"})
MAX_TEXT_BYTES = 20 * MB
# Any single file (docx, pdf, xlsx, a zip batch …).
MAX_FILE_BYTES = 200 * MB
# Zip batches and the zip inside a docx/xlsx.
MAX_ZIP_TOTAL = 200 * MB  # sum of declared uncompressed sizes
MAX_ZIP_RATIO = 200  # uncompressed / compressed, for members above 1 MB
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_DEPTH = 3  # batch.zip!inner.zip!deeper.zip is the deepest we open
MAX_XML_PART = 100 * MB  # one XML part inside a docx/xlsx


def too_large(size: int, limit: int) -> IngestError:
    return IngestError(
        "too_large", f"文件过大（{size / MB:.1f} MB），超过 {limit // MB} MB 上限"
    )


def check_size(size: int, fmt: str | None) -> None:
    """Refuse a file by its size before reading it (size comes from stat or the zip index)."""
    limit = MAX_TEXT_BYTES if fmt in TEXT_FORMATS else MAX_FILE_BYTES
    if size > limit:
        raise too_large(size, limit)


def xml_parser() -> etree.XMLParser:
    """A parser that cannot be turned against us: no entity expansion (billion laughs), no
    network or DTD loading, and libxml2's default depth/size caps (huge_tree=False)."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, remove_comments=True
    )


_PARSER = xml_parser()


def parse_xml(data: bytes) -> etree._Element:
    """Parse one XML part with the hardened parser; a broken part is the clerk's problem to
    hear about, not a traceback."""
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        raise IngestError("corrupt", f"文件内部的 XML 已损坏（{e.msg}）") from e
    if root is None:
        raise IngestError("corrupt", "文件内部的 XML 为空")
    return root
