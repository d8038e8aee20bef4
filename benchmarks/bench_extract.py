#!/usr/bin/env python3
"""How fast is extraction, does it grow linearly, how much memory, and how does it
compare with ``dateparser.search.search_dates``?

    python benchmarks/bench_extract.py            # 0.25, 0.5, 1, 2 MB per language
    python benchmarks/bench_extract.py --quick    # 0.125, 0.25, 0.5 MB, smaller dateparser slice
    python benchmarks/bench_extract.py --json     # the figures as JSON on stdout

Texts are built by shuffling real paragraphs: the Norwegian seed article bodies in
``data/*.txt`` (first line = metadata, skipped) and the English paragraphs of the
TimeBank/AQUAINT raw texts (``../shared/data/timebank``). Everything runs in this one
process and thread, timed with ``time.perf_counter`` (best of ``--repeat`` runs; the
CPU time of that run is shown beside it, so a busy machine shows up as cpu < wall).
``--pin`` keeps the process on one CPU.
A "MB" is 10^6 bytes of UTF-8 text; texts end on a paragraph boundary.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SEEDS = REPO / "data"
DEFAULT_TIMEBANK = REPO.parent / "shared" / "data" / "timebank"
MB = 1_000_000

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def fail(msg: str) -> None:
    print(f"bench_extract: {msg}", file=sys.stderr)
    raise SystemExit(2)


# --------------------------------------------------------------------------- corpus


@dataclass
class Pool:
    lang: str
    dct: str
    paragraphs: list[str]
    source: str


_PARA_SPLIT = re.compile(r"\n\s*\n")
_META_DATE = re.compile(r"\bdate\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)")


def norwegian_pool(seed_dir: Path) -> Pool:
    files = sorted(seed_dir.glob("*.txt"))
    if not files:
        fail(f"no Norwegian seed articles in {seed_dir}/*.txt")
    paras: list[str] = []
    dates: list[str] = []
    for f in files:
        first, _, body = f.read_text(encoding="utf-8").partition("\n")
        m = _META_DATE.search(first)
        if m:
            dates.append(m.group(1))
        paras.extend(p.strip() for p in _PARA_SPLIT.split(body) if p.strip())
    dct = dates[0] if dates else "2019-04-25"
    return Pool("nb", dct, paras, f"{len(files)} seed article(s) in {seed_dir}")


def english_pool(timebank: Path) -> Pool:
    from timeline.timeml import iter_timeml_paths, read_timeml

    dirs = [timebank / "TimeBank", timebank / "AQUAINT"]
    if not all(d.is_dir() for d in dirs):
        fail(f"no TimeBank/AQUAINT data in {timebank} (give --timebank DIR)")
    docs = [read_timeml(p) for p in iter_timeml_paths(dirs)]
    paras: list[str] = []
    for d in docs:
        paras.extend(p.strip() for p in _PARA_SPLIT.split(d.text) if len(p.split()) >= 5)
    dcts = sorted(d.dct for d in docs if d.dct)
    dct = max(set(dcts), key=dcts.count) if dcts else "1998-02-13"  # the most common DCT
    return Pool("en", dct, paras, f"{len(docs)} TimeBank/AQUAINT documents")


def build_text(pool: Pool, size: int, rng: random.Random) -> str:
    """Shuffled paragraphs (reshuffled each round) until ``size`` bytes of UTF-8."""
    out: list[str] = []
    n = 0
    while n < size:
        batch = pool.paragraphs[:]
        rng.shuffle(batch)
        for p in batch:
            out.append(p)
            n += len(p.encode("utf-8")) + 2
            if n >= size:
                break
    return "\n\n".join(out) + "\n"


def prefix(text: str, size: int) -> str:
    """The longest run of whole paragraphs of ``text`` reaching ``size`` bytes."""
    data = text.encode("utf-8")
    if len(data) <= size:
        return text
    cut = data.find(b"\n\n", size)
    return data[: cut if cut >= 0 else len(data)].decode("utf-8") + "\n"


def nbytes(text: str) -> int:
    return len(text.encode("utf-8"))


def nwords(text: str) -> int:
    return len(text.split())


# --------------------------------------------------------------------------- measuring


@dataclass
class Run:
    lang: str
    func: str
    mb: float
    words: int
    seconds: float  # wall clock, perf_counter
    cpu_seconds: float  # process_time of the same run
    found: int | None

    @property
    def s_per_mb(self) -> float:
        return self.seconds / self.mb if self.mb else 0.0

    @property
    def cpu_s_per_mb(self) -> float:
        return self.cpu_seconds / self.mb if self.mb else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def busy(self) -> bool:
        """The machine was busy: this process got well under one core while it ran."""
        return self.cpu_seconds < 0.85 * self.seconds


def count(result: Any) -> int | None:
    try:
        return len(result)
    except TypeError:
        return None


def timed(fn: Callable[[], Any], repeat: int = 1) -> tuple[float, float, Any]:
    """Best wall time of ``repeat`` runs, the CPU time of that run, and its result."""
    best: tuple[float, float, Any] | None = None
    for _ in range(max(1, repeat)):
        gc.collect()
        c0, t0 = time.process_time(), time.perf_counter()
        result = fn()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        if best is None or wall < best[0]:
            best = (wall, cpu, result)
    assert best is not None
    return best


def peak_memory(fn: Callable[[], Any]) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def to_datetime(dct: str) -> datetime:
    parts = [int(x) for x in dct.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2])


def pin_one_core(cpu: int | None) -> str:
    if cpu is None:
        return "not pinned"
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity)"
    try:
        os.sched_setaffinity(0, {cpu})
    except OSError as exc:
        return f"not pinned ({exc})"
    return f"pinned to CPU {cpu}"


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--quick", action="store_true", help="smaller sizes (0.125-0.5 MB)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON on stdout")
    ap.add_argument("--sizes", type=float, nargs="+", metavar="MB", help="text sizes in MB")
    ap.add_argument("--langs", nargs="+", default=["nb", "en"], choices=["nb", "en"])
    ap.add_argument("--dateparser-kb", type=float, default=None, help="slice for dateparser (KB)")
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS, help="Norwegian *.txt folder")
    ap.add_argument("--timebank", type=Path, default=DEFAULT_TIMEBANK, help="TimeBank data")
    ap.add_argument("--seed", type=int, default=1, help="shuffle seed")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; best is kept")
    ap.add_argument("--pin", type=int, metavar="CPU", help="keep the process on this CPU")
    args = ap.parse_args(argv)

    sizes = args.sizes or ([0.125, 0.25, 0.5] if args.quick else [0.25, 0.5, 1.0, 2.0])
    sizes = sorted(sizes)
    mem_size = min(sizes, key=lambda s: abs(s - 1.0))  # peak memory at (about) 1 MB
    dp_kb = args.dateparser_kb or (20.0 if args.quick else 50.0)

    try:
        import timeline
    except Exception as exc:
        fail(f"cannot import the timeline package from {REPO}: {exc!r}")
    funcs: dict[str, Callable[..., Any]] = {}
    for name in ("extract", "timexes"):
        fn = getattr(timeline, name, None)
        if fn is None:
            fail(
                f"timeline.{name} does not exist (yet); the engine must provide "
                f"{name}(text, lang=..., dct=...)"
            )
        funcs[name] = fn
    try:
        from dateparser.search import search_dates
    except ImportError as exc:
        fail(f"dateparser is not installed: {exc}")

    pinned = pin_one_core(args.pin)
    rng = random.Random(args.seed)
    pools = {}
    for lang in args.langs:
        pools[lang] = norwegian_pool(args.seeds) if lang == "nb" else english_pool(args.timebank)
    texts = {lang: build_text(pool, int(max(sizes) * MB), rng) for lang, pool in pools.items()}

    runs: list[Run] = []
    warmup: dict[str, float] = {}
    memory: dict[str, dict[str, float]] = {}
    versus: dict[str, dict[str, float]] = {}

    # first calls, for every language before any measurement: imports, regex
    # compilation, lazy tables
    for lang, pool in pools.items():
        small = prefix(texts[lang], 5_000)
        for name, fn in funcs.items():
            secs, _, _ = timed(partial(fn, small, lang=lang, dct=pool.dct))
            warmup[f"{lang}.{name}"] = secs

    for lang, pool in pools.items():
        full = texts[lang]
        kw = {"lang": lang, "dct": pool.dct}
        for name, fn in funcs.items():
            for size in sizes:
                text = prefix(full, int(size * MB))
                log(f"  {lang} {name} {nbytes(text) / MB:.2f} MB …")
                secs, cpu, result = timed(partial(fn, text, **kw), args.repeat)
                runs.append(
                    Run(lang, name, nbytes(text) / MB, nwords(text), secs, cpu, count(result))
                )
            text = prefix(full, int(mem_size * MB))
            log(f"  {lang} {name} peak memory at {nbytes(text) / MB:.2f} MB …")
            peak = peak_memory(partial(fn, text, **kw))
            memory[f"{lang}.{name}"] = {
                "text_mb": nbytes(text) / MB,
                "peak_mib": peak / 2**20,
                "peak_per_text_byte": peak / nbytes(text),
            }
        # dateparser beside ours, on the very same slice
        text = prefix(full, int(dp_kb * 1000))
        words = nwords(text)
        settings = {"RELATIVE_BASE": to_datetime(pool.dct)}
        log(f"  {lang} dateparser on {nbytes(text) / 1000:.0f} KB …")
        dp_secs, _, dp_found = timed(
            partial(search_dates, text, languages=[lang], settings=settings), args.repeat
        )
        entry: dict[str, float] = {
            "kb": nbytes(text) / 1000,
            "words": words,
            "dateparser_seconds": dp_secs,
            "dateparser_words_per_s": words / dp_secs if dp_secs else 0.0,
            "dateparser_found": len(dp_found or []),
        }
        for name, fn in funcs.items():
            secs, _, result = timed(partial(fn, text, **kw), args.repeat)
            entry[f"{name}_seconds"] = secs
            entry[f"{name}_words_per_s"] = words / secs if secs else 0.0
            entry[f"{name}_found"] = count(result) or 0
            entry[f"{name}_vs_dateparser"] = dp_secs / secs if secs else 0.0
        versus[lang] = entry

    linearity: dict[str, dict[str, float]] = {}
    for lang in pools:
        for name in funcs:
            rs = [r for r in runs if r.lang == lang and r.func == name]
            if rs and rs[0].s_per_mb and rs[0].cpu_s_per_mb:
                linearity[f"{lang}.{name}"] = {
                    "wall": rs[-1].s_per_mb / rs[0].s_per_mb,
                    "cpu": rs[-1].cpu_s_per_mb / rs[0].cpu_s_per_mb,
                }

    env = {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpu": pinned,
        "repeat": args.repeat,
        "sizes_mb": sizes,
        "pools": {
            lang: {"dct": p.dct, "paragraphs": len(p.paragraphs), "source": p.source}
            for lang, p in pools.items()
        },
    }

    if args.json:
        out = {
            "environment": env,
            "warmup_seconds": warmup,
            "runs": [
                asdict(r)
                | {
                    "s_per_mb": r.s_per_mb,
                    "cpu_s_per_mb": r.cpu_s_per_mb,
                    "words_per_s": r.words_per_s,
                    "busy": r.busy,
                }
                for r in runs
            ],
            "linearity_largest_over_smallest_s_per_mb": linearity,
            "peak_memory": memory,
            "dateparser": versus,
        }
        print(json.dumps(out, indent=2))
        return 0

    print(
        f"Python {env['python']} on {env['machine']}, one process, {pinned}, "
        f"best of {args.repeat}; MB = 10^6 bytes UTF-8"
    )
    for lang, p in pools.items():
        print(f"  {lang}: {len(p.paragraphs)} distinct paragraphs from {p.source}; dct {p.dct}")
    print(
        "\nfirst call on 5 KB (warm-up): " + ", ".join(f"{k} {v:.3f} s" for k, v in warmup.items())
    )
    print(
        f"\n{'lang':4} {'function':8} {'MB':>6} {'words':>9} {'seconds':>9} {'s/MB':>8} "
        f"{'words/s':>10} {'cpu s':>8} {'cpu s/MB':>8} {'found':>7}"
    )
    for r in runs:
        found = "" if r.found is None else f"{r.found:,}"
        print(
            f"{r.lang:4} {r.func:8} {r.mb:6.3f} {r.words:9,} {r.seconds:9.3f} {r.s_per_mb:8.3f} "
            f"{r.words_per_s:10,.0f} {r.cpu_seconds:8.3f} {r.cpu_s_per_mb:8.3f} {found:>7}"
            + ("  busy" if r.busy else "")
        )
    if any(r.busy for r in runs):
        print("  busy = the process got < 85% of a core (other load): trust the cpu columns")
    print("\nlinearity: s/MB at the largest size / s/MB at the smallest (1.00 = linear)")
    print(f"  {'':12} {'wall':>5} {'cpu':>5}")
    for k, v in linearity.items():
        print(f"  {k:12} {v['wall']:5.2f} {v['cpu']:5.2f}")
    print("\npeak memory (tracemalloc)")
    for k, m in memory.items():
        print(
            f"  {k:12} {m['peak_mib']:8.1f} MiB for {m['text_mb']:.2f} MB of text "
            f"({m['peak_per_text_byte']:.1f} bytes per text byte)"
        )
    print("\ndateparser.search.search_dates beside ours, on the same slice")
    print(
        f"  {'lang':4} {'KB':>5} {'words':>7} {'dateparser w/s':>15} {'found':>6} "
        f"{'timexes w/s':>12} {'found':>6} {'x':>7} {'extract w/s':>12} {'x':>7}"
    )
    for lang, e in versus.items():
        print(
            f"  {lang:4} {e['kb']:5.0f} {e['words']:7,} {e['dateparser_words_per_s']:15,.0f} "
            f"{e['dateparser_found']:6} {e['timexes_words_per_s']:12,.0f} {e['timexes_found']:6} "
            f"{e['timexes_vs_dateparser']:6.1f}x {e['extract_words_per_s']:12,.0f} "
            f"{e['extract_vs_dateparser']:6.1f}x"
        )
    print("  (x = ours words/s / dateparser words/s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
