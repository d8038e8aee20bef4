#!/usr/bin/env python3
"""Score ``timeline.extract_document`` on the real texts with hand-checked events.

    python scripts/score_events.py                  # every text in tests/data/real/{nb,en}
    python scripts/score_events.py --lang nb        # one language
    python scripts/score_events.py --docs           # + one line per document
    python scripts/score_events.py --dates          # + found events whose date is wrong
    python scripts/score_events.py --json           # the figures as JSON on stdout

Each ``NNN_slug.txt`` has a gold file ``NNN_slug.events.json`` beside it (the format is in
``tests/data/real/README.md``). An extracted event matches a gold event when one of its
mention quotes overlaps an occurrence of the gold evidence in the text; failing that,
when their titles share content words (at least two, and a quarter of the union).
Matching is one-to-one and greedy: overlapping pairs first, and among them the pair whose
temporal expression lies inside the evidence, then the one with a compatible date, then
the largest overlap.

Per language it prints:

- **found** (recall): gold events matched by an extracted event;
- **compatible date**: found, and the extracted ``start``–``end`` overlaps the days the
  gold value can mean;
- **exact date**: of the found, the extracted ``date`` equals the gold value;
- **precision**: extracted events matched to a gold event, one-to-one.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / "tests" / "data" / "real"
LANGS = ("nb", "en")
MODALITIES = ("actual", "planned", "possible")
GOLD_KEYS = {"title", "date", "approximate", "evidence", "modality"}

if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline.calendar import Day, days_in_month  # noqa: E402

# --------------------------------------------------------------------------- gold dates

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # WI: December Y-1 to February Y
_QUARTERS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
_HALVES = {"H1": (1, 6), "H2": (7, 12)}
_POINT = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|-(?P<part>SP|SU|FA|WI|Q[1-4]|H[12]))?")
_BC = re.compile(r"BC(?P<y>\d{4})")
_DECADE = re.compile(r"(?P<c>\d{3})")
_CENTURY = re.compile(r"(?P<c>\d{2})")


def _months(y: int, a: int, b: int) -> tuple[Day, Day]:
    return Day(y, a, 1), Day(y, b, days_in_month(y, b))


def _point_span(value: str) -> tuple[Day, Day] | None:
    """The first and last day one TIMEX3 date value can mean, or None if malformed."""
    try:
        if m := _POINT.fullmatch(value):
            y = int(m["y"])
            if m["d"]:
                day = Day(y, int(m["m"]), int(m["d"]))
                return day, day
            if m["m"]:
                return _months(y, int(m["m"]), int(m["m"]))
            part = m["part"]
            if part == "WI":
                return Day(y - 1, 12, 1), Day(y, 2, days_in_month(y, 2))
            if part:
                return _months(y, *({**_SEASONS, **_QUARTERS, **_HALVES}[part]))
            return _months(y, 1, 12)
        if m := _BC.fullmatch(value):  # BC0044 is 44 BC, astronomical year -43
            return _months(1 - int(m["y"]), 1, 12)
        if m := _DECADE.fullmatch(value):
            c = int(m["c"]) * 10
            return Day(c, 1, 1), Day(c + 9, 12, 31)
        if m := _CENTURY.fullmatch(value):
            c = int(m["c"]) * 100
            return Day(c, 1, 1), Day(c + 99, 12, 31)
    except ValueError:  # a month 13 or a 30 February
        return None
    return None


def gold_span(value: str) -> tuple[Day, Day] | None:
    """Days a gold ``date`` can mean: one value, or ``A/B`` from A's first day to B's last.
    None when the value is not of the documented form (see tests/data/real/README.md)."""
    if not isinstance(value, str):
        return None
    parts = value.split("/")
    if len(parts) > 2:
        return None
    spans = [_point_span(p) for p in parts]
    if any(s is None for s in spans):
        return None
    first, last = spans[0], spans[-1]
    assert first is not None and last is not None
    if last[1] < first[0]:
        return None
    return first[0], last[1]


def _parse_day(text: Any) -> Day | None:
    try:
        return Day.parse_iso(str(text))
    except (ValueError, TypeError):
        return None


# --------------------------------------------------------------------------- gold files


@dataclass
class GoldEvent:
    title: str
    date: str
    approximate: bool
    evidence: str
    modality: str
    spans: list[tuple[int, int]] = field(default_factory=list)  # evidence in the text


@dataclass
class GoldDoc:
    path: Path
    lang: str
    events: list[GoldEvent]


def gold_path(text_path: Path) -> Path:
    return text_path.with_name(text_path.stem + ".events.json")


def text_paths(root: Path, langs: Iterable[str] = LANGS) -> list[Path]:
    return [p for lang in langs for p in sorted((root / lang).glob("*.txt"))]


def gold_problems(text: str, raw: Any) -> list[str]:
    """What is wrong with a gold file's content against its text; [] when it is sound."""
    if not isinstance(raw, list) or not raw:
        return ["the gold file must hold a non-empty JSON list of events"]
    problems: list[str] = []
    for i, e in enumerate(raw):
        where = f"event {i}"
        if not isinstance(e, dict) or set(e) != GOLD_KEYS:
            keys = sorted(e) if isinstance(e, dict) else type(e).__name__
            problems.append(f"{where}: keys must be {sorted(GOLD_KEYS)}, not {keys}")
            continue
        if not isinstance(e["title"], str) or not e["title"].strip():
            problems.append(f"{where}: empty title")
        if gold_span(e["date"]) is None:
            problems.append(f"{where}: date {e['date']!r} is not a TIMEX3 value of the "
                            "documented form")
        if not isinstance(e["approximate"], bool):
            problems.append(f"{where}: approximate must be true or false")
        if e["modality"] not in MODALITIES:
            problems.append(f"{where}: modality {e['modality']!r} not one of {MODALITIES}")
        if not isinstance(e["evidence"], str) or not e["evidence"]:
            problems.append(f"{where}: empty evidence")
        elif e["evidence"] not in text:
            problems.append(f"{where}: evidence not in the text: {e['evidence']!r}")
    return problems


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def load_gold(text: str, path: Path, lang: str) -> GoldDoc:
    raw = json.loads(path.read_text(encoding="utf-8"))
    problems = gold_problems(text, raw)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    events = [GoldEvent(**e) for e in raw]
    for e in events:
        e.spans = occurrences(text, e.evidence)
    return GoldDoc(path, lang, events)


