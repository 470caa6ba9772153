"""The one settings registry: every key declared once, with its type and default.

Why a registry instead of ``QSettings()`` calls scattered through the widgets: a clerk's
``awardtool.ini`` outlives versions of the program and may be edited by hand, so every read
must come back as the declared type (or the default) no matter what is stored. Qt's INI
backend loses types on disk — an int comes back as ``'300'``, a one-element list as a plain
string, an empty list as ``@Invalid()`` — so values are coerced here, and lists are stored as
JSON text (a Windows path containing a comma would otherwise be split in two).

``prefs/*`` holds the clerk's own choices (the settings dialog), ``state/*`` what the window
remembers by itself (geometry, splitter, recent projects) — Picard's ``setting`` vs ``persist``.
Only what belongs to the person lives here. What belongs to the list — its title, 字数上限,
grouping, order, Word template, 称号 — lives in the project (awardtool.store.settings), edited
in the project-settings dialog and by ``awardtool set-setting``, so every clerk and the
command line see the same list the same way.

Usage::

    from awardtool.ui.settings import settings
    name = settings.value("prefs/user_name")        # str, the login name unless the clerk changed it
    settings.set_value("prefs/export_dir", "D:/表彰")
    settings.add_recent("D:/表彰/2024.awardproj")
"""

from __future__ import annotations

import getpass
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

from awardtool import APP_NAME, ORG_NAME

LANGUAGES = ("zh_CN", "en")
"""Interface languages: ``zh_CN`` is the clerks' language, ``en`` for maintainers."""

RECENT_MAX = 8


class UnknownSettingError(KeyError):
    """A key that is not declared in the registry: a typo in code, never the clerk's fault."""


def default_user_name() -> str:
    """The OS login name, so the edit history names someone even before the clerk sets a name."""
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts / containers
        return os.environ.get("USERNAME") or os.environ.get("USER") or ""


def default_export_dir() -> str:
    """The clerk's Documents folder (localized on Windows: 文档), else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    fallback = Path.home() / "Documents"
    return str(fallback if fallback.is_dir() else Path.home())


@dataclass(frozen=True)
class Option:
    """One declared setting. ``default`` may be a callable for values known only at run time."""

    key: str
    type: type
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: int | None = None
    maximum: int | None = None
    max_items: int | None = None

    def default_value(self) -> Any:
        value = self.default() if callable(self.default) else self.default
        # Hand out copies so a caller mutating a list/bytearray cannot change the default.
        if isinstance(value, list):
            return list(value)
        if isinstance(value, QByteArray):
            return QByteArray(value)
        return value

    def coerce(self, raw: Any) -> Any:
        """The stored ``raw`` as this option's type, or the default if it does not fit."""
        if raw is None:
            return self.default_value()
        try:
            value = _COERCE[self.type](raw)
        except (TypeError, ValueError):
            return self.default_value()
        if self.choices is not None and value not in self.choices:
            return self.default_value()
        if self.type is int and not self._in_range(value):
            return self.default_value()
        if self.type is list and self.max_items is not None:
            value = value[: self.max_items]
        return value

    def check(self, value: Any) -> Any:
        """Validate a value about to be written; raises ValueError/TypeError with the key named."""
        if self.type is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise TypeError(f"setting {self.key} expects int, got {type(value).__name__}")
        if self.type is str and not isinstance(value, str):
            raise TypeError(f"setting {self.key} expects str, got {type(value).__name__}")
        if self.type is list:
            if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
                raise TypeError(f"setting {self.key} expects a list of str")
            value = list(value)[: self.max_items] if self.max_items else list(value)
        if self.type is QByteArray:
            if isinstance(value, (bytes, bytearray)):
                value = QByteArray(bytes(value))
            if not isinstance(value, QByteArray):
                raise TypeError(f"setting {self.key} expects QByteArray, got {type(value).__name__}")
        if self.choices is not None and value not in self.choices:
            raise ValueError(f"setting {self.key} must be one of {self.choices}, got {value!r}")
        if self.type is int and not self._in_range(value):
            raise ValueError(f"setting {self.key} out of range: {value}")
        return value

    def _in_range(self, value: int) -> bool:
        return (self.minimum is None or value >= self.minimum) and (
            self.maximum is None or value <= self.maximum
        )


def _to_str(raw: Any) -> str:
    if isinstance(raw, str):
        return raw
    raise TypeError(raw)


