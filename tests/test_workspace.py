"""The workspace: documents, changes and imports in one library object, the timeline
they make, and the saved file written and read in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import curate, export, store
from timeline.history import History, added_document, edit_document
from timeline.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "000_192722d517445595.txt"

A = """date: 2019-04-26
title: Putin og Kim møttes

Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok 25. april 2019."""
B = """date: 2019-04-27
url: https://example.org/b
source: Avisa

Kim Jong-un og Vladimir Putin møttes i Vladivostok 25. april 2019, opplyser Kreml."""


def test_two_reports_of_one_meeting_are_one_event() -> None:
    ws = Workspace()
    ws.add_text(A, "a.txt")
    ws.add_text(B, "b.txt")
    frame, notes = ws.timeline()
    assert notes == []
    meetings = frame[frame["type"] == "meeting"]
    assert len(meetings) == 1
    assert {m["doc"] for m in meetings.iloc[0]["mentions"]} == {"a.txt", "b.txt"}


def test_documents_keep_title_source_and_url_from_their_header() -> None:
    ws = Workspace()
    a, b = ws.add_text(A, "a.txt"), ws.add_text(B, "b.txt")
    assert (a.title, a.dct, a.source) == ("Putin og Kim møttes", "2019-04-26", "paste")
    assert (b.source, b.url, b.dct) == ("Avisa", "https://example.org/b", "2019-04-27")
    assert ws.add_text(A, "a.txt").name != "a.txt"  # names stay unique


def test_changes_survive_saving_and_reopening() -> None:
    ws = Workspace.from_files([SEED])
    frame, _ = ws.timeline()
    first = str(frame["event_id"].iloc[0])
    ws.ops.append(curate.make_edit_op(frame, first, {"title": "Rettet tittel"}))
    ws.ops.append(curate.make_delete_op(frame, [str(frame["event_id"].iloc[1])]))
    reopened = Workspace.loads(ws.dumps("utkast"))
    again, notes = reopened.timeline()
    assert notes == []
    assert "Rettet tittel" in set(again["title"]) and len(again) == len(frame) - 1
    assert [d.text for d in reopened.documents] == [d.text for d in ws.documents]
    assert reopened.name == "utkast"


def test_a_removed_document_can_be_put_back() -> None:
    ws = Workspace.from_files([SEED])
    before, _ = ws.timeline()
    gone = ws.remove(ws.documents[0].id)
    assert gone is not None and ws.timeline()[0].empty
    ws.documents.append(gone)
    assert ws.timeline()[0].equals(before)


def test_a_document_date_title_or_language_is_undone_and_redone_with_its_edits() -> None:
    """A mistyped document date is one step: undone, the document has its date again
    and is read with it (the events dated from it as they were, the person's edit of
    one intact); redone, the new date again. A value the document has already is no
    step."""
    ws = Workspace()
    doc = ws.add_text("date: 2019-04-26\n\nRegjeringen la fram klimaplanen i går. "
                      "Stortinget vedtok budsjettet i mars.", "c.txt")
    frame, _ = ws.timeline()
    plan = str(frame[frame["title"].str.contains("klimaplanen")].iloc[0]["event_id"])
    edit = curate.make_edit_op(frame, plan, {"title": "Klimaplanen lagt fram"})
    ws.ops = [edit]
    read, _ = ws.timeline()
    history = History()

    done = edit_document(ws.documents, ws.ops, doc.id, "dct", "2020-06-10")
    assert done is not None
    ws.documents, step = done
    history.push(step)
    assert step.kind == "doc_dct" and step.name == "c.txt" and ws.documents[0].dct == "2020-06-10"
    moved, notes = ws.timeline()
    assert notes == [] and "2020-06-09" in set(moved["date"])
    assert "Klimaplanen lagt fram" in set(moved["title"])

    ws.documents, ws.ops, step = history.undo(ws.documents, ws.ops)
    assert step.kind == "doc_dct" and ws.documents[0].dct == "2019-04-26" and ws.ops == [edit]
    back, notes = ws.timeline()
    assert notes == [] and back.equals(read)
    ws.documents, ws.ops, step = history.redo(ws.documents, ws.ops)
    assert ws.documents[0].dct == "2020-06-10" and ws.timeline()[0].equals(moved)

    for name, value in (("title", "Klimaplanen"), ("lang", "nb")):
        done = edit_document(ws.documents, ws.ops, doc.id, name, value, "Notatet")
        assert done is not None
        ws.documents, step = done
        history.push(step)
        assert step.kind == f"doc_{name}" and step.name == "Notatet"
    ws.documents, ws.ops, _ = history.undo(ws.documents, ws.ops)
    ws.documents, ws.ops, _ = history.undo(ws.documents, ws.ops)
    assert (ws.documents[0].title, ws.documents[0].lang) == (doc.title, "auto")
    assert edit_document(ws.documents, ws.ops, doc.id, "lang", "auto") is None
    with pytest.raises(ValueError):
        edit_document(ws.documents, ws.ops, doc.id, "text", "")
    with pytest.raises(KeyError):
        edit_document(ws.documents, ws.ops, "d9", "dct", "2019")
    done = edit_document([{"id": "d1", "name": "a", "dct": ""}], [], "d1", "dct", "2019")
    assert done is not None and done[0] == [{"id": "d1", "name": "a", "dct": "2019"}]  # the app's


def test_adding_a_document_is_undone_and_redone_with_its_edits() -> None:
    """Undo takes an added document out again (its events with it, no note left
    behind); redo puts it back as the person had set it, and the edits of its events,
    steps of their own, come back with their redo."""
    ws = Workspace()
    ws.add_text(A, "a.txt")
    alone, _ = ws.timeline()
    history = History()
    b = ws.add_text(B, "b.txt")
    history.push(added_document(ws.documents, ws.ops, b.id))
    assert history.done[-1].kind == "add_doc" and history.done[-1].name == "b.txt"
    ws.update(b.id, title="Kreml om møtet")  # a setting of the document, not a step
    frame, _ = ws.timeline()
    meeting = str(frame[frame["type"] == "meeting"].iloc[0]["event_id"])
    edit = curate.make_edit_op(frame, meeting, {"title": "Møtet i Vladivostok"})
    history.record("edit", "Møtet i Vladivostok", ws.ops, [*ws.ops, edit])
    ws.ops = [*ws.ops, edit]

    ws.documents, ws.ops, step = history.undo(ws.documents, ws.ops)
    assert step.kind == "edit" and ws.ops == []
    ws.documents, ws.ops, step = history.undo(ws.documents, ws.ops)
    assert step.kind == "add_doc" and [d.name for d in ws.documents] == ["a.txt"]
    gone, notes = ws.timeline()
    assert notes == [] and gone.equals(alone)
    assert history.undo(ws.documents, ws.ops) is None  # the first document was not a step

    ws.documents, ws.ops, step = history.redo(ws.documents, ws.ops)
    assert step.kind == "add_doc" and [d.name for d in ws.documents] == ["a.txt", "b.txt"]
    assert ws.documents[1].title == "Kreml om møtet" and ws.documents[1].id == b.id
    ws.documents, ws.ops, step = history.redo(ws.documents, ws.ops)
    assert step.kind == "edit"
    back, notes = ws.timeline()
    assert notes == [] and "Møtet i Vladivostok" in set(back["title"])
    assert {m["doc"] for m in back[back["type"] == "meeting"].iloc[0]["mentions"]} == {"a.txt", "b.txt"}

    # undone again, then another document added: nothing left to redo
    ws.documents, ws.ops, _ = history.undo(ws.documents, ws.ops)
    ws.documents, ws.ops, _ = history.undo(ws.documents, ws.ops)
    c = ws.add_text(B, "c.txt")
    history.push(added_document(ws.documents, ws.ops, c.id))
    assert history.redo(ws.documents, ws.ops) is None
    with pytest.raises(KeyError):
        added_document(ws.documents, ws.ops, "d9")


def test_document_settings_change_the_timeline() -> None:
    ws = Workspace.from_files([SEED])
    doc = ws.documents[0]
    meeting = "Russlands president Vladimir Putin"

    def vladivostok() -> str:
        frame, _ = ws.timeline()
        return str(frame[frame["quote"].str.startswith(meeting)].iloc[0]["date"])

    assert vladivostok() == "2019-04"
    ws.update(doc.id, dct="2019-04-26")
    assert vladivostok() == "2019-04-25"
    with pytest.raises(KeyError):
        ws.update("nope", dct="2019")


def test_an_events_export_opens_as_imported_events() -> None:
    frame, _ = Workspace.from_files([SEED]).timeline()
    ws = Workspace.loads(export.to_json(frame), "hendelser.json")
    assert ws.documents == [] and ws.imported
    assert len(ws.timeline()[0]) == len(frame)
    reopened = Workspace.loads(ws.dumps())
    assert len(reopened.timeline()[0]) == len(frame)


def test_a_broken_file_says_why() -> None:
    with pytest.raises(store.StoreError):
        Workspace.loads(b"{not json")
