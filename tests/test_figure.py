"""timeline.figure: assertions on ``fig.to_dict()``, never on pixels (see test_export)."""

from __future__ import annotations

import base64
import html
import json
import math
import random
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from frames import make_frame, sample_frame

from timeline.chartevents import format_when, off_chart
from timeline.chartstyle import ANCHOR_COLORS, PALETTE, TEMPLATE, TYPE_COLORS
from timeline.figure import COLOR_MODES, LANE_MODES, UIREVISION, Page, build_figure, chart_config
from timeline.selection import select_event


def as_list(values: Any) -> list[Any]:
    """Trace arrays as lists: to_dict() gives numeric arrays as base64 typed arrays
    ({"dtype", "bdata"}) and others as numpy or Python lists."""
    if values is None:
        return []
    if isinstance(values, dict) and "bdata" in values:
        array = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"])
        array = array.reshape(values["shape"]) if "shape" in values else array
        return [None if isinstance(v, float) and math.isnan(v) else v for v in array.tolist()]
    return values.tolist() if hasattr(values, "tolist") else list(values)


def traces(fig, kind: str | None = None, **meta: str) -> list[dict[str, Any]]:
    out = []
    for tr in fig.to_dict()["data"]:
        m = tr.get("meta") or {}
        if kind is not None and m.get("kind") != kind:
            continue
        if any(m.get(k) != v for k, v in meta.items()):
            continue
        out.append(tr)
    return out


MARKS = ("bars", "approx_bars", "markers")  # the traces that carry events


def marks(fig) -> list[dict[str, Any]]:
    return [tr for tr in traces(fig) if tr["meta"]["kind"] in MARKS and "customdata" in tr]


def event_ids(fig) -> list[str]:
    """Every event id in customdata (one per lane item: bars, or markers for days)."""
    return [row[0] for tr in marks(fig) for row in as_list(tr["customdata"])]


def hover_texts(fig) -> list[str]:
    return [t for tr in marks(fig) for t in as_list(tr["hovertext"])]


DAY_MS = 86_400_000


# ------------------------------------------------------------------ axes


@pytest.mark.parametrize(
    ("rows", "axis_type"),
    [
        ([{"when": "1648-10-24"}, {"when": "2003"}], "date"),
        ([{"when": "0001-01-01"}, {"when": "9998"}], "date"),
        ([{"when": "-0043-03-15"}, {"when": "1648-10-24"}], "linear"),
        ([{"when": "-0043"}], "linear"),
    ],
)
def test_axis_type_follows_the_era(rows, axis_type):
    layout = build_figure(make_frame(rows)).to_dict()["layout"]
    assert layout["xaxis"]["type"] == axis_type


def test_date_axis_gets_iso_strings_and_zoom_controls():
    fig = build_figure(make_frame([{"when": "1648-10-24"}, {"when": "2003"}]))
    xs = [x for tr in traces(fig, "markers", style="day") for x in as_list(tr.get("x"))]
    assert xs == ["1648-10-24 12:00"]  # a day sits at its middle, as an ISO string
    bar = traces(fig, "bars")[0]
    assert as_list(bar["base"]) == ["2003-01-01"]  # bars start at an ISO day...
    assert as_list(bar["x"]) == [365 * DAY_MS]  # ...and a date axis measures them in ms
    axis = fig.to_dict()["layout"]["xaxis"]
    assert "rangeselector" not in axis  # it counts back from the axis end: see zoom_buttons
    assert [b["label"] for b in zoom_buttons(fig)] == ["1m", "1y", "10y", "100y", "all"]
    assert axis["rangeslider"]["visible"] is True
    assert axis["range"][0] < "1648-10-24" and axis["range"][1] > "2004-01-01"


@pytest.mark.parametrize(
    ("lang", "bc", "era", "ad"),
    [("en", "44 BC", "BC | AD", "AD 50"), ("nb", "44 f.Kr.", "f.Kr. | e.Kr.", "50 e.Kr.")],
)
def test_bc_axis_is_numeric_with_era_labels(lang, bc, era, ad):
    fig = build_figure(make_frame([{"when": "-0043-03-15"}, {"when": "1648-10-24"}]), lang=lang)
    axis = fig.to_dict()["layout"]["xaxis"]
    assert "rangeselector" not in axis  # date-only buttons would do nothing here
    assert axis["labelalias"]["\u221244"] == bc  # Plotly writes a true minus sign
    assert axis["labelalias"]["0"] == era
    assert axis["labelalias"]["50"] == ad
    assert "1648" not in axis["labelalias"]  # four-digit years need no era
    day = traces(fig, "markers", style="day")[0]
    xs = sorted(as_list(day["x"]))
    assert -44 < xs[0] < -43  # 15 March 44 BC: the year zero is skipped
    assert 1648.8 < xs[1] < 1648.9


def zoom_buttons(fig) -> list[dict[str, Any]]:
    (menu,) = [m for m in fig.to_dict()["layout"].get("updatemenus", []) if m.get("name") == "zoom"]
    return menu["buttons"]


def shown_by(button: dict[str, Any], frame) -> list[str]:
    """The events whose time overlaps the x range a zoom button sets."""
    (args,) = button["args"]
    lo, hi = args["xaxis.range"]
    if isinstance(lo, str):
        lo, hi = lo[:10], hi[:10]
        return [e for e, s, t in zip(frame["event_id"], frame["start"], frame["end"], strict=True)
                if s <= hi and t >= lo]

    def x(year: float) -> float:  # the numeric axis skips the year zero
        return year if year >= 1 else year - 1

    return [e for e, s, t in zip(frame["event_id"], frame["start_year"], frame["end_year"],
                                 strict=True) if x(s) <= hi and x(t) >= lo]


SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "000_192722d517445595.txt"


