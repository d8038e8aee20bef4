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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from . import i18n, words
from .chartevents import (
    ChartEvent,
    cell_text,
    day_x,
    from_plot_x,
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
    RIGHT_PX,
    ROW_PX,
    TEMPLATE,
    chart_lang,
    chart_words,
    esc,
    short,
)
from .lanes import (
    Item,
    Lane,
    build_lanes,
    label_annotations,
    merge_identical,
    pack,
    place_labels,
)
from .traces import (
    Drawing,
    colours,
    group_traces,
    highlight_traces,
    hover_text,
    key_traces,
    ordered_groups,
)

__all__ = ["COLOR_MODES", "LANE_MODES", "SCREEN", "UIREVISION", "Page", "Zoom", "build_figure", "chart_config"]

LANE_MODES: tuple[str, ...] = ("type", "doc", "actor", "none")
COLOR_MODES: tuple[str, ...] = ("type", "doc", "anchor")
UIREVISION = "tidslinje"  # constant: the user's zoom survives Streamlit reruns
_NARROW_PX = 600  # a screen narrower than this is a phone
# Narrower than this, the legend or the key can reach under the zoom buttons at the
# right of the key's row (a 736 px chart: a 590 px legend): the buttons get a row of their own.
_BUTTONS_ROW_PX = 900
# Plotly sets a title of two or more lines anchored at its top 14 px higher than one of
# one line (measured for 20 px text and 2 to 4 lines): the first line was cut off.
_WRAPPED_TITLE_PX = 14
_MODEBAR_PX = 30  # Plotly's mode bar: 16 px icons in a row with padding
_TALL_PX = 640  # a plot taller than this also gets its x axis on top
_FIRST_LABELS = 40  # labels at the first view when the marks are packed without them
_WINDOW_LABELS = 60  # labels in the window of a zoom button


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


def _range_buttons(events: Sequence[ChartEvent], scale: _Scale, lang: str,
                   labels_for: Callable[[float, float], list[dict[str, Any]]] | None,
                   lift_px: int) -> dict[str, Any]:
    """Zoom buttons whose windows end at the story's last event, not at the axis end.

    Plotly's own range selector counts back from the right edge of the axis, which the
    padding puts past the last event: "1m" showed an empty month. Each button here is a
    relayout to an explicit range: the window holds the latest-starting event, as much of
    it as three quarters of the window hold (all of April for an event dated April, in
    the "1m" window), with a quarter of the window after that for its label. Windows
    wider than most of the
    timeline are left out (they would only zoom out); "all" shows everything.

    ``labels_for(lo, hi)`` gives the annotations laid out for a window: each button
    carries its own, so that zooming in by a button reveals the labels that had no room
    at the wider view (Streamlit reports no zoom to the server, so the layout for each
    window travels with the figure)."""
    t = chart_words(lang)
    date_axis, lo, hi = scale.date_axis, scale.lo, scale.hi
    span = hi - lo
    buttons: list[dict[str, Any]] = []
    for key, days, years in _WINDOWS:
        width = days if date_axis else years
        if width > 0.8 * span:
            continue
        reach = max(min(ev.x1, ev.x0 + 0.75 * width) for ev in events)
        right = min(hi, reach + 0.25 * width)
        left = right - width
        change: dict[str, Any] = {"xaxis.range": [plot_x(left, date_axis), plot_x(right, date_axis)]}
        if labels_for is not None:
            change["annotations"] = labels_for(left, right)
        buttons.append(dict(label=t[key], method="relayout", args=[change]))
    change = {"xaxis.range": [plot_x(lo, date_axis), plot_x(hi, date_axis)]}
    if labels_for is not None and len(buttons):
        change["annotations"] = labels_for(lo, hi)
    buttons.append(dict(label=t["btn_all"], method="relayout", args=[change]))
    return dict(
        type="buttons", direction="left", buttons=buttons, active=len(buttons) - 1,
        showactive=True, x=1, xanchor="right", y=1.0, yanchor="bottom", pad=dict(t=0, b=2 + lift_px, r=0),
        bgcolor="#F0F0F0", bordercolor="#D0D0D0", borderwidth=1,
        font=dict(family=FONT, size=11, color=INK), name="zoom",
    )


