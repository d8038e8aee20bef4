"""Save and open curated timelines: a JSON file, and a local folder of them.

A saved timeline holds what is needed to rebuild it exactly: the documents (text,
title, document date, language), the curation operations (see ``timeline.curate``) and,
for other tools, the resulting events. Opening a file gives back a
:class:`SavedTimeline`; an events file (``timeline.export.to_json`` output, or a bare
list of events) opens too, as ``events`` with no documents.

Pure file I/O: no Streamlit, no clocks. Names are sanitised so that a name typed in
the app can never leave the folder. An opened file is untrusted: every field is checked
(types, the documents' size, language and date, nesting depth) and a bad one refuses
the file with a message. A save goes through a temporary file of its own and
``os.replace``, flushed to disk, so two sessions saving one name never mix their bytes
and a save reported done survives a power loss.
"""

from __future__ import annotations

import errno
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import i18n
from .ingest import (
    MAX_DOCUMENT_BYTES,
    IngestError,
    display_name,
    is_encodable,
    looks_binary,
    parse_dct,
    parse_json,
)
from .lang import codes as language_codes

__all__ = [
    "EVENTS_FORMAT",
    "FORMAT",
    "MAX_SAVED_BYTES",
    "SavedDocument",
    "SavedTimeline",
    "StoreError",
    "VERSION",
    "default_folder",
    "dumps",
    "list_saved",
    "load",
    "loads",
    "local_saving_enabled",
    "sanitize_name",
    "save",
]

FORMAT = "tidslinje-curated"
VERSION = 1
EVENTS_FORMAT = "tidslinje"  # timeline.export.to_json: events only
MAX_SAVED_BYTES = 50_000_000
SUFFIX = ".timeline.json"


class StoreError(ValueError):
    """A saved timeline could not be read or written; the message is for the reader."""


class DamagedFile(i18n.Refusal, StoreError):
    """A file that is no saved timeline, or a damaged one, with the catalog id of what
    is wrong: ``str()`` in English, :meth:`words` in the visitor's language."""


@dataclass(frozen=True)
class SavedDocument:
    name: str
    text: str
    title: str = ""
    dct: str = ""  # "", "2019", "2019-04" or "2019-04-25"
    lang: str = "auto"  # "auto", "nb" or "en"
    source: str = ""  # "bundled", "upload", "paste", ... or who published it
    url: str = ""  # where it was fetched from, or its header's url:

    def to_dict(self) -> dict[str, str]:
        return {
            "name": self.name,
            "title": self.title,
            "dct": self.dct,
            "lang": self.lang,
            "source": self.source,
            **({"url": self.url} if self.url else {}),
            "text": self.text,
        }


@dataclass(frozen=True)
class SavedTimeline:
    name: str = ""
    documents: tuple[SavedDocument, ...] = ()
    ops: tuple[dict[str, Any], ...] = ()
    events: Any = None  # ``export.to_json`` data ({"format": "tidslinje", ...}), or None
    settings: dict[str, Any] = field(default_factory=dict)


def dumps(
    *,
    name: str,
    documents: Sequence[SavedDocument],
    ops: Sequence[Mapping[str, Any]],
    events_json: str | bytes | None = None,
    settings: Mapping[str, Any] | None = None,
) -> str:
    """The saved-timeline JSON text. ``events_json`` is ``export.to_json(frame)``."""
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "name": name,
        "documents": [d.to_dict() for d in documents],
        "ops": [dict(op) for op in ops],
        "settings": dict(settings or {}),
        "events": json.loads(events_json) if events_json else None,
    }
    return json.dumps(payload, ensure_ascii=False, indent=1)


