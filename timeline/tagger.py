"""Find temporal expressions: run a language's rules, keep the best of overlapping
matches, then grow each one by its modifiers ("cirka", "slutten av", "late") and join
pairs into intervals ("fra 2003 til 2009").

Overlaps: the longest match wins; on equal length the rule listed first wins. That is
what lets "for to år siden" beat "to år", and "1800-tallet" be a century, not a decade.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from .lang.base import Lang
from .rules import alternation
from .types import Meaning, Timex, TimexType

__all__ = ["find_timexes"]

_WORD_BEFORE = re.compile(r"([\w.§$€£%/]+)\s*$")
_WORD_AFTER = re.compile(r"^\s*([\w%./]+)")
_INTERVAL_KINDS = {"date", "relative"}


@lru_cache(maxsize=8)
def _modifier_patterns(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str]]:
    approx = re.compile(rf"(?<![\w-])(?P<w>{alternation(lang.approx_words)})\s*$", re.I)
    part = re.compile(rf"(?<![\w-])(?P<w>{alternation(lang.part_words)})\s*$", re.I)
    return approx, part


@lru_cache(maxsize=8)
def _interval_patterns(lang: Lang) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    out = []
    for before, between in lang.interval_patterns:
        b = re.compile(rf"(?<![\w-])(?:{before})\s+$", re.I) if before else re.compile(r"")
        g = re.compile(rf"^\s*(?:{between})\s*$", re.I)
        out.append((b, g))
    return tuple(out)


def _blocked_year(text: str, start: int, end: int, lang: Lang) -> bool:
    """A bare number is no year after 'side', 'nr.', 'kl.' or before 'prosent', 'kroner'."""
    if start > 0 and text[start - 1] in "-–" and not text[max(0, start - 4):start].lower() \
            .endswith("mid-"):
        return True  # "F-16", "2-1", but "mid-2003" is a year
    before = _WORD_BEFORE.search(text, max(0, start - 25), start)
    if before and before.group(1).lower() in lang.year_blockers_before:
        return True
    if before and before.group(1) in "$€£#":
        return True
    after = _WORD_AFTER.match(text[end:end + 25])
    if after and after.group(1).lower().rstrip(".") in lang.year_blockers_after:
        return True
    if after and after.group(1).lower() in lang.year_blockers_after:
        return True
    return False


def find_timexes(text: str, lang: Lang) -> list[Timex]:
    candidates: list[tuple[int, int, int, int, Timex]] = []
    for index, rule in enumerate(lang.rules):
        for m in rule.compiled.finditer(text):
            start, end = m.span("x") if "x" in rule.compiled.groupindex and m.group("x") \
                else m.span()
            if start == end:
                continue
            if rule.latent and _blocked_year(text, start, end, lang):
                continue
            meaning = rule.produce(m, lang)
            if meaning is None:
                continue
            if text.startswith(("'s", "’s"), end) and not text[end + 2:end + 3].isalnum():
                end += 2  # "Thursday's meeting": the possessive belongs to the expression
            timex = Timex(start, end, text[start:end], rule.name, rule.type, meaning,
                          rule.latent)
            candidates.append((-(end - start), index, start, end, timex))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Timex] = []
    for _, _, start, end, timex in candidates:
        i = bisect.bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:
            continue
        if i < len(starts) and starts[i] < end:
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.insert(i, timex)
    chosen = [_with_modifiers(text, t, lang) for t in chosen]
    return _join_intervals(text, chosen, lang)


def _with_modifiers(text: str, t: Timex, lang: Lang) -> Timex:
    if t.meaning.kind not in ("date", "relative") or t.type != TimexType.DATE:
        return t
    approx_re, part_re = _modifier_patterns(lang)
    window = text[max(0, t.start - 40):t.start]
    meaning = t.meaning
    start = t.start
    m = part_re.search(window)
    if m and (meaning.day is None or meaning.kind != "date"):
        mod = lang.part(m.group("w").rstrip("-")) or lang.part(m.group("w"))
        if mod:
            meaning = replace(meaning, mod=mod)
            start -= len(window) - m.start()
            window = text[max(0, start - 40):start]
    m = approx_re.search(window)
    if m:
        meaning = replace(meaning, mod=meaning.mod or "APPROX", approximate=True)
        start -= len(window) - m.start()
    if start == t.start:
        return t
    return replace(t, start=start, text=text[start:t.end], meaning=meaning, latent=False)


def _join_intervals(text: str, timexes: list[Timex], lang: Lang) -> list[Timex]:
    if len(timexes) < 2:
        return timexes
    patterns = _interval_patterns(lang)
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        if i + 1 < len(timexes):
            b = timexes[i + 1]
            joined = _join(text, a, b, patterns)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(text: str, a: Timex, b: Timex,
          patterns: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]) -> Timex | None:
    if a.type != TimexType.DATE or b.type != TimexType.DATE:
        return None
    if a.meaning.kind not in _INTERVAL_KINDS or b.meaning.kind not in _INTERVAL_KINDS:
        return None
    gap = text[a.end:b.start]
    if len(gap) > 30:
        return None
    for before_re, between_re in patterns:
        if not between_re.match(gap):
            continue
        start = a.start
        if before_re.pattern:
            m = before_re.search(text, max(0, a.start - 30), a.start)
            if not m:
                continue
            start = m.start()
        elif gap.strip() in "–—-" and (a.meaning.kind != b.meaning.kind):
            continue
        meaning = Meaning("interval", parts=(a.meaning, b.meaning),
                          approximate=a.meaning.approximate or b.meaning.approximate)
        return Timex(start, b.end, text[start:b.end], "interval",
                     TimexType.DATE, meaning, False, (a, b))
    return None
