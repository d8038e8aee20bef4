"""The event detail with its curation, and the document beside it (for streamlit_app.py).

Below the chart, side by side: the selected event (what it is, how its date was read,
its sources) with its editing right there (title, date, type, actors, place, delete,
undo and redo), and the whole text of the event's document with every dated
expression marked. A click on a marked expression selects its event; an event picked
in the chart marks its sentence in the text and scrolls the text to it.

Where the expressions and sentences are, and which event a click means, is the
library's (:mod:`timeline.docmarks`); undo and redo of every step, removing a document
too, is :mod:`timeline.history`. This module only arranges widgets around them.

Document text is untrusted. The text view is a Streamlit component that is given the
text as plain strings with offsets (:class:`timeline.docmarks.Piece`) and sets each
piece with ``textContent``: no document text is ever parsed as HTML. Everything else
goes through ``st.markdown`` escaped once (:func:`timeline.view.escape_markdown`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import streamlit as st

from timeline import curate, docmarks, i18n, ingest, naming, words
from timeline import view as views
from timeline.frame import split_actors
from timeline.history import (
    DOCUMENT_FIELDS,
    History,
    Step,
    added_document,
    edit_document,
    remove_document,
)
from timeline.types import EVENT_TYPES

md = views.escape_markdown

# --------------------------------------------------------------------------- components

_TEXT_CSS = """
.doc-text {
  position: relative;
  max-height: 34rem;
  overflow-y: auto;
  white-space: pre-wrap;
  line-height: 1.65;
  font-size: 0.95rem;
  padding: 0.25rem 0.5rem 0.25rem 0;
  color: var(--st-text-color, inherit);
}
.doc-text .sentence.selected { background: rgba(0, 114, 178, 0.13); border-radius: 2px; }
.doc-text mark.timex {
  background: #FFE7A3;
  color: #1d1d1d;
  border-bottom: 2px solid #E69F00;
  border-radius: 2px;
  padding: 0 1px;
  cursor: pointer;
}
.doc-text mark.timex:hover, .doc-text mark.timex:focus { background: #FFD466; outline: none; }
.doc-text mark.timex.selected { background: #0072B2; color: #fff; border-bottom-color: #003f63; }
"""

# The text as pieces, each set with textContent (never innerHTML): a document cannot
# bring markup into the page. A click (or Enter) on an expression sends its event.
_TEXT_JS = """
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  let box = parentElement.querySelector('.doc-text');
  if (!box) {
    box = document.createElement('div');
    box.className = 'doc-text';
    box.setAttribute('data-testid', 'doc-text');
    parentElement.appendChild(box);
  }
  const pieces = (data && data.pieces) || [];
  box.replaceChildren();
  let target = null;
  pieces.forEach((p, i) => {
    let el;
    if (p.k === 'x') {
      el = document.createElement('mark');
      el.className = 'timex';
      el.tabIndex = 0;
      el.setAttribute('role', 'button');
      el.dataset.event = p.e;
      el.title = p.h || '';
      const pick = () => setTriggerValue('picked', p.e);
      el.addEventListener('click', pick);
      el.addEventListener('keydown', (ev) => {
        if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); }
      });
    } else if (p.k === 's') {
      el = document.createElement('span');
      el.className = 'sentence';
    } else {
      box.appendChild(document.createTextNode(p.t));
      return;
    }
    if (p.sel) el.classList.add('selected');
    el.textContent = p.t;
    box.appendChild(el);
    if (i === data.scroll) target = el;
  });
  const token = String((data && data.token) || '');
  if (target && box.dataset.token !== token) {
    box.scrollTop = Math.max(0, target.offsetTop - box.clientHeight / 3);
  }
  box.dataset.token = token;
}
"""

# Page hooks, in the app's own document: a click on the chart's empty space (no point
# under the pointer, so no hover label, and no drag) is sent as "empty"; a new token
# scrolls the detail panel into view when it is below the fold.
_HOOKS_JS = """
export default function (component) {
  const { data, setTriggerValue } = component;
  window.__tidslinjeEmpty = setTriggerValue;
  if (!window.__tidslinjeHooked) {
    window.__tidslinjeHooked = true;
    let down = null;
    const hovered = (plot) => !!plot.querySelector('.hoverlayer .hovertext');
    document.addEventListener('pointerdown', (e) => {
      const drag = e.target && e.target.closest ? e.target.closest('.nsewdrag') : null;
      const plot = drag ? drag.closest('.js-plotly-plot') : null;
      down = plot ? { x: e.clientX, y: e.clientY, plot: plot, hover: hovered(plot) } : null;
    }, true);
    document.addEventListener('pointerup', (e) => {
      if (!down) return;
      const moved = Math.abs(e.clientX - down.x) + Math.abs(e.clientY - down.y);
      const onPoint = down.hover || hovered(down.plot);
      down = null;
      if (moved < 5 && !onPoint) window.__tidslinjeEmpty('empty', Date.now());
    }, true);
  }
  const token = data && data.scroll;
  if (token && window.__tidslinjeScrolled !== token) {
    window.__tidslinjeScrolled = token;
    const panel = document.querySelector('.st-key-detail');
    if (panel) {
      const top = panel.getBoundingClientRect().top;
      if (top > window.innerHeight * 0.6 || top < 0) {
        panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
      }
    }
  }
}
"""

_text_view = st.components.v2.component(
    "tidslinje_document_text", css=_TEXT_CSS, js=_TEXT_JS
)
_page_hooks = st.components.v2.component(
    "tidslinje_page_hooks", js=_HOOKS_JS, isolate_styles=False
)


# --------------------------------------------------------------------------- small helpers


def tr() -> i18n.Translator:
    return i18n.translator(st.session_state.get("ui_lang"))


def flash(kind: str, message: str, where: str = "curate") -> None:
    """A message for the next run, shown in the part of the page it concerns."""
    st.session_state.setdefault("flash", []).append((kind, message, where))


def show_flash(where: str) -> None:
    keep = []
    for kind, message, place in st.session_state.get("flash", []):
        if place == where:
            getattr(st, kind)(md(message))
        else:
            keep.append((kind, message, place))
    st.session_state.flash = keep


def _offered(value: Any, choices: Any, default: Any = None) -> Any:
    """A widget's value only if the app offered it (a crafted client can send any)."""
    return value if value in tuple(choices) else default


