"""Anchor a ``Meaning`` on the calendar: absolute, from the document date, or from the
previous event. Pure: the document date is a parameter, never today's date.

Each result keeps the grain the text gave (a year stays a year), flags approximation and
says in one line how it was reached.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .calendar import Day, add_months, days_in_month, weekday
from .types import Anchor, DocDate, Grain, Meaning, Resolved

__all__ = ["Context", "resolve", "year_value", "GRAIN_ORDER"]

GRAIN_ORDER = {
    Grain.HOUR: -1, Grain.DAY: 0, Grain.WEEK: 1, Grain.MONTH: 2, Grain.SEASON: 3, Grain.QUARTER: 3,
    Grain.HALF: 4, Grain.YEAR: 5, Grain.DECADE: 6, Grain.CENTURY: 7, Grain.MILLENNIUM: 8,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # winter spans the new year
UNIT_CODES = {Grain.DAY: "D", Grain.WEEK: "W", Grain.MONTH: "M", Grain.QUARTER: "Q",
              Grain.YEAR: "Y", Grain.DECADE: "DE", Grain.CENTURY: "CE", Grain.HALF: "H",
              Grain.SEASON: "S"}
# "a few days", "several weeks": how many units a vague amount can mean.
VAGUE_RANGE = (2, 7)
# How far an approximate date ("cirka 1814") may stray, in days, by grain.
APPROX_SLACK = {Grain.HOUR: 1, Grain.DAY: 3, Grain.WEEK: 7, Grain.MONTH: 31, Grain.SEASON: 45,
                Grain.QUARTER: 45, Grain.HALF: 90, Grain.YEAR: 366, Grain.DECADE: 5 * 365,
                Grain.CENTURY: 10 * 365, Grain.MILLENNIUM: 100 * 365}
# "nylig" / "recently": how far back before the document date.
RECENT_MONTHS = 3


@dataclass(frozen=True)
class Context:
    dct: DocDate | None = None
    future: bool = False  # tense or a cue says the expression points ahead
    previous: Resolved | None = None  # the last anchored date told before this one
    previous_text: str = ""
    # Narrative time (see timeline/narrative.py): the story's date, to take the year from
    # instead of the document date. Set only where the text says so.
    story: Resolved | None = None
    story_text: str = ""


# --- formatting -------------------------------------------------------------------

def year_value(year: int) -> str:
    """TIMEX3 year: '2003', '0520', 'BC0044' (astronomical year -43)."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def year_words(year: int) -> str:
    return str(year) if year > 0 else f"{1 - year} BC"


def _describe_day(d: Day) -> str:
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {year_words(d.year)}"


def _describe_month(y: int, m: int) -> str:
    return f"{MONTH_NAMES[m - 1]} {year_words(y)}"


def describe(r: Resolved) -> str:
    """A short human reading of a resolved date, for explanations."""
    if r.start is None or r.end is None or r.grain is None:
        return r.value
    if r.grain == Grain.DAY:
        return _describe_day(r.start)
    if r.grain == Grain.MONTH and r.start.month == r.end.month and r.start.year == r.end.year:
        return _describe_month(r.start.year, r.start.month)
    if r.grain == Grain.YEAR and r.start.year == r.end.year:
        return year_words(r.start.year)
    return r.value


# --- intervals ----------------------------------------------------------------------

def _year_span(y: int) -> tuple[Day, Day]:
    return Day(y, 1, 1), Day(y, 12, 31)


def _month_span(y: int, m: int) -> tuple[Day, Day]:
    return Day(y, m, 1), Day(y, m, days_in_month(y, m))


def _season_span(y: int, s: str) -> tuple[Day, Day]:
    if s == "WI":  # the winter of Y: December Y-1 to February Y
        return Day(y - 1, 12, 1), Day(y, 2, days_in_month(y, 2))
    a, b = SEASON_MONTHS[s]
    return Day(y, a, 1), Day(y, b, days_in_month(y, b))


def _iso_week_monday(y: int, w: int) -> Day:
    jan4 = Day(y, 1, 4)
    return jan4.plus_days(-weekday(jan4) + 7 * (w - 1))


def _iso_week(d: Day) -> tuple[int, int]:
    thursday = d.plus_days(3 - weekday(d))
    first = _iso_week_monday(thursday.year, 1)
    return thursday.year, (thursday.number - first.number) // 7 + 1


