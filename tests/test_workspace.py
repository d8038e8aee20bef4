"""The workspace: documents, changes and imports in one library object, the timeline
they make, and the saved file written and read in one place."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline import curate, export, store
from timeline.history import History, added_document
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