def reason(err: Exception) -> str:
    """Why the library refused something, in the visitor's language where it has the
    words (a date typed, a curation step, a file that is no timeline)."""
    if isinstance(err, i18n.Refusal):  # a typed date, a change, a file: words in the catalog
        return err.words(st.session_state.get("ui_lang") or i18n.DEFAULT)
    return str(err)


def _history() -> History:
    state = st.session_state
    if not isinstance(state.get("history"), History):
        state.history = History()
    return state.history


def title_of(event_id: str) -> str:
    frame = st.session_state.get("curated")
    if frame is None or frame.empty:
        return ""
    match = frame[frame["event_id"] == event_id]
    return str(match.iloc[0]["title"]) if not match.empty else ""


def _forget_edit_fields() -> None:
    """The edit fields show the event as it is; after undo or redo, start from it again."""
    for key in [k for k in st.session_state if str(k).startswith("edit:")]:
        del st.session_state[key]


def _what(step: Step) -> str:
    return tr()(f"step.{step.kind}", name=step.name)


# --------------------------------------------------------------------------- steps


def record(kind: str, name: str, new_ops: list[dict[str, Any]]) -> None:
    """The log is now ``new_ops``: one step, undoable."""
    state = st.session_state
    _history().record(kind, name, list(state.ops), new_ops)
    state.ops = new_ops


def push(make: Callable[..., dict[str, Any]], *args: Any, kind: str, name: str,
         success: str, where: str = "curate") -> bool:
    """Record one curation operation built by ``make``; a refusal becomes a message."""
    try:
        op = make(st.session_state.curated, *args)
    except KeyError:
        flash("error", tr()("app.event_gone"), where)
        return False
    except ValueError as err:
        flash("error", reason(err), where)
        return False
    record(kind, name, [*st.session_state.ops, op])
    flash("success", success, where)
    return True


def added(doc_id: str, title: str) -> None:
    """The document ``doc_id`` was just added: one step, undoable."""
    state = st.session_state
    _history().push(added_document(state.docs, state.ops, doc_id, title))


def edited(doc_id: str, field: str, value: str) -> None:
    """The person set a document's title, date (as read, ISO) or language in the
    sidebar: one step, undoable, when the document did not have that value."""
    state = st.session_state
    doc = next((d for d in state.docs if d["id"] == doc_id), None)
    if doc is None:
        return
    name = " ".join(str(doc["title"]).split()) or str(doc["name"])
    done = edit_document(state.docs, state.ops, doc_id, field, value, name)
    if done is not None:
        state.docs, step = done
        _history().push(step)


