"""The app's page for an event store (``python -m timeline corpus ... -o STORE``).

``streamlit run streamlit_app.py -- --store STORE`` opens it, or a folder typed in the
sidebar. Only widgets live here: the questions go to ``timeline.storequery`` (DuckDB),
the figure comes from ``timeline.storefigure``. The browser gets one view at a time: a
density of at most ``bins`` x lanes cells and a few dozen labels, or, zoomed in, at most
``MAX_EVENTS`` markers; never the whole store. Document text is shown with ``st.text``
or escaped Markdown, never as HTML. Every word comes from the catalog
(``timeline/messages.py``), in the interface language.

The selected event can be edited or deleted, and the last change undone or redone:
each is an operation in the store's log (``EventStore.record/undo/redo``), which
rebuilds the database; the page's ``StoreQuery`` then reads the new file.
``TIMELINE_STORE_READ_ONLY=1`` turns editing off (a shared server showing a store).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit as st

from timeline import curate, gazetteer, i18n, words
from timeline import view as views
from timeline.eventstore import EventStore
from timeline.messages import MESSAGES
from timeline.storefigure import store_figure
from timeline.storequery import EVENT_COLUMNS, StoreQuery, Window

# The table's columns: the view's, and what the date in words is read from.
TABLE_COLUMNS = (*EVENT_COLUMNS, "mod", "anchor", "anchor_text", "timex")

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


def language_switch(on_change: Callable[[], None] | None = None) -> None:
    """The sidebar's switch of the interface language (session key ``ui_lang``), each
    language named in itself; the workbench and the store page both show it."""
    st.segmented_control(
        "Språk · Language",
        list(i18n.LANGUAGES),
        key="ui_lang",
        format_func=lambda code: i18n.text(f"lang.{code}.self", code),
        required=True,
        on_change=on_change,
    )


def _lang() -> str:
    """The interface language: the switch's, which starts at the browser's language."""
    state = st.session_state
    if state.get("ui_lang") not in i18n.LANGUAGES:
        state["ui_lang"] = i18n.choose_language(st.context.locale)
    return str(state["ui_lang"])


def _typed_store() -> str:
    """The store folder in the sidebar's field ('' for none)."""
    return str(st.session_state.get("store_path") or "").strip()


def show() -> bool:
    """Draw the store page when a store is chosen (True), else only the sidebar field."""
    state = st.session_state
    state.setdefault("store_path", store_argument())
    # Until a store is open the workbench decides the language (it also weighs the
    # documents), so the sidebar field only reads it here.
    shown = state.get("ui_lang")
    t = i18n.translator(shown if shown in i18n.LANGUAGES else i18n.choose_language(st.context.locale))
    # Folded away until used: a person reading documents has no store to type in.
    with st.sidebar.expander(t("store.open"), icon=":material/database:",
                             expanded=bool(_typed_store())):
        st.text_input(t("store.field"), key="store_path", help=t("store.field_help"))
    path = _typed_store()
    if not path:
        return False
    if not allowed_store(path, store_argument()):
        with st.sidebar:
            st.error(md(t("store.not_allowed")))
        return False
    try:
        query = _query(path)
    except Exception as err:  # a missing or damaged store: say so, and keep the workbench
        with st.sidebar:
            st.error(md(t("store.cannot_open", error=err)))
        return False
    lang = _lang()  # a store is open: the page decides the language, before its switch
    with st.sidebar:
        language_switch()
    _page(query, path, i18n.translator(lang))
    return True


def _type_name(t: i18n.Translator, kind: str) -> str:
    key = f"type.{kind}"
    return t(key) if key in MESSAGES else kind


