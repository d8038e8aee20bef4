"""Calendar arithmetic across eras (``timeline.calendar``) and the document date (``DocDate``)."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.calendar import Day, add_months, days_in_month, weekday
from timeline.types import DocDate, Grain

# --- Day: ISO round trips across eras ------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "iso"),
    [
        (Day(-43, 3, 15), "-0043-03-15"),  # the Ides of March, 44 BC (astronomical -43)
        (Day(-1, 12, 31), "-0001-12-31"),  # 2 BC
        (Day(-10000, 1, 1), "-10000-01-01"),
        (Day(0, 2, 29), "0000-02-29"),  # 1 BC, a leap year in the proleptic calendar
        (Day(1, 1, 1), "0001-01-01"),
        (Day(800, 12, 25), "0800-12-25"),
        (Day(1648, 10, 24), "1648-10-24"),
        (Day(1970, 1, 1), "1970-01-01"),
        (Day(2019, 4, 25), "2019-04-25"),
        (Day(9999, 12, 31), "9999-12-31"),
        (Day(10000, 1, 1), "+10000-01-01"),
    ],
)
def test_iso_round_trip(day: Day, iso: str) -> None:
    assert day.iso() == iso
    assert str(day) == iso
    assert Day.parse_iso(iso) == day


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [
        (2019, 2, 29),
        (1900, 2, 29),
        (2100, 2, 29),
        (2019, 2, 30),
        (2019, 4, 31),
        (2019, 13, 1),
        (2019, 0, 1),
        (2019, 1, 0),
        (2019, 1, 32),
        (-1, 2, 29),  # 2 BC is not a leap year
    ],
)
def test_impossible_days_raise(year: int, month: int, day: int) -> None:
    with pytest.raises(ValueError):
        Day(year, month, day)


@pytest.mark.parametrize("text", ["2019-02-30", "abc", "2019-13-01", "2019-01", ""])
def test_parse_iso_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        Day.parse_iso(text)


# --- leap years and month lengths ------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "leap"),
    [
        (1900, False),
        (2000, True),
        (2019, False),
        (2020, True),
        (2100, False),
        (2400, True),
        (1600, True),
        (1700, False),
        (0, True),  # 1 BC
        (-4, True),  # 5 BC
        (-100, False),
        (-400, True),
        (-1, False),
    ],
)
def test_leap_years(year: int, leap: bool) -> None:
    assert days_in_month(year, 2) == (29 if leap else 28)
    if leap:
        assert Day(year, 2, 29).plus_days(1) == Day(year, 3, 1)
    else:
        assert Day(year, 2, 28).plus_days(1) == Day(year, 3, 1)
        with pytest.raises(ValueError):
            Day(year, 2, 29)


@pytest.mark.parametrize(
    ("month", "length"),
    [(1, 31), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31),
     (11, 30), (12, 31)],
)
def test_days_in_month(month: int, length: int) -> None:
    assert days_in_month(2019, month) == length


# --- day numbers and weekdays -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "number"),
    [
        (Day(1970, 1, 1), 0),
        (Day(1970, 1, 2), 1),
        (Day(1969, 12, 31), -1),
        (Day(2000, 3, 1), 11017),
        (Day(1, 1, 1), dt.date(1, 1, 1).toordinal() - dt.date(1970, 1, 1).toordinal()),
    ],
)
def test_day_numbers(day: Day, number: int) -> None:
    assert day.number == number
    assert Day.from_number(number) == day


@pytest.mark.parametrize(
    "iso",
    ["0001-01-01", "0100-02-28", "1582-10-15", "1648-10-24", "1677-09-21", "1900-02-28",
     "1900-03-01", "1970-01-01", "2000-02-29", "2019-04-25", "2262-04-12", "9999-12-31"],
)
def test_agrees_with_datetime_where_it_can(iso: str) -> None:
    ours = Day.parse_iso(iso)
    theirs = dt.date.fromisoformat(iso)
    assert ours.number == theirs.toordinal() - dt.date(1970, 1, 1).toordinal()
    assert weekday(ours) == theirs.weekday()


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (Day(2019, 4, 25), 3),  # Thursday: Putin and Kim in Vladivostok
        (Day(1648, 10, 24), 5),  # Saturday: the Peace of Westphalia
        (Day(1970, 1, 1), 3),  # Thursday
        (Day(2000, 1, 1), 5),  # Saturday
        (Day(1945, 5, 8), 1),  # Tuesday
        (Day(1814, 5, 17), 1),  # Tuesday
    ],
)
def test_weekday_of_known_dates(day: Day, expected: int) -> None:
    assert weekday(day) == expected


@pytest.mark.parametrize("start", [Day(-43, 3, 10), Day(0, 2, 25), Day(1969, 12, 28)])
def test_weekdays_continue_across_eras(start: Day) -> None:
    day = start
    for _ in range(14):
        following = day.plus_days(1)
        assert weekday(following) == (weekday(day) + 1) % 7
        assert following > day
        day = following


@pytest.mark.parametrize(
    ("day", "n", "expected"),
    [
        (Day(2019, 12, 31), 1, Day(2020, 1, 1)),
        (Day(2020, 2, 28), 1, Day(2020, 2, 29)),
        (Day(2019, 4, 26), -1, Day(2019, 4, 25)),
        (Day(1, 1, 1), -1, Day(0, 12, 31)),
        (Day(0, 1, 1), -1, Day(-1, 12, 31)),
        (Day(2019, 1, 1), 365, Day(2020, 1, 1)),
        (Day(2020, 1, 1), 366, Day(2021, 1, 1)),
    ],
)
def test_plus_days(day: Day, n: int, expected: Day) -> None:
    assert day.plus_days(n) == expected


@pytest.mark.parametrize(
    ("year", "month", "delta", "expected"),
    [
        (2019, 1, -1, (2018, 12)),
        (2019, 12, 1, (2020, 1)),
        (2019, 4, -12, (2018, 4)),
        (2019, 4, 0, (2019, 4)),
        (2019, 4, 25, (2021, 5)),
        (0, 1, -1, (-1, 12)),
        (-43, 3, -3, (-44, 12)),
    ],
)
def test_add_months(year: int, month: int, delta: int, expected: tuple[int, int]) -> None:
    assert add_months(year, month, delta) == expected


# --- decimal years ---------------------------------------------------------------------------

_ASCENDING = [
    Day(-10000, 1, 1), Day(-44, 12, 31), Day(-43, 1, 1), Day(-43, 3, 15), Day(-1, 12, 31),
    Day(0, 1, 1), Day(0, 12, 31), Day(1, 1, 1), Day(1648, 10, 24), Day(1900, 2, 28),
    Day(1900, 3, 1), Day(1999, 12, 31), Day(2000, 1, 1), Day(2000, 2, 29), Day(2019, 4, 25),
    Day(2019, 4, 26), Day(2019, 12, 31), Day(2020, 1, 1), Day(10000, 1, 1),
]


def test_decimal_year_is_strictly_increasing() -> None:
    assert _ASCENDING == sorted(_ASCENDING)
    years = [d.decimal_year() for d in _ASCENDING]
    assert all(a < b for a, b in zip(years, years[1:], strict=False)), years


@pytest.mark.parametrize("year", [-10000, -43, -1, 0, 1, 1648, 1900, 2000, 2019, 10000])
def test_decimal_year_bounds(year: int) -> None:
    assert Day(year, 1, 1).decimal_year() == year
    assert year < Day(year, 12, 31).decimal_year() < year + 1
    assert Day(year, 7, 1).decimal_year() == pytest.approx(year + 0.5, abs=0.01)


@pytest.mark.parametrize("year", [-10000, -43, -1, 0, 1, 1648, 1900, 2000, 2019, 2100, 10000])
def test_a_day_ends_where_the_next_begins(year: int) -> None:
    """An event ending on a day is drawn to the start of the next one: across month
    ends, 29 February and the turn of the year, BC included."""
    day, last = Day(year, 1, 1), Day(year, 12, 31).plus_days(1)
    while day < last:
        after = day.plus_days(1)
        assert day.end_decimal_year() == after.decimal_year(), day
        assert day.day_of_year() == day.number - Day(year, 1, 1).number
        day = after


def test_decimal_year_is_monotonic_day_by_day_across_year_zero() -> None:
    day, previous = Day(-2, 12, 1), float("-inf")
    while day <= Day(1, 2, 1):
        value = day.decimal_year()
        assert value > previous, day
        previous, day = value, day.plus_days(1)


# --- DocDate --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "year", "month", "day", "grain", "iso"),
    [
        ("2019", 2019, None, None, Grain.YEAR, "2019"),
        ("2019-04", 2019, 4, None, Grain.MONTH, "2019-04"),
        ("2019-04-26", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("2019-4", 2019, 4, None, Grain.MONTH, "2019-04"),
        (" 2019-04-26 ", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("2020-02-29", 2020, 2, 29, Grain.DAY, "2020-02-29"),
        ("1648", 1648, None, None, Grain.YEAR, "1648"),
        ("800", 800, None, None, Grain.YEAR, "0800"),
        # what users and newswire feeds send: a time of day is dropped, the day kept
        ("1998-02-27T08:02:00", 1998, 2, 27, Grain.DAY, "1998-02-27"),
        ("2019-04-26T10:00", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("2019-04-26 10:00+02:00", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("Fri, 26 Apr 2019 10:00:00 +0200", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("26.04.2019", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("2019/04/26", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("April 26, 2019", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("26. april 2019", 2019, 4, 26, Grain.DAY, "2019-04-26"),
        ("Apr 2019", 2019, 4, None, Grain.MONTH, "2019-04"),
    ],
)
def test_docdate_parse(text: str, year: int, month: int | None, day: int | None, grain: Grain,
                       iso: str) -> None:
    d = DocDate.parse(text)
    assert (d.year, d.month, d.day) == (year, month, day)
    assert d.grain == grain
    assert d.iso() == iso
    assert str(d) == iso
    assert DocDate.parse(d.iso()) == d


@pytest.mark.parametrize(
    "text",
    ["2019-13", "2019-00", "abc", "2019-02-30", "2019-02-29", "2019-04-31", "2019-04-00", "",
     "   ", "20190426", "2019-04-26-01", "april", "April 26", "x 2019", "04/05/2019",
     "2019-04-26T25:00:00x", "31.02.2019"],
)
def test_docdate_parse_errors(text: str) -> None:
    with pytest.raises(ValueError):
        DocDate.parse(text)


def test_docdate_error_names_the_input() -> None:
    with pytest.raises(ValueError, match="abc"):
        DocDate.parse("abc")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("2019", Day(2019, 1, 1), Day(2019, 12, 31)),
        ("2019-04", Day(2019, 4, 1), Day(2019, 4, 30)),
        ("2020-02", Day(2020, 2, 1), Day(2020, 2, 29)),
        ("1900-02", Day(1900, 2, 1), Day(1900, 2, 28)),
        ("2019-04-26", Day(2019, 4, 26), Day(2019, 4, 26)),
    ],
)
def test_docdate_bounds(text: str, first: Day, last: Day) -> None:
    d = DocDate.parse(text)
    assert d.first_day == first
    assert d.last_day == last


@pytest.mark.parametrize(
    ("docdate", "iso"),
    [
        (DocDate(-43), "-0043"),
        (DocDate(-43, 3), "-0043-03"),
        (DocDate(-43, 3, 15), "-0043-03-15"),
    ],
)
def test_docdate_iso_before_year_zero_matches_day_iso(docdate: DocDate, iso: str) -> None:
    # Day writes BC years with four digits and a sign ("-0043-03-15"); a document date
    # should use the same ISO 8601 form, and it must parse back to itself.
    assert docdate.iso() == iso
    assert DocDate.parse(iso) == docdate
    if docdate.day is not None:
        assert docdate.first_day.iso() == docdate.iso()


def test_docdate_needs_month_for_day() -> None:
    with pytest.raises(ValueError):
        DocDate(2019, None, 26)


@pytest.mark.parametrize(("year", "iso"), [
    (1818, "1818-03-22"), (1943, "1943-04-25"), (2000, "2000-04-23"), (2008, "2008-03-23"),
    (2011, "2011-04-24"), (2019, "2019-04-21"), (2024, "2024-03-31"), (2038, "2038-04-25"),
])
def test_easter_sunday(year: int, iso: str) -> None:
    from timeline.calendar import easter_sunday

    assert easter_sunday(year).iso() == iso


@pytest.mark.parametrize(("name", "year", "first", "last"), [
    ("easter", 2019, "2019-04-18", "2019-04-22"),  # Maundy Thursday to Easter Monday
    ("ascension_day", 2019, "2019-05-30", "2019-05-30"),
    ("whitsun", 2019, "2019-06-09", "2019-06-10"),
    ("thanksgiving_us", 1999, "1999-11-25", "1999-11-25"),
    ("memorial_day", 2019, "2019-05-27", "2019-05-27"),
    ("labor_day", 2019, "2019-09-02", "2019-09-02"),
    ("election_day_us", 2018, "2018-11-06", "2018-11-06"),
    ("romjul", 2018, "2018-12-27", "2018-12-30"),
])
def test_holiday_spans(name: str, year: int, first: str, last: str) -> None:
    from timeline.calendar import holiday

    start, end = holiday(name, year)
    assert (start.iso(), end.iso()) == (first, last)
