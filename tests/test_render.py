"""timeline.render: the interactive HTML page and the PNG (the Chromium process, its
probe and the retry of a failed first render, sizes, presets and the source line).

The PNG tests need Chrome/Chromium. Outside CI they skip when it is missing; with the
environment variable CI set they FAIL instead, so a CI image without Chromium is noticed.
"""

from __future__ import annotations

import os
import struct
import zlib

import plotly.graph_objects as go
import pytest
from frames import make_frame, sample_frame

from timeline import render
from timeline.figure import Page, build_figure
from timeline.render import (
    check_png_size,
    png_available,
    start_png_server,
    stop_png_server,
    to_html,
    to_png,
)

# ------------------------------------------------------------------ HTML


def test_html_is_self_contained_and_interactive():
    fig = build_figure(sample_frame(), title="Nord-Korea")
    page = to_html(fig, title="Nord-Korea <2019>").decode("utf-8")
    assert len(page) > 1_000_000  # plotly.js itself is inlined
    assert "Plotly.newPlot" in page and 'src="https://cdn.plot.ly' not in page
    assert "<title>Nord-Korea &lt;2019&gt;</title>" in page
    assert "Six-party talks" in page and "Hanoi summit" in page
    assert '"scrollZoom": true' in page and '"format": "png"' in page


# ------------------------------------------------------------------ PNG


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR"
    return struct.unpack(">II", png[16:24])


def png_pixels(png: bytes) -> list[tuple[int, int, int]]:
    """Decode an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) to RGB tuples."""
    width, height = png_size(png)
    depth, colour, _, _, interlace = png[24:29]
    assert depth == 8 and colour in (2, 6) and interlace == 0
    channels = 3 if colour == 2 else 4
    pos, idat = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        if kind == b"IDAT":
            idat += png[pos + 8:pos + 8 + length]
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    pixels = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        pixels += [tuple(line[x:x + 3]) for x in range(0, stride, channels)]
        prev = line
    return pixels


def colourful(pixels: list[tuple[int, int, int]]) -> int:
    """How many pixels are clearly coloured (not white, grey or black)."""
    return sum(1 for r, g, b in pixels if max(r, g, b) - min(r, g, b) > 60)


@pytest.fixture(scope="module")
def png_server():
    """One Chromium for the module's renders (and a test of start_png_server)."""
    started = start_png_server() if png_available()[0] else False
    yield started
    if started:
        stop_png_server()


def require_png() -> None:
    """Skip without Chromium, except in CI (env CI set), where the test FAILS.
    Called in the test body, not a fixture: a failing fixture reports ERROR."""
    ok, message = png_available()
    if not ok:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to render PNG: {message}", pytrace=False)
        pytest.skip(message)


@pytest.mark.parametrize(
    ("width", "height", "scale", "message"),
    [(0, None, 2, "width must be 100 to 10,000"), (100_000, None, 2, "width must be"),
     (-1400, None, 2, "width must be"), (1400, 0, 2, "height must be"),
     (1400, 20_000, 1, "height must be"), (1400, None, 0, "scale must be 0.25 to 8"),
     (1400, None, float("nan"), "scale must be"), (1400, None, -1, "scale must be"),
     (10_000, None, 2.5, "25,000 pixels a side"), (1400, 9000, 3, "27,000 pixels a side")],
)
def test_png_size_limits(width, height, scale, message):
    with pytest.raises(ValueError, match=message):
        check_png_size(width, height, scale)
    with pytest.raises(ValueError, match=message):  # to_png checks before any rendering
        to_png(build_figure(sample_frame()), width=width, height=height, scale=scale)


def test_to_png_refuses_what_is_not_a_png(monkeypatch):
    monkeypatch.setattr(render, "_render", lambda fig, **size: b"u\xabZ")
    with pytest.raises(RuntimeError, match="3 bytes that are not a PNG image"):
        to_png(build_figure(sample_frame()), width=1400)


def test_png_available_answers_and_caches_a_success():
    first = png_available()
    assert isinstance(first[0], bool) and first[1]
    if first[0]:
        assert png_available() is first
    else:
        assert "chromium" in first[1].lower()


FAKE_PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
FIRST_RENDER_ERROR = RuntimeError(
    {"error": "ReferenceError: kaleido_scopes is not defined", "stack": "at <anonymous>:1:1"}
)


