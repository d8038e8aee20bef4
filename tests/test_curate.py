"""Curation, merging, filters, detail and table: pure functions on hand-made frames."""

from __future__ import annotations

import json
import random
from contextlib import suppress
from typing import Any

import pandas as pd
import pytest

import timeline
from timeline import curate, userdate
from timeline import view as views
from timeline.calendar import Day
from timeline.frame import event_docs, merge_frames, split_actors
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
        "end_year": b.end_decimal_year(),
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
    d = userdate.parse_user_date(typed)
    assert (d.value, d.start.iso(), d.end.iso(), d.granularity, d.approximate) == (
        value, start, end, grain, approx,
    )  # fmt: skip


@pytest.mark.parametrize(
    "typed", ["", "   ", "foo", "i går", "yesterday", "last year", "2009/2003", "2009-13"]
)
def test_parse_user_date_refuses(typed: str) -> None:
    with pytest.raises(ValueError, match=r"\S"):
        userdate.parse_user_date(typed)


def test_user_date_columns_are_honest_spans() -> None:
    cols = userdate.parse_user_date("2003").columns("2003")
    assert cols["start_year"] == 2003.0 and cols["end_year"] == 2004.0
    assert cols["anchor"] == "absolute" and "by hand" in cols["explanation"]


def test_parse_document_date() -> None:
    assert userdate.parse_document_date("") is None
    assert userdate.parse_document_date(" 2019-04 ").iso() == "2019-04"
    with pytest.raises(ValueError, match="not a document date"):
        userdate.parse_document_date("april")
    with pytest.raises(ValueError):
        userdate.parse_document_date("2019-02-30")


def test_split_actors() -> None:
    assert split_actors(" USA, Russland;USA\nKina ,") == ["USA", "Russland", "Kina"]
    assert split_actors(["a", " b ", ""]) == ["a", "b"]
    assert split_actors(None) == []


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


def _random_log(rng: random.Random, frame: pd.DataFrame, length: int) -> list[dict[str, Any]]:
    """Operations as a person makes them (built against the curated frame of the moment),
    mixed with stale and invalid ones."""
    dates = ["2003", "april 2009", "ca. 1905", "44 BC", "2003–2009", "1990s", "not a date", ""]
    ops: list[dict[str, Any]] = []
    current = frame
    for _ in range(length):
        ids = list(current["event_id"]) or ["a#1"]
        eid = rng.choice([*ids, "gone#9"])
        pick = rng.random()
        op: dict[str, Any]
        if pick < 0.45:
            changes = rng.choice([
                {"title": f"Tittel {rng.randint(0, 99)}"}, {"date": rng.choice(dates)},
                {"type": rng.choice(["meeting", "party"])}, {"actors": "USA, Kina"},
                {"place": "Oslo"}, {"title": " "}, {"quote": "x"}, {"title": "T", "date": "2001"},
            ])
            try:
                op = curate.make_edit_op(current, eid, changes)
            except (KeyError, ValueError):
                op = {"op": "edit", "id": eid, "changes": changes}  # as a stale file holds it
        elif pick < 0.6:
            chosen = [i for i in rng.sample(ids, min(len(ids), 2)) if i in set(current["event_id"])]
            op = curate.make_delete_op(current, chosen) if chosen else {"op": "delete", "ids": [eid]}
        elif pick < 0.75 and len(current) >= 2:
            keep, other = rng.sample(ids, 2)
            op = curate.make_merge_op(current, keep, other)
        elif pick < 0.9:
            op = curate.make_add_op(ids, title="Lagt til", date=rng.choice(["2001", "mai 2010"]),
                                    type="visit", source=rng.choice(["", "NTB"]))
        else:
            op = rng.choice([{"op": "frobnicate"}, {"op": "merge", "ids": [eid, eid]},
                             {"op": "add", "id": ids[0], "event": {"title": "x", "date": "2001"}}])
        ops.append(op)
        current, _ = curate.apply_ops(frame, ops)
    return ops


