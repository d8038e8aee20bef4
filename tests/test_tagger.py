"""The tagger's mechanics: the prefilter changes speed, never results; overlap and
interval handling; the TIMEX3 view splits intervals."""

from __future__ import annotations

import importlib.util
import os
import re
import re._constants as _sre
import re._parser as _sre_parse
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import timeline
from tests.corpus import LANGS, load
from timeline import lang as languages
from timeline.rules import Rule, alternation
from timeline.tagger import _trigger_spans, find_timexes

ROOT = Path(__file__).resolve().parents[1]
TIMEBANK = ROOT.parent / "shared" / "data" / "timebank"


def _texts(code: str) -> list[str]:
    mod = load(code)
    texts = [p for case in mod.CORPUS for p in case.phrases]
    texts += [n.text for n in mod.NEGATIVE] + [c.text for c in mod.IN_SENTENCE]
    return texts + PREFILTER_CASES.get(code, [])


# Shapes each trigger word of the prefilter must find, beyond the corpus: a day as an
# ordinal word ("the thirteenth" is no first/last word), codes, decades, and words that
# hold two parts of an expression ("3pm", "44BC", "kl9").
PREFILTER_CASES = {
    "en": ["The talks resume on the thirteenth.", "They meet on the thirteenthand part.",
           "It ends by the twenty-first, or later.",
           "They met on the 23rd.", "Sales rose in Q32019 and H12020.", "Results for FY2018.",
           "Profit fell in Q3 2019 and in H1/2020.", "It was big in the '80s.",
           "Fiscal1998 was hard.", "They met at 9:30 on 3/4/2015 and 2015-04-03.",
           "The vote is at 3pm today.", "They met at 10:30am Friday, at threepm Monday.",
           "In 44BC he died; in AD1066 he came."],
    "nb": ["Møtet var 3.5.2019 kl. 9.30.", "Det skjedde på 90-tallet og 1800-tallet.",
           "Rundt år 992 og i 1066.", "Vi møttes kl9 i dag og klokkani på fredag.",
           "Det skjedde 44fvt."],
}


@pytest.mark.parametrize("code", LANGS)
def test_prefilter_finds_exactly_what_a_full_scan_finds(code: str) -> None:
    lang = languages.get(code)
    texts = _texts(code)
    texts.append(timeline.read_document(ROOT / "data" / "000_192722d517445595.txt").text)
    joined = "\n\n".join(texts)  # one long text too: windows must merge correctly
    for text in [*texts, joined]:
        assert find_timexes(text, lang) == find_timexes(text, lang, prefilter=False), text


def test_prefilter_finds_exactly_what_a_full_scan_finds_on_the_golden_texts() -> None:
    # Every text scripts/golden.py compares (TimeBank, the corpus, the real texts, the
    # Norwegian benchmark text, the adversarial shapes): the prefilter's trigger words
    # (``Lang.rule_needs``) must never hide a match.
    if not (TIMEBANK / "TimeBank").is_dir() or not (TIMEBANK / "AQUAINT").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"TimeBank/AQUAINT data not found at {TIMEBANK}")
        pytest.skip(f"TimeBank/AQUAINT data not found at {TIMEBANK}")
    spec = importlib.util.spec_from_file_location("golden", ROOT / "scripts" / "golden.py")
    assert spec is not None and spec.loader is not None
    golden = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(golden)
    checked = 0
    for key, text, code, _dct in golden.cases():
        lang = languages.get(code or languages.detect(text))
        assert find_timexes(text, lang) == find_timexes(text, lang, prefilter=False), key
        checked += 1
    assert checked > 1000


def _plain_alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


def _same_matches(words: list[str], text: str) -> None:
    # What follows the words takes any length, so a wrong preference between a word and
    # its beginning would show in the spans.
    for flags in (0, re.IGNORECASE):
        found = [
            [(m.span(), m.span("w")) for m in re.finditer(rf"(?P<w>{alt})[b ]*(?:a|\Z)", text, flags)]
            for alt in (alternation(words), _plain_alternation(words))
        ]
        assert found[0] == found[1], (words, text, flags)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("aAbBé. ", max_size=5), min_size=1, max_size=8),
       st.text("aAbBé. x", max_size=40))
