"""Legacy and foreign word-processor formats (.doc, .wps, .rtf, .odt) through LibreOffice.

Nobody maintains a pure-Python .doc reader worth trusting, and LibreOffice reads all four
formats well, so we convert to .docx with ``soffice --headless`` and read that with the
.docx reader. Each process uses its own private LibreOffice profile (parallel runs of the
tool, or a clerk's open LibreOffice window, would otherwise block on the shared profile), a
timeout stops a conversion that hangs, and an empty result is reported, not passed on.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from awardtool.document import Document
from awardtool.ingest.docx import read_docx
from awardtool.ingest.errors import IngestError
from awardtool.ingest.limits import budget
from awardtool.ingest.sniff import FORMAT_NAMES, extension_format

log = logging.getLogger(__name__)

TIMEOUT_S = 90
_lock = threading.Lock()  # one conversion at a time per profile
_profile: Path | None = None

_WINDOWS_PATHS = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((p for p in _WINDOWS_PATHS if os.path.exists(p)), None)
    return None


def _profile_dir() -> Path:
    global _profile
    if _profile is None:
        _profile = Path(tempfile.mkdtemp(prefix="awardtool-lo-profile-"))
        atexit.register(shutil.rmtree, _profile, True)
    return _profile


def convert_to_docx(data: bytes, suffix: str, timeout: float = TIMEOUT_S) -> bytes:
    """Convert one file's bytes with LibreOffice; return the .docx bytes."""
    soffice = find_soffice()
    if soffice is None:
        raise IngestError(
            "no_libreoffice",
            "读取 .doc、.wps、.rtf、.odt 文件需要 LibreOffice，但本机没有安装。请安装 LibreOffice"
            "（Debian/Ubuntu：sudo apt install libreoffice-writer；Windows：安装 LibreOffice），"
            "或用 WPS/Word 把文件另存为 .docx 后再导入。",
        )
    with _lock, tempfile.TemporaryDirectory(prefix="awardtool-convert-") as tmp:
        src = Path(tmp, f"input.{suffix}")
        src.write_bytes(data)
        out_dir = Path(tmp, "out")
        cmd = [
            soffice, "--headless", "--norestore", "--nolockcheck",
            f"-env:UserInstallation={_profile_dir().as_uri()}",
            "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out_dir), str(src),
        ]
        kwargs: dict = {"stdout": subprocess.DEVNULL, "stderr": subprocess.PIPE, "stdin": subprocess.DEVNULL}
        if os.name == "posix":
            kwargs["start_new_session"] = True  # so a timeout can kill soffice.bin too
        budget().allow(timeout + 15)  # the conversion has its own timeout; then the .docx is read
        proc = subprocess.Popen(cmd, **kwargs)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise IngestError("timeout", f"LibreOffice 转换超时（超过 {timeout:.0f} 秒），文件可能已损坏") from None
        except BaseException:  # the document's hard time limit, a cancelled import: no orphan soffice
            _kill(proc)
            raise
        result = out_dir / "input.docx"
        if proc.returncode != 0 or not result.exists() or result.stat().st_size == 0:
            if err:
                log.info("LibreOffice failed on %s: %s", suffix, err.decode("utf-8", "replace").strip())
            raise IngestError("convert_failed", "LibreOffice 无法转换此文件，文件可能已损坏；"
                                                "请用 Word 或 WPS 打开后另存为 .docx 再导入")
        return result.read_bytes()


def _kill(proc: subprocess.Popen) -> None:
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def read_legacy(data: bytes, display: str) -> Document:
    """Read a .doc/.wps/.rtf/.odt through a LibreOffice conversion to .docx."""
    fmt = _format_of(data, display)
    doc = read_docx(convert_to_docx(data, "doc" if fmt == "wps" else fmt), display)
    if not doc.blocks:
        raise IngestError("empty", f"{FORMAT_NAMES[fmt]}转换后没有任何内容（文件可能为空或已损坏）")
    doc.format = fmt
    return doc


def _format_of(data: bytes, display: str) -> str:
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data[:2] == b"PK":
        return "odt"
    ext = extension_format(display)
    return ext if ext in ("doc", "wps") else "doc"
