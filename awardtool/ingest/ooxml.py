"""Safe access to the parts of an Office Open XML package (docx, xlsx): bounded reads and a
hardened XML parser, so a zip bomb or an entity bomb disguised as a .docx fails fast."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from awardtool.ingest.errors import IngestError
from awardtool.ingest.limits import MAX_XML_PART, parse_xml, ratio_suspicious, too_large


def open_package(data: bytes) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except Exception as e:  # BadZipFile, EOFError, ValueError, struct.error … on a damaged package
        raise IngestError("corrupt", "文件已损坏或不完整（压缩结构无法打开），请重新获取原文件") from e


def read_part(zf: zipfile.ZipFile, name: str) -> bytes | None:
    """The bytes of one part, or None when the package has no such part."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    check_member(info)
    try:
        with zf.open(info) as f:
            data = f.read(MAX_XML_PART + 1)
    except MemoryError:
        raise
    except Exception as e:  # zlib.error, LZMAError, bad CRC or header, unknown method …
        raise IngestError("corrupt", "文件已损坏或不完整（内部数据无法解压），请重新获取原文件") from e
    if len(data) > MAX_XML_PART:
        raise too_large(len(data), MAX_XML_PART)
    return data


def check_member(info: zipfile.ZipInfo) -> None:
    """Refuse a member by its declared sizes before decompressing anything."""
    if info.file_size > MAX_XML_PART:
        raise too_large(info.file_size, MAX_XML_PART)
    if ratio_suspicious(info.file_size, info.compress_size):
        raise IngestError("zip_bomb", "文件内部数据压缩比异常（疑似压缩炸弹），已拒绝读取")


def read_xml(zf: zipfile.ZipFile, name: str) -> etree._Element | None:
    data = read_part(zf, name)
    return None if data is None else parse_xml(data)
