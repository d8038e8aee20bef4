"""The app in a real browser: what only a browser shows (hover, click, download).

Starts ``streamlit run streamlit_app.py`` on 127.0.0.1 and drives Debian's
``/usr/bin/chromium`` through Playwright's sync API. Without Chromium or Playwright the
tests skip, except in CI (``CI`` set), where they fail: they must run there.
Screenshots go to ``artifacts/`` (git-ignored); with ``TIMELINE_UPDATE_SCREENSHOTS=1``
also to ``docs/screenshot.png`` (README), so that a test run leaves the tree clean.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.streamlit_server import CHROMIUM, CHROMIUM_ARGS, IDLE, require_browser, streamlit_server

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "streamlit_app.py"
SEED = ROOT / "data" / "000_192722d517445595.txt"
ARTIFACTS = ROOT / "artifacts"
# Event marks: day markers (scatter points) and spans (bars) of the main plot.
MARKS = (
    ".js-plotly-plot .cartesianlayer .scatterlayer path.point, "
    ".js-plotly-plot .cartesianlayer .barlayer .point path"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_browser()
    env = dict(os.environ, TIMELINE_SAVE_DIR=str(tmp_path_factory.mktemp("saved")),
               TIMELINE_LOCAL_SAVE="1")
    env.pop("TIMELINE_SAVE_SHARED", None)
    log = tmp_path_factory.mktemp("streamlit") / "server.log"
    with streamlit_server(APP, log, env) as url:
        yield url


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(
        viewport={"width": 1440, "height": 1500}, accept_downloads=True, locale="en-US"
    )
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(server)
    page.wait_for_selector(MARKS, state="attached")
    page.wait_for_selector(IDLE)
    yield page
    context.close()


@pytest.fixture(scope="module")
def seed_quotes() -> list[str]:
    import timeline

    return [q for q in timeline.extract_document(timeline.read_document(SEED))["quote"] if q]


def _squash(text: str) -> str:
    return "".join(text.split())


def _points(page: Any) -> list[Any]:
    """Centres of the event marks that lie inside the plot area (not the range slider)."""
    plot = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    boxes = []
    for handle in page.locator(MARKS).element_handles():
        box = handle.bounding_box()
        if box is None:
            continue
        cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
        if (
            plot["x"] < cx < plot["x"] + plot["width"]
            and plot["y"] < cy < plot["y"] + plot["height"]
        ):
            boxes.append((cx, cy))
    return boxes


def _hover_text(page: Any, x: float, y: float) -> str:
    """The hover label's text at (x, y), or "" if no label appears there."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    label = page.locator(".js-plotly-plot .hoverlayer .hovertext")
    page.mouse.move(5, 5)  # away first, so an old label cannot be read as the new one
    try:
        label.first.wait_for(state="hidden", timeout=2_000)
    except PlaywrightTimeout:
        pass
    # Plotly's drag layer sits above the points: move the real mouse, not locator.hover().
    page.mouse.move(x - 12, y, steps=2)
    page.mouse.move(x, y, steps=4)
    try:
        label.first.wait_for(state="visible", timeout=5_000)
    except PlaywrightTimeout:
        return ""
    return label.first.text_content() or ""


def test_hover_shows_the_source_quote(page: Any, seed_quotes: list[str]) -> None:
    points = _points(page)
    assert points, "no event marks inside the plot"
    wanted = [_squash(q)[:40] for q in seed_quotes]
    seen = []
    for x, y in points[:8]:
        text = _squash(_hover_text(page, x, y))
        seen.append(text[:120])
        if any(w in text for w in wanted):
            return
    pytest.fail(f"no hover label showed a quote; labels were: {seen}")


def test_click_opens_the_detail_panel_and_png_downloads(page: Any, seed_quotes: list[str]) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    detail = page.locator(".st-key-detail")
    assert "Sources (" not in (detail.text_content() or "")
    points = [(px, py, _squash(_hover_text(page, px, py))) for px, py in _points(page)]
    hoverable = [p for p in points if p[2]]
    assert hoverable, "no event mark shows a hover label"
    # For the README picture, prefer the event whose date is read from the one before it.
    x, y, _ = next((p for p in hoverable if "Fådagersenere" in p[2]), hoverable[0])
    page.wait_for_selector(IDLE)
    _hover_text(page, x, y)
    page.mouse.click(x, y)
    try:
        page.wait_for_function(
            "() => (document.querySelector('.st-key-detail')?.textContent || '')"
            ".includes('Sources (')")
    except PlaywrightTimeout:
        shown = _squash(page.locator('[data-testid="stMain"]').first.text_content() or "")
        pytest.fail(f"clicking an event did not open the detail panel; the page shows: "
                    f"{shown[:300]}")
    page.wait_for_selector(IDLE)
    text = _squash(detail.text_content() or "")
    assert any(_squash(q)[:40] in text for q in seed_quotes), text[:400]
    assert "Howthedatewasread" in text

    ARTIFACTS.mkdir(exist_ok=True)
    page.mouse.move(5, 5)  # no hover label in the picture
    page.wait_for_timeout(400)
    page.screenshot(path=str(ARTIFACTS / "app.png"))
    if os.environ.get("TIMELINE_UPDATE_SCREENSHOTS") == "1":
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))

    page.get_by_role("tab", name="Export").click()
    button = page.get_by_role("button", name="PNG image")
    button.wait_for(state="visible")
    if not button.is_enabled():
        pytest.fail("the PNG button is disabled: kaleido cannot find Chromium")
    page.wait_for_selector(IDLE)
    with page.expect_download(timeout=90_000) as info:
        button.click()
    target = ARTIFACTS / "download.png"
    info.value.save_as(target)
    data = target.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000
    # The PNG to publish: the article-column preset (680 px) at scale 2.
    assert int.from_bytes(data[16:20], "big") == 2 * 680


