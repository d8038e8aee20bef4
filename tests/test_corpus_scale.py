"""Corpus scale: a folder of documents becomes one merged event store, on Dask.

The store's schema, a resume after kill -9 at random moments (no event lost or doubled),
an incremental run, failing documents recorded and not fatal, equality with the
workspace's merge, and the same job on a ``distributed.LocalCluster``.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import time
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

import timeline
from timeline import naming
from timeline.cli import EXTRACT_COLUMNS, main
from timeline.corpus import ReadOptions, corpus
from timeline.eventstore import DOCUMENT_COLUMNS, FAILURE_COLUMNS, MENTION_COLUMNS, EventStore
from timeline.schema import column_names
from timeline.workspace import Workspace

REAL = Path(__file__).resolve().parent / "data" / "real"

NB = """date: 2019-04-26

Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok 25. april 2019. Russland og Nord-Korea undertegnet en avtale 25. april 2019. Samtalene om atomprogrammet ble innledet i august 2003."""

EN = """date: 2019-04-27

Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on April 25, 2019. Russia and North Korea signed an agreement on April 25, 2019. The six-party talks began in August 2003."""


def _real(lang: str, n: int) -> list[Path]:
    return sorted((REAL / lang).glob("*.txt"))[:n]


def _paragraphs(n: int) -> list[str]:
    """Short real texts: paragraphs with a year, from the real nb and en documents."""
    out: list[str] = []
    for path in sorted(REAL.glob("*/*.txt")):
        doc = timeline.parse_document(path.read_text(encoding="utf-8"), path.name)
        header = f"date: {doc.dct.iso()}\n\n" if doc.dct else ""
        for p in re.split(r"\n\s*\n", doc.text):
            if re.search(r"\b(19|20)\d\d\b", p) and 80 < len(p) < 700:
                out.append(header + p.strip())
    out = list(dict.fromkeys(out))  # syndicated paragraphs are one document
    assert len(out) >= n
    random.Random(7).shuffle(out)
    return out[:n]


def _folder(root: Path, texts: list[str], start: int = 0) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts, start=start):
        (root / f"doc{i:03d}.txt").write_text(text, encoding="utf-8")
    return root


def _signature(frame: pd.DataFrame) -> list[tuple[object, ...]]:
    """Every merged event with every mention, comparable across runs."""
    return sorted(
        (
            r.event_id,
            r.date,
            r.type,
            r.title,
            tuple(r.actor_ids),
            r.n_sources,
            tuple(sorted((m["doc"], m["quote_start"], m["timex_start"]) for m in r.mentions)),
        )
        for r in frame.itertuples()
    )


# --------------------------------------------------------------------------- schema


def test_the_store_has_documents_events_mentions_and_a_duckdb_over_them(tmp_path: Path) -> None:
    src = _folder(tmp_path / "in", [NB, EN])
    (src / "feed.jsonl").write_text(
        json.dumps(
            {
                "body": EN.split("\n\n", 1)[1],
                "published": "2019-04-28",
                "lang": "en",
                "url": "https://example.org/a",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    result = corpus([src], store, workers=1,
                    reading=ReadOptions(columns={"text": "body", "date": "published"}))
    assert result.processed == 3 and result.failures == 0
    merged = store / "merged"
    for name, columns in (
        ("documents", DOCUMENT_COLUMNS),
        ("mentions", MENTION_COLUMNS),
        ("failures", FAILURE_COLUMNS),
    ):
        assert pq.read_schema(merged / f"{name}.parquet").names == list(columns)
    names = pq.read_schema(merged / "events.parquet").names
    assert names == [*column_names(), "n_sources", "importance"]
    con = duckdb.connect(str(store / "timeline.duckdb"), read_only=True)
    try:
        tables = {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }
        assert {"events", "mentions", "documents", "failures"} <= tables
        (n_events,) = con.execute("SELECT count(*) FROM events").fetchone()
        multi = con.execute(
            "SELECT date, type, n_sources FROM events WHERE n_sources > 1 ORDER BY date"
        ).fetchall()
        per_event = con.execute(
            "SELECT e.event_id, e.n_mentions, count(m.event_id) FROM events e "
            "JOIN mentions m USING (event_id) GROUP BY ALL"
        ).fetchall()
        urls = con.execute("SELECT url FROM documents WHERE url <> ''").fetchall()
    finally:
        con.close()
    # The agreement of 25 April 2019 is told by all three: Norwegian, English, the feed.
    assert ("2019-04-25", "agreement", 3) in multi
    assert n_events == len(EventStore(store).events()) and per_event
    assert all(n == m for _, n, m in per_event)
    assert urls == [("https://example.org/a",)]
    events = EventStore(store).events()
    assert set(events["n_sources"]) <= {1, 2, 3} and (events["importance"] > 0).all()
    # The most important event is a multi-source one.
    assert events.sort_values("importance").iloc[-1]["n_sources"] == 3


# --------------------------------------------------------------------------- equality


def test_corpus_merged_events_equal_the_workspace_timeline(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    files = _real("nb", 4) + _real("en", 4)
    for i, f in enumerate(files):
        (src / f"{i:02d}_{f.name}").write_bytes(f.read_bytes())
    (src / "20_nb.txt").write_text(NB, encoding="utf-8")
    (src / "21_en.txt").write_text(EN, encoding="utf-8")
    corpus([src], tmp_path / "store", workers=1, batch_size=3)
    stored = EventStore(tmp_path / "store").events()
    ws = Workspace.from_files(sorted(src.glob("*.txt")))
    expected, _ = ws.timeline()
    # the workbench's document columns (title, source, URL, label) are the app's; the
    # store keeps its documents in a table of their own
    expected = expected.drop(columns=list(naming.DOC_COLUMNS))
    assert len(expected) > 20 and (stored["n_sources"] > 1).any()
    pd.testing.assert_frame_equal(stored[list(expected.columns)], expected)
    # and a CLI round trip: the query prints those events with n_sources
    out = tmp_path / "events.jsonl"
    assert main(["query", str(tmp_path / "store"), "--format", "jsonl", "-o", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(expected)
    assert list(lines[0])[: len(EXTRACT_COLUMNS)] == EXTRACT_COLUMNS
    assert [r["n_sources"] for r in lines] == stored["n_sources"].tolist()
    assert [r["title"] for r in lines] == expected["title"].tolist()


# --------------------------------------------------------------------------- incremental


def test_a_grown_folder_costs_only_its_new_and_changed_documents(tmp_path: Path) -> None:
    texts = _paragraphs(9)
    src = _folder(tmp_path / "in", texts[:5])
    first = corpus([src], tmp_path / "store", workers=1, batch_size=2)
    assert (first.processed, first.skipped) == (5, 0)
    _folder(src, texts[5:8], start=5)  # three new documents
    (src / "doc000.txt").write_text(texts[8], encoding="utf-8")  # one changed
    again = corpus([src], tmp_path / "store", workers=1, batch_size=2)
    assert (again.seen, again.processed, again.skipped) == (8, 4, 4)
    fresh = corpus([src], tmp_path / "fresh", workers=1)
    grown = EventStore(tmp_path / "store").events()
    assert _signature(grown) == _signature(EventStore(tmp_path / "fresh").events())
    docs = EventStore(tmp_path / "store").table("documents")  # the old doc000 is gone
    assert len(docs) == 8 and docs["chars"].tolist()[0] == len(texts[8].split("\n\n", 1)[1])
    nothing = corpus([src], tmp_path / "store", workers=1)
    assert (nothing.processed, nothing.skipped) == (0, 8)
    assert fresh.summary.merged == nothing.summary.merged
    # merged in parts, the slices read the old doc000 too, and it is dropped the same
    es = EventStore(tmp_path / "store")
    whole = (es.events(), es.table("mentions"), es.table("documents"))

    def in_order(fn: object, jobs: list[tuple[object, ...]]) -> list[object]:
        return [fn(*job) for job in jobs]  # type: ignore[operator]

    assert es.merge(parts=2, run=in_order) == nothing.summary
    for want, got in zip(whole, (es.events(), es.table("mentions"), es.table("documents")),
                         strict=True):
        assert got.equals(want)


# --------------------------------------------------------------------------- failures


def test_failing_documents_are_recorded_with_their_reason_and_the_run_goes_on(
    tmp_path: Path,
) -> None:
    src = _folder(tmp_path / "in", [NB, EN])
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (src / "broken.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8a\x00")  # UTF-16 BOM, lone surrogate
    (src / "big.md").write_text("Oslo 1905. " * 2000, encoding="utf-8")
    (src / "notes.docx").write_bytes(b"PK\x03\x04")
    (src / "feed.jsonl").write_text(
        '{"text": "Oslo, 7. juni 1905."}\n{broken\n{"text": ""}\n', encoding="utf-8"
    )
    result = corpus([src], tmp_path / "store", workers=1, reading=ReadOptions(max_bytes=10_000))
    report = EventStore(tmp_path / "store").report()
    reasons = {
        Path(f["key"].rsplit(":", 1)[0] if ".jsonl:" in f["key"] else f["key"]).name
        + (":" + f["key"].rsplit(":", 1)[1] if ".jsonl:" in f["key"] else ""): f["reason"]
        for f in report["failures"]
    }
    assert set(reasons) == {
        "image.txt",
        "broken.txt",
        "big.md",
        "notes.docx",
        "feed.jsonl:2",
        "feed.jsonl:3",
    }
    assert "binary" in reasons["image.txt"]
    assert "UTF-16" in reasons["broken.txt"]
    assert "limit" in reasons["big.md"]
    assert "not supported" in reasons["notes.docx"]
    assert "JSON" in reasons["feed.jsonl:2"] and "no text" in reasons["feed.jsonl:3"]
    assert result.failures == 6 and report["documents"] == 3  # NB, EN and the good line
    assert (EventStore(tmp_path / "store").events()["n_sources"] > 1).any()
    again = corpus([src], tmp_path / "store", workers=1, reading=ReadOptions(max_bytes=10_000))
    assert again.processed == 0 and len(EventStore(tmp_path / "store").report()["failures"]) == 6


# --------------------------------------------------------------------------- kill -9


def _run_in_child(src: Path, store: Path) -> int:
    pid = os.fork()
    if pid == 0:  # the child: a corpus run, killed at some moment by the parent
        try:
            corpus([src], store, workers=1, batch_size=1)
        finally:
            os._exit(0)
    return pid


def test_a_run_killed_at_random_moments_resumes_without_losing_or_doubling_an_event(
    tmp_path: Path,
) -> None:
    src = _folder(tmp_path / "in", _paragraphs(40))
    store = tmp_path / "store"
    # Imports and the engine's caches, once, inherited by every child.
    corpus([_folder(tmp_path / "warm", _paragraphs(1))], tmp_path / "warm-store", workers=1)
    reference = corpus([src], tmp_path / "reference", workers=1)
    expected = _signature(EventStore(tmp_path / "reference").events())
    rng = random.Random(20)
    kills = finished = 0
    longest = 0.25  # a kill comes at a random moment up to this; longer while no batch lands
    for _ in range(200):
        before = len(list((store / "batches").glob("*"))) if store.exists() else 0
        pid = _run_in_child(src, store)
        time.sleep(rng.uniform(0.0, longest))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            kills += 1
            after = len(list((store / "batches").glob("*")))
            longest = 0.25 if after > before else min(longest * 1.5, 3.0)  # a loaded machine
        else:
            # The run ended before its kill: a store resumed through every kill so far must
            # be whole. Start again from nothing, with kills coming sooner.
            finished += 1
            assert _signature(EventStore(store).events()) == expected, (kills, finished)
            shutil.rmtree(store)
            longest = max(0.02, longest / 2)
        if kills >= 22:
            break
    assert kills >= 20, (kills, finished)
    resumed = corpus([src], store, workers=1)
    assert resumed.processed + resumed.skipped == 40  # nothing read twice, nothing left out
    got = EventStore(store).events()
    assert _signature(got) == expected
    assert got["event_id"].is_unique and len(got) == reference.summary.merged
    docs = EventStore(store).table("documents")
    assert docs["doc_id"].is_unique and len(docs) == 40
    assert not list((store / "tmp").iterdir())


# --------------------------------------------------------------------------- a cluster


def test_the_same_job_on_a_local_cluster(tmp_path: Path) -> None:
    from distributed import Client, LocalCluster

    src = _folder(tmp_path / "in", [NB, EN, *_paragraphs(6)])
    corpus([src], tmp_path / "local", workers=1, batch_size=2)
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        by_client = corpus([src], tmp_path / "client", scheduler=client, batch_size=2)
        by_address = corpus(
            [src], tmp_path / "address", scheduler=cluster.scheduler_address, batch_size=3
        )
    assert by_client.processed == by_address.processed == 8
    want = _signature(EventStore(tmp_path / "local").events())
    assert _signature(EventStore(tmp_path / "client").events()) == want
    assert _signature(EventStore(tmp_path / "address").events()) == want


def test_the_process_pool_gives_the_same_store_and_each_workers_own_memory(
    tmp_path: Path,
) -> None:
    """The default scheduler (a pool of spawned processes) builds the same store as one
    process, and the memory it reports per worker is the worker's: not the driver's,
    which a spawned process's ``ru_maxrss`` would also count."""
    from timeline.corpus import peak_rss_mb

    src = _folder(tmp_path / "in", [NB, EN, *_paragraphs(4)])
    corpus([src], tmp_path / "one", workers=1, batch_size=2)
    ballast = bytearray(300 * 1024 * 1024)  # the driver grows before its pool starts
    ballast[::4096] = b"\x01" * len(ballast[::4096])
    pooled = corpus([src], tmp_path / "pool", workers=2, batch_size=2)
    assert pooled.processed == 6
    assert _signature(EventStore(tmp_path / "pool").events()) == _signature(
        EventStore(tmp_path / "one").events()
    )
    assert 20 < pooled.worker_peak_mb < peak_rss_mb() - 250
    del ballast


