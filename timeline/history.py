"""Undo and redo for every step a person takes on a timeline, removing a document too.

The curated timeline is ``apply_ops(extracted, ops)`` (see :mod:`timeline.curate`), so
a curation step is a change of the operation log: the log before and after it. Removing
a document changes the list of documents as well, and takes the changes to that
document's events out of the log with it (they cannot apply without it, and would
otherwise stay behind as notes about events that no longer exist); undoing the
removal puts the document back where it was and the log as it was, with those changes.
Adding a document is a step too: undoing it takes the document out again, redoing it
puts back the document as it was when it was taken out (its title, date and language
as the person had set them); the changes made to its events afterwards are steps of
their own, undone before it and redone after it. Changing a document's title, date or
language is a step as well (:func:`edit_document`): undone, the document has the value
it had before, and is read with it again; the log stays as it is, so the person's
changes to its events apply to it as they did.

A :class:`History` holds the steps done and undone. It never holds the state itself:
``undo``/``redo`` are given the documents and the log as they are now and return them
as they should be. A step is undone only while the log is still the one the step left
(a timeline opened from a file replaces the log: the steps before it no longer apply);
when it is not, undo still takes back the last operation of the log, so opened work
can be undone too. Pure data: no clock, no widgets.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from . import curate

__all__ = ["DOCUMENT_FIELDS", "History", "Step", "added_document", "edit_document",
           "remove_document"]

Ops = tuple[Mapping[str, Any], ...]

# What a person sets on a document, and the kind of the step that changes each.
DOCUMENT_FIELDS = {"title": "doc_title", "dct": "doc_dct", "lang": "doc_lang"}


@dataclass(frozen=True)
class Step:
    """One step: what kind (``edit``, ``delete``, ``merge``, ``add``, ``reset``,
    ``remove``, ``add_doc``, ``doc_title``, ``doc_dct``, ``doc_lang``), the name of what
    it was done to (an event title, a document name), the log before and after it, for
    a removal or an addition the document and its place (``adds``: the step added it,
    else it removed it), and for a change of a document's field the document's id and
    the field's value before and after it (``field``, ``before``, ``after``)."""

    kind: str
    name: str
    ops_before: Ops
    ops_after: Ops
    document: Any = None
    position: int = -1
    adds: bool = False
    doc_id: str = ""
    field: str = ""
    before: str = ""
    after: str = ""


def _doc_id(doc: Any) -> str:
    return str(doc["id"] if isinstance(doc, Mapping) else doc.id)


def remove_document(docs: Sequence[Any], ops: Sequence[Mapping[str, Any]], doc_id: str,
                    doc_name: str, name: str = "") -> tuple[list[Any], list[Mapping[str, Any]], Step]:
    """The documents without ``doc_id``, the log without the changes to the events of
    ``doc_name`` (see :func:`timeline.curate.ops_without_document`) and the step that
    puts both back (KeyError when there is no such document). ``docs`` are mappings
    with an ``"id"`` (the app's) or objects with ``.id`` (:class:`WorkDocument`)."""
    position = next((i for i, d in enumerate(docs) if _doc_id(d) == doc_id), None)
    if position is None:
        raise KeyError(doc_id)
    kept = [d for i, d in enumerate(docs) if i != position]
    new_ops = curate.ops_without_document(ops, doc_name)
    step = Step("remove", name or doc_name, tuple(ops), tuple(new_ops), docs[position], position)
    return kept, new_ops, step


def added_document(docs: Sequence[Any], ops: Sequence[Mapping[str, Any]], doc_id: str,
                   name: str = "") -> Step:
    """The step of adding ``doc_id``, which ``docs`` now hold (KeyError when they do
    not): undone, it takes the document out again; the log stays as it is."""
    position = next((i for i, d in enumerate(docs) if _doc_id(d) == doc_id), None)
    if position is None:
        raise KeyError(doc_id)
    doc = docs[position]
    label = name or str(doc["name"] if isinstance(doc, Mapping) else doc.name)
    return Step("add_doc", label, tuple(ops), tuple(ops), doc, position, adds=True)


def _field(doc: Any, name: str) -> str:
    return str(doc[name] if isinstance(doc, Mapping) else getattr(doc, name))


def _with_field(docs: Sequence[Any], doc_id: str, name: str, value: str) -> list[Any]:
    """``docs`` with the field ``name`` of ``doc_id`` set to ``value`` (a new mapping or
    object for that document; the others as they are)."""
    return [
        d if _doc_id(d) != doc_id
        else {**d, name: value} if isinstance(d, Mapping) else replace(d, **{name: value})
        for d in docs
    ]


