"""The value types that flow through the pipeline; frozen where they can be."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from .calendar import Day, days_in_month

__all__ = [
    "EVENT_TYPES",
    "Anchor",
    "DocDate",
    "Document",
    "Event",
    "Grain",
    "Meaning",
    "Mention",
    "Resolved",
    "Sentence",
    "Timex",
    "TimexType",
]


#: The kinds of event, the one list: the engine's rules (``lang/*.py`` ``event_types``),
#: the catalog's labels (``type.<kind>``), the schema, the figure's colours, the event
#: store's weights and the app's choices all name these and no others. "other" is last:
#: what no rule recognises.
EVENT_TYPES: tuple[str, ...] = (
    "meeting",
    "negotiations",
    "sanctions",
    "agreement",
    "withdrawal",
    "expulsion",
    "statement",
    "visit",
    "election",
    "conflict",
    "other",
)


class Grain(StrEnum):
    """How precise a date is: the width of the interval it names."""

    SECOND = "second"  # durations only ("30 sekunder")
    MINUTE = "minute"  # durations only ("90 minutes")
    HOUR = "hour"  # durations only ("24 timer"); no date is placed to the hour
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half-year"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"


class Anchor(StrEnum):
    """What a value was computed from."""

    ABSOLUTE = "absolute"  # the text gave the whole date
    DOCUMENT = "document date"  # deictic or partial: filled from the document date
    PREVIOUS = "previous event"  # anaphoric: relative to the event told before it
    EVENT = "named event"  # "since the Hanoi summit": the date of the event it names
    UNRESOLVED = "unresolved"  # needed a document date that was not given


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


_DOCDATE = re.compile(r"^\s*(?P<y>-?\d{1,4})(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?\s*$")
# A time of day after the date ("1998-02-27T08:02:00", "2019-04-26 10:00+02:00"): the
# document date keeps the day, as the calendar of its own time zone gives it.
_DOCDATE_TIME = re.compile(
    r"^\s*(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})(?:[Tt ]+[0-9]{1,2}(?::[0-9]{2}){1,2}"
    r"(?:[.,][0-9]+)?)?\s*(?:[Zz]|[+-][0-9]{2}:?[0-9]{2}|UTC|GMT)?\s*$")
# Day first with dots, as Norwegian writes it: "26.04.2019".
_DOCDATE_DOTTED = re.compile(r"^\s*(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})\s*$")


@dataclass(frozen=True)
class DocDate:
    """The document creation time; it may be known to the day, month or year only."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a document date with a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"no month {self.month}")
        if self.day is not None and self.month is not None:
            if not 1 <= self.day <= days_in_month(self.year, self.month):
                raise ValueError(f"no day {self.year}-{self.month}-{self.day}")

    @classmethod
    def parse(cls, text: str) -> DocDate:
        """Parse a document date as users and newswire feeds write it; raise ValueError
        otherwise.

        ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``; ISO 8601 with a time of day
        (``1998-02-27T08:02:00``, ``2019-04-26T10:00+02:00``); ``26.04.2019``; RFC 2822
        (``Fri, 26 Apr 2019 10:00:00 +0200``) and other written dates that dateparser
        reads ("April 26, 2019"). A time of day is dropped: the date keeps the day as
        written, in the writer's own time zone. Nothing missing is filled in: "April 2019"
        is a month.
        """
        text = text or ""
        for pattern in (_DOCDATE, _DOCDATE_TIME, _DOCDATE_DOTTED):
            m = pattern.match(text)
            if m:
                return cls(int(m["y"]), int(m["m"]) if m["m"] else None,
                           int(m["d"]) if m["d"] else None)
        parsed = _parse_written_date(text)
        if parsed is None:
            raise ValueError(
                f"not a date: {text!r}; write YYYY, YYYY-MM, YYYY-MM-DD (a time may follow: "
                f"1998-02-27T08:02), DD.MM.YYYY or an e-mail style date "
                f"(Fri, 26 Apr 2019 10:00:00 +0200)")
        return parsed

    @property
    def grain(self) -> Grain:
        if self.day is not None:
            return Grain.DAY
        return Grain.MONTH if self.month is not None else Grain.YEAR

    # Worked out once per date: the steps ask for them for every sentence (an immutable
    # value, so the answer never changes).
    @cached_property
    def first_day(self) -> Day:
        return Day(self.year, self.month or 1, self.day or 1)

    @cached_property
    def last_day(self) -> Day:
        month = self.month or 12
        return Day(self.year, month, self.day or days_in_month(self.year, month))

    def iso(self) -> str:
        year = f"{self.year:04d}" if self.year >= 0 else f"-{-self.year:04d}"
        if self.day is not None:
            return f"{year}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{year}-{self.month:02d}"
        return year

    def __str__(self) -> str:
        return self.iso()


def _parse_written_date(text: str) -> DocDate | None:
    """An RFC 2822 date (e-mail, RSS) or another written date, at the grain it gives.

    Only strings made of numbers, month and weekday names, "am"/"pm" and time-zone
    letters are read, and only with a four-digit year: dateparser fills what a string
    lacks from today's clock, which a document date must never take. Numeric dates whose
    day and month could be either way round ("04/05/2019") are refused.
    """
    from email.utils import parsedate_tz

    stripped = text.strip()
    years = re.findall(r"(?<![0-9+:-])[0-9]{4}(?![0-9:])", stripped)
    if not stripped or len(stripped) > 80 or len(years) != 1:
        return None
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", stripped)}
    names = _date_words()
    if not words <= names | _CLOCK_WORDS:
        return None
    numbers = [int(n) for n in re.findall(r"(?<![0-9])[0-9]{1,2}(?![0-9:])", stripped)]
    if not words & names and len(numbers) >= 2 and numbers[0] != numbers[1] \
            and numbers[0] <= 12 and numbers[1] <= 12 and not stripped.startswith(years[0]):
        return None  # "04/05/2019": April or May?
    rfc = parsedate_tz(stripped) if words & names else None
    if rfc is not None:
        try:
            return DocDate(rfc[0], rfc[1], rfc[2])
        except ValueError:
            return None
    try:  # dateparser parses a string already found; it never searches
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return None
    parser = DateDataParser(languages=["en", "nb"],
                            settings={"PREFER_DAY_OF_MONTH": "first"})
    try:
        data = parser.get_date_data(stripped)
    except (ValueError, OverflowError):
        return None
    when, period = data.date_obj, data.period
    if when is None or when.year != int(years[0]):
        return None
    if period == "year":
        return DocDate(when.year)
    if period == "month":
        return DocDate(when.year, when.month)
    if period in ("day", "time"):
        return DocDate(when.year, when.month, when.day)
    return None


