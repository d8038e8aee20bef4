"""The timeline leaves the app: CSV, JSON, TimelineJS JSON, interactive HTML and PNG.

* ``to_json``/``from_json`` are the lossless save format (``{"format": "tidslinje",
  "version": 1, "events": [...]}``); ``to_csv``/``from_csv`` round-trip too, for
  spreadsheets (list columns as JSON text; a missing string reads back as "").
  ``to_csv`` and ``records_to_csv`` are the project's one CSV writer: the app and the
  command line write the same cells, with formulas defused.
* Readers validate every field against the schema (types, languages, date values,
  codes, offsets): a file that is not a timeline raises ``ValueError`` with a message a
  person can act on, never a traceback from deep inside pandas.
* ``to_timelinejs`` writes Knight Lab TimelineJS3 JSON at the precision each date has.
* ``to_png`` renders server-side with Kaleido 1.x, which drives a system Chrome or
  Chromium (on Debian ``/usr/bin/chromium``); ``png_available`` says whether it can.
"""

from __future__ import annotations

import csv
import html
import io
import json
import logging
import math
import re
import shutil
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, cast

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from . import words
from .calendar import Day, days_in_month
from .chartevents import format_when
from .chartstyle import TEMPLATE
from .figure import chart_config
from .i18n import choose_language, text
from .ingest import IngestError, is_encodable, parse_json
from .lang import codes as language_codes
from .schema import COLUMNS, coerce, column_names, empty_frame
from .types import Anchor, Grain, TimexType

__all__ = [
    "FORMAT",
    "PNG_MAX_PIXELS",
    "PNG_MAX_SCALE",
    "PNG_MAX_SIDE",
    "PNG_MIN_SCALE",
    "PNG_MIN_SIDE",
    "PNG_PRESETS",
    "TOOL_NAME",
    "VERSION",
    "check_png_size",
    "from_csv",
    "from_json",
    "png_available",
    "records_to_csv",
    "source_line",
    "start_png_server",
    "stop_png_server",
    "to_csv",
    "to_html",
    "to_json",
    "to_png",
    "to_timelinejs",
]

FORMAT = "tidslinje"
VERSION = 1

_LIST_COLUMNS = tuple(c.name for c in COLUMNS if c.dtype == "object")
# A text cell that a spreadsheet could take for a formula ("=HYPERLINK(...)" in a quoted
# article, "+cmd|...", "@SUM(...)") is written with a leading apostrophe, which from_csv
# removes again. Signed numbers and BC dates ("-1", "-0043-03-15") are data: kept as is.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")
_SIGNED_NUMBER = re.compile(r"-\d[\d.:-]*")
_REQUIRED = ("event_id", "start", "end")
_MAX_PROBLEMS = 8

# What the coded columns may hold. Anything else in an opened file is refused, so that
# a crafted file cannot put a formula or markup where the app shows a code.
_ALLOWED = {
    "lang": frozenset(["", *language_codes()]),
    "granularity": frozenset(["", *(g.value for g in Grain)]),
    "anchor": frozenset(["", *(a.value for a in Anchor)]),
    "timex_type": frozenset(["", *(t.value for t in TimexType)]),
}
_PATTERNS = {
    # TIMEX3 values as the engine and typed dates write them: 2009-04, 2019-04-25,
    # 2018-SP, 199, BC0044, XXXX-02, 2003/2009, -0044-03.
    "date": (re.compile(r"(?:-?[0-9A-Z][0-9A-Z_:./-]{0,63})?"), "a TIMEX3 value such as 2009-04"),
    "mod": (re.compile(r"[A-Z_]{0,16}"), "a TIMEX3 modifier such as APPROX"),
    "type": (re.compile(r"(?:[a-z][a-z_-]{0,31})?"), "an event type such as meeting"),
}
_MENTION_TEXT = ("doc", "quote", "timex")
_MENTION_INTS = ("quote_start", "quote_end", "timex_start", "timex_end", "sentence")
_INT_RANGE = (-1, 2**53)  # offsets and counts; -1 marks "none" (an event added by hand)


