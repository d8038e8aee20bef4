"""Rules: a named pattern plus a language-neutral producer of a ``Meaning``.

A language file declares its words as tables and its rules as ``Rule(name, pattern,
producer)``. Patterns use named groups only, with one vocabulary shared by all languages:

``x``        the span of the expression when the match includes context (a preposition)
``day``      day of month (digits)               ``month``    month word or number
``year``     year digits                         ``era``      BC/AD word ("f.Kr.", "BC")
``weekday``  weekday word                        ``season``   season word
``decade``   three leading digits ("199")        ``decword``  decade word ("nineties")
``century``  two leading digits ("18")           ``ordinal``  ordinal century ("19.", "19th")
``quarter``  ordinal word or digit (quarter)     ``half``     ordinal word or digit (half-year)
``week``     week number                         ``amount``   number (digits or word)
``unit``     unit word (day, week, ...)          ``rel``      last/this/next word
``dir``      later/earlier word                  ``ref``      PAST/PRESENT/FUTURE reference word

Producers read whichever groups matched and ask the language (``Lang``) what a word means,
so one producer serves every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .types import Grain, Meaning, TimexType

if TYPE_CHECKING:
    from .lang.base import Lang

__all__ = ["Rule", "PRODUCERS", "alternation", "ISO_DATE", "YEAR_RANGE"]

Producer = Callable[["re.Match[str]", "Lang"], Meaning | None]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that prefixes don't win."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in unique) + ")"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    producer: str  # key into PRODUCERS
    type: TimexType = TimexType.DATE
    latent: bool = False  # e.g. a bare number read as a year
    flags: int = re.IGNORECASE
    compiled: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "compiled", re.compile(self.pattern, self.flags))

    def produce(self, match: re.Match[str], lang: Lang) -> Meaning | None:
        return PRODUCERS[self.producer](match, lang)


def _key(word: str) -> str:
    return " ".join(word.lower().split())


def _group(m: re.Match[str], name: str) -> str | None:
    try:
        value = m.group(name)
    except IndexError:
        return None
    return value


def _year(m: re.Match[str], lang: Lang) -> int | None:
    text = _group(m, "year") or _group(m, "year_bc")
    if text is None:
        return None
    year = int(text)
    era = _group(m, "era")
    if era is not None and lang.era(era) < 0:
        return 1 - year  # astronomical: 1 BC is year 0
    return year


def produce_date(m: re.Match[str], lang: Lang) -> Meaning | None:
    month_text = _group(m, "month")
    month = lang.month(month_text) if month_text else None
    day_text = _group(m, "day")
    day = int(day_text) if day_text else None
    if day is not None and not 1 <= day <= 31:
        return None
    if month_text and month is None:
        return None
    weekday_text = _group(m, "weekday")
    weekday = lang.weekday(weekday_text) if weekday_text else None
    year = _year(m, lang)
    if year is None and month is None and weekday is None:
        return None
    return Meaning("date", year=year, month=month, day=day, weekday=weekday)


def produce_season(m: re.Match[str], lang: Lang) -> Meaning | None:
    season = lang.season(_group(m, "season") or "")
    if season is None:
        return None
    rel = _group(m, "rel")
    if rel is not None:
        return Meaning("relative", unit=Grain.SEASON, season=season, offset=lang.relation(rel))
    return Meaning("date", year=_year(m, lang), season=season)


def produce_quarter(m: re.Match[str], lang: Lang) -> Meaning | None:
    q = lang.number((_group(m, "quarter") or "").lstrip("Qq"))
    if q is None or not 1 <= q <= 4:
        return None
    return Meaning("date", year=_year(m, lang), quarter=int(q))


def produce_half(m: re.Match[str], lang: Lang) -> Meaning | None:
    h = lang.number(_group(m, "half") or "")
    if h is None or not 1 <= h <= 2:
        return None
    return Meaning("date", year=_year(m, lang), half=int(h))


def produce_week(m: re.Match[str], lang: Lang) -> Meaning | None:
    week = int(_group(m, "week") or 0)
    if not 1 <= week <= 53:
        return None
    return Meaning("date", year=_year(m, lang), unit=Grain.WEEK, amount=week)


def produce_decade(m: re.Match[str], lang: Lang) -> Meaning | None:
    digits = _group(m, "decade")
    if digits is None:
        word = _group(m, "decword")
        n = lang.decade_word(word or "")
        if n is None:
            return None
        return Meaning("date", decade=190 + n // 10)  # "the nineties": the 1990s by default
    if len(digits) == 2:  # "the '90s" / "the 90s"
        return Meaning("date", decade=190 + int(digits) // 10)
    return Meaning("date", decade=int(digits))


def produce_century(m: re.Match[str], lang: Lang) -> Meaning | None:
    digits = _group(m, "century")
    if digits is not None:  # "1800-tallet" / "the 1800s": the hundreds digits
        return Meaning("date", century=int(digits))
    ordinal = lang.number(_group(m, "ordinal") or "")
    if ordinal is None or ordinal < 1:
        return None
    era = _group(m, "era")
    if era is not None and lang.era(era) < 0:
        return Meaning("date", century=-int(ordinal))  # "1. århundre f.Kr."
    return Meaning("date", century=int(ordinal) - 1)  # "the 19th century" = 18xx


def produce_relative(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'last week', 'i fjor', 'today', 'next Thursday', 'two years ago'."""
    weekday_text = _group(m, "weekday")
    rel = _group(m, "rel")
    offset = lang.relation(rel) if rel is not None else 0
    if weekday_text:
        return Meaning("relative", unit=Grain.DAY, weekday=lang.weekday(weekday_text), offset=offset)
    month_text = _group(m, "month")
    if month_text:
        return Meaning("relative", unit=Grain.MONTH, month=lang.month(month_text), offset=offset)
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount_text = _group(m, "amount")
    if amount_text is not None:  # "to år siden" / "two years ago"
        amount = lang.number(amount_text)
        if amount is None:
            return Meaning("relative", unit=unit, offset=-1, vague=True, approximate=True)
        return Meaning("relative", unit=unit, offset=-int(amount) if amount >= 1 else -1,
                       amount=amount)
    return Meaning("relative", unit=unit, offset=offset)


