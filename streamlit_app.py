"""Tidslinje: dated, sourced events from news and history texts, as a zoomable timeline.

Run with ``streamlit run streamlit_app.py``. This file only arranges widgets; reading,
curating, drawing and exporting live in the ``timeline`` package. Document text is
untrusted: it is shown through ``st.text``/``st.dataframe`` or as escaped Markdown,
never as HTML.
"""

from __future__ import annotations

import functools
import json
import os
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pandas as pd
import PIL.Image  # noqa: F401  (see below)
import streamlit as st

import store_view
import timeline
from timeline import curate, export, figure, ingest, store
from timeline.types import DocDate, Document
from timeline.workspace import WorkDocument, Workspace

APP_DIR = Path(__file__).resolve().parent
DATA_DIR = APP_DIR / "data"
SEED = "000_192722d517445595.txt"
SAVE_DIR = Path(os.environ.get("TIMELINE_SAVE_DIR") or store.default_folder(APP_DIR))
LOCAL_SAVE = store.local_saving_enabled(os.environ, APP_DIR)
# CPU seconds one document may take to read (about 2 s per MB of news text).
CPU_SECONDS = float(os.environ.get("TIMELINE_CPU_SECONDS") or 20)
LANGS = {"auto": "Detect automatically", "nb": "Norwegian (bokmål)", "en": "English"}
LANES = {"type": "Type", "doc": "Document", "actor": "Actor", "none": "One lane"}
COLOURS = {"type": "Type", "doc": "Document", "anchor": "How the date was read"}
TYPED_KEYS = ("add_", "edit:", "edit_pick", "merge_", "save_name", "local_pick")
md = curate.escape_markdown  # every piece of document text goes through this

st.set_page_config(
    page_title="Tidslinje: sourced timelines",
    page_icon="🗓️",
    layout="wide",
    initial_sidebar_state="expanded",
)
if store_view.show():  # an event store (--store PATH, or a folder typed in the sidebar)
    st.stop()


# --------------------------------------------------------------------------- untrusted widget values


def _offered(value: Any, choices: Any, default: Any = None) -> Any:
    """A widget's value only if the app offered it. A crafted client can send any value
    for any widget (Streamlit passes it through), so every choice that comes back is
    checked against what was on offer before it is used."""
    return value if value in tuple(choices) else default


def bundled_names() -> list[str]:
    """The bundled documents the app offers: files directly in ``data/``, nothing else."""
    return sorted(p.name for p in DATA_DIR.glob("*") if p.suffix in (".txt", ".md") and p.is_file())


# --------------------------------------------------------------------------- cached library calls


@st.cache_data(show_spinner=False, max_entries=32)
def read_bundled(name: str, mtime: float) -> dict[str, Any]:
    doc = timeline.read_document(DATA_DIR / name)
    return _doc_entry(doc, source="bundled")


@st.cache_data(show_spinner="Reading the document …", max_entries=128)
def extract_cached(
    name: str, text: str, lang: str | None, dct: str | None
) -> tuple[pd.DataFrame, str]:
    """The document's events, or no events and why: a text too heavy for the CPU budget
    is refused (and that answer cached), so one paste cannot hold the server."""
    doc = Document(name=name, text=text)
    try:
        with timeline.cpu_budget(CPU_SECONDS):
            frame = timeline.extract_document(
                doc, lang=lang, dct=DocDate.parse(dct) if dct else None
            )
    except timeline.TooHeavy as err:
        return timeline.empty_frame(), f"{err} Split it into smaller documents."
    return frame, ""


@st.cache_data(show_spinner=False, max_entries=16)
def imported_frame(events_json: str) -> pd.DataFrame:
    return export.from_json(events_json)


# PIL.Image is imported above, on the main thread, on purpose: Plotly imports it lazily
# while it serialises a figure, and the PNG warm-up thread imports it too. Two threads
# importing one module at once give "partially initialized module 'PIL.Image'" and a
# crashed rerun (seen once in four starts, caught by tests/test_browser.py).
@st.cache_resource(show_spinner=False)
def png_warmup() -> Future[tuple[bool, str]]:
    """Once per server process, in the background: probe Chromium (~2 s), then keep it
    running for renders, so that PNG exports do not wait for a browser to start."""
    probe: Future[tuple[bool, str]] = Future()

    def work() -> None:
        try:
            result = export.png_available()
        except Exception as err:  # reported where the PNG button would be
            probe.set_exception(err)
            return
        probe.set_result(result)
        if result[0]:
            export.start_png_server()

    threading.Thread(target=work, name="png-warmup", daemon=True).start()
    return probe


