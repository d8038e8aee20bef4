"""Curation of an events dataframe: pure functions, no Streamlit, no clocks.

What a person does to a timeline is kept as a list of *operations* (plain dicts, so
they save as JSON): ``edit``, ``delete``, ``merge`` and ``add``. The curated timeline
is always ``apply_ops(extracted, ops)``, so edits survive re-extraction, new documents
and bad input elsewhere: nothing typed is stored anywhere but in the ops.

Also here: merging the frames of several documents into one timeline (the same event
reported by several documents becomes one row with all its mentions), filters and
counts for the app, the detail of one event (its quote inside its paragraph) and the
table view.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, cast

import pandas as pd

from . import i18n, words
from .calendar import Day, days_in_month
from .gazetteer import id_of, name_of
from .lang import codes as language_codes
from .schema import COLUMNS, coerce, column_names, empty_frame
from .types import DocDate
from .words import HAND_SET

__all__ = [
    "EVENT_TYPES",
    "MANUAL_DOC",
    "EventDetail",
    "FilterOptions",
    "Filters",
    "MentionDetail",
    "TABLE_COLUMNS",
    "UserDate",
    "UserDateError",
    "add_event",
    "apply_ops",
    "count_by",
    "delete_events",
    "edit_event",
    "escape_markdown",
    "event_detail",
    "event_docs",
    "event_label",
    "event_labels",
    "filter_frame",
    "filter_options",
    "fingerprint",
    "highlighted_markdown",
    "make_add_op",
    "make_delete_op",
    "make_edit_op",
    "make_merge_op",
    "merge_events",
    "merge_frames",
    "paragraph_around",
    "parse_document_date",
    "parse_user_date",
    "split_actors",
    "table_view",
]

EVENT_TYPES: tuple[str, ...] = (
    "meeting",
    "negotiations",
    "sanctions",
    "agreement",
    "withdrawal",
    "expulsion",
    "statement",
    "visit",
    "election",
    "conflict",
    "other",
)

#: The ``doc`` of events a person added by hand.
MANUAL_DOC = "(added by hand)"

_DATE_COLUMNS = (
    "date",
    "start",
    "end",
    "start_year",
    "end_year",
    "granularity",
    "approximate",
    "mod",
    "anchor",
    "anchor_text",
    "explanation",
)


# --------------------------------------------------------------------------- dates typed by people


@dataclass(frozen=True)
class UserDate:
    """A date a person typed, with the width they gave it."""

    value: str  # TIMEX3-style: "2009", "2009-04", "2009-04-25", "199", "2003/2009"
    start: Day
    end: Day  # inclusive
    granularity: str
    approximate: bool = False

    def columns(self, typed: str) -> dict[str, Any]:
        """The date columns of an event row for this date."""
        return {
            "date": self.value,
            "start": self.start.iso(),
            "end": self.end.iso(),
            "start_year": self.start.decimal_year(),
            "end_year": self.end.plus_days(1).decimal_year(),
            "granularity": self.granularity,
            "approximate": self.approximate,
            "mod": "APPROX" if self.approximate else "",
            "anchor": "absolute",
            "anchor_text": "",
            "explanation": f"{HAND_SET}: “{typed.strip()}”.",
        }


_APPROX = re.compile(
    r"^(?:c\.|ca\.?|circa|cirka|rundt|omkring|about|around|approx\.?|~)\s*", re.IGNORECASE
)
_RANGE = re.compile(r"\s*(?:–|—|/|\.\.|\s-\s|\bto\b|\btil\b)\s*", re.IGNORECASE)
_BC_WORDS = r"(?:BC|BCE|B\.C\.?|f\.\s*Kr\.?|fvt\.?)"
_BC = re.compile(rf"^(\d{{1,4}})\s*{_BC_WORDS}$", re.IGNORECASE)
# "15. mars 44 f.Kr.", "mars 44 f.Kr.", "15 March 44 BC", "March 15, 44 BC": dateparser
# knows no year before 1, so a BC day or month is read here, with the languages' months.
_BC_DAY_FIRST = re.compile(
    rf"^(?:(?P<d>\d{{1,2}})\.?\s+)?(?P<mon>[^\W\d_]+)\.?\s+(?P<y>\d{{1,4}})\s*{_BC_WORDS}$",
    re.IGNORECASE,
)
_BC_MONTH_FIRST = re.compile(
    rf"^(?P<mon>[^\W\d_]+)\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{1,4}})\s*{_BC_WORDS}$",
    re.IGNORECASE,
)
_DECADE = re.compile(r"^(\d{3})0(?:'?s|-tallet)$", re.IGNORECASE)
_CENTURY = re.compile(r"^(\d{1,2})00(?:'?s|-tallet)$", re.IGNORECASE)
_SIMPLE_RANGE = re.compile(r"^(-?\d{1,4})\s*-\s*(\d{4})$")  # "2003-2009" (not "2009-04")

class UserDateError(ValueError):
    """A typed date that is not one, with the catalog id of its message: ``str()`` is
    the English message, :meth:`words` the message in any interface language."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key, self.values = key, values
        super().__init__(self.words("en"))

    def words(self, lang: str) -> str:
        return i18n.text(self.key, lang, hint=i18n.text("date.hint", lang), **self.values)


def _year_value(year: int) -> str:
    return f"BC{1 - year:04d}" if year <= 0 else f"{year:04d}"


def _month_number(word: str) -> int | None:
    """A month name or its abbreviation in any registered language ('mars', 'March')."""
    from .lang import get

    word = word.lower().rstrip(".")
    for code in language_codes():
        number = get(code).months.get(word)
        if number:
            return int(number)
    return None


