"""Proleptic Gregorian calendar arithmetic for any year, BC included.

``datetime.date`` stops at year 1 and pandas' nanosecond timestamps at 1677 and 2262;
diplomatic history needs 44 BC and 1648. Years here are *astronomical*: 1 BC is year 0,
44 BC is year -43. Day numbers count from 1970-01-01 (day 0), like Unix time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Day", "days_in_month", "add_months", "weekday", "easter_sunday", "nth_weekday",
           "holiday", "HOLIDAYS"]


def _is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _days_from_civil(y: int, m: int, d: int) -> int:
    # Era-based conversion (400-year cycles), valid for any integer year.
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z: int) -> tuple[int, int, int]:
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


# days in the months before each month of a common year
_DAYS_BEFORE_MONTH = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


@dataclass(frozen=True, order=True)
class Day:
    """One calendar day; ``year`` is astronomical (0 = 1 BC)."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1 <= self.day <= days_in_month(self.year, self.month):
            raise ValueError(f"no such day: {self.year}-{self.month}-{self.day}")

    @classmethod
    def from_number(cls, n: int) -> Day:
        return cls(*_civil_from_days(n))

    @property
    def number(self) -> int:
        """Days since 1970-01-01."""
        return _days_from_civil(self.year, self.month, self.day)

    def plus_days(self, n: int) -> Day:
        return Day.from_number(self.number + n)

    def iso(self) -> str:
        """ISO 8601 with the expanded sign for years outside 0000-9999 (``-0043-03-15``)."""
        if 0 <= self.year <= 9999:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        sign = "-" if self.year < 0 else "+"
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse_iso(cls, text: str) -> Day:
        sign = -1 if text.startswith("-") else 1
        body = text.lstrip("+-")
        y, m, d = body.split("-")
        return cls(sign * int(y), int(m), int(d))

    def day_of_year(self) -> int:
        """Days since 1 January of this year (0 on 1 January)."""
        return _DAYS_BEFORE_MONTH[self.month - 1] + self.day - 1 + (
            self.month > 2 and _is_leap(self.year))

    def decimal_year(self) -> float:
        """The year as a decimal number (start of this day), for plotting across eras."""
        length = 366 if _is_leap(self.year) else 365
        return self.year + self.day_of_year() / length

    def end_decimal_year(self) -> float:
        """The end of this day (the start of the next) as a decimal year: the ``end_year``
        of an event that ends on this day. After 31 December that is the next year's
        start, ``year + 1.0``, the same number as ``year + length / length``."""
        length = 366 if _is_leap(self.year) else 365
        return self.year + (self.day_of_year() + 1) / length

    def __str__(self) -> str:
        return self.iso()


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday(day: Day) -> int:
    """0 = Monday ... 6 = Sunday."""
    return (day.number + 3) % 7  # 1970-01-01 was a Thursday


def easter_sunday(year: int) -> Day:
    """Western (Gregorian) Easter Sunday: the first Sunday after the ecclesiastical full
    moon on or after 21 March, by the Gregorian computus (Gauss's method as corrected
    for the Gregorian calendar; valid for any proleptic Gregorian year)."""
    golden = year % 19  # the year's place in the 19-year Metonic cycle
    century, rest = divmod(year, 100)
    leap_skips = century // 4
    moon_shift = (8 * century + 13) // 25  # the lunar correction
    epact = (19 * golden + century - leap_skips - moon_shift + 15) % 30
    weekday_shift = (32 + 2 * (century % 4) + 2 * (rest // 4) - epact - rest % 4) % 7
    correction = (golden + 11 * epact + 22 * weekday_shift) // 451
    n = epact + weekday_shift - 7 * correction + 114
    return Day(year, n // 31, n % 31 + 1)


def nth_weekday(year: int, month: int, wd: int, n: int) -> Day | None:
    """The ``n``-th weekday ``wd`` (0 = Monday) of a month; ``n = -1`` is the last one."""
    if n < 0:
        last = Day(year, month, days_in_month(year, month))
        day = last.plus_days(-((weekday(last) - wd) % 7) + 7 * (n + 1))
    else:
        first = Day(year, month, 1)
        day = first.plus_days((wd - weekday(first)) % 7 + 7 * (n - 1))
    return day if (day.year, day.month) == (year, month) else None


YearSpan = Callable[[int], tuple[Day, Day]]


def _fixed(month: int, day: int, last_day: int | None = None) -> YearSpan:
    return lambda y: (Day(y, month, day), Day(y, month, last_day or day))


def _from_easter(first: int, last: int | None = None) -> YearSpan:
    def span(y: int) -> tuple[Day, Day]:
        e = easter_sunday(y)
        return e.plus_days(first), e.plus_days(first if last is None else last)
    return span


def _nth(month: int, wd: int, n: int) -> YearSpan:
    def span(y: int) -> tuple[Day, Day]:
        d = nth_weekday(y, month, wd, n)
        assert d is not None  # every month has a first to fourth and a last of each weekday
        return d, d
    return span


# Named days and holiday periods, language-neutral ids -> (first day, last day) in a
# year. Languages map their words onto these ids (``Lang.holidays``). Facts as in
# HeidelTime's and Duckling's holiday resources; Norwegian periods as Norwegians use them:
# "påsken" is Maundy Thursday to Easter Monday, "pinsen" Whitsun and Whit Monday,
# "romjulen" the days between Boxing Day and New Year's Eve.
HOLIDAYS: dict[str, YearSpan] = {
    "new_years_day": _fixed(1, 1),
    "valentines_day": _fixed(2, 14),
    "may_day": _fixed(5, 1),
    "constitution_day_no": _fixed(5, 17),
    "midsummer_eve": _fixed(6, 23),
    "midsummer_day": _fixed(6, 24),
    "independence_day_us": _fixed(7, 4),
    "halloween": _fixed(10, 31),
    "armistice_day": _fixed(11, 11),
    "christmas_eve": _fixed(12, 24),
    "christmas_day": _fixed(12, 25),
    "boxing_day": _fixed(12, 26),
    "christmas": _fixed(12, 24, 26),
    "romjul": _fixed(12, 27, 30),
    "new_years_eve": _fixed(12, 31),
    "palm_sunday": _from_easter(-7),
    "maundy_thursday": _from_easter(-3),
    "good_friday": _from_easter(-2),
    "holy_saturday": _from_easter(-1),
    "easter_sunday": _from_easter(0),
    "easter_monday": _from_easter(1),
    "easter": _from_easter(-3, 1),
    "easter_week": _from_easter(-6, 0),  # Holy Week, Monday to Easter Sunday
    "ascension_day": _from_easter(39),
    "whitsun_eve": _from_easter(48),
    "whit_sunday": _from_easter(49),
    "whit_monday": _from_easter(50),
    "whitsun": _from_easter(49, 50),
    "martin_luther_king_day": _nth(1, 0, 3),
    "presidents_day": _nth(2, 0, 3),
    "mothers_day_us": _nth(5, 6, 2),
    "memorial_day": _nth(5, 0, -1),
    "labor_day": _nth(9, 0, 1),
    "columbus_day": _nth(10, 0, 2),
    "thanksgiving_us": _nth(11, 3, 4),
    # the Tuesday after the first Monday in November
    "election_day_us": lambda y: (lambda d: (d, d))(
        _nth(11, 0, 1)(y)[0].plus_days(1)),
}


def holiday(name: str, year: int) -> tuple[Day, Day]:
    """The first and last day of the named holiday (see ``HOLIDAYS``) in ``year``."""
    return HOLIDAYS[name](year)