def test_timeline_file_downloads_and_reopens_with_every_edit(browser: Any, server: str,
                                                             page: Any) -> None:
    """The saved file is the only way to keep curated work on a shared host: the real
    download must arrive, and a fresh session that opens it must have every change."""
    import json

    page.get_by_role("tab", name="Curate").click()
    page.wait_for_selector(IDLE)
    for placeholder, typed in (("North Korea left the NPT", "Egen hendelse fra nettleseren"),
                               ("2003-01-10 or April 2009", "20. april 2019")):
        field = page.get_by_placeholder(placeholder)
        field.fill(typed)
        field.press("Enter")  # a text input is sent when it is committed
        page.wait_for_timeout(300)
        page.wait_for_selector(IDLE)
    page.get_by_role("button", name="Add event").click()
    page.wait_for_selector(IDLE)
    try:
        page.get_by_text("1 change on top of the extracted events").wait_for()
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "curate-failed.png"))
        raise

    page.get_by_role("tab", name="Save / open").click()
    page.wait_for_selector(IDLE)
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name="Download timeline file").click()
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / "saved.timeline.json"
    info.value.save_as(target)
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["format"] == "tidslinje-curated"
    assert [op["op"] for op in saved["ops"]] == ["add"]
    assert saved["documents"] and saved["documents"][0]["text"]

    fresh = browser.new_context(viewport={"width": 1440, "height": 1500}, locale="en-US")
    other = fresh.new_page()
    other.set_default_timeout(60_000)
    try:
        other.goto(server)
        other.wait_for_selector(MARKS, state="attached")
        other.wait_for_selector(IDLE)
        other.get_by_role("tab", name="Save / open").click()
        other.wait_for_selector(IDLE)
        uploader = other.locator('[data-testid="stFileUploader"]').filter(
            has_text="Open a timeline file")
        uploader.locator('input[type="file"]').set_input_files(str(target))
        try:
            other.get_by_text("Opened saved.timeline.json").first.wait_for()
        except Exception:
            other.screenshot(path=str(ARTIFACTS / "reopen-failed.png"))
            raise
        other.wait_for_selector(IDLE)
        other.get_by_role("tab", name="Curate").click()
        other.wait_for_selector(IDLE)
        other.get_by_text("1 change on top of the extracted events").wait_for()
        assert "Egen hendelse fra nettleseren" in (other.locator(".js-plotly-plot").first
                                                   .text_content() or "")
    finally:
        fresh.close()


def _open_detail(page: Any, wanted: str) -> None:
    """Click the event whose hover label holds ``wanted`` (squashed), else the first one
    with a label, and wait until the detail panel shows it."""
    points = [(px, py, _squash(_hover_text(page, px, py))) for px, py in _points(page)]
    hoverable = [p for p in points if p[2]]
    assert hoverable, "no event mark shows a hover label"
    x, y, _ = next((p for p in hoverable if wanted in p[2]), hoverable[0])
    page.wait_for_selector(IDLE)
    _hover_text(page, x, y)
    page.mouse.click(x, y)
    page.wait_for_function(
        "() => (document.querySelector('.st-key-detail')?.textContent || '').includes(' (')"
    )
    page.wait_for_selector(IDLE)
    page.mouse.move(5, 5)  # no hover label in a picture
    page.wait_for_timeout(400)


