"""Display names for the core's codes (fields, kinds, statuses), through Qt's translator.

The core declares each code once with its Chinese label (awardtool.fields); the window shows
``translate(context, label_zh)`` so the English catalogue can name them too. The contexts
"fields", "kinds" and "statuses" are added to the .ts by resources/translations/build.py,
which reads the same tables, so a new field is translated without touching this module.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from awardtool.fields import FIELD_BY_KEY, KINDS, STATUSES

STATUS_ORDER = tuple(STATUSES)


def field_label(key: str) -> str:
    spec = FIELD_BY_KEY.get(key)
    if spec is None:
        return key
    return QCoreApplication.translate("fields", spec.label_zh)


def kind_label(kind: str) -> str:
    zh = KINDS.get(kind, (kind,))[0]
    return QCoreApplication.translate("kinds", zh)


def status_label(status: str) -> str:
    zh = STATUSES.get(status, (status,))[0]
    return QCoreApplication.translate("statuses", zh)
