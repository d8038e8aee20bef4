"""The operation log: what a person does to a timeline, and its replay. Pure functions,
no Streamlit, no clocks.

What a person does to a timeline is kept as a list of *operations* (plain dicts, so
they save as JSON): ``edit``, ``delete``, ``merge`` and ``add``. The curated timeline
is always ``apply_ops(extracted, ops)``, so edits survive re-extraction, new documents
and bad input elsewhere: nothing typed is stored anywhere but in the ops.

Rows and the merge of several documents' frames are :mod:`timeline.frame`. Dates typed
by people are read in :mod:`timeline.userdate`; what the app shows of the result
(filters, counts, detail, table) is :mod:`timeline.view`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from . import i18n
from .frame import combine_rows, row_dict, split_actors
from .gazetteer import id_of
from .lang import codes as language_codes
from .schema import COLUMNS, coerce, column_names, empty_frame, from_rows
from .types import EVENT_TYPES
from .userdate import parse_user_date

__all__ = [
    "MANUAL_DOC",
    "CurationError",
    "DamagedChange",
    "add_event",
    "apply_ops",
    "delete_events",
    "edit_event",
    "fingerprint",
    "make_add_op",
    "make_delete_op",
    "make_edit_op",
    "make_merge_op",
    "merge_events",
    "ops_without_document",
    "origin_of",
]

class CurationError(i18n.Refusal):
    """A change that cannot be made, with the catalog id of its message
    (:mod:`timeline.messages`): ``str()`` is the English message, :meth:`words` the
    message in any interface language."""


class DamagedChange(CurationError, TypeError):
    """An operation (from a saved file) whose parts are not of the kind they must be."""


#: The ``doc`` of events a person added by hand.
MANUAL_DOC = "(added by hand)"

# --------------------------------------------------------------------------- operations


def edit_event(frame: pd.DataFrame, event_id: str, changes: Mapping[str, Any]) -> pd.DataFrame:
    """Change title, date (as typed), actors, place or type of one event.

    Raises KeyError for an unknown id and ValueError for a date or type it cannot use;
    the frame is never changed in place.
    """
    mask = frame["event_id"] == event_id
    if not mask.any():
        raise KeyError(event_id)
    row = _edited(row_dict(frame[mask].iloc[0]), changes)
    return _replace_row(frame, int(mask.to_numpy().nonzero()[0][0]), row)


def _edited(row: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``row`` with ``changes`` made (a new dict); ValueError names the first bad one."""
    out = dict(row)
    for name, value in changes.items():
        if name == "title":
            title = str(value).strip()
            if not title:
                raise CurationError("curate.title_empty")
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
                raise CurationError("curate.type_unknown_use", value=value, types=", ".join(EVENT_TYPES))
            out["type"] = value
        else:
            raise CurationError("curate.column_fixed", name=name)
    return out


def _typed_actors(value: Any) -> list[str]:
    """Actors from an operation: a string or a list of strings (a saved file may hold
    anything else, which is refused)."""
    if value is None or isinstance(value, str) or (
        isinstance(value, list | tuple) and all(isinstance(a, str) for a in value)
    ):
        return split_actors(value)
    raise CurationError("curate.actors_names")


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
        raise CurationError("curate.merge_two")
    ids = frame["event_id"].tolist()
    for eid in (keep_id, other_id):
        if eid not in ids:
            raise KeyError(eid)
    keep, other = ids.index(keep_id), ids.index(other_id)
    combined = combine_rows(row_dict(frame.iloc[keep]), row_dict(frame.iloc[other]))
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
        raise CurationError("curate.add_title")
    parse_user_date(date)  # validate now, so the person sees the problem at once
    if type not in EVENT_TYPES:
        raise CurationError("curate.type_unknown", value=type)
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
        raise CurationError("curate.id_taken", event_id=event_id)
    row = _added_row(event_id, event)
    if frame.empty:
        return from_rows([row])
    return coerce(pd.concat([frame, from_rows([row])], ignore_index=True))


def _added_row(event_id: str, event: Mapping[str, Any]) -> dict[str, Any]:
    """The row of an event typed by hand; ValueError for a type or language it cannot use."""
    date_text = str(event.get("date", ""))
    source = str(event.get("source", "") or "")
    lang = str(event.get("lang", "") or "")
    if lang and lang not in language_codes():
        raise CurationError("curate.lang_unknown", value=lang[:20])
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
        raise CurationError("curate.type_unknown", value=row["type"])
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
        "title": str(row["title"]),  # what the person saw: names the event in a note
    }


