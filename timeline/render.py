"""The timeline as pictures: a self-contained interactive HTML page and a PNG to publish.

* ``to_html`` writes one page with plotly.js inlined (works offline).
* ``to_png`` renders server-side with Kaleido 1.x, which drives a system Chrome or
  Chromium (on Debian ``/usr/bin/chromium``); ``png_available`` says whether it can,
  ``start_png_server`` keeps one Chromium warm, and a first render that fails (a fresh
  Chromium sometimes does) is tried again.
* ``source_line`` is the credit under a published chart.

The data formats (CSV, JSON, TimelineJS) are in :mod:`timeline.export`.
"""

from __future__ import annotations

import html
import logging
import shutil
import threading
import time
import warnings
from collections.abc import Iterable
from typing import Any

import plotly.graph_objects as go
import plotly.io as pio

from . import words
from .chartstyle import TEMPLATE
from .figure import chart_config
from .i18n import text

__all__ = [
    "PNG_MAX_PIXELS",
    "PNG_MAX_SCALE",
    "PNG_MAX_SIDE",
    "PNG_MIN_SCALE",
    "PNG_MIN_SIDE",
    "PNG_PRESETS",
    "TOOL_NAME",
    "check_png_size",
    "png_available",
    "source_line",
    "start_png_server",
    "stop_png_server",
    "to_html",
    "to_png",
]


# ---------------------------------------------------------------- HTML


def to_html(fig: go.Figure, title: str = "") -> bytes:
    """A self-contained interactive page: plotly.js inlined (works offline, ~4.5 MB),
    wheel zoom, and the camera button saving a PNG.

    The page fits any screen, a phone's too: the chart takes the page's width (no fixed
    width, Plotly's responsive mode), and a small script (:data:`_FIT_SCRIPT`) fits the
    furniture to the width it gets, on load and on every resize: the title, subtitle
    and source line wrap instead of running off the edge, and the space above the plot
    grows with the legends' lines, so a legend that wraps never covers the zoom
    buttons."""
    fig = go.Figure(fig)
    fig.update_layout(width=None, autosize=True)
    page = pio.to_html(
        fig,
        include_plotlyjs=True,
        full_html=True,
        config=chart_config(title or "tidslinje"),
        default_width="100%",
        div_id="tidslinje",
        post_script=_FIT_SCRIPT,
    )
    head = (
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title or 'Tidslinje')}</title>"
        "<style>html, body { margin: 0; padding: 0; } #tidslinje { max-width: 100%; }</style>"
    )
    page = page.replace("<head>", f"<head>{head}", 1)
    return page.encode("utf-8")


