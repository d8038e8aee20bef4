#!/usr/bin/env python3
"""How long the app spends replaying the curation log on each rerun. A script, not a test.

    python benchmarks/bench_oplog.py [--edits 1000] [--repeat 3]

The app keeps every change a person makes as an operation and rebuilds the curated
timeline with ``curate.apply_ops(extracted, ops)`` on every interaction, so undo and
re-extraction stay exact. This prints, for a few timeline sizes, the seconds one replay
of ``--edits`` changes takes, beside the reference in the same process: the same log
applied one change at a time (each change on the previous result, one frame per
change), which is how the replay cost grew before it was made cheap. Both give the same
frame; the script checks that too.

Logs: title edits only, and a mix of title, date, actor and type edits with some
deletes, merges and events added by hand, every change built against the curated frame
of the moment, as the app builds it.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from bench_app import synthetic_frame  # noqa: E402

from timeline import curate, extract_document, read_document  # noqa: E402

SEED = ROOT / "data" / "000_192722d517445595.txt"
DATES = ["2003", "april 2009", "ca. 1905", "25. april 2019", "1990s", "2003–2009"]


def title_log(frame: pd.DataFrame, n: int, rng: random.Random) -> list[dict[str, Any]]:
    ids = list(frame["event_id"])
    return [curate.make_edit_op(frame, rng.choice(ids), {"title": f"Tittel {i}"}) for i in range(n)]


def mixed_log(frame: pd.DataFrame, n: int, rng: random.Random) -> list[dict[str, Any]]:
    ops: list[dict[str, Any]] = []
    current = frame
    for i in range(n):
        ids = list(current["event_id"])
        pick = rng.random()
        if pick < 0.85 or len(ids) < 10:
            changes = rng.choice([{"title": f"Tittel {i}"}, {"date": rng.choice(DATES)},
                                  {"actors": "USA, Kina"}, {"type": "meeting"}])
            op = curate.make_edit_op(current, rng.choice(ids), changes)
        elif pick < 0.9:
            op = curate.make_delete_op(current, [rng.choice(ids)])
        elif pick < 0.95:
            keep, other = rng.sample(ids, 2)
            op = curate.make_merge_op(current, keep, other)
        else:
            op = curate.make_add_op(ids, title=f"Lagt til {i}", date=rng.choice(DATES), type="visit")
        ops.append(op)
        if op["op"] != "edit":  # later changes are made against the frame as it is then
            current, _ = curate.apply_ops(frame, ops)
    return ops


def one_at_a_time(frame: pd.DataFrame, ops: list[dict[str, Any]]) -> pd.DataFrame:
    for op in ops:
        frame, _ = curate.apply_ops(frame, [op])
    return frame


def best(work: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - t)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=1000, help="changes in the log")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()

    rng = random.Random(11)
    seed = extract_document(read_document(SEED))
    frames = {"seed article": seed, "1,000 events": synthetic_frame(1000),
              "10,000 events": synthetic_frame(10_000)}
    print(f"{'timeline':<14} {'log':<26} {'replay':>9} {'one at a time':>14} {'ratio':>7}")
    for label, frame in frames.items():
        logs = {f"{args.edits:,} title edits": title_log(frame, args.edits, rng),
                f"{args.edits:,} mixed changes": mixed_log(frame, args.edits, rng),
                "1 title edit": title_log(frame, 1, rng)}
        for name, ops in logs.items():
            curate.apply_ops(frame, ops)  # warm the typed-date cache, as the app's reruns do
            fast, out = best(lambda f=frame, o=ops: curate.apply_ops(f, o)[0], args.repeat)
            repeat = 1 if len(ops) > 1 and len(frame) > 1000 else args.repeat
            slow, ref = best(lambda f=frame, o=ops: one_at_a_time(f, o), repeat)
            pd.testing.assert_frame_equal(out, ref.reset_index(drop=True), check_exact=True)
            print(f"{label:<14} {name:<26} {fast:>8.3f}s {slow:>13.3f}s {slow / fast:>6.0f}×")
    print(f"(best of {args.repeat} runs; 'one at a time' of a long log on a large timeline: one run)")


if __name__ == "__main__":
    main()