def _apply_mod(start: Day, end: Day, mod: str) -> tuple[Day, Day]:
    if mod not in ("START", "MID", "END"):
        return start, end
    length = end.number - start.number + 1
    third = max(length // 3, 1)
    if mod == "START":
        return start, start.plus_days(third - 1)
    if mod == "MID":
        return start.plus_days(third), start.plus_days(2 * third - 1)
    return end.plus_days(-third + 1), end


def _shift(d: Day, unit: Grain, n: int) -> Day:
    if unit == Grain.HOUR:
        return d.plus_days(round(n / 24))
    if unit == Grain.DAY:
        return d.plus_days(n)
    if unit == Grain.WEEK:
        return d.plus_days(7 * n)
    months = {Grain.MONTH: 1, Grain.SEASON: 3, Grain.QUARTER: 3, Grain.HALF: 6,
              Grain.YEAR: 12, Grain.DECADE: 120, Grain.CENTURY: 1200,
              Grain.MILLENNIUM: 12000}[unit] * n
    y, m = add_months(d.year, d.month, months)
    return Day(y, m, min(d.day, days_in_month(y, m)))


def _unit_span(d: Day, unit: Grain) -> tuple[Day, Day, str]:
    """The whole ``unit`` (day, week, month, year, ...) that contains ``d``, with its value."""
    if unit == Grain.DAY:
        return d, d, d.iso()
    if unit == Grain.WEEK:
        y, w = _iso_week(d)
        monday = _iso_week_monday(y, w)
        return monday, monday.plus_days(6), f"{year_value(y)}-W{w:02d}"
    if unit == Grain.MONTH:
        a, b = _month_span(d.year, d.month)
        return a, b, f"{year_value(d.year)}-{d.month:02d}"
    if unit == Grain.QUARTER:
        q = (d.month - 1) // 3 + 1
        return (Day(d.year, 3 * q - 2, 1), _month_span(d.year, 3 * q)[1],
                f"{year_value(d.year)}-Q{q}")
    if unit == Grain.HALF:
        h = 1 if d.month <= 6 else 2
        return (Day(d.year, 6 * h - 5, 1), _month_span(d.year, 6 * h)[1],
                f"{year_value(d.year)}-H{h}")
    if unit == Grain.DECADE:
        y0 = d.year // 10 * 10
        return Day(y0, 1, 1), Day(y0 + 9, 12, 31), f"{y0 // 10:03d}"
    if unit == Grain.CENTURY:
        y0 = d.year // 100 * 100
        return Day(y0, 1, 1), Day(y0 + 99, 12, 31), f"{y0 // 100:02d}"
    a, b = _year_span(d.year)
    return a, b, year_value(d.year)


def _coarser(a: Grain, b: Grain) -> Grain:
    return a if GRAIN_ORDER[a] >= GRAIN_ORDER[b] else b


def _finer_than(a: Grain, b: Grain) -> bool:
    return GRAIN_ORDER[a] < GRAIN_ORDER[b]


# --- the resolver -----------------------------------------------------------------

def resolve(m: Meaning, ctx: Context) -> Resolved:
    kind = m.kind
    if kind == "date":
        r = _resolve_date(m, ctx)
    elif kind == "relative":
        r = _resolve_relative(m, ctx)
    elif kind == "anaphoric":
        r = _resolve_anaphoric(m, ctx)
    elif kind == "ref":
        r = _resolve_ref(m, ctx)
    elif kind == "window":
        r = _resolve_window(m, ctx)
    elif kind == "duration":
        r = _resolve_duration(m)
    elif kind == "set":
        r = _resolve_set(m)
    elif kind == "interval":
        r = _resolve_interval(m, ctx)
    else:  # pragma: no cover - every producer makes one of the kinds above
        raise ValueError(f"unknown meaning kind {kind!r}")
    return _checked(_modify(r, m))


def _checked(r: Resolved) -> Resolved:
    """What every value keeps, whatever rule made it: start and end both known or both
    unknown, and the start not after the end."""
    if (r.start is None) != (r.end is None):
        return Resolved(r.value, None, None, r.grain, r.approximate, Anchor.UNRESOLVED,
                        f"{r.explanation}; only one end can be placed", r.mod, r.anchor_text)
    if r.start is not None and r.end is not None and r.start > r.end:
        return Resolved(r.value, r.end, r.start, r.grain, r.approximate, r.anchor,
                        f"{r.explanation} (the text gives the later end first)", r.mod,
                        r.anchor_text)
    return r


def _modify(r: Resolved, m: Meaning) -> Resolved:
    """Apply 'slutten av' / 'late' (mod) and 'cirka' / 'about' (approximate)."""
    start, end = r.start, r.end
    explanation = r.explanation
    if start is not None and end is not None and m.mod in ("START", "MID", "END"):
        start, end = _apply_mod(start, end, m.mod)
        word = {"START": "early", "MID": "the middle of", "END": "late"}[m.mod]
        explanation = f"{word} {explanation[0].lower()}{explanation[1:]}"
    approximate = r.approximate or m.approximate
    if m.mod == "APPROX" and start is not None and end is not None and r.grain is not None:
        slack = APPROX_SLACK[r.grain]
        start, end = start.plus_days(-slack), end.plus_days(slack)
        explanation = f"about {explanation[0].lower()}{explanation[1:]}"
        approximate = True
    mod = m.mod or r.mod
    value = r.value
    if m.part_of_day and r.grain == Grain.DAY:
        value = f"{value}T{m.part_of_day}"
        part = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
        explanation = f"{explanation}, in the {part.get(m.part_of_day, m.part_of_day)}"
    return Resolved(value, start, end, r.grain, approximate, r.anchor, explanation, mod,
                    r.anchor_text)


def _date_grain(unit: Grain) -> Grain:
    """The grain of a date counted in ``unit``: no date is placed to the hour."""
    return Grain.DAY if unit == Grain.HOUR else unit


def _unresolved(value: str, what: str, grain: Grain, approximate: bool = False) -> Resolved:
    """A date that needs the document date, which was not given. It keeps the grain the
    text gives: "i februar" is a month even when no one knows which February."""
    return Resolved(value, None, None, _date_grain(grain), approximate, Anchor.UNRESOLVED,
                    f"{what}; no document date was given to place it", "", "")


def _resolve_date(m: Meaning, ctx: Context) -> Resolved:
    if m.century is not None:
        c = m.century
        if c >= 0:
            start, end = Day(c * 100, 1, 1), Day(c * 100 + 99, 12, 31)
            return Resolved(f"{c:02d}", start, end, Grain.CENTURY, False, Anchor.ABSOLUTE,
                            f"the {c * 100}s (the {_ordinal(c + 1)} century)")
        n = -c  # n-th century BC: years n*100 BC .. (n-1)*100+1 BC
        start, end = Day(1 - n * 100, 1, 1), Day(-(n - 1) * 100, 12, 31)
        return Resolved(f"BC{n - 1:02d}", start, end, Grain.CENTURY, False, Anchor.ABSOLUTE,
                        f"the {_ordinal(n)} century BC")
    if m.decade is not None:
        y0 = m.decade * 10
        return Resolved(f"{m.decade:03d}", Day(y0, 1, 1), Day(y0 + 9, 12, 31), Grain.DECADE,
                        False, Anchor.ABSOLUTE, f"the {y0}s")
    if m.year is not None:
        return _absolute(m, m.year, Anchor.ABSOLUTE, "")
    # No year: the document date supplies it, and tense chooses past or future.
    return _from_document(m, ctx)


def _absolute(m: Meaning, y: int, anchor: Anchor, how: str) -> Resolved:
    yv = year_value(y)
    if m.season is not None:
        start, end = _season_span(y, m.season)
        value, grain = f"{yv}-{m.season}", Grain.SEASON
        text = f"{SEASON_NAMES[m.season]} {year_words(y)}"
    elif m.quarter is not None:
        q = m.quarter
        start, end = Day(y, 3 * q - 2, 1), _month_span(y, 3 * q)[1]
        value, grain, text = f"{yv}-Q{q}", Grain.QUARTER, f"quarter {q} of {year_words(y)}"
    elif m.half is not None:
        h = m.half
        start, end = Day(y, 6 * h - 5, 1), _month_span(y, 6 * h)[1]
        value, grain, text = f"{yv}-H{h}", Grain.HALF, f"half {h} of {year_words(y)}"
    elif m.unit == Grain.WEEK and m.amount is not None:
        w = int(m.amount)
        start = _iso_week_monday(y, w)
        end = start.plus_days(6)
        value, grain, text = f"{yv}-W{w:02d}", Grain.WEEK, f"week {w} of {year_words(y)}"
    elif m.month is not None and m.day is not None:
        if m.day > days_in_month(y, m.month):
            return Resolved(f"{yv}-{m.month:02d}", *_month_span(y, m.month), Grain.MONTH, True,
                            anchor, f"{m.day}.{m.month}. does not exist in {year_words(y)}")
        start = end = Day(y, m.month, m.day)
        value, grain, text = start.iso(), Grain.DAY, _describe_day(start)
    elif m.month is not None:
        start, end = _month_span(y, m.month)
        value, grain, text = f"{yv}-{m.month:02d}", Grain.MONTH, _describe_month(y, m.month)
    else:
        start, end = _year_span(y)
        value, grain, text = yv, Grain.YEAR, f"the year {year_words(y)}"
    if y <= 0 and grain == Grain.DAY:
        value = f"BC{1 - y:04d}-{m.month:02d}-{m.day:02d}"
    explanation = text if not how else f"{text} ({how})"
    return Resolved(value, start, end, grain, False, anchor, explanation)


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }".replace(" ", "")


