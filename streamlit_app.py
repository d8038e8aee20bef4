"""Tidslinje: dated, sourced events from news and history texts, as a zoomable timeline.

Run with ``streamlit run streamlit_app.py``. This file only arranges widgets; reading,
curating, drawing and exporting live in the ``timeline`` package. Document text is
untrusted: it is shown through ``st.text``/``st.dataframe`` or as escaped Markdown,
never as HTML.
"""

from __future__ import annotations

import functools
import hashlib
import html
import json
import os
import re
import secrets
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import plotly.graph_objects as go
import streamlit as st

st.set_page_config(
    page_title="Tidslinje: sourced timelines",
    # A Material icon, not an emoji: Streamlit checks an emoji against its emoji catalog,
    # a module that costs the first run ~0.1 s to import.
    page_icon=":material/calendar_month:",
    layout="wide",
    # "auto": open on a wide screen, collapsed on a phone (390 px), where it covered the app.
    initial_sidebar_state="auto",
)
# The page's head and its chart, in this order, filled in below. On a session's first run
# the chart's place holds an empty plot at once, before the libraries below are imported
# and the documents read (about 1 s of a cold start): the browser loads and starts its
# plotting code (a 4.7 MB script, seconds on a small host) while the server works, instead
# of after. Later runs draw the chart straight into its box: an st.empty() there would
# clear the chart shown at the start of every run and mount a new one (its zoom lost).
page_head = st.container()
chart_box = st.container()
chart_slot = chart_box if st.session_state.get("runs") else chart_box.empty()
if chart_slot is not chart_box:
    chart_slot.plotly_chart(
        go.Figure(layout={"height": 420, "xaxis": {"visible": False}, "yaxis": {"visible": False}}),
        config={"displayModeBar": False, "staticPlot": True},
    )

# The libraries, after the first message is on its way (see above).
import pandas as pd  # noqa: E402
import PIL.Image  # noqa: E402, F401  (see PngWarmup)

import chart_zoom  # noqa: E402
import doc_view  # noqa: E402
import store_view  # noqa: E402
import timeline  # noqa: E402
from timeline import (  # noqa: E402
    chartevents,
    curate,
    export,
    figure,
    i18n,
    ingest,
    naming,
    render,
    selection,
    store,
    userdate,
    words,
)
from timeline import view as views  # noqa: E402
from timeline.frame import merge_frames  # noqa: E402
from timeline.types import EVENT_TYPES, DocDate, Document  # noqa: E402
from timeline.workspace import WorkDocument, Workspace  # noqa: E402

APP_DIR = Path(__file__).resolve().parent
DATA_DIR = APP_DIR / "data"
SEED = "000_192722d517445595.txt"
SAVE_DIR = Path(os.environ.get("TIMELINE_SAVE_DIR") or store.default_folder(APP_DIR))
LOCAL_SAVE = store.local_saving_enabled(os.environ, APP_DIR)
# One saved-timelines folder for every visitor only when asked for; by default each
# visitor has a private folder (see save_folder).
SAVE_SHARED = os.environ.get("TIMELINE_SAVE_SHARED", "").strip().lower() in ("1", "true", "yes")
FOLDER_KEY = re.compile(r"[A-Za-z0-9_-]{16}")
# CPU seconds one document may take to read (about 2 s per MB of news text).
CPU_SECONDS = float(os.environ.get("TIMELINE_CPU_SECONDS") or 20)
# The choices the app offers, each with the catalog id of its label (timeline/messages.py).
LANGS = {"auto": "lang.auto", "nb": "lang.nb", "en": "lang.en"}
LANES = {"type": "lanes.type", "doc": "lanes.doc", "actor": "lanes.actor", "none": "lanes.none"}
COLOURS = {"type": "lanes.type", "doc": "lanes.doc", "anchor": "colour.anchor"}
SOURCES = ("bundled", "upload", "paste", "link", "saved")  # where a document came from
TYPED_KEYS = (
    "add_",
    "edit:",
    "merge_",
    "save_name",
    "local_pick",
    "folder_key_",
    "png_",
    "undated:",
)
md = views.escape_markdown  # every piece of document text goes through this


def tr() -> i18n.Translator:
    """The catalog in this visitor's interface language: the sidebar's switch, which
    starts at the browser's language, else the documents' (see the page below)."""
    return i18n.translator(st.session_state.get("ui_lang"))



if store_view.show():  # an event store (--store PATH, or a folder typed in the sidebar)
    chart_slot.empty()
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
        return timeline.empty_frame(), str(err)
    return frame, ""


@st.cache_data(show_spinner=False, max_entries=16)
def imported_frame(events_json: str) -> pd.DataFrame:
    return export.from_json(events_json)


