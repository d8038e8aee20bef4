"""The events dataframe as a zoomable, sourced Plotly timeline.

Design, in the order a reader meets it:

* **x** is a real date axis (ISO strings, never pandas timestamps, which stop at
  1677) when every event lies in the years 1-9999; with any BC date it is a numeric
  axis of decimal years whose ticks read "44 BC" / "44 f.Kr.". The numeric axis skips
  the year zero that the calendar does not have: x = astronomical year for AD, one less
  for BC, so a tick at -40 is the start of 40 BC and labels come out round.
* **Uncertainty is drawn, not hidden.** A single day is a marker; anything wider (week,
  month, year, interval) is a bar from the first day to the end of the last day (a span
  too short to see at the first view also gets a thin tick). Approximate events are open
  markers or pale hatched bars, and "ca." / "about" in the hover label.
* **Lanes** on y (by type, document or actor; an event with three actors sits in three
  lanes), with events that would overlap packed into sub-rows of their lane.
* **Proof on hover**: the date as written and as resolved, how it was resolved, title,
  actors, place and the quote. All of it is untrusted text: ``&``, ``<`` and ``>`` are
  escaped once before it reaches Plotly, which renders a subset of HTML in labels.
* Every colour, font and the template are set here: a figure built after
  ``import streamlit`` would otherwise inherit Streamlit's placeholder colours
  (``#000001``...) that only the browser replaces, and a server-side PNG comes out black.

One trace per colour group and kind (bars, approximate bars, marker styles) keeps the
figure small at 10,000 events. Up to 1,000 events bars are ``go.Bar`` (hover and click
anywhere along them) and titles are drawn beside the marks; above that, bars are thick
``Scattergl`` line segments separated by None, with an invisible marker in the middle
of each that carries hover and click, and there are no on-chart titles.
"""

from __future__ import annotations

import functools
import html
import math
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from . import i18n, words
from .calendar import Day
from .messages import MESSAGES

__all__ = [
    "ANCHOR_COLORS",
    "COLOR_MODES",
    "LANE_MODES",
    "PALETTE",
    "TEMPLATE",
    "TYPE_COLORS",
    "UIREVISION",
    "VAGUE_GRAINS",
    "build_figure",
    "chart_config",
    "format_when",
    "off_chart",
    "select_event",
]

LANE_MODES: tuple[str, ...] = ("type", "doc", "actor", "none")
COLOR_MODES: tuple[str, ...] = ("type", "doc", "anchor")
TEMPLATE = "plotly_white"
UIREVISION = "tidslinje"  # constant: the user's zoom survives Streamlit reruns

# Okabe & Ito's colour-blind-safe palette, with a wine, a dark green, near-black and a
# light grey added for the eleven event types: every pair stays apart (CIE ΔE ≥ 13)
# under simulated protanopia, deuteranopia and tritanopia (tests/test_figure.py checks
# it). Tableau 10's red and green, used before, were the same colour to a deuteranope.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#882255",  # wine
    "#117733",  # dark green
    "#222222",  # near-black
    "#BBBBBB",  # light grey
)

# Fixed colours per event type, so a type keeps its colour whatever the filters show.
TYPE_COLORS: dict[str, str] = {
    "meeting": "#0072B2",
    "negotiations": "#56B4E9",
    "agreement": "#009E73",
    "sanctions": "#D55E00",
    "withdrawal": "#E69F00",
    "expulsion": "#882255",
    "statement": "#CC79A7",
    "visit": "#117733",
    "election": "#F0E442",
    "conflict": "#222222",
    "other": "#BBBBBB",
}

ANCHOR_COLORS: dict[str, str] = {
    "absolute": "#0072B2",
    "document date": "#E69F00",
    "previous event": "#CC79A7",
    "named event": "#009E73",
    "unresolved": "#BBBBBB",
}

_FONT = "Inter, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
_INK = "#222222"
_MUTED = "#6B6B6B"
_GRID = "#E6E6E6"
_BAND = "#F5F5F3"

_LARGE = 1000  # above this many rows: WebGL traces, no labels, lighter hover
_LABEL_LIMIT = 60  # at most this many (lane) items get a text label on the chart
_BAR_PX = 9  # bar thickness
_TARGET_PX = 8  # narrowest click target; thinner bars get an invisible handle
_BAR_PX_LARGE = 5  # thinner marks when thousands of events share the plot
_ROW_PX = 24  # height of one sub-row
_LANE_PAD = 0.3  # space above and below the rows of a lane, in rows
_ASSUMED_PLOT_PX = 820  # plot width assumed when packing labels (the app's is ~800-1300)
_CHAR_PX = 6.4  # average width of a 12 px label character
_LABEL_CHARS = 40
_QUOTE_WRAP = 80
_QUOTE_MAX = 300
_MAX_LANES = 20  # actor lanes beyond this are folded into "other actors"


@functools.lru_cache(maxsize=4)
def _t(lang: str) -> dict[str, str]:
    """The chart's own words in ``lang``, from the catalog (``chart.*`` messages without
    their prefix, and the era words): ``_t("nb")["btn_all"] == "alt"``."""
    chart = {key.removeprefix("chart."): i18n.text(key, lang) for key, entry in MESSAGES.items()
             if key.startswith("chart.") and isinstance(entry[i18n.DEFAULT], str)}
    chart.update(bc=i18n.text("date.bc", lang, y="{y}"), ad=i18n.text("date.ad", lang, y="{y}"),
                 era=i18n.text("date.era", lang))
    return chart


def _lang(lang: str) -> str:
    return lang if lang in i18n.LANGUAGES else i18n.DEFAULT


# ---------------------------------------------------------------- dates as words


def _year_words(year: int, lang: str, *, era: bool = False) -> str:
    """An astronomical year as a reader writes it: 0 -> '1 BC', -43 -> '44 BC'."""
    return words.year(year, lang, era=era)


def format_when(start: str, end: str, lang: str = "en", *, approximate: bool = False) -> str:
    """The interval ``start``..``end`` (inclusive ISO days) in words, at its own precision.

    '2003-01-01'..'2003-12-31' is "2003", a whole month is "April 2009", whole years
    "2003–2009", a decade "the 1990s"; anything else is written to the day. Approximate
    dates read "about …" / "ca. …". Unparseable input comes back as written.
    See :mod:`timeline.words`, which says every date in the app.
    """
    return words.span_iso(start, end, _lang(lang), approximate=approximate)