def _str(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise StoreError(f"The saved timeline is damaged: {what} is not text.")
    if not is_encodable(value):
        raise StoreError(f"The saved timeline is damaged: {what} holds broken characters.")
    return value


def _document(i: int, d: Any) -> SavedDocument:
    """Document ``i`` of a saved timeline, checked as an upload is checked."""
    if not isinstance(d, dict):
        raise DamagedFile("store.damaged_document", i=i)
    name = _str(d.get("name"), f"document {i}'s name") or f"document {i}"
    label = f"document {i} ({display_name(name)})"
    text = _str(d.get("text"), f"{label}'s text")
    if len(text) > MAX_DOCUMENT_BYTES:
        raise StoreError(
            f"The saved timeline's {label} holds {len(text):,} characters of text; the limit "
            f"is {MAX_DOCUMENT_BYTES:,}, as for an upload. Split it into smaller documents."
        )
    if "\x00" in text or looks_binary(text):
        raise StoreError(
            f"The saved timeline is damaged: {label} contains control characters, not text."
        )
    dct = _str(d.get("dct"), f"{label}'s date").strip()
    if dct:
        try:
            parse_dct(dct)
        except ValueError:
            raise StoreError(
                f"The saved timeline is damaged: {label}'s date {dct[:40]!r} is not a date "
                "of the form YYYY, YYYY-MM or YYYY-MM-DD."
            ) from None
    lang = _str(d.get("lang"), f"{label}'s language") or "auto"
    languages = ("auto", *language_codes())
    if lang not in languages:
        raise StoreError(
            f"The saved timeline is damaged: {label}'s language is {lang[:20]!r}; "
            f"expected one of {', '.join(languages)}."
        )
    return SavedDocument(
        name=name,
        text=text,
        title=_str(d.get("title"), f"{label}'s title"),
        dct=dct,
        lang=lang,
        source=_str(d.get("source"), f"{label}'s source"),
        url=_str(d.get("url"), f"{label}'s url"),
    )


def _settings(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(v, str | int | float | bool) or v is None for v in value.values()
    ):
        raise StoreError(
            "The saved timeline is damaged: its settings must be names with plain values."
        )
    for v in value.values():
        if isinstance(v, str):
            _str(v, "a setting")
    return dict(value)


def loads(text: str | bytes) -> SavedTimeline:
    """Read a saved timeline (or a plain events file); StoreError says what is wrong."""
    if isinstance(text, bytes):
        if len(text) > MAX_SAVED_BYTES:
            raise DamagedFile("store.too_large")
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DamagedFile("store.not_utf8") from None
    try:
        data = parse_json(text)
    except json.JSONDecodeError as err:
        raise DamagedFile("store.not_json", line=err.lineno, col=err.colno) from None
    except IngestError as err:
        raise DamagedFile("store.unreadable", err=err) from None
    if isinstance(data, list):
        # A bare list of events: wrap it as an events export.
        return SavedTimeline(events={"format": EVENTS_FORMAT, "version": 1, "events": data})
    if isinstance(data, dict) and data.get("format") == EVENTS_FORMAT:
        return SavedTimeline(events=data)  # an events export; export.from_json reads it
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        if isinstance(data, dict) and "format" not in data and isinstance(data.get("events"), list):
            return SavedTimeline(
                events={"format": EVENTS_FORMAT, "version": 1, "events": data["events"]}
            )
        raise DamagedFile("store.not_saved")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise DamagedFile("store.version", version=repr(version), ours=VERSION)
    docs_raw = data.get("documents", [])
    ops_raw = data.get("ops", [])
    if not isinstance(docs_raw, list) or not isinstance(ops_raw, list):
        raise DamagedFile("store.damaged_lists")
    documents = [_document(i, d) for i, d in enumerate(docs_raw, start=1)]
    ops = []
    for i, op in enumerate(ops_raw, start=1):
        if not isinstance(op, dict) or not isinstance(op.get("op"), str):
            raise DamagedFile("store.damaged_op", i=i)
        ops.append(op)
    events = data.get("events")
    if events is not None and not isinstance(events, dict | list):
        raise DamagedFile("store.damaged_events")
    return SavedTimeline(
        name=_str(data.get("name"), "the name"),
        documents=tuple(documents),
        ops=tuple(ops),
        events=events,
        settings=_settings(data.get("settings")),
    )


_UNSAFE = re.compile(r"[^\w\- ]+", re.UNICODE)
_RESERVED = {
    "con", "prn", "aux", "nul",
    *(f"com{i}" for i in range(1, 10)),
    *(f"lpt{i}" for i in range(1, 10)),
}  # fmt: skip


def sanitize_name(name: str, *, limit: int = 80) -> str:
    """A safe file stem: letters (æøå too), digits, space, '-' and '_'; never a path."""
    text = unicodedata.normalize("NFC", str(name or ""))
    if text.endswith(SUFFIX):
        text = text[: -len(SUFFIX)]
    text = _UNSAFE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" -_")
    text = text[:limit].strip(" -_")
    if not text or text.casefold() in _RESERVED:
        text = f"timeline {text}".strip() if text else "timeline"
    return text


