"""`awardtool selftest`: prove on this machine that the whole chain works, in under a minute.

Why: a PyInstaller bundle can look fine and still miss a data file (python-docx's default
template, openpyxl's, opencc's dictionaries, a Qt plugin) that is only loaded when a clerk
first exports. The selftest runs the real chain on the bundled seed documents — import into
a temporary project, the checks, a Word and an Excel export, reading both back — and, when
Qt is present, builds the first-run widgets offscreen. It prints a short Chinese report and
exits 0 only if every step worked, so the build script, CI and a support call all use it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from awardtool import __version__
from awardtool.resource_paths import example_files, resource_path, resources_root

# What the bundled seeds must give: file name → records. 000 is a 拟表彰名单 of four
# 先进集体, 001 one unit's 事迹材料 (see resources/examples).
EXPECTED_RECORDS = {"000_bc5c23ceeda405d3.txt": 4, "001_c37ba3c8772022fe.txt": 1}
# A scanned 推荐审批表 (drawn by tests/scan_forms.py, invented nominee): OCR must find its
# nominee — the OCR models and ONNX Runtime are the bundle's largest data files.
EXAMPLE_SCAN = "002_scan_form.png"
EXPECTED_SCAN_NAME = "林晓岚"


class StepFailed(Exception):
    """A step's result was wrong (as opposed to crashing): the message says what."""


def register(sub) -> None:
    p = sub.add_parser("selftest", help="自检：用附带示例走一遍导入、检查、导出 / self test")
    p.add_argument("--no-gui", action="store_true", help="不检查界面组件（只检查导入、检查和导出）")
    p.add_argument("--keep", metavar="DIR", help="把自检生成的项目和导出文件留在 DIR 里，便于查看")
    p.set_defaults(func=run)


def run(args) -> int:
    started = time.perf_counter()
    mode = "安装版" if getattr(sys, "frozen", False) else "源码运行"
    print(f"awardtool {__version__} 自检（{mode}，Python {sys.version.split()[0]}，{sys.platform}）")
    print(f"资源目录：{resources_root()}")
    if args.keep:
        work = Path(args.keep)
        work.mkdir(parents=True, exist_ok=True)
        ok = _run_steps(work, gui=not args.no_gui)
    else:
        with tempfile.TemporaryDirectory(prefix="awardtool-selftest-") as tmp:
            ok = _run_steps(Path(tmp), gui=not args.no_gui)
    seconds = time.perf_counter() - started
    print(f"自检{'通过' if ok else '未通过'}，用时 {seconds:.1f} 秒。")
    return 0 if ok else 1


def _run_steps(work: Path, gui: bool) -> bool:
    """Run every step; one that needs what a failed step should have made is skipped, the
    rest still run, so one report shows everything that is wrong (e.g. a missing Qt plugin
    and a missing export template at once)."""
    state: dict = {"work": work}
    # (title, step, the state key it needs from an earlier step)
    steps: list[tuple[str, Callable[[dict], str], str | None]] = [
        ("示例材料", _find_examples, None),
        ("导入到项目", _import, "examples"),
        ("检查", _validate, "records"),
        ("导出 Word", _export_word, "records"),
        ("导出 Excel", _export_excel, "records"),
        ("识别扫描件", _read_scan, None),
    ]
    if gui:
        steps.append(("界面组件", _gui, None))
    ok = True
    try:
        for title, step, needs in steps:
            if needs is not None and needs not in state:
                print(f"  [跳过] {title}：前面的步骤未通过")
                continue
            try:
                detail = step(state)
            except StepFailed as e:
                print(f"  [失败] {title}：{e}")
                ok = False
                continue
            except Exception as e:  # a crash is a failed self test, reported with its trace
                print(f"  [失败] {title}：程序出错（{type(e).__name__}：{e}）")
                traceback.print_exc(limit=6, file=sys.stdout)
                ok = False
                continue
            print(f"  [通过] {title}：{detail}")
    finally:
        project = state.get("project")
        if project is not None:
            project.close()
    return ok


