"""The Streamlit app, one behaviour per test, through ``streamlit.testing.v1.AppTest``.

AppTest runs the script in-process without a browser: it cannot click the chart, so
chart selection → detail is tested through the same pure functions the app calls
(``selection.select_event`` and ``views.event_detail``), and the detail panel through its
picker.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit.config as st_config
from streamlit.testing.v1 import AppTest

import timeline
from timeline import export, figure, render, selection, store, words
from timeline import view as views

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "streamlit_app.py")
SEED = ROOT / "data" / "000_192722d517445595.txt"
SEED_NAME = SEED.name


@pytest.fixture(autouse=True)
def _save_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "saved"
    monkeypatch.setenv("TIMELINE_SAVE_DIR", str(folder))
    monkeypatch.setenv("TIMELINE_LOCAL_SAVE", "1")
    # .streamlit/config.toml hides error details from visitors; tests want them.
    st_config.set_option("client.showErrorDetails", "full")
    return folder


@pytest.fixture(scope="module")
def seed() -> pd.DataFrame:
    return timeline.extract_document(timeline.read_document(SEED))


def start(locale: str | None = "en-US") -> AppTest:
    """The app as a browser with ``locale`` opens it (English unless a test says so;
    ``None`` is a client that sends no language, when the documents' language is used)."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.context["locale"] = locale
    at.run()
    assert_healthy(at)
    return at


def assert_healthy(at: AppTest) -> None:
    assert not at.exception, [(e.value, "".join(e.stack_trace)) for e in at.exception]


def spec(at: AppTest) -> dict[str, Any]:
    charts = at.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def _decode(values: Any) -> list[Any]:
    """Plotly's JSON may carry arrays as {"dtype", "bdata"} (base64); strings stay lists."""
    if isinstance(values, dict) and "bdata" in values:
        import numpy as np

        return list(np.frombuffer(base64.b64decode(values["bdata"]), dtype=values["dtype"]))
    return list(values or [])


def chart_ids(at: AppTest) -> set[str]:
    ids = set()
    for trace in spec(at)["data"]:
        for item in _decode(trace.get("customdata")):
            if isinstance(item, list) and item and isinstance(item[0], str):
                ids.add(item[0])
    return ids


def chart_text(at: AppTest) -> str:
    """All hover text of the chart as plain text (tags dropped, entities decoded)."""
    parts = []
    for trace in spec(at)["data"]:
        ht = trace.get("hovertext")
        parts += [h for h in (ht if isinstance(ht, list) else [ht]) if isinstance(h, str)]
    plain = html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))
    return squash(plain)


def squash(text: str) -> str:
    return "".join(text.split())


