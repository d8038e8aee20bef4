"""Lanes and label layout: which lane (type, document, actor) each event sits in, the
packing of marks and labels into sub-rows so that none collide, and the titles drawn
beside the marks.

An event with three actors sits in three lanes (three :class:`Item`). Labels are placed
most important first (more sources, then a core diplomatic type, then earlier); one
that finds no free row is dropped and the hover still has it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import words
from .chartevents import ChartEvent, actor_list, cell_text, doc_name, mark_x, plot_x
from .chartstyle import (
    ASSUMED_PLOT_PX,
    CHAR_PX,
    FONT,
    INK,
    LABEL_CHARS,
    LANE_PAD,
    RIGHT_PX,
    chart_words,
    esc,
    short,
)

__all__ = ["Item", "Lane", "build_lanes", "group_key", "label_annotations", "merge_identical", "pack",
           "place_labels"]

_MAX_LANES = 20  # actor lanes beyond this are folded into "other actors"


@dataclass
class Item:
    """One event in one lane (an event with three actors is three items)."""

    event: ChartEvent
    lane: str
    group: str
    label: str = ""
    label_left: bool = False
    y: float = 0.0
    lo: float = 0.0  # visual extent on x, label included, for packing
    hi: float = 0.0
    # Events with the same dates, kind and colour in this lane, drawn as this one mark
    # (above 1,000 events, where they would otherwise overplot): the hover names them.
    also: list[ChartEvent] = field(default_factory=list)
    ground: bool = False  # the label is drawn on white (it may cover marks)


@dataclass
class Lane:
    key: str
    label: str
    items: list[Item] = field(default_factory=list)
    rows: int = 1
    top: float = 0.0
    bottom: float = 0.0


def _lane_keys(ev: ChartEvent, lane_by: str, t: dict[str, str]) -> list[str]:
    rec = ev.rec
    if lane_by == "type":
        return [cell_text(rec["type"]) or "other"]
    if lane_by == "doc":
        return [doc_name(rec) or t["no_doc"]]
    if lane_by == "actor":
        actors = list(dict.fromkeys(actor_list(rec["actors"])))  # dedupe, keep order
        return actors or [t["no_actor"]]
    return [""]


def group_key(ev: ChartEvent, color_by: str) -> str:
    rec = ev.rec
    if color_by == "type":
        return cell_text(rec["type"]) or "other"
    if color_by == "doc":
        return doc_name(rec)
    return cell_text(rec["anchor"]) or "unresolved"


def build_lanes(events: Sequence[ChartEvent], lane_by: str, color_by: str, lang: str) -> list[Lane]:
    t = chart_words(lang)
    lanes: dict[str, Lane] = {}
    first: dict[str, float] = {}
    count: dict[str, int] = {}
    order: dict[str, int] = {}
    pairs: list[tuple[ChartEvent, str]] = []
    for ev in events:
        for key in _lane_keys(ev, lane_by, t):
            pairs.append((ev, key))
            first[key] = min(first.get(key, math.inf), ev.x0)
            count[key] = count.get(key, 0) + 1
            order.setdefault(key, len(order))
    if lane_by == "type":
        keys = sorted(first, key=lambda k: (first[k], k))  # story order: first occurrence
    elif lane_by == "actor":
        keys = sorted(count, key=lambda k: (k == t["no_actor"], -count[k], order[k]))
    else:
        keys = sorted(order, key=order.__getitem__)
    folded: set[str] = set()
    if lane_by == "actor" and len(keys) > _MAX_LANES:
        folded = set(keys[_MAX_LANES - 1 :])
        keys = keys[: _MAX_LANES - 1] + [t["other_actors"]]
    for key in keys:
        label = words.category("type", key, lang) if lane_by == "type" else key
        lanes[key] = Lane(key, label)
    done: set[tuple[str, str]] = set()
    for ev, key in pairs:
        if key in folded:
            key = t["other_actors"]
            if (ev.event_id, key) in done:
                continue
            done.add((ev.event_id, key))
        lanes[key].items.append(Item(ev, key, group_key(ev, color_by)))
    return [lanes[k] for k in keys]


def pack(lanes: Sequence[Lane], span: float, labels: bool, max_rows: int, right_edge: float,
          plot_px_width: float = ASSUMED_PLOT_PX, cut: bool = True) -> None:
    """Greedy interval packing inside each lane so that marks and labels do not collide.
    A label may have several lines (separated by newlines): its longest line counts.
    ``cut``: a one-line label with room on neither side is cut to fit (on screen, where
    the hover has the whole title); print keeps every label whole."""
    unit = span / plot_px_width  # data units per pixel at the initial view
    for lane in lanes:
        for it in lane.items:
            ev = it.event
            lo = ev.x0 - (0 if not ev.is_point else 6 * unit)
            hi = max(ev.x1, ev.x0 + 12 * unit)
            side = _fit_label(it, unit, right_edge, span) if cut and labels and it.label else None
            if labels and it.label:
                width = (max(map(len, it.label.split("\n"))) * CHAR_PX + 14) * unit
                # events in the right quarter carry their label on the left
                it.label_left = side if side is not None else (
                    ev.x1 + width > right_edge and ev.x0 - width > right_edge - span)
                if it.label_left:
                    lo = ev.x0 - width
                else:
                    hi = (ev.x0 if ev.is_point else ev.x1) + width
            it.lo, it.hi = lo, hi + 4 * unit
        if labels:
            lane.rows = _pack_labelled(lane.items, max_rows, unit)
            continue
        row_end: list[float] = []
        for it in sorted(lane.items, key=lambda i: (i.lo, i.hi)):
            row = next((r for r, end in enumerate(row_end) if end <= it.lo), None)
            if row is None:
                if len(row_end) < max_rows:
                    row = len(row_end)
                    row_end.append(-math.inf)
                else:
                    row = min(range(len(row_end)), key=row_end.__getitem__)
            row_end[row] = max(row_end[row], it.hi)
            it.y = row  # relative; made absolute below
        lane.rows = max(1, len(row_end))
    cursor = 0.0
    for lane in lanes:
        lane.top = cursor
        for it in lane.items:
            it.y = cursor + LANE_PAD + 0.5 + it.y
        cursor += lane.rows + 2 * LANE_PAD
        lane.bottom = cursor


_MIN_LABEL_CHARS = 8  # a label cut shorter than this says nothing: the mark goes without


def _fit_label(it: Item, unit: float, right_edge: float, span: float) -> bool | None:
    """A one-line label that has room on neither side of its mark in the first view (a
    narrow plot, as on a phone) is cut to the room of the roomier side, or dropped when
    that room is too small; it would otherwise run past the plot and be cut at the
    figure's edge. Returns the side it was cut for (True: left), or None when the label
    is left as it is. Wrapped labels (print) are laid out for their width already."""
    if "\n" in it.label:
        return None
    ev = it.event
    gap = 9 if ev.is_point else 4  # between mark and label, as drawn
    room_right = (right_edge - ev.x1) / unit + RIGHT_PX - gap  # it may use the margin
    room_left = (ev.x0 - (right_edge - span)) / unit - gap
    room = max(room_right, room_left)
    if len(it.label) * CHAR_PX <= room:
        return None
    chars = int(room / CHAR_PX)
    it.label = short(it.label, chars) if chars >= _MIN_LABEL_CHARS else ""
    return room_left > room_right


_CORE_TYPES = frozenset({"meeting", "negotiations", "agreement", "sanctions", "withdrawal",
                         "expulsion", "visit", "election", "conflict"})


def _importance(it: Item) -> tuple[float, int, float]:
    """Most important first: reported by more sources, then a core diplomatic type
    (not a statement or "other"), then earlier."""
    rec = it.event.rec
    n = cell_text(rec["n_mentions"])
    return (-(float(n) if n else 1.0), 0 if cell_text(rec["type"]) in _CORE_TYPES else 1, it.event.x0)


def _pack_labelled(items: Sequence[Item], max_rows: int, unit: float) -> int:
    """Rows for the items of one lane so that no two labels or marks overlap at the
    first view. The most important events are placed first; an event whose label finds
    no free row keeps its mark without the label (the hover still has it). Returns the
    number of rows."""
    rows: list[list[tuple[float, float]]] = []

    def free(lo: float, hi: float) -> int | None:
        return next((r for r, spans in enumerate(rows)
                     if all(hi <= a or lo >= b for a, b in spans)), None)

    for it in sorted(items, key=_importance):
        row = free(it.lo, it.hi)
        if row is None and len(rows) < max_rows:
            rows.append([])
            row = len(rows) - 1
        if row is None and it.label:
            ev = it.event
            it.label, it.label_left = "", False
            it.lo = ev.x0 - (0 if not ev.is_point else 6 * unit)
            it.hi = max(ev.x1, ev.x0 + 12 * unit) + 4 * unit
            row = free(it.lo, it.hi)
        if row is None:  # not even the mark fits: the least crowded row
            row = min(range(len(rows)), key=lambda r: sum(
                max(0.0, min(b, it.hi) - max(a, it.lo)) for a, b in rows[r]))
        rows[row].append((it.lo, it.hi))
        it.y = row  # relative; made absolute by the caller
    return max(1, len(rows))


def label_annotations(items: list[Item], date_axis: bool, highlight: str | None) -> list[dict[str, Any]]:
    """Titles beside their marks, as annotations: they move with zoom and pan, hide when
    their anchor leaves the plot, and (unlike a text trace) stay out of the rangeslider."""
    out: list[dict[str, Any]] = []
    for it in items:
        if not it.label:
            continue  # no room for it at the first view: the hover has it
        ev = it.event
        text = "<br>".join(esc(line) for line in it.label.split("\n"))
        align = "right" if it.label_left else "left"
        if highlight is not None and ev.event_id == highlight:
            text = f"<b>{text}</b>"
        gap = 9 if ev.is_point else 4
        if ev.is_point:
            x = mark_x(ev)
        else:
            x = ev.x0 if it.label_left else ev.x1
        out.append(dict(
            x=plot_x(x, date_axis), y=it.y, xref="x", yref="y", text=text, showarrow=False,
            xanchor="right" if it.label_left else "left", xshift=-gap if it.label_left else gap,
            yanchor="middle", align=align, font=dict(family=FONT, size=12, color=INK),
            name=f"label:{ev.event_id}",
            **(dict(bgcolor="rgba(255,255,255,0.85)") if it.ground else {}),
        ))
    return out


def merge_identical(lanes: Sequence[Lane]) -> None:
    """Events in one lane with the same dates, approximation and colour become one mark
    (the most important one, the others in its ``also``), so that thousands of events do
    not draw one mark over another; the hover lists them."""
    for lane in lanes:
        kept: dict[tuple[float, float, bool, str], Item] = {}
        for it in sorted(lane.items, key=_importance):
            key = (it.event.x0, it.event.x1, it.event.approximate, it.group)
            if key in kept:
                kept[key].also.append(it.event)
            else:
                kept[key] = it
        lane.items = [it for it in lane.items if kept.get(
            (it.event.x0, it.event.x1, it.event.approximate, it.group)) is it]


def label_text(it: Item) -> str:
    """An item's on-screen label: its title cut to one line (the hover has the rest)."""
    rec = it.event.rec
    text = cell_text(rec["title"]) or cell_text(rec["timex"]) or it.event.event_id
    return short(text, LABEL_CHARS)


