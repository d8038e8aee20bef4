"""Proleptic Gregorian calendar arithmetic for any year, BC included.

``datetime.date`` stops at year 1 and pandas' nanosecond timestamps at 1677 and 2262;
diplomatic history needs 44 BC and 1648. Years here are *astronomical*: 1 BC is year 0,
44 BC is year -43. Day numbers count from 1970-01-01 (day 0), like Unix time.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Day", "days_in_month", "add_months", "weekday"]


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

    def decimal_year(self) -> float:
        """The year as a decimal number (start of this day), for plotting across eras."""
        start = _days_from_civil(self.year, 1, 1)
        length = 366 if _is_leap(self.year) else 365
        return self.year + (self.number - start) / length

    def __str__(self) -> str:
        return self.iso()


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def weekday(day: Day) -> int:
    """0 = Monday ... 6 = Sunday."""
    return (day.number + 3) % 7  # 1970-01-01 was a Thursday