def markdown_text(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def unescape_md(text: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def open_tab(at: AppTest, label: str) -> AppTest:
    """Tabs are lazy (only the open one runs): open one as a click would."""
    at.session_state["tab"] = label
    return at.run()


def remove_document(at: AppTest, doc_id: str) -> AppTest:
    """Remove a document as a person does: Remove, then Yes (it asks first)."""
    at.button(key=f"{doc_id}:remove").click().run()
    return at.button(key=f"{doc_id}:remove_yes").click().run()


def count_line(at: AppTest) -> str:
    return next(m.value for m in at.markdown if " events**" in m.value)


# --------------------------------------------------------------------------- opening


def test_opens_on_the_bundled_article(seed: pd.DataFrame) -> None:
    at = start()
    assert not at.error
    ids = chart_ids(at)
    assert ids == set(seed["event_id"]) and len(ids) >= 5
    text = chart_text(at)
    for quote in seed["quote"]:
        assert squash(quote)[:40] in text  # every event carries its proof
    assert count_line(at).startswith(f"**{len(seed)} of {len(seed)} events**")
    table = at.dataframe[0].value
    assert len(table) == len(seed) and "Quote" in table.columns
    assert at.text_input(key="d1:dct").value == "2019-04"
    assert at.session_state["docs"][0]["name"] == SEED_NAME


def test_chart_is_zoomable_and_keeps_zoom() -> None:
    at = start()
    s = spec(at)
    assert s["layout"].get("uirevision")
    config = json.loads(at.get("plotly_chart")[0].proto.config)
    assert config["scrollZoom"] is True
    assert "toImageButtonOptions" in config


# --------------------------------------------------------------------------- filters


def test_filters_change_the_figure(seed: pd.DataFrame) -> None:
    at = start()
    everything = chart_ids(at)
    at.multiselect(key="f_types").set_value(["sanctions"]).run()
    assert_healthy(at)
    expected = set(seed.loc[seed["type"] == "sanctions", "event_id"])
    assert expected and chart_ids(at) == expected
    assert count_line(at).startswith(f"**{len(expected)} of {len(seed)} events**")

    at.multiselect(key="f_types").set_value([]).run()
    at.text_input(key="f_text").input("IAEA").run()
    ids = chart_ids(at)
    assert ids and ids < everything
    at.text_input(key="f_text").input("").run()
    assert_healthy(at)

    at.slider(key="f_years").set_value((2003, 2003)).run()
    in_2003 = views.filter_frame(seed, views.Filters(years=(2003, 2003)))
    assert chart_ids(at) == set(in_2003["event_id"])
    assert len(at.dataframe[0].value) == len(in_2003)


def test_lane_and_colour_selectors() -> None:
    at = start()
    at.button_group(key="lane_by").set_value("actor").run()
    at.button_group(key="color_by").set_value("anchor").run()
    assert_healthy(at)
    assert chart_ids(at)


# --------------------------------------------------------------------------- detail


def test_selection_to_detail_is_pure(seed: pd.DataFrame) -> None:
    eid = str(seed.loc[seed["type"] == "expulsion", "event_id"].iloc[0])
    state = {"selection": {"points": [{"curve_number": 3, "point_index": 0, "customdata": [eid]}]}}
    assert selection.select_event(seed, state) == eid
    assert selection.select_event(seed, {"selection": {"points": []}}) is None
    doc = timeline.read_document(SEED)
    detail = views.event_detail(seed, eid, {SEED_NAME: doc.text})
    assert detail is not None and detail.explanation
    assert detail.mentions[0].in_document and "Få dager senere" in detail.mentions[0].quote


def test_detail_panel_shows_quote_in_paragraph(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed.loc[seed["type"] == "expulsion", "event_id"].iloc[0])
    at.selectbox(key="detail_pick").set_value(eid).run()
    assert_healthy(at)
    text = unescape_md(markdown_text(at))
    assert ":orange-background[**Få dager senere" in text
    assert "How the date was read:" in text
    row = seed.loc[seed["event_id"] == eid].iloc[0].to_dict()
    assert words.how(row, "en") in text and "“Få dager senere”" in text
    assert "TIMEX3" not in text and "(day)" not in text


# --------------------------------------------------------------------------- curation


def _edit(at: AppTest, eid: str, **fields: str) -> AppTest:
    """Edit an event where it is shown: in the detail panel under the chart."""
    at.selectbox(key="detail_pick").set_value(eid).run()
    for name, value in fields.items():
        at.text_input(key=f"edit:{eid}:{name}").input(value)
    at.button(key=f"save:{eid}").click()
    return at.run()


def test_edit_persists_across_reruns(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[0])
    _edit(at, eid, title="Nord-Korea forlot NPT", date="2003-01-10")
    assert_healthy(at)
    assert "NordKoreaforlotNPT".replace(" ", "") in chart_text(at).replace("-", "")
    assert len(at.session_state["ops"]) == 1
    # Other widgets rerun the script: the edit stays.
    at.button_group(key="lane_by").set_value("doc").run()
    at.multiselect(key="f_types").set_value([]).run()
    at.run()
    curated = at.session_state["curated"]
    row = curated[curated["event_id"] == eid].iloc[0]
    assert (row["title"], row["start"], row["granularity"]) == (
        "Nord-Korea forlot NPT",
        "2003-01-10",
        "day",
    )
    open_tab(at, "Table")
    assert "Nord-Korea forlot NPT" in set(at.dataframe[0].value["Title"])


def test_bad_edit_keeps_what_was_typed(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[1])
    _edit(at, eid, date="sometime soon")
    assert_healthy(at)
    assert any("Could not read" in e.value for e in at.error)
    assert at.session_state["ops"] == []
    assert at.text_input(key=f"edit:{eid}:date").value == "sometime soon"  # not lost
    assert chart_ids(at) == set(seed["event_id"])


def test_delete_merge_add_undo(seed: pd.DataFrame) -> None:
    at = start()
    a, b, c = (str(x) for x in seed["event_id"].iloc[:3])
    open_tab(at, "Curate")
    at.selectbox(key="merge_keep").set_value(a).run()
    at.selectbox(key="merge_other").set_value(b).run()
    next(x for x in at.button if x.label == "Merge").click().run()
    assert chart_ids(at) == set(seed["event_id"]) - {b}

    at.selectbox(key="detail_pick").set_value(c).run()
    at.button(key=f"delete:{c}").click().run()
    assert chart_ids(at) == set(seed["event_id"]) - {b}  # not yet: it asks first
    at.button(key=f"delete_yes:{c}").click().run()
    assert chart_ids(at) == set(seed["event_id"]) - {b, c}
    assert at.session_state["detail_pick"] is None

    at.text_input(key="add_title").input("Toppmøtet i Singapore")
    at.text_input(key="add_date").input("12. juni 2018")
    at.selectbox(key="add_type").set_value("meeting")
    at.text_input(key="add_actors").input("Kim Jong-un, Donald Trump")
    next(x for x in at.button if x.label == "Add event").click().run()
    assert_healthy(at)
    assert "manual#1" in chart_ids(at)
    assert at.text_input(key="add_title").value == ""  # cleared once it was added
    assert len(at.session_state["ops"]) == 3

    next(x for x in at.button if x.label == "Undo last change").click().run()
    assert "manual#1" not in chart_ids(at) and len(at.session_state["ops"]) == 2
    at.button(key="curate:redo").click().run()
    assert "manual#1" in chart_ids(at) and len(at.session_state["ops"]) == 3


def test_the_detail_panel_edits_the_event_it_shows(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed.loc[seed["type"] == "expulsion", "event_id"].iloc[0])
    at.selectbox(key="detail_pick").set_value(eid).run()
    # the fields start from the event as it is
    assert at.text_input(key=f"edit:{eid}:title").value == seed.set_index("event_id").at[eid, "title"]
    at.text_input(key=f"edit:{eid}:title").input("Inspektørene kastes ut")
    at.selectbox(key=f"edit:{eid}:type").set_value("statement")
    at.button(key=f"save:{eid}").click().run()
    assert_healthy(at)
    assert "#### Inspektørene kastes ut" in unescape_md(markdown_text(at))
    assert any(unescape_md(s.value) == "Saved the edit." for s in at.success)
    row = at.session_state["curated"].set_index("event_id").loc[eid]
    assert (row["title"], row["type"]) == ("Inspektørene kastes ut", "statement")


def test_delete_asks_first_and_cancel_keeps_the_event(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[2])
    title = str(seed["title"].iloc[2])
    at.selectbox(key="detail_pick").set_value(eid).run()
    at.button(key=f"delete:{eid}").click().run()
    assert any(title[:20] in w.value for w in at.warning)
    at.button(key=f"delete_no:{eid}").click().run()
    assert eid in chart_ids(at) and at.session_state["ops"] == []
    assert not at.warning and at.session_state["detail_pick"] == eid


def test_undo_and_redo_every_step_removing_a_document_too(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[0])
    _edit(at, eid, title="Nord-Korea forlot NPT")
    at.text_input(key="paste_name").input("notat")
    at.text_area(key="paste_text").input(NOTE)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert len(at.session_state["ops"]) == 1

    at.button(key="d1:remove").click().run()
    at.button(key="d1:remove_yes").click().run()
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == ["notat"]
    assert at.session_state["ops"] == []  # its edit went with it ...
    assert not at.warning  # ... and leaves no note about events that no longer exist
    assert not any("#" in m.value for m in (*at.warning, *at.info, *at.success))
    assert any("1 change to its events" in unescape_md(m.value) for m in at.success)

    at.button(key="detail:undo").click().run()
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME, "notat"]
    curated = at.session_state["curated"].set_index("event_id")
    assert curated.at[eid, "title"] == "Nord-Korea forlot NPT"  # the document and its edit
    assert at.text_input(key="d1:title").value  # its title field is back too

    at.button(key="detail:redo").click().run()
    assert [d["name"] for d in at.session_state["docs"]] == ["notat"]
    at.button(key="detail:undo").click().run()
    at.button(key="detail:undo").click().run()  # the paste before it
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME]
    at.button(key="detail:undo").click().run()  # and the edit before that
    assert at.session_state["ops"] == [] and len(at.session_state["docs"]) == 1
    assert at.button(key="detail:undo").disabled
    at.button(key="detail:redo").click().run()
    assert len(at.session_state["ops"]) == 1


def test_a_reported_zoom_is_drawn_with_its_labels_and_forgotten_on_another_range() -> None:
    """The zoom watcher's report (what the browser sends after a wheel or drag zoom)
    draws the chart at that range with the labels of its window; once the chart's
    whole range changes (a new document), the report is forgotten, so that undoing the
    document does not take the reader back to it."""
    at = start()
    meta = spec(at)["layout"]["meta"]
    lo, hi = meta["extent"]
    window = ["2018-06-01 06:00:00.5", hi]
    at.session_state["chart_zoom"] = {"range": window, "extent": meta["extent"]}
    at.run()
    layout = spec(at)["layout"]
    assert layout["xaxis"]["range"] == layout["meta"]["labels_for"] != meta["extent"]
    assert layout["meta"]["labels_for"][0].startswith("2018-06-01")
    at.text_input(key="paste_name").input("muren")  # a date before the chart's first
    at.text_area(key="paste_text").input("date 2019-05\n\nBerlinmuren falt 9. november 1989.")
    next(x for x in at.button if x.label == "Add text").click().run()
    layout = spec(at)["layout"]
    assert layout["meta"]["extent"][0] < lo
    assert layout["meta"]["labels_for"] == layout["meta"]["extent"] == layout["xaxis"]["range"]
    assert at.session_state["chart_zoom"] is None
    at.button(key="detail:undo").click().run()
    assert spec(at)["layout"]["xaxis"]["range"] == meta["extent"]


@pytest.mark.parametrize("sent", [564, 564.4, "564", -3, 50, 10**9, True, None, float("nan")])
def test_a_reported_chart_width_lays_the_chart_out_for_it_when_plausible(sent: object) -> None:
    """The watcher sends the chart's width in the browser; the next run lays the figure
    out for it (its meta says the width it was made for). What the browser sends is
    untrusted: anything but a number from 100 to 10,000 px is no width."""
    at = start()
    assumed = spec(at)["layout"]["meta"]["laid_width"]
    at.session_state["chart_width"] = sent
    at.run()
    assert_healthy(at)
    laid = spec(at)["layout"]["meta"]["laid_width"]
    plausible = isinstance(sent, int | float) and not isinstance(sent, bool) and 100 <= sent <= 10_000
    assert laid == (int(sent) if plausible else assumed)  # type: ignore[call-overload]


