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
    Chinese); then UTF-16 without BOM (recognised by its NUL bytes); then GB18030 (a
    superset of GBK/GB2312, what Chinese Windows writes); only then charset-normalizer for
    the rest (Big5 …).
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _decode_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise IngestError("undecodable", "无法识别文本编码，文件可能不是文本文件")
    return data.decode(best.encoding, errors="replace")


def _decode_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM. UTF-8 and GB18030 text never contains a NUL byte, while UTF-16
    puts one in every ASCII character (a newline, a tab, a digit): NULs mostly on odd
    offsets mean little-endian, on even offsets big-endian. The decode must then look like
    text (printable characters), or it was binary after all."""
    sample = data[:8000]
    if len(sample) < 2 or b"\x00" not in sample:
        return None
    odd, even = sample[1::2].count(0), sample[0::2].count(0)
    enc = "utf-16-le" if odd > even else "utf-16-be"
    if min(odd, even) > max(odd, even) // 4:
        return None
    try:
        text = data[: len(data) // 2 * 2].decode(enc)
    except UnicodeDecodeError:
        return None
    probe = text[:4000]
    printable = sum(1 for ch in probe if ch.isprintable() or ch in "\t\r\n")
    return text if printable >= 0.95 * len(probe) else None


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def read_text(data: bytes, display: str) -> Document:
    text = decode_text(data)
    if "\x00" in text:
        raise IngestError("binary", "文件内容是二进制数据，不是文本")
    blocks = [Paragraph(line, Loc(line=i)) for i, line in enumerate(split_lines(text), 1)]
    return Document(display, "txt", blocks)
