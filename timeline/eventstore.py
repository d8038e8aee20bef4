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

The merge (:mod:`timeline.storemerge`) follows ``frame.merge_frames`` exactly, group of
blocks by group, and a corpus run cuts it into parts that run on its workers
(``merge(parts=..., run=...)``); the result is the same as one merge in one process,
byte for byte. The tables both read and write are :mod:`timeline.storetables`.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import curate
from .schema import coerce, column_names
from .storemerge import PartRunner, merge_batches
from .storetables import (
    DOCUMENT_COLUMNS,
    FAILURE_COLUMNS,
    MENTION_COLUMNS,
    TYPE_WEIGHT,
    events_table,
    frame_table,
    importance,
    merged_tables,
    read_parquet,
    stored_row,
)

__all__ = [
    "DOCUMENT_COLUMNS",
    "FAILURE_COLUMNS",
    "MENTION_COLUMNS",
    "TYPE_WEIGHT",
    "EventStore",
    "StoreSummary",
    "importance",
]


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
        pq.write_table(frame_table(documents, DOCUMENT_COLUMNS), tmp / "documents.parquet")
        pq.write_table(events_table(events), tmp / "events.parquet")
        pq.write_table(frame_table(failures, FAILURE_COLUMNS), tmp / "failures.parquet")
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
                    read_parquet(self.path / "batches" / b / f"{name}.parquet", columns=["doc_id"])
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
            t = read_parquet(self.path / "runs" / f"{run}.parquet")
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
        order = {d: i for i, d in enumerate(self.live())}
        merged = merge_batches(
            [str(self.path / "batches" / b) for b in self.batch_ids()],
            order,
            lang,
            self.path / "tmp" / f"merge-{uuid.uuid4().hex}",  # the parts' files
            parts=parts,
            run=run,
        )
        events, docs, fails = merged.events, merged.documents, merged.failures
        if len(docs):
            docs = (
                docs.assign(_pos=docs["doc_id"].map(order)).sort_values("_pos").drop(columns="_pos")
            )
        tmp = self.path / f"merged.new-{uuid.uuid4().hex}"
        tmp.mkdir()
        notes = self._publish(
            tmp,
            merged.name_to_id,
            {
                "events": events,
                "mentions": merged.mentions,
                "documents": frame_table(docs, DOCUMENT_COLUMNS),
                "failures": frame_table(fails, FAILURE_COLUMNS),
            },
        )
        import pyarrow.compute as pc

        summary = StoreSummary(
            documents=len(docs),
            failures=len(fails),
            events=merged.n_events,
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
            return tables[name] if tables is not None else read_parquet(folder / f"{name}.parquet")

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
        docs = read_parquet(folder / "documents.parquet", columns=["name", "doc_id"])
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
        return _from_stored(read_parquet(path).to_pandas())

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
        table = read_parquet(path)
        return _from_stored(table.filter(pc.equal(table["event_id"], event_id)).to_pandas())

    def table(self, name: str) -> pd.DataFrame:
        if not self.is_merged():
            self.merge()
        return read_parquet(self.path / "merged" / f"{name}.parquet").to_pandas()

    def report(self) -> dict[str, Any]:
        path = self.path / "report.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


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
    sub = [stored_row(r) for r in events.take(pa.array(touched, type=pa.int64())).to_pylist()]
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
    rows, new_mentions = merged_tables(rows, name_to_id)
    n = events.num_rows
    place = {str(sub[j]["event_id"]): i for j, i in enumerate(touched)}
    gone = pa.array(sorted(place), type=pa.string())
    keep = pc.invert(pc.is_in(events["event_id"], value_set=gone))
    kept_pos = [i for i, k in enumerate(keep.to_pylist()) if k]
    new_pos = [place.get(str(r["event_id"]), n + k) for k, r in enumerate(rows)]
    table = pa.concat_tables(
        [events.filter(keep), events_table(rows, merged=True)], promote_options="default"
    )
    order = sorted(range(table.num_rows), key=(kept_pos + new_pos).__getitem__)
    table = table.take(order)
    kept_mentions = mentions.filter(pc.invert(pc.is_in(mentions["event_id"], value_set=gone)))
    added = new_mentions.cast(mentions.schema) if new_mentions.num_rows else mentions.slice(0, 0)
    return table, pa.concat_tables([kept_mentions, added]), notes



def _from_stored(table: pd.DataFrame) -> pd.DataFrame:
    if table.empty:
        out = coerce(pd.DataFrame(columns=column_names()))
        return out.assign(n_sources=pd.Series(dtype="int64"), importance=pd.Series(dtype="float64"))
    rows = [stored_row({str(k): v for k, v in r.items()}) for r in table.to_dict("records")]
    frame = coerce(pd.DataFrame(rows))
    frame["n_sources"] = table["n_sources"].astype("int64").to_numpy()
    frame["importance"] = table["importance"].astype("float64").to_numpy()
    return frame



def iter_batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