# Run by Plotly after the chart is drawn ({plot_id} is the chart's div). Everything is
# measured, nothing assumed: the figure's pixel budget was made for a typical width, so
# at another width this recomputes the rows above and below the plot from what is drawn.
# Text stays Plotly text (already escaped once by the figure); only <br> is added.
_FIT_SCRIPT = r"""
(function () {
  var gd = document.getElementById("{plot_id}");
  var ctx = document.createElement("canvas").getContext("2d");
  var built = null;
  function lines(text, font, bold, room) {
    var plain = text.replace(/<br>/g, " ").replace(/<\/?b>/g, "");
    ctx.font = (bold ? "bold " : "") + font.size + "px " + font.family;
    var out = [], line = "";
    plain.split(" ").forEach(function (word) {
      var next = line ? line + " " + word : word;
      if (line && ctx.measureText(next).width > room) { out.push(line); line = word; }
      else { line = next; }
    });
    if (line) { out.push(line); }
    return out;
  }
  function height(selector) {
    var node = gd.querySelector(selector);
    return node ? node.getBoundingClientRect().height : 0;
  }
  function fit() {
    var L = gd.layout;
    if (!L || !L.margin) { return; }
    if (!built) {
      var notes = (L.annotations || []).map(function (a, i) { return [a.name, i]; });
      built = {
        t: L.margin.t, b: L.margin.b, h: L.height || gd.clientHeight,
        title: (L.title && L.title.text) || "", font: (L.title && L.title.font) || {size: 20},
        pad: (L.title && L.title.pad && L.title.pad.t) || 0,
        legend: L.legend ? (1 - L.legend.y) * L.height : 0,
        legend2: L.legend2 ? (1 - L.legend2.y) * L.height : 0,
        notes: {}, texts: {}, ys: {}
      };
      notes.forEach(function (n) {
        if (n[0] === "subtitle" || n[0] === "source") {
          built.notes[n[0]] = n[1];
          built.texts[n[0]] = L.annotations[n[1]].text;
          built.ys[n[0]] = L.annotations[n[1]].y;
        }
      });
      built.legendRoom = built.legend2 - built.legend - 2;
      built.legend2Room = built.t - 28 - built.legend2;
    }
    var room = gd.clientWidth - 28;
    var update = {};
    var titleLines = built.title ? lines(built.title, built.font, true, room) : [];
    var extraTitle = Math.max(0, titleLines.length - 1) * Math.round(built.font.size * 1.3);
    if (built.title) {
      update["title.text"] = "<b>" + titleLines.join("<br>") + "</b>";
      update["title.pad.t"] = built.pad;
    }
    var extraSub = 0, extraSource = 0;
    ["subtitle", "source"].forEach(function (name) {
      if (!(name in built.notes)) { return; }
      var a = L.annotations[built.notes[name]];
      var wrapped = lines(built.texts[name], a.font || {size: 12}, false, room);
      var extra = Math.max(0, wrapped.length - 1) * Math.round((a.font ? a.font.size : 12) * 1.35);
      update["annotations[" + built.notes[name] + "].text"] = wrapped.join("<br>");
      update["annotations[" + built.notes[name] + "].align"] = "left";
      if (name === "subtitle") { extraSub = extra; } else { extraSource = extra; }
    });
    var extraLegend = Math.max(0, height("g.legend") - built.legendRoom);
    var extraLegend2 = Math.max(0, height("g.legend2") - built.legend2Room);
    var above = extraTitle + extraSub + extraLegend + extraLegend2;
    var total = built.h + above + extraSource;
    update["margin.t"] = built.t + above;
    update["margin.b"] = built.b + extraSource;
    update.height = total;
    if (L.legend) { update["legend.y"] = 1 - (built.legend + extraTitle + extraSub) / total; }
    if (L.legend2) {
      update["legend2.y"] = 1 - (built.legend2 + extraTitle + extraSub + extraLegend) / total;
    }
    if ("subtitle" in built.notes) {
      // paper coordinates: the plot keeps its height, so keep the subtitle's distance
      // from the title, not from the plot
      var plot = built.h - built.t - built.b;
      update["annotations[" + built.notes.subtitle + "].y"] =
        built.ys.subtitle + (extraSub + extraLegend + extraLegend2) / plot;
    }
    return Plotly.relayout(gd, update).then(function () {
      // Plotly lifts a title of several lines above its anchor: bring its top back to
      // where a one-line title starts, so that the first line is not cut off
      var title = gd.querySelector(".gtitle");
      if (!title) { return; }
      var top = title.getBoundingClientRect().top - gd.getBoundingClientRect().top;
      var want = built.pad - 4;
      if (top < want) { return Plotly.relayout(gd, {"title.pad.t": built.pad + want - top}); }
    });
  }
  var pending = null;
  function refit() {
    clearTimeout(pending);
    pending = setTimeout(function () {
      // measure the legends as they wrap at this width, from the layout as built
      fit();
    }, 150);
  }
  fit();
  window.addEventListener("resize", refit);
})();
"""


# ---------------------------------------------------------------- PNG to publish

#: Image presets for a PNG to publish: (label, width, height or None for the chart's own).
#: PNG sizes to publish at: the catalog id of each one's name, its width and its height
#: (None: as tall as the chart needs).
PNG_PRESETS: dict[str, tuple[str, int, int | None]] = {
    "column": ("png.column", 680, None),
    "wide": ("png.wide", 1200, None),
    "square": ("png.square", 1080, 1080),
}
TOOL_NAME = "Tidslinje"


def source_line(sources: Iterable[tuple[str, str]], *, most: int = 3, lang: str = "en") -> str:
    """The credit under a published chart, from (source, document date) pairs:
    "Source: NTB, 26.04.2019 · made with Tidslinje". Repeats are named once; beyond
    ``most`` sources the rest are counted. With no source at all only the tool is named."""
    seen: list[str] = []
    for name, iso in sources:
        piece = ", ".join(p for p in (" ".join(str(name or "").split()), words.credit_date(iso)) if p)
        if piece and piece not in seen:
            seen.append(piece)
    if not seen:
        return text("png.made_with_alone", lang, tool=TOOL_NAME)
    shown = "; ".join(seen[:most])
    if len(seen) > most:
        shown = text("png.and_more", lang, shown=shown, n=len(seen) - most)
    return text("png.source", lang, shown=shown, tool=TOOL_NAME)


