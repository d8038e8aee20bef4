"""What must hold for any text: the invariants that ``tests/test_properties.py`` (hypothesis)
and ``scripts/fuzz.py`` (seeded random, any number of calls) assert, and the word material
both build their texts from.

Everything language-specific is read from the language's own tables (``timeline.lang``),
so a word added there is fuzzed and counted as temporal without touching this file.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterable
from functools import cache

import pandas as pd

import timeline
from timeline import lang as languages
from timeline.calendar import Day
from timeline.lang.base import Lang
from timeline.schema import validate
from timeline.segment import sentences
from timeline.types import DocDate, Grain

__all__ = [
    "GRAINS",
    "Vocabulary",
    "check_frame",
    "check_tagged",
    "is_atemporal",
    "random_docdate",
    "random_text",
    "valid_text",
    "vocabulary",
]

# The granularity column's allowed values (see timeline.schema): every Grain but the
# hour, which only durations have ("24 timer").
GRAINS = frozenset(g.value for g in Grain if g != Grain.HOUR)
_SURROGATE = re.compile("[\ud800-\udfff]")
_ASCII_DIGIT = re.compile("[0-9]")
_WORD = re.compile(r"[^\W\d_]+")


def valid_text(text: str) -> str:
    """``text`` as the engine reads it: a lone surrogate becomes U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text)


