"""Language registry and detection.

Adding a language touches three places: a module here with a ``Lang`` (see ``nb.py``),
its line in ``_REGISTRY`` below, and ``tests/corpus/<code>.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from importlib import import_module

from .base import Gazetteer, Lang

__all__ = ["Lang", "get", "codes", "detect"]

# code -> (module, attribute, gazetteer module)
_REGISTRY: dict[str, tuple[str, str, str]] = {
    "nb": (".nb", "NB", ".gazetteer_nb"),
    "en": (".en", "EN", ".gazetteer_en"),
}
_ALIASES = {"no": "nb", "nob": "nb", "norsk": "nb", "bokmål": "nb", "eng": "en", "english": "en"}
_WORD = re.compile(r"[^\W\d_]+")


def codes() -> list[str]:
    return list(_REGISTRY)


def normalise(code: str) -> str:
    c = code.strip().lower()
    c = _ALIASES.get(c, c)
    if c not in _REGISTRY:
        raise ValueError(f"unsupported language {code!r}; choose one of {', '.join(_REGISTRY)}")
    return c


@cache
def get(code: str) -> Lang:
    module_name, attribute, gazetteer_module = _REGISTRY[normalise(code)]
    lang: Lang = getattr(import_module(module_name, __name__), attribute)
    return replace(lang, gazetteer=_load_gazetteer(gazetteer_module))


def _load_gazetteer(module_name: str) -> Gazetteer:
    m = import_module(module_name, __name__)
    return Gazetteer(
        states=dict(m.STATES),
        organisations=dict(m.ORGANISATIONS),
        places=dict(m.PLACES),
        place_forms=dict(m.PLACE_FORMS),
        titles=tuple(m.TITLES),
        people=dict(m.PEOPLE),
        not_names=frozenset(m.NOT_NAMES),
    )


def detect(text: str, default: str = "nb") -> str:
    """The registered language whose function words are most frequent in ``text``.

    Counts stopwords in the first 20,000 characters; letters only found in one language
    (æ, ø, å) count too. With no evidence, ``default``.
    """
    sample = text[:20000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return default
    scores: dict[str, float] = {}
    for code in _REGISTRY:
        lang = get(code)
        scores[code] = sum(1 for w in words if w in lang.stopwords) / len(words)
    # æ, ø, å are frequent in Norwegian and rare in English (a "Tromsø" here and there).
    nordic = sum(sample.count(ch) for ch in "æøåÆØÅ") / max(len(sample), 1)
    scores["nb"] = scores.get("nb", 0.0) + min(0.25, nordic * 25)
    best = max(scores, key=lambda c: scores[c])
    return best if scores[best] > 0 else default
