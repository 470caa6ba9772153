"""The project file's schema and its migrations.

``PRAGMA user_version`` is the schema version. ``SCHEMA_V1`` is the first schema exactly as
it shipped and must never change: a new project is made by running it and then every
migration in ``MIGRATIONS``, so new files and migrated old files go through the same steps
and cannot drift apart. To change the schema, append a function to ``MIGRATIONS``; it runs
inside the opening transaction, so a failure or a crash leaves the file at the old version.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable

from awardtool.store.codec import unpack_original

# "AwPj": marks an SQLite file as an awardtool project (PRAGMA application_id).
APPLICATION_ID = 0x4177506A

SCHEMA_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    path TEXT NOT NULL,
    format TEXT NOT NULL,
    kind TEXT,
    title TEXT,
    error TEXT,
    warnings TEXT NOT NULL DEFAULT '[]',
    blocks BLOB,
    original BLOB,
    original_codec TEXT,
    original_size INTEGER,
    imported_at TEXT NOT NULL,
    imported_by TEXT
);
CREATE TABLE records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id INTEGER REFERENCES documents(id),
    position INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    data TEXT NOT NULL,
    extracted TEXT
);
CREATE INDEX records_position ON records(position);
CREATE TABLE groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    merge_key TEXT,
    state TEXT,
    target INTEGER,
    user TEXT,
    at TEXT NOT NULL
);
CREATE INDEX groups_state ON groups(state, id);
CREATE TABLE journal (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    group_id INTEGER NOT NULL REFERENCES groups(id),
    record_id INTEGER,
    action TEXT NOT NULL,
    field TEXT,
    old TEXT,
    new TEXT,
    at TEXT NOT NULL,
    user TEXT
);
CREATE INDEX journal_group ON journal(group_id);
CREATE INDEX journal_record ON journal(record_id);
"""


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """v2: a content hash per imported original, so importing the same file twice is noticed."""
    conn.execute("ALTER TABLE documents ADD COLUMN sha256 TEXT")
    rows = conn.execute("SELECT id, original, original_codec FROM documents WHERE original IS NOT NULL").fetchall()
    for doc_id, original, codec in rows:
        digest = hashlib.sha256(unpack_original(original, codec)).hexdigest()
        conn.execute("UPDATE documents SET sha256 = ? WHERE id = ?", (digest, doc_id))
    conn.execute("CREATE INDEX documents_sha256 ON documents(sha256)")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """v3: stages — named, read-only snapshots of the list (初审, 公示, 最终 …), so what
    changed between them can be reported (awardtool.store.stages). ``records`` is the
    zlib-compressed JSON list of every record in list order with its id and status."""
    conn.execute(
        "CREATE TABLE stages (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE,"
        " frozen_at TEXT NOT NULL, frozen_by TEXT, count INTEGER NOT NULL, records BLOB NOT NULL)"
    )


# MIGRATIONS[i] takes a file from version i+1 to version i+2.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1_to_v2, _v2_to_v3]
CURRENT_VERSION = 1 + len(MIGRATIONS)


def create_v1(conn: sqlite3.Connection) -> None:
    """Write the first schema into an empty database (inside the caller's transaction)."""
    for statement in SCHEMA_V1.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")


def migrate(conn: sqlite3.Connection, version: int) -> int:
    """Bring a file at ``version`` up to CURRENT_VERSION (inside the caller's transaction)."""
    while version < CURRENT_VERSION:
        MIGRATIONS[version - 1](conn)
        version += 1
        conn.execute(f"PRAGMA user_version = {version}")
    return version
