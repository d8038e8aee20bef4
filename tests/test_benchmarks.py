"""The benchmarks still run: each one, at its smallest, prints its figures and exits 0.

The figures themselves are never asserted (these machines are shared and noisy; the
benchmarks compare against a reference run in the same process for that). What is
checked is that a change to the engine or the store has not left a benchmark behind:
one once unpacked a private function's old return value and died at its first size.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: float = 600) -> str:
    done = subprocess.run([sys.executable, *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_bench_adversarial_prints_each_shape_beside_realistic_text() -> None:
    rows = json.loads(_run("benchmarks/bench_adversarial.py", "--sizes", "0.01",
                           "--shapes", "mai", "date-then-word-en", "--json"))
    shapes = {r["shape"] for r in rows}
    assert {"realistic-nb", "realistic-en", "mai", "date-then-word-en"} <= shapes
    assert all(r["cpu_s_per_mb"] > 0 and r["vs_real"] > 0 for r in rows)


def test_bench_extract_prints_every_aim_of_the_speed_issue() -> None:
    out = json.loads(_run("benchmarks/bench_extract.py", "--sizes", "0.02", "--repeat", "1",
                          "--dateparser-kb", "2", "--json"))
    aims = {a["what"]: a for a in out["checks"]}
    assert aims
    for a in aims.values():
        assert isinstance(a["value"], float | int) and a["value"] > 0, a
    assert any("dateparser" in w for w in aims)


def test_bench_oplog_prints_its_table() -> None:
    out = _run("benchmarks/bench_oplog.py", "--edits", "20", "--repeat", "1")
    assert "title edit" in out and "10,000 events" in out


@pytest.mark.parametrize("workers", ["1", "2"])
def test_bench_corpus_builds_a_store_and_reports_it(tmp_path: Path, workers: str) -> None:
    sys.path.insert(0, str(REPO))
    try:
        from benchmarks.corpus_gen import write_jsonl
    finally:
        sys.path.remove(str(REPO))
    corpus = write_jsonl(30, tmp_path / "small.jsonl")
    figures = json.loads(_run("benchmarks/bench_corpus.py", "--one", str(corpus), "30",
                              workers, "pool").strip().splitlines()[-1])
    assert figures["events"] > 0 and figures["seconds"] > 0
    assert figures["merged"] <= figures["events"]