def _page(query: StoreQuery, path: str, t: i18n.Translator) -> None:
    state = st.session_state
    num = lambda n: i18n.number(n, t.lang)  # noqa: E731
    info = query.overview()
    st.title(t("store.title"))
    edits = int(EventStore.edits_in(path))
    parts = [
        path,
        t.n("store.documents", info["documents"]),
        t.n("store.events", info["events"]),
        t.n("store.failures", info["failures"]),
    ]
    if edits:
        parts.append(t.n("store.edits", edits))
    st.caption(md(" · ".join(parts)))
    _flash()
    if not info["events"] or info["start"] is None:
        st.info(t("store.no_dated"))
        _undo_redo(path, t)
        return
    lo, hi = int(info["start"]), int(info["end"]) + 1
    c_years, c_types, c_actors = st.columns([3, 2, 2])
    years = c_years.slider(t("store.window"), lo, hi, (lo, hi), key="store_years")
    types = c_types.multiselect(
        t("store.type"),
        info["types"],
        key="store_types",
        format_func=lambda k: _type_name(t, str(k)),
    )
    names = {i: f"{_actor_name(i, name, t.lang)} ({num(n)})" for i, name, n in info["actors"]}
    actors = c_actors.multiselect(
        t("store.actor"), list(names), format_func=lambda i: names.get(i, str(i)), key="store_actors"
    )
    c_text, c_min, c_lane = st.columns([3, 2, 2])
    text = c_text.text_input(t("store.search"), key="store_text")
    min_sources = c_min.number_input(t("store.min_sources"), 1, 1000, 1, key="store_min")
    lane = c_lane.radio(
        t("store.lanes"),
        ["type", "actor"],
        horizontal=True,
        key="store_lane",
        format_func={"type": t("store.type"), "actor": t("store.actor")}.get,
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
    width = (window.end - window.start) / window.bins
    level = (
        t("store.each_event")
        if view.detailed
        else t("store.density", width=f"{width:.2g}", n=num(len(view.labels)))
    )
    if view.detailed:  # every event is drawn: nothing to narrow
        st.caption(md(t.n("store.in_window_each", view.total)))
    else:
        st.caption(md(t.n("store.in_window", view.total, level=level, max=num(MAX_EVENTS))))
    picked = st.plotly_chart(
        store_figure(view, lang=t.lang),
        key="store_chart",
        on_select="rerun",
        selection_mode="points",
        config={"displaylogo": False, "scrollZoom": False},
    )
    chosen = _picked_event(picked)
    table = query.events(window, limit=TABLE_ROWS, columns=TABLE_COLUMNS)
    when = words.when_all(table, t.lang)  # "15. september 2010", not "2010-09-15"
    shown = table[["date", "title", "type", "n_sources", "importance"]].assign(
        date=when,
        type=[_type_name(t, str(k)) for k in table["type"]],
        importance=table["importance"].round(1),
    )
    shown.columns = [
        t("table.date"),
        t("table.title"),
        t("table.type"),
        t("table.sources"),
        t("store.importance"),
    ]
    st.dataframe(shown, hide_index=True, width="stretch")
    options = table["event_id"].tolist()
    if chosen and chosen not in options:
        options = [chosen, *options]
    if chosen:
        state["store_detail"] = chosen
    if state.get("store_detail") not in options:
        state.pop("store_detail", None)  # gone (deleted, or out of the window)
    if not options:
        _undo_redo(path, t)
        return
    titles = {
        e: f"{w} · {' '.join(str(title).split())}"
        for e, w, title in zip(table["event_id"], when, table["title"], strict=True)
    }  # the date first, as the documents' picker: two "Treaty of Paris" tell apart
    eid = st.selectbox(
        t("store.event"),
        options,
        key="store_detail",
        format_func=lambda e: titles.get(e, str(e))[:140],
    )
    _detail(query, str(eid), t)
    _curation(query, path, str(eid), t)


def _actor_name(actor_id: str, name: str, lang: str) -> str:
    """An actor as the interface's language names it ("Norge" for norway), else as the
    store holds it."""
    return (gazetteer.name_of(actor_id, lang) if actor_id else "") or name


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


def _detail(query: StoreQuery, event_id: str, t: i18n.Translator) -> None:
    d = query.detail(event_id)
    if d is None:
        return
    e = d.event
    with st.container(border=True):
        st.markdown(f"**{md(str(e['title']))}**")
        ids = list(e.get("actor_ids") or [])
        names = list(e.get("actors") or [])
        actors = ", ".join(
            _actor_name(ids[k] if k < len(ids) else "", str(a), t.lang) for k, a in enumerate(names)
        )
        n = int(e["n_sources"])
        head = [words.when(e, t.lang), _type_name(t, str(e["type"])), t.n("store.sources", n)]
        st.caption(md(" · ".join(head + ([actors] if actors else []))))
        st.caption(md(words.how(e, t.lang)))
        for m in d.mentions:
            source = " · ".join(
                str(x)
                for x in (m.get("doc_title") or m["doc"], m.get("doc_date"), m.get("url"))
                if x
            )
            st.markdown(f"*{md(source)}*")
            st.text(str(m["quote"]))


# --------------------------------------------------------------------------- curation


def read_only() -> bool:
    return os.environ.get("TIMELINE_STORE_READ_ONLY", "").strip() == "1"


def _flash() -> None:
    kind, message = st.session_state.pop("_store_flash", ("", ""))
    if kind == "error":
        st.error(md(message))
    elif kind:
        st.success(md(message))
    for note in st.session_state.pop("_store_notes", []):
        st.warning(md(str(note)))


def _apply(path: str, lang: str, action: str, event_id: str = "") -> None:
    """A button's callback: one operation on the store's log (it runs before the page
    is drawn again, which then reads the rebuilt database)."""
    state = st.session_state
    t = i18n.translator(lang)
    try:
        es = EventStore(path)
        if action == "undo":
            if es.undo():
                state["_store_flash"] = ("ok", t("app.undone"))
            return
        if action == "redo":
            if es.redo():
                state["_store_flash"] = ("ok", t("store.redone"))
            return
        row = es.event(event_id)
        if row.empty:
            state["_store_flash"] = ("error", t("app.event_gone"))
            return
        if action == "delete":
            notes = es.record(curate.make_delete_op(row, [event_id]))
            state.pop("store_detail", None)
            state["_store_flash"] = ("ok", t.n("app.deleted", 1))
        else:
            old = row.iloc[0]
            changes = {
                name: str(state.get(f"store_edit_{name}:{event_id}", "")).strip()
                for name in ("title", "date", "type")
            }
            changes = {k: v for k, v in changes.items() if v and v != str(old[k])}
            if not changes:
                state["_store_flash"] = ("error", t("app.nothing_to_save"))
                return
            notes = es.record(curate.make_edit_op(row, event_id, changes))
            state["_store_flash"] = ("ok", t("app.saved_edit"))
        state["_store_notes"] = list(notes)
    except (KeyError, ValueError) as err:  # the curator's input: say what is wrong
        words = getattr(err, "words", None)  # a date or curation step refused, in words
        state["_store_flash"] = ("error", words(lang) if callable(words) else str(err).strip("'\""))
    except OSError as err:
        state["_store_flash"] = ("error", t("store.cannot_write", error=err))


def _undo_redo(path: str, t: i18n.Translator) -> None:
    if read_only():
        return
    done, undone = EventStore.oplog_of(path)
    c_undo, c_redo, _ = st.columns([1, 1, 3])
    c_undo.button(
        t("app.undo"),
        key="store_undo",
        disabled=not done,
        on_click=_apply,
        args=(path, t.lang, "undo"),
    )
    c_redo.button(
        t("store.redo"),
        key="store_redo",
        disabled=not undone,
        on_click=_apply,
        args=(path, t.lang, "redo"),
    )


def _curation(query: StoreQuery, path: str, event_id: str, t: i18n.Translator) -> None:
    """Edit or delete the selected event; undo and redo the last change."""
    if read_only():
        st.caption(md(t("store.read_only")))
        return
    d = query.detail(event_id)
    if d is None:
        return
    e = d.event
    with st.expander(t("store.edit_heading")):
        st.caption(t("store.edit_caption"))
        st.text_input(t("table.title"), str(e["title"]), key=f"store_edit_title:{event_id}")
        st.text_input(
            t("table.date"),
            str(e["date"]),
            key=f"store_edit_date:{event_id}",
            help=t("app.date_help"),
        )
        kinds = list(curate.EVENT_TYPES)
        if str(e["type"]) not in kinds:
            kinds.append(str(e["type"]))
        st.selectbox(
            t("table.type"),
            kinds,
            index=kinds.index(str(e["type"])),
            key=f"store_edit_type:{event_id}",
            format_func=lambda k: _type_name(t, str(k)),
        )
        c_save, c_delete, _ = st.columns([1, 1, 3])
        c_save.button(
            t("app.save_changes"),
            key="store_save",
            type="primary",
            on_click=_apply,
            args=(path, t.lang, "edit", event_id),
        )
        c_delete.button(
            t("app.delete_event"),
            key="store_delete",
            on_click=_apply,
            args=(path, t.lang, "delete", event_id),
        )
    _undo_redo(path, t)
