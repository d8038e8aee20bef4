"""Events placed on the chart's x scale: the frame's rows read once into
:class:`ChartEvent` (start, end, approximation), the choice of axis, and the events a
reader cannot place from the chart (:func:`off_chart`).

**x** is a real date axis (ISO strings, never pandas timestamps, which stop at 1677) when
every event lies in the years 1-9999; with any BC date it is a numeric axis of decimal
years. The numeric axis skips the year zero that the calendar does not have: x =
astronomical year for AD, one less for BC, so a tick at -40 is the start of 40 BC and
labels come out round.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from . import words
from .calendar import Day
from .chartstyle import chart_lang
from .frame import rows_of

__all__ = ["VAGUE_GRAINS", "ChartEvent", "format_when", "from_plot_x", "off_chart", "parse_events"]


def cell_text(value: Any) -> str:
    """A cell as text: NA, None and NaN become ''."""
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    try:
        if value is pd.NA or value is pd.NaT:
            return ""
    except TypeError:
        pass
    return str(value)


def actor_list(value: Any) -> list[str]:
    if value is None or isinstance(value, str | bytes):
        return [value] if isinstance(value, str) and value else []
    if isinstance(value, float) and math.isnan(value):
        return []
    try:
        return [str(a) for a in value if cell_text(a)]
    except TypeError:
        return []


@dataclass
class ChartEvent:
    row: int
    event_id: str
    start: Day
    end: Day
    approximate: bool
    rec: dict[str, Any]
    # positions on the plotting scale: day numbers (date axis) or years (numeric axis)
    x0: float = 0.0
    x1: float = 0.0  # end of the last day

    @property
    def is_point(self) -> bool:
        return self.start == self.end


_COLUMNS_NEEDED = (
    "event_id", "doc", "lang", "date", "mod", "anchor_text", "start", "end", "start_year", "end_year", "granularity", "approximate",
    "anchor", "explanation", "title", "type", "actors", "place", "quote", "timex",
    "n_mentions", "doc_label",
)


def chart_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The columns the chart reads, row by row (None where the frame lacks one)."""
    return rows_of(frame, _COLUMNS_NEEDED)


def parse_events(frame: pd.DataFrame) -> tuple[list[ChartEvent], int]:
    events: list[ChartEvent] = []
    undated = 0
    for i, rec in enumerate(chart_records(frame)):
        try:
            s = Day.parse_iso(cell_text(rec["start"]))
            e = Day.parse_iso(cell_text(rec["end"]) or cell_text(rec["start"]))
        except (ValueError, TypeError):
            undated += 1
            continue
        if e < s:
            s, e = e, s
        eid = cell_text(rec["event_id"]) or f"#{i}"
        approx = bool(rec["approximate"]) if cell_text(rec["approximate"]) else False
        events.append(ChartEvent(i, eid, s, e, approx, rec))
    return events, undated


def uses_date_axis(events: Sequence[ChartEvent]) -> bool:
    return all(ev.start.year >= 1 and ev.end.year <= 9998 for ev in events)


def numeric_x(year: float, *, end: bool = False) -> float:
    """Decimal astronomical year -> plotting x, with the missing year zero removed.
    An *end* at exactly 1.0 (the end of 31 December 1 BC) belongs to the BC side."""
    return year if (year > 1 if end else year >= 1) else year - 1


def place_on_x(events: Sequence[ChartEvent], date_axis: bool) -> None:
    for ev in events:
        if date_axis:
            ev.x0 = float(ev.start.number)
            ev.x1 = float(ev.end.number + 1)
        else:
            sy, ey = ev.rec["start_year"], ev.rec["end_year"]
            sy = float(sy) if cell_text(sy) else ev.start.decimal_year()
            ey = float(ey) if cell_text(ey) else ev.end.plus_days(1).decimal_year()
            ev.x0, ev.x1 = numeric_x(sy), numeric_x(ey, end=True)


