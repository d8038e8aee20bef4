"""Find temporal expressions: run a language's rules, keep the best of overlapping
matches, then grow each one by its modifiers ("cirka", "slutten av", "late") and join
pairs into intervals ("fra 2003 til 2009").

Overlaps: the longest match wins; on equal length the rule listed first wins. That is
what lets "for to år siden" beat "to år", and "1800-tallet" be a century, not a decade.

Two limits hold for every rule, so a rule added later inherits them:

- an expression stays inside one sentence: a match that reaches across a sentence
  break is replaced by what the rule finds within each sentence, and modifiers and
  interval joins look no further back than the sentence start, so nothing reaches
  across a blank line or a heading ("år\n\n2019", "Friday\nDec 5");
- only ASCII digits are numbers: Python's ``\\d`` also takes "٢٠١٩" and "２０１９", and a
  match holding such a digit is dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from . import budget
from .cues import Closing
from .lang.base import Lang
from .rules import alternation, produce_duration
from .segment import sentences as split_sentences
from .types import Meaning, Sentence, Timex, TimexType

__all__ = ["find_timexes"]

_WORD_AFTER = re.compile(r"^\s*([\w%./]+)")
_FOREIGN_DIGIT = re.compile(r"[^\D0-9]")  # a Unicode digit that is not 0-9
_INTERVAL_KINDS = {"date", "relative"}


@lru_cache(maxsize=8)
def _modifier_patterns(lang: Lang) -> tuple[Closing, Closing]:
    return Closing.of(lang.approx_words), Closing.of(lang.part_words)


@lru_cache(maxsize=8)
def _interval_patterns(lang: Lang) -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    out = []
    for before, between in lang.interval_patterns:
        b = re.compile(rf"(?<![\w-])(?:{before})\s+$", re.I) if before else re.compile(r"")
        # after "from" / "between", a comma may close the first part ("from Saturday,
        # April 28, to Sunday, May 6")
        g = re.compile(rf"^{',?' if before else ''}\s*(?:{between})\s*$", re.I)
        out.append((b, g))
    return tuple(out)


def _blocked_year(text: str, start: int, end: int, lang: Lang) -> bool:
    """A bare number is no year after 'side', 'nr.', 'kl.' or before 'prosent', 'kroner'."""
    if start > 0 and text[start - 1] in "-–" and not text[max(0, start - 4):start].lower() \
            .endswith("mid-"):
        return True  # "F-16", "2-1", but "mid-2003" is a year
    words_before = text[max(0, start - 25):start].split()
    before = words_before[-1].lower() if words_before else ""
    if before in lang.year_blockers_before or (before and before[-1] in "$€£#"):
        return True
    said = words_before[-1] if words_before else ""
    if len(said) >= 2 and said.isalpha() and said.isupper() and lang.era(said) > 0:
        return True  # "ABC 2000", "SAS 2003": a number after an acronym names or counts
    after = _WORD_AFTER.match(text[end:end + 25])
    if after and after.group(1).lower().rstrip(".") in lang.year_blockers_after:
        return True
    if after and after.group(1).lower() in lang.year_blockers_after:
        return True
    return False


_TOKEN = re.compile(r"\w+")
_WINDOW = 80  # characters of context kept on each side of a trigger word
_INFLECTIONS = ("s", "en", "ens", "er", "ene", "et", "ets", "a", "es")


# Categories whose rules match a name of the table whole, every word of it ("Good Friday",
# "Independence Day"), never a part.
_WHOLE_KEYS = frozenset({"holiday"})


@lru_cache(maxsize=8)
def _categories(lang: Lang) -> dict[str, frozenset[str]]:
    """word -> the categories it belongs to (month, weekday, unit, ... or '=word')."""
    tables: dict[str, object] = {
        "month": lang.months, "weekday": lang.weekdays, "season": lang.seasons,
        "unit": lang.units, "deictic": lang.deictics, "ref": lang.refs,
        "decade": lang.decade_words, "holiday": lang.holidays, "nth": lang.nth_words,
        "clock": lang.clock_words,
    }
    single = {key.lower() for table in tables.values() for key in table  # type: ignore[attr-defined]
              if len(re.findall(r"\w+", key)) == 1}
    cats: dict[str, set[str]] = {}
    for cat, table in tables.items():
        for key in table:  # type: ignore[attr-defined]
            words = re.findall(r"\w+", key.lower())
            if len(words) > 1:
                # In "i dag" or "the day before", "i" and "the" trigger nothing; a name of
                # stopwords alone ("New Year's") keeps its words, or nothing would find it.
                words = [w for w in words if w not in lang.stopwords and len(w) >= 2] or \
                    [w for w in words if len(w) >= 2]
            if cat in _WHOLE_KEYS and len(words) > 1:
                # A match holds every word of the name: the one least often found
                # elsewhere is trigger enough ("Good Friday": "good", not "friday").
                words = [min(words, key=lambda w: (w in single, -len(w), w))]
            for word in words:
                inflected = [word] if cat in ("deictic", "ref") else \
                    [word, *(word + x for x in _INFLECTIONS)]
                for w in inflected:
                    cats.setdefault(w, set()).add(cat)
    for needs in lang.rule_needs.values():
        for need in needs:
            if need.startswith("=") and not need.endswith("*"):
                cats.setdefault(need[1:], set()).add(need)
    return {w: frozenset(c) for w, c in cats.items()}


@lru_cache(maxsize=8)
def _beginnings(lang: Lang) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """The needs that a word's beginning meets ('=århundre*': "århundrets"), as the
    first two letters of the beginnings (most words have none of them: one set lookup)
    and (beginning, need) pairs."""
    pairs = tuple(sorted({(need[1:-1], need) for needs in lang.rule_needs.values()
                          for need in needs if need.startswith("=") and need.endswith("*")}))
    return frozenset(b[:2] for b, _ in pairs), pairs


_ASCII_DIGITS = "0123456789"


@dataclass(frozen=True)
class _RulePlan:
    """What a language's rules need, read once per language: each rule's needs by its
    index (``Lang.rule_needs``), the rules that need nothing (they run on every text),
    the rules each need lets run, and two facts of each rule the choice reads."""

    needs: tuple[tuple[str, ...], ...]
    always: frozenset[int]
    by_need: dict[str, tuple[int, ...]]
    groups_only: tuple[bool, ...]  # see rules.GROUPS_ONLY
    spans_duration: tuple[bool, ...]  # a ``dur`` group: see _timeml_view

    def runnable(self, spans: dict[str, list[int]]) -> list[int]:
        """The indices, in order, of the rules that can match a text whose trigger words
        are ``spans``: those that need nothing and those one of whose needs it holds."""
        found = set(self.always)
        for need in spans:
            found.update(self.by_need.get(need, ()))
        return sorted(found)


@lru_cache(maxsize=8)
def _rule_plan(lang: Lang) -> _RulePlan:
    needs = tuple(lang.rule_needs.get(rule.name) or () for rule in lang.rules)
    by_need: dict[str, list[int]] = {}
    for index, wanted in enumerate(needs):
        for need in wanted:
            by_need.setdefault(need, []).append(index)
    return _RulePlan(
        needs, frozenset(i for i, wanted in enumerate(needs) if not wanted),
        {need: tuple(indices) for need, indices in by_need.items()},
        tuple(rule.reads_groups_only for rule in lang.rules),
        tuple("dur" in rule.compiled.groupindex for rule in lang.rules))


# The most words _words_seen keeps (about 5 MB); past it, it starts again.
_WORDS_SEEN = 50_000


@lru_cache(maxsize=8)
def _words_seen(lang: Lang) -> dict[str, tuple[str, ...]]:
    """Each word _trigger_spans has met in the language's texts, with what it triggers:
    a pure function of the word and the language's lists, so it is looked up once, not
    once per text (most of a text's words were in the texts before it)."""
    return {}


def _trigger_spans(text: str, lang: Lang) -> dict[str, list[int]]:
    """Start offsets of trigger words in ``text``, by category: 'digit' for a word that
    begins or ends with a digit, 'digits:N' for one that opens with exactly N ASCII
    digits ('numbered' too if it ends with no digit: "3pm"), 'code' for one that ends
    with a digit but begins with none ("Q3"); and the needs of a word's beginning
    ('=århundre*') that it begins with."""
    cats = _categories(lang)
    heads, pairs = _beginnings(lang)
    found: dict[str, list[int]] = {}
    seen = _words_seen(lang)  # words repeat, in a text and from text to text
    if len(seen) > _WORDS_SEEN:
        seen.clear()
    for m in _TOKEN.finditer(text):
        word = m.group()
        hit = seen.get(word)
        if hit is None:
            low = word.lower()
            hit = tuple(cats.get(low, ()))
            if low[:2] in heads:
                hit += tuple(need for b, need in pairs if low.startswith(b))
            if word[0].isdigit() or word[-1].isdigit():
                hit += ("digit",)
                digits = len(word) - len(word.lstrip(_ASCII_DIGITS))
                if digits:  # "2019", "1990s", "2018Q4": 'digits:4'
                    hit += (f"digits:{digits}",)
                    if not word[-1].isdigit():  # "3pm", "44BC"
                        hit += ("numbered",)
                elif not word[0].isdigit():  # "Q3", "H12019", "FY2018"
                    hit += ("code",)
            seen[word] = hit
        if hit:
            start = m.start()
            for c in hit:
                found.setdefault(c, []).append(start)
    return found


def _windows(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """Stretches of text around the given (sorted) offsets, merged, cut at white space."""
    n = len(text)
    out: list[tuple[int, int]] = []
    lo, hi = 0, -1  # the stretch being grown (its end not yet cut); none at first
    for pos in starts:
        if pos - _WINDOW <= hi:
            hi = pos + _WINDOW
            continue
        a = max(0, pos - _WINDOW)
        while a > 0 and not text[a - 1].isspace():
            a -= 1
        if hi >= 0:
            b = min(n, hi)
            while b < n and not text[b].isspace():
                b += 1
            if a <= b:  # the two touch once cut
                hi = pos + _WINDOW
                continue
            out.append((lo, b))
        lo, hi = a, pos + _WINDOW
    if hi >= 0:
        b = min(n, hi)
        while b < n and not text[b].isspace():
            b += 1
        out.append((lo, b))
    return out


def _clip(windows: list[tuple[int, int]], bounds: list[tuple[int, int]],
          bound_starts: list[int]) -> list[tuple[int, int]]:
    """The parts of ``windows`` that lie inside a sentence: one piece per sentence."""
    out: list[tuple[int, int]] = []
    for a, b in windows:
        i = max(bisect.bisect_right(bound_starts, a) - 1, 0)
        while i < len(bounds) and bounds[i][0] < b:
            lo, hi = max(a, bounds[i][0]), min(b, bounds[i][1])
            if lo < hi:
                out.append((lo, hi))
            i += 1
    return out


def find_timexes(text: str, lang: Lang, prefilter: bool = True,
                 sentences: list[Sentence] | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, each inside one of its ``sentences``
    (split here when not given).

    With ``prefilter`` each rule runs only near the words it needs (a month name, a
    digit, a unit ...; see ``Lang.rule_needs``); the result is the same, found faster.
    """
    if sentences is None:
        sentences = split_sentences(text, lang.abbreviations)
    bounds = [(s.start, s.end) for s in sentences]
    bound_starts = [a for a, _ in bounds]
    plan = _rule_plan(lang)
    rules = lang.rules
    if prefilter:
        spans = _trigger_spans(text, lang)
        # A rule none of whose words is in the text cannot match: it is not run at all.
        runnable: Iterable[int] = plan.runnable(spans)
    else:
        spans, runnable = {}, range(len(rules))
    everything = [(0, len(text))]
    window_cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def windows_for(index: int) -> list[tuple[int, int]]:
        needs = plan.needs[index]
        if not prefilter or not needs:
            return everything
        if needs not in window_cache:
            starts = sorted(p for need in needs for p in spans.get(need, ()))
            found = _windows(text, starts)
            # Windows help where they are sparse; covering most of the text, one scan of
            # the whole costs less than a call per window.
            covered = sum(b - a for a, b in found)
            window_cache[needs] = everything if covered > 0.6 * len(text) else found
        return window_cache[needs]

    def within_one(start: int, end: int) -> bool:
        i = bisect.bisect_right(bound_starts, start) - 1
        return i >= 0 and end <= bounds[i][1]

    # Each match that may be an expression, by the order in which they are chosen: the
    # longest first, then by rule and by place. Whether it is one (its digits, a year's
    # blockers) and what it means are read only for one that is free when its turn comes:
    # most matches lie inside a longer one ("mai" in "3. mai 2003"), and reading them first
    # would be thrown away (each test reads only the match and the text around it; a
    # match refused leaves its place to the next, as if it were not there).
    #
    # A candidate holds no match object, only numbers: its span, the span of the match
    # and where the search that found it stopped; the match is made again at its turn
    # (see _again). A text of a million characters may hold a quarter of a million
    # candidates: kept as match objects, the garbage collector would walk them all again
    # and again while they wait for the sort.
    candidates: list[tuple[int, int, int, int, int, int, int]] = []
    add = candidates.append
    here = (0, -1)  # the sentence the last match lay in: the next one is most often there
    for index in runnable:
        budget.check()
        windows = windows_for(index)
        compiled = rules[index].compiled
        inner = "x" in compiled.groupindex
        for a, b in windows:
            for m in compiled.finditer(text, a, b):
                at, stop = m.span()
                if here[0] <= at and stop <= here[1] or within_one(at, stop):
                    found: Iterable[tuple[re.Match[str], int]] = ((m, b),)
                    if not here[0] <= at < here[1]:
                        i = bisect.bisect_right(bound_starts, at) - 1
                        here = bounds[i] if i >= 0 else (0, -1)
                else:
                    # Reaching across a sentence break: what it finds within each sentence
                    # it touches instead.
                    i = bisect.bisect_right(bound_starts, stop - 1) - 1
                    last = min(b, bounds[i][1]) if i >= 0 else stop
                    found = ((n, hi) for lo, hi in _clip([(at, max(last, stop))], bounds,
                                                         bound_starts)
                             for n in compiled.finditer(text, lo, hi))
                for n, hi in found:
                    start, end = n.span("x") if inner and n.group("x") else n.span()
                    if start != end:
                        add((start - end, index, start, end, *n.span(), hi))
    if not candidates:
        return []
    candidates.sort()
    # What a rule whose producer reads only a match's groups made of them (see
    # rules.GROUPS_ONLY), by the rule's index and the groups: it lives for this text.
    produced: dict[tuple[int, tuple[object, ...]], Meaning | None] = {}
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[Timex] = []
    groups_only, spans_duration = plan.groups_only, plan.spans_duration
    for _, index, start, end, at, until, stop in candidates:
        i = bisect.bisect_left(starts, start)
        if i > 0 and ends[i - 1] > start:
            continue
        if i < len(starts) and starts[i] < end:
            continue
        if _FOREIGN_DIGIT.search(text, at, until):  # the match's text, not copied
            continue  # "٢٠١٩": \d takes any script's digits; a date here is 0-9 only
        rule = rules[index]
        if rule.latent and _blocked_year(text, start, end, lang):
            continue
        m = _again(rule.compiled, text, at, until, stop)
        if groups_only[index]:  # the same groups of one rule: the same meaning
            key = (index, m.groups())
            if key in produced:
                meaning = produced[key]
            else:
                meaning = produced[key] = rule.produce(m, lang)
        else:
            meaning = rule.produce(m, lang)
        if meaning is None:
            continue
        # A producer may read a date rule's match as a span ("the lowest in five years").
        kind = TimexType.DURATION if meaning.kind == "duration" else rule.type
        timex = Timex(start, end, text[start:end], rule.name, kind, meaning, rule.latent,
                      _timeml_view(text, m, rule.compiled, lang) if spans_duration[index]
                      else ())
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.insert(i, timex)
    chosen = _settle_numeric_order(text, chosen, lang)
    chosen = _attach_clock_times(text, chosen, lang, within_one)
    chosen = _with_weekday_notes(text, chosen, lang)

    # The (start, end) of each one's sentence, a list beside them (not a pair each: a
    # text may hold a quarter of a million expressions, see the candidates above).
    sentence_of = [bounds[bisect.bisect_right(bound_starts, t.start) - 1] for t in chosen]
    modifiers: dict[tuple[str, bool], tuple[int, str, bool]] = {}  # see _with_modifiers
    chosen = [_with_amount_modifier(text, _with_modifiers(text, t, lang, s[0], modifiers), lang)
              for t, s in zip(chosen, sentence_of, strict=True)]
    return _join_intervals(text, chosen, sentence_of, lang)


def _again(pattern: re.Pattern[str], text: str, at: int, until: int, stop: int
           ) -> re.Match[str]:
    """The match ``at``-``until`` that a search of ``pattern`` stopping at ``stop`` found:
    the attempt at ``at`` made again, which the engine makes as the search made it.
    Only where the search had just found an empty match at ``at`` did it take a longer
    one than the attempt would (an empty match is never followed by another at the same
    place): then the search itself, from ``at``."""
    m = pattern.match(text, at, stop)
    if m is not None and m.end() == until:
        return m
    return next(n for n in pattern.finditer(text, at, stop) if n.span() == (at, until))


@lru_cache(maxsize=8)
def _amount_modifier_pattern(lang: Lang) -> re.Pattern[str] | None:
    words = [*lang.amount_mods, *lang.approx_words]
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?P<w>{alternation(words)})[ \t]+$", re.I)


def _with_amount_modifier(text: str, t: Timex, lang: Lang) -> Timex:
    """'nesten to år', 'almost two years ago', 'at least 30 days', 'a mere week': a word
    that bounds an amount joins the span and sets the TIMEX3 mod."""
    m = t.meaning
    counted = m.kind in ("duration", "window") or (m.kind in ("relative", "anaphoric")
                                                   and m.amount is not None)
    if not counted or m.mod:
        return t
    pattern = _amount_modifier_pattern(lang)
    if pattern is None:
        return t
    found = pattern.search(text, max(0, t.start - 20), t.start)
    if found is None:
        return t
    word = " ".join(found.group("w").lower().split())
    mod = lang.amount_mods.get(word, "APPROX")
    meaning = replace(m, mod=mod, approximate=m.approximate or mod in ("APPROX", "LESS_THAN"))
    start = found.start()
    return replace(t, start=start, text=text[start:t.end], meaning=meaning, latent=False)


# --- the TIMEX3 view of an anaphor: "[two weeks] later" --------------------------------

def _timeml_view(text: str, m: re.Match[str], pattern: re.Pattern[str], lang: Lang
                 ) -> tuple[Timex, ...]:
    """TimeML tags "two weeks later" as the DURATION "two weeks" with "later" a signal;
    the expression as a whole still dates the event two weeks on. A rule marks the
    duration with a ``dur`` group; the language says which direction words are signals."""
    if "dur" not in pattern.groupindex or not m.group("dur"):
        return ()
    direction = " ".join((m.group("dir") or "").lower().split()) if "dir" in pattern.groupindex \
        and m.group("dir") else ""
    if direction not in lang.signal_directions:
        return ()
    span = produce_duration(m, lang)
    if span is None:
        return ()
    a, b = m.span("dur")
    return (Timex(a, b, text[a:b], "duration", TimexType.DURATION, span),)


# --- numeric dates whose day/month order is open ("3/4/2015") -------------------------

_LEADING_NUMBERS = re.compile(r"(?P<a>[0-9]{1,2})[^0-9]+(?P<b>[0-9]{1,2})")


def _settle_numeric_order(text: str, timexes: list[Timex], lang: Lang) -> list[Timex]:
    """Day first or month first: the document tells, by its unambiguous numeric dates
    ("25/4/2019") and by the order of its written dates ("25 April" against "April 25").
    Without such evidence, or with evidence both ways, the order stays open."""
    open_rules = {t.rule for t in timexes if t.meaning.order_open}
    if not open_rules:
        return timexes
    votes: set[bool] = set()
    for t in timexes:
        if t.meaning.order_open:
            continue
        said = lang.date_order_rules.get(t.rule)
        if said is not None:
            votes.add(said)
        elif t.rule in open_rules:
            m = _LEADING_NUMBERS.match(t.text)
            if m and (int(m["a"]) > 12) != (int(m["b"]) > 12):
                votes.add(int(m["a"]) > 12)
    if len(votes) != 1:
        return timexes
    day_first = votes.pop()
    out = []
    for t in timexes:
        if t.meaning.order_open:
            told = t.meaning
            day, month = (told.month, told.day) if day_first else (told.day, told.month)
            t = replace(t, meaning=replace(told, day=day, month=month, order_open=False))
        out.append(t)
    return out


# --- times of day join the day they refine ----------------------------------------------

_DAY_KINDS = {"date", "relative", "within", "anaphoric"}


def _names_a_day(m: Meaning) -> bool:
    if m.kind not in _DAY_KINDS:
        return False
    if m.kind == "within":
        return m.unit is None and (m.weekday is not None or m.day is not None or m.nth != 0)
    if m.kind == "date":
        return (m.day is not None or m.weekday is not None or bool(m.holiday)) and \
            m.season is None and m.quarter is None
    return m.unit is not None and m.unit.value == "day"


@lru_cache(maxsize=8)
def _clock_gap(lang: Lang) -> re.Pattern[str]:
    joiners = alternation(lang.clock_joiners) if lang.clock_joiners else "(?!)"
    return re.compile(rf"^[ \t\n]*,?[ \t\n]*(?:{joiners}[ \t\n]+)?$", re.IGNORECASE)


def _attach_clock_times(text: str, timexes: list[Timex], lang: Lang,
                        one_sentence: Callable[[int, int], bool]) -> list[Timex]:
    """'kl. 14.30 torsdag', 'Thursday at 3 pm', '5 p.m. EST, Nov. 6': a clock time next
    to a day in the same sentence (``one_sentence(start, end)``) becomes one TIME
    expression on that day. A clock time with no day beside it is not a date and is
    dropped ("Møtet begynner klokken 9"); a part of the day alone ("om ettermiddagen")
    stays, a TIME of the day in question."""
    if not any(t.meaning.kind == "clock" for t in timexes):
        return timexes
    gap = _clock_gap(lang)

    def on_day(a: Timex, b: Timex) -> Timex | None:
        if a.meaning.kind == b.meaning.kind or not _joinable(text, a, b, gap):
            return None
        if not one_sentence(a.start, b.end):
            return None  # "… 27.1.1541" ending one line, "KL. 11 …" opening a heading
        day, clock = (a, b) if b.meaning.kind == "clock" else (b, a)
        return _on_day(text, day, clock) if _names_a_day(day.meaning) else None

    merged = _merge_neighbours(timexes, on_day)
    return [t for t in merged if t.meaning.kind != "clock" or t.meaning.hour is None]


def _merge_neighbours(timexes: list[Timex], merge: Callable[[Timex, Timex], Timex | None]
                      ) -> list[Timex]:
    """Left to right, each pair of neighbours that ``merge`` joins becomes one."""
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        joined = merge(a, timexes[i + 1]) if i + 1 < len(timexes) else None
        if joined is not None:
            out.append(joined)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _joinable(text: str, a: Timex, b: Timex, gap: re.Pattern[str]) -> bool:
    between = text[a.end:b.start]
    return len(between) <= 12 and not _BLANK_LINE.search(between) and bool(gap.match(between))


def _on_day(text: str, day: Timex, clock: Timex) -> Timex:
    start, end = min(day.start, clock.start), max(day.end, clock.end)
    meaning = replace(day.meaning, hour=clock.meaning.hour, minute=clock.meaning.minute,
                      part_of_day=clock.meaning.part_of_day or day.meaning.part_of_day)
    return Timex(start, end, text[start:end], clock.rule, TimexType.TIME, meaning, False)



# How far before an expression its modifier words are looked for ("slutten av", "cirka").
_MODIFIER_REACH = 40


def _with_modifiers(text: str, t: Timex, lang: Lang, floor: int,
                    memo: dict[tuple[str, bool], tuple[int, str, bool]]) -> Timex:
    """``t`` grown by the modifier words just before it, not before ``floor``. Which they
    are is a function of the text before it (see _modifiers), read once per distinct
    one in ``memo`` (a text of many dates: "mai mai mai ..."; it lives for one text)."""
    m = t.meaning
    if m.kind not in ("date", "relative") or t.type != TimexType.DATE:
        return t
    before = text[max(floor, t.start - 2 * _MODIFIER_REACH):t.start]
    key = (before, m.day is None or m.kind != "date")
    found = memo.get(key)
    if found is None:
        found = memo[key] = _modifiers(*key, lang)
    back, part, approximate = found
    if not back:
        return t
    if part:
        m = replace(m, mod=part)
    if approximate:
        m = replace(m, mod=m.mod or "APPROX", approximate=True)
    start = t.start - back
    return replace(t, start=start, text=text[start:t.end], meaning=m, latent=False)


def _modifiers(before: str, takes_part: bool, lang: Lang) -> tuple[int, str, bool]:
    """The modifier words that end ``before`` (the text up to an expression, at most
    twice _MODIFIER_REACH of it): a part ("slutten av", when the expression ``takes_part``:
    not a day) within _MODIFIER_REACH of the expression, then an approximation ("cirka")
    within _MODIFIER_REACH of that. How many characters they take, the part's mod (''
    for none) and whether there is an approximation; (0, '', False) when there are none."""
    approx_re, part_re = _modifier_patterns(lang)
    rest = before  # the text before the expression and the modifiers found so far
    window = rest[-_MODIFIER_REACH:]
    part = ""
    m = part_re.search(window)
    if m and takes_part:
        word = m.group("w")
        mod = lang.part(word)
        if mod is None:
            mod = lang.part(word.rstrip("-"))
        if mod is not None:
            part = mod
            rest = rest[:len(rest) - len(window) + m.start()]
            window = rest[-_MODIFIER_REACH:]
    m = approx_re.search(window)
    if m:
        rest = rest[:len(rest) - len(window) + m.start()]
    return len(before) - len(rest), part, m is not None


_WEEKDAY_NOTE = re.compile(r"\s*\(\s*(\w{2,12})\.?\s*\)")


def _with_weekday_notes(text: str, timexes: list[Timex], lang: Lang) -> list[Timex]:
    """'April 28 (Sat)', '6. mai (søndag)': the weekday in brackets after a day belongs to
    its expression, so that 'from April 28 (Sat) to May 6 (Sun)' is one stretch and no
    title keeps '(Sat)'. The weekday is a note: the day's value is the date's."""
    out: list[Timex] | None = None
    covered = -1  # the end of the last expression that took its note
    for k, t in enumerate(timexes):
        if t.end <= covered:  # "(Sunday)" itself, tagged as a weekday: the note taken
            continue
        m = _WEEKDAY_NOTE.match(text, t.end) if t.type == TimexType.DATE and \
            t.meaning.day is not None and text[t.end:t.end + 1] in " (" else None
        if m is None or not _names_a_weekday(m.group(1), lang):
            if out is not None:
                out.append(t)
            continue
        if out is None:
            out = list(timexes[:k])
        out.append(replace(t, end=m.end(), text=text[t.start:m.end()]))
        covered = m.end()
    return timexes if out is None else out


def _names_a_weekday(word: str, lang: Lang) -> bool:
    """A weekday's name or its short form of at least three letters ("Sat", "søn")."""
    low = word.lower()
    return lang.weekday(low) is not None or len(low) >= 3 and any(
        name.startswith(low) for name in lang.weekdays)


def _join_intervals(text: str, timexes: list[Timex], sentence_of: list[tuple[int, int]],
                    lang: Lang) -> list[Timex]:
    """Join neighbours of one sentence into intervals; ``sentence_of`` holds the (start,
    end) of each expression's sentence."""
    if len(timexes) < 2:
        return timexes
    patterns = _interval_patterns(lang)
    gaps: dict[str, list[re.Pattern[str]]] = {}  # see _join
    out: list[Timex] = []
    i = 0
    while i < len(timexes):
        a = timexes[i]
        if i + 1 < len(timexes) and sentence_of[i] == sentence_of[i + 1]:
            b = timexes[i + 1]
            joined = _join(text, a, b, patterns, sentence_of[i][0], gaps)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _same_shape(a: Meaning, b: Meaning) -> bool:
    """Two dates that can bound one stretch without a "from": both days, both weekdays,
    both months (a year may be told with one of them only), or both years."""
    if a.kind != "date" or b.kind != "date":
        return True

    def shape(m: Meaning) -> tuple[bool, bool, bool]:
        return m.month is not None, m.day is not None, m.weekday is not None and m.day is None
    return shape(a) == shape(b)


def _join(text: str, a: Timex, b: Timex,
          patterns: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...],
          floor: int, gaps: dict[str, list[re.Pattern[str]]]) -> Timex | None:
    """``a`` and ``b`` as one interval, or None. ``gaps`` keeps, for each text found
    between two expressions, the ``before`` patterns (in order) of the ``patterns``
    whose ``between`` matches it (one text tells the same "til" again and again)."""
    if a.type != TimexType.DATE or b.type != TimexType.DATE:
        return None
    if a.meaning.kind not in _INTERVAL_KINDS or b.meaning.kind not in _INTERVAL_KINDS:
        return None
    gap = text[a.end:b.start]
    if len(gap) > 30:
        return None
    joining = gaps.get(gap)
    if joining is None:
        joining = gaps[gap] = [before for before, between in patterns if between.match(gap)]
    for before_re in joining:
        start = a.start
        if before_re.pattern:
            m = before_re.search(text, max(floor, a.start - 30), a.start)
            if not m:
                continue
            start = m.start()
        elif gap.strip() in "–—-" and (a.meaning.kind != b.meaning.kind):
            continue
        elif not _same_shape(a.meaning, b.meaning):
            continue  # "a revision Friday to December's figures": no stretch of time
        meaning = Meaning("interval", parts=(a.meaning, b.meaning),
                          approximate=a.meaning.approximate or b.meaning.approximate)
        return Timex(start, b.end, text[start:b.end], "interval",
                     TimexType.DATE, meaning, False, (a, b))
    return None