def _spelled_out(frame: pd.DataFrame, ops: list[dict[str, Any]]) -> pd.DataFrame:
    """What a log means, spelled out with the public one-change functions: each change
    finds its event by id, or by its fingerprint when the id now names another event."""

    def find(f: pd.DataFrame, eid: str, at: dict[str, Any] | None) -> str:
        rows = f[f["event_id"] == eid]
        if not at:
            if rows.empty:
                raise KeyError(eid)
            return eid
        origin = (str(at["doc"]), int(at["timex_start"]))
        if not rows.empty and (rows.iloc[0]["doc"], rows.iloc[0]["timex_start"]) == origin:
            return eid
        same = f[(f["doc"] == origin[0]) & (f["timex_start"] == origin[1])]
        if same.empty:
            raise KeyError(eid)
        return str(same.iloc[0]["event_id"])

    for op in ops:
        with suppress(KeyError, ValueError):
            if op["op"] == "edit":
                frame = curate.edit_event(frame, find(frame, op["id"], op.get("at")), op["changes"])
            elif op["op"] == "delete":
                found = []
                for eid, at in zip(op["ids"], op.get("at") or [None] * len(op["ids"]), strict=False):
                    with suppress(KeyError):
                        found.append(find(frame, eid, at))
                frame = curate.delete_events(frame, found)
            elif op["op"] == "merge":
                ats = op.get("at") or [None, None]
                keep, other = (find(frame, i, a) for i, a in zip(op["ids"], ats, strict=True))
                frame = curate.merge_events(frame, keep, other)
            elif op["op"] == "add":
                frame = curate.add_event(frame, op["id"], op["event"])
    return frame.reset_index(drop=True)


@pytest.mark.parametrize("seed", range(12))
def test_a_log_replayed_at_once_is_the_log_applied_one_change_at_a_time(
    seedlike: pd.DataFrame, seed: int
) -> None:
    # apply_ops replays a whole log at the cost of about one frame copy; the result must be
    # what the public one-change functions give, and what applying each change to the
    # previous result gives (which undo relies on: the log without its last change is the
    # timeline before that change).
    rng = random.Random(seed)
    shifted = seedlike.copy()  # and with ids shifted, so that fingerprints are followed
    shifted["event_id"] = ["a#0", "a#1", "a#2", "a#3"]
    for start in (seedlike, coerce(shifted)):
        ops = _random_log(rng, seedlike, 25)
        at_once, notes = curate.apply_ops(start, ops)
        step, step_notes = start, 0
        for op in ops:
            step, more = curate.apply_ops(step, [op])
            step_notes += len(more)
        pd.testing.assert_frame_equal(at_once, step, check_exact=True)
        pd.testing.assert_frame_equal(at_once, _spelled_out(start, ops), check_exact=True)
        assert len(notes) == step_notes
        assert validate(at_once) == []
        again, _ = curate.apply_ops(start, json.loads(json.dumps(ops)))  # as saved and reopened
        pd.testing.assert_frame_equal(again, at_once, check_exact=True)


def test_one_change_through_apply_ops_is_the_public_function(seedlike: pd.DataFrame) -> None:
    cases = [
        (curate.make_edit_op(seedlike, "a#2", {"title": "Ny", "date": "ca. 2009", "actors": "FN"}),
         curate.edit_event(seedlike, "a#2", {"title": "Ny", "date": "ca. 2009", "actors": "FN"})),
        (curate.make_delete_op(seedlike, ["a#1", "a#3"]), curate.delete_events(seedlike, ["a#1", "a#3"])),
        (curate.make_merge_op(seedlike, "a#3", "a#1"), curate.merge_events(seedlike, "a#3", "a#1")),
        (curate.make_add_op(seedlike["event_id"], title="Ny", date="1990s", source="NTB"),
         curate.add_event(seedlike, "manual#1", {"title": "Ny", "date": "1990s", "source": "NTB",
                                                  "type": "other", "actors": [], "place": "", "lang": ""})),
    ]
    for op, expected in cases:
        out, notes = curate.apply_ops(seedlike, [op])
        assert notes == []
        pd.testing.assert_frame_equal(out, expected.reset_index(drop=True), check_exact=True)


def test_edits_of_a_deleted_event_are_skipped_with_a_note(seedlike: pd.DataFrame) -> None:
    ops = [curate.make_edit_op(seedlike, "a#2", {"title": f"v{i}"}) for i in range(50)]
    ops.insert(10, curate.make_delete_op(seedlike, ["a#2"]))
    out, notes = curate.apply_ops(seedlike, ops)
    assert "a#2" not in set(out["event_id"]) and len(out) == 3
    title = seedlike.set_index("event_id").loc["a#2", "title"]
    assert len(notes) == 40
    assert notes[0].startswith(f"Change 12 (edit): event “{title}” no longer exists")