def origin_of(at: Any) -> tuple[str, int] | None:
    """The (document, offset) of a fingerprint; None when there is none (ValueError or
    TypeError for a fingerprint that is not one)."""
    if not at:
        return None
    if not isinstance(at, Mapping):
        raise DamagedChange("curate.fingerprint_damaged")
    return str(at.get("doc")), int(at.get("timex_start", -2))


def _ids(value: Any, count: int | None = None) -> list[str]:
    """The event ids of a delete or merge (TypeError/ValueError for anything else)."""
    if not isinstance(value, list | tuple):
        raise DamagedChange("curate.events_not_list")
    ids = [str(i) for i in value if i is not None]
    if count is not None and len(ids) != count:
        raise CurationError("curate.names_count", n=len(ids), count=count)
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
        raise CurationError("curate.delete_pick")
    return {"op": "delete", "ids": ids, "at": [fingerprint(frame, i) for i in ids]}


def make_merge_op(frame: pd.DataFrame, keep_id: str, other_id: str) -> dict[str, Any]:
    merge_events(frame, keep_id, other_id)
    return {
        "op": "merge",
        "ids": [keep_id, other_id],
        "at": [fingerprint(frame, keep_id), fingerprint(frame, other_id)],
    }


def _of_document(event_id: Any, at: Any, doc: str) -> bool:
    """Whether an operation's event comes from ``doc``: by its fingerprint, or for an
    operation without one, by its id ('<doc>#<n>')."""
    if isinstance(at, Mapping) and at.get("doc") is not None:
        return str(at.get("doc")) == doc
    return str(event_id).rsplit("#", 1)[0] == doc


def ops_without_document(ops: Sequence[Mapping[str, Any]], doc: str) -> list[Mapping[str, Any]]:
    """The log without what it does to the events of document ``doc``: its edits and
    merges are left out, and its events are taken out of deletes of several events.
    What a person added by hand, and changes to other documents, stay as they are.

    For removing a document: its changes cannot apply without it, and undoing the
    removal puts the whole log back (see :mod:`timeline.history`)."""
    out: list[Mapping[str, Any]] = []
    for op in ops:
        if not isinstance(op, Mapping):
            out.append(op)
            continue
        kind = op.get("op")
        try:
            if kind == "edit":
                if not _of_document(op.get("id"), op.get("at"), doc):
                    out.append(op)
            elif kind == "merge":
                ids = _ids(op.get("ids"), count=2)
                ats = list(op.get("at") or [None, None])
                if not any(_of_document(i, a, doc) for i, a in zip(ids, ats, strict=False)):
                    out.append(op)
            elif kind == "delete":
                ids = _ids(op.get("ids", [op.get("id")]))
                ats = list(op.get("at") or [None] * len(ids))
                keep = [k for k, (i, a) in enumerate(zip(ids, ats, strict=False))
                        if not _of_document(i, a, doc)]
                if len(keep) == len(ids):
                    out.append(op)
                elif keep:
                    trimmed = dict(op)
                    trimmed["ids"] = [ids[k] for k in keep]
                    if op.get("at"):
                        trimmed["at"] = [ats[k] for k in keep]
                    trimmed.pop("id", None)
                    out.append(trimmed)
            else:
                out.append(op)
        except (TypeError, ValueError):
            out.append(op)  # a damaged operation: apply_ops says so, as before
    return out


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

    def current_id(self, event_id: str, at: Any) -> str:
        """The id the event has now: ``event_id`` if that row still comes from the
        fingerprint's place, else the row that does (KeyError if it is gone)."""
        origin = origin_of(at)
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
            raise CurationError("curate.merge_two")
        keep, other = self.position(keep_id), self.position(other_id)
        self.rows[keep] = combine_rows(self.row(keep), self.row(other))
        self.alive[other] = False

    def add(self, event_id: str, event: Mapping[str, Any]) -> None:
        if any(self.alive[pos] for pos in self.by_id.get(event_id, ())):
            raise CurationError("curate.id_taken", event_id=event_id)
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
    frame: pd.DataFrame, ops: Sequence[Mapping[str, Any]], lang: str | None = i18n.DEFAULT
) -> tuple[pd.DataFrame, list[str]]:
    """The curated timeline: ``ops`` applied in order to the extracted ``frame``.

    An operation that no longer applies (its event is gone after the documents
    changed, or its input is invalid) is skipped and described in the returned notes,
    in the interface language ``lang``; it never raises, so one stale edit cannot take
    the page down. The whole log costs about one copy of the frame, however long it is
    (see :class:`_Replay`).
    """
    notes: list[str] = []
    if not ops:
        return frame, notes
    replay = _Replay(frame)
    for n, op in enumerate(ops, start=1):
        kind = _kind_words(op.get("op") if isinstance(op, Mapping) else None, lang)
        try:
            _apply_one(replay, op, n, notes, lang)
        except KeyError as err:
            notes.append(i18n.text("curate.note_gone", lang, change=n, kind=kind,
                                   event=_event_words(op, err.args[0], lang)))
        except (ValueError, TypeError) as err:
            notes.append(i18n.text("curate.note_skipped", lang, change=n, kind=kind, why=_why(err, lang)))
        except Exception as err:  # noqa: BLE001 - a crafted change must not take the page down
            notes.append(i18n.text("curate.note_damaged", lang, change=n, kind=kind,
                                   error=type(err).__name__))
    return replay.frame(), notes


