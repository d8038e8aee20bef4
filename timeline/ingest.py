"""Bring untrusted files and pasted text into plain text the engine can read.

Uploads arrive as bytes with a user-chosen name. Everything here turns them into
plain ``str`` or raises :class:`IngestError` with a sentence a reader can act on;
nothing here renders HTML or trusts a file name. HTML is reduced to its visible text
with the standard library's tokenizer (no markup survives, entities are decoded,
``<script>``/``<style>`` bodies are dropped).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from html.parser import HTMLParser
from pathlib import PurePath
from typing import Any

from .document import bom_encoding

__all__ = [
    "HTML_SUFFIXES",
    "MAX_DOCUMENT_BYTES",
    "SUPPORTED_SUFFIXES",
    "TEXT_SUFFIXES",
    "MAX_JSON_DEPTH",
    "IngestError",
    "check_pasted",
    "decode_bytes",
    "default_title",
    "display_name",
    "html_title",
    "html_to_text",
    "human_size",
    "is_encodable",
    "looks_binary",
    "parse_json",
    "text_from_upload",
    "unique_name",
]

#: Largest document accepted, in bytes (about 800,000 words of text).
MAX_DOCUMENT_BYTES = 5_000_000

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


class IngestError(ValueError):
    """A document could not be read; ``str(error)`` is the message for the reader."""


def human_size(n: int) -> str:
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.0f} kB"
    return f"{n / 1_000_000:.1f} MB"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def looks_binary(text: str) -> bool:
    """Control characters other than tab/newline/form feed mean it is not prose."""
    if not text:
        return False
    sample = text[:20_000]
    bad = len(_CONTROL.findall(sample))
    return bad > 0 and bad / len(sample) > 0.001


def decode_bytes(data: bytes, name: str = "the file") -> str:
    """Decode text in UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252.

    Raises IngestError for binary data (NUL bytes, control characters) and for bytes
    that are no text encoding we know.
    """
    label = display_name(name)
    if encoding := bom_encoding(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise IngestError(
                f"{label} says it is {encoding.upper()} text but is not valid {encoding.upper()}."
            ) from err
    elif b"\x00" in data[:65_536]:
        raise IngestError(
            f"{label} looks like a binary file (an image, PDF, Word or zip file?), "
            "not text. Save it as .txt, .md or .html and upload that."
        )
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Norwegian files are often Windows-1252 (æøå as single bytes).
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as err:
                raise IngestError(
                    f"{label} is not valid UTF-8 or Windows-1252 text. "
                    "Save it as UTF-8 text and upload it again."
                ) from err
    if looks_binary(text):
        raise IngestError(
            f"{label} contains control characters and does not look like text. "
            "Upload a .txt, .md or .html file."
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


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


def text_from_upload(name: str, data: bytes, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Plain text of an uploaded .txt/.md/.html file, or IngestError with the reason."""
    label = display_name(name)
    suffix = _suffix(name)
    if suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(s for s in SUPPORTED_SUFFIXES)
        shown = suffix or "no extension"
        raise IngestError(f"{label}: files of type {shown} are not supported. Use one of {kinds}.")
    if len(data) > max_bytes:
        raise IngestError(
            f"{label} is {human_size(len(data))}; the limit is {human_size(max_bytes)}. "
            "Split it into smaller documents."
        )
    if not data.strip():
        raise IngestError(f"{label} is empty.")
    text = decode_bytes(data, name)
    if suffix in HTML_SUFFIXES:
        text = html_to_text(text)
    if not text.strip():
        raise IngestError(f"{label} has no readable text.")
    return text


def is_encodable(text: str) -> bool:
    """False for text that holds lone surrogates (JSON's "\\ud800"): it cannot be saved."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def check_pasted(text: str, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    """Validate pasted text: not empty, not too large, no binary junk."""
    if not text or not text.strip():
        raise IngestError("The pasted text is empty. Paste an article or a history text first.")
    if not is_encodable(text):
        raise IngestError("The pasted text contains broken characters (lone surrogates).")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise IngestError(
            f"The pasted text is {human_size(size)}; the limit is {human_size(max_bytes)}."
        )
    if "\x00" in text or looks_binary(text):
        raise IngestError(
            "The pasted text contains control characters and does not look like text."
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")


def display_name(name: str, *, limit: int = 80) -> str:
    """A file name safe to show as plain text: basename only, no control characters."""
    base = PurePath(str(name).replace("\\", "/")).name or "document"
    cleaned = "".join(
        ch for ch in unicodedata.normalize("NFC", base) if unicodedata.category(ch)[0] != "C"
    ).strip()
    cleaned = cleaned or "document"
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
