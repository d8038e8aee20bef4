"""The interface in Norwegian bokmål and English: one catalog, looked up by message id.

Every word the app, the chart and the exports show comes from
:data:`timeline.messages.MESSAGES`, a plain table ``id -> {"nb": ..., "en": ...}``.
Nothing else in the code chooses words by language: code asks for a message id
(``text("table.title", "nb")``) and gets the words of that language. A message that
counts has plural forms (``{"one": ..., "other": ...}``) and is asked for with
:func:`plural`. Placeholders are ``str.format`` fields (``{n}``, ``{name}``); a test
checks that both languages of a message have the same ones.

A catalog module rather than gettext ``.po`` files: it needs no compile step, ships
as code with the package, and a missing translation is a failing test, not a silent
fallback at run time.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .messages import MESSAGES

__all__ = [
    "DEFAULT",
    "LANGUAGES",
    "Refusal",
    "Translator",
    "choose_language",
    "language_of",
    "number",
    "ordinal",
    "placeholders",
    "plural",
    "text",
    "translator",
]

#: The interface languages, in the order the language switch offers them.
LANGUAGES: tuple[str, ...] = ("nb", "en")
DEFAULT = "en"

# Browser language tags that mean bokmål for this interface: Norwegian without a
# written standard ("no"), bokmål ("nb") and nynorsk ("nn"), whose readers read bokmål.
_ALIASES = {"no": "nb", "nb": "nb", "nn": "nb", "en": "en"}


def language_of(tag: str | None) -> str | None:
    """The interface language a language tag asks for: 'nb-NO', 'no', 'nn' -> 'nb';
    'en-US' -> 'en'; anything else (or nothing) -> None."""
    if not tag or not isinstance(tag, str):
        return None
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return _ALIASES.get(primary)


def choose_language(locale: str | None, documents: Iterable[str | None] = ()) -> str:
    """The language to show: the browser's when it is one of ours, else the language
    most of the documents are in, else English. The app and the command line both
    decide with this (the command line has no browser)."""
    asked = language_of(locale)
    if asked:
        return asked
    counts = Counter(code for code in (language_of(d) for d in documents) if code)
    if counts:
        best = max(counts.values())
        # A tie goes to the language the switch lists first.
        return next(code for code in LANGUAGES if counts.get(code) == best)
    return DEFAULT


def _lang(lang: str | None) -> str:
    return lang if lang in LANGUAGES else (language_of(lang) or DEFAULT)


def _entry(key: str) -> Mapping[str, Any]:
    try:
        return MESSAGES[key]
    except KeyError:
        raise KeyError(f"no message {key!r} in timeline/messages.py") from None


class Refusal(ValueError):
    """Why the library refused something, as a catalog message id and its values:
    ``str()`` is the English message, :meth:`words` the message in any interface
    language (the app shows it in the visitor's)."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key, self.values = key, values
        super().__init__(self.words("en"))

    def words(self, lang: str | None) -> str:
        return text(self.key, lang, **self.values)


def text(key: str, lang: str | None, /, **values: Any) -> str:
    """The message ``key`` in ``lang``, with its placeholders filled from ``values``."""
    words = _entry(key)[_lang(lang)]
    if not isinstance(words, str):
        raise TypeError(f"message {key!r} counts something: use plural()")
    return words.format(**values) if values else words


def _plural_form(n: float) -> str:
    # Bokmål and English agree: one for exactly 1, other for everything else (0, 2, 1.5).
    return "one" if n == 1 else "other"


def plural(key: str, n: float, lang: str | None, /, **values: Any) -> str:
    """The message ``key`` for a count ``n``: "1 event" / "3 events", "1 hendelse" /
    "3 hendelser". ``{n}`` is the count, written with the language's digit grouping."""
    forms = _entry(key)[_lang(lang)]
    if not isinstance(forms, Mapping):
        raise TypeError(f"message {key!r} does not count: use text()")
    shown = number(n, lang)
    return forms[_plural_form(n)].format(n=shown, **values)


def _ordinal_en(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if n % 10 == 2 and n % 100 != 12:
        return "two"
    if n % 10 == 3 and n % 100 != 13:
        return "few"
    return "other"


# Which ordinal form a number takes (CLDR's ordinal categories); bokmål writes "21." for
# every ordinal, English 1st, 2nd, 3rd, 4th, 11th, 21st.
_ORDINAL_FORM = {"nb": lambda n: "other", "en": _ordinal_en}


def ordinal(key: str, n: int, lang: str | None, /, **values: Any) -> str:
    """The message ``key`` with the ordinal ``n``: "the 21st century", "21. århundre"."""
    code = _lang(lang)
    forms = _entry(key)[code]
    if not isinstance(forms, Mapping):
        raise TypeError(f"message {key!r} has no ordinal forms")
    form = _ORDINAL_FORM[code](n)
    return forms.get(form, forms["other"]).format(n=n, **values)


def number(n: float, lang: str | None) -> str:
    """A count as the language writes it: 12,345 / 12 345 (a narrow no-break space)."""
    if isinstance(n, float) and not n.is_integer():
        whole = f"{n:,.1f}"
    else:
        whole = f"{int(n):,}"
    sep = text("number.thousands", lang)
    decimal = text("number.decimal", lang)
    return whole.replace(",", "\0").replace(".", decimal).replace("\0", sep)


def placeholders(message: str) -> frozenset[str]:
    """The ``{field}`` names a message uses."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(message) if name)


@dataclass(frozen=True)
class Translator:
    """The catalog bound to one language: ``t("table.title")``, ``t.n("chart.events", 3)``."""

    lang: str

    def __call__(self, key: str, /, **values: Any) -> str:
        return text(key, self.lang, **values)

    def n(self, key: str, count: float, /, **values: Any) -> str:
        return plural(key, count, self.lang, **values)


def translator(lang: str | None) -> Translator:
    return Translator(_lang(lang))