def _show_fields(step: Step) -> None:
    """The sidebar fields of the document a step changed, put back or took out, show
    what it has now (set here, in the callback, before the fields are drawn)."""
    state = st.session_state
    doc_id = step.doc_id or (str(step.document["id"]) if isinstance(step.document, Mapping) else "")
    doc = next((d for d in state.docs if d["id"] == doc_id), None)
    if doc is None:
        return
    for field in [step.field] if step.field else DOCUMENT_FIELDS:
        state[f"{doc_id}:{field}"] = doc[field]


def _step(direction: str, where: str) -> None:
    """Take back (``"undo"``) or do again (``"redo"``) the last step of the history."""
    state = st.session_state
    history = _history()
    done = (history.undo if direction == "undo" else history.redo)(state.docs, state.ops)
    if done is None:
        return
    state.docs, state.ops, step = done
    _show_fields(step)
    _forget_edit_fields()
    state.pop("confirm", None)
    said = {"undo": "detail.undone", "redo": "detail.redone"}[direction]
    flash("info", tr()(said, what=_what(step)), where)


def on_undo(where: str = "curate") -> None:
    _step("undo", where)


def on_redo(where: str = "curate") -> None:
    _step("redo", where)


def on_reset(where: str = "curate") -> None:
    if st.session_state.ops:
        record("reset", "", [])
        _forget_edit_fields()
        flash("info", tr()("app.reset_done"), where)


def undo_redo(key: str, where: str) -> None:
    """Undo and Redo buttons, each saying in its tooltip what it would take back."""
    state = st.session_state
    history = _history()
    t = tr()
    last = history.done[-1] if history.done and history.can_undo(state.ops) else None
    if last is None or list(last.ops_after) != list(state.ops):
        last = Step("change", "", (), ()) if state.ops else None
    again = history.undone[-1] if history.can_redo(state.ops) else None
    u, r = st.columns(2)
    u.button(t("app.undo"), key=f"{key}:undo", on_click=on_undo, args=(where,),
             disabled=last is None, icon=":material/undo:", width="stretch",
             help=t("detail.undo_help", what=_what(last)) if last else None)
    r.button(t("detail.redo"), key=f"{key}:redo", on_click=on_redo, args=(where,),
             disabled=again is None, icon=":material/redo:", width="stretch",
             help=t("detail.redo_help", what=_what(again)) if again else None)


# --------------------------------------------------------------------------- editing


