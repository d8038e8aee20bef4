"""The event store of a corpus: a folder of Parquet files and a DuckDB database.

Layout of ``STORE/``::

    batches/<id>/documents.parquet   one row per document extracted in that batch
    batches/<id>/events.parquet      the events of those documents, as ``extract`` gives
    batches/<id>/failures.parquet    documents that could not be read, with the reason
    runs/<n>.parquet                 what each run was given: input key -> document id
    merged/events.parquet            the merged timeline (one row per real-world event)
    merged/mentions.parquet          every mention of every merged event
    merged/documents.parquet         the live documents; merged/failures.parquet
    merged/curated.parquet           the merged events with the curator's edits applied
    merged/curated_mentions.parquet  (both only once there are edits)
    ops.json                         the curator's operation log (and what undo took back)
    timeline.duckdb                  the curated tables, for queries
    report.json                      counts, every failure with its reason, skipped edits

A batch folder is written under ``tmp/`` and renamed into ``batches/`` in one step, so a
batch is there entirely or not at all, whenever the process dies. The merge is a pure
function of ``batches/`` and ``runs/`` and replaces ``merged/`` in one rename, so it can
be re-run at any time and gives the same result.

Curation is an operation log on top of the merge (``curate.apply_ops``, the same log and
the same meaning as a workspace's). ``record`` appends an edit, ``undo`` and ``redo``
move it between the log and its redo list; each rebuilds the curated tables from
``merged/`` and the whole log. Re-running the corpus replaces the merge and replays the
log on it, so edits survive new documents; an edit whose event is gone is skipped and
said so in ``report.json``. Operations find their event by its fingerprint (document and
offset of its date), not only by its id, which a grown corpus can change.

The merge follows ``frame.merge_frames`` exactly (the same rule, the same order, the
same tie-breaks), but looks candidates up by blocks of (type, year, actor id), (type,
year, place id) or (type, year, title) instead of (type, year), and merges each
connected group of blocks on its own: near-linear in the number of events. Groups are
independent, so a corpus run cuts the merge into one part per worker and runs the parts
where it ran the extraction (``merge(parts=..., run=...)``): the workers read the
batches in slices and file each event under its blocks, the driver joins the groups and
deals them out whole, the workers merge them, and the driver puts the parts back in
order. The result is the same as one merge in one process, byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import curate
from .frame import Merger, in_language, merge_buckets, world_ids
from .gazetteer import entities
from .schema import COLUMNS, coerce, column_names

__all__ = [
    "DOCUMENT_COLUMNS",
    "FAILURE_COLUMNS",
    "MENTION_COLUMNS",
    "TYPE_WEIGHT",
    "EventStore",
    "StoreSummary",
    "importance",
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
_LIST_COLUMNS = ("actors", "actor_ids")

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


def content_id(*parts: str) -> str:
    """A document's id: the hash of what its events depend on."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _read_parquet(path: Path, columns: Sequence[str] | None = None) -> pa.Table:
    """One small Parquet file, read directly (``pq.read_table`` costs about 6 ms a file
    in dataset machinery; a store has thousands of batches) and on this thread."""
    return pq.ParquetFile(path).read(columns=list(columns) if columns else None, use_threads=False)


def _table(frame: pd.DataFrame, columns: Sequence[str]) -> pa.Table:
    return pa.Table.from_pandas(frame.reindex(columns=list(columns)), preserve_index=False)


@dataclass(frozen=True)
class StoreSummary:
    documents: int
    failures: int
    events: int  # extracted, before the merge
    merged: int  # after the merge
    multi_source: int  # merged events told by more than one document


