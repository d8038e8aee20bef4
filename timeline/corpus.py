"""A corpus of documents becomes one merged timeline in an event store, on Dask.

    from timeline.corpus import corpus
    result = corpus(["archive/", "feeds/*.jsonl"], "store/")          # every local core
    result = corpus(["archive/"], "store/", scheduler="tcp://host:8786")  # a cluster

Inputs are folders (searched recursively), globs and files: ``.txt``/``.md``/``.html``
documents, and tables (JSONL, CSV, Parquet) with one document per row in the columns
``text``, ``date``, ``lang``, ``title``, ``url``, ``source`` (renamed with ``columns=``).

Each document is keyed by the hash of its text, language and date. A run reads the
inputs, skips every document the store already holds (so a grown folder costs only its
new or changed documents, and a killed run resumes where it died), and extracts the
rest as a Dask bag, one batch of documents per partition; each batch is committed to
the store in one rename (``timeline.eventstore``). The merge runs last and is
idempotent. A document that cannot be read or extracted is recorded with its reason in
the store's report and the run goes on.
"""

from __future__ import annotations

import glob
import json
import os
import sys
import time
import types
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from . import ingest
from .eventstore import EventStore, StoreSummary, content_id, iter_batches

__all__ = ["CorpusResult", "ReadOptions", "RunHooks", "TABLE_SUFFIXES", "corpus", "read_inputs"]

TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".parquet")
_FIELDS = ("text", "date", "lang", "title", "url", "source")


@dataclass(frozen=True)
class InputDoc:
    """One input document (or the reason it could not be read)."""

    key: str  # where it came from: a path, or path:line for a table row
    name: str  # the document's name in events ('doc'): unique per key
    text: str = ""
    date: str = ""
    lang: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    error: str = ""

    @cached_property
    def id(self) -> str:  # the hash, read once per document (in the driver and in its worker)
        if self.error:
            return content_id("failed", self.key, self.error)
        return content_id(self.text, self.lang, self.date)


@dataclass
class CorpusResult:
    store: Path
    seen: int  # documents given
    processed: int  # documents extracted (or failed) in this run
    skipped: int  # already in the store
    failures: int  # failures recorded in this run
    events: int  # events extracted in this run
    seconds: float
    summary: StoreSummary
    failed: list[tuple[str, str]] = field(default_factory=list)  # (key, reason) this run
    merge_seconds: float = 0.0  # of ``seconds``, the merge
    worker_peak_mb: float = 0.0  # the largest resident memory a worker reached extracting
    merge_peak_mb: float = 0.0  # ... and merging its part of the store (0: merged here)

    def line(self) -> str:
        s = self.summary
        rate = self.processed / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.seen} documents: {self.processed} processed ({rate:.1f}/s), "
            f"{self.skipped} already in the store, {self.failures} failed; "
            f"{self.events} events extracted; the store holds {s.documents} documents, "
            f"{s.merged} merged events ({s.multi_source} told by more than one "
            f"source), {s.failures} failures; {self.seconds:.1f} s"
        )


# --------------------------------------------------------------------------- inputs


def _expand(inputs: Sequence[str | Path]) -> Iterator[tuple[Path, str]]:
    """(file, name) for every input file: folders recursively, globs, files."""
    for raw in inputs:
        text = str(raw)
        p = Path(text)
        if p.is_dir():
            # Every file but hidden ones: one of another type is reported, not skipped.
            for f in sorted(q for q in p.rglob("*") if q.is_file()):
                rel = f.relative_to(p)
                if not any(part.startswith(".") for part in rel.parts):
                    yield f, rel.as_posix()
        elif any(c in text for c in "*?["):
            for m in sorted(glob.glob(text, recursive=True)):
                if Path(m).is_file():
                    yield Path(m), Path(m).name
        else:
            yield p, p.name