@pytest.mark.parametrize(
    "op",
    [
        "not a dict", 7, None, ["op", "edit"], {"op": ["edit"]},
        {"op": "edit", "id": "a#1", "changes": [1, 2]},
        {"op": "edit", "id": "a#1", "changes": {"actors": [1, {"x": 2}]}},
        {"op": "edit", "id": "a#1", "changes": {"date": "1" * 10_000}},
        {"op": "edit", "id": "a#1", "at": "here", "changes": {"title": "x"}},
        {"op": "edit", "id": "a#1", "at": {"doc": "a", "timex_start": "ten"}, "changes": {"title": "x"}},
        {"op": "edit", "id": "a#1", "at": {"doc": "a", "timex_start": [1]}, "changes": {"title": "x"}},
        {"op": "delete", "ids": 5}, {"op": "delete", "ids": ["a#1"], "at": 5},
        {"op": "delete", "ids": ["a#1"], "at": [{"timex_start": 10**40}]},
        {"op": "merge", "ids": ["a#1"]}, {"op": "merge", "ids": ["a#1", "a#2", "a#3"]},
        {"op": "merge"}, {"op": "add"}, {"op": "add", "id": "m", "event": "x"},
        {"op": "add", "id": "m", "event": {"title": "x", "date": "2001", "lang": "=cmd"}},
        {"op": "add", "id": "m", "event": {"title": "x", "date": "2001", "actors": 5}},
        {"op": "add", "id": "m", "event": {"title": "x", "date": "2001", "type": "=cmd"}},
    ],
)
def test_apply_ops_never_raises_on_a_damaged_change(seedlike: pd.DataFrame, op: Any) -> None:
    good = curate.make_edit_op(seedlike, "a#4", {"title": "Hanoi"})
    out, notes = curate.apply_ops(seedlike, [op, good])  # type: ignore[list-item]
    assert len(notes) == 1 and notes[0].startswith("Change 1")
    assert out.set_index("event_id").loc["a#4", "title"] == "Hanoi"  # the next change applies
    assert list(out["event_id"]) == list(seedlike["event_id"]) and validate(out) == []


def test_a_typed_date_is_parsed_once_however_often_it_is_replayed(
    seedlike: pd.DataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = userdate._parse_user_date

    def counting(text: str) -> userdate.UserDate:
        calls.append(text)
        return real(text)

    monkeypatch.setattr(userdate, "_parse_user_date", counting)
    userdate._parse_user_date_cached.cache_clear()
    ops = [curate.make_edit_op(seedlike, f"a#{1 + i % 4}", {"date": "25. april 2019"})
           for i in range(200)]
    for _ in range(3):  # three reruns of the page
        out, notes = curate.apply_ops(seedlike, ops)
    assert notes == [] and set(out["date"]) == {"2019-04-25"}
    assert calls == ["25. april 2019"]


# --------------------------------------------------------------------------- several documents


def test_merge_frames_joins_the_same_event_from_two_documents(seedlike: pd.DataFrame) -> None:
    other = frame(
        row("b#1", "2003", "2003-01-01", "2003-12-31", type="withdrawal", actors=["Nord-Korea", "USA"], quote="I 2003 trakk landet seg."),
        row("b#2", "2003", "2003-01-01", "2003-12-31", type="withdrawal", actors=["Irak"]),
        row("b#3", "2019-02", "2019-02-01", "2019-02-28", type="meeting", actors=["Trump"]),
    )  # fmt: skip
    out = merge_frames([seedlike, other])
    assert validate(out) == []
    ids = list(out["event_id"])
    assert ids == ["a#1", "a#2", "a#3", "a#4", "b#2"]
    r = out.set_index("event_id").loc["a#1"]
    assert r["n_mentions"] == 2 and [m["doc"] for m in r["mentions"]] == ["a", "b"]
    assert list(r["actors"]) == ["Nord-Korea", "USA"]
    assert event_docs(r) == ["a", "b"]


def test_merge_frames_keeps_ids_unique_and_handles_empty(seedlike: pd.DataFrame) -> None:
    assert merge_frames([]).empty
    out = merge_frames([seedlike, merge_frames([]), seedlike.assign(doc="c")])
    assert out["event_id"].is_unique


# --------------------------------------------------------------------------- filters and counts


def test_filter_options(seedlike: pd.DataFrame) -> None:
    o = views.filter_options(seedlike)
    assert o.actors[0] == "Nord-Korea"
    assert o.types == ("meeting", "sanctions", "withdrawal", "expulsion")  # in EVENT_TYPES order
    assert (o.year_min, o.year_max) == (2003, 2019)
    assert o.docs == ("a",)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (views.Filters(), ["a#1", "a#2", "a#3", "a#4"]),
        (views.Filters(years=(2004, 2010)), ["a#2", "a#3"]),
        (views.Filters(years=(2003, 2003)), ["a#1"]),
        (views.Filters(types=("meeting", "withdrawal")), ["a#1", "a#4"]),
        (views.Filters(actors=("IAEA", "Trump")), ["a#3", "a#4"]),
        (views.Filters(docs=("a",)), ["a#1", "a#2", "a#3", "a#4"]),
        (views.Filters(docs=("b",)), []),
        (views.Filters(text="inspektørene"), ["a#3"]),
        (views.Filters(text="HANOI"), ["a#4"]),
        (views.Filters(text="nord-korea sikkerhetsråd"), ["a#2"]),
        (views.Filters(years=(2000, 2010), actors=("Nord-Korea",), text="sanksjoner"), ["a#2"]),
    ],
)
def test_filter_frame(seedlike: pd.DataFrame, filters: views.Filters, expected: list[str]) -> None:
    assert list(views.filter_frame(seedlike, filters)["event_id"]) == expected