def _grain_words(grain: str, lang: str) -> str:
    return words.grain(grain, lang)


def _category_words(kind: str, value: str, lang: str) -> str:
    return words.category(kind, value, lang)


# ---------------------------------------------------------------- rows


def _text(value: Any) -> str:
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


def _actors(value: Any) -> list[str]:
    if value is None or isinstance(value, str | bytes):
        return [value] if isinstance(value, str) and value else []
    if isinstance(value, float) and math.isnan(value):
        return []
    try:
        return [str(a) for a in value if _text(a)]
    except TypeError:
        return []


def _esc(text: str) -> str:
    """Untrusted text made safe for a Plotly string (label, hover, title, legend, tick).

    Plotly reads a small HTML subset (``<b>``, ``<br>``, ``<span style>``, ``<a href>``)
    and decodes only ``&amp;``, ``&lt;``, ``&gt;``, a few named entities and numeric
    ones, not ``&quot;``. Escaping ``&``, ``<`` and ``>`` is enough to keep every tag
    out, and is done exactly once, here; quotes stay as typed (escaped, they showed as
    "&quot;" in the chart, the PNG and the HTML export)."""
    return html.escape(text, quote=False)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrap_escaped(text: str, width: int = _QUOTE_WRAP, limit: int = _QUOTE_MAX) -> str:
    """Truncate, wrap, *then* escape: never cut an entity in half."""
    lines = textwrap.wrap(_short(text, limit), width=width) or [""]
    return "<br>".join(_esc(line) for line in lines)


@dataclass
class _Event:
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


@dataclass
class _Item:
    """One event in one lane (an event with three actors is three items)."""

    event: _Event
    lane: str
    group: str
    label: str = ""
    label_left: bool = False
    y: float = 0.0
    lo: float = 0.0  # visual extent on x, label included, for packing
    hi: float = 0.0


@dataclass
class _Lane:
    key: str
    label: str
    items: list[_Item] = field(default_factory=list)
    rows: int = 1
    top: float = 0.0
    bottom: float = 0.0


_COLUMNS_NEEDED = (
    "event_id", "doc", "lang", "date", "mod", "anchor_text", "start", "end", "start_year", "end_year", "granularity", "approximate",
    "anchor", "explanation", "title", "type", "actors", "place", "quote", "timex",
    "n_mentions", "doc_label",
)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    cols = [c for c in _COLUMNS_NEEDED if c in frame.columns]
    sub = frame[cols]
    out = cast(list[dict[str, Any]], sub.to_dict("records"))
    for rec in out:
        for c in _COLUMNS_NEEDED:
            rec.setdefault(c, None)
    return out


def _parse_events(frame: pd.DataFrame) -> tuple[list[_Event], int]:
    events: list[_Event] = []
    undated = 0
    for i, rec in enumerate(_records(frame)):
        try:
            s = Day.parse_iso(_text(rec["start"]))
            e = Day.parse_iso(_text(rec["end"]) or _text(rec["start"]))
        except (ValueError, TypeError):
            undated += 1
            continue
        if e < s:
            s, e = e, s
        eid = _text(rec["event_id"]) or f"#{i}"
        approx = bool(rec["approximate"]) if _text(rec["approximate"]) else False
        events.append(_Event(i, eid, s, e, approx, rec))
    return events, undated


def _uses_date_axis(events: Sequence[_Event]) -> bool:
    return all(ev.start.year >= 1 and ev.end.year <= 9998 for ev in events)


def _numeric_x(year: float, *, end: bool = False) -> float:
    """Decimal astronomical year -> plotting x, with the missing year zero removed.
    An *end* at exactly 1.0 (the end of 31 December 1 BC) belongs to the BC side."""
    return year if (year > 1 if end else year >= 1) else year - 1


def _place_on_x(events: Sequence[_Event], date_axis: bool) -> None:
    for ev in events:
        if date_axis:
            ev.x0 = float(ev.start.number)
            ev.x1 = float(ev.end.number + 1)
        else:
            sy, ey = ev.rec["start_year"], ev.rec["end_year"]
            sy = float(sy) if _text(sy) else ev.start.decimal_year()
            ey = float(ey) if _text(ey) else ev.end.plus_days(1).decimal_year()
            ev.x0, ev.x1 = _numeric_x(sy), _numeric_x(ey, end=True)


def _day_x(pos: float) -> str:
    """A day number (possibly fractional) as a Plotly date string."""
    whole = math.floor(pos)
    minutes = round((pos - whole) * 24 * 60)
    if minutes >= 24 * 60:
        whole, minutes = whole + 1, 0
    iso = Day.from_number(whole).iso()
    if minutes == 0:
        return iso
    return f"{iso} {minutes // 60:02d}:{minutes % 60:02d}"


# ---------------------------------------------------------------- lanes and colours


def _lane_keys(ev: _Event, lane_by: str, t: dict[str, str]) -> list[str]:
    rec = ev.rec
    if lane_by == "type":
        return [_text(rec["type"]) or "other"]
    if lane_by == "doc":
        return [_doc_name(rec) or t["no_doc"]]
    if lane_by == "actor":
        actors = list(dict.fromkeys(_actors(rec["actors"])))  # dedupe, keep order
        return actors or [t["no_actor"]]
    return [""]


def _group_key(ev: _Event, color_by: str) -> str:
    rec = ev.rec
    if color_by == "type":
        return _text(rec["type"]) or "other"
    if color_by == "doc":
        return _doc_name(rec)
    return _text(rec["anchor"]) or "unresolved"


def _doc_name(rec: dict[str, Any]) -> str:
    """The document as a reader knows it: its label (title · source, see
    ``timeline.naming``) when the frame has one, else its name."""
    return _text(rec["doc_label"]) or _text(rec["doc"])


def _colours(groups: Sequence[str], color_by: str) -> dict[str, str]:
    fixed = TYPE_COLORS if color_by == "type" else ANCHOR_COLORS if color_by == "anchor" else {}
    out: dict[str, str] = {}
    spare = iter([c for c in PALETTE if c not in fixed.values()] + list(PALETTE) * 100)
    for g in groups:
        out[g] = fixed.get(g) or next(spare)
    return out


