"""Where the bundled resources (examples, icons, translations, templates) are at run time.

From a source checkout they sit in ``<repo>/resources``; in a PyInstaller bundle the spec
copies them to ``<sys._MEIPASS>/resources`` (``_internal/resources`` in a one-folder build,
the temporary unpack folder in a one-file build). Every caller goes through here so that the
frozen app and the source tree can never disagree about the layout. Qt-free: the CLI's
``selftest`` needs it too.
"""

from __future__ import annotations

import sys
from pathlib import Path

EXAMPLE_SUFFIXES = (".txt", ".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".html", ".htm", ".zip")


def resources_root() -> Path:
    """The folder holding ``examples/``, ``icons/``, ``translations/``, ``templates/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder (it may not exist: callers decide what is optional)."""
    return resources_root().joinpath(*parts)


def example_files() -> list[Path]:
    """The bundled seed documents that 打开示例 and ``awardtool selftest`` import, in name order."""
    folder = resource_path("examples")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in EXAMPLE_SUFFIXES)


def app_icon_path(suffix: str = ".svg") -> Path:
    """The application icon in the wanted format (``.svg``, ``.png`` or ``.ico``)."""
    return resource_path("icons", f"awardtool{suffix}")