# PIL.Image is imported above, on the main thread, on purpose: Plotly imports it lazily
# while it serialises a figure, and the PNG warm-up thread imports it too. Two threads
# importing one module at once give "partially initialized module 'PIL.Image'" and a
# crashed rerun (seen once in four starts, caught by tests/test_browser.py).
class PngWarmup:
    """The server's PNG renderer: probed in the background (~2 s), then kept running so
    that exports do not wait for a browser to start. One per server process.

    A failed probe is not kept: the next session that asks (or a visitor pressing Try
    again) probes anew, so one bad start of Chromium does not take PNG away from every
    later visitor until a restart."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._probe: Future[tuple[bool, str]] | None = None
        self._seen_by: set[str] = set()  # sessions that were shown the current probe

    def _start(self) -> Future[tuple[bool, str]]:
        probe: Future[tuple[bool, str]] = Future()

        def work() -> None:
            try:
                result = render.png_available()
            except Exception as err:  # reported where the PNG button would be
                probe.set_exception(err)
                return
            probe.set_result(result)
            if result[0]:
                render.start_png_server()

        threading.Thread(target=work, name="png-warmup", daemon=True).start()
        return probe

    @staticmethod
    def _failed(probe: Future[tuple[bool, str]]) -> bool:
        if not probe.done():
            return False
        return probe.exception() is not None or not probe.result()[0]

    def get(self, session: str = "", *, retry: bool = False) -> Future[tuple[bool, str]]:
        """The current probe; a new one if there is none, if ``retry``, or if the last
        one failed and ``session`` has not been shown that failure yet."""
        with self._lock:
            probe = self._probe
            if (
                probe is None
                or (retry and (probe.done()))
                or (self._failed(probe) and session not in self._seen_by)
            ):
                self._probe = probe = self._start()
                self._seen_by = set()
            self._seen_by.add(session)
            return probe


@st.cache_resource(show_spinner=False)
def png_warmup() -> PngWarmup:
    return PngWarmup()


def _session_id() -> str:
    state = st.session_state
    if "session_key" not in state:
        state.session_key = secrets.token_hex(16)
    return str(state.session_key)


def _retry_png() -> None:
    """The "try again" button: start a fresh PNG probe for this session (it runs in the
    background; the rerun that follows the click shows its outcome)."""
    png_warmup().get(_session_id(), retry=True)


def png_to_publish(
    view: pd.DataFrame,
    lane_by: str,
    color_by: str,
    title: str,
    subtitle: str,
    source: str,
    preset: str,
    lang: str,
) -> bytes:
    """The PNG to publish: no zoom widgets, whole labels, the title, subtitle and credit
    line as typed, at the preset's size. Runs outside the script run (a download)."""
    _, width, height = render.PNG_PRESETS[preset]
    fig = figure.build_figure(
        view,
        lane_by=lane_by,
        color_by=color_by,
        title=title,
        lang=lang,
        page=figure.Page(width=width, height=height, static=True, subtitle=subtitle, source=source),
    )
    return render.to_png(fig, width=width, height=int(fig.layout.height), scale=2)


# The chart width (px) under which the controls go into narrower rows.
NARROW_PX = 760


def _phone_width() -> int | None:
    """The width to lay the chart out for when the browser says it is a phone ("Mobi" in
    its user agent, as browsers on phones send), else None: the page does not tell the
    server its width, and a chart laid out for a desktop put the legends over the zoom
    buttons and cut the title at 390 px."""
    try:
        agent = st.context.headers.get("User-Agent") or ""
    except Exception:  # no browser behind this run (AppTest, bare mode)
        return None
    return 360 if "Mobi" in agent else None


def _follow_default(key: str, default: str) -> None:
    """A field that shows its default until the person types: it follows the default
    as documents come and go, and keeps what was typed."""
    state = st.session_state
    shown = f"{key}__default"
    if key not in state or state[key] == state.get(shown):
        state[key] = default
    state[shown] = default


# --------------------------------------------------------------------------- session state


def _doc_entry(
    doc: Document, *, source: str, html: str | None = None, number: int = 1
) -> dict[str, Any]:
    """A document of the session; ``number``: its place, for "Dokument 2"."""
    meta = dict(doc.meta)
    lang = doc.lang if doc.lang in LANGS else "auto"
    return {
        "name": doc.name,
        "text": doc.text,
        "title": naming.document_title(
            text=doc.text,
            name=doc.name,
            header_title=doc.title,
            html=html,
            number=number,
            lang=None if lang == "auto" else lang,
            default_names=[i18n.text("app.pasted_name", c) for c in i18n.LANGUAGES],
        ),
        "dct": doc.dct.iso() if doc.dct else "",
        "lang": lang,
        "source": source,
        # who published it, for the legend, the detail and the credit line of a
        # published PNG ("Source: NTB, …"), and where it is from
        "publisher": meta.get("source", "") or meta.get("site", ""),
        "url": meta.get("url", ""),
    }


def _doc_infos() -> list[naming.DocInfo]:
    """Each document's title (as the sidebar has it now), source and URL."""
    state = st.session_state
    return [
        naming.DocInfo(
            d["name"],
            " ".join(str(state.get(f"{d['id']}:title", d["title"])).split()),
            d.get("publisher", ""),
            d.get("url", ""),
        )
        for d in state.docs
    ]


def _add_doc(entry: dict[str, Any], *, step: bool = True) -> None:
    """A document joins the session; ``step``: the person added it, and undo takes it
    out again (not the bundled article of a first visit, nor an opened file's)."""
    state = st.session_state
    entry = dict(entry)
    entry["name"] = ingest.unique_name(entry["name"], (d["name"] for d in state.docs))
    entry["id"] = f"d{state.next_doc}"
    state.next_doc += 1
    state.docs.append(entry)
    if step:
        doc_view.added(entry["id"], entry["title"])


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
        _add_doc(read_bundled(SEED, seed.stat().st_mtime), step=False)


def _on_doc_field(doc_id: str, field: str) -> None:
    """A document's title, date or language set in the sidebar: one undo step. A date
    that does not read yet (half typed) is none: the document keeps its last valid one,
    and the sidebar says why."""
    typed = st.session_state.get(f"{doc_id}:{field}")
    if field == "dct":
        try:
            dct = userdate.parse_document_date(str(typed or ""))
        except ValueError:
            return
        value = dct.iso() if dct else ""
    elif field == "lang":
        value = str(_offered(typed, LANGS, "auto"))
    else:
        value = str(typed or "")
    doc_view.edited(doc_id, field, value)


