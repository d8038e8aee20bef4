"""Command line: a thin layer over the public API.

    python -m timeline extract FILE... [--dct YYYY[-MM[-DD]]] [--lang nb|en] [-o OUT]
                                       [--format csv|jsonl|json|timelinejs|timelinejs-csv|embed]
                                       [--title TITLE]
    python -m timeline timex FILE [--dct ...] [--lang ...] [--format jsonl|json|csv]
    python -m timeline png FILE... -o out.png [--width W --height H --scale S]
    python -m timeline html FILE... -o out.html
    python -m timeline corpus INPUT... -o STORE [--workers N] [--scheduler ADDRESS]
    python -m timeline query STORE [--format jsonl|json|csv] [-o OUT]

Every format is written by ``timeline.export``, as the app writes it: the same CSV
cells (actors as "Nord-Korea; Russland", formulas defused), and each event's source and
URL from the documents' ``source:``/``url:`` header lines. Exit codes: 0 done (a warning on stderr when a file
held no events), 2 bad input or options, 3 no server-side PNG here.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import export
from .ingest import IngestError, parse_dct, read_document
from .pipeline import timexes
from .types import DocDate, Document

if TYPE_CHECKING:  # extract writes the pipeline's rows: pandas loads only for a chart
    import pandas as pd

    from .workspace import Workspace

__all__ = ["main", "build_parser"]

# Columns the stable CLI promises, in order; more may follow. They are the CSV's first
# columns, for the app's CSV too.
EXTRACT_COLUMNS = list(export.CSV_COLUMNS_FIRST)
# extract --format: what each writes (the TimelineJS ones need a title and a language)
EXTRACT_FORMATS = ("csv", "jsonl", "json", "timelinejs", "timelinejs-csv", "embed")


TIMEX_COLUMNS = ["doc", "start", "end", "text", "type", "value"]


def _docdate(text: str) -> DocDate:
    try:
        return parse_dct(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _png_side(text: str) -> int:
    from .render import PNG_MAX_SIDE, PNG_MIN_SIDE  # only when the option is given

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if not PNG_MIN_SIDE <= value <= PNG_MAX_SIDE:
        raise argparse.ArgumentTypeError(
            f"must be {PNG_MIN_SIDE} to {PNG_MAX_SIDE} pixels, got {value}")
    return value


def _png_scale(text: str) -> float:
    from .render import PNG_MAX_SCALE, PNG_MIN_SCALE

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (math.isfinite(value) and PNG_MIN_SCALE <= value <= PNG_MAX_SCALE):
        raise argparse.ArgumentTypeError(
            f"must be {PNG_MIN_SCALE:g} to {PNG_MAX_SCALE:g}, got {text!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m timeline",
        description="Dated, sourced events from Norwegian and English texts about diplomacy.")
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--dct", type=_docdate, metavar="YYYY[-MM[-DD]]",
                       help="document date; overrides the file's header")
        p.add_argument("--lang", choices=["nb", "en"], help="language (default: detected)")

    p = sub.add_parser("extract", help="events, one per row or line")
    p.add_argument("files", nargs="+", metavar="FILE")
    common(p)
    p.add_argument("--format", choices=EXTRACT_FORMATS, default="csv",
                   help="csv (default), jsonl, json; timelinejs (Knight Lab's JSON), "
                        "timelinejs-csv (for its Google Sheets template), embed (an HTML "
                        "page showing the timeline in Knight Lab's viewer)")
    p.add_argument("--title", default="", help="timeline title (TimelineJS formats)")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")

    p = sub.add_parser("timex", help="every temporal expression (TIMEX3)")
    p.add_argument("files", nargs="+", metavar="FILE")
    common(p)
    p.add_argument("--format", choices=["jsonl", "json", "csv"], default="jsonl")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")

    for name, what in (("png", "the timeline as a PNG image"),
                       ("html", "the timeline as self-contained interactive HTML")):
        p = sub.add_parser(name, help=what)
        p.add_argument("files", nargs="+", metavar="FILE")
        common(p)
        p.add_argument("-o", "--output", metavar="OUT", required=True)
        p.add_argument("--title", default="", help="chart title")
        p.add_argument("--lanes", choices=["type", "doc", "actor", "none"], default="type")
        if name == "png":
            p.add_argument("--width", type=_png_side, default=1400,
                           help="layout pixels, 100 to 10000 (default 1400)")
            p.add_argument("--height", type=_png_side, default=None,
                           help="layout pixels, 100 to 10000 (default: fits the events)")
            p.add_argument("--scale", type=_png_scale, default=2,
                           help="pixels per layout pixel, 0.25 to 8 (default 2); the image "
                                "is at most 20000 pixels a side")
    p = sub.add_parser("corpus", help="a corpus of documents into one merged event store")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="folders, globs, .txt/.md/.html files, JSONL, CSV or Parquet tables")
    p.add_argument("-o", "--output", metavar="STORE", required=True, help="the store folder")
    p.add_argument("--workers", type=_positive, default=None,
                   help="local processes (default: every core; 1: in this process)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="a Dask scheduler, e.g. tcp://host:8786 (default: local processes)")
    p.add_argument("--batch-size", type=_positive, default=32,
                   help="documents per Dask partition (default 32)")
    p.add_argument("--columns", type=_columns, default={}, metavar="FIELD=COLUMN,...",
                   help="table column names, e.g. text=body,date=published")
    p.add_argument("--names", choices=["nb", "en"], default=None,
                   help="language actors and places are named in (default: the first "
                        "document's)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")

    p = sub.add_parser("query", help="the merged events of a store")
    p.add_argument("store", metavar="STORE")
    p.add_argument("--format", choices=["jsonl", "json", "csv"], default="jsonl")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


_FIELDS = ("text", "date", "lang", "title", "url", "source")


def _columns(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        field, sep, column = part.partition("=")
        if not sep or field.strip() not in _FIELDS or not column.strip():
            raise argparse.ArgumentTypeError(
                f"write FIELD=COLUMN with FIELD one of {', '.join(_FIELDS)}; got {part!r}")
        out[field.strip()] = column.strip()
    return out


def _warn_if_nothing(path: str, doc: Document, found: int, what: str) -> None:
    """Say on stderr when a file gave nothing, as the app does: the output alone (a
    CSV header, an empty list) looks the same as a failure."""
    if found:
        return
    if not doc.text.strip():
        why = "has only a header, no text" if doc.meta else "is empty"
        print(f"warning: {path} {why}: no {what}", file=sys.stderr)
    else:
        print(f"warning: {path}: no {what} found", file=sys.stderr)


def _workspace(files: Sequence[str], lang: str | None,
               dct: DocDate | None) -> tuple[Workspace, list[Document]]:
    """The files as the app holds them: one workspace (the documents' names, titles and
    sources), with what was read from each file. Every file is read before any work."""
    from .workspace import Workspace

    ws = Workspace()
    read = [read_document(f, lang=lang, dct=dct) for f in files]
    for doc in read:
        ws.add(doc, source="file")
    return ws, read


def _frames(files: Sequence[str], lang: str | None,
            dct: DocDate | None) -> tuple[pd.DataFrame, dict[str, export.Source]]:
    """The timeline of these files, built as the app builds it: one workspace, every
    document merged (an event two files report is one row with both mentions), and
    where each document came from."""
    ws, read = _workspace(files, lang, dct)
    for f, doc, frame in zip(files, read, ws.frames(), strict=True):
        _warn_if_nothing(f, doc, len(frame), "dated events")
    return ws.timeline()[0], ws.sources()


def _timeline_rows(files: Sequence[str], lang: str | None,
                   dct: DocDate | None) -> tuple[list[dict[str, Any]], dict[str, export.Source]]:
    """The rows of :func:`_frames`' timeline, without its document columns, and with
    no frame made (:meth:`Workspace.rows`)."""
    ws, read = _workspace(files, lang, dct)
    documents = ws.document_rows()
    for f, doc, rows in zip(files, read, documents, strict=True):
        _warn_if_nothing(f, doc, len(rows), "dated events")
    return ws.rows(documents=documents), ws.sources()


def _write(data: str | bytes, output: str | None) -> None:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if output:
        Path(output).write_bytes(raw)
    elif (buffer := getattr(sys.stdout, "buffer", None)) is not None:
        sys.stdout.flush()
        buffer.write(raw)  # bytes: no newline translation, the same as a file gets
        buffer.flush()
    else:
        sys.stdout.write(raw.decode("utf-8"))


def _serialise(records: list[dict[str, object]], fmt: str) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return json.dumps(records, ensure_ascii=False, indent=2) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            # The output formats are a contract (tests/test_cli.py): the schema's columns,
            # with each event's source and URL from ``sources``; the chart's document
            # columns (timeline.naming.DOC_COLUMNS) stay out.
            rows, sources = _timeline_rows(args.files, args.lang, args.dct)
            _write(_extract_output(rows, sources, args.format, args.title), args.output)
            return 0
        if args.command == "timex":
            records = []
            for f in args.files:
                doc = read_document(f)
                found = timexes(doc.text, lang=args.lang or doc.lang, dct=args.dct or doc.dct,
                                doc=doc.name)
                _warn_if_nothing(f, doc, len(found), "temporal expressions")
                records.extend(found)
            if args.format == "csv":
                _write(export.records_to_csv(records, TIMEX_COLUMNS), args.output)
            else:
                _write(_serialise(records, args.format), args.output)
            return 0
        if args.command == "corpus":
            return _corpus(args)
        if args.command == "query":
            return _query(args)
        return _chart(args)
    except IngestError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # an output path that cannot be written
        print(f"error: {e.filename or args.output}: {e.strerror}", file=sys.stderr)
        return 2
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


def _extract_output(rows: list[dict[str, Any]], sources: dict[str, export.Source], fmt: str,
                    title: str) -> bytes | str:
    if fmt == "csv":
        return export.to_csv(rows, sources=sources)
    if fmt == "timelinejs":
        return export.to_timelinejs(rows, title=title, sources=sources)
    if fmt == "timelinejs-csv":
        return export.to_timelinejs_csv(rows, title=title, sources=sources)
    if fmt == "embed":
        return export.to_embed_page(rows, title=title, sources=sources)
    return _serialise(export.json_records(rows, sources=sources), fmt)


def _chart(args: argparse.Namespace) -> int:
    from .figure import Page, build_figure
    from .i18n import choose_language
    from .render import check_png_size, png_available, source_line, to_html, to_png

    if args.command == "png":
        check_png_size(args.width, args.height, args.scale)  # before any work
    frame, sources = _frames(args.files, args.lang, args.dct)
    # The app's rule without a browser: the language most of the documents are in.
    chart_lang = choose_language(None, frame["lang"].tolist() if "lang" in frame else [])
    credit = source_line([(s.source or s.title, s.date) for s in sources.values()],
                         lang=chart_lang)
    fig = build_figure(frame, lane_by=args.lanes, title=args.title, lang=chart_lang,
                       page=Page(source=credit))
    if args.command == "html":
        Path(args.output).write_bytes(to_html(fig, title=args.title))
        return 0
    ok, message = png_available()
    if not ok:
        print(f"error: {message}", file=sys.stderr)
        return 3
    try:
        image = to_png(fig, width=args.width, height=args.height, scale=args.scale)
    except RuntimeError as e:  # Chromium failed to render; nothing is written
        print(f"error: {e}", file=sys.stderr)
        return 3
    Path(args.output).write_bytes(image)
    return 0


def _corpus(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from .corpus import ReadOptions, RunHooks, corpus

    bar: tqdm | None = None
    events = 0

    def start(todo: int, skipped: int) -> None:
        nonlocal bar
        if skipped:
            print(f"{skipped} documents already in the store", file=sys.stderr)
        bar = tqdm(total=todo, unit="doc", disable=args.quiet or None, file=sys.stderr,
                   dynamic_ncols=True, smoothing=0.1)

    def step(stats: dict[str, object]) -> None:
        nonlocal events
        events += int(stats["events"])  # type: ignore[call-overload]
        if bar is not None:
            bar.update(int(stats["documents"]) + int(stats["failures"]))  # type: ignore[call-overload]
            bar.set_postfix(events=events, refresh=False)

    try:
        result = corpus(args.inputs, args.output, workers=args.workers,
                        scheduler=args.scheduler, batch_size=args.batch_size,
                        reading=ReadOptions(columns=args.columns or {}), lang=args.names,
                        hooks=RunHooks(on_start=start, on_batch=step))
    finally:
        if bar is not None:
            bar.close()
    for key, reason in result.failed:
        print(f"failed: {key}: {reason}", file=sys.stderr)
    print(result.line(), file=sys.stderr)
    return 0


def _query(args: argparse.Namespace) -> int:
    from .eventstore import EventStore

    path = Path(args.store)
    if not (path / "batches").is_dir():
        raise ValueError(f"{path} is not an event store (made by python -m timeline corpus)")
    events = EventStore(path)
    frame = events.events()
    documents = events.table("documents")
    sources = {str(d["name"]): export.Source(source=str(d["source"] or ""), url=str(d["url"] or ""),
                                             date=str(d["date"] or ""), title=str(d["title"] or ""))
               for d in documents.to_dict(orient="records")}
    records = export.json_records(frame, sources=sources, columns=frame.columns)
    if args.format == "csv":  # the CSV's columns, then n_sources and importance
        _write(export.records_to_csv(records, export.csv_columns(frame.columns)), args.output)
    else:
        _write(_serialise(records, args.format), args.output)
    return 0
