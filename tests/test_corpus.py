"""Run every language's temporal-expression corpus (tests/corpus/<lang>.py) against the tagger.

- CORPUS: each phrase is tagged as exactly one expression covering the whole phrase, with
  the expected value, grain and type (and approximate/mod where the case sets them); as in
  TIMEX3, a leading preposition ("i 2003", "in 2003") stays outside the span;
- NEGATIVE: nothing is tagged in the sentence;
- IN_SENTENCE: in a whole text, the expression is tagged once, with the expected value;
- every rule the language declares is exercised by at least one passing corpus example.
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

# `from tests.corpus import ...` needs the project root on sys.path; `python -m pytest`
# puts it there, plain `pytest` (rootdir-relative import mode) does not.
_ROOT = str(Path(__file__).resolve().parents[1])
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import timeline  # noqa: E402
from tests.corpus import ANCHORS, GRAINS, LANGS, TYPES, Case, load  # noqa: E402

MIN_PHRASES = 150
MIN_CASES = 600  # phrases, negatives and whole sentences together, per language
# TIMEX3 leaves a governing preposition out of the expression: "in <TIMEX3>2003</TIMEX3>".
PREPOSITIONS = {
    "nb": ("i", "på", "fra", "til", "siden", "for", "om", "over", "innen", "gjennom", "under",
           "før", "etter"),
    "en": ("in", "on", "at", "for", "over", "since", "from", "by", "during", "until", "of",
           "within", "before", "after"),
}


def _span_ok(lang: str, phrase: str, start: int, end: int) -> bool:
    """The tag covers the phrase, or the phrase less one leading preposition; a possessive
    's stays outside too, as in TimeBank ("<TIMEX3>Thursday</TIMEX3>'s meeting")."""
    if phrase.endswith(("'s", "’s")) and end == len(phrase) - 2:
        end = len(phrase)
    if (start, end) == (0, len(phrase)):
        return True
    head, _, rest = phrase.partition(" ")
    return (end == len(phrase) and head.lower() in PREPOSITIONS[lang]
            and start == len(phrase) - len(rest))


def _plain(x: Any) -> Any:
    """Enums (Grain, Anchor, TimexType) compare as their string values."""
    return getattr(x, "value", x)


@cache
def _tag(text: str, lang: str, dct: str) -> tuple[Any, ...]:
    return tuple(timeline.tag(text, lang=lang, dct=dct))


def _show(tags: tuple[Any, ...]) -> str:
    if not tags:
        return "nothing tagged"
    return "; ".join(
        f"[{t.start}:{t.end}] {t.text!r} {_plain(t.type)} {t.value!r} grain={_plain(t.grain)!r} "
        f"approx={t.approximate!r} mod={_plain(t.mod)!r} anchor={_plain(t.anchor)!r} rule={t.rule!r}"
        for t in tags
    )


def _id(lang: str, text: str, dct: str | None = None) -> str:
    return f"{lang}-{text}" + (f"@{dct}" if dct else "")