def _find_examples(state: dict) -> str:
    files = example_files()
    names = {p.name for p in files}
    missing = sorted(set(EXPECTED_RECORDS) - names)
    if missing:
        raise StepFailed(f"找不到示例文件 {'、'.join(missing)}（在 {resources_root() / 'examples'} 中）")
    state["examples"] = [p for p in files if p.name in EXPECTED_RECORDS]
    return f"{len(state['examples'])} 份"


def _import(state: dict) -> str:
    from awardtool.pipeline import extract_paths
    from awardtool.store import Project

    path = state["work"] / "自检.awardproj"
    if path.exists():
        path.unlink()
    project = Project.open(path, create=True, user="自检")
    state["project"] = project
    counts: dict[str, int] = {}
    for result in extract_paths(state["examples"], keep_originals=True):
        doc = result.document
        if doc.error is not None:
            raise StepFailed(f"{Path(doc.path).name}：{doc.error.message}")
        project.add_result(result, doc.original)
        counts[Path(doc.path).name] = len(result.extraction.records)
    wrong = [f"{n} 应有 {want} 条、实得 {counts.get(n, 0)} 条" for n, want in EXPECTED_RECORDS.items()
             if counts.get(n, 0) != want]
    if wrong:
        raise StepFailed("记录数不对：" + "；".join(wrong))
    # Reopen: the records must have been committed to the file, not only held in memory.
    project.close()
    project = state["project"] = Project.open(path, user="自检")
    _check_writer_lock(path)
    stored = project.records()
    if len(stored) != sum(EXPECTED_RECORDS.values()):
        raise StepFailed(f"项目重新打开后有 {len(stored)} 条记录，应为 {sum(EXPECTED_RECORDS.values())} 条")
    state["records"] = [s.record for s in stored]
    state["stored"] = stored
    parts = "、".join(f"{n} {c} 条" for n, c in counts.items())
    return f"共 {len(stored)} 条记录（{parts}）"


def _read_scan(state: dict) -> str:
    from awardtool.pipeline import extract_paths

    path = resource_path("examples", EXAMPLE_SCAN)
    if not path.is_file():
        raise StepFailed(f"找不到示例扫描件 {EXAMPLE_SCAN}（在 {path.parent} 中）")
    started = time.perf_counter()
    (result,) = extract_paths([path])
    doc = result.document
    if doc.error is not None:
        raise StepFailed(f"{path.name}：{doc.error.message}")
    names = [r.name for r in result.extraction.records]
    if names != [EXPECTED_SCAN_NAME]:
        raise StepFailed(f"{path.name} 应识别出“{EXPECTED_SCAN_NAME}”，实得 {'、'.join(names) or '没有记录'}")
    return (f"{path.name}：{len(doc.tables())} 个表格，识别出“{names[0]}”，"
            f"用时 {time.perf_counter() - started:.1f} 秒")


def _check_writer_lock(path: Path) -> None:
    """While the project is open, its writer lock must refuse anyone else (here: a second
    descriptor of this process, which the OS lock treats as a stranger)."""
    from awardtool.store.lockfile import LockBusy, ProjectLock

    try:
        ProjectLock.acquire(path).release()
    except LockBusy:
        return
    raise StepFailed("项目锁无效：项目打开期间，另一处仍能同时打开它")


def _validate(state: dict) -> str:
    from awardtool.regions import to_simplified
    from awardtool.validate import RecordRef, check_batch, check_record

    # Region names written in traditional characters are looked up through OpenCC, whose
    # dictionaries are data files a bundle must carry.
    if to_simplified("廣西壯族自治區") != "广西壮族自治区":
        raise StepFailed("繁简转换不可用（OpenCC 词典缺失）")

    findings = []
    for s in state["stored"]:
        findings += check_record(s.record, word_limit=300)
    doc_paths = {d.id: d.path for d in state["project"].documents()}
    refs, seen = [], {}
    for s in state["stored"]:
        index = seen[s.doc_id] = seen.get(s.doc_id, -1) + 1  # the record's place in its document
        refs.append((s.record, RecordRef(doc_paths.get(s.doc_id, ""), index, s.record.seq, s.record.name)))
    duplicates = check_batch(refs)
    if duplicates:
        raise StepFailed(f"示例中不应有重复推荐，却报告了 {len(duplicates)} 处")
    by_severity: dict[str, int] = {}
    for f in findings:
        by_severity[f.severity] = by_severity.get(f.severity, 0) + 1
    summary = "、".join(f"{_SEVERITY.get(k, k)} {v} 处" for k, v in sorted(by_severity.items())) or "没有问题"
    return f"检查了 {len(state['stored'])} 条：{summary}"


