"""An event store in the app: the DuckDB questions (window, filters, density at coarse
zoom with labels, each event zoomed in, every quote of one event) and the page that
shows them (AppTest)."""

from __future__ import annotations

import json
import re
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


def _copy(store: Path, tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "store"
    shutil.copytree(store, copy)
    return copy


def test_a_query_reads_the_new_database_after_an_edit_replaces_it(
    store: Path, tmp_path: Path
) -> None:
    from timeline import curate

    path = _copy(store, tmp_path)
    q = StoreQuery(path)
    try:
        w = Window(2019, 2020, types=("agreement",), actors=("north-korea",))
        eid = str(q.view(w).events.iloc[0]["event_id"])
        es = EventStore(path)
        es.record(curate.make_edit_op(es.event(eid), eid, {"title": "Avtale i Vladivostok"}))
        assert q.detail(eid).event["title"] == "Avtale i Vladivostok"  # type: ignore[union-attr]
        assert q.generation == 1
        es.record(curate.make_delete_op(es.event(eid), [eid]))
        assert q.detail(eid) is None and q.generation == 2
        assert q.detail(eid) is None and q.generation == 2  # the same file: not reopened
    finally:
        q.close()


def _app(path: Path, monkeypatch: pytest.MonkeyPatch, lang: str) -> AppTest:
    monkeypatch.setenv("TIMELINE_STORE_ANY_PATH", "1")
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.session_state["store_path"] = str(path)
    at.session_state["ui_lang"] = lang
    at.run()
    assert not at.exception
    return at


def test_the_store_page_speaks_bokmal_and_english(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = _app(store, monkeypatch, "nb")
    assert at.title[0].value == "Hendelseslager"
    assert at.slider(key="store_years").label == "Vindu (år)"
    caption = " ".join(c.value for c in at.caption)
    assert "dokumenter" in caption and "hendelser i vinduet" in caption
    assert "documents" not in caption and "events in the window" not in caption
    spec = _spec(at)
    ticks = spec["layout"]["yaxis"]["ticktext"]
    assert "avtale" in ticks and "agreement" not in ticks  # lanes named in bokmål
    at.session_state["ui_lang"] = "en"
    at.run()
    assert at.title[0].value == "Event store"
    assert "agreement" in _spec(at)["layout"]["yaxis"]["ticktext"]


def test_the_store_page_tells_dates_actors_and_readings_in_the_interface_language(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dates in words, not codes; the world's names of actors; how a date was read in a
    sentence of the language; and no advice to narrow a window drawn event by event."""
    at = _app(store, monkeypatch, "nb")
    table = at.dataframe[0].value
    dates = list(table["Dato"])
    assert "25. april 2019" in dates and not [
        d for d in dates if re.search(r"\d{4}-\d\d|XXXX", d)]
    assert "Id" not in table.columns
    picker = at.selectbox(key="store_detail")
    assert all(re.match(r"\S.* · \S", o) for o in picker.options)  # the date, then the title
    query = StoreQuery(store)
    events = query.events(Window(1900, 2100), limit=None)
    eid = next(e for e, title in zip(events["event_id"], events["title"], strict=True)
               if "undertegnet en avtale" in title or "signed an agreement" in title)
    picker.set_value(eid).run()
    assert at.selectbox(key="store_detail").value == eid
    shown = " ".join(c.value for c in at.caption).replace("\\", "")  # markdown escapes
    assert "25. april 2019" in shown and "Russland" in shown and "Russia" not in shown
    assert "Står fullt ut i teksten." in shown
    assert "Smalere vindu" not in shown  # a few events: each is drawn already


def test_the_selected_event_is_edited_deleted_and_the_change_undone_and_redone(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(store, tmp_path)
    at = _app(path, monkeypatch, "en")
    at.slider(key="store_years").set_value((2019, 2020)).run()
    at.multiselect(key="store_types").set_value(["agreement"]).run()
    eid = str(at.selectbox(key="store_detail").value)
    original = str(EventStore(path).event(eid).iloc[0]["title"])
    at.text_input(key=f"store_edit_title:{eid}").set_value("Agreement at Vladivostok")
    at.button(key="store_save").click().run()
    assert not at.exception
    assert any("Saved the edit" in s.value for s in at.success), [e.value for e in at.error]
    assert EventStore(path).event(eid).iloc[0]["title"] == "Agreement at Vladivostok"
    assert any("Agreement at Vladivostok" in m.value for m in at.markdown)  # the page reads it
    at.button(key="store_undo").click().run()
    assert EventStore(path).event(eid).iloc[0]["title"] == original
    at.button(key="store_redo").click().run()
    assert EventStore(path).event(eid).iloc[0]["title"] == "Agreement at Vladivostok"
    at.button(key="store_delete").click().run()
    assert not at.exception
    assert EventStore(path).event(eid).empty
    assert eid not in (at.selectbox(key="store_detail").options if at.selectbox else [])
    assert EventStore.edits_in(path) == 2


def test_a_read_only_store_page_offers_no_editing(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_STORE_READ_ONLY", "1")
    at = _app(store, monkeypatch, "en")
    assert not [b for b in at.button if b.key in ("store_save", "store_delete", "store_undo")]
    assert any("The store is read" in c.value for c in at.caption)


def test_the_store_field_is_folded_away_until_a_store_is_used(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person reading documents has no store: the field sits in a folded section that
    says what it is for, and that section is open once a store is given."""
    monkeypatch.setenv("TIMELINE_STORE_ANY_PATH", "1")
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    at.run()
    section = at.sidebar.expander[0]
    assert section.label == "Open an event store"
    assert not section.proto.expanded
    assert [w.key for w in section.text_input] == ["store_path"]
    at.session_state["store_path"] = str(store)
    at.run()
    assert at.sidebar.expander[0].proto.expanded
