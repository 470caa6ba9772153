"""The project store: a clerk's batch in one SQLite file (``*.awardproj``), every edit
committed and journaled when made, undo and history that survive a restart. Qt-free.

``project.py`` is the API and says why it is shaped so; ``lockfile.py`` why one writer is
held by an OS lock on a sidecar file; ``backups.py`` where backups go, when they are made and
how a damaged project is restored; ``files.py`` how files are written beside their target.
"""

from __future__ import annotations

from awardtool.store.backups import BackupInfo, RecoveryOffer, Restored
from awardtool.store.backups import restore as restore_backup
from awardtool.store.errors import ProjectError
from awardtool.store.journal import ACTION_LABELS, Change, JournalEntry
from awardtool.store.project import (
    LOCK_WAIT_S, SUFFIX, Project, StoredDocument, StoredRecord, default_user, field_label,
)
from awardtool.store.settings import DEFAULT_SETTINGS

__all__ = [
    "ACTION_LABELS", "BackupInfo", "LOCK_WAIT_S", "DEFAULT_SETTINGS", "SUFFIX", "Change", "JournalEntry", "Project",
    "ProjectError", "RecoveryOffer", "Restored", "StoredDocument", "StoredRecord", "default_user", "field_label",
    "restore_backup",
]