def test_count_by(seedlike: pd.DataFrame) -> None:
    assert views.count_by(seedlike, "actors")[0] == ("Nord-Korea", 3)
    assert dict(views.count_by(seedlike, "type"))["meeting"] == 1
    assert views.count_by(seedlike, "doc") == [("a", 4)]


# --------------------------------------------------------------------------- detail and table


def test_event_detail_quote_in_its_paragraph(seedlike: pd.DataFrame) -> None:
    d = views.event_detail(seedlike, "a#3", {"a": TEXT_A})
    assert d is not None and d.approximate and d.explanation.startswith("A few days")
    (m,) = d.mentions
    assert m.in_document
    assert m.quote == "Få dager senere kastet Nord-Korea ut inspektørene."
    assert m.before.startswith("De brøt sammen") and m.after == ""
    assert "Innledning" not in m.before and "Slutt" not in m.after
    assert d.when.startswith("≈ 2009-04")


def test_event_detail_without_text_or_id(seedlike: pd.DataFrame) -> None:
    assert views.event_detail(seedlike, None, {}) is None
    assert views.event_detail(seedlike, "nope", {}) is None
    d = views.event_detail(seedlike, "a#1", {})
    assert d is not None and not d.mentions[0].in_document and d.mentions[0].quote


def test_paragraph_around_falls_back_to_search() -> None:
    assert views.paragraph_around(TEXT_A, 0, 3, "Få dager senere") is not None
    assert views.paragraph_around(TEXT_A, 0, 3, "not there") is None
    assert views.paragraph_around("", 0, 1) is None


def test_escape_markdown_neutralises_markup() -> None:
    nasty = "**bold** <script>alert(1)</script> [x](javascript:1) :red[x] $x$ `c` # h ![i](http://e/i.png)"
    out = views.escape_markdown(nasty)
    for token in ("**", "<script>", "](", ":red[", "$x$", "`c`", "!["):
        assert token not in out
    assert out.replace("\\", "") == nasty


def test_highlighted_markdown() -> None:
    out = views.highlighted_markdown("Før *dette*. ", "Sitatet [1]. ", "Etter.")
    assert ":orange-background[**Sitatet \\[1\\]\\.**]" in out
    assert out.startswith("Før \\*dette\\*\\. ")


def test_event_label_and_table(seedlike: pd.DataFrame) -> None:
    assert views.event_label(seedlike.iloc[2]) == "about April 2009 · Title a#3"
    assert views.event_label(seedlike.iloc[2], lang="nb") == "ca. april 2009 · Title a#3"
    labels = views.event_labels(seedlike)
    assert list(labels) == list(seedlike["event_id"])
    assert labels["a#3"] == "about April 2009 · Title a#3"
    assert views.event_labels(seedlike, lang="nb")["a#3"] == "ca. april 2009 · Title a#3"
    t = views.table_view(seedlike)
    assert list(t["Id"]) == list(seedlike["event_id"])
    assert t.loc[1, "Actors"] == "FNs sikkerhetsråd, Nord-Korea"
    assert "Quote" in t.columns and t.loc[0, "Quote"].startswith("Quote of")
    assert views.table_view(seedlike.iloc[0:0]).empty