# ---------------------------------------------------------------- PNG

_INSTALL_HELP = (
    "Server-side PNG needs Chrome or Chromium on the server (Kaleido drives it): "
    "`apt-get install chromium` on Debian/Ubuntu, or a line `chromium` in packages.txt "
    "on Streamlit Community Cloud. The chart's camera button still saves a PNG from the browser."
)
_render_lock = threading.Lock()  # kaleido's sync server is one queue: one caller at a time


def _find_browser() -> str | None:
    try:
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
        if found:
            return str(found)
    except Exception:  # noqa: BLE001 - a private API of a dependency: fall back to PATH
        pass
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _kaleido_server() -> Any:
    try:
        import kaleido

        return getattr(kaleido, "_global_server", None)
    except ImportError:
        return None


def _drop_dead_server() -> None:
    """A sync server whose thread died (Chromium crashed or vanished) would make every
    later render wait forever on its queue; close it so renders fall back to one-shot."""
    server = _kaleido_server()
    if server is None or not server.is_running():
        return
    thread = getattr(server, "_thread", None)
    if thread is not None and not thread.is_alive():
        server.close(silence_warnings=True)


_PROBE_TRIES = 3  # Chromium's first render can fail ("kaleido_scopes is not defined")
_probe_lock = threading.Lock()
_probe_ok: tuple[bool, str] | None = None  # only a success is remembered
_log = logging.getLogger(__name__)


def _render_retrying(fig: go.Figure, *, width: int, height: int, scale: float,
                     tries: int = _PROBE_TRIES) -> bytes:
    """:func:`_render`, tried again after a failure: a freshly started Chromium can fail
    its first render (kaleido's ``ReferenceError: kaleido_scopes is not defined``) and
    then work. The last failure is raised."""
    for attempt in range(1, tries + 1):
        try:
            return _render(fig, width=width, height=height, scale=scale)
        except Exception as e:  # noqa: BLE001 - kaleido raises several kinds for one cause
            if attempt == tries:
                raise
            _log.info("PNG render failed (attempt %d of %d), trying again: %s", attempt, tries, e)
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


def _probe() -> tuple[bool, str]:
    try:
        import importlib.metadata as md

        version = md.version("kaleido")
    except Exception:  # noqa: BLE001
        return False, "Server-side PNG needs the Python package kaleido>=1 (`pip install kaleido`)."
    if int(version.split(".")[0]) < 1:
        return False, f"kaleido {version} is too old: PNG export needs kaleido>=1 (`pip install -U kaleido`)."
    browser = _find_browser()
    if browser is None:
        return False, "No Chrome or Chromium found. " + _INSTALL_HELP
    try:
        tiny = go.Figure(go.Scatter(x=[0, 1], y=[0, 1]), layout=dict(template=TEMPLATE))
        image = _render_retrying(tiny, width=60, height=40, scale=1)
    except Exception as e:  # noqa: BLE001 - any failure means "not available now"
        # The raw error (often a dict from the browser's JavaScript) goes to the log,
        # not to the reader: Chromium is there, so installing it is not the advice.
        _log.warning("PNG probe: Chromium at %s did not render: %r", browser, e)
        return False, _PROBE_FAILED
    if not image.startswith(b"\x89PNG"):
        _log.warning("PNG probe: kaleido returned %d bytes that are not a PNG", len(image))
        return False, _PROBE_FAILED
    return True, f"PNG export ready (kaleido {version}, {browser})"


_PROBE_FAILED = (
    "Server-side PNG did not start this time: Chromium is installed but did not draw a "
    "test image. It is tried again on the next request."
)


def png_available(*, refresh: bool = False) -> tuple[bool, str]:
    """Whether server-side PNG works here, and a message saying why not (what to
    install, or that the renderer did not start). The probe renders a tiny figure
    (~2 s, tried three times: the first render of a fresh Chromium can fail). A success
    is remembered; a failure is not, so the next call probes again. ``refresh=True``
    probes again even after a success."""
    global _probe_ok
    with _probe_lock:
        if _probe_ok is not None and not refresh:
            return _probe_ok
        result = _probe()
        _probe_ok = result if result[0] else None
        return result


