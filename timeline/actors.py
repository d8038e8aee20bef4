"""Actors and places named in a stretch of text: states (by name, genitive, adjective,
demonym or seat of government), organisations, people (known names, titled names, and
later mentions by surname) and places, using the language's gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lang.base import Lang

__all__ = ["Mention", "ActorFinder", "finder"]

_CAP = r"[A-ZÆØÅÄÖÜÉ][\w’'-]*"
_NAME_SEQ = re.compile(rf"(?<![\w-])({_CAP}(?:\s+{_CAP}){{1,2}})(?![\w-])")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str  # state, organisation, person, place
    canonical: str
    state: str = ""  # for places and people: the state they belong to, when known


@dataclass
class ActorFinder:
    lang: Lang
    forms: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    pattern: re.Pattern[str] | None = None
    surnames: dict[str, str] = field(default_factory=dict)
    titled: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        g = self.lang.gazetteer
        for state, forms in g.states.items():
            for f in (state, *forms):
                self.forms.setdefault(f, ("state", state, state))
        for org, forms in g.organisations.items():
            for f in (org, *forms):
                self.forms.setdefault(f, ("organisation", org, ""))
        for form, entry in list(self.forms.items()):
            if form[:1].islower():  # "russiske" opens a sentence as "Russiske"
                self.forms.setdefault(form[:1].upper() + form[1:], entry)
        for place, state in g.places.items():
            self.forms.setdefault(place, ("place", place, state))
        for form, place in g.place_forms.items():
            self.forms.setdefault(form, ("place", place, g.places.get(place, "")))
        for person, state in g.people.items():
            self.forms[person] = ("person", person, state)
            for surname in family_names(person):
                self.surnames.setdefault(surname, person)
        if self.forms:
            words = sorted(self.forms, key=len, reverse=True)
            self.pattern = re.compile(
                r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")
        if g.titles:
            titles = sorted(g.titles, key=len, reverse=True)
            self.titled = re.compile(
                r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in titles) +
                rf")\s+(?-i:({_CAP}(?:\s+{_CAP}){{0,2}}))(?![\w-])", re.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None,
             known_people: dict[str, str] | None = None) -> list[Mention]:
        """Every actor or place mention in text[start:end], longest first, no overlaps."""
        end = len(text) if end is None else end
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        if self.pattern is not None:
            for m in self.pattern.finditer(text, start, end):
                kind, canonical, state = self.forms[m.group()]
                found.append(Mention(m.start(), m.end(), m.group(), kind, canonical, state))
                taken.append(m.span())
        not_names = self.lang.gazetteer.not_names
        if self.titled is not None:
            for m in self.titled.finditer(text, start, end):
                a, b = m.span(1)
                name = _strip_not_names(m.group(1), not_names)
                if name and free(a, a + len(name)):
                    found.append(Mention(a, a + len(name), name, "person", name))
                    taken.append((a, a + len(name)))
        for m in _NAME_SEQ.finditer(text, start, end):
            a, b = m.span(1)
            name = _strip_not_names(m.group(1), not_names)
            if not name or " " not in name or not free(a, b):
                continue
            if _sentence_initial(text, a) and name.split()[0] in not_names:
                continue
            found.append(Mention(a, a + len(name), name, "person", name))
            taken.append((a, a + len(name)))
        people = dict(self.surnames)
        if known_people:
            people.update(known_people)
        for m in re.finditer(rf"(?<![\w-]){_CAP}(?![\w-])", text[start:end]):
            a, b = start + m.start(), start + m.end()
            word = m.group()
            if word in people and free(a, b) and word not in not_names:
                person = people[word]
                found.append(Mention(a, b, word, "person", person,
                                     self.lang.gazetteer.people.get(person, "")))
                taken.append((a, b))
        found.sort(key=lambda x: x.start)
        return found


def family_names(person: str) -> list[str]:
    """The words a later mention may use alone: the last name, and the first name too when
    the name is written family name first ("Kim Jong-un", "Xi Jinping")."""
    words = person.split()
    if len(words) < 2:
        return []
    names = [words[-1]]
    if "-" in words[-1] or len(words[0]) <= 2:
        names.append(words[0])
    return names


def _strip_not_names(name: str, not_names: frozenset[str]) -> str:
    words = name.split()
    while words and words[0] in not_names:
        words.pop(0)
    while words and words[-1] in not_names:
        words.pop()
    return " ".join(words)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].strip()
    return pos == 0 or before == "" or before[-1:] in ".!?–—-\"«"


@lru_cache(maxsize=8)
def finder(lang: Lang) -> ActorFinder:
    return ActorFinder(lang)
