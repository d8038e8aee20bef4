"""timeline.export: round trips, readers that refuse garbage clearly, TimelineJS, HTML, PNG.

The PNG tests need Chrome/Chromium. Outside CI they skip when it is missing; with the
environment variable CI set they FAIL instead, so a CI image without Chromium is noticed.
"""

from __future__ import annotations

import json
import os
import struct
import zlib

import pandas as pd
import plotly.graph_objects as go
import pytest
from frames import make_frame, sample_frame

from timeline import export
from timeline.export import (
    check_png_size,
    from_csv,
    from_json,
    png_available,
    records_to_csv,
    start_png_server,
    stop_png_server,
    to_csv,
    to_html,
    to_json,
    to_png,
    to_timelinejs,
)
from timeline.figure import Page, build_figure
from timeline.schema import empty_frame, validate

NORDIC = [
    {"when": "-0043-03-15", "title": "Cæsar myrdes – «Et tu, Brute?»", "type": "conflict",
     "actors": ["Brutus", "Cassius"], "place": "Roma", "doc": "oldtid_ø",
     "quote": "På idus i mars ble Cæsar drept i Pompeius’ teater.", "timex": "15. mars 44 f.Kr."},
    {"when": ("1648", "1649"), "approximate": True, "title": "Freden i Westfalen",
     "type": "agreement", "actors": [], "place": "Münster/Osnabrück", "doc": "oldtid_ø",
     "explanation": "rundt 1648", "anchor": "absolute"},
    {"when": "2019-04", "title": "Ærlig talt: «Å» og ø", "actors": ["Nord-Korea", "Sør-Korea"],
     "lang": "nb", "doc": "nyheter",
     "mentions": [{"doc": "nyheter", "quote": "Første", "quote_start": 0, "quote_end": 6,
                   "timex": "april", "timex_start": 1, "timex_end": 6, "sentence": 0},
                  {"doc": "nyheter", "quote": "Andre", "quote_start": 10, "quote_end": 15,
                   "timex": "i april", "timex_start": 11, "timex_end": 15, "sentence": 1}]},
    {"when": "2003", "title": "=HYPERLINK(\"http://evil\")", "quote": "-1+2", "place": "@home",
     "explanation": "'quoted'"},
]


def frames() -> list[pd.DataFrame]:
    return [sample_frame(), make_frame(NORDIC), empty_frame()]


# ------------------------------------------------------------------ round trips


@pytest.mark.parametrize("frame", frames(), ids=["sample", "nordic-bc", "empty"])
@pytest.mark.parametrize(("write", "read"), [(to_json, from_json), (to_csv, from_csv)], ids=["json", "csv"])
def test_round_trip_is_exact(frame, write, read):
    back = read(write(frame))
    assert validate(back) == []
    pd.testing.assert_frame_equal(back, frame, check_exact=True)


def test_round_trip_keeps_nordic_text_and_bc_dates():
    frame = make_frame(NORDIC)
    for back in (from_json(to_json(frame)), from_csv(to_csv(frame))):
        assert back.loc[0, "start"] == "-0043-03-15"
        assert back.loc[0, "title"] == "Cæsar myrdes – «Et tu, Brute?»"
        assert back.loc[0, "actors"] == ["Brutus", "Cassius"]
        assert back.loc[2, "mentions"][1]["timex"] == "i april"
        assert back.loc[1, "approximate"]


def test_json_document_shape():
    doc = json.loads(to_json(make_frame(NORDIC)).decode("utf-8"))
    assert doc["format"] == "tidslinje" and doc["version"] == 1
    first = doc["events"][0]
    assert first["actors"] == ["Brutus", "Cassius"]  # lists stay lists
    assert isinstance(first["start_year"], float) and isinstance(first["n_mentions"], int)
    assert "ø" in to_json(make_frame(NORDIC)).decode("utf-8")  # UTF-8, not \\u escapes


