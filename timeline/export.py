"""The timeline as data: CSV, JSON, TimelineJS JSON, a TimelineJS spreadsheet and an
embed page (the pictures, interactive HTML and PNG, are in :mod:`timeline.render`).

* ``to_json``/``from_json`` are the lossless save format (``{"format": "tidslinje",
  "version": 1, "events": [...]}``); ``to_csv``/``from_csv`` round-trip too, for
  spreadsheets (actors as a readable list, "Nord-Korea; Russland"; mentions as JSON
  text; a missing string reads back as "").
  ``to_csv`` and ``records_to_csv`` are the project's one CSV writer: the app and the
  command line write the same cells in the same column order, with formulas defused.
* Every writer takes the schema's frame or its rows (:data:`Events`): the app writes
  from its frame, the command line from the pipeline's rows without making a frame
  (``json_records`` are its JSON and JSON Lines, and ``to_csv``'s cells). pandas is
  loaded only to read a file back or when a frame is given.
* Readers validate every field against the schema (types, languages, date values,
  codes, offsets): a file that is not a timeline raises ``ValueError`` with a message a
  person can act on, never a traceback from deep inside pandas.
* ``to_timelinejs`` writes Knight Lab TimelineJS3 JSON at the precision each date has;
  ``to_timelinejs_csv`` the same slides as the columns of Knight Lab's Google Sheets
  template; ``to_embed_page`` one HTML page that shows them in Knight Lab's viewer.
* Every export names where each event was read: give ``sources`` (document name ->
  :class:`Source`, e.g. ``Workspace.sources()``) and the CSV gets ``source`` and ``url``
  columns, the JSON ``source``/``url`` fields and a ``documents`` list, and every slide
  a source line with a link.
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

from . import words
from .calendar import Day, days_in_month
from .frame import rows_of
from .i18n import Refusal, choose_language, text
from .ingest import IngestError, is_encodable, parse_json
from .lang import codes as language_codes
from .schema import COLUMNS, column_names, empty_frame, from_rows
from .types import Anchor, Grain, TimexType

if TYPE_CHECKING:  # pandas loads with the first frame: rows are written without it
    import pandas as pd

#: What every writer takes: the schema's frame, or its rows as plain dicts (as
#: ``frame.rows_of`` gives them, or ``pipeline.document_rows`` with no frame made).
Events: TypeAlias = "pd.DataFrame | Sequence[Mapping[str, Any]]"

__all__ = [
    "TimelineFileError",
    "CSV_COLUMNS_FIRST",
    "FORMAT",
    "TIMELINEJS_CSV_COLUMNS",
    "VERSION",
    "Source",
    "from_csv",
    "from_json",
    "credits",
    "csv_columns",
    "json_records",
    "records_to_csv",
    "to_csv",
    "to_embed_page",
    "to_json",
    "to_timelinejs",
    "to_timelinejs_csv",
]


class TimelineFileError(Refusal):
    """A file that is not a timeline this module can read, with the catalog id of what
    is wrong: ``str()`` in English, :meth:`words` in the visitor's language."""

FORMAT = "tidslinje"
VERSION = 1

_LIST_COLUMNS = tuple(c.name for c in COLUMNS if c.dtype == "object")
# Lists of names, written as a person would ("Nord-Korea; Russland"); the mentions,
# a list of objects, stay JSON text.
_NAME_LISTS = ("actors", "actor_ids")
#: The columns every CSV starts with, in this order (the command line promises them);
#: the rest of the schema follows in schema order. ``explanation`` is the engine's own
#: reading (data, in English); ``how`` says the same to a reader in the event's language.
CSV_COLUMNS_FIRST = (
    "doc", "date", "start", "end", "granularity", "approximate", "anchor", "explanation",
    "title", "type", "actors", "place", "quote", "quote_start", "quote_end", "timex",
    "timex_start", "timex_end", "source", "url", "how",
)
_CREDIT_COLUMNS = ("source", "url")  # from the documents, not the frame
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
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    # pandas' NA and NaT come only from a frame, so only when pandas is loaded
    pandas = sys.modules.get("pandas")
    return pandas is not None and (value is pandas.NA or value is pandas.NaT)


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