# --------------------------------------------------------------------------- matching

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_STOP = frozenset("""
    the and for with from that this have has had was were will would into over after
    before about their there they them than then when which what while been being also
    said says says
    og som det den der har hadde ble blir vil ville skal etter over under mellom mot
    med fra for til ved ikke også sier sa seg sin sitt sine deres dette disse
""".split())


def content_words(title: str) -> set[str]:
    return {w for w in (t.lower() for t in _WORD.findall(title)) if len(w) >= 4 and w not in _STOP}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


@dataclass
class Extracted:
    title: str
    date: str
    start: Day | None
    end: Day | None
    quotes: list[tuple[int, int]]
    timexes: list[tuple[int, int]]


def extracted_events(frame: Any) -> list[Extracted]:
    out: list[Extracted] = []
    for row in frame.to_dict("records"):
        mentions = row.get("mentions")
        mentions = list(mentions) if isinstance(mentions, list | tuple) else []
        quotes = [(int(m["quote_start"]), int(m["quote_end"])) for m in mentions]
        timexes = [(int(m["timex_start"]), int(m["timex_end"])) for m in mentions]
        quotes.append((int(row["quote_start"]), int(row["quote_end"])))
        timexes.append((int(row["timex_start"]), int(row["timex_end"])))
        out.append(Extracted(str(row["title"]), str(row["date"]), _parse_day(row["start"]),
                             _parse_day(row["end"]), quotes, timexes))
    return out


def date_compatible(gold: GoldEvent, ours: Extracted) -> bool:
    span = gold_span(gold.date)
    if span is None or ours.start is None or ours.end is None:
        return False
    return ours.start <= span[1] and span[0] <= ours.end


def match(gold: Sequence[GoldEvent], ours: Sequence[Extracted]) -> dict[int, int]:
    """Gold index -> extracted index, one-to-one, greedy on the ranking in the docstring."""
    pairs: list[tuple[tuple[int, int, int, float], int, int]] = []
    for i, g in enumerate(gold):
        g_words = content_words(g.title)
        for j, e in enumerate(ours):
            overlap = max((_overlap(s, q) for s in g.spans for q in e.quotes), default=0)
            if overlap:
                inside = any(s[0] <= t[0] and t[1] <= s[1] for s in g.spans for t in e.timexes)
                rank = (2, int(inside), int(date_compatible(g, e)), float(overlap))
                pairs.append((rank, i, j))
                continue
            e_words = content_words(e.title)
            shared = g_words & e_words
            if len(shared) >= 2 and len(shared) * 4 >= len(g_words | e_words):
                jaccard = len(shared) / len(g_words | e_words)
                pairs.append(((1, 0, int(date_compatible(g, e)), jaccard), i, j))
    pairs.sort(key=lambda p: p[0], reverse=True)
    taken_g: dict[int, int] = {}
    taken_e: set[int] = set()
    for _rank, i, j in pairs:
        if i not in taken_g and j not in taken_e:
            taken_g[i] = j
            taken_e.add(j)
    return taken_g


# --------------------------------------------------------------------------- scoring


@dataclass
class DocScore:
    name: str
    lang: str
    gold: int = 0
    extracted: int = 0
    found: int = 0
    compatible: int = 0
    exact: int = 0
    error: str = ""
    misses: list[GoldEvent] = field(default_factory=list)
    wrong_dates: list[tuple[GoldEvent, Extracted]] = field(default_factory=list)


