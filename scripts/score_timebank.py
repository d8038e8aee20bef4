#!/usr/bin/env python3
"""Score ``timeline.timexes`` on TimeBank + AQUAINT, TempEval-3 style.

    python scripts/score_timebank.py                    # TimeBank, AQUAINT and both
    python scripts/score_timebank.py --errors 30        # + what to fix, most frequent first
    python scripts/score_timebank.py path/to/dir --limit 20
    python scripts/score_timebank.py --baseline         # a 4-digit-year regex, to check the scorer

The data are looked for in ``../shared/data/timebank`` beside the repository (the repo
is ``<X>/main``, the data ``<X>/shared``), or in ``--data DIR``. Spans are character
offsets into the raw text of ``<TEXT>`` (see ``timeline/timeml.py``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "timebank"
DEFAULT_SETS = ("TimeBank", "AQUAINT")

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline.timeml import (  # noqa: E402
    DocResult,
    Evaluation,
    Scores,
    TimeMLDoc,
    evaluate_detailed,
    iter_timeml_paths,
    normalise_value,
    read_timeml,
)

Tagger = Callable[[str, str], Sequence[Any]]


def fail(msg: str) -> None:
    print(f"score_timebank: {msg}", file=sys.stderr)
    raise SystemExit(2)


def load_tagger() -> Tagger:
    """``timeline.timexes(text, lang="en", dct=dct)``, or a clear exit if it is not there."""
    try:
        import timeline
    except Exception as exc:  # the engine may be half-written
        fail(f"cannot import the timeline package from {REPO}: {exc!r}")
    fn = getattr(timeline, "timexes", None)
    if fn is None:
        fail(
            "timeline.timexes does not exist (yet): the engine must provide "
            "timexes(text, lang='en', dct='YYYY-MM-DD') -> list of "
            "{start, end, text, type, value}. "
            "Run with --baseline to check the scorer with a 4-digit-year regex."
        )

    def tagger(text: str, dct: str) -> Sequence[Any]:
        return fn(text, lang="en", dct=dct)

    return tagger


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def baseline_tagger(text: str, dct: str) -> list[dict[str, Any]]:
    """A deliberately trivial tagger: every 4-digit year is a DATE with itself as value."""
    return [
        {"start": m.start(), "end": m.end(), "text": m.group(), "type": "DATE", "value": m.group()}
        for m in _YEAR.finditer(text)
    ]


# --------------------------------------------------------------------------- error listing


def context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]

    def flat(s: str) -> str:
        return re.sub(r"\s+", " ", s)

    return f"…{flat(left)}[[{flat(text[start:end])}]]{flat(right)}…"


def key_text(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip().lower())


def shape(s: str) -> str:
    """'March 3, 1998' -> 'march 0, 0000': groups misses that one rule would catch."""
    return re.sub(r"\d", "0", key_text(s))


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def print_groups(
    title: str,
    items: list[tuple[str, str]],  # (group key, one line describing the instance)
    k: int,
    total: int,
    examples: int = 2,
) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for key, line in items:
        groups[key].append(line)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    print(f"\n== {title}: {len(items)} in {len(groups)} groups (of {total}); top {k}")
    for key, lines in ordered[:k]:
        print(f"{len(lines):5d}  {key!r}")
        for line in lines[:examples]:
            print(f"         {line}")


def report_errors(ev: Evaluation, k: int) -> None:
    missed: list[tuple[str, str]] = []
    missed_shapes: list[tuple[str, str]] = []
    spurious: list[tuple[str, str]] = []
    values: list[tuple[str, str]] = []
    types: list[tuple[str, str]] = []
    extents: list[tuple[str, str]] = []
    n_gold = n_sys = n_rel = 0
    for d in ev.documents:
        doc: TimeMLDoc = d.doc
        text = doc.text
        n_gold += len(doc.gold)
        n_sys += len(d.system)
        n_rel += len(d.alignment.matches)
        for i in d.alignment.missed:
            g = doc.gold[i]
            line = (
                f"{g.type} {g.value}  {doc.name} (dct {doc.dct}): {context(text, g.start, g.end)}"
            )
            missed.append((key_text(g.text), line))
            if re.search(r"\d", g.text):
                missed_shapes.append((shape(g.text), f"{g.text!r} {g.type} {g.value}"))
        for j in d.alignment.spurious:
            s = d.system[j]
            line = f"ours {s.type} {s.value}  {doc.name}: {context(text, s.start, s.end)}"
            spurious.append((key_text(text[s.start : s.end]), line))
        for i, j in d.alignment.matches:
            g, s = doc.gold[i], d.system[j]
            ours = text[s.start : s.end]
            if normalise_value(g.value) != normalise_value(s.value):
                line = (
                    f"gold {g.value!r:14} ours {s.value!r:14} dct {doc.dct}  "
                    f"{doc.name}: {context(text, g.start, g.end)}"
                    + (f"  (ours spans {ours!r})" if (g.start, g.end) != (s.start, s.end) else "")
                )
                values.append((key_text(g.text), line))
            if normalise_value(g.type) != normalise_value(s.type):
                line = f"gold {g.type} ours {s.type} ({g.value} / {s.value})  {doc.name}"
                types.append((f"{key_text(g.text)}  [{g.type}->{s.type}]", line))
            if (g.start, g.end) != (s.start, s.end):
                extents.append(
                    (
                        f"gold {key_text(g.text)!r} / ours {key_text(ours)!r}",
                        f"{doc.name}: {context(text, g.start, g.end)}",
                    )
                )
    print_groups("MISSED gold timexes (by lowercased text)", missed, k, n_gold)
    print_groups(
        "MISSED gold timexes with digits (by shape, digits as 0)",
        missed_shapes,
        k,
        n_gold,
        examples=3,
    )
    print_groups("SPURIOUS system timexes (by lowercased text)", spurious, k, n_sys)
    print_groups("VALUE mismatches (by gold text)", values, k, n_rel)
    print_groups("TYPE mismatches", types, k, n_rel, examples=1)
    print_groups("EXTENT differences (relaxed but not strict)", extents, k, n_rel, examples=1)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        help="TimeML directories or .tml files (default: TimeBank and AQUAINT under --data)",
    )
    ap.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help=f"folder holding TimeBank/ and AQUAINT/ (default: {DEFAULT_DATA})",
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents of each set")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        metavar="K",
        help="print the K most frequent groups of misses, spurious, value errors …",
    )
    ap.add_argument(
        "--baseline",
        action="store_true",
        help="score a 4-digit-year regex instead of timeline.timexes",
    )
    ap.add_argument("--per-doc", action="store_true", help="also print one line per document")
    ap.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    args = ap.parse_args(argv)

    if args.dirs:
        sets = [(p.name or str(p), p) for p in args.dirs]
    else:
        if not args.data.is_dir():
            fail(f"no data directory {args.data} (give --data DIR or TimeML directories)")
        sets = [(name, args.data / name) for name in DEFAULT_SETS]
    for _, p in sets:
        if not p.exists():
            fail(f"no such file or directory: {p}")

    tagger = baseline_tagger if args.baseline else load_tagger()
    print(f"tagger: {'baseline 4-digit years' if args.baseline else 'timeline.timexes(lang=en)'}")

    all_docs: list[DocResult] = []
    results: dict[str, Scores] = {}
    for name, path in sets:
        paths = iter_timeml_paths([path])
        if args.limit:
            paths = paths[: args.limit]
        docs = [read_timeml(p) for p in paths]
        words = sum(len(d.text.split()) for d in docs)
        t0 = time.perf_counter()
        try:
            ev = evaluate_detailed(docs, tagger)
        except RuntimeError as exc:
            fail(str(exc))
        secs = time.perf_counter() - t0
        results[name] = ev.scores
        all_docs.extend(ev.documents)
        print()
        print(ev.scores.format(name))
        print(
            f"tagging: {secs:.2f} s for {words:,} words ({words / secs if secs else 0:,.0f} words/s)"
        )
        if ev.offset_errors:
            print(f"!! {len(ev.offset_errors)} system spans whose text is not raw[start:end]:")
            for e in ev.offset_errors[:10]:
                print(f"   {e}")
        if args.per_doc:
            for dname, s in ev.scores.per_document.items():
                print(
                    f"   {dname:32} gold {s.n_gold:3} sys {s.n_system:3} "
                    f"relaxed F1 {100 * s.relaxed_f1:6.2f} value F1 {100 * s.value_f1:6.2f}"
                )

    combined = Evaluation(all_docs, sum((r.scores for r in all_docs), Scores()))
    if len(sets) > 1:
        label = "both" if [n for n, _ in sets] == list(DEFAULT_SETS) else "all"
        results[label] = combined.scores
        print()
        print(combined.scores.format(label))

    if args.errors:
        report_errors(combined, args.errors)

    if args.json:
        args.json.write_text(
            json.dumps({k: v.to_dict() for k, v in results.items()}, indent=2) + "\n",
            encoding="utf-8",
        )
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
