"""Actors and places named in a stretch of text: states (by name, genitive, adjective,
demonym or seat of government), organisations, people (known names, titled names, and
later mentions by surname) and places, using the language's gazetteer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import id_of
from .lang.base import Lang

__all__ = ["ActorMention", "ActorFinder", "finder"]

_CAP = r"[A-ZÆØÅÄÖÜÉ][\w’'-]*"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    text: str
    kind: str  # state, organisation, person, place
    canonical: str
    state: str = ""  # for places and people: the state they belong to, when known
    id: str = ""  # language-neutral (timeline/world): "north-korea" for "Nord-Koreas"

    def key(self, origin: int) -> tuple[int, int, str, str, str, str, str]:
        """Every field, as equality reads them, with the offsets counted from ``origin``:
        the mention as a memo's key (see titles.Titles), made without a copy of it."""
        return (self.start - origin, self.end - origin, self.text, self.kind,
                self.canonical, self.state, self.id)


_TOKEN = re.compile(r"[^\W\d_][\w’'.-]*")
_NAME_AFTER_TITLE = re.compile(rf"\s+({_CAP}(?:\s+{_CAP}){{0,2}})(?![\w-])")


@dataclass
class ActorFinder:
    """Looks names up word by word: each word that opens a known form is tried against
    the forms it opens, longest first. Linear in the text, whatever the gazetteer's size."""

    lang: Lang
    forms: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    first_words: frozenset[str] = frozenset()
    by_first: dict[str, list[str]] = field(default_factory=dict)  # one-word forms
    by_pair: dict[tuple[str, str], list[str]] = field(default_factory=dict)  # by first two words
    titles_by_first: dict[str, list[str]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)

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
        claimed: dict[str, set[str]] = {}
        for person, state in g.people.items():
            self.forms[person] = ("person", person, state)
            for surname in family_names(person):
                claimed.setdefault(surname, set()).add(person)
        vocabulary = {w.lower() for w in (*self.lang.months, *self.lang.weekdays,
                                          *self.lang.stopwords)}
        # A surname alone names a known person only when no other known person shares it
        # ("Kim": which Kim?) and it is not a common word ("May", the month).
        self.surnames = {name: next(iter(people)) for name, people in claimed.items()
                         if len(people) == 1 and name.lower() not in vocabulary}
        for form in self.forms:
            words = form.split()
            if len(words) == 1:
                self.by_first.setdefault(words[0], []).append(form)
            else:
                self.by_pair.setdefault((words[0], words[1]), []).append(form)
        for pair_forms in self.by_pair.values():
            pair_forms.sort(key=len, reverse=True)
        self.first_words = frozenset(self.by_first) | {a for a, _ in self.by_pair}
        for title in g.titles:
            self.titles_by_first.setdefault(title.split()[0].lower(), []).append(title)
        for titles in self.titles_by_first.values():
            titles.sort(key=len, reverse=True)

    def find(self, text: str, start: int = 0, end: int | None = None,
             known_people: dict[str, str] | None = None) -> list[ActorMention]:
        """Every actor or place mention in text[start:end], longest first, no overlaps.
        ``known_people``: the names the text has introduced (surname -> full name), which
        win over the known surnames of the gazetteer's people."""
        end = len(text) if end is None else end
        not_names = self.lang.gazetteer.not_names
        # Looked up in place, not merged: the people a long text introduces grow into the
        # thousands, and copying them for every sentence made extraction superlinear.
        people = known_people or {}
        found: list[ActorMention] = []
        tokens = [(m.start(), m[0]) for m in _TOKEN.finditer(text, start, end)]
        first_words, titles = self.first_words, self.titles_by_first
        covered = start  # no mention may start before this offset
        for i, (pos, word) in enumerate(tokens):
            if pos < covered:
                continue
            mention = None
            if word in first_words or (word[-1] == "." and word.rstrip(".") in first_words):
                following = tokens[i + 1][1] if i + 1 < len(tokens) else ""
                mention = self._known(text, pos, word, following, end)
                if mention is not None:
                    found.append(mention)
                    covered = mention.end
                    continue
            if word.lower() in titles:  # a title opens no name run (see _name_run)
                mention = self._titled(text, pos, word, end, not_names)
            elif word[0].isupper():
                mention = self._name_run(text, tokens, i, end, not_names, people)
            if mention is not None:
                found.append(mention)
                covered = mention.end
        return found

    def id_of(self, name: str) -> str:
        return id_of(name, self.lang.code)

    def _known(self, text: str, pos: int, word: str, following: str,
               end: int) -> ActorMention | None:
        by_pair, by_first = self.by_pair, self.by_first
        candidates = [*by_pair.get((word, following), ())]
        bare_following = following.rstrip(".,")
        if bare_following != following:
            candidates += by_pair.get((word, bare_following), ())
        candidates += by_first.get(word, ())
        bare = word.rstrip(".")
        if bare != word:
            candidates += by_first.get(bare, ())
        for form in candidates:
            stop = pos + len(form)
            if stop <= end and text.startswith(form, pos) and \
                    (stop == len(text) or not (text[stop].isalnum() or text[stop] in "-_")):
                if " " not in form and self.lang.spaced_compound_names and \
                        self._inside_longer_name(text, stop, end):
                    continue  # "Berlin Wall", "Washington Post": another name
                kind, canonical, state = self.forms[form]
                return ActorMention(pos, stop, form, kind, canonical, state, self.id_of(canonical))
        return None

    def _inside_longer_name(self, text: str, stop: int, end: int) -> bool:
        m = _TOKEN.match(text, stop + 1, end) if text[stop:stop + 1] == " " else None
        if m is None:
            return False
        word = m.group().rstrip(".")
        return word[:1].isupper() and word not in self.lang.gazetteer.not_names and \
            word not in self.forms and word not in self.first_words and \
            word.lower() not in self.titles_by_first

    def _titled(self, text: str, pos: int, word: str, end: int,
                not_names: frozenset[str]) -> ActorMention | None:
        """'president Moon Jae-in', 'utenriksminister Mike Pompeo': the name after a title."""
        for title in self.titles_by_first.get(word.lower().rstrip("."), ()):
            stop = pos + len(title)
            if text[pos:stop].lower() != title.lower():
                continue
            m = _NAME_AFTER_TITLE.match(text, stop, end)
            if not m:
                continue
            name = self._before_other_actor(_strip_not_names(m.group(1), not_names))
            if name and (name not in self.forms or self.forms[name][0] == "person"):
                a = m.start(1)
                # "statsminister Erna Solbergs regjering": a known person's genitive
                owner = name[:-1] if name.endswith("s") and \
                    self.forms.get(name[:-1], ("",))[0] == "person" else name
                return ActorMention(a, a + len(name), name, "person", owner,
                               self.lang.gazetteer.people.get(owner, ""), self.id_of(owner))
        return None

    def _before_other_actor(self, name: str) -> str:
        """A name after a title ends before a state or organisation it runs into, or
        before another known person's surname after a whole name of two words or more:
        'statsminister Erna Solberg USAs president', 'statsminister Erna Solberg Lavrov'
        name Erna Solberg ('President Francois Mitterrand' is one name)."""
        words = name.split(" ")
        for k in range(1, len(words)):
            word = words[k].rstrip(".")
            form = self.forms.get(word)
            if form is not None and form[0] != "person":
                return " ".join(words[:k])
            other = self.surnames.get(word)  # "statsminister Erna Solberg Lavrov"
            if k >= 2 and other is not None and words[k - 1] not in other.split():
                return " ".join(words[:k])
        return name

    def _name_run(self, text: str, tokens: list[tuple[int, str]], i: int, end: int,
                  not_names: frozenset[str], people: dict[str, str]) -> ActorMention | None:
        """Two or three capitalised words in a row ('Mike Pompeo'); or one that is the known
        surname of a person ('Putin' after 'Vladimir Putin'): one of ``people`` (the text's)
        first, else one of the gazetteer's."""
        pos, word = tokens[i]
        if not word[:1].isupper() or word in not_names or word.lower() in self.titles_by_first:
            return None
        run = [word]
        last = pos + len(word)
        j = i + 1
        while j < len(tokens) and len(run) < 3:
            p, w = tokens[j]
            if p != last + 1 or text[last] != " " or not w[:1].isupper() or w in not_names \
                    or w in self.forms or w.rstrip(".") in self.forms \
                    or w.lower() in self.titles_by_first:
                break
            run.append(w)
            last = p + len(w)
            j += 1
        if run[-1].endswith("."):
            run[-1] = run[-1].rstrip(".")
        if len(run) >= 2 and run[-1] not in self.lang.non_person_heads and \
                self._two_people(run[0], run[1], people):
            run = run[:1]  # "møtte Støre Lavrov": two known surnames, two people
        if len(run) >= 2 and not _sentence_initial(text, pos) and \
                run[-1] not in self.lang.non_person_heads:
            name = " ".join(run)
            return ActorMention(pos, pos + len(name), name, "person", name,
                           self.lang.gazetteer.people.get(name, ""), self.id_of(name))
        bare = word.rstrip(".")
        person = people.get(bare) or self.surnames.get(bare)
        if person is not None:
            return ActorMention(pos, pos + len(bare), bare, "person", person,
                           self.lang.gazetteer.people.get(person, ""), self.id_of(person))
        return None


    def _two_people(self, first: str, second: str, people: dict[str, str]) -> bool:
        """Whether ``first`` and ``second`` are each on its own the surname of a known
        person (the text's or the gazetteer's), and not of the same one."""
        one, other = self._surname_of(first, people), self._surname_of(second.rstrip("."), people)
        return one is not None and other is not None and other != one

    def _surname_of(self, word: str, people: dict[str, str]) -> str | None:
        """The known person ``word`` is the family name of: one the text named (any part of
        their name may stand alone, but only a family name says two names are two people:
        "Elian Gonzalez" is one), else the gazetteer's."""
        person = people.get(word)
        if person is not None and word in family_names(person):
            return person
        return self.surnames.get(word)


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
