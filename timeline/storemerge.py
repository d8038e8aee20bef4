"""The event store's merge: the live documents' batches (see :mod:`timeline.eventstore`)
become one timeline, its events and every mention of each.

The merge follows ``frame.merge_frames`` exactly (the same rule, the same order, the
same tie-breaks), but looks candidates up by blocks of (type, year, actor id), (type,
year, place id) or (type, year, title) instead of (type, year), and merges each
connected group of blocks on its own: near-linear in the number of events. Groups are
independent, so a corpus run cuts the merge into one part per worker and runs the parts
where it ran the extraction (``merge_batches(parts=..., run=...)``): the workers read
the batches in slices and file each event under its blocks, the driver joins the groups
and deals them out whole, the workers merge them, and the driver puts the parts back in
order. The result is the same as one merge in one process, byte for byte.

What a merge holds does not grow with the corpus, but for its largest connected group.
Rows are read a record batch at a time; of each event it keeps, a group's merge holds
what matching and combining need (see ``_LEAN``), its documents and where its mentions
are (a row of the part and a place in the row's list): the event's other fields and
its mentions are read back from the part, a few thousand at a time, when the events
are written. A part is given the names of its own documents only, as an Arrow file; a
slice reads its batches whole, and the driver keeps the live documents. Arrow
allocates from the system's allocator meanwhile (see ``_system_pool``).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, cast

import pandas as pd
import pyarrow as pa

from .frame import (
    DATE_COLUMNS,
    Merger,
    combined_actors,
    docs_with,
    in_language,
    mention_key,
    merge_buckets,
    take_place,
    takes_dates,
    world_ids,
)
from .schema import column_names
from .storetables import (
    DOCUMENT_COLUMNS,
    FAILURE_COLUMNS,
    LIST_COLUMNS,
    events_table,
    merged_tables,
    read_parquet,
    stored_row,
)

__all__ = ["Merged", "PartRunner", "merge_batches"]

#: Runs ``fn(*args)`` for each tuple of ``args``, anywhere (the corpus's workers), and
#: returns the results in order.
PartRunner = Callable[[Callable[..., Any], list[tuple[Any, ...]]], list[Any]]

#: At most about this many events in one part of a merge, and batches in one slice of
#: the reading: a worker holds one part at a time, so its memory stays the same however
#: large the store grows (a connected group of blocks is never cut, so it can be larger).
_PART_EVENTS = 20_000
_SLICE_BATCHES = 40

#: How many merged events (or their mentions) are made Arrow at once.
_ROWS_AT_ONCE = 1024

#: How many rows a record batch of the merge's Arrow files has: as many are read at
#: once (a batch is read whole, whatever columns are asked for), and made Python.
_BATCH_ROWS = 512

#: What a row's blocks are made of (see :func:`_keys`).
_KEY_COLUMNS = ("type", "date", "start_year", "end_year", "title", "actors", "actor_ids",
                "place", "place_id", "lang")

_SLICE_TABLES = ("events", "documents", "failures")


@dataclass(frozen=True)
class Merged:
    """A merge's result: the merged events and their mentions (in the order of each
    event's first report), and the live documents and failures as read (each once)."""

    events: pa.Table
    mentions: pa.Table
    documents: pd.DataFrame
    failures: pd.DataFrame
    name_to_id: dict[str, str]  # document name -> id
    n_events: int  # extracted, before the merge


def merge_batches(
    batches: Sequence[str],
    order: dict[str, int],
    lang: str | None,
    work: Path,
    parts: int = 1,
    run: PartRunner | None = None,
) -> Merged:
    """Merge the events of the live documents (``order``: document id -> its place) in
    the batch folders ``batches``. ``parts`` > 1 with a ``run`` reads and merges in that
    many parts where ``run`` runs them, through files in ``work`` (made here, and
    removed); the result is the same as in one part."""
    with _system_pool():
        return _merge_batches(batches, order, lang, work, parts, run)


