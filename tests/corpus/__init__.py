"""The temporal-expression corpus: what the tagger must find, language by language.

Each language has one module (``tests/corpus/<lang>.py``) with the same four names:

- ``LANG`` and ``REF`` (the reference document date all cases use unless they give their own);
- ``CORPUS``: :class:`Case` objects, one expected value *and grain* with the many surface
  phrases that must each parse as ONE expression covering the whole phrase (Duckling style);
- ``NEGATIVE``: :class:`Negative` sentences in which nothing at all may be tagged;
- ``IN_SENTENCE``: :class:`InSentence` whole texts, for tense and anaphora.

Known gaps stay in the corpus with ``xfail="reason"``; the test runs them as strict xfail,
so a gap that gets fixed makes the suite fail until the flag is removed.

This package holds data only; ``tests/test_corpus.py`` runs it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

__all__ = [
    "ANCHORS",
    "GRAINS",
    "LANGS",
    "TYPES",
    "Case",
    "InSentence",
    "Negative",
    "load",
]

LANGS: tuple[str, ...] = ("nb", "en")

GRAINS = frozenset(
    {
        "day",
        "week",
        "month",
        "season",
        "quarter",
        "half-year",
        "year",
        "decade",
        "century",
        "millennium",
    }
)
TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})
ANCHORS = frozenset({"absolute", "document date", "previous event", "named event", "unresolved"})


@dataclass(frozen=True)
class Case:
    """Every phrase in ``phrases`` must be tagged as one expression with this value and grain.

    ``approximate`` and ``mod`` are checked only when not None. ``dct`` overrides the
    module's ``REF``. ``xfail`` is a reason: the case is a known gap (strict xfail).
    """

    value: str
    grain: str | None
    phrases: list[str]
    type: str = "DATE"
    approximate: bool | None = None
    mod: str | None = None
    dct: str | None = None
    xfail: str = ""


@dataclass(frozen=True)
class Negative:
    """A realistic sentence in which the tagger must find no temporal expression at all."""

    text: str
    why: str = ""
    xfail: str = ""


@dataclass(frozen=True)
class InSentence:
    """In ``text``, exactly one tagged expression reads ``expression``; it has ``value``.

    Anaphoric expressions ("dagen etter", "two weeks later") are resolved by the tagger
    against the previous dated expression in the same text; tense decides whether a bare
    month or weekday is the last one or the next one.
    """

    text: str
    expression: str
    value: str
    approximate: bool | None = None
    anchor: str | None = None
    dct: str | None = None
    xfail: str = ""


def load(lang: str) -> ModuleType:
    """The corpus module for ``lang`` (``tests.corpus.nb``, ``tests.corpus.en``)."""
    return importlib.import_module(f"{__name__}.{lang}")
