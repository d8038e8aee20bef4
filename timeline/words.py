"""Dates in words, in the reader's language, from what the engine resolved.

The engine keeps each date as a TIMEX3 value with its granularity, approximation,
modifier and anchor (``timeline.schema.COLUMNS``). This module says them the way a
newspaper would, in bokmål or English, with no codes: "april 2009" / "April 2009",
"25. april 2019" / "25 April 2019", "en torsdag i april 2019" / "a Thursday in April
2019", "44 f.Kr." / "44 BC", "tidlig på 2000-tallet" / "the early 2000s",
"nylig (kort før 26. april 2019)" / "recently (shortly before 26 April 2019)",
"ca. 1905" / "about 1905", "2003–2009". Every word comes from the catalog
(:mod:`timeline.messages`); nothing here chooses words by language.

* :func:`when` an event's date (a row of the events frame, or any mapping with its
  columns);
* :func:`how` how that date was read, in one sentence;
* :func:`span` an interval of days at its own precision (the chart's axis, hover and
  TimelineJS dates); :func:`year`, :func:`day`, :func:`month` the pieces.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .calendar import Day, days_in_month
from .i18n import ordinal, plural, text
from .types import DocDate

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "HAND_SET",
    "category",
    "count",
    "credit_date",
    "day",
    "grain",
    "how",
    "how_all",
    "month",
    "month_name",
    "span",
    "span_iso",
    "value_words",
    "when",
    "year",
]

#: The start of the explanation of a date a person typed (``userdate.UserDate``).
HAND_SET = "Date set by hand"


# ---------------------------------------------------------------- pieces


def year(y: int, lang: str, *, era: bool = False) -> str:
    """An astronomical year as a reader writes it: 2009, 0 -> '1 f.Kr.', -43 -> '44 BC'.
    ``era`` adds 'e.Kr.' / 'AD' to a year after Christ (for spans that cross the era)."""
    if y <= 0:
        return text("date.bc", lang, y=1 - y)
    if era:
        return text("date.ad", lang, y=y)
    return str(y)


def month_name(m: int, lang: str) -> str:
    return text(f"month.{m}", lang)


def day(d: Day, lang: str, *, era: bool = False) -> str:
    """'25. april 2019' / '25 April 2019'."""
    return text(
        "date.day", lang, d=d.day, month=month_name(d.month, lang), year=year(d.year, lang, era=era)
    )


def month(y: int, m: int, lang: str, *, era: bool = False) -> str:
    """'april 2009' / 'April 2009'."""
    return text("date.month", lang, month=month_name(m, lang), year=year(y, lang, era=era))


def grain(name: str, lang: str) -> str:
    """A granularity ('month') as a word of the language ('måned'); '' stays ''."""
    return _known(f"grain.{name}", lang, name)


def category(kind: str, value: str, lang: str) -> str:
    """An event type or anchor as a word of the language: ('type', 'meeting') -> 'møte'.
    A value the catalog does not know is shown as it is."""
    return _known(f"{kind}.{value}", lang, value)


def _known(key: str, lang: str, fallback: str) -> str:
    try:
        return text(key, lang)
    except KeyError:
        return fallback


# ---------------------------------------------------------------- intervals of days


def _is_year(s: Day, e: Day) -> bool:
    return (s.month, s.day) == (1, 1) and (e.month, e.day) == (12, 31)


def span(s: Day, e: Day, lang: str, *, era: bool | None = None) -> str:
    """The days ``s``..``e`` (inclusive) in words at their own precision: a whole year is
    '2003', a whole month 'april 2009', whole years '2003–2009', a decade '1990-tallet',
    a century '19. århundre'; anything else to the day. ``era`` defaults to marking
    'e.Kr.'/'AD' only when the span crosses from BC to AD."""
    if e < s:
        s, e = e, s
    if era is None:
        era = s.year <= 0 < e.year
    if s == e:
        return day(s, lang, era=era)
    if _is_year(s, e):
        if s.year == e.year:
            return year(s.year, lang, era=era)
        if s.year > 0 and s.year % 10 == 0 and e.year == s.year + 9:
            return text("date.decade", lang, y=s.year)
        if s.year > 0 and s.year % 100 == 1 and e.year == s.year + 99:
            return ordinal("date.century", s.year // 100 + 1, lang)
        return text(
            "date.range", lang, a=year(s.year, lang, era=era), b=year(e.year, lang, era=era)
        )
    if s.day == 1 and e.day == days_in_month(e.year, e.month):
        if (s.year, s.month) == (e.year, e.month):
            return month(s.year, s.month, lang, era=era)
        if s.year == e.year:
            return text(
                "date.months_in_year",
                lang,
                a=month_name(s.month, lang),
                b=month_name(e.month, lang),
                year=year(s.year, lang, era=era),
            )
        return text(
            "date.range_long",
            lang,
            a=month(s.year, s.month, lang, era=era),
            b=month(e.year, e.month, lang, era=era),
        )
    if (s.year, s.month) == (e.year, e.month):
        return text(
            "date.days_in_month",
            lang,
            a=s.day,
            b=e.day,
            month=month(s.year, s.month, lang, era=era),
        )
    return text("date.range_long", lang, a=day(s, lang, era=era), b=day(e, lang, era=era))


def span_iso(start: str, end: str, lang: str, *, approximate: bool = False) -> str:
    """:func:`span` of two ISO days; 'ca. ' / 'about ' when approximate. Text that is
    not an ISO day comes back as it was written."""
    try:
        s, e = Day.parse_iso(start), Day.parse_iso(end or start)
    except (ValueError, AttributeError, TypeError):
        return f"{start}–{end}" if end and end != start else str(start or "")
    words = span(s, e, lang)
    return text("date.approx", lang, x=words) if approximate else words


# ---------------------------------------------------------------- TIMEX3 values

_YEAR = r"(?P<bc>BC)?(?P<y>[0-9]{4})"
_VALUE_DAY = re.compile(
    _YEAR + r"-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})"
    r"(?:T(?P<h>[0-9]{2}):(?P<mi>[0-9]{2})|T[A-Z]{2})?$"
)
_VALUE_MONTH = re.compile(_YEAR + r"-(?P<m>[0-9]{2})$")
_VALUE_YEAR = re.compile(_YEAR + r"$")
_VALUE_PART = re.compile(_YEAR + r"-(?P<part>Q[1-4]|H[12]|W[0-9]{2}|SP|SU|FA|WI)$")
_VALUE_DECADE = re.compile(r"(?P<dec>[0-9]{3})$")
_VALUE_CENTURY = re.compile(r"(?P<cent>[0-9]{2})$")
_VALUE_YEARLESS_MONTH = re.compile(r"XXXX-(?P<m>[0-9]{2})$")
_VALUE_YEARLESS_DAY = re.compile(r"XXXX-(?P<m>[0-9]{2})-(?P<d>[0-9]{2})$")


def _astro(m: re.Match[str]) -> int:
    y = int(m["y"])
    return 1 - y if m["bc"] else y


def value_words(value: str, lang: str, mod: str = "") -> str | None:
    """A TIMEX3 value in words, with a START/MID/END/BEFORE/AFTER modifier; None for a
    value that names no calendar date ('P3Y', 'PAST_REF')."""
    value = (value or "").strip()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = value_words(first, lang), value_words(last, lang)
        if a is None or b is None:
            return None
        # Before a span is before its first part; a span "AFTER" its first part is the
        # engine's "since" (from then until the document date: "since February 2019", not
        # "after April 2019", which reads as May or later); early, mid or late in it take
        # the short form of the span ("early 2003–2009").
        if mod == "BEFORE":
            return _with_mod(a, mod, lang)
        if mod == "AFTER":
            return text("date.since", lang, x=a)
        plain = bool(mod) or bool(_VALUE_YEAR.match(first) and _VALUE_YEAR.match(last))
        words = text("date.range" if plain else "date.from_to", lang, a=a, b=b)
        return _with_mod(words, mod, lang)
    for pattern in (_VALUE_DECADE, _VALUE_CENTURY):
        if m := pattern.match(value):
            y = int(m["dec"]) * 10 if pattern is _VALUE_DECADE else int(m["cent"]) * 100
            key = f"date.decade.{mod}" if mod in ("START", "MID", "END") else "date.decade"
            return _with_mod(text(key, lang, y=y), "" if key != "date.decade" else mod, lang)
    said = _calendar_value(value, lang)
    return None if said is None else _with_mod(said, mod, lang)


def _calendar_value(value: str, lang: str) -> str | None:
    if m := _VALUE_DAY.match(value):
        y = _astro(m)
        try:
            words = day(Day(y, int(m["m"]), int(m["d"])), lang)
        except ValueError:
            return None
        if m["h"]:
            words = text("date.clock", lang, x=words, h=m["h"], m=m["mi"])
        return words
    if m := _VALUE_MONTH.match(value):
        if not 1 <= int(m["m"]) <= 12:
            return None
        return month(_astro(m), int(m["m"]), lang)
    if m := _VALUE_YEAR.match(value):
        return year(_astro(m), lang)
    if m := _VALUE_PART.match(value):
        in_year, part = year(_astro(m), lang), m["part"]
        if part[0] == "Q":
            return text("date.quarter", lang, nth=text(f"nth.{part[1]}", lang), year=in_year)
        if part[0] == "H":
            return text("date.half", lang, nth=text(f"nth.{part[1]}", lang), year=in_year)
        if part[0] == "W" and part[1:].isdigit():
            return text("date.week", lang, w=int(part[1:]), year=in_year)
        return text(f"date.season.{part}", lang, year=in_year)
    if m := _VALUE_YEARLESS_DAY.match(value):
        if not 1 <= int(m["m"]) <= 12:
            return None
        words = text("date.day_no_year", lang, d=int(m["d"]), month=month_name(int(m["m"]), lang))
        return text("date.unknown_year", lang, x=words)
    if m := _VALUE_YEARLESS_MONTH.match(value):
        if not 1 <= int(m["m"]) <= 12:
            return None
        return text("date.unknown_year", lang, x=month_name(int(m["m"]), lang))
    return None


def _with_mod(words: str, mod: str, lang: str) -> str:
    if mod in ("START", "MID", "END", "BEFORE", "AFTER"):
        return text(f"date.mod.{mod}", lang, x=words)
    return words


# ---------------------------------------------------------------- an event's date


def _cell(rec: Mapping[str, Any], key: str) -> str:
    value = rec.get(key)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        if value != value:  # pd.NA compares as NA; NaN is not equal to itself
            return ""
    except TypeError:
        return ""
    return str(value)


def _day_or_none(iso: str) -> Day | None:
    try:
        return Day.parse_iso(iso)
    except (ValueError, TypeError, AttributeError):
        return None


def credit_date(iso: str) -> str:
    """A document date as a newsroom writes it in a credit line, the same in both
    languages: "26.04.2019", "04.2019", "2019" ("" for none)."""
    parts = [p for p in str(iso or "").split("-") if p]
    if len(parts) == 3:
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    if len(parts) == 2:
        return f"{parts[1]}.{parts[0]}"
    return parts[0] if parts else ""


def _document_date_words(iso: str, lang: str) -> str:
    """The document date an event was counted from ('2019-04') in words ('april 2019')."""
    try:
        dct = DocDate.parse(iso)
    except ValueError:
        return iso
    if dct.day is not None:
        return day(dct.first_day, lang)
    if dct.month is not None:
        return month(dct.year, dct.month, lang)
    return year(dct.year, lang)


def _weekday_said(rec: Mapping[str, Any]) -> int | None:
    """The weekday a date was written as ("torsdag"), when the date could only be placed
    in the month or year around it: the document date gave no day."""
    if _cell(rec, "anchor") != "document date" or _cell(rec, "granularity") not in (
        "month",
        "year",
    ):
        return None
    timex = _cell(rec, "timex").lower()
    if not timex or any(c.isdigit() for c in timex):
        return None
    from .lang import codes, get  # the language tables: the words a text may use

    said = _cell(rec, "lang")
    for code in ([said] if said in codes() else []) + [c for c in codes() if c != said]:
        for word, index in get(code).weekdays.items():
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", timex):
                return int(index)
    return None


# The columns the words of a date depend on: the words are cached by them, since a
# timeline of 10,000 events is said again on every rerun of the app.
_WHEN_KEYS = (
    "date",
    "mod",
    "approximate",
    "anchor",
    "anchor_text",
    "start",
    "end",
    "granularity",
    "timex",
    "lang",
)
_HOW_KEYS = ("explanation", "anchor", "anchor_text", "start", "granularity", "timex", "lang")


def when(rec: Mapping[str, Any], lang: str) -> str:
    """An event's date in words, from its ``date`` (TIMEX3 value), ``start``, ``end``,
    ``granularity``, ``approximate``, ``mod``, ``anchor`` and ``anchor_text`` columns."""
    return _when(tuple(_cell(rec, k) for k in _WHEN_KEYS), lang)


def _columns(frame: pd.DataFrame, keys: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each row's ``keys`` as text ('' for missing), column by column: no dict per row."""
    n = len(frame)
    columns = []
    for key in keys:
        if key in frame.columns:
            col = frame[key].astype(object)
            columns.append(col.where(col.notna(), "").astype(str).tolist())
        else:
            columns.append([""] * n)
    return list(zip(*columns, strict=True)) if columns else []


