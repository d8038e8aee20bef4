"""Anchor a ``Meaning`` on the calendar: absolute, from the document date, or from the
previous event. Pure: the document date is a parameter, never today's date.

Each result keeps the grain the text gave (a year stays a year), flags approximation and
says in one line how it was reached.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import words
from .calendar import Day, add_months, days_in_month, holiday, nth_weekday, weekday
from .types import Anchor, DocDate, Grain, Meaning, Resolved

__all__ = ["Context", "resolve", "year_value", "GRAIN_ORDER"]

GRAIN_ORDER = {
    Grain.SECOND: -3, Grain.MINUTE: -2, Grain.HOUR: -1, Grain.DAY: 0, Grain.WEEK: 1, Grain.MONTH: 2, Grain.SEASON: 3, Grain.QUARTER: 3,
    Grain.HALF: 4, Grain.YEAR: 5, Grain.DECADE: 6, Grain.CENTURY: 7, Grain.MILLENNIUM: 8,
}
# Explanations are English (the engine's own words): dates in them come from words.py.
_EN = "en"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11)}  # winter spans the new year
UNIT_CODES = {Grain.SECOND: "S", Grain.MINUTE: "M", Grain.HOUR: "H", Grain.DAY: "D", Grain.WEEK: "W", Grain.MONTH: "M", Grain.QUARTER: "Q",
              Grain.YEAR: "Y", Grain.DECADE: "DE", Grain.CENTURY: "CE", Grain.HALF: "H",
              Grain.SEASON: "S"}
# "a few days", "several weeks": how many units a vague amount can mean.
VAGUE_RANGE = (2, 7)
# How far an approximate date ("cirka 1814") may stray, in days, by grain.
APPROX_SLACK = {Grain.SECOND: 0, Grain.MINUTE: 0, Grain.HOUR: 1, Grain.DAY: 3, Grain.WEEK: 7, Grain.MONTH: 31, Grain.SEASON: 45,
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
    present: bool = False  # told in the present tense: the nearest occurrence, either way


# --- formatting -------------------------------------------------------------------

def year_value(year: int) -> str:
    """TIMEX3 year: '2003', '0520', 'BC0044' (astronomical year -43)."""
    return f"{year:04d}" if year > 0 else f"BC{1 - year:04d}"


def describe(r: Resolved) -> str:
    """A short human reading of a resolved date, for explanations."""
    if r.start is None or r.end is None or r.grain is None:
        return r.value
    if r.grain == Grain.DAY:
        return words.day(r.start, _EN)
    if r.grain == Grain.MONTH and r.start.month == r.end.month and r.start.year == r.end.year:
        return words.month(r.start.year, r.start.month, _EN)
    if r.grain == Grain.YEAR and r.start.year == r.end.year:
        return words.year(r.start.year, _EN)
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
    if unit in (Grain.MINUTE, Grain.SECOND):
        return d  # no date is placed finer than the day
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
    elif kind == "within":
        r = _resolve_within(m, ctx)
    elif kind == "clock":
        r = _resolve_clock(m, ctx)
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
    # "Early 2000s", "slutten av april": the text names a part with no edges; the third
    # of the period drawn for it is a convention, so the date is approximate.
    approximate = r.approximate or m.approximate or (
        m.mod in ("START", "MID", "END") and start is not None and end is not None)
    if m.mod == "APPROX" and start is not None and end is not None and r.grain is not None:
        slack = APPROX_SLACK[r.grain]
        start, end = start.plus_days(-slack), end.plus_days(slack)
        explanation = f"about {explanation[0].lower()}{explanation[1:]}"
        approximate = True
    mod = m.mod or r.mod
    value = r.value
    if m.hour is not None and r.grain == Grain.DAY and start == end:
        value = f"{value}T{m.hour:02d}:{m.minute or 0:02d}"
        explanation = f"{explanation}, at {m.hour:02d}:{m.minute or 0:02d}"
    elif m.part_of_day and r.grain == Grain.DAY:
        value = f"{value}T{m.part_of_day}"
        part = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
        explanation = f"{explanation}, in the {part.get(m.part_of_day, m.part_of_day)}"
    return Resolved(value, start, end, r.grain, approximate, r.anchor, explanation, mod,
                    r.anchor_text)


def _date_grain(unit: Grain | None) -> Grain | None:
    """The grain of a date counted in ``unit``: no date is placed to the hour."""
    return Grain.DAY if unit == Grain.HOUR else unit


def _unresolved(value: str, what: str, grain: Grain | None,
                approximate: bool = False) -> Resolved:
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
    if m.holiday:
        return _resolve_holiday(m, ctx)
    if m.weekend:
        return _resolve_weekend(m, ctx)
    if m.short_year and m.year is not None:
        return _resolve_short_year(m, ctx)
    if m.order_open and m.year is not None and m.month is not None and m.day is not None:
        return _resolve_open_order(m)
    if m.year is not None:
        return _agree(_absolute(m, m.year, Anchor.ABSOLUTE, ""), m)
    # No year: the document date supplies it, and tense chooses past or future.
    return _from_document(m, ctx)


def _absolute(m: Meaning, y: int, anchor: Anchor, how: str) -> Resolved:
    yv = year_value(y)
    if m.season is not None:
        start, end = _season_span(y, m.season)
        value, grain = f"{yv}-{m.season}", Grain.SEASON
        text = f"{SEASON_NAMES[m.season]} {words.year(y, _EN)}"
    elif m.quarter is not None:
        q = m.quarter
        start, end = Day(y, 3 * q - 2, 1), _month_span(y, 3 * q)[1]
        value, grain, text = f"{yv}-Q{q}", Grain.QUARTER, f"quarter {q} of {words.year(y, _EN)}"
    elif m.half is not None:
        h = m.half
        start, end = Day(y, 6 * h - 5, 1), _month_span(y, 6 * h)[1]
        value, grain, text = f"{yv}-H{h}", Grain.HALF, f"half {h} of {words.year(y, _EN)}"
    elif m.unit == Grain.WEEK and m.amount is not None:
        w = int(m.amount)
        start = _iso_week_monday(y, w)
        end = start.plus_days(6)
        value, grain, text = f"{yv}-W{w:02d}", Grain.WEEK, f"week {w} of {words.year(y, _EN)}"
    elif m.month is not None and m.day is not None:
        if m.day > days_in_month(y, m.month):
            return Resolved(f"{yv}-{m.month:02d}", *_month_span(y, m.month), Grain.MONTH, True,
                            anchor, f"{m.day}.{m.month}. does not exist in {words.year(y, _EN)}")
        start = end = Day(y, m.month, m.day)
        value, grain, text = start.iso(), Grain.DAY, words.day(start, _EN)
    elif m.month is not None:
        start, end = _month_span(y, m.month)
        value, grain, text = f"{yv}-{m.month:02d}", Grain.MONTH, words.month(y, m.month, _EN)
    else:
        start, end = _year_span(y)
        value, grain, text = yv, Grain.YEAR, f"the year {words.year(y, _EN)}"
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
    if m.month is not None and m.day is not None and m.weekday is not None and dct is not None:
        return _weekday_date_near(m, dct, ctx.future)
    if m.month is None and m.day is not None:
        if dct is None:
            return _unresolved(f"XXXX-XX-{m.day:02d}", f"the {_ordinal(m.day)} of a month",
                               Grain.DAY)
        return _day_of_month_near(m, dct, ctx.future)
    if m.month is not None:
        what = words.month_name(m.month, _EN) if m.day is None else f"{m.day} {words.month_name(m.month, _EN)}"
        if dct is None:
            value = f"XXXX-{m.month:02d}" + (f"-{m.day:02d}" if m.day else "")
            return _unresolved(value, f"{what} of an unknown year",
                               Grain.DAY if m.day else Grain.MONTH)
        y = dct.year
        if dct.month is not None:
            here = (m.month, m.day or 0)
            now = (dct.month, dct.day or (0 if m.day is None else 99))
            if ctx.future and (here < (dct.month, dct.day or 0) if m.day is not None
                               else m.month < dct.month):
                y += 1  # the current month still lies ahead in part: it counts
            elif not ctx.future and here > now:
                y -= 1
            if ctx.present and not ctx.future and m.day is not None:
                # a day told in the present ("meets on 7 February"); a month alone is
                # mostly background ("in the October slaying"): the latest one
                y = _nearest_year(m, dct, y)
                direction = "the nearest"
            how = f"{direction} {what} as of the document date {dct}"
        else:
            how = f"taken to be in {dct.year}, the document's year"
        return _absolute(m, y, Anchor.DOCUMENT, how)
    if m.weekday is not None:
        name = WEEKDAY_NAMES[m.weekday]
        if dct is None:
            return _unresolved(f"XXXX-WXX-{m.weekday + 1}", f"a {name}", Grain.DAY)
        near = _weekday_near(m.weekday, dct, -1 if not ctx.future else 1, inclusive=True)
        same = _same_weekday_told(m.weekday, ctx, dct)
        return same if same is not None and same.start != near.start else near
    if m.season is not None or m.quarter is not None or m.half is not None or m.unit == Grain.WEEK:
        if dct is None:
            return _unresolved("XXXX", "a part of an unknown year", Grain.YEAR)
        r = _absolute(m, dct.year, Anchor.DOCUMENT, f"in the document's year {dct.year}")
        first, last = r.start, r.end
        if dct.month is not None and first is not None and last is not None:
            # Past unless tense says future, as for months: Q3 told in April is last year's.
            if not ctx.future and first > dct.last_day:
                r = _absolute(m, dct.year - 1, Anchor.DOCUMENT,
                              f"{direction} one as of the document date {dct}")
            elif ctx.future and last < dct.first_day and not (
                    (m.quarter is not None or m.half is not None)
                    and dct.first_day.number - last.number <= 92):
                # ("will report third-quarter results" in October: a reporting period is
                # told of after it ends, so the one just ended stays.)
                r = _absolute(m, dct.year + 1, Anchor.DOCUMENT,
                              f"{direction} one as of the document date {dct}")
        return r
    return _unresolved("XXXX", "a date", Grain.DAY if m.day is not None else Grain.YEAR)


def _nearest_year(m: Meaning, dct: DocDate, latest: int) -> int:
    """Of the latest occurrence of a yearless month or day (in year ``latest``) and the
    next one, the year of the one nearer the document date."""
    assert m.month is not None
    day = min(m.day or 1, 28)
    here = dct.first_day.number
    past = Day(latest, m.month, day).number
    ahead = Day(latest + 1, m.month, day).number
    if past >= here:  # the latest is the current month: it is the nearest
        return latest
    return latest + 1 if ahead - here < here - past else latest


def _end_follows(first_m: Meaning, last_m: Meaning, first: Resolved) -> bool:
    """"April 25-27", "fra desember til februar": the start, once placed, places the
    stretch; an end with a month and no year follows it."""
    return (last_m.kind == "date" and last_m.year is None and last_m.month is not None
            and not last_m.holiday and first_m.kind == "date" and first.start is not None
            and first.grain in (Grain.DAY, Grain.MONTH))


def _same_weekday_told(wd: int, ctx: Context, dct: DocDate) -> Resolved | None:
    """'Hu arrives on Tuesday. Tuesday evening he dines with Obama', 'Presidenten kommer
    onsdag 11. juni. Onsdag kveld er det gallamiddag': a weekday alone, right after the
    text told a day that is that weekday, in the week around the document date, is that
    same day, whatever the tense of its own clause (kept only where the tense alone would
    take another). Else None."""
    prev = ctx.previous
    if prev is None or prev.grain != Grain.DAY or prev.start is None or \
            prev.start != prev.end or weekday(prev.start) != wd or dct.day is None or \
            abs(prev.start.number - dct.first_day.number) > _SAME_WEEK_DAYS:
        return None
    name = WEEKDAY_NAMES[wd]
    return Resolved(prev.start.iso(), prev.start, prev.end, Grain.DAY, False, Anchor.PREVIOUS,
                    f"{name} {words.day(prev.start, _EN)}, the {name} told before", "",
                    ctx.previous_text or describe(prev))


# How far from the document date a weekday told before may lie for a weekday alone after
# it to be the same day: the week around the document date.
_SAME_WEEK_DAYS = 6


def _weekday_near(wd: int, dct: DocDate, direction: int, inclusive: bool) -> Resolved:
    """The weekday nearest the document date in ``direction`` (-1 past, +1 future)."""
    name = WEEKDAY_NAMES[wd]
    if dct.day is None:
        # Only the month (or year) is known: honest answer is "a Thursday in April 2019".
        if dct.month is not None:
            start, end = _month_span(dct.year, dct.month)
            return Resolved(f"{year_value(dct.year)}-{dct.month:02d}", start, end, Grain.MONTH,
                            False, Anchor.DOCUMENT,
                            f"a {name} in {words.month(dct.year, dct.month, _EN)} (the document "
                            f"date gives no day)", "", str(dct))
        start, end = _year_span(dct.year)
        return Resolved(year_value(dct.year), start, end, Grain.YEAR, False, Anchor.DOCUMENT,
                        f"a {name} in {dct.year} (the document date gives no month)", "",
                        str(dct))
    base = dct.first_day
    delta = (wd - weekday(base)) % 7 if direction > 0 else -((weekday(base) - wd) % 7)
    if not inclusive and delta == 0:
        delta = 7 * direction
    day = base.plus_days(delta)
    side = "before or on" if direction < 0 else "after" if delta else "on"
    return Resolved(day.iso(), day, day, Grain.DAY, False, Anchor.DOCUMENT,
                    f"{name} {words.day(day, _EN)}, the {name} {side} the document date {dct}",
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
    if m.holiday:
        return _resolve_holiday(m, ctx)
    if m.weekend:
        return _resolve_weekend(m, ctx)
    if m.weekday is not None:
        if dct is None:
            return _unresolved(f"XXXX-WXX-{m.weekday + 1}", f"a {WEEKDAY_NAMES[m.weekday]}",
                               Grain.DAY)
        if m.offset == 0:
            return _weekday_near(m.weekday, dct, -1 if not ctx.future else 1, inclusive=True)
        if abs(m.offset) > 1:  # "Friday after next": one more week on
            return _weeks_on(_weekday_near(m.weekday, dct, 1 if m.offset > 0 else -1,
                                           inclusive=False), m.offset)
        return _weekday_near(m.weekday, dct, m.offset, inclusive=False)
    if m.unit == Grain.YEAR and (m.quarter is not None or m.half is not None):
        # "this year's third quarter", "første halvår i fjor"
        if dct is None:
            return _unresolved("XXXX", "a part of a year counted from the document date",
                               Grain.QUARTER if m.quarter else Grain.HALF)
        return _absolute(Meaning("date", quarter=m.quarter, half=m.half), dct.year + m.offset,
                         Anchor.DOCUMENT, f"{_offset_words(m)} from the document date {dct}")
    if m.unit == Grain.YEAR and m.amount == 1 and m.offset == -1:
        same = _same_period_a_year_before(ctx, Anchor.DOCUMENT)
        if same is not None:  # "up from $10 million a year ago" after "in the quarter"
            return same
    if m.definite and m.offset == 0 and ctx.previous is not None \
            and ctx.previous.grain == unit and ctx.previous.end is not None \
            and ctx.previous.start is not None and (dct is None or ctx.previous.anchor ==
                                                    Anchor.ABSOLUTE or dct.first_day.number -
                                                    ctx.previous.end.number <= 300):
        # "for the quarter": the quarter told before (not a year-ago one it was compared to)
        prev = ctx.previous
        return Resolved(prev.value, prev.start, prev.end, prev.grain, prev.approximate,
                        Anchor.PREVIOUS, f"the {unit.value} told before: {describe(prev)}", "",
                        ctx.previous_text or describe(prev))
    if m.definite and m.offset == 0 and not ctx.future and dct is not None \
            and dct.grain == Grain.DAY and unit != Grain.DAY:
        # "the quarter" told in the past tense, none named before: the latest one over
        start, end, value = _unit_span(_shift(dct.first_day, unit, -1), unit)
        return Resolved(value, start, end, unit, False, Anchor.DOCUMENT,
                        f"the latest {unit.value} ended before the document date {dct}", "",
                        str(dct))
    if m.month is not None and m.unit == Grain.YEAR:  # "i mai i fjor", "May last year"
        if dct is None:
            return _unresolved(f"XXXX-{m.month:02d}", words.month_name(m.month, _EN), Grain.MONTH)
        return _absolute(Meaning("date", month=m.month, day=m.day), dct.year + m.offset,
                         Anchor.DOCUMENT, f"{_offset_words(m)} from the document date {dct}")
    if m.month is not None:  # "last March", "next May"
        if dct is None:
            return _unresolved(f"XXXX-{m.month:02d}", words.month_name(m.month, _EN), Grain.MONTH)
        y = dct.year
        ref_month = dct.month or (12 if m.offset < 0 else 1)
        if m.offset < 0 and m.month >= ref_month:
            y -= 1
        elif m.offset > 0 and m.month <= ref_month:
            y += 1
        return _absolute(Meaning("date", month=m.month), y, Anchor.DOCUMENT,
                         f"{'last' if m.offset < 0 else 'next' if m.offset > 0 else 'this'} "
                         f"{words.month_name(m.month, _EN)} from the document date {dct}")
    if dct is None:
        return _unresolved("XXXX", f"{_offset_words(m)}", unit)
    if m.season is not None:
        y = dct.year + m.offset
        if m.unit == Grain.SEASON and m.offset:
            # "last autumn": the latest one that ended before the document date;
            # "next spring": the first one that begins after it.
            y = dct.year + (1 if m.offset > 0 else 0)
            start, end = _season_span(y, m.season)
            if m.offset < 0 and end >= dct.first_day:
                y -= 1
            elif m.offset > 0:
                prev_start, _ = _season_span(y - 1, m.season)
                if prev_start > dct.last_day:
                    y -= 1
        r = _absolute(Meaning("date", season=m.season), y, Anchor.DOCUMENT,
                      f"{_offset_words(m)} from the document date {dct}")
        return r
    if m.vague:  # "for noen dager siden", "om noen dager": some units before or after
        lo, hi = VAGUE_RANGE
        if m.offset > 0:
            start, end = _shift(dct.first_day, unit, lo), _shift(dct.last_day, unit, hi)
        else:
            start, end = _shift(dct.first_day, unit, -hi), _shift(dct.last_day, unit, -lo)
        value, grain = _covering(start, end, _coarser(unit, dct.grain),
                                 "FUTURE_REF" if m.offset > 0 else "PAST_REF")
        side = "after" if m.offset > 0 else "before"
        return Resolved(value, start, end, grain, True, Anchor.DOCUMENT,
                        f"a few {_plural(unit)} {side} the document date {dct}", "", str(dct))
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
        return f"{words.month_name(m.month, _EN)} {which} year"
    if m.season is not None:
        unit = SEASON_NAMES[m.season]
    if m.offset == 0:
        return f"this {unit}"
    if m.amount is not None and abs(m.offset) != 1:
        n = abs(m.offset)
        return f"{n} {_plural(unit)} {'ago' if m.offset < 0 else 'ahead'}"
    return f"{'the previous' if m.offset < 0 else 'the next'} {unit}"


def _resolve_anaphoric(m: Meaning, ctx: Context) -> Resolved:
    unit = m.unit or Grain.DAY
    prev = ctx.previous
    what = _anaphor_words(m) if m.unit is not None else "the time told before"
    if prev is None or prev.start is None or prev.end is None or prev.grain is None:
        return Resolved("XXXX", None, None, _date_grain(unit), m.approximate,
                        Anchor.UNRESOLVED, f"{what}, but no earlier date in the text to count "
                        f"from")
    if m.weekday is not None and m.offset:  # "the following Monday"
        sign = 1 if m.offset > 0 else -1
        edge = prev.end if sign > 0 else prev.start
        step = ((m.weekday - weekday(edge)) % 7 or 7) if sign > 0 else \
            -((weekday(edge) - m.weekday) % 7 or 7)
        day = edge.plus_days(step)
        return Resolved(day.iso(), day, day, Grain.DAY, prev.grain != Grain.DAY,
                        Anchor.PREVIOUS, f"{WEEKDAY_NAMES[m.weekday]} {words.day(day, _EN)}, "
                        f"the {WEEKDAY_NAMES[m.weekday]} {'after' if sign > 0 else 'before'} "
                        f"{describe(prev)}", "", ctx.previous_text or describe(prev))
    if m.unit is None:  # "at the time": the time told before, as it was told
        return Resolved(prev.value, prev.start, prev.end, prev.grain, prev.approximate,
                        Anchor.PREVIOUS, f"{what}: {describe(prev)}", "",
                        ctx.previous_text or describe(prev))
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
    if m.year is not None and m.definite:  # "the 1988 period": the period compared, in 1988
        if prev.grain in _COMPARED_GRAINS:
            start, end, value = _unit_span(_shift(prev.start, Grain.YEAR, m.year - prev.start.year),
                                           prev.grain)
            return Resolved(value, start, end, prev.grain, False, Anchor.PREVIOUS,
                            f"the same {prev.grain.value} as {describe(prev)}, in {m.year}", "",
                            anchor_text)
        return _absolute(Meaning("date", year=m.year), m.year, Anchor.ABSOLUTE, "")
    if unit == Grain.YEAR and m.amount == 1 and m.offset == -1:
        same = _same_period_a_year_before(ctx, Anchor.PREVIOUS, whole_years=m.definite)
        if same is not None:  # "a year earlier", "the year-ago quarter"
            return same
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
        return f"a few {_plural(m.unit or Grain.DAY)} {side}"
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


# A fraction of a unit is written in the next smaller one: 2.5 hours = PT2H30M.
_SMALLER = {Grain.YEAR: (Grain.MONTH, 12), Grain.MONTH: (Grain.DAY, 30),
            Grain.WEEK: (Grain.DAY, 7), Grain.DAY: (Grain.HOUR, 24),
            Grain.HOUR: (Grain.MINUTE, 60), Grain.MINUTE: (Grain.SECOND, 60),
            Grain.DECADE: (Grain.YEAR, 10), Grain.CENTURY: (Grain.YEAR, 100)}
_TIME_UNITS = (Grain.HOUR, Grain.MINUTE, Grain.SECOND)


def _fractional_duration(unit: Grain, amount: float) -> str | None:
    """'P2Y6M', 'PT2H30M', 'P2DT12H' for 2.5 years, hours, days; None if not exact."""
    whole = int(amount)
    smaller = _SMALLER.get(unit)
    if smaller is None:
        return None
    small_unit, per = smaller
    rest = (amount - whole) * per
    if abs(rest - round(rest)) > 1e-6:
        return None
    parts: dict[Grain, int] = {}
    if unit in (Grain.DECADE, Grain.CENTURY):
        parts[Grain.YEAR] = whole * (10 if unit == Grain.DECADE else 100) + round(rest)
    else:
        if whole:
            parts[Grain.DAY if unit == Grain.WEEK else unit] = whole * (7 if unit == Grain.WEEK else 1)
        parts[small_unit] = parts.get(small_unit, 0) + round(rest)
    date = "".join(f"{n}{UNIT_CODES[g]}" for g, n in parts.items() if g not in _TIME_UNITS and n)
    time = "".join(f"{n}{UNIT_CODES[g]}" for g, n in parts.items() if g in _TIME_UNITS and n)
    return "P" + date + (f"T{time}" if time else "")


def _duration_value(unit: Grain, amount: float | None) -> str:
    code = UNIT_CODES.get(unit, "D")
    if amount is not None and amount != int(amount):
        exact = _fractional_duration(unit, amount)
        if exact is not None:
            return exact
    n = "X" if amount is None else (str(int(amount)) if amount == int(amount) else str(amount))
    if unit in _TIME_UNITS:
        return f"PT{n}{code}"
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
    story = ctx.story
    if dct is None and story is not None and story.start is not None and m.amount is not None \
            and unit in (Grain.YEAR, Grain.DECADE, Grain.CENTURY):
        # "de siste 20 årene" in a history text with no date: the years up to the one
        # the story is at (narrative time), as approximate as that year's place is
        year = story.start.year
        told = ctx.story_text or describe(story)
        n = int(m.amount) * {Grain.YEAR: 1, Grain.DECADE: 10, Grain.CENTURY: 100}[unit]
        lo, hi = (year, year + n) if m.offset > 0 else (year - n, year)
        return Resolved(value, Day(lo, 1, 1), Day(hi, 12, 31), Grain.YEAR, True, Anchor.PREVIOUS,
                        f"the {'next' if m.offset > 0 else 'past'} {n} years from "
                        f"{words.year(year, _EN)}: the year the story is in (narrative time, "
                        f"after {told})", "", told)
    if dct is None:
        return Resolved(value, None, None, _date_grain(unit), m.approximate, Anchor.UNRESOLVED,
                        "a stretch of time up to an unknown document date")
    if m.amount is None:
        lo, hi = VAGUE_RANGE
        start = _shift(dct.first_day, unit, -hi)
        return Resolved(value, start, dct.last_day, dct.grain, True, Anchor.DOCUMENT,
                        f"the last few {_plural(unit)} up to the document date {dct}", "",
                        str(dct))
    n = int(m.amount)
    label = f"{unit.value}" if n == 1 else f"{n} {_plural(unit)}"
    if m.offset > 0:  # "de neste tre ukene", "innen to uker": ahead of the document date
        end = _shift(dct.last_day, unit, n)
        return Resolved(value, dct.first_day, end, dct.grain, False, Anchor.DOCUMENT,
                        f"the next {label} from the document date {dct}", "", str(dct))
    start = _shift(dct.first_day, unit, -n)
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
    if m.part_of_day:
        part = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
        return Resolved(f"XXXX-XX-XXT{m.part_of_day}", None, None, None, False,
                        Anchor.ABSOLUTE, f"every {part.get(m.part_of_day, m.part_of_day)}")
    if m.month is not None:
        return Resolved(f"XXXX-{m.month:02d}", None, None, None, False, Anchor.ABSOLUTE,
                        f"every {words.month_name(m.month, _EN)}")
    if m.season is not None:
        return Resolved(f"XXXX-{m.season}", None, None, None, False, Anchor.ABSOLUTE,
                        f"every {SEASON_NAMES[m.season]}")
    unit = m.unit or Grain.YEAR
    n = m.amount if m.amount is not None else 1
    every = unit.value if n == 1 else f"{int(n)} {_plural(unit)}"
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
                    month = words.month_name(last_m.month or 1, _EN)
                    what = month if last_m.day is None else f"{last_m.day} {month}"
                    last = replace(last, approximate=True)
                    note = f" (the first {what} from then on: the text gives no year)"
            elif _yearless(first_m) and not (first.grain == Grain.DAY
                                             and _end_follows(first_m, last_m, first)):
                # (A stretch of days, "25.–27. april", is the one its start places.)
                # "fra mai til april", told in the past: the start is the last such
                # month before the end.
                first = _with_year_near(first_m, last, after=False)
    if _end_follows(first_m, last_m, first):
        # "April 25-27", "fra desember til februar": the start placed the stretch; the end
        # follows it, in the same year or the next, never before it.
        assert first.start is not None  # _end_follows holds only for a placed start
        year = first.start.year
        last = _absolute(last_m, year, first.anchor, "")
        if last.end is not None and last.end < first.start:
            last = _absolute(last_m, year + 1, first.anchor, "")
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


# --- holidays, weekday agreement, composed expressions, clock times ----------------

HOLIDAY_NAMES = {
    "new_years_day": "New Year's Day", "valentines_day": "Valentine's Day",
    "may_day": "May Day", "constitution_day_no": "Norway's Constitution Day",
    "midsummer_eve": "Midsummer Eve", "midsummer_day": "Midsummer Day",
    "independence_day_us": "US Independence Day", "halloween": "Halloween",
    "armistice_day": "Armistice Day", "christmas_eve": "Christmas Eve",
    "christmas_day": "Christmas Day", "boxing_day": "Boxing Day",
    "christmas": "Christmas (24-26 December)", "romjul": "the days between Christmas and "
    "New Year (27-30 December)", "new_years_eve": "New Year's Eve",
    "palm_sunday": "Palm Sunday", "maundy_thursday": "Maundy Thursday",
    "good_friday": "Good Friday", "holy_saturday": "Holy Saturday",
    "easter_sunday": "Easter Sunday", "easter_monday": "Easter Monday",
    "easter": "Easter (Maundy Thursday to Easter Monday)", "easter_week": "Holy Week",
    "ascension_day": "Ascension Day", "whitsun_eve": "Whitsun Eve",
    "whit_sunday": "Whit Sunday", "whit_monday": "Whit Monday",
    "whitsun": "Whitsun (Whit Sunday and Monday)",
    "martin_luther_king_day": "Martin Luther King Day", "presidents_day": "Presidents' Day",
    "mothers_day_us": "Mother's Day (US)", "memorial_day": "Memorial Day",
    "labor_day": "Labor Day", "columbus_day": "Columbus Day",
    "thanksgiving_us": "Thanksgiving (US)", "election_day_us": "Election Day (US)",
}


def _holiday_resolved(name: str, y: int, anchor: Anchor, how: str) -> Resolved:
    """A holiday in year ``y``: one day, an ISO week (Holy Week) or a stretch of days."""
    start, end = holiday(name, y)
    what = f"{HOLIDAY_NAMES.get(name, name)} {words.year(y, _EN)}"
    if start == end:
        value, grain = (start.iso() if y > 0 else f"BC{1 - y:04d}-{start.month:02d}-"
                        f"{start.day:02d}"), Grain.DAY
    elif end.number - start.number == 6 and weekday(start) == 0:
        wy, w = _iso_week(start)
        value, grain = f"{year_value(wy)}-W{w:02d}", Grain.WEEK
    else:
        value, grain = f"{start.iso()}/{end.iso()}", Grain.DAY
    text = what if start == end else f"{what}: {words.day(start, _EN)} to {words.day(end, _EN)}"
    return Resolved(value, start, end, grain, False, anchor,
                    text if not how else f"{text} ({how})")


def _resolve_holiday(m: Meaning, ctx: Context) -> Resolved:
    """'julaften 2018', 'i påsken', 'last Christmas', 'Thanksgiving': computed for the
    year the text, tense and the document date give."""
    name, dct = m.holiday, ctx.dct
    if m.year is not None:
        return _holiday_resolved(name, m.year, Anchor.ABSOLUTE, "")
    if dct is None:
        start, _ = holiday(name, 2001)
        fixed = all(holiday(name, y)[0] == Day(y, start.month, start.day) for y in (2002, 2003))
        value = f"XXXX-{start.month:02d}-{start.day:02d}" if fixed else "XXXX"
        return _unresolved(value, HOLIDAY_NAMES.get(name, name), Grain.DAY if fixed else None)
    if m.kind == "relative" and m.unit == Grain.YEAR:  # "julen i fjor": last year's
        return _holiday_resolved(name, dct.year + m.offset, Anchor.DOCUMENT,
                                 f"{_offset_words(m).replace('year', 'year,')} from the "
                                 f"document date {dct}".replace(",,", ","))
    future = ctx.future if m.kind == "date" else m.offset > 0
    y = dct.year
    start, end = holiday(name, y)
    if m.kind == "relative" and m.offset == 0:  # "this Christmas": the document year's
        return _holiday_resolved(name, y, Anchor.DOCUMENT, f"in the document's year {y}")
    if m.kind == "relative" and m.offset:
        # "last Easter" / "neste jul": the one before or after the document date.
        if m.offset < 0 and start >= dct.first_day:
            y -= 1
        elif m.offset > 0 and end <= dct.last_day:
            y += 1
        side = "before" if m.offset < 0 else "after"
        return _holiday_resolved(name, y, Anchor.DOCUMENT,
                                 f"the one {side} the document date {dct}")
    if not future and start > dct.last_day:
        y -= 1
    elif future and end < dct.first_day:
        y += 1
    side = "the next" if future else "the latest"
    return _holiday_resolved(name, y, Anchor.DOCUMENT, f"{side} one as of the document "
                                                       f"date {dct}")


def _agree(r: Resolved, m: Meaning) -> Resolved:
    """A weekday written with a full date: if they disagree, keep the date and say so."""
    if m.weekday is None or r.grain != Grain.DAY or r.start is None or weekday(r.start) == m.weekday:
        return r
    said, real = WEEKDAY_NAMES[m.weekday], WEEKDAY_NAMES[weekday(r.start)]
    return Resolved(r.value, r.start, r.end, r.grain, r.approximate, r.anchor,
                    f"{r.explanation}; the text calls it a {said}, but it was a {real}",
                    r.mod, r.anchor_text)


def _weekday_date_near(m: Meaning, dct: DocDate, future: bool) -> Resolved:
    """'mandag 18. februar', 'Monday, Feb 18': the nearest year, in the direction tense
    gives, in which that day falls on that weekday, within a year of the year the date
    alone would take; else the date alone, with a note that the weekday did not agree."""
    assert m.month is not None and m.day is not None and m.weekday is not None
    plain = _from_document(replace(m, weekday=None), Context(dct, future))
    name = WEEKDAY_NAMES[m.weekday]
    if plain.start is None:
        return plain
    y0 = plain.start.year
    found = [Day(y, m.month, m.day) for y in (y0 - 1, y0, y0 + 1)
             if m.day <= days_in_month(y, m.month)
             and weekday(Day(y, m.month, m.day)) == m.weekday]
    ahead = [d for d in found if d >= dct.first_day]
    behind = [d for d in found if d <= dct.last_day]
    first, second = (ahead[:1], behind[-1:]) if future else (behind[-1:], ahead[:1])
    pick = first[0] if first else second[0] if second else None
    if pick is None:
        return Resolved(plain.value, plain.start, plain.end, plain.grain, plain.approximate,
                        plain.anchor, f"{plain.explanation}; no {name} {m.day} "
                        f"{words.month_name(m.month, _EN)} lies near it, so the weekday was not used",
                        plain.mod, plain.anchor_text)
    side = "the next" if pick >= dct.first_day else "the latest"
    return Resolved(pick.iso(), pick, pick, Grain.DAY, False, Anchor.DOCUMENT,
                    f"{name} {words.day(pick, _EN)}: {side} {name} {m.day} "
                    f"{words.month_name(m.month, _EN)} as of the document date {dct}", "", str(dct))


def _day_of_month_near(m: Meaning, dct: DocDate, future: bool) -> Resolved:
    """'Tuesday the 19th', 'on the 19th': the nearest month (in the tense's direction)
    that has that day, and that weekday on it if one is given."""
    assert m.day is not None
    y, mo = dct.year, dct.month or 1
    candidates: list[Day] = []
    for k in range(-13, 14):
        cy, cm = add_months(y, mo, k)
        if m.day <= days_in_month(cy, cm):
            d = Day(cy, cm, m.day)
            if m.weekday is None or weekday(d) == m.weekday:
                candidates.append(d)
    if dct.month is None:
        return _coarsen_to_dct(dct, f"the {_ordinal(m.day)}")
    ahead = [d for d in candidates if d >= dct.first_day]
    behind = [d for d in candidates if d <= dct.last_day]
    pick = (ahead[:1] if future else behind[-1:]) or (behind[-1:] if future else ahead[:1])
    if not pick:
        return _coarsen_to_dct(dct, f"the {_ordinal(m.day)}")
    d = pick[0]
    what = f"the {_ordinal(m.day)}" if m.weekday is None else \
        f"{WEEKDAY_NAMES[m.weekday]} the {_ordinal(m.day)}"
    side = "the next" if d >= dct.first_day and future else "the latest"
    return Resolved(d.iso(), d, d, Grain.DAY, False, Anchor.DOCUMENT,
                    f"{words.day(d, _EN)}: {side} {what} as of the document date {dct}", "",
                    str(dct))


def _resolve_short_year(m: Meaning, ctx: Context) -> Resolved:
    """'31.10.74': the century that puts the year nearest the document date (the past
    one on a tie)."""
    assert m.year is not None
    yy = m.year % 100
    if ctx.dct is None:
        tail = f"-{m.month:02d}" if m.month else ""
        tail += f"-{m.day:02d}" if m.day and m.month else ""
        return _unresolved(f"XX{yy:02d}{tail}", f"a date in a year ending in {yy:02d}",
                           Grain.DAY if m.day else Grain.MONTH if m.month else Grain.YEAR)
    base = ctx.dct.year // 100 * 100
    year = min((base - 100 + yy, base + yy, base + 100 + yy),
               key=lambda c: (abs(c - ctx.dct.year), c))  # type: ignore[union-attr]
    r = _resolve_date(replace(m, year=year, short_year=False), ctx)
    return Resolved(r.value, r.start, r.end, r.grain, r.approximate, Anchor.DOCUMENT,
                    f"{r.explanation} (a two-digit year, read in the century nearest the "
                    f"document date {ctx.dct})", r.mod, str(ctx.dct))


def _resolve_open_order(m: Meaning) -> Resolved:
    """'3/4/2015' where nothing says which number is the day: both readings, honestly."""
    assert m.year is not None and m.month is not None and m.day is not None
    readings = sorted(Day(m.year, a, b) for a, b in ((m.month, m.day), (m.day, m.month))
                      if b <= days_in_month(m.year, a))
    start, end = readings[0], readings[-1]
    return Resolved(year_value(m.year), start, end, Grain.YEAR, True, Anchor.ABSOLUTE,
                    f"{words.day(start, _EN)} or {words.day(end, _EN)}: the text does not say "
                    f"whether the day or the month comes first")


def _weeks_on(r: Resolved, offset: int) -> Resolved:
    if r.start is None or r.end is None:
        return r
    n = 7 * (abs(offset) - 1) * (1 if offset > 0 else -1)
    day = r.start.plus_days(n)
    return Resolved(day.iso(), day, day, Grain.DAY, r.approximate, r.anchor,
                    f"{WEEKDAY_NAMES[weekday(day)]} {words.day(day, _EN)}, {abs(offset)} "
                    f"{WEEKDAY_NAMES[weekday(day)]}s {'after' if offset > 0 else 'before'} the "
                    f"document date", r.mod, r.anchor_text)


def _first_thursday_week(start: Day, end: Day, n: int) -> Day | None:
    """The Monday of the ``n``-th week of a month (-1: the last), counting as ISO 8601
    counts weeks of a year: a week belongs to the month that holds its Thursday."""
    thursdays = [d for d in (start.plus_days(i) for i in range(end.number - start.number + 1))
                 if weekday(d) == 3]
    if not thursdays or abs(n) > len(thursdays) or n == 0:
        return None
    return thursdays[n - 1 if n > 0 else n].plus_days(-3)


def _resolve_within(m: Meaning, ctx: Context) -> Resolved:
    """'siste mandag i mars', 'onsdag neste uke', 'første uke i oktober 2014', 'the 20th
    of next month': a day or week picked inside the period the container names."""
    container = resolve(m.parts[0], ctx)
    what = _within_words(m)
    if container.start is None or container.end is None or container.grain is None:
        return Resolved(container.value, None, None, container.grain, container.approximate,
                        container.anchor, f"{what} {container.explanation}", "",
                        container.anchor_text)
    start, end, grain = container.start, container.end, container.grain
    pick: Day | None = None
    week = False
    if m.unit == Grain.WEEK and grain == Grain.DAY:  # "the week of March 6"
        pick, week = start.plus_days(-weekday(start)), True
    elif m.unit == Grain.WEEK:
        pick, week = _first_thursday_week(start, end, m.nth), True
    elif m.weekday is not None and m.nth:
        if grain == Grain.MONTH:
            pick = nth_weekday(start.year, start.month, m.weekday, m.nth)
    elif m.weekday is not None:
        if grain == Grain.WEEK:
            pick = start.plus_days((m.weekday - weekday(start)) % 7)
    elif m.day is not None:
        if grain == Grain.MONTH and m.day <= days_in_month(start.year, start.month):
            pick = Day(start.year, start.month, m.day)
    elif m.nth and grain != Grain.DAY:  # "siste dag i oktober"
        pick = start if m.nth == 1 else end if m.nth == -1 else None
    if pick is None:
        # The container is coarser than the text (a month-only document date): keep it.
        return Resolved(container.value, start, end, grain, True, container.anchor,
                        f"{what} {container.explanation}, which gives no finer date", "",
                        container.anchor_text)
    if week:
        wy, w = _iso_week(pick)
        value, last, grain = f"{year_value(wy)}-W{w:02d}", pick.plus_days(6), Grain.WEEK
        told = f"the week of {words.day(pick, _EN)}"
    else:
        value, last, grain, told = pick.iso(), pick, Grain.DAY, words.day(pick, _EN)
    return Resolved(value, pick, last, grain, False, container.anchor,
                    f"{told}: {what} {_lower_first(container.explanation)}", "",
                    container.anchor_text)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _within_words(m: Meaning) -> str:
    nth = {1: "the first", 2: "the second", 3: "the third", 4: "the fourth", 5: "the fifth",
           -1: "the last", -2: "the second to last"}.get(m.nth, "the")
    if m.unit == Grain.WEEK and not m.nth:
        return "the week that holds"
    if m.unit == Grain.WEEK:
        return f"{nth} week of"
    if m.weekday is not None:
        return f"{nth} {WEEKDAY_NAMES[m.weekday]} of" if m.nth else \
            f"the {WEEKDAY_NAMES[m.weekday]} of"
    if m.day is not None:
        return f"the {_ordinal(m.day)} of"
    return f"{nth} day of"


def _resolve_clock(m: Meaning, ctx: Context) -> Resolved:
    """A part of the day with no day beside it ("om ettermiddagen"): of the day told
    before it if that was a day, else of the document date. (A clock time alone never
    gets here: the tagger drops it.)"""
    part = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
    said = part.get(m.part_of_day, "time") if m.hour is None else f"{m.hour:02d}:{m.minute or 0:02d}"
    prev = ctx.previous
    if prev is not None and prev.grain == Grain.DAY and prev.start is not None \
            and prev.start == prev.end:
        return Resolved(prev.start.iso(), prev.start, prev.end, Grain.DAY, False,
                        Anchor.PREVIOUS, f"in the {said} of {words.day(prev.start, _EN)}, the "
                        f"day told before", "", ctx.previous_text or describe(prev))
    if ctx.dct is not None and ctx.dct.day is not None:
        d = ctx.dct.first_day
        return Resolved(d.iso(), d, d, Grain.DAY, False, Anchor.DOCUMENT,
                        f"in the {said} of the document date {ctx.dct}", "", str(ctx.dct))
    return Resolved("XXXX-XX-XX", None, None, None, False, Anchor.UNRESOLVED,
                    f"in the {said} of a day the text does not give")


def _resolve_weekend(m: Meaning, ctx: Context) -> Resolved:
    """'i helgen' / 'over the weekend' (the nearest, as tense says), 'denne helgen' /
    'this weekend' (of the document's week), 'forrige helg' / 'last weekend' (of the week
    before), 'this past weekend' (the last one before the document date)."""
    dct = ctx.dct
    if dct is None:
        return _unresolved("XXXX-WXX-WE", "a weekend", Grain.WEEK)
    if dct.day is None:
        return _coarsen_to_dct(dct, "a weekend")
    base = dct.first_day
    wd = weekday(base)
    if m.kind == "relative" and m.unit == Grain.WEEK:
        saturday = base.plus_days(5 - wd + 7 * m.offset)
        which = {0: "this week's", -1: "last week's", 1: "next week's"}.get(
            m.offset, f"the weekend {m.offset:+d} weeks from")
        how = f"{which} weekend as of the document date {dct}"
    else:
        direction = m.offset if m.kind == "relative" and m.offset else (1 if ctx.future else -1)
        if direction < 0:
            saturday = base.plus_days(-(wd - 5)) if wd >= 5 else base.plus_days(-(wd + 2))
        else:
            saturday = base.plus_days(-(wd - 5)) if wd >= 5 else base.plus_days(5 - wd)
        how = f"the {'latest' if direction < 0 else 'next'} weekend as of the document date {dct}"
    y, w = _iso_week(saturday)
    sunday = saturday.plus_days(1)
    return Resolved(f"{year_value(y)}-W{w:02d}-WE", saturday, sunday, Grain.WEEK, False,
                    Anchor.DOCUMENT, f"the weekend of {words.day(saturday, _EN)}: {how}", "",
                    str(dct))


# Comparisons a year back keep the period compared: "profit rose in the third quarter
# from $5 million a year earlier" is the third quarter of the year before.
_COMPARED_GRAINS = (Grain.QUARTER, Grain.HALF, Grain.MONTH, Grain.SEASON)


def _same_period_a_year_before(ctx: Context, anchor: Anchor, whole_years: bool = False
                               ) -> Resolved | None:
    """``whole_years``: "the year-ago results" after "a year ago" is that same year."""
    prev = ctx.previous
    if prev is None or prev.start is None:
        return None
    if prev.grain not in _COMPARED_GRAINS and not (whole_years and prev.grain == Grain.YEAR):
        return None
    if ctx.dct is not None and anchor == Anchor.DOCUMENT and \
            abs(prev.start.year - ctx.dct.year) > 1:
        return None  # "a year ago" counts from the document date: only a recent period
    if ctx.dct is not None and prev.end is not None and prev.anchor != Anchor.ABSOLUTE and \
            ctx.dct.first_day.number - prev.end.number > 300:
        # The period told before is itself a year back ("from $3 million a year earlier.
        # Year-earlier results included ..."): the same period is meant again.
        return Resolved(prev.value, prev.start, prev.end, prev.grain, prev.approximate, anchor,
                        f"{describe(prev)}: the same {prev.grain.value} as told before", "",
                        ctx.previous_text or describe(prev))
    shifted = _shift(prev.start, Grain.YEAR, -1)
    if prev.grain == Grain.SEASON:
        season = prev.value.rsplit("-", 1)[-1]
        y = shifted.year + (1 if season == "WI" else 0)
        start, end = _season_span(y, season)
        value = f"{year_value(y)}-{season}"
    else:
        start, end, value = _unit_span(shifted, prev.grain)
    return Resolved(value, start, end, prev.grain, False, anchor,
                    f"{describe(Resolved(value, start, end, prev.grain, False, anchor, ''))}: "
                    f"the same {prev.grain.value} a year before {describe(prev)}", "",
                    ctx.previous_text or describe(prev))


_COVERING = (Grain.DAY, Grain.WEEK, Grain.MONTH, Grain.QUARTER, Grain.YEAR, Grain.DECADE,
             Grain.CENTURY)


def _plural(unit: Grain | str) -> str:
    """'days', 'centuries': a unit's (or a season's) name in the plural, for explanations."""
    name = unit.value if isinstance(unit, Grain) else unit
    return "centuries" if name == "century" else f"{name}s"


def _covering(start: Day, end: Day, finest: Grain, otherwise: str) -> tuple[str, Grain | None]:
    """The value of the smallest unit (no finer than ``finest``) holding the whole stretch:
    "a few days ago" told on 26 April is "2019-04", "a few years ago" in 1998 is "199";
    a stretch no unit holds is only in the past (or the future)."""
    for grain in _COVERING:
        if GRAIN_ORDER[grain] < GRAIN_ORDER[finest]:
            continue
        a, b, value = _unit_span(start, grain)
        if a <= start and end <= b:
            return value, grain
    # No unit holds it: the stretch is only "in the past" (or the future), told in the
    # coarsest unit asked for ("centuries ago").
    return otherwise, max(finest, Grain.CENTURY, key=GRAIN_ORDER.__getitem__)


def _from_story(m: Meaning, story: Resolved, story_text: str) -> Resolved:
    """A date with no year, placed in the year the story is at (narrative time): "13.
    august" after "1905". A weekday is the first such day on or after a story day, or
    a day of the story's month or year when the story is no finer."""
    day = story.start
    assert day is not None
    told = story_text or describe(story)
    how = f"the story is in {words.year(day.year, _EN)} (narrative time, after {told})"
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

