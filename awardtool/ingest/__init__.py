"""Ingest: turn files into ``Document``s, one reader per format.

``load_path`` accepts a file, a folder or a zip batch and yields one Document per file it
finds (a zip member is displayed as ``batch.zip!目录/名单.docx``). The format is sniffed from
the content first and the extension second (sniff.py). A file that cannot be read still
yields a Document, with ``error`` set to a clear Chinese message naming the problem, so that
one bad file never stops the batch.
"""

from __future__ import annotations

import importlib
import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from awardtool.document import Document, Notice, clean_control_characters
from awardtool.ingest.archive import Member, folder_files, zip_members
from awardtool.ingest.errors import IngestError, damaged
from awardtool.ingest.limits import MAX_FILE_BYTES, MAX_ZIP_DEPTH, Unpacked, check_size, document_budget
from awardtool.ingest.sniff import FORMAT_NAMES, extension_format, sniff

log = logging.getLogger(__name__)

Reader = Callable[[bytes, str], Document]
Progress = Callable[[int, "int | None", str], None]


def _lazy(module: str, func: str) -> Reader:
    """Import a reader's module on first use: pdfplumber, openpyxl and readability cost
    start-up time that a batch of .txt files should not pay."""

    def reader(data: bytes, display: str) -> Document:
        return getattr(importlib.import_module(f"awardtool.ingest.{module}"), func)(data, display)

    reader.__name__ = func
    return reader


# format → reader. Formats are detected from content first, extension second (sniff.py).
# Zip batches are not a reader: they expand into many Documents (load_data).
READERS: dict[str, Reader] = {
    "txt": _lazy("text", "read_text"),
    "docx": _lazy("docx", "read_docx"),
    "xlsx": _lazy("sheet", "read_xlsx"),
    "xls": _lazy("sheet", "read_xls"),
    "csv": _lazy("sheet", "read_csv"),
    "html": _lazy("html", "read_html"),
    "pdf": _lazy("pdf", "read_pdf"),
    "doc": _lazy("legacy", "read_legacy"),
    "wps": _lazy("legacy", "read_legacy"),
    "rtf": _lazy("legacy", "read_legacy"),
    "odt": _lazy("legacy", "read_legacy"),
    "image": _lazy("scan", "read_image"),
}


# Errors that mean the bytes were refused as dangerous, not merely unreadable: such a file's
# bytes are not kept as the project's copy of the original.
REFUSED = frozenset({"zip_bomb", "too_large", "too_many_members", "too_deep"})


def load_bytes(data: bytes, display: str, fmt: str) -> Document:
    """Read one file's bytes with the reader for ``fmt``; never raises.

    The reader works within the document's Budget (cells, text, time, limits.py); when a
    bound was reached the document keeps what was read and says so in a warning. Control
    characters Word and Excel refuse are cleaned here, once, for every format."""
    reader = READERS.get(fmt)
    if reader is None:
        return Document(display, fmt, error=Notice("unsupported", f"不支持的文件格式：{fmt}"))
    try:
        with document_budget() as budget:
            doc = reader(data, display)
    except IngestError as e:
        return Document(display, fmt, error=Notice(e.code, e.message))
    except MemoryError:
        return Document(display, fmt, error=Notice("too_large", "文件过大，内存不足以读取"))
    except RecursionError:
        return Document(display, fmt, error=Notice("corrupt", "文件结构嵌套过深，无法读取"))
    except Exception:  # a reader bug or a library choking on hostile input
        log.info("reader for %s failed on %s", fmt, display, exc_info=True)
        e = damaged(FORMAT_NAMES.get(fmt, "文件"))
        return Document(display, fmt, error=Notice(e.code, e.message))
    doc.format = fmt
    doc.warnings.extend(budget.warnings)
    if budget.notice is not None:
        doc.warnings.append(budget.notice)
    cleaned = clean_control_characters(doc)
    if cleaned is not None:
        doc.warnings.append(cleaned)
    return doc


