"""The interactive HTML export in a real browser, on a phone and on a desktop screen.

Issue 7, item 8: at 390 × 844 the legends collided with the zoom buttons and the title
was clipped, in the app and in the HTML export. Checked here from the boxes Chromium
draws (Playwright with Debian's chromium; no Streamlit server needed).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.streamlit_server import CHROMIUM, CHROMIUM_ARGS, require_browser
from timeline import figure, render
from timeline.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "000_192722d517445595.txt"
LONG_TITLE = 'Putin vil ha «sekspartssamtaler» igjen etter det første møtet med Kim i Vladivostok'
CREDIT = [("NTB", "2019-04-26"), ("Reuters", "2019-04-25"), ("Yonhap", "2019-04-25")]
LOAD_MS = 180_000  # the page inlines 4.5 MB of plotly.js; a busy CI machine is slow

BOXES = """() => {
  const box = (selector) => [...document.querySelectorAll(selector)].map((n) => {
    const b = n.getBoundingClientRect();
    return {left: b.left, top: b.top, right: b.right, bottom: b.bottom};
  });
  const rect = (pattern) => {
    const n = [...document.querySelectorAll('.annotation')].find(
      (a) => pattern.test(a.textContent || ''));
    if (!n) { return null; }
    const b = n.getBoundingClientRect();
    return {left: b.left, top: b.top, right: b.right, bottom: b.bottom};
  };
  return {
    scrollWidth: document.documentElement.scrollWidth,
    svg: box('.js-plotly-plot .main-svg'),
    title: box('.js-plotly-plot .gtitle'),
    legend: box('.js-plotly-plot g.legend'),
    legend2: box('.js-plotly-plot g.legend2'),
    menu: box('.js-plotly-plot g.updatemenu-container'),
    subtitle: rect(/^\\d+ (hendelser|events)/),
    source: rect(/^(Kilde|Source):/),
    titleText: (document.querySelector('.js-plotly-plot .gtitle') || {}).textContent || '',
  };
}"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    frame = Workspace.from_files([SEED]).timeline()[0]
    fig = figure.build_figure(frame, lane_by="actor", title=LONG_TITLE, lang="nb",
                              page=figure.Page(source=render.source_line(CREDIT, lang="nb")))
    path = tmp_path_factory.mktemp("html") / "tidslinje.html"
    path.write_bytes(render.to_html(fig, title=LONG_TITLE))
    return path


def boxes(browser: Any, path: Path, width: int, height: int) -> dict[str, Any]:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.goto(path.as_uri(), timeout=LOAD_MS, wait_until="domcontentloaded")
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=LOAD_MS)
        # the page may refit its furniture after the first draw: wait until it settles
        settled, last = 0, None
        for _ in range(60):
            now = page.evaluate("() => JSON.stringify(document.querySelector('.js-plotly-plot')"
                                ".getBoundingClientRect()) + document.querySelector("
                                "'.js-plotly-plot .gtitle')?.getBoundingClientRect().top")
            settled = settled + 1 if now == last else 0
            if settled >= 3:
                break
            last = now
            page.wait_for_timeout(300)
        return page.evaluate(BOXES)
    finally:
        context.close()


def overlap(a: dict[str, float] | None, b: dict[str, float] | None) -> bool:
    if not a or not b:
        return False
    return a["left"] < b["right"] and b["left"] < a["right"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1200, 800)], ids=["phone", "desktop"])
def test_the_html_export_fits_the_screen_without_collisions(browser: Any, exported: Path,
                                                            width: int, height: int) -> None:
    seen = boxes(browser, exported, width, height)
    # the plot takes the screen's width, no more: nothing to scroll sideways
    assert seen["scrollWidth"] <= width, seen
    assert seen["svg"] and all(s["right"] <= width + 0.5 and s["left"] >= 0 for s in seen["svg"])
    # the title is whole: inside the screen, not cut at the top, every word there
    (title,) = seen["title"]
    assert title["left"] >= 0 and title["right"] <= width and title["top"] >= 0, title
    assert seen["titleText"].replace(" ", "") == LONG_TITLE.replace(" ", "")
    # the legends, the zoom buttons, the title and the subtitle each have their own room
    (legend,), (legend2,), (menu,) = seen["legend"], seen["legend2"], seen["menu"]
    furniture = {"title": title, "subtitle": seen["subtitle"], "legend": legend,
                 "legend2": legend2, "menu": menu}
    names = list(furniture)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not overlap(furniture[a], furniture[b]), (a, b, furniture[a], furniture[b])
    assert menu["right"] <= width and menu["left"] >= 0
    # the source line is whole too, and the subtitle is there
    assert seen["subtitle"] and seen["source"], seen
    assert seen["source"]["right"] <= width and seen["source"]["left"] >= 0


def test_the_page_is_made_for_any_width(exported: Path) -> None:
    page = exported.read_text(encoding="utf-8")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert f"<title>{'Putin vil ha «sekspartssamtaler» igjen'}" in page
    config = json.loads(re.search(r'\{"scrollZoom": true.*?\}\}', page).group(0))
    assert config["responsive"] is True


def test_to_html_drops_a_fixed_width() -> None:
    frame = Workspace.from_files([SEED]).timeline()[0]
    fig = figure.build_figure(frame, title="Korea", page=figure.Page(width=680))
    assert fig.layout.width == 680
    page = render.to_html(fig, title="Korea").decode("utf-8")
    assert '"width":680' not in page.replace(" ", "") and '"autosize":true' in page.replace(" ", "")
    assert fig.layout.width == 680  # the caller's figure is not changed
