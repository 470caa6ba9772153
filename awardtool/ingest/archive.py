"""Zip batches and folders: every supported file inside, in natural order (2 before 10),
with member names decoded correctly whether the zip was made on a Chinese Windows (GBK
names, no UTF-8 flag) or anywhere else, and with limits so a zip bomb cannot eat memory."""

from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from awardtool.ingest.errors import IngestError
from awardtool.ingest.limits import (
    MAX_ZIP_MEMBERS,
    MAX_ZIP_TOTAL,
    MB,
    Unpacked,
    check_size,
    ratio_suspicious,
    too_large,
)
from awardtool.ingest.sniff import EXTENSIONS, extension_format

_SKIP_NAMES = {"thumbs.db", "desktop.ini", ".ds_store"}


def natural_key(text: str) -> list:
    """Sort key that puts 2.docx before 10.docx (digit runs compare as numbers)."""
    return [int(t) if t.isdigit() else t.casefold() for t in re.split(r"(\d+)", text)]


def is_wanted(relpath: str) -> bool:
    """Files a clerk meant to send: not Mac resource forks, Office lock files (~$x.docx),
    hidden files or images, only formats we can read (or no extension, to be sniffed)."""
    parts = relpath.replace("\\", "/").split("/")
    if any(p == "__MACOSX" or (p.startswith(".") and p not in (".", "..")) for p in parts):
        return False
    base = parts[-1]
    if not base or base.startswith("~$") or base.lower() in _SKIP_NAMES:
        return False
    return "." not in base or base.rsplit(".", 1)[-1].lower() in EXTENSIONS


def decode_member_name(info: zipfile.ZipInfo) -> str:
    """zipfile decodes names without the UTF-8 flag (0x800) as cp437; Chinese Windows writes
    them in GBK and some tools in UTF-8 without the flag, so re-encode and decode properly."""
    if info.flag_bits & 0x800:
        return info.filename
    try:
        raw = info.filename.encode("cp437")
    except UnicodeEncodeError:
        return info.filename
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return info.filename


@dataclass(slots=True)
class Member:
    """One file found in a zip or folder: its display path and either its bytes or the
    reason it could not be read."""

    display: str
    data: bytes | None = None
    error: IngestError | None = None


def zip_members(data: bytes, display: str, unpacked: Unpacked | None = None) -> Iterator[Member]:
    """The wanted members of a zip, naturally sorted, each read only when the caller asks for
    it. Raises IngestError, before yielding anything, for a zip that must not be opened at
    all (corrupt directory, too many members, bomb); a damaged member fails alone.

    ``unpacked`` is what may still be unpacked from the file the clerk gave (nested zips
    share it); once it runs out the remaining members are refused, not read."""
    zf, named = _open_zip(data)
    return _members(zf, named, display, unpacked or Unpacked())


def _open_zip(data: bytes) -> tuple[zipfile.ZipFile, list[tuple[str, zipfile.ZipInfo]]]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except Exception as e:  # BadZipFile, EOFError, ValueError, struct.error … on damaged directories
        raise IngestError("corrupt", "压缩包已损坏或不完整，无法打开；请重新打包或重新下载后再导入") from e
    if len(infos) > MAX_ZIP_MEMBERS:
        zf.close()
        raise IngestError("too_many_members", f"压缩包内文件过多（{len(infos)} 个），超过 {MAX_ZIP_MEMBERS} 个上限")
    total = sum(i.file_size for i in infos)
    if total > MAX_ZIP_TOTAL:
        zf.close()
        raise IngestError(
            "zip_bomb", f"压缩包解压后过大（{total / MB:.0f} MB），超过 {MAX_ZIP_TOTAL // MB} MB 上限"
        )
    named = [(decode_member_name(i), i) for i in infos if not i.is_dir()]
    named = [(n, i) for n, i in named if is_wanted(n)]
    named.sort(key=lambda ni: natural_key(ni[0]))
    return zf, named


def _members(zf: zipfile.ZipFile, named: list, display: str, unpacked: Unpacked) -> Iterator[Member]:
    with zf:
        for name, info in named:
            shown = f"{display}!{name}"
            try:
                yield Member(shown, _read_member(zf, info, name, unpacked))
            except IngestError as e:
                yield Member(shown, error=e)


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, unpacked: Unpacked) -> bytes:
    check_size(info.file_size, extension_format(name))
    if ratio_suspicious(info.file_size, info.compress_size):
        raise IngestError("zip_bomb", "压缩比异常（疑似压缩炸弹），已拒绝解压")
    if info.flag_bits & 0x1:
        raise IngestError("encrypted", "压缩包内的文件已加密，请先解压（输入密码）后再导入")
    unpacked.take(info.file_size)
    try:
        with zf.open(info) as f:
            out = f.read(info.file_size + 1)  # zipfile stops at the declared size; +1 catches liars
    except MemoryError:
        raise
    except Exception as e:  # zlib.error, LZMAError, bad CRC or header, unknown method …
        raise IngestError("corrupt", "压缩包内的这个文件已损坏，无法解压；其他文件照常读取，"
                                     "请向报送单位重新索取这个文件") from e
    if len(out) > info.file_size:
        raise too_large(len(out), info.file_size)
    return out


def _is_regular_inside(path: Path, root: Path) -> bool:
    """A regular file that is in the folder: not a device, FIFO or socket (reading one blocks
    or never ends), and not a link out of the folder (to /dev/zero or /etc/passwd)."""
    try:
        if path.is_symlink():
            target = path.resolve(strict=True)
            if not target.is_relative_to(root):
                return False
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, RuntimeError):  # dangling or looping link, no permission
        return False


def folder_files(folder: Path) -> list[Path]:
    """The wanted regular files under ``folder``, recursively (links to folders are not
    followed, links to files only when they stay inside), naturally sorted by relative path."""
    found: list[Path] = []
    try:
        root_real = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        return found
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__MACOSX"]
        for f in files:
            p = Path(root, f)
            if is_wanted(p.relative_to(folder).as_posix()) and _is_regular_inside(p, root_real):
                found.append(p)
    found.sort(key=lambda p: natural_key(p.relative_to(folder).as_posix()))
    return found