def test_a_document_date_is_one_step_undone_and_redone(seed: pd.DataFrame) -> None:
    """A mistyped document date is undone: the field shows the date again and the events
    are dated from it as they were, the person's edit of one intact; redo types it
    again. A date that does not read yet is no step."""
    at = start()
    eid = str(seed["event_id"].iloc[0])
    _edit(at, eid, title="Nord-Korea forlot NPT")
    dct = at.text_input(key="d1:dct").value
    read = at.session_state["curated"].set_index("event_id")["date"].to_dict()

    at.text_input(key="d1:dct").input("2019-13").run()  # half typed: the last valid stays
    assert at.session_state["docs"][0]["dct"] == dct and at.error
    at.text_input(key="d1:dct").input("2021-02-10").run()
    assert_healthy(at)
    moved = at.session_state["curated"].set_index("event_id")["date"].to_dict()
    assert moved != read
    assert "the new date of" in unescape_md(at.button(key="detail:undo").help or "")

    at.button(key="detail:undo").click().run()
    assert_healthy(at)
    assert at.text_input(key="d1:dct").value == dct
    curated = at.session_state["curated"].set_index("event_id")
    assert curated["date"].to_dict() == read
    assert curated.at[eid, "title"] == "Nord-Korea forlot NPT"  # the edit is still there
    assert len(at.session_state["ops"]) == 1  # the next undo is that edit's (not the half-typed date)
    assert "the edit of" in unescape_md(at.button(key="detail:undo").help or "")

    at.button(key="detail:redo").click().run()
    assert at.text_input(key="d1:dct").value == "2021-02-10"
    assert at.session_state["curated"].set_index("event_id")["date"].to_dict() == moved


# A note with events of its own (NOTE's are merged into the bundled article's).
OWN_NOTE = (
    "date 2019-05\n\nStortinget vedtok statsbudsjettet 5. desember 2018. "
    "Regjeringen la fram en ny klimaplan i mars 2017."
)


def test_adding_a_document_is_undone_and_redone_with_its_edits(seed: pd.DataFrame) -> None:
    """Undo takes a pasted document out again (no note about its events left behind),
    redo brings it back, the title the person gave it (a step of its own) with the next
    redo, and the edit of one of its events with the one after."""
    at = start()
    at.text_input(key="paste_name").input("notat")
    at.text_area(key="paste_text").input(OWN_NOTE)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME, "notat"]
    at.text_input(key="d2:title").input("Sanksjonsnotatet").run()
    curated = at.session_state["curated"]
    mine = str(curated.loc[curated["doc"] == "notat", "event_id"].iloc[0])
    _edit(at, mine, title="FN varslet sanksjoner")
    assert_healthy(at)
    with_note = chart_ids(at)
    assert mine in with_note

    at.button(key="detail:undo").click().run()  # the edit
    at.button(key="detail:undo").click().run()  # the title
    assert at.text_input(key="d2:title").value != "Sanksjonsnotatet"
    at.button(key="detail:undo").click().run()  # the paste
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME]
    assert chart_ids(at) == set(seed["event_id"]) and not at.warning
    assert any("adding the document “notat”" in unescape_md(m.value) for m in at.info)
    assert at.button(key="detail:undo").disabled  # the bundled article is no step

    at.button(key="detail:redo").click().run()
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME, "notat"]
    at.button(key="detail:redo").click().run()  # the title
    assert at.text_input(key="d2:title").value == "Sanksjonsnotatet"
    at.button(key="detail:redo").click().run()
    assert chart_ids(at) == with_note and not at.warning
    curated = at.session_state["curated"].set_index("event_id")
    assert curated.at[mine, "title"] == "FN varslet sanksjoner"


def test_a_lane_change_or_a_new_document_deselects(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[0])
    at.selectbox(key="detail_pick").set_value(eid).run()
    highlighted = [t for t in spec(at)["data"] if (t.get("meta") or {}).get("kind") == "highlight"]
    assert highlighted
    at.button_group(key="lane_by").set_value("doc").run()
    assert at.session_state["detail_pick"] is None
    assert not [t for t in spec(at)["data"] if (t.get("meta") or {}).get("kind") == "highlight"]
    at.selectbox(key="detail_pick").set_value(eid).run()
    at.text_input(key="paste_name").input("notat")
    at.text_area(key="paste_text").input(NOTE)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert at.session_state["detail_pick"] is None


def test_add_with_bad_date_keeps_the_form() -> None:
    at = start()
    open_tab(at, "Curate")
    at.text_input(key="add_title").input("Noe skjedde")
    at.text_input(key="add_date").input("en gang")
    next(x for x in at.button if x.label == "Add event").click().run()
    assert any("Could not read" in e.value for e in at.error)
    assert at.text_input(key="add_title").value == "Noe skjedde"
    assert at.session_state["ops"] == []


# --------------------------------------------------------------------------- documents


NOTE = (
    "date 2019-05\n\nNord-Korea trakk seg fra ikkespredningsavtalen i 2003. "
    "I april 2009 varslet FNs sikkerhetsråd skjerpede sanksjoner mot Nord-Korea."
)


def test_upload_merges_the_same_events(seed: pd.DataFrame) -> None:
    at = start()
    page = f"<html><head><title>Notat</title><script>evil()</script></head><body><p>{NOTE.split(chr(10))[-1]}</p></body></html>"
    at.file_uploader(key="upload").set_value(("notat.html", page.encode(), "text/html")).run()
    assert_healthy(at)
    assert not at.error
    assert len(at.session_state["docs"]) == 2
    merged = at.session_state["curated"]
    assert len(merged) == len(seed)  # both of the note's events were already in the article
    assert merged["n_mentions"].sum() > seed["n_mentions"].sum()
    assert "evil" not in at.session_state["docs"][1]["text"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        ("report.pdf", b"%PDF-1.7 ...", "not supported"),
        ("huge.txt", b"a " * 3_000_000, "limit"),
    ],
)
def test_bad_upload_gives_a_message_and_keeps_the_page(
    seed: pd.DataFrame, name: str, data: bytes, message: str
) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[0])
    _edit(at, eid, title="Endret før opplasting")
    at.file_uploader(key="upload").set_value((name, data, "application/octet-stream")).run()
    assert_healthy(at)
    assert any(message in e.value for e in at.error), [e.value for e in at.error]
    assert len(at.session_state["docs"]) == 1
    assert chart_ids(at) == set(seed["event_id"])  # nothing on the page was lost
    assert "Endret før opplasting" in set(at.session_state["curated"]["title"])


def test_paste_and_remove_a_document() -> None:
    at = start()
    at.text_input(key="paste_name").input("notat")
    at.text_area(key="paste_text").input(NOTE)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME, "notat"]
    assert at.text_area(key="paste_text").value == ""
    at.button(key="d1:remove").click().run()
    assert len(at.session_state["docs"]) == 2  # it asks first
    at.button(key="d1:remove_yes").click().run()
    assert [d["name"] for d in at.session_state["docs"]] == ["notat"]
    assert chart_ids(at) and all(i.startswith("notat#") for i in chart_ids(at))


