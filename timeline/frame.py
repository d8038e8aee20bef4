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
from array import array
from collections.abc import Collection, Iterable, Mapping, Sequence
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
    "combined_actors",
    "combined_fields",
    "date_distance",
    "dates_nested",
    "docs_with",
    "event_docs",
    "in_language",
    "last_year",
    "mention_key",
    "mentions_of",
    "merge_buckets",
    "merge_frames",
    "merge_rows",
    "Merger",
    "row_dict",
    "rows_of",
    "split_actors",
    "take_place",
    "takes_dates",
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
    mentions = mentions_of(keep)
    return _combined(keep, other, mentions, {mention_key(m) for m in mentions})


def mention_key(mention: Mapping[str, Any]) -> tuple[object, object, object]:
    """What makes two mentions one: the same quote at the same place of one document."""
    return mention.get("doc"), mention.get("quote_start"), mention.get("quote")


def _combined(keep: dict[str, Any], other: Mapping[str, Any], mentions: list[dict[str, Any]],
              told: set[tuple[object, object, object]]) -> dict[str, Any]:
    """:func:`combine_rows`, given ``keep``'s mentions (a list that ``other``'s new ones
    are added to) and the set of their :func:`mention_key` (kept up to date)."""
    out = combined_fields(keep, other)
    for m in mentions_of(other):
        k = mention_key(m)
        if k not in told:
            told.add(k)
            mentions.append(m)
    out["mentions"] = mentions
    out["n_mentions"] = max(len(mentions), 1)
    return take_place(out, other)