def _ordered_groups(events: Sequence[_Event], color_by: str) -> list[str]:
    seen = list(dict.fromkeys(_group_key(ev, color_by) for ev in events))
    fixed = list(TYPE_COLORS if color_by == "type" else ANCHOR_COLORS if color_by == "anchor" else [])
    return [g for g in fixed if g in seen] + [g for g in seen if g not in fixed]


def _build_lanes(events: Sequence[_Event], lane_by: str, color_by: str, lang: str) -> list[_Lane]:
    t = _t(lang)
    lanes: dict[str, _Lane] = {}
    first: dict[str, float] = {}
    count: dict[str, int] = {}
    order: dict[str, int] = {}
    pairs: list[tuple[_Event, str]] = []
    for ev in events:
        for key in _lane_keys(ev, lane_by, t):
            pairs.append((ev, key))
            first[key] = min(first.get(key, math.inf), ev.x0)
            count[key] = count.get(key, 0) + 1
            order.setdefault(key, len(order))
    if lane_by == "type":
        keys = sorted(first, key=lambda k: (first[k], k))  # story order: first occurrence
    elif lane_by == "actor":
        keys = sorted(count, key=lambda k: (k == t["no_actor"], -count[k], order[k]))
    else:
        keys = sorted(order, key=order.__getitem__)
    folded: set[str] = set()
    if lane_by == "actor" and len(keys) > _MAX_LANES:
        folded = set(keys[_MAX_LANES - 1 :])
        keys = keys[: _MAX_LANES - 1] + [t["other_actors"]]
    for key in keys:
        label = _category_words("type", key, lang) if lane_by == "type" else key
        lanes[key] = _Lane(key, label)
    done: set[tuple[str, str]] = set()
    for ev, key in pairs:
        if key in folded:
            key = t["other_actors"]
            if (ev.event_id, key) in done:
                continue
            done.add((ev.event_id, key))
        lanes[key].items.append(_Item(ev, key, _group_key(ev, color_by)))
    return [lanes[k] for k in keys]


def _pack(lanes: Sequence[_Lane], span: float, labels: bool, max_rows: int, right_edge: float,
          plot_px_width: float = _ASSUMED_PLOT_PX) -> None:
    """Greedy interval packing inside each lane so that marks and labels do not collide.
    A label may have several lines (separated by newlines): its longest line counts."""
    unit = span / plot_px_width  # data units per pixel at the initial view
    for lane in lanes:
        for it in lane.items:
            ev = it.event
            lo = ev.x0 - (0 if not ev.is_point else 6 * unit)
            hi = max(ev.x1, ev.x0 + 12 * unit)
            if labels and it.label:
                width = (max(map(len, it.label.split("\n"))) * _CHAR_PX + 14) * unit
                # events in the right quarter carry their label on the left
                it.label_left = ev.x1 + width > right_edge and ev.x0 - width > right_edge - span
                if it.label_left:
                    lo = ev.x0 - width
                else:
                    hi = (ev.x0 if ev.is_point else ev.x1) + width
            it.lo, it.hi = lo, hi + 4 * unit
        if labels:
            lane.rows = _pack_labelled(lane.items, max_rows, unit)
            continue
        row_end: list[float] = []
        for it in sorted(lane.items, key=lambda i: (i.lo, i.hi)):
            row = next((r for r, end in enumerate(row_end) if end <= it.lo), None)
            if row is None:
                if len(row_end) < max_rows:
                    row = len(row_end)
                    row_end.append(-math.inf)
                else:
                    row = min(range(len(row_end)), key=row_end.__getitem__)
            row_end[row] = max(row_end[row], it.hi)
            it.y = row  # relative; made absolute below
        lane.rows = max(1, len(row_end))
    cursor = 0.0
    for lane in lanes:
        lane.top = cursor
        for it in lane.items:
            it.y = cursor + _LANE_PAD + 0.5 + it.y
        cursor += lane.rows + 2 * _LANE_PAD
        lane.bottom = cursor


_CORE_TYPES = frozenset({"meeting", "negotiations", "agreement", "sanctions", "withdrawal",
                         "expulsion", "visit", "election", "conflict"})


def _importance(it: _Item) -> tuple[float, int, float]:
    """Most important first: reported by more sources, then a core diplomatic type
    (not a statement or "other"), then earlier."""
    rec = it.event.rec
    n = _text(rec["n_mentions"])
    return (-(float(n) if n else 1.0), 0 if _text(rec["type"]) in _CORE_TYPES else 1, it.event.x0)


def _pack_labelled(items: Sequence[_Item], max_rows: int, unit: float) -> int:
    """Rows for the items of one lane so that no two labels or marks overlap at the
    first view. The most important events are placed first; an event whose label finds
    no free row keeps its mark without the label (the hover still has it). Returns the
    number of rows."""
    rows: list[list[tuple[float, float]]] = []

    def free(lo: float, hi: float) -> int | None:
        return next((r for r, spans in enumerate(rows)
                     if all(hi <= a or lo >= b for a, b in spans)), None)

    for it in sorted(items, key=_importance):
        row = free(it.lo, it.hi)
        if row is None and len(rows) < max_rows:
            rows.append([])
            row = len(rows) - 1
        if row is None and it.label:
            ev = it.event
            it.label, it.label_left = "", False
            it.lo = ev.x0 - (0 if not ev.is_point else 6 * unit)
            it.hi = max(ev.x1, ev.x0 + 12 * unit) + 4 * unit
            row = free(it.lo, it.hi)
        if row is None:  # not even the mark fits: the least crowded row
            row = min(range(len(rows)), key=lambda r: sum(
                max(0.0, min(b, it.hi) - max(a, it.lo)) for a, b in rows[r]))
        rows[row].append((it.lo, it.hi))
        it.y = row  # relative; made absolute by the caller
    return max(1, len(rows))


# ---------------------------------------------------------------- hover