def _from_document(m: Meaning, ctx: Context) -> Resolved:
    if ctx.story is not None and ctx.story.start is not None:
        return _from_story(m, ctx.story, ctx.story_text)
    dct = ctx.dct
    direction = "the next" if ctx.future else "the latest"
    if m.month is not None:
        what = MONTH_NAMES[m.month - 1] if m.day is None else f"{m.day} {MONTH_NAMES[m.month - 1]}"
        if dct is None:
            value = f"XXXX-{m.month:02d}" + (f"-{m.day:02d}" if m.day else "")
            return _unresolved(value, f"{what} of an unknown year",
                               Grain.DAY if m.day else Grain.MONTH)
        y = dct.year
        if dct.month is not None:
            here = (m.month, m.day or 0)
            now = (dct.month, dct.day or (0 if m.day is None else 99))
            if ctx.future and here < (dct.month, dct.day or 0):
                y += 1
            elif not ctx.future and here > now:
                y -= 1
            how = f"{direction} {what} as of the document date {dct}"
        else:
            how = f"taken to be in {dct.year}, the document's year"
        return _absolute(m, y, Anchor.DOCUMENT, how)
    if m.weekday is not None:
        name = WEEKDAY_NAMES[m.weekday]
        if dct is None:
            return _unresolved(f"XXXX-WXX-{m.weekday + 1}", f"a {name}", Grain.DAY)
        return _weekday_near(m.weekday, dct, -1 if not ctx.future else 1, inclusive=True)
    if m.season is not None or m.quarter is not None or m.half is not None or m.unit == Grain.WEEK:
        if dct is None:
            return _unresolved("XXXX", "a part of an unknown year", Grain.YEAR)
        r = _absolute(m, dct.year, Anchor.DOCUMENT, f"in the document's year {dct.year}")
        start, end = r.start, r.end
        if dct.month is not None and start is not None and end is not None:
            # Past unless tense says future, as for months: Q3 told in April is last year's.
            if not ctx.future and start > dct.last_day:
                r = _absolute(m, dct.year - 1, Anchor.DOCUMENT,
                              f"{direction} one as of the document date {dct}")
            elif ctx.future and end < dct.first_day:
                r = _absolute(m, dct.year + 1, Anchor.DOCUMENT,
                              f"{direction} one as of the document date {dct}")
        return r
    return _unresolved("XXXX", "a date", Grain.DAY if m.day is not None else Grain.YEAR)