@pytest.mark.parametrize("source", ["sample", "seed", "bc"])
def test_zoom_buttons_show_the_last_events_not_an_empty_window(source):
    """Item 3 of issue 7: "1m" counted back from the padded axis end and showed nothing."""
    import timeline

    if source == "sample":
        frame = sample_frame()
    elif source == "seed":
        frame = timeline.extract_document(timeline.read_document(SEED_TEXT))
    else:
        frame = make_frame([{"when": "-0043-03-15"}, {"when": "-0031"}, {"when": "14-08-19"}])
    frame = frame[frame["start"].astype(str) != ""]
    buttons = {b["label"]: b for b in zoom_buttons(build_figure(frame))}
    assert "all" in buttons and len(buttons) >= 2
    for label, button in buttons.items():
        assert shown_by(button, frame), f"{label} shows no event"
    if source != "bc":
        assert {"1m", "1y"} <= set(buttons)
        last = frame["start"].max()
        assert last in set(frame.set_index("event_id").loc[shown_by(buttons["1m"], frame), "start"])
    everything = shown_by(buttons["all"], frame)
    assert sorted(everything) == sorted(frame["event_id"])


def test_the_1m_window_holds_a_month_the_story_ends_with():
    """The last events are dated "April 2019" (a month): "1m" showed 8 March to 8 April,
    three weeks of April hidden. The window holds the month, with room after it."""
    frame = make_frame([{"when": "2003"}, {"when": "2019-04"}, {"when": "2019-04"}])
    (args,) = {b["label"]: b for b in zoom_buttons(build_figure(frame))}["1m"]["args"]
    lo, hi = (str(x)[:10] for x in args["xaxis.range"])
    assert lo <= "2019-04-01" and hi >= "2019-04-30", (lo, hi)
    assert hi <= "2019-05-15", (lo, hi)  # a month's window, not the whole story


def test_zoom_buttons_wider_than_the_timeline_are_left_out():
    fig = build_figure(make_frame([{"when": "2019-03-02"}, {"when": "2019-04-25"}]))
    assert [b["label"] for b in zoom_buttons(fig)] == ["1m", "all"]


# ------------------------------------------------------------------ marks


@pytest.mark.parametrize(
    ("rows", "base", "days"),
    [
        ([{"when": "2003"}], "2003-01-01", 365),
        ([{"when": "2009-04"}], "2009-04-01", 30),
        ([{"when": "2009-04"}, {"when": "1999"}], "2009-04-01", 30),
        ([{"when": ("2003", "2009")}], "2003-01-01", 2557),
        ([{"when": "2019-04-25"}], None, None),
    ],
)
def test_spans_are_bars_and_days_are_markers(rows, base, days):
    fig = build_figure(make_frame(rows))
    if base:
        bar = traces(fig, "bars")[0]
        assert bar["type"] == "bar" and bar["orientation"] == "h"
        lengths = dict(zip(as_list(bar["base"]), as_list(bar["x"]), strict=True))
        assert lengths[base] == days * DAY_MS  # from the first day to the end of the last
        assert not traces(fig, "markers", style="day")
    else:
        assert not traces(fig, "bars")
        marker = traces(fig, "markers")[0]
        assert marker["meta"]["style"] == "day" and marker["marker"]["symbol"] == "circle"
        assert as_list(marker["x"]) == ["2019-04-25 12:00"]


def test_tiny_spans_get_a_visible_tick():
    fig = build_figure(make_frame([{"when": "1815"}, {"when": "-0043-03-15"}]))
    tick = traces(fig, "markers", style="tick")[0]
    assert tick["marker"]["symbol"] == "line-ns" and tick["marker"]["opacity"] == 1
    assert traces(fig, "bars")  # the bar is still there, at its true width


def test_large_frames_draw_bars_as_webgl_segments():
    # 1,200 different events (a year and a document each: none is merged with another)
    rows = [{"when": str(1900 + i % 100), "doc": f"d{i // 100}"} for i in range(1200)]
    fig = build_figure(make_frame(rows), color_by="doc")
    bars = traces(fig, "bars")[0]
    assert bars["type"] == "scattergl" and bars["mode"] == "lines"
    assert as_list(bars["x"])[:3] == ["1900-01-01", "1901-01-01", None]  # None splits segments
    handles = traces(fig, "markers", style="handle")
    assert all(h["marker"]["opacity"] == 0 for h in handles)
    assert sum(len(as_list(h["customdata"])) for h in handles) == 1200


def test_approximate_events_look_approximate():
    fig = build_figure(make_frame([
        {"when": "2003"},
        {"when": "2004", "approximate": True},
        {"when": "2005-03-01"},
        {"when": "2006-03-01", "approximate": True},
    ]))
    exact_bar = traces(fig, "bars")[0]
    approx_bar = traces(fig, "approx_bars")[0]
    assert "pattern" not in exact_bar["marker"] and exact_bar["marker"]["color"] == TYPE_COLORS["other"]
    assert approx_bar["marker"]["pattern"]["shape"] == "/"  # hatched: a guess looks like one
    assert approx_bar["marker"]["color"].startswith("rgba(")  # pale fill
    assert traces(fig, "markers", style="day")[0]["marker"]["symbol"] == "circle"
    assert traces(fig, "markers", style="approx_day")[0]["marker"]["symbol"] == "circle-open"
    hovers = dict(zip(event_ids(fig), hover_texts(fig), strict=True))
    assert "about 2004" in hovers["doc#1"] and "about" not in hovers["doc#0"]
    assert "about 1 March 2006" in hovers["doc#3"]


def test_bars_hover_and_click_along_their_length():
    fig = build_figure(make_frame([{"when": ("2003", "2009"), "title": "Talks"}]))
    bar = traces(fig, "bars")[0]
    assert bar["hovertemplate"] == "%{hovertext}<extra></extra>"
    assert as_list(bar["customdata"]) == [["doc#0"]]
    assert "Talks" in as_list(bar["hovertext"])[0]
    assert fig.to_dict()["layout"]["barmode"] == "overlay"


