"""Bytes and files in, text and header metadata out: the one decoder of untrusted input.

Every way a document arrives (a file or pipe on the command line, an upload, a paste, a
row of a corpus table) goes through here, under one set of limits:

- size: at most ``MAX_DOCUMENT_BYTES``; a larger input is refused with a message, not read;
- encoding: UTF-8 (with or without BOM), UTF-16 or UTF-32 with a BOM, else Windows-1252
  when the bytes look like text;
- binary refusal: NUL bytes, control characters, or random bytes that no text encoding
  explains raise :class:`IngestError` naming the input.

HTML is reduced to its visible text with the standard library's tokenizer (no markup
survives, entities are decoded, ``<script>``/``<style>`` bodies are dropped); nothing here
renders HTML or trusts a file name.

A document may open with metadata lines before a blank line. Two forms are understood:

- the wire form of the bundled article: one line ``date 2019-04 utenriks`` (the word
  ``date``, a date of year, month or day precision, then the desk);
- ``key: value`` lines (``date:``, ``lang:``, ``title:``, ``desk:``, ``source:``), as in
  Markdown front matter between ``---`` lines or plain at the top.

The header is never part of the text: offsets count from the first character after it.
"""

from __future__ import annotations

import json
import os
import re
import select
import stat
import unicodedata
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import Path, PurePath
from typing import Any

from .i18n import Refusal
from .types import DocDate, Document

__all__ = [
    "HTML_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "MAX_JSON_DEPTH",
    "PIPE_WAIT_SECONDS",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "DocumentError",
    "IngestError",
    "bom_encoding",
    "check_pasted",
    "decode",
    "default_title",
    "display_name",
    "plain_label",
    "html_title",
    "html_to_text",
    "human_size",
    "is_encodable",
    "looks_binary",
    "parse_dct",
    "parse_document",
    "parse_json",
    "read_document",
    "text_from_upload",
    "unique_name",
]

# --- limits and the error ---------------------------------------------------------------

#: Largest document accepted, in bytes (about 800,000 words of text), from a file, a pipe,
#: an upload, a paste or a corpus row alike.
MAX_DOCUMENT_BYTES = 5_000_000
#: How long a pipe may stay silent (no data, no end) before reading it is given up:
#: ``<(command)`` works, a FIFO that nothing writes to is an error, not a hang.
PIPE_WAIT_SECONDS = 10.0

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES

_CHUNK = 1 << 16
_SAMPLE = 8192  # characters looked at to tell text from binary


class IngestError(Refusal):
    """Input that cannot be read as a text document; ``str(error)`` says why, for the reader.

    Made with a catalog ``key`` (``IngestError(key="ingest.empty", name=...)``), it says
    it in any interface language too (:meth:`words`); made with a message alone (the
    command line's refusals of paths), it says that message in every language."""

    def __init__(self, message: str = "", *, key: str = "", **values: Any) -> None:
        if key:
            super().__init__(key, **values)
        else:
            self.key, self.values = "", {}
            ValueError.__init__(self, message)

    def words(self, lang: str | None) -> str:
        return super().words(lang) if self.key else str(self)


#: The name the command line and the library's API have used for :class:`IngestError`.
DocumentError = IngestError


def human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _too_large(label: str, size: int | None, limit: int) -> IngestError:
    """The refusal of an input over ``limit`` bytes (``size`` None: a pipe that kept sending)."""
    if size is None:
        return IngestError(key="ingest.pipe_too_large", name=label, limit=human_size(limit))
    said, limit_said = human_size(size), human_size(limit)
    if said == limit_said:
        said, limit_said = f"{size} bytes", f"{limit} bytes"
    return IngestError(key="ingest.too_large", name=label, size=said, limit=limit_said)


# --- bytes to text ----------------------------------------------------------------------

# Longest first: a UTF-32 little-endian BOM starts with the UTF-16 one.
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"))