def test_norwegian_ui_and_the_switch_to_english(browser: Any, server: str) -> None:
    """A browser set to Norwegian gets the whole page in bokmål (sidebar, tabs, chart,
    hover, detail); the sidebar's switch turns every word English."""
    context = browser.new_context(viewport={"width": 1440, "height": 1500}, locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(60_000)
    ARTIFACTS.mkdir(exist_ok=True)
    update = os.environ.get("TIMELINE_UPDATE_SCREENSHOTS") == "1"
    try:
        page.goto(server)
        page.wait_for_selector(MARKS, state="attached")
        page.wait_for_selector(IDLE)
        for tab in ("Tabell", "Rediger", "Eksport", "Lagre / åpne"):
            page.get_by_role("tab", name=tab).wait_for()
        main = page.locator('[data-testid="stMain"]').first
        text = main.text_content() or ""
        assert "hendelser" in text and " av " in text, text[:300]
        chart = page.locator(".js-plotly-plot").first.text_content() or ""
        for word in ("møte", "alt", "10 år", "måned, år, periode"):
            assert word in chart, (word, chart[:300])
        hovers = [_squash(_hover_text(page, x, y)) for x, y in _points(page)[:6]]
        assert any("Skrevet«" in h or "Stårfulltutiteksten" in h for h in hovers), hovers
        assert not any("Written" in h for h in hovers), hovers
        sidebar = page.locator('[data-testid="stSidebar"]').first.text_content() or ""
        assert "Dokumenter" in sidebar and "Legg til dokumenter" in sidebar

        _open_detail(page, "Fådagersenere")
        detail = _squash(page.locator(".st-key-detail").text_content() or "")
        assert "Kilder(" in detail and "Slikbledatoenlest" in detail, detail[:300]
        assert "TIMEX3" not in detail and "Sources(" not in detail
        page.screenshot(path=str(ARTIFACTS / "app-nb.png"))
        if update:
            page.screenshot(path=str(ROOT / "docs" / "screenshot-nb.png"))

        page.locator('[data-testid="stSidebar"]').get_by_text("English", exact=True).click()
        page.get_by_role("tab", name="Table").wait_for()
        page.wait_for_selector(IDLE)
        chart = page.locator(".js-plotly-plot").first.text_content() or ""
        assert "negotiations" in chart and "forhandlinger" not in chart
        detail = _squash(page.locator(".st-key-detail").text_content() or "")
        assert "Sources(" in detail and "Howthedatewasread" in detail, detail[:300]
        assert "ca.april" not in detail and "about" in detail, detail[:300]  # the picker too
        page.mouse.move(5, 5)
        page.wait_for_timeout(400)
        page.screenshot(path=str(ARTIFACTS / "app-en.png"))
        if update:
            page.screenshot(path=str(ROOT / "docs" / "screenshot-en.png"))
    finally:
        context.close()


QUOTED_TEXT = (
    'On 3 March 2015 the "six-party talks" began in Beijing. '
    "In April 2016 the envoys met again for 'new' talks in Seoul."
)
ANNOTATIONS = ".js-plotly-plot .infolayer .annotation-text"


def _paste(page: Any, name: str, text: str) -> None:
    sidebar = page.locator('[data-testid="stSidebar"]')
    sidebar.get_by_role("tab", name="Paste").click()
    form = sidebar.locator('[data-testid="stForm"]')
    form.get_by_label("Title", exact=True).fill(name)
    form.get_by_label("Text").fill(text)
    form.get_by_role("button", name="Add text").click()
    page.wait_for_selector(IDLE)


def test_a_quote_in_a_title_reads_as_a_quote(page: Any) -> None:
    """Item 1 of issue 7: '"' showed as '&quot;' in labels and the chart title."""
    _paste(page, 'The "six-party talks"', QUOTED_TEXT)
    page.wait_for_function(
        "(sel) => [...document.querySelectorAll(sel)].some(e => e.textContent.includes('six-party'))",
        arg=ANNOTATIONS,
    )
    labels = page.locator(ANNOTATIONS).all_text_contents()
    assert any('the "six-party talks" began in beijing' in label.lower() for label in labels), labels
    title = page.locator(".js-plotly-plot .infolayer .gtitle").first.text_content() or ""
    # a long title wraps into lines: compare without the white space
    assert _squash('"six-party talks"') in _squash(title), title
    shown = " ".join([*labels, title])
    assert "&quot;" not in shown and "&#" not in shown and "&amp;" not in shown, shown


def test_the_html_export_reads_a_quote_as_a_quote(browser: Any, tmp_path: Path) -> None:
    import timeline
    from timeline import figure, render

    frame = timeline.extract(QUOTED_TEXT, lang="en", dct="2019-04-26")
    fig = figure.build_figure(frame, title='Korea: "talks" & more')
    target = tmp_path / "quoted.html"
    target.write_bytes(render.to_html(fig, title='Korea: "talks" & more'))
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    try:
        page = context.new_page()
        page.goto(target.as_uri())
        page.wait_for_selector(ANNOTATIONS)
        labels = page.locator(ANNOTATIONS).all_text_contents()
        assert any('"six-party talks"' in label for label in labels), labels
        assert page.locator(".gtitle").first.text_content() == 'Korea: "talks" & more'
        assert page.title() == 'Korea: "talks" & more'
    finally:
        context.close()


def _zoom(page: Any, label: str) -> None:
    """Click one of the chart's zoom buttons and wait for Plotly to redraw."""
    button = page.locator(".js-plotly-plot .updatemenu-button").filter(has_text=label).first
    before = page.evaluate("() => document.querySelector('.js-plotly-plot').layout.xaxis.range.join()")
    button.click()
    page.wait_for_function(
        "(old) => document.querySelector('.js-plotly-plot').layout.xaxis.range.join() !== old",
        arg=before,
    )
    _wait_for_labels_of_the_view(page, whole=True)  # the run the zoom watcher asks for


def test_zoom_buttons_1m_and_1y_show_events(page: Any) -> None:
    """Item 3 of issue 7: "1m" counted back from the axis end and showed an empty month."""
    for label in ("1m", "1y", "all"):
        _zoom(page, label)
        assert _points(page), f"after '{label}' no event mark is inside the plot"


def _open_saved_tab(page: Any) -> None:
    page.get_by_role("tab", name="Save / open").click()
    page.wait_for_selector(IDLE)


def _saved_names(page: Any) -> list[str]:
    """The names the "Saved timelines" picker offers (opened, read, closed again)."""
    box = page.get_by_role("combobox", name="Saved timelines")
    box.click()
    if box.get_attribute("aria-expanded") != "true":
        box.press("ArrowDown")
    try:
        page.locator('[role="option"]').first.wait_for(timeout=10_000)
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "saved-names.png"))
        (ARTIFACTS / "saved-names.html").write_text(page.content())
        raise
    options = page.locator('[role="option"]').all_text_contents()
    page.keyboard.press("Escape")
    return [o.strip() for o in options if o.strip() and "No results" not in o]


