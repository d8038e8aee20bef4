"""The events dataframe as a zoomable, sourced Plotly timeline: the figure assembled
from its parts, the axes, the zoom buttons and the pixel budget of the page.

The parts, in the order a reader meets them:

* :mod:`timeline.chartevents` puts the events on x (a date axis, or decimal years with
  "44 BC" ticks when any date is BC);
* :mod:`timeline.lanes` puts them in lanes on y and lays out their labels;
* :mod:`timeline.traces` draws the marks (uncertainty drawn, not hidden) and the hover;
* :mod:`timeline.chartstyle` holds the colours, fonts and sizes, set explicitly here so
  that a figure built after ``import streamlit`` does not inherit placeholder colours.

One trace per colour group and kind keeps the figure small at 10,000 events.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from . import i18n, words
from .chartevents import (
    ChartEvent,
    cell_text,
    day_x,
    parse_events,
    place_on_x,
    plot_x,
    uses_date_axis,
)
from .chartstyle import (
    ASSUMED_PLOT_PX,
    BAND,
    BAR_PX,
    BAR_PX_LARGE,
    CHAR_PX,
    FONT,
    GRID,
    INK,
    LABEL_CHARS,
    LABEL_LIMIT,
    LARGE,
    MUTED,
    PALETTE,
    ROW_PX,
    TEMPLATE,
    chart_lang,
    chart_words,
    esc,
    short,
)
from .lanes import Item, Lane, build_lanes, label_annotations, pack
from .traces import colours, group_traces, highlight_traces, hover_text, key_traces, ordered_groups

__all__ = ["COLOR_MODES", "LANE_MODES", "SCREEN", "UIREVISION", "Page", "Zoom", "build_figure", "chart_config"]

LANE_MODES: tuple[str, ...] = ("type", "doc", "actor", "none")
COLOR_MODES: tuple[str, ...] = ("type", "doc", "anchor")
UIREVISION = "tidslinje"  # constant: the user's zoom survives Streamlit reruns


def _legend_lines(events: Sequence[ChartEvent], color_by: str, lang: str, room_px: float) -> int:
    """How many lines Plotly's horizontal colour legend takes in ``room_px`` pixels
    (a swatch and a gap of ~46 px per entry, ~7 px a character of 12 px text)."""
    t = chart_words(lang)
    lines, used = 1, 0.0
    for g in ordered_groups(events, color_by):
        name = words.category(color_by, g, lang) if color_by != "doc" else (g or t["no_doc"])
        entry = 46 + 7.0 * len(short(name, 40))
        if used and used + entry > room_px:
            lines, used = lines + 1, 0.0
        used += entry
    return lines


def _era_aliases(lo: float, hi: float, lang: str) -> dict[str, str]:
    """Plotly's own tick labels ('−40', '0', '50') rewritten as '40 BC', 'BC | AD', 'AD 50'.

    Plotly picks the ticks (so zooming keeps working) and ``labelalias`` renames them.
    Plotly writes negative numbers with a true minus sign (U+2212).
    """
    t = chart_words(lang)
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


def _range_buttons(events: Sequence[ChartEvent], date_axis: bool, lo: float, hi: float,
                   lang: str) -> dict[str, Any]:
    """Zoom buttons whose windows end at the story's last event, not at the axis end.

    Plotly's own range selector counts back from the right edge of the axis, which the
    padding puts past the last event: "1m" showed an empty month. Each button here is a
    relayout to an explicit range: the window holds the latest-starting event, with a
    quarter of the window after it for its label. Windows wider than most of the
    timeline are left out (they would only zoom out); "all" shows everything."""
    t = chart_words(lang)
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
                            args=[{"xaxis.range": [plot_x(left, date_axis), plot_x(right, date_axis)]}]))
    buttons.append(dict(label=t["btn_all"], method="relayout",
                        args=[{"xaxis.range": [plot_x(lo, date_axis), plot_x(hi, date_axis)]}]))
    return dict(
        type="buttons", direction="left", buttons=buttons, active=len(buttons) - 1,
        showactive=True, x=1, xanchor="right", y=1.0, yanchor="bottom", pad=dict(t=0, b=2, r=0),
        bgcolor="#F0F0F0", bordercolor="#D0D0D0", borderwidth=1,
        font=dict(family=FONT, size=11, color=INK), name="zoom",
    )


def _x_axis(date_axis: bool, lo: float, hi: float, lang: str, thickness: float) -> dict[str, Any]:
    axis: dict[str, Any] = dict(
        showgrid=True, gridcolor=GRID, gridwidth=1, zeroline=False, showline=True,
        linecolor="#9A9A9A", linewidth=1, ticks="outside", tickcolor="#9A9A9A", ticklen=5,
        tickfont=dict(family=FONT, size=12, color="#444444"),
        rangeslider=dict(visible=True, thickness=thickness, bgcolor="#FAFAFA",
                         bordercolor="#D0D0D0", borderwidth=1, yaxis=dict(rangemode="match"),
                         range=[day_x(lo), day_x(hi)] if date_axis else [lo, hi]),
        title=None,
    )
    if date_axis:
        axis.update(
            type="date",
            range=[day_x(lo), day_x(hi)],
            hoverformat="%Y-%m-%d",
        )
    else:
        axis.update(
            type="linear", range=[lo, hi], exponentformat="none", separatethousands=False,
            labelalias=_era_aliases(lo, hi, lang), hoverformat=".2f",
        )
    return axis


def _validate_modes(lane_by: str, color_by: str) -> None:
    if lane_by not in LANE_MODES:
        raise ValueError(f"lane_by must be one of {', '.join(LANE_MODES)}; got {lane_by!r}")
    if color_by not in COLOR_MODES:
        raise ValueError(f"color_by must be one of {', '.join(COLOR_MODES)}; got {color_by!r}")


def _base_layout(title: str, height: int, lang: str) -> dict[str, Any]:
    return dict(
        template=TEMPLATE,
        height=height,
        font=dict(family=FONT, size=13, color=INK),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(PALETTE),
        title=dict(text=f"<b>{esc(title)}</b>" if title else "", x=0, xref="container",
                   xanchor="left", y=1, yref="container", yanchor="top",
                   pad=dict(t=14, l=14), font=dict(family=FONT, size=20, color=INK)),
        uirevision=UIREVISION,
        separators=i18n.text("chart.separators", lang),
    )


def _empty_figure(title: str, height: int | None, lang: str, note: str | None = None) -> go.Figure:
    fig = go.Figure(layout=_base_layout(title, height or 320, lang))
    fig.update_layout(
        xaxis=dict(visible=False), yaxis=dict(visible=False), showlegend=False,
        margin=dict(l=16, r=16, t=60 if title else 20, b=20),
        annotations=[dict(text=esc(note or chart_words(lang)["empty"]), x=0.5, y=0.5, xref="paper",
                          yref="paper", showarrow=False,
                          font=dict(family=FONT, size=16, color=MUTED))],
    )
    return fig


@dataclass(frozen=True)
class Page:
    """The page the chart is laid out for. The defaults are the screen: the app's plot
    width is assumed, the height grows with the rows, and the zoom buttons and the range
    slider are drawn.

    For print (a PNG to publish): ``static=True`` leaves out the zoom buttons and the
    range slider and writes every label whole (wrapped, never cut with "…"); ``width``
    is the image width in pixels that labels are laid out for; ``height`` fixes the
    figure's height; ``subtitle`` replaces the default one ("8 events · 2003–2019"; ""
    for none); ``source`` is a credit line under the chart ("Source: NTB, 26.04.2019 ·
    made with Tidslinje")."""

    width: int | None = None
    height: int | None = None
    static: bool = False
    subtitle: str | None = None
    source: str = ""


@dataclass(frozen=True)
class Zoom:
    """The reader's zoom. ``revision`` is Plotly's ``uirevision``: keep it constant to
    keep the user's zoom across reruns; change it (e.g. to a hash of the documents) to
    reset the view."""

    revision: str = UIREVISION


SCREEN = Page()
KEEP_ZOOM = Zoom()


@dataclass
class _Budget:
    """The figure's pixels, fixed here rather than pushed by Plotly, so that the layout is
    predictable. Above the plot: title and subtitle, the colour legend, then a row with
    the reading key (left) and the zoom buttons (right). Below it: tick labels, the range
    slider and the credit line."""

    left: int  # the lane names
    plot_w: float  # the plot width labels are laid out for
    title: int
    legend: int
    slider: float
    foot: float
    has_sub: bool
    height: int = 0  # known once the rows are packed
    plot: float = 0.0

    @property
    def head(self) -> int:
        return self.title + self.legend + 28


@dataclass(frozen=True)
class _Scale:
    """The x scale of the first view and the size of a sub-row in pixels."""

    date_axis: bool
    large: bool  # WebGL traces, no labels
    lo: float
    hi: float
    px: float  # data units per pixel
    row_unit_px: float


def _x_extent(events: Sequence[ChartEvent], date_axis: bool) -> tuple[float, float]:
    """The first view's x range: every event, at least two months (or two years) of
    context, and 3% of padding either side."""
    lo = min(ev.x0 for ev in events)
    hi = max(ev.x1 for ev in events)
    minimum = 60.0 if date_axis else 2.0  # a lone day still gets two months of context
    if hi - lo < minimum:
        mid = (lo + hi) / 2
        lo, hi = mid - minimum / 2, mid + minimum / 2
    pad = (hi - lo) * 0.03
    return lo - pad, hi + pad


def _set_labels(items: Sequence[Item], whole: bool, plot_w: float) -> int:
    """Each item's title as its label; returns the most lines a label has. On screen a
    label is cut to one line (hover has the rest); in print (``whole``) it is whole,
    wrapped to lines of at most ~45% of the plot width."""
    label_lines = 1
    line_chars = max(22, int(0.45 * plot_w / CHAR_PX))
    for it in items:
        rec = it.event.rec
        text = cell_text(rec["title"]) or cell_text(rec["timex"]) or it.event.event_id
        if whole:
            lines = textwrap.wrap(" ".join(text.split()), width=line_chars) or [""]
            it.label = "\n".join(lines)
            label_lines = max(label_lines, len(lines))
        else:
            it.label = short(text, LABEL_CHARS)
    return label_lines


def _budget(lanes: Sequence[Lane], events: Sequence[ChartEvent], title: str, lane_by: str,
            color_by: str, lang: str, page: Page) -> _Budget:
    """The pixel budget around the plot (the plot's own height comes with the rows)."""
    shown = [short(lane.label, 26) for lane in lanes]
    widest = max((len(label) for label in shown), default=0) if lane_by != "none" else 0
    left_px = int(16 + widest * 7.6)
    has_sub = bool(title) if page.subtitle is None else bool(page.subtitle)
    # The colour legend wraps on a narrow image: one more line of legend per wrap.
    room = (page.width or ASSUMED_PLOT_PX + left_px) - 28
    slider_px = 0.0 if page.static else 40.0
    return _Budget(
        left=left_px,
        plot_w=float(max(200, page.width - left_px - 18)) if page.width else float(ASSUMED_PLOT_PX),
        title=(38 if title else 8) + (24 if has_sub else 0),
        legend=26 * _legend_lines(events, color_by, lang, room),
        slider=slider_px,
        # tick labels, gap, rangeslider, gap, credit
        foot=28 + 10 + slider_px + 10 + (26 if page.source else 0),
        has_sub=has_sub,
    )


def _fit_height(budget: _Budget, total_rows: float, row_px: float, height: int | None) -> None:
    """The height grows with the rows (unless the page fixes it); the plot gets the rest."""
    plot_px = max(120.0, min(1900.0, total_rows * row_px))
    budget.height = int(height or (budget.head + budget.foot + plot_px))
    budget.plot = max(60.0, budget.height - budget.head - budget.foot)


def _add_marks(fig: go.Figure, events: Sequence[ChartEvent], items: Sequence[Item],
               color_by: str, lang: str, highlight: str | None, scale: _Scale) -> None:
    """Per colour group a legend swatch and the group's traces; the highlighted event
    drawn again on top; the reading key."""
    t = chart_words(lang)
    groups = ordered_groups(events, color_by)
    colour_of = colours(groups, color_by)
    hover = {ev.event_id: hover_text(ev, lang, scale.large) for ev in events}
    for g in groups:
        g_items = [it for it in items if it.group == g]
        if not g_items:
            continue
        name = words.category(color_by, g, lang) if color_by != "doc" else (g or t["no_doc"])
        name = esc(short(name, 40))
        # The legend entry: a plain swatch, whatever the group's marks look like.
        fig.add_trace(go.Scatter(
            x=[None], y=[None], mode="markers", name=name, legendgroup=f"g:{g}", showlegend=True,
            marker=dict(symbol="square", size=12, color=colour_of[g]), hoverinfo="skip",
            meta={"kind": "legend", "group": g},
        ))
        for tr in group_traces(g, g_items, colour_of[g], date_axis=scale.date_axis,
                               large=scale.large, hover=hover, dim=highlight is not None,
                               row_unit_px=scale.row_unit_px, px=scale.px, group_title=name):
            fig.add_trace(tr)
    if highlight is not None:
        chosen = [it for it in items if it.event.event_id == highlight]
        for tr in highlight_traces(chosen, colour_of[chosen[0].group], date_axis=scale.date_axis,
                                   bar_px=BAR_PX_LARGE if scale.large else BAR_PX,
                                   row_unit_px=scale.row_unit_px, hover=hover[highlight]):
            fig.add_trace(tr)
    for tr in key_traces(lang, scale.large):
        fig.add_trace(tr)


def _lane_axis(lanes: Sequence[Lane], lane_by: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The y axis (lane names on the left) and the lanes' alternate light bands."""
    shapes = []
    for i, lane in enumerate(lanes):
        if i % 2 == 0 and len(lanes) > 1:
            shapes.append(dict(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=lane.top,
                               y1=lane.bottom, fillcolor=BAND, line=dict(width=0), layer="below"))
    yaxis = dict(
        range=[lanes[-1].bottom, 0], fixedrange=True, showgrid=False, zeroline=False,
        tickmode="array", tickvals=[(lane.top + lane.bottom) / 2 for lane in lanes],
        ticktext=[esc(short(lane.label, 26)) for lane in lanes], ticks="",
        showticklabels=lane_by != "none",
        tickfont=dict(family=FONT, size=13, color=INK), title=None,
    )
    return yaxis, shapes


def _legends(budget: _Budget) -> dict[str, Any]:
    """The colour legend under the title, and the reading key under it."""
    return dict(
        showlegend=True,
        legend=dict(
            orientation="h", x=0, xanchor="left", xref="container",
            y=1 - budget.title / budget.height, yanchor="top", yref="container",
            font=dict(family=FONT, size=12, color=INK), bgcolor="rgba(255,255,255,0)",
            itemclick="toggle", itemdoubleclick="toggleothers", traceorder="normal",
        ),
        legend2=dict(
            orientation="h", x=0, xanchor="left", xref="container",
            y=1 - (budget.title + budget.legend + 2) / budget.height, yanchor="top",
            yref="container", font=dict(family=FONT, size=11, color=MUTED),
            bgcolor="rgba(255,255,255,0)", itemclick=False, itemdoubleclick=False,
        ),
    )


def _subtitle(events: Sequence[ChartEvent], undated: int, lang: str) -> str:
    """The default subtitle: "8 events · 2003–2019", and the undated ones."""
    first_year = min(ev.start.year for ev in events)
    last_year = max(ev.end.year for ev in events)
    years = words.year(first_year, lang) if first_year == last_year else (
        f"{words.year(first_year, lang)}–{words.year(last_year, lang)}")
    sub = f"{i18n.plural('chart.events', len(events), lang)} · {years}"
    if undated:
        sub += f" · {i18n.plural('chart.undated', undated, lang)}"
    return sub


def _notes(events: Sequence[ChartEvent], undated: int, lang: str, page: Page,
           budget: _Budget) -> list[dict[str, Any]]:
    """The text around the plot: subtitle (or the undated count), and the credit line."""
    out: list[dict[str, Any]] = []
    if budget.has_sub:
        sub = _subtitle(events, undated, lang) if page.subtitle is None else page.subtitle
        out.append(dict(
            text=esc(sub), xref="paper", yref="paper", x=0, xanchor="left",
            xshift=-budget.left + 14, y=1 + (50 + budget.legend) / budget.plot, yanchor="top",
            showarrow=False, font=dict(family=FONT, size=13, color=MUTED), name="subtitle"))
    elif undated:
        out.append(dict(
            text=esc(i18n.plural("chart.undated", undated, lang)), xref="paper", yref="paper", x=1,
            xanchor="right", y=1, yanchor="bottom", yshift=4, showarrow=False,
            font=dict(family=FONT, size=11, color=MUTED), name="undated"))
    if page.source:
        out.append(dict(
            text=esc(page.source), xref="paper", yref="paper", x=0, xanchor="left",
            xshift=-budget.left + 14, y=0, yanchor="top", yshift=-(28 + 10 + budget.slider + 6),
            showarrow=False, font=dict(family=FONT, size=11, color=MUTED), name="source"))
    return out


def build_figure(
    frame: pd.DataFrame,
    *,
    lane_by: str = "type",
    color_by: str = "type",
    title: str = "",
    lang: str = "en",
    highlight: str | None = None,
    zoom: Zoom = KEEP_ZOOM,
    page: Page = SCREEN,
) -> go.Figure:
    """The events of ``frame`` as a Plotly timeline (see the module docstring).

    ``lane_by``: "type", "doc", "actor" (an event appears in each actor's lane) or
    "none". ``color_by``: "type", "doc" or "anchor". ``highlight``: an event_id to
    emphasise (others are dimmed). ``lang``: "en" or "nb" for the chart's own words.
    ``zoom``: see :class:`Zoom`; ``page``: the screen, or a page to print (:class:`Page`).
    Each event's id is in the ``customdata`` of its points (``customdata[0]``); see
    :func:`timeline.selection.select_event`.
    """
    _validate_modes(lane_by, color_by)
    lang = chart_lang(lang)
    if frame is None or len(frame) == 0:
        return _empty_figure(title, page.height, lang)
    events, undated = parse_events(frame)
    if not events:
        t = chart_words(lang)
        note = f"{t['empty']} — {i18n.plural('chart.undated', undated, lang)}" if undated else None
        return _empty_figure(title, page.height, lang, note)

    # x: where each event sits; y: its lanes, packed with the labels that fit.
    large = len(events) > LARGE
    date_axis = uses_date_axis(events)
    place_on_x(events, date_axis)
    lo, hi = _x_extent(events, date_axis)
    lanes = build_lanes(events, lane_by, color_by, lang)
    items = [it for lane in lanes for it in lane.items]
    budget = _budget(lanes, events, title, lane_by, color_by, lang, page)
    labels = len(items) <= LABEL_LIMIT and not large
    label_lines = _set_labels(items, page.static, budget.plot_w) if labels else 1
    pack(lanes, hi - lo, labels, max_rows=8 if not large else 3, right_edge=hi,
         plot_px_width=budget.plot_w)
    total_rows = lanes[-1].bottom
    _fit_height(budget, total_rows, ROW_PX + 14 * (label_lines - 1), page.height)
    scale = _Scale(date_axis, large, lo, hi, px=(hi - lo) / budget.plot_w,
                   row_unit_px=budget.plot / total_rows)

    fig = go.Figure()
    hl = highlight if highlight in {ev.event_id for ev in events} else None
    _add_marks(fig, events, items, color_by, lang, hl, scale)

    layout = _base_layout(title, budget.height, lang)
    xaxis = _x_axis(date_axis, lo, hi, lang, budget.slider / budget.plot)
    if page.static:
        xaxis["rangeslider"] = dict(visible=False)
    yaxis, shapes = _lane_axis(lanes, lane_by)
    layout.update(
        uirevision=zoom.revision,
        # Margins are computed here, not pushed by Plotly (autoexpand off): legends,
        # zoom buttons and the rangeslider then land exactly where the budget says.
        margin=dict(l=budget.left, r=18, t=budget.head, b=int(budget.foot), autoexpand=False),
        xaxis=xaxis,
        yaxis=yaxis,
        shapes=shapes,
        **_legends(budget),
        hovermode="closest",
        hoverdistance=16,
        barmode="overlay",  # bars of different groups share a row without being shifted
        dragmode="pan",
        annotations=(label_annotations(items, date_axis, hl) if labels else [])
        + _notes(events, undated, lang, page, budget),
        updatemenus=[] if page.static else [_range_buttons(events, date_axis, lo, hi, lang)],
    )
    if page.width:
        layout["width"] = int(page.width)
    fig.update_layout(**layout)
    return fig


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