def _to_int(raw: Any) -> int:
    if isinstance(raw, bool):
        raise TypeError(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        return int(raw.strip())
    raise TypeError(raw)


def _to_list(raw: Any) -> list[str]:
    value = json.loads(raw) if isinstance(raw, str) else raw
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TypeError(raw)
    return value


def _to_bytes(raw: Any) -> QByteArray:
    if isinstance(raw, QByteArray):
        return raw
    if isinstance(raw, (bytes, bytearray)):
        return QByteArray(bytes(raw))
    raise TypeError(raw)


_COERCE: dict[type, Callable[[Any], Any]] = {str: _to_str, int: _to_int, list: _to_list, QByteArray: _to_bytes}

OPTIONS: tuple[Option, ...] = (
    # prefs/*: the clerk's choices, edited in the settings dialog.
    Option("prefs/user_name", str, default_user_name),
    Option("prefs/language", str, "zh_CN", choices=LANGUAGES),
    Option("prefs/export_dir", str, default_export_dir),
    # state/*: remembered by the window itself.
    Option("state/geometry", QByteArray, QByteArray()),
    Option("state/window_state", QByteArray, QByteArray()),
    Option("state/splitter", QByteArray, QByteArray()),
    Option("state/last_project", str, ""),
    Option("state/recent_projects", list, [], max_items=RECENT_MAX),
    Option("state/table_header", QByteArray, QByteArray()),  # the list's column widths
    Option("state/positions", list, [], max_items=RECENT_MAX),  # per project: record and filter left
)


def _entry_path(text: str) -> str:
    try:
        entry = json.loads(text)
    except ValueError:
        return ""
    return str(entry.get("path", "")) if isinstance(entry, dict) else ""


def _same_path(a: str, b: str) -> bool:
    """Windows paths compare case-insensitively and with either slash."""
    return os.path.normcase(os.path.normpath(a)) == os.path.normcase(os.path.normpath(b))


class Settings:
    """Typed access to the INI file at user scope (``%APPDATA%/awardtool/awardtool.ini`` on Windows).

    A fresh ``QSettings`` is made per call rather than held: it is cheap (Qt caches the file per
    process) and it means ``QSettings.setPath`` in tests takes effect without a reset hook.
    """

    def __init__(self, options: tuple[Option, ...] = OPTIONS) -> None:
        self._options = {o.key: o for o in options}

    def option(self, key: str) -> Option:
        try:
            return self._options[key]
        except KeyError:
            raise UnknownSettingError(key) from None

    def keys(self) -> list[str]:
        return list(self._options)

    def qsettings(self) -> QSettings:
        return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG_NAME, APP_NAME)

    def file_name(self) -> str:
        """Where the settings live, for the about box and for support calls."""
        return self.qsettings().fileName()

    def value(self, key: str) -> Any:
        option = self.option(key)
        return option.coerce(self.qsettings().value(key))

    def default(self, key: str) -> Any:
        return self.option(key).default_value()

    def set_value(self, key: str, value: Any) -> None:
        option = self.option(key)
        value = option.check(value)
        stored = json.dumps(value, ensure_ascii=False) if option.type is list else value
        qs = self.qsettings()
        qs.setValue(key, stored)
        qs.sync()

    def reset(self, key: str) -> None:
        """Forget the stored value, so the (possibly run-time) default applies again."""
        self.option(key)
        qs = self.qsettings()
        qs.remove(key)
        qs.sync()

    def add_recent(self, path: str | os.PathLike[str]) -> list[str]:
        """Put ``path`` first in the recent projects (no duplicates, at most 8); returns the list."""
        path = os.path.abspath(os.fspath(path))
        recent = [p for p in self.value("state/recent_projects") if not _same_path(p, path)]
        recent.insert(0, path)
        recent = recent[:RECENT_MAX]
        self.set_value("state/recent_projects", recent)
        return recent

    def remove_recent(self, path: str | os.PathLike[str]) -> list[str]:
        """Drop ``path`` from the recent projects (e.g. the file was moved or deleted)."""
        path = os.path.abspath(os.fspath(path))
        recent = [p for p in self.value("state/recent_projects") if not _same_path(p, path)]
        self.set_value("state/recent_projects", recent)
        return recent


    def position(self, path: str | os.PathLike[str]) -> dict:
        """Where the clerk left ``path``: {"rid", "filter", "status"} (empty if never opened)."""
        path = os.path.abspath(os.fspath(path))
        for text in self.value("state/positions"):
            if _same_path(_entry_path(text), path):
                return json.loads(text)
        return {}

    def set_position(self, path: str | os.PathLike[str], **where: Any) -> None:
        path = os.path.abspath(os.fspath(path))
        kept = [t for t in self.value("state/positions") if not _same_path(_entry_path(t), path)]
        entry = json.dumps({"path": path, **where}, ensure_ascii=False)
        self.set_value("state/positions", [entry] + kept[:RECENT_MAX - 1])


settings = Settings()
