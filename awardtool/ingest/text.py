"""Plain text in any common encoding (UTF-8 with/without BOM, GB18030/GBK, UTF-16), with
LF, CRLF or CR line ends. One paragraph per line, located by its 1-based line number."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from charset_normalizer import from_bytes

from awardtool.document import Document, Loc, Notice, Paragraph
from awardtool.ingest.errors import IngestError
from awardtool.ingest.limits import budget

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True)
class Decoded:
    """Text decoded from bytes, and the 1-based lines that needed help: ``repaired`` had
    bytes that are not text in the file's encoding (replaced by U+FFFD), ``other_encoding``
    were written in a second encoding (a GBK line appended to a UTF-8 list)."""

    text: str
    encoding: str
    repaired: list[int] = field(default_factory=list)
    other_encoding: list[int] = field(default_factory=list)

    def notices(self) -> list[Notice]:
        out = []
        if self.other_encoding:
            out.append(Notice("mixed_encoding", f"第 {_lines(self.other_encoding)} 行的编码与其他行不同，已按这几行自己的编码读取，请核对这几行文字"))
        if self.repaired:
            out.append(Notice("text_repaired", f"第 {_lines(self.repaired)} 行含有无法识别的字节（文件可能不完整或已损坏），"
                                               "已用 \ufffd 代替，请核对这几行文字"))
        return out


def _lines(numbers: list[int], shown: int = 10) -> str:
    text = "、".join(map(str, numbers[:shown]))
    return f"{text} 等 {len(numbers)}" if len(numbers) > shown else text


def decode_text(data: bytes) -> str:
    """Decode bytes whose encoding nobody told us (see ``decode_lines``); never raises."""
    return decode_lines(data).text


def decode_lines(data: bytes) -> Decoded:
    """Decode bytes whose encoding nobody told us, line by line, never rejecting the file.

    A BOM decides; then strict UTF-8 (the commonest and never a false positive on real
    Chinese); then UTF-16 without BOM (recognised by its NUL bytes); then GB18030 (a
    superset of GBK/GB2312, what Chinese Windows writes); then charset-normalizer (Big5 …).
    When no encoding fits the whole file — a truncated last character, a flipped byte, a
    GBK line appended to a UTF-8 list — the encoding that fits most lines is kept and each
    other line is decoded on its own: as GB18030 when it is wholly that, else with U+FFFD
    for the bytes that are not text. Those lines are listed for the clerk.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _with_replacement(data, enc)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _decode_utf16(data)
    if utf16 is not None:
        return utf16
    if _mostly_utf8(data):
        return _per_line(data, "utf-8")
    try:
        return Decoded(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    return _per_line(data, _main_encoding(data))


def _with_replacement(data: bytes, enc: str) -> Decoded:
    text = data.decode(enc, errors="replace")
    if "\ufffd" not in text:
        return Decoded(text, enc)
    bad = [i for i, line in enumerate(split_lines(text), 1) if "\ufffd" in line]
    return Decoded(text, enc, repaired=bad)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few damaged bytes (a cut-off last character, a flipped byte, one line in
    another encoding): few U+FFFD among its non-ASCII characters, or most of its lines valid
    UTF-8. Such text must not be read as GB18030, which accepts most UTF-8 byte pairs as
    (garbled) characters."""
    text = data[:2_000_000].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if non_ascii > 0 and bad <= 0.2 * non_ascii:
        return True
    lines = [line for line in data[:2_000_000].splitlines() if not line.isascii()]
    valid = 0
    for line in lines:
        try:
            line.decode("utf-8")
            valid += 1
        except UnicodeDecodeError:
            pass
    return valid >= 2 and valid >= len(lines) / 2  # most lines UTF-8, a few in another encoding


def _main_encoding(data: bytes) -> str:
    """GB18030 when most lines with non-ASCII bytes are valid in it, else charset-
    normalizer's guess (another legacy encoding), else GB18030."""
    lines = [line for line in data.splitlines()[:5000] if not line.isascii()]
    fits = 0
    for line in lines:
        try:
            line.decode("gb18030")
            fits += 1
        except UnicodeDecodeError:
            pass
    if fits >= 0.8 * len(lines):
        return "gb18030"
    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else "gb18030"


# A line of the main encoding with a damaged byte has a few U+FFFD; a line in another
# encoding is mostly U+FFFD when read as UTF-8.
_FOREIGN_SHARE = 0.3


def _per_line(data: bytes, enc: str) -> Decoded:
    out: list[str] = []
    repaired: list[int] = []
    other: list[int] = []
    raw_lines = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").split(b"\n")
    for number, raw in enumerate(raw_lines, 1):
        if (line := _strict(raw, enc)) is not None:
            out.append(line)
            continue
        text = raw.decode(enc, errors="replace")
        if enc != "utf-8":
            foreign = "utf-8"
        else:  # mostly replacement characters: a GBK line in a UTF-8 file
            non_ascii = sum(1 for ch in text if ord(ch) > 127)
            foreign = "gb18030" if text.count("\ufffd") > _FOREIGN_SHARE * non_ascii else None
        if foreign and (line := _strict(raw, foreign)) is not None:
            out.append(line)
            other.append(number)
            continue
        out.append(text)
        repaired.append(number)
    return Decoded("\n".join(out), enc, repaired, other)


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _decode_utf16(data: bytes) -> Decoded | None:
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
    decoded = _with_replacement(data[: len(data) // 2 * 2], enc)  # a lone surrogate: one damaged line
    probe = decoded.text[:4000]
    printable = sum(1 for ch in probe if ch.isprintable() or ch in "\t\r\n")
    return decoded if printable >= 0.95 * len(probe) else None


def split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def looks_binary(text: str) -> bool:
    """NUL characters in more than a stray place: binary data, not damaged text (a stray
    one is a control character, cleaned at import)."""
    return text.count("\x00") > max(2, len(text) // 1000)


def read_text(data: bytes, display: str) -> Document:
    decoded = decode_lines(data)
    if looks_binary(decoded.text):
        raise IngestError("binary", "文件内容是二进制数据，不是文本；请确认选择了正确的文件")
    budget().take_text(len(decoded.text))  # a text file is bounded by its byte size already
    blocks = [Paragraph(line, Loc(line=i)) for i, line in enumerate(split_lines(decoded.text), 1)]
    return Document(display, "txt", blocks, decoded.notices())
