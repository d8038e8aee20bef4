"""How fast the app shows a timeline, measured in a real browser. A script, not a test.

    python benchmarks/bench_app.py [--runs 3] [--events 10000]

Prints, in one run on this machine:

1. seconds from ``streamlit run`` process start to the bundled article's plot visible
   in Chromium, beside the same for a minimal Streamlit+Plotly app (three points), and
   their ratio (the aim: at most 1.3x);
2. the same for a synthetic timeline of ``--events`` events (default 10,000);
3. server-side PNG export time with the Chromium behind kaleido kept warm, for the
   seed's figure and for the synthetic one.

The browser is started before the clock starts and reused; each app gets a fresh
server process on a free port. Debian's /usr/bin/chromium is used; nothing is
downloaded.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# Apps start as installed code does, with bytecode cached (this environment sets
# PYTHONDONTWRITEBYTECODE, which would make every start recompile the app's own modules
# and measure the compiler): a private cache, filled by the first start of each app.
_ENV = dict(os.environ, PYTHONPYCACHEPREFIX=tempfile.mkdtemp(prefix="bench-app-pyc-"))
_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
sys.path.insert(0, str(ROOT))

APP = ROOT / "streamlit_app.py"
SEED = ROOT / "data" / "000_192722d517445595.txt"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PLOT = ".js-plotly-plot .cartesianlayer .trace"  # any trace drawn in the plot

MINIMAL_APP = """\
import plotly.graph_objects as go
import streamlit as st

st.plotly_chart(go.Figure(go.Scatter(x=[1, 2, 3], y=[1, 3, 2])), key="chart")
"""

# Opens the real app on a synthetic timeline instead of the bundled article: the
# events arrive as an opened events file, exactly as a user's upload would.
SYNTHETIC_APP = """\
import runpy
from pathlib import Path

import streamlit as st

if "docs" not in st.session_state:
    st.session_state.docs = []  # no bundled article: the app fills in the rest of its state
    st.session_state.imported = [
        {{"name": "synthetic", "json": Path({events!r}).read_text(encoding="utf-8")}}
    ]