def load_data(data: bytes, display: str, depth: int = 0, unpacked: Unpacked | None = None) -> Iterator[Document]:
    """Sniff and read one file's bytes; a zip batch yields one Document per member. Each
    Document carries the bytes it was read from (``original``) unless they were refused."""
    try:
        sniffed = sniff(data, display)
        check_size(len(data), sniffed.format)
    except IngestError as e:
        yield Document(display, extension_format(display) or "unknown", error=Notice(e.code, e.message))
        return
    if sniffed.format == "zip":
        yield from _load_zip(data, display, depth, unpacked or Unpacked())
        return
    doc = load_bytes(data, display, sniffed.format)
    if sniffed.warning is not None:
        doc.warnings.insert(0, sniffed.warning)
    if doc.error is None or doc.error.code not in REFUSED:
        doc.original = data
    yield doc


def _load_zip(data: bytes, display: str, depth: int, unpacked: Unpacked) -> Iterator[Document]:
    if depth >= MAX_ZIP_DEPTH:
        yield Document(display, "zip", error=Notice("too_deep", f"压缩包嵌套超过 {MAX_ZIP_DEPTH} 层，请先解压后再导入"))
        return
    try:
        members = zip_members(data, display, unpacked)
    except IngestError as e:
        yield Document(display, "zip", error=Notice(e.code, e.message))
        return
    empty = True
    for m in members:  # one member in memory at a time, each read once
        empty = False
        yield from _load_member(m, depth + 1, unpacked)
    if empty:
        yield Document(display, "zip", error=Notice("empty", "压缩包内没有可读取的文件（支持 Word、WPS、PDF、Excel、网页、文本）"))


def _load_member(m: Member, depth: int, unpacked: Unpacked) -> Iterator[Document]:
    if m.error is not None:
        yield Document(m.display, extension_format(m.display) or "unknown", error=Notice(m.error.code, m.error.message))
    else:
        yield from load_data(m.data, m.display, depth, unpacked)


def display_path(path: str | Path) -> str:
    """A path as the clerk can be shown it (and as JSON and the project can store it): a
    file name that is not valid UTF-8 gets U+FFFD where its bad bytes were."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def _read_file(path: Path) -> Iterator[Document]:
    display = display_path(path)
    fmt = extension_format(display) or "unknown"
    try:
        data = _read_regular(path, fmt)
    except IngestError as e:
        yield Document(display, fmt, error=Notice(e.code, e.message))
        return
    except OSError as e:
        yield Document(display, fmt, error=Notice("unreadable", _os_error_message(e)))
        return
    yield from load_data(data, display)


def _read_regular(path: Path, fmt: str | None) -> bytes:
    """The bytes of a regular file, bounded by its size limit. Opened without blocking and
    checked on the open descriptor, so a FIFO or a device (even one that replaced the file
    after the folder was listed) is refused, never waited on or read forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise IngestError("not_a_file", "不是普通文件（可能是设备、管道或快捷方式），已跳过")
        check_size(st.st_size, fmt)
        data = f.read(MAX_FILE_BYTES + 1)
    check_size(len(data), fmt)  # the file grew while being read
    return data


def _os_error_message(e: OSError) -> str:
    import errno

    reasons = {
        errno.ENOENT: "文件不存在（可能已被移动或删除）",
        errno.EACCES: "没有读取权限",
        errno.EPERM: "没有读取权限",
        errno.EISDIR: "这是一个文件夹",
        errno.ELOOP: "快捷方式（链接）循环指向自身",
        errno.EBUSY: "文件正被其他程序占用",
    }
    return f"无法打开文件：{reasons.get(e.errno, '读取失败，请确认文件可以正常打开')}"


def _expand(path: Path) -> list[Path]:
    return folder_files(path) if path.is_dir() else [path]


def load_path(path: str | Path) -> Iterator[Document]:
    """Documents from a file, a folder (recursively) or a zip batch, lazily."""
    for f in _expand(Path(path)):
        yield from _read_file(f)


def load_paths(paths: Iterable[str | Path], progress: Progress | None = None) -> Iterator[Document]:
    """Documents from many paths, lazily, in the order given (folders naturally sorted).

    progress(done, total, display) is called after each document; total is the number of
    files when known up front, or None when a zip batch makes it unknowable without
    unpacking everything first.
    """
    files = [f for p in paths for f in _expand(Path(p))]
    total: int | None = len(files)
    if any(extension_format(f.name) == "zip" for f in files):
        total = None
    done = 0
    for f in files:
        for doc in _read_file(f):
            done += 1
            if progress is not None:
                progress(done, total, doc.path)
            yield doc
