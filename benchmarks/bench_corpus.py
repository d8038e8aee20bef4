#!/usr/bin/env python3
"""Corpus scale: documents and events per second, scaling with workers and with size,
peak memory per worker, and a LocalCluster against the local process pool.

    python benchmarks/bench_corpus.py                    # 10,000 and 100,000 documents
    python benchmarks/bench_corpus.py --small 2000 --large 10000 --app-runs 1  # shorter
    python benchmarks/bench_corpus.py --one CORPUS N WORKERS pool|cluster  # one run, JSON
    python benchmarks/bench_corpus.py --views STORE     # the app's views of a built store

Every measurement runs in a fresh Python process (so peak memory is that run's):
the corpus (``benchmarks/corpus_gen.py``, real text with varied dates and names) is
written once as JSONL, then ``timeline.corpus`` builds a new store from it:

- the small corpus on the process pool with 1 and with 2 workers: documents/s,
  events/s and the ratio (the target is at least 1.8x on two free cores);
- the large corpus with 2 workers: time per 10,000 documents against the small run
  (near-linear: about 1.0x), peak memory per worker (flat) and of the driver;
- the small corpus on a ``distributed.LocalCluster`` of 2 worker processes: its
  overhead against the pool;
- the app on the large store: seconds from ``streamlit run`` to the plot visible in
  Chromium against the bundled article (the target: at most 3 s more), and through
  AppTest the seconds and the bytes sent to the browser for each window or filter
  change (targets: at most 1 s and 2 MB).

Peak memory per worker is each worker's own high-water mark (``VmHWM``), which its
batches report; ``getrusage`` would count, for a spawned process, the size of the
process it was forked from.

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
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def _usage() -> tuple[float, float]:
    u = resource.getrusage(resource.RUSAGE_SELF)
    return float(u.ru_maxrss), u.ru_utime + u.ru_stime


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
            usage = client.run(_usage)
            worker_cpu = sum(u[1] for u in usage.values())
    else:
        boot = 0.0
        result = corpus([corpus_path], store, workers=workers, scheduler="processes")
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        worker_cpu = children.ru_utime + children.ru_stime
    # Each worker's own high-water mark (VmHWM), as its batches reported it: the
    # ru_maxrss of a spawned child also counts the parent it was forked from.
    worker_rss_kb = result.worker_peak_mb * 1024
    total = time.perf_counter() - started
    me = resource.getrusage(resource.RUSAGE_SELF)
    from timeline.corpus import peak_rss_mb

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
        "merge_worker_mb": result.merge_peak_mb,
        "driver_mb": peak_rss_mb(),
        "worker_cpu": worker_cpu,
        "load": os.getloadavg()[0],
        "driver_cpu": me.ru_utime + me.ru_stime,
        "store": str(store),
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
        f"worker {r['worker_mb']:5.0f} MB  driver {r['driver_mb']:5.0f} MB\n"
        f"{'':<34} extract (read, extract, write batches) {r['seconds'] - r['merge_seconds']:.1f} s, "
        f"merge and store {r['merge_seconds']:.1f} s: {r['events']:,} events -> "
        f"{r['merged']:,} merged; the store {r['store_mb']:.0f} MB on disk\n"
        f"{'':<34} a worker's peak after merging its part: "
        f"{r.get('merge_worker_mb', 0.0):.0f} MB (0: merged in the driver)\n"
        f"{'':<34} CPU per document: {1000 * r['worker_cpu'] / r['n']:5.1f} ms in the workers, "
        f"{1000 * r['driver_cpu'] / r['n']:4.1f} ms in the driver; load average "
        f"{r['load']:.1f}"
    )


def _views(store: Path) -> None:
    """What the app asks of a large store: the whole span (density), a year (each
    event), a search; seconds per question and bytes of figure JSON per view."""
    from timeline.storefigure import store_figure
    from timeline.storequery import StoreQuery, Window

    q = StoreQuery(store)
    info = q.overview()
    lo, hi = float(int(info["start"])), float(int(info["end"]) + 1)
    busiest = q.con.execute(
        "SELECT floor(start_year) AS y FROM events WHERE start_year IS NOT NULL "
        "GROUP BY y ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    print(f"  app views of the {info['events']:,}-event store (query + figure, no browser):")
    for label, w in (
        ("whole span", Window(lo, hi)),
        ("busiest year", Window(float(busiest), float(busiest) + 1)),
        ("one month", Window(float(busiest), float(busiest) + 1 / 12)),
        ("search 'talks'", Window(lo, hi, text="talks")),
    ):
        started = time.perf_counter()
        view = q.view(w)
        size = len(store_figure(view).to_json())
        took = time.perf_counter() - started
        mode = "each event" if view.detailed else "density"
        print(
            f"    {label:<15} {view.total:>7,} events, {mode:<10} {took:5.2f} s  "
            f"{size / 1e6:5.2f} MB of figure JSON"
        )
    q.close()


STORE_APP = """\
import runpy
import sys