def test_every_mark_is_a_click_target_at_least_8_px_wide():
    """Item 11 of issue 7: month bars on a 16-year axis were 3-4 px click targets."""
    frame = sample_frame()
    fig = build_figure(frame)
    layout = fig.to_dict()["layout"]
    x0, x1 = (np.datetime64(v[:10]).astype(int) for v in layout["xaxis"]["range"])
    plot_px = 820  # the plot width the figure is laid out for
    px_per_day = plot_px / (x1 - x0)
    targets: dict[str, float] = {}
    for tr in marks(fig):
        ids = [row[0] for row in as_list(tr["customdata"])]
        if tr["type"] == "bar":
            widths = [w / DAY_MS * px_per_day for w in as_list(tr["x"])]
        else:
            widths = [tr["marker"]["size"]] * len(ids)
        for eid, w in zip(ids, widths, strict=True):
            targets[eid] = max(targets.get(eid, 0), w)
    assert set(targets) == set(frame["event_id"])
    assert min(targets.values()) >= 8, targets
    handles = traces(fig, "markers", style="handle")
    assert handles and all(tr["marker"]["opacity"] == 0 for tr in handles)  # not drawn


# ------------------------------------------------------------------ lanes


def lanes(fig) -> list[str]:
    return list(fig.to_dict()["layout"]["yaxis"]["ticktext"])


def test_lanes_by_actor_explode_events():
    frame = make_frame([
        {"when": "2019-04-25", "actors": ["Russia", "North Korea", "USA"]},
        {"when": "2009-04", "actors": ["North Korea"]},
        {"when": "2003"},
    ])
    fig = build_figure(frame, lane_by="actor")
    assert lanes(fig) == ["North Korea", "Russia", "USA", "(no actor)"]  # busiest first
    ids = [row[0] for tr in marks(fig) if tr["meta"].get("style") != "handle"
           for row in as_list(tr["customdata"])]  # handles: click targets on thin bars
    assert ids.count("doc#0") == 3 and ids.count("doc#1") == 1 and ids.count("doc#2") == 1
    ys = {}
    for tr in traces(fig, "markers"):
        for (eid,), y in zip(as_list(tr["customdata"]), as_list(tr["y"]), strict=True):
            ys.setdefault(eid, set()).add(y)
    assert len(ys["doc#0"]) == 3  # one row in each actor's lane


@pytest.mark.parametrize(
    ("lane_by", "expected"),
    [
        ("type", ["withdrawal", "negotiations", "sanctions", "expulsion", "meeting", "statement"]),
        ("doc", ["000_seed", "en_wire"]),
    ],
)
def test_lane_order(lane_by, expected):
    assert lanes(build_figure(sample_frame(), lane_by=lane_by)) == expected


def test_lane_none_hides_lane_labels_and_nb_names_types():
    fig = build_figure(sample_frame(), lane_by="none")
    assert fig.to_dict()["layout"]["yaxis"]["showticklabels"] is False
    assert lanes(build_figure(sample_frame(), lang="nb"))[:2] == ["tilbaketrekning", "forhandlinger"]


def test_date_ticks_name_no_english_month_in_bokmal():
    """Plotly writes month names in English ("Mar 31"); a bokmål chart's ticks are numbers
    at every zoom (days, months, years), an English chart keeps Plotly's own."""
    stops = build_figure(sample_frame(), lang="nb").to_dict()["layout"]["xaxis"]["tickformatstops"]
    formats = [s["value"] for s in stops]
    assert formats and not [f for f in formats if "%b" in f or "%B" in f or "%a" in f]
    assert "%d.%m.%Y" in formats and "%Y" in formats
    assert "tickformatstops" not in build_figure(sample_frame(), lang="en").to_dict()["layout"]["xaxis"]


@pytest.mark.parametrize("lane_by", LANE_MODES)
@pytest.mark.parametrize("color_by", COLOR_MODES)
@pytest.mark.parametrize("lang", ["en", "nb"])
def test_every_mode_builds(lane_by, color_by, lang):
    fig = build_figure(sample_frame(), lane_by=lane_by, color_by=color_by, lang=lang, highlight="000_seed#0")
    assert set(event_ids(fig)) == set(sample_frame()["event_id"])
    json.loads(fig.to_json())


@pytest.mark.parametrize("bad", [{"lane_by": "colour"}, {"color_by": "actor"}])
def test_unknown_modes_raise(bad):
    with pytest.raises(ValueError, match="must be one of"):
        build_figure(sample_frame(), **bad)


def test_overlapping_events_get_their_own_rows():
    frame = make_frame([{"when": "2019-04-25", "title": f"Meeting {i}"} for i in range(3)])
    ys = as_list(traces(build_figure(frame), "markers")[0]["y"])
    assert len(set(ys)) == 3


# ------------------------------------------------------------------ colours and look


def test_colours_and_template_are_explicit():
    fig = build_figure(sample_frame(), color_by="type")
    layout = fig.to_dict()["layout"]
    assert layout["template"]["layout"]["colorway"][0] not in ("#000001",)
    assert layout["colorway"] == list(PALETTE)
    for tr in marks(fig):
        colour = tr["marker"]["color"]
        assert colour.startswith(("#", "rgba(")) and colour not in ("#000001", "#000000")
    legend = {tr["name"]: tr["marker"]["color"] for tr in traces(fig, "legend")}
    assert legend["sanctions"] == TYPE_COLORS["sanctions"]
    assert legend["meeting"] == TYPE_COLORS["meeting"]
    assert layout["uirevision"] == UIREVISION
    assert layout["dragmode"] in ("pan", "zoom")
    assert layout["legend"]["orientation"] == "h" and layout["legend"]["y"] > 0.5
    assert layout["yaxis"]["fixedrange"] is True


# Machado, Oliveira & Fernandes (2009), full severity, on linear RGB.
CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                   [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                     [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                   [0.004733, 0.691367, 0.303900]],
    "normal vision": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
}


