"""The chart's look and words: palette, fonts, sizes, the chart's catalog words, and the
one escape of untrusted text before it reaches Plotly.

Every colour, font and the template are set here: a figure built after
``import streamlit`` would otherwise inherit Streamlit's placeholder colours
(``#000001``...) that only the browser replaces, and a server-side PNG comes out black.
"""

from __future__ import annotations

import functools
import html
import textwrap

from . import i18n
from .messages import MESSAGES

__all__ = ["ANCHOR_COLORS", "PALETTE", "TEMPLATE", "TYPE_COLORS", "chart_lang", "chart_words", "esc"]


TEMPLATE = "plotly_white"

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

FONT = "Inter, 'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
INK = "#222222"
MUTED = "#6B6B6B"
GRID = "#E6E6E6"
BAND = "#F5F5F3"

LARGE = 1000  # above this many rows: WebGL traces, no labels, lighter hover
LABEL_LIMIT = 60  # at most this many (lane) items get a text label on the chart
BAR_PX = 9  # bar thickness
TARGET_PX = 8  # narrowest click target; thinner bars get an invisible handle
BAR_PX_LARGE = 5  # thinner marks when thousands of events share the plot
ROW_PX = 24  # height of one sub-row
LANE_PAD = 0.3  # space above and below the rows of a lane, in rows
ASSUMED_PLOT_PX = 820  # plot width assumed when packing labels (the app's is ~800-1300)
CHAR_PX = 6.4  # average width of a 12 px label character
RIGHT_PX = 18  # the figure's margin right of the plot; a label may run into it
LABEL_CHARS = 40
QUOTE_WRAP = 80
QUOTE_MAX = 300


@functools.lru_cache(maxsize=4)
def chart_words(lang: str) -> dict[str, str]:
    """The chart's own words in ``lang``, from the catalog (``chart.*`` messages without
    their prefix, and the era words): ``chart_words("nb")["btn_all"] == "alt"``."""
    chart = {key.removeprefix("chart."): i18n.text(key, lang) for key, entry in MESSAGES.items()
             if key.startswith("chart.") and isinstance(entry[i18n.DEFAULT], str)}
    chart.update(bc=i18n.text("date.bc", lang, y="{y}"), ad=i18n.text("date.ad", lang, y="{y}"),
                 era=i18n.text("date.era", lang))
    return chart


def chart_lang(lang: str) -> str:
    return lang if lang in i18n.LANGUAGES else i18n.DEFAULT


def esc(text: str) -> str:
    """Untrusted text made safe for a Plotly string (label, hover, title, legend, tick).

    Plotly reads a small HTML subset (``<b>``, ``<br>``, ``<span style>``, ``<a href>``)
    and decodes only ``&amp;``, ``&lt;``, ``&gt;``, a few named entities and numeric
    ones, not ``&quot;``. Escaping ``&``, ``<`` and ``>`` is enough to keep every tag
    out, and is done exactly once, here; quotes stay as typed (escaped, they showed as
    "&quot;" in the chart, the PNG and the HTML export)."""
    return html.escape(text, quote=False)


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def wrap_escaped(text: str, width: int = QUOTE_WRAP, limit: int = QUOTE_MAX) -> str:
    """Truncate, wrap, *then* escape: never cut an entity in half."""
    lines = textwrap.wrap(short(text, limit), width=width) or [""]
    return "<br>".join(esc(line) for line in lines)
