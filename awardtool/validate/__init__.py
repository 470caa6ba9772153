"""The clerk's rules: checks, safe fixes and brief-deeds condensation (Qt-free).

The window shows ``check_record`` findings beside the form with one-click fixes, the
exports refuse on errors and warn on the rest, and ``awardtool check`` prints them.
"""

from __future__ import annotations

from awardtool.validate.chars import count_chars
from awardtool.validate.checks import check_record
from awardtool.validate.cleanup import apply_fixes, fix_record, fix_text
from awardtool.validate.condense import condense
from awardtool.validate.duplicates import check_batch
from awardtool.validate.findings import CODES, Change, Finding, Fix, RecordRef

__all__ = [
    "CODES", "Change", "Finding", "Fix", "RecordRef", "apply_fixes", "check_batch", "check_record",
    "condense", "count_chars", "fix_record", "fix_text",
]