def test_table_in_norwegian(seedlike: pd.DataFrame) -> None:
    t = views.table_view(seedlike, "nb")
    assert list(t.columns[:5]) == ["Dato", "Fra", "Til", "Presisjon", "Tittel"]
    assert "Slik ble datoen lest" in t.columns and "Sitat" in t.columns
    row = t[t["Id"] == "a#3"].iloc[0]
    assert row["Dato"] == "ca. april 2009"
    assert "≈" not in " ".join(t["Dato"]) and "XXXX" not in " ".join(t["Dato"])
    assert set(t["Presisjon"]) <= {"dag", "måned", "år", "tiår", "uke", "årstid", "kvartal"}
    english = views.table_view(seedlike, "en")
    assert len(english.columns) == len(t.columns) == len(views.TABLE_COLUMNS)


@pytest.mark.parametrize(
    ("typed", "value", "grain"),
    [
        ("15. mars 44 f.Kr.", "BC0044-03-15", "day"),
        ("15 March 44 BC", "BC0044-03-15", "day"),
        ("March 15, 44 BC", "BC0044-03-15", "day"),
        ("mars 44 f.Kr.", "BC0044-03", "month"),
        ("ca. 15. mars 44 f.Kr.", "BC0044-03-15", "day"),
    ],
)
def test_bc_days_and_months_are_read(typed: str, value: str, grain: str) -> None:
    d = userdate.parse_user_date(typed)
    assert (d.value, d.granularity) == (value, grain)
    assert d.start.year == -43 and d.start.month == 3
    assert d.approximate == typed.startswith("ca.")


def test_a_bc_day_that_does_not_exist_is_refused() -> None:
    with pytest.raises(ValueError, match="no day 31"):
        userdate.parse_user_date("31. februar 44 f.Kr.")
    with pytest.raises(ValueError):
        userdate.parse_user_date("15. blurg 44 f.Kr.")


@pytest.mark.parametrize(
    "text, dct",
    [("Møtet var i februar.", None), ("Samtalene gikk 2018–april.", None),
     ("The summit was held in March.", None)],
)
def test_filter_options_without_any_resolved_date(text: str, dct: str | None) -> None:
    frame = timeline.extract(text, dct=dct)
    assert not frame.empty
    options = views.filter_options(frame)
    if frame["start_year"].isna().all():
        assert (options.year_min, options.year_max) == (None, None)
    assert options.types  # the other filters still work
    assert len(views.filter_frame(frame, views.Filters())) == len(frame)


def test_filter_options_ignore_unresolved_rows(seedlike: pd.DataFrame) -> None:
    unresolved = seedlike.iloc[:1].assign(start_year=float("nan"), end_year=float("nan"))
    both = pd.concat([seedlike, unresolved], ignore_index=True)
    o = views.filter_options(both)
    assert (o.year_min, o.year_max) == (2003, 2019)


@pytest.mark.parametrize(
    ("typed", "nb", "en"),
    [
        ("not a date", "«not a date» kan ikke leses som en dato.", "Could not read “not a date” as a date."),
        ("", "Datoen er tom.", "The date is empty."),
        ("2009–2003", "Tidsrommet «2009–2003» slutter før det begynner.", "The range “2009–2003” ends before it starts."),
        ("31. februar 44 f.Kr.", "Den måneden har ingen dag 31.", "There is no day 31 in that month."),
    ],
)
def test_a_refused_date_says_why_in_both_languages(typed: str, nb: str, en: str) -> None:
    with pytest.raises(userdate.UserDateError) as caught:
        userdate.parse_user_date(typed)
    assert caught.value.words("nb").startswith(nb) and "«15. mars 44 f.Kr.»" in caught.value.words("nb")
    assert str(caught.value).startswith(en) and caught.value.words("en") == str(caught.value)
    with pytest.raises(userdate.UserDateError):  # the cached answer is the same
        userdate.parse_user_date(typed)


def test_a_refused_document_date_says_why_in_both_languages() -> None:
    with pytest.raises(userdate.UserDateError) as caught:
        userdate.parse_document_date("neste år")
    assert caught.value.words("nb").startswith("«neste år» er ikke en dokumentdato.")
    assert str(caught.value).startswith("“neste år” is not a document date.")