# ---------------------------------------------------------------- values


def _is_missing(value: Any) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _plain(value: Any) -> Any:
    """A cell as plain JSON data: numpy scalars and arrays unwrapped, NA and NaN -> None."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy scalar or array
        return _plain(value.tolist())
    if _is_missing(value):
        return None
    return value


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    names = [n for n in column_names() if n in frame.columns]
    return [{k: _plain(v) for k, v in rec.items()} for rec in cast(list[dict[str, Any]], frame[names].to_dict("records"))]


# ---------------------------------------------------------------- validation


def _default(name: str, rec: dict[str, Any]) -> Any:
    dtype = next(c.dtype for c in COLUMNS if c.name == name)
    if name == "start_year":
        return _decimal_year(rec.get("start"), 0)
    if name == "end_year":
        return _decimal_year(rec.get("end"), 1)
    if name == "mentions":
        return []
    if name == "actors":
        return []
    if name == "n_mentions":
        mentions = rec.get("mentions")
        return max(1, len(mentions)) if isinstance(mentions, list) else 1
    return {"string": "", "float64": math.nan, "int64": 0, "bool": False}.get(dtype)


def _decimal_year(iso: Any, plus_days: int) -> float:
    try:
        return Day.parse_iso(str(iso)).plus_days(plus_days).decimal_year()
    except (ValueError, TypeError):
        return math.nan


def _check_text(name: str, value: str) -> str | None:
    if not is_encodable(value):
        return f"'{name}' holds broken characters (lone surrogates)"
    if name in _ALLOWED and value not in _ALLOWED[name]:
        allowed = ", ".join(repr(v) for v in sorted(_ALLOWED[name]) if v)
        return f"'{name}' is {value!r:.40}; expected one of {allowed} or empty"
    if name in _PATTERNS:
        pattern, what = _PATTERNS[name]
        if not pattern.fullmatch(value):
            return f"'{name}' must be {what}, got {value!r:.40}"
    return None


def _check_int(name: str, value: Any) -> tuple[Any, str | None]:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool):
        return None, f"'{name}' must be a whole number, got {value!r:.40}"
    lo, hi = _INT_RANGE
    if not lo <= value <= hi:
        return None, f"'{name}' must be a whole number from {lo} to {hi}, got {value}"
    return value, None


def _check_mention(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"'mentions' must be a list of objects, got {value!r:.60}"
    for key, item in value.items():
        if key in _MENTION_INTS:
            error = _check_int(f"mentions.{key}", item)[1]
        elif isinstance(item, str):
            error = None if is_encodable(item) else f"'mentions.{key}' holds broken characters"
        elif key in _MENTION_TEXT or not (item is None or isinstance(item, int | float | bool)):
            error = f"'mentions.{key}' must be text, got {item!r:.40}"
        else:
            error = None
        if error:
            return error
    return None


def _check_value(name: str, dtype: str, value: Any) -> tuple[Any, str | None]:
    """The value converted to the column's type, or an error message."""
    if dtype == "string":
        if value is None:
            return value, None
        if isinstance(value, str):
            return value, _check_text(name, value)
        return None, f"'{name}' must be text, got {type(value).__name__} {value!r:.40}"
    if dtype == "float64":
        if value is None:
            return math.nan, None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value), None
        return None, f"'{name}' must be a number, got {value!r:.40}"
    if dtype == "int64":
        return _check_int(name, value)
    if dtype == "bool":
        if isinstance(value, bool):
            return value, None
        return None, f"'{name}' must be true or false, got {value!r:.40}"
    # object columns
    if name == "actors":
        if isinstance(value, list) and all(isinstance(a, str) for a in value):
            if not all(is_encodable(a) for a in value):
                return None, "'actors' holds broken characters (lone surrogates)"
            return value, None
        return None, f"'actors' must be a list of names, got {value!r:.60}"
    if name == "mentions":
        if not isinstance(value, list):
            return None, f"'mentions' must be a list of objects, got {value!r:.60}"
        error = next((e for e in map(_check_mention, value) if e), None)
        return (None, error) if error else (value, None)
    return value, None