def _flash(kind: str, message: str, where: str = "curate") -> None:
    """A message for the next run, shown in the part of the page it concerns."""
    st.session_state.flash.append((kind, message, where))


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
            page = None
            if Path(f.name).suffix.lower() in ingest.HTML_SUFFIXES:  # titled by its <title>
                page = ingest.decode(f.getvalue(), f.name)
        except ingest.IngestError as err:
            state.upload_errors[f.file_id] = doc_view.reason(err)
            continue
        except Exception as err:  # the engine refused it: say so, keep the page
            state.upload_errors[f.file_id] = tr()(
                "app.could_not_read", name=ingest.display_name(f.name), err=err
            )
            continue
        entry = _doc_entry(doc, source="upload", html=page, number=len(state.docs) + 1)
        _add_doc(entry)
        _flash("success", tr()("app.added", name=entry["name"]), "docs")


def _on_paste() -> None:
    state = st.session_state
    raw = state.get("paste_text", "")
    title = " ".join(str(state.get("paste_name", "")).split())  # the form's "Title"
    name = ingest.plain_label(title or tr()("app.pasted_name"))  # a title, not a path
    try:
        text = ingest.check_pasted(raw)
        dct = userdate.parse_document_date(state.get("paste_date", ""))
        doc = timeline.parse_document(text, name, dct=dct)
    except ingest.IngestError as err:
        state.paste_error = doc_view.reason(err)
        return
    except ValueError as err:  # the date typed
        state.paste_error = doc_view.reason(err)
        return
    except Exception as err:
        state.paste_error = tr()("app.text_unreadable", err=err)
        return
    state.paste_error = ""
    entry = _doc_entry(doc, source="paste", number=len(state.docs) + 1)
    if title:
        entry["title"] = title
    if source := " ".join(str(state.get("paste_source", "")).split()):
        entry["publisher"] = source
    _add_doc(entry)
    for key in ("paste_text", "paste_name", "paste_source", "paste_date"):
        state[key] = ""  # added: the text now lives in the document list
    _flash("success", tr()("app.added", name=entry["title"]), "docs")


def _on_link() -> None:
    """Fetch the article a link points to (see timeline.fetch for what is refused)."""
    from timeline import fetch  # http and TLS are loaded when a link is first used

    state = st.session_state
    t = tr()
    try:
        article = fetch.fetch_article(state.get("link_url", ""))
        doc = timeline.parse_document(article.header(), article.name())
    except fetch.FetchError as err:
        state.link_error = err.message(t.lang)
        return
    except Exception as err:
        state.link_error = t("app.text_unreadable", err=err)
        return
    state.link_error = ""
    entry = _doc_entry(doc, source="link", number=len(state.docs) + 1)
    if article.lang in ("nb", "en") and entry["lang"] == "auto":
        entry["lang"] = article.lang
    _add_doc(entry)
    state.link_url = ""
    site = article.site or urlsplit(article.url).hostname or ""
    _flash("success", t("app.link_added", title=entry["title"], site=site), "docs")


def _on_add_bundled() -> None:
    picked = st.session_state.get("bundled_pick") or []
    offered = bundled_names()
    for name in picked if isinstance(picked, list) else []:
        if name not in offered:
            _flash("error", tr()("app.only_bundled"), "docs")
            continue
        path = DATA_DIR / name
        try:
            _add_doc(read_bundled(name, path.stat().st_mtime))
        except Exception as err:
            _flash("error", tr()("app.could_not_read", name=name, err=doc_view.reason(err)), "docs")
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
                f"d{len(ws.documents) + 1}",
                d.name,
                d.text,
                d.title,
                d.dct,
                d.lang,
                d.source,
                d.url,
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
            # who published it when known, else how it arrived (as a workspace keeps it)
            source=d.get("publisher") or d.get("source", ""),
            url=d.get("url", ""),
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
                    "source": d.source if d.source in SOURCES else "saved",
                    "publisher": "" if d.source in SOURCES else d.source,
                    "url": d.url,
                },
                step=False,
            )
        state.ops = list(saved.ops)
        if not saved.documents and saved.events:
            state.imported = [{"name": label, "json": json.dumps(saved.events)}]
    elif saved.events is not None:
        state.imported.append({"name": label, "json": json.dumps(saved.events)})
    state.pop("detail_pick", None)
    state.pop("history", None)  # the steps were taken on another timeline
    _flash("success", tr()("app.opened", name=label), "save")


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
        _flash("error", f"{label}: {doc_view.reason(err)}", "save")
        return
    except Exception as err:
        _flash("error", tr()("app.not_a_timeline", name=label, err=doc_view.reason(err)), "save")
        return
    _restore(saved, label)


def _signed_in_user() -> str:
    """Who is signed in, when the server has Streamlit's login configured; else ''."""
    try:
        user = st.user
        if user.get("is_logged_in"):
            return str(user.get("email") or user.get("sub") or "")
    except Exception:  # no login configured, or an older Streamlit
        pass
    return ""


def _folder_key() -> str:
    """This visitor's key to their private folder: random, made on first use, shown in
    the Save tab so that it can be typed in again on a later visit."""
    state = st.session_state
    if not FOLDER_KEY.fullmatch(str(state.get("folder_key") or "")):
        state.folder_key = secrets.token_urlsafe(12)
    return str(state.folder_key)


