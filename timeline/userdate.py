"""Dates typed by people: "april 2009", "25. april 2019", "ca. 1905", "44 BC",
"15. mars 44 f.Kr.", "1990s", "2003–2009". Parsed once into a :class:`UserDate`
(start, end, grain, approximation); dateparser reads the everyday forms that are not
written here, and a refusal says why in the reader's language (:class:`UserDateError`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from . import i18n
from .calendar import Day, days_in_month
from .lang import codes as language_codes
from .types import DocDate
from .words import HAND_SET

__all__ = [
    "MAX_TYPED_DATE",
    "UserDate",
    "UserDateError",
    "parse_document_date",
    "parse_user_date",
]


@dataclass(frozen=True)
class UserDate:
    """A date a person typed, with the width they gave it."""

    value: str  # TIMEX3-style: "2009", "2009-04", "2009-04-25", "199", "2003/2009"
    start: Day
    end: Day  # inclusive
    granularity: str
    approximate: bool = False

    def columns(self, typed: str) -> dict[str, Any]:
        """The date columns of an event row for this date."""
        return {
            "date": self.value,
            "start": self.start.iso(),
            "end": self.end.iso(),
            "start_year": self.start.decimal_year(),
            "end_year": self.end.end_decimal_year(),
            "granularity": self.granularity,
            "approximate": self.approximate,
            "mod": "APPROX" if self.approximate else "",
            "anchor": "absolute",
            "anchor_text": "",
            "explanation": f"{HAND_SET}: “{typed.strip()}”.",
        }


_APPROX = re.compile(
    r"^(?:c\.|ca\.?|circa|cirka|rundt|omkring|about|around|approx\.?|~)\s*", re.IGNORECASE
)
_RANGE = re.compile(r"\s*(?:–|—|/|\.\.|\s-\s|\bto\b|\btil\b)\s*", re.IGNORECASE)
_BC_WORDS = r"(?:BC|BCE|B\.C\.?|f\.\s*Kr\.?|fvt\.?)"
_BC = re.compile(rf"^(\d{{1,4}})\s*{_BC_WORDS}$", re.IGNORECASE)
# "15. mars 44 f.Kr.", "mars 44 f.Kr.", "15 March 44 BC", "March 15, 44 BC": dateparser
# knows no year before 1, so a BC day or month is read here, with the languages' months.
_BC_DAY_FIRST = re.compile(
    rf"^(?:(?P<d>\d{{1,2}})\.?\s+)?(?P<mon>[^\W\d_]+)\.?\s+(?P<y>\d{{1,4}})\s*{_BC_WORDS}$",
    re.IGNORECASE,
)
_BC_MONTH_FIRST = re.compile(
    rf"^(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{1,4}})\s*{_BC_WORDS}$",
    re.IGNORECASE,
)
_DECADE = re.compile(r"^(\d{3})0(?:'?s|-tallet)$", re.IGNORECASE)
_CENTURY = re.compile(r"^(\d{1,2})00(?:'?s|-tallet)$", re.IGNORECASE)
_SIMPLE_RANGE = re.compile(r"^(-?\d{1,4})\s*-\s*(\d{4})$")  # "2003-2009" (not "2009-04")

class UserDateError(i18n.Refusal):
    """A typed date that is not one, with the catalog id of its message: ``str()`` is
    the English message, :meth:`words` the message in any interface language, with
    the hint of how to write a date."""

    def words(self, lang: str | None) -> str:
        return i18n.text(self.key, lang, hint=i18n.text("date.hint", lang), **self.values)


def _year_value(year: int) -> str:
    return f"BC{1 - year:04d}" if year <= 0 else f"{year:04d}"


def _month_number(word: str) -> int | None:
    """A month name or its abbreviation in any registered language ('mars', 'March')."""
    from .lang import get

    word = word.lower().rstrip(".")
    for code in language_codes():
        number = get(code).months.get(word)
        if number:
            return int(number)
    return None


def _bc_date(text: str) -> UserDate | None:
    m = _BC_DAY_FIRST.match(text) or _BC_MONTH_FIRST.match(text)
    if m is None:
        return None
    month = _month_number(m["mon"])
    if month is None:
        return None
    year = 1 - int(m["y"])  # astronomical: 1 BC is year 0
    if m["d"] is None:
        last = days_in_month(year, month)
        return UserDate(f"{_year_value(year)}-{month:02d}", Day(year, month, 1),
                        Day(year, month, last), "month")
    try:
        day = Day(year, month, int(m["d"]))
    except ValueError:
        raise UserDateError("date.error.no_day", day=int(m["d"])) from None
    return UserDate(f"{_year_value(year)}-{month:02d}-{day.day:02d}", day, day, "day")


def _single_date(text: str) -> UserDate:
    if m := _BC.match(text):
        year = 1 - int(m[1])  # astronomical: 1 BC is year 0
        return UserDate(_year_value(year), Day(year, 1, 1), Day(year, 12, 31), "year")
    if bc := _bc_date(text):
        return bc
    if m := _CENTURY.match(text):
        c = int(m[1])
        return UserDate(f"{c:02d}", Day(c * 100, 1, 1), Day(c * 100 + 99, 12, 31), "century")
    if m := _DECADE.match(text):
        d = int(m[1])
        return UserDate(f"{d:03d}", Day(d * 10, 1, 1), Day(d * 10 + 9, 12, 31), "decade")
    try:
        dd = DocDate.parse(text)
    except ValueError:
        dd = None
    if dd is not None:
        if dd.year < 1 and dd.month is None:
            return UserDate(_year_value(dd.year), dd.first_day, dd.last_day, "year")
        return UserDate(dd.iso(), dd.first_day, dd.last_day, str(dd.grain))
    return _dateparser_date(text)


@lru_cache(maxsize=2)
def _parsers() -> tuple[Any, Any]:
    # Imported lazily: dateparser is only needed when someone types a date.
    from dateparser.date import DateDataParser

    def make(base: datetime) -> Any:
        return DateDataParser(
            languages=["nb", "en"],
            settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"},
        )

    # Two fixed reference dates: a phrase that parses differently against them is
    # relative ("i går", "last year") and is refused; no hidden clock either way.
    return make(datetime(2001, 3, 7, tzinfo=UTC)), make(datetime(1987, 10, 20, tzinfo=UTC))


def _dateparser_date(text: str) -> UserDate:
    first, second = _parsers()
    a = first.get_date_data(text)
    b = second.get_date_data(text)
    if a.date_obj is None or b.date_obj is None or a.date_obj != b.date_obj:
        raise UserDateError("date.error.unreadable", text=text)
    when, period = a.date_obj, a.period or "day"
    if period == "year":
        return UserDate(f"{when.year:04d}", Day(when.year, 1, 1), Day(when.year, 12, 31), "year")
    if period == "month":
        last = days_in_month(when.year, when.month)
        return UserDate(
            f"{when.year:04d}-{when.month:02d}",
            Day(when.year, when.month, 1),
            Day(when.year, when.month, last),
            "month",
        )
    day = Day(when.year, when.month, when.day)
    return UserDate(day.iso(), day, day, "day")


#: Longest date a person may type; more is not a date, and dateparser would chew on it.
MAX_TYPED_DATE = 100


def parse_user_date(text: str) -> UserDate:
    """Read a date a person typed; raise ValueError with a helpful message otherwise.

    The width is honest: "2003" is the whole year, "april 2009" the whole month, a
    range runs from the start of its first part to the end of its last. Results are
    cached: replaying a log of edits parses each typed date once.
    """
    result = _parse_user_date_cached(str(text or ""))
    if isinstance(result, UserDateError):
        raise UserDateError(result.key, **result.values)
    return result


@lru_cache(maxsize=4096)
def _parse_user_date_cached(text: str) -> UserDate | UserDateError:
    """The date, or why it is not one (a pure function of the text)."""
    try:
        return _parse_user_date(text)
    except UserDateError as err:
        return err
    except ValueError:  # a date the calendar refuses ("0000", "2019-02-30")
        return UserDateError("date.error.unreadable", text=text.strip())


def _parse_user_date(text: str) -> UserDate:
    raw = text.strip()
    if not raw:
        raise UserDateError("date.error.empty")
    if len(raw) > MAX_TYPED_DATE:
        raise UserDateError("date.error.too_long")
    approximate = False
    if m := _APPROX.match(raw):
        approximate = True
        raw = raw[m.end() :].strip()
    if m := _SIMPLE_RANGE.match(raw):
        parts = [m[1], m[2]]
    else:
        parts = [p for p in _RANGE.split(raw) if p.strip()]
    if len(parts) == 2:
        a, b = _single_date(parts[0].strip()), _single_date(parts[1].strip())
        if b.end < a.start:
            raise UserDateError("date.error.backwards", text=text.strip())
        return UserDate(f"{a.value}/{b.value}", a.start, b.end, a.granularity, approximate)
    if len(parts) != 1:
        raise UserDateError("date.error.unreadable", text=text.strip())
    d = _single_date(parts[0])
    return UserDate(d.value, d.start, d.end, d.granularity, approximate)


def parse_document_date(text: str) -> DocDate | None:
    """A document date typed in the app: empty means unknown; else YYYY[-MM[-DD]]."""
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        return DocDate.parse(raw)
    except ValueError:
        raise UserDateError("date.error.document", text=raw) from None