def _merged_files(store: Path) -> tuple[object, object]:
    return (
        pq.read_table(store / "merged" / "events.parquet"),
        pq.read_table(store / "merged" / "mentions.parquet"),
    )


def test_the_merge_cut_into_parts_on_the_workers_gives_the_same_store(tmp_path: Path) -> None:
    """The store's merge runs on the run's workers in independent parts (whole groups
    of blocks each): the same events, in the same order, with the same ids and
    mentions as one merge in one process. Two folders name their files alike, so event
    ids clash across parts and get their suffixes in the merged order."""
    texts = [NB, EN, *_paragraphs(18)]
    a = _folder(tmp_path / "a", texts[:10])
    b = _folder(tmp_path / "b", texts[10:])  # doc000.txt ... again
    store = tmp_path / "store"
    one = corpus([a, b], store, workers=1, batch_size=3)
    assert one.summary.merged < one.events  # reports of one event were merged
    want = _merged_files(store)
    ids = want[0].column("event_id").to_pylist()
    assert any("~" in i for i in ids) and len(set(ids)) == len(ids)

    calls: list[str] = []

    def in_order(fn: object, jobs: list[tuple[object, ...]]) -> list[object]:
        calls.append(getattr(fn, "__name__", ""))
        return [fn(*job) for job in jobs]  # type: ignore[operator]

    es = EventStore(store)
    for parts in (2, 3, 7):
        calls.clear()
        summary = es.merge(parts=parts, run=in_order)
        assert summary == one.summary
        got = _merged_files(store)
        assert got[0].equals(want[0]) and got[1].equals(want[1]), parts
        assert calls == ["_read_slice_file", "_merge_part_file"]  # both phases in parts
    pooled = corpus([a, b], tmp_path / "pool", workers=2, batch_size=3)
    assert pooled.summary == one.summary
    got = _merged_files(tmp_path / "pool")
    assert got[0].equals(want[0]) and got[1].equals(want[1])
    assert not any((tmp_path / "pool" / "tmp").iterdir())  # the parts' files are gone