# --------------------------------------------------------------------------- session state


def _doc_entry(doc: Document, *, source: str) -> dict[str, Any]:
    return {
        "name": doc.name,
        "text": doc.text,
        "title": doc.title or ingest.default_title(doc.text, doc.name),
        "dct": doc.dct.iso() if doc.dct else "",
        "lang": doc.lang if doc.lang in LANGS else "auto",
        "source": source,
    }


def _add_doc(entry: dict[str, Any]) -> None:
    state = st.session_state
    entry = dict(entry)
    entry["name"] = ingest.unique_name(entry["name"], (d["name"] for d in state.docs))
    entry["id"] = f"d{state.next_doc}"
    state.next_doc += 1
    state.docs.append(entry)


def _init_state() -> None:
    state = st.session_state
    first_visit = "docs" not in state
    state.setdefault("docs", [])  # [{"id", "name", "text", "title", "dct", "lang", "source"}]
    state.setdefault("next_doc", 1)
    state.setdefault("ops", [])  # curation operations, see timeline.curate
    state.setdefault("imported", [])  # [{"name", "json"}] from opened events files
    state.setdefault("flash", [])  # [(kind, message, where)] shown once
    state.setdefault("upload_errors", {})  # file_id -> message, while the file is there
    state.setdefault("seen_uploads", set())
    seed = DATA_DIR / SEED
    if first_visit and seed.exists():
        _add_doc(read_bundled(SEED, seed.stat().st_mtime))


def _flash(kind: str, message: str, where: str = "curate") -> None:
    """A message for the next run, shown in the part of the page it concerns."""
    st.session_state.flash.append((kind, message, where))


def _remove_doc(doc_id: str) -> None:
    st.session_state.docs = [d for d in st.session_state.docs if d["id"] != doc_id]


def _on_upload() -> None:
    state = st.session_state
    files = state.get("upload") or []
    present = {f.file_id for f in files}
    state.upload_errors = {k: v for k, v in state.upload_errors.items() if k in present}
    for f in files:
        if f.file_id in state.seen_uploads:
            continue  # the uploader hands back every file it holds, each time
        state.seen_uploads.add(f.file_id)
        try:
            text = ingest.text_from_upload(f.name, f.getvalue())
            doc = timeline.parse_document(text, ingest.display_name(f.name))
        except ingest.IngestError as err:
            state.upload_errors[f.file_id] = str(err)
            continue
        except Exception as err:  # the engine refused it: say so, keep the page
            state.upload_errors[f.file_id] = (
                f"{ingest.display_name(f.name)} could not be read: {err}"
            )
            continue
        entry = _doc_entry(doc, source="upload")
        _add_doc(entry)
        _flash("success", f"Added {entry['name']}.", "docs")


def _on_paste() -> None:
    state = st.session_state
    raw = state.get("paste_text", "")
    name = ingest.display_name(state.get("paste_name") or "Pasted text")
    try:
        text = ingest.check_pasted(raw)
        doc = timeline.parse_document(text, name)
    except ingest.IngestError as err:
        state.paste_error = str(err)
        return
    except Exception as err:
        state.paste_error = f"The text could not be read: {err}"
        return
    state.paste_error = ""
    _add_doc(_doc_entry(doc, source="paste"))
    state.paste_text = ""  # added: the text now lives in the document list
    state.paste_name = ""
    _flash("success", f"Added {name}.", "docs")


def _on_add_bundled() -> None:
    picked = st.session_state.get("bundled_pick") or []
    offered = bundled_names()
    for name in picked if isinstance(picked, list) else []:
        if name not in offered:
            _flash("error", "Only the bundled documents listed here can be added.", "docs")
            continue
        path = DATA_DIR / name
        try:
            _add_doc(read_bundled(name, path.stat().st_mtime))
        except Exception as err:
            _flash("error", f"{name} could not be read: {err}", "docs")
    st.session_state.bundled_pick = []


def _workspace(name: str) -> Workspace:
    """This visitor's documents, changes, imports and chart settings as a library
    object: what a saved file holds."""
    state = st.session_state
    ws = Workspace(
        name=name,
        ops=[dict(op) for op in state.ops],
        imported=[(i["name"], i["json"]) for i in state.imported],
        settings={"lane_by": state.get("lane_by"), "color_by": state.get("color_by")},
    )
    for d in _saved_documents():
        ws.documents.append(
            WorkDocument(
                f"d{len(ws.documents) + 1}", d.name, d.text, d.title, d.dct, d.lang, d.source
            )
        )
    return ws