def _weekday_near(wd: int, dct: DocDate, direction: int, inclusive: bool) -> Resolved:
    """The weekday nearest the document date in ``direction`` (-1 past, +1 future)."""
    name = WEEKDAY_NAMES[wd]
    if dct.day is None:
        # Only the month (or year) is known: honest answer is "a Thursday in April 2019".
        if dct.month is not None:
            start, end = _month_span(dct.year, dct.month)
            return Resolved(f"{year_value(dct.year)}-{dct.month:02d}", start, end, Grain.MONTH,
                            False, Anchor.DOCUMENT,
                            f"a {name} in {_describe_month(dct.year, dct.month)} (the document "
                            f"date gives no day)", "", str(dct))
        start, end = _year_span(dct.year)
        return Resolved(year_value(dct.year), start, end, Grain.YEAR, False, Anchor.DOCUMENT,
                        f"a {name} in {dct.year} (the document date gives no month)", "",
                        str(dct))
    base = dct.first_day
    delta = (wd - weekday(base)) % 7 if direction > 0 else -((weekday(base) - wd) % 7)
    if not inclusive and delta == 0:
        delta = 7 * direction
    if inclusive and direction > 0 and delta == 0:
        delta = 7
    day = base.plus_days(delta)
    side = "before or on" if direction < 0 else "after"
    return Resolved(day.iso(), day, day, Grain.DAY, False, Anchor.DOCUMENT,
                    f"{name} {_describe_day(day)}, the {name} {side} the document date {dct}",
                    "", str(dct))


