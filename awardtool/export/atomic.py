"""Write an export without ever leaving a half-written or clobbered file.

The file is built in a temporary file beside the target and moved over it only when it is
complete, so a failure (a bug, a full disk, the target open in Word or WPS) leaves the
existing file exactly as it was. The temporary file is removed on every way out of the
write; one left by a killed process (``.awardtool-*``) is removed by a later export to the
same folder. The export gets the user's normal permissions (store.files).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from awardtool.store.files import keep_mode, make_temp, remove_stale, unlink_quietly

TEMP_PREFIX = ".awardtool-"


class ExportError(Exception):
    """An export that could not be written; ``message`` is for the clerk (Chinese)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def owner_file_names(name: str) -> list[str]:
    """The lock files an office suite keeps beside ``name`` while it has it open.

    Word's owner file replaces the first two characters with ``~$`` for long names
    ("OfficeReport.docx" → "~$ficeReport.docx"); for short names it keeps more of the name
    (seven-character stems lose one character, six or fewer none). Excel and WPS use
    ``~$`` + the whole name, LibreOffice ``.~lock.<name>#``. All three ``~$`` forms are
    checked: a stray match only asks the clerk to close the file, a miss loses edits.
    """
    names = [f"~${name}", f"~${name[1:]}", f"~${name[2:]}", f".~lock.{name}#"]
    return list(dict.fromkeys(n for n in names if n != "~$"))


@contextlib.contextmanager
def atomic_target(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path`` atomically."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"目标文件夹不存在：{folder}")
    try:
        os.stat(path)
    except FileNotFoundError:
        pass
    except OSError as e:  # a name too long for the file system, or unreadable
        raise ExportError(f"无法使用文件名“{path.name}”（{e.strerror}）。请改用较短的文件名。") from e
    if path.is_dir():
        raise ExportError(f"“{path}”是一个文件夹，不能作为导出文件。请另选文件名。")
    if path.exists() and not os.access(path, os.W_OK):
        raise ExportError(f"文件“{path.name}”是只读的，无法覆盖。请另选文件名或解除只读。")
    if any(_exists(folder / name) for name in owner_file_names(path.name)):
        raise ExportError(f"文件“{path.name}”正在被 Word、WPS 或其他程序打开。请先关闭它再导出。")
    remove_stale(folder, TEMP_PREFIX + "*")
    try:
        tmp_path = make_temp(folder, TEMP_PREFIX, path.suffix)
    except OSError as e:
        raise ExportError(f"无法在“{folder}”中写入文件（{e.strerror}）。请检查文件夹权限。") from e
    try:
        yield tmp_path
        keep_mode(tmp_path, path)
        try:
            os.replace(tmp_path, path)
        except PermissionError as e:
            raise ExportError(f"文件“{path.name}”正被其他程序占用或不可写，原文件未改动。") from e
        except OSError as e:
            raise ExportError(f"无法写入“{path.name}”（{e.strerror or e}），原文件未改动。") from e
    finally:
        unlink_quietly(tmp_path)


def _exists(path: Path) -> bool:
    """Like Path.exists, but a name the file system cannot even hold (``~$`` + a 255-byte
    name is too long) simply does not exist."""
    try:
        return path.exists()
    except OSError:
        return False