def test_csv_is_plain_utf8_with_json_lists_and_defused_formulas():
    data = to_csv(make_frame(NORDIC))
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    header = text.splitlines()[0].split(",")
    assert header[:3] == ["event_id", "doc", "lang"]
    assert '"[""Brutus"", ""Cassius""]"' in text
    assert "'=HYPERLINK" in text and "'@home" in text and "'-1+2" in text and "''quoted'" in text
    assert "\n-0043-03-15" not in text and ",-0043-03-15," in text  # dates are not defused


def test_every_text_cell_is_defused_not_only_free_text():
    # A value that validation lets through in any text column still cannot start a formula.
    frame = make_frame([{"when": "2003", "event_id": "+x", "doc": "@d", "anchor_text": "=1",
                         "actors": ["=cmd"]}])
    text = to_csv(frame).decode("utf-8")
    assert "\n'+x,'@d," in text and ",'=1," in text and '"[""=cmd""]"' in text
    back = from_csv(text.encode("utf-8"))
    assert (back.loc[0, "event_id"], back.loc[0, "doc"], back.loc[0, "anchor_text"]) == ("+x", "@d", "=1")
    assert back.loc[0, "actors"] == ["=cmd"]


def test_csv_first_columns_and_records_share_the_writer():
    frame = make_frame(NORDIC)
    first = ["doc", "date", "title"]
    text = to_csv(frame, first=first).decode("utf-8")
    header = text.splitlines()[0].split(",")
    assert header[:3] == first and sorted(header) == sorted(frame.columns)
    pd.testing.assert_frame_equal(from_csv(text.encode("utf-8")), frame, check_exact=True)
    records = [{"doc": "=a", "start": 3, "value": "-0043", "ok": True, "list": ["x"], "none": None}]
    assert records_to_csv(records, ["doc", "start", "value", "ok", "list", "none", "gone"]) == (
        b'doc,start,value,ok,list,none,gone\n\'=a,3,-0043,true,"[""x""]",,\n'
    )


def test_from_csv_accepts_a_bom_and_missing_optional_columns():
    frame = from_csv("\ufeffevent_id,start,end,title\na#1,2003-01-01,2003-12-31,Exit\n".encode())
    assert validate(frame) == []
    assert frame.loc[0, "title"] == "Exit" and frame.loc[0, "actors"] == []
    assert abs(frame.loc[0, "end_year"] - 2004.0) < 1e-9


# ------------------------------------------------------------------ bad input

JSON_GARBAGE = [
    (b"", "empty"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (b"{not json", "not JSON"),
    (b"[1, 2]", "expected a JSON object"),
    (b'{"format": "excel"}', "\"format\" is 'excel'"),
    (b'{"events": [{"start_date": {"year": 2003}}]}', "TimelineJS"),
    (b'{"format": "tidslinje", "version": 9, "events": []}', "newer version"),
    (b'{"format": "tidslinje", "version": "1", "events": []}', "version"),
    (b'{"format": "tidslinje", "version": 1, "events": {}}', "must be a list"),
    (b'{"format": "tidslinje", "version": 1, "events": [3]}', "must be an object"),
    (b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "a"}]}', "missing start, end"),
    (b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "a", "start": "2003-02-30", "end": "2003-03-01"}]}',
     "'start' is not an ISO date"),
    (b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "a", "start": "2004-01-01", "end": "2003-01-01"}]}',
     "before 'start'"),
    (b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "a", "start": "2003-01-01", "end": "2003-01-01", "actors": "Kim"}]}',
     "'actors' must be a list"),
    (b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "a", "start": "2003-01-01", "end": "2003-01-01", "n_mentions": "two"}]}',
     "'n_mentions' must be a whole number"),
    (b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "a", "start": "2003-01-01", "end": "2003-01-01"},'
     b' {"event_id": "a", "start": "2003-01-01", "end": "2003-01-01"}]}', "repeats"),
    (b"[" * 100_000 + b"]" * 100_000, "nested more than 32 levels"),
    (b'{"format": "tidslinje", "version": 1, "events": ' + b"[" * 40 + b"]" * 40 + b"}",
     "nested more than 32 levels"),
]

