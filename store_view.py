"""The app's page for an event store (``python -m timeline corpus ... -o STORE``).

``streamlit run streamlit_app.py -- --store STORE`` opens it, or a folder typed in the
sidebar. Only widgets live here: the questions go to ``timeline.storequery`` (DuckDB),
the figure comes from ``timeline.storefigure``. The browser gets one view at a time: a
density of at most ``bins`` x lanes cells and a few dozen labels, or, zoomed in, at most
``MAX_EVENTS`` markers; never the whole store. Document text is shown with ``st.text``
or escaped Markdown, never as HTML.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import streamlit as st

from timeline import view as views
from timeline.storefigure import store_figure
from timeline.storequery import StoreQuery, Window

# In the window or fewer: one marker each (TIMELINE_STORE_MAX_EVENTS to try the density).
MAX_EVENTS = int(os.environ.get("TIMELINE_STORE_MAX_EVENTS") or 1500)
TABLE_ROWS = 200
md = views.escape_markdown


def store_argument(argv: list[str] | None = None) -> str:
    """The ``--store PATH`` given after ``--`` on the streamlit command line, or ''."""
    args = list(sys.argv[1:] if argv is None else argv)
    for i, a in enumerate(args):
        if a == "--store" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--store="):
            return a.split("=", 1)[1]
    return ""


def allowed_store(path: str, given: str, environ: dict[str, str] | None = None) -> bool:
    """Whether a visitor may open the store at ``path``. Anything the visitor types is
    untrusted: on a shared server it must not open folders elsewhere on the disk. The
    store given on the command line (``--store``) is always allowed; a typed folder only
    inside ``TIMELINE_STORE_DIR`` (``stores/`` beside the app by default), or anywhere
    when the operator sets ``TIMELINE_STORE_ANY_PATH=1`` (a single-user machine)."""
    env = os.environ if environ is None else environ
    try:
        target = Path(path).expanduser().resolve()
        if given and target == Path(given).expanduser().resolve():
            return True
        if env.get("TIMELINE_STORE_ANY_PATH", "").strip() == "1":
            return True
        root = Path(env.get("TIMELINE_STORE_DIR") or Path(__file__).parent / "stores").resolve()
    except (OSError, RuntimeError, ValueError):
        return False
    return target != root and target.is_relative_to(root)


def _query(path: str) -> StoreQuery:
    state = st.session_state
    held = state.get("_store_query")
    if held is None or str(held.path.parent) != str(Path(path)):
        if held is not None:
            held.close()
        held = state["_store_query"] = StoreQuery(path)
    return held


def show() -> bool:
    """Draw the store page when a store is chosen (True), else only the sidebar field."""
    state = st.session_state
    state.setdefault("store_path", store_argument())
    with st.sidebar:
        st.text_input(
            "Event store (folder)",
            key="store_path",
            help="A store built by python -m timeline corpus INPUT... -o STORE. "
            "Leave empty to work on documents.",
        )
    path = str(state.store_path or "").strip()
    if not path:
        return False
    if not allowed_store(path, store_argument()):
        with st.sidebar:
            st.error(
                md(
                    "Only stores inside the app's stores folder can be opened here "
                    "(TIMELINE_STORE_DIR; TIMELINE_STORE_ANY_PATH=1 allows any folder)."
                )
            )
        return False
    try:
        query = _query(path)
    except Exception as err:  # a missing or damaged store: say so, and keep the workbench
        with st.sidebar:
            st.error(md(f"Cannot open the store: {err}"))
        return False
    _page(query, path)
    return True


def _page(query: StoreQuery, path: str) -> None:
    state = st.session_state
    info = query.overview()
    st.title("Event store")
    st.caption(
        md(
            f"{path} · {info['documents']:,} documents · {info['events']:,} events"
            f" · {info['failures']:,} documents could not be read"
        )
    )
    if not info["events"] or info["start"] is None:
        st.info("This store holds no dated events.")
        return
    lo, hi = int(info["start"]), int(info["end"]) + 1
    c_years, c_types, c_actors = st.columns([3, 2, 2])
    years = c_years.slider("Window (years)", lo, hi, (lo, hi), key="store_years")
    types = c_types.multiselect("Type", info["types"], key="store_types")
    names = {i: f"{name} ({n:,})" for i, name, n in info["actors"]}
    actors = c_actors.multiselect("Actor", list(names), format_func=names.get, key="store_actors")
    c_text, c_min, c_lane = st.columns([3, 2, 2])
    text = c_text.text_input("Search titles, quotes and actors", key="store_text")
    min_sources = c_min.number_input("At least this many sources", 1, 1000, 1, key="store_min")
    lane = c_lane.radio(
        "Lanes",
        ["type", "actor"],
        horizontal=True,
        key="store_lane",
        format_func={"type": "Type", "actor": "Actor"}.get,
    )
    window = Window(
        float(years[0]),
        float(years[1]),
        tuple(types),
        tuple(actors),
        text[:200],
        int(min_sources),
        str(lane),
        max_events=MAX_EVENTS,
    )
    view = query.view(window)
    level = (
        "each event"
        if view.detailed
        else f"events per {(window.end - window.start) / window.bins:.2g} years, "
        f"the {len(view.labels)} most important named"
    )
    st.caption(
        md(
            f"{view.total:,} events in the window; showing {level}. Narrow the window "
            f"to {MAX_EVENTS:,} events or fewer to see each one."
        )
    )
    picked = st.plotly_chart(
        store_figure(view),
        key="store_chart",
        on_select="rerun",
        selection_mode="points",
        config={"displaylogo": False, "scrollZoom": False},
    )
    chosen = _picked_event(picked)
    table = query.events(window, limit=TABLE_ROWS)
    shown = table[["date", "title", "type", "n_sources", "importance", "event_id"]]
    st.dataframe(shown, hide_index=True, width="stretch")
    options = table["event_id"].tolist()
    if chosen and chosen not in options:
        options = [chosen, *options]
    if chosen:
        state["store_detail"] = chosen
    if not options:
        return
    titles = dict(zip(table["event_id"], table["title"], strict=True))
    eid = st.selectbox(
        "Event",
        options,
        key="store_detail",
        format_func=lambda e: " ".join(str(titles.get(e, e)).split())[:120],
    )
    _detail(query, str(eid))


def _picked_event(selection: Any) -> str:
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        return ""
    for p in points or []:
        data = p.get("customdata")
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if isinstance(data, str):
            return data
    return ""


def _detail(query: StoreQuery, event_id: str) -> None:
    d = query.detail(event_id)
    if d is None:
        return
    e = d.event
    with st.container(border=True):
        st.markdown(f"**{md(str(e['title']))}**")
        actors = ", ".join(str(a) for a in (e.get("actors") or []))
        st.caption(
            md(
                f"{e['date']} · {e['type']} · {e['n_sources']} sources"
                + (f" · {actors}" if actors else "")
            )
        )
        st.caption(md(str(e.get("explanation") or "")))
        for m in d.mentions:
            source = " · ".join(
                str(x)
                for x in (m.get("doc_title") or m["doc"], m.get("doc_date"), m.get("url"))
                if x
            )
            st.markdown(f"*{md(source)}*")
            st.text(str(m["quote"]))
