"""An event store in the app, in a real browser: ``streamlit run streamlit_app.py --
--store STORE`` draws the density of the store with labels, names the events and shows
every quote of the chosen one, and sends the browser far less than the store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from timeline.corpus import corpus

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "data" / "real"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def _require_browser() -> None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("the playwright package is missing")
        pytest.skip("the playwright package is missing")
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} is missing")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    _require_browser()
    store = tmp_path_factory.mktemp("store")
    corpus(sorted(REAL.glob("*/*.txt")), store, workers=1, lang="en")
    port = _free_port()
    log_path = tmp_path_factory.mktemp("streamlit") / "server.log"
    log = log_path.open("w")
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "streamlit_app.py"),
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--",
        "--store",
        str(store),
    ]
    env = {**os.environ, "TIMELINE_STORE_MAX_EVENTS": "20", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.read().strip() == b"ok":
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)
        log.close()


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
