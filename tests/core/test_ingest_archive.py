"""Zip batches, folders, format sniffing and hostile input: the batch always goes on."""

from __future__ import annotations

import io
import os
import zipfile

import olefile  # noqa: F401  (the sniffer's dependency must be installed)
import pytest
from ingest_builders import new_document

from awardtool.ingest import load_path, load_paths
from awardtool.ingest.archive import natural_key
from awardtool.ingest.limits import MAX_TEXT_BYTES


def _docx_bytes(text: str) -> bytes:
    d = new_document()
    d.add_paragraph(text)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


class _GbkInfo(zipfile.ZipInfo):
    """Python always writes non-ASCII names as UTF-8 with flag 0x800; Chinese Windows
    (Explorer, old WinRAR) writes raw GBK bytes without the flag."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's name)
        return self.filename.encode("gbk"), self.flag_bits


def _gbk_zip(path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = _GbkInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    with zipfile.ZipFile(path) as zf:  # the fixture really is what Windows writes
        assert not any(i.flag_bits & 0x800 for i in zf.infolist())


def test_zip_batch_names_order_skips_and_nesting(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("内层/名单.txt", "内层名单".encode("gb18030"))  # utf-8 flagged name
    _gbk_zip(tmp_path / "batch.zip", {
        "报送材料/10号.txt": "第十号推荐材料".encode("gb18030"),
        "报送材料/2号.txt": "二".encode("utf-8"),
        "报送材料/推荐表.docx": _docx_bytes("张三同志事迹"),
        "报送材料/~$推荐表.docx": b"lock",
        "__MACOSX/报送材料/._2号.txt": b"junk",
        "报送材料/.hidden.txt": b"hidden",
        "报送材料/录音.mp3": b"ID3",  # (photos and scans are read: tests/core/test_ingest_scan.py)
        "嵌套.zip": inner.getvalue(),
    })
    docs = list(load_path(tmp_path / "batch.zip"))
    shown = [d.path.split("batch.zip!", 1)[1] for d in docs]
    assert shown == ["嵌套.zip!内层/名单.txt", "报送材料/2号.txt", "报送材料/10号.txt", "报送材料/推荐表.docx"]
    assert [d.text() for d in docs] == ["内层名单", "二", "第十号推荐材料", "张三同志事迹"]
    assert [d.format for d in docs] == ["txt", "txt", "txt", "docx"]
    assert all(d.error is None for d in docs)


def test_folder_recursive_natural_order_and_progress(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "1.txt").write_text("一", encoding="utf-8")
    (tmp_path / "b" / "11.txt").write_text("十一", encoding="utf-8")
    (tmp_path / "a.docx").write_bytes(_docx_bytes("甲"))
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("no", encoding="utf-8")
    calls = []
    docs = list(load_paths([str(tmp_path)], progress=lambda done, total, shown: calls.append((done, total, shown))))
    assert [os.path.relpath(d.path, tmp_path) for d in docs] == ["a.docx", "b/1.txt", "b/11.txt"]
    assert [(c[0], c[1]) for c in calls] == [(1, 3), (2, 3), (3, 3)]


def test_load_paths_is_lazy(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(str(i), encoding="utf-8")
    it = load_paths([tmp_path])
    first = next(it)
    (tmp_path / "2.txt").write_text("changed", encoding="utf-8")  # read after the first yield
    assert first.text() == "0"
    assert [d.text() for d in it] == ["1", "changed"]


def test_natural_key():
    assert sorted(["10.docx", "2.docx", "1.docx", "a10", "a9"], key=natural_key) == ["1.docx", "2.docx", "10.docx", "a9", "a10"]


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("空.docx", b"", "empty", "文件为空"),
        ("空.txt", b"  \r\n", "empty", "文件为空"),
        ("junk.docx", bytes(range(256)) * 20, "corrupt", "损坏"),
        ("junk.bin", bytes(range(256)) * 20, "unsupported", "无法识别"),
        ("truncated.docx", None, "corrupt", "损坏"),
        ("encrypted.docx", None, "encrypted", "文件已加密，请先在 Word 中取消密码"),
    ],
)
def test_bad_input_gives_a_clear_error(tmp_path, name, data, code, words):
    if name == "truncated.docx":
        data = _docx_bytes("x" * 1000)[:3000]
    if name == "encrypted.docx":
        data = _encrypted_ooxml()
    p = tmp_path / name
    p.write_bytes(data)
    (doc,) = load_path(p)
    assert doc.error is not None and doc.error.code == code and words in doc.error.message, doc.error


def _encrypted_ooxml() -> bytes:
    """What Word saves for a password-protected .docx: an OLE compound file holding
    EncryptionInfo and EncryptedPackage streams (contents do not matter to the sniffer)."""
    return _minimal_ole({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\x00" * 60, "EncryptedPackage": b"\x00" * 600})


def _minimal_ole(streams: dict[str, bytes]) -> bytes:
    """Write a tiny OLE2 compound file (version 3, 512-byte sectors, regular FAT streams
    only) holding ``streams``: enough for olefile to list them."""
    import struct

    sector = 512
    end, free, fatsect = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    data_sectors: list[bytes] = []
    chains: list[tuple[int, int]] = []  # (start, count) per stream
    for payload in streams.values():
        padded = payload + b"\x00" * (-len(payload) % sector)
        padded = padded.ljust(4096, b"\x00")  # ≥ 4096 bytes: regular FAT, no mini stream
        start = len(data_sectors)
        data_sectors += [padded[i:i + sector] for i in range(0, len(padded), sector)]
        chains.append((start, len(padded) // sector))
    dir_sector = len(data_sectors)
    fat_sector = dir_sector + 1
    fat = [free] * (sector // 4)
    for start, count in chains:
        for k in range(count):
            fat[start + k] = start + k + 1 if k < count - 1 else end
    fat[dir_sector] = end
    fat[fat_sector] = fatsect

    def entry(name: str, kind: int, start: int, size: int, child: int = free, right: int = free) -> bytes:
        raw = name.encode("utf-16-le") + b"\x00\x00"
        return (raw.ljust(64, b"\x00") + struct.pack("<HBB", len(raw), kind, 1)
                + struct.pack("<III", free, right, child) + b"\x00" * 16 + b"\x00" * 4
                + b"\x00" * 16 + struct.pack("<IIII", start, size, 0, 0)[:8])

    names = list(streams)
    entries = [entry("Root Entry", 5, end, 0, child=1)]
    for i, (name, (start, _)) in enumerate(zip(names, chains)):
        right = i + 2 if i + 1 < len(names) else free
        entries.append(entry(name, 2, start, max(len(streams[name]), 4096), right=right))
    dirdata = b"".join(e.ljust(128, b"\x00") for e in entries).ljust(sector, b"\x00")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\x00" * 6 + struct.pack("<IIIIIIII", 0, 1, dir_sector, 0, 4096, end, 0, end)
              + struct.pack("<I", 0) + struct.pack("<I", fat_sector) + struct.pack("<I", free) * 108)
    return header + b"".join(data_sectors) + dirdata + b"".join(struct.pack("<I", v) for v in fat)


def test_wrong_extension_read_by_content_with_warning(tmp_path):
    (tmp_path / "名单.doc").write_bytes(_docx_bytes("其实是docx"))
    (doc,) = load_path(tmp_path / "名单.doc")
    assert doc.error is None and doc.format == "docx" and doc.text() == "其实是docx"
    assert doc.warnings and doc.warnings[0].code == "wrong_extension" and ".doc" in doc.warnings[0].message
    (tmp_path / "page.txt").write_bytes("<html><body><p>网页正文</p></body></html>".encode())
    (doc,) = load_path(tmp_path / "page.txt")
    assert doc.format == "html" and doc.text() == "网页正文"


def test_oversized_text_refused_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as f:
        f.truncate(MAX_TEXT_BYTES + 1)  # sparse: costs no disk and must never be read
    (doc,) = load_path(p)
    assert doc.error is not None and doc.error.code == "too_large"
    assert "超过 20 MB 上限" in doc.error.message and "文件过大" in doc.error.message


def test_zip_bomb_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(3):
            zf.writestr(f"{i}.txt", b"\x00" * (90 * 1024 * 1024))
    (doc,) = load_path(tmp_path / "bomb.zip")
    assert doc.error is not None and doc.error.code == "zip_bomb"


def test_high_ratio_member_refused_but_batch_goes_on(tmp_path):
    with zipfile.ZipFile(tmp_path / "b.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.txt", b"a" * (15 * 1024 * 1024))
        zf.writestr("b.txt", "正常".encode())
    docs = list(load_path(tmp_path / "b.zip"))
    assert [d.error.code if d.error else None for d in docs] == ["zip_bomb", None]


def test_deep_zip_nesting_stops(tmp_path):
    data = "最里层".encode()
    name = "x.txt"
    for level in range(6):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr(name, data)
        data, name = buf.getvalue(), f"z{level}.zip"
    (tmp_path / "deep.zip").write_bytes(data)
    (doc,) = load_path(tmp_path / "deep.zip")
    assert doc.error is not None and doc.error.code == "too_deep"


def test_too_many_members(tmp_path, monkeypatch):
    import awardtool.ingest.archive as archive

    monkeypatch.setattr(archive, "MAX_ZIP_MEMBERS", 5)
    with zipfile.ZipFile(tmp_path / "m.zip", "w") as zf:
        for i in range(6):
            zf.writestr(f"{i}.txt", b"x")
    (doc,) = load_path(tmp_path / "m.zip")
    assert doc.error is not None and doc.error.code == "too_many_members"


def test_missing_file_is_reported(tmp_path):
    (doc,) = load_path(tmp_path / "不存在.docx")
    assert doc.error is not None and "无法打开文件" in doc.error.message
