"""Tidslinje: dated, sourced events from Norwegian and English texts about diplomacy.

The library has no user interface and no clock: the document date is a parameter.
"""

from __future__ import annotations

import typing as _typing

from .budget import TooHeavy, cpu_budget
from .calendar import Day
from .events import Tagged
from .ingest import DocumentError, decode, parse_document, read_document
from .lang import detect as detect_language
from .pipeline import extract, extract_document, tag, timexes
from .types import Anchor, DocDate, Document, Event, Grain, Resolved, TimexType

__all__ = [
    "COLUMNS",
    "Anchor",
    "Day",
    "DocDate",
    "Document",
    "DocumentError",
    "Event",
    "Grain",
    "Resolved",
    "Tagged",
    "TimexType",
    "TooHeavy",
    "corpus",
    "cpu_budget",
    "decode",
    "detect_language",
    "empty_frame",
    "extract",
    "extract_document",
    "parse_document",
    "read_document",
    "tag",
    "timexes",
    "validate",
]

__version__ = "0.1.0"

if _typing.TYPE_CHECKING:
    from .corpus import corpus
    from .schema import COLUMNS, empty_frame, validate

# The dataframe side (pandas) loads on first use: ``tag`` and ``timexes`` build no
# frame, and a tagger that starts in a tenth of a second should not pay for one.
_LAZY = {"COLUMNS": "schema", "empty_frame": "schema", "validate": "schema"}


def __getattr__(name: str) -> object:
    if name == "corpus":  # Dask, DuckDB and Parquet load only for a corpus run
        from importlib import import_module

        return import_module(".corpus", __name__)  # callable: timeline.corpus(...)
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
