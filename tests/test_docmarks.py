"""The document beside the timeline (timeline/docmarks.py) and undo/redo of every step,
removing a document too (timeline/history.py, curate.ops_without_document)."""

from __future__ import annotations

from pathlib import Path

import pytest

import timeline
from timeline import curate, docmarks
from timeline.history import History, remove_document
from timeline.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "000_192722d517445595.txt"

A = (
    "Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok "
    "25. april 2019. Kim kom med tog 24. april 2019 <b>og</b> reiste hjem 26. april 2019."
)
B = "In March 2015 the envoys met in Beijing. The talks broke down in April 2016."


def _frame(text: str, name: str = "a.txt") -> tuple:
    ws = Workspace()
    ws.add_text(text, name)
    return ws.timeline()[0], ws.documents[0].text


def test_every_dated_expression_of_the_document_is_marked_with_its_event() -> None:
    frame, text = _frame(A)
    sentences, expressions = docmarks.document_marks(frame, "a.txt", text)
    marked = [text[m.start : m.end] for m in expressions]
    assert marked == ["25. april 2019", "24. april 2019", "26. april 2019"]
    ids = set(frame["event_id"])
    for m in expressions:
        assert m.events and set(m.events) <= ids
        # the expression lies inside the sentence of its event
        assert any(s.start <= m.start and m.end <= s.end and m.events[0] in s.events
                   for s in sentences)
    # another document's name marks nothing
    assert docmarks.document_marks(frame, "b.txt", text) == ([], [])


def test_pieces_are_the_whole_text_and_mark_the_selected_sentence() -> None:
    frame, text = _frame(A)
    sentences, expressions = docmarks.document_marks(frame, "a.txt", text)
    chosen = expressions[1].events[0]
    parts = docmarks.pieces(text, sentences, expressions, chosen)
    assert "".join(p.text for p in parts) == text  # nothing lost, nothing doubled
    assert "<b>og</b>" in "".join(p.text for p in parts)  # markup stays text
    selected = [p for p in parts if p.selected]
    assert selected and all(chosen in (p.sentence + p.expression) for p in selected)
    sentence = next(s for s in sentences if chosen in s.events)
    first = parts[docmarks.selected_piece(parts)]
    assert first.start == sentence.start
    assert [p.text for p in parts if p.expression] == [text[m.start : m.end] for m in expressions]
    # nothing selected: nothing marked as selected, no place to scroll to
    parts = docmarks.pieces(text, sentences, expressions, None)
    assert not any(p.selected for p in parts) and docmarks.selected_piece(parts) is None


def test_shifted_offsets_are_found_again_or_left_unmarked() -> None:
    frame, text = _frame(A)
    shifted = "Overskrift\n\n" + text  # a header the extraction did not see
    _, expressions = docmarks.document_marks(frame, "a.txt", shifted)
    assert [shifted[m.start : m.end] for m in expressions][0] == "25. april 2019"
    assert docmarks.document_marks(frame, "a.txt", "En helt annen tekst.") == ([], [])


def test_the_bundled_article_every_event_is_reachable_from_its_text() -> None:
    doc = timeline.read_document(SEED)
    frame = timeline.extract_document(doc)
    sentences, expressions = docmarks.document_marks(frame, doc.name, doc.text)
    reachable = {e for m in expressions for e in m.events}
    dated = set(frame.loc[frame["timex"] != "", "event_id"])
    assert dated <= reachable
    for a, b in zip(expressions, expressions[1:], strict=False):
        assert a.end <= b.start  # marks never cross


def test_a_click_steps_through_the_events_of_one_expression() -> None:
    assert docmarks.click_target(("e1", "e2"), None) == "e1"
    assert docmarks.click_target(("e1", "e2"), "e1") == "e2"
    assert docmarks.click_target(("e1", "e2"), "e2") == "e1"
    assert docmarks.click_target(("e1",), "e9") == "e1"
    assert docmarks.click_target((), "e1") is None


def test_the_document_shown_follows_the_selected_event() -> None:
    ws = Workspace()
    ws.add_text(A, "a.txt")
    ws.add_text(B, "b.txt")
    frame = ws.timeline()[0]
    in_b = frame.loc[frame["doc"] == "b.txt", "event_id"].iloc[0]
    in_a = frame.loc[frame["doc"] == "a.txt", "event_id"].iloc[0]
    docs = ["a.txt", "b.txt"]
    assert docmarks.document_for(frame, in_b, docs, "a.txt") == "b.txt"
    assert docmarks.document_for(frame, in_a, docs, "b.txt") == "a.txt"
    assert docmarks.document_for(frame, None, docs, "b.txt") == "b.txt"  # kept
    assert docmarks.document_for(frame, None, docs, "gone.txt") == "a.txt"
    assert docmarks.document_for(frame, in_b, ["a.txt"], "a.txt") == "a.txt"


# --------------------------------------------------------------------------- undo and redo


def _edit(frame, eid: str, title: str) -> dict:
    return curate.make_edit_op(frame, eid, {"title": title})