def _merge_batches(
    batches: Sequence[str],
    order: dict[str, int],
    lang: str | None,
    work: Path,
    parts: int,
    run: PartRunner | None,
) -> Merged:
    parallel = run is not None and parts > 1
    if parallel:
        work.mkdir(parents=True)
    try:
        table, doc_table, fail_table = _live_tables(
            batches, order, work if parallel else None, parts, run
        )
        docs = doc_table.to_pandas().drop_duplicates("doc_id")
        fails = fail_table.to_pandas().drop_duplicates("doc_id")
        name_to_id = dict(zip(docs["name"], docs["doc_id"], strict=True)) if len(docs) else {}
        n_events = table.num_rows
        as_is = lang is None and len(set(table["doc_id"].to_pylist())) <= 1
        lang = lang or (str(table["lang"][0].as_py()) if n_events else "")
        groups = (
            _split(table, _in_rounds(parts, n_events, _PART_EVENTS))
            if parallel and not as_is
            else []
        )
        if len(groups) <= 1 or run is None:
            done = [_merge_part(table, lang, as_is, _ids_in(name_to_id))]
        else:
            jobs = []
            for k, part in enumerate(groups):
                src = work / f"part-{k}.arrow"
                rows = table.take(pa.array([i for group in part for i in group], type=pa.int64()))
                _write_arrow(rows, src)
                sizes = [len(group) for group in part]
                names = work / f"names-{k}.arrow"
                _write_arrow(_names_of(rows, name_to_id), names, rows=None)
                jobs.append((str(src), sizes, lang, str(names), str(work / f"merged-{k}")))
                del rows
            del table
            done = [_read_part(out) for out in run(_merge_part_file, jobs)]
        events, mentions = _combine_parts(done)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Merged(events, mentions, docs, fails, name_to_id, n_events)