def save_folder() -> Path:
    """Where this visitor's timelines are saved. Per visitor by default: a folder named
    by a hash of the signed-in user, or of the visitor's folder key, so that visitors of
    a self-hosted server never see each other's timelines. TIMELINE_SAVE_SHARED=1 makes
    it the one shared folder (a single-user machine, a team that wants it)."""
    if SAVE_SHARED:
        return SAVE_DIR
    user = _signed_in_user()
    secret = f"user:{user}" if user else f"key:{_folder_key()}"
    return SAVE_DIR / "private" / hashlib.sha256(secret.encode("utf-8")).hexdigest()[:32]


def _on_folder_key() -> None:
    state = st.session_state
    typed = str(state.get("folder_key_input") or "").strip()
    state.folder_key_input = ""
    if not typed:
        return
    if not FOLDER_KEY.fullmatch(typed):
        _flash("error", tr()("app.folder_key_bad"), "save")
        return
    state.folder_key = typed
    state.local_pick = None
    _flash("success", tr()("app.folder_key_opened"), "save")


def _on_open_local() -> None:
    name = st.session_state.get("local_pick")
    if not name:
        return
    folder = save_folder()
    if name not in store.list_saved(folder):
        _flash("error", tr()("app.pick_saved"), "save")
        return
    try:
        saved = store.load(folder, name)
    except store.StoreError as err:
        _flash("error", str(err), "save")
        return
    _restore(saved, name)


def _on_save_local(payload: str) -> None:
    name = st.session_state.get("save_name") or "timeline"
    try:
        path = store.save(save_folder(), name, payload)
    except store.StoreError as err:
        _flash("error", str(err), "save")
        return
    _flash("success", tr()("app.saved_as", name=path.name, folder=path.parent.name), "save")


def _on_set_date(event_id: str) -> None:
    """Date an undated or vague event in one step (an edit operation, undoable)."""
    key = f"undated:{event_id}"
    typed = str(st.session_state.get(key) or "").strip()
    if not typed:
        _flash("error", tr()("app.unplaced_type_first"), "unplaced")
        return
    if doc_view.push(
        curate.make_edit_op,
        event_id,
        {"date": typed},
        kind="date",
        name=doc_view.title_of(event_id),
        success=tr()("app.unplaced_dated"),
        where="unplaced",
    ):
        st.session_state[key] = ""


def _on_merge() -> None:
    s = st.session_state
    keep, other = s.get("merge_keep"), s.get("merge_other")
    if not keep or not other:
        _flash("error", tr()("app.merge_pick"))
        return
    doc_view.push(
        curate.make_merge_op,
        keep,
        other,
        kind="merge",
        name=doc_view.title_of(keep),
        success=tr()("app.merged"),
    )


def _on_add_event() -> None:
    s = st.session_state
    try:
        op = curate.make_add_op(
            list(s.curated["event_id"]),
            title=s.get("add_title", ""),
            date=s.get("add_date", ""),
            type=_offered(s.get("add_type"), EVENT_TYPES, "other"),
            actors=s.get("add_actors", ""),
            place=s.get("add_place", ""),
            source=s.get("add_source", ""),
        )
    except ValueError as err:
        _flash("error", doc_view.reason(err))  # the typed fields stay as they are
        return
    doc_view.record("add", op["event"]["title"], [*s.ops, op])
    for k in ("add_title", "add_date", "add_actors", "add_place", "add_source"):
        s[k] = ""
    _flash("success", tr()("app.added_event", title=op["event"]["title"]))


def _on_language() -> None:
    """A new interface language: the pickers show their choice in its words. Streamlit
    keeps a picker's shown label from the last run; set through the state, it is drawn
    again with the new words."""
    for key in ("detail_pick", "merge_keep", "merge_other"):
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


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
    png_warmup().get(_session_id())
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
        dct = userdate.parse_document_date(state[f"{did}:dct"])
        d["dct"] = dct.iso() if dct else ""
    except ValueError as err:
        problems.append(
            tr()("app.last_valid_date", err=doc_view.reason(err), date=d["dct"] or tr()("app.none"))
        )
    lang = state[f"{did}:lang"] = _offered(state[f"{did}:lang"], LANGS, "auto")
    # The document holds what the person set, so that it leaves and comes back with it
    # (undo of its removal, redo of its addition).
    d["title"], d["lang"] = state[f"{did}:title"], lang
    try:
        frame, heavy = extract_cached(
            d["name"], d["text"], None if lang == "auto" else lang, d["dct"] or None
        )
    except Exception as err:  # an engine failure on one text must not hide the others
        problems.append(tr()("app.extract_failed", kind=type(err).__name__, err=err))
        continue
    if heavy:
        problems.append(tr()("app.too_heavy", err=heavy))
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

# The interface language: the sidebar's switch; until it is used, the browser's language,
# else the one most documents are in. The chart, table and exports all speak it.
if state.get("ui_lang") not in i18n.LANGUAGES:
    doc_langs = [
        detected.get(d["id"]) if state[f"{d['id']}:lang"] == "auto" else state[f"{d['id']}:lang"]
        for d in state.docs
    ]
    state.ui_lang = i18n.choose_language(st.context.locale, doc_langs)
ui = state.ui_lang
t = tr()

# The curated timeline: extraction of every document, merged, with the person's changes.
base = merge_frames(frames)
curated, notes = curate.apply_ops(base, state.ops, lang=ui)
state.curated = curated  # for the curation callbacks of the next run
# Which document each event is from, as a reader knows it: title, source, URL and the
# label the legend, lanes and filters show (timeline.naming.DOC_COLUMNS).
doc_infos = _doc_infos()
curated = naming.with_document_columns(curated, doc_infos)
doc_label = naming.labels(doc_infos)
doc_info = {d.name: d for d in doc_infos}
label_of = views.event_labels(curated, lang=ui)