def _saved_documents() -> list[store.SavedDocument]:
    return [
        store.SavedDocument(
            name=d["name"],
            text=d["text"],
            title=st.session_state.get(f"{d['id']}:title", d["title"]),
            dct=d["dct"],  # the last valid date, not a half-typed one
            lang=_offered(st.session_state.get(f"{d['id']}:lang"), LANGS, d["lang"]),
            source=d.get("source", ""),
        )
        for d in st.session_state.docs
    ]


def _restore(saved: store.SavedTimeline, label: str) -> None:
    state = st.session_state
    if saved.documents or saved.ops:
        state.docs = []
        state.imported = []
        for d in saved.documents:
            _add_doc(
                {
                    "name": d.name,
                    "text": d.text,
                    "title": d.title,
                    "dct": d.dct,
                    "lang": d.lang,
                    "source": d.source or "saved",
                }
            )
        state.ops = list(saved.ops)
        if not saved.documents and saved.events:
            state.imported = [{"name": label, "json": json.dumps(saved.events)}]
    elif saved.events is not None:
        state.imported.append({"name": label, "json": json.dumps(saved.events)})
    state.pop("detail_pick", None)
    _flash("success", f"Opened {label}.", "save")


def _on_open_file() -> None:
    f = st.session_state.get("open_file")
    if f is None:
        return
    label = ingest.display_name(f.name)
    try:
        saved = store.loads(f.getvalue())
        if saved.events is not None and not saved.documents:
            export.from_json(json.dumps(saved.events))  # refuse unreadable events now
    except store.StoreError as err:
        _flash("error", f"{label}: {err}", "save")
        return
    except Exception as err:
        _flash("error", f"{label} is not a timeline this app can open: {err}", "save")
        return
    _restore(saved, label)


def _on_open_local() -> None:
    name = st.session_state.get("local_pick")
    if not name:
        return
    if name not in store.list_saved(SAVE_DIR):
        _flash("error", "Pick one of the saved timelines listed here.", "save")
        return
    try:
        saved = store.load(SAVE_DIR, name)
    except store.StoreError as err:
        _flash("error", str(err), "save")
        return
    _restore(saved, name)


def _on_save_local(payload: str) -> None:
    name = st.session_state.get("save_name") or "timeline"
    try:
        path = store.save(SAVE_DIR, name, payload)
    except store.StoreError as err:
        _flash("error", str(err), "save")
        return
    _flash("success", f"Saved as {path.name} in {path.parent.name}/.", "save")


def _push(make: Any, *args: Any, success: str) -> None:
    """Record one curation operation built by ``make``; a refusal becomes a message."""
    try:
        op = make(st.session_state.curated, *args)
    except KeyError as err:
        _flash("error", f"Event {err.args[0]} is no longer in the timeline.")
        return
    except ValueError as err:
        _flash("error", str(err))
        return
    st.session_state.ops.append(op)
    _flash("success", success)


def _on_edit(event_id: str) -> None:
    s = st.session_state
    row = s.curated[s.curated["event_id"] == event_id]
    if row.empty:
        _flash("error", "That event is no longer in the timeline.")
        return
    row = row.iloc[0]
    typed = {
        "title": s[f"edit:{event_id}:title"],
        "date": s[f"edit:{event_id}:date"],
        "actors": curate.split_actors(s[f"edit:{event_id}:actors"]),
        "place": s[f"edit:{event_id}:place"].strip(),
        "type": _offered(s[f"edit:{event_id}:type"], curate.EVENT_TYPES, row["type"]),
    }
    current = {
        "title": row["title"],
        "date": row["date"],
        "actors": list(row["actors"]),
        "place": row["place"],
        "type": row["type"],
    }
    changes = {k: v for k, v in typed.items() if v != current[k]}
    if not changes:
        _flash("info", "Nothing to save: the fields are unchanged.")
        return
    _push(curate.make_edit_op, event_id, changes, success="Saved the edit.")


def _on_delete(ids: list[str]) -> None:
    _push(curate.make_delete_op, ids, success=f"Deleted {len(ids)} event(s).")
    st.session_state.pop("detail_pick", None)


