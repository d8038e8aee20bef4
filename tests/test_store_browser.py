"""An event store in the app, in a real browser: ``streamlit run streamlit_app.py --
--store STORE`` draws the density of the store with labels, names the events and shows
every quote of the chosen one, and sends the browser far less than the store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.streamlit_server import CHROMIUM, CHROMIUM_ARGS, IDLE, require_browser, streamlit_server
from timeline.corpus import corpus

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    store = tmp_path_factory.mktemp("store")
    corpus(sorted(REAL.glob("*/*.txt")), store, workers=1, lang="en")
    env = {**os.environ, "TIMELINE_STORE_MAX_EVENTS": "20", "PYTHONPATH": str(ROOT)}
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with streamlit_server(ROOT / "streamlit_app.py", log, env, ["--store", str(store)]) as url:
        yield url


def test_the_app_opens_a_store_given_after_the_double_dash(server: str) -> None:
    from playwright.sync_api import sync_playwright

    received = [0]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            page.on(
                "websocket",
                lambda ws: ws.on(
                    "framereceived",
                    lambda payload: received.__setitem__(0, received[0] + len(payload)),
                ),
            )
            page.goto(server, wait_until="domcontentloaded")
            page.wait_for_selector("h1:has-text('Event store')", timeout=90_000)
            page.wait_for_selector(IDLE, timeout=90_000)
            # Coarse zoom: the density (a heatmap) with the most important events named.
            page.wait_for_selector(".js-plotly-plot .heatmaplayer", timeout=30_000)
            labels = page.locator(".js-plotly-plot .scatterlayer .textpoint")
            assert labels.count() >= 5
            # The detail of the chosen event: each of its quotes, as plain text.
            assert page.locator('[data-testid="stText"]').count() >= 1
            assert 0 < received[0] < 2_000_000
        finally:
            browser.close()