def _hover(ev: _Event, lang: str, large: bool) -> str:
    rec, t = ev.rec, _t(lang)
    title = _text(rec["title"]) or _text(rec["timex"]) or ev.event_id
    when = words.when(rec, lang)
    parts = [f"<b>{_esc(_short(title, 90))}</b>"]
    parts.append(_esc(when))
    timex, why = _text(rec["timex"]), words.how(rec, lang)
    if timex or why:
        written = i18n.text("chart.written", lang, x=_esc(_short(timex, 60))) if timex else ""
        sep = " — " if written and why else ""
        parts.append(f"<span style='color:{_MUTED}'>{written}{sep}{_wrap_escaped(why, 80, 160)}</span>")
    actors = _actors(rec["actors"])
    if actors:
        parts.append(f"{t['actors']}: {_esc(_short(', '.join(actors), 120))}")
    place = _text(rec["place"])
    if place:
        parts.append(f"{t['place']}: {_esc(_short(place, 80))}")
    quote = _text(rec["quote"])
    if quote:
        limit = 160 if large else _QUOTE_MAX
        parts.append(f"<i>“{_wrap_escaped(quote, _QUOTE_WRAP, limit)}”</i>")
    source = _doc_name(rec)
    n = rec["n_mentions"]
    if _text(n) and int(n) > 1:
        counted = i18n.plural("chart.sources", int(n), lang)
        source = f"{source} · {counted}" if source else counted
    if source:
        parts.append(f"<span style='color:{_MUTED}'>{_esc(source)}</span>")
    return "<br>".join(parts)


# ---------------------------------------------------------------- traces


def _x(pos: float, date_axis: bool) -> str | float:
    return _day_x(pos) if date_axis else pos


def _mark_x(ev: _Event) -> float:
    """Where the event's marker sits: the middle of its day, or of its bar."""
    return (ev.x0 + ev.x1) / 2


