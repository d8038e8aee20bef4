"""The document beside the timeline: where each event's dated expression and sentence
sit in a document's text, cut into pieces a view can draw without parsing any markup.

Every event row carries its mentions (document, sentence offsets, expression offsets,
see :mod:`timeline.schema`). For one document this module lists

* the *expressions*: each dated expression an event was read from, with the events
  it dates (one expression can date two events: "in 2003 North Korea left, and the
  talks began");
* the *sentences*: the sentence that proves each event;

and cuts the text into :class:`Piece` objects (plain text, a sentence, an expression)
so that a view shows the whole text with the expressions marked, the selected event's
sentence marked, and a click on an expression leading to its event. Pieces are plain
text with offsets: nothing here builds HTML, so a view that sets them as text cannot
be fooled by markup in a document.

Offsets are trusted only where they point at the text they claim to (a document read
again with another header shifts them); otherwise the quote or expression is looked
up in the text, and left unmarked when it is not there.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .frame import rows_of

__all__ = [
    "Mark",
    "Piece",
    "click_target",
    "document_for",
    "document_marks",
    "pieces",
    "selected_piece",
]


@dataclass(frozen=True)
class Mark:
    """A stretch of a document (``start``..``end``, end exclusive) and the events it
    belongs to, in timeline order."""

    start: int
    end: int
    events: tuple[str, ...]


@dataclass(frozen=True)
class Piece:
    """A run of the text with one meaning: in no mark, in a sentence, in an expression
    (always inside its sentence when the sentence was found)."""

    text: str
    start: int
    expression: tuple[str, ...] = ()  # events dated by this expression; () if none
    sentence: tuple[str, ...] = ()  # events this sentence proves; () if none
    selected: bool = False  # part of the selected event's sentence or expression


def _mentions(row: Mapping[Any, Any]) -> list[Mapping[str, Any]]:
    ms = row.get("mentions")
    if isinstance(ms, list | tuple) and ms:
        return [m for m in ms if isinstance(m, Mapping)]
    return [row]  # a row without its mentions list: its first mention is the row


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _locate(
    text: str, start: int, end: int, wanted: str, within: tuple[int, int]
) -> tuple[int, int] | None:
    """(start, end) of ``wanted`` in ``text``: the offsets when they point at it, else
    its first place inside ``within``, else its first place in the text; None if the
    text does not hold it."""
    if not wanted:
        return (start, end) if 0 <= start < end <= len(text) else None
    if 0 <= start < end <= len(text) and text[start:end] == wanted:
        return start, end
    lo, hi = within
    found = text.find(wanted, max(lo, 0), hi if hi > lo else len(text))
    if found < 0:
        found = text.find(wanted)
    return (found, found + len(wanted)) if found >= 0 else None


def _merge(spans: dict[tuple[int, int], list[str]]) -> list[Mark]:
    """Marks in text order, never nested or crossing: a stretch that overlaps the one
    before it ("toppmøtet Hanoi" inside "siden toppmøtet Hanoi") joins it, so that
    the mark holds the events of both and a click reaches each of them."""
    out: list[Mark] = []
    for (start, end), events in sorted(spans.items()):
        if out and start < out[-1].end:
            last = out[-1]
            out[-1] = Mark(last.start, max(last.end, end),
                           tuple(dict.fromkeys((*last.events, *events))))
        else:
            out.append(Mark(start, end, tuple(dict.fromkeys(events))))
    return out


def document_marks(frame: pd.DataFrame, doc: str, text: str) -> tuple[list[Mark], list[Mark]]:
    """(sentences, expressions) of the events of ``frame`` that are mentioned in the
    document named ``doc`` whose text is ``text``, each in text order."""
    sentences: dict[tuple[int, int], list[str]] = {}
    expressions: dict[tuple[int, int], list[str]] = {}
    if frame is None or frame.empty or not text:
        return [], []
    columns = ("event_id", "doc", "mentions", "quote", "quote_start", "quote_end",
               "timex", "timex_start", "timex_end")
    for row in rows_of(frame, columns):
        eid = str(row.get("event_id") or "")
        if not eid:
            continue
        for m in _mentions(row):
            if str(m.get("doc") or "") != doc:
                continue
            quote = str(m.get("quote") or "")
            sentence = _locate(text, _int(m.get("quote_start")), _int(m.get("quote_end")),
                               quote, (0, len(text))) if quote else None
            timex = str(m.get("timex") or "")
            expression = None
            if timex:
                expression = _locate(text, _int(m.get("timex_start")), _int(m.get("timex_end")),
                                     timex, sentence or (0, len(text)))
            if sentence:
                sentences.setdefault(sentence, []).append(eid)
            if expression:
                expressions.setdefault(expression, []).append(eid)
    return _merge(sentences), _merge(expressions)


def pieces(text: str, sentences: Sequence[Mark], expressions: Sequence[Mark],
           selected: str | None = None) -> list[Piece]:
    """The whole ``text`` as pieces, in order; joined, their texts are ``text``."""
    cuts = {0, len(text)}
    for mark in (*sentences, *expressions):
        cuts.update((mark.start, mark.end))
    edges = sorted(c for c in cuts if 0 <= c <= len(text))

    def covering(marks: Sequence[Mark], at: int) -> tuple[str, ...]:
        for mark in marks:
            if mark.start <= at < mark.end:
                return mark.events
        return ()

    out: list[Piece] = []
    for a, b in zip(edges, edges[1:], strict=False):
        if a == b:
            continue
        expression, sentence = covering(expressions, a), covering(sentences, a)
        chosen = bool(selected) and (selected in sentence or selected in expression)
        last = out[-1] if out else None
        if last and (last.expression, last.sentence, last.selected) == (expression, sentence, chosen) \
                and not expression:
            out[-1] = Piece(last.text + text[a:b], last.start, expression, sentence, chosen)
        else:
            out.append(Piece(text[a:b], a, expression, sentence, chosen))
    return out


def selected_piece(parts: Sequence[Piece]) -> int | None:
    """Index of the first piece of the selected event's sentence (where a view scrolls
    to), or None when the selected event is not in this text."""
    return next((i for i, p in enumerate(parts) if p.selected), None)


def click_target(events: Sequence[str], selected: str | None) -> str | None:
    """The event a click on an expression selects: its first event; when that one is
    selected already, the next one (an expression that dates several events steps
    through them, click by click)."""
    if not events:
        return None
    if selected is not None and selected in events:
        return events[(list(events).index(selected) + 1) % len(events)]
    return events[0]


def document_for(frame: pd.DataFrame, event_id: str | None, docs: Iterable[str],
                 current: str | None) -> str | None:
    """The document to show beside the timeline: ``current`` while it mentions the
    selected event (or no event is selected), else the first document that does, in
    the order of the event's mentions; ``current`` when none of ``docs`` does."""
    offered = list(docs)
    if current not in offered:
        current = offered[0] if offered else None
    if not event_id or frame is None or frame.empty:
        return current
    match = frame[frame["event_id"] == event_id]
    if match.empty:
        return current
    mentioned = [str(m.get("doc", "")) for m in _mentions(match.iloc[0].to_dict())]
    if current in mentioned:
        return current
    return next((d for d in mentioned if d in offered), current)
