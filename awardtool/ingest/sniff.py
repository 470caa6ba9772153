"""Which format is this file really? Content first, extension second.

Clerks receive .doc files that are really .docx, web pages saved as .doc, spreadsheets
renamed .xls, and so on. We look at the magic bytes (PK zip → docx/xlsx/odt/zip by the names
inside; D0CF11E0 OLE → doc/xls/wps by the streams inside; %PDF; {\\rtf; HTML tags) and use the
extension only when the content does not decide. A mismatch gives a warning, not a refusal.
"""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass

import olefile

from awardtool.document import Notice
from awardtool.ingest.errors import IngestError

# extension → format name used by READERS
EXTENSIONS = {
    "txt": "txt", "text": "txt", "csv": "csv",
    "docx": "docx", "docm": "docx", "dotx": "docx",
    "xlsx": "xlsx", "xlsm": "xlsx", "xls": "xls",
    "doc": "doc", "dot": "doc", "wps": "wps", "rtf": "rtf", "odt": "odt",
    "pdf": "pdf", "html": "html", "htm": "html", "shtml": "html", "mht": "html",
    "zip": "zip",
    "jpg": "image", "jpeg": "image", "png": "image", "tif": "image", "tiff": "image", "bmp": "image",
}
FORMAT_NAMES = {
    "txt": "纯文本", "csv": "CSV 表格", "docx": "Word 文档", "xlsx": "Excel 表格", "xls": "Excel 97-2003 表格",
    "doc": "Word 97-2003 文档", "wps": "WPS 文档", "rtf": "RTF 文档", "odt": "ODF 文本文档",
    "pdf": "PDF 文件", "html": "网页", "zip": "压缩包", "image": "图片",
}
# Formats whose content is binary: a text file with such an extension is a mismatch.
_BINARY = {"docx", "xlsx", "xls", "doc", "wps", "odt", "pdf", "zip", "image"}
# Scans and photos (read by OCR, awardtool.ingest.scan); BMP is checked by its size field.
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_HTML_RE = re.compile(rb"<\s*(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)", re.I)


@dataclass(slots=True)
class Sniffed:
    format: str
    warning: Notice | None = None


def extension_format(name: str) -> str | None:
    base = name.rsplit("/", 1)[-1].rsplit("!", 1)[-1]
    if "." not in base:
        return None
    return EXTENSIONS.get(base.rsplit(".", 1)[-1].lower())


def sniff(data: bytes, name: str) -> Sniffed:
    """Decide the format of ``data`` (named ``name``); raise IngestError when nothing fits."""
    if not data.strip(b"\x00 \t\r\n"):
        raise IngestError("empty", "文件为空")
    by_ext = extension_format(name)
    by_content = _by_content(data, by_ext)
    if by_content is None:
        if by_ext is not None and by_ext not in _BINARY:
            return Sniffed(by_ext)
        if _looks_text(data):
            fmt = "txt"
        elif by_ext is not None:
            raise IngestError(
                "corrupt", f"文件已损坏或不是{FORMAT_NAMES[by_ext]}（内容无法识别），请重新获取原文件"
            )
        else:
            raise IngestError("unsupported", "无法识别的文件格式（不是文档、表格、网页或文本）")
    else:
        fmt = by_content
    if by_ext is not None and by_ext != fmt and not _compatible(by_ext, fmt):
        ext = name.rsplit(".", 1)[-1]
        return Sniffed(
            fmt,
            Notice("wrong_extension", f"文件扩展名为 .{ext}，但内容实际是{FORMAT_NAMES[fmt]}，已按{FORMAT_NAMES[fmt]}读取"),
        )
    return Sniffed(fmt)


def _compatible(ext_fmt: str, fmt: str) -> bool:
    # A .csv or .html file is text; .wps and .doc are both Word binary files.
    return {ext_fmt, fmt} in ({"txt", "csv"}, {"doc", "wps"}) or (ext_fmt == "csv" and fmt == "txt")


def _by_content(data: bytes, by_ext: str | None) -> str | None:
    head = data[:1024]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data, by_ext)
    if head.startswith(_OLE_MAGIC):
        return _ole_kind(data, by_ext)
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(_IMAGE_MAGIC) or (head[:2] == b"BM" and len(data) >= 26
                                         and struct.unpack("<I", head[2:6])[0] == len(data)):
        return "image"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return "rtf"
    if _HTML_RE.search(data[:4096]):
        return "html"
    return None


def _zip_kind(data: bytes, by_ext: str | None) -> str:
    """docx/xlsx/odt/plain zip by the member names, found as bytes in the archive (names are
    stored in clear in the local headers and the central directory). Opening the zip here
    would read its directory twice per file, a third of the time of a small .docx; a damaged
    package is reported by the reader that opens it."""
    names = _central_directory(data)
    if not names.startswith(b"PK\x01\x02"):  # no readable directory (a damaged download): local headers
        names = b"".join(re.findall(rb"PK\x03\x04.{26}(word/document\.xml|xl/workbook\.xml)", data[:2_000_000], re.S))
    if b"word/document.xml" in names:
        return "docx"
    if b"xl/workbook.xml" in names:
        return "xlsx"
    if data[30:38] == b"mimetype" and data[38:80].startswith(b"application/vnd.oasis.opendocument.text"):
        return "odt"
    if by_ext in ("docx", "xlsx") and b"[Content_Types].xml" in data[:2_000_000]:
        return by_ext  # an Office package too damaged to name its parts: its reader says so
    return "zip"


def _central_directory(data: bytes) -> bytes:
    """The zip's central directory (its own member names only: a .docx stored uncompressed
    inside a batch zip must not make the batch look like a .docx)."""
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 66_000))
    if eocd < 0 or eocd + 20 > len(data):
        return data[:0]
    size, offset = struct.unpack("<II", data[eocd + 12 : eocd + 20])
    return data[offset : offset + size]


def _ole_kind(data: bytes, by_ext: str | None) -> str:
    """OLE compound file: Word 97 (WordDocument), Excel 97 (Workbook/Book), WPS (WordDocument
    too, or its own streams), or an encrypted docx/xlsx (EncryptionInfo)."""
    try:
        ole = olefile.OleFileIO(data)
    except Exception as e:  # olefile raises assorted errors on truncated input
        raise IngestError("corrupt", "文件已损坏或不完整（OLE 结构无法打开），请重新获取原文件") from e
    try:
        streams = {"/".join(s) for s in ole.listdir()}
    finally:
        ole.close()
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        if by_ext in ("xlsx", "xls"):
            raise IngestError("encrypted", "文件已加密，请先在 Excel 中取消密码后再导入")
        raise IngestError("encrypted", "文件已加密，请先在 Word 中取消密码后再导入")
    if "WordDocument" in streams:
        return "wps" if by_ext == "wps" else "doc"
    if "Workbook" in streams or "Book" in streams:
        return "xls"
    if by_ext in ("doc", "wps", "xls"):
        return by_ext
    raise IngestError("unsupported", "无法识别的 Office 旧格式文件（不是 Word 或 Excel 文档）")


def _looks_text(data: bytes) -> bool:
    """Text has no control characters other than tab/CR/LF/FF (UTF-16 aside: its NULs are
    handled by the text reader's own detection, so we allow BOM-marked UTF-16)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    bad = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bad <= len(sample) // 1000