def test_two_browsers_do_not_see_each_others_saves(browser: Any, server: str) -> None:
    """Item 13 of issue 7: a self-hosted server shared one saved_timelines/ folder."""
    contexts = [browser.new_context(viewport={"width": 1440, "height": 1500}) for _ in range(2)]
    try:
        pages = []
        for context, name in zip(contexts, ("Alice sitt utkast", "Bobs utkast"), strict=True):
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(server)
            page.wait_for_selector(MARKS, state="attached")
            page.wait_for_selector(IDLE)
            _open_saved_tab(page)
            field = page.locator('[data-testid="stMain"]').get_by_label("Name", exact=True)
            field.fill(name)
            field.press("Enter")
            page.wait_for_selector(IDLE)
            page.get_by_role("button", name="Save to folder").click()
            page.get_by_text(f"Saved as {name}.timeline.json").wait_for()
            page.wait_for_selector(IDLE)
            pages.append(page)
        alice, bob = pages
        assert _saved_names(alice) == ["Alice sitt utkast"]
        assert _saved_names(bob) == ["Bobs utkast"]
    finally:
        for context in contexts:
            context.close()


SECOND_DOC = (
    "date: 2019-04-26\nlang: en\nsource: Reuters\n\n"
    "Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
    "on Thursday. The six-party talks on North Korea's nuclear programme collapsed in "
    "April 2009. Kim met US President Donald Trump in Singapore on 12 June 2018 and in "
    "Hanoi in February. North Korea left the Non-Proliferation Treaty in 2003. China and "
    "Russia called for new talks in March 2019."
)


def _label_boxes(page: Any) -> tuple[dict[str, float], list[dict[str, float]], list[dict[str, float]]]:
    """The plot area, the on-chart label boxes (annotations inside it) and the lane names."""
    page.wait_for_selector(IDLE)
    plot = None
    for _ in range(50):  # the plot is redrawn after a rerun: wait for it
        plot = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
        if plot:
            break
        page.wait_for_timeout(200)
    assert plot, "the plot did not come back"
    labels = []
    for handle in page.locator(".js-plotly-plot .infolayer .annotation").element_handles():
        box = handle.bounding_box()
        if box is None or box["width"] == 0:
            continue
        cy = box["y"] + box["height"] / 2
        if plot["y"] < cy < plot["y"] + plot["height"]:
            labels.append(box)
    lanes = [h.bounding_box() for h in page.locator(".js-plotly-plot .yaxislayer-above .ytick text").element_handles()]
    return plot, labels, [b for b in lanes if b]


# The chart as the browser has it: the events it draws and its lanes.
_CHART_SHAPE = """() => {
    const gd = document.querySelector('.js-plotly-plot');
    if (!gd || !gd.data || !gd.layout || !gd.layout.yaxis) return null;
    const events = new Set(gd.data.flatMap(t => (t.customdata || [])
        .map(c => Array.isArray(c) ? c[0] : null).filter(c => typeof c === 'string')));
    return {events: events.size, lanes: (gd.layout.yaxis.tickvals || []).length};
}"""


def _chart_shape(page: Any) -> dict[str, int]:
    return page.evaluate(_CHART_SHAPE) or {"events": 0, "lanes": 0}


def _wait_for_chart(page: Any, condition: str, arg: Any = None) -> None:
    """Wait until the chart shown satisfies ``condition`` (a JS function of the chart's
    shape, see _CHART_SHAPE, and ``arg``), then for the script to be idle. Waiting for
    idle alone is not enough after a click: the page is idle between the click and the
    start of the rerun it asks for, and a slow rerun (a text read for the first time on
    this server) leaves the old chart there for longer than any fixed pause."""
    page.wait_for_function(
        f"(arg) => {{ const s = ({_CHART_SHAPE})(); return !!s && ({condition})(s, arg); }}", arg=arg)
    page.wait_for_selector(IDLE)


def _add_second_document(page: Any) -> None:
    """Paste SECOND_DOC and wait until the chart draws its events too."""
    before = _chart_shape(page)["events"]
    _paste(page, "Reuters", SECOND_DOC)
    _wait_for_chart(page, "(s, n) => s.events > n", before)


def _lanes(page: Any, choice: str, lanes: int) -> None:
    """Pick the lane arrangement ``choice`` and wait for the chart to have ``lanes`` lanes."""
    main = page.locator('[data-testid="stMain"]')  # (the sidebar has the language switch)
    main.locator('[data-testid="stButtonGroup"]').first.get_by_text(choice, exact=True).click()
    _wait_for_chart(page, "(s, n) => s.lanes === n", lanes)


def _overlap(a: dict[str, float], b: dict[str, float], slack: float = 1.0) -> bool:
    return (a["x"] + slack < b["x"] + b["width"] and b["x"] + slack < a["x"] + a["width"]
            and a["y"] + slack < b["y"] + b["height"] and b["y"] + slack < a["y"] + a["height"])


def _assert_labels_apart(page: Any, where: str) -> None:
    plot, labels, lanes = _label_boxes(page)
    assert len(labels) >= 5, f"{where}: only {len(labels)} labels drawn"
    for i, a in enumerate(labels):
        assert a["x"] >= plot["x"] - 1, f"{where}: a label runs over the lane names: {a}"
        assert a["x"] + a["width"] <= plot["x"] + plot["width"] + 20, f"{where}: a label is cut: {a}"
        for b in labels[i + 1 :]:
            assert not _overlap(a, b), f"{where}: labels overlap: {a} {b}"
        for lane in lanes:
            assert not _overlap(a, lane), f"{where}: a label covers a lane name"


