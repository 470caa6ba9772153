"""How things are written into the project file: document blocks as zlib-compressed JSON,
originals compressed only when that pays, and JSON for everything else.

Block JSON uses short keys because a batch of a thousand documents stores every paragraph
and every table cell; the format is part of the project file and may only change with a
schema migration.
"""

from __future__ import annotations

import json
import zlib

from awardtool.document import Block, Cell, Loc, Notice, Paragraph, Table


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str | None):
    return None if text is None else json.loads(text)


def block_to_json(block: Block) -> dict:
    if isinstance(block, Paragraph):
        out: dict = {"p": block.text, "l": block.loc.to_json()}
        if block.style is not None:
            out["s"] = block.style
        if block.level is not None:
            out["h"] = block.level
        if block.conf is not None:
            out["c"] = block.conf
        return out
    rows = [[_cell_to_json(c) for c in row] for row in block.rows]
    return {"t": rows, "l": block.loc.to_json()}


def _cell_to_json(cell: Cell) -> list:
    if cell.conf is not None:  # OCR'd: [text, loc, merged, confidence]
        return [cell.text, cell.loc.to_json(), int(cell.merged), cell.conf]
    return [cell.text, cell.loc.to_json(), 1] if cell.merged else [cell.text, cell.loc.to_json()]


def block_from_json(data: dict) -> Block:
    loc = Loc.from_json(data.get("l") or {})
    if "p" in data:
        return Paragraph(data["p"], loc, data.get("s"), data.get("h"), data.get("c"))
    rows = [[Cell(c[0], Loc.from_json(c[1]), len(c) > 2 and bool(c[2]), c[3] if len(c) > 3 else None)
             for c in row] for row in data["t"]]
    return Table(rows, loc)


def pack_blocks(blocks: list[Block]) -> bytes:
    return zlib.compress(dumps([block_to_json(b) for b in blocks]).encode("utf-8"), 6)


def unpack_blocks(data: bytes | None) -> list[Block]:
    if not data:
        return []
    return [block_from_json(b) for b in json.loads(zlib.decompress(data).decode("utf-8"))]


def pack_original(data: bytes) -> tuple[bytes, str]:
    """(stored bytes, codec). docx/xlsx/pdf are compressed already: store them raw."""
    packed = zlib.compress(data, 6)
    if len(packed) < len(data) * 0.9:
        return packed, "zlib"
    return data, "raw"


def unpack_original(data: bytes | None, codec: str | None) -> bytes | None:
    if data is None:
        return None
    return zlib.decompress(data) if codec == "zlib" else bytes(data)


def notice_to_json(n: Notice | None) -> dict | None:
    return None if n is None else n.to_json()


def notice_from_json(data: dict | None) -> Notice | None:
    return None if data is None else Notice(data["code"], data["message"])