def _on_merge() -> None:
    s = st.session_state
    keep, other = s.get("merge_keep"), s.get("merge_other")
    if not keep or not other:
        _flash("error", "Pick the event to keep and the one to merge into it.")
        return
    _push(curate.make_merge_op, keep, other, success="Merged the two events.")


def _on_add_event() -> None:
    s = st.session_state
    try:
        op = curate.make_add_op(
            list(s.curated["event_id"]),
            title=s.get("add_title", ""),
            date=s.get("add_date", ""),
            type=_offered(s.get("add_type"), curate.EVENT_TYPES, "other"),
            actors=s.get("add_actors", ""),
            place=s.get("add_place", ""),
            source=s.get("add_source", ""),
        )
    except ValueError as err:
        _flash("error", str(err))  # the typed fields stay as they are
        return
    s.ops.append(op)
    for k in ("add_title", "add_date", "add_actors", "add_place", "add_source"):
        s[k] = ""
    _flash("success", f"Added “{op['event']['title']}”.")


def _forget_edit_fields() -> None:
    """The edit form shows the event as it is; after undo, start from the event again."""
    for key in [k for k in st.session_state if str(k).startswith("edit:")]:
        del st.session_state[key]


def _on_undo() -> None:
    if st.session_state.ops:
        st.session_state.ops.pop()
        _forget_edit_fields()
        _flash("info", "Undid the last change.")


def _on_reset() -> None:
    st.session_state.ops = []
    _forget_edit_fields()
    _flash("info", "All changes were removed: the timeline is as extracted.")


def _show_flash(where: str) -> None:
    keep = []
    for kind, message, place in st.session_state.flash:
        if place == where:
            getattr(st, kind)(md(message))
        else:
            keep.append((kind, message, place))
    st.session_state.flash = keep


# --------------------------------------------------------------------------- page

_init_state()
state = st.session_state
# Widgets in closed tabs are not drawn, and Streamlit forgets the values of widgets that
# were not drawn. Re-owning them keeps what a person typed while they look elsewhere.
for _key in [k for k in state if str(k).startswith(TYPED_KEYS)]:
    state[_key] = state[_key]
if state.setdefault("runs", 0) > 0:
    # From the first interaction on (not while the first page paints: the probe starts a
    # Chromium that would compete with the visitor's browser on a small host).
    png_warmup()
state.runs += 1

# Read every document first (the widgets that set title, date and language are drawn in
# the sidebar at the end of the script, so the chart reaches the browser sooner).
frames: list[pd.DataFrame] = []
texts: dict[str, str] = {}
titles: list[str] = []
doc_problems: dict[str, list[str]] = {}
detected: dict[str, str] = {}  # language the engine used, per document
for d in state.docs:
    did = d["id"]
    for field, default in (("title", d["title"]), ("dct", d["dct"]), ("lang", d["lang"])):
        state.setdefault(f"{did}:{field}", default)
    problems = doc_problems.setdefault(did, [])
    try:
        dct = curate.parse_document_date(state[f"{did}:dct"])
        d["dct"] = dct.iso() if dct else ""
    except ValueError as err:
        problems.append(f"{err} The last valid date ({d['dct'] or 'none'}) is used.")
    lang = state[f"{did}:lang"] = _offered(state[f"{did}:lang"], LANGS, "auto")
    try:
        frame, heavy = extract_cached(
            d["name"], d["text"], None if lang == "auto" else lang, d["dct"] or None
        )
    except Exception as err:  # an engine failure on one text must not hide the others
        problems.append(f"The events could not be extracted ({type(err).__name__}: {err}).")
        continue
    if heavy:
        problems.append(heavy)
    frames.append(frame)
    texts[d["name"]] = d["text"]
    detected[did] = str(frame["lang"].iloc[0]) if not frame.empty else ""
    titles.append(" ".join(state[f"{did}:title"].split()) or d["name"])
import_problems: list[str] = []
for item in state.imported:
    try:
        frames.append(imported_frame(item["json"]))
        titles.append(item["name"])
    except Exception as err:
        import_problems.append(f"{item['name']}: {err}")

# The curated timeline: extraction of every document, merged, with the person's changes.
base = curate.merge_frames(frames)
curated, notes = curate.apply_ops(base, state.ops)
state.curated = curated  # for the curation callbacks of the next run
label_of = curate.event_labels(curated)

st.title("Tidslinje")
st.caption(
    "Dated events from news and history texts (Norwegian bokmål and English), "
    "each with the sentence it came from. Zoom with the scroll wheel, click an event for its source."
)
for note in notes:
    st.warning(md(note))

