"""What the bundled article must give: each event the issue names, with honest dates,
its proof, and nothing from the header line or from "nå"."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline

SEED = Path(__file__).resolve().parents[1] / "data" / "000_192722d517445595.txt"


@pytest.fixture(scope="module")
def doc() -> timeline.Document:
    return timeline.read_document(SEED)


@pytest.fixture(scope="module")
def events(doc: timeline.Document) -> pd.DataFrame:
    return timeline.extract_document(doc)


def one(events: pd.DataFrame, **where: str) -> pd.Series:
    rows = events
    for column, needle in where.items():
        rows = rows[rows[column].str.contains(needle, case=False, regex=False)]
    assert len(rows) == 1, f"want one event with {where}, got {len(rows)}:\n{events[['date', 'title']]}"
    return rows.iloc[0]


def test_header_is_metadata_not_text(doc: timeline.Document, events: pd.DataFrame) -> None:
    assert str(doc.dct) == "2019-04" and doc.desk == "utenriks"
    assert doc.text.startswith("Russlands president")
    assert not events["quote"].str.contains(r"\butenriks\b").any()
    assert "nå" not in set(events["timex"])


def test_quotes_are_exact_offsets(doc: timeline.Document, events: pd.DataFrame) -> None:
    for row in events.itertuples():
        assert doc.text[row.quote_start:row.quote_end] == row.quote
        for m in row.mentions:
            assert doc.text[m["quote_start"]:m["quote_end"]] == m["quote"]
            assert doc.text[m["timex_start"]:m["timex_end"]] == m["timex"]


def test_withdrawal_2003_is_a_year(events: pd.DataFrame) -> None:
    e = one(events, title="ikkespredningsavtalen")
    assert (e.date, e.granularity, e.start, e.end) == ("2003", "year", "2003-01-01", "2003-12-31")
    assert e.type == "withdrawal" and "Nord-Korea" in e.actors
    assert e.title.startswith("Nord-Korea trakk seg")  # "landet" resolved to the state


def test_six_party_talks_span_2003_to_2009(events: pd.DataFrame) -> None:
    e = one(events, title="Sekspartsforhandlingene")
    assert e.date.startswith("2003/2009") and e.start == "2003-01-01"
    assert e.end.startswith("2009")
    assert e.type == "negotiations" and e.n_mentions == 2
    assert {"USA", "Russland", "Kina", "Japan", "Sør-Korea", "Nord-Korea"} <= set(e.actors)


def test_sanctions_april_2009(events: pd.DataFrame) -> None:
    e = one(events, type="sanctions")
    assert (e.date, e.granularity, e.approximate) == ("2009-04", "month", False)
    assert "FNs sikkerhetsråd" in e.actors


def test_expulsion_a_few_days_after_the_sanctions(events: pd.DataFrame) -> None:
    e = one(events, type="expulsion")
    assert e.approximate and e.anchor == "previous event"
    assert "april 2009" in e.anchor_text.lower() or "April 2009" in e.explanation
    assert e.explanation.startswith("a few days after")
    assert "2009-04-01" < e.start <= e.end and e.end < "2009-06-01"
    assert "IAEA" in e.actors


def test_hanoi_summit_is_one_event_with_two_mentions(events: pd.DataFrame) -> None:
    e = one(events, title="Toppmøtet")
    assert (e.date, e.granularity) == ("2019-02", "month")
    assert e.n_mentions == 2
    timexes = {m["timex"] for m in e.mentions}
    assert "februar" in timexes and any("Hanoi" in t for t in timexes)
    assert e.place == "Vietnam"


def test_vladivostok_meeting_on_thursday_month_precision(events: pd.DataFrame) -> None:
    e = one(events, place="Vladivostok")
    assert (e.date, e.granularity) == ("2019-04", "month")
    assert "Thursday" in e.explanation
    assert e.n_mentions == 2  # "torsdag" and "torsdagens møte i Vladivostok"
    assert {"Vladimir Putin", "Kim Jong-un"} <= set(e.actors)


def test_vladivostok_meeting_is_a_day_when_the_day_is_known(doc: timeline.Document) -> None:
    events = timeline.extract_document(doc, dct="2019-04-26")
    e = one(events, place="Vladivostok")
    assert (e.date, e.granularity) == ("2019-04-25", "day")


def test_meetings_with_xi_and_moon_during_the_past_year(events: pd.DataFrame) -> None:
    e = one(events, timex="det siste året")
    assert e.date == "2018-04/2019-04"
    assert (e.start, e.end) == ("2018-04-01", "2019-04-30")
    assert e.anchor == "document date"
    assert {"Xi Jinping", "Moon Jae-in", "Kim Jong-un"} <= set(e.actors)


def test_pyongyang_recently_rejected_pompeo(events: pd.DataFrame) -> None:
    e = one(events, timex="nylig")
    assert e.approximate and e.date == "PAST_REF" and e.end == "2019-04-30"
    assert "Mike Pompeo" in e.actors and e.type == "statement"


def test_talks_stalled_since_the_hanoi_summit(events: pd.DataFrame) -> None:
    e = one(events, title="stått i stampe")
    assert e.anchor == "named event" and e.start == "2019-02-01" and e.end == "2019-04-30"


def test_no_document_date_means_no_borrowed_dates(doc: timeline.Document) -> None:
    undated = timeline.parse_document(doc.text, name="x")
    events = timeline.extract_document(undated)
    assert undated.dct is None
    # Absolute years stay; "torsdag" and "i februar" cannot be placed without a date.
    assert "2003" in set(events["date"])
    thursday = events[events["timex"] == "torsdag"]
    assert thursday.empty or thursday.iloc[0]["anchor"] == "unresolved"
    assert not events["start"].fillna("").str.startswith("2019").any()


def test_frame_matches_schema(events: pd.DataFrame) -> None:
    assert timeline.validate(events) == []