def _event(doc: str, n: int, kind: str, day: str, actors: list[str], mentions: list[dict[str, object]]) -> dict[str, object]:
    """One extracted event of document ``doc`` as a batch holds it (``ord`` ``n``)."""
    year = 2001 + (int(day[-2:]) - 1) / 365
    return {
        "event_id": f"{doc}#{n}", "doc": doc, "lang": "en", "date": day, "start": day,
        "end": day, "start_year": year, "end_year": year + 1 / 365, "granularity": "day",
        "approximate": False, "mod": "", "anchor": "absolute", "anchor_text": "",
        "explanation": "", "timex_type": "DATE", "title": f"{kind} in {doc}", "type": kind,
        "modality": "actual", "actors": actors, "place": "", "quote": f"q {doc}",
        "quote_start": 0, "quote_end": 5, "timex": day, "timex_start": 0, "timex_end": 5,
        "mentions": mentions, "n_mentions": len(mentions), "sentence": 0, "actor_ids": [],
        "place_id": "", "doc_id": f"id-{doc}", "ord": n,
    }


def test_the_store_merge_holds_mentions_by_place_and_gives_what_merge_rows_gives(
    tmp_path: Path,
) -> None:
    """The store's merge keeps where each mention is, not the mention, and of the keys
    that make two mentions one only those it still needs: a report repeating its own
    mention (told twice in one document), mentions naming no document (two reports of
    them alike are one), a kept report's own list as it came (its repeat too). The
    events and mentions are what ``frame.merge_rows`` makes of the same rows, merged in
    one part here and in parts on workers (an Arrow file each)."""
    from timeline.frame import merge_rows
    from timeline.storemerge import merge_batches

    def mention(doc: str | None, start: int, quote: str = "q") -> dict[str, object]:
        m: dict[str, object] = {"quote": quote, "quote_start": start, "quote_end": start + 1,
                                "timex": "t", "timex_start": start, "timex_end": start + 1,
                                "sentence": 0}
        return m if doc is None else {"doc": doc, **m}

    docs = {
        "a.txt": [_event("a.txt", 1, "meeting", "2001-05-01", ["Norway"],
                         [mention("a.txt", 1), mention("a.txt", 1), mention(None, 9, "loose")])],
        "b.txt": [_event("b.txt", 1, "meeting", "2001-05-01", ["Norway", "Sweden"],
                         [mention("b.txt", 2), mention("b.txt", 2), mention(None, 9, "loose"),
                          mention("", 4)])],
        "c.txt": [_event("c.txt", 1, "meeting", "2001-05-01", ["Sweden"], [mention("c.txt", 3)]),
                  _event("c.txt", 2, "agreement", "2001-06-02", ["Denmark"],
                         [mention("c.txt", 5)])],
        "d.txt": [_event("d.txt", 1, "agreement", "2001-06-02", ["Denmark"],
                         [mention("d.txt", 6), mention("d.txt", 6)])],
    }
    es = EventStore(tmp_path / "store")
    for i, (name, rows) in enumerate(docs.items()):
        documents = pd.DataFrame([{"doc_id": f"id-{name}", "key": name, "name": name,
                                   "title": name, "date": "", "lang": "en", "url": "",
                                   "source": "", "chars": 1, "n_events": len(rows)}])
        es.write_batch(f"b{i}", documents, pd.DataFrame(rows), pd.DataFrame(columns=list(FAILURE_COLUMNS)))
    es.add_run(list(docs), [f"id-{name}" for name in docs])
    order = {d: i for i, d in enumerate(es.live())}
    batches = [str(es.path / "batches" / b) for b in es.batch_ids()]

    want = merge_rows([rows for rows in docs.values()], lang="en")
    assert [len(e["mentions"]) for e in want] == [6, 2]  # the repeats joining were dropped
    calls: list[str] = []

    def in_order(fn: object, jobs: list[tuple[object, ...]]) -> list[object]:
        calls.append(getattr(fn, "__name__", ""))
        return [fn(*job) for job in jobs]  # type: ignore[operator]

    for parts in (1, 2):
        got = merge_batches(batches, order, "en", tmp_path / f"work{parts}", parts=parts,
                            run=in_order)
        for column in ("event_id", "n_mentions", "actors", "date"):
            assert got.events[column].to_pylist() == [e[column] for e in want], (parts, column)
        assert got.events["mentions"].to_pylist() == [
            json.dumps(e["mentions"], ensure_ascii=False) for e in want]
        assert got.mentions["quote_start"].to_pylist() == [
            m["quote_start"] for e in want for m in e["mentions"]]
        assert got.events["n_sources"].to_pylist() == [3, 2]
    assert calls == ["_read_slice_file", "_merge_part_file"]  # two parts, on the workers


