"""Shared test setup. Qt must be headless before anything imports it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "resources" / "examples"
SEED_LIST = EXAMPLES / "000_bc5c23ceeda405d3.txt"
SEED_NARRATIVE = EXAMPLES / "001_c37ba3c8772022fe.txt"
SAMPLES = ROOT / "tests" / "data" / "samples"  # copied from shared/samples


@pytest.fixture
def seed_list() -> Path:
    return SEED_LIST


@pytest.fixture
def seed_narrative() -> Path:
    return SEED_NARRATIVE
