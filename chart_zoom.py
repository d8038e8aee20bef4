"""The chart's zoom, reported to the server (for streamlit_app.py).

``st.plotly_chart`` tells the server about selections only: a zoom with the mouse
wheel, a drag on the plot or the range slider, or a pan, stays in the browser, and the
labels laid out for the wide view stay as they were. The watcher here is a Streamlit
component in the app's own document that listens to the chart's ``plotly_relayout``
and, once the reader has stopped for a moment, sends the x range they are looking at,
with the whole range of the chart they did it on (the figure's ``layout.meta``, which
also says which range its labels are laid out for: nothing is sent while that is the
range shown). The next run lays the labels out for that range
(:class:`timeline.figure.Zoom`) and draws the chart at that range.

It also sends the chart's width when it is more than a fifth off the width the figure was laid out
for (``layout.meta.laid_width``): the server cannot see the browser, and a layout made for a
960 px chart put the legends over each other and cut the title in a 560 px one (a
laptop with the sidebar open).

It sends numbers and date strings that Plotly wrote, and writes nothing into the page.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from timeline import figure

# Which chart: the app's (its plotly_chart has key "chart"). ``ax.r2l`` reads a range
# end as a number (milliseconds on a date axis) to compare the ranges; the range is
# sent as Plotly wrote it. A range within half a percent of the one the labels were
# laid out for is that one (a date comes back to the minute).
_WATCH_JS = """
export default function (component) {
  const { setStateValue } = component;
  const w = window.__tidslinjeZoom || (window.__tidslinjeZoom = { plot: null, timer: null, sent: '' });
  w.send = setStateValue;
  const chart = () => document.querySelector('.st-key-chart .js-plotly-plot');
  const check = () => {
    const gd = chart();
    const meta = gd && gd.layout && gd.layout.meta;
    const ax = gd && gd._fullLayout && gd._fullLayout.xaxis;
    if (!meta || !meta.labels_for || !meta.extent || !ax || !ax.range) return;
    const now = ax.range.map((v) => ax.r2l(v));
    const laid = meta.labels_for.map((v) => ax.r2l(v));
    const close = 0.005 * Math.abs(now[1] - now[0]);
    if (Math.abs(now[0] - laid[0]) <= close && Math.abs(now[1] - laid[1]) <= close) {
      w.sent = '';
      return;
    }
    const range = ax.range.slice(0, 2);
    const key = JSON.stringify(range);
    if (key === w.sent) return;  // asked already; the run is on its way
    w.sent = key;
    w.send('window', { range: range, extent: meta.extent.slice(0, 2) });
  };
  // The chart's real width, when it is far from the width its layout was made for
  // (a laptop with the sidebar open, a narrow window, a tablet): the next run lays the
  // title, legends, buttons and labels out for it.
  const measure = () => {
    const gd = chart();
    const meta = gd && gd.layout && gd.layout.meta;
    if (!meta || !meta.laid_width || !gd.getBoundingClientRect) return;
    const width = Math.round(gd.getBoundingClientRect().width);
    if (width < 100 || Math.abs(width - meta.laid_width) <= 0.2 * meta.laid_width) return;
    if (String(width) === w.sentWidth) return;  // asked already; the run is on its way
    w.sentWidth = String(width);
    w.send('width', width);
  };
  const soon = () => {
    clearTimeout(w.timer);
    w.timer = setTimeout(() => { measure(); check(); }, 400);
  };
  if (!w.resize) {
    w.resize = true;
    window.addEventListener('resize', () => w.soon && w.soon());
  }
  w.soon = soon;
  const hook = () => {
    const gd = chart();
    if (gd && gd !== w.plot && typeof gd.on === 'function') {
      w.plot = gd;
      gd.on('plotly_relayout', soon);
      soon();
    }
  };
  hook();
  if (!w.poll) w.poll = setInterval(hook, 500);  // a chart drawn anew (another page)
  soon();
}
"""

_watcher = st.components.v2.component("tidslinje_zoom_watch", js=_WATCH_JS, isolate_styles=False)


def _on_width() -> None:
    """The chart's width in the browser, when the figure was laid out for another."""
    st.session_state.chart_width = _width(_sent("width"))


def _width(value: Any) -> int | None:
    """A width the browser sent, in pixels, if it is a plausible one (it is untrusted)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        return None
    return int(value) if 100 <= value <= 10_000 else None


def width() -> int | None:
    """The chart's width the browser last reported, or None (the layout's own guess)."""
    return _width(st.session_state.get("chart_width"))


def _on_window() -> None:
    window = _sent("window")
    st.session_state.chart_zoom = window if isinstance(window, dict) else None


def _sent(name: str) -> Any:
    """What the watcher last sent under ``name`` (None before it sent anything)."""
    value = st.session_state.get("zoom_watch")
    if value is None:
        return None
    return value.get(name) if hasattr(value, "get") else getattr(value, name, None)


def watch() -> None:
    """Mount the watcher (after the chart, so that the chart reaches the browser first)."""
    _watcher(key="zoom_watch", on_window_change=_on_window, on_width_change=_on_width)


def reported() -> figure.Zoom:
    """The zoom the browser last reported (no window before the first one)."""
    return figure.Zoom.reported(st.session_state.get("chart_zoom"))


def forget_unless_used(fig: Any) -> None:
    """Forget a reported zoom that ``fig`` did not use (it was of another range: new
    documents or filters changed the chart's), so that it cannot come back when that
    range does (an undo), taking the reader to where they were before."""
    meta = fig.layout.meta if isinstance(fig.layout.meta, dict) else {}
    if meta.get("labels_for") == meta.get("extent"):
        st.session_state.chart_zoom = None