with page_head:
    st.title("Tidslinje")
    st.caption(t("app.intro"))
    for note in notes:
        st.warning(md(note))
    # Filters and chart settings come from the session state; their widgets are drawn into
    # this container after the chart, so that the chart reaches the browser first.
    controls = st.container()
options = views.filter_options(curated)
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
filters = views.Filters(
    years=None if tuple(years) == (lo, hi) else (int(years[0]), int(years[1])),
    types=tuple(state.get("f_types", ())),
    actors=tuple(state.get("f_actors", ())),
    docs=tuple(state.get("f_docs", ())),
    text=state.get("f_text", ""),
)
view = views.filter_frame(curated, filters)
state.view = view  # what the exports hold
unplaced = chartevents.off_chart(view, ui)
lane_by = _offered(state.get("lane_by"), LANES, "type")
color_by = _offered(state.get("color_by"), COLOURS, "type")
for _key, _value in (("lane_by", lane_by), ("color_by", color_by)):
    if state.get(_key) not in (None, _value):
        state[_key] = _value  # a value the app never offered

chart_title = " · ".join(titles[:2])
if len(titles) > 2:
    chart_title = t("chart.more_titles", a=chart_title, n=len(titles) - 2)
doc_view.forget_pick_on_change(lane_by, [d["id"] for d in state.docs])
picked = selection.select_event(view, state.get("chart")) if state.get("chart") else None
if picked and picked != state.get("last_chart_pick"):
    state.detail_pick = picked  # a click in the chart opens that event below
state.last_chart_pick = picked
if state.get("detail_pick") not in set(view["event_id"]):
    state.detail_pick = None
fig = figure.build_figure(
    view,
    lane_by=lane_by,
    color_by=color_by,
    title=chart_title,
    highlight=state.detail_pick,
    lang=ui,
    page=figure.Page(screen=chart_zoom.width() or _phone_width()),
    zoom=chart_zoom.reported(),  # labels for the range the reader zoomed to
)
chart_zoom.forget_unless_used(fig)
if view.empty:
    page_head.info(t("app.no_events_filtered") if not curated.empty else t("app.no_events"))
stem = store.sanitize_name(chart_title or "tidslinje")
chart_slot.plotly_chart(
    fig,
    key="chart",
    on_select="rerun",
    selection_mode="points",
    config=figure.chart_config(stem),
    alt=t.n("app.chart_alt", len(view)),
)
with chart_box:
    chart_zoom.watch()

# A narrow page (a phone, a laptop with the sidebar open, a window at half a screen) gets
# the filters and the lane and colour switches in rows of fewer columns: five filters in
# one row of 500 px cut their labels, and the switches ran off the page's edge.
narrow = (chart_zoom.width() or _phone_width() or NARROW_PX) < NARROW_PX

with controls:
    with st.container(border=True):
        if narrow:
            c_years, c_text = st.columns([3, 2])
            c_types, c_actors, c_docs = st.columns(3)
        else:
            c_years, c_types, c_actors, c_docs, c_text = st.columns([3, 2, 2, 2, 2])
        if has_years and lo < 1:  # BC years: "44 f.Kr." on the slider, not -43
            c_years.select_slider(
                t("app.years"),
                list(range(lo, hi + 1)),
                # A value, so that Streamlit reads the widget back as a range (it logs once
                # that the state also sets it; the state is what the page uses).
                value=tuple(state.f_years),
                key="f_years",
                disabled=not has_years,
                format_func=lambda y: words.year(y, ui),
            )
        else:
            c_years.slider(t("app.years"), lo, hi, key="f_years", disabled=not has_years)
        # Each choice shows how many events of the whole timeline it holds.
        for column, label, everything, choices, column_name, key, show in (
            (
                c_types,
                t("lanes.type"),
                t("app.all_types"),
                options.types,
                "type",
                "f_types",
                lambda x: words.category("type", x, ui),
            ),
            (
                c_actors,
                t("lanes.actor"),
                t("app.all_actors"),
                options.actors,
                "actors",
                "f_actors",
                str,
            ),
            (
                c_docs,
                t("lanes.doc"),
                t("app.all_docs"),
                options.docs,
                "doc",
                "f_docs",
                lambda name: doc_label.get(name) or ingest.display_name(name),
            ),
        ):
            counts = dict(views.count_by(curated, column_name))

            def counted(x: Any, counts: dict[Any, int] = counts, show: Any = show) -> str:
                return f"{show(x)} ({counts.get(x, 0)})"

            column.multiselect(
                label,
                choices,
                key=key,
                placeholder=everything,
                format_func=counted,
            )
        c_text.text_input(t("app.search"), key="f_text", placeholder=t("app.search_hint"))
    if narrow:
        c_count, c_lanes, c_colour = st.container(), st.container(), st.container()
    else:
        c_count, c_lanes, c_colour = st.columns([4, 4, 3], vertical_alignment="bottom")
    n_docs = len(texts) + len(state.imported)
    by_type = ", ".join(
        t("app.type_count", type=words.category("type", kind, ui), n=n)
        for kind, n in views.count_by(view, "type")
    )
    n_undated = sum(1 for u in unplaced if u["why"] == "undated")
    c_count.markdown(
        t.n("app.count_on_chart", len(curated), shown=len(view) - n_undated)
        + (f" · {t.n('app.n_without_date', n_undated)}" if n_undated else "")
        + f" · {t.n('app.n_documents', n_docs)}"
        + (f"  \n{md(by_type)}" if by_type else "")
    )
    c_lanes.segmented_control(
        t("app.lanes"),
        list(LANES),
        format_func=lambda k: t(LANES[k]),
        key="lane_by",
        default="type",
        required=True,
    )
    c_colour.segmented_control(
        t("app.colour"),
        list(COLOURS),
        format_func=lambda c: t("colour.anchor_short") if c == "anchor" else t(COLOURS[c]),
        key="color_by",
        default="type",
        required=True,
        help=t("app.colour_help"),
    )