_EVENT = {"event_id": "a#1", "start": "2003-01-01", "end": "2003-12-31"}
# Fields of an opened file that are checked against the schema, and a bad value of each.
BAD_FIELDS = [
    ("lang", "=HYPERLINK(\"x\")", "'lang' is '=HYPERLINK"),
    ("lang", "de", "expected one of 'en', 'nb' or empty"),
    ("date", "=1+1", "'date' must be a TIMEX3 value"),
    ("date", "<b>2003</b>", "'date' must be a TIMEX3 value"),
    ("date", "2003" * 20, "'date' must be a TIMEX3 value"),
    ("type", "@SUM(A1)", "'type' must be an event type"),
    ("type", "Meeting of minds", "'type' must be an event type"),
    ("granularity", "fortnight", "'granularity' is 'fortnight'"),
    ("anchor", "+cmd", "'anchor' is '+cmd'"),
    ("timex_type", "date", "'timex_type' is 'date'"),
    ("mod", "=cmd", "'mod' must be a TIMEX3 modifier"),
    ("title", "\ud800", "'title' holds broken characters"),
    ("actors", ["\udfff"], "'actors' holds broken characters"),
    ("quote_start", 10**30, "'quote_start' must be a whole number from -1"),
    ("sentence", -5, "'sentence' must be a whole number from -1"),
    ("n_mentions", True, "'n_mentions' must be a whole number"),
    ("mentions", [{"quote_start": "ten"}], "'mentions.quote_start' must be a whole number"),
    ("mentions", [{"quote": ["x"]}], "'mentions.quote' must be text"),
    ("mentions", [{"note": {"deep": 1}}], "'mentions.note' must be text"),
    ("mentions", [3], "'mentions' must be a list of objects"),
]


@pytest.mark.parametrize(("field", "value", "message"), BAD_FIELDS)
def test_opened_events_are_checked_field_by_field(field, value, message):
    data = json.dumps({"format": "tidslinje", "version": 1, "events": [{**_EVENT, field: value}]})
    with pytest.raises(ValueError) as info:
        from_json(data.encode("utf-8"))
    assert message in str(info.value) and "event 1" in str(info.value)


@pytest.mark.parametrize(("field", "value"), [
    ("lang", ""), ("lang", "nb"), ("date", "BC0044"), ("date", "XXXX-02"), ("date", "2003/2009"),
    ("date", "-0044-03"), ("date", "2018-SP"), ("date", ""), ("type", "negotiations"),
    ("type", "summit"), ("granularity", "half-year"), ("granularity", ""), ("anchor", "previous event"),
    ("mod", "APPROX"), ("quote_start", -1), ("quote_start", 12.0),
    ("mentions", [{"doc": "a", "quote": "q", "quote_start": 0, "extra": 1.5}]),
])
def test_values_the_app_writes_are_accepted(field, value):
    data = json.dumps({"format": "tidslinje", "version": 1, "events": [{**_EVENT, field: value}]})
    frame = from_json(data.encode("utf-8"))
    assert validate(frame) == [] and len(frame) == 1


def test_decimal_years_are_derived_from_start_and_end_not_trusted():
    data = json.dumps({"format": "tidslinje", "version": 1, "events": [
        {**_EVENT, "start_year": -9e99, "end_year": 1e308}]})
    frame = from_json(data.encode("utf-8"))
    assert frame.loc[0, "start_year"] == 2003.0 and frame.loc[0, "end_year"] == 2004.0