def _validate_records(records: list[Any], where: Callable[[int], str]) -> pd.DataFrame:
    """Records (one dict per event) checked against the schema, as a schema frame."""
    problems: list[str] = []
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for i, rec in enumerate(records):
        if not isinstance(rec, dict):
            problems.append(f"{where(i)}: an event must be an object, got {type(rec).__name__}")
            continue
        missing = [k for k in _REQUIRED if k not in rec]
        if missing:
            problems.append(f"{where(i)}: missing {', '.join(missing)}")
            continue
        row: dict[str, Any] = {}
        for col in COLUMNS:
            value = rec[col.name] if col.name in rec else _default(col.name, rec)
            value, error = _check_value(col.name, col.dtype, value)
            if error:
                problems.append(f"{where(i)}: {error}")
            row[col.name] = value
        eid = row["event_id"]
        if not eid:
            problems.append(f"{where(i)}: 'event_id' is empty")
        elif eid in seen:
            problems.append(f"{where(i)}: event_id {eid!r} repeats {where(seen[eid])}")
        else:
            seen[eid] = i
        bounds = []
        for key in ("start", "end"):
            text = row[key]
            if text in (None, ""):
                continue  # an unresolved date is allowed: it is kept, not plotted
            try:
                bounds.append(Day.parse_iso(text))
            except (ValueError, TypeError):
                problems.append(f"{where(i)}: '{key}' is not an ISO date (YYYY-MM-DD): {text!r:.40}")
        if len(bounds) == 2 and bounds[1] < bounds[0]:
            problems.append(f"{where(i)}: 'end' {row['end']} is before 'start' {row['start']}")
        # The decimal years are derived from start and end, never trusted from the file.
        row["start_year"] = _decimal_year(row["start"], 0)
        row["end_year"] = _decimal_year(row["end"], 1)
        rows.append(row)
    if problems:
        more = len(problems) - _MAX_PROBLEMS
        shown = problems[:_MAX_PROBLEMS] + ([f"… and {more} more problem(s)"] if more > 0 else [])
        raise ValueError("Not a valid timeline: " + "; ".join(shown))
    if not rows:
        return empty_frame()
    return coerce(pd.DataFrame(rows, columns=column_names()))


# ---------------------------------------------------------------- JSON


def to_json(frame: pd.DataFrame) -> bytes:
    """The lossless save format: ``{"format": "tidslinje", "version": 1, "events": [...]}``
    with one object per row, schema columns only, lists kept as lists, UTF-8."""
    doc = {"format": FORMAT, "version": VERSION, "events": _records(frame)}
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def from_json(data: bytes | str) -> pd.DataFrame:
    """A frame from :func:`to_json` output (round-trips it exactly, index reset).

    Raises ``ValueError`` with a readable message for anything that is not such a file.
    Columns other than event_id/start/end may be missing (filled with defaults);
    unknown keys are ignored.
    """
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes | bytearray) else str(data)
    except UnicodeDecodeError as e:
        raise ValueError(f"Not a timeline file: not UTF-8 text ({e.reason} at byte {e.start})") from None
    if not text.strip():
        raise ValueError("Not a timeline file: the file is empty")
    try:
        doc = parse_json(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"Not a timeline file: not JSON ({e.msg}, line {e.lineno} column {e.colno})") from None
    except IngestError as e:
        raise ValueError(f"Not a timeline file: {e}") from None
    if not isinstance(doc, dict):
        raise ValueError(f"Not a timeline file: expected a JSON object with \"format\": \"{FORMAT}\"")
    if doc.get("format") != FORMAT:
        events = doc.get("events")
        if isinstance(events, list) and events and isinstance(events[0], dict) and "start_date" in events[0]:
            raise ValueError("This is a TimelineJS file; open a timeline saved as JSON from this app instead")
        raise ValueError(f"Not a timeline file: \"format\" is {doc.get('format')!r}, expected {FORMAT!r}")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError("Not a timeline file: \"version\" must be a whole number")
    if version > VERSION:
        raise ValueError(f"This timeline was saved by a newer version (format version {version}); "
                         f"this one reads version {VERSION}")
    events = doc.get("events")
    if not isinstance(events, list):
        raise ValueError("Not a timeline file: \"events\" must be a list")
    return _validate_records(events, lambda i: f"event {i + 1}")