def test_undated_events_are_listed_and_dated_in_one_step(seed: pd.DataFrame) -> None:
    """Item 9 of issue 7: undated events were invisible, and the counter counted them
    as shown ("13 of 13" while 3 were not on the chart)."""
    at = start()
    at.text_input(key="paste_name").input("udatert")
    at.text_area(key="paste_text").input("Møtet i Oslo var i februar.")
    next(x for x in at.button if x.label == "Add text").click().run()
    assert_healthy(at)
    curated = at.session_state["curated"]
    (eid,) = [e for e in curated["event_id"] if e.startswith("udatert#")]
    assert eid not in chart_ids(at)
    n = len(seed) + 1
    assert count_line(at).startswith(f"**{n - 1} of {n} events** on the chart · 1 without a date")
    (area,) = [e for e in at.expander if e.label.startswith("Not placed on the chart")]
    assert "1 without a date" in area.label
    assert "februar" in " ".join(m.value for m in area.markdown)

    at.text_input(key=f"undated:{eid}").input("februar 2019")
    next(b for b in at.button if b.label == "Set date").click().run()
    assert_healthy(at)
    assert eid in chart_ids(at)
    assert count_line(at).startswith(f"**{n} of {n} events** on the chart")
    assert at.session_state["ops"][-1]["op"] == "edit"
    row = at.session_state["curated"].set_index("event_id").loc[eid]
    assert (row["start"], row["end"]) == ("2019-02-01", "2019-02-28")
    assert not [e for e in at.expander if "without a date" in e.label]


def test_a_bad_date_for_an_undated_event_keeps_it_listed() -> None:
    at = start()
    at.text_input(key="paste_name").input("udatert")
    at.text_area(key="paste_text").input("Møtet i Oslo var i februar.")
    next(x for x in at.button if x.label == "Add text").click().run()
    eid = next(e for e in at.session_state["curated"]["event_id"] if e.startswith("udatert#"))
    at.text_input(key=f"undated:{eid}").input("snart")
    next(b for b in at.button if b.label == "Set date").click().run()
    assert_healthy(at)
    assert at.error and not at.session_state["ops"]
    assert [e for e in at.expander if "1 without a date" in e.label]


def test_empty_paste_is_refused_with_a_message() -> None:
    at = start()
    at.text_area(key="paste_text").input("   ")
    next(x for x in at.button if x.label == "Add text").click().run()
    assert any("empty" in e.value for e in at.error)
    assert len(at.session_state["docs"]) == 1


def test_a_refused_text_is_explained_in_the_interface_language() -> None:
    """A Norwegian page says why it cannot read a pasted text in Norwegian, not in the
    library's English."""
    at = start("nb-NO")
    at.text_area(key="paste_text").input("   ")
    next(x for x in at.button if x.label == "Legg til tekst").click().run()
    assert [unescape_md(e.value) for e in at.error] == [
        "Den innlimte teksten er tom. Lim inn en artikkel eller en historisk tekst først."]
    assert len(at.session_state["docs"]) == 1


def test_a_narrow_chart_gets_the_controls_in_rows_of_fewer_columns() -> None:
    """Five filters in one row of a 500 px page cut their labels, and the lane and colour
    switches ran off its edge: under NARROW_PX the filters take two rows (2 and 3) and
    the count and the switches one row each."""
    at = start()
    wide = [round(c.weight, 3) for c in at.columns][:8]
    assert wide[:5] == [0.273, 0.182, 0.182, 0.182, 0.182] and wide[5:8] == [0.364, 0.364, 0.273]
    at.session_state["chart_width"] = 500
    at.run()
    assert_healthy(at)
    narrow = [round(c.weight, 3) for c in at.columns][:5]
    assert narrow == [0.6, 0.4, 0.333, 0.333, 0.333]
    assert at.segmented_control(key="lane_by").value == "type"  # the switches are all there
    assert at.segmented_control(key="color_by").value == "type"


def test_document_date_is_validated_and_used(seed: pd.DataFrame) -> None:
    at = start()
    at.text_input(key="d1:dct").input("april").run()
    assert_healthy(at)
    assert any("not a document date" in e.value for e in at.error)
    assert at.text_input(key="d1:dct").value == "april"
    assert chart_ids(at) == set(seed["event_id"])  # the last valid date is still used
    at.text_input(key="d1:dct").input("2019-04-26").run()
    assert not at.error
    curated = at.session_state["curated"]
    assert "2019-04-25" in set(curated["start"])  # "torsdag" becomes Thursday 25 April


def _paste(at: AppTest, title: str, text: str) -> None:
    """Paste ``text`` under ``title`` and add it, as a person does in the Paste tab."""
    at.text_input(key="paste_name").input(title)
    at.text_area(key="paste_text").input(text)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert_healthy(at)


def test_untrusted_text_is_never_markup() -> None:
    at = start()
    nasty = "date 2019-04\n\n<img src=x onerror=alert(1)> **Putin** møtte [Kim](javascript:alert(1)) i 2003."
    _paste(at, "<b>x</b>.txt", nasty)
    ids = [i for i in chart_ids(at) if "#" in i and not i.startswith(SEED_NAME)]
    assert ids
    at.selectbox(key="detail_pick").set_value(ids[0]).run()
    assert not at.get("html")
    shown = [m.value for m in [*at.markdown, *at.caption, *at.error, *at.warning, *at.info]]
    assert any("onerror" in v for v in shown)  # the text is there, as text
    for value in shown:
        # Every "<" and every "](" of the document arrives backslash-escaped.
        assert not re.search(r"(?<!\\)<", value), value
        assert not re.search(r"(?<!\\)\]\(", value), value
        assert not re.search(r"(?<!\\)\*\*Putin", value), value
    assert "onerror" not in json.dumps(spec(at)).replace("&lt;img src=x onerror", "")


# --------------------------------------------------------------------------- exports


def test_export_buttons_and_files() -> None:
    at = start()
    at.multiselect(key="f_types").set_value(["meeting"]).run()
    assert not at.get("download_button")  # the Export tab is closed: nothing was built
    open_tab(at, "Export")
    assert_healthy(at)
    keys = {b.key for b in at.get("download_button")}
    assert {"dl_html", "dl_csv", "dl_json", "dl_tljs", "dl_tljs_csv", "dl_embed"} <= keys
    ok, message = render.png_available()
    assert ("dl_png" in keys) == ok
    if not ok:
        assert any(message[:30] in unescape_md(w.value) for w in at.warning)

    view = at.session_state["view"]
    assert set(view["type"]) == {"meeting"}
    fig = figure.build_figure(view, title="Test")

    csv = export.to_csv(view)
    back = export.from_csv(csv)
    assert list(back["event_id"]) == list(view["event_id"])
    assert list(back["quote"]) == list(view["quote"])

    js = export.to_json(view)
    again = export.from_json(js)
    assert list(again["event_id"]) == list(view["event_id"])
    assert [list(a) for a in again["actors"]] == [list(a) for a in view["actors"]]

    tl = export.to_timelinejs(view, title="Test")
    tl = json.loads(tl)
    assert len(tl["events"]) == len(view)
    assert tl["title"]["text"]["headline"] == "Test"
    for event in tl["events"]:  # the fields Knight Lab's TimelineJS3 requires
        assert int(event["start_date"]["year"]) in range(1000, 2100)
        assert event["text"]["headline"] and "unique_id" in event
        if "end_date" in event:
            assert int(event["end_date"]["year"]) >= int(event["start_date"]["year"])

    page = render.to_html(fig, title="Test").decode("utf-8")
    assert page.lstrip().lower().startswith("<!doctype html") or "<html" in page[:500].lower()
    assert "plotly" in page.lower()
    assert (
        html.escape(str(view["title"].iloc[0]))[:20] in page
        or str(view["event_id"].iloc[0]) in page
    )

    if ok:
        png = render.to_png(fig, width=1000)
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000


