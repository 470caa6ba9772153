"""The one exception the project store raises: a stable code and a Chinese message for the
clerk that names the project file, so the window and the CLI can show it as is.

Codes: not_found, not_project, damaged, too_new, locked, closed, exists, io,
no_record, no_document, bad_field, bad_value, bad_setting.
"""

from __future__ import annotations


class ProjectError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
