"""The one exception the project store raises: a stable code and a Chinese message for the
clerk that names the project file, so the window and the CLI can show it as is.

Codes: not_found, not_project, damaged, too_new, locked, closed, exists, io,
no_record, no_document, bad_field, bad_value, bad_setting, no_backup, bad_backup.

``data`` carries what a caller may act on: for damaged (and for not_project when the file
has backups) ``data["offer"]`` is a ``backups.RecoveryOffer`` or None, and
``data["detail"]`` SQLite's own words, for support only — never shown as the message.
"""

from __future__ import annotations


class ProjectError(Exception):
    def __init__(self, code: str, message: str, data: dict | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.data = data or {}
