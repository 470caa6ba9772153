"""Plain text in any common encoding (UTF-8 with/without BOM, GB18030/GBK, UTF-16), with
LF, CRLF or CR line ends. One paragraph per line, located by its 1-based line number."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from awardtool.document import Document, Loc, Paragraph
from awardtool.ingest.errors import IngestError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> str:
    """Decode bytes whose encoding nobody told us.

    A BOM decides; then strict UTF-8 (the commonest and never a false positive on real
    Chinese); then GB18030 (a superset of GBK/GB2312, what Chinese Windows writes); only then
    charset-normalizer for the rest (UTF-16 without BOM, Big5 …).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        try:
            return data.decode("utf-16-le" if data[1::2].count(0) > data[0::2].count(0) else "utf-16-be")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise IngestError("undecodable", "无法识别文本编码，文件可能不是文本文件")
    return data.decode(best.encoding, errors="replace")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: ASCII and CJK text put a NUL in one of every two bytes often."""
    sample = data[:4000]
    return len(sample) >= 4 and sample.count(0) > len(sample) // 8


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_text(data: bytes, display: str) -> Document:
    text = decode_text(data)
    if "\x00" in text:
        raise IngestError("binary", "文件内容是二进制数据，不是文本")
    blocks = [Paragraph(line, Loc(line=i)) for i, line in enumerate(split_lines(text), 1)]
    return Document(display, "txt", blocks)