def _file_item(path: Path, name: str, max_bytes: int) -> InputDoc:
    from .ingest import parse_document

    key = str(path.resolve())
    try:
        size = path.stat().st_size
    except OSError as e:
        return InputDoc(key, name, error=f"cannot be read ({e.strerror})")
    if size > max_bytes:
        return InputDoc(
            key,
            name,
            error=f"is {ingest.human_size(size)}; the limit is {ingest.human_size(max_bytes)}",
        )
    try:
        data = path.read_bytes()
        text = ingest.text_from_upload(name, data, max_bytes=max_bytes)
    except OSError as e:
        return InputDoc(key, name, error=f"cannot be read ({e.strerror})")
    except ingest.IngestError as e:
        return InputDoc(key, name, error=str(e))
    doc = parse_document(text, name)
    meta = dict(doc.meta)
    title = doc.title
    if not title and path.suffix.lower() in ingest.HTML_SUFFIXES:
        title = ingest.html_title(data.decode("utf-8", "replace"))
    lang = doc.lang if doc.lang in ("nb", "en") else ""
    return InputDoc(
        key,
        name,
        doc.text,
        doc.dct.iso() if doc.dct else "",
        lang,
        title,
        meta.get("url", ""),
        meta.get("source", ""),
    )


def _row_item(
    record: Mapping[str, Any], key: str, name: str, columns: Mapping[str, str], max_bytes: int
) -> InputDoc:
    def cell(field_: str) -> str:
        v = record.get(columns.get(field_, field_))
        if v is None or (isinstance(v, float) and v != v):
            return ""
        return str(v).strip() if field_ != "text" else str(v)

    raw = record.get(columns.get("text", "text"))
    meta = {f: cell(f) for f in _FIELDS if f != "text"}
    if raw is None or (isinstance(raw, float) and raw != raw) or not str(raw).strip():
        return InputDoc(key, name, error=f"has no text (column “{columns.get('text', 'text')}”)")
    text = str(raw)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return InputDoc(
            key,
            name,
            error=f"is {ingest.human_size(size)}; the limit is {ingest.human_size(max_bytes)}",
        )
    if "\x00" in text or ingest.looks_binary(text):
        return InputDoc(key, name, error="contains control characters and does not look like text")
    lang = meta["lang"].lower()
    if lang and lang not in ("nb", "en"):
        try:
            from .lang import normalise

            lang = normalise(lang)
        except ValueError:
            lang = ""
    date = meta["date"]
    if date:  # the forms a header's date: takes (ISO with a time, e-mail dates, 26.04.2019)
        from .ingest import parse_dct

        try:
            date = parse_dct(date).iso()
        except ValueError:
            date = ""  # kept without a date, as a file whose header date cannot be read
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return InputDoc(key, name, text, date, lang, meta["title"], meta["url"], meta["source"])


def _table_items(path: Path, columns: Mapping[str, str], max_bytes: int) -> Iterator[InputDoc]:
    base = str(path.resolve())
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with open(path, "rb") as f:
            for n, line in enumerate(f, start=1):
                key, name = f"{base}:{n}", f"{path.name}:{n}"
                if not line.strip():
                    continue
                try:
                    record = json.loads(line.decode("utf-8"))
                except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
                    yield InputDoc(key, name, error=f"is not a JSON line ({type(e).__name__})")
                    continue
                if not isinstance(record, dict):
                    yield InputDoc(key, name, error="is not a JSON object")
                    continue
                yield _row_item(record, key, name, columns, max_bytes)
    elif suffix == ".csv":
        import pandas as pd

        try:
            chunks = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=2000)
            n = 1
            for chunk in chunks:
                for record in chunk.to_dict("records"):
                    record = {str(k): v for k, v in record.items()}
                    n += 1
                    yield _row_item(record, f"{base}:{n}", f"{path.name}:{n}", columns, max_bytes)
        except (ValueError, UnicodeDecodeError, OSError) as e:
            yield InputDoc(base, path.name, error=f"is not a readable CSV file ({e})")
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            pf = pq.ParquetFile(path)
            n = 0
            for batch in pf.iter_batches(batch_size=2000):
                for record in batch.to_pylist():
                    n += 1
                    yield _row_item(record, f"{base}:{n}", f"{path.name}:{n}", columns, max_bytes)
        except (pa.ArrowException, OSError) as e:
            yield InputDoc(base, path.name, error=f"is not a readable Parquet file ({e})")


