"""The marks: one Plotly trace per colour group and kind (bars, approximate bars,
marker styles), the hover text, the highlighted event and the reading key.

A single day is a marker; anything wider (week, month, year, interval) is a bar from the
first day to the end of the last day (a span too short to see at the first view also
gets a thin tick). Approximate events are open markers or pale hatched bars, and
"ca." / "about" in the hover. Up to 1,000 events bars are ``go.Bar`` (hover and click
anywhere along them); above that, bars are thick ``Scattergl`` line segments separated
by None, with an invisible marker in the middle of each that carries hover and click.

The hover holds the proof: the date as written and as resolved, how it was resolved,
title, actors, place and the quote, all escaped once (:func:`chartstyle.esc`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import plotly.graph_objects as go

from . import i18n, words
from .chartevents import ChartEvent, actor_list, cell_text, doc_name, mark_x, plot_x
from .chartstyle import (
    ANCHOR_COLORS,
    BAR_PX,
    BAR_PX_LARGE,
    FONT,
    INK,
    MUTED,
    PALETTE,
    QUOTE_MAX,
    QUOTE_WRAP,
    TARGET_PX,
    TYPE_COLORS,
    chart_words,
    esc,
    short,
    wrap_escaped,
)
from .lanes import Item, group_key

__all__ = ["colours", "group_traces", "highlight_traces", "hover_text", "key_traces", "ordered_groups"]


def colours(groups: Sequence[str], color_by: str) -> dict[str, str]:
    fixed = TYPE_COLORS if color_by == "type" else ANCHOR_COLORS if color_by == "anchor" else {}
    out: dict[str, str] = {}
    spare = iter([c for c in PALETTE if c not in fixed.values()] + list(PALETTE) * 100)
    for g in groups:
        out[g] = fixed.get(g) or next(spare)
    return out


def ordered_groups(events: Sequence[ChartEvent], color_by: str) -> list[str]:
    seen = list(dict.fromkeys(group_key(ev, color_by) for ev in events))
    fixed = list(TYPE_COLORS if color_by == "type" else ANCHOR_COLORS if color_by == "anchor" else [])
    return [g for g in fixed if g in seen] + [g for g in seen if g not in fixed]


def hover_text(ev: ChartEvent, lang: str, large: bool) -> str:
    rec, t = ev.rec, chart_words(lang)
    title = cell_text(rec["title"]) or cell_text(rec["timex"]) or ev.event_id
    when = words.when(rec, lang)
    parts = [f"<b>{esc(short(title, 90))}</b>"]
    parts.append(esc(when))
    timex, why = cell_text(rec["timex"]), words.how(rec, lang)
    if timex or why:
        written = i18n.text("chart.written", lang, x=esc(short(timex, 60))) if timex else ""
        sep = " — " if written and why else ""
        parts.append(f"<span style='color:{MUTED}'>{written}{sep}{wrap_escaped(why, 80, 160)}</span>")
    actors = actor_list(rec["actors"])
    if actors:
        parts.append(f"{t['actors']}: {esc(short(', '.join(actors), 120))}")
    place = cell_text(rec["place"])
    if place:
        parts.append(f"{t['place']}: {esc(short(place, 80))}")
    quote = cell_text(rec["quote"])
    if quote:
        limit = 160 if large else QUOTE_MAX
        parts.append(f"<i>“{wrap_escaped(quote, QUOTE_WRAP, limit)}”</i>")
    source = doc_name(rec)
    n = rec["n_mentions"]
    if cell_text(n) and int(n) > 1:
        counted = i18n.plural("chart.sources", int(n), lang)
        source = f"{source} · {counted}" if source else counted
    if source:
        parts.append(f"<span style='color:{MUTED}'>{esc(source)}</span>")
    return "<br>".join(parts)


def tint(colour: str, alpha: float) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def _segments(items: Iterable[Item], date_axis: bool) -> tuple[list[Any], list[Any]]:
    """Bars as one polyline: start, end, None (a gap), start, end, None..."""
    xs: list[Any] = []
    ys: list[Any] = []
    for it in items:
        xs += [plot_x(it.event.x0, date_axis), plot_x(it.event.x1, date_axis), None]
        ys += [it.y, it.y, None]
    return xs, ys


def column(values: list[Any], numeric: bool) -> np.ndarray:
    """A data array as numpy: Plotly validates numpy arrays in one copy instead of
    walking Python lists element by element (seconds at 10,000 events), and serialises
    numeric ones compactly. ``None`` (a gap between bar segments) becomes NaN."""
    if numeric:
        return np.array([np.nan if v is None else v for v in values], dtype=float)
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out


def ids_column(values: list[str | None]) -> np.ndarray:
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
        "handle": ("circle", max(TARGET_PX + 4, bar_px + 1), 0.0),
        "tick": ("line-ns", bar_px + 3, 1.0),
        "approx_tick": ("line-ns", bar_px + 3, 0.5),
    }[style]


def _trace(large: bool, *, date_axis: bool, **kwargs: Any) -> go.Scatter | go.Scattergl:
    kwargs["x"] = column(kwargs["x"], numeric=not date_axis)
    kwargs["y"] = column(kwargs["y"], numeric=True)
    if isinstance(kwargs.get("hovertext"), list):
        kwargs["hovertext"] = column(kwargs["hovertext"], numeric=False)
    if isinstance(kwargs.get("customdata"), list):
        kwargs["customdata"] = ids_column(kwargs["customdata"])
    marker = kwargs.get("marker")
    if marker:
        for key in ("size", "opacity"):
            if isinstance(marker.get(key), list):
                marker[key] = column(marker[key], numeric=True)
        if isinstance(marker.get("symbol"), list):
            marker["symbol"] = column(marker["symbol"], numeric=False)
    return go.Scattergl(**kwargs) if large else go.Scatter(**kwargs)


@dataclass(frozen=True)
class Drawing:
    """How marks are drawn on this chart: a date axis or decimal years, WebGL for
    thousands of events, data units per pixel, and a sub-row's height in pixels."""

    date_axis: bool
    large: bool
    px: float
    row_unit_px: float