@pytest.fixture
def downloaded(monkeypatch: pytest.MonkeyPatch) -> Any:
    """``downloaded(at, key)``: the bytes a download button gives when clicked. The
    button's callable is run as Streamlit runs it, after the script run, where
    ``st.session_state`` is gone."""
    import streamlit.testing.v1.app_test as app_test

    managers: list[Any] = []

    class Recording(app_test.MediaFileManager):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            managers.append(self)

    monkeypatch.setattr(app_test, "MediaFileManager", Recording)

    def fetch(at: AppTest, key: str) -> bytes:
        button = next(b for b in at.get("download_button") if b.key == key)
        file_id = button.proto.deferred_file_id
        data = managers[-1]._deferred_callables[file_id]["callable"]()
        return data if isinstance(data, bytes) else str(data).encode("utf-8")

    return fetch


NTB = (
    "date: 2019-04-26\nsource: NTB\nurl: https://www.example.org/nyheter/putin-kim\n"
    "title: Putin og Kim i Vladivostok\n\n"
    "Russlands president Vladimir Putin møtte Nord-Koreas leder Kim Jong-un i Vladivostok "
    "torsdag. Nord-Korea og Russland undertegnet en avtale 25. april 2019.\n"
)


def test_the_apps_csv_is_the_command_lines_csv(tmp_path: Path, downloaded: Any) -> None:
    """Issue 6: one CSV format. The same documents give the same bytes from the app's
    CSV button and from ``python -m timeline extract``, source and URL included."""
    at = start()
    at.text_input(key="paste_name").input("ntb.txt")
    at.text_area(key="paste_text").input(NTB)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME, "ntb.txt"]
    open_tab(at, "Export")
    assert_healthy(at)
    app_csv = downloaded(at, "dl_csv")

    from timeline.cli import main

    (tmp_path / "ntb.txt").write_text(NTB, encoding="utf-8")
    out = tmp_path / "cli.csv"
    assert main(["extract", str(SEED), str(tmp_path / "ntb.txt"), "-o", str(out)]) == 0
    assert app_csv == out.read_bytes()

    rows = list(csv.DictReader(io.StringIO(app_csv.decode("utf-8"))))
    assert any(r["doc"] == "ntb.txt" and r["actors"] == "Nord-Korea; Russland" for r in rows)
    for row in rows:  # an event is credited to NTB when one of its mentions is from there
        read_in = {m["doc"] for m in json.loads(row["mentions"])}
        from_ntb = "ntb.txt" in read_in
        assert row["source"] == ("NTB" if from_ntb else ""), row
        assert row["url"] == ("https://www.example.org/nyheter/putin-kim" if from_ntb else "")
    assert any(r["doc"] == SEED_NAME and r["source"] == "NTB" for r in rows)  # the meeting, merged


def test_every_export_button_gives_its_format_with_sources(downloaded: Any) -> None:
    at = start("nb-NO")
    at.text_input(key="paste_name").input("ntb.txt")
    at.text_area(key="paste_text").input(NTB)
    next(x for x in at.button if x.label == "Legg til tekst").click().run()
    open_tab(at, "Eksport")
    assert_healthy(at)
    labels = {b.key: b.label for b in at.get("download_button")}
    assert labels["dl_tljs_csv"] == "TimelineJS-regneark" and labels["dl_embed"] == "Innebyggingsside"

    events = json.loads(downloaded(at, "dl_json"))
    assert {d["doc"]: d["source"] for d in events["documents"]}["ntb.txt"] == "NTB"
    assert any(e["url"].startswith("https://www.example.org/") for e in events["events"])

    slides = json.loads(downloaded(at, "dl_tljs"))
    assert any('href="https://www.example.org/nyheter/putin-kim"' in e["text"]["text"]
               for e in slides["events"])

    sheet = list(csv.reader(io.StringIO(downloaded(at, "dl_tljs_csv").decode("utf-8"))))
    assert sheet[0][:3] == ["Year", "Month", "Day"] and sheet[1][15] == "title"
    assert len(sheet) - 2 == len(slides["events"])

    page = downloaded(at, "dl_embed").decode("utf-8")
    assert '"language": "nb"' in page and "cdn.knightlab.com/libs/timeline3" in page

    # the interactive page carries the credit line the PNG fields show
    credit = at.text_input(key="png_source").value
    assert "NTB" in credit
    assert html.escape(credit, quote=False) in downloaded(at, "dl_html").decode("utf-8")


def test_png_to_publish_fields_follow_the_documents_and_keep_what_was_typed() -> None:
    """Item 6 of issue 7: an editable title and subtitle, a credit line and a size."""
    at = open_tab(start(), "Export")
    assert_healthy(at)
    title = at.text_input(key="png_title").value
    assert title and title in spec(at)["layout"]["title"]["text"]
    assert re.fullmatch(r"\d+ events · 2003–2019", at.text_input(key="png_subtitle").value)
    # the bundled article names no publisher or site: its title is no source
    assert at.text_input(key="png_source").value == "Made with Tidslinje"
    assert at.selectbox(key="png_preset").options == [
        "Article column, 680 px",
        "Wide, 1200 px",
        "Square for social media, 1080 × 1080 px",
    ]
    at.text_input(key="png_title").input("Putin vil ha sekspartssamtaler").run()
    at.text_input(key="png_source").input("Kilde: NTB").run()
    open_tab(at, "Table")
    open_tab(at, "Export")
    assert at.text_input(key="png_title").value == "Putin vil ha sekspartssamtaler"
    assert at.text_input(key="png_source").value == "Kilde: NTB"


def test_the_credit_line_names_the_source_header_and_date() -> None:
    at = start()
    remove_document(at, "d1")
    at.text_input(key="paste_name").input("ntb")
    at.text_area(key="paste_text").input(
        "date: 2019-04-26\nsource: NTB\n\nPutin møtte Kim i Vladivostok 25. april 2019."
    )
    next(x for x in at.button if x.label == "Add text").click().run()
    open_tab(at, "Export")
    assert_healthy(at)
    assert at.text_input(key="png_source").value == "Source: NTB, 26.04.2019 · made with Tidslinje"


def test_the_credit_line_names_a_site_and_never_a_title() -> None:
    at = start()
    remove_document(at, "d1")
    at.text_input(key="paste_name").input("Putin møtte Kim")
    at.text_area(key="paste_text").input(
        "date: 2019-04-26\nurl: https://www.nrk.no/urix/putin-1.14532\n\n"
        "Putin møtte Kim i Vladivostok 25. april 2019."
    )
    next(x for x in at.button if x.label == "Add text").click().run()
    open_tab(at, "Export")
    assert_healthy(at)
    assert at.text_input(key="png_source").value == \
        "Source: nrk.no, 26.04.2019 · made with Tidslinje"


