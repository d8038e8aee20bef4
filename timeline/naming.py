"""Names for documents: the title a reader knows a document by, and its label in the
chart's lanes and legend.

A title comes from, in this order: the header (``title:``); an HTML page's ``<title>``
(without the site's name after it, " - NRK") or else its first ``<h1>``; the first
heading of a Markdown or plain text; a file name a person chose (not one a machine
made, such as ``000_192722d517445595.txt``); the text's first words; and last
"Dokument 1" / "Document 1". Nothing here reads a clock or a widget.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath
from typing import TYPE_CHECKING

from . import i18n

if TYPE_CHECKING:  # pandas loads with the first frame (the CLI writes rows without it)
    import pandas as pd

__all__ = [
    "DOC_COLUMNS",
    "DocInfo",
    "HtmlMeta",
    "document_title",
    "html_meta",
    "is_machine_name",
    "labels",
    "page_title",
    "readable_name",
    "strip_site_suffix",
    "text_heading",
    "with_document_columns",
]

#: Columns :func:`with_document_columns` adds to an events frame, describing the
#: document of each event's first mention (the ``doc`` column).
DOC_COLUMNS = ("doc_title", "doc_source", "doc_url", "doc_label")

_TITLE_MAX = 120  # characters; a longer "heading" is a paragraph
_FIRST_WORDS = 8


def _clean(text: str) -> str:
    """One line of plain text: whitespace runs become one space, control characters go."""
    kept = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in " \t\n")
    return " ".join(kept.split())


# ---------------------------------------------------------------- HTML


@dataclass(frozen=True)
class HtmlMeta:
    """What an HTML page says about itself: ``<title>``, the first ``<h1>``,
    ``og:title``, the site name (``og:site_name``, ``application-name``) and the
    language (``<html lang>``)."""

    title: str = ""
    h1: str = ""
    og_title: str = ""
    site: str = ""
    lang: str = ""


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.h1: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang = ""
        self._in: str = ""
        self._h1_done = False
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and not self.lang:
            self.lang = a.get("lang", "")
        elif tag in ("script", "style", "template", "noscript"):
            self._skip += 1
        elif tag == "title" and not self.title:
            self._in = "title"
        elif tag == "h1" and not self._h1_done:
            self._in = "h1"
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and key not in self.meta:
                self.meta[key] = a.get("content", "")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "template", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag == self._in:
            if tag == "h1" and _clean("".join(self.h1)):
                self._h1_done = True
            self._in = ""

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._in == "title":
            self.title.append(data)
        elif self._in == "h1":
            self.h1.append(data)


def html_meta(markup: str) -> HtmlMeta:
    """The title, first heading, site name and language an HTML page declares."""
    parser = _MetaParser()
    parser.feed(markup)
    parser.close()
    m = parser.meta
    return HtmlMeta(
        title=_clean("".join(parser.title)),
        h1=_clean("".join(parser.h1)),
        og_title=_clean(m.get("og:title", "") or m.get("twitter:title", "")),
        site=_clean(m.get("og:site_name", "") or m.get("application-name", "")),
        lang=_clean(parser.lang).split("-")[0].lower(),
    )


_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " :: ", " / ")


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-zæøå]", "", text.lower())


def _site_words(site: str, host: str) -> set[str]:
    """Ways a page may name its site: the site name, and the host without www and
    without its top-level domain ("nrk.no" -> "nrk", "nrk.no")."""
    names = {_squash(site)} if site else set()
    host = host.lower().removeprefix("www.")
    if host:
        names.add(_squash(host))
        names.add(_squash(host.rsplit(".", 1)[0]))
    return {n for n in names if n}


def strip_site_suffix(title: str, *, site: str = "", host: str = "") -> str:
    """``title`` without the site's name after (or before) it: "Putin møtte Kim - NRK"
    -> "Putin møtte Kim" when the site is known as "NRK" (its ``og:site_name``) or from
    the host (nrk.no). A last part after " | " of at most four words goes too (pages
    write their site's name there); other titles are kept whole."""
    title = _clean(title)
    known = _site_words(site, host)
    changed = True
    while changed:
        changed = False
        for sep in _SEPARATORS:
            head, found, tail = title.rpartition(sep)
            if (
                found
                and head.strip()
                and (_squash(tail) in known or (sep == " | " and len(tail.split()) <= 4))
            ):
                title, changed = head.strip(), True
                break
            lead, found, rest = title.partition(sep)
            if found and rest.strip() and _squash(lead) in known:
                title, changed = rest.strip(), True
                break
    return title


def page_title(meta: HtmlMeta, *, site: str = "", host: str = "") -> str:
    """The title of a page: its ``<title>`` (or ``og:title``) without the site's
    name, else its first ``<h1>``; "" when it has none."""
    site = site or meta.site
    for candidate in (meta.title, meta.og_title):
        title = strip_site_suffix(candidate, site=site, host=host)
        if title and _squash(title) not in _site_words(site, host) and len(title) <= 300:
            return title
    return meta.h1[:300]


# ---------------------------------------------------------------- text and names


_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(?P<text>.+?)[ \t]*#*[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def text_heading(text: str) -> str:
    """The first heading of a Markdown or plain text: a ``# heading`` line, an
    underlined (setext) heading, or a short first line that does not end like a
    sentence and is followed by a blank line (a news text's headline)."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return ""
    for line in lines[first : first + 40]:
        m = _ATX.match(line)
        if m:
            return _clean(m["text"])[:_TITLE_MAX]
    line = _clean(lines[first])
    following = lines[first + 1] if first + 1 < len(lines) else ""
    if _SETEXT.match(following) and line:
        return line[:_TITLE_MAX]
    ends_sentence = line.endswith((".", ",", ";", ":"))
    if (
        not following.strip()
        and first + 1 < len(lines)
        and line
        and len(line) <= _TITLE_MAX
        and len(line.split()) <= 16
        and not ends_sentence
    ):
        return line
    return ""


_HEXRUN = re.compile(r"[0-9a-f]{8,}", re.IGNORECASE)


def is_machine_name(name: str) -> bool:
    """True for a file name a machine made: a hash or id ("000_192722d517445595.txt",
    "3f2a9c1e-....html"), only digits, or nothing readable."""
    stem = PurePath(str(name).replace("\\", "/")).stem
    words = [w for w in re.split(r"[\W_]+", stem) if w]
    if not words:
        return True
    if any(_HEXRUN.fullmatch(w) and any(c.isdigit() for c in w) for w in words):
        return True
    letters = [w for w in words if sum(c.isalpha() for c in w) >= 2]
    return not letters


def readable_name(name: str) -> str:
    """A file name as a title ("eos-avtalen_2003.md" -> "Eos avtalen 2003"), or ""
    when it is a machine's name."""
    if not name or is_machine_name(name):
        return ""
    path = PurePath(str(name).replace("\\", "/"))
    known = path.suffix.lower() in (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml")
    stem = path.stem if known else path.name
    # A slug ("eos-avtalen_2003") has its hyphens for spaces; a name with spaces keeps
    # them ("Kim Jong-un i Vladivostok").
    words = re.split(r"[_\s]+" if " " in stem else r"[_\s-]+", stem)
    shown = _clean(" ".join(words))
    return shown[:1].upper() + shown[1:] if shown else ""


def _first_words(text: str) -> str:
    for line in text.splitlines():
        words = _clean(line).split()
        if not any(ch.isalpha() for ch in "".join(words)):
            continue
        if len(words) <= _FIRST_WORDS:
            return " ".join(words).rstrip(".,;:")
        return " ".join(words[:_FIRST_WORDS]).rstrip(".,;:–-") + " …"
    return ""


def document_title(
    *,
    text: str,
    name: str = "",
    header_title: str = "",
    html: str | None = None,
    host: str = "",
    number: int = 1,
    lang: str | None = None,
    default_names: Iterable[str] = (),
) -> str:
    """The title of a document (see the module's docstring for the order).

    ``html``: the page's markup, for an HTML file. ``number``: its place among the
    documents, for "Dokument 2". ``default_names``: names the app gives a document the
    person did not name ("Innlimt tekst"), which are not titles."""
    if _clean(header_title):
        return _clean(header_title)[:300]
    if html is not None:
        title = page_title(html_meta(html), host=host)
        if title:
            return title
    heading = text_heading(text)
    if heading:
        return heading
    if name and name not in set(default_names):
        readable = readable_name(name)
        if readable:
            return readable
    words = _first_words(text)
    if words:
        return words
    return i18n.text("doc.untitled", lang, n=number)


# ---------------------------------------------------------------- labels and columns


@dataclass(frozen=True)
class DocInfo:
    """What a reader is told about a document: its name (the key events use in their
    ``doc`` column), title, source (who published it: "NTB", "High North News") and URL."""

    name: str
    title: str = ""
    source: str = ""
    url: str = ""


_LABEL_MAX = 40  # what the chart's legend shows whole


def host_of(url: str) -> str:
    """The site an address names, without "www." ("https://www.nrk.no/x" -> "nrk.no")."""
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/?#@]+@)?(?P<host>[^/?#:]+)", url.strip(), re.I)
    return m["host"].lower().removeprefix("www.") if m else ""


def labels(docs: Sequence[DocInfo]) -> dict[str, str]:
    """A label for each document for lanes, legends and filters: its title, with the
    source (or the link's site) after it when both fit in the legend (40 characters)
    ("Får ikke fornye EØS-avtalen · NTB"); two documents never get the same label."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for d in docs:
        title = _clean(d.title) or readable_name(d.name) or _clean(d.name)
        origin = _clean(d.source) or host_of(d.url)
        label = title
        if origin and _squash(origin) not in _squash(title):
            joined = f"{title} · {origin}"
            if len(joined) <= _LABEL_MAX:
                label = joined
        base, n = label, 2
        while label in taken:
            label = f"{base} ({n})"
            n += 1
        taken.add(label)
        out[d.name] = label
    return out


def with_document_columns(frame: pd.DataFrame, docs: Sequence[DocInfo]) -> pd.DataFrame:
    """``frame`` with :data:`DOC_COLUMNS`: the title, source, URL and label of the
    document each event's ``doc`` names ("" for a document not in ``docs``, such as an
    event typed in by hand or imported; its label is then its ``doc``)."""
    import pandas as pd

    out = frame.copy()
    by_name: Mapping[str, DocInfo] = {d.name: d for d in docs}
    label_of = labels(docs)
    names = [
        str(v) if isinstance(v, str) else ""
        for v in out.get("doc", pd.Series([""] * len(out), index=out.index, dtype=object)).tolist()
    ]
    out["doc_title"] = [by_name[n].title if n in by_name else "" for n in names]
    out["doc_source"] = [by_name[n].source if n in by_name else "" for n in names]
    out["doc_url"] = [by_name[n].url if n in by_name else "" for n in names]
    out["doc_label"] = [label_of.get(n, n) for n in names]
    for column in DOC_COLUMNS:
        out[column] = out[column].astype("string")
    return out