def _coarsen_to_dct(dct: DocDate, what: str) -> Resolved:
    """An expression finer than the document date: keep only what the date knows."""
    start, end = dct.first_day, dct.last_day
    if dct.month is not None:
        value = f"{year_value(dct.year)}-{dct.month:02d}"
        grain = Grain.MONTH
    else:
        value, grain = year_value(dct.year), Grain.YEAR
    return Resolved(value, start, end, grain, False, Anchor.DOCUMENT,
                    f"{what} as of the document date {dct}, which gives no finer date", "",
                    str(dct))


def _resolve_relative(m: Meaning, ctx: Context) -> Resolved:
    dct = ctx.dct
    unit = m.unit or Grain.DAY
    if m.weekday is not None:
        if dct is None:
            return _unresolved(f"XXXX-WXX-{m.weekday + 1}", f"a {WEEKDAY_NAMES[m.weekday]}",
                               Grain.DAY)
        if m.offset == 0:
            return _weekday_near(m.weekday, dct, -1 if not ctx.future else 1, inclusive=True)
        return _weekday_near(m.weekday, dct, m.offset, inclusive=False)
    if m.month is not None and m.unit == Grain.YEAR:  # "i mai i fjor", "May last year"
        if dct is None:
            return _unresolved(f"XXXX-{m.month:02d}", MONTH_NAMES[m.month - 1], Grain.MONTH)
        return _absolute(Meaning("date", month=m.month, day=m.day), dct.year + m.offset,
                         Anchor.DOCUMENT, f"{_offset_words(m)} from the document date {dct}")
    if m.month is not None:  # "last March", "next May"
        if dct is None:
            return _unresolved(f"XXXX-{m.month:02d}", MONTH_NAMES[m.month - 1], Grain.MONTH)
        y = dct.year
        ref_month = dct.month or (12 if m.offset < 0 else 1)
        if m.offset < 0 and m.month >= ref_month:
            y -= 1
        elif m.offset > 0 and m.month <= ref_month:
            y += 1
        return _absolute(Meaning("date", month=m.month), y, Anchor.DOCUMENT,
                         f"{'last' if m.offset < 0 else 'next' if m.offset > 0 else 'this'} "
                         f"{MONTH_NAMES[m.month - 1]} from the document date {dct}")
    if dct is None:
        return _unresolved("XXXX", f"{_offset_words(m)}", unit)
    if m.season is not None:
        y = dct.year + m.offset
        r = _absolute(Meaning("date", season=m.season), y, Anchor.DOCUMENT,
                      f"{_offset_words(m)} from the document date {dct}")
        return r
    if m.vague:  # "for noen dager siden": some days before the document date
        lo, hi = VAGUE_RANGE
        start = _shift(dct.first_day, unit, -hi)
        end = _shift(dct.last_day, unit, -lo)
        return Resolved(_unit_span(dct.first_day, _coarser(unit, dct.grain))[2], start, end,
                        _coarser(unit, dct.grain), True, Anchor.DOCUMENT,
                        f"a few {unit.value}s before the document date {dct}", "", str(dct))
    if _finer_than(unit, dct.grain):
        if unit in (Grain.DAY, Grain.WEEK) and abs(m.offset) <= 1 or m.offset == 0:
            return _coarsen_to_dct(dct, _offset_words(m))
        shifted = _shift(dct.first_day, unit, m.offset)
        start, end, value = _unit_span(shifted, dct.grain)
        return Resolved(value, start, end, dct.grain, True, Anchor.DOCUMENT,
                        f"{_offset_words(m)} from the document date {dct}, which gives no "
                        f"finer date", "", str(dct))
    target = _shift(dct.first_day, unit, m.offset)
    start, end, value = _unit_span(target, unit)
    return Resolved(value, start, end, unit, False, Anchor.DOCUMENT,
                    f"{_offset_words(m)} from the document date {dct}", "", str(dct))


