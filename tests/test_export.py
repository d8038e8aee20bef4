"""timeline.export: round trips, readers that refuse garbage clearly, TimelineJS (the
HTML page and the PNG are tested in test_render.py)."""

from __future__ import annotations

import csv
import io
import json

import pandas as pd
import pytest
from frames import make_frame, sample_frame

from timeline.export import (
    CSV_COLUMNS_FIRST,
    Source,
    csv_columns,
    from_csv,
    from_json,
    json_records,
    records_to_csv,
    to_csv,
    to_embed_page,
    to_json,
    to_timelinejs,
    to_timelinejs_csv,
)
from timeline.i18n import text
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


def test_csv_is_plain_utf8_with_readable_actors_and_defused_formulas():
    data = to_csv(make_frame(NORDIC))
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")
    header = text.splitlines()[0].split(",")
    assert header[: len(CSV_COLUMNS_FIRST)] == list(CSV_COLUMNS_FIRST)
    assert header[:4] == ["doc", "date", "start", "end"] and "source" in header and "url" in header
    assert ",Brutus; Cassius," in text and ",Nord-Korea; Sør-Korea," in text
    assert '"[{""doc"": ""nyheter""' in text  # the mentions stay JSON: they are objects
    assert "'=HYPERLINK" in text and "'@home" in text and "'-1+2" in text and "''quoted'" in text
    assert "\n-0043-03-15" not in text and ",-0043-03-15," in text  # dates are not defused