# Filters and chart settings come from the session state; their widgets are drawn into
# this container after the chart, so that the chart reaches the browser first.
controls = st.container()
options = curate.filter_options(curated)
for key, allowed in (
    ("f_types", options.types),
    ("f_actors", options.actors),
    ("f_docs", options.docs),
):
    if key in state:
        picked = state[key] if isinstance(state[key], list | tuple) else []
        state[key] = [v for v in picked if v in allowed]
# No year range when no event has a resolved date: the slider is shown, but disabled.
has_years = options.year_min is not None and options.year_max is not None
lo = options.year_min if options.year_min is not None else 0
hi = max(options.year_max, lo + 1) if options.year_max is not None else lo + 1
if "f_years" not in state or tuple(state.f_years) == state.get("years_full"):
    state.f_years = (lo, hi)  # untouched: follow the timeline as documents come and go
else:
    try:
        a, b = (int(y) for y in state.f_years)
    except (TypeError, ValueError):  # not the two years the slider offers
        a, b = lo, hi
    state.f_years = (min(max(a, lo), hi), max(min(b, hi), lo))
state.years_full = (lo, hi)
years = state.f_years
filters = curate.Filters(
    years=None if tuple(years) == (lo, hi) else (int(years[0]), int(years[1])),
    types=tuple(state.get("f_types", ())),
    actors=tuple(state.get("f_actors", ())),
    docs=tuple(state.get("f_docs", ())),
    text=state.get("f_text", ""),
)
view = curate.filter_frame(curated, filters)
state.view = view  # what the exports hold
lane_by = _offered(state.get("lane_by"), LANES, "type")
color_by = _offered(state.get("color_by"), COLOURS, "type")
for _key, _value in (("lane_by", lane_by), ("color_by", color_by)):
    if state.get(_key) not in (None, _value):
        state[_key] = _value  # a value the app never offered

chart_title = " · ".join(titles[:2]) + (f" + {len(titles) - 2} more" if len(titles) > 2 else "")
picked = figure.select_event(view, state.get("chart")) if state.get("chart") else None
if picked and picked != state.get("last_chart_pick"):
    state.detail_pick = picked  # a click in the chart opens that event below
state.last_chart_pick = picked
if state.get("detail_pick") not in set(view["event_id"]):
    state.detail_pick = None
fig = figure.build_figure(
    view, lane_by=lane_by, color_by=color_by, title=chart_title, highlight=state.detail_pick
)
if view.empty:
    st.info(
        "No events to show. Add a document, or loosen the filters."
        if not curated.empty
        else "No dated events found yet. Add a document in the sidebar."
    )
stem = store.sanitize_name(chart_title or "tidslinje")
st.plotly_chart(
    fig,
    key="chart",
    on_select="rerun",
    selection_mode="points",
    config=figure.chart_config(stem),
    alt=f"Timeline of {len(view)} events; the same events are listed in the Table tab.",
)

with controls:
    with st.container(border=True):
        c_years, c_types, c_actors, c_docs, c_text = st.columns([3, 2, 2, 2, 2])
        c_years.slider("Years", lo, hi, key="f_years", disabled=not has_years)
        # Each choice shows how many events of the whole timeline it holds.
        for column, label, choices, column_name, key, show in (
            (c_types, "Type", options.types, "type", "f_types", str),
            (c_actors, "Actor", options.actors, "actors", "f_actors", str),
            (c_docs, "Document", options.docs, "doc", "f_docs", ingest.display_name),
        ):
            counts = dict(curate.count_by(curated, column_name))
            column.multiselect(
                label,
                choices,
                key=key,
                placeholder=f"All {label.lower()}s",
                format_func=lambda x, counts=counts, show=show: f"{show(x)} ({counts.get(x, 0)})",
            )
        c_text.text_input("Search", key="f_text", placeholder="Words in title or quote")
    c_count, c_lanes, c_colour = st.columns([4, 4, 3], vertical_alignment="bottom")
    n_docs = len(texts) + len(state.imported)
    by_type = ", ".join(f"{n} {t}" for t, n in curate.count_by(view, "type"))
    c_count.markdown(
        f"**{len(view)} of {len(curated)} events** · {n_docs} document{'s' if n_docs != 1 else ''}"
        + (f"  \n{md(by_type)}" if by_type else "")
    )
    c_lanes.segmented_control(
        "Lanes", list(LANES), format_func=LANES.get, key="lane_by", default="type", required=True
    )
    c_colour.segmented_control(
        "Colour",
        list(COLOURS),
        format_func=lambda c: "Anchor" if c == "anchor" else COLOURS[c],
        key="color_by",
        default="type",
        required=True,
        help="Colour by type, by document, or by the date's anchor: how each date was read "
        "(written in full, from the document date, from the previous event).",
    )

