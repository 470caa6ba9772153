"""Shared test setup. Qt must be headless before anything imports it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from testpaths import SEED_LIST, SEED_NARRATIVE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def seed_list() -> Path:
    return SEED_LIST


@pytest.fixture
def seed_narrative() -> Path:
    return SEED_NARRATIVE
