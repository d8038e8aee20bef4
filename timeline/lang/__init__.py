"""Language registry and detection.

Adding a language touches four places: a module here with a ``Lang`` (see ``nb.py``),
its line in ``_REGISTRY`` below, its names in ``timeline/world/*.json``, and
``tests/corpus/<code>.py``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from importlib import import_module

from .base import Lang

__all__ = ["Lang", "get", "codes", "detect"]

# code -> (module, attribute)
_REGISTRY: dict[str, tuple[str, str]] = {
    "nb": (".nb", "NB"),
    "en": (".en", "EN"),
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
    from ..gazetteer import for_language  # the world's names, read on first use

    c = normalise(code)
    module_name, attribute = _REGISTRY[c]
    lang: Lang = getattr(import_module(module_name, __name__), attribute)
    return replace(lang, gazetteer=for_language(c))


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