def when_all(frame: pd.DataFrame, lang: str) -> list[str]:
    """:func:`when` of every row of an events frame, in order."""
    return [_when(fields, lang) for fields in _columns(frame, _WHEN_KEYS)]


def how_all(frame: pd.DataFrame, lang: str) -> list[str]:
    """:func:`how` of every row of an events frame, in order."""
    return [_how(fields, lang) for fields in _columns(frame, _HOW_KEYS)]


@functools.lru_cache(maxsize=65536)
def _when(fields: tuple[str, ...], lang: str) -> str:
    rec = dict(zip(_WHEN_KEYS, fields, strict=True))
    value = _cell(rec, "date")
    mod = _cell(rec, "mod")
    approximate = _cell(rec, "approximate").lower() in ("true", "1")
    anchor_text = _cell(rec, "anchor_text")
    refs = {"PAST_REF": "date.recently", "PRESENT_REF": "date.now", "FUTURE_REF": "date.later"}
    if value in refs:
        if anchor_text:
            return text(refs[value], lang, x=_document_date_words(anchor_text, lang))
        return text(f"{refs[value]}_undated", lang)
    start, end = _day_or_none(_cell(rec, "start")), _day_or_none(_cell(rec, "end"))
    weekday = _weekday_said(rec)
    relative = mod in ("AFTER", "BEFORE") and "/" not in value and \
        _cell(rec, "anchor") in ("named event", "previous event")
    if relative:  # "Etter møtet med Kim" (April 2019): that month or later, not "after April"
        said = value_words(value, lang)
        words = None if said is None else \
            text("date.or_later" if mod == "AFTER" else "date.or_earlier", lang, x=said)
    else:
        words = value_words(value, lang, "" if mod == "APPROX" else mod)
    if weekday is not None and words is not None:
        words = text("date.weekday_in", lang, weekday=text(f"weekday.{weekday}", lang), x=words)
    if words is None or (start is not None and value.startswith("XXXX")):
        if start is None:
            return words or text("date.undated", lang)
        words = span(start, end or start, lang)
    # "tidlig i", "etter" hedge already: no "ca. etter april 2019"
    if approximate and mod not in ("START", "MID", "END", "BEFORE", "AFTER"):
        words = text("date.approx", lang, x=words)
    return words


