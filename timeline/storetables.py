"""The event store's tables, as the store and its merge (:mod:`timeline.storemerge`) both
read and write them: the columns of its Parquet files, events as rows and as Parquet
(mentions as JSON), each merged event's sources and importance, and every mention of
every event as a table of its own."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import curate
from .gazetteer import entities
from .schema import COLUMNS, column_names

__all__ = [
    "DOCUMENT_COLUMNS",
    "FAILURE_COLUMNS",
    "LIST_COLUMNS",
    "MENTION_COLUMNS",
    "MENTION_SCHEMA",
    "TYPE_WEIGHT",
    "events_table",
    "frame_table",
    "importance",
    "merged_tables",
    "parse_mentions",
    "read_parquet",
    "stored_row",
]

DOCUMENT_COLUMNS = (
    "doc_id",
    "key",
    "name",
    "title",
    "date",
    "lang",
    "url",
    "source",
    "chars",
    "n_events",
)
FAILURE_COLUMNS = ("doc_id", "key", "name", "reason")
MENTION_COLUMNS = (
    "event_id",
    "doc_id",
    "doc",
    "quote",
    "quote_start",
    "quote_end",
    "timex",
    "timex_start",
    "timex_end",
    "sentence",
)
LIST_COLUMNS = ("actors", "actor_ids")

#: How much an event's type weighs in its importance (0..1).
TYPE_WEIGHT: dict[str, float] = {
    "agreement": 1.0,
    "conflict": 0.9,
    "sanctions": 0.9,
    "withdrawal": 0.8,
    "expulsion": 0.8,
    "election": 0.7,
    "negotiations": 0.7,
    "meeting": 0.6,
    "visit": 0.5,
    "statement": 0.3,
    "other": 0.2,
}


def importance(n_sources: int, kind: str, actor_ids: Sequence[str]) -> float:
    """log2(1 + sources) + the type's weight + 0.25 per actor the world knows (at most 4):
    an agreement of two states told by eight papers outranks a lone statement."""
    known = entities()
    actors = sum(1 for a in actor_ids if a in known)
    return round(
        math.log2(1 + max(n_sources, 1)) + TYPE_WEIGHT.get(kind, 0.2) + 0.25 * min(actors, 4), 4
    )


def read_parquet(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """One small Parquet file, read directly (``pq.read_table`` costs about 6 ms a file
    in dataset machinery; a store has thousands of batches) and on this thread."""
    return pq.ParquetFile(path).read(columns=list(columns) if columns else None, use_threads=False)


# The columns of the documents and failures tables that hold counts; the others hold text.
_COUNT_COLUMNS = frozenset({"chars", "n_events"})


def frame_table(frame: pd.DataFrame, columns: Sequence[str]) -> pa.Table:
    """A frame as a table of one fixed schema: text columns as ``string``, counts as
    ``int64``. Not as pandas' dtypes say: an Arrow-backed frame's strings come out
    ``large_string``, an object frame's ``string``, and the tables of two batches must
    agree to be read as one (Arrow refuses "string vs large_string")."""
    schema = pa.schema([(c, pa.int64() if c in _COUNT_COLUMNS else pa.string())
                        for c in columns])
    return pa.Table.from_pandas(frame.reindex(columns=list(columns)), schema=schema,
                                preserve_index=False)


def events_table(frame: pd.DataFrame | list[dict[str, Any]], merged: bool = False) -> pa.Table:
    """Events (a frame or rows) as Parquet: lists as list<string>, mentions as JSON."""
    cols = column_names() + (["n_sources", "importance"] if merged else ["doc_id", "ord"])
    data: dict[str, Any] = {}
    n = len(frame)
    for name in cols:
        values: list[Any]
        if isinstance(frame, list):
            values = [r.get(name) for r in frame]
        else:
            values = frame[name].tolist() if name in frame and n else []
        if name in LIST_COLUMNS:
            data[name] = pa.array([list(v) for v in values], type=pa.list_(pa.string()))
        elif name == "mentions":
            data[name] = pa.array(
                [json.dumps(v, ensure_ascii=False) for v in values], type=pa.string()
            )
        else:
            dtype = next((c.dtype for c in COLUMNS if c.name == name), None)
            if name in ("n_sources", "ord") or dtype == "int64":
                data[name] = pa.array([int(v) for v in values], type=pa.int64())
            elif name == "importance" or dtype == "float64":
                data[name] = pa.array([float(v) for v in values], type=pa.float64())
            elif dtype == "bool":
                data[name] = pa.array([bool(v) for v in values], type=pa.bool_())
            else:
                data[name] = pa.array(
                    [None if v is None or v is pd.NA else str(v) for v in values], type=pa.string()
                )
    return pa.table(data)


def parse_mentions(text: str | None) -> list[dict[str, Any]]:
    """A row's mentions from their JSON (see :func:`events_table`)."""
    # One copy of each key for all mentions, not eight new strings per mention: a merged
    # event retold by thousands of documents holds thousands of them.
    return [{sys.intern(k): v for k, v in m.items()} for m in json.loads(text or "[]")]


def stored_row(
    record: dict[str, Any],
    read_mentions: Callable[[str | None], list[dict[str, Any]]] = parse_mentions,
) -> dict[str, Any]:
    """A stored event (a record of :func:`events_table`) as a row: lists as lists,
    mentions as dicts (read from their JSON by ``read_mentions``), no NaN dates."""
    out = dict(record)
    for name in LIST_COLUMNS:
        v = out.get(name)
        out[name] = [] if v is None else [str(x) for x in v]
    out["mentions"] = read_mentions(out.get("mentions"))
    for name in ("start", "end"):
        if out.get(name) is None or (isinstance(out[name], float) and math.isnan(out[name])):
            out[name] = None
    return out


MENTION_SCHEMA = pa.schema(
    [
        (c, pa.int64() if c.endswith(("_start", "_end")) or c == "sentence" else pa.string())
        for c in MENTION_COLUMNS
    ]
)


def merged_tables(
    events: list[dict[str, Any]], name_to_id: dict[str, str]
) -> tuple[list[dict[str, Any]], pa.Table]:
    """Each event's number of sources and importance (set in place), and every
    mention of every event as a table, in event order."""
    columns: dict[str, list[Any]] = {c: [] for c in MENTION_COLUMNS}
    for e in events:
        docs = {str(m.get("doc", "")) for m in e["mentions"]} | {str(e["doc"])}
        e["n_sources"] = len({name_to_id.get(d, d) for d in docs if d and d != curate.MANUAL_DOC})
        e["importance"] = importance(e["n_sources"], str(e["type"]), e["actor_ids"])
        for m in e["mentions"]:
            columns["event_id"].append(e["event_id"])
            columns["doc_id"].append(name_to_id.get(str(m.get("doc", "")), ""))
            for c in MENTION_COLUMNS[2:]:
                columns[c].append(m.get(c))
    return events, pa.table(columns, schema=MENTION_SCHEMA)