def group_traces(
    name: str,
    items: list[Item],
    colour: str,
    *,
    drawing: Drawing,
    hover: dict[str, str],
    lang: str,
    dim: bool,
    group_title: str,
) -> list[go.Scatter | go.Scattergl | go.Bar]:
    date_axis, large = drawing.date_axis, drawing.large
    px, row_unit_px = drawing.px, drawing.row_unit_px
    traces: list[go.Scatter | go.Scattergl | go.Bar] = []
    bar_px = BAR_PX_LARGE if large else BAR_PX
    lg = f"g:{name}"
    opacity = 0.3 if dim else 1.0
    label = dict(bgcolor="white", bordercolor=colour, font=dict(family=FONT, size=13, color=INK), align="left")
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
                marker = dict(color=tint(colour, 0.18), line=dict(color=colour, width=1),
                              pattern=dict(shape="/", fgcolor=colour, size=5, solidity=0.3))
            scale = 86_400_000 if date_axis else 1  # a date axis measures bar length in ms
            traces.append(go.Bar(
                orientation="h",
                base=column([plot_x(it.event.x0, date_axis) for it in its], numeric=not date_axis),
                x=column([(it.event.x1 - it.event.x0) * scale for it in its], numeric=True),
                y=column([it.y for it in its], numeric=True),
                width=bar_px / row_unit_px, marker=marker, opacity=opacity,
                name=f"{group_title} ({kind})", legendgroup=lg, showlegend=False,
                customdata=ids_column([it.event.event_id for it in its]),
                hovertext=column([_item_hover(it, hover, lang) for it in its], numeric=False),
                hovertemplate="%{hovertext}<extra></extra>", hoverlabel=label,
                meta={"kind": kind, "group": name},
            ))

    # Markers: the day itself, or an invisible handle in the middle of a bar so that
    # bars can be hovered, clicked and box-selected like points. One trace per marker
    # style (scalar symbol/size/opacity): per-point style arrays cost Plotly a
    # validation pass per element.
    styles: dict[str, list[Item]] = {}
    for it in items:
        ev = it.event
        if ev.is_point:
            style = "approx_day" if ev.approximate else "day"
        elif (ev.x1 - ev.x0) < 3 * px:
            # A span too short to see at the first view (a year on a 2,000-year axis):
            # a thin tick keeps it visible without pretending it is a day.
            style = "approx_tick" if ev.approximate else "tick"
        elif large or (ev.x1 - ev.x0) < TARGET_PX * px:
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
            x=[plot_x(mark_x(it.event), date_axis) for it in group], y=[it.y for it in group],
            mode="markers", name=group_title, legendgroup=lg, showlegend=False,
            marker=dict(color=colour, size=size, symbol=symbol, opacity=alpha,
                        line=dict(color=colour, width=2)),
            opacity=opacity, customdata=[it.event.event_id for it in group],
            hovertext=[_item_hover(it, hover, lang) for it in group],
            hovertemplate="%{hovertext}<extra></extra>", hoverlabel=label,
            meta={"kind": "markers", "style": style, "group": name},
        ))
    return traces