def test_undo_and_redo_every_curation_step() -> None:
    frame, _ = _frame(A)
    ids = list(frame["event_id"])
    history = History()
    ops: list = []
    docs = [{"id": "d1"}]
    for kind, op in (("edit", _edit(frame, ids[0], "Møtet")),
                     ("delete", curate.make_delete_op(frame, [ids[1]]))):
        before, ops = ops, [*ops, op]
        history.record(kind, "x", before, ops)
    assert [r["title"] for r in curate.apply_ops(frame, ops)[0].to_dict("records")][0] == "Møtet"
    docs, ops, step = history.undo(docs, ops)
    assert step.kind == "delete" and len(ops) == 1
    docs, ops, step = history.undo(docs, ops)
    assert step.kind == "edit" and ops == []
    assert history.undo(docs, ops) is None and not history.can_undo(ops)
    docs, ops, step = history.redo(docs, ops)
    assert step.kind == "edit" and len(ops) == 1
    docs, ops, _ = history.redo(docs, ops)
    assert [o["op"] for o in ops] == ["edit", "delete"]
    assert history.redo(docs, ops) is None
    # a new step after an undo: nothing left to redo
    docs, ops, _ = history.undo(docs, ops)
    history.record("edit", "y", ops, [*ops, _edit(frame, ids[2], "Toget")])
    assert not history.can_redo(history.done[-1].ops_after)


def test_removing_a_document_is_undone_with_its_edits_and_redone() -> None:
    ws = Workspace()
    ws.add_text(A, "a.txt")
    ws.add_text(B, "b.txt")
    frame = ws.timeline()[0]
    in_a = frame.loc[frame["doc"] == "a.txt", "event_id"].tolist()
    in_b = frame.loc[frame["doc"] == "b.txt", "event_id"].tolist()
    ws.ops = [_edit(frame, in_a[0], "Møtet i Vladivostok"),
              _edit(frame, in_b[0], "Envoys in Beijing"),
              curate.make_delete_op(frame, [in_a[1], in_b[1]])]
    history = History()
    docs, ops, step = remove_document(ws.documents, ws.ops, "d1", "a.txt")
    history.push(step)
    ws.documents, ws.ops = docs, ops
    timeline_now, notes = ws.timeline()
    assert notes == []  # no note about events that no longer exist
    assert [d.name for d in ws.documents] == ["b.txt"]
    assert "Envoys in Beijing" in set(timeline_now["title"])
    assert in_b[1] not in set(timeline_now["event_id"])  # the other document's delete stays

    ws.documents, ws.ops, step = history.undo(ws.documents, ws.ops)
    assert step.kind == "remove" and [d.name for d in ws.documents] == ["a.txt", "b.txt"]
    back, notes = ws.timeline()
    assert notes == [] and "Møtet i Vladivostok" in set(back["title"])
    assert in_a[1] not in set(back["event_id"])

    ws.documents, ws.ops, _ = history.redo(ws.documents, ws.ops)
    assert [d.name for d in ws.documents] == ["b.txt"] and ws.timeline()[1] == []
    with pytest.raises(KeyError):
        remove_document(ws.documents, ws.ops, "d9", "x.txt")


def test_undo_after_a_file_replaced_the_log_takes_back_its_last_change() -> None:
    frame, _ = _frame(A)
    ids = list(frame["event_id"])
    history = History()
    history.record("edit", "x", [], [_edit(frame, ids[0], "Før")])
    opened = [_edit(frame, ids[1], "Åpnet"), _edit(frame, ids[2], "Også åpnet")]
    docs, ops, _ = history.undo([], opened)
    assert ops == opened[:1]
    _, ops, _ = history.redo(docs, ops)
    assert ops == opened


def test_ops_without_document_keeps_hand_made_events_and_other_documents() -> None:
    ws = Workspace()
    ws.add_text(A, "a.txt")
    ws.add_text(B, "b.txt")
    frame = ws.timeline()[0]
    in_a = frame.loc[frame["doc"] == "a.txt", "event_id"].tolist()
    in_b = frame.loc[frame["doc"] == "b.txt", "event_id"].tolist()
    added = curate.make_add_op(list(frame["event_id"]), title="Eget", date="2019")
    ops = [added, curate.make_merge_op(frame, in_a[0], in_b[0]),
           _edit(frame, in_b[0], "Beijing"), {"op": "delete", "ids": [in_a[1]]}]
    left = curate.ops_without_document(ops, "a.txt")
    assert left == [added, ops[2]]
    assert curate.ops_without_document(ops, "c.txt") == ops


def test_an_expression_inside_another_is_one_mark_that_reaches_both_events() -> None:
    """The bundled article dates one event by "siden toppmøtet Hanoi" and another by
    "toppmøtet Hanoi" inside it: one mark, and clicks step through both events."""
    doc = timeline.read_document(SEED)
    frame = timeline.extract_document(doc)
    inner = [(m["timex_start"], m["timex_end"]) for ms in frame["mentions"] for m in ms
             if m["timex"] in ("siden toppmøtet Hanoi", "toppmøtet Hanoi")]
    assert len(inner) == 2  # the case this test is about is in the article
    _, expressions = docmarks.document_marks(frame, doc.name, doc.text)
    mark = next(m for m in expressions if m.start <= min(a for a, _ in inner) < m.end)
    assert doc.text[mark.start : mark.end] == "siden toppmøtet Hanoi"
    assert len(mark.events) == 2
    first = docmarks.click_target(mark.events, None)
    second = docmarks.click_target(mark.events, first)
    assert {first, second} == set(mark.events)
