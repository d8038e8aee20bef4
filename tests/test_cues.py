"""The pattern tools of cues.py answer exactly what the plain regex calls they replace
would: a word list as a tree, a sentence's matches found once (Scan), and a pattern
tried only where one of its words begins (finditer_from). Checked on random texts made
of each language's own cue words, where words overlap, nest and touch."""

from __future__ import annotations

import random
import re
from dataclasses import fields

import pytest

from timeline import lang as languages
from timeline import pipeline
from timeline.actors import ActorMention
from timeline.cues import Scan, finditer_from, margin, openings, patterns, word_runs
from timeline.events import _type_pattern
from timeline.lang.base import Lang
from timeline.rules import alternation, caseless_alternation


def _texts(lang: Lang, vocab: list[str], n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(vocab) for _ in range(rng.randint(1, 30))]
        text = "".join(p + rng.choice([" ", " ", "", "-", ", ", "\n", ". "]) for p in parts)
        out.append(
            text.upper()
            if rng.random() < 0.2
            else text.capitalize()
            if rng.random() < 0.3
            else text
        )
    return out


def _vocab(lang: Lang) -> list[str]:
    return [
        *lang.clause_breaks,
        *lang.future_cues,
        *lang.schedule_cues,
        *lang.hope_cues,
        *lang.not_future,
        *lang.present_verbs,
        *lang.coordinators,
        *lang.citation_cues,
        "Oslo",
        "2019",
        "mai",
        "x",
        "ab",
        ",",
    ]


def test_words_as_a_tree_pick_the_longest_word_as_the_alternation_does() -> None:
    lower = ["at", "att", "at the", "the", "then", "th", "e", "møte", "møtet", "ø"]
    for vocab in (lower, [*lower, "AT"]):  # a trie; the plain form ("at" spelt twice)
        plain = "|".join(re.escape(w) for w in sorted(set(vocab), key=len, reverse=True))
        listed = "|".join(re.escape(w) for w in sorted(set(vocab), key=lambda w: (-len(w), w)))
        assert (alternation(vocab) == f"(?:{listed})") == ("AT" in vocab)
        for flags in (0, re.IGNORECASE):
            for tail in ("", r"(?![\w-])", r"\s+\w"):
                old = re.compile(f"(?:{plain}){tail}", flags)
                new = re.compile(f"(?:{alternation(vocab)}){tail}", flags)
                for text in _texts(languages.get("en"), vocab, 400, 1):
                    assert [m.span() for m in old.finditer(text)] == [
                        m.span() for m in new.finditer(text)
                    ], (text, tail, flags)


def test_words_fall_back_where_case_alone_makes_a_prefix() -> None:
    # "Foo" is a prefix of "foo bar" only case-blind: a tree would try "Foo" first.
    assert alternation(["Foo", "foo bar"]) == "(?:foo\\ bar|Foo)"
    text = "foo bar"
    assert re.search(f"(?:{alternation(['Foo', 'foo bar'])})(?![\\w-])", text, re.I).group() == text


def test_a_caseless_tree_matches_as_the_case_blind_alternation_does() -> None:
    # Spelt in two cases, a list is a plain alternation; case-blind it is one tree.
    titles = ["Foreign Minister", "foreign minister", "Foreign Secretary", "President",
              "president", "Prime Minister", "prime minister", "Statsminister", "statsminister",
              "utenriksminister", "Minister", "minister", "Foo", "foo bar"]
    assert caseless_alternation(titles).startswith("(?:") and "|" in alternation(titles)
    assert "Foreign" not in caseless_alternation(titles)  # one spelling: a tree
    vocab = [*titles, "Oslo", "Clinton", ",", "x"]
    for tail in ("", r"(?![\w-])", r"\s+(?=(?-i:[A-ZÆØÅ]))"):
        old = re.compile(rf"(?<![\w-])(?:{alternation(titles)}){tail}", re.IGNORECASE)
        new = re.compile(rf"(?<![\w-])(?:{caseless_alternation(titles)}){tail}", re.IGNORECASE)
        for text in _texts(languages.get("en"), vocab, 400, 2):
            assert [m.span() for m in old.finditer(text)] == [
                m.span() for m in new.finditer(text)
            ], (text, tail)


