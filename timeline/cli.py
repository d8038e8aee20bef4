"""Command line: a thin layer over the public API.

    python -m timeline extract FILE... [--dct YYYY[-MM[-DD]]] [--lang nb|en]
                                       [--format csv|jsonl|json] [-o OUT]
    python -m timeline timex FILE [--dct ...] [--lang ...] [--format jsonl|json|csv]
    python -m timeline png FILE... -o out.png [--width W --height H --scale S]
    python -m timeline html FILE... -o out.html
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from .document import DocumentError, read_document
from .pipeline import extract_document, timexes
from .types import DocDate

__all__ = ["main", "build_parser"]

# Columns the stable CLI promises, in order; more may follow.
EXTRACT_COLUMNS = [
    "doc", "date", "start", "end", "granularity", "approximate", "anchor", "explanation",
    "title", "type", "actors", "place", "quote", "quote_start", "quote_end", "timex",
    "timex_start", "timex_end",
]


def _docdate(text: str) -> DocDate:
    try:
        return DocDate.parse(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


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
    p.add_argument("--format", choices=["csv", "jsonl", "json"], default="csv")
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
            p.add_argument("--width", type=int, default=1400)
            p.add_argument("--height", type=int, default=None)
            p.add_argument("--scale", type=float, default=2)
    return parser


def _frames(files: Sequence[str], lang: str | None, dct: DocDate | None) -> pd.DataFrame:
    frames = []
    for f in files:
        doc = read_document(f)
        frames.append(extract_document(doc, lang=lang, dct=dct))
    non_empty = [f for f in frames if not f.empty]
    if not non_empty:
        return frames[0] if frames else pd.DataFrame()
    return pd.concat(non_empty, ignore_index=True)


def _jsonable(value: object) -> object:
    if isinstance(value, float) and value != value:  # NaN
        return None
    if hasattr(value, "item"):
        return value.item()  # numpy scalars
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, object]]:
    columns = EXTRACT_COLUMNS + [c for c in frame.columns if c not in EXTRACT_COLUMNS]
    return [{c: _jsonable(row[c]) for c in columns if c in row}
            for row in frame.to_dict(orient="records")]


def _write(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _as_csv(records: list[dict[str, object]], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in records:
        w.writerow({k: "; ".join(v) if isinstance(v, list) and all(isinstance(x, str) for x in v)
                    else json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict)
                    else "" if v is None else v for k, v in r.items()})
    return buf.getvalue()


def _serialise(records: list[dict[str, object]], fmt: str, columns: list[str]) -> str:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    return _as_csv(records, columns)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            frame = _frames(args.files, args.lang, args.dct)
            columns = EXTRACT_COLUMNS + [c for c in frame.columns if c not in EXTRACT_COLUMNS
                                         and c != "mentions"]
            records = _records(frame)
            if args.format == "csv":
                _write(_serialise(records, "csv", columns), args.output)
            else:
                _write(_serialise(records, args.format, columns), args.output)
            return 0
        if args.command == "timex":
            records = []
            for f in args.files:
                doc = read_document(f)
                records.extend(timexes(doc.text, lang=args.lang or doc.lang,
                                       dct=args.dct or doc.dct, doc=doc.name))
            _write(_serialise(records, args.format, ["doc", "start", "end", "text", "type",
                                                     "value"]), args.output)
            return 0
        return _chart(args)
    except DocumentError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except OSError as e:  # an output path that cannot be written
        print(f"error: {e.filename or args.output}: {e.strerror}", file=sys.stderr)
        return 2
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


def _chart(args: argparse.Namespace) -> int:
    from .export import png_available, to_html, to_png
    from .figure import build_figure

    frame = _frames(args.files, args.lang, args.dct)
    langs = frame["lang"].value_counts() if "lang" in frame and not frame.empty else None
    chart_lang = str(langs.index[0]) if langs is not None and len(langs) else "en"
    fig = build_figure(frame, lane_by=args.lanes, title=args.title, lang=chart_lang)
    if args.command == "html":
        Path(args.output).write_bytes(to_html(fig, title=args.title))
        return 0
    ok, message = png_available()
    if not ok:
        print(f"error: {message}", file=sys.stderr)
        return 3
    Path(args.output).write_bytes(to_png(fig, width=args.width, height=args.height,
                                         scale=args.scale))
    return 0