@example(["abc", "Ab", "a"], "ab")  # "Ab" must beat "a" ignoring case: no trie for these
@example(["mon", "monday", "m"], "Monday mon m")
def test_an_alternation_written_as_a_trie_matches_as_the_plain_one(words: list[str],
                                                                   text: str) -> None:
    _same_matches(words, text)


@pytest.mark.parametrize("code", LANGS)
def test_the_language_tables_match_as_plain_alternations(code: str) -> None:
    lang = languages.get(code)
    tables = [lang.months, lang.weekdays, lang.units, lang.numbers, lang.deictics, lang.refs,
              lang.holidays, lang.nth_words, lang.approx_words, lang.part_words]
    tries = 0
    for table in tables:
        words = list(table)
        text = " ".join([*words, *(w.upper() for w in words), *(w.title() for w in words)])
        _same_matches(words, text)
        tries += alternation(words) != _plain_alternation(words)
    # the tables are written in lower case: the trie, not the fallback, is what was compared
    assert tries >= len(tables) // 2


def test_longest_match_wins() -> None:
    (t,) = timeline.tag("for to år siden", "nb", "2019-04-26")
    assert (t.text, t.value, t.rule) == ("for to år siden", "2017", "ago")


def test_interval_is_one_tag_but_two_timex3() -> None:
    tags = timeline.tag("Samtalene varte fra 2003 til 2009.", "nb", "2019-04-26")
    assert [(t.text, t.value) for t in tags] == [("fra 2003 til 2009", "2003/2009")]
    parts = timeline.timexes("Samtalene varte fra 2003 til 2009.", "nb", "2019-04-26")
    assert [(p["text"], p["value"]) for p in parts] == [("2003", "2003"), ("2009", "2009")]


def test_future_tense_moves_a_month_forward() -> None:
    past = timeline.tag("Ministeren reiste til Beijing i mai.", "nb", "2019-04-26")
    future = timeline.tag("Ministeren skal reise til Beijing i mai.", "nb", "2019-04-26")
    assert past[0].value == "2018-05" and future[0].value == "2019-05"


def test_future_cue_in_another_clause_does_not_count() -> None:
    (t,) = timeline.tag("Putin sa torsdag at han vil besøke landet.", "nb", "2019-04-26")
    assert t.value == "2019-04-25"


def test_anaphora_follows_the_previous_date() -> None:
    tags = timeline.tag("Avtalen ble signert 3. mars 2003. Dagen etter trakk de seg.", "nb",
                        "2019-04-26")
    assert [t.value for t in tags] == ["2003-03-03", "2003-03-04"]
    assert tags[1].anchor == "previous event"


def test_unresolved_without_document_date() -> None:
    (t,) = timeline.tag("Det skjedde i februar.", "nb", None)
    assert t.anchor == "unresolved" and t.value == "XXXX-02"


def test_bc_and_early_modern_dates() -> None:
    frame = timeline.extract("Caesar ble drept år 44 f.Kr. Freden i Westfalen ble sluttet i "
                             "1648.", "nb", "2019-04-26")
    assert set(frame["date"]) == {"BC0044", "1648"}
    bc = frame[frame["date"] == "BC0044"].iloc[0]
    assert bc["start"] == "-0043-01-01" and bc["start_year"] == pytest.approx(-43.0)


def test_a_count_of_years_after_a_day_is_a_year_not_an_invented_day() -> None:
    tags = timeline.tag("Avtalen ble undertegnet 13. september 1993. Fem år senere hadde "
                        "prosessen stoppet opp.", "nb", "2019-04-26")
    assert [(t.value, t.grain) for t in tags] == [("1993-09-13", "day"), ("1998", "year")]
    tags = timeline.tag("The accord was signed on 3 March 2003. Two weeks later it collapsed.",
                        "en", "2019-04-26")
    assert [t.value for t in tags] == ["2003-03-03", "2003-03-17"]