def produce_month_of_year(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'mai i fjor', 'February last year': a month of a year counted from the document."""
    month = lang.month(m.group("month"))
    if month is None:
        return None
    return Meaning("relative", unit=Grain.YEAR, month=month, offset=lang.relation(m.group("rel")))


def produce_part_of_day(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'torsdag kveld', 'Friday morning', 'i går kveld', 'tonight': a day and its part."""
    part = lang.part_of_day(m.group("part")) or {"tonight": "NI"}.get(m.group("part").lower())
    if part is None:
        return None
    weekday_text = _group(m, "weekday")
    if weekday_text:
        return Meaning("date", weekday=lang.weekday(weekday_text), part_of_day=part)
    day = _group(m, "dayword") or ""
    offset = {"i går": -1, "yesterday": -1, "last": -1, "i morgen": 1, "tomorrow": 1}.get(
        _key(day), 0)
    return Meaning("relative", unit=Grain.DAY, offset=offset, part_of_day=part)


def produce_deictic(m: re.Match[str], lang: Lang) -> Meaning | None:
    """Lexical deictic words: 'i går', 'i fjor', 'yesterday', 'today'."""
    word = m.group("x") if _group(m, "x") else m.group(0)
    meaning = lang.deictic(word)
    return meaning


def produce_anaphoric(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'få dager senere', 'dagen etter', 'two weeks later', 'the following year'."""
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    direction = lang.direction(_group(m, "dir") or "")
    if direction == 0:
        return Meaning("anaphoric", unit=unit, offset=0, amount=0, definite=True)
    amount_text = _group(m, "amount")
    if amount_text is None:
        return Meaning("anaphoric", unit=unit, offset=direction, amount=1, definite=True)
    amount = lang.number(amount_text)
    if amount is None:  # "a few", "several", "få"
        return Meaning("anaphoric", unit=unit, offset=direction, amount=None, vague=True,
                       approximate=True)
    return Meaning("anaphoric", unit=unit, offset=direction, amount=amount)


def produce_ref(m: re.Match[str], lang: Lang) -> Meaning | None:
    ref = lang.ref(_group(m, "ref") or m.group(0))
    if ref is None:
        return None
    return Meaning("ref", ref=ref, approximate=ref != "PRESENT_REF")


def produce_window(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'det siste året', 'de siste tre årene', 'the past two weeks'."""
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount_text = _group(m, "amount")
    vague_plural = amount_text is None and _key(m.group("unit")) in lang.plural_units
    amount = lang.number(amount_text) if amount_text else 1
    if amount is None or vague_plural:
        return Meaning("window", unit=unit, amount=None, vague=True, approximate=True)
    return Meaning("window", unit=unit, amount=amount)


def produce_duration(m: re.Match[str], lang: Lang) -> Meaning | None:
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount_text = _group(m, "amount")
    amount = lang.number(amount_text) if amount_text else 1
    if amount is None:
        return Meaning("duration", unit=unit, amount=None, vague=True)
    return Meaning("duration", unit=unit, amount=amount)


def produce_set(m: re.Match[str], lang: Lang) -> Meaning | None:
    weekday_text = _group(m, "weekday")
    if weekday_text:
        return Meaning("set", weekday=lang.weekday(weekday_text), unit=Grain.WEEK, amount=1)
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount: float | None = 1
    if _group(m, "other"):  # "annethvert år": every second year
        amount = 2
    elif _group(m, "amount"):
        amount = lang.number(m.group("amount"))
        if amount is None:
            return None
    return Meaning("set", unit=unit, amount=amount)


def produce_day_range(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'1.–3. mars 2019', 'March 1–3, 2019': two days of one month."""
    month = lang.month(m.group("month"))
    first, last = int(m.group("day")), int(m.group("day2"))
    if month is None or not 1 <= first < last <= 31:
        return None
    year = _year(m, lang)
    return Meaning("interval", parts=(Meaning("date", year=year, month=month, day=first),
                                      Meaning("date", year=year, month=month, day=last)))


def produce_year_range(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'2003–2009', '1939-45'."""
    first = int(m.group("year"))
    last_text = m.group("year2")
    last = int(last_text)
    if len(last_text) == 2:
        last = first // 100 * 100 + last
    if last <= first:
        return None
    return Meaning("interval", parts=(Meaning("date", year=first), Meaning("date", year=last)))


PRODUCERS: dict[str, Producer] = {
    "date": produce_date,
    "season": produce_season,
    "quarter": produce_quarter,
    "half": produce_half,
    "week": produce_week,
    "decade": produce_decade,
    "century": produce_century,
    "relative": produce_relative,
    "deictic": produce_deictic,
    "anaphoric": produce_anaphoric,
    "ref": produce_ref,
    "window": produce_window,
    "duration": produce_duration,
    "set": produce_set,
    "year_range": produce_year_range,
    "day_range": produce_day_range,
    "part_of_day": produce_part_of_day,
    "month_of_year": produce_month_of_year,
}


# Numeric forms that read the same in every language this project knows.
ISO_DATE = Rule("date_iso", r"\b(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[012]\d|3[01])\b",
                "date")  # 2019-04-25
YEAR_RANGE = Rule("year_range", r"\b(?P<year>1\d{3}|20\d\d)\s*[-–—]\s*(?P<year2>1\d{3}|20\d\d|\d\d)"
                  r"\b(?![.,]\d)", "year_range")  # 2003–2009, 1939-45