sys.argv = [{app!r}, "--store", {store!r}]
runpy.run_path({app!r}, run_name="__main__")
"""


def _starts(wrapper: Path, runs: int) -> tuple[list[float], list[float]]:
    """Seconds to the plot visible: the bundled article and the store, interleaved."""
    from playwright.sync_api import sync_playwright

    from benchmarks.bench_app import APP, CHROMIUM, CHROMIUM_ARGS, time_to_plot

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            time_to_plot(browser, APP)  # warm the file cache and the bytecode of both
            time_to_plot(browser, wrapper)
            article, stored = [], []
            for _ in range(runs):
                article.append(time_to_plot(browser, APP))
                stored.append(time_to_plot(browser, wrapper))
        finally:
            browser.close()
    return article, stored


def _app(store: Path, runs: int) -> None:
    """The app on the store, as a visitor sees it: seconds from ``streamlit run`` to the
    plot visible in Chromium, against the bundled article in the same run (interleaved,
    median of ``runs``); then a window change (the slider: the whole span, a decade, a
    year) and a filter redrawn through AppTest, each timed (the server's script run,
    which is what a change costs before the browser draws) with the bytes of the
    figure sent to the browser."""
    import statistics

    from streamlit.testing.v1 import AppTest

    from benchmarks.bench_app import APP
    from timeline.storequery import StoreQuery

    wrapper = Path(tempfile.mkdtemp(prefix="bench-store-app-")) / "store_app.py"
    wrapper.write_text(STORE_APP.format(app=str(APP), store=str(store)), encoding="utf-8")
    q = StoreQuery(store)
    info = q.overview()
    busiest = q.con.execute(
        "SELECT floor(start_year) AS y FROM events WHERE start_year IS NOT NULL "
        "GROUP BY y ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    q.close()
    try:
        article, stored = _starts(wrapper, runs)
    except Exception as err:  # a browser or server that times out on a loaded machine
        print(
            f"  the app in Chromium: not measured ({type(err).__name__}: "
            f"{str(err).splitlines()[0]})"
        )
    else:
        a, b = statistics.median(article), statistics.median(stored)
        print(f"  the app on the {info['events']:,}-event store (process start -> plot visible):")
        print(f"    bundled article {a:5.2f} s   ({', '.join(f'{x:.2f}' for x in article)})")
        print(f"    the store       {b:5.2f} s   ({', '.join(f'{x:.2f}' for x in stored)})")
        print(f"    difference      {b - a:+5.2f} s (target at most +3 s)")
    os.environ["TIMELINE_STORE_ANY_PATH"] = "1"
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.session_state["store_path"] = str(store)
    at.session_state["ui_lang"] = "en"
    started = time.perf_counter()
    at.run()
    first = time.perf_counter() - started
    assert not at.exception, at.exception
    lo, hi = int(info["start"]), int(info["end"]) + 1
    y = int(busiest)
    decade = (y - y % 10, min(hi, y - y % 10 + 10))

    def size() -> int:
        return len(at.get("plotly_chart")[0].proto.spec)

    print(f"  redraws through AppTest (first run {first:.2f} s, {size() / 1e6:.2f} MB):")
    steps: list[tuple[str, Any]] = [
        (f"window {decade[0]}-{decade[1]}", lambda: at.slider(key="store_years").set_value(decade)),
        (f"window {y}-{y + 1}", lambda: at.slider(key="store_years").set_value((y, y + 1))),
        (f"window {lo}-{hi}", lambda: at.slider(key="store_years").set_value((lo, hi))),
        ("type agreement", lambda: at.multiselect(key="store_types").set_value(["agreement"])),
        ("search 'talks'", lambda: at.text_input(key="store_text").set_value("talks")),
    ]
    for label, change in steps:
        change()
        started = time.perf_counter()
        at.run()
        took = time.perf_counter() - started
        assert not at.exception, at.exception
        kind = json.loads(at.get("plotly_chart")[0].proto.spec)["data"][0]["type"]
        print(
            f"    {label:<22} {took:5.2f} s  {size() / 1e6:5.2f} MB to the browser  ({kind}; "
            "targets: at most 1 s, 2 MB)"
        )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    parser.add_argument("--app-runs", type=int, default=3, help="app starts (median)")
    parser.add_argument("--one", nargs=4, metavar=("CORPUS", "N", "WORKERS", "MODE"))
    parser.add_argument("--views", metavar="STORE", help="only the app's views of a built store")
    args = parser.parse_args()
    if args.one:
        path, n, workers, mode = args.one
        print(json.dumps(_one(Path(path), int(n), int(workers), mode)))
        return 0
    if args.views:
        _views(Path(args.views))
        _app(Path(args.views), args.app_runs)
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
        f"({big['worker_mb'] / two['worker_mb']:.2f}x) extracting; "
        f"{two['merge_worker_mb']:.0f} MB and {big['merge_worker_mb']:.0f} MB "
        f"({big['merge_worker_mb'] / two['merge_worker_mb']:.2f}x) after merging its parts; "
        f"driver {two['driver_mb']:.0f} MB and {big['driver_mb']:.0f} MB"
    )
    print(
        f"  merge: {two['merge_seconds']:.1f} s for {two['events']:,} events, "
        f"{big['merge_seconds']:.1f} s for {big['events']:,} "
        f"({big['merged']:,} merged, {big['multi_source']:,} with more than one source)"
    )
    _views(Path(str(big["store"])))
    try:
        _app(Path(str(big["store"])), args.app_runs)
    except Exception as err:  # a browser that times out on a loaded machine: say so, go on
        print(f"  the app: not measured ({type(err).__name__}: {str(err).splitlines()[0]})")
    print(f"  load average during the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    cluster = _run(small, args.small, 2, "cluster")
    print(_line("LocalCluster, 2 worker processes", cluster))
    print(
        f"  LocalCluster / process pool: {cluster['seconds'] / two['seconds']:.2f}x "
        f"(of which {cluster['boot']:.1f} s starting the cluster)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