def start_png_server() -> bool:
    """Keep one Chromium running for renders (~0.2 s per PNG instead of ~2 s).

    Uses ``kaleido.start_sync_server`` (kaleido>=1.1); returns False, harmlessly, when
    that API or a browser is missing. Starting twice is fine. In Streamlit, call it from
    a ``st.cache_resource`` function so that one server serves every session.
    """
    import kaleido

    if not hasattr(kaleido, "start_sync_server"):
        return False
    ok, _ = png_available()  # a server started without a browser would hang renders
    if not ok:
        return False
    with _render_lock:
        _drop_dead_server()
        kaleido.start_sync_server(silence_warnings=True)
    return True


def stop_png_server() -> None:
    """Stop the server started by :func:`start_png_server` (no-op when none runs)."""
    import kaleido

    if hasattr(kaleido, "stop_sync_server"):
        with _render_lock:
            kaleido.stop_sync_server(silence_warnings=True)


def _without_placeholder_colours(fig: go.Figure) -> go.Figure:
    """After ``import streamlit`` new figures default to Streamlit's template, whose
    colours (#000001, #000002, ...) only Streamlit's frontend replaces; rendered on the
    server they are black. Swap such a template for the house one."""
    colorway = fig.layout.template.layout.colorway if fig.layout.template else None
    if colorway and any(str(c).lower().startswith("#0000") for c in colorway):
        fig = go.Figure(fig)
        fig.layout.template = pio.templates[TEMPLATE]
    return fig


def _render(fig: go.Figure, *, width: int, height: int, scale: float) -> bytes:
    with _render_lock:
        _drop_dead_server()
        with warnings.catch_warnings():
            # plotly passes kaleido options that a running sync server ignores, and says so
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            return pio.to_image(fig, format="png", width=width, height=height, scale=scale)


#: Sizes a PNG may have: each side in layout pixels, the scale, and the rendered image's
#: longest side. Beyond them Chromium returns a few bytes that are not an image.
PNG_MIN_SIDE, PNG_MAX_SIDE = 100, 10_000
PNG_MIN_SCALE, PNG_MAX_SCALE = 0.25, 8.0
PNG_MAX_PIXELS = 20_000
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def check_png_size(width: int, height: int | None, scale: float) -> None:
    """ValueError, saying which limit, for a size :func:`to_png` cannot render."""
    for name, side in (("width", width), ("height", height)):
        if side is None:
            continue
        if not isinstance(side, int) or not PNG_MIN_SIDE <= side <= PNG_MAX_SIDE:
            raise ValueError(f"the PNG {name} must be {PNG_MIN_SIDE} to {PNG_MAX_SIDE:,} "
                             f"pixels, got {side}")
    if not (isinstance(scale, int | float) and PNG_MIN_SCALE <= scale <= PNG_MAX_SCALE):
        raise ValueError(f"the PNG scale must be {PNG_MIN_SCALE:g} to {PNG_MAX_SCALE:g}, "
                         f"got {scale}")
    longest = max(width, height or 0) * scale
    if longest > PNG_MAX_PIXELS:
        raise ValueError(f"the PNG would be {longest:,.0f} pixels a side ({max(width, height or 0)}"
                         f" × scale {scale:g}); the limit is {PNG_MAX_PIXELS:,}")


def to_png(fig: go.Figure, *, width: int = 1400, height: int | None = None, scale: float = 2) -> bytes:
    """The figure as PNG bytes (``width``x``height`` layout pixels, times ``scale``).

    Raises ``ValueError`` for a size outside the limits (:func:`check_png_size`) and
    ``RuntimeError`` when Chromium is missing (with install instructions) or returns
    something that is not a PNG.
    """
    check_png_size(width, height, scale)
    fig = _without_placeholder_colours(fig)
    height = int(height or fig.layout.height or 600)
    check_png_size(width, height, scale)
    try:
        image = _render_retrying(fig, width=width, height=height, scale=scale, tries=2)
    except RuntimeError as e:
        if "Chrome" in str(e) or "chrome" in str(e):
            raise RuntimeError(_INSTALL_HELP) from e
        raise
    if not image.startswith(_PNG_MAGIC):
        raise RuntimeError(f"Chromium returned {len(image):,} bytes that are not a PNG image "
                           f"({width}×{height} at scale {scale:g}); try a smaller size.")
    return image