def how(rec: Mapping[str, Any], lang: str) -> str:
    """How an event's date was read, in one sentence of the language: written in full,
    counted from the document date or the date before, set by hand, or not placed."""
    return _how(tuple(_cell(rec, k) for k in _HOW_KEYS), lang)


@functools.lru_cache(maxsize=65536)
def _how(fields: tuple[str, ...], lang: str) -> str:
    rec = dict(zip(_HOW_KEYS, fields, strict=True))
    explanation = _cell(rec, "explanation")
    if explanation.startswith(HAND_SET):
        quoted = re.search(r"“(.*)”", explanation)
        typed = quoted[1] if quoted else explanation[len(HAND_SET) :].strip(" :")
        return text("how.hand", lang, x=typed)
    anchor = _cell(rec, "anchor")
    anchor_text = _cell(rec, "anchor_text")
    if anchor == "document date":
        if not anchor_text:
            return text("how.document_unnamed", lang)
        key = "how.document_no_day" if _weekday_said(rec) is not None else "how.document"
        return text(key, lang, x=_document_date_words(anchor_text, lang))
    if anchor == "previous event":
        if anchor_text:
            return text("how.previous", lang, x=anchor_text)
        return text("how.previous_unnamed", lang)
    if anchor == "named event" and anchor_text:
        return text("how.event", lang, x=anchor_text)
    if anchor == "unresolved" or not _cell(rec, "start"):
        return text("how.unresolved", lang)
    return text("how.absolute", lang)


def count(key: str, n: float, lang: str) -> str:
    """A count with its noun ('3 hendelser'); see :func:`timeline.i18n.plural`."""
    return plural(key, n, lang)