def test_labels_do_not_overlap_at_the_default_zoom(page: Any) -> None:
    """Item 2 of issue 7, checked from the label boxes: the bundled article, then a
    two-document timeline, by type and by document."""
    _assert_labels_apart(page, "bundled article")
    _add_second_document(page)
    _assert_labels_apart(page, "two documents, by type")
    _lanes(page, "Document", 2)
    _assert_labels_apart(page, "two documents, by document")


_LABEL_STATE = """() => {
    const gd = document.querySelector('.js-plotly-plot');
    const r = gd._fullLayout.xaxis.range.map(v => gd._fullLayout.xaxis.r2l(v));
    const labels = (gd.layout.annotations || []).filter(a => (a.name || '').startsWith('label:'));
    const events = new Set(gd.data.flatMap(t => (t.customdata || [])
        .map(c => Array.isArray(c) ? c[0] : null).filter(c => typeof c === 'string')));
    return {range: r, labels: labels.map(a => [a.name, gd._fullLayout.xaxis.r2l(a.x)]),
            events: [...events]};
}"""


def test_zooming_in_reveals_labels_that_had_no_room(page: Any) -> None:
    """Issue 7: less important labels are dropped at the wide view and revealed as the
    reader zooms in. For each zoom window: every label the wide view had there is still
    drawn, no two labels overlap, and some window names more of its events than before.

    On the bundled article alone, at a desktop's width, the wide view has room for every
    label (11 of 11 named), so there is nothing to reveal; the test first makes a denser
    real timeline, the article and a second report in one lane, where the wide view
    must drop some (checked, so that the test cannot pass for want of a dropped label)."""
    state, wide, unnamed = _crowded_wide_view(page)
    revealed = False
    buttons = page.locator(".js-plotly-plot .updatemenu-button")
    names = [buttons.nth(i).text_content() for i in range(buttons.count())]
    for label in [n for n in names if n and n != "all"]:
        _zoom(page, label)
        state = page.evaluate(_LABEL_STATE)
        lo, hi = state["range"]
        before = {name for name, x in wide if lo <= x <= hi}
        after = {name for name, x in state["labels"] if lo <= x <= hi}
        assert before <= after, f"'{label}': labels of the wide view went missing"
        revealed = revealed or len(after) > len(before)
        plot, boxes, lanes = _label_boxes(page)
        for i, a in enumerate(boxes):
            assert a["x"] >= plot["x"] - 1, f"'{label}': a label runs over the lane names"
            for b in boxes[i + 1 :]:
                assert not _overlap(a, b), f"'{label}': labels overlap: {a} {b}"
    assert revealed, "no zoom button named more events than the wide view"
    _zoom(page, "all")
    assert {n for n, _ in page.evaluate(_LABEL_STATE)["labels"]} == {n for n, _ in wide}


# Where each event's mark starts, in page pixels (a bar's start, a day's marker).
_EVENT_X = """() => {
    const gd = document.querySelector('.js-plotly-plot');
    const ax = gd._fullLayout.xaxis;
    const left = gd.querySelector('.nsewdrag').getBoundingClientRect().left;
    const out = {};
    for (const t of gd._fullData) {
        const cd = t.customdata || [];
        for (let i = 0; i < cd.length; i++) {
            const id = Array.isArray(cd[i]) ? cd[i][0] : null;
            if (typeof id !== 'string' || id in out) continue;
            const v = t.type === 'bar' ? (Array.isArray(t.base) || ArrayBuffer.isView(t.base)
                ? t.base[i] : t.base) : t.x[i];
            out[id] = left + ax.l2p(ax.r2l(v));
        }
    }
    return out;
}"""


# The chart's labels are laid out for the range shown (``whole``: which may be the whole).
_LAID_FOR_THE_VIEW = """(whole) => {
    const gd = document.querySelector('.js-plotly-plot');
    const m = (gd && gd.layout && gd.layout.meta) || {};
    const ax = gd && gd._fullLayout && gd._fullLayout.xaxis;
    if (!m.labels_for || !ax || (!whole && m.labels_for.join() === m.extent.join())) return false;
    const [a, b] = ax.range.map(v => ax.r2l(v)), [c, d] = m.labels_for.map(v => ax.r2l(v));
    return Math.abs(a - c) <= 0.01 * (b - a) && Math.abs(b - d) <= 0.01 * (b - a);
}"""


def _wait_for_labels_of_the_view(page: Any, whole: bool = False) -> None:
    """Wait until the server has laid the labels out for the range the reader zoomed
    to (the zoom watcher reports it once the wheel or drag has stopped), and the page
    is idle with that chart."""
    try:
        for _ in range(2):  # a report may still be on its way: the same after a pause
            page.wait_for_function(_LAID_FOR_THE_VIEW, arg=whole, timeout=30_000)
            page.wait_for_selector(IDLE)
            page.wait_for_timeout(700)
        page.wait_for_function(_LAID_FOR_THE_VIEW, arg=whole, timeout=30_000)
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "zoom-labels-failed.png"))
        raise


def _crowded_wide_view(page: Any) -> tuple[dict[str, Any], list[Any], set[str]]:
    """The bundled article and a second report in one lane, at the wide view: the
    chart's label state, its labels, and the events it leaves unnamed (checked to be
    some, so that a test of a reveal cannot pass for want of a dropped label)."""
    _add_second_document(page)
    _lanes(page, "One lane", 1)
    state = page.evaluate(_LABEL_STATE)
    wide = state["labels"]
    unnamed = set(state["events"]) - {name.removeprefix("label:") for name, _ in wide}
    assert unnamed, "the wide view names every event: this timeline cannot show a reveal"
    return state, wide, unnamed


