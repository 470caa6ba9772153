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
    "award": "",  # 奖项 / 表彰名称
    "word_limit": 300,  # 简要事迹字数上限 (None: no limit)
    "group_by": None,  # how the export groups records (the export engineer's vocabulary)
    "order_by": None,  # how records are ordered inside a group
    "template": None,  # path of a Word template for the export
}


def check_setting(key: str, value) -> None:
    if not isinstance(key, str) or not key:
        raise ProjectError("bad_setting", "设置项名称必须是非空文字。")
    if key == "word_limit":
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value <= 0):
            raise ProjectError("bad_setting", f"字数上限应为正整数，而不是“{value}”。")
    elif key in DEFAULT_SETTINGS:
        if value is not None and not isinstance(value, str):
            raise ProjectError("bad_setting", f"设置项“{key}”应为文字。")
    try:
        json.dumps(value)
    except (TypeError, ValueError) as e:
        raise ProjectError("bad_setting", f"设置项“{key}”的值无法保存（{e}）。") from e