def test_a_failed_png_probe_is_retried_by_the_next_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Item 7 of issue 7: a failed first render was cached in st.cache_resource, so no
    later session had a PNG button until a restart; and it showed a raw dict."""
    import streamlit as st

    broken = [True]
    probes: list[int] = []

    def fake_render(fig: Any, **size: Any) -> bytes:
        probes.append(1)
        if broken[0]:
            raise RuntimeError({"error": "ReferenceError: kaleido_scopes is not defined"})
        return b"\x89PNG\r\n\x1a\n" + b"\0" * 32

    monkeypatch.setattr(render, "_render", fake_render)
    monkeypatch.setattr(render, "_find_browser", lambda: "/usr/bin/chromium")
    monkeypatch.setattr(render, "_probe_ok", None)
    monkeypatch.setattr(render, "start_png_server", lambda: True)
    monkeypatch.setattr(render.time, "sleep", lambda seconds: None)
    st.cache_resource.clear()
    try:
        first = open_tab(start(), "Export")
        assert_healthy(first)
        keys = {b.key for b in first.get("download_button")}
        assert "dl_png" not in keys
        shown = " ".join(unescape_md(w.value) for w in first.warning)
        assert "did not start this time" in shown
        assert "{" not in shown and "kaleido_scopes" not in shown, shown
        n = len(probes)
        first.run()  # the same session again: no new probe on every rerun
        assert len(probes) == n

        broken[0] = False  # Chromium works now
        second = open_tab(start(), "Export")
        assert_healthy(second)
        assert "dl_png" in {b.key for b in second.get("download_button")}

        # The first session gets it too, when it presses Try again (or reruns after).
        broken[0] = True
        monkeypatch.setattr(render, "_probe_ok", None)
        st.cache_resource.clear()
        third = open_tab(start(), "Export")
        assert "dl_png" not in {b.key for b in third.get("download_button")}
        broken[0] = False
        third.button(key="retry_png").click().run()
        assert_healthy(third)
        assert "dl_png" in {b.key for b in third.get("download_button")}
    finally:
        st.cache_resource.clear()


# --------------------------------------------------------------------------- save and open


def test_save_file_reopens_the_same_timeline(seed: pd.DataFrame) -> None:
    at = start()
    eid = str(seed["event_id"].iloc[0])
    _edit(at, eid, title="Lagret tittel")
    at.text_input(key="d1:title").input("Vladivostok-møtet").run()
    docs = [
        store.SavedDocument(
            name=d["name"], text=d["text"], title="Vladivostok-møtet", dct=d["dct"], lang="auto"
        )
        for d in at.session_state["docs"]
    ]
    payload = store.dumps(name="t", documents=docs, ops=at.session_state["ops"])

    fresh = start()
    assert "Lagret tittel" not in set(fresh.session_state["curated"]["title"])
    open_tab(fresh, "Save / open")
    fresh.file_uploader(key="open_file").set_value(
        ("t.timeline.json", payload.encode(), "application/json")
    ).run()
    assert_healthy(fresh)
    assert "Lagret tittel" in set(fresh.session_state["curated"]["title"])
    assert (
        fresh.text_input(key=f"{fresh.session_state['docs'][0]['id']}:title").value
        == "Vladivostok-møtet"
    )


def test_opening_a_broken_file_keeps_the_page(seed: pd.DataFrame) -> None:
    at = start()
    open_tab(at, "Save / open")
    at.file_uploader(key="open_file").set_value(
        ("x.json", b"\x00\x01binary", "application/json")
    ).run()
    assert_healthy(at)
    assert any("not a saved timeline" in e.value for e in at.error)
    assert chart_ids(at) == set(seed["event_id"])


@pytest.mark.parametrize(
    ("payload", "said"),
    [
        (b"\x00\x01binary", "Dette er ikke en lagret tidslinje"),  # the saved-timeline reader
        (b'{"format": "tidslinje", "version": 1, "events": {}}',  # an events export
         'Ikke en tidslinjefil: "events" må være en liste'),
    ],
)
def test_a_broken_file_is_refused_in_the_visitors_language(payload: bytes, said: str) -> None:
    """In the Norwegian interface the reason a file cannot be opened was English ("…
    er ikke en tidslinje appen kan åpne: Not a timeline file: …")."""
    at = start("nb-NO")
    open_tab(at, "Lagre / åpne")
    at.file_uploader(key="open_file").set_value(("x.json", payload, "application/json")).run()
    assert_healthy(at)
    shown = " ".join(e.value for e in at.error)
    assert said in unescape_md(shown), shown
    assert "Not a" not in shown and "This " not in shown


def test_local_folder_save_and_open(_save_dir: Path, seed: pd.DataFrame) -> None:
    at = start()
    _edit(at, str(seed["event_id"].iloc[0]), title="I mappen")
    open_tab(at, "Save / open")
    at.text_input(key="save_name").input("../Mitt utkast").run()
    next(b for b in at.button if b.label == "Save to folder").click().run()
    assert_healthy(at)
    assert at.selectbox(key="local_pick").options == ["Mitt utkast"]
    assert not (_save_dir / "Mitt utkast.timeline.json").exists()  # not in the shared folder
    key = at.session_state["folder_key"]

    # A later visit with the key shown in the tab finds it again and opens it.
    fresh = start()
    open_tab(fresh, "Save / open")
    fresh.text_input(key="folder_key_input").input(key).run()
    fresh.selectbox(key="local_pick").set_value("Mitt utkast").run()
    next(b for b in fresh.button if b.label == "Open").click().run()
    assert_healthy(fresh)
    assert "I mappen" in set(fresh.session_state["curated"]["title"])


def test_two_visitors_do_not_see_each_others_saves(_save_dir: Path) -> None:
    """Item 13 of issue 7: on a self-hosted server every visitor shared one folder."""
    alice, bob = start(), start()
    for at, name in ((alice, "Alice sin"), (bob, "Bobs")):
        open_tab(at, "Save / open")
        at.text_input(key="save_name").input(name).run()
        next(b for b in at.button if b.label == "Save to folder").click().run()
        assert_healthy(at)
    alice.run()
    assert alice.selectbox(key="local_pick").options == ["Alice sin"]
    assert bob.selectbox(key="local_pick").options == ["Bobs"]
    assert alice.session_state["folder_key"] != bob.session_state["folder_key"]
    shown = " ".join(c.value for c in bob.caption)
    assert str(_save_dir) not in shown and bob.session_state["folder_key"] in shown
    # A crafted open of the other visitor's name is refused, not served.
    craft(bob.selectbox(key="local_pick"), "Alice sin")
    next(b for b in bob.button if b.label == "Open").click().run()
    assert any("Pick one of the saved timelines" in e.value for e in bob.error)
    # A key that is not one is refused with a message, and changes nothing.
    bob.text_input(key="folder_key_input").input("../../etc").run()
    assert any("folder key has 16" in e.value for e in bob.error)
    assert bob.selectbox(key="local_pick").options == ["Bobs"]


def test_a_shared_folder_only_when_asked_for(
    _save_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_SAVE_SHARED", "1")
    alice = open_tab(start(), "Save / open")
    alice.text_input(key="save_name").input("Felles").run()
    next(b for b in alice.button if b.label == "Save to folder").click().run()
    assert store.list_saved(_save_dir) == ["Felles"]
    bob = open_tab(start(), "Save / open")
    assert bob.selectbox(key="local_pick").options == ["Felles"]
    assert "shared by everyone" in " ".join(c.value for c in bob.caption)


def test_typed_text_survives_switching_tabs() -> None:
    at = start()
    open_tab(at, "Curate")
    at.text_input(key="add_title").input("Halvferdig").run()
    open_tab(at, "Table")
    assert "add_title" not in [t.key for t in at.text_input]  # not drawn while closed
    open_tab(at, "Curate")
    assert at.text_input(key="add_title").value == "Halvferdig"


def test_no_documents_is_a_calm_empty_page() -> None:
    at = start()
    remove_document(at, "d1")
    assert_healthy(at)
    assert not at.session_state["docs"]
    assert chart_ids(at) == set()
    assert any("No dated events" in i.value for i in at.info)
    open_tab(at, "Export")
    assert_healthy(at)


# --------------------------------------------------------------------------- untrusted clients
# A crafted client can send any value for any widget; Streamlit passes it through. These
# send values the app never offered, as such a client would, and check nothing is read.


@pytest.mark.parametrize(
    "crafted", ["../streamlit_app.py", "/etc/passwd", "../../etc/hostname", "missing.txt"]
)
def test_bundled_pick_outside_its_options_reads_nothing(crafted: str) -> None:
    at = start()
    before = [d["text"] for d in at.session_state["docs"]]
    # One message, as a crafted client sends it: the value and the click together (the
    # script run would drop the value, but the Add callback runs before the script).
    at.multiselect(key="bundled_pick").set_value([crafted])
    at.button(key="bundled_add").click().run()
    assert_healthy(at)
    assert [d["text"] for d in at.session_state["docs"]] == before
    assert any("Only the bundled documents" in e.value for e in at.error)


def test_offered_bundled_pick_still_adds_the_document() -> None:
    at = start()
    remove_document(at, "d1")
    at.multiselect(key="bundled_pick").set_value([SEED_NAME]).run()
    at.button(key="bundled_add").click().run()
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == [SEED_NAME]


def craft(selectbox: Any, value: str) -> None:
    """Make the next run send ``value`` for this selectbox, as a crafted client can:
    AppTest itself only sends offered options."""
    from streamlit.proto.WidgetStates_pb2 import WidgetState

    class Crafted(type(selectbox)):  # type: ignore[misc]
        @property
        def _widget_state(self) -> WidgetState:
            return WidgetState(id=self.id, string_value=value)

    selectbox.__class__ = Crafted


def test_crafted_choice_values_fall_back_to_offered_ones(seed: pd.DataFrame) -> None:
    at = start()
    craft(at.selectbox(key="d1:lang"), "xx")
    at.multiselect(key="f_types").set_value(["not-a-type"])
    at.run()
    assert_healthy(at)
    assert at.session_state["d1:lang"] == "auto"
    assert chart_ids(at) == set(seed["event_id"])


def test_crafted_saved_timeline_name_is_refused(
    _save_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_SAVE_SHARED", "1")
    payload = store.dumps(name="x", documents=[], ops=[], events_json="[]")
    (_save_dir.parent / "secret.timeline.json").write_text(payload, encoding="utf-8")
    store.save(_save_dir, "mine", payload)
    at = start()
    open_tab(at, "Save / open")
    craft(at.selectbox(key="local_pick"), "../secret")
    next(b for b in at.button if b.label == "Open").click().run()
    assert_healthy(at)
    assert any("Pick one of the saved timelines" in e.value for e in at.error)


@pytest.mark.parametrize("text", ["Møtet var i februar.", "Samtalene gikk 2018–april."])
def test_only_unresolved_events_keep_the_page(text: str) -> None:
    at = start()
    remove_document(at, "d1")
    at.text_area(key="paste_text").input(text)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert_healthy(at)
    assert [d["name"] for d in at.session_state["docs"]] == ["Pasted text"]
    assert at.button(key="d2:remove")  # the sidebar was drawn: the document can go
    remove_document(at, "d2")
    assert_healthy(at)
    assert not at.session_state["docs"]


def test_too_heavy_paste_gets_a_message_and_keeps_the_page(
    monkeypatch: pytest.MonkeyPatch, seed: pd.DataFrame
) -> None:
    monkeypatch.setenv("TIMELINE_CPU_SECONDS", "0.5")
    at = start()
    at.text_area(key="paste_text").input("mai " * 100_000)
    next(x for x in at.button if x.label == "Add text").click().run()
    assert_healthy(at)
    assert any("computing time" in e.value for e in at.error)
    assert chart_ids(at) == set(seed["event_id"])  # the other document is still read


# --------------------------------------------------------------------------- one workspace

TWO_REPORTS = {
    "a.txt": "date: 2019-04-26\n\nRusslands president Vladimir Putin møtte Nord-Koreas leder "
             "Kim Jong-un i Vladivostok 25. april 2019.",
    "b.txt": "date: 2019-04-27\n\nKim Jong-un og Vladimir Putin møttes i Vladivostok 25. "
             "april 2019, opplyser Kreml.",
    "c.txt": "date: 2019-04-26\nlang: en\n\nRussian President Vladimir Putin met North Korean "
             "leader Kim Jong Un in Vladivostok on Thursday. The six-party talks collapsed "
             "in April 2009.",
}
SAME = ["date", "start", "end", "granularity", "title", "type", "actors", "actor_ids", "place",
        "n_mentions"]


def test_the_cli_and_the_app_build_the_same_timeline(tmp_path: Path) -> None:
    """The same files give the same rows in both faces: both build one Workspace."""
    import subprocess
    import sys

    paths = [SEED]
    for name, text in TWO_REPORTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    out = subprocess.run([sys.executable, "-m", "timeline", "extract", *map(str, paths),
                          "--format", "json"], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    cli = pd.DataFrame(json.loads(out.stdout))

    at = start()  # opens on the bundled article
    for name, text in TWO_REPORTS.items():
        at.file_uploader(key="upload").set_value((name, text.encode(), "text/plain")).run()
        assert_healthy(at)
    app = at.session_state["curated"]

    def rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
        return sorted(tuple(json.dumps(v, default=str) if isinstance(v, list) else str(v)
                            for v in (list(r[c]) if c in ("actors", "actor_ids") else r[c]
                                      for c in SAME)) for _, r in frame.iterrows())

    assert len(cli) == len(app) < 9 + 4  # the reports merged into the article's events
    assert rows(cli) == rows(app)


# --------------------------------------------------------------------------- language


def _labels(at: AppTest) -> set[str]:
    return {b.label for b in at.button} | {t.label for t in at.tabs}


def _legend(at: AppTest) -> list[str]:
    return [tr["name"] for tr in spec(at)["data"] if (tr.get("meta") or {}).get("kind") == "legend"]


def test_a_norwegian_browser_gets_the_page_in_norwegian(seed: pd.DataFrame) -> None:
    at = start("nb-NO")
    assert at.session_state["ui_lang"] == "nb"
    labels = _labels(at)
    assert {"Tabell", "Rediger", "Eksport", "Lagre / åpne", "Fjern", "Legg til tekst"} <= labels
    assert not labels & {"Table", "Curate", "Export", "Remove", "Add text"}
    count = next(m.value for m in at.markdown if " hendelser**" in m.value)
    assert count.startswith(f"**{len(seed)} av {len(seed)} hendelser**")
    assert "møte" in _legend(at) and "meeting" not in _legend(at)
    layout = spec(at)["layout"]
    buttons = [b["label"] for menu in layout["updatemenus"] for b in menu["buttons"]]
    # (windows wider than most of the timeline are left out)
    assert buttons[:2] == ["1 md.", "1 år"] and buttons[-1] == "alt"
    assert set(buttons) <= {"1 md.", "1 år", "10 år", "100 år", "alt"}
    subtitle = next(a["text"] for a in layout["annotations"] if a.get("name") == "subtitle")
    assert subtitle.startswith(f"{len(seed)} hendelser · ")
    hover = chart_text(at)
    assert squash("Skrevet «") in hover and "Written" not in hover
    assert squash("Står fullt ut i teksten.") in hover
    table = at.dataframe[0].value
    assert {"Dato", "Tittel", "Sitat", "Slik ble datoen lest"} <= set(table.columns)
    assert not [d for d in table["Dato"] if "≈" in d or "REF" in d or "XXXX" in d]
    eid = str(seed["event_id"].iloc[0])
    at.selectbox(key="detail_pick").set_value(eid).run()
    text = unescape_md(markdown_text(at))
    assert "Når:" in text and "Slik ble datoen lest:" in text and "TIMEX3" not in text
    assert "When:" not in text


def test_switching_to_english_changes_every_word() -> None:
    at = start("nb-NO")
    switch = at.segmented_control(key="ui_lang")
    assert switch.options == ["Norsk", "English"]
    switch.set_value("en").run()
    assert_healthy(at)
    labels = _labels(at)
    assert {"Table", "Curate", "Export", "Save / open", "Remove", "Add text"} <= labels
    assert not labels & {"Tabell", "Rediger", "Fjern"}
    assert " of " in count_line(at) and "meeting" in _legend(at)
    assert "Written" in chart_text(at) and squash("Skrevet «") not in chart_text(at)
    assert "Quote" in at.dataframe[0].value.columns
    at.run()  # the choice stays on the next run
    assert at.session_state["ui_lang"] == "en" and "Table" in _labels(at)


def test_without_a_browser_language_the_documents_decide() -> None:
    at = start(None)  # the bundled article is in bokmål
    assert at.session_state["ui_lang"] == "nb"
    at = start("de-DE")  # a language the interface does not have
    assert at.session_state["ui_lang"] == "nb"


def test_bc_years_read_as_such_on_the_years_slider() -> None:
    at = start("nb-NO")
    remove_document(at, "d1")
    at.text_area(key="paste_text").input(
        "Cæsar ble drept 15. mars 44 f.Kr. i Roma. Freden i Westfalen ble inngått i 1648."
    )
    next(b for b in at.button if b.label == "Legg til tekst").click().run()
    assert_healthy(at)
    slider = at.select_slider(key="f_years")
    assert slider.options[0] == "44 f.Kr." and slider.options[-1] == "1648"
    assert "-43" not in slider.options
    at.select_slider(key="f_years").set_range(-43, 1000).run()  # a person drags it
    assert_healthy(at)
    at.segmented_control(key="ui_lang").set_value("en").run()
    assert_healthy(at)
    slider = at.select_slider(key="f_years")
    assert slider.options[0] == "44 BC" and tuple(slider.value) == (-43, 1000)


def test_a_bc_day_typed_in_norwegian_is_accepted(seed: pd.DataFrame) -> None:
    at = start("nb-NO")
    eid = str(seed["event_id"].iloc[0])
    at.selectbox(key="detail_pick").set_value(eid).run()
    at.text_input(key=f"edit:{eid}:date").input("15. mars 44 f.Kr.")
    next(b for b in at.button if b.label == "Lagre endringene").click().run()
    assert_healthy(at)
    assert not at.error
    row = at.session_state["curated"].set_index("event_id").loc[eid]
    assert (row["date"], row["start"]) == ("BC0044-03-15", "-0043-03-15")
    assert any("15. mars 44 f.Kr." in label for label in at.selectbox(key="detail_pick").options)


def test_the_command_line_chart_speaks_like_the_app(tmp_path: Path) -> None:
    """Without a browser language both faces choose the documents' language, and draw
    the same legend, reading key and zoom buttons."""
    from timeline import cli

    out = tmp_path / "seed.html"
    assert cli.main(["html", str(SEED), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    at = start(None)
    layout = spec(at)["layout"]
    names = [tr["name"] for tr in spec(at)["data"]
             if (tr.get("meta") or {}).get("kind") in ("legend", "key")]
    buttons = [b["label"] for menu in layout["updatemenus"] for b in menu["buttons"]]
    assert "møte" in names and buttons[-1] == "alt"
    for name in names:
        assert json.dumps({"name": name}, ensure_ascii=False, separators=(",", ":"))[1:-1] in page
    for label in buttons:
        assert json.dumps({"label": label}, ensure_ascii=False, separators=(",", ":"))[1:-1] in page


def test_a_refused_date_is_explained_in_norwegian(seed: pd.DataFrame) -> None:
    at = start("nb-NO")
    eid = str(seed["event_id"].iloc[0])
    at.selectbox(key="detail_pick").set_value(eid).run()
    at.text_input(key=f"edit:{eid}:date").input("en gang i fjern fortid")
    next(b for b in at.button if b.label == "Lagre endringene").click().run()
    assert_healthy(at)
    errors = [e.value for e in at.error]
    assert any("kan ikke leses som en dato" in unescape_md(e) for e in errors), errors
    assert not any("Could not read" in e for e in errors)


@pytest.mark.parametrize("lane_by", ["type", "actor", "none"])
def test_labels_laid_out_for_a_phone_stay_inside_its_plot(seed: pd.DataFrame, lane_by: str) -> None:
    """At the phone width the app lays the chart out for (360 px), a title that has room
    on neither side of its mark is cut to the roomier side (the hover has it whole); it
    ran past the plot and was cut at the figure's edge (checked in a browser by
    tests/test_browser.py::test_the_app_fits_a_phone). In print every label stays whole."""
    from timeline.chartstyle import CHAR_PX, RIGHT_PX

    fig = figure.build_figure(seed, lane_by=lane_by, title="T", page=figure.Page(screen=360))
    layout = fig.layout
    plot_w = 360 - layout.margin.l - layout.margin.r
    x_range = [pd.Timestamp(v).value for v in layout.xaxis.range] if isinstance(
        layout.xaxis.range[0], str) else [float(v) for v in layout.xaxis.range]
    labels = [a for a in layout.annotations if (a.name or "").startswith("label:")]
    assert labels, "no label drawn at all"
    for a in labels:
        x = pd.Timestamp(a.x).value if isinstance(a.x, str) else float(a.x)
        px = (x - x_range[0]) / (x_range[1] - x_range[0]) * plot_w
        width = len(re.sub(r"<[^>]+>", "", html.unescape(a.text))) * CHAR_PX
        if a.xanchor == "left":
            assert px + a.xshift + width <= plot_w + RIGHT_PX + 1, (a.text, px, width, plot_w)
        else:
            assert px + a.xshift - width >= -1, (a.text, px, width)
    printed = figure.build_figure(seed, lane_by=lane_by, title="T",
                                  page=figure.Page(width=680, static=True))
    whole = {a.name.removeprefix("label:"): html.unescape(a.text.replace("<br>", " "))
             for a in printed.layout.annotations if (a.name or "").startswith("label:")}
    titles = dict(zip(seed["event_id"], seed["title"], strict=True))
    assert whole and all(squash(text) == squash(titles[eid]) for eid, text in whole.items())


def test_a_pasted_title_with_a_slash_names_the_document_whole() -> None:
    """A title is no path: "Russland/Ukraina-samtaler" once named the document
    "Ukraina-samtaler", and "Støre & <i>Scholz</i>" named it "i>", in the sidebar and in
    every exported row."""
    at = start()
    title = "Russland/Ukraina-samtaler & <i>Scholz</i>"
    _paste(at, title, "Utenriksministrene møttes i Genève 3. mai 2023.")
    assert at.session_state["docs"][-1]["name"] == title
    assert title in set(at.session_state["curated"]["doc"])
