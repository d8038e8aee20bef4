"""An event store in the app: the DuckDB questions (window, filters, density at coarse
zoom with labels, each event zoomed in, every quote of one event) and the page that
shows them (AppTest)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import store_view
from timeline.corpus import corpus
from timeline.eventstore import EventStore
from timeline.storequery import StoreQuery, Window

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"

NB = """date: 2019-04-26

Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok 25. april 2019. Russland og Nord-Korea undertegnet en avtale 25. april 2019. Samtalene om atomprogrammet ble innledet i august 2003."""

EN = """date: 2019-04-27

Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok on April 25, 2019. Russia and North Korea signed an agreement on April 25, 2019. The six-party talks began in August 2003."""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("in")
    for i, f in enumerate(sorted(REAL.glob("*/*.txt"))[::3]):
        (src / f"{i:02d}_{f.name}").write_bytes(f.read_bytes())
    (src / "nb.txt").write_text(NB, encoding="utf-8")
    (src / "en.txt").write_text(EN, encoding="utf-8")
    path = tmp_path_factory.mktemp("store")
    corpus([src], path, workers=1, lang="en")
    return path


def test_a_window_gives_each_event_or_the_density_with_labels(store: Path) -> None:
    q = StoreQuery(store)
    try:
        everything = EventStore(store).events()
        dated = everything[everything["start_year"].notna()]
        info = q.overview()
        assert info["events"] == len(everything) and info["documents"] > 5
        full = Window(info["start"], info["end"] + 1, bins=50, labels=5, max_events=len(dated))
        detailed = q.view(full)
        assert detailed.detailed and len(detailed.events) == len(dated) == detailed.total
        coarse = q.view(Window(full.start, full.end, bins=50, labels=5, max_events=10))
        assert not coarse.detailed and coarse.total == len(dated)
        assert int(coarse.counts["n"].sum()) == len(dated)  # each event in one bin
        assert coarse.counts["bin"].between(0, 49).all()
        assert set(coarse.counts["lane"]) == set(dated["type"])
        top = dated.sort_values("importance", ascending=False)["importance"].head(5).tolist()
        assert coarse.labels["importance"].tolist() == top
        # filters: a window, a type, an actor id, a search, sources
        w2019 = q.view(Window(2019, 2020, types=("agreement",), actors=("north-korea",)))
        assert w2019.detailed and (w2019.events["type"] == "agreement").all()
        agreement = w2019.events.iloc[0]
        assert agreement["n_sources"] == 2 and "North Korea" in list(agreement["actors"])
        assert q.count(Window(2019, 2020, min_sources=2)) >= 1
        found = q.view(Window(full.start, full.end, text="Vladivostok"))
        assert found.total >= 1 and found.events["title"].str.len().gt(0).all()
        assert q.count(Window(full.start, full.end, text="%")) == 0  # a wildcard is a letter
        # the detail: every quote, with its document
        d = q.detail(str(agreement["event_id"]))
        assert d is not None and len(d.mentions) == 2
        assert {m["doc"] for m in d.mentions} == {"nb.txt", "en.txt"}
        assert any("signed an agreement" in m["quote"] for m in d.mentions)
        assert q.detail("no such event") is None
    finally:
        q.close()


def test_the_store_argument_after_the_double_dash() -> None:
    assert store_view.store_argument(["--store", "/data/s"]) == "/data/s"
    assert store_view.store_argument(["--store=/data/s"]) == "/data/s"
    assert store_view.store_argument([]) == ""


def _spec(at: AppTest) -> dict:
    return json.loads(at.get("plotly_chart")[0].proto.spec)


def test_a_typed_store_folder_must_be_in_the_stores_folder(tmp_path: Path) -> None:
    """A visitor's typed folder is untrusted input: on a shared server it must not open
    stores (or probe folders) elsewhere on the disk."""
    root = tmp_path / "stores"
    env = {"TIMELINE_STORE_DIR": str(root)}
    assert store_view.allowed_store(str(root / "archive"), "", env)
    assert not store_view.allowed_store(str(root / ".." / "elsewhere"), "", env)
    assert not store_view.allowed_store("/etc", "", env)
    assert not store_view.allowed_store(str(root), "", env)
    assert store_view.allowed_store("/data/s", "/data/s", env)  # given by the operator
    assert store_view.allowed_store("/etc", "", {**env, "TIMELINE_STORE_ANY_PATH": "1"})


def test_a_typed_folder_outside_the_stores_folder_is_refused(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_STORE_DIR", str(store.parent / "stores"))
    monkeypatch.delenv("TIMELINE_STORE_ANY_PATH", raising=False)
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.session_state["store_path"] = str(store)
    at.run()
    assert not at.exception
    assert any("stores folder" in e.value for e in at.error)
    assert at.get("plotly_chart")  # the workbench stays


def test_the_app_opens_a_store_at_coarse_zoom_and_zoomed_in(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_view, "MAX_EVENTS", 10)
    monkeypatch.setenv("TIMELINE_STORE_ANY_PATH", "1")
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.session_state["store_path"] = str(store)
    at.run()
    assert not at.exception
    assert at.title[0].value == "Event store"
    spec = _spec(at)
    kinds = [t["type"] for t in spec["data"]]
    assert kinds[0] == "heatmap" and "scatter" in kinds  # density, and labels
    labels = spec["data"][1]["text"]
    assert 0 < len(labels) <= 40
    assert len(at.get("plotly_chart")[0].proto.spec) < 2_000_000
    # Zoom in: a window of one year shows each event.
    at.slider(key="store_years").set_value((2019, 2020)).run()
    assert not at.exception
    spec = _spec(at)
    assert spec["data"][0]["type"] == "scattergl"
    # The detail of the chosen event lists every quote.
    texts = [t.value for t in at.text]
    assert texts and all(isinstance(t, str) for t in texts)
    at.multiselect(key="store_types").set_value(["agreement"]).run()
    assert any("signed an agreement" in t.value for t in at.text)
    assert any("undertegnet en avtale" in t.value for t in at.text)


def test_a_folder_that_is_no_store_keeps_the_workbench(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_STORE_DIR", str(tmp_path.parent))
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.session_state["store_path"] = str(tmp_path)
    at.run()
    assert not at.exception
    assert any("Cannot open the store" in e.value for e in at.error)
    assert at.get("plotly_chart")  # the workbench's chart of the bundled article