_SEVERITY = {"error": "错误", "warning": "提醒", "info": "提示"}


def _names(records) -> list[str]:
    return [r.name for r in records]


def _squash(text: str) -> str:
    """Names may wrap or be spaced for alignment in the exported file: compare without spaces."""
    return "".join(text.split())


def _missing_names(records, text: str) -> list[str]:
    haystack = _squash(text)
    return [n for n in _names(records) if _squash(n) not in haystack]


def _export_word(state: dict) -> str:
    import docx

    from awardtool.export.word import export_docx

    path = state["work"] / "自检名单.docx"
    # Region blocks and 姓氏笔画 order: exercises the stroke table a bundle must carry.
    report = export_docx(state["records"], path, form="事迹表", group_by="region", order_by="strokes")
    if not report.ok:
        raise StepFailed("导出后核对发现差异：" + "；".join(report.differences[:3]))
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [c.text for c in row.cells]
    missing = _missing_names(state["records"], "\n".join(texts))
    if missing:
        raise StepFailed(f"Word 文件中找不到：{'、'.join(missing)}")
    return f"{path.name}，{path.stat().st_size // 1024} KB，{report.count} 条都在"


def _export_excel(state: dict) -> str:
    import openpyxl

    from awardtool.export.excel import export_xlsx

    path = state["work"] / "自检名单.xlsx"
    report = export_xlsx(state["records"], path, order_by="strokes")
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        values = [str(v) for ws in workbook.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    finally:
        workbook.close()
    missing = _missing_names(state["records"], "\n".join(values))
    if missing:
        raise StepFailed(f"Excel 文件中找不到：{'、'.join(missing)}")
    sheets = "、".join(f"{name} {rows} 行" for name, rows in report.sheets.items())
    return f"{path.name}，{path.stat().st_size // 1024} KB（{sheets}）"


def _gui(state: dict) -> str:
    """Build the first-run widgets offscreen-or-on-screen: catches missing Qt plugins and icons."""
    try:
        import PySide6  # noqa: F401
    except ImportError:
        return "未安装 PySide6，跳过"
    no_display = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # else Qt aborts the process looking for X11
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtWidgets import QApplication

    from awardtool.resource_paths import app_icon_path

    app = QApplication.instance() or QApplication([sys.argv[0]])
    # Keep the clerk's real settings out of it: the widgets read the registry.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(state["work"] / "settings"))
    from awardtool.ui.settings_dialog import SettingsDialog
    from awardtool.ui.single_instance import SingleInstance  # noqa: F401 - QtNetwork is in the bundle
    from awardtool.ui.welcome import WelcomeWidget

    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    needed = {"svg", "ico", "png"} - formats
    if needed:
        raise StepFailed(f"缺少 Qt 图片插件：{'、'.join(sorted(needed))}")
    icon = QIcon(str(app_icon_path(".svg")))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise StepFailed(f"程序图标无法显示：{app_icon_path('.svg')}")
    welcome = WelcomeWidget()
    welcome.resize(1000, 700)
    shot = welcome.grab()
    dialog = SettingsDialog()
    dialog.grab()
    if shot.isNull() or not welcome.example_button.isEnabled():
        raise StepFailed("欢迎页无法显示，或找不到示例")
    welcome.deleteLater()
    dialog.deleteLater()
    app.processEvents()
    return f"Qt 平台 {app.platformName()}，欢迎页和设置窗口正常"