# Detail ---------------------------------------------------------------------------------------
# Not on the chart: events without a resolved date, and the very vague ones, each
# datable here in one step (an edit operation: undo works, and it is saved).
with st.container(key="unplaced"):
    if unplaced:
        n_vague = len(unplaced) - sum(1 for u in unplaced if u["why"] == "undated")
        parts = [
            t.n(what, n)
            for n, what in (
                (len(unplaced) - n_vague, "app.unplaced_undated"),
                (n_vague, "app.unplaced_vague"),
            )
            if n
        ]
        with st.expander(
            t("app.unplaced_title", parts=", ".join(parts)),
            expanded=len(unplaced) > n_vague,
        ):
            st.caption(t("app.unplaced_note"))
            for u in unplaced[:40]:
                eid = u["event_id"]
                with st.form(f"date_form:{eid}", border=False):
                    f1, f2, f3 = st.columns([5, 3, 2], vertical_alignment="bottom")
                    reason = (
                        u["when"]
                        if u["why"] == "vague"
                        else t("app.unplaced_no_date_from", timex=u["timex"])
                        if u["timex"]
                        else t("app.unplaced_no_date")
                    )
                    f1.markdown(f"**{md(u['title'] or eid)}**  \n{md(reason)}")
                    f2.text_input(
                        t("app.unplaced_date"),
                        key=f"undated:{eid}",
                        placeholder="april 2019",
                        label_visibility="collapsed",
                    )
                    f3.form_submit_button(t("app.unplaced_set"), on_click=_on_set_date, args=(eid,))
            if len(unplaced) > 40:
                st.caption(t("app.unplaced_more", n=len(unplaced) - 40))
    _show_flash("unplaced")

# The selected event with its editing, and beside it the document it comes from.
doc_view.detail_and_document(curated, view, texts, label_of, ui, doc_info)

tab_table, tab_curate, tab_export, tab_save = st.tabs(
    [t("app.tab_table"), t("app.tab_curate"), t("app.tab_export"), t("app.tab_save")],
    key="tab",
    on_change="rerun",
)

if tab_table.open:  # lazy: only the open tab runs
    with tab_table:
        st.caption(t("app.table_caption"))
        st.dataframe(
            views.table_view(view, ui, doc_label),
            hide_index=True,
            width="stretch",
            column_config={
                t("table.title"): st.column_config.TextColumn(width="medium"),
                t("table.quote"): st.column_config.TextColumn(width="large"),
                t("table.how"): st.column_config.TextColumn(width="medium"),
            },
        )

if tab_curate.open:  # lazy: only the open tab runs
    with tab_curate:
        _show_flash("curate")
        n_ops = len(state.ops)
        c1, c2, c3 = st.columns([3, 2, 1], vertical_alignment="center")
        c1.caption(
            (t.n("app.changes", n_ops) if n_ops else t("app.no_changes"))
            + " "
            + t("app.changes_kept")
        )
        with c2:
            doc_view.undo_redo("curate", "curate")
        c3.button(t("app.reset"), on_click=doc_view.on_reset, disabled=not n_ops, width="stretch")
        ids = list(label_of)
        st.caption(t("detail.edits_elsewhere"))

        m_col, _ = st.columns(2, gap="large")
        with m_col:
            st.markdown(f"##### {t('app.merge_heading')}")
            st.caption(t("app.merge_caption"))
            for key in ("merge_keep", "merge_other"):
                if state.get(key) not in label_of:
                    state[key] = None
            st.selectbox(
                t("app.keep"),
                ids,
                key="merge_keep",
                index=None,
                format_func=lambda i: label_of.get(i, str(i)),
                placeholder=t("app.pick_event"),
            )
            st.selectbox(
                t("app.merge_into"),
                ids,
                key="merge_other",
                index=None,
                format_func=lambda i: label_of.get(i, str(i)),
                placeholder=t("app.pick_another"),
            )
            st.button(t("app.merge"), on_click=_on_merge)

        st.markdown(f"##### {t('app.add_heading')}")
        state.setdefault("add_type", "other")
        with st.container(border=True):
            a1, a2, a3 = st.columns([3, 2, 2])
            a1.text_input(t("table.title"), key="add_title", placeholder=t("app.add_title_hint"))
            a2.text_input(
                t("table.date"),
                key="add_date",
                placeholder=t("app.add_date_hint"),
                help=t("app.date_help"),
            )
            a3.selectbox(
                t("table.type"),
                list(EVENT_TYPES),
                key="add_type",
                format_func=lambda x: words.category("type", x, ui),
            )
            b1, b2 = st.columns(2)
            b1.text_input(t("table.actors"), key="add_actors", placeholder=t("app.actors_hint"))
            b2.text_input(t("table.place"), key="add_place")
            st.text_input(t("app.source_note"), key="add_source", placeholder=t("app.source_hint"))
            st.button(t("app.add_event"), on_click=_on_add_event)