def day_x(pos: float) -> str:
    """A day number (possibly fractional) as a Plotly date string."""
    whole = math.floor(pos)
    minutes = round((pos - whole) * 24 * 60)
    if minutes >= 24 * 60:
        whole, minutes = whole + 1, 0
    iso = Day.from_number(whole).iso()
    if minutes == 0:
        return iso
    return f"{iso} {minutes // 60:02d}:{minutes % 60:02d}"


def plot_x(pos: float, date_axis: bool) -> str | float:
    return day_x(pos) if date_axis else pos


# A date as Plotly writes an axis range: "2019-04-25", "2019-04-25 13:05",
# "2019-04-25 13:05:59.1234" (years 1-9999 only: a date axis has no others).
_PLOT_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}(?:\.\d*)?))?)?")


def from_plot_x(value: Any, date_axis: bool) -> float | None:
    """A position as the browser reports it (an end of the range a reader zoomed to),
    back on the plotting scale: the inverse of :func:`plot_x`. None for anything else:
    a value from the browser is untrusted."""
    if date_axis:
        found = _PLOT_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
        if found is None:
            return None
        year, month, day, hours, minutes, seconds = found.groups()
        try:
            number = Day(int(year), int(month), int(day)).number
        except ValueError:
            return None
        into = int(hours or 0) * 3600 + int(minutes or 0) * 60 + float(seconds or 0)
        return number + into / 86400 if into < 86400 else None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return float(value)


def mark_x(ev: ChartEvent) -> float:
    """Where the event's marker sits: the middle of its day, or of its bar."""
    return (ev.x0 + ev.x1) / 2


def format_when(start: str, end: str, lang: str = "en", *, approximate: bool = False) -> str:
    """The interval ``start``..``end`` (inclusive ISO days) in words, at its own precision.

    '2003-01-01'..'2003-12-31' is "2003", a whole month is "April 2009", whole years
    "2003–2009", a decade "the 1990s"; anything else is written to the day. Approximate
    dates read "about …" / "ca. …". Unparseable input comes back as written.
    See :mod:`timeline.words`, which says every date in the app.
    """
    return words.span_iso(start, end, chart_lang(lang), approximate=approximate)


VAGUE_GRAINS = frozenset({"decade", "century", "millennium"})
_VAGUE_DAYS = 2 * 366  # an approximate date wider than this is "very vague"


def off_chart(frame: pd.DataFrame | None, lang: str = "en") -> list[dict[str, Any]]:
    """The events a reader cannot place from the chart, undated ones first.

    ``why`` is "undated" for an event without a resolved date (the chart leaves it out)
    or "vague" for one drawn only roughly: a decade or wider, or approximate over more
    than two years. Each item has ``event_id``, ``title``, ``timex`` (as written),
    ``when`` (the date in words, "" when undated) and ``why``."""
    if frame is None or len(frame) == 0:
        return []
    undated: list[dict[str, Any]] = []
    vague: list[dict[str, Any]] = []
    for i, rec in enumerate(chart_records(frame)):
        item = {
            "event_id": cell_text(rec["event_id"]) or f"#{i}",
            "title": cell_text(rec["title"]) or cell_text(rec["timex"]),
            "timex": cell_text(rec["timex"]),
            "when": "",
        }
        try:
            s = Day.parse_iso(cell_text(rec["start"]))
            e = Day.parse_iso(cell_text(rec["end"]) or cell_text(rec["start"]))
        except (ValueError, TypeError):
            undated.append({**item, "why": "undated"})
            continue
        approx = bool(rec["approximate"]) if cell_text(rec["approximate"]) else False
        wide = abs(e.number - s.number) > _VAGUE_DAYS
        if cell_text(rec["granularity"]) in VAGUE_GRAINS or (approx and wide):
            when = format_when(min(s, e).iso(), max(s, e).iso(), lang, approximate=approx)
            vague.append({**item, "when": when, "why": "vague"})
    return undated + vague


def doc_name(rec: dict[str, Any]) -> str:
    """The document as a reader knows it: its label (title · source, see
    ``timeline.naming``) when the frame has one, else its name."""
    return cell_text(rec["doc_label"]) or cell_text(rec["doc"])
