"""Questions to an event store (``timeline.eventstore``), answered by DuckDB.

A store may hold 100,000 events; a view never needs them all. ``StoreQuery.view`` takes
a window of years and the filters, and answers either with the events themselves (when
few enough are in the window) or, at coarse zoom, with the number of events per lane in
each of ``bins`` equal slices of the window, plus the most important events as labels.
``detail`` gives one event with every source quote. Nothing here draws or reads a clock.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["Density", "StoredEvent", "StoreQuery", "Window"]

LANES = ("type", "actor")
EVENT_COLUMNS = (
    "event_id",
    "date",
    "start",
    "end",
    "start_year",
    "end_year",
    "granularity",
    "approximate",
    "title",
    "type",
    "actors",
    "place",
    "doc",
    "lang",
    "n_sources",
    "importance",
)


@dataclass(frozen=True)
class Window:
    """What a view asks for: years [start, end), filters, the lane and the level of
    detail (``max_events`` in the window or fewer: each event; more: the density)."""

    start: float
    end: float
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # actor ids
    text: str = ""
    min_sources: int = 1
    lane: str = "type"
    bins: int = 120
    labels: int = 40
    max_events: int = 1500


@dataclass
class Density:
    """Events per lane and bin, and the most important events in the window."""

    window: Window
    total: int  # events in the window with the filters
    edges: list[float]  # bins + 1 years
    counts: pd.DataFrame  # lane, bin, n
    labels: pd.DataFrame  # the ``labels`` most important events (as in ``events``)
    events: pd.DataFrame | None = None  # every event, when total <= max_events

    @property
    def detailed(self) -> bool:
        return self.events is not None


@dataclass
class StoredEvent:
    event: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)  # with doc title, url


class StoreQuery:
    """A read-only connection to ``STORE/timeline.duckdb``.

    A new merge or a curator's edit replaces the database file in one rename; the next
    question then opens the new file (``generation`` counts the reopenings), so a page
    that keeps one ``StoreQuery`` never shows a replaced store."""

    def __init__(self, store: str | Path) -> None:
        import duckdb

        path = Path(store)
        db = path / "timeline.duckdb" if path.is_dir() else path
        if not db.is_file():
            raise FileNotFoundError(
                f"{path}: no timeline.duckdb here; build the store with "
                "python -m timeline corpus INPUT... -o STORE"
            )
        self.path = db
        self.generation = 0
        self._stamp = self._file_stamp()
        self._con = duckdb.connect(str(db), read_only=True)

    def _file_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_ino, st.st_mtime_ns, st.st_size)

    @property
    def con(self) -> Any:
        """The connection, to the database file that is there now."""
        import duckdb

        stamp = self._file_stamp()
        if stamp is not None and stamp != self._stamp:
            # Closed first: DuckDB keeps one database per path open in a process, so a
            # second connection while the first is open would be to the old file.
            self._con.close()
            self._con = duckdb.connect(str(self.path), read_only=True)
            self._stamp = stamp
            self.generation += 1
        return self._con

    def close(self) -> None:
        self._con.close()

    # ------------------------------------------------------------------ overview

    def overview(self) -> dict[str, Any]:
        """Counts, the years the events cover, the types and the most frequent actors."""
        n, lo, hi, docs = self.con.execute(
            "SELECT count(*), min(start_year), max(end_year), "
            "(SELECT count(*) FROM documents) FROM events"
        ).fetchone() or (0, None, None, 0)
        types = [
            r[0]
            for r in self.con.execute(
                "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC"
            ).fetchall()
        ]
        return {
            "events": int(n),
            "documents": int(docs),
            "start": lo,
            "end": hi,
            "types": types,
            "actors": self.actors(40),
            "failures": self._scalar("SELECT count(*) FROM failures"),
        }

    def actors(self, limit: int = 40) -> list[tuple[str, str, int]]:
        """(id, name, events) of the most frequent actors."""
        rows = self.con.execute(
            "SELECT id, any_value(name), count(*) AS n FROM ("
            " SELECT unnest(actor_ids) AS id, unnest(actors) AS name FROM events"
            ") GROUP BY id ORDER BY n DESC, id LIMIT ?",
            [limit],
        ).fetchall()
        return [(str(i), str(name), int(k)) for i, name, k in rows]

    # ------------------------------------------------------------------ a view

    def _where(self, w: Window) -> tuple[str, list[Any]]:
        sql = ["start_year IS NOT NULL", "end_year > ?", "start_year < ?", "n_sources >= ?"]
        args: list[Any] = [w.start, w.end, w.min_sources]
        if w.types:
            sql.append(f"type IN ({', '.join('?' for _ in w.types)})")
            args.extend(w.types)
        if w.actors:
            sql.append("list_has_any(actor_ids, ?::VARCHAR[])")
            args.append(list(w.actors))
        if w.text.strip():
            sql.append("(title ILIKE ? OR quote ILIKE ? OR list_contains(actors, ?))")
            needle = "%" + w.text.strip().replace("%", r"\%").replace("_", r"\_") + "%"
            args.extend([needle, needle, w.text.strip()])
        return " AND ".join(sql), args

    def count(self, w: Window) -> int:
        where, args = self._where(w)
        return self._scalar(f"SELECT count(*) FROM events WHERE {where}", args)

    def _scalar(self, sql: str, args: Sequence[Any] = ()) -> int:
        row = self.con.execute(sql, list(args)).fetchone()
        return int(row[0]) if row else 0

    def events(
        self, w: Window, limit: int | None = None, columns: Sequence[str] = EVENT_COLUMNS
    ) -> pd.DataFrame:
        """Events in the window, most important first."""
        where, args = self._where(w)
        cols = ", ".join(f'"{c}"' for c in columns)
        sql = (
            f"SELECT {cols} FROM events WHERE {where} "
            "ORDER BY importance DESC, start_year, event_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.con.execute(sql, args).df()

    def view(self, w: Window) -> Density:
        """Each event when at most ``w.max_events`` are in the window; else per lane and
        bin the number of events (an event counts in the bin of its middle), with the
        ``w.labels`` most important events to name."""
        total = self.count(w)
        width = (w.end - w.start) / max(w.bins, 1)
        edges = [w.start + i * width for i in range(w.bins + 1)]
        labels = self.events(w, limit=w.labels)
        if total <= w.max_events:
            return Density(
                w, total, edges, pd.DataFrame(columns=["lane", "bin", "n"]), labels, self.events(w)
            )
        where, args = self._where(w)
        mid = "least(greatest((start_year + end_year) / 2, ?), ? - 1e-9)"
        lane = (
            "type"
            if w.lane != "actor"
            else "unnest(CASE WHEN len(actors) = 0 THEN ['—'] ELSE actors END)"
        )
        sql = (
            f"SELECT lane, bin, count(*) AS n FROM (SELECT {lane} AS lane, "
            f"CAST(floor(({mid} - ?) / ?) AS INTEGER) AS bin FROM events WHERE {where}) "
            "GROUP BY lane, bin ORDER BY lane, bin"
        )
        counts = self.con.execute(sql, [w.start, w.end, w.start, width, *args]).df()
        return Density(w, total, edges, counts, labels)

    # ------------------------------------------------------------------ one event

    def detail(self, event_id: str) -> StoredEvent | None:
        """The event with every mention: quote, offsets, and its document's title/url."""
        cur = self.con.execute("SELECT * FROM events WHERE event_id = ?", [event_id])
        row = cur.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cur.description]
        event = dict(zip(names, row, strict=True))
        event.pop("mentions", None)
        cur = self.con.execute(
            "SELECT m.*, d.title AS doc_title, d.url AS url, d.date AS doc_date, "
            "d.source AS source FROM mentions m LEFT JOIN documents d USING (doc_id) "
            "WHERE m.event_id = ? ORDER BY m.doc, m.quote_start",
            [event_id],
        )
        cols = [d[0] for d in cur.description]
        mentions = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
        return StoredEvent(event, mentions)

    def mentions_json(self, event_id: str) -> str:
        d = self.detail(event_id)
        return json.dumps(d.mentions if d else [], ensure_ascii=False, default=str)
