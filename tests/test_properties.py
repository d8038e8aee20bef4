"""Property-based tests (hypothesis) of ``timeline.tag``, ``timeline.timexes`` and
``timeline.extract``: for any text, in both languages, with no document date or one known
to the year, month or day (BC and far-future years included), every invariant of
``tests/invariants.py`` holds:

- no exception;
- quote and timex are the text at their offsets, and the timex lies inside its quote
  (for ``tag``: inside its sentence);
- start <= end, both present or both absent (``start_year``/``end_year`` too);
- the granularity is one of the schema's;
- a text with no digit and no temporal word of the language gives no date.

Texts are built from the languages' own word lists (months, weekdays, units, numbers,
connectors, ...), numbers, punctuation, line breaks and odd Unicode, or are arbitrary.

The normal run is bounded (a fixed, derandomised set of examples, a few seconds per test).
``TIMELINE_FUZZ_EXAMPLES=5000 python -m pytest tests/test_properties.py`` runs that many
random examples per test instead; ``scripts/fuzz.py`` runs millions of calls.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import timeline
from tests.invariants import (
    check_frame,
    check_tagged,
    is_atemporal,
    valid_text,
    vocabulary,
)
from timeline.types import DocDate

LANGS = ("nb", "en")
_ON_DEMAND = int(os.environ.get("TIMELINE_FUZZ_EXAMPLES", "0") or 0)
SETTINGS = settings(
    max_examples=_ON_DEMAND or 60,
    derandomize=not _ON_DEMAND,  # the normal suite runs the same examples every time
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
SETTINGS_LIGHT = settings(SETTINGS, max_examples=_ON_DEMAND or 25)


# --- strategies ------------------------------------------------------------------------

def _cased(words: list[str]) -> st.SearchStrategy[str]:
    return st.tuples(st.sampled_from(words),
                     st.sampled_from([str.lower, str.capitalize, str.upper])).map(
        lambda wf: wf[1](wf[0]))


_numbers = st.one_of(
    st.integers(1, 31).map(str),
    st.integers(1, 31).map(lambda d: f"{d}."),
    st.integers(1400, 2100).map(str),
    st.integers(0, 99999).map(str),
    st.tuples(st.integers(1000, 2100), st.integers(0, 13), st.integers(0, 32)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"),
    st.tuples(st.integers(1, 32), st.integers(1, 13), st.integers(1000, 2100)).map(
        lambda t: f"{t[0]}.{t[1]}.{t[2]}"),
    st.tuples(st.integers(1900, 2030), st.integers(0, 99)).map(lambda t: f"{t[0]}–{t[1]:02d}"),
    st.integers(1, 210).map(lambda n: f"{n}0-tallet"),
    st.integers(1, 210).map(lambda n: f"{n}0s"),
)
_punctuation = st.sampled_from(list(".,;:!?–—-/()«»\"'’…"))
_space = st.sampled_from([" "] * 8 + ["\n", "\n\n", "\t", "\r\n", "\r\n\r\n", "\n \n", "  "])
_odd = st.one_of(
    st.sampled_from(["\ud800", "\udfff", "٢٠١٩", "۱۹۹۹", "２０１９", "१९९०", "²", "\u0301",
                     "\u200b", "\ufeff", "\x00", "İ", "ﬁ", "𝟚𝟘𝟙𝟡", "\u2028"]),
    st.text(min_size=1, max_size=3),
)


@st.composite
def temporal_text(draw: st.DrawFn, code: str) -> str:
    """Words of the language's date tables, numbers, connectors and punctuation."""
    v = vocabulary(code)
    token = st.one_of(
        *[_cased(words) for words in v.word_lists() if words],
        _numbers, _numbers, _punctuation, _odd,
    )
    parts = draw(st.lists(st.tuples(token, _space), min_size=1, max_size=12))
    return "".join(t + s for t, s in parts)


@st.composite
def plain_text(draw: st.DrawFn, code: str) -> str:
    """Function words and arbitrary letters: text that may hold no date at all."""
    v = vocabulary(code)
    token = st.one_of(st.sampled_from(v.plain), st.text(min_size=1, max_size=8),
                      _punctuation)
    parts = draw(st.lists(st.tuples(token, _space), min_size=1, max_size=15))
    return "".join(t + s for t, s in parts)


@st.composite
def docdates(draw: st.DrawFn) -> DocDate | str | None:
    precision = draw(st.sampled_from(["none", "year", "month", "day"]))
    if precision == "none":
        return None
    year = draw(st.one_of(st.integers(1900, 2030), st.integers(-9999, 9999)))
    if precision == "year":
        d = DocDate(year)
    else:
        month = draw(st.integers(1, 12))
        if precision == "month":
            d = DocDate(year, month)
        else:
            d = DocDate(year, month, draw(st.integers(1, DocDate(year, month).last_day.day)))
    return d.iso() if draw(st.booleans()) else d


def _case(data: st.DataObject, code: str) -> tuple[str, DocDate | str | None]:
    """A text (two parts the language's words, one part arbitrary) and a document date."""
    text = data.draw(st.one_of(temporal_text(code), temporal_text(code), st.text(max_size=60)),
                     "text")
    return text, data.draw(docdates(), "dct")


# --- properties ------------------------------------------------------------------------

@pytest.mark.parametrize("code", LANGS)
@SETTINGS
@given(data=st.data())
def test_tag_keeps_every_invariant(code: str, data: st.DataObject) -> None:
    text, dct = _case(data, code)
    assert check_tagged(text, code, dct) == []


@pytest.mark.parametrize("code", LANGS)
@SETTINGS_LIGHT
@given(data=st.data())
def test_extract_keeps_every_invariant(code: str, data: st.DataObject) -> None:
    text, dct = _case(data, code)
    assert check_frame(text, code, dct) == []


@pytest.mark.parametrize("code", LANGS)
@SETTINGS_LIGHT
@given(data=st.data())
def test_timexes_are_the_text_at_their_offsets(code: str, data: st.DataObject) -> None:
    text, dct = _case(data, code)
    body = valid_text(text)
    for x in timeline.timexes(text, code, dct):
        start, end = x["start"], x["end"]
        assert isinstance(start, int) and isinstance(end, int)
        assert 0 <= start < end <= len(body) and body[start:end] == x["text"]
        assert x["value"]


@pytest.mark.parametrize("code", LANGS)
@SETTINGS_LIGHT
@given(data=st.data())
def test_no_date_without_a_digit_or_a_temporal_word(code: str, data: st.DataObject) -> None:
    text = data.draw(plain_text(code), "text")
    dct = data.draw(docdates(), "dct")
    assume(is_atemporal(text, vocabulary(code)))
    assert timeline.tag(text, code, dct) == []
    assert timeline.extract(text, code, dct).empty


def test_temporal_words_come_from_the_language_data() -> None:
    # The vocabulary is the language's own: a month, a unit and a deictic word count.
    nb, en = vocabulary("nb"), vocabulary("en")
    assert {"februar", "torsdag", "uke", "fjor"} <= nb.temporal_words
    assert {"february", "thursday", "week", "yesterday"} <= en.temporal_words
    assert not is_atemporal("Møtet var torsdagens.", nb)
    assert is_atemporal("Møtet var godt.", nb)
    assert not is_atemporal("Møtet var 12.", nb)