def combined_fields(keep: Mapping[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """What :func:`combine_rows` makes of two events' dates and actors (a new dict,
    ``keep``'s other fields as they are): its mentions, and then its place
    (:func:`take_place`), are the caller's to add."""
    out = dict(keep)
    if takes_dates(keep, other):
        out.update({c: other.get(c) for c in DATE_COLUMNS})
    out["actor_ids"], out["actors"] = combined_actors(keep, other)
    return out


def takes_dates(keep: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """Whether combining ``other`` into ``keep`` gives the event ``other``'s dates (all
    of :data:`DATE_COLUMNS`): they are narrower, and lie within ``keep``'s."""
    mine, theirs = years_of(keep), years_of(other)
    return bool(
        mine and theirs and theirs[1] - theirs[0] < mine[1] - mine[0] and dates_nested(keep, other)
    )


def combined_actors(keep: Mapping[str, Any], other: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    """The actors of two combined events, as ids and names: ``keep``'s, then those of
    ``other`` it lacks, each id named as it first was."""
    names = dict(zip(actor_ids_of(keep), actors_of(keep), strict=True))
    for i, a in zip(actor_ids_of(other), actors_of(other), strict=True):
        names.setdefault(i, a)
    return list(names), list(names.values())


def take_place(out: dict[str, Any], other: Mapping[str, Any]) -> dict[str, Any]:
    """``out`` with ``other``'s place when it has none (the last step of combining)."""
    if not out.get("place"):
        out["place"] = other.get("place", "")
        out["place_id"] = other.get("place_id", "")
    return out


class Merger:
    """The merge's one greedy pass (:func:`merge_rows`, and the event store's merge of
    a group of blocks): rows come in their order; each joins the kept event it tells
    again (:func:`best_match`), or is kept as a new event. Beside each kept event it
    holds the documents that report it and its mentions' keys, so that comparing and
    combining a row costs the same however many reports the event already has."""

    def __init__(self) -> None:
        self.kept: list[dict[str, Any]] = []
        self._docs: list[Collection[str]] = []  # see docs_with
        self._told: list[set[tuple[object, object, object]]] = []
        self._own: list[bool] = []  # whether the kept event's list of mentions is this pass's
        # the kept events filed under each key (an event may be listed twice: candidates
        # are made a set), as arrays of machine integers: a list would also hold an int
        # object for each index past 256, four times the memory in a large group
        self._by_key: dict[object, array[int]] = {}

    def add(self, row: dict[str, Any], keys: Iterable[object]) -> int | None:
        """File ``row`` (a dict of its own, in the timeline's language) under ``keys``
        (its :func:`merge_buckets`, or blocks that any two matching rows share): the
        index of the kept event it joined, or None when it is kept as a new one (the
        last of ``kept``)."""
        keys = list(keys)
        candidates: set[int] = set()
        for key in keys:
            candidates.update(self._by_key.get(key, ()))
        target = best_match(row, self.kept, candidates, self._docs) if candidates else None
        if target is None:
            index = len(self.kept)
            self.kept.append(row)
            self._docs.append(docs_with((), event_docs(row)))
            self._keep(row)
        else:
            index = target
            self._join(target, row)
        for key in keys:  # a joined event may now be found through the row's years too
            filed = self._by_key.get(key)
            if filed is None:
                self._by_key[key] = array("q", (index,))
            elif filed[-1] != index:
                filed.append(index)
        return target

    def _keep(self, row: dict[str, Any]) -> None:
        """What is held of a new event's mentions (``row``, now the last of ``kept``)."""
        self._told.append({mention_key(m) for m in mentions_of(row)})
        self._own.append(False)

    def _join(self, target: int, row: dict[str, Any]) -> None:
        """``row`` combined into the kept event ``target`` (see :func:`combine_rows`),
        the documents of the mentions it adds added to the event's."""
        kept = self.kept[target]
        # the first report joining it gets the event a list of its own (as
        # combine_rows does), which later reports join in place
        mentions = kept["mentions"] if self._own[target] else mentions_of(kept)
        self._own[target] = True
        before = len(mentions)
        self.kept[target] = _combined(kept, row, mentions, self._told[target])
        self._docs[target] = docs_with(
            self._docs[target], (d for m in mentions[before:] if (d := str(m.get("doc", ""))))
        )


#: An event's documents are held as a tuple while they are at most this many, then as a set.
_FEW_DOCS = 8


def docs_with(held: Collection[str], new: Iterable[str]) -> Collection[str]:
    """The documents ``held`` for an event and ``new`` ones, each once: a tuple while
    they are few (most events: a tuple of a few takes a fifth of a set's memory), a set
    (``held`` itself, when it is one) beyond."""
    if isinstance(held, set):
        held.update(new)
        return held
    out = dict.fromkeys(held)
    out.update(dict.fromkeys(new))
    return tuple(out) if len(out) <= _FEW_DOCS else set(out)


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
               candidates: Iterable[int],
               kept_docs: Sequence[Collection[str]] | None = None) -> int | None:
    """The index in ``kept`` of the event ``row`` tells again, or None: among the
    ``candidates``, one from other documents whose date lies within the row's (or the
    row's within its), that shares an actor or the place (by world id) or, with no
    actors on either side, the title. The closest dates win, then the most actors in
    common, then the earliest. Rows are in one language (see :func:`in_language`).
    ``kept_docs``: each kept event's documents, when the caller keeps them."""
    docs = set(event_docs(row))
    actors = set(row["actor_ids"])
    place = row["place_id"]
    title = str(row.get("title", "")).casefold()
    target = None
    best: tuple[float, int] | None = None
    for i in sorted(set(candidates)):
        other = kept[i]
        other_docs = kept_docs[i] if kept_docs is not None else set(event_docs(other))
        if not docs.isdisjoint(other_docs) or not dates_nested(row, other):
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
    merger = Merger()
    ids: set[str] = set()
    for rows in documents:
        for row in rows:
            row = in_language(dict(row), lang)
            if merger.add(row, merge_buckets(row)) is not None:
                continue
            eid = str(row["event_id"])
            n = 2
            while eid in ids:
                eid = f"{row['event_id']}~{n}"
                n += 1
            row["event_id"] = eid
            ids.add(eid)
    return merger.kept
