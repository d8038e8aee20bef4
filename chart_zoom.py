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
  const soon = () => { clearTimeout(w.timer); w.timer = setTimeout(check, 400); };
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


def _on_window() -> None:
    value = st.session_state.get("zoom_watch")
    window = value.get("window") if hasattr(value, "get") else getattr(value, "window", None)
    st.session_state.chart_zoom = window if isinstance(window, dict) else None


def watch() -> None:
    """Mount the watcher (after the chart, so that the chart reaches the browser first)."""
    _watcher(key="zoom_watch", on_window_change=_on_window)


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
