"""Saving and opening curated timelines: JSON round trip, folder, safe names."""

from __future__ import annotations

import errno
import json
import os
import stat
import threading
from pathlib import Path

import pytest

from timeline import store
from timeline.ingest import MAX_DOCUMENT_BYTES

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


def _with_document(**fields: object) -> str:
    document = {"name": "a.txt", "text": "Møtet var i 2019.", **fields}
    return json.dumps({"format": store.FORMAT, "version": 1, "documents": [document]})


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"lang": "de"}, "language is 'de'; expected one of auto, nb, en"),
        ({"lang": 3}, "not text"),
        ({"dct": "igår"}, "date 'igår' is not a date"),
        ({"dct": "2019-02-30"}, "date '2019-02-30' is not a date"),
        ({"dct": "0000"}, "date '0000' is not a date"),
        ({"text": "a\x00b"}, "control characters"),
        ({"text": "\x01\x02\x03 binary " * 20}, "control characters"),
        ({"text": "x" * (MAX_DOCUMENT_BYTES + 1)}, "the limit is 5,000,000"),
        ({"title": "\ud800"}, "broken characters"),
    ],
)
def test_opened_documents_are_checked_like_uploads(fields: dict[str, object], message: str) -> None:
    with pytest.raises(store.StoreError, match=message) as info:
        store.loads(_with_document(**fields))
    assert "a.txt" in str(info.value)  # the message names the document


def test_a_document_at_the_limit_opens() -> None:
    text = "Møtet var i 2019. " * (MAX_DOCUMENT_BYTES // 18)
    saved = store.loads(_with_document(text=text, lang="nb", dct="2019-04"))
    assert saved.documents[0].text == text and saved.documents[0].lang == "nb"
    assert saved.documents[0].dct == "2019-04"


@pytest.mark.parametrize("shape", ["list", "object"])
def test_deeply_nested_json_is_a_message(shape: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000 if shape == "list" else '{"a":' * 50 + "1" + "}" * 50
    payload = CURATED + '"ops": [], "settings": {}, "events": ' + deep + "}"
    for data in (deep, payload, payload.encode()):
        with pytest.raises(store.StoreError, match="nested more than 32 levels"):
            store.loads(data)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ('"settings": {"lane_by": ["x"]}', "settings"),
        ('"settings": [1]', "settings"),
        ('"ops": [{"op": 5}]', "change 1"),
        ('"events": "everything"', "events"),
    ],
)
def test_other_fields_are_checked(body: str, message: str) -> None:
    with pytest.raises(store.StoreError, match=message):
        store.loads(CURATED + body + "}")


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


def test_two_sessions_saving_one_name_never_corrupt_it(tmp_path: Path) -> None:
    # Each writer's file is large enough that its write takes many system calls.
    payloads = {
        who: store.dumps(
            name=who,
            documents=[store.SavedDocument(name=f"{who}.txt", text=f"{who} møtte Kim. " * 20_000)],
            ops=OPS,
        )
        for who in ("first", "second")
    }
    errors: list[BaseException] = []
    seen: list[str] = []
    start = threading.Barrier(2)

    def work(who: str) -> None:
        start.wait()
        try:
            for _ in range(60):
                store.save(tmp_path, "Felles", payloads[who])
                saved = store.load(tmp_path, "Felles")  # whole: one writer's file or the other's
                seen.append(saved.name)
                assert saved.documents[0].text.startswith(saved.name)
        except BaseException as err:  # noqa: BLE001 - reported by the test below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(who,)) for who in payloads]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    assert len(seen) == 120 and set(seen) <= set(payloads)
    assert (tmp_path / "Felles.timeline.json").read_text(encoding="utf-8") in payloads.values()
    assert [p.name for p in tmp_path.iterdir()] == ["Felles.timeline.json"]  # no temp file left
    assert store.list_saved(tmp_path) == ["Felles"]


def test_save_flushes_the_file_then_renames_then_flushes_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        calls.append("folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file")
        real_fsync(fd)

    def replace(src: str, dst: str) -> None:
        calls.append("replace")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    store.save(tmp_path, "a", "{}")
    assert calls == ["file", "replace", "folder"]


def test_a_failed_save_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = store.save(tmp_path, "a", store.dumps(name="old", documents=DOCS, ops=OPS))

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(store.StoreError, match="Could not save .*No space left"):
        store.save(tmp_path, "a", store.dumps(name="new", documents=DOCS, ops=OPS))
    assert store.load(tmp_path, "a").name == "old"
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    with pytest.raises(store.StoreError, match="broken characters"):
        store.save(tmp_path, "a", "\ud800")
    assert store.load(tmp_path, "a").name == "old"


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