def test_a_wheel_zoom_lays_the_labels_out_again(page: Any) -> None:
    """Issue 7: a zoom with the mouse wheel (no button, so nothing Streamlit hears of
    by itself) reveals labels that had no room in the wide view, keeps the ones it
    had in the window, overlaps none, and leaves the reader where they zoomed to."""
    state, wide, unnamed = _crowded_wide_view(page)
    plot = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    where = page.evaluate(_EVENT_X)
    # zoom in on an unnamed event that has others near it (the crowded part)
    inside = sorted(where[e] for e in unnamed if plot["x"] + 5 < where[e] < plot["x"] + plot["width"] - 5)
    assert inside, "no unnamed event inside the plot"
    x = inside[len(inside) // 2] + 1
    page.mouse.move(x, plot["y"] + plot["height"] / 2)
    for _ in range(22):  # Plotly zooms about 10% a wheel step
        page.mouse.wheel(0, -120)
        page.wait_for_timeout(40)
    _wait_for_labels_of_the_view(page)
    zoomed = page.evaluate(_LABEL_STATE)
    lo, hi = zoomed["range"]
    full = state["range"]
    assert hi - lo < 0.6 * (full[1] - full[0]), f"the view went back to {zoomed['range']}"
    before = {name for name, at in wide if lo <= at <= hi}
    after = {name for name, at in zoomed["labels"] if lo <= at <= hi}
    assert before <= after, "labels of the wide view went missing"
    revealed = {name.removeprefix("label:") for name in after} & unnamed
    assert revealed, "the wheel zoom named no event that had no room in the wide view"
    plot, boxes, lanes = _label_boxes(page)
    assert boxes, "no label drawn after the zoom"
    for i, a in enumerate(boxes):
        assert a["x"] >= plot["x"] - 1, "a label runs over the lane names"
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b), f"labels overlap: {a} {b}"
        for lane in lanes:
            assert not _overlap(a, lane), "a label covers a lane name"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "wheel-zoom.png"))

    # a drag pans (the chart's drag mode): the labels follow to the new range
    y = plot["y"] + plot["height"] * 0.97  # low in the plot, clear of the marks
    page.mouse.move(plot["x"] + plot["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(plot["x"] + plot["width"] * 0.6, y, steps=12)
    page.mouse.up()
    page.wait_for_function(
        "(old) => document.querySelector('.js-plotly-plot').layout.meta.labels_for.join() !== old",
        arg=",".join(str(v) for v in page.evaluate(
            "() => document.querySelector('.js-plotly-plot').layout.meta.labels_for")))
    _wait_for_labels_of_the_view(page)
    panned = page.evaluate(_LABEL_STATE)
    assert panned["range"][0] < lo, "the drag did not pan back in time"
    _, boxes, _ = _label_boxes(page)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b), f"after the pan, labels overlap: {a} {b}"


PHONE_AGENT = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0 Mobile Safari/537.36"
)


# Every control and element of the main area that the reader can see, by its whole box:
# one past the screen's right edge is cut or needs a sideways scroll. An element clipped
# to nothing by an ancestor is not seen (react-aria's visually hidden range input of a
# slider thumb is 129 px wide inside a 1 px box with ``clip: rect(0 0 0 0)``; it is for
# screen readers), so it does not count; a control clipped in part does.
_PAST_THE_EDGE = """(screen) => {
    const seen = (e) => {
        const r = e.getBoundingClientRect();
        let [l, t, rt, b] = [r.left, r.top, r.right, r.bottom];
        for (let a = e.parentElement; a; a = a.parentElement) {
            const c = getComputedStyle(a);
            const clips = c.overflowX !== 'visible' || c.overflowY !== 'visible'
                || (c.clip !== 'auto' && c.position === 'absolute') || c.clipPath !== 'none';
            if (!clips) continue;
            if (c.clip.replace(/[\\s,]/g, '') === 'rect(0px0px0px0px)' || c.clipPath === 'inset(50%)') return 0;
            const q = a.getBoundingClientRect();
            [l, t, rt, b] = [Math.max(l, q.left), Math.max(t, q.top), Math.min(rt, q.right), Math.min(b, q.bottom)];
        }
        return Math.max(0, rt - l) * Math.max(0, b - t);
    };
    const main = '[data-testid="stMain"] ';
    const what = ['button', 'input', 'textarea', '[data-baseweb="select"]', '[role="slider"]',
                  '[role="tab"]', 'iframe', '[data-testid="stElementContainer"]',
                  '.js-plotly-plot .main-svg'].map(w => main + w).join(', ');
    return [...document.querySelectorAll(what)]
        .map(e => [e, e.getBoundingClientRect()])
        .filter(([e, r]) => r.width > 0 && (r.right > screen + 1 || r.left < -1) && seen(e) > 4)
        .map(([e, r]) => [e.tagName, e.getAttribute('aria-label') || e.getAttribute('data-testid') || '',
                          Math.round(r.left), Math.round(r.right)]);
}"""