def seen_lab(colour: str, vision: str) -> np.ndarray:
    """CIE L*a*b* of an sRGB colour as a reader with ``vision`` sees it."""
    rgb = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    linear = np.clip(np.array(CVD[vision]) @ linear, 0, 1)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722],
                    [0.0193, 0.1192, 0.9505]]) @ linear / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


@pytest.mark.parametrize("vision", list(CVD))
@pytest.mark.parametrize("colours", [list(TYPE_COLORS.values()), list(PALETTE),
                                     list(ANCHOR_COLORS.values())], ids=["types", "palette", "anchors"])
def test_colours_stay_apart_for_colour_blind_readers(colours, vision):
    """Item 2 of issue 7: the old red (sanctions) and green (agreement) were ΔE 0.9 apart
    for a deuteranope."""
    worst = min(
        (float(np.linalg.norm(seen_lab(a, vision) - seen_lab(b, vision))), a, b)
        for i, a in enumerate(colours) for b in colours[i + 1 :]
    )
    assert worst[0] >= 13, worst


def test_template_survives_import_streamlit():
    import plotly.io as pio

    before = pio.templates.default
    try:
        import streamlit  # noqa: F401 - sets pio.templates.default = "streamlit"
        import streamlit.elements.plotly_chart  # noqa: F401

        pio.templates.default = "streamlit"  # what the import did, even if an earlier test undid it
        fig = build_figure(sample_frame())
        colorway = fig.to_dict()["layout"]["template"]["layout"]["colorway"]
        assert "#000001" not in colorway
        assert fig.layout.template == pio.templates[TEMPLATE]
    finally:
        pio.templates.default = before


@pytest.mark.parametrize("color_by", ["doc", "anchor"])
def test_other_colourings(color_by):
    fig = build_figure(sample_frame(), color_by=color_by)
    names = [tr["name"] for tr in traces(fig, "legend")]
    expected = {"doc": ["000_seed", "en_wire"], "anchor": ["written in full", "from the document date", "from the date before"]}
    assert names == expected[color_by]


def test_height_grows_with_lanes():
    one = build_figure(sample_frame(), lane_by="none").layout.height
    many = build_figure(sample_frame(), lane_by="actor").layout.height
    assert 240 <= one < many <= 2400
    assert build_figure(sample_frame(), page=Page(height=700)).layout.height == 700


def test_title_and_subtitle():
    fig = build_figure(sample_frame(), title="Korea <3", lang="nb")
    layout = fig.to_dict()["layout"]
    assert layout["title"]["text"] == "<b>Korea &lt;3</b>"
    notes = [a["text"] for a in layout["annotations"] if a.get("name") == "subtitle"]
    assert notes == ["8 hendelser · 2003–2019"]


def test_labels_are_annotations_beside_the_marks():
    layout = build_figure(sample_frame()).to_dict()["layout"]
    labels = {a["text"] for a in layout["annotations"] if a.get("name", "").startswith("label:")}
    assert "Six-party talks" in labels and "Hanoi summit" in labels


# ------------------------------------------------------------------ hover and safety

HOSTILE = {
    "when": "2009-04",
    "title": "<img src=x onerror=alert(1)> & co",
    "quote": "He said <script>alert(1)</script> and <b>shouted</b>.",
    "actors": ["<i>Kim</i>"],
    "place": "<a href='javascript:alert(1)'>Hanoi</a>",
    "doc": "<svg onload=alert(1)>",
    "timex": "i april <2009>",
    "explanation": "<u>month</u>",
}


@pytest.mark.parametrize("lane_by", ["type", "actor", "doc"])
@pytest.mark.parametrize("color_by", ["type", "doc"])
def test_untrusted_text_is_escaped_everywhere(lane_by, color_by):
    fig = build_figure(make_frame([HOSTILE]), lane_by=lane_by, color_by=color_by, title="<b>x</b>")
    text = fig.to_json()
    for raw in ("<script", "<img", "<i>Kim", "<a href", "<svg", "<u>", "<b>shouted", "<b>x</b>", "<2009>"):
        assert raw not in text, raw
    hover = hover_texts(fig)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hover
    assert "&lt;b&gt;shouted&lt;/b&gt;" in hover
    assert "&lt;img src=x onerror=alert(1)&gt; &amp; co" in hover
    assert "&lt;i&gt;Kim&lt;/i&gt;" in hover


QUOTED = {
    "when": "2009-04",
    "title": 'The "six-party talks" & Kim\'s visit',
    "quote": 'He called them "dead".',
    "actors": ['"Kim"'],
    "doc": 'NTB "utenriks"',
}


def plotly_plain(text: str) -> str:
    """What Plotly shows for a string: tags dropped, and only the entities plotly.js
    decodes (&amp; &lt; &gt; and numeric ones; not &quot;) decoded."""
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"&#x([0-9a-fA-F]+);", lambda m: chr(int(m.group(1), 16)), text)
    text = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


@pytest.mark.parametrize("lane_by", ["type", "actor", "doc"])
def test_quotes_are_escaped_exactly_once(lane_by):
    fig = build_figure(make_frame([QUOTED]), lane_by=lane_by, color_by="doc",
                       title='Korea: "talks" & more')
    layout = fig.to_dict()["layout"]
    assert "&quot;" not in fig.to_json() and "&amp;quot;" not in fig.to_json()
    (label,) = [a["text"] for a in layout["annotations"] if a.get("name", "").startswith("label:")]
    assert plotly_plain(label) == 'The "six-party talks" & Kim\'s visit'
    assert plotly_plain(layout["title"]["text"]) == 'Korea: "talks" & more'
    hover = plotly_plain(hover_texts(fig)[0])
    assert 'The "six-party talks" & Kim\'s visit' in hover
    assert '“He called them "dead".”' in hover and 'NTB "utenriks"' in hover
    if lane_by != "type":
        lanes_shown = [plotly_plain(t) for t in layout["yaxis"]["ticktext"]]
        assert lanes_shown == ['"Kim"'] if lane_by == "actor" else ['NTB "utenriks"']


