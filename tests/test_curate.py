"""Curation, merging, filters, detail and table: pure functions on hand-made frames."""

from __future__ import annotations

from typing import Any

import pandas as pd
import pytest

import timeline
from timeline import curate
from timeline.calendar import Day
from timeline.schema import coerce, column_names, validate

TEXT_A = (
    "Innledning her.\n\n"
    "De brøt sammen etter at FNs sikkerhetsråd i april 2009 varslet skjerpede sanksjoner. "
    "Få dager senere kastet Nord-Korea ut inspektørene.\n\n"
    "Slutt."
)


def _span(start: str, end: str) -> dict[str, Any]:
    a, b = Day.parse_iso(start), Day.parse_iso(end)
    return {
        "start": start,
        "end": end,
        "start_year": a.decimal_year(),
        "end_year": b.plus_days(1).decimal_year(),
    }


def row(eid: str, date: str, start: str, end: str, **kw: Any) -> dict[str, Any]:
    doc = kw.pop("doc", eid.split("#")[0])
    quote = kw.pop("quote", f"Quote of {eid}.")
    qs = kw.pop("quote_start", 0)
    base: dict[str, Any] = {
        "event_id": eid,
        "doc": doc,
        "lang": "nb",
        "date": date,
        **_span(start, end),
        "granularity": "year",
        "approximate": False,
        "mod": "",
        "anchor": "absolute",
        "anchor_text": "",
        "explanation": f"{date}: the year.",
        "timex_type": "DATE",
        "title": f"Title {eid}",
        "type": "other",
        "actors": [],
        "place": "",
        "quote": quote,
        "quote_start": qs,
        "quote_end": qs + len(quote),
        "timex": date,
        "timex_start": qs + 1,
        "timex_end": qs + 5,
        "sentence": 0,
    }
    # The one mention is the first mention's columns, as the engine writes them.
    mention = {k: base[k] for k in ("doc", "quote", "quote_start", "quote_end", "timex",
                                    "timex_start", "timex_end", "sentence")}
    base.update(kw)
    base.setdefault("mentions", [mention])
    base.setdefault("n_mentions", len(base["mentions"]))
    return base


def frame(*rows: dict[str, Any]) -> pd.DataFrame:
    return coerce(pd.DataFrame(list(rows), columns=column_names()))


@pytest.fixture
def seedlike() -> pd.DataFrame:
    q1 = "De brøt sammen etter at FNs sikkerhetsråd i april 2009 varslet skjerpede sanksjoner."
    q2 = "Få dager senere kastet Nord-Korea ut inspektørene."
    s1 = TEXT_A.index(q1)
    s2 = TEXT_A.index(q2)
    return frame(
        row("a#1", "2003", "2003-01-01", "2003-12-31", type="withdrawal", actors=["Nord-Korea"]),
        row(
            "a#2", "2009-04", "2009-04-01", "2009-04-30", type="sanctions", granularity="month",
            actors=["FNs sikkerhetsråd", "Nord-Korea"], quote=q1, quote_start=s1,
        ),
        row(
            "a#3", "2009-04", "2009-04-02", "2009-05-15", type="expulsion", approximate=True,
            actors=["Nord-Korea", "IAEA"], quote=q2, quote_start=s2,
            explanation="A few days after April 2009 (the sanctions).",
        ),
        row("a#4", "2019-02", "2019-02-01", "2019-02-28", type="meeting", actors=["Kim Jong-un", "Trump"], place="Hanoi"),
    )  # fmt: skip


# --------------------------------------------------------------------------- dates typed by people

DATES = [
    ("2003", "2003", "2003-01-01", "2003-12-31", "year", False),
    ("2009-04", "2009-04", "2009-04-01", "2009-04-30", "month", False),
    ("2019-04-25", "2019-04-25", "2019-04-25", "2019-04-25", "day", False),
    ("april 2009", "2009-04", "2009-04-01", "2009-04-30", "month", False),
    ("25. april 2019", "2019-04-25", "2019-04-25", "2019-04-25", "day", False),
    ("April 25, 2019", "2019-04-25", "2019-04-25", "2019-04-25", "day", False),
    ("1990s", "199", "1990-01-01", "1999-12-31", "decade", False),
    ("1990-tallet", "199", "1990-01-01", "1999-12-31", "decade", False),
    ("1800-tallet", "18", "1800-01-01", "1899-12-31", "century", False),
    ("44 BC", "BC0044", "-0043-01-01", "-0043-12-31", "year", False),
    ("44 f.Kr.", "BC0044", "-0043-01-01", "-0043-12-31", "year", False),
    ("ca. 1905", "1905", "1905-01-01", "1905-12-31", "year", True),
    ("rundt 1905", "1905", "1905-01-01", "1905-12-31", "year", True),
    ("2003–2009", "2003/2009", "2003-01-01", "2009-12-31", "year", False),
    ("2003-2009", "2003/2009", "2003-01-01", "2009-12-31", "year", False),
    ("1648", "1648", "1648-01-01", "1648-12-31", "year", False),
]