class EventStore:
    """A store folder. ``EventStore(path)`` creates the folders it needs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        for sub in ("batches", "runs", "tmp"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------------ batches

    @property
    def db_path(self) -> Path:
        return self.path / "timeline.duckdb"

    @contextmanager
    def _locked(self) -> Iterator[None]:
        """One writer of ``merged/``, the database and the log at a time (two sessions
        editing one store, or an edit during a corpus run). The lock dies with its
        process, so a killed run leaves none behind."""
        try:
            import fcntl
        except ImportError:  # not on POSIX: a single writer is the user's to ensure
            yield
            return
        with open(self.path / ".lock", "a+b") as f:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f.fileno(), fcntl.LOCK_UN)

    def clean_tmp(self) -> None:
        """Remove what a killed run left half written (never a committed batch)."""
        for p in (self.path / "tmp").iterdir():
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        for p in self.path.glob("merged.*"):
            if p.name.startswith("merged.old-") and not (self.path / "merged").exists():
                p.rename(self.path / "merged")  # killed between the two renames
            else:
                shutil.rmtree(p, ignore_errors=True)

    def batch_ids(self) -> list[str]:
        return sorted(
            p.name
            for p in (self.path / "batches").iterdir()
            if p.is_dir() and not p.name.startswith(".")
        )

    def write_batch(
        self, batch_id: str, documents: pd.DataFrame, events: pd.DataFrame, failures: pd.DataFrame
    ) -> bool:
        """Commit one batch in a single rename; False when it was already there."""
        final = self.path / "batches" / batch_id
        if final.exists():
            return False
        tmp = self.path / "tmp" / f"{batch_id}.{uuid.uuid4().hex}"
        tmp.mkdir(parents=True)
        pq.write_table(_table(documents, DOCUMENT_COLUMNS), tmp / "documents.parquet")
        pq.write_table(_events_table(events), tmp / "events.parquet")
        pq.write_table(_table(failures, FAILURE_COLUMNS), tmp / "failures.parquet")
        try:
            os.rename(tmp, final)
        except OSError:  # another worker committed the same batch first
            shutil.rmtree(tmp, ignore_errors=True)
            return False
        return True

    def known_ids(self) -> set[str]:
        """Ids of every document already extracted or recorded as failed."""
        out: set[str] = set()
        for b in self.batch_ids():
            for name in ("documents", "failures"):
                out.update(
                    _read_parquet(self.path / "batches" / b / f"{name}.parquet", columns=["doc_id"])
                    .column("doc_id")
                    .to_pylist()
                )
        return out

    # ------------------------------------------------------------------ runs

    def run_ids(self) -> list[str]:
        return sorted(p.stem for p in (self.path / "runs").glob("*.parquet"))

    def add_run(self, keys: Sequence[str], ids: Sequence[str]) -> str:
        """Record what one run was given (key -> document id), atomically."""
        runs = self.run_ids()
        run = f"{int(runs[-1]) + 1 if runs else 1:06d}"
        sink = pa.BufferOutputStream()
        pq.write_table(pa.table({"key": list(keys), "doc_id": list(ids)}), sink)
        _atomic_write_bytes(self.path / "runs" / f"{run}.parquet", sink.getvalue().to_pybytes())
        return run

    def live(self) -> list[str]:
        """Document ids the store stands for, in order: each input key's latest version,
        keys in the order they were first given."""
        latest: dict[str, str] = {}
        for run in self.run_ids():
            t = _read_parquet(self.path / "runs" / f"{run}.parquet")
            for key, did in zip(
                t.column("key").to_pylist(), t.column("doc_id").to_pylist(), strict=True
            ):
                latest[key] = did  # a later version replaces it, in its first place
        return list(dict.fromkeys(latest.values()))

    # ------------------------------------------------------------------ merge

    def merge(
        self, lang: str | None = None, *, parts: int = 1, run: PartRunner | None = None
    ) -> StoreSummary:
        """Merge every live document's events into ``merged/`` and ``timeline.duckdb``,
        and replay the curator's log on them. Idempotent: the same batches, runs and log
        give the same files.

        ``parts`` > 1 with a ``run`` (see :data:`PartRunner`) splits the merge into that
        many independent parts, whole connected groups of blocks each, merged where
        ``run`` runs them (the corpus's workers); the result is the same as in one part.
        """
        with self._locked():
            return self._merge(lang, parts, run)

    def _merge(self, lang: str | None, parts: int = 1, run: PartRunner | None = None) -> StoreSummary:
        self.clean_tmp()
        live = self.live()
        order = {d: i for i, d in enumerate(live)}
        work = self.path / "tmp" / f"merge-{uuid.uuid4().hex}"  # the parts' files
        parallel = run is not None and parts > 1
        if parallel:
            work.mkdir(parents=True)
        try:
            table, doc_table, fail_table = self._live_tables(
                order, work if parallel else None, parts, run
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
                done = [_merge_part(table, lang, as_is, name_to_id)]
            else:
                jobs = []
                for k, part in enumerate(groups):
                    src = work / f"part-{k}.arrow"
                    rows = pa.array([i for group in part for i in group], type=pa.int64())
                    _write_arrow(table.take(rows), src)
                    sizes = [len(group) for group in part]
                    jobs.append((str(src), sizes, lang, name_to_id, str(work / f"merged-{k}")))
                del table
                done = [_read_part(out) for out in run(_merge_part_file, jobs)]
            events, mentions = _combine_parts(done)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if len(docs):
            docs = (
                docs.assign(_pos=docs["doc_id"].map(order)).sort_values("_pos").drop(columns="_pos")
            )
        tmp = self.path / f"merged.new-{uuid.uuid4().hex}"
        tmp.mkdir()
        notes = self._publish(
            tmp,
            name_to_id,
            {
                "events": events,
                "mentions": mentions,
                "documents": _table(docs, DOCUMENT_COLUMNS),
                "failures": _table(fails, FAILURE_COLUMNS),
            },
        )
        import pyarrow.compute as pc

        summary = StoreSummary(
            documents=len(docs),
            failures=len(fails),
            events=n_events,
            merged=events.num_rows,
            multi_source=int(pc.sum(pc.greater(events["n_sources"], 1)).as_py() or 0),
        )
        report = {
            "documents": summary.documents,
            "events": summary.events,
            "merged_events": summary.merged,
            "multi_source_events": summary.multi_source,
            "failures": [
                {"key": r["key"], "name": r["name"], "reason": r["reason"]}
                for r in (fails.to_dict("records") if len(fails) else [])
            ],
            "edits": len(self.oplog()[0]),
            "skipped_edits": notes,
        }
        _atomic_write_bytes(
            self.path / "report.json",
            json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8"),
        )
        return summary

    def _live_tables(
        self,
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
        when there is no ``run``."""
        batches = [str(self.path / "batches" / b) for b in self.batch_ids()]
        live = sorted(order)
        if work is None or run is None or parts <= 1 or len(batches) < 2:
            read = _read_slice(batches, live)
        else:
            size = -(-len(batches) // _in_rounds(parts, len(batches), _SLICE_BATCHES))
            jobs = [
                (batches[i : i + size], live, str(work / f"slice-{i // size}"))
                for i in range(0, len(batches), size)
            ]
            outs = run(_read_slice_file, jobs)
            read = {
                name: pa.concat_tables(
                    [_read_arrow(f"{out}-{name}.arrow") for out in outs], promote_options="default"
                )
                for name in _SLICE_TABLES
            }
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

    def _publish(
        self, folder: Path, name_to_id: dict[str, str], tables: dict[str, pa.Table] | None = None
    ) -> list[str]:
        """Apply the operation log to the merged events in ``folder`` (a new copy of
        ``merged/``), build the database over the result, and put both in place, each in
        one rename. Returns the notes of edits that no longer apply.

        ``tables``: the merged tables, still to be written to ``folder``; they are
        written while the database is built from them."""
        from concurrent.futures import ThreadPoolExecutor

        import duckdb

        def table(name: str) -> pa.Table:
            return tables[name] if tables is not None else _read_parquet(folder / f"{name}.parquet")

        with ThreadPoolExecutor(1) as files:  # Arrow writes and DuckDB both release the GIL
            written = files.submit(
                lambda: [pq.write_table(t, folder / f"{n}.parquet") for n, t in (tables or {}).items()]
            )
            done, _ = self.oplog()
            notes: list[str] = []
            final_tables = {n: table(n) for n in ("events", "mentions", "documents", "failures")}
            if done:
                events, mentions, notes = _curated_tables(
                    final_tables["events"], final_tables["mentions"], done, name_to_id
                )
                pq.write_table(events, folder / "curated.parquet")
                pq.write_table(mentions, folder / "curated_mentions.parquet")
                final_tables.update(events=events, mentions=mentions)
            db = self.path / "tmp" / f"timeline.{uuid.uuid4().hex}.duckdb"
            con = duckdb.connect(str(db))
            try:
                for name, t in final_tables.items():
                    con.register("source_table", t)
                    con.execute(f"CREATE TABLE {name} AS SELECT * FROM source_table")
                    con.unregister("source_table")
                con.execute("CREATE INDEX mentions_event ON mentions(event_id)")
                con.execute("CHECKPOINT")
            finally:
                con.close()
            written.result()
        final = self.path / "merged"
        old = self.path / f"merged.old-{uuid.uuid4().hex}"
        if final.exists():
            os.rename(final, old)
        os.rename(folder, final)
        os.replace(db, self.db_path)
        shutil.rmtree(old, ignore_errors=True)
        return notes

    # ------------------------------------------------------------------ curation

    @property
    def ops_path(self) -> Path:
        return self.path / "ops.json"

    def oplog(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The operation log and the operations undo took back (newest last)."""
        return self.oplog_of(self.path)

    @staticmethod
    def oplog_of(path: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """``oplog`` of the store at ``path``, read without creating anything there (a
        reader of a store it may not write)."""
        ops = Path(path) / "ops.json"
        if not ops.exists():
            return [], []
        data = json.loads(ops.read_text(encoding="utf-8"))
        return list(data.get("ops", [])), list(data.get("undone", []))

    @staticmethod
    def edits_in(path: str | Path) -> int:
        """How many edits the curator's log of the store at ``path`` holds."""
        return len(EventStore.oplog_of(path)[0])

    def _set_oplog(self, done: list[dict[str, Any]], undone: list[dict[str, Any]]) -> list[str]:
        """Write the log and rebuild the curated tables (the caller holds the lock)."""
        _atomic_write_bytes(
            self.ops_path,
            json.dumps({"ops": done, "undone": undone}, ensure_ascii=False).encode("utf-8"),
        )
        return self._republish()

    def _republish(self) -> list[str]:
        """Rebuild the curated tables from ``merged/`` and the log (no new merge)."""
        if not self.is_merged():
            self._merge(None)
            return list(self.report().get("skipped_edits", []))
        self.clean_tmp()
        folder = self.path / f"merged.new-{uuid.uuid4().hex}"
        folder.mkdir()
        for name in ("events", "mentions", "documents", "failures"):
            src, dst = self.path / "merged" / f"{name}.parquet", folder / f"{name}.parquet"
            try:
                os.link(src, dst)  # the machine's merge is not rewritten, only shared
            except OSError:
                shutil.copy2(src, dst)
        docs = _read_parquet(folder / "documents.parquet", columns=["name", "doc_id"])
        name_to_id = dict(
            zip(docs.column("name").to_pylist(), docs.column("doc_id").to_pylist(), strict=True)
        )
        notes = self._publish(folder, name_to_id)
        report = self.report()
        report["edits"] = len(self.oplog()[0])
        report["skipped_edits"] = notes
        _atomic_write_bytes(
            self.path / "report.json",
            json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8"),
        )
        return notes

    def record(self, op: dict[str, Any]) -> list[str]:
        """Append one operation (made with ``curate.make_*_op`` against ``events()``) to
        the log; it clears what undo took back. Returns the notes of skipped edits."""
        if not isinstance(op, dict) or "op" not in op:
            raise ValueError("An operation is a dict with an 'op' key (curate.make_*_op).")
        with self._locked():
            done, _ = self.oplog()
            return self._set_oplog([*done, dict(op)], [])

    def undo(self) -> bool:
        """Take back the last operation (False when there is none)."""
        with self._locked():
            done, undone = self.oplog()
            if not done:
                return False
            self._set_oplog(done[:-1], [*undone, done[-1]])
            return True

    def redo(self) -> bool:
        """Put back the operation undo took back last (False when there is none)."""
        with self._locked():
            done, undone = self.oplog()
            if not undone:
                return False
            self._set_oplog([*done, undone[-1]], undone[:-1])
            return True

    def is_merged(self) -> bool:
        return (self.path / "merged" / "events.parquet").exists() and self.db_path.exists()

    # ------------------------------------------------------------------ reading

    def events(self, curated: bool = True) -> pd.DataFrame:
        """The merged events, with the curator's edits applied unless ``curated`` is
        False: the schema's columns (mentions as lists) + n_sources, importance."""
        if not self.is_merged():
            self.merge()
        path = self.path / "merged" / "curated.parquet"
        if not curated or not path.exists():
            path = self.path / "merged" / "events.parquet"
        return _from_stored(_read_parquet(path).to_pandas())

    def event(self, event_id: str) -> pd.DataFrame:
        """One curated event as a frame of one row (empty when there is none): what an
        operation is made against (``curate.make_edit_op(store.event(i), i, ...)``)
        without reading the whole store into a frame."""
        import pyarrow.compute as pc

        if not self.is_merged():
            self.merge()
        path = self.path / "merged" / "curated.parquet"
        if not path.exists():
            path = self.path / "merged" / "events.parquet"
        table = _read_parquet(path)
        return _from_stored(table.filter(pc.equal(table["event_id"], event_id)).to_pandas())

    def table(self, name: str) -> pd.DataFrame:
        if not self.is_merged():
            self.merge()
        return _read_parquet(self.path / "merged" / f"{name}.parquet").to_pandas()

    def report(self) -> dict[str, Any]:
        path = self.path / "report.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


# --------------------------------------------------------------------------- rows <-> parquet


def _events_table(frame: pd.DataFrame | list[dict[str, Any]], merged: bool = False) -> pa.Table:
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
        if name in _LIST_COLUMNS:
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


def _op_targets(ops: Sequence[Any]) -> tuple[set[str], set[tuple[str, int]]]:
    """Every event id an operation names, and every fingerprint (document, offset)."""
    ids: set[str] = set()
    origins: set[tuple[str, int]] = set()
    for op in ops:
        if not isinstance(op, dict):
            continue
        for key in ("id", "ids"):
            value = op.get(key)
            for v in value if isinstance(value, list | tuple) else [value]:
                if v is not None:
                    ids.add(str(v))
        at = op.get("at")
        for a in at if isinstance(at, list | tuple) else [at]:
            try:
                origin = curate.origin_of(a)
            except (TypeError, ValueError):
                continue  # a damaged fingerprint: apply_ops says so
            if origin is not None:
                origins.add(origin)
    return ids, origins


def _curated_tables(
    events: pa.Table, mentions: pa.Table, ops: list[dict[str, Any]], name_to_id: dict[str, str]
) -> tuple[pa.Table, pa.Table, list[str]]:
    """The merged tables with ``ops`` applied, as ``curate.apply_ops`` applies a
    workspace's log (the same meaning, the same notes for what no longer applies).

    Only the rows an operation can reach (by id or by fingerprint) are replayed; every
    other row is copied as Arrow data, so an edit costs about the same on 100,000
    events as on 100. The rows keep their order; added events come last."""
    import pyarrow.compute as pc

    ids, origins = _op_targets(ops)
    touched = [
        i
        for i, (eid, doc, start) in enumerate(
            zip(
                events.column("event_id").to_pylist(),
                events.column("doc").to_pylist(),
                events.column("timex_start").to_pylist(),
                strict=True,
            )
        )
        if eid in ids or (doc, start) in origins
    ]
    sub = [_row(r) for r in events.take(pa.array(touched, type=pa.int64())).to_pylist()]
    frame = coerce(
        pd.DataFrame(sub, columns=column_names()) if sub else pd.DataFrame(columns=column_names())
    )
    curated, notes = curate.apply_ops(frame, ops)
    rows = [{str(k): v for k, v in r.items()} for r in curated.to_dict("records")]
    for r in rows:
        for name in ("start", "end"):
            v = r.get(name)
            if v is None or v is pd.NA or (isinstance(v, float) and math.isnan(v)):
                r[name] = None
    rows, new_mentions = _merged_tables(rows, name_to_id)
    n = events.num_rows
    place = {str(sub[j]["event_id"]): i for j, i in enumerate(touched)}
    gone = pa.array(sorted(place), type=pa.string())
    keep = pc.invert(pc.is_in(events["event_id"], value_set=gone))
    kept_pos = [i for i, k in enumerate(keep.to_pylist()) if k]
    new_pos = [place.get(str(r["event_id"]), n + k) for k, r in enumerate(rows)]
    table = pa.concat_tables(
        [events.filter(keep), _events_table(rows, merged=True)], promote_options="default"
    )
    order = sorted(range(table.num_rows), key=(kept_pos + new_pos).__getitem__)
    table = table.take(order)
    kept_mentions = mentions.filter(pc.invert(pc.is_in(mentions["event_id"], value_set=gone)))
    added = new_mentions.cast(mentions.schema) if new_mentions.num_rows else mentions.slice(0, 0)
    return table, pa.concat_tables([kept_mentions, added]), notes


def _row(record: dict[str, Any]) -> dict[str, Any]:
    out = dict(record)
    for name in _LIST_COLUMNS:
        v = out.get(name)
        out[name] = [] if v is None else [str(x) for x in v]
    # One copy of each key for all mentions, not eight new strings per mention: a merged
    # event retold by thousands of documents holds thousands of them.
    out["mentions"] = [{sys.intern(k): v for k, v in m.items()}
                       for m in json.loads(out.get("mentions") or "[]")]
    for name in ("start", "end"):
        if out.get(name) is None or (isinstance(out[name], float) and math.isnan(out[name])):
            out[name] = None
    return out


def _from_stored(table: pd.DataFrame) -> pd.DataFrame:
    if table.empty:
        out = coerce(pd.DataFrame(columns=column_names()))
        return out.assign(n_sources=pd.Series(dtype="int64"), importance=pd.Series(dtype="float64"))
    rows = [_row({str(k): v for k, v in r.items()}) for r in table.to_dict("records")]
    frame = coerce(pd.DataFrame(rows))
    frame["n_sources"] = table["n_sources"].astype("int64").to_numpy()
    frame["importance"] = table["importance"].astype("float64").to_numpy()
    return frame


# --------------------------------------------------------------------------- the merge


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


#: At most about this many events in one part of a merge, and batches in one slice of
#: the reading: a worker holds one part at a time, so its memory stays the same however
#: large the store grows (a connected group of blocks is never cut, so it can be larger).
_PART_EVENTS = 20_000
_SLICE_BATCHES = 100


def _in_rounds(workers: int, n: int, per_part: int) -> int:
    """How many parts ``n`` things go in: a multiple of ``workers`` (every worker gets as
    many), enough that none holds more than about ``per_part``."""
    workers = max(1, workers)
    return workers * max(1, -(-n // (workers * per_part)))


def _write_arrow(table: pa.Table, path: str | Path) -> None:
    """``table`` as an Arrow IPC file, in record batches of at most ``_ROWS_AT_ONCE``
    rows (so that it can be read back a batch at a time, see :func:`_rows_of_file`)."""
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=_ROWS_AT_ONCE)


def _read_arrow(path: str | Path) -> pa.Table:
    with pa.memory_map(str(path)) as source:
        return pa.ipc.open_file(source).read_all()


_SLICE_TABLES = ("events", "documents", "failures")


def _read_slice(batches: Sequence[str], live: Sequence[str]) -> dict[str, pa.Table]:
    """What these batch folders hold of the ``live`` documents, in batch order: their
    documents, failures and events, each event with its blocks (``_blocks``, see
    :func:`_keys`, which need no merge language)."""
    import pyarrow.compute as pc

    ids = pa.array(list(live), pa.string())
    out: dict[str, pa.Table] = {}
    for name, columns in zip(_SLICE_TABLES, (None, DOCUMENT_COLUMNS, FAILURE_COLUMNS), strict=True):
        parts = [t for t in (_read_parquet(Path(b) / f"{name}.parquet") for b in batches) if t.num_rows]
        if not parts:
            out[name] = (
                _events_table([])
                if columns is None
                else pa.table({c: pa.array([], pa.string()) for c in columns})
            )
            continue
        table = pa.concat_tables(parts, promote_options="default")
        out[name] = table.filter(pc.is_in(table["doc_id"], value_set=ids))
    blocks = []
    for r in out["events"].select(list(_KEY_COLUMNS)).to_pylist():
        for name in _LIST_COLUMNS:
            r[name] = [] if r[name] is None else [str(x) for x in r[name]]
        r["actor_ids"], r["place_id"] = world_ids(r)
        blocks.append(_keys(r))
    out["events"] = out["events"].append_column(
        "_blocks", pa.array(blocks, type=pa.list_(pa.string()))
    )
    return out


def _read_slice_file(batches: list[str], live: list[str], out: str) -> str:
    """:func:`_read_slice` to Arrow files ``out``-events/-documents/-failures (run on a
    worker)."""
    for name, table in _read_slice(batches, live).items():
        _write_arrow(table, f"{out}-{name}.arrow")
    return out


#: Runs ``fn(*args)`` for each tuple of ``args``, anywhere (the corpus's workers), and
#: returns the results in order.
PartRunner = Callable[[Callable[..., Any], list[tuple[Any, ...]]], list[Any]]

#: What a row's blocks are made of (see :func:`_keys`).
_KEY_COLUMNS = ("type", "date", "start_year", "end_year", "title", "actors", "actor_ids",
                "place", "place_id", "lang")


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


def _merge_part(
    table: pa.Table, lang: str, as_is: bool, name_to_id: dict[str, str]
) -> tuple[pa.Table, pa.Table]:
    """One part's rows (with ``_pos`` and ``_blocks``) merged: its events and their
    mentions as tables, each row with the ``_pos`` of the event's first report."""
    # merge_frames leaves a single document as it is: each row is its own group
    keys = table["_blocks"].to_pylist()
    groups = [[i] for i in range(len(keys))] if as_is else _components(keys)
    del keys
    order = [i for group in groups for i in group]
    pieces = list(_merged_pieces(_rows_in_order(table, order), (len(g) for g in groups),
                                 lang, as_is, name_to_id))
    return (pa.concat_tables([e for e, _ in pieces]),
            pa.concat_tables([m for _, m in pieces]))


def _merge_part_file(
    src: str, sizes: list[int], lang: str, name_to_id: dict[str, str], out: str
) -> str:
    """A part merged from and to Arrow files (run on a worker): its rows in ``src``,
    group after group (``sizes``: how many rows each group has, in the file's order),
    its events and mentions written to ``out``-events/-mentions as they are made."""
    pieces = _merged_pieces(_rows_of_file(src), sizes, lang, False, name_to_id)
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
    return out


#: How many rows of a part are Python dicts at once while it is merged, and how many
#: merged events wait before they are made Arrow again.
_ROWS_AT_ONCE = 4096

#: A row to merge: its ``_pos``, its blocks and the row itself (see :func:`_row`).
_Row = tuple[int, list[str], dict[str, Any]]


def _merged_pieces(
    rows: Iterator[_Row], sizes: Iterable[int], lang: str, as_is: bool, name_to_id: dict[str, str]
) -> Iterator[tuple[pa.Table, pa.Table]]:
    """The events that ``rows`` merge into, a few thousand at a time, as tables (see
    :func:`_piece`); at least one, empty when there are none.

    ``rows`` come group after group (rows connected through shared blocks, see
    :func:`_components`), ``sizes`` saying how many each group has; each group is
    merged by ``frame.Merger``, or, ``as_is``, each row stays an event. What is held
    at once is a few thousand rows and the events of one group, however large the
    part: rows are read as they are merged, and events leave as Arrow as they add up."""
    finished: list[tuple[int, dict[str, Any]]] = []  # (first report's _pos, event)
    for size in sizes:
        if as_is:
            pos, _, row = next(rows)
            finished.append((pos, row))
        else:
            merger = Merger()
            firsts: list[int] = []
            for _ in range(size):
                pos, keys, row = next(rows)
                if merger.add(in_language(row, lang), keys) is None:
                    firsts.append(pos)
            finished.extend(zip(firsts, merger.kept, strict=True))
            del merger
        if len(finished) >= _ROWS_AT_ONCE:
            yield from _pieces(finished, name_to_id)
    yield from _pieces(finished, name_to_id, last=True)


def _pieces(
    finished: list[tuple[int, dict[str, Any]]], name_to_id: dict[str, str], last: bool = False
) -> Iterator[tuple[pa.Table, pa.Table]]:
    """``finished`` events as tables (see :func:`_piece`), a few thousand events and
    mentions at a time, each event let go of once it is a table (``finished`` is left
    empty); one empty piece when ``last`` and there are none."""
    if last and not finished:
        yield _piece([], name_to_id)
    while finished:
        n = mentions = 0
        while n < len(finished) and n < _ROWS_AT_ONCE and mentions < _ROWS_AT_ONCE:
            mentions += len(finished[n][1]["mentions"])
            n += 1
        piece = _piece(finished[:n], name_to_id)
        del finished[:n]
        yield piece


def _rows_in_order(table: pa.Table, order: list[int]) -> Iterator[_Row]:
    """The rows of ``table`` in ``order``, made Python a few thousand at a time."""
    for at in range(0, len(order), _ROWS_AT_ONCE):
        yield from _rows_of(table.take(pa.array(order[at : at + _ROWS_AT_ONCE], type=pa.int64())))


def _rows_of_file(path: str) -> Iterator[_Row]:
    """The rows of an Arrow file in its order, one record batch in memory at a time."""
    with pa.OSFile(path) as source:
        reader = pa.ipc.open_file(source)
        for i in range(reader.num_record_batches):
            yield from _rows_of(reader.get_batch(i))


def _rows_of(batch: pa.Table | pa.RecordBatch) -> Iterator[_Row]:
    for record in batch.to_pylist():
        pos, keys = record.pop("_pos"), record.pop("_blocks")
        yield pos, keys, _row(record)


def _piece(
    merged: list[tuple[int, dict[str, Any]]], name_to_id: dict[str, str]
) -> tuple[pa.Table, pa.Table]:
    """Merged events, each with its first report's ``_pos``, as an events table and a
    mentions table (the event's ``_pos`` on each of its mentions)."""
    events, mentions = _merged_tables([e for _, e in merged], name_to_id)
    per_event = [p for p, e in merged for _ in e["mentions"]]
    return (
        _events_table(events, merged=True).append_column(
            "_pos", pa.array([p for p, _ in merged], type=pa.int64())
        ),
        mentions.append_column("_pos", pa.array(per_event, type=pa.int64())),
    )


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


_MENTION_SCHEMA = pa.schema(
    [
        (c, pa.int64() if c.endswith(("_start", "_end")) or c == "sentence" else pa.string())
        for c in MENTION_COLUMNS
    ]
)


def _merged_tables(
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
    return events, pa.table(columns, schema=_MENTION_SCHEMA)


def iter_batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