if tab_export.open:  # lazy: only the open tab runs
    with tab_export:
        st.caption(t.n("app.export_caption", len(view)))

        default_sub = next(
            (a.text for a in fig.layout.annotations if a.name == "subtitle" and a.text), ""
        )
        _follow_default("png_title", chart_title)
        _follow_default("png_subtitle", html.unescape(default_sub))
        _follow_default(
            "png_source",
            # Only a named publisher or the page's site is a source: a document's title
            # is not ("Kilde: Russlands president Vladimir Putin kom …"). The field is
            # the visitor's to fill where no document names one.
            render.source_line(
                [
                    (credit, d["dct"])
                    for d in state.docs
                    if (credit := d.get("publisher") or naming.host_of(d.get("url", "")))
                ],
                lang=ui,
            ),
        )
        with st.container(border=True):
            st.markdown("##### " + t("app.png_publish"))
            st.caption(t("app.png_publish_note"))
            p1, p2 = st.columns([3, 2])
            p1.text_input(t("app.png_title"), key="png_title")
            p2.selectbox(
                t("app.png_size"),
                list(render.PNG_PRESETS),
                key="png_preset",
                format_func=lambda k: t(render.PNG_PRESETS[k][0]),
            )
            p1.text_input(t("app.png_subtitle"), key="png_subtitle")
            p2.text_input(t("app.png_source"), key="png_source")
        png_preset = _offered(state.get("png_preset"), render.PNG_PRESETS, "column")

        # Read now: the download runs after the script run, where st.session_state is gone.
        html_source = state.get("png_source", "")

        def _export_figure() -> Any:
            return figure.build_figure(
                view,
                lane_by=lane_by,
                color_by=color_by,
                title=chart_title,
                lang=ui,
                page=figure.Page(source=html_source),
            )

        try:
            with st.spinner(t("app.png_starting")):
                png_ok, png_message = png_warmup().get(_session_id()).result(timeout=90)
        except Exception:  # a probe that crashed or hung: say so, keep the camera button
            png_ok, png_message = False, t("app.png_not_started")
        # Where each document came from, for the source and URL in every export.
        export_sources = {
            d["name"]: export.Source(
                source=d.get("publisher", ""),
                url=d.get("url", ""),
                date=d["dct"],
                title=state[f"{d['id']}:title"],
            )
            for d in state.docs
        }
        x1, x2, x3, x4 = st.columns(4)
        x5, x6, x7, _ = st.columns(4)
        if png_ok:
            x1.download_button(
                t("app.png"),
                data=functools.partial(
                    png_to_publish,
                    view,
                    lane_by,
                    color_by,
                    state.get("png_title", ""),
                    state.get("png_subtitle", ""),
                    state.get("png_source", ""),
                    png_preset,
                    ui,
                ),
                file_name=f"{stem}.png",
                mime="image/png",
                on_click="ignore",
                icon=":material/image:",
                key="dl_png",
                width="stretch",
            )
        else:
            x1.button(t("app.png"), disabled=True, key="dl_png_off", width="stretch")
        # (column, label, bytes when clicked, file ending, MIME type, icon, key, help)
        downloads = [
            (
                x2,
                t("app.html"),
                lambda: render.to_html(_export_figure(), title=chart_title),
                "html",
                "text/html",
                "public",
                "dl_html",
                None,
            ),
            (
                x3,
                "CSV",
                lambda: export.to_csv(view, sources=export_sources),
                "csv",
                "text/csv",
                "table",
                "dl_csv",
                t("app.csv_help"),
            ),
            (
                x4,
                "JSON",
                lambda: export.to_json(view, sources=export_sources),
                "json",
                "application/json",
                "data_object",
                "dl_json",
                None,
            ),
            (
                x5,
                "TimelineJS",
                lambda: export.to_timelinejs(
                    view, title=chart_title, lang=ui, sources=export_sources
                ),
                "timelinejs.json",
                "application/json",
                "view_timeline",
                "dl_tljs",
                t("app.tljs_help"),
            ),
            (
                x6,
                t("app.tljs_csv"),
                lambda: export.to_timelinejs_csv(
                    view, title=chart_title, lang=ui, sources=export_sources
                ),
                "timelinejs.csv",
                "text/csv",
                "grid_on",
                "dl_tljs_csv",
                t("app.tljs_csv_help"),
            ),
            (
                x7,
                t("app.embed"),
                lambda: export.to_embed_page(
                    view, title=chart_title, lang=ui, sources=export_sources
                ),
                "timelinejs.html",
                "text/html",
                "code",
                "dl_embed",
                t("app.embed_help"),
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
            st.warning(md(png_message) + "  \n" + t("app.camera_still"))
            st.button(
                t("app.try_again"),
                key="retry_png",
                on_click=_retry_png,
                help=t("app.try_again_help"),
            )
        else:
            st.caption(t("app.camera_also"))

if tab_save.open:  # lazy: only the open tab runs
    with tab_save:
        if "save_name" not in state:
            state.save_name = store.sanitize_name(titles[0] if titles else "tidslinje")
        st.text_input(t("app.name"), key="save_name")

        # The download runs its callable outside the script run, where st.session_state
        # is missing: it gets a snapshot of this visitor's workspace, not the state.
        _payload = functools.partial(
            _workspace(state.get("save_name") or "tidslinje").dumps, events=curated
        )

        s1, s2 = st.columns(2, gap="large")
        with s1:
            st.markdown(f"##### {t('app.download_heading')}")
            st.download_button(
                t("app.download_file"),
                data=_payload,
                file_name=f"{store.sanitize_name(state.save_name)}.timeline.json",
                mime="application/json",
                on_click="ignore",
                icon=":material/download:",
                key="dl_saved",
                help=t("app.download_help"),
            )
            st.file_uploader(
                t("app.open_file"),
                key="open_file",
                on_change=_on_open_file,
                help=t("app.open_file_help"),
            )
        with s2:
            st.markdown(f"##### {t('app.folder_heading')}")
            if LOCAL_SAVE:
                folder = save_folder()
                if SAVE_SHARED:
                    st.caption(t("app.folder_shared", folder=md(str(SAVE_DIR))))
                elif _signed_in_user():
                    st.caption(t("app.folder_account"))
                else:
                    st.caption(t("app.folder_key_note", key=_folder_key()))
                    st.text_input(
                        t("app.folder_key_open"),
                        key="folder_key_input",
                        on_change=_on_folder_key,
                        placeholder=t("app.folder_key_hint"),
                    )
                st.button(t("app.save_folder"), on_click=lambda: _on_save_local(_payload()))
                saved = store.list_saved(folder)
                st.selectbox(
                    t("app.saved_list"),
                    saved,
                    key="local_pick",
                    index=None,
                    placeholder=t("app.pick_one") if saved else t("app.nothing_saved"),
                )
                st.button(t("app.open"), on_click=_on_open_local, disabled=not saved)
            else:
                st.caption(t("app.no_folder"))
        _show_flash("save")

with st.sidebar:
    store_view.language_switch(on_change=_on_language)
    st.header(t("app.documents"))
    st.caption(t("app.documents_caption"))
    for i, d in enumerate(state.docs, start=1):
        did = d["id"]
        title = " ".join(state[f"{did}:title"].split()) or d["name"]
        with st.expander(md(f"{i}. {title}"), expanded=len(state.docs) <= 2):
            st.text_input(
                t("table.title"),
                key=f"{did}:title",
                help=t("app.title_help"),
                on_change=_on_doc_field,
                args=(did, "title"),
            )
            st.text_input(
                t("app.doc_date"),
                key=f"{did}:dct",
                placeholder=t("app.doc_date_hint"),
                help=t("app.doc_date_help"),
                on_change=_on_doc_field,
                args=(did, "dct"),
            )
            st.selectbox(
                t("app.language"),
                list(LANGS),
                key=f"{did}:lang",
                format_func=lambda k: t(LANGS[k]),
                on_change=_on_doc_field,
                args=(did, "lang"),
            )
            for problem in doc_problems.get(did, []):
                st.error(md(problem))
            n_words = len(d["text"].split())
            used = t(LANGS[detected[did]]) if detected.get(did) in LANGS else ""
            source = t(f"source.{d['source']}") if d.get("source") in SOURCES else ""
            origin = [d.get("publisher", "")] if d.get("publisher") else []
            st.caption(
                md(" · ".join([*origin, d["name"], t.n("app.words", n_words), source]))
                + (f"  \n{md(d['url'])}" if d.get("url") else "")
                + (f"  \n{t('app.read_as', lang=md(used))}" if used else "")
            )
            doc_view.remove_button(d, title)
    for problem in import_problems:
        st.error(md(problem))
    if not state.docs and not state.imported:
        st.info(t("app.no_docs"))
    _show_flash("docs")

    st.subheader(t("app.add_docs"))
    tab_up, tab_link, tab_paste, tab_bundled = st.tabs(
        [t("app.tab_upload"), t("app.tab_link"), t("app.tab_paste"), t("app.tab_bundled")]
    )
    with tab_up:
        st.file_uploader(
            t("app.upload_label"),
            accept_multiple_files=True,
            key="upload",
            on_change=_on_upload,
            max_upload_size=ingest.MAX_DOCUMENT_BYTES // 1_000_000,
            help=t("app.upload_help", size=ingest.human_size(ingest.MAX_DOCUMENT_BYTES)),
        )
        for message in state.upload_errors.values():
            st.error(md(message))
    with tab_link:
        from timeline import fetch  # after the chart: not on the way to the first plot

        with st.form("link_form", border=False):
            st.text_input(
                t("app.link_label"),
                key="link_url",
                placeholder=t("app.link_hint"),
                help=t(
                    "app.link_help",
                    size=ingest.human_size(ingest.MAX_DOCUMENT_BYTES),
                    seconds=f"{fetch.TIMEOUT_SECONDS:g}",
                ),
            )
            st.form_submit_button(t("app.link_add"), on_click=_on_link)
        if state.get("link_error"):
            st.error(md(state.link_error))
    with tab_paste:
        with st.form("paste_form", border=False):
            st.text_input(
                t("app.paste_title"), key="paste_name", placeholder=t("app.paste_title_hint")
            )
            p1, p2 = st.columns(2)
            p1.text_input(
                t("app.doc_date"),
                key="paste_date",
                placeholder=t("app.doc_date_hint"),
                help=t("app.doc_date_help"),
            )
            p2.text_input(
                t("app.paste_source"), key="paste_source", placeholder=t("app.paste_source_hint")
            )
            st.text_area(
                t("app.text"), key="paste_text", height=160, placeholder=t("app.paste_hint")
            )
            st.form_submit_button(t("app.add_text"), on_click=_on_paste)
        if state.get("paste_error"):
            st.error(md(state.paste_error))
    with tab_bundled:
        st.multiselect(t("app.bundled_docs"), bundled_names(), key="bundled_pick")
        st.button(t("app.add"), key="bundled_add", on_click=_on_add_bundled)