# Date ticks without month names, for an interface language other than Plotly's
# English: "31.03.2019" at days and weeks, "03.2019" at months, "2019" at years.
_DAY_MS = 86_400_000
_NUMERIC_DATE_TICKS = [
    dict(dtickrange=[None, _DAY_MS], value="%H:%M<br>%d.%m.%Y"),
    dict(dtickrange=[_DAY_MS, "M1"], value="%d.%m.%Y"),
    dict(dtickrange=["M1", "M12"], value="%m.%Y"),
    dict(dtickrange=["M12", None], value="%Y"),
]


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
        if lang != "en":  # Plotly names months in English ("Mar 31"): numbers say it in any
            axis["tickformatstops"] = _NUMERIC_DATE_TICKS
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


def _base_layout(title: str, height: int, lang: str, lines: Sequence[str] = (),
                 top: int = 0) -> dict[str, Any]:
    """What every figure has: template, fonts, colours, the title (``lines`` when
    wrapped; ``top`` pixels further down), the reader's zoom kept across reruns."""
    if lines:
        title = "<br>".join(esc(line) for line in lines)
    elif title:
        title = esc(title)
    return dict(
        template=TEMPLATE,
        height=height,
        font=dict(family=FONT, size=13, color=INK),
        paper_bgcolor="white",
        plot_bgcolor="white",
        colorway=list(PALETTE),
        title=dict(text=f"<b>{title}</b>" if title else "", x=0, xref="container",
                   xanchor="left", y=1, yref="container", yanchor="top",
                   pad=dict(t=14 + top + (_WRAPPED_TITLE_PX if len(lines) > 1 else 0), l=14),
                   font=dict(family=FONT, size=20, color=INK)),
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
    made with Tidslinje"). ``screen``: see below."""

    width: int | None = None
    height: int | None = None
    static: bool = False
    subtitle: str | None = None
    source: str = ""
    # The width of the screen the chart is shown on, when the app knows it (a phone):
    # labels, legends, title and zoom buttons are laid out for it, and the figure stays
    # responsive (``width`` fixes the figure's width; this does not).
    screen: int | None = None


@dataclass(frozen=True)
class Zoom:
    """The reader's zoom. ``revision`` is Plotly's ``uirevision``: keep it constant to
    keep the user's zoom across reruns; change it (e.g. to a hash of the documents) to
    reset the view.

    ``window``: the x range the reader zoomed or panned to, and ``extent``: the whole
    range of the chart they did it on, both as the browser reports them (Plotly's range
    values, see :meth:`reported`). The labels are laid out for the window, as a zoom
    button lays out its own: those that had no room in the wide view appear; and the
    figure's x range is the window (Streamlit draws a changed figure afresh, so the
    reader's own zoom is not kept by ``revision`` alone). A window reported on another
    extent is ignored: new documents or filters changed the chart's range, and the
    chart shows the whole of it again."""

    revision: str = UIREVISION
    window: tuple[Any, Any] | None = None
    extent: tuple[Any, Any] | None = None

    @classmethod
    def reported(cls, value: Any, revision: str = UIREVISION) -> Zoom:
        """The zoom from what the browser sent (``{"range": [a, b], "extent": [c, d]}``);
        anything else is no window (a value from the browser is untrusted)."""
        pairs = []
        for key in ("range", "extent"):
            got = value.get(key) if isinstance(value, dict) else None
            if not isinstance(got, list | tuple) or len(got) != 2:
                return cls(revision)
            pairs.append((got[0], got[1]))
        return cls(revision, window=pairs[0], extent=pairs[1])

    def laid_out(self, date_axis: bool, lo: float, hi: float) -> tuple[float, float] | None:
        """The window on the plotting scale, when it belongs to a chart whose whole
        range is ``lo``..``hi`` and is not that whole range; else None."""
        if self.window is None or self.extent is None:
            return None
        window = [from_plot_x(v, date_axis) for v in self.window]
        extent = [from_plot_x(v, date_axis) for v in self.extent]
        if None in window or None in extent:
            return None
        a, b = sorted(float(v) for v in window if v is not None)
        c, d = sorted(float(v) for v in extent if v is not None)
        close = 1e-3 * (hi - lo)  # a date is sent to the minute
        if abs(c - lo) > close or abs(d - hi) > close or b - a <= 0:
            return None
        if abs(a - lo) <= close and abs(b - hi) <= close:
            return None
        return a, b


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
    title_lines: list[str]
    key: int = 0  # extra lines of the reading key (it wraps on a phone)
    buttons: int = 0  # a row of its own for the zoom buttons (on a phone)
    mode_row: int = 0  # room above the title for Plotly's mode bar (on a phone)
    top_axis: int = 0  # a second x axis above a tall plot
    height: int = 0  # known once the rows are packed
    plot: float = 0.0

    @property
    def head(self) -> int:
        return self.title + self.legend + 28 + self.key + self.buttons + self.top_axis


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
    known = page.width or page.screen
    room = (known or ASSUMED_PLOT_PX + left_px) - 28
    slider_px = 0.0 if page.static else 40.0
    # The title wraps rather than running off the figure (~11.5 px a character at 20 px).
    title_lines = textwrap.wrap(" ".join(title.split()), width=max(16, int(room / 11.5))) if title else []
    narrow = known is not None and known < _NARROW_PX and not page.static
    # A phone has no hover: Plotly shows its mode bar (top right) all the time, and on a
    # narrow screen it lay over the title's first line; the title starts below it.
    mode_row = _MODEBAR_PX if narrow else 0
    own_row = known is not None and known < _BUTTONS_ROW_PX and not page.static
    return _Budget(
        left=left_px,
        plot_w=float(max(120 if narrow else 200, known - left_px - RIGHT_PX)) if known else float(ASSUMED_PLOT_PX),
        title=(38 + 26 * (len(title_lines) - 1) if title else 8) + (24 if has_sub else 0) + mode_row,
        legend=26 * _legend_lines(events, color_by, lang, room),
        slider=slider_px,
        # tick labels, gap, rangeslider, gap, credit
        foot=28 + 10 + slider_px + 10 + (26 if page.source else 0),
        has_sub=has_sub,
        title_lines=title_lines,
        # On a phone the reading key may wrap, and the zoom buttons get a row of their
        # own instead of sharing the key's (they collided).
        key=26 * (_key_lines(lang, room) - 1) if own_row else 0,
        buttons=36 if own_row else 0,  # the buttons are 34 px high
        mode_row=mode_row,
    )


def _key_lines(lang: str, room_px: float) -> int:
    """Lines the reading key takes in ``room_px`` (11 px text, ~6.5 px a character)."""
    t = chart_words(lang)
    lines, used = 1, 0.0
    for key in ("key_day", "key_day_approx", "key_span", "key_span_approx"):
        entry = 46 + 6.5 * len(t[key])
        if used and used + entry > room_px:
            lines, used = lines + 1, 0.0
        used += entry
    return lines


def _fit_height(budget: _Budget, total_rows: float, row_px: float, page: Page) -> None:
    """The height grows with the rows (unless the page fixes it); the plot gets the rest.
    A plot taller than a screen gets a second x axis on top, so that a reader at either
    end of it still has the dates."""
    height = page.height
    plot_px = max(120.0, min(1900.0, total_rows * row_px))
    if plot_px > _TALL_PX and not page.static:
        budget.top_axis = 24
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
        drawing = Drawing(scale.date_axis, scale.large, scale.px, scale.row_unit_px)
        for tr in group_traces(g, g_items, colour_of[g], drawing=drawing, hover=hover, lang=lang,
                               dim=highlight is not None, group_title=name):
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
            xshift=-budget.left + 14, y=1 + (budget.head - budget.title + 22) / budget.plot, yanchor="top",
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
    if large:
        merge_identical(lanes)  # thousands of events: one mark per identical event
    items = [it for lane in lanes for it in lane.items]
    budget = _budget(lanes, events, title, lane_by, color_by, lang, page)
    packed = len(items) <= LABEL_LIMIT and not large  # marks and labels packed together
    label_lines = _set_labels(items, page.static, budget.plot_w) if packed else 1
    pack(lanes, hi - lo, packed, max_rows=8 if not large else 3, right_edge=hi,
         plot_px_width=budget.plot_w, cut=not page.static)
    total_rows = lanes[-1].bottom
    _fit_height(budget, total_rows, ROW_PX + 14 * (label_lines - 1), page)
    scale = _Scale(date_axis, large, lo, hi, px=(hi - lo) / budget.plot_w,
                   row_unit_px=budget.plot / total_rows)

    fig = go.Figure()
    hl = highlight if highlight in {ev.event_id for ev in events} else None
    _add_marks(fig, events, items, color_by, lang, hl, scale)
    notes = _notes(events, undated, lang, page, budget)

    # too many to pack with their labels: the most important that find room
    labelled = items if packed else place_labels(items, lo, hi, budget.plot_w, _FIRST_LABELS,
                                                 over_marks=True)
    first = label_annotations(labelled, date_axis, hl)
    window = zoom.laid_out(date_axis, lo, hi)

    def labels_for(left: float, right: float) -> list[dict[str, Any]]:
        """The labels laid out for the window left..right, on the packed rows (the
        first view's for the whole timeline)."""
        if (left, right) == (lo, hi):
            return first + notes
        placed = place_labels(items, left, right, budget.plot_w, _WINDOW_LABELS,
                              over_marks=not packed, keep=labelled)
        return label_annotations(placed, date_axis, hl) + notes

    layout = _base_layout(title, budget.height, lang, budget.title_lines, budget.mode_row)
    xaxis = _x_axis(date_axis, lo, hi, lang, budget.slider / budget.plot)
    if window is not None:
        xaxis["range"] = [plot_x(v, date_axis) for v in window]  # the slider keeps the whole
    if page.static:
        xaxis["rangeslider"] = dict(visible=False)
    yaxis, shapes = _lane_axis(lanes, lane_by)
    layout.update(
        uirevision=zoom.revision,
        # Margins are computed here, not pushed by Plotly (autoexpand off): legends,
        # zoom buttons and the rangeslider then land exactly where the budget says.
        margin=dict(l=budget.left, r=RIGHT_PX, t=budget.head, b=int(budget.foot), autoexpand=False),
        xaxis=xaxis,
        yaxis=yaxis,
        shapes=shapes,
        **_legends(budget),
        hovermode="closest",
        hoverdistance=16,
        barmode="overlay",  # bars of different groups share a row without being shifted
        dragmode="pan",
        annotations=first + notes if window is None else labels_for(*window),
        # The range the labels are laid out for, and the whole range: the app's zoom
        # watcher reports a zoom or pan to another range (see Zoom).
        # ``laid_width``: the figure width the layout was made for (the app's watcher tells
        # the server the chart's real width when it is far from that).
        meta={"labels_for": [plot_x(v, date_axis) for v in window or (lo, hi)],
              "extent": [plot_x(lo, date_axis), plot_x(hi, date_axis)],
              "laid_width": int(page.width or page.screen or budget.left + budget.plot_w + RIGHT_PX)},
        updatemenus=[] if page.static else [_range_buttons(
            events, scale, lang, labels_for, budget.top_axis)],
    )
    if budget.top_axis:
        layout["xaxis2"] = _top_axis(xaxis)
        fig.add_trace(go.Scatter(x=[None], y=[None], xaxis="x2", showlegend=False,
                                 hoverinfo="skip", meta={"kind": "top_axis"}))
    if page.width:
        layout["width"] = int(page.width)
    fig.update_layout(**layout)
    return fig


def _top_axis(xaxis: dict[str, Any]) -> dict[str, Any]:
    """A copy of the x axis above the plot that follows every zoom and pan of it."""
    top = {k: v for k, v in xaxis.items() if k not in ("rangeslider", "range")}
    top.update(matches="x", side="top", anchor="y", showgrid=False)
    return top


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
