"""Rows of an events frame, and the merge of several documents' frames into one timeline.

A frame (see :mod:`timeline.schema`) is read here row by row as plain dicts: the helpers
below read a row's actors, world ids, mentions, documents and decimal years the same way
for every module that needs them (curation, the view, the event store). The merge
(:func:`merge_frames`) makes the same event reported by several documents, in any
language, one row with all its mentions; :func:`best_match` is its one matching rule,
which the event store's merge uses too.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .gazetteer import id_of, name_of
from .schema import coerce, empty_frame, from_rows

if TYPE_CHECKING:  # pandas loads with the first frame: the rows and the merge need none
    import pandas as pd

__all__ = [
    "DATE_COLUMNS",
    "actor_ids_of",
    "actors_of",
    "best_match",
    "combine_rows",
    "date_distance",
    "dates_nested",
    "event_docs",
    "in_language",
    "last_year",
    "mentions_of",
    "merge_buckets",
    "merge_frames",
    "merge_rows",
    "row_dict",
    "rows_of",
    "split_actors",
    "years_of",
]

#: The columns that make an event's date: replaced together, never one by one.
DATE_COLUMNS = (
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


def split_actors(value: str | Iterable[str] | None) -> list[str]:
    """Actors from a comma/semicolon separated string or a list, trimmed, no duplicates."""
    if value is None:
        return []
    items = re.split(r"[;,\n]", value) if isinstance(value, str) else list(value)
    return list(dict.fromkeys(s.strip() for s in items if str(s).strip()))


# --------------------------------------------------------------------------- rows


def rows_of(frame: pd.DataFrame, columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The frame's rows as dicts. With ``columns``, only those, in that order; a column
    the frame lacks is None in every row."""
    if columns is None:
        return cast(list[dict[str, Any]], frame.to_dict("records"))
    present = [c for c in columns if c in frame.columns]
    rows = cast(list[dict[str, Any]], frame[present].to_dict("records"))
    missing = [c for c in columns if c not in frame.columns]
    for row in rows:
        for c in missing:
            row[c] = None
    return rows


def row_dict(row: pd.Series) -> dict[str, Any]:
    """One row as a dict keyed by column name."""
    return cast(dict[str, Any], row.to_dict())


def actors_of(row: Mapping[str, Any]) -> list[str]:
    value = row.get("actors")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [str(a) for a in value]


def actor_ids_of(row: Mapping[str, Any]) -> list[str]:
    """The row's actors as world ids (rows from an old file have only the names)."""
    value = row.get("actor_ids")
    names = actors_of(row)
    if isinstance(value, list | tuple) and len(value) == len(names):
        return [str(i) for i in value]
    return [id_of(a, str(row.get("lang") or "")) for a in names]


def in_language(row: dict[str, Any], lang: str) -> dict[str, Any]:
    """Actors and place named in ``lang``, so that one timeline reads in one language
    (Nord-Korea and North Korea are one actor); names the world does not know stay."""
    ids, pid = world_ids(row)
    row["actor_ids"] = ids
    row["actors"] = [name_of(i, lang) or a for i, a in zip(ids, actors_of(row), strict=True)]
    place = str(row.get("place") or "")
    row["place_id"] = pid
    row["place"] = (name_of(pid, lang) or place) if place else ""
    return row


def world_ids(row: Mapping[str, Any]) -> tuple[list[str], str]:
    """The row's actors and place as world ids, in any language (see :func:`in_language`)."""
    place = str(row.get("place") or "")
    pid = row.get("place_id")
    pid = str(pid) if isinstance(pid, str) and pid else id_of(place, str(row.get("lang") or ""), "place")
    return actor_ids_of(row), pid


def mentions_of(row: Mapping[str, Any]) -> list[dict[str, Any]]:
    value = row.get("mentions")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [dict(m) for m in value]


def event_docs(row: Mapping[str, Any]) -> list[str]:
    """Every document that reports the event, first mention first."""
    docs = [str(m.get("doc", "")) for m in mentions_of(row)]
    return list(dict.fromkeys(d for d in [str(row.get("doc", "")), *docs] if d))