runpy.run_path({app!r}, run_name="__main__")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def time_to_plot(browser: Any, app: Path, min_traces: int = 1) -> float:
    """Seconds from starting ``streamlit run app`` to its plot drawn in the browser."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app), "--server.headless", "true",
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = context.new_page()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=_ENV)
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                time.sleep(0.02)
            if proc.poll() is not None:
                raise RuntimeError(f"{app.name}: streamlit exited with {proc.returncode}")
            if time.perf_counter() - t0 > 120:
                raise RuntimeError(f"{app.name}: the server did not start in 120 s")
        page.goto(url)
        page.wait_for_function(
            f"() => document.querySelectorAll({PLOT!r}).length >= {min_traces}", timeout=180_000
        )
        return time.perf_counter() - t0
    finally:
        context.close()
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def synthetic_frame(n: int, seed: int = 7) -> Any:
    """``n`` schema-valid events over 1800-2020: days, months, years and intervals."""
    import pandas as pd

    from timeline import userdate
    from timeline.schema import coerce, column_names
    from timeline.types import EVENT_TYPES

    rng = random.Random(seed)
    actors = [
        "Norge",
        "Sverige",
        "Russland",
        "USA",
        "Kina",
        "FN",
        "NATO",
        "EU",
        "Japan",
        "Nord-Korea",
    ]
    rows = []
    for i in range(n):
        year = rng.randint(1800, 2020)
        kind = rng.random()
        if kind < 0.4:
            typed = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        elif kind < 0.7:
            typed = f"{year}-{rng.randint(1, 12):02d}"
        elif kind < 0.9:
            typed = str(year)
        else:
            typed = f"{year}–{min(2020, year + rng.randint(1, 12))}"
        doc = f"doc{i % 5}.txt"
        quote = f"Hendelse {i}: {rng.choice(actors)} og {rng.choice(actors)} møttes i {typed}."
        cols = userdate.parse_user_date(typed).columns(typed)
        cols["explanation"] = "synthetic"
        rows.append(
            {
                "event_id": f"{doc}#{i}",
                "doc": doc,
                "lang": "nb",
                **cols,
                "approximate": rng.random() < 0.1,
                "timex_type": "DATE",
                "title": f"Hendelse {i}",
                "type": rng.choice(EVENT_TYPES),
                "actors": rng.sample(actors, 2),
                "place": "",
                "quote": quote,
                "quote_start": 0,
                "quote_end": len(quote),
                "timex": typed,
                "timex_start": 0,
                "timex_end": len(typed),
                "mentions": [{"doc": doc, "quote": quote, "quote_start": 0, "quote_end": len(quote),
                              "timex": typed, "timex_start": 0, "timex_end": len(typed), "sentence": 0}],
                "n_mentions": 1,
                "sentence": 0,
            }
        )  # fmt: skip
    return coerce(pd.DataFrame(rows, columns=column_names()))


def png_times(fig: Any, repeats: int = 3) -> tuple[float, float, int]:
    """(first render, median warm render, bytes) with the kaleido server running."""
    from timeline import render

    t0 = time.perf_counter()
    first = render.to_png(fig)
    cold = time.perf_counter() - t0
    warm = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        render.to_png(fig)
        warm.append(time.perf_counter() - t0)
    return cold, statistics.median(warm), len(first)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="startups per app (median reported)")
    parser.add_argument("--events", type=int, default=10_000, help="size of the synthetic timeline")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    import timeline
    from timeline import export, figure, render

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        minimal = tmpdir / "minimal_app.py"
        minimal.write_text(MINIMAL_APP)
        t0 = time.perf_counter()
        big = synthetic_frame(args.events)
        events_file = tmpdir / "events.json"
        events_file.write_bytes(export.to_json(big))
        made = time.perf_counter() - t0
        synthetic = tmpdir / "synthetic_app.py"
        synthetic.write_text(SYNTHETIC_APP.format(events=str(events_file), app=str(APP)))

        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            time_to_plot(browser, minimal)  # warm the OS file cache for both
            time_to_plot(browser, APP)
            mins, apps = [], []
            for _ in range(args.runs):  # interleaved, so drift hits both alike
                mins.append(time_to_plot(browser, minimal))
                apps.append(time_to_plot(browser, APP))
            bigs = [time_to_plot(browser, synthetic) for _ in range(max(1, args.runs - 1))]
            browser.close()

    m, a, b = statistics.median(mins), statistics.median(apps), statistics.median(bigs)
    print(f"process start -> plot visible in Chromium (median of {args.runs})")
    print(f"  minimal Streamlit+Plotly app : {m:6.2f} s   {', '.join(f'{x:.2f}' for x in mins)}")
    print(f"  Tidslinje on the seed article: {a:6.2f} s   {', '.join(f'{x:.2f}' for x in apps)}")
    print(f"  ratio                        : {a / m:6.2f}x  (aim: <= 1.3x)")
    print(
        f"  Tidslinje, {args.events:,} events   : {b:6.2f} s   {', '.join(f'{x:.2f}' for x in bigs)}"
        f"  (synthetic frame made in {made:.1f} s, not counted)"
    )

    ok, message = render.png_available()
    if not ok:
        print(f"PNG export: not available here: {message}")
        return
    render.start_png_server()
    seed = timeline.extract_document(timeline.read_document(SEED))
    t0 = time.perf_counter()
    big_fig = figure.build_figure(big, title="Synthetic")
    build = time.perf_counter() - t0
    for label, fig in (
        ("seed article", figure.build_figure(seed, title="Seed")),
        (f"{args.events:,} events", big_fig),
    ):
        cold, warm, size = png_times(fig)
        print(
            f"PNG export, {label:>14}: first {cold:5.2f} s, warm {warm:5.2f} s (median of 3), {size / 1000:.0f} kB"
        )
    print(f"build_figure, {args.events:,} events: {build:.2f} s")
    render.stop_png_server()


if __name__ == "__main__":
    main()
