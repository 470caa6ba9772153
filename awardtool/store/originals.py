"""The original bytes of an imported document, found from its display path.

Ingest names a zip member ``batch.zip!报送材料/名单.docx`` (nested zips repeat the ``!``).
The project stores originals so that a project moved to another computer keeps its sources;
this reads them back from disk at import time.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def read_original(display_path: str) -> bytes | None:
    """The file's bytes, or None when they cannot be found (never raises)."""
    try:
        if Path(display_path).is_file():
            return Path(display_path).read_bytes()
        outer, *members = display_path.split("!")
        if not members or not Path(outer).is_file():
            return None
        data = Path(outer).read_bytes()
        for member in members:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                data = z.read(_member_name(z, member))
        return data
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError, ValueError):
        return None


def _member_name(z: zipfile.ZipFile, display: str) -> zipfile.ZipInfo:
    """Ingest shows member names decoded its way (GBK names from Chinese Windows, slashes
    as stored); find the member by the same decoding."""
    from awardtool.ingest.archive import decode_member_name  # only for zips: keeps the store light to import

    want = display.replace("\\", "/").strip("/")
    for info in z.infolist():
        if decode_member_name(info).replace("\\", "/").strip("/") == want:
            return info
    raise KeyError(display)