def _live_tables(
    batches: Sequence[str],
    order: dict[str, int],
    work: Path | None = None,
    parts: int = 1,
    run: PartRunner | None = None,
) -> tuple[pa.Table, pa.Table, pa.Table]:
    """The events, documents and failures of the live documents (``order``: document
    id -> its place). The events are in document order, each once, with their
    blocks (``_blocks``) and their position in that order (``_pos``); the first copy
    of what a batch committed twice gave twice is kept. The batches are read in
    ``parts`` slices by ``run``, each written to Arrow files in ``work``, or here
    when there is no ``run``. A slice reads every document of its batches, and the
    live ones are kept here: a worker is not given the ids of the whole store."""
    import pyarrow.compute as pc

    live = pa.array(sorted(order), pa.string())
    if work is None or run is None or parts <= 1 or len(batches) < 2:
        read = _read_slice(batches, live, names=work is not None)
    else:
        size = -(-len(batches) // _in_rounds(parts, len(batches), _SLICE_BATCHES))
        jobs = [
            (list(batches[i : i + size]), str(work / f"slice-{i // size}"))
            for i in range(0, len(batches), size)
        ]
        outs = run(_read_slice_file, jobs)
        read = {}
        for name in _SLICE_TABLES:
            table = pa.concat_tables(
                [_read_arrow(f"{out}-{name}.arrow") for out in outs], promote_options="default"
            )
            read[name] = table.filter(pc.is_in(table["doc_id"], value_set=live))
    table = read["events"]
    doc, ords = table["doc_id"].to_pylist(), table["ord"].to_pylist()
    seen: set[tuple[str, int]] = set()
    keep: list[int] = []
    for i, k in enumerate(zip(doc, ords, strict=True)):
        if k not in seen:
            seen.add(k)
            keep.append(i)
    keep.sort(key=lambda i: (order[doc[i]], ords[i]))
    table = table.take(pa.array(keep, type=pa.int64()))
    table = table.append_column("_pos", pa.array(range(len(keep)), type=pa.int64()))
    return table, read["documents"], read["failures"]


# --------------------------------------------------------------------------- reading


@contextmanager
def _system_pool() -> Iterator[None]:
    """Arrow allocates from the system's allocator meanwhile (unless the user chose a
    pool with ``ARROW_DEFAULT_MEMORY_POOL``): jemalloc and mimalloc, pyarrow's default
    pools, hold on to memory that was freed, so a worker that read and let go of many
    batches stays as large as its largest moment plus what those pools kept."""
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        yield
        return
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def _write_arrow(table: pa.Table, path: str | Path, rows: int | None = _BATCH_ROWS) -> None:
    """``table`` as an Arrow IPC file, in record batches of at most ``rows`` rows (so
    that it can be read back a batch at a time, see :class:`_FileRows`; None: as it is)."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=rows)


def _read_arrow(path: str | Path) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


def _read_slice(
    batches: Sequence[str], live: pa.Array | None, names: bool = True
) -> dict[str, pa.Table]:
    """What these batch folders hold of the ``live`` documents (None: of all), in batch
    order: their documents, failures and events, each event with its blocks
    (``_blocks``, see :func:`_keys`, which need no merge language) and, with ``names``
    (for a merge in parts), the names of the other documents its mentions name
    (``_names``, see :func:`_names_of`)."""
    import pyarrow.compute as pc

    out: dict[str, pa.Table] = {}
    for name, columns in zip(_SLICE_TABLES, (None, DOCUMENT_COLUMNS, FAILURE_COLUMNS), strict=True):
        parts = [t for t in (read_parquet(Path(b) / f"{name}.parquet") for b in batches) if t.num_rows]
        if not parts:
            out[name] = (
                events_table([])
                if columns is None
                else pa.table({c: pa.array([], pa.string()) for c in columns})
            )
            continue
        table = pa.concat_tables(parts, promote_options="default")
        out[name] = table if live is None else table.filter(pc.is_in(table["doc_id"], value_set=live))
    blocks, others = [], []
    wanted = [*_KEY_COLUMNS, "doc", "mentions"] if names else list(_KEY_COLUMNS)
    for r in _records(out["events"].select(wanted)):
        for name in LIST_COLUMNS:
            r[name] = [] if r[name] is None else [str(x) for x in r[name]]
        r["actor_ids"], r["place_id"] = world_ids(r)
        blocks.append(_keys(r))
        if names:
            named = {str(m.get("doc", "")) for m in _mentions_of(r["mentions"])}
            named.discard(str(r["doc"]))
            others.append(sorted(named))
    events = out["events"].append_column("_blocks", pa.array(blocks, type=pa.list_(pa.string())))
    if names:
        events = events.append_column("_names", pa.array(others, type=pa.list_(pa.string())))
    out["events"] = events
    return out


def _read_slice_file(batches: list[str], out: str) -> str:
    """:func:`_read_slice` of all documents to Arrow files ``out``-events/-documents/
    -failures (run on a worker)."""
    with _system_pool():
        for name, table in _read_slice(batches, None).items():
            _write_arrow(table, f"{out}-{name}.arrow")
    return out


def _names_of(rows: pa.Table, name_to_id: dict[str, str]) -> pa.Table:
    """What of ``name_to_id`` the merge of ``rows`` looks up (see
    :func:`storetables.merged_tables`), as a table of ``name`` and ``doc_id``: the
    names of the rows' own documents (a missing one as the text ``None``, as it is
    looked up) and of those their mentions name."""
    import pyarrow.compute as pc

    names = set(pc.unique(pc.fill_null(rows["doc"], "None")).to_pylist())
    names.update(pc.unique(pc.list_flatten(rows["_names"])).to_pylist())
    known = sorted(n for n in names if n in name_to_id)
    return pa.table({"name": pa.array(known, pa.string()),
                     "doc_id": pa.array([name_to_id[n] for n in known], pa.string())})


#: The ids of the documents named (those known): the part's names looked up a piece at
#: a time (see :func:`_piece`), so that a worker holds them as Arrow, not as a dict.
_DocIds = Callable[[set[str]], dict[str, str]]


def _ids_in(name_to_id: dict[str, str]) -> _DocIds:
    return lambda names: {n: name_to_id[n] for n in names if n in name_to_id}


def _one_array(column: pa.ChunkedArray) -> pa.Array:
    """A column as one array: its one chunk as it is (memory-mapped, not copied)."""
    if column.num_chunks == 1:
        return column.chunk(0)
    return pa.concat_arrays(column.chunks) if column.num_chunks else pa.array([], column.type)


def _ids_in_table(table: pa.Table) -> _DocIds:
    """:data:`_DocIds` of a table of ``name`` and ``doc_id`` (see :func:`_names_of`)."""
    import pyarrow.compute as pc

    names, ids = (_one_array(table[c]) for c in ("name", "doc_id"))

    def ids_of(wanted: set[str]) -> dict[str, str]:
        asked = sorted(wanted)
        found = ids.take(pc.index_in(pa.array(asked, pa.string()), value_set=names))
        return {n: i for n, i in zip(asked, found.to_pylist(), strict=True) if i is not None}

    return ids_of


# --------------------------------------------------------------------------- parts


def _keys(row: dict[str, Any]) -> list[str]:
    """The blocks a row is filed under: only rows sharing one can merge (see module doc).
    A block is one string: type, year (its repr keeps a year apart from an unresolved
    date), what it is ("a" actor, "p" place, "t" title) and the id or title."""
    out: list[str] = []
    title = str(row.get("title", "")).casefold()
    for kind, year in merge_buckets(row):
        at = f"{kind}\x1f{year!r}\x1f"
        out.extend(f"{at}a\x1f{a}" for a in row["actor_ids"])
        if row["place_id"]:
            out.append(f"{at}p\x1f{row['place_id']}")
        if not row["actor_ids"]:
            out.append(f"{at}t\x1f{title}")
    return out


def _components(keys: list[list[str]]) -> list[list[int]]:
    """Rows connected through shared blocks (union-find), each group in row order."""
    parent = list(range(len(keys)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, ks in enumerate(keys):
        for k in ks:
            j = first.setdefault(k, i)
            if j != i:
                a, b = find(i), find(j)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _in_rounds(workers: int, n: int, per_part: int) -> int:
    """How many parts ``n`` things go in: a multiple of ``workers`` (every worker gets as
    many), enough that none holds more than about ``per_part``."""
    workers = max(1, workers)
    return workers * max(1, -(-n // (workers * per_part)))


def _split(table: pa.Table, parts: int) -> list[list[list[int]]]:
    """The rows of ``table`` in at most ``parts`` parts that can be merged on their
    own: whole connected groups of blocks, the largest first to the lightest part.
    Each part is its groups in the order of their first row, each group in row order."""
    load = [0] * parts
    out: list[list[list[int]]] = [[] for _ in range(parts)]
    for group in sorted(_components(table["_blocks"].to_pylist()), key=len, reverse=True):
        k = load.index(min(load))
        load[k] += len(group)
        out[k].append(group)
    return [sorted(p) for p in out if p]


# --------------------------------------------------------------------------- merging


#: A row to merge: its ``_pos``, its blocks and the row itself (see
#: :func:`storetables.stored_row`), its mentions as dicts.
_Row = tuple[int, list[str], dict[str, Any]]

#: What the merge holds of a kept event (see :func:`_lean`): what finding its reports
#: and combining them read and change. The event's other fields are its first
#: report's, and its other date fields those of the report it has its dates from: both
#: are read back from the rows when the event is written (see :func:`_events_of`).
#: Beside these it holds the title while the event has no actors (``best_match``
#: compares titles only then; it is the first report's, and is read back).
_LEAN = ("start_year", "end_year", "date", "actors", "actor_ids", "place", "place_id",
         "n_mentions")

#: Fields of the rows with few values (repeated on many rows): one copy of each value
#: (not of those with many: the interpreter's table of them would grow with the corpus).
_FEW = ("lang", "type", "granularity", "modality", "mod", "timex_type", "place", "place_id")


@dataclass
class _Kept:
    """A merged event: its first report's ``_pos``, the numbers (counted in the order
    the part's rows are merged) of its first report and of the report its dates are
    from, the event as far as the merge holds it (:data:`_LEAN`), and where its
    mentions are: (row, place in the row's list) after one another."""

    pos: int
    first: int
    dated: int
    event: dict[str, Any]
    places: array


class _Rows(Protocol):
    """A part's rows in the order they are merged (``rows``), and fields of the rows
    already read, read again by their number in that order (``records``)."""

    def rows(self) -> Iterator[_Row]: ...

    def records(self, rows: list[int], columns: Sequence[str]) -> list[dict[str, Any]]:
        """The ``columns`` (those the rows have) of each of ``rows`` (ascending)."""
        ...


class _TableRows:
    """The rows of a table in ``order``, made Python a few thousand at a time."""

    def __init__(self, table: pa.Table, order: list[int]) -> None:
        self.table, self.order = table, order

    def rows(self) -> Iterator[_Row]:
        for at in range(0, len(self.order), _BATCH_ROWS):
            chunk = pa.array(self.order[at : at + _BATCH_ROWS], type=pa.int64())
            yield from _rows_of(self.table.take(chunk))

    def records(self, rows: list[int], columns: Sequence[str]) -> list[dict[str, Any]]:
        at = pa.array([self.order[r] for r in rows], type=pa.int64())
        names = [c for c in columns if c in self.table.schema.names]
        return cast(list[dict[str, Any]], self.table.select(names).take(at).to_pylist())


class _FileRows:
    """The rows of an Arrow file (see :func:`_write_arrow`) in its order, one record
    batch in memory at a time; fields are read back from the file, from the batches
    that hold them, one at a time."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._starts: list[int] = []  # the first row of each batch read so far
        self._names: list[str] = []  # the file's columns

    def rows(self) -> Iterator[_Row]:
        with pa.OSFile(self.path) as source:
            reader = pa.ipc.open_file(source)
            self._names = reader.schema.names
            at = 0
            for i in range(reader.num_record_batches):
                batch = reader.get_batch(i)
                self._starts.append(at)
                at += batch.num_rows
                yield from _rows_of(batch)

    def records(self, rows: list[int], columns: Sequence[str]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        fields = [self._names.index(c) for c in columns if c in self._names]
        options = pa.ipc.IpcReadOptions(included_fields=fields)
        with pa.OSFile(self.path) as source:
            reader = pa.ipc.open_file(source, options=options)
            k = 0
            while k < len(rows):
                b = bisect_right(self._starts, rows[k]) - 1
                start, batch = self._starts[b], reader.get_batch(b)
                end = bisect_right(rows, start + batch.num_rows - 1, k)
                at = pa.array([r - start for r in rows[k:end]], type=pa.int64())
                out.extend(batch.take(at).to_pylist())
                k = end
        return out


def _records(table: pa.Table | pa.RecordBatch) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` as dicts, made Python ``_BATCH_ROWS`` at a time."""
    for at in range(0, table.num_rows, _BATCH_ROWS):
        yield from table.slice(at, _BATCH_ROWS).to_pylist()


def _rows_of(batch: pa.Table | pa.RecordBatch) -> Iterator[_Row]:
    for record in _records(batch):
        pos, keys = record.pop("_pos"), record.pop("_blocks")
        record.pop("_names", None)
        row = stored_row(record, _mentions_of)
        for name in _FEW:
            if isinstance(v := row.get(name), str):
                row[name] = sys.intern(v)
        for name in LIST_COLUMNS:
            row[name] = [sys.intern(v) for v in row[name]]
        yield pos, keys, row


def _mentions_of(text: str | None) -> list[dict[str, Any]]:
    """A row's mentions, as :func:`storetables.parse_mentions` reads them but with keys
    of their own: the merge holds none of them for long."""
    return cast(list[dict[str, Any]], json.loads(text or "[]"))


def _no_mentions(text: str | None) -> list[dict[str, Any]]:
    """For a record read back without its mentions (they are placed by the merge)."""
    return []


def _named(mention: dict[str, Any]) -> bool:
    doc = mention.get("doc")
    return isinstance(doc, str) and doc != ""


def _lean(row: dict[str, Any]) -> dict[str, Any]:
    """What the merge holds of a row kept as an event (see :data:`_LEAN`)."""
    out = {name: row.get(name) for name in _LEAN}
    out["title"] = None if out["actor_ids"] else row.get("title")
    for name in ("place", "place_id"):  # named in the timeline's language: few values
        if isinstance(v := out[name], str):
            out[name] = sys.intern(v)
    return out


class _PlacedMerger(Merger):
    """``frame.Merger``'s pass over one group with the kept events held lean (see
    :data:`_LEAN`) and their mentions by where they are (see :class:`_Kept`) instead
    of as dicts: ``at`` is the number of the row being added, whose ``mentions`` are
    dicts while it is. Combining a row does what ``frame.combine_rows`` does, on what
    is held (``takes_dates``, ``combined_actors``, ``take_place``).

    What it holds of the mentions' keys is what can still matter. A joining row shares
    no document with the event (``best_match``), so a mention naming its document can
    only repeat one of the row's own: those keys are held while the row joins, and only
    the keys of mentions without a document are held with the event."""

    def __init__(self) -> None:
        super().__init__()
        self.at = 0
        self.places: list[array] = []
        self.firsts = array("q")  # the number of each kept event's first report
        self.dated = array("q")  # ... and of the report it has its dates from
        # the keys of each kept event's mentions without a document (None: none yet)
        self._loose: list[set[tuple[object, object, object]] | None] = []

    def _keep(self, row: dict[str, Any]) -> None:
        mentions = row["mentions"]
        self._loose.append({mention_key(m) for m in mentions if not _named(m)} or None)
        self.places.append(_places_of(self.at, len(mentions)))
        self.firsts.append(self.at)
        self.dated.append(self.at)
        self.kept[-1] = _lean(row)

    def _join(self, target: int, row: dict[str, Any]) -> None:
        event = self.kept[target]  # the merge's own (see _lean): changed in place
        if takes_dates(event, row):
            event.update({name: row.get(name) for name in ("start_year", "end_year", "date")})
            self.dated[target] = self.at
        event["actor_ids"], event["actors"] = combined_actors(event, row)
        places, docs = self.places[target], []
        own: set[tuple[object, object, object]] = set()
        for j, m in enumerate(row["mentions"]):
            k = mention_key(m)
            if _named(m):
                told = own
            else:
                told = self._loose[target] or set()
                self._loose[target] = told
            if k in told:
                continue
            told.add(k)
            places.extend((self.at, j))
            if d := str(m.get("doc", "")):
                docs.append(d)
        if docs:
            self._docs[target] = docs_with(self._docs[target], docs)
        event["n_mentions"] = max(len(places) // 2, 1)
        take_place(event, row)
        for name in ("place", "place_id"):
            if isinstance(v := event[name], str):
                event[name] = sys.intern(v)

    def finished(self, firsts: list[int]) -> list[_Kept]:
        """The kept events as merged, given each one's first report's ``_pos``."""
        return [
            _Kept(pos, at, dated, event, places)
            for pos, at, dated, event, places in zip(
                firsts, self.firsts, self.dated, self.kept, self.places, strict=True
            )
        ]


def _places_of(at: int, n: int) -> array:
    """Where the ``n`` mentions of row ``at`` are (see :class:`_Kept`)."""
    return array("q", [x for j in range(n) for x in (at, j)])


def _merge_part(
    table: pa.Table, lang: str, as_is: bool, ids_of: _DocIds
) -> tuple[pa.Table, pa.Table]:
    """One part's rows (with ``_pos`` and ``_blocks``) merged: its events and their
    mentions as tables, each row with the ``_pos`` of the event's first report."""
    # merge_frames leaves a single document as it is: each row is its own group
    keys = table["_blocks"].to_pylist()
    groups = [[i] for i in range(len(keys))] if as_is else _components(keys)
    del keys
    order = [i for group in groups for i in group]
    pieces = list(_merged_pieces(_TableRows(table, order), (len(g) for g in groups),
                                 lang, as_is, ids_of))
    return (pa.concat_tables([e for e, _ in pieces]),
            pa.concat_tables([m for _, m in pieces]))


def _merge_part_file(
    src: str, sizes: list[int], lang: str, names: str, out: str
) -> str:
    """A part merged from and to Arrow files (run on a worker): its rows in ``src``,
    group after group (``sizes``: how many rows each group has, in the file's order),
    its events and mentions written to ``out``-events/-mentions as they are made.
    ``names``: an Arrow file of the names of the part's documents and their ids (see
    :func:`_names_of`)."""
    with _system_pool():
        ids_of = _ids_in_table(_read_arrow(names))
        _write_pieces(_merged_pieces(_FileRows(src), sizes, lang, False, ids_of), out)
    return out


def _write_pieces(pieces: Iterator[tuple[pa.Table, pa.Table]], out: str) -> None:
    """The events and mentions of ``pieces`` to the Arrow files ``out``-events/-mentions."""
    events, mentions = next(pieces)
    with (
        pa.OSFile(f"{out}-events.arrow", "wb") as event_sink,
        pa.ipc.new_file(event_sink, events.schema) as event_writer,
        pa.OSFile(f"{out}-mentions.arrow", "wb") as mention_sink,
        pa.ipc.new_file(mention_sink, mentions.schema) as mention_writer,
    ):
        while True:
            event_writer.write_table(events)
            mention_writer.write_table(mentions)
            try:
                events, mentions = next(pieces)
            except StopIteration:
                break


def _merged_pieces(
    source: _Rows, sizes: Iterable[int], lang: str, as_is: bool, ids_of: _DocIds
) -> Iterator[tuple[pa.Table, pa.Table]]:
    """The events that the rows of ``source`` merge into, a few thousand at a time, as
    tables (see :func:`_piece`); at least one, empty when there are none.

    The rows come group after group (rows connected through shared blocks, see
    :func:`_components`), ``sizes`` saying how many each group has; each group is
    merged by ``frame.Merger`` (see :class:`_PlacedMerger`), or, ``as_is``, each row
    stays an event. What is held at once is a few thousand rows and the events of one
    group as far as the merge needs them, however large the part: rows are read as
    they are merged, and events leave as Arrow as they add up."""
    finished: list[_Kept] = []
    rows = enumerate(source.rows())
    for size in sizes:
        if as_is:
            at, (pos, _, row) = next(rows)
            finished.append(_Kept(pos, at, at, _lean(row), _places_of(at, len(row["mentions"]))))
        else:
            merger = _PlacedMerger()
            firsts: list[int] = []
            for _ in range(size):
                merger.at, (pos, keys, row) = next(rows)
                if merger.add(in_language(row, lang), keys) is None:
                    firsts.append(pos)
            finished.extend(merger.finished(firsts))
            del merger
        if len(finished) >= _ROWS_AT_ONCE:
            yield from _pieces(finished, source, ids_of)
    yield from _pieces(finished, source, ids_of, last=True)


def _pieces(
    finished: list[_Kept], source: _Rows, ids_of: _DocIds, last: bool = False
) -> Iterator[tuple[pa.Table, pa.Table]]:
    """``finished`` events as tables (see :func:`_piece`), a few thousand events and
    mentions at a time, read back from ``source``; each event is let go of once it is
    a table (``finished`` is left empty); one empty piece when ``last`` and there are
    none."""
    if last and not finished:
        yield _piece([], ids_of)
    while finished:
        n = mentions = 0
        while n < len(finished) and n < _ROWS_AT_ONCE and mentions < _ROWS_AT_ONCE:
            mentions += len(finished[n].places) // 2
            n += 1
        piece = finished[:n]
        del finished[:n]
        yield _piece(_events_of(piece, source), ids_of)


def _events_of(kept: list[_Kept], source: _Rows) -> list[tuple[int, dict[str, Any]]]:
    """The events of ``kept`` whole, each with its first report's ``_pos``: the first
    report's fields, the dates of the report they are from, what the merge made of the
    rest (:data:`_LEAN`), and the mentions, all but the last read back from ``source``."""
    firsts = sorted({k.first for k in kept})
    dated = sorted({k.dated for k in kept if k.dated != k.first})
    told = sorted({k.places[i] for k in kept for i in range(0, len(k.places), 2)})
    columns = [c for c in column_names() if c != "mentions"]
    first = dict(zip(firsts, source.records(firsts, columns), strict=True))
    dates = dict(zip(dated, source.records(dated, DATE_COLUMNS), strict=True))
    mentions = {
        r: _mentions_of(record.get("mentions"))
        for r, record in zip(told, source.records(told, ["mentions"]), strict=True)
    }
    out = []
    for k in kept:
        event = stored_row(first[k.first], _no_mentions)
        if k.dated != k.first:
            dates_row = stored_row(dates[k.dated], _no_mentions)
            event.update({name: dates_row.get(name) for name in DATE_COLUMNS})
        event.update({name: k.event[name] for name in _LEAN})
        p = k.places
        event["mentions"] = [mentions[p[i]][p[i + 1]] for i in range(0, len(p), 2)]
        out.append((k.pos, event))
    return out


def _piece(
    merged: list[tuple[int, dict[str, Any]]], ids_of: _DocIds
) -> tuple[pa.Table, pa.Table]:
    """Merged events, each with its first report's ``_pos``, as an events table and a
    mentions table (the event's ``_pos`` on each of its mentions)."""
    named = {str(e["doc"]) for _, e in merged}
    named.update(str(m.get("doc", "")) for _, e in merged for m in e["mentions"])
    events, mentions = merged_tables([e for _, e in merged], ids_of(named))
    per_event = [p for p, e in merged for _ in e["mentions"]]
    return (
        events_table(events, merged=True).append_column(
            "_pos", pa.array([p for p, _ in merged], type=pa.int64())
        ),
        mentions.append_column("_pos", pa.array(per_event, type=pa.int64())),
    )


# --------------------------------------------------------------------------- combining


def _read_part(out: str) -> tuple[pa.Table, pa.Table]:
    return _read_arrow(f"{out}-events.arrow"), _read_arrow(f"{out}-mentions.arrow")


def _combine_parts(parts: list[tuple[pa.Table, pa.Table]]) -> tuple[pa.Table, pa.Table]:
    """The parts as one merge: events in the order of their first report, event ids
    made unique in that order (a clash gets a suffix), each event's mentions in order."""
    import pyarrow.compute as pc

    events = pa.concat_tables([e for e, _ in parts])
    mentions = pa.concat_tables([m for _, m in parts])
    events = events.take(pc.sort_indices(events, [("_pos", "ascending")]))
    mentions = mentions.take(pc.sort_indices(mentions, [("_pos", "ascending")]))  # stable
    ids = events["event_id"].to_pylist()
    unique = _unique_ids(ids)
    if unique != ids:
        new = dict(zip(events["_pos"].to_pylist(), unique, strict=True))
        events = events.set_column(
            events.schema.get_field_index("event_id"), "event_id", pa.array(unique, pa.string())
        )
        mentions = mentions.set_column(
            mentions.schema.get_field_index("event_id"),
            "event_id",
            pa.array([new[p] for p in mentions["_pos"].to_pylist()], pa.string()),
        )
    return events.drop_columns(["_pos"]), mentions.drop_columns(["_pos"])


def _unique_ids(ids: list[str]) -> list[str]:
    """Event ids unique, in the order given, as ``merge_frames`` makes them."""
    seen: set[str] = set()
    out: list[str] = []
    for base in ids:
        eid, n = base, 2
        while eid in seen:
            eid = f"{base}~{n}"
            n += 1
        seen.add(eid)
        out.append(eid)
    return out