def test_a_mention_key_holds_every_field() -> None:
    m = ActorMention(10, 15, "Putin", "person", "Vladimir Putin", "Russia", "vladimir-putin")
    assert m.key(4) == (6, 11, *(getattr(m, f.name) for f in fields(m)[2:]))
    assert len(m.key(0)) == len(fields(m))


@pytest.mark.parametrize("code", ["nb", "en"])
def test_a_sentence_without_the_words_a_pattern_needs_has_no_match(code: str) -> None:
    # The runs a whole-word pattern needs (Patterns.needs) are in every text it matches:
    # cue words in every case, run into hyphens, marks and letters, beside letters the
    # case-blind engine and str.lower compare differently ("ſ", "İ", "K" for Kelvin).
    lang = languages.get(code)
    needs = patterns(lang).needs
    assert patterns(lang).act in needs and patterns(lang).report in needs
    vocab = [*_vocab(lang), *lang.act_verbs, *lang.report_verbs, *lang.negations,
             *lang.background_markers, *lang.obligation_cues, *lang.possible_cues, "’",
             "“", "–", "ſ", "İ", "\u212a", "x-", "-", "'", "’s", "aid"]
    for text in _texts(lang, vocab, 1500, 4):
        runs = word_runs(text)
        for pattern, needed in needs.items():
            if pattern.search(text) is not None:
                assert runs is None or not runs.isdisjoint(needed), (text, pattern.pattern)
    assert word_runs("Han sa’ at") == frozenset({"han", "sa", "at"})
    assert word_runs("Det ſa han") is None  # a letter outside Latin-1 with case


@pytest.mark.parametrize("code", ["nb", "en"])
def test_a_scan_answers_each_bounded_search_exactly(code: str) -> None:
    lang = languages.get(code)
    rng = random.Random(2)
    scans = [
        (pipeline._clause_break_pattern(lang), margin(lang.clause_breaks)),
        (
            pipeline._future_pattern(lang),
            margin({*lang.future_cues, *lang.schedule_cues, *lang.hope_cues, *lang.not_future}),
        ),
    ]
    present = pipeline._present_pattern(lang)
    if present is not None:
        scans.append((present, margin(lang.present_verbs)))
    for text in _texts(lang, _vocab(lang), 300, 3):
        lo, hi = rng.randint(0, 3), len(text) - rng.randint(0, 3)
        if hi <= lo:
            continue
        for pattern, reach in scans:
            scan = Scan(pattern, text, lo, hi, reach)
            for _ in range(15):
                a = rng.randint(lo, hi)
                b = rng.randint(a, hi)
                assert [m.span() for m in scan.finditer(a, b)] == [
                    m.span() for m in pattern.finditer(text, a, b)
                ], (text, a, b)
                assert scan.search(a, b) == (pattern.search(text, a, b) is not None)


@pytest.mark.parametrize("code", ["nb", "en"])
def test_an_event_type_pattern_tried_where_a_trigger_begins(code: str) -> None:
    lang = languages.get(code)
    pattern, _ = _type_pattern(lang)
    triggers = [t for ts in lang.event_types.values() for t in ts]
    where = openings(t.split("…")[0].strip() if "…" in t else t for t in triggers)
    rng = random.Random(4)
    vocab = [t.replace("…", rng.choice(["x", "Kina y", ""])) for t in triggers] + ["x", "-"]
    for text in _texts(lang, vocab, 400, 5):
        low = text.lower()
        assert [(m.span(), m.lastgroup) for m in finditer_from(pattern, where, low)] == [
            (m.span(), m.lastgroup) for m in pattern.finditer(low)
        ], text