# Detail ---------------------------------------------------------------------------------------
with st.container(border=True, key="detail"):
    st.selectbox(
        "Event detail",
        list(view["event_id"]),
        key="detail_pick",
        index=None,
        format_func=label_of.get,
        placeholder="Click an event in the chart, or pick one here",
    )
    detail = curate.event_detail(curated, state.detail_pick, texts)
    if detail is not None:
        st.markdown(f"#### {md(detail.title)}")
        when = figure.format_when(detail.start, detail.end, "en", approximate=detail.approximate)
        facts = [f"**When:** {md(when)} · {md(detail.granularity)} · TIMEX3 {md(detail.date)}"]
        if detail.timex:
            facts.append(f"**Written as:** “{md(detail.timex)}”")
        if detail.explanation:
            facts.append(f"**How the date was read:** {md(detail.explanation)}")
        facts.append(f"**Type:** {md(detail.type)}")
        if detail.actors:
            facts.append(f"**Actors:** {md(', '.join(detail.actors))}")
        if detail.place:
            facts.append(f"**Place:** {md(detail.place)}")
        st.markdown("  \n".join(facts))
        st.markdown(f"**Sources ({len(detail.mentions)})**")
        for m in detail.mentions:
            with st.container(border=True):
                if m.in_document:
                    st.markdown(curate.highlighted_markdown(m.before, m.quote, m.after))
                elif m.quote:
                    st.text(m.quote)
                where = ingest.display_name(m.doc) + (f" · “{m.timex}”" if m.timex else "")
                st.caption(md(where))
        if not detail.mentions:
            st.caption("Added by hand, with no source quote.")

tab_table, tab_curate, tab_export, tab_save = st.tabs(
    ["Table", "Curate", "Export", "Save / open"], key="tab", on_change="rerun"
)

if tab_table.open:  # lazy: only the open tab runs
    with tab_table:
        st.caption(
            "Every event in the current view, with its quote. This is also the accessible view."
        )
        st.dataframe(
            curate.table_view(view),
            hide_index=True,
            width="stretch",
            column_config={
                "Title": st.column_config.TextColumn(width="medium"),
                "Quote": st.column_config.TextColumn(width="large"),
                "How the date was read": st.column_config.TextColumn(width="medium"),
            },
        )