@pytest.mark.parametrize(("typed", "value", "start", "end", "grain", "approx"), DATES)
def test_parse_user_date(
    typed: str, value: str, start: str, end: str, grain: str, approx: bool
) -> None:
    d = curate.parse_user_date(typed)
    assert (d.value, d.start.iso(), d.end.iso(), d.granularity, d.approximate) == (
        value, start, end, grain, approx,
    )  # fmt: skip


@pytest.mark.parametrize(
    "typed", ["", "   ", "foo", "i går", "yesterday", "last year", "2009/2003", "2009-13"]
)
def test_parse_user_date_refuses(typed: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        curate.parse_user_date(typed)


def test_user_date_columns_are_honest_spans() -> None:
    cols = curate.parse_user_date("2003").columns("2003")
    assert cols["start_year"] == 2003.0 and cols["end_year"] == 2004.0
    assert cols["anchor"] == "absolute" and "by hand" in cols["explanation"]


def test_parse_document_date() -> None:
    assert curate.parse_document_date("") is None
    assert curate.parse_document_date(" 2019-04 ").iso() == "2019-04"
    with pytest.raises(ValueError, match="not a document date"):
        curate.parse_document_date("april")
    with pytest.raises(ValueError):
        curate.parse_document_date("2019-02-30")


def test_split_actors() -> None:
    assert curate.split_actors(" USA, Russland;USA\nKina ,") == ["USA", "Russland", "Kina"]
    assert curate.split_actors(["a", " b ", ""]) == ["a", "b"]
    assert curate.split_actors(None) == []


# --------------------------------------------------------------------------- operations


def test_edit_changes_one_row_and_keeps_schema(seedlike: pd.DataFrame) -> None:
    out = curate.edit_event(
        seedlike,
        "a#2",
        {
            "title": "Skjerpede sanksjoner",
            "date": "2009-04-22",
            "actors": "FN, Nord-Korea",
            "place": "New York",
            "type": "sanctions",
        },
    )
    r = out.set_index("event_id").loc["a#2"]
    assert r["title"] == "Skjerpede sanksjoner"
    assert (r["date"], r["start"], r["end"], r["granularity"]) == (
        "2009-04-22",
        "2009-04-22",
        "2009-04-22",
        "day",
    )
    assert list(r["actors"]) == ["FN", "Nord-Korea"] and r["place"] == "New York"
    assert validate(out) == []
    assert seedlike.set_index("event_id").loc["a#2", "title"] == "Title a#2"  # not in place
    assert list(out["event_id"]) == list(seedlike["event_id"])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"date": "foo"}, "Could not read"),
        ({"title": "  "}, "empty"),
        ({"type": "party"}, "Unknown event type"),
        ({"quote": "x"}, "Cannot edit"),
    ],
)
def test_edit_refuses_bad_input(
    seedlike: pd.DataFrame, changes: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        curate.edit_event(seedlike, "a#1", changes)


def test_edit_unknown_id(seedlike: pd.DataFrame) -> None:
    with pytest.raises(KeyError):
        curate.edit_event(seedlike, "zz#9", {"title": "x"})


def test_delete_and_merge(seedlike: pd.DataFrame) -> None:
    out = curate.delete_events(seedlike, ["a#1", "a#4"])
    assert list(out["event_id"]) == ["a#2", "a#3"]
    merged = curate.merge_events(seedlike, "a#2", "a#3")
    assert list(merged["event_id"]) == ["a#1", "a#2", "a#4"]
    r = merged.set_index("event_id").loc["a#2"]
    assert r["n_mentions"] == 2 and len(r["mentions"]) == 2
    assert list(r["actors"]) == ["FNs sikkerhetsråd", "Nord-Korea", "IAEA"]
    assert r["date"] == "2009-04" and r["type"] == "sanctions"
    with pytest.raises(ValueError):
        curate.merge_events(seedlike, "a#2", "a#2")
    assert validate(merged) == []


def test_add_event_by_hand(seedlike: pd.DataFrame) -> None:
    op = curate.make_add_op(
        seedlike["event_id"], title="Toppmøtet i Singapore", date="2018-06-12", type="meeting",
        actors="Kim Jong-un, Trump", place="Singapore", source="Wikipedia",
    )  # fmt: skip
    assert op["id"] == "manual#1"
    out, notes = curate.apply_ops(seedlike, [op])
    assert notes == []
    r = out.set_index("event_id").loc["manual#1"]
    assert (r["start"], r["granularity"], r["doc"], r["quote"]) == (
        "2018-06-12",
        "day",
        curate.MANUAL_DOC,
        "Wikipedia",
    )
    assert validate(out) == []
    assert curate.make_add_op(out["event_id"], title="x", date="2001")["id"] == "manual#2"
    with pytest.raises(ValueError, match="title"):
        curate.make_add_op([], title=" ", date="2001")
    with pytest.raises(ValueError, match="Could not read"):
        curate.make_add_op([], title="x", date="someday")


def test_apply_ops_in_order_and_survives_stale_ops(seedlike: pd.DataFrame) -> None:
    ops = [
        curate.make_edit_op(seedlike, "a#1", {"title": "Trakk seg fra NPT"}),
        {"op": "edit", "id": "gone#1", "changes": {"title": "x"}},
        {"op": "edit", "id": "a#2", "changes": {"date": "not a date"}},
        curate.make_delete_op(seedlike, ["a#4"]),
        {"op": "frobnicate"},
    ]
    out, notes = curate.apply_ops(seedlike, ops)
    assert list(out["event_id"]) == ["a#1", "a#2", "a#3"]
    assert out.loc[0, "title"] == "Trakk seg fra NPT"
    assert len(notes) == 3 and any("gone#1" in n for n in notes)
    assert curate.apply_ops(seedlike, [])[0] is seedlike


def test_ops_follow_the_event_when_ids_shift(seedlike: pd.DataFrame) -> None:
    op = curate.make_edit_op(seedlike, "a#2", {"title": "Sanksjonene"})
    # A newer engine finds one more event earlier in the document: the ids shift by one.
    shifted = seedlike.copy()
    shifted["event_id"] = ["a#2", "a#3", "a#4", "a#5"]
    out, notes = curate.apply_ops(shifted, [op])
    assert notes == []
    assert out.set_index("event_id").loc["a#3", "title"] == "Sanksjonene"
    assert out.set_index("event_id").loc["a#2", "title"] == "Title a#1"


def test_ops_are_json(seedlike: pd.DataFrame) -> None:
    import json

    ops = [
        curate.make_edit_op(seedlike, "a#1", {"actors": ["X"]}),
        curate.make_merge_op(seedlike, "a#2", "a#3"),
        curate.make_delete_op(seedlike, ["a#4"]),
        curate.make_add_op(seedlike["event_id"], title="t", date="2001"),
    ]
    again = json.loads(json.dumps(ops))
    a, _ = curate.apply_ops(seedlike, ops)
    b, _ = curate.apply_ops(seedlike, again)
    pd.testing.assert_frame_equal(a, b)


# --------------------------------------------------------------------------- several documents


def test_merge_frames_joins_the_same_event_from_two_documents(seedlike: pd.DataFrame) -> None:
    other = frame(
        row("b#1", "2003", "2003-01-01", "2003-12-31", type="withdrawal", actors=["Nord-Korea", "USA"], quote="I 2003 trakk landet seg."),
        row("b#2", "2003", "2003-01-01", "2003-12-31", type="withdrawal", actors=["Irak"]),
        row("b#3", "2019-02", "2019-02-01", "2019-02-28", type="meeting", actors=["Trump"]),
    )  # fmt: skip
    out = curate.merge_frames([seedlike, other])
    assert validate(out) == []
    ids = list(out["event_id"])
    assert ids == ["a#1", "a#2", "a#3", "a#4", "b#2"]
    r = out.set_index("event_id").loc["a#1"]
    assert r["n_mentions"] == 2 and [m["doc"] for m in r["mentions"]] == ["a", "b"]
    assert list(r["actors"]) == ["Nord-Korea", "USA"]
    assert curate.event_docs(r) == ["a", "b"]


def test_merge_frames_keeps_ids_unique_and_handles_empty(seedlike: pd.DataFrame) -> None:
    assert curate.merge_frames([]).empty
    out = curate.merge_frames([seedlike, curate.merge_frames([]), seedlike.assign(doc="c")])
    assert out["event_id"].is_unique


# --------------------------------------------------------------------------- filters and counts


def test_filter_options(seedlike: pd.DataFrame) -> None:
    o = curate.filter_options(seedlike)
    assert o.actors[0] == "Nord-Korea"
    assert o.types == ("meeting", "sanctions", "withdrawal", "expulsion")  # in EVENT_TYPES order
    assert (o.year_min, o.year_max) == (2003, 2019)
    assert o.docs == ("a",)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (curate.Filters(), ["a#1", "a#2", "a#3", "a#4"]),
        (curate.Filters(years=(2004, 2010)), ["a#2", "a#3"]),
        (curate.Filters(years=(2003, 2003)), ["a#1"]),
        (curate.Filters(types=("meeting", "withdrawal")), ["a#1", "a#4"]),
        (curate.Filters(actors=("IAEA", "Trump")), ["a#3", "a#4"]),
        (curate.Filters(docs=("a",)), ["a#1", "a#2", "a#3", "a#4"]),
        (curate.Filters(docs=("b",)), []),
        (curate.Filters(text="inspektørene"), ["a#3"]),
        (curate.Filters(text="HANOI"), ["a#4"]),
        (curate.Filters(text="nord-korea sikkerhetsråd"), ["a#2"]),
        (curate.Filters(years=(2000, 2010), actors=("Nord-Korea",), text="sanksjoner"), ["a#2"]),
    ],
)
def test_filter_frame(seedlike: pd.DataFrame, filters: curate.Filters, expected: list[str]) -> None:
    assert list(curate.filter_frame(seedlike, filters)["event_id"]) == expected