def test_every_text_cell_is_defused_not_only_free_text():
    # A value that validation lets through in any text column still cannot start a formula.
    frame = make_frame([{"when": "2003", "event_id": "+x", "doc": "@d", "anchor_text": "=1",
                         "actors": ["=cmd", "Kim"]}])
    rows = list(csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8"))))
    assert (rows[0]["event_id"], rows[0]["doc"], rows[0]["anchor_text"]) == ("'+x", "'@d", "'=1")
    assert rows[0]["actors"] == "'=cmd; Kim"
    for bad in ("=", "+", "-", "@", "\t", "\r"):
        cell = to_csv(make_frame([{"when": "2003", "title": bad + "SUM(A1)", "actors": [bad + "x"]}]))
        row = next(csv.DictReader(io.StringIO(cell.decode("utf-8"))))
        assert row["title"].startswith("'") and row["actors"].startswith("'"), (bad, row)
    back = from_csv(to_csv(frame))
    assert (back.loc[0, "event_id"], back.loc[0, "doc"], back.loc[0, "anchor_text"]) == ("+x", "@d", "=1")
    assert back.loc[0, "actors"] == ["=cmd", "Kim"]


@pytest.mark.parametrize("actors", [
    ["Nord-Korea", "Russland"], [], ["A; B", "C\\D"], ["[x]", "y"], ["'quoted", "=1"], ["Sør-Korea"],
])
def test_actors_are_a_readable_list_that_reads_back(actors):
    frame = make_frame([{"when": "2019-04", "actors": actors}])
    back = from_csv(to_csv(frame))
    assert back.loc[0, "actors"] == actors


def test_actors_written_as_json_by_earlier_versions_still_read():
    data = 'event_id,start,end,actors\na#1,2003-01-01,2003-12-31,"[""Nord-Korea"", ""Russland""]"\n'
    assert from_csv(data.encode())["actors"][0] == ["Nord-Korea", "Russland"]


def test_records_share_the_writer():
    frame = make_frame(NORDIC)
    # the timeline file's records (no "how": it is said, not stored) make the CSV's cells
    columns = [c for c in csv_columns() if c != "how"]
    assert records_to_csv(_plain_records(frame), columns) == records_to_csv(
        json_records(frame), columns)
    records = [{"doc": "=a", "start": 3, "value": "-0043", "ok": True, "list": ["x"], "none": None,
                "actors": ["Kim", "Putin"]}]
    columns = ["doc", "start", "value", "ok", "list", "none", "actors", "gone"]
    assert records_to_csv(records, columns) == (
        b'doc,start,value,ok,list,none,actors,gone\n\'=a,3,-0043,true,"[""x""]",,Kim; Putin,\n'
    )


def test_how_each_date_was_read_is_said_in_the_events_language():
    frame = make_frame([
        {"when": "2019-04", "lang": "nb", "anchor": "absolute", "explanation": "April 2019"},
        {"when": "2019-04", "lang": "en", "anchor": "absolute", "explanation": "April 2019"},
        {"when": "2019-04", "lang": "", "anchor": "absolute", "explanation": "April 2019"},
    ])
    table = list(csv.DictReader(io.StringIO(to_csv(frame).decode("utf-8"))))
    assert [r["how"] for r in table] == [text("how.absolute", "nb"), text("how.absolute", "en"),
                                         text("how.absolute", "en")]
    assert text("how.absolute", "nb") != text("how.absolute", "en")
    assert [r["explanation"] for r in table] == ["April 2019"] * 3  # the engine's data stays
    assert from_csv(to_csv(frame))["explanation"].tolist() == ["April 2019"] * 3
    assert [r["how"] for r in json_records(frame)] == [r["how"] for r in table]


def _plain_records(frame: pd.DataFrame) -> list[dict]:
    return json.loads(to_json(frame))["events"]


# ------------------------------------------------------------------ sources

SOURCES = {
    "nyheter": Source(source="NTB", url="https://example.org/a?b=1&c=<2>", date="2019-04-26",
                      title="Putin «møter» Kim"),
    "oldtid_ø": Source(source="=Evil", url="javascript:alert(1)", title="Oldtid"),
}


def test_every_data_export_names_source_and_url():
    frame = make_frame(NORDIC)
    rows = list(csv.DictReader(io.StringIO(to_csv(frame, sources=SOURCES).decode("utf-8"))))
    by_doc = {r["doc"]: r for r in rows}
    assert by_doc["nyheter"]["source"] == "NTB"
    assert by_doc["nyheter"]["url"] == "https://example.org/a?b=1&c=<2>"
    assert by_doc["oldtid_ø"]["source"] == "'=Evil"  # defused like every other cell
    assert from_csv(to_csv(frame, sources=SOURCES)).equals(from_csv(to_csv(frame)))

    doc = json.loads(to_json(frame, sources=SOURCES))
    assert [e["source"] for e in doc["events"]][:3] == ["=Evil", "=Evil", "NTB"]
    assert {d["doc"]: d["url"] for d in doc["documents"]}["nyheter"] == SOURCES["nyheter"].url
    pd.testing.assert_frame_equal(from_json(to_json(frame, sources=SOURCES)), frame)

    tl = json.loads(to_timelinejs(frame, lang="nb", sources=SOURCES))
    texts = {e["unique_id"]: e["text"]["text"] for e in tl["events"]}
    news = next(t for k, t in texts.items() if "nyheter" in k or "NTB" in t)
    assert '<a href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in news
    assert "NTB, Putin «møter» Kim</a>" in news
    assert "javascript:" not in json.dumps(tl)  # not an http(s) address: named, not linked
    assert "=Evil, Oldtid" in json.dumps(tl, ensure_ascii=False)


def test_an_event_from_two_documents_names_both():
    mention = {"quote": "q", "quote_start": 0, "quote_end": 1, "timex": "t", "timex_start": 0,
               "timex_end": 1, "sentence": 0}
    frame = make_frame([{"when": "2019-04", "doc": "nyheter",
                         "mentions": [{**mention, "doc": "nyheter"}, {**mention, "doc": "wire"}]}])
    sources = {**SOURCES, "wire": Source(source="Reuters", url="https://example.com/r")}
    row = next(csv.DictReader(io.StringIO(to_csv(frame, sources=sources).decode("utf-8"))))
    assert row["source"] == "NTB; Reuters"
    assert row["url"] == "https://example.org/a?b=1&c=<2>; https://example.com/r"


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
    (b'event_id,start,end,actors\na,2003-01-01,2003-01-01,"[1, 2]"\n', "'actors' must be a list"),
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


# ------------------------------------------------------------------ TimelineJS sheet and embed page

# The header row of Knight Lab's TimelineJS Google Sheets template, as the template has it.
TEMPLATE = ["Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
            "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background"]


def sheet(frame: pd.DataFrame, **kw) -> list[dict[str, str]]:
    text = to_timelinejs_csv(frame, **kw).decode("utf-8")
    assert text.splitlines()[0].split(",") == TEMPLATE
    return list(csv.DictReader(io.StringIO(text)))


def test_timelinejs_sheet_has_the_templates_columns_and_each_dates_precision():
    frame = make_frame([
        {"when": "2003", "title": "Exit", "type": "withdrawal", "lang": "en"},
        {"when": "2009-04", "title": "Sanctions", "type": "sanctions", "lang": "en"},
        {"when": "2019-04-25", "title": "Summit", "type": "meeting", "lang": "en"},
        {"when": ("2003", "2009"), "title": "Talks", "type": "negotiations", "lang": "en"},
        {"when": "-0043-03-15", "title": "Caesar", "type": "conflict", "lang": "en"},
        {"when": "2019", "title": "Undated", "lang": "en"},
    ])
    frame.loc[5, ["start", "end"]] = ""  # kept, not plotted: an unresolved date
    rows = sheet(frame, title="Korea")
    assert rows[0]["Type"] == "title" and rows[0]["Headline"] == "Korea"
    events = {r["Headline"]: r for r in rows[1:]}
    assert "Undated" not in events  # a slide needs a date, as in the JSON
    pick = ("Year", "Month", "Day", "End Year", "End Month", "End Day")
    assert [events["Exit"][k] for k in pick] == ["2003", "", "", "", "", ""]
    assert [events["Sanctions"][k] for k in pick] == ["2009", "4", "", "", "", ""]
    assert [events["Summit"][k] for k in pick] == ["2019", "4", "25", "", "", ""]
    assert [events["Talks"][k] for k in pick] == ["2003", "", "", "2009", "", ""]
    assert events["Caesar"]["Year"] == "-43" and events["Caesar"]["Display Date"] == "15 March 44 BC"
    assert all(r["Type"] == "" for r in rows[1:])  # an empty Type is an event slide
    assert events["Sanctions"]["Group"] == "sanctions"
    # the same slides as the JSON: one source of truth
    slides = timelinejs_in(frame, "en")["events"]
    assert [r["Headline"] for r in rows[1:]] == [e["text"]["headline"] for e in slides]
    assert [r["Text"] for r in rows[1:]] == [e["text"]["text"] for e in slides]


def test_timelinejs_sheet_escapes_once_defuses_formulas_and_credits_sources():
    frame = make_frame([{"when": "2019-04", "doc": "nyheter", "lang": "nb",
                         "title": '=HYPERLINK("x") «sekspartssamtalene» & <b>',
                         "quote": "Han sa «</script>».", "actors": ["Nord-Korea", "Russland"]}])
    rows = sheet(frame, sources=SOURCES)
    event = rows[1]
    assert event["Headline"] == "'=HYPERLINK(&quot;x&quot;) «sekspartssamtalene» &amp; &lt;b&gt;"
    assert "&lt;/script&gt;" in event["Text"] and "&amp;lt;" not in event["Text"]
    assert event["Media Credit"] == "NTB"
    assert '<a href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in event["Text"]
    assert "Nord-Korea, Russland" in event["Text"]
    assert event["Display Date"] == "april 2019"  # the slides speak the documents' language


def embedded(page: str) -> dict:
    start = page.index('<script type="application/json" id="timeline-data">')
    body = page[start:].split(">", 1)[1]
    return json.loads(body[: body.index("</script>")])


@pytest.mark.parametrize(("lang", "locale"), [("nb", '"language": "nb"'), ("en", '"language": "en"')])
def test_embed_page_loads_the_json_in_knight_labs_viewer(lang, locale):
    frame = make_frame([{"when": "2009-04", "title": "Sanksjoner", "lang": lang}])
    page = to_embed_page(frame, title="Korea").decode("utf-8")
    assert page.startswith("<!DOCTYPE html>") and f'<html lang="{lang}">' in page
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert 'src="https://cdn.knightlab.com/libs/timeline3/latest/js/timeline.js"' in page
    assert 'href="https://cdn.knightlab.com/libs/timeline3/latest/css/timeline.css"' in page
    assert locale in page and 'new TL.Timeline("timeline-embed", data, options)' in page
    assert embedded(page) == json.loads(to_timelinejs(frame, title="Korea"))


def test_embed_page_cannot_be_broken_out_of():
    hostile = '</script><script>alert(1)</script><!-- «x» & \u2028'
    frame = make_frame([{"when": "2009-04", "title": hostile, "quote": hostile, "lang": "nb",
                         "doc": "nyheter"}])
    page = to_embed_page(frame, title=hostile, sources=SOURCES).decode("utf-8")
    assert page.count("<script") == 3 and page.count("</script>") == 3  # only the page's own
    script = page[page.index('id="timeline-data">'):page.index("</script>\n<script>\nvar data")]
    assert "<!--" not in script and "\u2028" not in script and "<" not in script[1:]
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(1)" in page
    data = embedded(page)
    # the slide text is HTML escaped exactly once (TimelineJS renders it as HTML)
    assert data["events"][0]["text"]["headline"].startswith("&lt;/script&gt;&lt;script&gt;")
    assert data == json.loads(to_timelinejs(frame, title=hostile, sources=SOURCES))