def _tint(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _segments(items: Iterable[_Item], date_axis: bool) -> tuple[list[Any], list[Any]]:
    """Bars as one polyline: start, end, None (a gap), start, end, None..."""
    xs: list[Any] = []
    ys: list[Any] = []
    for it in items:
        xs += [_x(it.event.x0, date_axis), _x(it.event.x1, date_axis), None]
        ys += [it.y, it.y, None]
    return xs, ys


def _column(values: list[Any], numeric: bool) -> np.ndarray:
    """A data array as numpy: Plotly validates numpy arrays in one copy instead of
    walking Python lists element by element (seconds at 10,000 events), and serialises
    numeric ones compactly. ``None`` (a gap between bar segments) becomes NaN."""
    if numeric:
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def _ids(values: list[str | None]) -> np.ndarray:
    """customdata as an (n, 1) object array: ``customdata[0]`` is the event id."""
    out = np.empty((len(values), 1), dtype=object)
    out[:, 0] = values
    return out


def _marker_style(style: str, bar_px: int) -> tuple[str, int, float]:
    """(symbol, size, opacity) of a marker style; sizes follow the bar thickness."""
    day = bar_px + 2
    return {
        "day": ("circle", day, 1.0),
        "approx_day": ("circle-open", day, 1.0),
        "handle": ("circle", max(_TARGET_PX + 4, bar_px + 1), 0.0),
        "tick": ("line-ns", bar_px + 3, 1.0),
        "approx_tick": ("line-ns", bar_px + 3, 0.5),
    }[style]


def _trace(large: bool, *, date_axis: bool, **kwargs: Any) -> go.Scatter | go.Scattergl:
    kwargs["x"] = _column(kwargs["x"], numeric=not date_axis)
    kwargs["y"] = _column(kwargs["y"], numeric=True)
    if isinstance(kwargs.get("hovertext"), list):
        kwargs["hovertext"] = _column(kwargs["hovertext"], numeric=False)
    if isinstance(kwargs.get("customdata"), list):
        kwargs["customdata"] = _ids(kwargs["customdata"])
    marker = kwargs.get("marker")
    if marker:
        for key in ("size", "opacity"):
            if isinstance(marker.get(key), list):
                marker[key] = _column(marker[key], numeric=True)
        if isinstance(marker.get("symbol"), list):
            marker["symbol"] = _column(marker["symbol"], numeric=False)
    return go.Scattergl(**kwargs) if large else go.Scatter(**kwargs)


def _group_traces(
    name: str,
    items: list[_Item],
    colour: str,
    *,
    date_axis: bool,
    large: bool,
    hover: dict[str, str],
    dim: bool,
    row_unit_px: float,
    px: float,
    group_title: str,
) -> list[go.Scatter | go.Scattergl | go.Bar]:
    traces: list[go.Scatter | go.Scattergl | go.Bar] = []
    bar_px = _BAR_PX_LARGE if large else _BAR_PX
    lg = f"g:{name}"
    opacity = 0.3 if dim else 1.0
    label = dict(bgcolor="white", bordercolor=colour, font=dict(family=_FONT, size=13, color=_INK), align="left")
    spans = [it for it in items if not it.event.is_point]
    exact = [it for it in spans if not it.event.approximate]
    approx = [it for it in spans if it.event.approximate]

    if large:
        # Thousands of events: thick WebGL line segments, one trace per colour group;
        # hover and clicks go to the invisible handle marker in the middle of each bar.
        for its, kind, alpha in ((exact, "bars", 1.0), (approx, "approx_bars", 0.4)):
            if its:
                xs, ys = _segments(its, date_axis)
                traces.append(_trace(
                    True, date_axis=date_axis, x=xs, y=ys, mode="lines", legendgroup=lg,
                    name=f"{group_title} ({kind})", showlegend=False, hoverinfo="skip",
                    line=dict(color=colour, width=bar_px), opacity=alpha * opacity,
                    meta={"kind": kind, "group": name}, connectgaps=False,
                ))
    else:
        # Real bars: the whole length hovers and clicks; approximate ones are hatched.
        for its, kind in ((exact, "bars"), (approx, "approx_bars")):
            if not its:
                continue
            if kind == "bars":
                marker: dict[str, Any] = dict(color=colour, line=dict(width=0))
            else:
                marker = dict(color=_tint(colour, 0.18), line=dict(color=colour, width=1),
                              pattern=dict(shape="/", fgcolor=colour, size=5, solidity=0.3))
            scale = 86_400_000 if date_axis else 1  # a date axis measures bar length in ms
            traces.append(go.Bar(
                orientation="h",
                base=_column([_x(it.event.x0, date_axis) for it in its], numeric=not date_axis),
                x=_column([(it.event.x1 - it.event.x0) * scale for it in its], numeric=True),
                y=_column([it.y for it in its], numeric=True),
                width=bar_px / row_unit_px, marker=marker, opacity=opacity,
                name=f"{group_title} ({kind})", legendgroup=lg, showlegend=False,
                customdata=_ids([it.event.event_id for it in its]),
                hovertext=_column([hover[it.event.event_id] for it in its], numeric=False),
                hovertemplate="%{hovertext}<extra></extra>", hoverlabel=label,
                meta={"kind": kind, "group": name},
            ))

    # Markers: the day itself, or an invisible handle in the middle of a bar so that
    # bars can be hovered, clicked and box-selected like points. One trace per marker
    # style (scalar symbol/size/opacity): per-point style arrays cost Plotly a
    # validation pass per element.
    styles: dict[str, list[_Item]] = {}
    for it in items:
        ev = it.event
        if ev.is_point:
            style = "approx_day" if ev.approximate else "day"
        elif (ev.x1 - ev.x0) < 3 * px:
            # A span too short to see at the first view (a year on a 2,000-year axis):
            # a thin tick keeps it visible without pretending it is a day.
            style = "approx_tick" if ev.approximate else "tick"
        elif large or (ev.x1 - ev.x0) < _TARGET_PX * px:
            # Thousands of events, or a bar thinner than a finger (a month on a 16-year
            # axis is 3-4 px): an invisible marker in its middle hovers and clicks.
            style = "handle"
        else:
            continue  # the bar itself hovers and clicks
        styles.setdefault(style, []).append(it)
    for style in ("handle", "tick", "approx_tick", "day", "approx_day"):
        group = styles.get(style)
        if not group:
            continue
        symbol, size, alpha = _marker_style(style, bar_px)
        traces.append(_trace(
            large, date_axis=date_axis,
            x=[_x(_mark_x(it.event), date_axis) for it in group], y=[it.y for it in group],
            mode="markers", name=group_title, legendgroup=lg, showlegend=False,
            marker=dict(color=colour, size=size, symbol=symbol, opacity=alpha,
                        line=dict(color=colour, width=2)),
            opacity=opacity, customdata=[it.event.event_id for it in group],
            hovertext=[hover[it.event.event_id] for it in group],
            hovertemplate="%{hovertext}<extra></extra>", hoverlabel=label,
            meta={"kind": "markers", "style": style, "group": name},
        ))
    return traces


def _legend_lines(events: Sequence[_Event], color_by: str, lang: str, room_px: float) -> int:
    """How many lines Plotly's horizontal colour legend takes in ``room_px`` pixels
    (a swatch and a gap of ~46 px per entry, ~7 px a character of 12 px text)."""
    t = _t(lang)
    lines, used = 1, 0.0
    for g in _ordered_groups(events, color_by):
        name = _category_words(color_by, g, lang) if color_by != "doc" else (g or t["no_doc"])
        entry = 46 + 7.0 * len(_short(name, 40))
        if used and used + entry > room_px:
            lines, used = lines + 1, 0.0
        used += entry
    return lines


def _label_annotations(items: list[_Item], date_axis: bool, highlight: str | None) -> list[dict[str, Any]]:
    """Titles beside their marks, as annotations: they move with zoom and pan, hide when
    their anchor leaves the plot, and (unlike a text trace) stay out of the rangeslider."""
    out: list[dict[str, Any]] = []
    for it in items:
        if not it.label:
            continue  # no room for it at the first view: the hover has it
        ev = it.event
        text = "<br>".join(_esc(line) for line in it.label.split("\n"))
        align = "right" if it.label_left else "left"
        if highlight is not None and ev.event_id == highlight:
            text = f"<b>{text}</b>"
        gap = 9 if ev.is_point else 4
        if ev.is_point:
            x = _mark_x(ev)
        else:
            x = ev.x0 if it.label_left else ev.x1
        out.append(dict(
            x=_x(x, date_axis), y=it.y, xref="x", yref="y", text=text, showarrow=False,
            xanchor="right" if it.label_left else "left", xshift=-gap if it.label_left else gap,
            yanchor="middle", align=align, font=dict(family=_FONT, size=12, color=_INK),
            name=f"label:{ev.event_id}",
        ))
    return out


def _highlight_traces(
    items: list[_Item],
    colour: str,
    *,
    date_axis: bool,
    bar_px: int,
    row_unit_px: float,
    hover: str,
) -> list[go.Scatter | go.Bar]:
    """The selected event drawn again on top, in full colour with a dark outline, while
    everything else is dimmed. It hovers and clicks like the original."""
    ev = items[0].event
    common: dict[str, Any] = dict(
        showlegend=False, name="selected", meta={"kind": "highlight", "event_id": ev.event_id},
        customdata=_ids([ev.event_id] * len(items)),
        hovertext=_column([hover] * len(items), numeric=False),
        hovertemplate="%{hovertext}<extra></extra>",
        hoverlabel=dict(bgcolor="white", bordercolor=_INK, font=dict(family=_FONT, size=13, color=_INK), align="left"),
    )
    ys = _column([it.y for it in items], numeric=True)
    if ev.is_point:
        x = _column([_x(_mark_x(ev), date_axis)] * len(items), numeric=not date_axis)
        fill = "white" if ev.approximate else colour
        return [go.Scatter(
            x=x, y=ys, mode="markers",
            marker=dict(symbol="circle", size=bar_px + 8, color=fill, line=dict(width=3, color=_INK)),
            **common,
        )]
    scale = 86_400_000 if date_axis else 1
    marker: dict[str, Any] = dict(color=colour, line=dict(color=_INK, width=2))
    if ev.approximate:
        marker.update(color=_tint(colour, 0.18), pattern=dict(shape="/", fgcolor=colour, size=5, solidity=0.3))
    return [go.Bar(
        orientation="h",
        base=_column([_x(ev.x0, date_axis)] * len(items), numeric=not date_axis),
        x=_column([(ev.x1 - ev.x0) * scale] * len(items), numeric=True),
        y=ys, width=(bar_px + 4) / row_unit_px, marker=marker, **common,
    )]


def _key_traces(lang: str, large: bool) -> list[go.Scatter | go.Bar]:
    """A small 'how to read' legend built from the marks themselves (second legend)."""
    t = _t(lang)
    grey = "#555555"
    common: dict[str, Any] = dict(x=[None], y=[None], legend="legend2", hoverinfo="skip",
                                  meta={"kind": "key"})
    keys: list[go.Scatter | go.Bar] = [
        go.Scatter(mode="markers", name=t["key_day"], marker=dict(symbol="circle", size=10, color=grey), **common),
        go.Scatter(mode="markers", name=t["key_day_approx"],
                   marker=dict(symbol="circle-open", size=10, color=grey, line=dict(width=2, color=grey)), **common),
    ]
    if large:
        keys += [
            go.Scatter(mode="lines", name=t["key_span"], line=dict(color=grey, width=_BAR_PX_LARGE), **common),
            go.Scatter(mode="lines", name=t["key_span_approx"], line=dict(color=grey, width=_BAR_PX_LARGE),
                       opacity=0.4, **common),
        ]
    else:
        keys += [
            go.Bar(orientation="h", name=t["key_span"], marker=dict(color=grey, line=dict(width=0)), **common),
            go.Bar(orientation="h", name=t["key_span_approx"],
                   marker=dict(color=_tint(grey, 0.18), line=dict(color=grey, width=1),
                               pattern=dict(shape="/", fgcolor=grey, size=5, solidity=0.3)), **common),
        ]
    return keys


# ---------------------------------------------------------------- axes


def _era_aliases(lo: float, hi: float, lang: str) -> dict[str, str]:
    """Plotly's own tick labels ('−40', '0', '50') rewritten as '40 BC', 'BC | AD', 'AD 50'.

    Plotly picks the ticks (so zooming keeps working) and ``labelalias`` renames them.
    Plotly writes negative numbers with a true minus sign (U+2212).
    """
    t = _t(lang)
    first, last = math.floor(lo) - 1, math.ceil(hi) + 1
    step = 1
    while (last - first) / step > 6000:
        step *= 10
    aliases: dict[str, str] = {}
    for k in range(first - first % step, last + 1, step):
        if k < 0:
            aliases[f"\u2212{-k}"] = t["bc"].format(y=-k)
        elif k == 0:
            aliases["0"] = t["era"]
        elif k < 1000:
            aliases[str(k)] = t["ad"].format(y=k)
    return aliases


# The zoom buttons: (label key, window in days on a date axis, in years on a numeric one).
_WINDOWS: tuple[tuple[str, float, float], ...] = (
    ("btn_1m", 31.0, 1 / 12),
    ("btn_1y", 366.0, 1.0),
    ("btn_10y", 3653.0, 10.0),
    ("btn_100y", 36525.0, 100.0),
)


def _range_buttons(events: Sequence[_Event], date_axis: bool, lo: float, hi: float,
                   lang: str) -> dict[str, Any]:
    """Zoom buttons whose windows end at the story's last event, not at the axis end.

    Plotly's own range selector counts back from the right edge of the axis, which the
    padding puts past the last event: "1m" showed an empty month. Each button here is a
    relayout to an explicit range: the window holds the latest-starting event, with a
    quarter of the window after it for its label. Windows wider than most of the
    timeline are left out (they would only zoom out); "all" shows everything."""
    t = _t(lang)
    anchor = max(ev.x0 for ev in events)
    span = hi - lo
    buttons: list[dict[str, Any]] = []
    for key, days, years in _WINDOWS:
        width = days if date_axis else years
        if width > 0.8 * span:
            continue
        right = min(hi, anchor + 0.25 * width)
        left = right - width
        buttons.append(dict(label=t[key], method="relayout",
                            args=[{"xaxis.range": [_x(left, date_axis), _x(right, date_axis)]}]))
    buttons.append(dict(label=t["btn_all"], method="relayout",
                        args=[{"xaxis.range": [_x(lo, date_axis), _x(hi, date_axis)]}]))
    return dict(
        type="buttons", direction="left", buttons=buttons, active=len(buttons) - 1,
        showactive=True, x=1, xanchor="right", y=1.0, yanchor="bottom", pad=dict(t=0, b=2, r=0),
        bgcolor="#F0F0F0", bordercolor="#D0D0D0", borderwidth=1,
        font=dict(family=_FONT, size=11, color=_INK), name="zoom",
    )


def _x_axis(date_axis: bool, lo: float, hi: float, lang: str, thickness: float) -> dict[str, Any]:
    axis: dict[str, Any] = dict(
        showgrid=True, gridcolor=_GRID, gridwidth=1, zeroline=False, showline=True,
        linecolor="#9A9A9A", linewidth=1, ticks="outside", tickcolor="#9A9A9A", ticklen=5,
        tickfont=dict(family=_FONT, size=12, color="#444444"),
        rangeslider=dict(visible=True, thickness=thickness, bgcolor="#FAFAFA",
                         bordercolor="#D0D0D0", borderwidth=1, yaxis=dict(rangemode="match"),
                         range=[_day_x(lo), _day_x(hi)] if date_axis else [lo, hi]),
        title=None,
    )
    if date_axis:
        axis.update(
            type="date",
            range=[_day_x(lo), _day_x(hi)],
            hoverformat="%Y-%m-%d",
        )
    else:
        axis.update(
            type="linear", range=[lo, hi], exponentformat="none", separatethousands=False,
            labelalias=_era_aliases(lo, hi, lang), hoverformat=".2f",
        )
    return axis


# ---------------------------------------------------------------- public


def _validate_modes(lane_by: str, color_by: str) -> None:
    if lane_by not in LANE_MODES:
        raise ValueError(f"lane_by must be one of {', '.join(LANE_MODES)}; got {lane_by!r}")
    if color_by not in COLOR_MODES:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_MODES)}; got {color_by!r}")