def _marks(xfail: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []


# --- Parameter lists built from the corpus modules ------------------------------------------


def _phrase_params() -> list[Any]:
    params = []
    for lang in LANGS:
        mod = load(lang)
        for case in mod.CORPUS:
            dct = case.dct or mod.REF
            for phrase in case.phrases:
                params.append(
                    pytest.param(
                        lang, phrase, dct, case,
                        id=_id(lang, phrase, case.dct),
                        marks=_marks(case.xfail),
                    )
                )
    return params


def _negative_params() -> list[Any]:
    return [
        pytest.param(lang, neg.text, load(lang).REF, id=_id(lang, neg.text), marks=_marks(neg.xfail))
        for lang in LANGS
        for neg in load(lang).NEGATIVE
    ]


def _in_sentence_params() -> list[Any]:
    params = []
    for lang in LANGS:
        mod = load(lang)
        for case in mod.IN_SENTENCE:
            params.append(
                pytest.param(
                    lang, case.dct or mod.REF, case,
                    id=_id(lang, f"{case.expression} in {case.text[:40]}", case.dct),
                    marks=_marks(case.xfail),
                )
            )
    return params


# --- The corpus itself is well formed (no engine needed) -------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_is_well_formed(lang: str) -> None:
    mod = load(lang)
    assert mod.LANG == lang
    seen: Counter[tuple[str, str | None]] = Counter()
    for case in mod.CORPUS:
        assert isinstance(case, Case)
        assert case.type in TYPES, case
        assert case.grain is None or case.grain in GRAINS, case
        assert case.phrases, case
        for phrase in case.phrases:
            assert phrase == phrase.strip() and phrase, (phrase, case)
            seen[(phrase, case.dct)] += 1
    duplicates = [key for key, n in seen.items() if n > 1]
    assert not duplicates, f"phrases listed twice at the same document date: {duplicates}"
    for neg in mod.NEGATIVE:
        assert neg.text.strip() and neg.why, neg
    for case in mod.IN_SENTENCE:
        assert case.expression in case.text, case
        assert case.anchor is None or case.anchor in ANCHORS, case


@pytest.mark.parametrize("lang", LANGS)
def test_corpus_is_big_enough(lang: str) -> None:
    mod = load(lang)
    phrases = sum(len(case.phrases) for case in mod.CORPUS)
    assert phrases >= MIN_PHRASES, f"{lang}: {phrases} phrases, want at least {MIN_PHRASES}"
    assert len(mod.NEGATIVE) >= 30
    assert len(mod.IN_SENTENCE) >= 20
    cases = phrases + len(mod.NEGATIVE) + len(mod.IN_SENTENCE)
    assert cases >= MIN_CASES, f"{lang}: {cases} corpus cases, want at least {MIN_CASES}"


# --- The tagger against the corpus ------------------------------------------------------------


@pytest.mark.parametrize(("lang", "phrase", "dct", "case"), _phrase_params())
def test_phrase(lang: str, phrase: str, dct: str, case: Case) -> None:
    tags = _tag(phrase, lang, dct)
    assert len(tags) == 1, f"want one expression, got: {_show(tags)}"
    (t,) = tags
    assert _span_ok(lang, phrase, t.start, t.end), f"does not cover the phrase: {_show(tags)}"
    got = {"value": t.value, "grain": _plain(t.grain), "type": _plain(t.type)}
    want = {"value": case.value, "grain": case.grain, "type": case.type}
    if case.approximate is not None:
        got["approximate"], want["approximate"] = t.approximate, case.approximate
    if case.mod is not None:
        got["mod"], want["mod"] = _plain(t.mod), case.mod
    assert got == want, _show(tags)


@pytest.mark.parametrize(("lang", "text", "dct"), _negative_params())
def test_negative(lang: str, text: str, dct: str) -> None:
    tags = _tag(text, lang, dct)
    assert tags == (), _show(tags)


@pytest.mark.parametrize(("lang", "dct", "case"), _in_sentence_params())
def test_in_sentence(lang: str, dct: str, case: Any) -> None:
    tags = _tag(case.text, lang, dct)
    at = case.text.index(case.expression)
    hits = [t for t in tags if at <= t.start and t.end == at + len(case.expression)
            and _span_ok(lang, case.expression, t.start - at, t.end - at)]
    assert len(hits) == 1, f"want {case.expression!r} tagged once, got: {_show(tags)}"
    (t,) = hits
    got: dict[str, Any] = {"value": t.value}
    want: dict[str, Any] = {"value": case.value}
    if case.approximate is not None:
        got["approximate"], want["approximate"] = t.approximate, case.approximate
    if case.anchor is not None:
        got["anchor"], want["anchor"] = _plain(t.anchor), case.anchor
    assert got == want, _show(tags)


# --- Every rule is pinned by at least one example -------------------------------------------


def _rules_hit(lang: str) -> set[str]:
    """Rule names of the expressions tagged in the (non-xfail) corpus of ``lang``."""
    mod = load(lang)
    hit: set[str] = set()
    for case in mod.CORPUS:
        if case.xfail:
            continue
        for phrase in case.phrases:
            hit.update(t.rule for t in _tag(phrase, lang, case.dct or mod.REF))
    for case in mod.IN_SENTENCE:
        if not case.xfail:
            hit.update(t.rule for t in _tag(case.text, lang, case.dct or mod.REF))
    return hit


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_has_a_corpus_example(lang: str) -> None:
    from timeline import lang as languages  # the registry: languages.get(code)

    declared = set(languages.get(lang).rule_names())
    assert declared, f"{lang}: the language declares no rules"
    unused = sorted(declared - _rules_hit(lang))
    assert not unused, f"{lang}: rules with no corpus example: {unused}"


@pytest.mark.parametrize("lang", LANGS)
def test_rule_name_keys_name_declared_rules(lang: str) -> None:
    # rule_needs and date_order_rules are keyed by rule names: a renamed rule must not
    # silently lose its prefilter or its evidence
    from timeline import lang as languages

    language = languages.get(lang)
    declared = set(language.rule_names())
    assert not set(language.rule_needs) - declared
    assert not set(language.date_order_rules) - declared
    assert len(declared) == len(language.rule_names()), "two rules share a name"
