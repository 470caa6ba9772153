"""Ingest: turn files into ``Document``s, one reader per format.

``load_path`` accepts a file, a folder or a zip batch and yields one Document per file it
finds (a zip member is displayed as ``batch.zip!目录/名单.docx``). A file that cannot be read
still yields a Document, with ``error`` set to a clear Chinese message naming the problem,
so that one bad file never stops the batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from awardtool.document import Document, Notice
from awardtool.ingest.errors import IngestError
from awardtool.ingest.text import read_text

Reader = Callable[[bytes, str], Document]

# format → reader. Formats are detected from content first, extension second (sniff.py).
READERS: dict[str, Reader] = {
    "txt": read_text,
}


def load_bytes(data: bytes, display: str, fmt: str) -> Document:
    """Read one file's bytes with the reader for ``fmt``; never raises."""
    reader = READERS.get(fmt)
    if reader is None:
        return Document(display, fmt, error=Notice("unsupported", f"不支持的文件格式：{fmt}"))
    try:
        return reader(data, display)
    except IngestError as e:
        return Document(display, fmt, error=Notice(e.code, e.message))
    except MemoryError:
        return Document(display, fmt, error=Notice("too_large", "文件过大，内存不足以读取"))
    except Exception as e:  # a reader bug or a library choking on hostile input
        return Document(display, fmt, error=Notice("unreadable", f"文件无法读取（{type(e).__name__}：{e}）"))


def load_path(path: str | Path) -> Iterator[Document]:
    path = Path(path)
    data = path.read_bytes()
    yield load_bytes(data, str(path), path.suffix.lower().lstrip(".") or "txt")


def load_paths(paths: list[str | Path], progress: Callable[[int, str], None] | None = None) -> Iterator[Document]:
    for p in paths:
        yield from load_path(p)
