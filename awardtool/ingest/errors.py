"""The one exception readers raise: a stable code and a Chinese message for the clerk."""

from __future__ import annotations


class IngestError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
