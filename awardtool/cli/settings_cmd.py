"""`awardtool set-setting --project P [KEY [VALUE]]`: the project's list settings on the
command line — the same keys the window's 项目设置 edits (awardtool.store.settings).

    awardtool set-setting --project 名单.awardproj                  list every setting
    awardtool set-setting --project 名单.awardproj 字数上限 500
    awardtool set-setting --project 名单.awardproj order_by 按姓氏笔画
    awardtool set-setting --project 名单.awardproj 名单标题 ""       clear it

KEY is the setting's key or its Chinese name; VALUE is text, with the clerk's words accepted
for the choices (按地区 / 不分组, 按姓氏笔画 / 原顺序, 不限). Exit codes: 0 saved or listed,
1 a clear message (unknown key, bad value, project not found), 2 usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

from awardtool.store import DEFAULT_SETTINGS, Project, ProjectError, default_user
from awardtool.store.settings import LABELS

# the clerk's words for the choice settings → stored value
_WORDS = {
    "group_by": {"region": "region", "按地区": "region", "按地区分组": "region", "地区": "region",
                 "none": None, "不分组": None, "": None},
    "order_by": {"strokes": "strokes", "按姓氏笔画": "strokes", "姓氏笔画": "strokes", "笔画": "strokes",
                 "input": None, "原顺序": None, "保持列表顺序": None, "": None},
}
_SHOWN = {"group_by": {None: "不分组", "region": "按地区分组"},
          "order_by": {None: "保持列表顺序", "input": "保持列表顺序", "strokes": "按姓氏笔画"}}
_NO_LIMIT = ("", "无", "不限", "none")


def register(sub) -> None:
    p = sub.add_parser("set-setting", help="查看或修改项目设置（名单标题、字数上限、分组排序、模板、称号）/ project settings")
    p.add_argument("--project", required=True, metavar="P.awardproj", help="项目文件")
    p.add_argument("key", nargs="?", metavar="KEY", help="设置项：" + "、".join(f"{k}（{v}）" for k, v in LABELS.items()
                                                                          if k != "notice"))
    p.add_argument("value", nargs="?", metavar="VALUE", help="新值；空字符串表示清除")
    p.set_defaults(func=run, _parser=p)


def setting_key(name: str) -> str:
    by_label = {label: key for key, label in LABELS.items()}
    key = by_label.get(name, name)
    if key not in DEFAULT_SETTINGS or key == "notice":
        known = "、".join(f"{k}（{v}）" for k, v in LABELS.items() if k != "notice")
        raise ProjectError("bad_setting", f"没有设置项“{name}”。可用的设置项：{known}。")
    return key


def parse_value(key: str, text: str, base: Path):
    """The command line's text → the stored value of ``key``."""
    text = text.strip()
    if key == "word_limit":
        if text.lower() in _NO_LIMIT:
            return None
        try:
            return int(text.removesuffix("字"))
        except ValueError:
            raise ProjectError("bad_setting", f"字数上限应为正整数（或“不限”），而不是“{text}”。") from None
    if key in _WORDS:
        words = _WORDS[key]
        if text not in words:
            raise ProjectError("bad_setting", f"{LABELS[key]}可选：{'、'.join(w for w in words if w)}。")
        return words[text]
    if key == "template":
        if not text:
            return None
        path = Path(text)
        if path.suffix.lower() != ".docx":
            raise ProjectError("bad_setting", f"模板“{text}”不是 .docx 文件（.doc 和 .wps 请先用 Word/WPS 另存为 .docx）。")
        if not path.is_file() and not (base / path).is_file():
            raise ProjectError("bad_setting", f"模板文件“{text}”不存在。")
        return str(path.resolve()) if path.is_file() else text
    return text


def shown(key: str, value) -> str:
    if key in _SHOWN:
        return _SHOWN[key].get(value, str(value))
    if key == "word_limit":
        return "不限" if value is None else f"{value} 字"
    return "（未设置）" if value in (None, "") else str(value)


def run(args) -> int:
    if args.key is not None and args.value is None:
        args._parser.error("请同时给出设置项和新值（清除用空字符串 \"\"）")
    try:
        with Project.open(args.project, user=default_user()) as project:
            if args.key is None:
                settings = project.settings()
                for key, label in LABELS.items():
                    if key != "notice":
                        print(f"{label}（{key}）：{shown(key, settings.get(key))}")
                return 0
            key = setting_key(args.key)
            value = parse_value(key, args.value, Path(project.path).parent)
            project.set_setting(key, value)
    except ProjectError as e:
        from awardtool.cli.project_cmd import project_error_text  # a damaged project: its backup

        print(f"✗ {project_error_text(e)}", file=sys.stderr)
        return 1
    print(f"已设置{LABELS[key]}：{shown(key, value)}")
    return 0
