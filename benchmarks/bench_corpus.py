#!/usr/bin/env python3
"""Corpus scale: documents and events per second, scaling with workers and with size,
peak memory per worker, and a LocalCluster against the local process pool.

    python benchmarks/bench_corpus.py                    # 10,000 and 100,000 documents
    python benchmarks/bench_corpus.py --small 2000 --large 10000   # a shorter run

Every measurement runs in a fresh Python process (so peak memory is that run's):
the corpus (``benchmarks/corpus_gen.py``, real text with varied dates and names) is
written once as JSONL, then ``timeline.corpus`` builds a new store from it:

- the small corpus on the process pool with 1 and with 2 workers: documents/s,
  events/s and the ratio (the target is at least 1.8x on two free cores);
- the large corpus with 2 workers: time per 10,000 documents against the small run
  (near-linear: about 1.0x), peak memory per worker (flat) and of the driver;
- the small corpus on a ``distributed.LocalCluster`` of 2 worker processes: its
  overhead against the pool.

Figures depend on the machine and on what else runs on it; the ratios against the
reference run in the same invocation are what to compare.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _one(corpus_path: Path, n: int, workers: int, mode: str) -> dict[str, float]:
    """One run in this process; prints its figures as JSON."""
    from timeline.corpus import corpus

    store = Path(tempfile.mkdtemp(prefix="bench-store-"))
    worker_rss_kb = 0.0
    started = time.perf_counter()
    if mode == "cluster":
        from distributed import Client, LocalCluster

        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            boot = time.perf_counter() - started
            result = corpus([corpus_path], store, scheduler=client)
            rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            worker_rss_kb = max(rss.values())
    else:
        boot = 0.0
        result = corpus([corpus_path], store, workers=workers, scheduler="processes")
        worker_rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    total = time.perf_counter() - started
    assert result.processed == n, (result.processed, n)
    return {
        "n": n,
        "workers": workers,
        "mode": mode,
        "seconds": total,
        "boot": boot,
        "merge_seconds": result.merge_seconds,
        "events": result.events,
        "merged": result.summary.merged,
        "multi_source": result.summary.multi_source,
        "worker_mb": worker_rss_kb / 1024,
        "driver_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "store_mb": sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 1e6,
    }


def _run(corpus_path: Path, n: int, workers: int, mode: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(corpus_path), str(n), str(workers), mode],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _line(label: str, r: dict[str, float]) -> str:
    docs = r["n"] / r["seconds"]
    return (
        f"{label:<34} {r['n']:>7,} docs {r['seconds']:7.1f} s  {docs:6.1f} docs/s  "
        f"{r['events'] / r['seconds']:7.1f} events/s  merge {r['merge_seconds']:5.1f} s  "
        f"worker {r['worker_mb']:5.0f} MB  driver {r['driver_mb']:5.0f} MB"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--one", nargs=4, metavar=("CORPUS", "N", "WORKERS", "MODE"))
    args = parser.parse_args()
    if args.one:
        path, n, workers, mode = args.one
        print(json.dumps(_one(Path(path), int(n), int(workers), mode)))
        return 0

    from benchmarks.corpus_gen import bases, write_jsonl

    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    small = write_jsonl(args.small, work / "small.jsonl")
    large = write_jsonl(args.large, work / "large.jsonl")
    print(
        f"corpus: {len(bases())} real documents varied to {args.small:,} and "
        f"{args.large:,}; {os.cpu_count()} cores (shared: other work on this machine "
        "slows every figure)"
    )
    one = _run(small, args.small, 1, "pool")
    print(_line("process pool, 1 worker", one))
    two = _run(small, args.small, 2, "pool")
    print(_line("process pool, 2 workers", two))
    print(f"  2 workers / 1 worker: {one['seconds'] / two['seconds']:.2f}x (target at least 1.8x)")
    big = _run(large, args.large, 2, "pool")
    print(_line("process pool, 2 workers", big))
    per_small = two["seconds"] / args.small * 10_000
    per_large = big["seconds"] / args.large * 10_000
    print(
        f"  time per 10,000 documents: {per_small:.1f} s at {args.small:,}, "
        f"{per_large:.1f} s at {args.large:,} ({per_large / per_small:.2f}x; "
        "near-linear is about 1.0x)"
    )
    print(
        f"  peak memory per worker: {two['worker_mb']:.0f} MB at {args.small:,}, "
        f"{big['worker_mb']:.0f} MB at {args.large:,} "
        f"({big['worker_mb'] / two['worker_mb']:.2f}x); driver "
        f"{two['driver_mb']:.0f} MB and {big['driver_mb']:.0f} MB"
    )
    print(
        f"  merge: {two['merge_seconds']:.1f} s for {two['events']:,} events, "
        f"{big['merge_seconds']:.1f} s for {big['events']:,} "
        f"({big['merged']:,} merged, {big['multi_source']:,} with more than one source)"
    )
    cluster = _run(small, args.small, 2, "cluster")
    print(_line("LocalCluster, 2 worker processes", cluster))
    print(
        f"  LocalCluster / process pool: {cluster['seconds'] / two['seconds']:.2f}x "
        f"(of which {cluster['boot']:.1f} s starting the cluster)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