# Text drawn on the chart (labels, subtitle, notes) runs past the figure's edge: the
# SVG cuts it there.
_CUT_LABELS = """() => {
    const svg = document.querySelector('.js-plotly-plot .main-svg').getBoundingClientRect();
    return [...document.querySelectorAll('.js-plotly-plot .infolayer .annotation')]
        .map(e => [e.textContent, e.getBoundingClientRect()])
        .filter(([t, r]) => r.width > 0 && (r.left < svg.left - 1 || r.right > svg.right + 1))
        .map(([t, r]) => [t, Math.round(r.left), Math.round(r.right)]);
}"""


def _settled_boxes(page: Any, parts: dict[str, Any], tries: int = 20) -> dict[str, Any]:
    """The parts' boxes once the chart has stopped moving: two readings 300 ms apart
    that agree, with no rerun running. A loaded machine can still be redrawing the
    chart (a rerun after the first paint) when the page first says it is idle, and
    boxes read mid-redraw mix two layouts."""
    last: dict[str, Any] | None = None
    for _ in range(tries):
        page.wait_for_selector(IDLE)
        boxes = {name: loc.first.bounding_box() for name, loc in parts.items()}
        if boxes == last:
            return boxes
        last = boxes
        page.wait_for_timeout(300)
    raise AssertionError(f"the chart kept moving for {tries} readings: {last}")


def test_the_app_fits_a_phone(browser: Any, server: str) -> None:
    """Item 8 of issue 7, at 390x844: the sidebar starts collapsed, no control or element
    of the main area the reader can see runs past the screen's edge, no chart label is
    cut at the chart's edge, the title is whole, and the title, the legends, the reading
    key, the zoom buttons and the mode bar do not overlap."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True, user_agent=PHONE_AGENT, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(150_000)  # a first run on a loaded machine
    try:
        page.goto(server)
        page.wait_for_selector(MARKS, state="attached")
        page.wait_for_selector(IDLE)
        page.wait_for_timeout(500)
        sidebar = page.locator('[data-testid="stSidebar"]').bounding_box()
        assert sidebar is None or sidebar["x"] + sidebar["width"] <= 1, f"sidebar open: {sidebar}"
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width} px wide on a 390 px screen"
        wide = page.evaluate(_PAST_THE_EDGE, 390)
        assert not wide, f"controls run past the screen's edge: {wide}"
        # a phone has no hover, so Plotly shows its mode bar all the time
        _assert_chart_parts_apart(page, with_mode_bar=True)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "phone-390.png"), full_page=True)
    finally:
        context.close()


def _assert_chart_parts_apart(page: Any, with_mode_bar: bool = False) -> None:
    """No chart label is cut at the chart's edge, the title lies inside the chart, and
    the title, the legends, the reading key, the zoom buttons, the plot (and the mode
    bar) do not overlap, once the chart has settled."""
    cut = page.evaluate(_CUT_LABELS)
    assert not cut, f"chart labels run past the chart's edge and are cut: {cut}"
    chart = page.locator(".st-key-chart .js-plotly-plot")
    parts = {
        "title": chart.locator(".infolayer .g-gtitle"),
        "legend": chart.locator(".infolayer .legend"),
        "key": chart.locator(".infolayer .legend2"),
        "zoom buttons": chart.locator(".updatemenu-container"),
        "plot": chart.locator(".nsewdrag").first,
        **({"mode bar": chart.locator(".modebar")} if with_mode_bar else {}),
    }
    boxes = _settled_boxes(page, parts)
    for name, box in boxes.items():
        assert box and box["width"] > 0, f"no {name} drawn"
    whole = chart.first.bounding_box()
    title = boxes["title"]
    assert whole["x"] <= title["x"] and title["x"] + title["width"] <= whole["x"] + whole["width"], (
        f"the title is cut: {title}, the chart {whole}")
    names = list(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not _overlap(boxes[a], boxes[b], slack=2), f"{a} overlaps {b}: {boxes[a]} {boxes[b]}"


@pytest.mark.parametrize("width", [1024, 768])
def test_the_chart_is_laid_out_for_its_real_width(browser: Any, server: str, width: int) -> None:
    """A laptop with the sidebar open (1024 px: a 564 px chart) or a tablet (768 px) is
    no phone by its browser's name, and the chart laid out for the 960 px it assumed put
    the legends over the reading key and the zoom buttons and cut the title. The browser
    reports the chart's width, and the chart is laid out again for it."""
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="en-US")
    page = context.new_page()
    page.set_default_timeout(150_000)
    try:
        page.goto(server)
        page.wait_for_selector(MARKS, state="attached")
        page.wait_for_selector(IDLE)
        # The width report starts a rerun that redraws the chart, so the element may be
        # gone for a moment: measure and compare in the page, in one step, until they agree.
        page.wait_for_function(  # the run laid out for the width the browser reported
            "() => { const gd = document.querySelector('.st-key-chart .js-plotly-plot');"
            " if (!gd || !gd.layout || !gd.layout.meta) return false;"
            " const w = gd.getBoundingClientRect().width;"
            " return w > 0 && Math.abs(gd.layout.meta.laid_width - w) < 3; }")
        page.wait_for_selector(IDLE)
        _assert_chart_parts_apart(page)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"chart-{width}.png"))
    finally:
        context.close()


DOC_TEXT = '[data-testid="doc-text"]'


def _detail_text(page: Any) -> str:
    return _squash(page.locator(".st-key-detail").text_content() or "")