def test_csv_reader_checks_the_same_fields():
    data = b"event_id,start,end,lang,date\na#1,2003-01-01,2003-12-31,xx,2003\n"
    with pytest.raises(ValueError, match="row 2: 'lang' is 'xx'"):
        from_csv(data)
    nested = "event_id,start,end,actors\na#1,2003-01-01,2003-12-31,\"" + "[" * 5000 + "\"\n"
    with pytest.raises(ValueError, match="'actors' must be a list"):
        from_csv(nested.encode())


@pytest.mark.parametrize(("data", "message"), JSON_GARBAGE)
def test_from_json_refuses_garbage_clearly(data, message):
    with pytest.raises(ValueError) as info:
        from_json(data)
    assert message in str(info.value)


CSV_GARBAGE = [
    (b"", "empty"),
    (b"\xff\xfe\x00", "not UTF-8"),
    (b"name,age\nKim,37\n", "no column(s) event_id, start, end"),
    (b"event_id,start,end\na,2003-01-01,2003-01-01\nb,yesterday,2003-01-01\n", "row 3: 'start' is not an ISO date"),
    (b"event_id,start,end,start_year\na,2003-01-01,2003-01-01,soon\n", "'start_year' must be a number"),
    (b"event_id,start,end,actors\na,2003-01-01,2003-01-01,Kim\n", "'actors' must be a list"),
    (b"event_id,start,end,approximate\na,2003-01-01,2003-01-01,maybe\n", "'approximate' must be true or false"),
]


@pytest.mark.parametrize(("data", "message"), CSV_GARBAGE)
def test_from_csv_refuses_garbage_clearly(data, message):
    with pytest.raises(ValueError) as info:
        from_csv(data)
    assert message in str(info.value)


def test_unresolved_dates_are_kept_not_refused():
    frame = make_frame([{"when": "2003"}, {"when": "2004"}])
    frame.loc[1, ["start", "end"]] = ["", ""]
    frame.loc[1, ["start_year", "end_year"]] = [float("nan"), float("nan")]
    pd.testing.assert_frame_equal(from_json(to_json(frame)), frame, check_exact=True)


# ------------------------------------------------------------------ TimelineJS


def timelinejs(frame: pd.DataFrame, title: str = "Korea") -> dict:
    return json.loads(to_timelinejs(frame, title=title).decode("utf-8"))


def test_timelinejs_structure():
    doc = timelinejs(sample_frame())
    assert doc["title"]["text"]["headline"] == "Korea"
    assert len(doc["events"]) == 8
    for slide in doc["events"]:
        assert {"start_date", "text", "group", "unique_id"} <= slide.keys()
        assert {"headline", "text"} <= slide["text"].keys()
        assert isinstance(slide["start_date"]["year"], int)
        assert slide["start_date"]["display_date"]
    ids = [s["unique_id"] for s in doc["events"]]
    assert len(set(ids)) == len(ids) and all("#" not in i for i in ids)


@pytest.mark.parametrize(
    ("when", "start", "end"),
    [
        ("2003", {"year": 2003}, None),
        ("2009-04", {"year": 2009, "month": 4}, None),
        ("2019-04-25", {"year": 2019, "month": 4, "day": 25}, None),
        (("2003", "2009"), {"year": 2003}, {"year": 2009}),
        (("2019-02", "2019-04"), {"year": 2019, "month": 2}, {"year": 2019, "month": 4}),
        ("-0043-03-15", {"year": -43, "month": 3, "day": 15}, None),
        ("-0043", {"year": -43}, None),
    ],
)
def test_timelinejs_dates_have_only_their_precision(when, start, end):
    slide = timelinejs(make_frame([{"when": when}]))["events"][0]
    got = {k: v for k, v in slide["start_date"].items() if k != "display_date"}
    assert got == start
    if end is None:
        assert "end_date" not in slide
    else:
        assert {k: v for k, v in slide["end_date"].items() if k != "display_date"} == end