_CLOCK_WORDS = frozenset("t z am pm a m p utc gmt cet cest est edt cst cdt mst mdt pst pdt bst "
                         "of the den kl".split())


def _date_words() -> frozenset[str]:
    """Month and weekday names (and abbreviations) of every registered language."""
    from .lang import codes, get  # the languages import this module: import when needed

    words: set[str] = set()
    for code in codes():
        lang = get(code)
        words.update(lang.months)
        words.update(lang.weekdays)
    words.update(w[:3] for w in set(words))
    return frozenset(words)


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True)
class Meaning:
    """What a temporal expression says, before it is anchored anywhere.

    ``kind`` is one of:
    ``date`` (calendar fields; missing year/month means "fill from the anchor"),
    ``relative`` (offset in ``unit`` from the document date: "i fjor", "last week"),
    ``anaphoric`` (offset from the previous event: "dagen etter", "two weeks later"),
    ``ref`` (PAST_REF / PRESENT_REF / FUTURE_REF: "nylig", "now"),
    ``window`` (the ``amount`` ``unit``s ending at the document date: "det siste året"),
    ``duration`` (a length of time, no position: "three years"),
    ``interval`` (``parts`` = (from, to)),
    ``since`` (``parts`` = (from,); until the document date),
    ``event_ref`` (``since`` an event named by ``noun``: "siden toppmøtet i Hanoi"),
    ``set`` (a recurrence: "every year"),
    ``within`` (the ``nth`` weekday, day or week of ``parts[0]``: "siste mandag i mars",
    "onsdag neste uke", "the 20th of next month"),
    ``clock`` (a time of day alone: "kl. 14.30"; joined to a day it refines, else dropped).
    """

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    season: str | None = None  # SP, SU, FA, WI
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 18 for the 1800s ("1800-tallet")
    unit: Grain | None = None
    amount: float | None = None  # None = "a few" / vague
    offset: int = 0
    mod: str = ""  # TIMEX3 mod: START, MID, END, EARLY?, APPROX, BEFORE, AFTER
    approximate: bool = False
    ref: str = ""  # PAST_REF, PRESENT_REF, FUTURE_REF
    noun: str = ""  # event_ref: the event noun ("toppmøtet")
    parts: tuple[Meaning, ...] = ()
    vague: bool = False  # "a few", "several": amount unknown
    part_of_day: str = ""  # TIMEX3 MO, AF, EV, NI: "torsdag kveld", "Friday morning"
    definite: bool = False  # "dagen etter", "the following year": the next whole unit
    holiday: str = ""  # a named day, language-neutral: "easter_sunday", "christmas_eve"
    nth: int = 0  # "within": the nth weekday/day/week of the container; -1 = the last
    hour: int | None = None  # a clock time: "kl. 14.30 torsdag", "3 pm Thursday"
    minute: int | None = None
    short_year: bool = False  # ``year`` has two digits ("31.10.74"): the century is open
    order_open: bool = False  # "3/4/2015": day and month may be either way round
    weekend: bool = False  # "i helgen", "last weekend": Saturday and Sunday of a week


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text: where it is and what it says."""

    start: int
    end: int
    text: str
    rule: str
    type: TimexType
    meaning: Meaning
    latent: bool = False  # a bare number that is only probably a year
    parts: tuple[Timex, ...] = ()  # an interval's two expressions, as TIMEX3 tags them


@dataclass(frozen=True)
class Resolved:
    """A temporal expression anchored on the calendar, with an honest account of how."""

    value: str  # TIMEX3 value: "2003", "2009-04", "2019-04-25", "2018-SP", "199", "P1Y"
    start: Day | None
    end: Day | None  # inclusive
    grain: Grain | None
    approximate: bool
    anchor: Anchor
    explanation: str
    mod: str = ""
    anchor_text: str = ""  # the expression or event it was anchored to


@dataclass(frozen=True)
class Mention:
    """One place in one document that reports an event."""

    doc: str
    quote: str
    quote_start: int
    quote_end: int
    timex: str
    timex_start: int
    timex_end: int
    sentence: int


@dataclass
class Event:
    id: str
    doc: str
    lang: str
    date: Resolved
    title: str
    type: str
    actors: list[str] = field(default_factory=list)
    place: str = ""
    mentions: list[Mention] = field(default_factory=list)
    timex_type: TimexType = TimexType.DATE
    modality: str = "actual"  # actual, planned or possible: see schema.COLUMNS


@dataclass(frozen=True)
class Document:
    """A text to read, its header metadata removed. Offsets are into ``text``."""

    name: str
    text: str
    lang: str | None = None
    dct: DocDate | None = None
    desk: str = ""
    title: str = ""
    meta: tuple[tuple[str, str], ...] = ()
    header_chars: int = 0  # characters of the source text before ``text`` starts