# --------------------------------------------------------------------------- the command line


def test_the_corpus_command_prints_a_summary_and_refuses_bad_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = _folder(tmp_path / "in", [NB, EN])
    (src / "x.txt").write_bytes(b"\x00\x01\x02")
    assert (
        main(
            [
                "corpus",
                str(src),
                "-o",
                str(tmp_path / "s"),
                "--workers",
                "1",
                "--batch-size",
                "1",
                "--names",
                "en",
            ]
        )
        == 0
    )
    err = capsys.readouterr().err
    assert "3 documents: 3 processed" in err and "1 failed" in err and "x.txt" in err
    assert main(["query", str(tmp_path / "s")]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    agreement = next(r for r in rows if r["type"] == "agreement" and r["date"] == "2019-04-25")
    assert agreement["n_sources"] == 2 and "North Korea" in agreement["actors"]
    with pytest.raises(SystemExit):
        main(["corpus", str(src), "-o", str(tmp_path / "s"), "--workers", "0"])
    with pytest.raises(SystemExit):
        main(["corpus", str(src), "-o", str(tmp_path / "s"), "--columns", "body"])
    assert main(["query", str(tmp_path / "nowhere")]) == 2


def test_on_a_cluster_the_texts_go_to_the_workers_not_into_the_task_graph() -> None:
    """Dask warned "Sending large graph of size 22 MiB" for 10,000 documents: the texts
    were inside the graph, which the scheduler holds whole. Scattered to the workers,
    they leave a graph whose size does not grow with the texts."""
    import pickle

    from distributed import Client, LocalCluster

    from timeline.corpus import InputDoc, extraction_bag, scatter_batches

    def batches(chars: int) -> list[list[InputDoc]]:
        text = ("The treaty was signed on 1 May 2001. " * (chars // 37 + 1))[:chars]
        return [[InputDoc(key=f"k{i}", name=f"d{i}", text=text + str(i))] for i in range(4)]

    def graph_bytes(bag: object) -> int:
        graph = dict(bag.__dask_graph__())  # type: ignore[attr-defined]
        return len(pickle.dumps(graph))

    with (
        LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                     dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        few, many = batches(100), batches(1_000_000)
        small = graph_bytes(extraction_bag(few, "/unused", scatter_batches(client, few)))
        large = graph_bytes(extraction_bag(many, "/unused", scatter_batches(client, many)))
    assert large < small + 2_000, (small, large)
    # without a cluster the batches are the graph's data, as they must be for a local pool
    assert graph_bytes(extraction_bag(batches(1_000_000), "/unused")) > 4_000_000


def test_batch_tables_have_one_schema_whatever_pandas_made_of_them() -> None:
    """A batch's documents once came out with ``large_string`` columns (an Arrow-backed
    frame) beside another's ``string`` ones, and reading the two as one failed ("string vs
    large_string") in a pool run now and then: each table has one fixed schema."""
    import pandas as pd
    import pyarrow as pa

    from timeline.storetables import DOCUMENT_COLUMNS, frame_table

    row = {"doc_id": "d1", "key": "k", "name": "a.txt", "title": "T", "date": "2019",
           "lang": "nb", "url": None, "source": "s", "chars": 10, "n_events": 2}
    plain = pd.DataFrame([row])
    arrow = plain.astype({"name": pd.ArrowDtype(pa.large_string()), "title": "string[pyarrow]"})
    tables = [frame_table(f, DOCUMENT_COLUMNS) for f in (plain, arrow, pd.DataFrame())]
    assert all(t.schema == tables[0].schema for t in tables)
    assert pa.concat_tables(tables).num_rows == 2
