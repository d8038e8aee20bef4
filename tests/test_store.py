"""Saving and opening curated timelines: JSON round trip, folder, safe names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline import store

DOCS = (
    store.SavedDocument(
        name="000_seed.txt", text="Putin møtte Kim torsdag.\n", title="Vladivostok", dct="2019-04", lang="nb", source="bundled"
    ),
    store.SavedDocument(name="wire.md", text="In 2003 North Korea left the NPT.", lang="auto"),
)  # fmt: skip
OPS = (
    {"op": "edit", "id": "000_seed.txt#1", "changes": {"title": "Møtet"}},
    {"op": "delete", "ids": ["wire.md#1"]},
)


def test_dumps_loads_round_trip() -> None:
    events = b'{"format": "tidslinje", "version": 1, "events": [{"event_id": "x"}]}'
    text = store.dumps(
        name="Nord-Korea", documents=DOCS, ops=OPS, events_json=events, settings={"lane_by": "doc"}
    )
    saved = store.loads(text)
    assert saved.name == "Nord-Korea"
    assert saved.documents == DOCS
    assert list(saved.ops) == list(OPS)
    assert saved.events == json.loads(events)
    assert saved.settings == {"lane_by": "doc"}
    assert json.loads(text)["format"] == store.FORMAT and json.loads(text)["version"] == 1
    assert "møtte" in text  # readable UTF-8, not \u escapes
    assert store.loads(text.encode("utf-8")) == saved


def test_loads_events_files() -> None:
    export_json = '{"format": "tidslinje", "version": 1, "events": [{"event_id": "a#1"}]}'
    saved = store.loads(export_json)
    assert saved.documents == () and saved.ops == ()
    assert saved.events == json.loads(export_json)
    wrapped = {"format": "tidslinje", "version": 1, "events": [{"event_id": "a#1"}]}
    assert store.loads('[{"event_id": "a#1"}]').events == wrapped
    assert store.loads('{"events": [{"event_id": "a#1"}]}').events == wrapped


CURATED = '{"format": "tidslinje-curated", "version": 1, '


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        ("{not json", "not valid JSON"),
        ('"a string"', "not a saved timeline"),
        ('{"format": "tidslinje-curated", "version": 99}', "version 99"),
        ('{"format": "tidslinje-curated"}', "version None"),
        ('{"format": "other", "events": []}', "not a saved timeline"),
        (CURATED + '"documents": {}}', "must be lists"),
        (CURATED + '"documents": [1]}', "document 1"),
        (CURATED + '"documents": [{"text": 5}]}', "not text"),
        (CURATED + '"ops": [{"x": 1}]}', "change 1"),
        ('{"events": 3}', "not a saved timeline"),
    ],
)
def test_loads_refuses_with_a_message(data: str | bytes, message: str) -> None:
    with pytest.raises(store.StoreError, match=message):
        store.loads(data)


def test_unknown_language_falls_back_to_auto() -> None:
    saved = store.loads(CURATED + '"documents": [{"name": "a", "text": "t", "lang": "de"}]}')
    assert saved.documents[0].lang == "auto"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nord-Korea 2019", "Nord-Korea 2019"),
        ("Tidslinje: Putin/Kim", "Tidslinje Putin Kim"),
        ("../../etc/passwd", "etc passwd"),
        ("..", "timeline"),
        ("", "timeline"),
        ("   ", "timeline"),
        ("CON", "timeline CON"),
        ("a\x00b\nc", "a b c"),
        ("æøå ÆØÅ", "æøå ÆØÅ"),
        ("x" * 200, "x" * 80),
        ("report.timeline.json", "report"),
    ],
)
def test_sanitize_name(name: str, expected: str) -> None:
    assert store.sanitize_name(name) == expected
    assert "/" not in store.sanitize_name(name) and "\\" not in store.sanitize_name(name)


def test_save_list_load(tmp_path: Path) -> None:
    folder = tmp_path / "saved_timelines"
    assert store.list_saved(folder) == []
    text = store.dumps(name="", documents=DOCS, ops=OPS)
    path = store.save(folder, "../Mitt utkast", text)
    assert path.parent == folder and path.name == "Mitt utkast.timeline.json"
    assert store.list_saved(folder) == ["Mitt utkast"]
    saved = store.load(folder, "Mitt utkast")
    assert saved.documents == DOCS and saved.name == "Mitt utkast"
    store.save(folder, "Mitt utkast", store.dumps(name="v2", documents=DOCS[:1], ops=()))
    assert store.load(folder, "Mitt utkast").name == "v2"  # overwritten in place
    assert not list(folder.glob("*.tmp"))
    with pytest.raises(store.StoreError, match="no saved timeline"):
        store.load(folder, "missing")


def test_save_reports_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(store.StoreError, match="Could not save"):
        store.save(blocker / "sub", "a", "{}")


def test_default_folder_and_local_saving(tmp_path: Path) -> None:
    assert store.default_folder(tmp_path) == tmp_path / "saved_timelines"
    assert store.local_saving_enabled({}, tmp_path)
    assert not store.local_saving_enabled({"TIMELINE_LOCAL_SAVE": "0"}, tmp_path)
    assert not store.local_saving_enabled({}, "/mount/src/tidslinje")
    assert store.local_saving_enabled({"TIMELINE_LOCAL_SAVE": "1"}, "/mount/src/tidslinje")