def place_labels(items: Sequence[Item], lo: float, hi: float, plot_px_width: float,
                 limit: int, *, over_marks: bool = False, keep: Sequence[Item] = ()) -> list[Item]:
    """Labels for the window ``lo``..``hi`` (a zoom, or a timeline too big to pack with
    its labels), on the rows the marks already have: the most important events first,
    each label right of its mark, else left of it, only where it stays inside the window
    and covers no other label or mark of its row (``over_marks``: no other label; for
    rows too crowded to leave gaps, where the label gets a white ground). At most
    ``limit`` labels; the rest keep their marks, and the hover has everything. Labels in
    ``keep`` (a wider view's) are placed first, on their side, so that zooming in only
    ever adds labels. Returns labelled copies of the items.
    """
    unit = (hi - lo) / plot_px_width  # data units per pixel in this window

    def px(x: float) -> float:
        return (x - lo) / unit

    def mark(it: Item) -> tuple[float, float]:
        ev = it.event
        if ev.is_point:
            c = px(mark_x(ev))
            return c - 6, c + 6
        return px(ev.x0), max(px(ev.x1), px(ev.x0) + 3)

    visible = [it for it in items if it.event.x1 >= lo and it.event.x0 <= hi]
    taken: dict[float, list[tuple[float, float, int]]] = {}
    for n, it in enumerate(visible if not over_marks else ()):
        a, b = mark(it)
        taken.setdefault(it.y, []).append((a, b, n))
    out: list[Item] = []
    kept = {(k.event.event_id, k.y): k for k in keep if k.label}
    order = sorted(range(len(visible)), key=lambda n: (
        (visible[n].event.event_id, visible[n].y) not in kept, _importance(visible[n])))
    for n in order:
        it = visible[n]
        was = kept.get((it.event.event_id, it.y))
        if len(out) >= limit and was is None:
            break
        text = was.label if was is not None else label_text(it)
        width = max(map(len, text.split("\n"))) * CHAR_PX + 8
        a, b = mark(it)
        gap = 9 if it.event.is_point else 4
        right = ((px(mark_x(it.event)) if it.event.is_point else b) + gap, 0.0)
        right = (right[0], right[0] + width)
        left_end = (px(mark_x(it.event)) if it.event.is_point else a) - gap
        left = (left_end - width, left_end)
        row = taken.setdefault(it.y, [])
        sides: tuple[tuple[tuple[float, float], bool], ...] = ((right, False), (left, True))
        if was is not None:
            sides = tuple(side for side in sides if side[1] == was.label_left)
        for (x0, x1), on_left in sides:
            if x0 < 0 or x1 > plot_px_width:
                continue  # it would leave the plot (over the lane names, or cut)
            if any(x0 < q1 and q0 < x1 for q0, q1, owner in row if owner != n):
                continue
            row.append((x0, x1, -1))
            out.append(replace(it, label=text, label_left=on_left, ground=over_marks))
            break
    return out