class Vocabulary:
    """One language's words, drawn from its ``Lang`` tables."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang
        self.months = sorted(lang.months)
        self.weekdays = sorted(lang.weekdays)
        self.seasons = sorted(lang.seasons)
        self.units = sorted(lang.units)
        self.numbers = sorted(lang.numbers)
        self.relations = sorted(lang.relations)
        self.directions = sorted(lang.directions)
        self.eras = sorted({*lang.eras, *(e.upper() for e in lang.eras)})
        self.deictics = sorted(lang.deictics)
        self.refs = sorted(lang.refs)
        self.decades = sorted(lang.decade_words)
        self.parts_of_day = sorted(lang.parts_of_day)
        self.modifiers = sorted({*lang.approx_words, *lang.part_words})
        self.connectors = sorted({*_pattern_words(p for pair in lang.interval_patterns
                                                  for p in pair),
                                  *lang.since_words, *lang.deadline_words})
        self.needed = sorted(n[1:] for needs in lang.rule_needs.values() for n in needs
                             if n.startswith("="))
        self.cues = sorted(lang.future_cues)
        self.plain = sorted(lang.stopwords)
        self.temporal_words = self._temporal()

    def _temporal(self) -> frozenset[str]:
        """Every word that can make a text temporal: the words of the date tables."""
        tables: Iterable[str] = (
            *self.months, *self.weekdays, *self.seasons, *self.units, *self.relations,
            *self.directions, *self.eras, *self.deictics, *self.refs, *self.decades,
            *self.parts_of_day, *self.needed, *self.lang.numbers,
        )
        words = {w.lower() for entry in tables for w in _WORD.findall(entry)}
        return frozenset(words)

    def word_lists(self) -> list[list[str]]:
        return [self.months, self.weekdays, self.seasons, self.units, self.numbers,
                self.relations, self.directions, self.eras, self.deictics, self.refs,
                self.decades, self.parts_of_day, self.modifiers, self.connectors,
                self.needed, self.cues, self.plain]


def _pattern_words(patterns: Iterable[str]) -> list[str]:
    """The literal words of the interval connector patterns ("fra", "til", "between")."""
    out = []
    for p in patterns:
        out += _WORD.findall(re.sub(r"\\.", " ", p))
    return out


@cache
def vocabulary(code: str) -> Vocabulary:
    return Vocabulary(languages.get(code))


def is_atemporal(text: str, vocab: Vocabulary) -> bool:
    """No ASCII digit and no word that starts with one of the language's temporal words
    ("torsdagens" counts as "torsdag"): such a text must give no date."""
    if _ASCII_DIGIT.search(text):
        return False
    for token in _WORD.findall(text.lower()):
        for n in range(1, len(token) + 1):
            if token[:n] in vocab.temporal_words:
                return False
    return True


# --- random material -------------------------------------------------------------

_PUNCT = list(".,;:!?–—-/()«»\"'’…")
_SPACE = [" "] * 12 + ["\n", "\n\n", "\t", "  ", "\n \n", "\r\n"]
_ODD = ["\ud800", "\udfff", "\ud83d", "٢٠١٩", "۱۹۹۹", "２０１９", "१९९०", "²", "½", "\u0301",
        "\u200b", "\ufeff", "\x00", "ǅ", "ß", "İ", "ﬁ", "𝟚𝟘𝟙𝟡", "Ⅻ", "\u2028", "\x85"]


def _number(rnd: random.Random) -> str:
    kind = rnd.randrange(12)
    if kind == 0:
        return str(rnd.randrange(1, 32)) + "."
    if kind == 1:
        return str(rnd.randrange(1, 32))
    if kind in (2, 3, 4):
        return str(rnd.randrange(1400, 2100))
    if kind == 5:
        return str(rnd.randrange(0, 10000))
    if kind == 6:
        return f"{rnd.randrange(1000, 2100)}-{rnd.randrange(0, 14):02d}-{rnd.randrange(0, 33):02d}"
    if kind == 7:
        return f"{rnd.randrange(1, 32)}.{rnd.randrange(1, 13)}.{rnd.randrange(1000, 2100)}"
    if kind == 8:
        return f"{rnd.randrange(1900, 2030)}–{rnd.randrange(0, 100):02d}"
    if kind == 9:
        return f"{rnd.randrange(1, 200)}0-tallet" if rnd.random() < .5 else \
            f"{rnd.randrange(1, 200)}0s"
    if kind == 10:
        return str(rnd.randrange(1, 1000))
    return str(rnd.randrange(0, 10 ** rnd.randrange(1, 7)))


def _odd(rnd: random.Random) -> str:
    if rnd.random() < 0.5:
        return rnd.choice(_ODD)
    return "".join(chr(rnd.randrange(0x20, 0x30000)) for _ in range(rnd.randrange(1, 4)))


def random_token(rnd: random.Random, vocab: Vocabulary) -> str:
    r = rnd.random()
    if r < 0.45:
        word = rnd.choice(rnd.choice(vocab.word_lists()))
        c = rnd.random()
        return word.capitalize() if c < 0.25 else word.upper() if c < 0.3 else word
    if r < 0.75:
        return _number(rnd)
    if r < 0.9:
        return rnd.choice(_PUNCT)
    if r < 0.95:
        return rnd.choice(["Putin", "Kim", "Oslo", "Russland", "NATO", "met", "møtte", "FN"])
    return _odd(rnd)


def random_text(rnd: random.Random, vocab: Vocabulary, max_tokens: int = 10) -> str:
    """A short text of the language's temporal words, numbers, connectors, punctuation,
    line breaks and odd Unicode."""
    n = rnd.randrange(1, max_tokens + 1)
    out = []
    for _ in range(n):
        out.append(random_token(rnd, vocab))
        out.append(rnd.choice(_SPACE) if rnd.random() < 0.9 else "")
    return "".join(out).strip(" ") if rnd.random() < 0.9 else "".join(out)


def random_docdate(rnd: random.Random) -> DocDate | str | None:
    kind = rnd.randrange(4)
    if kind == 0:
        return None
    r = rnd.random()
    year = rnd.randrange(1900, 2030) if r < 0.6 else rnd.randrange(-9999, 10000)
    if kind == 1:
        d = DocDate(year)
    else:
        month = rnd.randrange(1, 13)
        if kind == 2:
            d = DocDate(year, month)
        else:
            d = DocDate(year, month, rnd.randrange(1, DocDate(year, month).last_day.day + 1))
    return d.iso() if rnd.random() < 0.3 else d


# --- the invariants ------------------------------------------------------------------

def _inside(text: str, start: int, end: int, what: str) -> list[str]:
    if not 0 <= start < end <= len(text):
        return [f"{what} offsets {start}:{end} outside the text (length {len(text)})"]
    return []


def check_tagged(text: str, code: str, dct: DocDate | str | None) -> list[str]:
    """Problems with ``timeline.tag(text, code, dct)``; [] when every invariant holds."""
    try:
        tagged = timeline.tag(text, code, dct)
    except Exception as e:  # any exception is the finding
        return [f"tag raised {type(e).__name__}: {e}"]
    body = valid_text(text)
    sents = sentences(body, languages.get(code).abbreviations)
    problems: list[str] = []
    for t in tagged:
        where = f"{t.text!r} ({t.rule})"
        problems += _inside(body, t.start, t.end, where)
        if body[t.start:t.end] != t.text:
            problems.append(f"{where}: text is not the text at {t.start}:{t.end}")
        for part in t.timex.parts:
            if body[part.start:part.end] != part.text or not t.start <= part.start < \
                    part.end <= t.end:
                problems.append(f"{where}: part {part.text!r} is not inside it")
        if not 0 <= t.sentence < len(sents):
            problems.append(f"{where}: sentence {t.sentence} does not exist")
        else:
            s = sents[t.sentence]
            if not s.start <= t.start < t.end <= s.end:
                problems.append(f"{where} is not inside its sentence {s.text!r}")
        r = t.resolved
        if (r.start is None) != (r.end is None):
            problems.append(f"{where}: start {r.start} and end {r.end}: one without the other")
        elif r.start is not None and r.end is not None and r.start > r.end:
            problems.append(f"{where}: start {r.start} after end {r.end}")
        if t.grain is not None and t.grain not in {g.value for g in Grain}:
            problems.append(f"{where}: grain {t.grain!r}")
        if t.type == "DATE" and t.timex.meaning.kind != "ref" and t.grain is None:
            problems.append(f"{where}: a DATE ({r.value}) with no grain")
        if r.start is not None and t.grain is None and t.type in ("DATE", "TIME") and \
                t.timex.meaning.kind != "ref":
            problems.append(f"{where}: placed on the calendar with no grain")
    if tagged and is_atemporal(body, vocabulary(code)):
        problems.append(f"dates from a text with no digit and no temporal word: "
                        f"{[t.text for t in tagged]}")
    return problems


def check_frame(text: str, code: str, dct: DocDate | str | None) -> list[str]:
    """Problems with ``timeline.extract(text, code, dct)``; [] when every invariant holds."""
    try:
        frame = timeline.extract(text, code, dct)
        body = timeline.parse_document(valid_text(text), lang=code).text
    except Exception as e:  # any exception is the finding
        return [f"extract raised {type(e).__name__}: {e}"]
    problems = [f"schema: {p}" for p in validate(frame)]
    for row in frame.to_dict("records"):
        problems += _row_problems(body, row)
    told = [r for r in frame.to_dict("records") if not _is_news(r)]
    if told and is_atemporal(body, vocabulary(code)):
        problems.append(f"events from a text with no digit and no temporal word: "
                        f"{[r['timex'] for r in told]}")
    return problems


def _is_news(row: dict[str, object]) -> bool:
    """An event the text reports with no date of its own, dated by the document date
    (on or just before it, approximate): the article's news."""
    return row["timex"] == "" and row["anchor"] == "document date" and bool(row["approximate"])