def test_hover_shows_the_proof():
    frame = sample_frame()
    hovers = dict(zip(event_ids(build_figure(frame)), hover_texts(build_figure(frame)), strict=True))
    h = hovers["000_seed#2"]
    assert "UN Security Council tightens sanctions" in h
    assert "April 2009" in h and "(month)" not in h  # the words say the precision
    assert "“i april 2009”" in h
    assert "Place: New York" in h and "Actors: UN Security Council, North Korea" in h
    assert "sikkerhetsråd i april 2009" in h  # the quote, ø/å intact
    assert "Counted from the date the text gives before it" in hovers["000_seed#3"]


def test_long_quotes_are_wrapped_and_cut():
    quote = " ".join(["ordet"] * 200)
    fig = build_figure(make_frame([{"when": "2003", "quote": quote}]))
    hover = hover_texts(fig)[0]
    quoted = hover[hover.index("“ordet"):]
    assert quoted.count("<br>") >= 3
    assert all(len(line) <= 90 for line in quoted.split("<br>"))
    assert "…" in quoted and len(quoted) < 400


# ------------------------------------------------------------------ ids, selection, highlight


def test_customdata_carries_every_event_id():
    frame = sample_frame()
    assert set(event_ids(build_figure(frame))) == set(frame["event_id"])


def test_highlight_marks_one_event_and_dims_the_rest():
    frame = sample_frame()
    fig = build_figure(frame, highlight="000_seed#1")
    (top,) = traces(fig, "highlight")
    assert top["type"] == "bar" and as_list(top["base"]) == ["2003-08-01"]
    assert top["marker"]["line"]["width"] >= 2 and as_list(top["customdata"]) == [["000_seed#1"]]
    assert fig.to_dict()["data"][-5] == top  # drawn last, under only the reading key
    assert all(tr.get("opacity", 1) < 1 for tr in marks(fig))
    labels = [a["text"] for a in fig.to_dict()["layout"]["annotations"] if a.get("name") == "label:000_seed#1"]
    assert labels == ["<b>Six-party talks</b>"]
    assert not traces(build_figure(frame, highlight="no such id"), "highlight")
    day = traces(build_figure(frame, highlight="000_seed#6", lane_by="actor"), "highlight")[0]
    assert as_list(day["x"]) == ["2019-04-25 12:00"] * 2  # in both actors' lanes


SELECTION = {"selection": {"points": [], "point_indices": [], "box": [], "lasso": []}}


def selection(*points: dict[str, Any]) -> dict[str, Any]:
    return {"selection": {**SELECTION["selection"], "points": list(points)}}


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (None, None),
        ({}, None),
        (SELECTION, None),
        (selection({"customdata": ["000_seed#2"], "curve_number": 3, "point_index": 0}), "000_seed#2"),
        (selection({"customdata": "000_seed#5"}), "000_seed#5"),
        (selection({"curve_number": 9}, {"customdata": ["en_wire#4"]}), "en_wire#4"),
        (selection({"customdata": ["gone#1"]}, {"customdata": ["000_seed#0"]}), "000_seed#0"),
        (selection({"customdata": []}), None),
        ({"points": [{"customdata": ["000_seed#6"]}]}, "000_seed#6"),  # the inner dict
        ({"selection": None}, None),
    ],
)
def test_select_event(state, expected):
    frame = sample_frame()
    frame.loc[4, "event_id"] = "en_wire#4"
    assert select_event(frame, state) == expected


def test_select_event_round_trip_through_the_figure():
    frame = sample_frame()
    fig = build_figure(frame)
    for curve, tr in enumerate(fig.to_dict()["data"]):
        if (tr.get("meta") or {}).get("kind") == "markers":
            point = {"customdata": as_list(tr["customdata"])[0], "curve_number": curve, "point_index": 0}
            assert select_event(frame, selection(point)) in set(frame["event_id"])


# ------------------------------------------------------------------ edge cases


@pytest.mark.parametrize(("lang", "text"), [("en", "No dated events"), ("nb", "Ingen daterte hendelser")])
def test_empty_frame(lang, text):
    fig = build_figure(make_frame([]), lang=lang)
    annotations = fig.to_dict()["layout"]["annotations"]
    assert [a["text"] for a in annotations] == [text]
    assert fig.to_dict()["layout"]["template"]["layout"]["colorway"] != ["#000001"]


def test_undated_events_are_counted_not_plotted():
    frame = make_frame([{"when": "2003"}, {"when": "2004"}])
    frame.loc[1, ["start", "end"]] = ["", ""]
    fig = build_figure(frame)
    assert set(event_ids(fig)) == {"doc#0"}
    notes = [a["text"] for a in fig.to_dict()["layout"]["annotations"] if a.get("name") == "undated"]
    assert notes == ["1 event without a date is not shown"]
    frame.loc[0, ["start", "end"]] = ["", ""]
    only_undated = build_figure(frame).to_dict()["layout"]["annotations"]
    assert "No dated events" in only_undated[0]["text"] and "2 events without a date" in only_undated[0]["text"]