def test_timelinejs_text_is_escaped_and_sourced():
    frame = make_frame([{"when": "2009-04", "title": "<b>Sanctions</b>", "approximate": True,
                         "quote": "He said <script>alert(1)</script>.", "doc": "wire<1>",
                         "actors": ["UN <SC>"], "timex": "i april 2009"}])
    slide = timelinejs(frame, title="<i>T</i>")["events"][0]
    assert slide["text"]["headline"] == "&lt;b&gt;Sanctions&lt;/b&gt;"
    body = slide["text"]["text"]
    assert "<script>" not in body and "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<blockquote>" in body and "wire&lt;1&gt;" in body and "UN &lt;SC&gt;" in body
    assert "“i april 2009”" in body
    assert slide["display_date"] == "about April 2009"
    assert timelinejs(frame, title="<i>T</i>")["title"]["text"]["headline"] == "&lt;i&gt;T&lt;/i&gt;"


def test_timelinejs_words_follow_the_document_language():
    slide = timelinejs(make_frame([{"when": "2009-04", "lang": "nb"}]))["events"][0]
    assert slide["start_date"]["display_date"] == "april 2009"
    assert "<b>Når:</b>" in slide["text"]["text"]


@pytest.mark.parametrize(
    ("lang", "when", "said", "how", "group"),
    [
        ("nb", "Når", "skrevet «i april 2009»", "Står fullt ut i teksten.", "sanksjoner"),
        ("en", "When", "written “i april 2009”", "Written in full in the text.", "sanctions"),
    ],
)
def test_timelinejs_slides_speak_one_language(lang, when, said, how, group):
    """No mix: 'Når: 2003 (year) … the year 2003' was what the slides said before."""
    frame = make_frame([{"when": "2009-04", "lang": "nb", "type": "sanctions",
                         "timex": "i april 2009", "explanation": "April 2009"},
                        {"when": "-0043", "lang": "en", "explanation": "the year 44 BC"}])
    doc = timelinejs_in(frame, lang)
    first, second = doc["events"]
    body = first["text"]["text"]
    assert f"<b>{when}:</b>" in body and said in body and how in body
    assert first["group"] == group
    assert "(month)" not in body and "(måned)" not in body and "April 2009." not in body
    assert second["display_date"] == ("44 f.Kr." if lang == "nb" else "44 BC")
    assert second["start_date"]["display_date"] == second["display_date"]
    assert "the year" not in json.dumps(doc)


def timelinejs_in(frame: pd.DataFrame, lang: str) -> dict:
    return json.loads(to_timelinejs(frame, title="Korea", lang=lang).decode("utf-8"))


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
    monkeypatch.setattr(export, "_render", lambda fig, **size: b"u\xabZ")
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

    def render(fig, **size):
        calls.append(size)
        if broken[0] is True or (broken[0] == "once" and len(calls) == 1):
            raise FIRST_RENDER_ERROR
        return FAKE_PNG

    monkeypatch.setattr(export, "_render", render)
    monkeypatch.setattr(export, "_find_browser", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(export, "_probe_ok", None)
    monkeypatch.setattr(export.time, "sleep", lambda seconds: None)
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
    bc = build_figure(make_frame(NORDIC))
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
    assert export.source_line(sources) == line


def test_png_presets_are_the_newsroom_sizes():
    sizes = {key: (w, h) for key, (_, w, h) in export.PNG_PRESETS.items()}
    assert sizes == {"column": (680, None), "wide": (1200, None), "square": (1080, 1080)}


@pytest.mark.parametrize("preset", list(export.PNG_PRESETS))
def test_png_to_publish_has_the_preset_size(png_server, preset):
    require_png()
    _, width, height = export.PNG_PRESETS[preset]
    fig = build_figure(sample_frame(), title="Nord-Korea 2003–2019",
                       page=Page(static=True, width=width, height=height,
                                 source="Source: NTB, 26.04.2019"))
    png = to_png(fig, width=width, height=int(fig.layout.height), scale=1)
    w, h = png_size(png)
    assert w == width and (height is None or h == height)