def _goes_on(row: dict[str, object]) -> bool:
    """An event the text tells with no date of its own right after a dated one, dated
    from it (approximate, anchored to the previous event): the story going on."""
    return row["timex"] == "" and row["anchor"] == "previous event" and bool(row["approximate"])


def _row_problems(body: str, row: dict[str, object]) -> list[str]:
    where = f"{row['timex']!r} ({row['date']})"
    problems: list[str] = []
    mentions = row["mentions"]
    assert isinstance(mentions, list)
    first = {k: row[k] for k in ("quote", "quote_start", "quote_end", "timex", "timex_start",
                                 "timex_end")}
    for m in [first, *mentions]:
        qs, qe, ts, te = (int(m[k]) for k in ("quote_start", "quote_end", "timex_start",
                                              "timex_end"))
        problems += _inside(body, qs, qe, f"{where} quote")
        if body[qs:qe] != m["quote"]:
            problems.append(f"{where}: quote {m['quote']!r} is not the text at {qs}:{qe}")
        if m["timex"] == "" and (_is_news(row) or _goes_on(row)):
            # Told with no expression of its own: the article's news (the document
            # date's) or the story going on (the previous event's date): no expression,
            # only a place in the quote (the act).
            if not qs <= ts == te <= qe:
                problems.append(f"{where}: told at {ts}:{te}, outside its quote {qs}:{qe}")
            continue
        problems += _inside(body, ts, te, f"{where} timex")
        if body[ts:te] != m["timex"]:
            problems.append(f"{where}: timex {m['timex']!r} is not the text at {ts}:{te}")
        if not qs <= ts < te <= qe:
            problems.append(f"{where}: timex {ts}:{te} is not inside its quote {qs}:{qe}")
    start, end = row["start"], row["end"]
    sy, ey = row["start_year"], row["end_year"]
    missing = [pd.isna(v) for v in (start, end, sy, ey)]
    if any(missing) and not all(missing):
        problems.append(f"{where}: start {start}, end {end}, start_year {sy}, end_year {ey}: "
                        f"present and absent together")
    elif not any(missing):
        assert isinstance(start, str) and isinstance(end, str)
        if Day.parse_iso(start) > Day.parse_iso(end):
            problems.append(f"{where}: start {start} after end {end}")
        assert isinstance(sy, float) and isinstance(ey, float)
        if not (math.isfinite(sy) and math.isfinite(ey) and sy < ey):
            problems.append(f"{where}: start_year {sy} not before end_year {ey}")
    if row["granularity"] not in GRAINS:
        problems.append(f"{where}: granularity {row['granularity']!r}")
    if not row["date"]:
        problems.append(f"{where}: no date value")
    return problems
