"""`awardtool gui [PATH...] [--project P] [--screenshot OUT.png] [--lang en]`: the window.

Qt is imported only inside ``run`` so the rest of the command line stays Qt-free (and
starts fast). With PATHs and no project, the files go into a new project in the app-data
folder (a temporary folder for --screenshot, which also never restores saved geometry).
A project file among the PATHs (a double-click on ``名单.awardproj``) is opened as the
project. While a window is open, a second start hands its project and files to that window
(awardtool/ui/single_instance.py).
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("gui", help="打开审核窗口 / open the review window")
    p.add_argument("paths", nargs="*", metavar="PATH", help="要导入的文件、文件夹或 zip")
    p.add_argument("--project", metavar="P", help="项目文件（.awardproj），不存在则新建")
    p.add_argument("--screenshot", metavar="OUT.png", help="打开窗口、选中第一条记录、截图后退出")
    p.add_argument("--lang", choices=("zh_CN", "en"), help="界面语言")
    p.set_defaults(func=run)


def run(args) -> int:
    from awardtool.store import SUFFIX
    from awardtool.ui.app import run_gui

    paths, project = list(args.paths), args.project
    if project is None:
        project = next((p for p in paths if p.lower().endswith(SUFFIX)), None)
        paths = [p for p in paths if p != project]
    return run_gui(paths, project, args.screenshot, args.lang)
