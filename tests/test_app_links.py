"""The app's documents have names: a title from the header, the page or the form, with
source and URL beside it; and a document can come from a link (issue 7, item 10 and
"Documents from a link"). Through AppTest, as tests/test_app.py does."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import streamlit.config as st_config
from streamlit.testing.v1 import AppTest

from timeline import fetch

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "streamlit_app.py")
PAGES = Path(__file__).parent / "data" / "pages"
SEED_NAME = "000_192722d517445595.txt"


@pytest.fixture(autouse=True)
def _save_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_SAVE_DIR", str(tmp_path / "saved"))
    monkeypatch.setenv("TIMELINE_LOCAL_SAVE", "1")
    st_config.set_option("client.showErrorDetails", "full")


@pytest.fixture(scope="module")
def pages() -> Iterator[str]:
    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), partial(Quiet, directory=str(PAGES)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def start(locale: str = "en-US") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.context["locale"] = locale
    at.run()
    assert_healthy(at)
    return at


def assert_healthy(at: AppTest) -> None:
    assert not at.exception, [(e.value, "".join(e.stack_trace)) for e in at.exception]


def legend_and_lanes(at: AppTest) -> list[str]:
    (chart,) = at.get("plotly_chart")
    spec = json.loads(chart.proto.spec)
    names = [str(t.get("name", "")) for t in spec["data"]]
    ticks = [str(v) for v in spec["layout"].get("yaxis", {}).get("ticktext", []) or []]
    return [n for n in names + ticks if n]


def fetch_link(at: AppTest, url: str) -> None:
    at.text_input(key="link_url").input(url)
    next(b for b in at.button if b.label == "Fetch the article").click().run()
    assert_healthy(at)


def test_the_bundled_article_is_not_named_by_its_file_name() -> None:
    at = start()
    (doc,) = at.session_state["docs"]
    assert doc["name"] == SEED_NAME  # the key events use …
    assert "192722d517445595" not in doc["title"]  # … but not what a reader sees
    at.button_group(key="lane_by").set_value("doc").run()
    at.button_group(key="color_by").set_value("doc").run()
    assert_healthy(at)
    shown = legend_and_lanes(at)
    assert shown and not any("192722d517445595" in s for s in shown)


def test_paste_takes_a_title_a_date_and_a_source() -> None:
    at = start()
    at.text_input(key="paste_name").input("Putin og Kim møttes")
    at.text_input(key="paste_date").input("2019-04-26")
    at.text_input(key="paste_source").input("NTB")
    at.text_area(key="paste_text").input("Støre møtte Lavrov i Kirkenes torsdag.")
    next(b for b in at.button if b.label == "Add text").click().run()
    assert_healthy(at)
    doc = at.session_state["docs"][-1]
    assert (doc["title"], doc["dct"], doc["publisher"]) == (
        "Putin og Kim møttes",
        "2019-04-26",
        "NTB",
    )
    curated = at.session_state["curated"]
    mine = curated[curated["doc"] == doc["name"]]
    assert set(mine["start"]) == {"2019-04-25"}  # "torsdag" read from the date typed
    view = at.session_state["view"]  # what the exports are given
    row = view[view["doc"] == doc["name"]].iloc[0]
    assert (row["doc_title"], row["doc_source"], row["doc_label"]) == (
        "Putin og Kim møttes",
        "NTB",
        "Putin og Kim møttes · NTB",
    )
    at.button_group(key="color_by").set_value("doc").run()
    assert "Putin og Kim møttes · NTB" in legend_and_lanes(at)
    assert at.text_input(key="paste_date").value == ""  # the form is empty again


def test_a_bad_paste_date_is_refused_and_the_text_kept() -> None:
    at = start()
    at.text_input(key="paste_date").input("i fjor")
    at.text_area(key="paste_text").input("Putin møtte Kim i Vladivostok torsdag.")
    next(b for b in at.button if b.label == "Add text").click().run()
    assert_healthy(at)
    assert at.error and len(at.session_state["docs"]) == 1
    assert at.text_area(key="paste_text").value == "Putin møtte Kim i Vladivostok torsdag."


def test_a_document_from_a_link(pages: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The app never allows loopback; this test does, for its own local server only.
    monkeypatch.setattr(fetch, "fetch_article", partial(fetch.fetch_article, allow_loopback=True))
    at = start()
    url = f"{pages}/deccanherald_taliban.html"
    fetch_link(at, url)
    assert not at.error, [e.value for e in at.error]
    doc = at.session_state["docs"][-1]
    assert (
        doc["title"]
        == "Afghan govt, Taliban announce breakthrough deal to press on with peace talks"
    )
    assert (doc["dct"], doc["publisher"], doc["url"], doc["source"], doc["lang"]) == (
        "2020-12-02",
        "Deccan Herald",
        url,
        "link",
        "en",
    )
    assert "first written agreement in 19 years of war" in doc["text"]
    assert at.text_input(key="link_url").value == ""
    # "on Wednesday" is read from the page's date: Wednesday 2 December 2020.
    curated = at.session_state["curated"]
    assert "2020-12-02" in set(curated[curated["doc"] == doc["name"]]["start"])
    # Source and URL are in the sidebar and beside the sentence in the detail panel.
    captions = " ".join(c.value for c in at.caption).replace("\\", "")  # Markdown escapes
    assert "Deccan Herald" in captions and url in captions
    eid = next(e for e in curated["event_id"] if str(e).startswith(doc["name"]))
    at.selectbox(key="detail_pick").set_value(eid).run()
    captions = " ".join(c.value for c in at.caption).replace("\\", "")
    assert "Source: Deccan Herald" in captions and f"Link: {url}" in captions


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:8501/", "points at this machine itself"),
        ("http://169.254.169.254/latest/meta-data/", "link-local address"),
        ("http://10.0.0.7/intranet", "private network"),
        ("file:///etc/passwd", "Only links that start with http://"),
    ],
)
def test_a_link_the_server_must_not_fetch_is_refused(url: str, message: str) -> None:
    at = start()
    fetch_link(at, url)
    shown = [e.value.replace("\\", "") for e in at.error]  # Markdown escapes
    assert any(message in e for e in shown), shown
    assert len(at.session_state["docs"]) == 1  # nothing lost, nothing added


def test_refusals_in_norwegian() -> None:
    at = start("nb-NO")
    at.text_input(key="link_url").input("http://localhost:8501/")
    next(b for b in at.button if b.label == "Hent artikkelen").click().run()
    assert_healthy(at)
    assert any("peker til denne maskinen selv" in e.value for e in at.error)