def _base_layout(title: str, height: int, lang: str) -> dict[str, Any]:
    return dict(
        template=TEMPLATE,
        height=height,
        font=dict(family=_FONT, size=13, color=_INK),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(PALETTE),
        title=dict(text=f"<b>{_esc(title)}</b>" if title else "", x=0, xref="container",
                   xanchor="left", y=1, yref="container", yanchor="top",
                   pad=dict(t=14, l=14), font=dict(family=_FONT, size=20, color=_INK)),
        uirevision=UIREVISION,
        separators=i18n.text("chart.separators", lang),
    )


def _empty_figure(title: str, height: int | None, lang: str, note: str | None = None) -> go.Figure:
    fig = go.Figure(layout=_base_layout(title, height or 320, lang))
    fig.update_layout(
        xaxis=dict(visible=False), yaxis=dict(visible=False), showlegend=False,
        margin=dict(l=16, r=16, t=60 if title else 20, b=20),
        annotations=[dict(text=_esc(note or _t(lang)["empty"]), x=0.5, y=0.5, xref="paper",
                          yref="paper", showarrow=False,
                          font=dict(family=_FONT, size=16, color=_MUTED))],
    )
    return fig


def build_figure(
    frame: pd.DataFrame,
    *,
    lane_by: str = "type",
    color_by: str = "type",
    title: str = "",
    height: int | None = None,
    lang: str = "en",
    highlight: str | None = None,
    uirevision: str = UIREVISION,
    static: bool = False,
    width: int | None = None,
    subtitle: str | None = None,
    source: str = "",
) -> go.Figure:
    """The events of ``frame`` as a Plotly timeline (see the module docstring).

    For print (a PNG to publish): ``static=True`` leaves out the zoom buttons and the
    range slider and writes every label whole (wrapped, never cut with "…"); ``width``
    is the image width in pixels that labels are laid out for; ``subtitle`` replaces
    the default one ("8 events · 2003–2019"; "" for none); ``source`` is a credit line
    under the chart ("Source: NTB, 26.04.2019 · made with Tidslinje").

    ``lane_by``: "type", "doc", "actor" (an event appears in each actor's lane) or
    "none". ``color_by``: "type", "doc" or "anchor". ``highlight``: an event_id to
    emphasise (others are dimmed). ``lang``: "en" or "nb" for the chart's own words.
    ``uirevision``: keep it constant to keep the user's zoom across reruns; change it
    (e.g. to a hash of the documents) to reset the view. Each event's id is in the
    ``customdata`` of its points (``customdata[0]``); see :func:`select_event`.
    """
    _validate_modes(lane_by, color_by)
    lang = _lang(lang)
    t = _t(lang)
    if frame is None or len(frame) == 0:
        return _empty_figure(title, height, lang)
    events, undated = _parse_events(frame)
    if not events:
        note = f"{t['empty']} — {i18n.plural('chart.undated', undated, lang)}" if undated else None
        return _empty_figure(title, height, lang, note)

    large = len(events) > _LARGE
    date_axis = _uses_date_axis(events)
    _place_on_x(events, date_axis)

    lo = min(ev.x0 for ev in events)
    hi = max(ev.x1 for ev in events)
    minimum = 60.0 if date_axis else 2.0  # a lone day still gets two months of context
    if hi - lo < minimum:
        mid = (lo + hi) / 2
        lo, hi = mid - minimum / 2, mid + minimum / 2
    pad = (hi - lo) * 0.03
    lo, hi = lo - pad, hi + pad
    span = hi - lo

    lanes = _build_lanes(events, lane_by, color_by, lang)
    items = [it for lane in lanes for it in lane.items]
    shown_labels = [_short(lane.label, 26) for lane in lanes]
    widest = max((len(label) for label in shown_labels), default=0) if lane_by != "none" else 0
    left_px = int(16 + widest * 7.6)
    plot_w = float(max(200, width - left_px - 18)) if width else float(_ASSUMED_PLOT_PX)
    labels = len(items) <= _LABEL_LIMIT and not large
    label_lines = 1
    if labels:
        # On screen a label is cut to one line (hover has the rest); in print it is
        # whole, wrapped to lines of at most ~45% of the plot width.
        line_chars = max(22, int(0.45 * plot_w / _CHAR_PX))
        for it in items:
            rec = it.event.rec
            text = _text(rec["title"]) or _text(rec["timex"]) or it.event.event_id
            if static:
                lines = textwrap.wrap(" ".join(text.split()), width=line_chars) or [""]
                it.label = "\n".join(lines)
                label_lines = max(label_lines, len(lines))
            else:
                it.label = _short(text, _LABEL_CHARS)
    _pack(lanes, span, labels, max_rows=8 if not large else 3, right_edge=hi,
          plot_px_width=plot_w)
    total_rows = lanes[-1].bottom
    row_px = _ROW_PX + 14 * (label_lines - 1)

    # Height grows with the rows. Above the plot: title and subtitle, the colour legend,
    # then a row with the reading key (left) and the zoom buttons (right). Below: tick
    # labels and the rangeslider. Fixed pixel budgets, so the layout is predictable.
    has_sub = bool(title) if subtitle is None else bool(subtitle)
    title_px = (38 if title else 8) + (24 if has_sub else 0)
    # The colour legend wraps on a narrow image: one more line of legend per wrap.
    legend_px = 26 * _legend_lines(events, color_by, lang, (width or _ASSUMED_PLOT_PX + left_px) - 28)
    head_px = title_px + legend_px + 28
    slider_px = 0.0 if static else 40.0
    source_px = 26 if source else 0
    foot_px = 28 + 10 + slider_px + 10 + source_px  # tick labels, gap, rangeslider, gap, credit
    plot_px = max(120.0, min(1900.0, total_rows * row_px))
    fig_height = int(height or (head_px + foot_px + plot_px))
    plot_px = max(60.0, fig_height - head_px - foot_px)
    row_unit_px = plot_px / total_rows

    groups = _ordered_groups(events, color_by)
    colour_of = _colours(groups, color_by)
    ids = {ev.event_id for ev in events}
    hl = highlight if highlight in ids else None
    hover = {ev.event_id: _hover(ev, lang, large) for ev in events}

    fig = go.Figure()
    for g in groups:
        g_items = [it for it in items if it.group == g]
        if not g_items:
            continue
        name = _category_words(color_by, g, lang) if color_by != "doc" else (g or t["no_doc"])
        name = _esc(_short(name, 40))
        # The legend entry: a plain swatch, whatever the group's marks look like.
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=name, legendgroup=f"g:{g}", showlegend=True,
            marker=dict(symbol="square", size=12, color=colour_of[g]), hoverinfo="skip",
            meta={"kind": "legend", "group": g},
        ))
        for tr in _group_traces(g, g_items, colour_of[g], date_axis=date_axis, large=large,
                                hover=hover, dim=hl is not None, row_unit_px=row_unit_px,
                                px=span / plot_w,
                                group_title=name):
            fig.add_trace(tr)
    if hl is not None:
        chosen = [it for it in items if it.event.event_id == hl]
        for tr in _highlight_traces(chosen, colour_of[chosen[0].group], date_axis=date_axis,
                                    bar_px=_BAR_PX_LARGE if large else _BAR_PX,
                                    row_unit_px=row_unit_px, hover=hover[hl]):
            fig.add_trace(tr)
    for tr in _key_traces(lang, large):
        fig.add_trace(tr)

    # Lanes: alternate light bands, a hairline between lanes, the name on the left.
    shapes = []
    for i, lane in enumerate(lanes):
        if i % 2 == 0 and len(lanes) > 1:
            shapes.append(dict(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=lane.top,
                               y1=lane.bottom, fillcolor=_BAND, line=dict(width=0), layer="below"))
    tickvals = [(lane.top + lane.bottom) / 2 for lane in lanes]
    ticktext = [_esc(label) for label in shown_labels]

    layout = _base_layout(title, fig_height, lang)
    xaxis = _x_axis(date_axis, lo, hi, lang, slider_px / plot_px)
    if static:
        xaxis["rangeslider"] = dict(visible=False)
    layout.update(
        uirevision=uirevision,
        # Margins are computed here, not pushed by Plotly (autoexpand off): legends,
        # zoom buttons and the rangeslider then land exactly where the budget says.
        margin=dict(l=left_px, r=18, t=head_px, b=int(foot_px), autoexpand=False),
        xaxis=xaxis,
        yaxis=dict(
            range=[total_rows, 0], fixedrange=True, showgrid=False, zeroline=False,
            tickmode="array", tickvals=tickvals, ticktext=ticktext, ticks="",
            showticklabels=lane_by != "none",
            tickfont=dict(family=_FONT, size=13, color=_INK), title=None,
        ),
        shapes=shapes,
        showlegend=True,
        legend=dict(
            orientation="h", x=0, xanchor="left", xref="container",
            y=1 - title_px / fig_height, yanchor="top", yref="container",
            font=dict(family=_FONT, size=12, color=_INK), bgcolor="rgba(255,255,255,0)",
            itemclick="toggle", itemdoubleclick="toggleothers", traceorder="normal",
        ),
        legend2=dict(
            orientation="h", x=0, xanchor="left", xref="container",
            y=1 - (title_px + legend_px + 2) / fig_height, yanchor="top", yref="container", font=dict(family=_FONT, size=11, color=_MUTED),
            bgcolor="rgba(255,255,255,0)", itemclick=False, itemdoubleclick=False,
        ),
        hovermode="closest",
        hoverdistance=16,
        barmode="overlay",  # bars of different groups share a row without being shifted
        dragmode="pan",
        annotations=_label_annotations(items, date_axis, hl) if labels else [],
        updatemenus=[] if static else [_range_buttons(events, date_axis, lo, hi, lang)],
    )
    if width:
        layout["width"] = int(width)
    if has_sub:
        if subtitle is None:
            shown = len(events)
            first_year = min(ev.start.year for ev in events)
            last_year = max(ev.end.year for ev in events)
            years = _year_words(first_year, lang) if first_year == last_year else (
                f"{_year_words(first_year, lang)}–{_year_words(last_year, lang)}")
            sub = f"{i18n.plural('chart.events', shown, lang)} · {years}"
            if undated:
                sub += f" · {i18n.plural('chart.undated', undated, lang)}"
        else:
            sub = subtitle
        layout["annotations"].append(dict(
            text=_esc(sub), xref="paper", yref="paper", x=0, xanchor="left",
            xshift=-left_px + 14, y=1 + (50 + legend_px) / plot_px, yanchor="top", showarrow=False,
            font=dict(family=_FONT, size=13, color=_MUTED), name="subtitle"))
    elif undated:
        layout["annotations"].append(dict(
            text=_esc(i18n.plural("chart.undated", undated, lang)), xref="paper", yref="paper", x=1,
            xanchor="right", y=1, yanchor="bottom", yshift=4, showarrow=False,
            font=dict(family=_FONT, size=11, color=_MUTED), name="undated"))
    if source:
        layout["annotations"].append(dict(
            text=_esc(source), xref="paper", yref="paper", x=0, xanchor="left",
            xshift=-left_px + 14, y=0, yanchor="top", yshift=-(28 + 10 + slider_px + 6),
            showarrow=False, font=dict(family=_FONT, size=11, color=_MUTED), name="source"))
    fig.update_layout(**layout)
    return fig


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
    for i, rec in enumerate(_records(frame)):
        item = {
            "event_id": _text(rec["event_id"]) or f"#{i}",
            "title": _text(rec["title"]) or _text(rec["timex"]),
            "timex": _text(rec["timex"]),
            "when": "",
        }
        try:
            s = Day.parse_iso(_text(rec["start"]))
            e = Day.parse_iso(_text(rec["end"]) or _text(rec["start"]))
        except (ValueError, TypeError):
            undated.append({**item, "why": "undated"})
            continue
        approx = bool(rec["approximate"]) if _text(rec["approximate"]) else False
        wide = abs(e.number - s.number) > _VAGUE_DAYS
        if _text(rec["granularity"]) in VAGUE_GRAINS or (approx and wide):
            when = format_when(min(s, e).iso(), max(s, e).iso(), lang, approximate=approx)
            vague.append({**item, "when": when, "why": "vague"})
    return undated + vague