def combine_rows(keep: dict[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """One event from two: ``keep``'s title, everyone's actors and mentions, and the
    narrower of the two dates (one report says "April 2019", the other "25 April")."""
    out = dict(keep)
    mine, theirs = years_of(keep), years_of(other)
    if mine and theirs and theirs[1] - theirs[0] < mine[1] - mine[0] and dates_nested(keep, other):
        out.update({c: other.get(c) for c in DATE_COLUMNS})
    names = dict(zip(actor_ids_of(keep), actors_of(keep), strict=True))
    for i, a in zip(actor_ids_of(other), actors_of(other), strict=True):
        names.setdefault(i, a)
    out["actor_ids"], out["actors"] = list(names), list(names.values())
    seen = {(m.get("doc"), m.get("quote_start"), m.get("quote")) for m in mentions_of(keep)}
    mentions = mentions_of(keep)
    for m in mentions_of(other):
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


_MAX_BUCKET_YEARS = 200  # a row is indexed under at most this many of its years


def last_year(end_year: float) -> int:
    # end_year is the *end* of the last day: 2004.0 for an event ending 2003-12-31.
    return math.ceil(end_year) - 1


def years_of(row: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        a, b = float(row.get("start_year")), float(row.get("end_year"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return (a, b) if math.isfinite(a) and math.isfinite(b) and a <= b else None


def merge_buckets(row: Mapping[str, Any]) -> list[tuple[str, object]]:
    """Where a row is looked up and filed when documents are merged: by type and each
    calendar year it covers, so that only events that can overlap are compared. An
    unresolved date is filed under its value ("XXXX-02")."""
    kind = str(row.get("type"))
    years = years_of(row)
    if years is None:
        return [(kind, str(row.get("date")))]
    first = math.floor(years[0])
    last = min(last_year(years[1]), first + _MAX_BUCKET_YEARS)
    return [(kind, y) for y in range(first, max(first, last) + 1)]


def date_distance(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    """How far apart two dates' bounds are, in years (0: the same dates)."""
    ya, yb = years_of(a), years_of(b)
    return abs(ya[0] - yb[0]) + abs(ya[1] - yb[1]) if ya and yb else 0.0


def dates_nested(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """One date lies within the other: "2003/2009" and "August 2003 to April 2009" can be
    one event told at two precisions; "2018 to 2019" and "February 2019" cannot."""
    ya, yb = years_of(a), years_of(b)
    if ya is None or yb is None:
        return ya is None and yb is None and str(a.get("date")) == str(b.get("date"))
    eps = 1e-9
    return (ya[0] - eps <= yb[0] and yb[1] <= ya[1] + eps) or (
        yb[0] - eps <= ya[0] and ya[1] <= yb[1] + eps)


def best_match(row: Mapping[str, Any], kept: Sequence[Mapping[str, Any]],
               candidates: Iterable[int]) -> int | None:
    """The index in ``kept`` of the event ``row`` tells again, or None: among the
    ``candidates``, one from other documents whose date lies within the row's (or the
    row's within its), that shares an actor or the place (by world id) or, with no
    actors on either side, the title. The closest dates win, then the most actors in
    common, then the earliest. Rows are in one language (see :func:`in_language`)."""
    docs = set(event_docs(row))
    actors = set(row["actor_ids"])
    place = row["place_id"]
    title = str(row.get("title", "")).casefold()
    target = None
    best: tuple[float, int] | None = None
    for i in sorted(set(candidates)):
        other = kept[i]
        if docs & set(event_docs(other)) or not dates_nested(row, other):
            continue
        other_actors = set(other["actor_ids"])
        if (actors & other_actors) or (place and place == other["place_id"]) or (
            not actors and not other_actors and title == str(other["title"]).casefold()
        ):
            rank = (date_distance(row, other), -len(actors & other_actors))
            if best is None or rank < best:
                target, best = i, rank
    return target


def merge_frames(frames: Sequence[pd.DataFrame], lang: str | None = None) -> pd.DataFrame:
    """One timeline from several documents' frames, in one language: the rows of
    :func:`merge_rows`, made one frame in one step."""
    frames = [f for f in frames if f is not None and not f.empty]
    if not frames:
        return empty_frame()
    if len(frames) == 1 and lang is None:
        return coerce(frames[0])
    return from_rows(merge_rows([rows_of(f) for f in frames], lang=lang))


def merge_rows(documents: Sequence[Sequence[dict[str, Any]]],
               lang: str | None = None) -> list[dict[str, Any]]:
    """One timeline from several documents' rows (each document's as its frame has
    them, see :func:`rows_of`), in one language.

    Events from *different* documents are the same event when they cover the same
    dates, have the same type and share an actor or a place (by world id, so that a
    Norwegian and an English report meet), or, with no actors, the same title; they
    become one row with the mentions of both. Within one document the engine has
    already merged mentions. Event ids stay unique (a clash gets a suffix). Actors and
    places are named in ``lang`` (by default the first document's language); a single
    document with no ``lang`` keeps its rows as they are.
    """
    documents = [d for d in documents if d]
    if not documents:
        return []
    if len(documents) == 1 and lang is None:
        return list(documents[0])
    lang = lang or str(documents[0][0]["lang"])
    kept: list[dict[str, Any]] = []
    by_key: dict[tuple[str, object], list[int]] = {}
    ids: set[str] = set()
    for rows in documents:
        for row in rows:
            row = in_language(dict(row), lang)
            keys = merge_buckets(row)
            target = best_match(row, kept, (i for key in keys for i in by_key.get(key, ())))
            if target is not None:
                kept[target] = combine_rows(kept[target], row)
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
    return kept
