"""Ingest: turn files into ``Document``s, one reader per format.

``load_path`` accepts a file, a folder or a zip batch and yields one Document per file it
finds (a zip member is displayed as ``batch.zip!目录/名单.docx``). The format is sniffed from
the content first and the extension second (sniff.py). A file that cannot be read still
yields a Document, with ``error`` set to a clear Chinese message naming the problem, so that
one bad file never stops the batch.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from awardtool.document import Document, Notice
from awardtool.ingest.archive import Member, folder_files, zip_members
from awardtool.ingest.errors import IngestError
from awardtool.ingest.limits import MAX_ZIP_DEPTH, check_size
from awardtool.ingest.sniff import extension_format, sniff

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
}


def load_bytes(data: bytes, display: str, fmt: str) -> Document:
    """Read one file's bytes with the reader for ``fmt``; never raises."""
    reader = READERS.get(fmt)
    if reader is None:
        return Document(display, fmt, error=Notice("unsupported", f"不支持的文件格式：{fmt}"))
    try:
        doc = reader(data, display)
    except IngestError as e:
        return Document(display, fmt, error=Notice(e.code, e.message))
    except MemoryError:
        return Document(display, fmt, error=Notice("too_large", "文件过大，内存不足以读取"))
    except RecursionError:
        return Document(display, fmt, error=Notice("corrupt", "文件结构嵌套过深，无法读取"))
    except Exception as e:  # a reader bug or a library choking on hostile input
        return Document(display, fmt, error=Notice("unreadable", f"文件无法读取（{type(e).__name__}：{e}）"))
    doc.format = fmt
    return doc


def load_data(data: bytes, display: str, depth: int = 0) -> Iterator[Document]:
    """Sniff and read one file's bytes; a zip batch yields one Document per member."""
    try:
        sniffed = sniff(data, display)
        check_size(len(data), sniffed.format)
    except IngestError as e:
        yield Document(display, extension_format(display) or "unknown", error=Notice(e.code, e.message))
        return
    if sniffed.format == "zip":
        yield from _load_zip(data, display, depth)
        return
    doc = load_bytes(data, display, sniffed.format)
    if sniffed.warning is not None:
        doc.warnings.insert(0, sniffed.warning)
    yield doc


def _load_zip(data: bytes, display: str, depth: int) -> Iterator[Document]:
    if depth >= MAX_ZIP_DEPTH:
        yield Document(display, "zip", error=Notice("too_deep", f"压缩包嵌套超过 {MAX_ZIP_DEPTH} 层，请先解压后再导入"))
        return
    try:
        members = list(zip_members(data, display))
    except IngestError as e:
        yield Document(display, "zip", error=Notice(e.code, e.message))
        return
    if not members:
        yield Document(display, "zip", error=Notice("empty", "压缩包内没有可读取的文件（支持 Word、WPS、PDF、Excel、网页、文本）"))
    for m in members:
        yield from _load_member(m, depth + 1)


def _load_member(m: Member, depth: int) -> Iterator[Document]:
    if m.error is not None:
        yield Document(m.display, extension_format(m.display) or "unknown", error=Notice(m.error.code, m.error.message))
    else:
        yield from load_data(m.data, m.display, depth)


def _read_file(path: Path) -> Iterator[Document]:
    display = str(path)
    try:
        check_size(path.stat().st_size, extension_format(path.name))
        data = path.read_bytes()
    except IngestError as e:
        yield Document(display, extension_format(path.name) or "unknown", error=Notice(e.code, e.message))
        return
    except OSError as e:
        yield Document(display, extension_format(path.name) or "unknown",
                       error=Notice("unreadable", f"无法打开文件（{e.strerror or e}）"))
        return
    yield from load_data(data, display)


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
