"""Texts dense with dates: what is worked out once for many expressions (a value, a
tense) is what each would have been given on its own."""

from __future__ import annotations

import random

import pytest

from timeline import lang as languages
from timeline.pipeline import SHARED_SCAN, _resolve_once, _tense, _TenseScans, _Values
from timeline.resolve import Context, resolve
from timeline.segment import sentences
from timeline.tagger import find_timexes
from timeline.types import DocDate, Grain, Meaning, Resolved

DCT = DocDate.parse("2019-04-26")


def _mixed(words: list[str], n: int = 400) -> str:
    """One long sentence of dates, cues and other words in a fixed random order: the
    same surroundings come back, but not always."""
    rng = random.Random(7)
    return " ".join(rng.choice(words) for _ in range(n)) + "."


DENSE = {
    "nb": ["Norge og Sverige møttes i mai, og i mai skal de møtes igjen i mai, innen mai, "
           "mai og juni, mai mai mai, før utgangen av mai møtes de i mai og juni og i mai.",
           "mai " * 40 + "skal " + "mai " * 40,
           "mai " * 20 + "møtes " + "mai " * 20 + "Norge og Sverige " + "mai " * 20,
           # a cue and a word of its length: the same places, other words
           "mai " * 20 + "skal " + "mai " * 20 + "hein " + "mai " * 20 + "skal",
           _mixed(["mai", "mai", "i juni", "skal", "møtes", "hei", "og", ",", "Norge og Sverige",
                   "innen", "før utgangen av", "neste", "3. mai", "ble"])],
    "en": ["They met in May, and in May they will meet in May, by May, May and June, "
           "May May May, before the end of May they meet in May and June and in May.",
           "in May " * 40 + "will " + "in May " * 40,
           "in May " * 20 + "meets " + "in May " * 20 + "Norway and Sweden " + "in May " * 20,
           "in May " * 20 + "will " + "in May " * 20 + "hill " + "in May " * 20 + "will",
           _mixed(["in May", "in May", "June", "will", "meets", "hello", "and", ",",
                   "Australia and New Zealand", "by", "before the end of", "next", "met"])],
}


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in DENSE.items() for t in ts])
def test_a_tense_read_once_is_the_tense_read_alone(code: str, text: str) -> None:
    lang = languages.get(code)
    sents = sentences(text, lang.abbreviations)
    found = find_timexes(text, lang, sentences=sents)
    spans = [(t.start, t.end) for t in found]
    assert len(found) > SHARED_SCAN
    tenses = set()
    scanned = False  # some answers were read from the sentence's scans, not their reach
    for s in sents:
        scans = _TenseScans(text, s, lang)
        for j, (start, _) in enumerate(spans):
            if s.start <= start < s.end:
                shared = _tense(text, s, spans, j, lang, scans)
                assert shared == _tense(text, s, spans, j, lang), text[start:start + 20]
                tenses.add(shared)
        assert scans.tenses  # the answers were kept
        scanned = scanned or scans.read > s.end - s.start
    assert len(tenses) > 1  # the text tells more than one
    assert scanned


def test_a_value_resolved_once_is_the_value_resolved_alone() -> None:
    memo = _Values()
    context = Context(DCT)

    def once(m: Meaning, future: bool = False) -> Resolved:
        return _resolve_once(m, DCT, future, None, "", False, None, memo)

    whole = Meaning("set", unit=Grain.YEAR, amount=1)
    real = Meaning("set", unit=Grain.YEAR, amount=1.0)
    assert once(whole) == resolve(whole, context)
    assert once(real) == resolve(real, context)
    assert len(memo.by_question) == 2  # 1 == 1.0, but the two are asked apart
    may = Meaning("date", month=5)
    assert once(may, future=True).value == "2019-05"
    assert once(may).value == "2018-05"
    assert once(may).value == "2018-05"  # the same question again
    assert once(may, future=True).value == "2019-05"