def test_timeml_view_of_an_anaphor_is_the_duration_alone() -> None:
    # tag() dates the event two weeks on; the TIMEX3 view tags "two weeks" as TimeML does
    text = "The treaty was signed on 3 March 2003. Two weeks later it collapsed."
    tags = timeline.tag(text, "en", "2019-04-26")
    assert [(t.text, t.value) for t in tags] == [("3 March 2003", "2003-03-03"),
                                                 ("Two weeks later", "2003-03-17")]
    parts = timeline.timexes(text, "en", "2019-04-26")
    assert [(p["text"], p["type"], p["value"]) for p in parts] == [
        ("3 March 2003", "DATE", "2003-03-03"), ("Two weeks", "DURATION", "P2W")]


def test_a_clock_time_joins_its_day_and_alone_is_dropped() -> None:
    (t,) = timeline.tag("Kim ankom torsdag kl. 14.30 med tog.", "nb", "2019-04-26")
    assert (t.text, t.type, t.value) == ("torsdag kl. 14.30", "TIME", "2019-04-25T14:30")
    assert timeline.tag("Møtet begynner kl. 14.30 i Oslo.", "nb", "2019-04-26") == []


# --- the prefilter's needs against the rules' own words ----------------------------------
# ``Lang.rule_needs`` must name, for every rule, words that every one of its matches holds.
# The guard below does not trust hand-written examples: it reads each rule's regex and
# writes strings from it, one for each branch of each alternation (each month, unit,
# hour word, ...), each character a class allows and each optional part present and
# absent, everything else at a default. A string the rule matches must hold one of the
# words the rule needs; a regex word left out of the needs fails here.


_CLASS_DEFAULTS = {_sre.CATEGORY_DIGIT: "1", _sre.CATEGORY_SPACE: " ",
                   _sre.CATEGORY_WORD: "a", _sre.CATEGORY_NOT_DIGIT: "a",
                   _sre.CATEGORY_NOT_SPACE: "a", _sre.CATEGORY_NOT_WORD: " "}


def _class_chars(items: list[tuple[object, object]]) -> list[str]:
    """Characters a class allows: each literal, both ends of each range, one per category."""
    negate = any(op is _sre.NEGATE for op, _ in items)
    chars: list[str] = []
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.append(chr(arg))  # type: ignore[call-overload]
        elif op is _sre.RANGE:
            lo, hi = arg  # type: ignore[misc]
            chars += [chr(lo), chr(hi)]
        elif op is _sre.CATEGORY:
            chars.append(_CLASS_DEFAULTS.get(arg, "a"))  # type: ignore[call-overload]
    if negate:
        return [c for c in ("a", "1", " ", "x") if c not in chars][:1] or ["~"]
    return list(dict.fromkeys(chars)) or ["a"]


def _variants(seq: object) -> list[str]:
    """Strings written from a parsed pattern: the first is the default (first branch,
    least repeats, but one space where spaces may be), the rest each change one choice."""
    parts = [_node_variants(op, arg) for op, arg in seq]  # type: ignore[attr-defined]
    defaults = [p[0] for p in parts]
    out = ["".join(defaults)]
    for i, part in enumerate(parts):
        for v in part[1:]:
            out.append("".join([*defaults[:i], v, *defaults[i + 1:]]))
    return list(dict.fromkeys(out))


