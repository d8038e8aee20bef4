"""One world, two languages: a Norwegian and an English report of the same events merge
into one event per real-world event, with every quote, and one actor per real-world
actor. The texts are written for these tests from the public record of the events."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline import curate
from timeline import view as views
from timeline.frame import merge_frames

SEED = Path(__file__).resolve().parents[1] / "data" / "000_192722d517445595.txt"

NB = """date: 2019-04-26

Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok 25. april 2019. Toppmøtet mellom Kim og USAs president Donald Trump i Hanoi i februar 2019 endte uten avtale. Nord-Korea trakk seg fra ikkespredningsavtalen i 2003. Russland og Nord-Korea undertegnet en avtale 25. april 2019."""

EN = """date: 2019-04-26

Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on April 25, 2019. The summit between Kim and US President Donald Trump in Hanoi in February 2019 ended without a deal. North Korea withdrew from the Non-Proliferation Treaty in 2003. Russia and North Korea signed an agreement on April 25, 2019."""

EN_REPORT = """date: 2019-04

Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on Thursday and called for a return to the six-party talks.

The six-party talks began in August 2003 and collapsed in April 2009, after the UN Security Council announced tougher sanctions against North Korea. North Korea had withdrawn from the Non-Proliferation Treaty in 2003.

Kim's summit with US President Donald Trump in Vietnam in February ended without an agreement."""


def docs_of(row: pd.Series) -> set[str]:
    return {m["doc"] for m in row["mentions"]}


@pytest.fixture(scope="module")
def pair() -> pd.DataFrame:
    return merge_frames([timeline.extract(NB, doc="nb.txt"),
                                timeline.extract(EN, doc="en.txt")])


def test_each_real_world_event_is_one_row_with_both_quotes(pair: pd.DataFrame) -> None:
    assert sorted(zip(pair["date"], pair["type"], strict=True)) == [
        ("2003", "withdrawal"), ("2019-02", "meeting"), ("2019-04-25", "agreement"),
        ("2019-04-25", "meeting")]
    for _, row in pair.iterrows():
        assert docs_of(row) == {"nb.txt", "en.txt"}, row["title"]
        assert row["n_mentions"] == 2


def test_each_real_world_actor_is_one_actor(pair: pd.DataFrame) -> None:
    actors = views.filter_options(pair).actors
    assert len(actors) == len({a.casefold() for a in actors})
    assert {"Nord-Korea", "Russland", "Kim Jong-un", "Vladimir Putin", "Donald Trump"} <= set(actors)
    assert not {"North Korea", "Russia", "Kim Jong Un", "United States"} & set(actors)
    meeting = pair[(pair["type"] == "meeting") & (pair["date"] == "2019-04-25")].iloc[0]
    assert set(meeting["actor_ids"]) == {"russia", "vladimir-putin", "north-korea",
                                         "kim-jong-un"}
    assert meeting["place"] == "Vladivostok" and meeting["place_id"] == "vladivostok"


def test_the_timeline_can_be_named_in_english() -> None:
    merged = merge_frames([timeline.extract(NB, doc="nb.txt"),
                                  timeline.extract(EN, doc="en.txt")], lang="en")
    actors = set(views.filter_options(merged).actors)
    assert {"North Korea", "Russia", "United States"} <= actors
    assert not {"Nord-Korea", "Russland", "USA"} & actors


def test_an_english_report_beside_the_bundled_article() -> None:
    seed = timeline.extract_document(timeline.read_document(SEED))
    merged = merge_frames([seed, timeline.extract(EN_REPORT, doc="en.txt")])
    both = merged[merged["mentions"].map(lambda ms: {m["doc"] for m in ms} == {
        SEED.name, "en.txt"})]
    # the withdrawal, the six-party talks, the Hanoi summit and the Vladivostok meeting
    assert sorted(both["type"]) == ["meeting", "meeting", "negotiations", "withdrawal"]
    talks = both[both["type"] == "negotiations"].iloc[0]
    assert talks["title"] == "Sekspartsforhandlingene"
    assert len(merged[merged["type"] == "negotiations"]) == 2  # + the stalled nuclear talks
    actors = views.filter_options(merged).actors
    assert "North Korea" not in actors and "Kim Jong Un" not in actors


def test_different_events_on_nested_dates_stay_apart() -> None:
    nb = timeline.extract("date: 2019-04-26\n\nKim møtte Xi Jinping i Beijing i 2018. "
                          "Kim møtte Putin i Vladivostok 25. april 2019.", doc="a.txt")
    en = timeline.extract("date: 2019-04-26\n\nKim met Putin in Vladivostok on April 25, "
                          "2019.", doc="b.txt")
    merged = merge_frames([nb, en])
    assert len(merged) == 2


def test_edited_and_added_actors_get_their_ids(pair: pd.DataFrame) -> None:
    first = str(pair["event_id"].iloc[0])
    edited = curate.edit_event(pair, first, {"actors": "Kina, North Korea, Ola Nordmann",
                                             "place": "Peking"})
    row = edited[edited["event_id"] == first].iloc[0]
    assert list(row["actor_ids"]) == ["china", "north-korea", "ola-nordmann"]
    assert row["place_id"] == "beijing"
