"""Tidslinje: dated, sourced events from Norwegian and English texts about diplomacy.

The library has no user interface and no clock: the document date is a parameter.
"""

from __future__ import annotations

from .budget import TooHeavy, cpu_budget
from .calendar import Day
from .document import DocumentError, decode, parse_document, read_document
from .events import Tagged
from .lang import detect as detect_language
from .pipeline import extract, extract_document, tag, timexes
from .schema import COLUMNS, empty_frame, validate
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
