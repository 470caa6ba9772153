"""Refresh and compile the interface translations: ``.venv/bin/python resources/translations/build.py``.

1. ``pyside6-lupdate`` collects every ``tr()``/``translate()`` string of awardtool/ui into
   awardtool_<lang>.ts, keeping the translations already there.
2. The labels the core declares once (awardtool.fields: FIELDS, KINDS, STATUSES) are added as
   the contexts "fields", "kinds" and "statuses", translated from those same tables, so a new
   field needs no hand edit here (awardtool.ui.labels looks them up in these contexts).
3. ``pyside6-lrelease`` compiles the .ts into the .qm the program loads.

Translators edit the .ts (Qt Linguist, or any editor); the .qm is committed next to it so a
source checkout and a frozen build work without this step.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent
LANGUAGES = ("en",)


def core_labels(lang: str) -> dict[str, dict[str, str]]:
    sys.path.insert(0, str(ROOT))
    from awardtool.fields import FIELDS, KINDS, STATUSES

    assert lang == "en", "the core tables carry English labels only"
    return {
        "fields": {f.label_zh: f.label_en for f in FIELDS},
        "kinds": {zh: en for zh, en in KINDS.values()},
        "statuses": {zh: en for zh, en in STATUSES.values()},
    }


def merge_core_labels(ts: Path, lang: str) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context, table in core_labels(lang).items():
        ctx = next((c for c in root.findall("context") if c.findtext("name") == context), None)
        if ctx is None:
            ctx = ET.SubElement(root, "context")
            ET.SubElement(ctx, "name").text = context
        have = {m.findtext("source"): m for m in ctx.findall("message")}
        for source, translation in table.items():
            msg = have.get(source)
            if msg is None:
                msg = ET.SubElement(ctx, "message")
                ET.SubElement(msg, "source").text = source
                ET.SubElement(msg, "translation")
            tr = msg.find("translation")
            tr.text = translation
            tr.attrib.pop("type", None)
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "awardtool" / "ui").glob("*.py"))
    for lang in LANGUAGES:
        ts = HERE / f"awardtool_{lang}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-source-language", "zh_CN",
                        "-target-language", lang, "-no-obsolete", "-locations", "none", "-ts", str(ts)], check=True)
        merge_core_labels(ts, lang)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
