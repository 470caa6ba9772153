"""The settings registry: typed round trips, defaults, and tolerance of a hand-edited INI file."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QByteArray, QSettings  # noqa: E402

from awardtool import APP_NAME, ORG_NAME  # noqa: E402
from awardtool.ui.settings import (  # noqa: E402
    OPTIONS,
    RECENT_MAX,
    Option,
    Settings,
    UnknownSettingError,
    settings,
)

pytestmark = pytest.mark.gui

# An int option the way a future per-user number would be declared: the registry's int
# coercion is tested on it (the app itself has no per-user numbers any more).
numbers = Settings(OPTIONS + (Option("prefs/test_number", int, 300, minimum=1, maximum=100_000),))



def ini_path(root: Path) -> Path:
    return root / ORG_NAME / f"{APP_NAME}.ini"


def test_file_lives_under_the_test_directory(isolated_settings: Path) -> None:
    assert Path(settings.file_name()) == ini_path(isolated_settings)


def test_defaults() -> None:
    assert settings.value("prefs/user_name") == getpass.getuser()
    assert settings.value("prefs/language") == "zh_CN"
    export_dir = settings.value("prefs/export_dir")
    assert isinstance(export_dir, str) and Path(export_dir).is_dir()
    for key in ("state/geometry", "state/window_state", "state/splitter"):
        value = settings.value(key)
        assert isinstance(value, QByteArray) and value.isEmpty()
    assert settings.value("state/last_project") == ""
    assert settings.value("state/recent_projects") == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("prefs/user_name", "张三"),
        ("prefs/language", "en"),
        ("prefs/test_number", 800),
        ("prefs/export_dir", r"C:\Users\张三\Documents\表彰, 2024"),
        ("state/geometry", QByteArray(b"\x00\x01\xff geometry")),
        ("state/splitter", QByteArray(b"\x00\x00\x00\xff")),
        ("state/last_project", "D:/表彰/2024.awardproj"),
        ("state/recent_projects", ["D:/a, b.awardproj", "E:/单个.awardproj"]),
    ],
)
def test_round_trip_survives_a_fresh_process(key: str, value: object, tmp_path: Path) -> None:
    numbers.set_value(key, value)
    assert numbers.value(key) == value
    # Read the file as a new process would: a second directory holding only a copy of it, so
    # Qt's in-process cache cannot hand back the original Python object.
    copy_root = tmp_path / "copy"
    copy = ini_path(copy_root)
    copy.parent.mkdir(parents=True)
    copy.write_bytes(ini_path(tmp_path / "ini").read_bytes())
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(copy_root))
    reread = numbers.value(key)
    assert reread == value
    assert type(reread) is type(value)


def test_single_item_list_stays_a_list_on_disk(tmp_path: Path) -> None:
    settings.set_value("state/recent_projects", ["D:/only.awardproj"])
    text = ini_path(tmp_path / "ini").read_text(encoding="utf-8")
    assert "only.awardproj" in text
    assert settings.value("state/recent_projects") == ["D:/only.awardproj"]


def test_hand_edited_garbage_falls_back_to_defaults(tmp_path: Path) -> None:
    ini = ini_path(tmp_path / "ini")
    ini.parent.mkdir(parents=True)
    ini.write_text(
        "[prefs]\ntest_number=三百\nlanguage=fr\nuser_name=李四\n"
        "[state]\nrecent_projects=not json\ngeometry=plain text\n",
        encoding="utf-8",
    )
    assert numbers.value("prefs/test_number") == 300
    assert settings.value("prefs/language") == "zh_CN"
    assert settings.value("prefs/user_name") == "李四"
    assert settings.value("state/recent_projects") == []
    assert settings.value("state/geometry").isEmpty()


def test_int_read_from_text() -> None:
    numbers.set_value("prefs/test_number", 2000)
    raw = numbers.qsettings().value("prefs/test_number")
    assert int(raw) == 2000
    assert numbers.value("prefs/test_number") == 2000


def test_list_settings_are_not_preferences() -> None:
    """字数上限 and the Word template belong to the project (one home each): the registry has
    no key for them, so nothing can read a stale per-user copy."""
    for key in ("prefs/word_limit", "prefs/template"):
        with pytest.raises(UnknownSettingError):
            settings.value(key)


def test_unknown_key_raises() -> None:
    with pytest.raises(UnknownSettingError):
        settings.value("prefs/no_such_key")
    with pytest.raises(KeyError):
        settings.set_value("prefs/wordlimit", 3)


@pytest.mark.parametrize(
    ("key", "value", "error"),
    [
        ("prefs/test_number", "300", TypeError),
        ("prefs/test_number", True, TypeError),
        ("prefs/test_number", 0, ValueError),
        ("prefs/language", "fr", ValueError),
        ("prefs/user_name", 5, TypeError),
        ("state/recent_projects", ["ok", 3], TypeError),
        ("state/geometry", "text", TypeError),
    ],
)
def test_wrong_values_are_refused(key: str, value: object, error: type[Exception]) -> None:
    before = numbers.value(key)
    with pytest.raises(error):
        numbers.set_value(key, value)
    assert numbers.value(key) == before


def test_reset_restores_default() -> None:
    numbers.set_value("prefs/test_number", 500)
    numbers.reset("prefs/test_number")
    assert numbers.value("prefs/test_number") == 300


def test_default_lists_are_not_shared() -> None:
    settings.value("state/recent_projects").append("x")
    assert settings.value("state/recent_projects") == []


def test_add_recent_orders_dedupes_and_caps(tmp_path: Path) -> None:
    paths = [tmp_path / f"项目{i}.awardproj" for i in range(RECENT_MAX + 3)]
    for p in paths:
        settings.add_recent(p)
    recent = settings.value("state/recent_projects")
    assert len(recent) == RECENT_MAX
    assert recent[0] == str(paths[-1])
    assert recent == [str(p) for p in reversed(paths)][:RECENT_MAX]
    # Re-opening an older project moves it to the top instead of listing it twice.
    settings.add_recent(paths[-4])
    recent = settings.value("state/recent_projects")
    assert recent[0] == str(paths[-4])
    assert recent.count(str(paths[-4])) == 1
    assert len(recent) == RECENT_MAX
    settings.remove_recent(paths[-4])
    assert str(paths[-4]) not in settings.value("state/recent_projects")


def test_add_recent_stores_absolute_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings.add_recent("相对.awardproj")
    assert settings.value("state/recent_projects") == [str(tmp_path / "相对.awardproj")]


def test_every_key_is_declared_once() -> None:
    keys = [o.key for o in OPTIONS]
    assert len(keys) == len(set(keys))
    assert all(k.startswith(("prefs/", "state/")) for k in keys)
