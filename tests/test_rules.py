"""The contract of rules.GROUPS_ONLY: a producer listed there reads nothing of a match
but its groups. The tagger relies on it (it makes one meaning per distinct groups of a
rule's matches in a text, see tagger.find_timexes), so it is checked here: each such
producer is given, for every match of its rules in the corpora, a stand-in that holds
the match's groups and nothing else (no offsets, no text around it), and must mean
what it means for the match itself."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.corpus import LANGS, load
from timeline import lang as languages
from timeline.rules import GROUPS_ONLY, PRODUCERS


class _GroupsOnly:
    """A match's groups and its pattern (for the names of the groups), nothing else:
    reading where it stands or the text around it fails."""

    def __init__(self, m: re.Match[str]) -> None:
        self._groups, self._named, self.re = m.groups(), m.groupdict(), m.re
        self._whole = m.group()

    def group(self, *names: int | str) -> Any:
        if not names:
            return self._whole
        found = tuple(self[n] for n in names)
        return found[0] if len(found) == 1 else found

    def __getitem__(self, name: int | str) -> str | None:
        if name == 0:
            return self._whole
        if isinstance(name, int):
            return self._groups[name - 1]
        if name not in self._named:
            raise IndexError(f"no such group: {name}")
        return self._named[name]

    def groups(self, default: str | None = None) -> tuple[str | None, ...]:
        return tuple(default if g is None else g for g in self._groups)

    def groupdict(self, default: str | None = None) -> dict[str, str | None]:
        return {k: default if v is None else v for k, v in self._named.items()}


def _texts(code: str) -> list[str]:
    mod = load(code)
    texts = [p for case in mod.CORPUS for p in case.phrases]
    return texts + [n.text for n in mod.NEGATIVE] + [c.text for c in mod.IN_SENTENCE]


def test_groups_only_names_producers() -> None:
    assert GROUPS_ONLY <= set(PRODUCERS)


@pytest.mark.parametrize("code", LANGS)
def test_groups_only_producers_read_only_groups(code: str) -> None:
    lang = languages.get(code)
    rules = [r for r in lang.rules if r.reads_groups_only]
    assert rules, "no rule of the language is GROUPS_ONLY: the test would check nothing"
    texts = _texts(code)
    tried = 0
    for rule in rules:
        for text in texts:
            for m in rule.compiled.finditer(text):
                if not m.group():
                    continue
                stand_in = _GroupsOnly(m)
                assert rule.produce(stand_in, lang) == rule.produce(m, lang), \
                    (rule.name, m.group())  # type: ignore[arg-type]
                tried += 1
    assert tried >= 20, f"only {tried} matches of GROUPS_ONLY rules in the corpus"


def test_stand_in_hides_where_a_match_stands() -> None:
    """The stand-in is strict: what a producer outside GROUPS_ONLY may read, it lacks."""
    stand_in = _GroupsOnly(re.compile(r"(?P<y>\d{4})").search("i 2003 og"))  # type: ignore[arg-type]
    assert stand_in.group("y") == "2003" and stand_in.groups() == ("2003",)
    for name in ("start", "end", "span", "string", "pos", "endpos"):
        assert not hasattr(stand_in, name)