if tab_curate.open:  # lazy: only the open tab runs
    with tab_curate:
        _show_flash("curate")
        n_ops = len(state.ops)
        c1, c2, c3 = st.columns([3, 1, 1], vertical_alignment="center")
        c1.caption(
            (f"{n_ops} change{'s' if n_ops != 1 else ''}" if n_ops else "No changes yet")
            + " on top of the extracted events. Changes are kept while you "
            "add documents or change dates, and saved with the timeline."
        )
        c2.button("Undo last change", on_click=_on_undo, disabled=not n_ops, width="stretch")
        c3.button("Remove all changes", on_click=_on_reset, disabled=not n_ops, width="stretch")
        ids = list(label_of)

        e_col, m_col = st.columns(2, gap="large")
        with e_col:
            st.markdown("##### Edit an event")
            if state.get("edit_pick") not in label_of:
                state.edit_pick = (
                    state.get("detail_pick") if state.get("detail_pick") in label_of else None
                )
            eid = st.selectbox(
                "Event to edit",
                ids,
                key="edit_pick",
                index=None,
                format_func=label_of.get,
                placeholder="Pick an event",
            )
            if eid:
                row = curated[curated["event_id"] == eid].iloc[0]
                types_all = list(curate.EVENT_TYPES)
                for name, current in (
                    ("title", row["title"]),
                    ("date", row["date"]),
                    ("actors", ", ".join(row["actors"])),
                    ("place", row["place"]),
                    ("type", row["type"] if row["type"] in types_all else "other"),
                ):
                    state.setdefault(f"edit:{eid}:{name}", current)
                # Plain widgets, not a form: each field is kept as soon as it is typed.
                with st.container(border=True):
                    st.text_input("Title", key=f"edit:{eid}:title")
                    st.text_input(
                        "Date",
                        key=f"edit:{eid}:date",
                        help="2009, 2009-04, 2009-04-25, “april 2009”, “25. april 2009”, “1990s”, "
                        "“44 BC”, “ca. 1905” or a range 2003–2009.",
                    )
                    st.text_input("Actors", key=f"edit:{eid}:actors", help="Separated by commas.")
                    st.text_input("Place", key=f"edit:{eid}:place")
                    st.selectbox("Type", types_all, key=f"edit:{eid}:type")
                    st.button("Save changes", on_click=_on_edit, args=(eid,), type="primary")
                st.button(
                    "Delete this event", key=f"delete:{eid}", on_click=_on_delete, args=([eid],)
                )
        with m_col:
            st.markdown("##### Merge two events")
            st.caption(
                "The first keeps its date and title; the second's sources and actors join it."
            )
            for key in ("merge_keep", "merge_other"):
                if state.get(key) not in label_of:
                    state[key] = None
            st.selectbox(
                "Keep",
                ids,
                key="merge_keep",
                index=None,
                format_func=label_of.get,
                placeholder="Pick an event",
            )
            st.selectbox(
                "Merge into it",
                ids,
                key="merge_other",
                index=None,
                format_func=label_of.get,
                placeholder="Pick another event",
            )
            st.button("Merge", on_click=_on_merge)

        st.markdown("##### Add an event by hand")
        state.setdefault("add_type", "other")
        with st.container(border=True):
            a1, a2, a3 = st.columns([3, 2, 2])
            a1.text_input("Title", key="add_title", placeholder="Nord-Korea trakk seg fra NPT")
            a2.text_input("Date", key="add_date", placeholder="2003-01-10 or april 2009")
            a3.selectbox("Type", list(curate.EVENT_TYPES), key="add_type")
            b1, b2 = st.columns(2)
            b1.text_input("Actors", key="add_actors", placeholder="Nord-Korea, USA")
            b2.text_input("Place", key="add_place")
            st.text_input("Source or note", key="add_source", placeholder="Where this comes from")
            st.button("Add event", on_click=_on_add_event)

if tab_export.open:  # lazy: only the open tab runs
    with tab_export:
        st.caption(
            f"Exports hold the current view: {len(view)} event(s), with filters and changes applied."
        )

        def _export_figure() -> Any:
            return figure.build_figure(view, lane_by=lane_by, color_by=color_by, title=chart_title)

        try:
            with st.spinner("Starting the PNG renderer …"):
                png_ok, png_message = png_warmup().result(timeout=90)
        except Exception as err:  # a probe that crashed or hung: say so, keep the camera button
            png_ok, png_message = False, f"Server-side PNG is not available ({err})."
        x1, x2, x3, x4, x5 = st.columns(5)
        if png_ok:
            x1.download_button(
                "PNG image",
                data=lambda: export.to_png(_export_figure()),
                file_name=f"{stem}.png",
                mime="image/png",
                on_click="ignore",
                icon=":material/image:",
                key="dl_png",
                width="stretch",
            )
        else:
            x1.button("PNG image", disabled=True, key="dl_png_off", width="stretch")
        # (column, label, bytes when clicked, file ending, MIME type, icon, key, help)
        downloads = [
            (
                x2,
                "Interactive HTML",
                lambda: export.to_html(_export_figure(), title=chart_title),
                "html",
                "text/html",
                "public",
                "dl_html",
                None,
            ),
            (x3, "CSV", lambda: export.to_csv(view), "csv", "text/csv", "table", "dl_csv", None),
            (
                x4,
                "JSON",
                lambda: export.to_json(view),
                "json",
                "application/json",
                "data_object",
                "dl_json",
                None,
            ),
            (
                x5,
                "TimelineJS",
                lambda: export.to_timelinejs(view, title=chart_title),
                "timelinejs.json",
                "application/json",
                "view_timeline",
                "dl_tljs",
                "Knight Lab TimelineJS JSON: host it and load it in their viewer.",
            ),
        ]
        for column, label, data, ending, mime, icon, key, help_text in downloads:
            column.download_button(
                label,
                data=data,
                file_name=f"{stem}.{ending}",
                mime=mime,
                on_click="ignore",
                icon=f":material/{icon}:",
                key=key,
                width="stretch",
                help=help_text,
            )
        if not png_ok:
            st.warning(
                md(png_message)
                + "  \nThe camera icon above the chart still saves a PNG from your browser."
            )
        else:
            st.caption(
                "The camera icon above the chart also saves a PNG, straight from your browser."
            )

