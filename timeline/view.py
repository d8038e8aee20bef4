"""What the app shows of a curated timeline: filter choices and filters, counts, the
detail of one event (its quote inside its paragraph, every mention), labels and the
table view. Pure functions over the events frame; no Streamlit, no clocks.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from . import i18n, words
from .frame import actors_of, event_docs, last_year, mentions_of, row_dict, rows_of
from .types import EVENT_TYPES

# --------------------------------------------------------------------------- filters and counts


__all__ = [
    "EventDetail",
    "FilterOptions",
    "Filters",
    "MentionDetail",
    "TABLE_COLUMNS",
    "count_by",
    "escape_markdown",
    "event_detail",
    "event_label",
    "event_labels",
    "filter_frame",
    "filter_options",
    "highlighted_markdown",
    "paragraph_around",
    "table_view",
]


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
        dict.fromkeys(d for row in rows_of(frame[["doc", "mentions"]]) for d in event_docs(row))
    )
    # Unresolved events ("i februar" with no document date) have no years: the range
    # comes from the resolved ones, and there is none when no event is resolved.
    starts = pd.to_numeric(frame["start_year"], errors="coerce")
    ends = pd.to_numeric(frame["end_year"], errors="coerce")
    starts, ends = starts[starts.map(math.isfinite)], ends[ends.map(math.isfinite)]
    if starts.empty:
        return FilterOptions(actors, types, docs, None, None)
    year_min = math.floor(float(starts.min()))
    year_max = last_year(float(ends.max())) if not ends.empty else year_min
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
            bool(wanted_docs.intersection(event_docs(r))) for r in rows_of(frame[["doc", "mentions"]])
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
        values = (d for r in rows_of(frame[["doc", "mentions"]]) for d in event_docs(r))
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
    row = row_dict(match.iloc[0])
    mentions = mentions_of(row) or (
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
        actors=tuple(actors_of(row)),
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


def table_view(
    frame: pd.DataFrame, lang: str = "en", doc_labels: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """The events as a plain table for reading (and for screen readers): one row each,
    headed and worded in ``lang``; documents by their labels (``doc_labels``, see
    ``timeline.naming.labels``) where given."""
    columns = [i18n.text(f"table.{key}", lang) for key in TABLE_COLUMNS]
    if frame.empty:
        return pd.DataFrame(columns=columns)
    shown = doc_labels or {}
    docs = [
        ", ".join(shown.get(x, x) for x in event_docs({"doc": d, "mentions": m}))
        for d, m in zip(frame["doc"], frame["mentions"], strict=True)
    ]
    values = {
        "date": words.when_all(frame, lang),
        "start": frame["start"].tolist(),
        "end": frame["end"].tolist(),
        "precision": [words.grain(str(g), lang) for g in frame["granularity"].fillna("")],
        "title": frame["title"].tolist(),
        "type": [words.category("type", str(t), lang) for t in frame["type"].fillna("")],
        "actors": [", ".join(actors_of({"actors": a})) for a in frame["actors"]],
        "place": frame["place"].tolist(),
        "quote": frame["quote"].tolist(),
        "sources": frame["n_mentions"].astype(int).tolist(),
        "documents": docs,
        "how": words.how_all(frame, lang),
        "id": frame["event_id"].tolist(),
    }
    return pd.DataFrame({i18n.text(f"table.{k}", lang): values[k] for k in TABLE_COLUMNS})[columns]