def _on_edit(event_id: str) -> None:
    s = st.session_state
    row = s.curated[s.curated["event_id"] == event_id]
    if row.empty:
        flash("error", tr()("app.event_gone"), "detail")
        return
    row = row.iloc[0]
    typed = {
        "title": s[f"edit:{event_id}:title"],
        "date": s[f"edit:{event_id}:date"],
        "actors": split_actors(s[f"edit:{event_id}:actors"]),
        "place": s[f"edit:{event_id}:place"].strip(),
        "type": _offered(s[f"edit:{event_id}:type"], EVENT_TYPES, row["type"]),
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
        flash("info", tr()("app.nothing_to_save"), "detail")
        return
    name = str(changes.get("title") or row["title"])
    push(curate.make_edit_op, event_id, changes, kind="edit", name=name,
         success=tr()("app.saved_edit"), where="detail")


def _ask(what: str, ident: str) -> None:
    st.session_state.confirm = {"what": what, "id": ident}


def _cancel() -> None:
    st.session_state.pop("confirm", None)


def _asked(what: str, ident: str) -> bool:
    pending = st.session_state.get("confirm")
    return isinstance(pending, Mapping) and pending.get("what") == what and pending.get("id") == ident


def _on_delete(event_id: str) -> None:
    _cancel()
    if push(curate.make_delete_op, [event_id], kind="delete", name=title_of(event_id),
            success=tr().n("app.deleted", 1), where="detail"):
        st.session_state.detail_pick = None


def remove_button(doc: Mapping[str, Any], title: str) -> None:
    """The sidebar's Remove for one document, asking first (undo brings it back)."""
    did = str(doc["id"])
    t = tr()
    if _asked("remove", did):
        st.warning(t("detail.remove_ask", name=md(title)))
        a, b = st.columns(2)
        a.button(t("detail.remove_yes"), key=f"{did}:remove_yes", type="primary",
                 on_click=_on_remove_doc, args=(did, title))
        b.button(t("detail.cancel"), key=f"{did}:remove_no", on_click=_cancel)
    else:
        st.button(t("app.remove"), key=f"{did}:remove", on_click=_ask, args=("remove", did))


def _on_remove_doc(doc_id: str, title: str) -> None:
    state = st.session_state
    _cancel()
    doc = next((d for d in state.docs if d["id"] == doc_id), None)
    if doc is None:
        return
    docs, ops, step = remove_document(state.docs, state.ops, doc_id, doc["name"], title)
    _history().push(step)
    dropped = len(step.ops_before) - len(step.ops_after)
    state.docs, state.ops = docs, ops
    _forget_edit_fields()
    t = tr()
    flash("success", t.n("detail.removed_changes", dropped, name=title) if dropped
          else t("detail.removed", name=title), "docs")


def forget_pick_on_change(lane_by: str, doc_ids: list[str]) -> None:
    """A new lane arrangement or another set of documents starts with nothing
    selected: the highlight belongs to the chart the person was looking at."""
    state = st.session_state
    shape = (lane_by, tuple(doc_ids))
    if state.get("pick_shape") not in (None, shape):
        state.detail_pick = None
        _cancel()
    state.pick_shape = shape


def _on_empty_click() -> None:
    st.session_state.detail_pick = None
    _cancel()


def _on_text_pick() -> None:
    state = st.session_state
    value = state.get("doc_text")
    picked = value.get("picked") if isinstance(value, Mapping) else getattr(value, "picked", None)
    view = state.get("view")
    if isinstance(picked, str) and view is not None and picked in set(view["event_id"]):
        state.detail_pick = picked
        state.picked_in_text = picked


# --------------------------------------------------------------------------- the panel


def _editor(row: Mapping[str, Any], eid: str, ui: str) -> None:
    t = tr()
    state = st.session_state
    types_all = list(EVENT_TYPES)
    for name, current in (
        ("title", row["title"]),
        ("date", row["date"]),
        ("actors", ", ".join(row["actors"])),
        ("place", row["place"]),
        ("type", row["type"] if row["type"] in types_all else "other"),
    ):
        state.setdefault(f"edit:{eid}:{name}", current)
    with st.expander(t("detail.edit"), icon=":material/edit:"):
        # Plain widgets, not a form: each field is kept as soon as it is typed.
        st.text_input(t("table.title"), key=f"edit:{eid}:title")
        a, b = st.columns(2)
        a.text_input(t("table.date"), key=f"edit:{eid}:date", help=t("app.date_help"))
        b.selectbox(t("table.type"), types_all, key=f"edit:{eid}:type",
                    format_func=lambda x: words.category("type", x, ui))
        st.text_input(t("table.actors"), key=f"edit:{eid}:actors", help=t("app.actors_help"))
        st.text_input(t("table.place"), key=f"edit:{eid}:place")
        c, d = st.columns(2)
        c.button(t("app.save_changes"), key=f"save:{eid}", on_click=_on_edit, args=(eid,),
                 type="primary", width="stretch")
        if not _asked("delete", eid):
            d.button(t("app.delete_event"), key=f"delete:{eid}", on_click=_ask,
                     args=("delete", eid), icon=":material/delete:", width="stretch")
    if _asked("delete", eid):
        st.warning(t("detail.delete_ask", title=md(str(row["title"]))))
        y, n = st.columns(2)
        y.button(t("detail.delete_yes"), key=f"delete_yes:{eid}", type="primary",
                 on_click=_on_delete, args=(eid,), width="stretch")
        n.button(t("detail.cancel"), key=f"delete_no:{eid}", on_click=_cancel, width="stretch")


def _relabel_pick(label_of: Mapping[str, str]) -> None:
    """The picker shows the picked event's label as it is now. Streamlit's select box
    keeps showing the label it first showed for its value when only the label changed
    (an edited title or date), though its list has the new one; its value set again
    through the session state makes it show the new label. It is set again on every
    run, not only when the label changed: a run that is cut short by the next one (a
    click while it draws) would otherwise record the new label as shown when the
    browser never got it, and the picker would keep the old one for good."""
    state = st.session_state
    pick = state.get("detail_pick")
    if pick is not None and pick in label_of:
        state.detail_pick = pick


def _detail(curated: pd.DataFrame, view: pd.DataFrame, texts: Mapping[str, str],
            label_of: Mapping[str, str], ui: str, docs: Mapping[str, naming.DocInfo]) -> None:
    t = tr()
    labels = naming.labels(list(docs.values()))
    state = st.session_state
    with st.container(border=True, key="detail"):
        _relabel_pick(label_of)
        st.selectbox(
            t("app.detail"),
            list(view["event_id"]),
            key="detail_pick",
            index=None,
            format_func=lambda i: label_of.get(i, str(i)),
            placeholder=t("app.detail_hint"),
        )
        undo_redo("detail", "detail")
        show_flash("detail")
        detail = views.event_detail(curated, state.detail_pick, texts)
        if detail is None:
            return
        st.markdown(f"#### {md(detail.title)}")
        picked = curated[curated["event_id"] == detail.event_id].iloc[0]
        row = {str(k): v for k, v in picked.items()}
        facts = [f"**{t('app.when')}:** {md(words.when(row, ui))}"]
        if detail.timex:
            facts.append(f"**{t('app.written_as')}:** {md(t('app.quoted', x=detail.timex))}")
        facts.append(f"**{t('table.how')}:** {md(words.how(row, ui))}")
        facts.append(f"**{t('table.type')}:** {md(words.category('type', detail.type, ui))}")
        if detail.actors:
            facts.append(f"**{t('table.actors')}:** {md(', '.join(detail.actors))}")
        if detail.place:
            facts.append(f"**{t('table.place')}:** {md(detail.place)}")
        st.markdown("  \n".join(facts))
        _editor(row, detail.event_id, ui)
        st.markdown(f"**{t('app.sources_heading', n=len(detail.mentions))}**")
        for m in detail.mentions:
            with st.container(border=True):
                if m.in_document:
                    st.markdown(views.highlighted_markdown(m.before, m.quote, m.after))
                elif m.quote:
                    st.text(m.quote)
                info = docs.get(m.doc)
                where = [labels.get(m.doc) or ingest.display_name(m.doc)]
                if info and info.source and info.source not in where[0]:
                    where.append(t("app.source_and_url", source=info.source))
                if m.timex:
                    where.append(t("app.quoted", x=m.timex))
                st.caption(md(" · ".join(where)))
                if info and info.url.startswith(("https://", "http://")):
                    st.caption(f"{t('doc.url')}: {md(info.url)}")
        if not detail.mentions:
            st.caption(t("app.by_hand"))


def _document(view: pd.DataFrame, texts: Mapping[str, str], label_of: Mapping[str, str],
              doc_titles: Mapping[str, str]) -> None:
    t = tr()
    state = st.session_state
    with st.container(border=True, key="document"):
        st.markdown(f"##### {t('doc.heading')}")
        names = list(texts)
        if not names:
            st.caption(t("doc.no_text"))
            return
        pick = state.get("detail_pick")
        if pick != state.get("doc_followed") or state.get("doc_pick") not in names:
            state.doc_pick = docmarks.document_for(view, pick, names, state.get("doc_pick"))
            state.doc_followed = pick
        doc = st.selectbox(t("doc.pick"), names, key="doc_pick",
                           format_func=lambda n: doc_titles.get(n) or ingest.display_name(n))
        doc = _offered(doc, names, names[0])
        text = texts[doc]
        sentences, expressions = docmarks.document_marks(view, doc, text)
        parts = docmarks.pieces(text, sentences, expressions, pick)
        data = {
            "pieces": [
                {
                    "t": p.text,
                    "k": "x" if p.expression else "s" if p.sentence else "",
                    "e": docmarks.click_target(p.expression, pick) or "",
                    "h": t("doc.show_event", label=label_of.get(
                        docmarks.click_target(p.expression, pick) or "", "")) if p.expression
                    else "",
                    "sel": p.selected,
                }
                for p in parts
            ],
            "scroll": docmarks.selected_piece(parts),
            "token": f"{doc}|{pick or ''}",
        }
        st.caption(t("doc.caption") + " " + (t.n("doc.n_marked", len(expressions))
                                             if expressions else t("doc.no_marks")))
        _text_view(key="doc_text", data=data, on_picked_change=_on_text_pick)


def detail_and_document(curated: pd.DataFrame, view: pd.DataFrame, texts: Mapping[str, str],
                        label_of: Mapping[str, str], ui: str,
                        docs: Mapping[str, naming.DocInfo]) -> None:
    """The selected event with its editing, and beside it the document's text; ``docs``:
    each document's title, source and URL by name."""
    state = st.session_state
    if state.get("detail_pick") not in set(view["event_id"]):
        state.detail_pick = None
    # Scroll the panel into view when a pick came from the chart (not from the text,
    # which is beside the panel already).
    pick = state.get("detail_pick")
    scroll = None
    if pick and pick != state.get("shown_pick") and pick != state.get("picked_in_text"):
        scroll = f"{pick}|{state.get('runs', 0)}"
    state.shown_pick = pick
    state.picked_in_text = None
    _page_hooks(key="page_hooks", data={"scroll": scroll}, on_empty_change=_on_empty_click)
    doc_titles = naming.labels(list(docs.values()))
    left, right = st.columns([5, 6], gap="medium")
    with left:
        _detail(curated, view, texts, label_of, ui, docs)
    with right:
        _document(view, texts, label_of, doc_titles)