def test_count_by(seedlike: pd.DataFrame) -> None:
    assert curate.count_by(seedlike, "actors")[0] == ("Nord-Korea", 3)
    assert dict(curate.count_by(seedlike, "type"))["meeting"] == 1
    assert curate.count_by(seedlike, "doc") == [("a", 4)]


# --------------------------------------------------------------------------- detail and table


def test_event_detail_quote_in_its_paragraph(seedlike: pd.DataFrame) -> None:
    d = curate.event_detail(seedlike, "a#3", {"a": TEXT_A})
    assert d is not None and d.approximate and d.explanation.startswith("A few days")
    (m,) = d.mentions
    assert m.in_document
    assert m.quote == "Få dager senere kastet Nord-Korea ut inspektørene."
    assert m.before.startswith("De brøt sammen") and m.after == ""
    assert "Innledning" not in m.before and "Slutt" not in m.after
    assert d.when.startswith("≈ 2009-04")


def test_event_detail_without_text_or_id(seedlike: pd.DataFrame) -> None:
    assert curate.event_detail(seedlike, None, {}) is None
    assert curate.event_detail(seedlike, "nope", {}) is None
    d = curate.event_detail(seedlike, "a#1", {})
    assert d is not None and not d.mentions[0].in_document and d.mentions[0].quote