def _offset_words(m: Meaning) -> str:
    unit = (m.unit or Grain.DAY).value
    if m.month is not None and m.unit == Grain.YEAR:
        which = {0: "this", -1: "last", 1: "next"}.get(m.offset, f"{m.offset:+d}")
        return f"{MONTH_NAMES[m.month - 1]} {which} year"
    if m.season is not None:
        unit = SEASON_NAMES[m.season]
    if m.offset == 0:
        return f"this {unit}"
    if m.amount is not None and abs(m.offset) != 1:
        n = abs(m.offset)
        return f"{n} {unit}s {'ago' if m.offset < 0 else 'ahead'}"
    return f"{'the previous' if m.offset < 0 else 'the next'} {unit}"


def _resolve_anaphoric(m: Meaning, ctx: Context) -> Resolved:
    unit = m.unit or Grain.DAY
    prev = ctx.previous
    what = _anaphor_words(m)
    if prev is None or prev.start is None or prev.end is None or prev.grain is None:
        return Resolved("XXXX", None, None, _date_grain(unit), m.approximate,
                        Anchor.UNRESOLVED, f"{what}, but no earlier date in the text to count "
                        f"from")
    anchor_text = ctx.previous_text or describe(prev)
    base = f"{what} {describe(prev)}"
    if m.vague:
        lo, hi = VAGUE_RANGE
        sign = 1 if m.offset >= 0 else -1
        a = _shift(prev.start, unit, sign * (lo if sign > 0 else hi))
        b = _shift(prev.end, unit, sign * (hi if sign > 0 else lo))
        grain = _coarser(prev.grain, unit)
        value = prev.value if grain == prev.grain else _unit_span(prev.start, grain)[2]
        return Resolved(value, a, b, grain, True, Anchor.PREVIOUS, base, "", anchor_text)
    n = int(m.amount or 0) * (1 if m.offset >= 0 else -1)
    if m.definite:
        # "dagen etter", "the following year": the whole next unit.
        if _finer_than(unit, prev.grain):
            start, end = _shift(prev.start, unit, n), _shift(prev.end, unit, n)
            return Resolved(prev.value, start, end, prev.grain, True, Anchor.PREVIOUS, base, "",
                            anchor_text)
        start, end, value = _unit_span(_shift(prev.start, unit, n), unit)
        return Resolved(value, start, end, unit, False, Anchor.PREVIOUS, base, "", anchor_text)
    # "tre dager senere", "two weeks later": shift, keeping the anchor's precision; but
    # "fem år senere" after a day is a year, not that day five years on (no invented day).
    said = unit if GRAIN_ORDER[unit] <= GRAIN_ORDER[Grain.YEAR] else Grain.YEAR
    if GRAIN_ORDER[said] >= GRAIN_ORDER[Grain.MONTH] and _finer_than(prev.grain, said):
        start, end, value = _unit_span(_shift(prev.start, unit, n), said)
        return Resolved(value, start, end, said, False, Anchor.PREVIOUS, base, "", anchor_text)
    if _finer_than(unit, prev.grain):
        start, end = _shift(prev.start, unit, n), _shift(prev.end, unit, n)
        return Resolved(prev.value, start, end, prev.grain, True, Anchor.PREVIOUS, base, "",
                        anchor_text)
    start, end, value = _unit_span(_shift(prev.start, unit, n), prev.grain)
    return Resolved(value, start, end, prev.grain, False, Anchor.PREVIOUS, base, "", anchor_text)


def _anaphor_words(m: Meaning) -> str:
    unit = (m.unit or Grain.DAY).value
    if m.offset == 0:
        return f"the same {unit} as"
    side = "after" if m.offset > 0 else "before"
    if m.vague:
        return f"a few {unit}s {side}"
    if m.definite:
        return f"the {unit} {side}"
    n = int(m.amount or 0)
    return f"{n} {unit}{'s' if n != 1 else ''} {side}"