def default_folder(app_dir: str | Path) -> Path:
    """``saved_timelines/`` next to the app."""
    return Path(app_dir) / "saved_timelines"


def local_saving_enabled(environ: Mapping[str, str], app_dir: str | Path) -> bool:
    """Whether to offer the saved-timelines folder.

    Off on a shared host, where the folder would be shared by every visitor:
    Streamlit Community Cloud (apps live under ``/mount/src``) or when
    ``TIMELINE_LOCAL_SAVE=0`` is set. ``TIMELINE_LOCAL_SAVE=1`` forces it on.
    """
    flag = environ.get("TIMELINE_LOCAL_SAVE", "").strip().lower()
    if flag in ("0", "false", "no", "off"):
        return False
    if flag in ("1", "true", "yes", "on"):
        return True
    return not str(Path(app_dir).resolve()).startswith("/mount/src")


def _path(folder: str | Path, name: str) -> Path:
    return Path(folder) / f"{sanitize_name(name)}{SUFFIX}"


def save(folder: str | Path, name: str, text: str) -> Path:
    """Write ``text`` (from :func:`dumps`) as ``<folder>/<safe name>.timeline.json``.

    The bytes go to a temporary file of this call's own in the same folder, are flushed
    to disk, and replace the target in one step; the folder is flushed too. Another
    session saving the same name at the same time leaves one whole file or the other,
    never a mix, and a failed save leaves the previous file as it was.
    """
    path = _path(folder, name)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise StoreError("Could not save: the timeline holds broken characters.") from None
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        tmp = None
        _fsync_folder(path.parent)
    except OSError as err:
        raise StoreError(f"Could not save to {path.parent}: {err.strerror or err}") from None
    finally:
        if tmp is not None:
            with suppress(OSError):
                os.unlink(tmp)
    return path


def _fsync_folder(folder: Path) -> None:
    """Flush the folder entry, so that the rename itself survives a power loss."""
    if os.name == "nt":  # Windows cannot open a folder to flush it
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as err:
        if err.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise  # some file systems cannot flush a folder; the file itself is flushed
    finally:
        os.close(fd)


def list_saved(folder: str | Path) -> list[str]:
    """Names of the saved timelines in ``folder``, newest first."""
    p = Path(folder)
    if not p.is_dir():
        return []
    dated = []
    for f in p.iterdir():
        if f.name.startswith(".") or not f.name.endswith(SUFFIX):
            continue  # temporary files of saves in progress start with a dot
        with suppress(OSError):  # removed meanwhile
            if f.is_file():
                dated.append((-f.stat().st_mtime, f.name))
    return [n[: -len(SUFFIX)] for _, n in sorted(dated)]


def load(folder: str | Path, name: str) -> SavedTimeline:
    """Open ``name`` from ``folder`` (the name is sanitised the same way as on save)."""
    path = _path(folder, name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise StoreError(f"There is no saved timeline called “{sanitize_name(name)}”.") from None
    except OSError as err:
        raise StoreError(f"Could not open {path.name}: {err.strerror or err}") from None
    saved = loads(data)
    return (
        saved
        if saved.name
        else SavedTimeline(
            name=sanitize_name(name),
            documents=saved.documents,
            ops=saved.ops,
            events=saved.events,
            settings=saved.settings,
        )
    )
