"""Extraction in worker processes gives exactly what the one-process pipeline gives, in the
same order, survives a lost worker, and the window's background checks work off-process."""

from __future__ import annotations

import io
import pickle
import zipfile
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from testpaths import SAMPLES, SEED_LIST, SEED_NARRATIVE

from awardtool import parallel
from awardtool.parallel import check_chunk, extract_paths_parallel, find_duplicates
from awardtool.pipeline import extract_paths


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    """A folder of real files: the seeds, the scraped samples, a zip of two, one broken file."""
    folder = tmp_path_factory.mktemp("batch")
    files = [SEED_LIST, SEED_NARRATIVE, *sorted(SAMPLES.glob("*.txt"))]
    for i, f in enumerate(files):
        (folder / f"{i:02d}_{f.name}").write_bytes(f.read_bytes())
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("名单/甲.txt", SEED_LIST.read_text(encoding="utf-8"))
        z.writestr("名单/乙.txt", SEED_NARRATIVE.read_text(encoding="utf-8"))
    (folder / "50_batch.zip").write_bytes(buf.getvalue())
    (folder / "60_broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    return folder


def _json(results) -> list[dict]:
    return [r.to_json() for r in results]


def test_same_results_in_same_order_as_one_process(batch):
    progress = []
    got = list(extract_paths_parallel([batch], workers=2, progress=lambda *a: progress.append(a),
                                      min_parallel=2))
    want = list(extract_paths([batch]))
    assert len(want) > 10
    assert _json(got) == _json(want)
    assert [p[0] for p in progress] == list(range(1, len(want) + 1))
    assert {p[1] for p in progress} == {None}  # a zip makes the total unknown up front
    assert [p[2] for p in progress] == [r.document.path for r in want]
    assert any("50_batch.zip!名单/乙.txt" in r.document.path for r in got)
    assert next(r for r in got if r.document.path.endswith("60_broken.docx")).document.error is not None
    assert sum(len(r.extraction.records) for r in got) > 20


def test_small_batch_runs_here_with_known_total(tmp_path):
    progress = []
    got = list(extract_paths_parallel([SEED_LIST, SEED_NARRATIVE], progress=lambda *a: progress.append(a)))
    assert _json(got) == _json(extract_paths([SEED_LIST, SEED_NARRATIVE]))
    assert [(d, t) for d, t, _ in progress] == [(1, 2), (2, 2)]


def test_results_survive_pickling():
    for result in extract_paths([SEED_LIST, SEED_NARRATIVE]):
        again = pickle.loads(pickle.dumps(result))
        assert again.to_json() == result.to_json()
        assert again.extraction.records[0].source == result.extraction.records[0].source


def test_a_lost_worker_costs_no_file(batch, monkeypatch):
    """A chunk whose worker died is extracted again in this process."""
    calls = []

    def broken(pool, chunk, *options):
        calls.append(chunk)
        future = Future()
        future.set_exception(BrokenProcessPool("a worker was killed"))
        return future

    monkeypatch.setattr(parallel, "_submit", broken)
    got = list(extract_paths_parallel([batch], workers=2, min_parallel=2))
    assert calls and sum(len(c) for c in calls) == len(parallel.list_files([batch]))
    assert _json(got) == _json(extract_paths([batch]))


def test_chunks_cover_every_file_once_in_order():
    files = [Path(f"{i}.txt") for i in range(103)]
    chunks = parallel.chunks(files, workers=2)
    assert [f for c in chunks for f in c] == [str(f) for f in files]
    assert max(len(c) for c in chunks) <= parallel.MAX_CHUNK
    assert len(chunks) >= 2 * 4  # enough pieces that one slow file does not idle a worker


def test_background_checks_match_the_checker():
    from awardtool.validate import check_record

    records = [r for res in extract_paths([SEED_LIST, SEED_NARRATIVE]) for r in res.extraction.records]
    got = check_chunk(list(enumerate(records)), 300)
    assert got == {i: check_record(r, word_limit=300) for i, r in enumerate(records)}
    assert any(got.values())


def test_find_duplicates_names_both_records():
    records = [r for res in extract_paths([SEED_LIST]) for r in res.extraction.records]
    copy = type(records[0]).from_json(records[0].to_json())
    items = [(i + 1, 1, r) for i, r in enumerate(records)] + [(99, 2, copy)]
    found, rid_of = find_duplicates(items, {1: "名单.txt", 2: "副本.txt"})
    assert set(found) >= {1, 99}
    assert all(f.code == "duplicate" for f in found[99])
    assert sorted(rid_of.values()) == sorted(i for i, _, _ in items)