if tab_save.open:  # lazy: only the open tab runs
    with tab_save:
        if "save_name" not in state:
            state.save_name = store.sanitize_name(titles[0] if titles else "tidslinje")
        st.text_input("Name", key="save_name")

        # The download runs its callable outside the script run, where st.session_state
        # is missing: it gets a snapshot of this visitor's workspace, not the state.
        _payload = functools.partial(
            _workspace(state.get("save_name") or "tidslinje").dumps, events=curated
        )

        s1, s2 = st.columns(2, gap="large")
        with s1:
            st.markdown("##### Download and reopen")
            st.download_button(
                "Download timeline file",
                data=_payload,
                file_name=f"{store.sanitize_name(state.save_name)}.timeline.json",
                mime="application/json",
                on_click="ignore",
                icon=":material/download:",
                key="dl_saved",
                help="The documents, your changes and the events, in one JSON file.",
            )
            st.file_uploader(
                "Open a timeline file (.json)",
                key="open_file",
                on_change=_on_open_file,
                help="A file downloaded here, or a JSON events export.",
            )
        with s2:
            st.markdown("##### Saved timelines folder")
            if LOCAL_SAVE:
                st.caption(md(f"In {SAVE_DIR}"))
                st.button("Save to folder", on_click=lambda: _on_save_local(_payload()))
                saved = store.list_saved(SAVE_DIR)
                st.selectbox(
                    "Saved timelines",
                    saved,
                    key="local_pick",
                    index=None,
                    placeholder="Pick one" if saved else "Nothing saved yet",
                )
                st.button("Open", on_click=_on_open_local, disabled=not saved)
            else:
                st.caption("Not offered on a shared host; download the file instead.")
        _show_flash("save")

with st.sidebar:
    st.header("Documents")
    st.caption("Each document: a title, its date (as precise as you know it) and its language.")
    for i, d in enumerate(state.docs, start=1):
        did = d["id"]
        title = " ".join(state[f"{did}:title"].split()) or d["name"]
        with st.expander(md(f"{i}. {title}"), expanded=len(state.docs) <= 2):
            st.text_input("Title", key=f"{did}:title", help="Shown in the chart title and exports.")
            st.text_input(
                "Document date",
                key=f"{did}:dct",
                placeholder="YYYY, YYYY-MM or YYYY-MM-DD",
                help="When the text was written: 2019, 2019-04 or 2019-04-25. Words like "
                "“torsdag” and “i februar” are read relative to it. Leave empty if unknown.",
            )
            st.selectbox("Language", list(LANGS), key=f"{did}:lang", format_func=LANGS.get)
            for problem in doc_problems.get(did, []):
                st.error(md(problem))
            words = len(d["text"].split())
            used = LANGS.get(detected.get(did, ""), "")
            st.caption(
                md(f"{d['name']} · {words:,} words · {d.get('source', '')}")
                + (f"  \nRead as {md(used)}" if used else "")
            )
            st.button("Remove", key=f"{did}:remove", on_click=_remove_doc, args=(did,))
    for problem in import_problems:
        st.error(md(problem))
    if not state.docs and not state.imported:
        st.info("No documents yet: upload, paste or pick one below.")
    _show_flash("docs")

    st.subheader("Add documents")
    tab_up, tab_paste, tab_bundled = st.tabs(["Upload", "Paste", "Bundled"])
    with tab_up:
        st.file_uploader(
            "Text files (.txt, .md, .html)",
            accept_multiple_files=True,
            key="upload",
            on_change=_on_upload,
            max_upload_size=ingest.MAX_DOCUMENT_BYTES // 1_000_000,
            help=f"Up to {ingest.human_size(ingest.MAX_DOCUMENT_BYTES)} of text per file. "
            "A first line like “date 2019-04 utenriks” sets the document date and desk.",
        )
        for message in state.upload_errors.values():
            st.error(md(message))
    with tab_paste:
        with st.form("paste_form", border=False):
            st.text_input("Name", key="paste_name", placeholder="Pasted text")
            st.text_area("Text", key="paste_text", height=160, placeholder="Paste an article …")
            st.form_submit_button("Add text", on_click=_on_paste)
        if state.get("paste_error"):
            st.error(md(state.paste_error))
    with tab_bundled:
        st.multiselect("Bundled documents", bundled_names(), key="bundled_pick")
        st.button("Add", key="bundled_add", on_click=_on_add_bundled)