def _node_variants(op: object, arg: object) -> list[str]:
    if op is _sre.LITERAL:
        return [chr(arg)]  # type: ignore[call-overload]
    if op is _sre.NOT_LITERAL:
        return ["x" if chr(arg) != "x" else "y"]  # type: ignore[call-overload]
    if op is _sre.ANY:
        return ["x"]
    if op is _sre.IN:
        return _class_chars(arg)  # type: ignore[arg-type]
    if op is _sre.BRANCH:
        return list(dict.fromkeys(v for branch in arg[1] for v in _variants(branch)))  # type: ignore[index]
    if op is _sre.SUBPATTERN:
        group = arg[0]  # type: ignore[index]
        inner = _variants(arg[3])  # type: ignore[index]
        # a group's text is marked, for a back reference to repeat it (see _resolve)
        return inner if group is None else [f"\x01{group}\x02{v}\x03" for v in inner]
    if op is _sre.ATOMIC_GROUP:
        return _variants(arg)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, item = arg  # type: ignore[misc]
        inner = _variants(item)
        spaces = inner[0].isspace()
        n = max(low, 1) if spaces else low
        out = [inner[0] * n, *(v + inner[0] * (max(n, 1) - 1) for v in inner[1:])]
        if low == 0:
            out.append("")
        if n == 0:
            out.append(inner[0])
        return list(dict.fromkeys(out))
    if op is _sre.ASSERT:
        direction, item = arg  # type: ignore[misc]
        return ["", *_variants(item)] if direction == 1 else [""]
    if op is _sre.GROUPREF_EXISTS:
        _group, yes, no = arg  # type: ignore[misc]
        return [*_variants(yes), *(_variants(no) if no else [""])]
    if op is _sre.GROUPREF:
        return [f"\x04{arg}\x05"]
    return [""]  # AT (\b, ^, $), ASSERT_NOT


def _resolve(marked: str) -> str:
    """The string without its group marks, each back reference replaced by its group."""
    out: list[str] = []
    groups: dict[str, str] = {}
    open_groups: list[tuple[str, int]] = []
    for piece in re.split(r"(\x01\d+\x02|\x03|\x04\d+\x05)", marked):
        if piece.startswith("\x01"):
            open_groups.append((piece[1:-1], len("".join(out))))
        elif piece == "\x03":
            group, start = open_groups.pop()
            groups[group] = "".join(out)[start:]
        elif piece.startswith("\x04"):
            out.append(groups.get(piece[1:-1], ""))
        else:
            out.append(piece)
    return "".join(out)


def _rule_samples(rule: Rule) -> list[str]:
    written = dict.fromkeys(map(_resolve, _variants(_sre_parse.parse(rule.pattern, rule.flags))))
    # a lookahead may ask for a capital where the words are written in lower case
    for s in list(written):
        written.update(dict.fromkeys((s[:1].upper() + s[1:],
                                      re.sub(r"\b\w", lambda m: m.group().upper(), s))))
    # a match that need not end a word may be glued to the next one ("århundres")
    written.update(dict.fromkeys(s + "s" for s in list(written)))
    return [s for s in written if rule.compiled.search(s)]


def _rules_with_needs(code: str) -> list[str]:
    lang = languages.get(code)
    return [rule.name for rule in lang.rules if lang.rule_needs.get(rule.name)]


# Known misses, kept exact so that a fix or a new miss shows (none today: "New Year's",
# a name of stopwords alone, was one until its words became its triggers).
_KNOWN_MISSES: dict[str, set[tuple[str, str]]] = {}


@pytest.mark.parametrize("code", LANGS)
def test_every_rule_that_needs_words_has_its_needs_in_each_of_its_own_matches(
        code: str) -> None:
    lang = languages.get(code)
    rules = {rule.name: rule for rule in lang.rules}
    missed: list[tuple[str, str]] = []
    checked = 0
    for name in _rules_with_needs(code):
        samples = _rule_samples(rules[name])
        assert samples, f"{name}: no string written from its regex matches it"
        needs = lang.rule_needs[name]
        for sample in samples:
            checked += 1
            m = rules[name].compiled.search(sample)
            assert m is not None
            if not any(need in _trigger_spans(sample, lang) for need in needs):
                missed.append((name, m.group()))
    assert set(missed) == _KNOWN_MISSES.get(code, set()), missed[:200]
    assert checked > 1000


@pytest.mark.parametrize("code", LANGS)
def test_the_prefilter_finds_what_a_full_scan_finds_in_strings_written_from_the_rules(
        code: str) -> None:
    lang = languages.get(code)
    rules = {rule.name: rule for rule in lang.rules}
    known = _KNOWN_MISSES.get(code, set())
    for name in _rules_with_needs(code):
        for sample in _rule_samples(rules[name]):
            m = rules[name].compiled.search(sample)
            if m is None or (name, m.group()) in known:
                continue
            text = f"It was {sample} then."
            assert find_timexes(text, lang) == find_timexes(text, lang, prefilter=False), \
                (name, text)
