"""Project-level settings: what the exported list is called and how it is laid out.

Stored as JSON values keyed by name; ``settings()`` fills in the defaults so callers never
need to know whether a key was ever set. Keys other than these are kept as given (the
window may remember more), as long as they are JSON.
"""

from __future__ import annotations

import json

from awardtool.store.errors import ProjectError

DEFAULT_SETTINGS: dict = {
    "list_title": "",  # 名单标题, e.g. 全国机关事务工作先进集体拟表彰名单
    "award": "",  # 表彰事项, e.g. 全国机关事务工作先进集体和先进个人 (the 公示's subject)
    "award_collective": "",  # 集体的称号, e.g. 全国机关事务工作先进集体
    "award_individual": "",  # 个人的称号, e.g. 全国机关事务工作先进个人
    "word_limit": 300,  # 简要事迹字数上限 (None: no limit)
    "group_by": None,  # None (no groups) | "region"
    "order_by": None,  # None / "input" (the list's order) | "strokes" (姓氏笔画)
    "template": None,  # path of a Word template for the export (relative: to the project's folder)
    "notice": {},  # the 公示 details last used (公示期, 发布单位, 联系人 …)
}

# Settings whose value is one of a few words: key → allowed values (None: not set).
CHOICES: dict[str, tuple] = {
    "group_by": (None, "region"),
    "order_by": (None, "input", "strokes"),
}
# The clerk's words for each setting (the project-settings dialog, ``awardtool set-setting``).
LABELS: dict[str, str] = {
    "list_title": "名单标题",
    "award": "表彰事项",
    "award_collective": "集体称号",
    "award_individual": "个人称号",
    "word_limit": "字数上限",
    "group_by": "分组",
    "order_by": "排序",
    "template": "Word 模板",
    "notice": "公示信息",
}


def check_setting(key: str, value) -> None:
    if not isinstance(key, str) or not key:
        raise ProjectError("bad_setting", "设置项名称必须是非空文字。")
    if key == "word_limit":
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise ProjectError("bad_setting", f"字数上限应为正整数，而不是“{value}”。")
    elif key in CHOICES:
        if value not in CHOICES[key]:
            allowed = "、".join(v for v in CHOICES[key] if v is not None)
            raise ProjectError("bad_setting", f"{LABELS[key]}应为 {allowed} 之一（或不设置），而不是“{value}”。")
    elif key == "notice":
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise ProjectError("bad_setting", "公示信息应为若干项文字。")
    elif key in DEFAULT_SETTINGS:
        if value is not None and not isinstance(value, str):
            raise ProjectError("bad_setting", f"设置项“{key}”应为文字。")
    try:
        json.dumps(value)
    except (TypeError, ValueError) as e:
        raise ProjectError("bad_setting", f"设置项“{key}”的值无法保存（{e}）。") from e
