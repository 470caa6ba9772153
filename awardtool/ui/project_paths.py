"""Where a project goes when the clerk imports before choosing one: the app-data folder,
named by date and time, so nothing is ever lost and 另存为 can move it later."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def projects_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    folder = Path(base or Path.home() / ".awardtool") / "projects"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def new_project_path(folder: Path | None = None) -> Path:
    from awardtool.store import SUFFIX

    folder = folder or projects_dir()
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = folder / f"未命名-{stamp}{SUFFIX}"
    n = 2
    while path.exists():
        path = folder / f"未命名-{stamp}-{n}{SUFFIX}"
        n += 1
    return path