def _bc_date(text: str) -> UserDate | None:
    m = _BC_DAY_FIRST.match(text) or _BC_MONTH_FIRST.match(text)
    if m is None:
        return None
    month = _month_number(m["mon"])
    if month is None:
        return None
    year = 1 - int(m["y"])  # astronomical: 1 BC is year 0
    if m["d"] is None:
        last = days_in_month(year, month)
        return UserDate(f"{_year_value(year)}-{month:02d}", Day(year, month, 1),
                        Day(year, month, last), "month")
    try:
        day = Day(year, month, int(m["d"]))
    except ValueError:
        raise UserDateError("date.error.no_day", day=int(m["d"])) from None
    return UserDate(f"{_year_value(year)}-{month:02d}-{day.day:02d}", day, day, "day")


def _single_date(text: str) -> UserDate:
    if m := _BC.match(text):
        year = 1 - int(m[1])  # astronomical: 1 BC is year 0
        return UserDate(_year_value(year), Day(year, 1, 1), Day(year, 12, 31), "year")
    if bc := _bc_date(text):
        return bc
    if m := _CENTURY.match(text):
        c = int(m[1])
        return UserDate(f"{c:02d}", Day(c * 100, 1, 1), Day(c * 100 + 99, 12, 31), "century")
    if m := _DECADE.match(text):
        d = int(m[1])
        return UserDate(f"{d:03d}", Day(d * 10, 1, 1), Day(d * 10 + 9, 12, 31), "decade")
    try:
        dd = DocDate.parse(text)
    except ValueError:
        dd = None
    if dd is not None:
        if dd.year < 1 and dd.month is None:
            return UserDate(_year_value(dd.year), dd.first_day, dd.last_day, "year")
        return UserDate(dd.iso(), dd.first_day, dd.last_day, str(dd.grain))
    return _dateparser_date(text)


@lru_cache(maxsize=2)
def _parsers() -> tuple[Any, Any]:
    # Imported lazily: dateparser is only needed when someone types a date.
    from dateparser.date import DateDataParser

    def make(base: datetime) -> Any:
        return DateDataParser(
            languages=["nb", "en"],
            settings={"RELATIVE_BASE": base, "PREFER_DAY_OF_MONTH": "first"},
        )

    # Two fixed reference dates: a phrase that parses differently against them is
    # relative ("i går", "last year") and is refused; no hidden clock either way.
    return make(datetime(2001, 3, 7, tzinfo=UTC)), make(datetime(1987, 10, 20, tzinfo=UTC))


def _dateparser_date(text: str) -> UserDate:
    first, second = _parsers()
    a = first.get_date_data(text)
    b = second.get_date_data(text)
    if a.date_obj is None or b.date_obj is None or a.date_obj != b.date_obj:
        raise UserDateError("date.error.unreadable", text=text)
    when, period = a.date_obj, a.period or "day"
    if period == "year":
        return UserDate(f"{when.year:04d}", Day(when.year, 1, 1), Day(when.year, 12, 31), "year")
    if period == "month":
        last = days_in_month(when.year, when.month)
        return UserDate(
            f"{when.year:04d}-{when.month:02d}",
            Day(when.year, when.month, 1),
            Day(when.year, when.month, last),
            "month",
        )
    day = Day(when.year, when.month, when.day)
    return UserDate(day.iso(), day, day, "day")


#: Longest date a person may type; more is not a date, and dateparser would chew on it.
MAX_TYPED_DATE = 100


def parse_user_date(text: str) -> UserDate:
    """Read a date a person typed; raise ValueError with a helpful message otherwise.

    The width is honest: "2003" is the whole year, "april 2009" the whole month, a
    range runs from the start of its first part to the end of its last. Results are
    cached: replaying a log of edits parses each typed date once.
    """
    result = _parse_user_date_cached(str(text or ""))
    if isinstance(result, UserDateError):
        raise UserDateError(result.key, **result.values)
    return result


@lru_cache(maxsize=4096)
def _parse_user_date_cached(text: str) -> UserDate | UserDateError:
    """The date, or why it is not one (a pure function of the text)."""
    try:
        return _parse_user_date(text)
    except UserDateError as err:
        return err
    except ValueError:  # a date the calendar refuses ("0000", "2019-02-30")
        return UserDateError("date.error.unreadable", text=text.strip())


def _parse_user_date(text: str) -> UserDate:
    raw = text.strip()
    if not raw:
        raise UserDateError("date.error.empty")
    if len(raw) > MAX_TYPED_DATE:
        raise UserDateError("date.error.too_long")
    approximate = False
    if m := _APPROX.match(raw):
        approximate = True
        raw = raw[m.end() :].strip()
    if m := _SIMPLE_RANGE.match(raw):
        parts = [m[1], m[2]]
    else:
        parts = [p for p in _RANGE.split(raw) if p.strip()]
    if len(parts) == 2:
        a, b = _single_date(parts[0].strip()), _single_date(parts[1].strip())
        if b.end < a.start:
            raise UserDateError("date.error.backwards", text=text.strip())
        return UserDate(f"{a.value}/{b.value}", a.start, b.end, a.granularity, approximate)
    if len(parts) != 1:
        raise UserDateError("date.error.unreadable", text=text.strip())
    d = _single_date(parts[0])
    return UserDate(d.value, d.start, d.end, d.granularity, approximate)


def parse_document_date(text: str) -> DocDate | None:
    """A document date typed in the app: empty means unknown; else YYYY[-MM[-DD]]."""
    raw = (text or "").strip()
    if not raw:
        return None
    try:
        return DocDate.parse(raw)
    except ValueError:
        raise UserDateError("date.error.document", text=raw) from None


def split_actors(value: str | Iterable[str] | None) -> list[str]:
    """Actors from a comma/semicolon separated string or a list, trimmed, no duplicates."""
    if value is None:
        return []
    items = re.split(r"[;,\n]", value) if isinstance(value, str) else list(value)
    return list(dict.fromkeys(s.strip() for s in items if str(s).strip()))


# --------------------------------------------------------------------------- rows