def _rows(events: Events, columns: Sequence[str] | None = None) -> list[Mapping[str, Any]]:
    """The events as rows: a frame's by :func:`frame.rows_of` (only ``columns`` when
    given), any other sequence of rows as it is."""
    if hasattr(events, "columns"):  # a frame (pandas is not imported to ask)
        return list(rows_of(events, columns))  # type: ignore[arg-type]
    return list(events)


def _records(events: Events) -> list[dict[str, Any]]:
    """The events' schema columns, row by row, as plain JSON values."""
    rows = _rows(events)
    present = {k for rec in rows for k in rec}  # a key in any row, not the first only
    names = [n for n in column_names() if n in present]
    return [{k: _plain(rec.get(k)) for k in names} for rec in rows]


# ---------------------------------------------------------------- sources


@dataclass(frozen=True)
class Source:
    """Where one document came from, as the exports credit it."""

    source: str = ""  # who published it ("NTB"); "" when the document does not say
    url: str = ""  # the article's address; only http(s) addresses become links
    date: str = ""  # the document date: "2019-04-26", "2019-04", "2019" or ""
    title: str = ""


def _event_docs(rec: Mapping[str, Any]) -> list[str]:
    """The documents an event was read in: its first mention's, then the others'."""
    names = [str(rec.get("doc") or "")]
    mentions = rec.get("mentions")
    if isinstance(mentions, list | tuple):
        names += [str(m.get("doc") or "") for m in mentions if isinstance(m, dict)]
    return [n for n in dict.fromkeys(names) if n]


def _credit(rec: Mapping[str, Any], sources: Mapping[str, Source] | None) -> tuple[str, str]:
    """(publishers, URLs) of an event's documents, each list joined with "; "."""
    if not sources:
        return "", ""
    found = [sources[d] for d in _event_docs(rec) if d in sources]
    names = dict.fromkeys(" ".join(s.source.split()) for s in found)
    urls = dict.fromkeys(s.url.strip() for s in found)
    return "; ".join(n for n in names if n), "; ".join(u for u in urls if u)


def credits(events: Events,
            sources: Mapping[str, Source] | None) -> list[tuple[str, str]]:
    """(source, url) of every row: the publishers and the addresses of the documents
    the event was read in, each joined with "; " ("" where a document does not say)."""
    rows = _rows(events, ["doc", "mentions"])
    if not sources:
        return [("", "")] * len(rows)
    return [_credit(row, sources) for row in rows]


def json_records(events: Events, *, sources: Mapping[str, Source] | None = None,
                 columns: Iterable[str] = ()) -> list[dict[str, Any]]:
    """The events as JSON-ready dicts, the CSV's columns in its order (see
    :func:`csv_columns`; ``columns``: those beyond the schema, such as a store's
    n_sources), each with ``source`` and ``url`` from ``sources``, and ``how``: how its
    date was read, in words of the event's own language (:func:`words.how`). The command
    line's JSON and JSON Lines, and :func:`to_csv`'s cells, are written from these."""
    names = csv_columns(columns)
    rows = _rows(events)
    out = []
    for row, (source, url) in zip(rows, credits(rows, sources), strict=True):
        rec = {**row, "source": source, "url": url, "how": words.how(row, _row_lang(row))}
        out.append({c: _plain(rec[c]) for c in names if c in rec})
    return out


def _row_lang(row: Mapping[str, Any]) -> str:
    """The language an event is told in, as the catalog knows it (else its default)."""
    lang = row.get("lang")
    return choose_language(None, [lang if isinstance(lang, str) else None])


