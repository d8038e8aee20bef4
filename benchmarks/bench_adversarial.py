#!/usr/bin/env python3
"""Linear-time guard: seconds per MB of ``timeline.extract`` on realistic text and on
the hostile shapes that once made it quadratic (one endless sentence of dates, a date
followed by one endless word, ...).

    python benchmarks/bench_adversarial.py              # 100 KB, 1 MB and 4 MB
    python benchmarks/bench_adversarial.py --quick      # 100 KB, 400 KB and 1 MB
    python benchmarks/bench_adversarial.py --sizes 0.1 2 --shapes mai fra-til

Every shape is run in this one process, beside realistic text of the same language and
size, and timed in CPU seconds (``time.process_time``), so a busy machine slows both
sides alike. Two ratios are printed for each shape:

- ``vs real``: its cost per MB over the realistic text's at the same size (aim: <= 3);
- ``growth``: its cost per MB at the largest size over the smallest (aim: <= 1.3).

This is a benchmark, not a test: the figures go in the README and the closing note.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_extract import (  # noqa: E402
    DEFAULT_SEEDS,
    DEFAULT_TIMEBANK,
    MB,
    build_text,
    english_pool,
    norwegian_pool,
)


def repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit.encode("utf-8")))


def after(head: str, filler: str) -> Callable[[int], str]:
    return lambda size: head + filler * max(1, (size - len(head)) // len(filler))


# (name, language, text of about ``size`` bytes). Each one stood for a real failure:
# rescanning a sentence per date, a regex that backtracks, a growing lookup.
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "mai": ("nb", repeat("mai ")),
    "fra-til": ("nb", repeat("fra 2003 til ")),
    "date-then-word": ("nb", after("Putin møtte Kim i 2019 ", "a")),
    "date-list": ("nb", repeat("møttes 3. mai 2003, ")),
    "mai-and-word": ("nb", repeat("mai hei ")),
    "actors": ("nb", repeat("Russland, Kina, Japan og USA møttes i mai, ")),
    "named-events": ("nb", repeat("Samtalene har stått stille siden toppmøtet i Hanoi. "
                                  "Toppmøtet i Hanoi var i februar 2019. ")),
    "processes": ("nb", repeat("Forhandlingene startet i 2003 og brøt sammen i 2009. ")),
    "one-word": ("nb", repeat("a")),
    "dots": ("nb", repeat(".")),
    "line-breaks": ("nb", repeat("Friday\nDec 5\n")),
    "may": ("en", repeat("May ")),
    "from-to": ("en", repeat("from 2003 to ")),
    "date-then-word-en": ("en", after("Putin met Kim in 2019 ", "a")),
    "summits-en": ("en", repeat("Trump and Kim met at the summit in Hanoi in February 2019. ")),
}


@dataclass
class Row:
    shape: str
    lang: str
    size_mb: float
    cpu_s_per_mb: float
    vs_real: float
    events: int


def cpu_seconds(text: str, lang: str, dct: str) -> tuple[float, int]:
    import timeline

    gc.collect()
    t0 = time.process_time()
    frame = timeline.extract(text, lang=lang, dct=dct)
    return time.process_time() - t0, len(frame)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="100 KB, 400 KB and 1 MB")
    ap.add_argument("--sizes", type=float, nargs="+", help="sizes in MB (default 0.1 1 4)")
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), help="only these shapes")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args(argv)
    sizes = args.sizes or ([0.1, 0.4, 1.0] if args.quick else [0.1, 1.0, 4.0])
    shapes = {k: v for k, v in SHAPES.items() if not args.shapes or k in args.shapes}

    import timeline

    rng = random.Random(7)
    pools = {"nb": norwegian_pool(DEFAULT_SEEDS), "en": english_pool(DEFAULT_TIMEBANK)}
    timeline.extract("Møtet var 3. mai 2019.", lang="nb", dct="2019-04")  # warm up both
    timeline.extract("They met on May 3, 2019.", lang="en", dct="2019-04")

    rows: list[Row] = []
    real: dict[tuple[str, float], float] = {}
    for size in sizes:
        n = int(size * MB)
        for lang, pool in pools.items():
            seconds, events = cpu_seconds(build_text(pool, n, rng), lang, pool.dct)
            real[(lang, size)] = seconds / size
            rows.append(Row(f"realistic-{lang}", lang, size, seconds / size, 1.0, events))
        for name, (lang, make) in shapes.items():
            text = make(n)
            seconds, events = cpu_seconds(text, lang, pools[lang].dct)
            per_mb = seconds / (len(text.encode("utf-8")) / MB)
            rows.append(Row(name, lang, size, per_mb, per_mb / real[(lang, size)], events))
        print(f"... {size} MB done", file=sys.stderr, flush=True)

    if args.json:
        print(json.dumps([asdict(r) for r in rows], indent=1))
        return 0
    names = list(dict.fromkeys(r.shape for r in rows))
    head = " | ".join(f"{s:g} MB s/MB (vs real)" for s in sizes)
    print(f"| shape | lang | {head} | growth {sizes[-1]:g}/{sizes[0]:g} MB |")
    print("|" + " --- |" * (len(sizes) + 3))
    worst_ratio = worst_growth = 0.0
    for name in names:
        mine = {r.size_mb: r for r in rows if r.shape == name}
        cells = " | ".join(f"{mine[s].cpu_s_per_mb:.2f} ({mine[s].vs_real:.1f}×)" for s in sizes)
        growth = mine[sizes[-1]].cpu_s_per_mb / mine[sizes[0]].cpu_s_per_mb
        worst_growth = max(worst_growth, growth)
        worst_ratio = max(worst_ratio, *(mine[s].vs_real for s in sizes))
        print(f"| {name} | {mine[sizes[0]].lang} | {cells} | {growth:.2f} |")
    print(f"\nworst cost against realistic text: {worst_ratio:.1f}× (aim <= 3); "
          f"worst growth: {worst_growth:.2f} (aim <= 1.3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