@pytest.fixture
def fake_chromium(monkeypatch):
    """A renderer that fails as long as ``broken[0]`` is true (counting calls in
    ``calls``), with a browser "found" and the remembered probe result forgotten."""
    broken, calls = [True], []

    def fake_render(fig, **size):
        calls.append(size)
        if broken[0] is True or (broken[0] == "once" and len(calls) == 1):
            raise FIRST_RENDER_ERROR
        return FAKE_PNG

    monkeypatch.setattr(render, "_render", fake_render)
    monkeypatch.setattr(render, "_find_browser", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(render, "_probe_ok", None)
    monkeypatch.setattr(render.time, "sleep", lambda seconds: None)
    return broken, calls


def test_png_probe_retries_a_failed_first_render(fake_chromium):
    """Item 7 of issue 7: a fresh Chromium's first render can fail and then work."""
    broken, calls = fake_chromium
    broken[0] = "once"
    ok, message = png_available()
    assert ok, message
    assert len(calls) == 2


def test_a_failed_png_probe_is_not_remembered_and_says_so_cleanly(fake_chromium):
    broken, calls = fake_chromium
    ok, message = png_available()
    assert not ok and len(calls) == 3  # tried three times
    for raw in ("{", "kaleido_scopes", "ReferenceError", "apt-get", "install chromium"):
        assert raw not in message, message
    assert "tried again" in message
    broken[0] = False
    assert png_available()[0]  # the next caller probes again, and now it works
    broken[0] = True
    assert png_available()[0]  # a success is remembered: no probe per export


def test_to_png_retries_a_failed_first_render(fake_chromium):
    broken, calls = fake_chromium
    broken[0] = "once"
    assert to_png(build_figure(sample_frame()), width=800) == FAKE_PNG
    assert len(calls) == 2


@pytest.mark.parametrize(("width", "scale"), [(1400, 1), (800, 2)])
def test_png_has_the_requested_size_and_content(png_server, width, scale):
    require_png()
    fig = build_figure(sample_frame(), title="Nord-Korea 2003–2019")
    png = to_png(fig, width=width, scale=scale)
    w, h = png_size(png)
    assert w == width * scale
    assert h == fig.layout.height * scale
    assert len(png) > 20_000
    if scale == 1:
        pixels = png_pixels(png)
        assert colourful(pixels) > 2_000  # bars and markers in their colours
        assert len(set(pixels)) > 50  # not one flat colour


@pytest.mark.parametrize("words", [3, 24, 40])  # one line, two lines, three lines
def test_a_png_title_is_whole_however_many_lines_it_wraps_to(png_server, words):
    """Plotly sets a title of two or more lines higher than one of one line: the first
    line of a long title was cut at the image's top edge. Every title starts below a
    white margin at the top, and its ink is where the title is (the left of the image)."""
    require_png()
    title = " ".join(["Utenriksministrene"] + ["møttes"] * (words - 1))
    fig = build_figure(sample_frame(), title=title)
    width = 800
    pixels = png_pixels(to_png(fig, width=width, scale=1))
    rows = [pixels[y * width:(y + 1) * width] for y in range(60)]
    inked = [y for y, row in enumerate(rows) if any(max(p) < 120 for p in row)]
    assert inked, "no title drawn in the top 60 px"
    assert inked[0] >= 4, f"the title's first line touches the top edge (ink from row {inked[0]})"


def test_png_after_import_streamlit_is_not_black(png_server):
    require_png()
    import plotly.io as pio

    before = pio.templates.default
    try:
        import streamlit  # noqa: F401
        import streamlit.elements.plotly_chart  # noqa: F401 - installs the placeholder theme

        pio.templates.default = "streamlit"  # what the import did, even if an earlier test undid it
        ours = build_figure(sample_frame())
        plain = go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2]))  # Streamlit's template
        for fig in (ours, plain):
            pixels = png_pixels(to_png(fig, width=600, height=400, scale=1))
            dark = sum(1 for p in pixels if max(p) < 40)
            assert colourful(pixels) > 1_000
            assert dark < len(pixels) * 0.2
    finally:
        pio.templates.default = before


def test_png_of_a_bc_figure(png_server):
    require_png()
    bc = build_figure(make_frame([
        {"when": "-0043-03-15", "title": "Cæsar myrdes – «Et tu, Brute?»", "type": "conflict"},
        {"when": ("1648", "1649"), "approximate": True, "title": "Freden i Westfalen"},
    ]))
    assert png_size(to_png(bc, width=900, scale=1))[0] == 900


@pytest.mark.parametrize(
    ("sources", "line"),
    [
        ([("NTB", "2019-04-26")], "Source: NTB, 26.04.2019 · made with Tidslinje"),
        ([("NTB", "2019-04"), ("NTB", "2019-04"), ("Reuters", "2019")],
         "Source: NTB, 04.2019; Reuters, 2019 · made with Tidslinje"),
        ([("A", ""), ("B", ""), ("C", ""), ("D", ""), ("E", "")],
         "Source: A; B; C and 2 more · made with Tidslinje"),
        ([("", "")], "Made with Tidslinje"),
        ([], "Made with Tidslinje"),
    ],
)
def test_source_line(sources, line):
    assert render.source_line(sources) == line


def test_png_presets_are_the_newsroom_sizes():
    sizes = {key: (w, h) for key, (_, w, h) in render.PNG_PRESETS.items()}
    assert sizes == {"column": (680, None), "wide": (1200, None), "square": (1080, 1080)}


@pytest.mark.parametrize("preset", list(render.PNG_PRESETS))
def test_png_to_publish_has_the_preset_size(png_server, preset):
    require_png()
    _, width, height = render.PNG_PRESETS[preset]
    fig = build_figure(sample_frame(), title="Nord-Korea 2003–2019",
                       page=Page(static=True, width=width, height=height,
                                 source="Source: NTB, 26.04.2019"))
    png = to_png(fig, width=width, height=int(fig.layout.height), scale=1)
    w, h = png_size(png)
    assert w == width and (height is None or h == height)