#: Called with a finished batch's counts (documents, failures, events).
Progress = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: ``columns`` renames a table's columns (``{"text": "body"}``);
    a document over ``max_bytes`` is recorded as a failure."""

    columns: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = ingest.MAX_DOCUMENT_BYTES


@dataclass(frozen=True)
class RunHooks:
    """What a run tells its caller: ``on_start(todo, skipped)`` before extraction, and
    ``on_batch(counts)`` after each finished batch."""

    on_start: Callable[[int, int], None] | None = None
    on_batch: Progress | None = None


def read_inputs(inputs: Sequence[str | Path], reading: ReadOptions | None = None) -> Iterator[InputDoc]:
    """Every document of the inputs, in order, each with a unique name."""
    reading = reading or ReadOptions()
    columns, max_bytes = dict(reading.columns), reading.max_bytes
    names: set[str] = set()
    for path, name in _expand(inputs):
        if not path.exists():
            yield InputDoc(str(path), name, error="does not exist")
            continue
        suffix = path.suffix.lower()
        items: Iterable[InputDoc]
        if suffix in TABLE_SUFFIXES:
            items = _table_items(path, columns, max_bytes)
        elif suffix in ingest.SUPPORTED_SUFFIXES:
            items = [_file_item(path, name, max_bytes)]
        else:
            items = [
                InputDoc(
                    str(path.resolve()),
                    name,
                    error=f"files of type {suffix or 'no extension'} are not supported",
                )
            ]
        for item in items:
            if item.name in names:  # the same name from two inputs
                item = InputDoc(**{**item.__dict__, "name": f"{item.name}~{content_id(item.key)[:6]}"})
            names.add(item.name)
            yield item


# --------------------------------------------------------------------------- one batch


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB since it started its program.

    On Linux, ``VmHWM`` of ``/proc/self/status``: ``getrusage``'s ``ru_maxrss`` of a
    process started by fork + exec (a spawned pool worker) also counts the memory of
    the parent it was forked from, so it would report the driver's size, not the
    worker's."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _process(batch: list[InputDoc], store: str) -> dict[str, Any]:
    """Extract one batch and commit it to the store (runs on a worker)."""
    import pandas as pd

    from .pipeline import document_rows
    from .schema import from_rows
    from .types import DocDate, Document

    rows: list[dict[str, object]] = []  # the batch's events: one frame for the batch
    doc_ids: list[str] = []
    ords: list[int] = []
    docs: list[dict[str, Any]] = []
    fails: list[dict[str, Any]] = []
    for item in batch:
        if item.error:
            fails.append(
                {"doc_id": item.id, "key": item.key, "name": item.name, "reason": item.error}
            )
            continue
        try:
            doc = Document(
                name=item.name,
                text=item.text,
                title=item.title,
                lang=item.lang or None,
                dct=DocDate.parse(item.date) if item.date else None,
            )
            found = document_rows(doc)
        except Exception as e:  # one bad document never stops the corpus
            fails.append(
                {
                    "doc_id": item.id,
                    "key": item.key,
                    "name": item.name,
                    "reason": f"extraction failed: {type(e).__name__}: {e}"[:500],
                }
            )
            continue
        rows.extend(found)
        doc_ids.extend([item.id] * len(found))
        ords.extend(range(len(found)))
        lang = str(found[0]["lang"]) if found else (item.lang or "")
        docs.append(
            {
                "doc_id": item.id,
                "key": item.key,
                "name": item.name,
                "title": item.title or ingest.default_title(item.text, item.name),
                "date": item.date,
                "lang": lang,
                "url": item.url,
                "source": item.source,
                "chars": len(item.text),
                "n_events": len(found),
            }
        )
    frame = from_rows(rows).assign(doc_id=doc_ids, ord=ords) if rows else pd.DataFrame()
    batch_id = content_id(*sorted(i.id for i in batch))
    EventStore(store).write_batch(batch_id, pd.DataFrame(docs), frame, pd.DataFrame(fails))
    return {
        "documents": len(docs),
        "failures": len(fails),
        "events": len(frame),
        "failed": [(f["key"], f["reason"]) for f in fails],
        "peak_mb": peak_rss_mb(),
    }


def _partition(items: Iterable[list[InputDoc]], store: str) -> list[dict[str, Any]]:
    return [_process(list(batch), store) for batch in items]


# --------------------------------------------------------------------------- the run



def corpus(
    inputs: Sequence[str | Path] | str | Path,
    store: str | Path,
    *,
    workers: int | None = None,
    scheduler: Any = None,
    batch_size: int = 32,
    reading: ReadOptions | None = None,
    lang: str | None = None,
    hooks: RunHooks | None = None,
) -> CorpusResult:
    """Extract every new document of ``inputs`` into ``store`` and merge the store.

    ``scheduler``: None (the local process pool, ``workers`` processes, every core by
    default), ``"sync"``/``"threads"``/``"processes"``, a ``tcp://`` address of a Dask
    scheduler, or a ``distributed.Client``. With a cluster, ``store`` must be a folder
    every worker can write (a shared file system). ``lang``: the language actors and
    places are named in (default: the first document's). ``reading``: table columns and
    the size limit (:class:`ReadOptions`); ``hooks``: progress callbacks (:class:`RunHooks`).
    """
    started = time.perf_counter()
    if isinstance(inputs, str | Path):
        inputs = [inputs]
    es = EventStore(store)
    es.clean_tmp()
    known = es.known_ids()
    keys: list[str] = []
    ids: list[str] = []
    todo: list[InputDoc] = []
    queued: set[str] = set()
    hooks = hooks or RunHooks()
    job = _Job(scheduler, workers, max(1, batch_size), lang, hooks)
    pool = None
    try:
        for item in read_inputs(inputs, reading):
            i = item.id
            keys.append(item.key)
            ids.append(i)
            if i not in known and i not in queued:
                queued.add(i)
                todo.append(item)
                if pool is None:
                    pool = _local_pool(scheduler, workers)
        es.add_run(keys, ids)
        return _run(es, todo, job, seen=len(keys), started=started, pool=pool)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _warm() -> float:
    """Run in each new pool worker while the driver reads the inputs: the extractor's
    modules imported and its tables loaded before the first batch arrives."""
    from .pipeline import extract_document
    from .types import Document

    extract_document(Document(name="warm", text="The treaty was signed on 1 May 2001."))
    return peak_rss_mb()


def _local_pool(scheduler: Any, workers: int | None) -> Any:
    """The process pool the local ``processes`` scheduler will use, started now: its
    workers are spawned while the driver is small (a spawned process starts from an
    empty interpreter, whatever the driver holds later) and warm up while the inputs
    are read. None for any other scheduler."""
    if (scheduler or ("sync" if workers == 1 else "processes")) != "processes":
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    import dask

    n = workers or os.cpu_count() or 1
    context = multiprocessing.get_context(dask.config.get("multiprocessing.context", "spawn"))
    pool = ProcessPoolExecutor(n, mp_context=context)
    for _ in range(n):  # one task each: the pool starts a worker for each
        pool.submit(_warm)
    return pool


@dataclass(frozen=True)
class _Job:
    """What a run was asked to do, beyond its documents."""

    scheduler: Any
    workers: int | None
    batch_size: int
    lang: str | None
    hooks: RunHooks


def _run(es: EventStore, todo: list[InputDoc], job: _Job, *, seen: int, started: float,
         pool: Any) -> CorpusResult:
    import dask

    scheduler, workers, lang, hooks = job.scheduler, job.workers, job.lang, job.hooks
    skipped = seen - len(todo)
    if hooks.on_start is not None:
        hooks.on_start(len(todo), skipped)
    batches = list(iter_batches(todo, job.batch_size))
    totals = {"documents": 0, "failures": 0, "events": 0}
    failed: list[tuple[str, str]] = []
    peak = [0.0]

    def add(stats: dict[str, Any]) -> None:
        for k in totals:
            totals[k] += int(stats[k])
        failed.extend(stats["failed"])
        peak[0] = max(peak[0], float(stats.get("peak_mb", 0.0)))
        if hooks.on_batch is not None:
            hooks.on_batch(stats)

    if batches:
        _compute(batches, str(es.path), scheduler, workers, add, dask, pool)
    merging = time.perf_counter()
    parts, run = _merge_runner(scheduler, workers, dask, pool)
    merge_peaks: list[float] = []

    def measured(fn: Callable[..., Any], jobs: list[tuple[Any, ...]]) -> list[Any]:
        assert run is not None
        out = run(_with_peak, [(fn, *job) for job in jobs])
        merge_peaks.extend(peak for _, peak in out)
        return [result for result, _ in out]

    summary = es.merge(lang=lang, parts=parts, run=measured if run is not None else None)
    merge_seconds = time.perf_counter() - merging
    return CorpusResult(
        es.path,
        seen,
        totals["documents"] + totals["failures"],
        skipped,
        totals["failures"],
        totals["events"],
        time.perf_counter() - started,
        summary,
        failed,
        merge_seconds,
        peak[0],
        max(merge_peaks, default=0.0),
    )


def _with_peak(fn: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    """``fn(*args)`` on a worker, and the worker's peak memory after it."""
    return fn(*args), peak_rss_mb()


def extraction_bag(batches: Sequence[list[InputDoc]], store: str,
                   scattered: Sequence[Any] | None = None) -> Any:
    """The extraction as a Dask bag: one partition per batch, each committing its
    events to ``store``.

    ``scattered``: on a distributed cluster, the futures of the partitions
    (``[batch]`` each) already sent to the workers with ``Client.scatter``; the bag is
    built over them, so the documents' texts go from here to the workers once and never
    sit in the task graph (the scheduler would hold them all: 22 MB of graph for 10,000
    documents). The caller keeps the futures until the bag is computed: the graph
    refers to them by key only, and the cluster lets go of data nobody holds. Locally
    each batch is a delayed value named, not hashed: from_sequence would tokenize every
    document's text in the driver (seconds per 10,000 documents, before the workers
    start), and a batch's name needs no more than to be unique."""
    import dask
    import dask.bag as db

    if scattered is not None:
        return db.from_delayed(list(scattered)).map_partitions(_partition, store)
    run_id = uuid.uuid4().hex
    chunks = [dask.delayed([batch], name=f"corpus-batch-{run_id}-{i}", traverse=False)
              for i, batch in enumerate(batches)]
    return db.from_delayed(chunks).map_partitions(_partition, store)


def scatter_batches(client: Any, batches: Sequence[list[InputDoc]]) -> list[Any]:
    """The batches sent to the cluster's workers, as the partitions of
    :func:`extraction_bag` (``[batch]`` each): one future per partition."""
    return list(client.scatter([[batch] for batch in batches], hash=False))


def _compute(
    batches: Sequence[list[InputDoc]],
    store: str,
    scheduler: Any,
    workers: int | None,
    add: Callable[[dict[str, Any]], None],
    dask: Any,
    pool: Any = None,
) -> None:
    """Run the extraction bag: on a distributed cluster as futures (results as they
    finish), else on a local scheduler with a callback per finished partition."""
    client, own = _client_of(scheduler)
    if client is not None:
        from distributed import as_completed

        try:
            # the bag holds the scattered batches' futures: kept until every partition is
            # done, or the cluster may let go of batches not yet read ("lost dependencies")
            scattered = scatter_batches(client, batches)  # held until every batch is done
            futures = client.compute(extraction_bag(batches, store, scattered).to_delayed())
            for future in as_completed(futures):
                for stats in future.result():
                    add(stats)
            del scattered
        finally:
            if own:
                client.close()
        return
    from dask.callbacks import Callback

    done: set[int] = set()

    class _Done(Callback):
        # A fused task and its alias both report a partition: count each index once.
        def _posttask(self, key: Any, result: Any, dsk: Any, state: Any, id: Any) -> None:
            if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[1], int)):
                return
            if key[1] in done:
                return
            if (
                isinstance(result, list)
                and result
                and all(isinstance(r, dict) and "events" in r and "failed" in r for r in result)
            ):
                done.add(key[1])
                for stats in result:
                    add(stats)

    bag = extraction_bag(batches, store)
    kind = scheduler or ("sync" if workers == 1 else "processes")
    options: dict[str, Any] = {"scheduler": kind}
    if kind == "processes":
        options["num_workers"] = workers or os.cpu_count() or 1
        options["chunksize"] = 1  # a batch at a time, not six: no worker idles at the end
        if pool is not None:
            options["pool"] = pool
    elif kind == "threads" and workers:
        options["num_workers"] = workers
    with _Done():
        (parts,) = dask.compute(bag.to_delayed(), **options)
    for i, part in enumerate(parts):  # partitions the callback did not see (fused away)
        if i not in done:
            for stats in part:
                add(stats)