def bom_encoding(data: bytes) -> str | None:
    """``"utf-32"`` or ``"utf-16"`` when ``data`` opens with that encoding's byte-order
    mark (the codec then reads the mark and the byte order), else None."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def decode(data: bytes, name: str = "document") -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else
    Windows-1252 when the bytes look like text. Line endings are kept as they are.
    Binary data raises ``IngestError`` naming ``name``."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif encoding := bom_encoding(data):
        label = encoding.upper()
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise IngestError(key="ingest.bad_bom", name=name, encoding=label,
                              reason=e.reason) from None
        if looks_binary(text):
            raise IngestError(key="ingest.control", name=name)
        return text
    if b"\x00" in data[:_SAMPLE]:
        raise IngestError(key="ingest.binary", name=name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Older Norwegian files are often Windows-1252 (æøå as single bytes).
        text = data.decode("cp1252", errors="replace")
        if not _looks_like_guessed_text(text):
            raise IngestError(key="ingest.encoding", name=name) from None
        return text
    if looks_binary(text):
        raise IngestError(key="ingest.control", name=name)
    return text


#: Control characters but tab, newline, form feed and carriage return (0x09, 0x0A, 0x0C, 0x0D).
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def looks_binary(text: str) -> bool:
    """Control characters other than tab, newline, carriage return and form feed are rare
    in text: more than a few (and more than one in a hundred characters) mean binary."""
    sample = text[:_SAMPLE]
    return len(_CONTROLS.findall(sample)) > max(2, len(sample) // 100)


def _looks_like_guessed_text(text: str) -> bool:
    """In a guessed single-byte encoding symbols are rare too: random bytes read as
    Windows-1252 are mostly neither letters nor spaces."""
    sample = text[:_SAMPLE]
    if not sample:
        return True
    if looks_binary(sample) or "\ufffd" in sample:
        return False
    plain = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or
                ch in ".,;:!?-–—'\"()«»“”‘’„€$%&/@#*+=…§°")
    spaces = sum(1 for ch in sample if ch.isspace())
    # Random bytes are mostly letters in Windows-1252 too, but seldom spaces.
    return plain / len(sample) >= 0.85 and (len(sample) < 40 or spaces / len(sample) >= 0.03)


# --- header metadata --------------------------------------------------------------------

_WIRE = re.compile(r"^[ \t]*date[ \t]+(?P<date>-?\d{1,4}(?:-\d{1,2}){0,2})(?:[ \t]+(?P<desk>[^\n]*?))?[ \t]*$",
                   re.IGNORECASE)
_KEY_VALUE = re.compile(r"^[ \t]*(?P<key>date|dato|lang|language|språk|title|tittel|desk|source|kilde|url)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$",
                        re.IGNORECASE)
_KEYS = {"dato": "date", "language": "lang", "språk": "lang", "tittel": "title",
         "kilde": "source"}


def parse_dct(text: str) -> DocDate:
    """A document date written ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, from year 1 on.

    Year 0000 (or a negative year) is what a database writes for "no date", not when a
    news text was written, so it is refused (ValueError) rather than read as 1 BC."""
    date = DocDate.parse(text)
    if date.year < 1:
        raise ValueError(f"{text.strip()!r} is not a document date: the year must be 1 or "
                         "later (leave the date out if it is unknown)")
    return date


def _source_offset(source: str, normalised_offset: int) -> int:
    """The offset in ``source`` of a position counted after CRLF/CR became LF."""
    i = n = 0
    while n < normalised_offset and i < len(source):
        i += 2 if source.startswith("\r\n", i) else 1
        n += 1
    return i


def parse_document(raw: str, name: str = "document", lang: str | None = None,
                   dct: DocDate | str | None = None) -> Document:
    """Split header metadata from text. Explicit ``lang``/``dct`` override the header.

    A byte-order mark and blank lines before the header are skipped (pasted text often
    has them); line endings become LF, and offsets count in the text after that."""
    source = raw
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    bom = len(raw) - len(raw.lstrip("\ufeff"))
    blank = len(raw) - len(raw[bom:].lstrip(" \t\n")) - bom
    lead = bom + (raw.rfind("\n", bom, bom + blank) + 1 - bom if blank else 0)
    lead = max(lead, bom)  # blank lines go; a header line keeps its own indent
    raw = raw[lead:]
    meta: dict[str, str] = {}
    body_start = 0
    lines = raw.split("\n")
    if lines and lines[0].strip() == "---":  # front matter
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                for entry in lines[1:i]:
                    m = _KEY_VALUE.match(entry)
                    if m:
                        key = m["key"].lower()
                        meta[_KEYS.get(key, key)] = m["value"]
                body_start = sum(len(x) + 1 for x in lines[: i + 1])
                break
    else:
        consumed = 0
        for line in lines:
            wire = _WIRE.match(line)
            kv = _KEY_VALUE.match(line)
            if wire and not meta:
                meta["date"] = wire["date"]
                if wire["desk"]:
                    meta["desk"] = wire["desk"]
            elif kv:
                key = kv["key"].lower()
                meta[_KEYS.get(key, key)] = kv["value"]
            else:
                break
            consumed += 1
        if meta:
            body_start = sum(len(x) + 1 for x in lines[:consumed])
    while body_start < len(raw) and raw[body_start] == "\n":
        body_start += 1
    text = raw[body_start:] if body_start else raw.lstrip("\n")
    header_chars = _source_offset(source, lead + len(raw) - len(text))
    doc_date: DocDate | None
    if isinstance(dct, DocDate):
        doc_date = dct
    elif dct:
        doc_date = parse_dct(dct)
    elif meta.get("date"):
        try:
            doc_date = parse_dct(meta["date"])
        except ValueError:
            doc_date = None
    else:
        doc_date = None
    return Document(
        name=name,
        text=text,
        lang=lang or (meta.get("lang") or None),
        dct=doc_date,
        desk=meta.get("desk", ""),
        title=meta.get("title", ""),
        meta=tuple(sorted(meta.items())),
        header_chars=header_chars,
    )


# --- files and pipes -------------------------------------------------------------------

def read_document(path: str | Path, lang: str | None = None,
                  dct: DocDate | str | None = None) -> Document:
    """Read a text file (or a pipe) and its header. Raises ``IngestError`` with the file's
    name on failure: a folder, a device, a file over ``MAX_DOCUMENT_BYTES``, a pipe silent
    for ``PIPE_WAIT_SECONDS``, or bytes that are not text."""
    p = Path(path)
    data = _read_bytes(p)
    return parse_document(decode(data, str(p)), name=p.name, lang=lang, dct=dct)


def _read_bytes(p: Path) -> bytes:
    """At most ``MAX_DOCUMENT_BYTES`` from a regular file or a pipe; never blocks for good."""
    limit = MAX_DOCUMENT_BYTES
    try:
        mode = p.stat().st_mode
    except OSError as e:
        raise IngestError(f"{p}: cannot be read ({e.strerror})") from None
    if stat.S_ISDIR(mode):
        raise IngestError(f"{p}: is a folder, not a file")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise IngestError(f"{p}: is a device or socket, not a text file")
    try:
        # Non-blocking, so that opening a FIFO does not wait for a writer.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise IngestError(f"{p}: cannot be read ({e.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode  # the file opened, not the one stat() saw
        if stat.S_ISREG(mode):
            size = os.fstat(fd).st_size
            if size > limit:
                raise _too_large(str(p), size, limit)
            data = _read_regular(fd, limit)
        elif stat.S_ISFIFO(mode):
            data = _read_pipe(fd, p, limit)
        else:
            raise IngestError(f"{p}: is a device or socket, not a text file")
    except OSError as e:
        raise IngestError(f"{p}: cannot be read ({e.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while it was read, or a pipe sent too much
        raise _too_large(str(p), None if stat.S_ISFIFO(mode) else len(data), limit)
    return data


def _read_regular(fd: int, limit: int) -> bytes:
    chunks, size = [], 0
    while size <= limit:  # one byte more than the limit tells that it grew past it
        chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_pipe(fd: int, p: Path, limit: int) -> bytes:
    chunks, size = [], 0
    while size <= limit:
        ready, _, _ = select.select([fd], [], [], PIPE_WAIT_SECONDS)
        if not ready:
            raise IngestError(f"{p}: nothing arrived for {PIPE_WAIT_SECONDS:g} seconds "
                              "(a pipe that nothing writes to?)")
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


# --- HTML, uploads and pastes ----------------------------------------------------------

_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 "
    "h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SKIP_TAGS = frozenset("script style head noscript template svg math iframe object".split())


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skip_depth:
            return
        self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page: paragraphs kept, markup and scripts gone."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    raw = "".join(parser.parts)
    lines = [re.sub(r"[ \t\f\v\u00a0]+", " ", line).strip() for line in raw.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def html_title(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return " ".join("".join(parser.title).split())


def _suffix(name: str) -> str:
    return PurePath(name.replace("\\", "/")).suffix.lower()


def text_from_upload(name: str, data: bytes, *, max_bytes: int | None = None) -> str:
    """Plain text (LF line endings) of an uploaded .txt/.md/.html file, or IngestError with
    the reason. ``max_bytes`` defaults to ``MAX_DOCUMENT_BYTES``."""
    max_bytes = MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    label = display_name(name)
    suffix = _suffix(name)
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(s for s in SUPPORTED_SUFFIXES)
        shown = suffix or "no extension"
        raise IngestError(key="ingest.unsupported", name=label, suffix=shown, kinds=kinds)
    if len(data) > max_bytes:
        raise _too_large(label, len(data), max_bytes)
    if not data.strip():
        raise IngestError(key="ingest.empty", name=label)
    text = decode(data, label).replace("\r\n", "\n").replace("\r", "\n")
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        raise IngestError(key="ingest.no_text", name=label)
    return text


def is_encodable(text: str) -> bool:
    """False for text that holds lone surrogates (JSON's "\\ud800"): it cannot be saved."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_pasted(text: str, *, max_bytes: int | None = None) -> str:
    """Validate pasted text: not empty, not over ``max_bytes`` (``MAX_DOCUMENT_BYTES``),
    no binary junk."""
    max_bytes = MAX_DOCUMENT_BYTES if max_bytes is None else max_bytes
    if not text or not text.strip():
        raise IngestError(key="ingest.paste_empty")
    if not is_encodable(text):
        raise IngestError(key="ingest.paste_surrogates")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise IngestError(key="ingest.paste_too_large", size=human_size(size),
                          limit=human_size(max_bytes))
    if "\x00" in text or looks_binary(text):
        raise IngestError(key="ingest.paste_control")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def display_name(name: str, *, limit: int = 80) -> str:
    """A file name safe to show as plain text: basename only, no control characters."""
    return plain_label(PurePath(str(name).replace("\\", "/")).name, limit=limit)


def plain_label(text: str, *, limit: int = 80, empty: str = "document") -> str:
    """A name a person typed (a document's title), safe to show as plain text: no
    control characters, at most ``limit`` characters, every other character kept
    ("Russland/Ukraina-samtaler" stays whole: it is no path)."""
    cleaned = "".join(
        ch for ch in unicodedata.normalize("NFC", str(text)) if unicodedata.category(ch)[0] != "C"
    ).strip()
    cleaned = cleaned or empty
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def unique_name(name: str, existing: Iterable[str]) -> str:
    """``name``, or ``name (2)``, ``name (3)`` … so that it is not in ``existing``."""
    taken = set(existing)
    if name not in taken:
        return name
    stem, suffix = name, ""
    p = PurePath(name)
    if p.suffix:
        stem, suffix = name[: -len(p.suffix)], p.suffix
    n = 2
    while f"{stem} ({n}){suffix}" in taken:
        n += 1
    return f"{stem} ({n}){suffix}"


def default_title(text: str, name: str = "", *, limit: int = 60) -> str:
    """A title for a document that has none: its first sentence, shortened at a word."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line:
            continue
        sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0].rstrip(".")
        if len(sentence) <= limit:
            return sentence
        cut = sentence[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–- ")
        return cut + "…"
    return PurePath(display_name(name)).stem if name else "Untitled"


#: Deepest nesting of lists and objects accepted in a JSON file. Files this project
#: writes nest about six levels; a deeper one is hostile or broken.
MAX_JSON_DEPTH = 32


def parse_json(text: str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """``json.loads`` for untrusted text: JSONDecodeError as usual, and IngestError (not a
    bare RecursionError) for lists and objects nested deeper than ``max_depth``."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise IngestError(f"the JSON is nested more than {max_depth} levels deep") from None
    stack: list[tuple[Any, int]] = [(data, 1)] if isinstance(data, dict | list) else []
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value
        if depth > max_depth:
            raise IngestError(f"the JSON is nested more than {max_depth} levels deep")
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))
    return data