def test_the_document_view_clicks_through_both_ways(page: Any) -> None:
    """Issue 7: the whole text beside the timeline. A marked date selects its event;
    an event picked in the chart marks its sentence and scrolls the text to it; a
    click on the chart's empty space deselects."""
    import timeline

    doc = timeline.read_document(SEED)
    frame = timeline.extract_document(doc)
    box = page.locator(DOC_TEXT)  # Playwright's locators reach into the shadow root
    box.wait_for()
    # the whole text, as text: nothing interpreted, nothing lost or doubled
    assert _squash(box.text_content() or "") == _squash(doc.text)
    marks = box.locator("mark.timex")
    assert marks.count() >= 8
    written = {m["timex"] for ms in frame["mentions"] for m in ms}  # every mention's date
    shown = marks.all_text_contents()
    assert set(shown) <= written and all(any(w in s for s in shown) for w in written)

    assert "Sources (" not in (page.locator(".st-key-detail").text_content() or "")
    # 1. an event picked in the chart marks its sentence and scrolls the text to it
    last = frame.loc[frame["quote_start"].idxmax()]  # the event furthest down the text
    box.evaluate("e => { e.scrollTop = 0; }")
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    page.mouse.move(5, 5)
    wanted = _squash(last["quote"])[:30]
    points = [(px, py) for px, py in _points(page) if wanted in _squash(_hover_text(page, px, py))]
    assert points, f"no mark in the chart shows {wanted}"
    x, y = points[0]
    _hover_text(page, x, y)
    page.mouse.click(x, y)
    try:
        page.wait_for_function(
            "t => (document.querySelector('.st-key-detail h4')?.textContent || '')"
            ".replace(/\\s+/g, '').startsWith(t)", arg=_squash(last["title"])[:20])
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "doc-view-failed.png"), full_page=True)
        raise
    page.wait_for_selector(IDLE)
    selected = _squash("".join(box.locator(".selected").all_text_contents()))
    assert wanted in selected, selected[:200]
    shown = box.evaluate(
        "e => { const s = e.querySelector('.selected').getBoundingClientRect();"
        " const b = e.getBoundingClientRect(); return [s.top >= b.top && s.bottom <= b.bottom,"
        " e.scrollTop, e.scrollHeight > e.clientHeight]; }")
    assert shown[0], "the selected sentence is not scrolled into the text's view"
    if shown[2]:  # the text is taller than its box: it had to scroll down to the sentence
        assert shown[1] > 0

    # 2. a click on a marked date selects its event
    marks.filter(has_text="Få dager senere").first.click()
    page.wait_for_function(
        "() => (document.querySelector('.st-key-detail')?.textContent || '')"
        ".includes('“Få dager senere”')"
    )
    page.wait_for_selector(IDLE)
    detail = _detail_text(page)
    assert "Writtenas:“Fådagersenere”" in detail, detail[:300]
    assert box.locator("mark.timex.selected").first.text_content() == "Få dager senere"
    highlight = [tr for tr in page.evaluate(
        "() => document.querySelector('.js-plotly-plot').data.map(t => t.meta || {})")
        if tr.get("kind") == "highlight"]
    expelled = frame.loc[frame["timex"] == "Få dager senere", "event_id"].iloc[0]
    assert [tr["event_id"] for tr in highlight][:1] == [expelled]  # the chart shows it too

    # a click on the chart's empty space deselects
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()
    plot = page.locator(".js-plotly-plot .nsewdrag").first.bounding_box()
    empty = next(
        ((x, y) for fx, fy in ((0.5, 0.02), (0.5, 0.5), (0.3, 0.98), (0.7, 0.3))
         for x, y in [(plot["x"] + plot["width"] * fx, plot["y"] + plot["height"] * fy)]
         if not _hover_text(page, x, y)),
        None,
    )
    assert empty, "no empty space in the plot"
    page.mouse.click(*empty)
    page.wait_for_function(
        "() => !(document.querySelector('.st-key-detail')?.textContent || '').includes('Sources (')"
    )
    assert box.locator(".selected").count() == 0


def test_the_event_picker_shows_an_edited_title(page: Any) -> None:
    """Streamlit's select box kept showing the label it first showed for the picked
    event after its title was edited, though its list had the new one: the picker
    above the detail must read the title the event has now."""
    _open_detail(page, "Sekspartsforhandlingene")
    detail = page.locator(".st-key-detail")
    detail.get_by_text("Edit this event").click()
    page.wait_for_selector(IDLE)
    field = detail.get_by_label("Title")
    field.fill("Samtalene i Beijing")
    field.press("Enter")
    page.wait_for_selector(IDLE)
    detail.get_by_role("button", name="Save changes").click()
    page.wait_for_selector(IDLE)
    # the edit is saved: the detail's heading reads the new title
    detail.locator("h4", has_text="Samtalene i Beijing").wait_for(timeout=20_000)
    picker = detail.locator('[data-testid="stSelectbox"]').first
    try:
        page.wait_for_function(
            _PICKER_READS, arg=[picker.element_handle(), "Samtalene i Beijing"], timeout=20_000)
    except Exception:
        page.screenshot(path=str(ARTIFACTS / "picker-stale.png"))
        shown = page.evaluate(_PICKER_TEXT, picker.element_handle())
        raise AssertionError(f"the picker still reads {shown!r}") from None


# What a select box shows: its text and the value of its input (the picked option's label)
_PICKER_TEXT = """(el) => [el.innerText, ...[...el.querySelectorAll('input')].map(i => i.value)]
    .join(' ')"""
_PICKER_READS = f"([el, wanted]) => ({_PICKER_TEXT})(el).includes(wanted)"