def _rows(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _record(row: pd.Series) -> dict[str, Any]:
    """One row as a dict keyed by column name."""
    return cast(dict[str, Any], row.to_dict())


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    if not rows:
        return empty_frame()
    return coerce(pd.DataFrame(rows, columns=column_names()))


def _actors(row: Mapping[str, Any]) -> list[str]:
    value = row.get("actors")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [str(a) for a in value]


def _actor_ids(row: Mapping[str, Any]) -> list[str]:
    """The row's actors as world ids (rows from an old file have only the names)."""
    value = row.get("actor_ids")
    names = _actors(row)
    if isinstance(value, list | tuple) and len(value) == len(names):
        return [str(i) for i in value]
    return [id_of(a, str(row.get("lang") or "")) for a in names]


def _in_language(row: dict[str, Any], lang: str) -> dict[str, Any]:
    """Actors and place named in ``lang``, so that one timeline reads in one language
    (Nord-Korea and North Korea are one actor); names the world does not know stay."""
    ids = _actor_ids(row)
    row["actor_ids"] = ids
    row["actors"] = [name_of(i, lang) or a for i, a in zip(ids, _actors(row), strict=True)]
    place = str(row.get("place") or "")
    pid = row.get("place_id")
    pid = str(pid) if isinstance(pid, str) and pid else id_of(place, str(row.get("lang") or ""), "place")
    row["place_id"] = pid
    row["place"] = (name_of(pid, lang) or place) if place else ""
    return row


def _mentions(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    value = row.get("mentions")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [dict(m) for m in value]


def event_docs(row: Mapping[str, Any]) -> list[str]:
    """Every document that reports the event, first mention first."""
    docs = [str(m.get("doc", "")) for m in _mentions(row)]
    return list(dict.fromkeys(d for d in [str(row.get("doc", "")), *docs] if d))


def _combine(keep: dict[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """One event from two: ``keep``'s title, everyone's actors and mentions, and the
    narrower of the two dates (one report says "April 2019", the other "25 April")."""
    out = dict(keep)
    mine, theirs = _years(keep), _years(other)
    if mine and theirs and theirs[1] - theirs[0] < mine[1] - mine[0] and _nested(keep, other):
        out.update({c: other.get(c) for c in _DATE_COLUMNS})
    names = dict(zip(_actor_ids(keep), _actors(keep), strict=True))
    for i, a in zip(_actor_ids(other), _actors(other), strict=True):
        names.setdefault(i, a)
    out["actor_ids"], out["actors"] = list(names), list(names.values())
    seen = {(m.get("doc"), m.get("quote_start"), m.get("quote")) for m in _mentions(keep)}
    mentions = _mentions(keep)
    for m in _mentions(other):
        k = (m.get("doc"), m.get("quote_start"), m.get("quote"))
        if k not in seen:
            seen.add(k)
            mentions.append(m)
    out["mentions"] = mentions
    out["n_mentions"] = max(len(mentions), 1)
    if not out.get("place"):
        out["place"] = other.get("place", "")
        out["place_id"] = other.get("place_id", "")
    return out


# --------------------------------------------------------------------------- several documents


_DATE_COLUMNS = ("date", "start", "end", "start_year", "end_year", "granularity",
                 "approximate", "mod", "anchor", "anchor_text", "explanation")
_MAX_BUCKET_YEARS = 200  # a row is indexed under at most this many of its years


def _years(row: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        a, b = float(row.get("start_year")), float(row.get("end_year"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return (a, b) if math.isfinite(a) and math.isfinite(b) and a <= b else None


def _buckets(row: Mapping[str, Any]) -> list[tuple[str, object]]:
    """Where a row is looked up and filed when documents are merged: by type and each
    calendar year it covers, so that only events that can overlap are compared. An
    unresolved date is filed under its value ("XXXX-02")."""
    kind = str(row.get("type"))
    years = _years(row)
    if years is None:
        return [(kind, str(row.get("date")))]
    first = math.floor(years[0])
    last = min(_last_year(years[1]), first + _MAX_BUCKET_YEARS)
    return [(kind, y) for y in range(first, max(first, last) + 1)]


def _distance(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """How far apart two dates' bounds are, in years (0: the same dates)."""
    ya, yb = _years(a), _years(b)
    return abs(ya[0] - yb[0]) + abs(ya[1] - yb[1]) if ya and yb else 0.0


def _nested(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """One date lies within the other: "2003/2009" and "August 2003 to April 2009" can be
    one event told at two precisions; "2018 to 2019" and "February 2019" cannot."""
    ya, yb = _years(a), _years(b)
    if ya is None or yb is None:
        return ya is None and yb is None and str(a.get("date")) == str(b.get("date"))
    eps = 1e-9
    return (ya[0] - eps <= yb[0] and yb[1] <= ya[1] + eps) or (
        yb[0] - eps <= ya[0] and ya[1] <= yb[1] + eps)


def merge_frames(frames: Sequence[pd.DataFrame], lang: str | None = None) -> pd.DataFrame:
    """One timeline from several documents' frames, in one language.

    Events from *different* documents are the same event when they cover the same
    dates, have the same type and share an actor or a place (by world id, so that a
    Norwegian and an English report meet), or, with no actors, the same title; they
    become one row with the mentions of both. Within one document the engine has
    already merged mentions. Event ids stay unique (a clash gets a suffix). Actors and
    places are named in ``lang`` (by default the first document's language).
    """
    frames = [f for f in frames if f is not None and not f.empty]
    if not frames:
        return empty_frame()
    if len(frames) == 1 and lang is None:
        return coerce(frames[0])
    lang = lang or str(frames[0]["lang"].iloc[0])
    kept: list[dict[str, Any]] = []
    by_key: dict[tuple[str, object], list[int]] = {}
    ids: set[str] = set()
    for frame in frames:
        for row in _rows(frame):
            row = _in_language(row, lang)
            keys = _buckets(row)
            docs = set(event_docs(row))
            actors = set(row["actor_ids"])
            place = row["place_id"]
            title = str(row.get("title", "")).casefold()
            target = None
            best: tuple[float, int] | None = None
            for i in sorted({i for key in keys for i in by_key.get(key, ())}):
                other = kept[i]
                if docs & set(event_docs(other)) or not _nested(row, other):
                    continue
                other_actors = set(other["actor_ids"])
                if (actors & other_actors) or (place and place == other["place_id"]) or (
                    not actors and not other_actors and title == str(other["title"]).casefold()
                ):
                    # The closest dates win, then the most actors in common.
                    rank = (_distance(row, other), -len(actors & other_actors))
                    if best is None or rank < best:
                        target, best = i, rank
            if target is not None:
                kept[target] = _combine(kept[target], row)
                for key in keys:  # it may now be found through the other's years too
                    if target not in by_key.setdefault(key, []):
                        by_key[key].append(target)
                continue
            eid = str(row["event_id"])
            n = 2
            while eid in ids:
                eid = f"{row['event_id']}~{n}"
                n += 1
            row["event_id"] = eid
            ids.add(eid)
            for key in keys:
                by_key.setdefault(key, []).append(len(kept))
            kept.append(row)
    return _frame(kept)


# --------------------------------------------------------------------------- operations


def edit_event(frame: pd.DataFrame, event_id: str, changes: Mapping[str, Any]) -> pd.DataFrame:
    """Change title, date (as typed), actors, place or type of one event.

    Raises KeyError for an unknown id and ValueError for a date or type it cannot use;
    the frame is never changed in place.
    """
    mask = frame["event_id"] == event_id
    if not mask.any():
        raise KeyError(event_id)
    row = _edited(_record(frame[mask].iloc[0]), changes)
    return _replace_row(frame, int(mask.to_numpy().nonzero()[0][0]), row)


def _edited(row: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` with ``changes`` made (a new dict); ValueError names the first bad one."""
    out = dict(row)
    for name, value in changes.items():
        if name == "title":
            title = str(value).strip()
            if not title:
                raise ValueError("The title cannot be empty.")
            out["title"] = title
        elif name == "date":
            out.update(parse_user_date(str(value)).columns(str(value)))
        elif name == "actors":
            out["actors"] = _typed_actors(value)
            out["actor_ids"] = [id_of(a, str(out.get("lang") or "")) for a in out["actors"]]
        elif name == "place":
            out["place"] = str(value or "").strip()
            out["place_id"] = id_of(out["place"], str(out.get("lang") or ""), "place")
        elif name == "type":
            if value not in EVENT_TYPES:
                raise ValueError(
                    f"Unknown event type “{value}”. Use one of {', '.join(EVENT_TYPES)}."
                )
            out["type"] = value
        else:
            raise ValueError(f"Cannot edit the column “{name}”.")
    return out


def _typed_actors(value: Any) -> list[str]:
    """Actors from an operation: a string or a list of strings (a saved file may hold
    anything else, which is refused)."""
    if value is None or isinstance(value, str) or (
        isinstance(value, list | tuple) and all(isinstance(a, str) for a in value)
    ):
        return split_actors(value)
    raise ValueError("The actors must be names.")


def _replace_row(frame: pd.DataFrame, position: int, row: Mapping[str, Any]) -> pd.DataFrame:
    """A copy of ``frame`` with the row at ``position`` replaced, column by column.

    Only changed columns are rebuilt (as Python lists), which keeps one edit cheap on a
    timeline of 10,000 events and never lets pandas reinterpret a list cell.
    """
    out = frame.copy()
    for name in column_names():
        old = out[name].iloc[position]
        new = row[name]
        if isinstance(new, list) or isinstance(old, list) or not _same(old, new):
            values = out[name].tolist()
            values[position] = new
            out[name] = pd.Series(values, index=out.index, dtype=out[name].dtype)
    return out


def _same(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (TypeError, ValueError):
        return False


def delete_events(frame: pd.DataFrame, event_ids: Iterable[str]) -> pd.DataFrame:
    drop = set(event_ids)
    return frame[~frame["event_id"].isin(drop)].reset_index(drop=True)


def merge_events(frame: pd.DataFrame, keep_id: str, other_id: str) -> pd.DataFrame:
    """Merge ``other_id`` into ``keep_id``: keep's date and title, both events' sources."""
    if keep_id == other_id:
        raise ValueError("Pick two different events to merge.")
    ids = frame["event_id"].tolist()
    for eid in (keep_id, other_id):
        if eid not in ids:
            raise KeyError(eid)
    keep, other = ids.index(keep_id), ids.index(other_id)
    combined = _combine(_record(frame.iloc[keep]), _record(frame.iloc[other]))
    out = _replace_row(frame, keep, combined)
    return out.drop(index=out.index[other]).reset_index(drop=True)


def make_add_op(
    existing_ids: Iterable[str],
    *,
    title: str,
    date: str,
    type: str = "other",
    actors: str | Iterable[str] = "",
    place: str = "",
    source: str = "",
    lang: str = "",
) -> dict[str, Any]:
    """An ``add`` operation for an event typed by hand, validated now (ValueError).

    Its id is ``manual#<n>``, the first not already taken.
    """
    if not str(title).strip():
        raise ValueError("Give the new event a title.")
    parse_user_date(date)  # validate now, so the person sees the problem at once
    if type not in EVENT_TYPES:
        raise ValueError(f"Unknown event type “{type}”.")
    taken = set(existing_ids)
    n = 1
    while f"manual#{n}" in taken:
        n += 1
    return {
        "op": "add",
        "id": f"manual#{n}",
        "event": {
            "title": str(title).strip(),
            "date": str(date).strip(),
            "type": type,
            "actors": split_actors(actors),
            "place": str(place or "").strip(),
            "source": str(source or "").strip(),
            "lang": lang,
        },
    }


def add_event(frame: pd.DataFrame, event_id: str, event: Mapping[str, Any]) -> pd.DataFrame:
    """Append an event typed by hand (see :func:`make_add_op`)."""
    if (frame["event_id"] == event_id).any():
        raise ValueError(f"There is already an event {event_id}.")
    row = _added_row(event_id, event)
    if frame.empty:
        return _frame([row])
    return coerce(pd.concat([frame, _frame([row])], ignore_index=True))


def _added_row(event_id: str, event: Mapping[str, Any]) -> dict[str, Any]:
    """The row of an event typed by hand; ValueError for a type or language it cannot use."""
    date_text = str(event.get("date", ""))
    source = str(event.get("source", "") or "")
    lang = str(event.get("lang", "") or "")
    if lang and lang not in language_codes():
        raise ValueError(f"Unknown language “{lang[:20]}”.")
    mentions = (
        [
            {
                "doc": MANUAL_DOC,
                "quote": source,
                "quote_start": -1,
                "quote_end": -1,
                "timex": date_text,
                "timex_start": -1,
                "timex_end": -1,
                "sentence": -1,
            }
        ]
        if source
        else []
    )
    row: dict[str, Any] = {
        "event_id": event_id,
        "doc": MANUAL_DOC,
        "lang": lang,
        "timex_type": "DATE",
        "title": str(event.get("title", "")).strip(),
        "type": str(event.get("type", "other")),
        "modality": str(event.get("modality") or "actual"),
        "actors": _typed_actors(event.get("actors")),
        "place": str(event.get("place", "") or ""),
        "quote": source,
        "quote_start": -1,
        "quote_end": -1,
        "timex": date_text,
        "timex_start": -1,
        "timex_end": -1,
        "mentions": mentions,
        "n_mentions": max(len(mentions), 1) if source else 0,
        "sentence": -1,
        **parse_user_date(date_text).columns(date_text),
    }
    row["actor_ids"] = [id_of(a, lang) for a in row["actors"]]
    row["place_id"] = id_of(row["place"], lang, "place")
    if row["type"] not in EVENT_TYPES:
        raise ValueError(f"Unknown event type “{row['type']}”.")
    return row


def fingerprint(frame: pd.DataFrame, event_id: str) -> dict[str, Any]:
    """Where an event comes from (document and offset of its date), to find it again.

    Event ids count events within one extraction; if a newer engine finds one more
    event earlier in a document, the ids after it shift. Operations therefore carry
    this fingerprint and :func:`apply_ops` follows it rather than a stale id.
    """
    match = frame[frame["event_id"] == event_id]
    if match.empty:
        raise KeyError(event_id)
    row = match.iloc[0]
    return {
        "doc": str(row["doc"]),
        "timex_start": int(row["timex_start"]),
        "timex": str(row["timex"]),
    }


def _origin(at: Any) -> tuple[str, int] | None:
    """The (document, offset) of a fingerprint; None when there is none (ValueError or
    TypeError for a fingerprint that is not one)."""
    if not at:
        return None
    if not isinstance(at, Mapping):
        raise TypeError("its fingerprint is damaged")
    return str(at.get("doc")), int(at.get("timex_start", -2))


def _ids(value: Any, count: int | None = None) -> list[str]:
    """The event ids of a delete or merge (TypeError/ValueError for anything else)."""
    if not isinstance(value, list | tuple):
        raise TypeError("its events are not a list")
    ids = [str(i) for i in value if i is not None]
    if count is not None and len(ids) != count:
        raise ValueError(f"it names {len(ids)} events, not {count}")
    return ids


def make_edit_op(frame: pd.DataFrame, event_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """An ``edit`` operation, validated against ``frame`` now (KeyError/ValueError)."""
    edit_event(frame, event_id, changes)
    return {
        "op": "edit",
        "id": event_id,
        "changes": dict(changes),
        "at": fingerprint(frame, event_id),
    }


def make_delete_op(frame: pd.DataFrame, event_ids: Sequence[str]) -> dict[str, Any]:
    ids = [str(i) for i in event_ids]
    if not ids:
        raise ValueError("Pick at least one event to delete.")
    return {"op": "delete", "ids": ids, "at": [fingerprint(frame, i) for i in ids]}


def make_merge_op(frame: pd.DataFrame, keep_id: str, other_id: str) -> dict[str, Any]:
    merge_events(frame, keep_id, other_id)
    return {
        "op": "merge",
        "ids": [keep_id, other_id],
        "at": [fingerprint(frame, keep_id), fingerprint(frame, other_id)],
    }


class _Replay:
    """A frame being curated by many operations at the cost of about one copy.

    Rows are looked up through indexes (by id, and by the fingerprint's document and
    offset) and only the rows an operation touches become dicts; the frame is built
    once, at the end. Every step has the meaning of the public function of the same
    name (``edit_event``, ``delete_events``, ``merge_events``, ``add_event``), so a log
    replayed here gives the frame those functions give one operation at a time.
    """

    def __init__(self, frame: pd.DataFrame) -> None:
        if list(frame.columns) != column_names():
            frame = coerce(frame) if not frame.empty else empty_frame()
        if not frame.index.equals(pd.RangeIndex(len(frame))):
            frame = frame.reset_index(drop=True)
        self.base = frame
        self.ids: list[str] = frame["event_id"].fillna("").tolist()
        self.origins: list[tuple[str, int]] = list(
            zip(frame["doc"].fillna("<NA>").tolist(), frame["timex_start"].tolist(), strict=True)
        )
        self.alive = [True] * len(self.ids)
        self.rows: dict[int, dict[str, Any]] = {}  # position -> the row, once touched
        self.by_id: dict[str, list[int]] = {}
        for pos, eid in enumerate(self.ids):
            self.by_id.setdefault(eid, []).append(pos)
        self.by_origin: dict[tuple[str, int], list[int]] | None = None  # built when needed
        self._columns: dict[str, pd.Series] = {}
        self._values: dict[str, list[Any]] = {}  # columns as lists, once many rows are read

    def _column(self, name: str) -> pd.Series:
        if name not in self._columns:
            self._columns[name] = self.base[name]
        return self._columns[name]

    def _cell(self, name: str, pos: int, many: bool) -> Any:
        if not many:  # a few rows: read the cells, do not copy the columns
            return self._column(name).iat[pos]
        if name not in self._values:
            self._values[name] = self._column(name).tolist()
        return self._values[name][pos]

    # ---------------------------------------------------------------- lookups

    def position(self, event_id: str) -> int:
        """The first row with this id (KeyError if there is none)."""
        for pos in self.by_id.get(event_id, ()):
            if self.alive[pos]:
                return pos
        raise KeyError(event_id)

    def resolve(self, event_id: str, at: Any) -> str:
        """The id the event has now: ``event_id`` if that row still comes from the
        fingerprint's place, else the row that does (KeyError if it is gone)."""
        origin = _origin(at)
        if origin is None:
            self.position(event_id)
            return event_id
        try:
            if self.origins[self.position(event_id)] == origin:
                return event_id
        except KeyError:
            pass
        if self.by_origin is None:
            self.by_origin = {}
            for pos, o in enumerate(self.origins):
                self.by_origin.setdefault(o, []).append(pos)
        for pos in self.by_origin.get(origin, ()):
            if self.alive[pos]:
                return self.ids[pos]
        raise KeyError(event_id)

    def row(self, pos: int) -> dict[str, Any]:
        if pos not in self.rows:
            many = len(self.rows) >= 64
            self.rows[pos] = {name: self._cell(name, pos, many) for name in column_names()}
        return self.rows[pos]

    # ---------------------------------------------------------------- operations

    def edit(self, event_id: str, changes: Mapping[str, Any]) -> None:
        pos = self.position(event_id)
        self.rows[pos] = _edited(self.row(pos), changes)

    def delete(self, event_ids: Iterable[str]) -> None:
        for eid in set(event_ids):
            for pos in self.by_id.get(eid, ()):
                self.alive[pos] = False

    def merge(self, keep_id: str, other_id: str) -> None:
        if keep_id == other_id:
            raise ValueError("Pick two different events to merge.")
        keep, other = self.position(keep_id), self.position(other_id)
        self.rows[keep] = _combine(self.row(keep), self.row(other))
        self.alive[other] = False

    def add(self, event_id: str, event: Mapping[str, Any]) -> None:
        if any(self.alive[pos] for pos in self.by_id.get(event_id, ())):
            raise ValueError(f"There is already an event {event_id}.")
        row = _added_row(event_id, event)
        pos = len(self.ids)
        self.ids.append(event_id)
        self.origins.append((MANUAL_DOC, -1))
        self.alive.append(True)
        self.rows[pos] = row
        self.by_id.setdefault(event_id, []).append(pos)
        if self.by_origin is not None:
            self.by_origin.setdefault((MANUAL_DOC, -1), []).append(pos)

    # ---------------------------------------------------------------- result

    def frame(self) -> pd.DataFrame:
        """The curated frame; the input frame itself when nothing changed. Only the
        columns an operation changed are rebuilt; the others are taken as they are."""
        n = len(self.base)
        if not self.rows and all(self.alive):
            return self.base
        kept = [pos for pos in range(n) if self.alive[pos]]
        added = [pos for pos in sorted(self.rows) if pos >= n and self.alive[pos]]
        if not kept and not added:
            return empty_frame()
        edited = [pos for pos in sorted(self.rows) if pos < n and self.alive[pos]]
        many = len(edited) >= 64
        data: dict[str, pd.Series] = {}
        for col in COLUMNS:
            base = self._column(col.name)
            changed = [p for p in edited
                       if not _same(self._cell(col.name, p, many), self.rows[p][col.name])]
            if changed:
                values = base.tolist()
                for p in changed:
                    values[p] = self.rows[p][col.name]
                part = pd.Series([values[p] for p in kept], dtype=col.dtype)
            else:
                part = base if len(kept) == n else base.take(kept).reset_index(drop=True)
            if added:
                extra = pd.Series([self.rows[p][col.name] for p in added], dtype=col.dtype)
                part = pd.concat([part, extra], ignore_index=True) if len(part) else extra
            data[col.name] = part
        return pd.DataFrame(data)


def apply_ops(
    frame: pd.DataFrame, ops: Sequence[Mapping[str, Any]]
) -> tuple[pd.DataFrame, list[str]]:
    """The curated timeline: ``ops`` applied in order to the extracted ``frame``.

    An operation that no longer applies (its event is gone after the documents
    changed, or its input is invalid) is skipped and described in the returned notes;
    it never raises, so one stale edit cannot take the page down. The whole log costs
    about one copy of the frame, however long it is (see :class:`_Replay`).
    """
    notes: list[str] = []
    if not ops:
        return frame, notes
    replay = _Replay(frame)
    for n, op in enumerate(ops, start=1):
        kind = op.get("op") if isinstance(op, Mapping) else None
        try:
            _apply_one(replay, op, n, notes)
        except KeyError as err:
            notes.append(f"Change {n} ({kind}): event {err.args[0]} no longer exists, skipped.")
        except (ValueError, TypeError) as err:
            notes.append(f"Change {n} ({kind}) skipped: {err}")
        except Exception as err:  # noqa: BLE001 - a crafted change must not take the page down
            notes.append(f"Change {n} ({kind}) skipped: it is damaged ({type(err).__name__}).")
    return replay.frame(), notes


def _apply_one(replay: _Replay, op: Any, n: int, notes: list[str]) -> None:
    if not isinstance(op, Mapping):
        notes.append(f"Change {n}: not an operation, skipped.")
        return
    kind = op.get("op")
    if kind == "edit":
        eid = replay.resolve(str(op["id"]), op.get("at"))
        replay.edit(eid, dict(op.get("changes", {})))
    elif kind == "delete":
        ids = _ids(op.get("ids", [op.get("id")]))
        ats = list(op.get("at") or [None] * len(ids))
        found, missing = [], []
        for eid, at in zip(ids, ats, strict=False):
            try:
                found.append(replay.resolve(eid, at))
            except KeyError:
                missing.append(eid)
        if missing:
            notes.append(f"Change {n} (delete): event {', '.join(missing)} no longer exists.")
        replay.delete(found)
    elif kind == "merge":
        ids = _ids(op["ids"], count=2)
        ats = list(op.get("at") or [None, None])
        keep, other = (replay.resolve(i, a) for i, a in zip(ids, ats, strict=False))
        replay.merge(keep, other)
    elif kind == "add":
        replay.add(str(op["id"]), dict(op.get("event", {})))
    else:
        notes.append(f"Change {n}: unknown kind {kind!r}, skipped.")


# --------------------------------------------------------------------------- filters and counts


@dataclass(frozen=True)
class Filters:
    """What the reader asked to see; empty means everything."""

    years: tuple[int, int] | None = None  # inclusive calendar years
    actors: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.years or self.actors or self.types or self.docs or self.text.strip())


@dataclass(frozen=True)
class FilterOptions:
    actors: tuple[str, ...]
    types: tuple[str, ...]
    docs: tuple[str, ...]
    year_min: int | None  # None: no event has a resolved date, so there is no year range
    year_max: int | None


def _last_year(end_year: float) -> int:
    # end_year is the *end* of the last day: 2004.0 for an event ending 2003-12-31.
    return math.ceil(end_year) - 1


def filter_options(frame: pd.DataFrame) -> FilterOptions:
    """The choices the filters offer for this frame (actors by frequency)."""
    if frame.empty:
        return FilterOptions((), (), (), None, None)
    actor_counts: dict[str, int] = {}
    for actors in frame["actors"]:
        for a in actors if actors is not None else ():
            actor_counts[a] = actor_counts.get(a, 0) + 1
    actors = tuple(sorted(actor_counts, key=lambda a: (-actor_counts[a], a.casefold())))
    types = tuple(t for t in EVENT_TYPES if t in set(frame["type"])) + tuple(
        sorted(set(frame["type"]) - set(EVENT_TYPES))
    )
    docs = tuple(
        dict.fromkeys(d for row in _rows(frame[["doc", "mentions"]]) for d in event_docs(row))
    )
    # Unresolved events ("i februar" with no document date) have no years: the range
    # comes from the resolved ones, and there is none when no event is resolved.
    starts = pd.to_numeric(frame["start_year"], errors="coerce")
    ends = pd.to_numeric(frame["end_year"], errors="coerce")
    starts, ends = starts[starts.map(math.isfinite)], ends[ends.map(math.isfinite)]
    if starts.empty:
        return FilterOptions(actors, types, docs, None, None)
    year_min = math.floor(float(starts.min()))
    year_max = _last_year(float(ends.max())) if not ends.empty else year_min
    return FilterOptions(actors, types, docs, year_min, max(year_min, year_max))


def _text_blob(frame: pd.DataFrame) -> pd.Series:
    def mention_quotes(ms: Any) -> str:
        return " ".join(str(m.get("quote", "")) for m in ms) if ms is not None else ""

    parts = [
        frame["title"].fillna(""),
        frame["quote"].fillna(""),
        frame["place"].fillna(""),
        frame["timex"].fillna(""),
        frame["explanation"].fillna(""),
        frame["date"].fillna(""),
        frame["actors"].map(lambda a: " ".join(a) if a is not None else ""),
        frame["mentions"].map(mention_quotes),
    ]
    blob = parts[0].astype(str)
    for p in parts[1:]:
        blob = blob + "\n" + p.astype(str)
    return blob.str.casefold()


def filter_frame(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The events that pass every filter (an event passes a list filter if any value matches)."""
    if frame.empty or not filters.active:
        return frame
    mask = pd.Series(True, index=frame.index)
    if filters.years:
        lo, hi = filters.years
        mask &= (frame["start_year"] < hi + 1) & (frame["end_year"] > lo)
    if filters.types:
        mask &= frame["type"].isin(filters.types)
    if filters.actors:
        wanted = set(filters.actors)
        mask &= frame["actors"].map(lambda a: a is not None and bool(wanted.intersection(a)))
    if filters.docs:
        wanted_docs = set(filters.docs)
        docs = [
            bool(wanted_docs.intersection(event_docs(r))) for r in _rows(frame[["doc", "mentions"]])
        ]
        mask &= pd.Series(docs, index=frame.index)
    if filters.text.strip():
        needles = filters.text.casefold().split()
        blob = _text_blob(frame)
        for needle in needles:
            mask &= blob.str.contains(needle, regex=False)
    return frame[mask.astype(bool)].reset_index(drop=True)


def count_by(frame: pd.DataFrame, column: str) -> list[tuple[str, int]]:
    """How many events per value of ``column`` (per actor/doc for list-like columns)."""
    counts: dict[str, int] = {}
    if column == "actors":
        values: Iterable[Any] = (
            a for actors in frame["actors"] for a in (actors if actors is not None else ())
        )
    elif column == "doc":
        values = (d for r in _rows(frame[["doc", "mentions"]]) for d in event_docs(r))
    else:
        values = frame[column]
    for v in values:
        counts[str(v)] = counts.get(str(v), 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


# --------------------------------------------------------------------------- detail and table


@dataclass(frozen=True)
class MentionDetail:
    """One source of an event: its sentence inside its paragraph."""

    doc: str
    before: str
    quote: str
    after: str
    timex: str
    in_document: bool  # False when the document text is not at hand (or typed by hand)


@dataclass(frozen=True)
class EventDetail:
    event_id: str
    title: str
    date: str
    start: str
    end: str
    granularity: str
    approximate: bool
    anchor: str
    anchor_text: str
    explanation: str
    type: str
    actors: tuple[str, ...]
    place: str
    timex: str
    docs: tuple[str, ...]
    mentions: tuple[MentionDetail, ...] = field(default_factory=tuple)

    @property
    def when(self) -> str:
        """The resolved date as a reader says it: '2009-04 (month)', '≈ 2009-04-01 – …'."""
        span = self.start if self.start == self.end else f"{self.start} – {self.end}"
        approx = "≈ " if self.approximate else ""
        return f"{approx}{self.date} ({self.granularity}; {span})"


def paragraph_around(
    text: str, start: int, end: int, quote: str = ""
) -> tuple[str, str, str] | None:
    """(before, quote, after) within the quote's paragraph, or None if not found.

    Offsets are trusted only when they point at ``quote``; otherwise the quote is
    looked up in the text (the document may have been re-read with another header).
    """
    if not text:
        return None
    if quote and not (0 <= start < end <= len(text) and text[start:end] == quote):
        found = text.find(quote)
        if found < 0:
            return None
        start, end = found, found + len(quote)
    if not 0 <= start < end <= len(text):
        return None
    p_start = text.rfind("\n\n", 0, start)
    p_start = 0 if p_start < 0 else p_start + 2
    p_end = text.find("\n\n", end)
    p_end = len(text) if p_end < 0 else p_end
    return text[p_start:start].lstrip(), text[start:end], text[end:p_end].rstrip()


def event_detail(
    frame: pd.DataFrame, event_id: str | None, texts: Mapping[str, str]
) -> EventDetail | None:
    """Everything the detail panel shows for one event; None if it is not in ``frame``."""
    if not event_id or frame.empty:
        return None
    match = frame[frame["event_id"] == event_id]
    if match.empty:
        return None
    row = _record(match.iloc[0])
    mentions = _mentions(row) or (
        [
            {
                "doc": row["doc"],
                "quote": row["quote"],
                "quote_start": row["quote_start"],
                "quote_end": row["quote_end"],
                "timex": row["timex"],
            }
        ]
        if row.get("quote")
        else []
    )
    details = []
    for m in mentions:
        quote = str(m.get("quote", ""))
        doc = str(m.get("doc", ""))
        around = paragraph_around(
            texts.get(doc, ""), int(m.get("quote_start", -1)), int(m.get("quote_end", -1)), quote
        )
        if around is None:
            details.append(MentionDetail(doc, "", quote, "", str(m.get("timex", "")), False))
        else:
            details.append(MentionDetail(doc, *around, str(m.get("timex", "")), True))
    return EventDetail(
        event_id=str(row["event_id"]),
        title=str(row["title"]),
        date=str(row["date"]),
        start=str(row["start"]),
        end=str(row["end"]),
        granularity=str(row["granularity"]),
        approximate=bool(row["approximate"]),
        anchor=str(row["anchor"]),
        anchor_text=str(row.get("anchor_text") or ""),
        explanation=str(row["explanation"]),
        type=str(row["type"]),
        actors=tuple(_actors(row)),
        place=str(row.get("place") or ""),
        timex=str(row.get("timex") or ""),
        docs=tuple(event_docs(row)),
        mentions=tuple(details),
    )


_MD_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def escape_markdown(text: str) -> str:
    """Text that Markdown shows literally: every ASCII punctuation is backslash-escaped.

    CommonMark lets any ASCII punctuation be escaped, so no emphasis, link, HTML tag,
    ``:directive[...]``, ``$math$`` or emoji shortcode can survive in document text.
    """
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def highlighted_markdown(before: str, quote: str, after: str) -> str:
    """Markdown for a paragraph with the quote highlighted; all document text escaped."""
    lead = quote[: len(quote) - len(quote.lstrip())]
    trail = quote[len(quote.rstrip()) :]
    core = quote.strip()
    mark = f":orange-background[**{escape_markdown(core)}**]" if core else ""
    return (
        escape_markdown(before + lead)
        + (" " if before and not (before + lead)[-1:].isspace() else "")
        + mark
        + escape_markdown(trail + after)
    )


def event_label(row: Mapping[str, Any], width: int = 70, lang: str = "en") -> str:
    """'april 2009 · FNs sikkerhetsråd varslet skjerpede sanksjoner' for pickers: the
    date in words of ``lang`` (:func:`timeline.words.when`), then the title."""
    title = " ".join(str(row.get("title", "")).split())
    if len(title) > width:
        title = title[: width - 1] + "…"
    return f"{words.when(row, lang)} · {title}"


def event_labels(frame: pd.DataFrame, width: int = 70, lang: str = "en") -> dict[str, str]:
    """:func:`event_label` for every event, keyed by id."""
    out = {}
    for eid, title, when in zip(
        frame["event_id"], frame["title"], words.when_all(frame, lang), strict=True
    ):
        title = " ".join(str(title if isinstance(title, str) else "").split())
        if len(title) > width:
            title = title[: width - 1] + "…"
        out[str(eid)] = f"{when} · {title}"
    return out


#: The table's columns, as catalog ids (``table.*``), in order.
TABLE_COLUMNS = ("date", "start", "end", "precision", "title", "type", "actors", "place",
                 "quote", "sources", "documents", "how", "id")


def table_view(frame: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The events as a plain table for reading (and for screen readers): one row each,
    headed and worded in ``lang``."""
    columns = [i18n.text(f"table.{key}", lang) for key in TABLE_COLUMNS]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    docs = [
        ", ".join(event_docs({"doc": d, "mentions": m}))
        for d, m in zip(frame["doc"], frame["mentions"], strict=True)
    ]
    values = {
        "date": words.when_all(frame, lang),
        "start": frame["start"].tolist(),
        "end": frame["end"].tolist(),
        "precision": [words.grain(str(g), lang) for g in frame["granularity"].fillna("")],
        "title": frame["title"].tolist(),
        "type": [words.category("type", str(t), lang) for t in frame["type"].fillna("")],
        "actors": [", ".join(_actors({"actors": a})) for a in frame["actors"]],
        "place": frame["place"].tolist(),
        "quote": frame["quote"].tolist(),
        "sources": frame["n_mentions"].astype(int).tolist(),
        "documents": docs,
        "how": words.how_all(frame, lang),
        "id": frame["event_id"].tolist(),
    }
    return pd.DataFrame({i18n.text(f"table.{k}", lang): values[k] for k in TABLE_COLUMNS})[columns]