def _resolve_ref(m: Meaning, ctx: Context) -> Resolved:
    dct = ctx.dct
    if dct is None:
        # "nylig" is a stretch of months before the document date when there is one.
        grain = Grain.MONTH if m.ref == "PAST_REF" else None
        return Resolved(m.ref, None, None, grain, m.approximate, Anchor.UNRESOLVED,
                        f"{m.ref}: no document date was given to place it")
    if m.ref == "PRESENT_REF":
        return Resolved(m.ref, dct.first_day, dct.last_day, dct.grain, False, Anchor.DOCUMENT,
                        f"now: the document date {dct}", "", str(dct))
    if m.ref == "FUTURE_REF":  # no end, so no span: not placed on the calendar
        return Resolved(m.ref, None, None, None, True, Anchor.DOCUMENT,
                        f"some time after the document date {dct}", "", str(dct))
    y, mo = add_months(dct.first_day.year, dct.first_day.month, -RECENT_MONTHS)
    start = Day(y, mo, 1)
    return Resolved(m.ref, start, dct.last_day, Grain.MONTH, True, Anchor.DOCUMENT,
                    f"recently: shortly before the document date {dct}", "", str(dct))


def _duration_value(unit: Grain, amount: float | None) -> str:
    code = UNIT_CODES.get(unit, "D")
    n = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    if unit == Grain.HOUR:
        return f"PT{n}H"
    if code == "DE":
        return f"P{n}0Y" if amount is not None else "PXDE"
    if code == "CE":
        return f"P{n}00Y" if amount is not None else "PXCE"
    if code == "H":
        return f"P{int(amount) * 6}M" if amount is not None else "PXM"
    if code == "S":
        return f"P{int(amount) * 3}M" if amount is not None else "PXM"
    return f"P{n}{code}"


def _resolve_window(m: Meaning, ctx: Context) -> Resolved:
    unit = m.unit or Grain.YEAR
    value = _duration_value(unit, m.amount)
    dct = ctx.dct
    if dct is None:
        return Resolved(value, None, None, _date_grain(unit), m.approximate, Anchor.UNRESOLVED,
                        "a stretch of time up to an unknown document date")
    if m.amount is None:
        lo, hi = VAGUE_RANGE
        start = _shift(dct.first_day, unit, -hi)
        return Resolved(value, start, dct.last_day, dct.grain, True, Anchor.DOCUMENT,
                        f"the last few {unit.value}s up to the document date {dct}", "",
                        str(dct))
    n = int(m.amount)
    start = _shift(dct.first_day, unit, -n)
    label = f"{unit.value}" if n == 1 else f"{n} {unit.value}s"
    return Resolved(value, start, dct.last_day, dct.grain, False, Anchor.DOCUMENT,
                    f"the past {label} up to the document date {dct}", "", str(dct))


def _resolve_duration(m: Meaning) -> Resolved:
    unit = m.unit or Grain.DAY
    value = _duration_value(unit, m.amount)
    n = "some" if m.amount is None else str(int(m.amount))
    return Resolved(value, None, None, None, m.amount is None, Anchor.ABSOLUTE,
                    f"a duration of {n} {unit.value}(s), not a position in time")


def _resolve_set(m: Meaning) -> Resolved:
    if m.weekday is not None:
        return Resolved(f"XXXX-WXX-{m.weekday + 1}", None, None, None, False, Anchor.ABSOLUTE,
                        f"every {WEEKDAY_NAMES[m.weekday]}")
    unit = m.unit or Grain.YEAR
    n = m.amount if m.amount is not None else 1
    every = unit.value if n == 1 else f"{int(n)} {unit.value}s"
    return Resolved(_duration_value(unit, n), None, None, None, False, Anchor.ABSOLUTE,
                    f"every {every}")


def _yearless(m: Meaning) -> bool:
    """A day or month with no year: "april", "3. mai"."""
    return m.kind == "date" and m.year is None and m.month is not None and \
        m.century is None and m.decade is None