def score_document(path: Path, lang: str) -> DocScore:
    import timeline

    score = DocScore(path.name, lang)
    try:
        doc = timeline.read_document(path)
        gold = load_gold(doc.text, gold_path(path), lang)
    except (OSError, ValueError) as e:  # DocumentError is a ValueError
        score.error = f"cannot read: {e}"
        return score
    score.gold = len(gold.events)
    try:
        frame = timeline.extract_document(doc)
    except Exception as e:  # the engine failing on a real text is a result to report
        score.error = f"extract_document raised {type(e).__name__}: {e}"
        score.misses = list(gold.events)
        return score
    ours = extracted_events(frame)
    score.extracted = len(ours)
    pairs = match(gold.events, ours)
    for i, g in enumerate(gold.events):
        j = pairs.get(i)
        if j is None:
            score.misses.append(g)
            continue
        score.found += 1
        if date_compatible(g, ours[j]):
            score.compatible += 1
        if ours[j].date == g.date:
            score.exact += 1
        else:
            score.wrong_dates.append((g, ours[j]))
    return score


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    -"


def summary(scores: Sequence[DocScore]) -> dict[str, Any]:
    gold = sum(s.gold for s in scores)
    ext = sum(s.extracted for s in scores)
    found = sum(s.found for s in scores)
    comp = sum(s.compatible for s in scores)
    exact = sum(s.exact for s in scores)
    return {
        "documents": len(scores), "gold": gold, "extracted": ext, "found": found,
        "compatible": comp, "exact": exact,
        "recall": found / gold if gold else None,
        "compatible_of_gold": comp / gold if gold else None,
        "exact_of_found": exact / found if found else None,
        "precision": found / ext if ext else None,
        "errors": [f"{s.name}: {s.error}" for s in scores if s.error],
    }


def report(lang: str, scores: Sequence[DocScore], docs: bool, dates: bool, misses: int) -> None:
    s = summary(scores)
    print(f"\n== {lang}: {s['documents']} documents, {s['gold']} gold events, "
          f"{s['extracted']} extracted")
    print(f"  found (recall)          {s['found']:4d} / {s['gold']:<4d} {_pct(s['found'], s['gold'])}")
    print(f"  found, compatible date  {s['compatible']:4d} / {s['gold']:<4d} "
          f"{_pct(s['compatible'], s['gold'])}   ({_pct(s['compatible'], s['found']).strip()} of found)")
    print(f"  exact date, of found    {s['exact']:4d} / {s['found']:<4d} {_pct(s['exact'], s['found'])}")
    print(f"  precision (one-to-one)  {s['found']:4d} / {s['extracted']:<4d} "
          f"{_pct(s['found'], s['extracted'])}")
    for err in s["errors"]:
        print(f"  ERROR {err}")
    if docs:
        print(f"  {'document':58} gold found comp exact extr")
        for d in scores:
            print(f"  {d.name[:58]:58} {d.gold:4d} {d.found:5d} {d.compatible:4d} "
                  f"{d.exact:5d} {d.extracted:4d}")
    all_misses = [(d.name, g) for d in scores for g in d.misses]
    if all_misses and misses:
        print(f"  missed ({len(all_misses)}):")
        for name, g in all_misses[:misses]:
            print(f"    {name[:40]:40} {g.date:22} {g.evidence[:90]!r}")
        if len(all_misses) > misses:
            print(f"    … {len(all_misses) - misses} more (--misses N)")
    if dates:
        wrong = [(d.name, g, e) for d in scores for g, e in d.wrong_dates]
        print(f"  found with another date ({len(wrong)}):")
        for name, g, e in wrong:
            mark = "~" if date_compatible(g, e) else "x"
            print(f"    {mark} {name[:34]:34} gold {g.date:22} ours {e.date:22} {g.evidence[:60]!r}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA,
                    help="folder with nb/ and en/ (default: tests/data/real)")
    ap.add_argument("--lang", choices=LANGS, action="append",
                    help="only this language (repeatable)")
    ap.add_argument("--docs", action="store_true", help="one line per document")
    ap.add_argument("--dates", action="store_true", help="list found events with another date")
    ap.add_argument("--misses", type=int, default=1000, metavar="N",
                    help="list at most N missed gold events (default: all; 0: none)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    langs = tuple(args.lang or LANGS)
    if not args.data.is_dir():
        print(f"score_events: no data folder {args.data}", file=sys.stderr)
        return 2
    results: dict[str, list[DocScore]] = {}
    for lang in langs:
        paths = text_paths(args.data, (lang,))
        if not paths:
            print(f"score_events: no {lang} texts in {args.data / lang}", file=sys.stderr)
            return 2
        results[lang] = [score_document(p, lang) for p in paths]
    if args.json:
        print(json.dumps({lang: summary(s) for lang, s in results.items()}, indent=1))
        return 0
    for lang, scores in results.items():
        report(lang, scores, args.docs, args.dates, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
