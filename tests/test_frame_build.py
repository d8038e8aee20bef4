"""The events frame built column-wise, and the rows the command line writes with no
frame: both must give what the frame gives, value for value and byte for byte."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import timeline
from timeline import export, pipeline, schema
from timeline.cli import _frames, _timeline_rows
from timeline.frame import merge_frames, merge_rows, rows_of
from timeline.naming import DOC_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
REAL = sorted((ROOT / "tests" / "data" / "real").glob("*/*.txt"))
SOME = [ROOT / "data" / "000_192722d517445595.txt", *REAL[:3], *REAL[-3:]]


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same type; NaN equals NaN."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _documents() -> list[timeline.Document]:
    return [timeline.read_document(p) for p in SOME]


def test_document_rows_are_the_frames_rows() -> None:
    undated = timeline.parse_document("Møtet var i februar. Han kom 4. mars 2019.", "u")
    for doc in [*_documents(), undated]:
        frame = timeline.extract_document(doc)
        rows = pipeline.document_rows(doc)
        assert len(rows) == len(frame) and schema.validate(frame) == []
        assert _same(rows, rows_of(frame)), doc.name


def test_the_frame_from_blocks_equals_the_frame_from_a_dict(monkeypatch) -> None:
    """pandas 3 takes the blocks as they are; older pandas gets a dict of columns."""
    doc = timeline.read_document(REAL[5])
    events = pipeline._document_events(doc, None, None)
    fast = pipeline.events_frame(events)
    monkeypatch.delattr(pd.api, "internals", raising=False)
    plain = pipeline.events_frame(events)
    assert len(fast) > 5 and schema.validate(fast) == [] and schema.validate(plain) == []
    pd.testing.assert_frame_equal(fast, plain)
    assert list(fast.dtypes.astype(str)) == [c.dtype if c.dtype != "string" else str(
        pd.StringDtype()) for c in schema.COLUMNS]  # every column in the schema's dtype
    assert schema.validate(pipeline.events_frame([])) == []
    fast.columns.name = "renamed"  # each frame has its own Index of the schema's names
    assert pipeline.events_frame(events).columns.name is None


def test_rows_that_are_not_plain_strings_still_make_the_schemas_frame() -> None:
    rows = [{"event_id": "a#1", "doc": pd.NA, "start": None, "start_year": None, "title": 7,
             "approximate": True, "quote_start": 3, "actors": ["A", "B"], "mentions": []},
            {"event_id": "a#2", "doc": "a", "start_year": 2001.5, "actors": [],
             "mentions": [{"doc": "a"}]}]
    for row in rows:
        for c in schema.COLUMNS:
            row.setdefault(c.name, {"int64": 0, "bool": False}.get(c.dtype))
    frame = schema.from_rows(rows)
    assert schema.validate(frame) == []
    assert frame["doc"].isna().tolist() == [True, False]
    assert frame["title"].tolist()[0] == "7"
    assert frame["actors"].tolist() == [["A", "B"], []]
    assert math.isnan(frame["start_year"][0]) and frame["start_year"][1] == 2001.5
    with pytest.raises(ValueError, match="another length"):
        schema.from_columns({**{c.name: [None] for c in schema.COLUMNS}, "doc": []})


def test_merged_rows_are_the_merged_frames_rows() -> None:
    docs = _documents()
    frames = [timeline.extract_document(d) for d in docs]
    rows = [pipeline.document_rows(d) for d in docs]
    for lang in (None, "en", "nb"):
        assert _same(merge_rows(rows, lang=lang), rows_of(merge_frames(frames, lang=lang)))
    assert _same(merge_rows(rows[:1]), rows_of(merge_frames(frames[:1])))
    assert merge_rows([[], []]) == [] and merge_frames([]).empty


def test_every_writer_gives_the_same_bytes_from_rows_as_from_the_frame() -> None:
    docs = _documents()
    frame = merge_frames([timeline.extract_document(d) for d in docs])
    rows = merge_rows([pipeline.document_rows(d) for d in docs])
    sources = {d.name: export.Source(source="NTB", url="https://example.org/" + d.name,
                                     title=d.title) for d in docs[::2]}
    assert export.to_csv(rows, sources=sources) == export.to_csv(frame, sources=sources)
    assert export.to_json(rows, sources=sources) == export.to_json(frame, sources=sources)
    assert export.json_records(rows, sources=sources) == export.json_records(frame, sources=sources)
    for write in (export.to_timelinejs, export.to_timelinejs_csv, export.to_embed_page):
        assert write(rows, title="T", sources=sources) == write(frame, title="T", sources=sources)


def test_the_command_lines_rows_are_its_workspace_timeline() -> None:
    files = [str(p) for p in SOME] + [str(SOME[0])]  # a name twice: the workspace renames it
    frame, sources = _frames(files, None, None)
    rows, row_sources = _timeline_rows(files, None, None)
    assert row_sources == sources
    assert _same(rows, rows_of(frame.drop(columns=list(DOC_COLUMNS))))


def test_a_workspaces_rows_are_its_timeline_before_changes_imports_included() -> None:
    from timeline.workspace import Workspace

    ws = Workspace.from_files([str(p) for p in SOME[:3]])
    other = Workspace.from_files([str(p) for p in SOME[3:5]])
    ws.imported.append(("saved", export.to_json(other.timeline()[0])))
    for lang in (None, "en"):
        frame, notes = ws.timeline(lang=lang)
        assert notes == [] and len(frame) > 5
        assert _same(ws.rows(lang=lang), rows_of(frame.drop(columns=list(DOC_COLUMNS))))


def test_extract_loads_no_dataframe_library(tmp_path: Path) -> None:
    """csv, json and the TimelineJS formats are written from rows: the command line
    starts without pandas (a chart loads it)."""
    out = tmp_path / "out"
    code = ("import sys; from timeline.cli import main; "
            f"[main(['extract', {str(SOME[0])!r}, {str(REAL[0])!r}, '--format', f, '-o', "
            f"{str(out)!r}]) for f in ('csv', 'jsonl', 'json', 'timelinejs', "
            "'timelinejs-csv', 'embed')]; "
            "print(sorted(m for m in ('pandas', 'numpy', 'pyarrow', 'plotly', 'streamlit') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    assert done.stdout.strip() == "[]"
    assert out.stat().st_size > 1000