def _with_year_near(m: Meaning, other: Resolved, after: bool) -> Resolved:
    """``m`` (a month or day with no year) in the year that puts it nearest ``other``:
    the first such date on or after it (``after``) or the last one on or before it."""
    assert other.start is not None and other.end is not None and m.month is not None
    here = (m.month, m.day or 1)
    if after:
        year = other.start.year + (here < (other.start.month, other.start.day))
        how = f"the first one from {describe(other)} on"
    else:
        year = other.start.year - (here > (other.start.month, other.start.day))
        how = ""
    r = _absolute(m, year, other.anchor, how)
    return Resolved(r.value, r.start, r.end, r.grain, other.approximate, other.anchor,
                    r.explanation, "", other.anchor_text)


def _resolve_interval(m: Meaning, ctx: Context) -> Resolved:
    first_m, last_m = m.parts
    last = resolve(last_m, ctx)
    note = ""
    if _yearless(first_m) and last_m.year is not None and last.start is not None:
        # "fra april til juni 2009": the first part borrows the year of the second.
        first = _with_year_near(first_m, last, after=False)
    else:
        first = resolve(first_m, ctx)
        if first.start is not None and first.end is not None and _yearless(last_m) and (
                last.end is None or last.end < first.start):
            if last.start is None or first.anchor == Anchor.ABSOLUTE or ctx.future:
                # "2018–april", "skal vare fra mai til april": the end is the next such
                # month from the start on. Without a document date that is a guess.
                guess = last.start is None
                last = _with_year_near(last_m, first, after=True)
                if guess:
                    month = MONTH_NAMES[(last_m.month or 1) - 1]
                    what = month if last_m.day is None else f"{last_m.day} {month}"
                    last = replace(last, approximate=True)
                    note = f" (the first {what} from then on: the text gives no year)"
            elif _yearless(first_m):
                # "fra mai til april", told in the past: the start is the last such
                # month before the end.
                first = _with_year_near(first_m, last, after=False)
    anchors = {first.anchor, last.anchor}
    anchor = next((a for a in (Anchor.UNRESOLVED, Anchor.PREVIOUS, Anchor.DOCUMENT)
                   if a in anchors), Anchor.ABSOLUTE)
    grain = first.grain if first.grain is not None else last.grain
    value = f"{first.value}/{last.value}"
    approximate = first.approximate or last.approximate
    if first.start is None or last.end is None or last.start is None:
        # One end cannot be placed: the interval is not placed either, never half.
        missing = "neither end can" if first.start is None and last.start is None else \
            "the start cannot" if first.start is None else "the end cannot"
        return Resolved(value, None, None, grain, approximate, Anchor.UNRESOLVED,
                        f"from {describe(first)} to {describe(last)}; {missing} be placed",
                        "", first.anchor_text or last.anchor_text)
    assert first.end is not None
    if first.start > last.end:
        # "fra 2009 til 2003", "between 1990 and 1980": the span between the two.
        return Resolved(value, last.start, first.end, grain, approximate, anchor,
                        f"between {describe(last)} and {describe(first)} (the text gives the "
                        f"later date first)", "", first.anchor_text or last.anchor_text)
    return Resolved(value, first.start, last.end, grain, approximate, anchor,
                    f"from {describe(first)} to {describe(last)}{note}", "",
                    first.anchor_text or last.anchor_text)


def _from_story(m: Meaning, story: Resolved, story_text: str) -> Resolved:
    """A date with no year, placed in the year the story is at (narrative time): "13.
    august" after "1905". A weekday is the first such day on or after a story day, or
    a day of the story's month or year when the story is no finer."""
    day = story.start
    assert day is not None
    told = story_text or describe(story)
    how = f"the story is in {year_words(day.year)} (narrative time, after {told})"
    if m.weekday is not None and m.month is None:
        if story.grain == Grain.DAY:
            r = _weekday_near(m.weekday, DocDate(day.year, day.month, day.day), 1, True)
        elif story.grain == Grain.MONTH:
            r = _weekday_near(m.weekday, DocDate(day.year, day.month), 1, True)
        else:
            r = _weekday_near(m.weekday, DocDate(day.year), 1, True)
        return Resolved(r.value, r.start, r.end, r.grain, story.approximate, Anchor.PREVIOUS,
                        f"a {WEEKDAY_NAMES[m.weekday]}: {how}", "", told)
    r = _absolute(m, day.year, Anchor.PREVIOUS, how)
    return Resolved(r.value, r.start, r.end, r.grain, r.approximate or story.approximate,
                    Anchor.PREVIOUS, r.explanation, r.mod, told)

