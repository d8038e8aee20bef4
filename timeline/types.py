"""The value types that flow through the pipeline; frozen where they can be."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from .calendar import Day, days_in_month

__all__ = [
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


class Grain(StrEnum):
    """How precise a date is: the width of the interval it names."""

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
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        m = _DOCDATE.match(text or "")
        if not m:
            raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
        return cls(
            int(m["y"]),
            int(m["m"]) if m["m"] else None,
            int(m["d"]) if m["d"] else None,
        )

    @property
    def grain(self) -> Grain:
        if self.day is not None:
            return Grain.DAY
        return Grain.MONTH if self.month is not None else Grain.YEAR

    @property
    def first_day(self) -> Day:
        return Day(self.year, self.month or 1, self.day or 1)

    @property
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
    ``set`` (a recurrence: "every year").
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
