"""The clerk's bundle: build it with packaging/build.sh and run its selftest offscreen.

Slow (a PyInstaller build, about a minute): it is what proves that the frozen app carries
every data file it loads at run time (python-docx's template, opencc's dictionaries,
pdfminer's CMaps, the Qt plugins), which no source-tree test can.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

_BUILD_MARKS = (
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="build.sh is the Linux build; Windows uses build.ps1"),
    pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "pyinstaller").exists(), reason="PyInstaller not installed (pip install -e .[build])"),
)


def needs_build(test):
    """Marks for the tests that build the bundle: slow, Linux, PyInstaller installed."""
    for mark in _BUILD_MARKS:
        test = mark(test)
    return test


def test_selftest_from_source(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The same self test in this interpreter (fast): the chain itself works before freezing it."""
    pytest.importorskip("PySide6")
    from awardtool.cli import main

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code = main(["selftest", "--keep", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "共 5 条记录" in out and "[失败]" not in out
    assert (tmp_path / "自检名单.docx").is_file() and (tmp_path / "自检名单.xlsx").is_file()


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("bundle")
    env = dict(os.environ, AWARDTOOL_DIST=str(out / "dist"), AWARDTOOL_WORK=str(out / "work"))
    started = time.perf_counter()
    proc = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    folder = out / "dist" / "awardtool"
    print(f"\nbundle: built in {seconds:.0f} s, {folder_size(folder) / 2**20:.0f} MB at {folder}")
    shutil.rmtree(out / "work", ignore_errors=True)
    return folder


@needs_build
def test_bundle_contains_runtime_data(bundle: Path) -> None:
    internal = bundle / "_internal"
    expected = [
        "resources/examples/000_bc5c23ceeda405d3.txt",
        "resources/examples/001_c37ba3c8772022fe.txt",
        "resources/icons/awardtool.svg",
        "resources/icons/awardtool.png",
        "resources/icons/awardtool.ico",
        "awardtool/data/surnames.txt",
        "docx/templates/default.docx",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/imageformats/libqico.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ]
    missing = [name for name in expected if not (internal / name).exists()]
    assert not missing, missing
    # Data folders that are loaded by name at run time: present and not empty.
    for pattern in ("opencc/**/*.ocd2", "pdfminer/cmap/*.json.gz", "cn_sort/res/*"):
        assert list(internal.glob(pattern)), pattern
    # Only the interface languages' Qt catalogues are shipped.
    qms = {p.name for p in (internal / "PySide6/Qt/translations").glob("*.qm")}
    assert "qtbase_zh_CN.qm" in qms
    assert not {q for q in qms if not q.endswith(("_zh_CN.qm", "_en.qm"))}
    assert (bundle / "awardtool").is_file() and (bundle / "awardtool-cli").is_file()


@needs_build
def test_frozen_selftest_passes(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    started = time.perf_counter()
    proc = subprocess.run(
        [str(bundle / "awardtool-cli"), "selftest"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180
    )
    print(f"\nfrozen selftest ({time.perf_counter() - started:.1f} s, exit {proc.returncode}):\n{proc.stdout}{proc.stderr}")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "安装版" in proc.stdout
    for step in ("示例材料", "导入到项目", "检查", "导出 Word", "导出 Excel", "界面组件"):
        assert f"[通过] {step}" in proc.stdout
    assert "共 5 条记录" in proc.stdout
    assert "[失败]" not in proc.stdout and "[跳过]" not in proc.stdout


@needs_build
def test_window_executable_answers_version(bundle: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    proc = subprocess.run(
        [str(bundle / "awardtool"), "--version"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith("awardtool ")