_KINDS = ("edit", "delete", "merge", "add")


def _kind_words(kind: Any, lang: str | None) -> str:
    """An operation's kind in words ("edit"; "redigering"); one it does not know as it
    is written in the file."""
    return i18n.text(f"curate.kind.{kind}", lang) if kind in _KINDS else str(kind)


def _event_words(op: Any, event_id: Any, lang: str | None) -> str:
    """An event an operation names, as the person saw it: its title then, from the
    operation's fingerprint; its id when the fingerprint has none (an older file)."""
    if isinstance(op, Mapping):
        many, at_many = op.get("ids"), op.get("at")
        ids: list[Any] = list(many) if isinstance(many, list | tuple) else [op.get("id")]
        ats: list[Any] = list(at_many) if isinstance(at_many, list | tuple) else [at_many]
        for i, at in zip(ids, ats, strict=False):
            title = str(at.get("title") or "").strip() if isinstance(at, Mapping) else ""
            if str(i) == str(event_id) and title:
                return i18n.text("curate.event_named", lang, title=title)
    return str(event_id)


def _why(err: Exception, lang: str | None) -> str:
    """Why a change was refused, in ``lang`` where the refusal has a catalog message
    (a date typed, a change of curation); else as the library wrote it."""
    words = getattr(err, "words", None)
    return str(words(lang)) if callable(words) else str(err)


def _apply_one(replay: _Replay, op: Any, n: int, notes: list[str], lang: str | None) -> None:
    if not isinstance(op, Mapping):
        notes.append(i18n.text("curate.note_not_op", lang, change=n))
        return
    kind = op.get("op")
    if kind == "edit":
        eid = replay.current_id(str(op["id"]), op.get("at"))
        replay.edit(eid, dict(op.get("changes", {})))
    elif kind == "delete":
        ids = _ids(op.get("ids", [op.get("id")]))
        ats = list(op.get("at") or [None] * len(ids))
        found, missing = [], []
        for eid, at in zip(ids, ats, strict=False):
            try:
                found.append(replay.current_id(eid, at))
            except KeyError:
                missing.append(eid)
        if missing:
            notes.append(i18n.plural("curate.note_delete_gone", len(missing), lang, change=n,
                                     kind=_kind_words(kind, lang),
                                     events=", ".join(_event_words(op, m, lang) for m in missing)))
        replay.delete(found)
    elif kind == "merge":
        ids = _ids(op["ids"], count=2)
        ats = list(op.get("at") or [None, None])
        keep, other = (replay.current_id(i, a) for i, a in zip(ids, ats, strict=False))
        replay.merge(keep, other)
    elif kind == "add":
        replay.add(str(op["id"]), dict(op.get("event", {})))
    else:
        notes.append(i18n.text("curate.note_unknown_kind", lang, change=n, kind=repr(kind)))