def edit_document(docs: Sequence[Any], ops: Sequence[Mapping[str, Any]], doc_id: str,
                  field: str, value: str, name: str = "") -> tuple[list[Any], Step] | None:
    """The documents with ``doc_id``'s ``field`` (see :data:`DOCUMENT_FIELDS`) set to
    ``value``, and the step that sets it back; None when it has that value already (no
    step). KeyError when there is no such document, ValueError for another field. The
    value is taken as given: a date is checked by whoever read it (a half-typed one
    is no step)."""
    if field not in DOCUMENT_FIELDS:
        raise ValueError(f"not a field of a document: {field!r} (one of {sorted(DOCUMENT_FIELDS)})")
    doc = next((d for d in docs if _doc_id(d) == doc_id), None)
    if doc is None:
        raise KeyError(doc_id)
    before = _field(doc, field)
    if before == value:
        return None
    label = name or _field(doc, "name")
    step = Step(DOCUMENT_FIELDS[field], label, tuple(ops), tuple(ops),
                doc_id=doc_id, field=field, before=before, after=value)
    return _with_field(docs, doc_id, field, value), step


def _put_back(docs: Sequence[Any], step: Step) -> list[Any]:
    """``docs`` with the step's document at its place (once)."""
    out = list(docs)
    if all(_doc_id(d) != _doc_id(step.document) for d in docs):
        out.insert(min(max(step.position, 0), len(out)), step.document)
    return out


def _take_out(docs: Sequence[Any], step: Step) -> tuple[list[Any], Step]:
    """``docs`` without the step's document, and the step holding the document as it
    was when it left (a workspace replaces a document it updates)."""
    gone = [d for d in docs if _doc_id(d) == _doc_id(step.document)]
    kept = [d for d in docs if _doc_id(d) != _doc_id(step.document)]
    return kept, replace(step, document=gone[0]) if gone else step


@dataclass
class History:
    """Steps done (the last one is undone first) and steps undone (redone in turn)."""

    done: list[Step] = field(default_factory=list)
    undone: list[Step] = field(default_factory=list)

    def record(self, kind: str, name: str, ops_before: Sequence[Mapping[str, Any]],
               ops_after: Sequence[Mapping[str, Any]]) -> Step:
        """A curation step: the log went from ``ops_before`` to ``ops_after``. A new
        step forgets what was undone (there is nothing to redo after it)."""
        step = Step(kind, name, tuple(ops_before), tuple(ops_after))
        self.push(step)
        return step

    def push(self, step: Step) -> None:
        self.done.append(step)
        self.undone.clear()

    def can_undo(self, ops: Sequence[Mapping[str, Any]]) -> bool:
        return bool(ops) or bool(self.done and self._current(ops))

    def can_redo(self, ops: Sequence[Mapping[str, Any]]) -> bool:
        return bool(self.undone) and list(self.undone[-1].ops_before) == list(ops)

    def _current(self, ops: Sequence[Mapping[str, Any]]) -> bool:
        return bool(self.done) and list(self.done[-1].ops_after) == list(ops)

    def undo(self, docs: Sequence[Any], ops: Sequence[Mapping[str, Any]]
             ) -> tuple[list[Any], list[Mapping[str, Any]], Step] | None:
        """(documents, log, the step undone), or None when there is nothing to undo."""
        if not self._current(ops):
            # The log was replaced (a file was opened): the recorded steps are of another
            # log. Undo takes back its last operation.
            self.done.clear()
            if not self.can_redo(ops):
                self.undone.clear()
            if not ops:
                return None
            self.done.append(Step("change", "", tuple(ops[:-1]), tuple(ops)))
        step = self.done.pop()
        new_docs = list(docs)
        if step.document is not None:
            if step.adds:
                new_docs, step = _take_out(docs, step)
            else:
                new_docs = _put_back(docs, step)
        elif step.field:
            new_docs = _with_field(docs, step.doc_id, step.field, step.before)
        self.undone.append(step)
        return new_docs, list(step.ops_before), step

    def redo(self, docs: Sequence[Any], ops: Sequence[Mapping[str, Any]]
             ) -> tuple[list[Any], list[Mapping[str, Any]], Step] | None:
        """(documents, log, the step done again), or None when there is nothing to redo
        (nothing was undone, or the log changed since)."""
        if not self.can_redo(ops):
            self.undone.clear()
            return None
        step = self.undone.pop()
        new_docs = list(docs)
        if step.document is not None:
            if step.adds:
                new_docs = _put_back(docs, step)
            else:
                new_docs, step = _take_out(docs, step)
        elif step.field:
            new_docs = _with_field(docs, step.doc_id, step.field, step.after)
        self.done.append(step)
        return new_docs, list(step.ops_after), step
