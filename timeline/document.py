"""Reading documents: bytes or files in, ``Document`` out, with header metadata parsed.

A document may open with metadata lines before a blank line. Two forms are understood:

- the wire form of the bundled article: one line ``date 2019-04 utenriks`` (the word
  ``date``, a date of year, month or day precision, then the desk);
- ``key: value`` lines (``date:``, ``lang:``, ``title:``, ``desk:``, ``source:``), as in
  Markdown front matter between ``---`` lines or plain at the top.

The header is never part of the text: offsets count from the first character after it.
"""

from __future__ import annotations

import os
import re
import select
import stat
from pathlib import Path

from .types import DocDate, Document

__all__ = [
    "read_document", "parse_document", "parse_dct", "decode", "bom_encoding", "DocumentError",
    "MAX_BYTES", "PIPE_WAIT_SECONDS",
]

MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused with a message, not read
#: How long a pipe may stay silent (no data, no end) before reading it is given up:
#: ``<(command)`` works, a FIFO that nothing writes to is an error, not a hang.
PIPE_WAIT_SECONDS = 10.0
_CHUNK = 1 << 16
# Longest first: a UTF-32 little-endian BOM starts with the UTF-16 one.
_BOMS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\xfe\xff", "utf-16"), (b"\xff\xfe", "utf-16"))
_WIRE = re.compile(r"^[ \t]*date[ \t]+(?P<date>-?\d{1,4}(?:-\d{1,2}){0,2})(?:[ \t]+(?P<desk>[^\n]*?))?[ \t]*$",
                   re.IGNORECASE)
_KEY_VALUE = re.compile(r"^[ \t]*(?P<key>date|dato|lang|language|språk|title|tittel|desk|source|kilde|url)[ \t]*:[ \t]*(?P<value>[^\n]*?)[ \t]*$",
                        re.IGNORECASE)
_KEYS = {"dato": "date", "language": "lang", "språk": "lang", "tittel": "title",
         "kilde": "source"}


class DocumentError(ValueError):
    """A file that cannot be read as a text document; the message says why."""


def bom_encoding(data: bytes) -> str | None:
    """``"utf-32"`` or ``"utf-16"`` when ``data`` opens with that encoding's byte-order
    mark (the codec then reads the mark and the byte order), else None."""
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def decode(data: bytes, name: str = "document") -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else
    Windows-1252 when the bytes look like text. Binary data raises ``DocumentError``
    naming the file."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif encoding := bom_encoding(data):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise DocumentError(f"{name}: not valid {encoding.upper()} text ({e.reason})") from None
        if not _looks_like_text(text, strict=False):
            raise DocumentError(f"{name}: not readable as text: it looks like a binary file "
                                "(control characters)")
        return text
    if b"\x00" in data[:8192]:
        raise DocumentError(f"{name}: looks like a binary file (it contains NUL bytes), "
                            "not text; give a .txt or .md file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        if not _looks_like_text(text, strict=True):
            raise DocumentError(f"{name}: not readable as text (neither UTF-8 nor "
                                "Windows-1252)") from None
        return text
    if not _looks_like_text(text, strict=False):
        raise DocumentError(f"{name}: not readable as text: it looks like a binary file "
                            "(control characters)")
    return text


def _looks_like_text(text: str, strict: bool) -> bool:
    """Control characters are rare in text; in a guessed single-byte encoding, so are
    symbols: random bytes read as Windows-1252 are mostly neither letters nor spaces."""
    sample = text[:8192]
    if not sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(2, len(sample) // 100):
        return False
    if not strict:
        return True
    if "\ufffd" in sample:
        return False
    plain = sum(1 for ch in sample if ch.isalnum() or ch.isspace() or
                ch in ".,;:!?-–—'\"()«»“”‘’„€$%&/@#*+=…§°")
    spaces = sum(1 for ch in sample if ch.isspace())
    # Random bytes are mostly letters in Windows-1252 too, but seldom spaces.
    return plain / len(sample) >= 0.85 and (len(sample) < 40 or spaces / len(sample) >= 0.03)


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


def _human(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def read_document(path: str | Path, lang: str | None = None,
                  dct: DocDate | str | None = None) -> Document:
    """Read a .txt or .md file (or a pipe). Raises ``DocumentError`` with the file's name
    on failure: a folder, a device, a file over ``MAX_BYTES``, a pipe silent for
    ``PIPE_WAIT_SECONDS``, or bytes that are not text."""
    p = Path(path)
    data = _read_bytes(p)
    return parse_document(decode(data, str(p)), name=p.name, lang=lang, dct=dct)


def _too_large(p: Path, size: int | None) -> DocumentError:
    if size is None:
        return DocumentError(f"{p}: more than {_human(MAX_BYTES)} arrived; the limit is "
                             f"{_human(MAX_BYTES)}")
    said, limit = _human(size), _human(MAX_BYTES)
    if said == limit:
        said, limit = f"{size} bytes", f"{MAX_BYTES} bytes"
    return DocumentError(f"{p}: the file is {said}; the limit is {limit}")


def _read_bytes(p: Path) -> bytes:
    """At most ``MAX_BYTES`` from a regular file or a pipe; never blocks for good."""
    try:
        mode = p.stat().st_mode
    except OSError as e:
        raise DocumentError(f"{p}: cannot be read ({e.strerror})") from None
    if stat.S_ISDIR(mode):
        raise DocumentError(f"{p}: is a folder, not a file")
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise DocumentError(f"{p}: is a device or socket, not a text file")
    try:
        # Non-blocking, so that opening a FIFO does not wait for a writer.
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise DocumentError(f"{p}: cannot be read ({e.strerror})") from None
    try:
        mode = os.fstat(fd).st_mode  # the file opened, not the one stat() saw
        if stat.S_ISREG(mode):
            size = os.fstat(fd).st_size
            if size > MAX_BYTES:
                raise _too_large(p, size)
            data = _read_regular(fd)
        elif stat.S_ISFIFO(mode):
            data = _read_pipe(fd, p)
        else:
            raise DocumentError(f"{p}: is a device or socket, not a text file")
    except OSError as e:
        raise DocumentError(f"{p}: cannot be read ({e.strerror})") from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:  # it grew while it was read, or a pipe sent too much
        raise _too_large(p, None if stat.S_ISFIFO(mode) else len(data))
    return data


def _read_regular(fd: int) -> bytes:
    chunks, size = [], 0
    while size <= MAX_BYTES:  # one byte more than the limit tells that it grew past it
        chunk = os.read(fd, min(_CHUNK, MAX_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _read_pipe(fd: int, p: Path) -> bytes:
    chunks, size = [], 0
    while size <= MAX_BYTES:
        ready, _, _ = select.select([fd], [], [], PIPE_WAIT_SECONDS)
        if not ready:
            raise DocumentError(f"{p}: nothing arrived for {PIPE_WAIT_SECONDS:g} seconds "
                                "(a pipe that nothing writes to?)")
        try:
            chunk = os.read(fd, min(_CHUNK, MAX_BYTES + 1 - size))
        except BlockingIOError:
            continue
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)