def _on_cluster(scheduler: Any) -> bool:
    """Whether ``scheduler`` is a Dask distributed cluster (a client or an address)."""
    return (scheduler is not None and not isinstance(scheduler, str)) or (
        isinstance(scheduler, str) and "://" in scheduler
    )


def _client_of(scheduler: Any) -> tuple[Any, bool]:
    """The distributed client ``scheduler`` names, and whether it was opened here (and
    must be closed); (None, False) for a local scheduler."""
    if not _on_cluster(scheduler):
        return None, False
    if not isinstance(scheduler, str):
        return scheduler, False  # a distributed.Client
    from distributed import Client

    return Client(scheduler), True


def _merge_runner(scheduler: Any, workers: int | None, dask: Any, pool: Any) -> tuple[int, Any]:
    """How many workers the store's merge is dealt out to, and what runs its parts there:
    the run's own workers (its process pool, or its cluster). One, in this process, on
    one worker, on threads (the merge holds the GIL), or when no pool was started
    (nothing new to extract: a pool would cost more than it saves)."""
    if _on_cluster(scheduler):

        def on_cluster(fn: Callable[..., Any], jobs: list[tuple[Any, ...]]) -> list[Any]:
            client, own = _client_of(scheduler)
            try:
                return list(client.gather([client.submit(fn, *job, pure=False) for job in jobs]))
            finally:
                if own:
                    client.close()

        client, own = _client_of(scheduler)
        n = len(client.nthreads())
        if own:
            client.close()
        return max(1, n), on_cluster
    kind = scheduler or ("sync" if workers == 1 else "processes")
    if kind != "processes" or pool is None:
        return 1, None
    n = workers or os.cpu_count() or 1

    def on_pool(fn: Callable[..., Any], jobs: list[tuple[Any, ...]]) -> list[Any]:
        def data(arg: Any) -> Any:  # a list or dict is data: not searched for dask objects
            if isinstance(arg, list | dict):
                return dask.delayed(arg, name=f"corpus-merge-{uuid.uuid4().hex}", traverse=False)
            return arg

        tasks = [dask.delayed(fn, pure=False)(*map(data, job)) for job in jobs]
        # chunksize=1: the local scheduler otherwise hands tasks out six at a time, so
        # two parts went to one worker, one after the other
        (done,) = dask.compute(tasks, scheduler="processes", num_workers=n, pool=pool,
                               chunksize=1)
        return list(done)

    return n, on_pool


class _CallableModule(types.ModuleType):
    """``timeline.corpus(...)`` calls :func:`corpus`: importing ``timeline.corpus`` makes
    the package attribute this module, so the module itself answers the call."""

    def __call__(self, *args: Any, **kwargs: Any) -> CorpusResult:
        return corpus(*args, **kwargs)


sys.modules[__name__].__class__ = _CallableModule
