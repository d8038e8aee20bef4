"""Curation on an event store: an operation log on top of the corpus's merge.

A curator's edits (edit, delete, merge, add) are kept as a log beside the merge; the
database the app queries shows them; undo and redo move them; re-running the corpus on
a grown folder replays them on the new merge, and an edit whose event is gone is said so
in the report, never silently dropped or fatal.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import duckdb
import pandas as pd

from timeline import curate
from timeline.cli import main
from timeline.corpus import corpus
from timeline.eventstore import EventStore

NB = """date: 2019-04-26

Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok 25. april 2019. Russland og Nord-Korea undertegnet en avtale 25. april 2019. Samtalene om atomprogrammet ble innledet i august 2003."""

EN = """date: 2019-04-27

Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on April 25, 2019. Russia and North Korea signed an agreement on April 25, 2019. The six-party talks began in August 2003."""

LATER = """date: 2019-06-13

Kim Jong-un og Donald Trump møttes i Hanoi 27. februar 2019. Toppmøtet ble avbrutt 28. februar 2019."""


def _store(tmp_path: Path, texts: dict[str, str]) -> tuple[Path, Path]:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    corpus([src], store, workers=1)
    return src, store


def _db(store: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(store / "timeline.duckdb"), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _by_type(frame: pd.DataFrame, kind: str) -> pd.Series:
    rows = frame[frame["type"] == kind]
    assert len(rows) == 1, frame[["event_id", "type", "title"]]
    return rows.iloc[0]


def test_an_edit_is_logged_and_the_database_and_query_show_it(tmp_path: Path) -> None:
    _, store = _store(tmp_path, {"a_nb.txt": NB, "b_en.txt": EN})
    es = EventStore(store)
    events = es.events()
    agreement = _by_type(events, "agreement")
    assert agreement["n_sources"] == 2
    one = es.event(agreement["event_id"])  # an operation needs only its event's row
    assert len(one) == 1 and es.event("no-such-event").empty
    op = curate.make_edit_op(
        one, agreement["event_id"], {"title": "Avtale om samarbeid", "date": "april 2019"}
    )
    assert op == curate.make_edit_op(
        events, agreement["event_id"], {"title": "Avtale om samarbeid", "date": "april 2019"}
    )
    assert es.record(op) == []
    curated = es.events()
    edited = curated[curated["event_id"] == agreement["event_id"]].iloc[0]
    assert edited["title"] == "Avtale om samarbeid"
    assert (edited["date"], edited["granularity"]) == ("2019-04", "month")
    assert edited["n_sources"] == 2  # its sources are kept
    # The machine's merge is kept as it was; the database the app reads is curated.
    raw = es.events(curated=False)
    assert raw[raw["event_id"] == agreement["event_id"]].iloc[0]["title"] == agreement["title"]
    assert _db(store, f"SELECT title FROM events WHERE event_id = '{agreement['event_id']}'") == [
        ("Avtale om samarbeid",)
    ]
    out = tmp_path / "q.jsonl"
    assert main(["query", str(store), "--format", "jsonl", "-o", str(out)]) == 0
    titles = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert "Avtale om samarbeid" in titles and agreement["title"] not in titles
    assert es.report()["edits"] == 1


def test_delete_and_merge_reach_the_mentions_table(tmp_path: Path) -> None:
    _, store = _store(tmp_path, {"a_nb.txt": NB, "b_en.txt": EN})
    es = EventStore(store)
    events = es.events()
    n = len(events)
    meeting, agreement = _by_type(events, "meeting"), _by_type(events, "agreement")
    es.record(curate.make_delete_op(events, [meeting["event_id"]]))
    assert len(es.events()) == n - 1
    assert _db(
        store, f"SELECT count(*) FROM mentions WHERE event_id = '{meeting['event_id']}'"
    ) == [(0,)]
    events = es.events()
    talks = events[~events["event_id"].isin([agreement["event_id"]])].iloc[0]
    es.record(curate.make_merge_op(events, agreement["event_id"], talks["event_id"]))
    after = es.events()
    assert len(after) == n - 2
    kept = after[after["event_id"] == agreement["event_id"]].iloc[0]
    assert kept["n_mentions"] == agreement["n_mentions"] + talks["n_mentions"]
    (count,) = _db(store, f"SELECT count(*) FROM mentions WHERE event_id = '{kept['event_id']}'")
    assert count == (kept["n_mentions"],)


def test_undo_and_redo_move_the_last_edit(tmp_path: Path) -> None:
    _, store = _store(tmp_path, {"a_nb.txt": NB})
    es = EventStore(store)
    events = es.events()
    first = events.iloc[0]
    es.record(curate.make_edit_op(events, first["event_id"], {"title": "Ny tittel"}))
    es.record(curate.make_delete_op(es.events(), [events.iloc[1]["event_id"]]))
    assert len(es.events()) == len(events) - 1
    assert es.undo() is True
    assert len(es.events()) == len(events)
    assert es.events().iloc[0]["title"] == "Ny tittel"  # only the last one went
    assert es.undo() is True and es.undo() is False
    pd.testing.assert_frame_equal(es.events(), events)
    assert es.redo() is True and es.events().iloc[0]["title"] == "Ny tittel"
    assert es.redo() is True and len(es.events()) == len(events) - 1
    assert es.redo() is False
    # a new edit after an undo clears what redo could put back
    es.undo()
    es.record(curate.make_edit_op(es.events(), first["event_id"], {"title": "Tredje"}))
    assert es.redo() is False and es.oplog()[1] == []


def test_edits_survive_a_corpus_rerun_on_a_grown_folder(tmp_path: Path) -> None:
    src, store = _store(tmp_path, {"a_nb.txt": NB, "b_en.txt": EN})
    es = EventStore(store)
    events = es.events()
    agreement = _by_type(events, "agreement")
    es.record(curate.make_edit_op(events, agreement["event_id"], {"title": "Avtalen"}))
    meeting = _by_type(events, "meeting")
    es.record(curate.make_delete_op(es.events(), [meeting["event_id"]]))
    (src / "c_later.txt").write_text(LATER, encoding="utf-8")
    again = corpus([src], store, workers=1)
    assert again.processed == 1
    after = EventStore(store).events()
    assert len(after) > len(events) - 1  # the new document's events are in
    assert "Avtalen" in after["title"].tolist()
    assert not ((after["type"] == "meeting") & (after["date"] == meeting["date"])).any()
    assert EventStore(store).report()["skipped_edits"] == []


def test_an_edit_whose_event_is_gone_is_reported_not_fatal(tmp_path: Path) -> None:
    src, store = _store(tmp_path, {"a_nb.txt": NB, "b_en.txt": EN})
    es = EventStore(store)
    events = es.events()
    talks = events[events["date"] == "2003-08"].iloc[0]
    es.record(curate.make_edit_op(events, talks["event_id"], {"title": "Sekspartssamtalene"}))
    # Both documents change: neither tells of the talks any more.
    (src / "a_nb.txt").write_text(NB.rsplit(" Samtalene", 1)[0], encoding="utf-8")
    (src / "b_en.txt").write_text(EN.rsplit(" The six-party", 1)[0], encoding="utf-8")
    corpus([src], store, workers=1)
    after = EventStore(store)
    assert "Sekspartssamtalene" not in after.events()["title"].tolist()
    skipped = after.report()["skipped_edits"]
    assert len(skipped) == 1 and "no longer exists" in skipped[0]
    assert after.oplog()[0]  # the edit is kept: the event may come back


def test_two_writers_at_once_keep_both_edits(tmp_path: Path) -> None:
    _, store = _store(tmp_path, {"a_nb.txt": NB, "b_en.txt": EN})
    events = EventStore(store).events()
    ops = [
        curate.make_edit_op(events, eid, {"title": f"Tittel {i}"})
        for i, eid in enumerate(events["event_id"].tolist()[:4])
    ]
    errors: list[BaseException] = []

    def write(op: dict[str, object]) -> None:
        try:
            EventStore(store).record(op)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    threads = [threading.Thread(target=write, args=(op,)) for op in ops]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    es = EventStore(store)
    assert len(es.oplog()[0]) == 4
    assert {f"Tittel {i}" for i in range(4)} <= set(es.events()["title"])


def test_the_store_applies_a_log_as_the_workspace_applies_it(tmp_path: Path) -> None:
    """The store replays only the rows a log reaches; the result must be the frame that
    ``curate.apply_ops`` gives on the whole merge, for every kind of operation."""
    _, store = _store(tmp_path, {"a_nb.txt": NB, "b_en.txt": EN, "c_later.txt": LATER})
    es = EventStore(store)
    raw = es.events(curated=False)
    ids = raw["event_id"].tolist()
    ops = [
        curate.make_edit_op(raw, ids[0], {"title": "Første", "actors": "Russland; Kina"}),
        curate.make_delete_op(raw, [ids[1]]),
        curate.make_merge_op(raw, ids[2], ids[3]),
        curate.make_add_op(ids, title="Lagt til", date="1. mai 2019", type="meeting"),
        {"op": "edit", "id": "nothing-like-it", "changes": {"title": "?"}},
    ]
    for op in ops:
        es.record(op)
    columns = [c for c in raw.columns if c not in ("n_sources", "importance")]
    expected, notes = curate.apply_ops(raw[columns], ops)
    got = es.events()
    pd.testing.assert_frame_equal(got[columns], expected)
    assert es.report()["skipped_edits"] == notes and len(notes) == 1
    # an event typed by hand has no document behind it
    assert got.loc[got["title"] == "Lagt til", "n_sources"].tolist() == [0]
