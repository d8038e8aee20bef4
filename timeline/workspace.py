"""The workbench as a library object: the documents a person is reading, the changes
they made, and the events they imported, with the one timeline those make.

Both faces use it. The command line builds a ``Workspace`` from its files and prints
``timeline()``; the app keeps one per visitor and only arranges widgets around it.
So the same files give the same rows in both, and a saved file is written and read
in one place (``dumps`` / ``loads``).

Nothing here reads a clock or a widget: a workspace is plain data plus pure calls
into the engine (``extract_document``), the merge of several documents
(``frame.merge_frames``) and the operation log (``curate.apply_ops``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import export, ingest, naming, store
from . import lang as languages
from .frame import merge_frames
from .ingest import parse_document, read_document
from .pipeline import extract_document
from .types import DocDate, Document

if TYPE_CHECKING:  # the fetcher (http, ssl) is loaded only when a link is added
    import pandas as pd  # and pandas with the first frame (the CLI writes rows without it)

    from .fetch import Article

__all__ = ["WorkDocument", "Workspace"]

LANGS = ("auto", "nb", "en")
# How a document came in, which ``WorkDocument.source`` holds when no publisher is known.
ORIGINS = frozenset({"bundled", "upload", "paste", "file", "link", "saved"})


@dataclass(frozen=True)
class WorkDocument:
    """One document of a workspace: its text (header removed) and what the person set."""

    id: str
    name: str
    text: str
    title: str = ""
    dct: str = ""  # "", "2019", "2019-04" or "2019-04-25"
    lang: str = "auto"  # "auto", "nb" or "en"
    source: str = ""  # who published it ("NTB", a site's name), else "bundled", "upload",
    # "paste", "file", "link" or "saved"
    url: str = ""

    def info(self) -> naming.DocInfo:
        """Title, source and URL as a reader sees them: a source that only says how the
        document arrived ("upload") is none."""
        source = "" if self.source in ORIGINS else self.source
        return naming.DocInfo(self.name, self.title, source, self.url)

    def document(self) -> Document:
        return Document(name=self.name, text=self.text, title=self.title,
                        lang=None if self.lang == "auto" else self.lang,
                        dct=DocDate.parse(self.dct) if self.dct else None)


@lru_cache(maxsize=256)
def _extract(name: str, text: str, lang: str, dct: str) -> pd.DataFrame:
    """Events of one document; keyed by everything they depend on, so never stale."""
    doc = Document(name=name, text=text)
    return extract_document(doc, lang=None if lang == "auto" else lang,
                            dct=DocDate.parse(dct) if dct else None)


@dataclass
class Workspace:
    """Documents, the operation log and imported events: everything a person made."""

    documents: list[WorkDocument] = field(default_factory=list)
    ops: list[dict[str, Any]] = field(default_factory=list)
    imported: list[tuple[str, str]] = field(default_factory=list)  # (label, events JSON)
    name: str = ""
    settings: dict[str, Any] = field(default_factory=dict)  # chart lanes, colours, ...
    _next: int = 1

    # ------------------------------------------------------------------ documents

    def add(self, document: Document, *, source: str = "", html: str | None = None,
            url: str = "") -> WorkDocument:
        """Add a parsed document under a name no other document has. Its title: see
        :func:`timeline.naming.document_title` (``html``: the page an HTML file was)."""
        meta = dict(document.meta)
        if document.lang and document.lang not in LANGS:
            languages.normalise(document.lang)  # ValueError: which languages there are
        lang = document.lang if document.lang in LANGS else "auto"
        doc = WorkDocument(
            id=f"d{self._next}",
            name=ingest.unique_name(document.name, (d.name for d in self.documents)),
            text=document.text,
            title=naming.document_title(
                text=document.text, name=document.name, header_title=document.title,
                html=html, number=len(self.documents) + 1,
                lang=None if lang == "auto" else lang,
            ),
            dct=document.dct.iso() if document.dct else "",
            lang=lang,
            source=meta.get("source", "") or source,
            url=meta.get("url", "") or url,
        )
        self._next += 1
        self.documents.append(doc)
        return doc

    def add_text(self, text: str, name: str = "text", *, source: str = "paste",
                 lang: str | None = None, dct: DocDate | str | None = None) -> WorkDocument:
        """Add a text; a metadata header (``date 2019-04 utenriks``) is read."""
        return self.add(parse_document(text, name, lang=lang, dct=dct), source=source)

    def add_article(self, article: Article, *, lang: str | None = None,
                    dct: DocDate | str | None = None) -> WorkDocument:
        """Add an article fetched from a link (``timeline.fetch``): its title, date,
        site and URL come with it; ``lang``/``dct`` override what the page said."""
        # A page in bokmål or English says so; any other language is left to the engine.
        page_lang = {"nb": "nb", "no": "nb", "en": "en"}.get(article.lang)
        doc = parse_document(article.header(), article.name(), lang=lang or page_lang, dct=dct)
        return self.add(doc, source="link", url=article.url)

    def add_file(self, path: str | Path, *, lang: str | None = None,
                 dct: DocDate | str | None = None) -> WorkDocument:
        """Add a .txt or .md file; ``ingest.IngestError`` says why one cannot be read."""
        return self.add(read_document(path, lang=lang, dct=dct), source="file")

    def remove(self, doc_id: str) -> WorkDocument | None:
        """Take a document out; it is returned so that it can be put back."""
        for i, d in enumerate(self.documents):
            if d.id == doc_id:
                return self.documents.pop(i)
        return None

    def update(self, doc_id: str, **changes: str) -> WorkDocument:
        """Change a document's title, date or language (KeyError for an unknown id)."""
        for i, d in enumerate(self.documents):
            if d.id == doc_id:
                self.documents[i] = replace(d, **changes)
                return self.documents[i]
        raise KeyError(doc_id)

    # ------------------------------------------------------------------ the timeline

    def frames(self) -> list[pd.DataFrame]:
        """The extracted events of each document, then of each import."""
        out = [_extract(d.name, d.text, d.lang, d.dct) for d in self.documents]
        out += [export.from_json(events) for _, events in self.imported]
        return out

    def document_rows(self) -> list[list[dict[str, Any]]]:
        """:meth:`frames` as rows, with no frame made for a document (the pipeline's own
        rows, as :func:`frame.rows_of` reads them from its frame)."""
        from .frame import rows_of
        from .pipeline import document_rows

        out = [document_rows(d.document()) for d in self.documents]
        out += [list(rows_of(export.from_json(events))) for _, events in self.imported]
        return out

    def rows(self, lang: str | None = None, *,
             documents: list[list[dict[str, Any]]] | None = None) -> list[dict[str, Any]]:
        """The timeline before the person's changes, as rows: what :meth:`timeline`
        merges, merged the same way (``frame.merge_rows``, which ``merge_frames`` runs),
        with no frame made. The command line writes these; it has no changes to apply.
        ``documents``: :meth:`document_rows` when the caller has already read them."""
        from .frame import merge_rows

        return merge_rows(self.document_rows() if documents is None else documents, lang)

    def infos(self) -> list[naming.DocInfo]:
        """Title, source and URL of each document, in order."""
        return [d.info() for d in self.documents]

    def timeline(self, lang: str | None = None) -> tuple[pd.DataFrame, list[str]]:
        """The curated timeline: every document merged (one row per event, named in
        ``lang`` or the first document's language), with the person's changes applied,
        and the notes on changes that no longer apply. The columns of
        :data:`timeline.naming.DOC_COLUMNS` say which document (title, source, URL)
        each event's first mention is from."""
        from . import curate  # the operation log works on frames: pandas

        frame, notes = curate.apply_ops(merge_frames(self.frames(), lang=lang), self.ops)
        return naming.with_document_columns(frame, self.infos()), notes

    def sources(self) -> dict[str, export.Source]:
        """Where each document came from (publisher, URL, date, title), by document name,
        as every export credits it."""
        return {d.name: export.Source(source="" if d.source in ORIGINS else d.source,
                                      url=d.url, date=d.dct, title=d.title)
                for d in self.documents}

    # ------------------------------------------------------------------ saving

    def saved(self) -> store.SavedTimeline:
        docs = tuple(store.SavedDocument(d.name, d.text, d.title, d.dct, d.lang, d.source,
                                         d.url)
                     for d in self.documents)
        events = None
        if self.imported and not self.documents:
            events = json.loads(self.imported[0][1])
        return store.SavedTimeline(self.name, docs, tuple(self.ops), events,
                                   dict(self.settings))

    def dumps(self, name: str | None = None, events: pd.DataFrame | None = None) -> str:
        """The saved file: documents, changes, settings and the events as they are now
        (``events``: the timeline already computed, to save computing it again)."""
        frame = self.timeline()[0] if events is None else events
        return store.dumps(name=name or self.name or "tidslinje",
                           documents=self.saved().documents, ops=self.ops,
                           events_json=export.to_json(frame), settings=self.settings)

    @classmethod
    def from_saved(cls, saved: store.SavedTimeline, label: str = "") -> Workspace:
        ws = cls(name=saved.name or label, settings=dict(saved.settings or {}))
        for d in saved.documents:
            ws.add(Document(name=d.name, text=d.text, title=d.title,
                            lang=d.lang if d.lang in ("nb", "en") else None,
                            dct=DocDate.parse(d.dct) if d.dct else None),
                   source=d.source or "saved", url=d.url)
        ws.ops = [dict(op) for op in saved.ops]
        if not saved.documents and saved.events is not None:
            ws.imported = [(label or saved.name or "events", json.dumps(saved.events))]
        return ws

    @classmethod
    def loads(cls, text: str | bytes, label: str = "") -> Workspace:
        """Open a saved file (or an events export); ``store.StoreError`` says why not."""
        return cls.from_saved(store.loads(text), label)

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], *, lang: str | None = None,
                   dct: DocDate | str | None = None) -> Workspace:
        ws = cls()
        for p in paths:
            ws.add_file(p, lang=lang, dct=dct)
        return ws