# ---------------------------------------------------------------- CSV


def to_csv(frame: pd.DataFrame, *, first: Sequence[str] = ()) -> bytes:
    """Schema columns as plain UTF-8 CSV; list columns (actors, mentions) as JSON text.

    ``first`` names columns to write first (the command line's stable columns); the rest
    of the schema follows in schema order.
    """
    names = list(dict.fromkeys([*(n for n in first if n in column_names()), *column_names()]))
    out = frame.reindex(columns=names)
    columns = [
        [_cell(v, is_list=name in _LIST_COLUMNS) for v in out[name].tolist()] for name in names
    ]
    return _csv_bytes(names, zip(*columns, strict=True))


def records_to_csv(records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> bytes:
    """Any records (dicts) as CSV with the cells :func:`to_csv` writes; keys not in
    ``columns`` are left out, missing ones are empty."""
    rows = ([_cell(rec.get(name)) for name in columns] for rec in records)
    return _csv_bytes(list(columns), rows)


def _csv_bytes(header: list[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def _cell(value: Any, *, is_list: bool = False) -> str:
    """One CSV cell: lists and objects as JSON text, true/false, "" for missing."""
    if is_list or isinstance(value, list | tuple | dict):
        return json.dumps(_plain(value) or [], ensure_ascii=False)
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _defuse(str(value))


def _defuse(value: str) -> str:
    if value.startswith(_FORMULA_START) and not _SIGNED_NUMBER.fullmatch(value):
        return "'" + value
    return value


_TRUE = {"true", "1", "yes", "ja", "sann"}
_FALSE = {"false", "0", "no", "nei", "usann", ""}


def _from_cell(name: str, dtype: str, text: str) -> Any:
    """A CSV cell as the JSON-ish value the validator expects (it reports bad ones)."""
    if dtype == "string":
        return text[1:] if text.startswith("'") else text
    if dtype == "float64":
        if text.strip() == "":
            return None
        try:
            return float(text)
        except ValueError:
            return text
    if dtype == "int64":
        try:
            return int(text)
        except ValueError:
            return text
    if dtype == "bool":
        low = text.strip().lower()
        return True if low in _TRUE else False if low in _FALSE else text
    if text.strip() == "":
        return []
    try:
        return parse_json(text)
    except (json.JSONDecodeError, IngestError):
        return text


def from_csv(data: bytes | str) -> pd.DataFrame:
    """A frame from :func:`to_csv` output (round-trips it, except that a missing text
    value reads back as ""). Raises ``ValueError`` on anything else."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes | bytearray) else str(data)
    except UnicodeDecodeError as e:
        raise ValueError(f"Not a timeline CSV: not UTF-8 text ({e.reason} at byte {e.start})") from None
    if not text.strip():
        raise ValueError("Not a timeline CSV: the file is empty")
    try:
        table = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as e:
        raise ValueError(f"Not a timeline CSV: {str(e).strip()}") from None
    missing = [k for k in _REQUIRED if k not in table.columns]
    if missing:
        raise ValueError(f"Not a timeline CSV: no column(s) {', '.join(missing)} "
                         f"(found: {', '.join(str(c)[:30] for c in table.columns[:8])})")
    dtypes = {c.name: c.dtype for c in COLUMNS}
    records = []
    for rec in table.to_dict("records"):
        records.append({k: _from_cell(k, dtypes[k], v) for k, v in rec.items() if k in dtypes})
    return _validate_records(records, lambda i: f"row {i + 2}")


# ---------------------------------------------------------------- TimelineJS


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-") or "event"


def _tl_dates(start: Day, end: Day, lang: str) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """TimelineJS start/end date objects with only the precision the interval has.
    Years are astronomical, like JavaScript's Date (-43 is 44 BC); display_date says it
    in words."""
    def words(a: Day, b: Day) -> str:
        return format_when(a.iso(), b.iso(), lang)

    if start == end:
        return {"year": start.year, "month": start.month, "day": start.day,
                "display_date": words(start, end)}, None
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31):
        s = {"year": start.year, "display_date": words(Day(start.year, 1, 1), Day(start.year, 12, 31))}
        if start.year == end.year:
            return s, None
        return s, {"year": end.year, "display_date": words(Day(end.year, 1, 1), Day(end.year, 12, 31))}
    if start.day == 1 and end.day == days_in_month(end.year, end.month):
        s = {"year": start.year, "month": start.month,
             "display_date": words(start, Day(start.year, start.month, days_in_month(start.year, start.month)))}
        if (start.year, start.month) == (end.year, end.month):
            return s, None
        return s, {"year": end.year, "month": end.month, "display_date": words(Day(end.year, end.month, 1), end)}
    return (
        {"year": start.year, "month": start.month, "day": start.day, "display_date": words(start, start)},
        {"year": end.year, "month": end.month, "day": end.day, "display_date": words(end, end)},
    )


def _tl_text(rec: dict[str, Any], when: str, lang: str) -> str:
    esc = html.escape

    def s(key: str) -> str:
        value = rec.get(key)
        return "" if value is None else str(value)

    parts = []
    line = f"<b>{text('tl.when', lang)}:</b> {esc(when)}"
    if s("timex"):
        line += f" — {text('tl.written', lang, x=esc(s('timex')))}"
    line += f". {esc(words.how(rec, lang))}"
    parts.append(f"<p>{line}</p>")
    if s("quote"):
        parts.append(f"<blockquote>“{esc(s('quote'))}”</blockquote>")
    meta = []
    if s("doc"):
        meta.append(f"<b>{text('tl.source', lang)}:</b> {esc(s('doc'))}")
    actors = rec.get("actors") or []
    if actors:
        meta.append(f"<b>{text('tl.actors', lang)}:</b> {esc(', '.join(map(str, actors)))}")
    if s("place"):
        meta.append(f"<b>{text('tl.place', lang)}:</b> {esc(s('place'))}")
    if meta:
        parts.append("<p>" + " · ".join(meta) + "</p>")
    return "".join(parts)


def to_timelinejs(frame: pd.DataFrame, title: str = "", lang: str | None = None) -> bytes:
    """Knight Lab TimelineJS3 JSON: one slide per dated event (undated ones are left
    out), grouped by type, with the quote and its source in the slide text. All text is
    HTML-escaped because TimelineJS renders HTML. Every slide speaks ``lang`` (by
    default the language most of the events' documents are in)."""
    if lang is None:
        lang = choose_language(None, frame["lang"].tolist() if "lang" in frame.columns else [])
    events = []
    used: set[str] = set()
    for rec in _records(frame):
        try:
            start = Day.parse_iso(str(rec.get("start")))
            end = Day.parse_iso(str(rec.get("end") or rec.get("start")))
        except (ValueError, TypeError):
            continue
        when = words.when(rec, lang)
        start_date, end_date = _tl_dates(start, end, lang)
        uid = _slug(str(rec.get("event_id") or "event"))
        base, n = uid, 2
        while uid in used:
            uid, n = f"{base}-{n}", n + 1
        used.add(uid)
        slide: dict[str, Any] = {
            "start_date": start_date,
            "text": {
                "headline": html.escape(str(rec.get("title") or rec.get("timex") or uid)),
                "text": _tl_text(rec, when, lang),
            },
            "group": html.escape(words.category("type", str(rec.get("type") or "other"), lang)),
            "display_date": when,
            "unique_id": uid,
        }
        if end_date is not None:
            slide["end_date"] = end_date
        events.append(slide)
    docs = sorted({str(d) for d in frame["doc"].dropna()}) if "doc" in frame.columns else []
    doc = {
        "title": {"text": {
            "headline": html.escape(title or text("tl.title", lang)),
            "text": html.escape(", ".join(docs)),
        }},
        "events": events,
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


# ---------------------------------------------------------------- HTML


def to_html(fig: go.Figure, title: str = "") -> bytes:
    """A self-contained interactive page: plotly.js inlined (works offline, ~4.5 MB),
    wheel zoom, and the camera button saving a PNG."""
    page = pio.to_html(
        fig,
        include_plotlyjs=True,
        full_html=True,
        config=chart_config(title or "tidslinje"),
        default_width="100%",
        div_id="tidslinje",
    )
    head = f'<title>{html.escape(title or "Tidslinje")}</title>'
    page = page.replace("<head>", f'<head><meta name="viewport" content="width=device-width, initial-scale=1">{head}', 1)
    return page.encode("utf-8")


# ---------------------------------------------------------------- PNG to publish

#: Image presets for a PNG to publish: (label, width, height or None for the chart's own).
#: PNG sizes to publish at: the catalog id of each one's name, its width and its height
#: (None: as tall as the chart needs).
PNG_PRESETS: dict[str, tuple[str, int, int | None]] = {
    "column": ("png.column", 680, None),
    "wide": ("png.wide", 1200, None),
    "square": ("png.square", 1080, 1080),
}
TOOL_NAME = "Tidslinje"


def _date_words(iso: str) -> str:
    """A document date as a newsroom writes it in a credit: 26.04.2019, 04.2019, 2019."""
    parts = [p for p in str(iso or "").split("-") if p]
    if len(parts) == 3:
        return f"{parts[2]}.{parts[1]}.{parts[0]}"
    if len(parts) == 2:
        return f"{parts[1]}.{parts[0]}"
    return parts[0] if parts else ""


def source_line(sources: Iterable[tuple[str, str]], *, most: int = 3, lang: str = "en") -> str:
    """The credit under a published chart, from (source, document date) pairs:
    "Source: NTB, 26.04.2019 · made with Tidslinje". Repeats are named once; beyond
    ``most`` sources the rest are counted. With no source at all only the tool is named."""
    seen: list[str] = []
    for name, iso in sources:
        piece = ", ".join(p for p in (" ".join(str(name or "").split()), _date_words(iso)) if p)
        if piece and piece not in seen:
            seen.append(piece)
    if not seen:
        return text("png.made_with_alone", lang, tool=TOOL_NAME)
    shown = "; ".join(seen[:most])
    if len(seen) > most:
        shown = text("png.and_more", lang, shown=shown, n=len(seen) - most)
    return text("png.source", lang, shown=shown, tool=TOOL_NAME)


# ---------------------------------------------------------------- PNG

_INSTALL_HELP = (
    "Server-side PNG needs Chrome or Chromium on the server (Kaleido drives it): "
    "`apt-get install chromium` on Debian/Ubuntu, or a line `chromium` in packages.txt "
    "on Streamlit Community Cloud. The chart's camera button still saves a PNG from the browser."
)
_render_lock = threading.Lock()  # kaleido's sync server is one queue: one caller at a time


def _find_browser() -> str | None:
    try:
        from choreographer.browsers.chromium import Chromium

        found = Chromium.find_browser(skip_local=False)
        if found:
            return str(found)
    except Exception:  # noqa: BLE001 - a private API of a dependency: fall back to PATH
        pass
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _kaleido_server() -> Any:
    try:
        import kaleido

        return getattr(kaleido, "_global_server", None)
    except ImportError:
        return None


def _drop_dead_server() -> None:
    """A sync server whose thread died (Chromium crashed or vanished) would make every
    later render wait forever on its queue; close it so renders fall back to one-shot."""
    server = _kaleido_server()
    if server is None or not server.is_running():
        return
    thread = getattr(server, "_thread", None)
    if thread is not None and not thread.is_alive():
        server.close(silence_warnings=True)


_PROBE_TRIES = 3  # Chromium's first render can fail ("kaleido_scopes is not defined")
_probe_lock = threading.Lock()
_probe_ok: tuple[bool, str] | None = None  # only a success is remembered
_log = logging.getLogger(__name__)


def _render_retrying(fig: go.Figure, *, width: int, height: int, scale: float,
                     tries: int = _PROBE_TRIES) -> bytes:
    """:func:`_render`, tried again after a failure: a freshly started Chromium can fail
    its first render (kaleido's ``ReferenceError: kaleido_scopes is not defined``) and
    then work. The last failure is raised."""
    for attempt in range(1, tries + 1):
        try:
            return _render(fig, width=width, height=height, scale=scale)
        except Exception as e:  # noqa: BLE001 - kaleido raises several kinds for one cause
            if attempt == tries:
                raise
            _log.info("PNG render failed (attempt %d of %d), trying again: %s", attempt, tries, e)
            time.sleep(0.5 * attempt)
    raise AssertionError("unreachable")


def _probe() -> tuple[bool, str]:
    try:
        import importlib.metadata as md

        version = md.version("kaleido")
    except Exception:  # noqa: BLE001
        return False, "Server-side PNG needs the Python package kaleido>=1 (`pip install kaleido`)."
    if int(version.split(".")[0]) < 1:
        return False, f"kaleido {version} is too old: PNG export needs kaleido>=1 (`pip install -U kaleido`)."
    browser = _find_browser()
    if browser is None:
        return False, "No Chrome or Chromium found. " + _INSTALL_HELP
    try:
        tiny = go.Figure(go.Scatter(x=[0, 1], y=[0, 1]), layout=dict(template=TEMPLATE))
        image = _render_retrying(tiny, width=60, height=40, scale=1)
    except Exception as e:  # noqa: BLE001 - any failure means "not available now"
        # The raw error (often a dict from the browser's JavaScript) goes to the log,
        # not to the reader: Chromium is there, so installing it is not the advice.
        _log.warning("PNG probe: Chromium at %s did not render: %r", browser, e)
        return False, _PROBE_FAILED
    if not image.startswith(b"\x89PNG"):
        _log.warning("PNG probe: kaleido returned %d bytes that are not a PNG", len(image))
        return False, _PROBE_FAILED
    return True, f"PNG export ready (kaleido {version}, {browser})"


_PROBE_FAILED = (
    "Server-side PNG did not start this time: Chromium is installed but did not draw a "
    "test image. It is tried again on the next request."
)


def png_available(*, refresh: bool = False) -> tuple[bool, str]:
    """Whether server-side PNG works here, and a message saying why not (what to
    install, or that the renderer did not start). The probe renders a tiny figure
    (~2 s, tried three times: the first render of a fresh Chromium can fail). A success
    is remembered; a failure is not, so the next call probes again. ``refresh=True``
    probes again even after a success."""
    global _probe_ok
    with _probe_lock:
        if _probe_ok is not None and not refresh:
            return _probe_ok
        result = _probe()
        _probe_ok = result if result[0] else None
        return result


def start_png_server() -> bool:
    """Keep one Chromium running for renders (~0.2 s per PNG instead of ~2 s).

    Uses ``kaleido.start_sync_server`` (kaleido>=1.1); returns False, harmlessly, when
    that API or a browser is missing. Starting twice is fine. In Streamlit, call it from
    a ``st.cache_resource`` function so that one server serves every session.
    """
    import kaleido

    if not hasattr(kaleido, "start_sync_server"):
        return False
    ok, _ = png_available()  # a server started without a browser would hang renders
    if not ok:
        return False
    with _render_lock:
        _drop_dead_server()
        kaleido.start_sync_server(silence_warnings=True)
    return True


def stop_png_server() -> None:
    """Stop the server started by :func:`start_png_server` (no-op when none runs)."""
    import kaleido

    if hasattr(kaleido, "stop_sync_server"):
        with _render_lock:
            kaleido.stop_sync_server(silence_warnings=True)


def _without_placeholder_colours(fig: go.Figure) -> go.Figure:
    """After ``import streamlit`` new figures default to Streamlit's template, whose
    colours (#000001, #000002, ...) only Streamlit's frontend replaces; rendered on the
    server they are black. Swap such a template for the house one."""
    colorway = fig.layout.template.layout.colorway if fig.layout.template else None
    if colorway and any(str(c).lower().startswith("#0000") for c in colorway):
        fig = go.Figure(fig)
        fig.layout.template = pio.templates[TEMPLATE]
    return fig


def _render(fig: go.Figure, *, width: int, height: int, scale: float) -> bytes:
    with _render_lock:
        _drop_dead_server()
        with warnings.catch_warnings():
            # plotly passes kaleido options that a running sync server ignores, and says so
            warnings.filterwarnings("ignore", message="The kopts argument is ignored")
            return pio.to_image(fig, format="png", width=width, height=height, scale=scale)


#: Sizes a PNG may have: each side in layout pixels, the scale, and the rendered image's
#: longest side. Beyond them Chromium returns a few bytes that are not an image.
PNG_MIN_SIDE, PNG_MAX_SIDE = 100, 10_000
PNG_MIN_SCALE, PNG_MAX_SCALE = 0.25, 8.0
PNG_MAX_PIXELS = 20_000
_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def check_png_size(width: int, height: int | None, scale: float) -> None:
    """ValueError, saying which limit, for a size :func:`to_png` cannot render."""
    for name, side in (("width", width), ("height", height)):
        if side is None:
            continue
        if not isinstance(side, int) or not PNG_MIN_SIDE <= side <= PNG_MAX_SIDE:
            raise ValueError(f"the PNG {name} must be {PNG_MIN_SIDE} to {PNG_MAX_SIDE:,} "
                             f"pixels, got {side}")
    if not (isinstance(scale, int | float) and PNG_MIN_SCALE <= scale <= PNG_MAX_SCALE):
        raise ValueError(f"the PNG scale must be {PNG_MIN_SCALE:g} to {PNG_MAX_SCALE:g}, "
                         f"got {scale}")
    longest = max(width, height or 0) * scale
    if longest > PNG_MAX_PIXELS:
        raise ValueError(f"the PNG would be {longest:,.0f} pixels a side ({max(width, height or 0)}"
                         f" × scale {scale:g}); the limit is {PNG_MAX_PIXELS:,}")


def to_png(fig: go.Figure, *, width: int = 1400, height: int | None = None, scale: float = 2) -> bytes:
    """The figure as PNG bytes (``width``x``height`` layout pixels, times ``scale``).

    Raises ``ValueError`` for a size outside the limits (:func:`check_png_size`) and
    ``RuntimeError`` when Chromium is missing (with install instructions) or returns
    something that is not a PNG.
    """
    check_png_size(width, height, scale)
    fig = _without_placeholder_colours(fig)
    height = int(height or fig.layout.height or 600)
    check_png_size(width, height, scale)
    try:
        image = _render_retrying(fig, width=width, height=height, scale=scale, tries=2)
    except RuntimeError as e:
        if "Chrome" in str(e) or "chrome" in str(e):
            raise RuntimeError(_INSTALL_HELP) from e
        raise
    if not image.startswith(_PNG_MAGIC):
        raise RuntimeError(f"Chromium returned {len(image):,} bytes that are not a PNG image "
                           f"({width}×{height} at scale {scale:g}); try a smaller size.")
    return image
