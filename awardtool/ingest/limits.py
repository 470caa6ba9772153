"""Every bound on what reading a file may cost, in one place: sizes that refuse hostile or
accidental input up front (a 100 MB log renamed .txt, a zip bomb, an XML entity bomb), and a
per-document ``Budget`` of cells, text and time that readers charge as they build, so a small
file describing a huge table cannot hang the window or eat the clerk's memory.

A refused file fails with an ``IngestError`` whose message names the size and the limit; a
document that reaches a budget bound keeps what was read and gets a warning saying what was
left out — either way the clerk knows it happened on purpose and what to do about it.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree

from awardtool.document import Notice
from awardtool.ingest.errors import IngestError

MB = 1024 * 1024

# Text-like formats are read whole into Python strings (≈4× their size in memory).
TEXT_FORMATS = frozenset({"txt", "csv", "html", "rtf"})
MAX_TEXT_BYTES = 20 * MB
# Any single file (docx, pdf, xlsx, a zip batch …).
MAX_FILE_BYTES = 200 * MB
# Zip batches and the zip inside a docx/xlsx.
MAX_ZIP_TOTAL = 200 * MB  # sum of declared uncompressed sizes
MAX_ZIP_RATIO = 200  # uncompressed / compressed, for members above RATIO_FROM
RATIO_FROM = 256 * 1024  # below this a member's ratio says nothing (tiny files compress oddly)
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_DEPTH = 3  # batch.zip!inner.zip!deeper.zip is the deepest we open
MAX_XML_PART = 100 * MB  # one XML part inside a docx/xlsx
# Everything unpacked from one file given by the clerk, nested zips included: nesting small,
# highly compressed members must not multiply past what one batch may hold.
MAX_UNPACKED = MAX_ZIP_TOTAL

# Per document, whatever its size in bytes: tables are padded to their widest row and merged
# cells copy their text, so a few KB can describe billions of cells. What a reader builds is
# charged to the document's Budget; reading stops at a bound and keeps what was read.
MAX_TABLE_COLS = 256  # Excel 2003's width; no nomination table comes near it
MAX_SPAN = 64  # one cell's gridSpan / vMerge / colspan / rowspan
MAX_MERGES = 10_000  # merged ranges in one sheet
MAX_DOC_CELLS = 300_000  # table cells in one document (1.5 times a 10,000 × 20 汇总表)
MAX_DOC_CHARS = 20_000_000  # text in one document, each merged copy counted again
MAX_DOC_SECONDS = 30.0  # reading one document; then it stops and keeps what was read
HARD_DOC_SECONDS = 120.0  # a library stuck inside one call is interrupted here (POSIX main thread)


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
        line = f"第 {e.lineno} 行" if e.lineno else ""
        raise IngestError("corrupt", f"文件内部的 XML 数据已损坏（{line}格式错误），请用原软件打开检查、"
                                     "另存一份后再导入") from e
    if root is None:
        raise IngestError("corrupt", "文件内部的 XML 数据为空，文件不完整；请重新获取原文件")
    return root


class DocumentTimeout(IngestError):
    """Raised by the hard time limit (a library call that never returned)."""

    def __init__(self) -> None:
        super().__init__("timeout", f"读取超时（超过 {HARD_DOC_SECONDS:.0f} 秒），文件可能已损坏或结构异常；"
                                    "请用原软件打开检查后另存一份再导入")


class Budget:
    """What one document may still cost: cells, characters of text and time.

    Readers charge what they build (``take``) and check the clock (``in_time``) in their
    loops; once a bound is reached both answer False, the reader stops and returns what it
    has, and ``notice`` tells the clerk what was left out and why."""

    def __init__(self) -> None:
        self.cells_left = MAX_DOC_CELLS
        self.chars_left = MAX_DOC_CHARS
        self.deadline = time.monotonic() + MAX_DOC_SECONDS
        self.notice: Notice | None = None  # the bound that stopped reading
        self.warnings: list[Notice] = []  # what was left out without stopping (too many merges)
        self._hard = False  # a SIGALRM limit is armed for this document (see document_budget)

    @property
    def exhausted(self) -> bool:
        return self.notice is not None

    def stop(self, code: str, message: str) -> bool:
        """Record the first bound reached (later ones add nothing for the clerk); False."""
        if self.notice is None:
            self.notice = Notice(code, message)
        return False

    def take(self, cells: int, chars: int = 0) -> bool:
        """Charge ``cells`` table cells holding ``chars`` characters; False once over a bound."""
        if self.notice is not None:
            return False
        self.cells_left -= cells
        self.chars_left -= chars
        if self.cells_left < 0:
            return self.too_many_cells()
        if self.chars_left < 0:
            return self.stop("too_much_text", f"文件展开后的文字过多（超过 {MAX_DOC_CHARS // 10_000:,} 万字），"
                                              "只读取了前面的部分")
        return self.in_time()

    def warn(self, code: str, message: str) -> None:
        """Something left out that does not stop the reading (the rest of the file is fine)."""
        self.warnings.append(Notice(code, message))

    def too_many_cells(self) -> bool:
        return self.stop("too_many_cells", f"表格单元格过多（超过 {MAX_DOC_CELLS:,} 个），只读取了前面的部分；"
                                           "请只保留名单所在的表格后再导入")

    def allow(self, seconds: float) -> None:
        """More time for legitimately slow work that is making progress (one OCR'd page, one
        LibreOffice conversion): the cooperative deadline and the hard limit both move."""
        self.deadline = max(self.deadline, time.monotonic() + seconds)
        if self._hard and signal.getitimer(signal.ITIMER_REAL)[0] > 0:
            signal.setitimer(signal.ITIMER_REAL, max(signal.getitimer(signal.ITIMER_REAL)[0], seconds))

    def take_text(self, chars: int) -> bool:
        return self.take(0, chars)

    def in_time(self) -> bool:
        if self.notice is not None:
            return False
        if time.monotonic() > self.deadline:
            return self.stop("timeout", f"读取超时（超过 {MAX_DOC_SECONDS:.0f} 秒），只读取了前面的部分；"
                                        "文件可能过大或结构异常")
        return True


_budget: ContextVar[Budget | None] = ContextVar("awardtool_ingest_budget", default=None)


def budget() -> Budget:
    """The budget of the document being read. A reader called directly, outside
    ``document_budget``, gets a fresh one each time it asks (never one left over from
    another document, whose clock would long have run out)."""
    b = _budget.get()
    return Budget() if b is None else b


@contextmanager
def document_budget() -> Iterator[Budget]:
    """A fresh Budget for one document while it is read, and the hard time limit."""
    b = Budget()
    token = _budget.set(b)
    try:
        with _hard_deadline(HARD_DOC_SECONDS) as b._hard:
            yield b
    finally:
        _budget.reset(token)


@contextmanager
def _hard_deadline(seconds: float) -> Iterator[bool]:
    """SIGALRM after ``seconds``: the backstop for a library call that never returns (the
    cooperative checks only run between our own steps). Only where signals can be used —
    POSIX, main thread (the worker processes and the command line); elsewhere a no-op."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield False
        return

    def expired(signum, frame):
        raise DocumentTimeout()

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


class Unpacked:
    """Bytes still allowed to be unpacked from one file the clerk gave, shared by every zip
    nested inside it."""

    def __init__(self) -> None:
        self.left = MAX_UNPACKED

    def take(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise IngestError("zip_bomb", f"压缩包（含其中的压缩包）解压后超过 {MAX_UNPACKED // MB} MB 上限，"
                                          "其余文件未解压；请分批解压后再导入")


def ratio_suspicious(size: int, compressed: int) -> bool:
    """A member that expands implausibly much for its size (a zip bomb's signature)."""
    return size > RATIO_FROM and size > MAX_ZIP_RATIO * max(compressed, 1)
