#!/usr/bin/env python3
"""Fuzz the engine: random short texts through ``timeline.tag`` and ``timeline.extract``,
checking the invariants of ``tests/invariants.py`` on every call.

    python scripts/fuzz.py                            # 10,000 tag and 1,000 extract calls
    python scripts/fuzz.py --tag 1000000 --extract 100000 --seed 7

Texts are built from each language's own word lists (months, weekdays, units, numbers,
connectors ...), numbers, punctuation, line breaks and odd Unicode; the document date is
absent or known to the year, month or day (BC and far-future years included). Prints the
counts, the run time and every failure (text, language, document date, problem); exits 1
when there is any failure.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.invariants import (  # noqa: E402 - after the path set-up
    check_frame,
    check_tagged,
    random_docdate,
    random_text,
    vocabulary,
)

LANGS = ("nb", "en")


def run(kind: str, calls: int, rnd: random.Random, max_tokens: int, failures: list[str],
        report_every: int) -> None:
    check = check_tagged if kind == "tag" else check_frame
    started = time.perf_counter()
    for i in range(1, calls + 1):
        code = rnd.choice(LANGS)
        text = random_text(rnd, vocabulary(code), max_tokens)
        dct = random_docdate(rnd)
        problems = check(text, code, dct)
        if problems:
            failures.append(f"{kind} {code} dct={dct!s} text={text!r}: {'; '.join(problems)}")
            print(failures[-1], flush=True)
        if report_every and i % report_every == 0:
            print(f"  {kind}: {i:,} calls, {len(failures)} failures, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tag", type=int, default=10_000, help="number of tag calls")
    p.add_argument("--extract", type=int, default=1_000, help="number of extract calls")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-tokens", type=int, default=10, help="tokens per text, at most")
    p.add_argument("--report-every", type=int, default=0, help="print progress every N calls")
    args = p.parse_args(argv)
    rnd = random.Random(args.seed)
    failures: list[str] = []
    started = time.perf_counter()
    run("tag", args.tag, rnd, args.max_tokens, failures, args.report_every)
    tag_failures = len(failures)
    tag_seconds = time.perf_counter() - started
    run("extract", args.extract, rnd, args.max_tokens, failures, args.report_every)
    seconds = time.perf_counter() - started
    print(f"seed {args.seed}: {args.tag:,} tag calls ({tag_failures} failures, "
          f"{tag_seconds:.0f} s), {args.extract:,} extract calls "
          f"({len(failures) - tag_failures} failures, {seconds - tag_seconds:.0f} s); "
          f"{len(failures)} failures in {seconds:.0f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