def test_paragraph_around_falls_back_to_search() -> None:
    assert curate.paragraph_around(TEXT_A, 0, 3, "Få dager senere") is not None
    assert curate.paragraph_around(TEXT_A, 0, 3, "not there") is None
    assert curate.paragraph_around("", 0, 1) is None


def test_escape_markdown_neutralises_markup() -> None:
    nasty = "**bold** <script>alert(1)</script> [x](javascript:1) :red[x] $x$ `c` # h ![i](http://e/i.png)"
    out = curate.escape_markdown(nasty)
    for token in ("**", "<script>", "](", ":red[", "$x$", "`c`", "!["):
        assert token not in out
    assert out.replace("\\", "") == nasty


def test_highlighted_markdown() -> None:
    out = curate.highlighted_markdown("Før *dette*. ", "Sitatet [1]. ", "Etter.")
    assert ":orange-background[**Sitatet \\[1\\]\\.**]" in out
    assert out.startswith("Før \\*dette\\*\\. ")


def test_event_label_and_table(seedlike: pd.DataFrame) -> None:
    assert curate.event_label(seedlike.iloc[2]) == "≈2009-04 · Title a#3"
    labels = curate.event_labels(seedlike)
    assert list(labels) == list(seedlike["event_id"]) and labels["a#3"] == "≈2009-04 · Title a#3"
    t = curate.table_view(seedlike)
    assert list(t["Id"]) == list(seedlike["event_id"])
    assert t.loc[1, "Actors"] == "FNs sikkerhetsråd, Nord-Korea"
    assert "Quote" in t.columns and t.loc[0, "Quote"].startswith("Quote of")
    assert curate.table_view(seedlike.iloc[0:0]).empty


@pytest.mark.parametrize(
    "text, dct",
    [("Møtet var i februar.", None), ("Samtalene gikk 2018–april.", None),
     ("The summit was held in March.", None)],
)
def test_filter_options_without_any_resolved_date(text: str, dct: str | None) -> None:
    frame = timeline.extract(text, dct=dct)
    assert not frame.empty
    options = curate.filter_options(frame)
    if frame["start_year"].isna().all():
        assert (options.year_min, options.year_max) == (None, None)
    assert options.types  # the other filters still work
    assert len(curate.filter_frame(frame, curate.Filters())) == len(frame)


def test_filter_options_ignore_unresolved_rows(seedlike: pd.DataFrame) -> None:
    unresolved = seedlike.iloc[:1].assign(start_year=float("nan"), end_year=float("nan"))
    both = pd.concat([seedlike, unresolved], ignore_index=True)
    o = curate.filter_options(both)
    assert (o.year_min, o.year_max) == (2003, 2019)