def chart_config(filename: str = "tidslinje") -> dict[str, Any]:
    """The Plotly ``config`` for the chart, in the app (``st.plotly_chart(config=...)``)
    and in exported HTML: wheel zoom, and a camera button that saves a 2x PNG."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in filename).strip("_") or "tidslinje"
    return {
        "scrollZoom": True,
        "displaylogo": False,
        "responsive": True,
        "modeBarButtonsToRemove": ["lasso2d", "select2d", "autoScale2d"],
        "toImageButtonOptions": {"format": "png", "filename": safe, "scale": 2},
    }


def select_event(frame: pd.DataFrame | None, selection: Mapping[str, Any] | None) -> str | None:
    """The event_id of the first selected point in a ``st.plotly_chart(on_select=...)``
    state, or None.

    Accepts the whole state (``{"selection": {"points": [...]}}``) or its inner
    ``selection`` dict. Points without an event id (labels, legend swatches) are
    skipped, and so is an id that is no longer in ``frame`` (filtered out, deleted).
    """
    if not selection:
        return None
    inner = selection.get("selection", selection) if isinstance(selection, Mapping) else None
    if not isinstance(inner, Mapping):
        return None
    points = inner.get("points") or []
    if not isinstance(points, list | tuple):
        return None
    known: set[str] | None = None
    if frame is not None and "event_id" in getattr(frame, "columns", ()):
        known = {str(v) for v in frame["event_id"].dropna()}
    for point in points:
        if not isinstance(point, Mapping):
            continue
        data = point.get("customdata")
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if isinstance(data, str) and data and (known is None or data in known):
            return data
    return None
