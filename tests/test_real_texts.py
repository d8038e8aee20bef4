"""The real texts in tests/data/real and their hand-checked events are sound data.

These tests check the data only (every evidence is in its text, every date is a valid
TIMEX3 value, headers parse), never the engine's scores: those are figures printed by
``scripts/score_events.py``.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

import timeline

REPO = Path(__file__).resolve().parents[1]
REAL = REPO / "tests" / "data" / "real"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_events", REPO / "scripts" / "score_events.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["score_events"] = module
    spec.loader.exec_module(module)
    return module


score_events = _scorer()
TEXTS = score_events.text_paths(REAL)


def _id(p: Path) -> str:
    return f"{p.parent.name}/{p.stem}"


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_each_language_has_at_least_twelve_texts(lang: str) -> None:
    assert len([p for p in TEXTS if p.parent.name == lang]) >= 12


def test_every_text_has_a_gold_file_and_every_gold_file_a_text() -> None:
    texts = {p.stem for p in TEXTS}
    golds = {p.name.removesuffix(".events.json") for lang in ("nb", "en")
             for p in (REAL / lang).glob("*.events.json")}
    assert texts - golds == set(), "texts without a gold file"
    assert golds - texts == set(), "gold files without a text"


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_header_parses_with_read_document(path: Path) -> None:
    doc = timeline.read_document(path)
    meta = dict(doc.meta)
    assert doc.lang == path.parent.name
    assert doc.title and meta.get("source") and meta.get("url", "").startswith("http")
    if "date" in meta:
        assert doc.dct is not None, f"date {meta['date']!r} does not parse"
    assert not doc.text.startswith(("date:", "lang:", "title:", "source:", "url:"))
    assert len(doc.text.split()) >= 80


@pytest.mark.parametrize("path", TEXTS, ids=_id)
def test_gold_events_are_sound(path: Path) -> None:
    doc = timeline.read_document(path)
    raw = json.loads(score_events.gold_path(path).read_text(encoding="utf-8"))
    assert score_events.gold_problems(doc.text, raw) == []


@pytest.mark.parametrize("value, first, last", [
    ("2003", "2003-01-01", "2003-12-31"),
    ("2009-04", "2009-04-01", "2009-04-30"),
    ("2019-04-25", "2019-04-25", "2019-04-25"),
    ("2008-SU", "2008-06-01", "2008-08-31"),
    ("2009-WI", "2008-12-01", "2009-02-28"),
    ("1992-FA", "1992-09-01", "1992-11-30"),
    ("199", "1990-01-01", "1999-12-31"),
    ("2003/2009", "2003-01-01", "2009-12-31"),
    ("2006-10/2017-09", "2006-10-01", "2017-09-30"),
])
def test_gold_date_values_mean_the_days_they_say(value: str, first: str, last: str) -> None:
    span = score_events.gold_span(value)
    assert span is not None and (span[0].iso(), span[1].iso()) == (first, last)


@pytest.mark.parametrize("value", ["PAST_REF", "XXXX-04", "2019-13", "2019-02-30", "2009/2003",
                                   "april 2009", "2003/2005/2007", "", "2019-4-25"])
def test_malformed_gold_dates_are_refused(value: str) -> None:
    assert score_events.gold_span(value) is None


def test_the_checker_reports_evidence_missing_from_the_text() -> None:
    event = {"title": "Møte", "date": "2019-04", "approximate": False,
             "evidence": "i Hanoi i februar", "modality": "actual"}
    assert score_events.gold_problems("Møtet i Vladivostok torsdag.", [event]) != []
    assert score_events.gold_problems("Toppmøtet i Hanoi i februar.", [event]) == []
    assert score_events.gold_problems("Toppmøtet i Hanoi i februar.",
                                      [{**event, "modality": "maybe"}]) != []


HELDOUT = score_events.text_paths(REPO / "tests" / "data" / "heldout")


def test_the_held_out_texts_are_there_in_both_languages() -> None:
    assert {p.parent.name for p in HELDOUT} == {"nb", "en"}
    assert all(score_events.gold_path(p).exists() for p in HELDOUT)


@pytest.mark.parametrize("path", HELDOUT, ids=_id)
def test_held_out_texts_and_their_gold_events_are_sound(path: Path) -> None:
    doc = timeline.read_document(path)
    assert doc.lang == path.parent.name and doc.title
    assert dict(doc.meta).get("url", "").startswith("http")
    raw = json.loads(score_events.gold_path(path).read_text(encoding="utf-8"))
    assert score_events.gold_problems(doc.text, raw) == []


REAL2 = score_events.text_paths(REPO / "tests" / "data" / "real2")
REAL3 = score_events.text_paths(REPO / "tests" / "data" / "real3")
REAL4 = score_events.text_paths(REPO / "tests" / "data" / "real4")
REAL5 = score_events.text_paths(REPO / "tests" / "data" / "real5")


@pytest.mark.parametrize(("paths", "nb", "en"),
                         [(REAL2, 6, 4), (REAL3, 4, 4), (REAL4, 4, 4), (REAL5, 5, 5)],
                         ids=["real2", "real3", "real4", "real5"])
def test_the_later_real_sets_have_their_texts_in_each_language(
    paths: list[Path], nb: int, en: int
) -> None:
    langs = [p.parent.name for p in paths]
    assert langs.count("nb") >= nb and langs.count("en") >= en
    assert all(score_events.gold_path(p).exists() for p in paths)


@pytest.mark.parametrize("path", REAL2 + REAL3 + REAL4 + REAL5, ids=_id)
def test_later_real_set_texts_and_their_gold_events_are_sound(path: Path) -> None:
    """real2 to real5: each text's header parses (source, address, date), and its gold
    events quote the text and carry sound TIMEX3 values."""
    doc = timeline.read_document(path)
    meta = dict(doc.meta)
    assert doc.lang == path.parent.name and doc.title
    assert meta.get("source") and meta.get("url", "").startswith("http")
    if "date" in meta:
        assert doc.dct is not None, f"date {meta['date']!r} does not parse"
    raw = json.loads(score_events.gold_path(path).read_text(encoding="utf-8"))
    assert score_events.gold_problems(doc.text, raw) == []
