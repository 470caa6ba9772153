"""Paths of the repository's test material, importable from any test (``from testpaths import
SEED_LIST``). Kept out of conftest.py: with a conftest in tests/ui too, ``import conftest``
would name whichever one pytest loaded last."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "resources" / "examples"
SEED_LIST = EXAMPLES / "000_bc5c23ceeda405d3.txt"
SEED_NARRATIVE = EXAMPLES / "001_c37ba3c8772022fe.txt"
SAMPLES = ROOT.parent / "shared" / "samples"  # the shared real samples; never copied into the repo