def _link(url: str) -> str:
    """``url`` if it is an http(s) address a page may link to, else "" (no javascript:)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c.isspace() for c in url):
        return url
    return ""


def _documents(sources: Mapping[str, Source]) -> list[dict[str, str]]:
    return [{"doc": name, "title": s.title, "source": s.source, "url": s.url, "date": s.date}
            for name, s in sources.items()]


# ---------------------------------------------------------------- validation


def _default(name: str, rec: dict[str, Any]) -> Any:
    dtype = next(c.dtype for c in COLUMNS if c.name == name)
    if name == "start_year":
        return _decimal_year(rec.get("start"), end=False)
    if name == "end_year":
        return _decimal_year(rec.get("end"), end=True)
    if name == "mentions":
        return []
    if name == "actors":
        return []
    if name == "n_mentions":
        mentions = rec.get("mentions")
        return max(1, len(mentions)) if isinstance(mentions, list) else 1
    return {"string": "", "float64": math.nan, "int64": 0, "bool": False}.get(dtype)


def _decimal_year(iso: Any, *, end: bool) -> float:
    """The start (or, with ``end``, the end) of the day ``iso`` as a decimal year; NaN
    when it is not a day."""
    try:
        day = Day.parse_iso(str(iso))
    except (ValueError, TypeError):
        return math.nan
    return day.end_decimal_year() if end else day.decimal_year()


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
        row["start_year"] = _decimal_year(row["start"], end=False)
        row["end_year"] = _decimal_year(row["end"], end=True)
        rows.append(row)
    if problems:
        more = len(problems) - _MAX_PROBLEMS
        shown = problems[:_MAX_PROBLEMS] + ([f"… and {more} more problem(s)"] if more > 0 else [])
        raise TimelineFileError("file.invalid", problems="; ".join(shown))
    if not rows:
        return empty_frame()
    return from_rows(rows)


# ---------------------------------------------------------------- JSON


def to_json(frame: Events, *, sources: Mapping[str, Source] | None = None) -> bytes:
    """The lossless save format: ``{"format": "tidslinje", "version": 1, "events": [...]}``
    with one object per row, schema columns only, lists kept as lists, UTF-8.

    With ``sources`` every event also says where it was read (``source``, ``url``) and a
    ``documents`` list names each document; :func:`from_json` ignores both."""
    events = _records(frame)
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if sources is not None:
        for rec, (source, url) in zip(events, credits(events, sources), strict=True):
            rec["source"], rec["url"] = source, url
        doc["documents"] = _documents(sources)
    doc["events"] = events
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
        raise TimelineFileError("file.not_utf8", reason=e.reason, at=e.start) from None
    if not text.strip():
        raise TimelineFileError("file.empty")
    try:
        doc = parse_json(text)
    except json.JSONDecodeError as e:
        raise TimelineFileError("file.not_json", msg=e.msg, line=e.lineno, col=e.colno) from None
    except IngestError as e:
        raise TimelineFileError("file.unreadable", err=e) from None
    if not isinstance(doc, dict):
        raise TimelineFileError("file.not_object", format=FORMAT)
    if doc.get("format") != FORMAT:
        events = doc.get("events")
        if isinstance(events, list) and events and isinstance(events[0], dict) and "start_date" in events[0]:
            raise TimelineFileError("file.timelinejs")
        raise TimelineFileError("file.format", got=repr(doc.get("format")), want=repr(FORMAT))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise TimelineFileError("file.version_number")
    if version > VERSION:
        raise TimelineFileError("file.newer", version=version, ours=VERSION)
    events = doc.get("events")
    if not isinstance(events, list):
        raise TimelineFileError("file.events_list")
    return _validate_records(events, lambda i: f"event {i + 1}")


# ---------------------------------------------------------------- CSV


def csv_columns(extra: Iterable[str] = ()) -> list[str]:
    """The CSV's columns: :data:`CSV_COLUMNS_FIRST`, the rest of the schema, then
    ``extra`` (columns a table has beyond the schema, such as a store's n_sources)."""
    return list(dict.fromkeys([*CSV_COLUMNS_FIRST, *column_names(), *extra]))


def to_csv(frame: Events, *, sources: Mapping[str, Source] | None = None) -> bytes:
    """Schema columns as plain UTF-8 CSV, :data:`CSV_COLUMNS_FIRST` first; actors as a
    readable list ("Nord-Korea; Russland"), mentions as JSON text; ``source`` and
    ``url`` from ``sources`` (empty without). The app writes it from its frame, the
    command line from the pipeline's rows (no frame made): the same timeline gives the
    same bytes."""
    columns = csv_columns()
    rows = ([_plain_cell(rec.get(name), name) for name in columns]
            for rec in json_records(frame, sources=sources))  # plain already: no second pass
    return _csv_bytes(columns, rows)


def records_to_csv(records: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> bytes:
    """Any records (dicts) as CSV with the cells :func:`to_csv` writes; keys not in
    ``columns`` are left out, missing ones are empty."""
    rows = ([_cell(rec.get(name), name) for name in columns] for rec in records)
    return _csv_bytes(list(columns), rows)


def _csv_bytes(header: list[str], rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    # Python's writer quotes a cell with a line feed but not one with a bare carriage
    # return, which other readers take for the end of the row: such rows are quoted whole.
    quoted = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(header)
    for row in rows:
        (quoted if any("\r" in cell for cell in row) else writer).writerow(row)
    return buffer.getvalue().encode("utf-8")


def _cell(value: Any, name: str = "") -> str:
    """One CSV cell: a list of names as "A; B", other lists and objects as JSON text,
    true/false, "" for missing; text that could start a formula is defused."""
    return _plain_cell(_plain(value), name)


def _plain_cell(value: Any, name: str = "") -> str:
    """:func:`_cell` of a value already made plain (:func:`_plain`)."""
    if name in _NAME_LISTS and value is not None:
        return _defuse(_join_names(value))
    if name in _LIST_COLUMNS or isinstance(value, list | dict):
        return json.dumps(value or [], ensure_ascii=False)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return _defuse(str(value))


def _join_names(names: Iterable[Any]) -> str:
    """["Nord-Korea", "Russland"] -> "Nord-Korea; Russland". A ";" or "\\" inside a
    name is escaped with a backslash, and so is a leading "[" (which reads as JSON)."""
    out = [str(n).replace("\\", "\\\\").replace(";", "\\;") for n in names]
    if out and out[0].startswith("["):
        out[0] = "\\" + out[0]
    return "; ".join(out)


def _split_names(text: str) -> list[str]:
    """The inverse of :func:`_join_names`; spaces around each name are dropped."""
    names: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for c in chars:
        if c == "\\":
            current.append(next(chars, ""))
        elif c == ";":
            names.append("".join(current).strip())
            current = []
        else:
            current.append(c)
    names.append("".join(current).strip())
    return [n for n in names if n]


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
    if name in _NAME_LISTS:
        text = text[1:] if text.startswith("'") else text  # a defused cell
        if not text.lstrip().startswith("["):
            return _split_names(text)
    if text.strip() == "":
        return []
    try:
        return parse_json(text)  # mentions; and actors as older files wrote them
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
    import pandas as pd

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
    def said(a: Day, b: Day) -> str:
        return words.span_iso(a.iso(), b.iso(), lang)

    if start == end:
        return {"year": start.year, "month": start.month, "day": start.day,
                "display_date": said(start, end)}, None
    if (start.month, start.day) == (1, 1) and (end.month, end.day) == (12, 31):
        s = {"year": start.year, "display_date": said(Day(start.year, 1, 1), Day(start.year, 12, 31))}
        if start.year == end.year:
            return s, None
        return s, {"year": end.year, "display_date": said(Day(end.year, 1, 1), Day(end.year, 12, 31))}
    if start.day == 1 and end.day == days_in_month(end.year, end.month):
        s = {"year": start.year, "month": start.month,
             "display_date": said(start, Day(start.year, start.month, days_in_month(start.year, start.month)))}
        if (start.year, start.month) == (end.year, end.month):
            return s, None
        return s, {"year": end.year, "month": end.month, "display_date": said(Day(end.year, end.month, 1), end)}
    return (
        {"year": start.year, "month": start.month, "day": start.day, "display_date": said(start, start)},
        {"year": end.year, "month": end.month, "day": end.day, "display_date": said(end, end)},
    )


def _tl_text(rec: dict[str, Any], when: str, lang: str,
             sources: Mapping[str, Source] | None = None) -> str:
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
        meta.append(f"<b>{text('tl.source', lang)}:</b> {_tl_source(rec, sources)}")
    actors = rec.get("actors") or []
    if actors:
        meta.append(f"<b>{text('tl.actors', lang)}:</b> {esc(', '.join(map(str, actors)))}")
    if s("place"):
        meta.append(f"<b>{text('tl.place', lang)}:</b> {esc(s('place'))}")
    if meta:
        parts.append("<p>" + " · ".join(meta) + "</p>")
    return "".join(parts)


def _tl_source(rec: Mapping[str, Any], sources: Mapping[str, Source] | None) -> str:
    """Each document an event was read in, as HTML: its publisher and title (or its
    name), a link when it has an http(s) address. Every piece is escaped once."""
    pieces = []
    for name in _event_docs(rec):
        known = (sources or {}).get(name, Source())
        label = ", ".join(p for p in (" ".join(known.source.split()), known.title or name) if p)
        url = _link(known.url)
        if url:
            pieces.append(f'<a href="{html.escape(url, quote=True)}" target="_blank" '
                          f'rel="noopener">{html.escape(label)}</a>')
        else:
            pieces.append(html.escape(label))
    return "; ".join(pieces)


def to_timelinejs(frame: Events, title: str = "", lang: str | None = None, *,
                  sources: Mapping[str, Source] | None = None) -> bytes:
    """Knight Lab TimelineJS3 JSON: one slide per dated event (undated ones are left
    out), grouped by type, with the quote and its source (publisher, title, link) in
    the slide text. All text is HTML-escaped once because TimelineJS renders HTML.
    Every slide speaks ``lang`` (by default the language most of the events' documents
    are in)."""
    doc = _timelinejs(frame, title, lang, sources)
    return json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")


def _timelinejs(events: Events, title: str, lang: str | None,
                sources: Mapping[str, Source] | None) -> dict[str, Any]:
    records = _records(events)
    lang = _slide_language(records, lang)
    return {
        "title": {"text": _title_text(records, title, lang, sources)},
        "events": [slide for slide, _ in _slides(records, lang, sources)],
    }


def _title_text(records: list[dict[str, Any]], title: str, lang: str,
                sources: Mapping[str, Source] | None) -> dict[str, str]:
    """The title slide: the title, and every document with its source."""
    docs = sorted({str(r["doc"]) for r in records if r.get("doc") is not None})
    return {
        "headline": html.escape(title or text("tl.title", lang)),
        "text": "; ".join(_tl_source({"doc": d}, sources) for d in docs),
    }


def _slides(records: list[dict[str, Any]], lang: str,
            sources: Mapping[str, Source] | None) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(slide, the event it shows) for every dated event of ``records`` (see
    :func:`_records`)."""
    out = []
    used: set[str] = set()
    for rec in records:
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
                "text": _tl_text(rec, when, lang, sources),
            },
            "group": html.escape(words.category("type", str(rec.get("type") or "other"), lang)),
            "display_date": when,
            "unique_id": uid,
        }
        if end_date is not None:
            slide["end_date"] = end_date
        out.append((slide, rec))
    return out


def _slide_language(records: list[dict[str, Any]], lang: str | None) -> str:
    return choose_language(lang, [r["lang"] for r in records if "lang" in r])


# ---------------------------------------------------------------- TimelineJS spreadsheet

#: The columns of Knight Lab's TimelineJS Google Sheets template, in its order (its
#: reader finds the first three by position, the rest by name).
TIMELINEJS_CSV_COLUMNS = (
    "Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
    "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
    "Media Thumbnail", "Type", "Group", "Background",
)


def to_timelinejs_csv(frame: Events, title: str = "", lang: str | None = None, *,
                      sources: Mapping[str, Source] | None = None) -> bytes:
    """The slides of :func:`to_timelinejs` as a CSV to import into Knight Lab's Google
    Sheets template (File → Import): a "title" row, then one row per dated event, each
    date at its own precision (a year fills only Year). Headline and Text hold the
    same escaped HTML as the JSON; Media Credit names the publishers. Cells that a
    spreadsheet would take for a formula are defused with a leading apostrophe."""
    records = _records(frame)
    lang = _slide_language(records, lang)
    title_text = _title_text(records, title, lang, sources)
    rows = [_sheet_row({}, None, title_text["headline"], title_text["text"], type_="title")]
    for slide, rec in _slides(records, lang, sources):
        publishers = _credit(rec, sources)[0]
        rows.append(_sheet_row(
            slide["start_date"], slide.get("end_date"), slide["text"]["headline"],
            slide["text"]["text"], display=slide["display_date"], group=slide["group"],
            credit=html.escape(publishers)))
    return _csv_bytes(list(TIMELINEJS_CSV_COLUMNS), ([_defuse(c) for c in r] for r in rows))


def _sheet_row(start: Mapping[str, Any], end: Mapping[str, Any] | None, headline: str,
               body: str, *, display: str = "", group: str = "", credit: str = "",
               type_: str = "") -> list[str]:
    def part(date: Mapping[str, Any] | None, key: str) -> str:
        return "" if not date or key not in date else str(date[key])

    row = {
        "Year": part(start, "year"), "Month": part(start, "month"), "Day": part(start, "day"),
        "End Year": part(end, "year"), "End Month": part(end, "month"),
        "End Day": part(end, "day"), "Display Date": display, "Headline": headline,
        "Text": body, "Media Credit": credit, "Type": type_, "Group": group,
    }
    return [row.get(c, "") for c in TIMELINEJS_CSV_COLUMNS]


# ---------------------------------------------------------------- TimelineJS embed page

_TIMELINEJS_CDN = "https://cdn.knightlab.com/libs/timeline3/latest"
# Characters that could end a <script> element or start a comment or CDATA inside it,
# and the two line separators JavaScript once refused in strings: written as JSON
# escapes, which JSON.parse turns back into the same characters.
_SCRIPT_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _script_json(data: Any) -> str:
    raw = json.dumps(data, ensure_ascii=False, allow_nan=False)
    return re.sub("[<>&\u2028\u2029]", lambda m: _SCRIPT_SAFE[m.group()], raw)


def to_embed_page(frame: Events, title: str = "", lang: str | None = None, *,
                  sources: Mapping[str, Source] | None = None) -> bytes:
    """One HTML page that shows :func:`to_timelinejs` in Knight Lab's TimelineJS viewer
    (its script and style from cdn.knightlab.com), in the slides' language (TimelineJS'
    ``nb`` locale for Norwegian). The JSON is embedded as data, never as markup: the
    slides' text, already HTML-escaped once, is not escaped again."""
    records = _records(frame)
    slide_lang = _slide_language(records, lang)
    data = _timelinejs(records, title, slide_lang, sources)
    options = {"language": slide_lang, "hash_bookmark": False}
    page_title = html.escape(title or text("tl.title", slide_lang))
    page = f"""<!DOCTYPE html>
<html lang="{slide_lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page_title}</title>
<link rel="stylesheet" href="{_TIMELINEJS_CDN}/css/timeline.css">
<script src="{_TIMELINEJS_CDN}/js/timeline.js"></script>
<style>html, body {{ height: 100%; margin: 0; }} #timeline-embed {{ width: 100%; height: 100%; min-height: 520px; }}</style>
</head>
<body>
<div id="timeline-embed"></div>
<script type="application/json" id="timeline-data">{_script_json(data)}</script>
<script>
var data = JSON.parse(document.getElementById("timeline-data").textContent);
var options = {_script_json(options)};
window.timeline = new TL.Timeline("timeline-embed", data, options);
</script>
</body>
</html>
"""
    return page.encode("utf-8")