def highlight_traces(
    items: list[Item],
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
        customdata=ids_column([ev.event_id] * len(items)),
        hovertext=column([hover] * len(items), numeric=False),
        hovertemplate="%{hovertext}<extra></extra>",
        hoverlabel=dict(bgcolor="white", bordercolor=INK, font=dict(family=FONT, size=13, color=INK), align="left"),
    )
    ys = column([it.y for it in items], numeric=True)
    if ev.is_point:
        x = column([plot_x(mark_x(ev), date_axis)] * len(items), numeric=not date_axis)
        fill = "white" if ev.approximate else colour
        return [go.Scatter(
            x=x, y=ys, mode="markers",
            marker=dict(symbol="circle", size=bar_px + 8, color=fill, line=dict(width=3, color=INK)),
            **common,
        )]
    scale = 86_400_000 if date_axis else 1
    marker: dict[str, Any] = dict(color=colour, line=dict(color=INK, width=2))
    if ev.approximate:
        marker.update(color=tint(colour, 0.18), pattern=dict(shape="/", fgcolor=colour, size=5, solidity=0.3))
    return [go.Bar(
        orientation="h",
        base=column([plot_x(ev.x0, date_axis)] * len(items), numeric=not date_axis),
        x=column([(ev.x1 - ev.x0) * scale] * len(items), numeric=True),
        y=ys, width=(bar_px + 4) / row_unit_px, marker=marker, **common,
    )]


def _item_hover(it: Item, hover: dict[str, str], lang: str) -> str:
    """The hover of an item's event, and the other events its mark stands for."""
    text = hover[it.event.event_id]
    if not it.also:
        return text
    titles = [cell_text(ev.rec["title"]) or cell_text(ev.rec["timex"]) or ev.event_id
              for ev in it.also[:5]]
    listed = "; ".join(short(title, 50) for title in titles) + ("; …" if len(it.also) > 5 else "")
    more = i18n.plural("chart.same_mark", len(it.also), lang, titles=listed)
    return f"{text}<br><span style='color:{MUTED}'>{esc(more)}</span>"


def key_traces(lang: str, large: bool) -> list[go.Scatter | go.Bar]:
    """A small 'how to read' legend built from the marks themselves (second legend)."""
    t = chart_words(lang)
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
            go.Scatter(mode="lines", name=t["key_span"], line=dict(color=grey, width=BAR_PX_LARGE), **common),
            # WebGL lines cannot be hatched: the key says that approximate spans are pale.
            go.Scatter(mode="lines", name=t["key_span_approx_pale"], line=dict(color=grey, width=BAR_PX_LARGE),
                       opacity=0.4, **common),
        ]
    else:
        keys += [
            go.Bar(orientation="h", name=t["key_span"], marker=dict(color=grey, line=dict(width=0)), **common),
            go.Bar(orientation="h", name=t["key_span_approx"],
                   marker=dict(color=tint(grey, 0.18), line=dict(color=grey, width=1),
                               pattern=dict(shape="/", fgcolor=grey, size=5, solidity=0.3)), **common),
        ]
    return keys
