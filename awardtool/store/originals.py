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


def _member_name(z: zipfile.ZipFile, display: str) -> str:
    """Zip names may be stored with different slashes than the display path shows."""
    want = display.replace("\\", "/").strip("/")
    for info in z.infolist():
        if info.filename.replace("\\", "/").strip("/") == want:
            return info.filename
    raise KeyError(display)
