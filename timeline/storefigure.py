"""The figure of one view of an event store (``storequery.Density``).

At coarse zoom a heatmap of events per lane and slice of time, with the most important
events named; zoomed in, one marker per event, sized by its number of sources. The
figure holds only what the view holds (at most a few thousand points), whatever the
store's size. Document text is escaped before Plotly sees it (Plotly reads tags in text).
"""

from __future__ import annotations

import html
import math
from typing import Any

import plotly.graph_objects as go

from . import i18n
from .messages import MESSAGES
from .storequery import Density

__all__ = ["store_figure"]

_INK = "#1f2933"
_GRID = "#e4e7eb"
_MARK = "#2f6fb0"
_SCALE = [[0.0, "#f3f6fa"], [0.25, "#b9d3ee"], [0.6, "#5b9bd5"], [1.0, "#1d4f91"]]


def _esc(text: object, limit: int = 60) -> str:
    s = " ".join(str(text or "").split())
    s = s if len(s) <= limit else s[: limit - 1].rstrip() + "…"
    return html.escape(s, quote=True)


def _mid(row: Any) -> float:
    a, b = float(row.start_year), float(row.end_year)
    return (a + b) / 2


def _lane_of(row: Any, lane: str) -> str:
    if lane == "actor":
        actors = list(row.actors) if row.actors is not None else []
        return str(actors[0]) if len(actors) else "—"
    return str(row.type)


def _hover(row: Any, lang: str | None) -> str:
    n = int(row.n_sources)
    return (
        f"{_esc(row.title, 80)}<br>{_esc(row.date, 30)} · "
        f"{html.escape(i18n.plural('store.sources', n, lang))}"
    )


def _lane_name(lane: str, kind: str, lang: str | None) -> str:
    key = f"type.{lane}"
    return i18n.text(key, lang) if kind != "actor" and key in MESSAGES else lane


def store_figure(view: Density, title: str = "", lang: str | None = None) -> go.Figure:
    """The view as a figure, its words in ``lang`` (the interface language)."""
    w = view.window
    fig = go.Figure()
    lanes: list[str]
    if view.events is not None:
        events = view.events
        rows: list[Any] = list(events.itertuples())
        lanes = sorted({_lane_of(r, w.lane) for r in rows})
        fig.add_trace(
            go.Scattergl(
                x=[_mid(r) for r in rows],
                y=[_lane_of(r, w.lane) for r in rows],
                mode="markers",
                marker={
                    "size": [6 + 3 * math.log2(max(int(r.n_sources), 1)) for r in rows],
                    "color": _MARK,
                    "opacity": 0.75,
                    "line": {"width": 0},
                },
                customdata=[r.event_id for r in rows],
                hovertext=[_hover(r, lang) for r in rows],
                hoverinfo="text",
                name=i18n.text("store.events_axis", lang),
                showlegend=False,
            )
        )
    else:
        counts = view.counts
        lanes = sorted({str(x) for x in counts["lane"]}) if len(counts) else []
        width = (w.end - w.start) / max(w.bins, 1)
        index = {lane: i for i, lane in enumerate(lanes)}
        z = [[0] * w.bins for _ in lanes]
        cells: list[Any] = list(counts.itertuples(index=False))
        for lane, b, n in cells:
            if 0 <= int(b) < w.bins:
                z[index[str(lane)]][int(b)] = int(n)
        fig.add_trace(
            go.Heatmap(
                x=[w.start + (i + 0.5) * width for i in range(w.bins)],
                y=lanes,
                z=z,
                colorscale=_SCALE,
                zmin=0,
                showscale=True,
                colorbar={"title": {"text": i18n.text("store.events_axis", lang)}, "thickness": 12},
                customdata=[[_esc(_lane_name(lane, w.lane, lang), 40)] * w.bins for lane in lanes],
                hovertemplate=i18n.text("store.cell_hover", lang) + "<extra></extra>",
                xgap=1,
                ygap=2,
            )
        )
    labels = view.labels
    if len(labels):
        rows = [r for r in labels.itertuples() if _lane_of(r, w.lane) in set(lanes)]
        fig.add_trace(
            go.Scatter(
                x=[_mid(r) for r in rows],
                y=[_lane_of(r, w.lane) for r in rows],
                mode="markers+text",
                text=[_esc(r.title, 28) for r in rows],
                textposition="top center",
                textfont={"size": 10, "color": _INK},
                marker={"size": 7, "color": "#c0392b", "symbol": "diamond"},
                customdata=[r.event_id for r in rows],
                hovertext=[_hover(r, lang) for r in rows],
                hoverinfo="text",
                name=i18n.text("store.most_important", lang),
                showlegend=False,
            )
        )
    fig.update_layout(
        template="plotly_white",
        title={"text": _esc(title, 80)} if title else None,
        height=max(320, 60 + 38 * max(len(lanes), 1)),
        margin={"l": 10, "r": 10, "t": 40 if title else 10, "b": 30},
        paper_bgcolor="white",
        plot_bgcolor="white",
        font={"color": _INK},
        xaxis={"range": [w.start, w.end], "gridcolor": _GRID, "title": None},
        yaxis={
            "categoryorder": "array",
            "categoryarray": lanes,
            "tickvals": lanes,
            "ticktext": [_esc(_lane_name(lane, w.lane, lang), 40) for lane in lanes],
            "gridcolor": _GRID,
            "title": None,
        },
    )
    return fig