@pytest.mark.parametrize("lane_by", ["type", "actor"])
def test_ten_thousand_events_use_webgl(lane_by):
    rnd = random.Random(7)
    rows = []
    for i in range(10_000):
        year = rnd.randint(1900, 2020)
        when = [f"{year}", f"{year}-{rnd.randint(1, 12):02d}", f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"][i % 3]
        rows.append({"when": when, "type": rnd.choice(["meeting", "sanctions", "visit"]),
                     "approximate": i % 5 == 0, "actors": rnd.sample(["USA", "Russia", "China", "UN"], 1)})
    fig = build_figure(make_frame(rows), lane_by=lane_by)
    data = fig.to_dict()["data"]
    big = [tr for tr in data if (tr.get("meta") or {}).get("kind") in MARKS]
    assert big and all(tr["type"] == "scattergl" for tr in big)
    # Identical events in a lane are one mark: every event is a mark or counted in the
    # hover of the mark that stands for it.
    lanes_of = {"type": 1, "actor": 1}[lane_by]  # each event sits in one lane here
    merged = sum(int(m) for h in hover_texts(fig)
                 for m in re.findall(r"\+(\d+) more events? with the same date", h))
    assert len(event_ids(fig)) + merged == 10_000 * lanes_of
    assert len(set(event_ids(fig))) == len(event_ids(fig))
    assert len(data) < 60  # one trace per colour group and mark style, not per event
    annotations = fig.to_dict()["layout"].get("annotations", [])
    labels = [a for a in annotations if a.get("name", "").startswith("label:")]
    assert 0 < len(labels) <= 40  # the most important events keep their names
    json.loads(fig.to_json())  # serialisable


def test_single_day_gets_context():
    fig = build_figure(make_frame([{"when": "2019-04-25"}]))
    lo, hi = fig.to_dict()["layout"]["xaxis"]["range"]
    assert lo < "2019-04-01" and hi > "2019-05-15"


# ------------------------------------------------------------------ words


@pytest.mark.parametrize(
    ("start", "end", "lang", "approx", "expected"),
    [
        ("2003-01-01", "2003-12-31", "en", False, "2003"),
        ("2009-04-01", "2009-04-30", "en", False, "April 2009"),
        ("2009-04-01", "2009-04-30", "nb", True, "ca. april 2009"),
        ("2019-04-25", "2019-04-25", "nb", False, "25. april 2019"),
        ("2019-04-25", "2019-04-25", "en", False, "25 April 2019"),
        ("2003-01-01", "2009-12-31", "en", False, "2003–2009"),
        ("1990-01-01", "1999-12-31", "en", False, "the 1990s"),
        ("1990-01-01", "1999-12-31", "nb", False, "1990-tallet"),
        ("1801-01-01", "1900-12-31", "en", False, "the 19th century"),
        ("2019-02-01", "2019-04-30", "en", False, "February–April 2019"),
        ("2009-04-14", "2009-04-20", "en", False, "14–20 April 2009"),
        ("2009-04-14", "2009-04-20", "nb", False, "14.–20. april 2009"),
        ("2009-04-14", "2009-05-10", "en", True, "about 14 April 2009 – 10 May 2009"),
        ("-0043-03-15", "-0043-03-15", "en", False, "15 March 44 BC"),
        ("-0043-01-01", "-0043-12-31", "nb", False, "44 f.Kr."),
        ("-0030-01-01", "0014-12-31", "en", False, "31 BC–AD 14"),
        ("garbage", "", "en", False, "garbage"),
    ],
)
def test_format_when(start, end, lang, approx, expected):
    assert format_when(start, end, lang, approximate=approx) == expected


def test_chart_config():
    config = chart_config("Nord-Korea / 2019")
    assert config["scrollZoom"] is True
    assert config["toImageButtonOptions"]["format"] == "png"
    assert config["toImageButtonOptions"]["filename"] == "Nord-Korea___2019"
    assert "toImage" not in config["modeBarButtonsToRemove"]


@pytest.mark.parametrize(
    ("lang", "one", "many", "written", "how"),
    [
        ("nb", "1 hendelse · 2003", "2 hendelser · 2003–2004", "Skrevet «i 2003»", "Står fullt ut"),
        ("en", "1 event · 2003", "2 events · 2003–2004", "Written “i 2003”", "Written in full"),
    ],
)
def test_chart_words_count_and_speak_one_language(lang, one, many, written, how):
    def subtitle(fig):
        return next(a["text"] for a in fig.to_dict()["layout"]["annotations"] if a.get("name") == "subtitle")

    single = build_figure(make_frame([{"when": "2003", "timex": "i 2003"}]), title="T", lang=lang)
    assert subtitle(single) == one
    double = build_figure(make_frame([{"when": "2003"}, {"when": "2004"}]), title="T", lang=lang)
    assert subtitle(double) == many
    hover = hover_texts(single)[0]
    assert written in html.unescape(hover) and how in hover
    assert "(year)" not in hover and "(år)" not in hover


# ------------------------------------------------------------------ the PNG to publish

LONG_TITLE = "Putin and Kim meet in Vladivostok for their first summit, with talks on sanctions"
CREDIT = "Source: NTB, 26.04.2019 · made with Tidslinje"


def print_frame():
    import pandas as pd

    extra = make_frame([{"when": "2019-04-26", "title": LONG_TITLE, "doc": "extra"}])
    return pd.concat([sample_frame(), extra], ignore_index=True)


def labels_of(layout: dict[str, Any]) -> dict[str, str]:
    return {a["name"][6:]: a["text"] for a in layout["annotations"]
            if a.get("name", "").startswith("label:")}


@pytest.mark.parametrize("width", [680, 1200, 1080])
def test_print_figure_has_no_widgets_whole_labels_and_a_credit(width):
    """Item 6 of issue 7: the PNG had the zoom buttons and slider, cut labels, no credit."""
    frame = print_frame()
    fig = build_figure(frame, title="Korea 2003–2019",
                       page=Page(static=True, width=width, subtitle='Nine "events"', source=CREDIT))
    layout = fig.to_dict()["layout"]
    assert not layout.get("updatemenus")
    assert layout["xaxis"]["rangeslider"]["visible"] is False
    assert "rangeselector" not in layout["xaxis"]
    assert layout["width"] == width
    labels = labels_of(layout)
    assert len(labels) == len(frame)
    for eid, title in zip(frame["event_id"], frame["title"], strict=True):
        assert "…" not in labels[eid]
        assert labels[eid].replace("<br>", " ") == title  # whole, only wrapped
    assert "<br>" in labels[frame["event_id"].iloc[-1]]  # the long one is wrapped
    (credit,) = [a for a in layout["annotations"] if a.get("name") == "source"]
    assert credit["text"] == CREDIT and credit["yref"] == "paper" and credit["y"] == 0
    assert -credit["yshift"] + 14 <= layout["margin"]["b"]  # below the axis, inside the image
    (sub,) = [a["text"] for a in layout["annotations"] if a.get("name") == "subtitle"]
    assert sub == 'Nine "events"'
    # On screen the same chart keeps its zoom controls.
    screen = build_figure(frame, title="Korea 2003–2019").to_dict()["layout"]
    assert screen["updatemenus"] and screen["xaxis"]["rangeslider"]["visible"] is True
    assert not [a for a in screen["annotations"] if a.get("name") == "source"]


def test_print_labels_fit_the_image_width():
    """Each whole label, at ~6.4 px a character, ends inside the image it is laid out for."""
    frame = print_frame()
    for width in (680, 1200):
        fig = build_figure(frame, page=Page(static=True, width=width, source=CREDIT))
        layout = fig.to_dict()["layout"]
        left, right = layout["margin"]["l"], layout["margin"]["r"]
        plot_w = width - left - right
        x0, x1 = (np.datetime64(v[:10]).astype(int) for v in layout["xaxis"]["range"])
        for a in layout["annotations"]:
            if not a.get("name", "").startswith("label:"):
                continue
            at = left + (np.datetime64(a["x"][:10]).astype(int) - x0) / (x1 - x0) * plot_w
            text_px = max(len(line) for line in a["text"].split("<br>")) * 6.4
            lo, hi = (at - text_px, at) if a["xanchor"] == "right" else (at, at + text_px)
            assert lo >= 0 and hi <= width + 4, (width, a["text"], lo, hi)


def test_off_chart_lists_undated_then_very_vague_events():
    frame = make_frame([
        {"when": "2019-04-25", "title": "A day"},
        {"when": "2001", "title": "No date", "timex": "i februar"},
        {"when": ("1990", "1999"), "granularity": "decade", "title": "The nineties"},
        {"when": ("1904", "1906"), "approximate": True, "title": "Around 1905"},
        {"when": ("2003", "2004"), "approximate": True, "title": "Roughly two years"},
        {"when": "2003", "title": "A year"},
    ])
    frame.loc[1, ["start", "end", "date"]] = ["", "", "XXXX-02"]
    items = off_chart(frame)
    assert [(i["title"], i["why"]) for i in items] == [
        ("No date", "undated"), ("The nineties", "vague"), ("Around 1905", "vague")]
    assert items[0]["timex"] == "i februar" and items[0]["when"] == ""
    assert items[1]["when"] == "the 1990s" and items[2]["when"] == "about 1904–1906"
    fig = build_figure(frame)
    assert "No date" not in fig.to_json()
    assert off_chart(make_frame([])) == []


def label_boxes(fig, plot_px: float) -> list[tuple[float, float, float, str]]:
    """(left px, right px, y row, text) of each on-chart label, at ~6.4 px a character,
    on a plot ``plot_px`` wide."""
    layout = fig.to_dict()["layout"]
    x0, x1 = (np.datetime64(v[:16]).astype("datetime64[m]").astype(int)
              for v in layout["xaxis"]["range"])
    out = []
    for a in layout["annotations"]:
        if not a.get("name", "").startswith("label:"):
            continue
        at = (np.datetime64(a["x"][:16]).astype("datetime64[m]").astype(int) - x0) / (x1 - x0)
        at = at * plot_px + (a["xshift"] or 0)
        w = max(len(line) for line in a["text"].replace("<b>", "").split("<br>")) * 6.4
        lo, hi = (at - w, at) if a["xanchor"] == "right" else (at, at + w)
        out.append((lo, hi, a["y"], a["text"]))
    return out


@pytest.mark.parametrize("lane_by", ["type", "doc", "actor"])
def test_labels_do_not_overlap_or_leave_the_plot(lane_by):
    """Item 2 of issue 7, without a browser: labels on one row never overlap, and none
    runs left over the lane names or off the right edge, at the first view."""
    import pandas as pd

    import timeline

    seed = timeline.extract_document(timeline.read_document(SEED_TEXT))
    other = timeline.extract(
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
        "on Thursday. The six-party talks collapsed in April 2009. Kim met Donald Trump in "
        "Singapore on 12 June 2018 and in Hanoi in February. North Korea left the "
        "Non-Proliferation Treaty in 2003.", lang="en", dct="2019-04-26")
    other["doc"] = "reuters"
    frame = pd.concat([seed, other], ignore_index=True)
    fig = build_figure(frame, lane_by=lane_by)
    boxes = label_boxes(fig, 820)
    assert len(boxes) >= 8
    for i, (lo, hi, y, text) in enumerate(boxes):
        assert lo >= -2 and hi <= 820 + 20, (text, lo, hi)
        for lo2, hi2, y2, text2 in boxes[i + 1 :]:
            if abs(y - y2) < 0.9:
                assert hi <= lo2 or hi2 <= lo, (text, text2)


# ---------------------------------------------------------------- labels per zoom window


def crowded_frame(n: int = 40) -> Any:
    """``n`` events a month apart over a few years, long titles: the wide view has room
    for a few labels only."""
    rows = []
    for i in range(n):
        year, month = 2015 + i // 12, 1 + i % 12
        rows.append({"when": f"{year}-{month:02d}-{1 + i % 27:02d}", "type": "meeting",
                     "title": f"Talks round {i} between the delegations in the capital"})
    return make_frame(rows)


def label_names(annotations: list[dict[str, Any]]) -> set[str]:
    return {a["name"] for a in annotations if a.get("name", "").startswith("label:")}


def test_zoom_buttons_carry_the_labels_of_their_window():
    """Issue 7: labels dropped at the wide view come back as the reader zooms in; the
    wide view's labels are kept, and the notes (subtitle) stay."""
    fig = build_figure(crowded_frame(), title="Talks")
    layout = fig.to_dict()["layout"]
    wide = label_names(layout["annotations"])
    buttons = layout["updatemenus"][0]["buttons"]
    assert [b["label"] for b in buttons][-1] == "all"
    assert label_names(buttons[-1]["args"][0]["annotations"]) == wide
    revealed = False
    for button in buttons[:-1]:
        change = button["args"][0]
        lo, hi = change["xaxis.range"]  # ISO dates: they sort as text
        inside = {a["name"] for a in layout["annotations"] if a.get("name", "").startswith("label:")
                  and lo <= a["x"] <= hi}
        shown = label_names(change["annotations"])
        assert inside <= shown, button["label"]
        assert any(a.get("name") == "subtitle" for a in change["annotations"])
        revealed = revealed or len(shown) > len(inside)
    assert revealed, "no window named more events than the wide view"


def test_a_reported_zoom_lays_the_labels_out_for_its_window():
    """Issue 7: a wheel or drag zoom, reported by the browser, gets the labels of its
    window, as a zoom button does, and keeps the reader there (the figure's range is
    the window, the range slider's the whole); a window reported on another chart's
    range, or junk, is none."""
    from timeline.figure import Zoom

    frame = crowded_frame()
    wide = build_figure(frame, title="Talks").to_dict()["layout"]
    button = wide["updatemenus"][0]["buttons"][0]["args"][0]  # "1m"
    extent = wide["meta"]["extent"]
    assert wide["meta"]["labels_for"] == extent
    # as Plotly writes a range that a wheel left between two days
    window = [f"{button['xaxis.range'][0]}:00.0071", button["xaxis.range"][1]]
    zoomed = build_figure(frame, title="Talks",
                          zoom=Zoom.reported({"range": window, "extent": extent})).to_dict()["layout"]
    assert label_names(zoomed["annotations"]) == label_names(button["annotations"])
    assert label_names(zoomed["annotations"]) > label_names(wide["annotations"]) & label_names(
        zoomed["annotations"])
    assert zoomed["xaxis"]["range"] == zoomed["meta"]["labels_for"]  # the reader's zoom
    assert zoomed["meta"]["labels_for"][0].startswith(button["xaxis.range"][0])
    assert zoomed["xaxis"]["rangeslider"]["range"] == wide["xaxis"]["range"]
    assert any(a.get("name") == "subtitle" for a in zoomed["annotations"])
    others = [
        {"range": window, "extent": ["2001-01-01", extent[1]]},  # another chart's range
        {"range": extent, "extent": extent},  # the whole range
        {"range": ["2019-02-30", "x"], "extent": extent},
        {"range": [1, 2, 3], "extent": extent},
        "<script>", None,
    ]
    for value in others:
        again = build_figure(frame, title="Talks", zoom=Zoom.reported(value)).to_dict()["layout"]
        assert again["annotations"] == wide["annotations"], value
        assert again["meta"]["labels_for"] == extent == again["xaxis"]["range"]


def test_large_timelines_name_their_most_important_events():
    """Above 1,000 events (WebGL) the most reported events are labelled, on a white
    ground; identical events are one mark whose hover names the others; the key says
    approximate spans are pale, not hatched."""
    rows = [{"when": f"{1900 + i % 100}", "title": f"Event {i}", "type": "statement"} for i in range(1100)]
    rows += [{"when": "1950-05-05", "title": "Copy", "type": "statement"} for _ in range(30)]
    rows.append({"when": "1960-06-06", "title": "Widely reported summit", "type": "meeting",
                 "n_mentions": 9})
    fig = build_figure(make_frame(rows))
    layout = fig.to_dict()["layout"]
    labels = [a for a in layout["annotations"] if a.get("name", "").startswith("label:")]
    assert 0 < len(labels) <= 40
    assert all(a.get("bgcolor") for a in labels)
    assert any(a["text"] == "Widely reported summit" for a in labels)
    days = [tr for tr in traces(fig, "markers") if tr["meta"].get("style") == "day"]
    hovers = [h for tr in days for h in as_list(tr.get("hovertext"))]
    copies = [h for h in hovers if "Copy" in h]
    assert len(copies) == 1 and "+29 more events with the same date" in copies[0]
    key = [tr["name"] for tr in traces(fig, "key")]
    assert "approximate period (pale, not hatched)" in key


def test_a_tall_chart_has_its_x_axis_on_top_too():
    rows = [{"when": f"{2000 + i}", "actors": [f"Actor {i}"]} for i in range(19)]
    tall = build_figure(make_frame(rows), lane_by="actor").to_dict()["layout"]
    assert tall["xaxis2"]["matches"] == "x" and tall["xaxis2"]["side"] == "top"
    assert tall["updatemenus"][0]["pad"]["b"] > 20  # the buttons sit above its ticks
    short = build_figure(sample_frame()).to_dict()["layout"]
    assert "xaxis2" not in short


def test_a_phone_gets_a_wrapped_title_and_the_zoom_buttons_on_their_own_row():
    title = "Russia and North Korea: the summit in Vladivostok and what came before it"
    desk = build_figure(sample_frame(), title=title).to_dict()["layout"]
    phone = build_figure(sample_frame(), title=title, page=Page(screen=360)).to_dict()["layout"]
    assert "<br>" not in desk["title"]["text"]
    lines = phone["title"]["text"].removeprefix("<b>").removesuffix("</b>").split("<br>")
    assert len(lines) > 1 and all(len(line) * 11.5 <= 360 for line in lines)
    # the key sits above the buttons' row, not beside it
    key_top = (1 - phone["legend2"]["y"]) * phone["height"]
    assert key_top + 26 <= phone["margin"]["t"] - 28
    assert "width" not in phone  # still responsive
