"""The one exception readers raise: a stable code and a Chinese message for the clerk.

Messages say what is wrong and what to do, in Chinese; never a library's English exception
text or its class name (the clerk can do nothing with "Error -3 while decompressing data")."""

from __future__ import annotations


class IngestError(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


def damaged(what: str) -> IngestError:
    """A file a library could not make sense of: ``what`` names its kind ("Excel 表格")."""
    return IngestError("corrupt", f"{what}已损坏或内容异常，无法读取；请用原软件打开检查、另存一份后再导入，"
                                  "或向报送单位重新索取")
