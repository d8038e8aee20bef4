"""From dated expressions to events: the clause that a date belongs to becomes an event
with a title, type, actors, place and its quote; mentions of one event are merged.

Three language-neutral mechanisms, each driven by the language's word lists:

- *clauses*: a sentence is cut at commas, semicolons and "etter at"/"after"; a date
  belongs to the clause it stands in, so "X etter at Y i 2003" dates Y, not X;
- *processes*: talks or wars that a sentence says began after one dated clause and a later
  sentence says broke down after another ("De brøt sammen etter at ...") become one
  interval event;
- *named events*: "siden toppmøtet i Hanoi" refers back to an event already told; it
  adds a mention to that event and dates the state it describes from that event on.
"""

from __future__ import annotations

import bisect
import heapq
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import combinations

from . import budget
from .actors import ActorMention, family_names, finder
from .calendar import Day
from .cues import (
    SHARED_SCAN,
    Patterns,
    Scan,
    finditer_from,
    following_opening,
    margin,
    openings,
    patterns,
    split_future_governs,
    word_runs,
)
from .furniture import (
    DATELINE_AFTER,
    DATELINE_REACH,
    dateline_end,
    furniture,
    is_dateline,
    undated_dateline_end,
)
from .lang.base import Lang
from .resolve import GRAIN_ORDER, Context, describe, resolve, year_value
from .segment import REACH, reach, reach_among
from .titles import (
    Titles,
    clean,
    finite,
    is_source,
    quoted,
    remembered,
    reporting_speaker,
    shorten,
    speech_tag,
)
from .types import (
    Anchor,
    DocDate,
    Event,
    Grain,
    Meaning,
    Mention,
    Resolved,
    Sentence,
    Timex,
    TimexType,
)

__all__ = ["Tagged", "build_events"]

# How many sentences back the day a part of the day alone belongs to may be told.
_DAY_TOLD_REACH = 3
# Kinds of expression that place an event in time (durations and recurrences do not).
_EVENT_KINDS = {"date", "relative", "anaphoric", "interval", "window", "within"}
_MERGEABLE = {"meeting", "visit", "agreement", "sanctions", "expulsion", "withdrawal",
              "election", "conflict", "negotiations"}
# What an article may announce as to come: the kinds of a plan.
_PLANNED_KINDS = {"meeting", "visit", "agreement", "sanctions", "negotiations", "expulsion",
                  "withdrawal", "election"}
# Acts a country is the object or agent of at most once a day: one shared actor is enough.
_ONCE_A_DAY = {"sanctions", "expulsion", "withdrawal", "election"}
_ONCE_A_DAY_REACH = 32  # the latest events of one (type, day) compared with a new one
# The words two titles of the article's news must share to tell one event (see _same_news).
_NEWS_SHARED_WORDS = 3
# Kinds that tell the news without naming its act: an event of no kind, and a statement
# ("Norway joins the sanctions, the minister said"); see _same_news.
_LOOSE_KINDS = {"other", "statement"}


@dataclass(frozen=True)
class Tagged:
    """A temporal expression with its resolved value and where it stands."""

    timex: Timex
    resolved: Resolved
    sentence: int
    future: bool = False

    # Convenience views used by tests and the CLI.
    @property
    def start(self) -> int:
        return self.timex.start

    @property
    def end(self) -> int:
        return self.timex.end

    @property
    def text(self) -> str:
        return self.timex.text

    @property
    def type(self) -> str:
        return self.timex.type.value

    @property
    def value(self) -> str:
        return self.resolved.value

    @property
    def grain(self) -> str | None:
        if self.timex.type in (TimexType.DURATION, TimexType.SET):
            return None
        if self.timex.meaning.kind == "ref":
            return None
        return self.resolved.grain.value if self.resolved.grain else None

    @property
    def approximate(self) -> bool:
        return self.resolved.approximate

    @property
    def mod(self) -> str:
        return self.resolved.mod

    @property
    def anchor(self) -> str:
        return self.resolved.anchor.value

    @property
    def rule(self) -> str:
        return self.timex.rule

    @property
    def explanation(self) -> str:
        return self.resolved.explanation


@dataclass
class _Draft:
    event: Event
    sentence: int
    clause: tuple[int, int]
    process: bool = False
    order: int = 0  # set by _Drafts.add
    removed: bool = False
    # The event dated by an expression of its own that this one's story goes on from
    # (see _Reader._story_goes_on); None for an event dated otherwise.
    story_of: _Draft | None = None


class _Drafts:
    """The events told so far, in text order, indexed for the one question a named event
    asks ("siden toppmøtet i Hanoi": the latest summit at a compatible place), so that
    it is answered without scanning every event before it."""

    def __init__(self, lang: Lang) -> None:
        self.places = lang.gazetteer.places  # place -> the state it lies in
        self.items: list[_Draft] = []
        self._index: dict[tuple[str, ...], list[_Draft]] = {}
        self._stems: dict[str, list[_Draft]] = {}  # "vote" -> events whose title says it
        self._added = 0  # the drafts added so far, removed ones too (see _Draft.order)

    def __iter__(self) -> Iterator[_Draft]:
        return (d for d in self.items if not d.removed)

    def add(self, draft: _Draft) -> None:
        draft.order = self._added
        self._added += 1
        self.items.append(draft)
        if draft.process:
            return  # a process is never what a named event refers to
        for key in self._keys(draft.event):
            self._index.setdefault(key, []).append(draft)
        for stem in _title_stems(draft.event.title):
            self._stems.setdefault(stem, []).append(draft)

    def _keys(self, event: Event) -> list[tuple[str, ...]]:
        """The keys of the index lists an event goes in, by its type and place."""
        kind, place = event.type, event.place
        if place:
            return [("kind", kind), ("place", kind, place),
                    ("in", kind, self.places.get(place, place))]
        return [("kind", kind), ("nowhere", kind)]

    def of_sentence(self, sentence: int) -> Iterator[_Draft]:
        """The events told in ``sentence``: the newest, so only the tail is looked at."""
        for d in reversed(self.items):
            if d.sentence != sentence:
                return
            if not d.removed:
                yield d

    def last_before(self, sentence: int) -> _Draft | None:
        """The event told last before ``sentence`` (those of it are only at the tail)."""
        for d in reversed(self.items):
            if d.sentence < sentence and not d.removed:
                return d
        return None

    def last(self) -> _Draft | None:
        """The event told last (removed ones are only ever at the tail)."""
        for d in reversed(self.items):
            if not d.removed:
                return d
        return None

    def referenced(self, noun: str, lang: Lang, place: str = "") -> _Draft | None:
        """The event 'møtet' or 'the vote' refers to: the latest whose title has the
        noun's stem ("møte" is not "toppmøtet"; "the vote" finds "voted"), else the
        latest of its type (at a compatible place: "signeringen" finds "undertegnet")."""
        drafts = self._stems.get(_stem(noun.lower()))
        while drafts and drafts[-1].removed:
            drafts.pop()
        if drafts:
            return drafts[-1]
        kind = _event_type(noun, lang)
        return self.latest(kind, place) if kind != "other" else None

    def named_by(self, noun: str) -> bool:
        """Whether an event told so far has the noun's stem in its title."""
        return any(not d.removed for d in self._stems.get(_stem(noun.lower()), ()))

    def remove(self, sentence: int, timex_starts: set[int]) -> None:
        """Drop the events of ``sentence`` told at these expressions (they are the ends of
        an interval). They are the newest, so only the tail is looked at."""
        first = len(self.items)  # where the sentence's drafts begin
        while first > 0 and self.items[first - 1].sentence == sentence:
            first -= 1
            d = self.items[first]
            if d.event.mentions[0].timex_start in timex_starts:
                d.removed = True
        # A removed draft is let go of at once, not kept till the end: a text of many
        # processes ("Forhandlingene startet i 2003 og brøt sammen i 2009." over and over)
        # removes two for each, and the garbage collector would walk them all again and
        # again. Nothing asks for one: the list of drafts is read only through the ones
        # not removed (and of_sentence asks only of the sentence being read, whose
        # drafts are the newest), and the index lists drop removed ones from their tails
        # when asked (see _top; named_by skips them anywhere).
        gone = [d for d in self.items[first:] if d.removed]
        if gone:
            self.items[first:] = [d for d in self.items[first:] if not d.removed]
            for d in gone:
                for key in self._keys(d.event):
                    _drop_removed(self._index.get(key))
                for stem in _title_stems(d.event.title):
                    _drop_removed(self._stems.get(stem))

    def latest(self, kind: str, place: str) -> _Draft | None:
        """The latest event of ``kind`` whose place is ``place``, lies in it, holds it
        (city and state), or is not given; with no ``place``, the latest of ``kind``."""
        if not place:
            return self._top(("kind", kind))
        found = [self._top(("nowhere", kind)), self._top(("place", kind, place)),
                 self._top(("in", kind, place))]
        if place in self.places:
            found.append(self._top(("place", kind, self.places[place])))
        return max((d for d in found if d is not None), key=lambda d: d.order, default=None)

    def _top(self, key: tuple[str, ...]) -> _Draft | None:
        drafts = self._index.get(key)
        while drafts and drafts[-1].removed:
            drafts.pop()
        return drafts[-1] if drafts else None


def _drop_removed(drafts: list[_Draft] | None) -> None:
    """The removed drafts at the tail of an index list let go of."""
    while drafts and drafts[-1].removed:
        drafts.pop()


_WORD = re.compile(r"[^\W\d_]+")
# What opens a paragraph of direct speech in Norwegian: a quotation dash
_SPEECH_DASHES = ("–", "—", "- ")
_QUOTES = "\"“”«»‘’'"
# The comma before a reporting clause: "..., sa Støre", '...," Lavrov said'.
_TAG_COMMA = re.compile(r",[\"”»’']?\s+")


def _last_tag_comma(text: str) -> re.Match[str] | None:
    """The last comma in ``text`` that may open a reporting clause."""
    last = None
    for last in _TAG_COMMA.finditer(text):  # noqa: B007
        pass
    return last
# How far before a date a deadline's limit ("ikke senere enn ") is looked for
_LIMIT_LOOK = 24
# What may stand before a sentence's first clause: space, a dash, a quote mark
_LEAD_MARKS = " \t\n–—-\"'«»“”‘’"
# The comma a removed date left before what was said: "declared , that it would"
_COMMA_BEFORE = re.compile(r"\s+,\s+(?=\w)")
# A clause longer than this is read as a clause of its own (see _Reader._shape).
_SHAPE_CHARS = 160
_APPOSITION_WORDS = 12
_NP_WORDS = 16
# What may stand between a subject and its verb's clause (see _Reader._shape).
_ASIDES = frozenset({"apposition", "adjunct", "relative", "aside"})
# A main clause's subject before its verb is at most this long ("the First Hague
# Conference was attended").
_SUBJECT_WORDS = 6
# What may stand between a clause and a phrase split off after it: asides, names.
_PARTS_BETWEEN = _ASIDES | {"name", "np"}
# How far back a table row looks for the heading that says what the table lists.
_TABLE_REACH = 2_000
_HEADING_LINE = re.compile(r"=+[^=\n]{1,80}=+")
_TABLE_ROW = re.compile(r"\s*\|")  # a row of a table ("| London | 1945, Sep |")
# A date then a colon and a space: an entry of a chronology ("14. mai 1948: Israel ...")
_CHRONOLOGY_COLON = re.compile(r"[ \t]*:[ \t]+(?=\S)")
# "atomavtalen fra ", "the agreement of ": a definite noun and the preposition before a year.
# The noun's first letter follows no letter: the leftmost match begins there anyway, and
# the engine then tries each word once, not each letter of it.
_YEAR_POSTMODIFIER = re.compile(r"(?<![^\W\d_])(?P<noun>[^\W\d_]+)\s+(?P<prep>[^\W\d_]+)\s+$")


def _stem(word: str) -> str:
    """A crude stem, enough to find "voted" from "the vote": the first four letters."""
    return word[:4]


@lru_cache(maxsize=4096)
def _title_stems(title: str) -> frozenset[str]:
    """The stems of the words of four letters or more in a title (a list of events of
    one kind tells the same title again and again)."""
    return frozenset(_stem(w) for w in _WORD.findall(title.lower()) if len(w) >= 4)


def _clauses(s: Sentence, lang: Lang,
             keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of a sentence; never inside a ``keep`` span
    (the comma of "November 9, 1989" does not end a clause)."""
    pats = patterns(lang)
    keep_starts = [a for a, _ in keep]  # in text order, not overlapping
    spans = []
    pos = 0
    listed = -1  # where the list of names a comma was found in ends ("X, Y, and Z")
    for m in _clause_breaks(s.text, pats, lang):
        at, after = s.start + m.start(), s.start + m.end()
        i = bisect.bisect_right(keep_starts, at) - 1
        j = bisect.bisect_left(keep_starts, after)
        if (i >= 0 and at < keep[i][1]) or (j < len(keep) and keep_starts[j] == after
                                             and m.group().strip() not in ",;:"):
            continue  # inside a date, or a word right before one ("since 2003" stays whole)
        if m.group().startswith(",") and m.start() < listed:
            continue  # the list's last comma: "Russia, Germany, France, and Ukraine"
        names = pats.name_list.match(s.text, m.end()) if m.group().startswith(",") and \
            m.start() > 0 and s.text[m.start() - 1].isalpha() and \
            pats.name_list is not None else None
        if names is not None and _capitalised_before(s.text, m.start()):
            listed = names.end()
            continue  # "Germany, Russia, France and Britain were drawn into the war"
        if m.start() > pos:
            spans.append((s.start + pos, s.start + m.start()))
        pos = m.end()
    if pos < len(s.text):
        spans.append((s.start + pos, s.end))
    return spans or [(s.start, s.end)]


# How many words after "after", "until" a finite verb makes them open a clause.
_VERB_SUBORDINATE_WORDS = 5


def _clause_breaks(text: str, pats: Patterns, lang: Lang) -> Iterable[re.Match[str]]:
    """Where the clauses of a sentence's ``text`` break, in order: the splitter's
    matches, and a verb subordinator ("after", "until") that a finite verb follows
    within a few words, before any comma ("after Kim Jong-un assumed power in 2011";
    not "after the war in 1945")."""
    found = pats.clause_splitter.finditer(text)
    subordinator = pats.verb_subordinator
    opening = [m for m in subordinator.finditer(text) if _finite_follows(text, m.end(), lang)] \
        if subordinator is not None else None
    if not opening:  # most sentences: the splitter's matches alone
        return found
    return heapq.merge(found, opening, key=lambda m: m.start())


def _finite_follows(text: str, pos: int, lang: Lang) -> bool:
    """Whether a finite verb follows ``pos`` within a few words: past names, before a
    number, a bracket or the end of a clause."""
    words = text[pos:pos + 15 * _VERB_SUBORDINATE_WORDS].split(None, _VERB_SUBORDINATE_WORDS)
    for w in words[:_VERB_SUBORDINATE_WORDS]:
        if w[:1].isupper():
            continue  # a name: "Kim Jong-un", "the Soviet Union"
        if not w[:1].isalpha():
            return False  # a number, a date, a bracket: "after 2011", "before (...)"
        if finite(w, lang):
            return True
        if w.endswith((",", ";", ":")):
            return False
    return False


def _capitalised_before(text: str, pos: int) -> bool:
    """Whether the word ending at ``pos`` starts with a capital letter (a word is read
    at most 40 characters back: constant work per comma)."""
    i = pos
    while i > max(0, pos - 40) and (text[i - 1].isalnum() or text[i - 1] in "-.'’"):
        i -= 1
    return text[i:i + 1].isupper()


def _clause_of(clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect.bisect_right(clauses, (pos, sys.maxsize)) - 1
    if i >= 0 and clauses[i][0] <= pos < clauses[i][1]:
        return clauses[i]
    return clauses[-1]


def _within(mentions: list[ActorMention], starts: list[int],
            span: tuple[int, int]) -> list[ActorMention]:
    """The mentions (sorted, with their ``starts``) that start inside ``span``."""
    return mentions[bisect.bisect_left(starts, span[0]):bisect.bisect_left(starts, span[1])]


# A quote is its whole sentence up to twice this length; a longer "sentence" (a pasted
# table, a list with no full stops) is quoted around the expression instead.
_QUOTE_REACH = 500


def _mention(doc: str, text: str, s: Sentence, timex: str, start: int, end: int) -> Mention:
    """One report of an event: its sentence as the quote, or, in a sentence too long to
    quote whole, the stretch of it around the expression (offsets stay exact)."""
    a, b = (s.start, s.end) if s.end - s.start <= 2 * _QUOTE_REACH else \
        reach(text, s.start, s.end, start, end, _QUOTE_REACH)
    return Mention(doc, text[a:b] if (a, b) != (s.start, s.end) else s.text, a, b, timex,
                   start, end, s.index)


@lru_cache(maxsize=8)
def _type_pattern(lang: Lang) -> tuple[re.Pattern[str], list[str]]:
    """All triggers in one pattern, a named group per type. A trigger with ' … ' allows up
    to three words between its parts ("kastet … ut": "kastet Nord-Korea ut")."""
    kinds = list(lang.event_types)
    groups = []
    for n, kind in enumerate(kinds):
        parts = []
        for t in lang.event_types[kind]:
            # Strip only around "…": a trailing space is part of the trigger ("sa ",
            # "war "), so that "sa" does not fire inside "sak" or "samtidig".
            split = t.split("…")
            pieces = [re.escape(p.strip() if len(split) > 1 else p) for p in split]
            body = r"\s+(?:\S+\s+){0,3}?".join(pieces)
            parts.append(body if len(t) > 5 else rf"(?<![\w-]){body}")
        groups.append(f"(?P<t{n}>{'|'.join(parts)})")
    return re.compile("|".join(groups)), kinds


@lru_cache(maxsize=8)
def _statement_complement(lang: Lang) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The pattern of a statement verb and its complement clause, and where one may
    begin (its verbs: see cues.finditer_from)."""
    triggers = lang.event_types.get("statement")
    if not triggers:
        return None
    words = "|".join(re.escape(t.strip()) for t in triggers)
    return (re.compile(rf"(?:{words})\s+(?:\S+\s+){{0,3}}?(?:{'|'.join(lang.complementisers)})\b",
                       re.IGNORECASE),
            openings((t.strip() for t in triggers), re.IGNORECASE))


@lru_cache(maxsize=8)
def _trigger_openings(lang: Lang) -> re.Pattern[str]:
    """Where a trigger may begin: the first part of each (see cues.finditer_from)."""
    return openings(t.split("…")[0].strip() if "…" in t else t
                    for triggers in lang.event_types.values() for t in triggers)


@lru_cache(maxsize=4096)
def _event_type(text: str, lang: Lang) -> str:
    """The first type (in the language's order) with a trigger in the text; a statement
    verb with a complement clause ("gjorde det klart at ...") is a statement whatever the
    complement mentions."""
    said = _statement_complement(lang)
    if said is not None and lang.complementisers and \
            next(finditer_from(*said, text), None) is not None:
        return "statement"
    pattern, kinds = _type_pattern(lang)
    best = len(kinds)
    for m in finditer_from(pattern, _trigger_openings(lang), text.lower()):
        best = min(best, int(m.lastgroup[1:]))  # type: ignore[index]
    return kinds[best] if best < len(kinds) else "other"


class _Context:
    """What the document has told so far: the last state, process and people named."""

    def __init__(self) -> None:
        self.state_counts: dict[str, float] = {}
        self.people: dict[str, str] = {}  # surname -> full name
        self.learned: set[str] = set()  # the full names whose parts ``people`` has
        self.process: _Draft | None = None
        self.last_state = ""  # the state the text is about: see saw_state
        self.last_person = ""  # the person named last before this sentence ('han', 'she')
        self._best = 0.0

    def saw_state(self, state: str, weight: float = 1.0) -> None:
        """Count a mention. The state the text is about is the one named most often so
        far, the latest on a tie; counts only grow, so the state just counted takes the
        lead whenever it reaches the top (kept as it goes: no scan per event)."""
        n = self.state_counts.get(state, 0) + weight
        self.state_counts[state] = n
        if n >= self._best:
            self.last_state, self._best = state, n


def _actor_names(mentions: list[ActorMention]) -> list[str]:
    names: list[str] = []
    for m in mentions:
        if m.kind == "place":
            continue
        if m.canonical not in names:
            names.append(m.canonical)
    return names


def _place(text: str, mentions: list[ActorMention], lang: Lang) -> str:
    """A city named in the clause, else a state after 'i'/'in'."""
    for m in mentions:
        if m.kind == "place":
            return m.canonical
    for i, m in enumerate(mentions):
        if m.kind == "state":
            before = text[max(0, m.start - 4):m.start].lower()
            if patterns(lang).place_preposition_before.search(before) \
                    and m.text == m.canonical:
                # "president Moon Jae-in i Sør-Korea" says whose president, not where.
                prev = mentions[i - 1] if i > 0 else None
                if prev is not None and prev.kind == "person" and \
                        m.start - prev.end <= 4 and prev.state == m.canonical:
                    continue
                return m.canonical
    return ""


def _compatible_place(a: str, b: str, lang: Lang) -> bool:
    if not a or not b or a == b:
        return True
    places = lang.gazetteer.places
    return places.get(a) == b or places.get(b) == a


@dataclass
class _Dated:
    """An expression that dates an event, with the clause it belongs to."""

    t: Tagged
    whole: tuple[int, int]  # its clause
    clause: tuple[int, int]  # the bounded part of that clause it looks at
    span: tuple[int, int]  # what the title leaves out: the expression, or a stretch of them
    date: Resolved
    # More expressions of the same date; None for none (most have none, and a sentence
    # of thousands of dates keeps a _Dated for each: no empty list each).
    also: list[Tagged] | None = None

    def told_again(self, t: Tagged) -> None:
        """``t`` tells the same date: it is one more mention of this one's event."""
        if self.also is None:
            self.also = [t]
        else:
            self.also.append(t)


@lru_cache(maxsize=8)
def _needs_by_identity(lang: Lang) -> dict[int, tuple[re.Pattern[str], frozenset[str]]]:
    """``Patterns.needs`` by the id of each pattern, the pattern beside its runs (it is
    kept alive with them, so its id names no other while this lives)."""
    return {id(p): (p, runs) for p, runs in patterns(lang).needs.items()}


@dataclass
class _View:
    """One sentence as the steps see it: its actors, clauses and dated expressions."""

    s: Sentence
    tagged: list[Tagged]
    mentions: list[ActorMention]
    starts: list[int]  # mention starts, for bisect
    lang: Lang
    dated: list[_Dated] = field(default_factory=list)
    counted: int = 0  # state mentions already counted for salience
    _dated_starts: list[int] = field(default_factory=list)
    text: str = ""  # the document's text
    # by id(pattern), with the pattern (see search)
    _found: dict[int, tuple[re.Pattern[str], re.Match[str] | None]] = \
        field(default_factory=dict)
    _split: list[tuple[int, int]] | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # the tagged ones' (start, end)
    shapes: dict[int, str] = field(default_factory=dict)  # clause index -> its shape

    @property
    def clauses(self) -> list[tuple[int, int]]:
        """The sentence's clauses, never cut inside an expression: split when a step
        first asks (most sentences date nothing, and most steps stop before asking)."""
        if self._split is None:
            split = _clauses(self.s, self.lang, self.spans)
            story = self.story_start
            if story > self.s.start:  # "NEW YORK, October 28, 1996 (FSM ...) - On Monday"
                split = [(max(a, story), b) for a, b in split if b > story] or split
            self._split = split
        return self._split

    @cached_property
    def story_start(self) -> int:
        """Where the sentence's story starts: after its dateline ("GENEVA, 3 May 2019
        (Reuters) - ", "AUCKLAND, AAP - "), else at its start."""
        if self.spans:
            end = dateline_end(self.text, self.s, *self.spans[0])
            if end > self.s.start:
                return end
        return undated_dateline_end(self.text, self.s, self.lang.gazetteer.places)

    @cached_property
    def prose_words(self) -> int:
        """The sentence's words when it ends as a sentence does ("." or "!" before any
        closing quote or bracket), else 0: several steps ask (see _is_prose)."""
        body = self.s.text.rstrip(_CLOSERS)
        return len(body.split()) if body.endswith((".", "!")) else 0

    def within(self, span: tuple[int, int]) -> list[ActorMention]:
        return _within(self.mentions, self.starts, span)

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern``'s first match in the sentence: several steps ask for the same one
        (an act, a plan, a report), and each asks the view, which searches once; not at
        all when the sentence has none of the words the pattern needs (cues.word_runs).
        Patterns are looked up by identity: a compiled pattern's hash reads all of its
        code, microseconds for a long list of words, and a step asks many times."""
        seen = self._found.get(id(pattern))
        if seen is not None and seen[0] is pattern:
            return seen[1]
        found = pattern.search(self.text, self.s.start, self.s.end) \
            if self.may_hold(pattern) else None
        self._found[id(pattern)] = (pattern, found)
        return found

    def may_hold(self, pattern: re.Pattern[str]) -> bool:
        """False when the sentence has none of the words ``pattern`` needs
        (``Patterns.needs``): it holds no match."""
        needs = _needs_by_identity(self.lang).get(id(pattern))
        if needs is None or needs[0] is not pattern:
            return True
        runs = self.runs
        return runs is None or not runs.isdisjoint(needs[1])

    @cached_property
    def runs(self) -> frozenset[str] | None:
        """The sentence's runs of word characters (see cues.word_runs)."""
        return word_runs(self.text[self.s.start:self.s.end])

    def _starts(self) -> list[int]:
        """Where the dated expressions start, in text order (the list is complete by the
        time a step asks)."""
        if len(self._dated_starts) != len(self.dated):
            self._dated_starts = [o.span[0] for o in self.dated]
        return self._dated_starts

    def dated_within(self, span: tuple[int, int]) -> int:
        """How many dated expressions start inside ``span``: by bisect, as ``others``."""
        starts = self._starts()
        return bisect.bisect_left(starts, span[1]) - bisect.bisect_left(starts, span[0])

    def others(self, d: _Dated) -> list[tuple[int, int]]:
        """The other dated expressions inside ``d``'s (bounded) clause: found by bisect,
        so that a sentence of thousands of dates is not scanned once per date."""
        starts = self._starts()
        lo = bisect.bisect_left(starts, d.clause[0])
        hi = bisect.bisect_left(starts, d.clause[1])
        return [o.span for o in self.dated[lo:hi] if o is not d]


class _Reader:
    """Reads one document sentence by sentence; each step below is one way an event is
    told. What the text has told so far lives in ``ctx`` (states, people, the open
    process) and ``drafts`` (the events, indexed)."""

    def __init__(self, text: str, doc: str, lang: Lang, tagged: list[Tagged],
                 dct: DocDate | None, sections: dict[int, DocDate] | None = None,
                 headed: dict[int, Tagged] | None = None) -> None:
        self.text, self.doc, self.lang, self.dct = text, doc, lang, dct
        # sentence index -> the document date from the next sentence on (section datelines)
        self.sections = sections or {}
        # sentence index -> the date of the chronicle entry below it (date headings)
        self.headed = headed or {}
        self.under: Tagged | None = None  # the date heading the sentences are under
        self.under_paragraph = -1  # the paragraph right under it
        self.pats = patterns(lang)
        self.actor_finder = finder(lang)
        self.ctx = _Context()
        self.drafts = _Drafts(lang)
        self.by_sentence: dict[int, list[Tagged]] = {}
        for t in tagged:
            self.by_sentence.setdefault(t.sentence, []).append(t)
        self.counter = 0
        self.named: dict[tuple[str, str], _Draft] = {}  # events named with their year
        self.heading: _Draft | None = None  # the last event told in a heading
        self.lead_told = False  # the first sentence of the story has been read
        self.told_at: set[int] = set()  # sentences told as more of an event before them
        self.eventful: set[int] = set()  # sentences that told an event of their own
        # The paragraph, sentence and end of the last date told.
        self.recent: tuple[int, int, Day] | None = None
        self.paragraph_of: dict[int, int] = {}  # sentence index -> its paragraph
        self.sentence_start: dict[int, int] = {}  # sentence index -> where it starts
        self.credits: Scan | None = None  # photo credits (see _in_caption)
        self.titles = Titles()  # this text's titles (see titles.Titles)
        self._last_dates: tuple[tuple[object, ...], bool] | None = None  # _dates_an_event
        self._last_event_date: tuple[Resolved, DocDate, bool, str, Resolved] | None = None  # _event_date
        # The news is told on or after this day (see _NEWS_DAYS)
        self.news_horizon = dct.first_day.plus_days(-_NEWS_DAYS) if dct is not None else None

    def read(self, sentences: list[Sentence]) -> list[Event]:
        for s in sentences:
            budget.check()
            self.paragraph_of[s.index] = s.paragraph
            self.sentence_start[s.index] = s.start
            if furniture(self.text, s, self.lang):
                continue  # a credit, byline or time stamp: its dates are the page's
            section = self.sections.get(s.index)
            if section is not None:  # the dateline of the document below: no event
                self.dct, self.news_horizon = section, section.first_day.plus_days(-_NEWS_DAYS)
                self.under = None
                continue
            if s.index in self.headed:
                self.under, self.under_paragraph = self.headed[s.index], -1
            elif self.under is not None and _is_heading(self.text, s):
                self.under = None  # a heading of another kind: the entry has ended
            elif self.under is not None and self.under_paragraph < 0:
                self.under_paragraph = s.paragraph
            view = self._view(s)
            for d in view.dated:
                self._dated_event(view, d)
            self._lasting(view)
            self._ordinal_day(view)
            self._named_events(view)
            self._anniversaries(view)
            self._offset_events(view)
            self._related_events(view)
            self._sequel(view)
            self._clock_step(view)
            self._story_goes_on(view)
            self._news(view)
            self._plan(view)
            _processes(self, view)
            for t in view.tagged:
                if t.resolved.end is not None and t.timex.type == TimexType.DATE:
                    self.recent = (s.paragraph, s.index, t.resolved.end)
            self._note_subject(view)
            self._count_states_before(view, s.end)
        return [_to_the_day(e) for e in _merge([d.event for d in self.drafts], self.lang)]

    def _add(self, draft: _Draft, s: Sentence) -> None:
        """Keep an event (not one that only tells who takes part in one told before). A heading ("Historisk avtale undertegnes i dag") announces the
        story its next lines tell: the first event after it of the same type and within
        its date is that event, and takes the heading's mention."""
        if self._tells_who_takes_part(draft.clause):
            return
        heading = self.heading
        if heading is not None and draft.sentence - heading.sentence <= _HEADING_REACH and \
                not heading.removed and _tells_the_same(heading.event, draft.event):
            heading.removed = True
            draft.event.mentions[:0] = heading.event.mentions
            self.heading = None
        self.drafts.add(draft)
        self.eventful.add(draft.sentence)
        if self.heading is not draft and _is_heading(self.text, s):
            self.heading = draft

    def _tells_who_takes_part(self, clause: tuple[int, int]) -> bool:
        """'German Foreign Minister Sigmar Gabriel will host the meeting', 'the meeting was
        attended by the foreign ministers of ...', 'vil delta på dette møtet': who hosts or
        attends an event already told (the meeting, møtet: definite, nothing after it) is
        about that event, not one more. 'vil delta på Natos utenriksministermøte i Brussel
        23. mars' and 'delta på en konferanse' tell an event of their own."""
        text, lang, pats = self.text, self.lang, self.pats
        noun = ""
        m = pats.participation.search(text, *clause) if pats.participation is not None else None
        if m is not None and (m.group("det") or
                              m.group("noun").lower().endswith(lang.definite_endings or ("\0",))):
            noun = m.group("noun")
        passive = pats.participation_passive
        p = passive.search(text, *clause) if passive is not None and not noun else None
        if p is not None:
            # only "the meeting" or "møtet" before it: "Natos toppmøte ledes av" names one
            words = text[clause[0]:p.start()].split()
            det = len(words) == 2 and words[0].lower() in lang.anaphoric_determiners
            if words and (det or len(words) == 1) and \
                    pats.reference_noun_in.search(words[-1].lower()) is not None and \
                    (det or words[-1].lower().endswith(lang.definite_endings or ("\0",))):
                noun = words[-1]
        # Only where a title before names it ("meeting"): else this clause is what a
        # later "during the meeting" finds.
        return bool(noun) and self.drafts.named_by(noun)

    def _note_subject(self, view: _View) -> None:
        """The person a later 'han' or 'she' stands for: the first person named in the
        sentence, unless a pronoun came before any name ("setter han seg på flyet for å
        møte Trump": still the one before). A wrong name is worse than 'han': when it is
        not clear, there is no one."""
        people = [m for m in view.mentions if m.kind == "person"]
        persons = self.pats.pronouns.get("person")
        first = people[0].start if people else view.s.end
        if persons is not None and persons.search(self.text, view.s.start, first):
            return  # the sentence goes on about the same person
        if not people and self._in_speech(view.s, view.s.end):
            return  # direct speech that names no one: its "sier hun" is still the one
            # told of before the quote ("Huitfeldt ... – Vi vil ..., sier hun")
        names = {m.canonical for m in people}
        # One person named: that one. Several: the one the sentence's first event has as
        # its subject ("Kerry met Lavrov on Monday. On Tuesday he flew ..." is Kerry's
        # flight). None, or no subject among them: no one for sure ("Palestineren var
        # ingen hvem som helst. I 1970 prydet han ..." is not about the minister before).
        self.ctx.last_person = people[0].canonical if len(names) == 1 else \
            self._person_subject(view.s, people)

    def _person_subject(self, s: Sentence, people: list[ActorMention]) -> str:
        """The person named as the subject of the first event told in ``s``: the name
        its title opens with (the capitalised words before its verb), else ''."""
        first = None
        for d in self.drafts.of_sentence(s.index):
            first = d  # newest first: the last one is the first told
        if first is None:
            return ""
        words = first.event.title.split()
        k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        opening = " ".join(words[:k])
        found = {m.canonical for m in people if m.text in opening}
        return found.pop() if len(found) == 1 else ""

    def _next_id(self) -> str:
        self.counter += 1
        return f"{self.doc}#{self.counter}"

    # --- step 1: the sentence, its actors and the expressions that date events -------
    def _view(self, s: Sentence) -> _View:
        text = self.text
        mentions = self.actor_finder.find(text, s.start, s.end, self.ctx.people)
        self._learn_people(mentions)
        tagged = self.by_sentence.get(s.index, [])
        spans = [(x.start, x.end) for x in (t.timex for t in tagged)]
        view = _View(s, tagged, mentions, [m.start for m in mentions], self.lang, text=text,
                     spans=spans)
        citation = self.pats.citation
        cited = Scan(citation, text, s.start, s.end, margin(self.lang.citation_cues)) \
            if citation is not None and len(tagged) > SHARED_SCAN else None
        dated = view.dated
        for j, t in enumerate(tagged):
            x = t.timex
            m = x.meaning
            if m.kind not in _EVENT_KINDS and not (m.kind == "ref" and m.ref == "PAST_REF") \
                    and not self._part_of_a_day_told(t):
                continue
            if x.type == TimexType.DURATION and m.kind != "window":
                continue
            span = spans[j]  # the expression's start and end, read once
            whole = _clause_of(view.clauses, span[0])
            if m.kind == "clock" and not self._tells_an_act(view, whole, span[1]):
                continue  # "Om kvelden var det kaldt": a state of that evening
            bounded = reach_among(text, whole[0], whole[1], spans, j)
            if not self._dates_an_event(s, t, span, bounded, cited):
                continue
            d = _Dated(t, whole, bounded, span, self._event_date(t, span[0], s.start))
            if dated and self._same_stretch(dated[-1], d):
                continue
            if dated and self._label_told_again(dated[-1], d):
                d.told_again(dated[-1].t)
                dated[-1] = d
                continue
            dated.append(d)
        if s.text.rstrip(_CLOSERS).endswith("?"):
            view.dated = []  # a question reports nothing ("Var pakten plan B for Norge?")
        return view

    def _part_of_a_day_told(self, t: Tagged) -> bool:
        """'Om kvelden holder kongen gallamiddag', 'In the evening, Obama will host Hu for
        a state dinner': a part of the day alone, in a text that told the day just
        before, dates an event on that day (see resolve._resolve_clock); of the document
        date or of no day told, it dates none."""
        m, r = t.timex.meaning, t.resolved
        return m.kind == "clock" and m.hour is None and r.anchor == Anchor.PREVIOUS and \
            r.grain == Grain.DAY and self.recent is not None and \
            self.recent[1] >= t.sentence - _DAY_TOLD_REACH and self.recent[2] == r.start

    def _same_stretch(self, prev: _Dated, d: _Dated) -> bool:
        """Two expressions of one clause that name one date or one stretch: 'mandag og
        tirsdag' (the days touch: one interval), 'I morgen, tirsdag,' (the same day told
        twice), or the same date again ('1853 — Perry and Japan: ... in 1853'). The
        later one joins the earlier's event; True when it did."""
        a, b = prev.date, d.date
        if prev.whole == d.whole and self._in_brackets_after(prev, d):
            prev.span = (prev.span[0], self.text.index(")", d.span[1]) + 1)
            prev.told_again(d.t)
            return True  # "I morgen (onsdag)", "on Tuesday (March 3)": one day told twice
        if a.start is None or b.start is None or a.end is None or b.end is None:
            return False
        # Matched in place, not on a copy of the stretch between: the same date told
        # again and again in one clause ("mai hei mai hei ...") keeps the first as ``prev``
        # (joins_dates has no look-behind, so in place it matches as on the copy).
        gap = prev.span[1], d.span[0]
        adjacent = (self.pats.joins_dates.fullmatch(self.text, *gap) if gap[0] <= gap[1]
                    else self.pats.joins_dates.fullmatch("")) is not None
        if prev.whole != d.whole and not (adjacent and "," in self.text[gap[0]:gap[1]]):
            return False  # "I morgen, tirsdag," is one day in two clauses
        if a.value == b.value or (adjacent and a.start <= b.start and b.end <= a.end):
            if adjacent:
                prev.span = (prev.span[0], d.span[1])  # "I morgen, tirsdag,"
            prev.told_again(d.t)
            return True
        if adjacent and a.grain == b.grain and b.start == a.end.plus_days(1) and \
                "/" not in a.value + b.value:
            prev.date = Resolved(f"{a.value}/{b.value}", a.start, b.end, a.grain,
                                 a.approximate or b.approximate, a.anchor,
                                 f"from {describe(a)} to {describe(b)}", "",
                                 a.anchor_text or b.anchor_text)
            prev.span = (prev.span[0], d.span[1])
            prev.told_again(d.t)
            return True
        return False

    def _in_brackets_after(self, prev: _Dated, d: _Dated) -> bool:
        """Whether ``d`` is all that a bracket right after ``prev`` holds."""
        text, gap = self.text, (prev.span[1], d.span[0])
        return 0 <= gap[1] - gap[0] <= 3 and text[gap[0]:gap[1]].strip() == "(" and \
            text[d.span[1]:d.span[1] + 3].lstrip().startswith(")")

    def _label_told_again(self, prev: _Dated, d: _Dated) -> bool:
        """'1853 — Perry and Japan: Perry sailed into Edo Bay in 1853': a bare date opening
        a line, told again in the clause that tells the event, is that event's date."""
        if prev.whole == d.whole or prev.date.value != d.date.value:
            return False
        text = self.text
        rest = text[prev.whole[0]:prev.span[0]] + text[prev.span[1]:prev.whole[1]]
        return _WORD.search(rest) is None

    def _dates_an_event(self, s: Sentence, t: Tagged, span: tuple[int, int],
                        clause: tuple[int, int], cited: Scan | None = None) -> bool:
        """Not a dateline ("BISSAU, 10 Aug 2005 (IRIN) - ..."), not where a source was
        printed ("printed in Department of State Bulletin, May 23"), not a year in a
        name ("«Nato 2030»", "the War of 1898", "the 1953 team"). ``span``: the
        expression's start and end; ``cited``: the sentence's citation cues found once
        (a sentence of many dates).

        The answer is worked out again only when the question (what it reads: the
        expression's value and meaning, and the text around it) differs from the last
        one: a sentence of thousands of one date asks the same again and again. The
        last question lives in this reader, for this text."""
        start, end = span
        text = self.text
        lo = max(s.start, min(clause[0], start - _CITATION_REACH))
        # All it reads of the text: from the character before the first it looks at (the
        # look-behind of a citation cue, see cues._any_word) to the last (and the one
        # character after the expression, see _years_of_a_name); where in that the
        # expression and the citation's reach stand, and the sentence's ends when they
        # lie in it (else every stretch it reads is cut by its own reach, not by them).
        first = start - _LOOK_BEFORE
        if first < s.start:
            first = s.start
        if lo < first:
            first = lo
        a = first - 1 if first > 0 else 0
        b = end + _LOOK_AFTER
        if b > s.end:
            b = s.end if s.end > end else end + 1
        question = (t.resolved, t.timex.meaning, t.timex.text, text[a:b], lo - a, start - a,
                    end - a, s.start - a if s.start >= a else -1,
                    s.end - a if s.end <= b else -1, cited is not None, self.dct)
        last = self._last_dates
        if last is not None and last[0][0] is question[0] and last[0][1] is question[1] and \
                last[0][2:] == question[2:]:
            return last[1]
        answer = self._work_out_dates_an_event(s, t, start, end, lo, cited)
        self._last_dates = (question, answer)
        return answer

    def _work_out_dates_an_event(self, s: Sentence, t: Tagged, start: int, end: int, lo: int,
                                 cited: Scan | None) -> bool:
        """_dates_an_event's answer; ``lo``: where the citation cues are looked for."""
        if is_dateline(self.text, s, start, end):
            return False
        if self._the_present_age(t):
            return False
        limit, m = self.pats.deadline_limit, t.timex.meaning
        if limit is not None and not (m.kind == "relative" and m.offset < 0) and \
                limit.search(self.text[max(s.start, start - _LIMIT_LOOK):start]):
            # "was to take place no later than 1 September 1945": a deadline; but no
            # deadline is set behind the time it is told in: "senest forrige uke
            # etablerte ..." is "as recently as last week"
            return False
        citation = self.pats.citation
        if cited.search(lo, start) if cited is not None else \
                citation is not None and citation.search(self.text, lo, start):
            return False
        return not self._year_in_name(s, t) and not self._years_of_a_name(s, t)

    def _the_present_age(self, t: Tagged) -> bool:
        """'in the 21st century', 'i dette århundret' told in a text of that century: the
        age the text is written in, a frame for how things are, not an event's date."""
        r, dct = t.resolved, self.dct
        if dct is None or r.start is None or r.end is None:
            return False
        return r.grain in (Grain.CENTURY, Grain.MILLENNIUM) and \
            r.start <= dct.first_day and dct.last_day <= r.end

    def _years_of_a_name(self, s: Sentence, t: Tagged) -> bool:
        """'the Bush administration (2001–2009)', 'Kofi Annan (1938–2018)': years in
        brackets after a name are its term or its life, not the date of the clause. After
        an event's name ("the Korean War (1950–1953)") they date that event."""
        m, text = t.timex.meaning, self.text
        if m.kind != "interval" or t.resolved.grain != "year":
            return False
        before = text[max(s.start, t.start - _NAME_LOOK):t.start]
        if not before.endswith("(") or not text.startswith(")", t.end):
            return False
        last = before[:-1].split()[-2:]
        if not last:
            return False
        word = last[-1].lower()  # a compound ends in its noun: "Koreakrigen"
        tails = [" ".join(last), *(word[i:] for i in range(1, max(1, len(word) - 3)))]
        return all(_event_type(tail + " ", self.lang) == "other" for tail in tails)

    def _year_in_name(self, s: Sentence, t: Tagged) -> bool:
        m = t.timex.meaning
        if not t.timex.text.isdigit() or m.year is None or m.month is not None:
            return False
        text, lang = self.text, self.lang
        before = text[max(s.start, t.start - _NAME_LOOK):t.start]
        name = self.pats.name_before_year.search(before)
        if name is not None:
            word = name.group().split()[0].strip("«\"“").lower()
            if word not in _not_names(lang):
                return True
        article = self.pats.article_before
        if article is not None and article.search(before):
            # "the 2015 nuclear deal" dates the deal; "the 1953 team" names a team.
            head = _head_noun(text[t.end:min(s.end, t.end + _HEAD_LOOK)], lang)
            return _event_type(head, lang) == "other"
        return False

    def _learn_people(self, mentions: list[ActorMention]) -> None:
        learned = self.ctx.learned
        for m in mentions:
            if m.kind == "person" and " " in m.canonical and m.canonical not in learned:
                learned.add(m.canonical)  # its names are set now, and stay
                # Later, any part of the name may stand alone ("Kim" after "Kim Jong Un");
                # a person the text introduced wins over one the gazetteer knows.
                for name in {*family_names(m.canonical), *m.canonical.split()}:
                    if len(name) > 1 and name[:1].isupper():
                        self.ctx.people.setdefault(name, m.canonical)

    def _count_states_before(self, view: _View, pos: int) -> None:
        mentions = view.mentions
        while view.counted < len(mentions) and mentions[view.counted].start < pos:
            m = mentions[view.counted]
            if m.kind == "state":
                self.ctx.saw_state(m.canonical, _salience(self.text, m))
            view.counted += 1

    # --- step 2: an event dated by an expression in its own clause -------------------
    def _dated_event(self, view: _View, d: _Dated) -> None:
        text, lang, ctx, t = self.text, self.lang, self.ctx, d.t
        self._count_states_before(view, d.clause[0])
        event_id = self._next_id()
        date = d.date
        noun = self._dated_noun(view.s, t)
        if noun is not None:
            self._noun_event(view, d, event_id, *noun)
            return
        clause, title = self._clause_and_title(view, d)
        if not title:
            return  # "13. august 1905" as a heading: a date, no event
        if title.split(" ", 1)[0].strip(_QUOTES).lower() in lang.speaker_pronouns:
            # "– Vi har i dag besluttet ..., sier Huitfeldt": "we" is the speaker's side
            title = self._with_speaker(view.s, clause, title)
        clause_mentions = view.within(clause)
        clause_text = clean(text[clause[0]:d.span[0]] + " " + text[d.span[1]:clause[1]])
        kind = _event_type(clause_text, lang)
        if kind == "other" and title != clean(clause_text):
            # the title tells what the clause does not: a table row under its heading
            # ("| London | 1945, Sep |" under "List of meetings": "Meeting in London")
            kind = _event_type(title + " ", lang)
        if kind == "other" and \
                self._describes_a_state(clause_text, text[max(clause[0], d.span[0] - 20):d.span[0]]) and \
                self._cleft(clause_text) == clause_text:  # "It was in 1949 that ...": a cleft
            return
        if kind != "other" and self._describes_a_role(
                clause_text, text[max(clause[0], d.span[0] - 20):d.span[0]]):
            return  # "Norway was a key facilitator of the negotiations in 1993"
        if self._in_a_state(clause, d.span):
            return  # "vil være til stede under undertegningen", "was uncertain of"
        if self._a_habit(clause, d.span):
            return  # "Siden 2010 har de holdt samtaler hvert år": a habit, no one event
        if self._a_media_report(clause, view.s.end):
            return  # "NRK meldte først om besøket søndag": the report's day, not the visit's
        if self._marks_an_anniversary(clause, d.span):
            return  # "This year marks the 65th anniversary of ...": step 3b tells it
        place = _place(text, clause_mentions, lang)
        actors = [a for a in _actor_names(clause_mentions) if a != place]
        if ctx.last_state and _mentions_pronoun(clause_text, lang, "state"):
            if ctx.last_state not in actors:
                actors.append(ctx.last_state)
            ctx.saw_state(ctx.last_state)
        past = date.end is not None and _before_the_document(self.dct, date.end)
        if not past and self._denies_a_plan(clause):
            return  # "Vi vil ikke, per i dag, blokkere RT": nothing is to happen
        modality = self._modality(clause, t, date)
        event = Event(
            id=event_id, doc=self.doc, lang=lang.code, date=date, title=title,
            type=kind, actors=actors, place=place,
            mentions=[_mention(self.doc, text, view.s, x.text, x.start, x.end)
                      for x in (t, *(d.also or ()))],
            timex_type=t.timex.type,
            modality=modality,
        )
        self._add(_Draft(event, view.s.index, clause), view.s)
        self._main_clause_of_aside(view, clause, title, event)
        if modality == "planned":
            self._agreed_before(view, d, clause, event)
        own = 1 if clause[0] <= d.span[0] < clause[1] else 0
        if view.dated_within(clause) == own:
            self._second_predicate(view, clause, event)  # one date for both acts
        self._main_clause_after_when(view, d, clause, event)
        self._main_clause_before_after(view, clause, event)

    def _sharing(self, event: Event, title: str, told: tuple[int, int],
                 explanation: str, s: Sentence, about: bool, mod: str = "") -> None:
        """One more event told with ``event``'s date, in the same sentence; ``about``:
        at about that time, not told by the date itself; ``mod``: "AFTER" when it
        happened after that date."""
        date = replace(event.date, approximate=event.date.approximate or about,
                       explanation=f"{event.date.explanation}; {explanation}",
                       mod=mod or event.date.mod)
        mentions = self.text[told[0]:told[1]]
        actors = [a for a in event.actors if a in mentions] or list(event.actors)
        other = Event(
            id=self._next_id(), doc=self.doc, lang=self.lang.code, date=date, title=title,
            type=_event_type(title, self.lang), actors=actors, place=event.place,
            mentions=[replace(m) for m in event.mentions], timex_type=event.timex_type,
            modality=event.modality)
        self._add(_Draft(other, s.index, told), s)

    def _second_predicate(self, view: _View, clause: tuple[int, int], event: Event) -> None:
        """'The United States withdrew from the deal last year and reimposed sanctions',
        'USA trakk seg fra avtalen i fjor og gjeninnførte sanksjonene': two acts of one
        subject share the date; each is an event with its own title. Only when the
        subject is a name the title opens with (an actor), and a verb opens the second."""
        lang, title = self.lang, event.title
        first = next((m for m in view.within(clause)), None)
        if first is None or not title.startswith(first.text) or not lang.coordinators:
            return
        words = title.split()
        for k in range(len(first.text.split()) + 1, len(words) - 1):
            verb = words[k + 1]
            if words[k].lower() in lang.coordinators and verb[:1].islower() and (
                    self._verb_like(verb) or verb.lower() in lang.act_verbs):
                event.title = " ".join(words[:k]).rstrip(",")
                self._sharing(event, shorten(f"{first.text} {' '.join(words[k + 1:])}", lang),
                              clause, "a second act of the same subject, told with it", view.s,
                              about=False)
                return

    def _main_clause_after_when(self, view: _View, d: _Dated, clause: tuple[int, int],
                                event: Event) -> None:
        """'Da Stoltenberg våren 1993 ble utnevnt til FN-utsending, overtok Holst som
        utenriksminister', 'When the news reached Norway in late January 1814, it sparked
        the independence movement': the fronted clause dates the main clause after it,
        which is an event of its own at about that time."""
        lang, text = self.lang, self.text
        opening = text[clause[0]:min(clause[1], clause[0] + 20)].split()[:1]
        if not opening or opening[0].lower() not in lang.when_openers or \
                text[view.s.start:clause[0]].strip(_LEAD_MARKS):
            return  # fronted only: "..., da de to hilste mandag kveld, ved å ..." is not
        i = bisect.bisect_right(view.clauses, (clause[1], sys.maxsize))
        if i >= len(view.clauses) or view.clauses[i - 1][1] > clause[1] + 1 or \
                self._shape(view, i) != "core":
            return
        main = view.clauses[i]
        if view.dated_within(main):
            return  # the main clause has a date of its own
        title = self.titles.make(text, main, (main[0], main[0]), lang, self.ctx.last_state,
                                 view.within(main), self.ctx.last_person, order="fronted")
        if len(title.split()) < 3 or reporting_speaker(title, lang):
            return  # "Security Pacific said": a reporting clause tells no act
        self._sharing(event, title, main, f"at about the time of the '{opening[0]}' clause "
                      f"before it", view.s, about=True)

    def _main_clause_before_after(self, view: _View, clause: tuple[int, int],
                                  event: Event) -> None:
        """'The talks collapsed after the Security Council tightened sanctions in April
        2009', 'Samtalene brøt sammen etter at Sikkerhetsrådet skjerpet sanksjonene i
        april 2009': the dated clause that 'after' opens dates the main clause before it,
        an event of its own that happened after that date (approximate, 'AFTER')."""
        lang, text = self.lang, self.text
        i = bisect.bisect_left(view.clauses, clause)
        if i < 1 or i >= len(view.clauses) or view.clauses[i] != clause:
            return
        main = view.clauses[i - 1]
        between = text[main[1]:clause[0]].strip().lower()
        if between not in lang.after_connectors or self._shape(view, i - 1) != "core" or \
                view.dated_within(main):
            return  # "..., after which", a main clause with a date of its own
        title = self.titles.make(text, main, (main[0], main[0]), lang, self.ctx.last_state,
                                 view.within(main), self.ctx.last_person)
        act = self.pats.act
        if len(title.split()) < 2 or reporting_speaker(title, lang) or (
                (act is None or act.search(text, *main) is None) and
                self.pats.end_verb_in.search(text[main[0]:main[1]].lower()) is None):
            return  # only an act or an end: not "..., he said after ...", "was the first
            # leader to go there after ...", "Forhandlingene var et forsøk på ... etter at"
        process = self.pats.pronoun_subject.get("process")
        if process is not None and process.match(text, main[0]):
            return  # "De brøt sammen etter at ...": the end of the talks told before,
            # which the process they make ends with (see _processes)
        self._sharing(event, title, main, f"after the '{between}' clause after it", view.s,
                      about=True, mod="AFTER")

    def _agreed_before(self, view: _View, d: _Dated, clause: tuple[int, int],
                       plan: Event) -> None:
        """'North Korea agreed to hold talks in Beijing before the end of June', 'Partene
        ble enige om å møtes igjen i mars': what is planned is the dated event, titled as
        a headline says it ('North Korea to hold talks in Beijing', 'Partene skal møtes
        igjen'). The agreement itself is told by the clause's own date when it has one,
        or belongs to the news the article reports (the talks that ended with it)."""
        agreement, lang = self.pats.agreement, self.lang
        if agreement is None or not lang.plan_marker:
            return
        m = agreement.search(self.text, clause[0], d.span[0])
        if m is None:
            return
        words = plan.title.split()
        low = [w.lower() for w in words]
        verb = m.group().lower().split()
        at = next((i for i in range(len(low)) if low[i:i + len(verb)] == verb), -1)
        if at < 1 or at + len(verb) >= len(words):
            return  # no subject named before the verb, or nothing agreed after it
        subject, what = " ".join(words[:at]), " ".join(words[at + len(verb):])
        report = self.pats.report
        if report is not None and report.search(subject):
            return  # "Li Zhaoxing said all sides agreed to ...": the speaker stays told
        plan.title = shorten(f"{subject} {lang.plan_marker} {what}", lang)

    def _denies_a_plan(self, clause: tuple[int, int]) -> bool:
        """'Vi vil ikke, per i dag, blokkere RT', 'We will not block it today': a plan
        clause that says what is not to happen plans nothing (a past date in it, "will not
        lift the sanctions imposed after its 1990 invasion", still dates its event). Only
        the future itself denied counts
        (``Lang.denied_plans``): "would not divulge", "must not stop" tell other things."""
        denied = self.pats.denied_plan
        return denied is not None and denied.search(self.text, *clause) is not None

    def _main_clause_of_aside(self, view: _View, clause: tuple[int, int], title: str,
                              aside: Event) -> None:
        """'med Mossekonvensjonen – undertegnet 14. august 1814 – godkjente Norge unionen':
        the clause the dated aside stands in tells its own act at the same date ('Norge
        godkjente unionen med Sverige'), when it reports one."""
        text, pats = self.text, self.pats
        if pats.act is None or self._parenthetical_participle(view, clause,
                                                              title.split()[-1]) != title:
            return
        close = text.find("–", clause[1], clause[1] + 3)
        if close < 0:
            close = text.find("—", clause[1], clause[1] + 3)
        i = bisect.bisect_left(view.clauses, (close + 1, 0))
        if close < 0 or i >= len(view.clauses):
            return
        after = view.clauses[i]
        act = pats.act.search(text, after[0], after[1])
        if act is None or any(d.whole == after for d in view.dated):
            return
        for cue in (pats.negation, pats.possible, pats.planned):
            if cue is not None and cue.search(text, after[0], after[1]):
                return
        j = bisect.bisect_right(view.clauses, (clause[0], -1)) - 1
        opening = view.clauses[j - 1][0] if j > 0 else clause[0]  # "med Mossekonvensjonen"
        fronted = (opening, after[0])
        title = self.titles.make(text, (opening, after[1]), fronted, self.lang, self.ctx.last_state,
                           view.within(after), self.ctx.last_person)
        if len(title.split()) < 3:
            return
        mentions = view.within(after)
        place = _place(text, mentions, self.lang)
        event = Event(
            id=self._next_id(), doc=self.doc, lang=self.lang.code, date=aside.date,
            title=title, type=_event_type(clean(text[after[0]:after[1]]), self.lang),
            actors=[a for a in _actor_names(mentions) if a != place], place=place,
            mentions=[replace(aside.mentions[0])], timex_type=aside.timex_type,
            modality=aside.modality,
        )
        self._add(_Draft(event, view.s.index, after), view.s)

    def _dated_noun(self, s: Sentence, t: Tagged) -> tuple[int, int, str] | None:
        """'the 2015 nuclear deal', '2015-avtalen', 'atomavtalen fra 2015': a year that is
        part of an event's noun phrase dates that event, not the verb of its clause
        ("Iran wants to revive the 2015 deal" tells of a deal in 2015, not a wish then).
        The phrase's span and its head noun, or None."""
        m, text, lang = t.timex.meaning, self.text, self.lang
        if not t.timex.text.isdigit() or m.year is None or m.month is not None:
            return None
        if text.startswith("-", t.end):  # "2015-avtalen"
            w = _WORD.match(text, t.end + 1)
            if w is not None and w.end() <= s.end and \
                    _event_type(w.group().lower() + " ", lang) != "other":
                return t.start, w.end(), w.group().lower()
            return None
        before = text[max(s.start, t.start - 40):t.start]
        article = self.pats.article_before
        if article is not None and (a := article.search(before)) is not None:
            after = text[t.end:min(s.end, t.end + 60)]
            head = _head_noun(after, lang)
            if not head or _event_type(head + " ", lang) == "other":
                return None
            h = re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-])", after, re.IGNORECASE)
            if h is None:
                return None
            return t.start - len(before) + a.start(), t.end + h.end(), head
        post = _YEAR_POSTMODIFIER.search(before)
        if post is not None and post.group("prep").lower() in lang.year_postmodifiers:
            noun = post.group("noun").lower()
            if noun.endswith(lang.definite_endings) and any(
                    _event_type(noun[i:] + " ", lang) != "other"
                    for i in range(0, max(1, len(noun) - 3))):
                return t.start - len(before) + post.start("noun"), t.end, noun
        return None

    def _noun_event(self, view: _View, d: _Dated, event_id: str, start: int, end: int,
                    head: str) -> None:
        """The event a dated noun phrase names; told again ('the 2015 deal' after 'the
        2015 Iran nuclear deal'), the same event."""
        text, t, date = self.text, d.t, d.date
        mention = _mention(self.doc, text, view.s, t.text, t.start, t.end)
        key = (_stem(head), date.value)
        earlier = self.named.get(key)
        if earlier is not None and not earlier.removed:
            earlier.event.mentions.append(mention)
            return
        title = clean(text[start:end])
        title = title[:1].upper() + title[1:]
        dct = self.dct
        past = dct is not None and date.end is not None and date.end < dct.first_day
        mentions = view.within((start, end))
        event = Event(
            id=event_id, doc=self.doc, lang=self.lang.code, date=date, title=title,
            type=_event_type(head + " ", self.lang), actors=_actor_names(mentions), place="",
            mentions=[mention], timex_type=t.timex.type,
            modality="actual" if past else self._modality((start, end), t, date),
        )
        draft = _Draft(event, view.s.index, (start, end))
        self.named[key] = draft
        self._add(draft, view.s)

    def _modality(self, clause: tuple[int, int], t: Tagged | tuple[int, int],
                  date: Resolved) -> str:
        """'possible' when a hope or condition governs the date ("kan", "if"), 'planned'
        when a future cue or a schedule does ("skal", "will", "goes into effect") or the
        date lies after the document date; else 'actual'."""
        dct = self.dct
        # A fronted date's main clause ("On Thursday, X will ...") is read for a date not
        # already past: the resolver placed a past one in the past ("A decade ago, the
        # military planning of ...": a noun, no plan).
        past = dct is not None and date.end is not None and _before_the_document(dct, date.end)
        front = None if past else self.lang
        if self.pats.possible is not None and _governs(self.pats.possible, self.text,
                                                       clause, t, front):
            return "possible"
        if _governs(self.pats.planned, self.text, clause, t, front) or \
                self.lang.split_future and \
                split_future_governs(self.lang, self.text, *clause,
                                     t.start if isinstance(t, Tagged) else t[0]):
            past_future = self.pats.past_future
            if past_future is not None and date.end is not None and \
                    _before_the_document(dct, date.end) and \
                    _governs(past_future, self.text, clause, t):
                return "actual"  # "agreed that they would sign the deal in 2012": past now
            return "planned"
        if dct is not None and date.start is not None and date.start > dct.last_day:
            return "planned"
        if dct is None and isinstance(t, Tagged) and _ahead_of_the_document(t.timex.meaning):
            return "planned"  # "i morgen", "next year" with no document date to place it
        return "actual"

    def _event_date(self, t: Tagged, start: int, sentence_start: int) -> Resolved:
        """The expression's value as an event's date: a window ("det siste året") and
        "siden 2001" are stretches up to the document date. ``start``: where it starts."""
        date, dct = t.resolved, self.dct
        window = t.timex.meaning.kind == "window"
        if window and dct is None and date.start is not None and date.end is not None:
            # a window told in a history text with no date: the story's years (narrative)
            return replace(date, value=f"{year_value(date.start.year)}/{year_value(date.end.year)}")
        if date.start is None or dct is None:
            return date
        before = self.text[max(sentence_start, start - 20):start]
        last = self._last_event_date  # the same question as the last: the same answer
        if last is not None and last[0] is date and last[1] is dct and last[2] == window \
                and last[3] == before:
            return last[4]
        answer = _window_as_interval(date, dct) if window else date
        if self.pats.since_before.search(before):
            answer = _since(answer, dct)
        self._last_event_date = (date, dct, window, before, answer)
        return answer

    def _clause_and_title(self, view: _View, d: _Dated) -> tuple[tuple[int, int], str]:
        text, lang, clause = self.text, self.lang, d.clause
        others = view.others(d)
        if _CHRONOLOGY_COLON.match(text, d.span[1]) and self._a_label(clause[0], d.span[0]):
            # "November 1947: FN vedtar resolusjon 181", "July 1914: Austria declares war":
            # a chronology's entry; its event is told after the colon, whatever stands
            # before the date (a box heading, a label).
            i = bisect.bisect_left(view.clauses, (d.span[1], 0))
            if i < len(view.clauses) and view.clauses[i][0] < view.s.end:
                after = view.clauses[i]
                title = self.titles.make(text, after, (after[0], after[0]), lang,
                                   self.ctx.last_state, view.within(after),
                                   self.ctx.last_person, others)
                if len(title.split()) >= 2:
                    return after, self._quoted(view.s, after, title)
        title = self.titles.make(text, clause, d.span, lang, self.ctx.last_state,
                           view.within(clause), self.ctx.last_person, others)
        if _TABLE_ROW.match(view.s.text):  # not a stripped copy of the sentence per event
            title = self._table_row_title(view, clause, title)
        said = self._said_across_comma(view, clause, title)
        if said is not None:
            clause = said
            title = self.titles.make(text, clause, d.span, lang, self.ctx.last_state,
                               view.within(clause), self.ctx.last_person, others)
            title = _COMMA_BEFORE.sub(" ", title, count=1)  # "declared , that" -> "declared that"
        if self._presentational(title):
            # "Det var 4. mars 1949, og Gerhardsen sto ...": the clause after the date
            i = bisect.bisect_left(view.clauses, (d.span[1], 0))
            if i < len(view.clauses):
                after = view.clauses[i]
                told = self.titles.make(text, after, (after[0], after[0]), lang,
                                  self.ctx.last_state, view.within(after),
                                  self.ctx.last_person, others)
                if len(told.split()) >= 2:
                    return after, self._quoted(view.s, after, told)
        title = self._cleft(title)
        main = self._around_appositions(view, clause, d.span, others)
        if main is not None:
            return main
        main = self._after_opening_adjunct(view, clause, title, others)
        if main is not None:  # the clause stays the date's: its actors, its type
            return clause, self._quoted(view.s, main[0], main[1])
        if self._bare_phrase(title):
            wider = self._with_clause_before(view, d, clause, others)
            if wider is not None:
                return wider
        told = self._participle_with_subject(view, clause, title)
        if told:
            return clause, told
        if len(title.split()) == 1:
            named = self._parenthetical_participle(view, clause, title)
            if named:
                return clause, named
        if len(title.split()) < 2:
            # "Two centuries later, the Congress ...": a fronted date in a clause of
            # its own; the event is told in the clause that follows. Between commas
            # ("Den første søknaden, i 1962, hadde blitt stoppet"), in both.
            # the clause the date (or its stretch: "i morgen, tirsdag,") ends in
            i = bisect.bisect_right(view.clauses, (d.span[1], sys.maxsize)) - 1
            i = max(i, bisect.bisect_left(view.clauses, d.whole))
            if i > 1 and i + 1 >= len(view.clauses) and self._shape(view, i - 1) == \
                    "apposition" and self._opens_with_verb(view.clauses[i - 2]):
                # "... met with Elmar Mammadyarov, Foreign Minister of Azerbaijan, on
                # December 6": the clause before the apposition, with its subject
                before = view.clauses[i - 2]
                with_subject = self._with_subject(view, i - 2, others, (before[0], before[0]))
                if with_subject is not None:
                    return with_subject
            if i + 1 >= len(view.clauses) and i > 0:
                # "Crowds outside the palace, 8 May 1945.": the clause before; past a
                # participle's aside ("ble utvist fra Brussel, anklaget for spionasje,
                # tidligere denne måneden")
                k = i - 2 if i > 1 and self._participle_aside(view.clauses[i - 1]) else i - 1
                clause = reach(text, view.clauses[k][0], clause[1], *d.span)
                title = self.titles.make(text, clause, d.span, lang, self.ctx.last_state,
                                   view.within(clause), self.ctx.last_person, others)
            elif i + 1 < len(view.clauses) and (main := self._main_clause(view, i + 1,
                                                                           others)):
                return main[0], self._quoted(view.s, main[0], main[1])
            elif i + 1 < len(view.clauses):
                first = clause[0]
                if i > 0 and text[view.clauses[i - 1][1]:d.whole[0]].strip() == "," and \
                        text[d.whole[1]:view.clauses[i + 1][0]].strip() == ",":
                    first = view.clauses[i - 1][0]
                clause = reach(text, first, view.clauses[i + 1][1], *d.span)
                title = self.titles.make(text, clause, d.span, lang, self.ctx.last_state,
                                   view.within(clause), self.ctx.last_person, others)
        return clause, self._quoted(view.s, clause, title)

    def _bare_phrase(self, title: str) -> bool:
        """A title that is only a phrase of place or occasion, with no verb: "In
        Canberra", "At the meeting of the Foreign Ministers in Geneva" (not "With one
        even talking of victory", "To mark the accession": they tell more than where)."""
        words = title.split()
        return len(words) > 1 and words[0].lower() in self.lang.place_prepositions and \
            not any(self._verb_like(w) for w in words[1:])

    def _with_clause_before(self, view: _View, d: _Dated, clause: tuple[int, int],
                            others: list[tuple[int, int]]
                            ) -> tuple[tuple[int, int], str] | None:
        """A date in a phrase split off after its clause by a name's apposition or an
        aside ("... meets with his Australian counterpart, Kevin Rudd, in Canberra
        yesterday"; "... represented France, respectively, at the meeting in Geneva"):
        the phrase belongs to the nearest clause before it with a verb, dated by nothing
        else, and the title runs from that clause to the phrase's end."""
        i = bisect.bisect_right(view.clauses, (clause[0], sys.maxsize)) - 1
        k = i - 1
        while k >= 0 and self._shape(view, k) in _PARTS_BETWEEN:
            k -= 1
        if k < 0 or view.dated_within(view.clauses[k]) or not any(
                self._verb_like(w) for w in self.text[slice(*view.clauses[k])].split()):
            return None
        start = view.clauses[k][0]
        # "... was on the agenda when McCully meets with his counterpart": from "when"
        # (only within the reach a title is drawn from: a long clause is not read whole)
        opener = self._last_clause_opener(max(start, d.span[0] - REACH), view.clauses[k][1])
        wide = reach(self.text, opener if opener is not None else start, clause[1], *d.span)
        title = self.titles.make(self.text, wide, d.span, self.lang, self.ctx.last_state,
                                 view.within(wide), self.ctx.last_person, others)
        if self._bare_phrase(title) or not any(self._verb_like(w) for w in title.split()):
            return None
        return wide, self._quoted(view.s, wide, title)

    def _participle_with_subject(self, view: _View, clause: tuple[int, int],
                                 title: str) -> str:
        """A title that is a participle's clause, no subject and no verb, told with the
        subject of the clause it belongs to: "The Governments of X and Y, having
        conducted negotiations in Washington July 15-26, 1974, have agreed ..." -> "The
        Governments of X and Y had conducted negotiations in Washington"; "Summoned in
        May, 1899 by Czar Nicholas II ..., the First Hague Conference was attended ..."
        -> "The First Hague Conference was summoned by Czar Nicholas II ...". '' when
        the title is not so."""
        lang, text = self.lang, self.text
        words = title.split()
        first = words[0].lower() if words else ""
        perfect = bool(lang.perfect_marker) and first == lang.perfect_marker
        if len(words) < 2 or any(self._verb_like(w) for w in words[2 if perfect else 1:]):
            return ""
        i = bisect.bisect_right(view.clauses, (clause[0], sys.maxsize)) - 1
        if perfect and i > 0 and self._shape(view, i - 1) in ("name", "np"):
            subject = clean(text[slice(*view.clauses[i - 1])])
            return shorten(f"{subject} {lang.perfect_finite} {' '.join(words[1:])}", lang)
        participle = first in lang.participles or (
            first.endswith(lang.participle_endings) and not first.endswith(lang.gerund_ending or "\0"))
        if not participle or i != 0 or len(view.clauses) < 2:
            return ""
        after = clean(text[slice(*view.clauses[1])]).split()
        verb = next((k for k, w in enumerate(after) if w.lower() in lang.be_forms), None)
        if verb is None or not 0 < verb <= _SUBJECT_WORDS or any(
                self._verb_like(w) or w.lower() in lang.prepositions for w in after[:verb]):
            return ""  # the main clause's subject, then a form of "be": a passive
        subject = " ".join(after[:verb])
        told = f"{subject} {after[verb]} {first} {' '.join(words[1:])}"
        return shorten(told[:1].upper() + told[1:], lang)

    def _last_clause_opener(self, a: int, b: int) -> int | None:
        """Where the last subordinate or relative clause in [a, b) begins, after its
        opening word ("when", "som", "because"), or None."""
        lang = self.lang
        openers = {*lang.when_openers, *lang.subordinators, *lang.relative_pronouns}
        found = None
        for m in _WORD.finditer(self.text, a, b):
            if m.group().lower() in openers and m.start() > a:
                found = m.end()
        return found

    def _shape(self, view: _View, i: int) -> str:
        """What clause ``i`` of the sentence is: "adjunct" (sets the scene, no subject:
        "while on a working visit to Vienna", "having conducted negotiations"),
        "relative" ("which is part of ..."), "aside" (between dashes), "name" (a name
        alone: "Edward Nalbandian"), "apposition" (says who the name before it is:
        "Foreign Minister of Armenia", "the Deputy Minister for Foreign Affairs"), "np" (a
        noun phrase alone: "The Governments of the United States and the GDR") or
        "core". The last four have no finite verb."""
        shape = view.shapes.get(i)
        if shape is None:
            shape = view.shapes[i] = self._shape_of(view, i)
        return shape

    def _shape_of(self, view: _View, i: int) -> str:
        a, b = view.clauses[i]
        if b - a > _SHAPE_CHARS:
            return "core"
        lang = self.lang
        words = self.text[a:b].strip(" .;:").split()
        if not words:
            return "core"
        low = [w.lower().strip(",.;:\"'«»“”") for w in words]
        if self._opens_adjunct(words) or (
                a == view.s.start and not view.within((a, a + 1)) and
                self._opens_adjunct([words[0].lower(), *words[1:]])):
            # "with 46 nations assembled at The Hague": no main clause; a gerund as the
            # sentence's first word, capitalised ("Speaking in Geneva, ..."), but a name
            return "adjunct"
        if low[0] in lang.relative_pronouns:
            return "relative"  # "which is part of the meeting of G7 foreign ministers"
        if self._between_dashes(view.clauses[i]):
            return "aside"  # "– Sergei Ivanov and Serhiy Lyovochkin –"
        if any(self._verb_like(w) for w in words):
            return "core"
        if len(words) <= 4 and all(w[:1].isupper() for w in words):
            return "name"
        before = self.text[view.clauses[i - 1][0]:view.clauses[i - 1][1]].split() if i else []
        if before and before[-1][:1].isupper() and not self._opens_adjunct(before) and \
                len(words) <= _APPOSITION_WORDS and (
                    words[0][:1].isupper() or low[0] in lang.determiners or
                    low[0] in self.actor_finder.titles_by_first):
            return "apposition"  # "Foreign Minister of Armenia", "utenriksminister i Norge"
        if len(words) <= _NP_WORDS and (words[0][:1].isupper() or low[0] in lang.determiners):
            return "np"  # "The Governments of the United States of America and the GDR"
        return "core"

    def _verb_like(self, word: str) -> bool:
        """A finite verb in lower case; by its ending only when no definite noun ends so
        ("Toppmøtet", "United" are no verbs)."""
        lang = self.lang
        w = word.lower().strip(",.;:")
        if not word[:1].islower():
            return False
        if w in lang.finite_verbs or w in lang.present_verbs:
            return True
        return finite(w, lang) and not w.endswith(lang.definite_endings)

    def _opens_adjunct(self, words: list[str]) -> bool:
        """Whether a clause of these words opens so that it sets the scene: "while ...",
        "ifølge ...", or with a gerund in lower case ("paving the way for ...")."""
        lang = self.lang
        opening = " ".join(words[:3]).lower() + " "
        if opening.startswith(self.pats.adjunct_prefixes):
            return True
        # "paving the way for ...", not "acting U.S. Secretary of State John Sullivan met"
        first = words[0].lower()
        return bool(lang.gerund_ending) and words[0][:1].islower() and len(first) > 5 and \
            first.endswith(lang.gerund_ending) and len(words) > 1 and \
            words[1][:1].islower() and not any(w.lower() in lang.finite_verbs for w in words[1:])

    def _participle_aside(self, clause: tuple[int, int]) -> bool:
        """A short clause that opens with a participle in lower case: "anklaget for
        spionasje", "accused of espionage"."""
        lang = self.lang
        words = self.text[clause[0]:clause[1]].split()
        if not words or len(words) > 6 or not words[0][:1].islower():
            return False
        first = words[0].lower().strip(",.")
        return (first in lang.participles or first.endswith(lang.participle_endings)) and \
            first not in lang.finite_verbs and not any(self._verb_like(w) for w in words[1:])

    def _between_dashes(self, clause: tuple[int, int]) -> bool:
        text = self.text
        before = text[max(0, clause[0] - 3):clause[0]].rstrip()
        after = text[clause[1]:clause[1] + 3].lstrip()
        return before.endswith(("–", "—")) and after.startswith(("–", "—"))

    def _name_before(self, view: _View, i: int) -> tuple[int, int] | None:
        """The clause that names the subject of clause ``i`` before the asides before it
        (appositions, scene-setting and relative clauses, a stretch between dashes:
        "Edward Nalbandian, Foreign Minister of Armenia, met ...", "The meeting, which is
        part of ..., will be followed by ..."), if any."""
        k = i - 1
        while k >= 0 and self._shape(view, k) in _ASIDES:
            k -= 1
        if k == i - 1 or k < 0 or self._shape(view, k) not in ("name", "np"):
            return None
        return view.clauses[k]

    def _opens_with_verb(self, clause: tuple[int, int]) -> bool:
        word = self.text[clause[0]:min(clause[1], clause[0] + 40)].split()[:1]
        return bool(word) and word[0][:1].islower() and finite(word[0], self.lang)

    def _with_subject(self, view: _View, i: int, others: list[tuple[int, int]],
                      span: tuple[int, int]) -> tuple[tuple[int, int], str] | None:
        """The title of clause ``i``, which opens with its verb, with its subject named
        before the appositions before it: "Edward Nalbandian met with Elmar
        Mammadyarov"; and the stretch from the name to the clause's end. None when the
        clause has no such subject."""
        named = self._name_before(view, i)
        if named is None:
            return None
        name = clean(self.text[named[0]:named[1]])
        clause = view.clauses[i]
        told = self.titles.make(self.text, clause, span, self.lang, self.ctx.last_state,
                                view.within(clause), self.ctx.last_person, others,
                                order="subject")
        verb = self.text[clause[0]:min(clause[1], clause[0] + 40)].split()[:1]
        if len(told.split()) < 2 or told.split()[0].lower() != verb[0].lower():
            return None  # not the clause's verb and what follows it ("said" alone: a tag)
        # The event's clause runs from the name when only appositions stand between (its
        # actors, its type); a relative or scene-setting clause between may tell a state
        # of its own ("Kopp, who is from Vermont, was indicted"): then from the verb.
        k = bisect.bisect_left(view.clauses, named) + 1
        plain = all(self._shape(view, j) in ("apposition", "aside") for j in range(k, i))
        return (named[0] if plain else clause[0], clause[1]), shorten(
            f"{name} {told[:1].lower()}{told[1:]}", self.lang)

    def _main_clause(self, view: _View, i: int, others: list[tuple[int, int]]
                     ) -> tuple[tuple[int, int], str] | None:
        """After a fronted date, the main clause from clause ``i`` on when scene-setting
        clauses or a name and its appositions come first ("On December 6, while on a
        working visit to Vienna, Edward Nalbandian, Foreign Minister of Armenia, met
        with ..."; "In 1907, with 46 nations assembled at The Hague, the United States
        pushed for ..."). None when clause ``i`` is the main clause itself."""
        n = len(view.clauses)
        j = i
        while j < n and self._shape(view, j) == "adjunct":
            j += 1
        if j == n:
            return None
        if self._shape(view, j) == "name":
            k = j + 1
            while k < n and self._shape(view, k) == "apposition":
                k += 1
            if k == j + 1 or k == n or not self._opens_with_verb(view.clauses[k]):
                return None
            clause = view.clauses[k]
            return self._with_subject(view, k, others, (clause[0], clause[0]))
        if j == i or self._shape(view, j) != "core":
            return None  # "..., who was invited to ...": no main clause found
        clause = view.clauses[j]
        title = self.titles.make(self.text, clause, (clause[0], clause[0]), self.lang,
                                 self.ctx.last_state, view.within(clause),
                                 self.ctx.last_person, others, order="fronted")
        return (clause, title) if len(title.split()) >= 2 else None

    def _after_opening_adjunct(self, view: _View, clause: tuple[int, int], title: str,
                               others: list[tuple[int, int]]
                               ) -> tuple[tuple[int, int], str] | None:
        """A date in a scene-setting clause that opens the sentence, with no subject of
        its own ("Speaking in Geneva on Monday, the minister said ...", "Following talks
        on Monday, the two sides signed ...", "While mentioning the meetings during the
        current talks, Hill said ..."): the subject is the main clause's, and so is the
        act the date tells; the title is the main clause. Not when the main clause has a
        date of its own ("Responding to the statement issued on April 13, ..., the DPRK
        declared on April 14 ..."): the two dates tell two events."""
        if not view.clauses or view.clauses[0][0] != clause[0] or \
                self.text[view.s.start:clause[0]].strip(_OPENING_MARKS):
            return None
        words = self.text[clause[0]:clause[1]].split()
        if len(title.split()) < 2:
            return None  # "During the third quarter, ...": the date alone (see below)
        if self._shape(view, 0) != "adjunct" or any(self._verb_like(w) for w in words):
            return None  # "After the talks ended on Monday, ...": a subject of its own
        lang = self.lang
        opening = " ".join(words[:3]).lower() + " "
        relation = next((w for w, rel in lang.event_relations.items()
                         if rel in ("after", "before") and opening.startswith(f"{w} ")), "")
        if relation:
            # "Following talks in Geneva on Monday, ...": the date is the talks', and the
            # main clause tells what came after them; the title is the talks
            rest = title.split()[len(relation.split()):]
            if title.lower().startswith(f"{relation} ") and len(rest) > 1:
                told = " ".join(rest)
                return clause, told[:1].upper() + told[1:]
            return None
        main = self._main_clause(view, 0, others)
        if main is None or view.dated_within(main[0]):
            return None
        first = self.text[main[0][0]:main[0][1]].split()[:1]
        if not first or first[0].lower() in {*lang.relative_pronouns, *lang.complementisers,
                                             *lang.relative_nouns_pronouns,
                                             *lang.coordinators, *lang.subordinators}:
            return None  # "..., that condemned the launch, ...": no main clause
        return main

    def _around_appositions(self, view: _View, clause: tuple[int, int],
                            span: tuple[int, int], others: list[tuple[int, int]]
                            ) -> tuple[tuple[int, int], str] | None:
        """A date in a clause that opens with its verb takes the subject named before
        the appositions ("Alena Kupcyna, the Deputy Minister ..., said it on February
        13"); a date in an apposition is the date of the clause before it ("... met with
        Elmar Mammadyarov, Foreign Minister of Azerbaijan, on December 6")."""
        if len(view.clauses) < 3:
            return None
        i = bisect.bisect_right(view.clauses, (clause[0], sys.maxsize)) - 1
        if i < 1 or view.clauses[i][1] < clause[1]:
            return None
        own = view.clauses[i]
        if self._opens_with_verb(own):
            return self._with_subject(view, i, others, span) if clause == own else None
        if self._shape(view, i) == "apposition" and self._opens_with_verb(view.clauses[i - 1]):
            before = view.clauses[i - 1]
            return self._with_subject(view, i - 1, others, (before[0], before[0]))
        return None

    def _parenthetical_participle(self, view: _View, clause: tuple[int, int],
                                  title: str) -> str:
        """'med Mossekonvensjonen – undertegnet 14. august 1814 – godkjente Norge ...',
        'the Treaty of Kiel – signed on 14 January 1814 – ceded ...': a participle and its
        date between dashes tell what happened to the noun before the dashes
        ('Mossekonvensjonen undertegnet'); '' when the clause is not such an aside."""
        text, lang = self.text, self.lang
        word = title.strip(" ,.").lower()
        if not (word in lang.participles or word.endswith(lang.participle_endings)):
            return ""
        before = text[max(view.s.start, clause[0] - 3):clause[0]]
        after = text[clause[1]:clause[1] + 3]
        if not before.rstrip().endswith(("–", "—")) or not after.lstrip().startswith(("–", "—")):
            return ""
        head = text[max(view.s.start, clause[0] - 80):clause[0]].rstrip(" –—").split()
        words: list[str] = []
        stops = {*lang.prepositions, *lang.coordinators, *lang.clause_breaks}
        tail = head[-5:]
        for i in range(len(tail) - 1, -1, -1):
            w = tail[i]
            inside_name = w.lower() in lang.name_year_prepositions and i > 0 and \
                tail[i - 1][:1].isupper() and words and words[0][:1].isupper()
            if (w.lower() in stops and not inside_name) or w.endswith((",", ";", ":")):
                break  # "the Treaty of Kiel" is one name: "of" between capitals stays
            words.insert(0, w)
        if not words or not words[-1][:1].isalpha():
            return ""
        noun = " ".join(words)
        return f"{noun[:1].upper()}{noun[1:]} {word}"

    def _in_a_state(self, clause: tuple[int, int], span: tuple[int, int]) -> bool:
        """'Situasjonen var spent utover sommeren 1905', 'was uncertain of his arrival on
        May 1': a form of 'be' and a word that only describes, or an opinion ('Få ser i dag
        noen utvei', 'believes'), in the date's own part of the clause (not across "at", "da", "that", "when": "kunngjorde i dag at de er
        enige" reports the announcement)."""
        text = self.text
        for state in (self.pats.state_predicate, self.pats.opinion):
            m = state.search(text, clause[0], clause[1]) if state is not None else None
            if m is None:
                continue
            lo, hi = (m.end(), span[0]) if m.end() <= span[0] else (span[1], m.start())
            if self.pats.clause_break.search(text, lo, hi) is None:
                return True
        return False

    def _a_habit(self, clause: tuple[int, int], span: tuple[int, int]) -> bool:
        """'Siden 2010 har landene holdt samtaler hvert år', 'Fra 2015 har Ukraina markert
        dagen hvert år 8. mai', 'The ministers will meet every year': how often it is done
        ("hvert år", "every year", "regularly"), in the same part of the clause as the date
        or verb at ``span``, tells a habit, no one event. 'Som hvert år møttes de 5. mai'
        ('as every year') tells one time of it; 'agreed on Monday to meet every year' and
        'ble enige om å møtes hvert år' put the habit in another verb's clause: the
        agreement is the event."""
        pats, text = self.pats, self.text
        if pats.habit is None:
            return False
        for m in pats.habit.finditer(text, *clause):
            if m.group("like"):
                continue
            lo, hi = (m.end(), span[0]) if m.end() <= span[0] else (span[1], m.start())
            if pats.clause_break.search(text, lo, hi) is None and \
                    (pats.infinitive is None or pats.infinitive.search(text, lo, hi) is None):
                return True
        return False

    def _a_media_report(self, clause: tuple[int, int], sentence_end: int) -> bool:
        """'NRK meldte først om besøket søndag', 'The visit was first reported by Reuters
        on Sunday': a news outlet telling of an event dates its report, not the event.
        'Reuters reported on Monday that the two sides had agreed' goes on to tell the
        event itself in a clause of its own: that clause is dated as before."""
        pattern = self.pats.media_report
        if pattern is None:
            return False
        m = pattern.search(self.text, *clause)
        if m is None:
            return False
        told = self.pats.subordinate
        return told is None or told.search(self.text, m.end(), sentence_end) is None

    def _marks_an_anniversary(self, clause: tuple[int, int], span: tuple[int, int]) -> bool:
        """'This year marks the 65th anniversary of the establishment of relations', 'I år
        markerer vi 70-årsdagen for Nato': the date and its verb only frame the
        anniversary; what it remembers is the event (step 3b), not the year."""
        pattern, frame = self.pats.anniversary, self.pats.anniversary_frame
        if pattern is None or frame is None:
            return False
        m = pattern.search(self.text, span[1], clause[1])
        return m is not None and frame.fullmatch(self.text, span[1], m.start()) is not None

    def _presentational(self, title: str) -> bool:
        """'Det var 4. mars 1949, og Gerhardsen sto ...', 'It was 4 March 1949 and ...':
        "it was" sets the date; the event is told in the clause after it."""
        words = [w.lower() for w in title.split()]
        return len(words) == 2 and words[0] in self.lang.expletives and \
            words[1] in self.lang.copulas

    def _cleft(self, title: str) -> str:
        """'Det var at Norge gikk inn i NATO' (from "Det var i 1949 at Norge ..."), 'It was
        when the talks collapsed': the cleft's frame goes, its clause stays."""
        words = title.split()
        lang = self.lang
        if len(words) < 5 or words[0].lower() not in lang.expletives or \
                words[1].lower() not in lang.copulas:
            return title
        i = 3 if words[2].lower() in lang.date_prepositions else 2  # "It was in [1949] that"
        if words[i].lower() in {*lang.complementisers, *lang.relative_pronouns}:
            rest = " ".join(words[i + 1:])
            return rest[:1].upper() + rest[1:]
        return title

    def _table_row_title(self, view: _View, clause: tuple[int, int], title: str) -> str:
        """'| London | 1945, Sep |' under '== List of meetings ==': a row that names only a
        place, in a table of events, is that event there ('Meeting in London')."""
        places = [m for m in view.within(clause) if m.kind in ("place", "state")]
        if len(places) != 1 or title.strip() != self.text[places[0].start:places[0].end]:
            return title
        text = self.text
        lo = max(0, view.s.start - _TABLE_REACH)
        at = text.rfind("\n=", lo, view.s.start)
        if at < 0 and not (lo == 0 and text.startswith("=")):
            return title
        end = text.find("\n", at + 1, view.s.start)
        heading = text[at + 1:end if end >= 0 else view.s.start]
        pattern, _ = _type_pattern(self.lang)
        m = pattern.search(heading.lower())
        if m is None or not _HEADING_LINE.fullmatch(heading.strip()):
            return title
        low = heading.lower()
        a, b = m.start(), m.end()
        while a > 0 and low[a - 1].isalpha():
            a -= 1
        while b < len(low) and low[b].isalpha():
            b += 1
        noun = _singular(low[a:b], self.lang)
        return f"{noun[:1].upper()}{noun[1:]} {self.lang.place_prepositions[0]} {title.strip()}"

    def _said_across_comma(self, view: _View, clause: tuple[int, int],
                           title: str) -> tuple[int, int] | None:
        """'the DPRK declared on April 14, 2009, that it would pull out': a statement
        verb whose date closes with a comma; what was said is the clause after it. The
        clause with it, or None."""
        words, lang = title.split(), self.lang
        if not words or not lang.complementisers:
            return None
        last = words[-1].lower()
        report = self.pats.report
        if not ((report is not None and report.fullmatch(last)) or
                _event_type(last + " ", lang) == "statement"):
            return None
        after = self.text[clause[1]:clause[1] + 16].split()
        if not after or not after[0].startswith(","):
            return None
        said = after[0][1:] or (after[1] if len(after) > 1 else "")
        if said.lower() not in lang.complementisers:
            return None
        i = bisect.bisect_left(view.clauses, (clause[1], 0))
        if i >= len(view.clauses):
            return None
        return clause[0], view.clauses[i][1]

    def _a_label(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` tells no event: no event noun, no act ("Fakta om
        staten Israel", "Key dates"), as before a chronology's date."""
        before = self.text[start:end]
        act = self.pats.act
        return _event_type(before, self.lang) == "other" and (act is None or
                                                              act.search(before) is None)

    def _describes_a_state(self, clause_text: str, before_date: str = "") -> bool:
        """'Oslo-kanalen var en bak-kanal', 'X was the only country': a copula with no
        participle after it describes how things were; it reports no event. A copula and a
        place is a stay ('was in Pyongyang from Oct. 28-31'), unless the date is one since
        which it holds (``before_date`` ends with "since", "siden": 'have been in
        Washington since the end of July' tells where they are, no visit)."""
        copula = self.pats.copula
        if copula is None:
            return False
        m = copula.search(clause_text)
        if m is None:
            return False
        lang = self.lang
        word = m.group("next").lower()
        skip = (m.group("skip") or "").lower()
        if skip in lang.place_prepositions and m.group("next")[:1].isupper() and \
                not self.pats.since_before.search(before_date):
            return False  # "was in Pyongyang from Oct. 28-31", "var i Beijing": a stay there
        if skip and skip not in lang.stopwords:
            word = skip  # "var spent": the word right after the copula decides
        return word not in lang.participles and not word.endswith(lang.participle_endings)

    def _describes_a_role(self, clause_text: str, before_date: str) -> bool:
        """'Norway was a key facilitator of the negotiations in 1993', 'de siste 20 årene
        var konsulatsaken den dominerende symbolsaken i konflikten': a copula and what
        someone or something was, with the event only named inside that description,
        tells a role or a status, not the event (which the text tells where it happens).
        'The summit in Singapore in June 2018 was the first meeting', 'I 1905 var
        forhandlingene i Karlstad' have the event as their subject; 'Kim was the first
        leader to visit Seoul in 2018' tells the visit in its infinitive: events."""
        copula, lang = self.pats.copula, self.lang
        m = copula.search(clause_text) if copula is not None else None
        if m is None or not self._describes_a_state(clause_text, before_date):
            return False
        subject = clause_text[:m.start()]
        words = clause_text[m.end():].split()  # after the copula's "next" word
        predicate = [w.lower() for w in (m.group("skip"), m.group("next"), *words[:1]) if w]
        if all(w.lower() in lang.stopwords for w in subject.strip(" ,.;:–-").split()):
            # "de siste 20 årene var konsulatsaken den ...": the subject follows the verb
            subject, predicate = predicate[0], predicate[1:]
        last = subject.strip(" ,").lower().split()[-1:]
        if not predicate or predicate[0] not in lang.determiners or \
                bool(last) and last[0] in (*lang.expletives, *lang.existential_subjects):
            return False  # "var kommet", "var med på", "It was", "There was a coup": no role
        if _event_type(clean(subject) + " ", lang) != "other":
            return False
        # "an organisation agreed upon at the Potsdam Conference": a participle tells it
        described = re.findall(r"[^\W\d_]+", clause_text[m.end():].lower())
        if any(w in lang.participles or w.endswith(lang.past_endings or ("\0",))
               for w in described):
            return False
        # "the first leader to visit Seoul", "den første lederen som besøkte Seoul"
        return all(p is None or p.search(clause_text, m.end()) is None
                   for p in (self.pats.infinitive, self.pats.relative))

    # --- step 3: "siden toppmøtet i Hanoi": an event named, not dated ----------------
    def _named_events(self, view: _View) -> None:
        text, lang, s = self.text, self.lang, view.s
        if not view.may_hold(self.pats.event_ref):
            return  # no "siden", "since"
        for m in self.pats.event_ref.finditer(text, s.start, s.end):
            event_id = self._next_id()
            ref = _find_referenced(self.drafts, m, lang)
            if ref is None or ref.event.date.start is None:
                continue
            noun_phrase = m.group("np")
            ref.event.mentions.append(_mention(self.doc, text, s, noun_phrase, m.start("np"),
                                               m.end("np")))
            # The state it dates is told before "siden": the clause holding that text.
            clause = reach(text, *_clause_of(view.clauses, max(s.start, m.start() - 2)),
                           m.start(), m.end())
            clause_mentions = [x for x in view.within(clause)
                               if not m.start() <= x.start < m.end()]
            if self.dct is None or self._a_habit(clause, (m.start(), m.end())):
                continue  # "have met regularly since the war": a habit, no one event
            rd = ref.event.date
            date = Resolved(f"{rd.value}/{self.dct}", rd.start, self.dct.last_day, rd.grain,
                            rd.approximate, Anchor.EVENT,
                            f"from {ref.event.title} ({describe(rd)}) until the document date "
                            f"{self.dct}", "AFTER", ref.event.title)
            title_text = text[clause[0]:m.start()] + text[m.end():clause[1]]
            event = Event(
                id=event_id, doc=self.doc, lang=lang.code, date=date,
                title=shorten(clean(title_text), lang), type=_event_type(title_text, lang),
                actors=_actor_names(clause_mentions), place="",
                mentions=[_mention(self.doc, text, s, m.group(0).strip(), m.start(), m.end())],
            )
            self._add(_Draft(event, s.index, clause), s)


    # --- step 3b: "the 45th anniversary of ...": an event dated back from the year ----
    def _anniversaries(self, view: _View) -> None:
        """'This year marks the 45th anniversary of China's diplomatic ties with
        Australia', '70-årsdagen for Nato markeres i 2019': what is remembered happened
        that many years before the year the sentence tells (else the document's year)."""
        pattern, s, text, lang = self.pats.anniversary, view.s, self.text, self.lang
        if pattern is None:
            return
        for m in pattern.finditer(text, s.start, s.end):
            i = next(k for k, v in enumerate(m.groups()) if v is not None) // 2
            n, np_start, np_end = int(m.group(f"n{i}")), m.start(f"np{i}"), m.end(f"np{i}")
            ref = next((t for t in view.tagged if t.timex.type == TimexType.DATE and
                        t.resolved.start is not None and t.resolved.grain is not None and
                        GRAIN_ORDER[t.resolved.grain] <= GRAIN_ORDER[Grain.YEAR]), None)
            if ref is not None and ref.resolved.start is not None:
                year, anchor, told = ref.resolved.start.year, ref.resolved.anchor, ref.text
            elif self.dct is not None:
                year, anchor, told = self.dct.year, Anchor.DOCUMENT, str(self.dct)
            else:
                continue
            words = text[np_start:np_end].split()
            stops = {*lang.relative_pronouns, *lang.complementisers, *lang.place_prepositions}
            cut = next((k for k, w in enumerate(words) if k and w.lower() in stops),
                       len(words))  # "Atlanterhavspakten i Washington": the pact
            what = " ".join(words[:min(cut, _ANNIVERSARY_WORDS)]).strip()
            y = year - n
            if not what or y < -9999:
                continue
            date = Resolved(year_value(y), Day(y, 1, 1), Day(y, 12, 31), Grain.YEAR,
                            anchor == Anchor.DOCUMENT, anchor,
                            f"{n} years before {year} ({told}): the anniversary it marks",
                            "", told)
            mentions = view.within((np_start, np_end))
            said = text[m.start():np_start].strip()  # "45th anniversary", "70-årsdagen"
            if said.split()[-1].lower() in lang.prepositions:
                said = said.rsplit(None, 1)[0]
            event = Event(
                id=self._next_id(), doc=self.doc, lang=lang.code, date=date,
                title=remembered(what, lang), type=_event_type(what + " ", lang),
                actors=_actor_names(mentions), place="",
                mentions=[_mention(self.doc, text, s, said, m.start(), m.start() + len(said))],
            )
            self._add(_Draft(event, s.index, (m.start(), np_end)), s)

    # --- step 3c: "eight years after joining the NPT": an event dated from another ---
    def _offset_events(self, view: _View) -> None:
        """'North Korea withdrew from the NPT in 2003, eight years after joining it', 'Fem
        måneder etter at Nord-Korea gikk med på å fryse programmet, brøt samtalene sammen i
        mars 2018': a length of time after (or before) an event the clause names dates that
        event from the date the sentence gives: 2003 less 8 years is 1995, approximate as
        the length is ("more than six years after"). The event dated is the one named; the
        sentence's own event keeps its date (step 1)."""
        pattern = self.pats.offset_relation
        if pattern is None or not view.tagged:
            return
        text, s, lang = self.text, view.s, self.lang
        for t in view.tagged:
            m = t.timex.meaning
            if m.kind != "duration" or m.amount is None or m.vague or \
                    m.unit not in _OFFSET_UNITS:
                continue
            rel = pattern.match(text, t.end, s.end)
            if rel is None:
                continue
            before = text[max(s.start, t.start - _CUE_WORD):t.start].split()[-1:]
            if before and before[0].lower() in lang.prepositions:
                continue  # "varte i tre år etter krigen", "for two years after": how long
            after = lang.event_relations[_key(rel.group("rel"))] == "after"
            anchor = next((o for o in sorted(view.tagged, key=lambda o: abs(o.start - t.start))
                           if o is not t and o.timex.type == TimexType.DATE and
                           o.timex.meaning.kind in _EVENT_KINDS and o.resolved.start is not None
                           and o.resolved.grain is not None and not o.resolved.mod), None)
            if anchor is None:
                continue  # no date to count from: the text does not date the event
            stop = _offset_stop(text, rel.end(), s.end)
            if rel.end() <= anchor.start < stop or anchor.start < rel.end() < anchor.end:
                continue  # "two weeks before the election on 3 May": the date is the named one's
            what = text[rel.end():stop].strip(" \t\n,;:–—-")
            if not what:
                continue
            date = resolve(Meaning("anaphoric", unit=m.unit, amount=m.amount,
                                   offset=-1 if after else 1,
                                   approximate=m.approximate or bool(m.mod)),
                           Context(previous=anchor.resolved, previous_text=anchor.text))
            if date.start is None:
                continue
            clause = (rel.end(), stop)
            mentions = view.within(clause)
            if any(finite(w, lang) for w in what.split()):  # "the North agreed to ..."
                title = shorten(what[:1].upper() + what[1:], lang)
            else:  # "the election", "grunnlovsvedtaket": the phrase as it is
                title = remembered(what, lang)
                first = what.split()[0].lower()
                subject = view.within((s.start, t.start))
                if lang.gerund_ending and first.endswith(lang.gerund_ending) and subject:
                    title = f"{subject[0].canonical} {what}"  # "North Korea joining it"
            if not title or title[:1].islower() and len(title.split()) < 2:
                continue
            said = f"{t.text} {rel.group('rel')}"
            date = replace(date, explanation=f"{date.explanation}: '{said}' the event named")
            event = Event(
                id=self._next_id(), doc=self.doc, lang=lang.code, date=date, title=title,
                type=_event_type(what + " ", lang), actors=_actor_names(mentions), place="",
                mentions=[_mention(self.doc, text, s, t.text, t.start, t.end)],
                modality=self._modality(_clause_of(view.clauses, t.start), t, date),
            )
            self._add(_Draft(event, s.index, clause), s)

    # --- step 4: "etter møtet", "after the vote": dated by an event told before ------
    def _related_events(self, view: _View) -> None:
        pattern = self.pats.relation_ref
        if pattern is None:
            return
        text, lang, s = self.text, self.lang, view.s
        if not view.may_hold(pattern):
            return  # no relation word ("etter", "after"): the words the sentence holds
        low = s.text.lower()
        if self.pats.reference_noun_in.search(low) is None:
            return  # a plain test next: most sentences name no event noun
        dated_clauses = {d.whole for d in view.dated}
        for m in pattern.finditer(text, s.start, s.end):
            noun = m.group("np")
            article = m.groupdict().get("art")
            if not article and not noun.lower().endswith(lang.definite_endings):
                continue  # "etter et møte", "after a meeting": not one told before
            whole = _clause_of(view.clauses, m.start())
            if whole in dated_clauses:
                continue  # the clause has a date of its own
            ref = self.drafts.referenced(noun, lang)
            if ref is None or ref.event.date.start is None or ref.sentence == s.index:
                continue
            end = m.end()
            complement = self.pats.np_complement
            if complement is not None and (c := complement.match(text, end, s.end)):
                end = c.end()  # "møtet med Kim": the meeting's, not the event's words
            relation = lang.event_relations[_key(m.group("rel"))]
            fronted = not text[whole[0]:m.start()].strip() and \
                not any(finite(w, lang) for w in text[end:whole[1]].split())
            if fronted:
                # "Following the meeting, the two ministers held a press conference", "At
                # this first visit to Guinea-Bissau, the minister held a meeting": the
                # relation opens the sentence in a clause of its own, with no verb; its
                # event is told in the clause after it.
                i = bisect.bisect_left(view.clauses, whole) + 1
                if i >= len(view.clauses) or view.clauses[i] in dated_clauses:
                    continue
                end = max(end, len(text[:whole[1]].rstrip(" ,")))  # all of it is the scene
                whole = (whole[0], view.clauses[i][1])
            self._told_from(view, whole, (m.start(), end), ref, relation, text[m.start():end],
                            Anchor.EVENT, fronted=fronted)

    # --- step 5: "Samtidig ...", "Then ...": the event told just before goes on ------
    def _sequel(self, view: _View) -> None:
        pattern, s = self.pats.sequel_opener, view.s
        if pattern is None:
            return
        m = pattern.match(self.text, s.start, s.end)
        if m is None:
            return
        whole = (s.start, s.end)
        if view.dated:
            # "Kort tid etter gikk svenske tropper til angrep, og med konvensjonen –
            # undertegnet 14. august 1814 – ...": the opener dates its own clause when
            # that clause has no date; the dated clauses keep theirs.
            whole = _clause_of(view.clauses, m.end())
            if any(d.whole == whole for d in view.dated):
                return
        opener = _key(m.group("w"))
        if opener.split()[-1] in self.lang.event_relations and \
                self._noun_phrase_at(m.end(), s.end):
            return  # "Kort tid etter valget", "Shortly after the vote": an event named
        prev = self.drafts.last_before(s.index)
        if prev is None or prev.event.date.start is None or not self._story_reaches(prev, s):
            return
        relation = self.lang.sequel_openers[opener]
        if relation != "after" and prev.sentence != s.index - 1:
            return  # "Samtidig", "Since then": the time of the sentence right before;
            # "Kort tid etter" follows the last event told, a state between or not
        if relation == "after" and not self._tells_an_act(view, whole, m.end()):
            return  # "Senere på dagen var været fint", "Afterwards, the mood was calm"
        self._told_from(view, whole, (m.start("w"), m.end("w")), prev, relation,
                        m.group("w"), Anchor.PREVIOUS)

    def _tells_an_act(self, view: _View, whole: tuple[int, int], after: int) -> bool:
        """A step after a sequel opener ("Deretter besøker de Stortinget", "Then he met
        Biden", "Dermed stoppet prosessen opp") tells an act; one whose first finite verb
        after the opener (at ``after``) is a form of 'be' with no act in the clause
        ("Etterpå var været fint", "Afterwards, the mood was calm"), or an opinion, tells
        a state."""
        pats, text, lang = self.pats, self.text, self.lang
        if pats.opinion is not None and pats.opinion.search(text, after, whole[1]):
            return False
        verb = next((w.strip(",.;:").lower() for w in text[after:whole[1]].split()
                     if finite(w, lang)), "")
        if verb not in lang.be_forms:
            return True
        return any(p is not None and p.search(text, after, whole[1]) is not None
                   for p in (pats.act, pats.story_present, pats.present_act, pats.planned))

    # --- step 5b: "Kl. 13 holder de pressekonferanse": a step of the day told before --
    def _clock_step(self, view: _View) -> None:
        """'Klokka 20 blir det gallamiddag', 'At 8 p.m. they attend a concert': a clock
        time opening a sentence with no date of its own (the tagger keeps no clock time
        without a day beside it), right after an event the text told on one day, tells an
        act on that day: anchored to that event, approximate as it is. Not a state
        ("Kl. 13 var det kaldt"), a denial, background or a possibility; not after an
        event of no one day or of none told within the story's reach."""
        pats, text, s = self.pats, self.text, view.s
        if not pats.clock_step or s.index in self.told_at or \
                any(t.timex.type in (TimexType.DATE, TimexType.TIME) for t in view.tagged):
            return
        lead = pats.clock_step_lead.match(text, s.start, s.end)
        at = lead.end() if lead is not None else s.start
        clock = next((m for p in pats.clock_step if (m := p.match(text, at, s.end))), None)
        if clock is None:
            return
        prev = self.drafts.last_before(s.index)
        if prev is None or prev.event.modality == "possible" or \
                not self._story_reaches(prev, s):
            return
        rd = prev.event.date
        if rd.grain != Grain.DAY or rd.start is None or rd.start != rd.end or \
                rd.anchor == Anchor.UNRESOLVED:
            return
        whole = _clause_of(view.clauses, clock.end())
        if not self._tells_an_act(view, whole, clock.end()):
            return
        for cue in (pats.background, pats.negation, pats.possible):
            if cue is not None and cue.search(text, clock.end(), whole[1]):
                return
        self._told_from(view, (s.start, whole[1]), (clock.start(), clock.end()), prev, "day",
                        clock.group(0), Anchor.PREVIOUS)

    # --- step 2b: a duration of an event, counted from its start ------------------
    def _lasting(self, view: _View) -> None:
        """'Statsbesøket går over tre dager', 'the negotiations over 13 days', 'The talks
        continued for two weeks': a length of days or weeks told of an event noun is an
        interval from that event's start, when the story told its day: the event the
        noun names again (told at most _LASTING_REACH sentences back), else the one told
        right before as the story goes on. Approximate, anchored to that event. With no
        day to count from (a month, no event before), or a duration of something that is
        no event ("Han har ventet i tre dager"), nothing is told."""
        pats, text, s = self.pats, self.text, view.s
        if pats.lasting is None:
            return
        for t in view.tagged:
            m = t.timex.meaning
            if m.kind != "duration" or m.unit not in (Grain.DAY, Grain.WEEK) or \
                    m.amount is None or m.vague or m.amount != int(m.amount):
                continue
            days = int(m.amount) * (7 if m.unit == Grain.WEEK else 1)
            if not 1 < days <= _LASTING_DAYS:
                continue
            whole = _clause_of(view.clauses, t.start)
            told = pats.lasting.search(text, max(whole[0], t.start - _LASTING_LOOK), t.start)
            if told is None:
                continue
            noun = told.group("noun").lower()
            if pats.reference_noun_in.search(noun) is None and \
                    pats.process_noun_in.search(noun) is None:
                continue
            ref = self.drafts.referenced(noun, self.lang)
            if ref is None or not s.index - _LASTING_REACH <= ref.sentence < s.index:
                ref = self._told_in_a_quote(noun, s.index)
            if ref is None:
                ref = self.drafts.last_before(s.index)
                if ref is None or not self._story_reaches(ref, s):
                    continue
            rd = ref.event.date
            if rd.grain != Grain.DAY or rd.start is None or rd.start != rd.end or rd.mod or \
                    rd.anchor == Anchor.UNRESOLVED or ref.event.modality == "possible":
                continue
            if pats.negation is not None and pats.negation.search(text, *whole):
                continue
            self._lasted(view, t, whole, (told.start("noun"), t.end), ref, days)

    # --- step 2c: the nth day of an event told before --------------------------------
    def _ordinal_day(self, view: _View) -> None:
        """'On the second day of the summit, the talks collapsed', 'Andre dag av
        statsbesøket besøkte han Stortinget', 'På besøkets siste dag reiste han til
        Trondheim': the nth day of an event the text told before with its day is that
        day plus n - 1; its last day is the end of the stretch the text gave it ("går
        over tre dager"). Approximate, anchored to that event. The sentence must report
        an act (not a denial or background); with no day of the event told, or no
        length for its last day, nothing is told."""
        pats, text, s = self.pats, self.text, view.s
        if pats.ordinal_day is None or pats.act is None or s.index in self.told_at:
            return
        m = pats.ordinal_day.search(text, s.start, s.end)
        if m is None or any(t.timex.type == TimexType.DATE for t in view.tagged):
            return
        n = next(self.lang.ordinal_days[v.lower()] for k, v in m.groupdict().items()
                 if k.startswith("ord") and v)
        noun = next(v for k, v in m.groupdict().items() if k.startswith("noun") and v)
        if pats.reference_noun_in.search(noun.lower()) is None and \
                pats.process_noun_in.search(noun.lower()) is None:
            return
        ref = self._told_in_a_quote(noun, s.index, _ORDINAL_REACH)
        if ref is None:
            return
        rd = ref.event.date
        if rd.grain != Grain.DAY or rd.start is None or rd.end is None or rd.mod or \
                rd.anchor == Anchor.UNRESOLVED or ref.event.modality == "possible":
            return
        if n < 0:
            if rd.end == rd.start:
                return  # the last day of an event whose length the text did not tell
            day = rd.end
        else:
            day = rd.start.plus_days(n - 1)
            if rd.end != rd.start and day > rd.end:
                return  # past the stretch the text gave the event
        act = view.search(pats.act) or (view.search(pats.story_present)
                                        if pats.story_present is not None else None) or \
            view.search(pats.planned)
        if act is None and pats.end_verb_in.search(text[s.start:s.end].lower()) is None:
            return  # neither an act nor an end ("the talks collapsed")
        for cue in (pats.background, pats.negation, pats.possible):
            if cue is not None and cue.search(text, s.start, s.end):
                return
        whole = (s.start, s.end)
        span = (m.start(), m.end())
        which = "the last day" if n < 0 else f"day {n}"
        told = describe(rd) if rd.start == rd.end else f"{rd.start.iso()} to {rd.end.iso()}"
        date = Resolved(day.iso(), day, day, Grain.DAY, True, Anchor.PREVIOUS,
                        f"{which} of {ref.event.title} ({told})", "", m.group(0))
        clause = reach(text, *whole, *span)
        title = self.titles.make(text, clause, span, self.lang, self.ctx.last_state,
                                 view.within(clause), self.ctx.last_person)
        if len(title.split()) < 3:
            return
        clause_mentions = [x for x in view.within(clause) if not span[0] <= x.start < span[1]]
        clause_text = clean(text[clause[0]:span[0]] + " " + text[span[1]:clause[1]])
        place = _place(text, clause_mentions, self.lang)
        event = Event(
            id=self._next_id(), doc=self.doc, lang=self.lang.code, date=date, title=title,
            type=_event_type(clause_text, self.lang),
            actors=[a for a in _actor_names(clause_mentions) if a != place], place=place,
            mentions=[_mention(self.doc, text, s, m.group(0), *span)],
            timex_type=TimexType.DATE, modality=self._modality(clause, span, date),
        )
        self._add(_Draft(event, s.index, clause), s)

    def _told_in_a_quote(self, noun: str, sentence: int,
                         reach_back: int = 0) -> _Draft | None:
        """The latest event, told at most ``reach_back`` (by default _LASTING_REACH)
        sentences before ``sentence``, whose sentence names ``noun`` (its definite or
        plural ending left off): "... velkommen på statsbesøk til Norge" for
        "Statsbesøket"."""
        reach_back = reach_back or _LASTING_REACH
        lang = self.lang
        base = noun
        for ending in sorted((*lang.definite_endings, *lang.plural_endings), key=len,
                             reverse=True):
            if base.endswith(ending) and len(base) - len(ending) >= 4:
                base = base[:-len(ending)]
                break
        # anywhere in a word: the head of a compound ("statsbesøket" names "besøk")
        word = re.compile(re.escape(base), re.IGNORECASE)
        for d in reversed(self.drafts.items):
            if d.sentence < sentence - reach_back:
                return None
            if not d.removed and d.sentence < sentence and \
                    any(word.search(m.quote) for m in d.event.mentions):
                return d
        return None

    def _lasted(self, view: _View, t: Tagged, whole: tuple[int, int], span: tuple[int, int],
                ref: _Draft, days: int) -> None:
        """The event of ``_lasting``: ``days`` from the start of ``ref``."""
        text, lang, rd = self.text, self.lang, ref.event.date
        assert rd.start is not None
        first, last = rd.start, rd.start.plus_days(days - 1)
        date = Resolved(f"{first.iso()}/{last.iso()}", first, last, Grain.DAY, True,
                        Anchor.PREVIOUS, f"{days} days from {describe(rd)}, the start of "
                        f"{ref.event.title}", "", ref.event.title)
        clause = reach(text, *whole, t.start, t.end)
        # the length is what the clause tells: the title keeps it ("Statsbesøket går
        # over tre dager")
        title = self.titles.make(text, clause, (t.start, t.start), lang, self.ctx.last_state,
                                 view.within(clause), self.ctx.last_person)
        if len(title.split()) < 3:
            return
        clause_mentions = view.within(clause)
        clause_text = clean(text[clause[0]:clause[1]])
        place = _place(text, clause_mentions, lang)
        event = Event(
            id=self._next_id(), doc=self.doc, lang=lang.code, date=date, title=title,
            type=_event_type(clean(text[span[0]:span[1]]) + " " + clause_text, lang),
            actors=[a for a in _actor_names(clause_mentions) if a != place], place=place,
            mentions=[_mention(self.doc, text, view.s, t.text, t.start, t.end)],
            timex_type=t.timex.type, modality=ref.event.modality,
        )
        self._add(_Draft(event, view.s.index, clause), view.s)

    def _story_reaches(self, prev: _Draft, s: Sentence) -> bool:
        """Whether the story told at ``prev`` still goes on in ``s``: at most two
        sentences on, across at most one paragraph break, and no sentence between told
        a time outside the event's ("klokken 14.30" on another day) or a quote (its
        speaker's time)."""
        if not prev.sentence < s.index or not (s.index - _STORY_REACH <= prev.sentence or
                                               self._quiet_between(prev.sentence, s.index)):
            return False
        if self.paragraph_of.get(prev.sentence, -1) < s.paragraph - 1:
            return False
        rd = prev.event.date
        for i in range(prev.sentence + 1, s.index):
            for t in self.by_sentence.get(i, ()):
                r = t.resolved
                if r.start is None or rd.start is None or rd.end is None or \
                        r.end is None or not rd.start <= r.start <= r.end <= rd.end:
                    return False  # a time of its own ("klokken 14.30"), not "på formiddagen"
                    # of the same day
        report = self.pats.report
        return not (prev.sentence < s.index - 1 and report is not None and
                    report.search(self.text, self.sentence_start.get(s.index - 1, s.start),
                                  s.start))

    def _quiet_between(self, first: int, last: int) -> bool:
        """Whether the sentences between ``first`` and ``last`` (at most
        _QUIET_REACH of them) tell no event and no time of their own: background and
        states of the same moment ("Det er den tiende pakken i rekken", "På dette
        tidspunktet hadde tyske styrker kontroll over Norge") do not end a story."""
        between = range(first + 1, last)
        return len(between) <= _QUIET_REACH and not any(
            i in self.eventful or i in self.by_sentence for i in between)

    def _relative_to_another(self, lo: int, pos: int) -> bool:
        """Whether a relation word ("etter", "after", "under", "during") stands just
        before the expression at ``pos``: the date is then that of another event named
        there, and the story's time only follows from it."""
        words = self.text[max(lo, pos - _RELATION_REACH):pos].lower().split()
        relations = {*self.lang.event_relations, *self.lang.after_connectors}
        return any(w.strip(",") in relations for w in words[1:] if words) or \
            bool(words and words[0] in relations and pos - _RELATION_REACH <= lo)

    def _noun_phrase_at(self, pos: int, end: int) -> bool:
        """Whether a noun phrase opens at ``pos`` ("the vote", "valget"), as after a
        preposition, rather than the verb of a clause ("etter gikk tropper ...")."""
        words = self.text[pos:min(end, pos + 40)].split()[:1]
        if not words:
            return False
        word = words[0].strip(",.;:").lower()
        lang = self.lang
        return word in lang.determiners or word in lang.articles or \
            word in lang.definite_articles or (len(word) > 3 and bool(lang.definite_endings)
                                               and word.endswith(lang.definite_endings))

    def _names_the_event(self, clause: tuple[int, int]) -> bool:
        """Whether the clause's subject is an event noun in its definite form, an event
        named again: "Møtet", "Toppmøtet", "The meeting", "The talks"."""
        words = self.text[clause[0]:min(clause[1], clause[0] + 60)].split()[:2]
        if not words:
            return False
        lang = self.lang
        first = words[0].strip(",.;:").lower()
        if first in lang.definite_articles and len(words) > 1:
            noun = words[1].strip(",.;:").lower()
        elif len(first) > 3 and lang.definite_endings and first.endswith(lang.definite_endings):
            noun = first
        else:
            return False
        return self.pats.reference_noun_in.search(noun) is not None

    # --- step 5b: a sentence with no date right after a dated event: the story goes on
    def _story_goes_on(self, view: _View) -> None:
        """'Krigen brøt ut 1. september 1939. Tyske tropper gikk inn i Polen.', 'Germany
        declared war on 1 August 1914. German troops crossed into Belgium.': an act told
        with no expression of its own, right after an event the text dated, happens at
        that event's time as the story goes on (approximate, anchored to that event).
        The event before must be dated by an expression of its own, with no modifier
        ("etter", "before"); it may stand up to two sentences back, across at most one
        paragraph break, with no other time or quote told between. A plan goes on only where the sentence is a plan too ("Ministrene
        vil også drøfte ..."); a denial, a hope, background, an opinion or a state does
        not go on."""
        s, text, pats = view.s, self.text, self.pats
        if view.tagged or pats.act is None or not _is_prose(view, _STORY_WORDS) or \
                self._in_caption(view) or s.index in self.told_at:
            return
        last = self.drafts.last()
        if last is None or last.sentence == s.index:
            return  # the sentence's event is told (by a sequel opener, an event named)
        prev = last
        if prev is self.heading:
            return  # a headline's date is the page's: its lead is the news (step 6)
        if prev.process or not self._story_reaches(prev, s):
            return
        # A plan told after a story that went on from a plan's date is still at that
        # date: what an announced meeting will do ("møter 31. oktober ... møtes også på
        # formiddagen ... vil også drøfte"; "møter pressen samme sted"). Only a plan or
        # the present of one: a past story goes on one sentence at a time from a date
        # the text gave.
        origin = prev.story_of or prev
        rd = origin.event.date
        first = origin.event.mentions[0]
        if rd.start is None or rd.mod or not first.timex or \
                rd.anchor not in (Anchor.ABSOLUTE, Anchor.DOCUMENT, Anchor.PREVIOUS) or \
                prev.event.modality == "possible":
            return
        if self._relative_to_another(first.quote_start, first.timex_start):
            return  # "arbeidet etter Madrid-konferansen i 1991": the date is another event's
        act = view.search(pats.act)
        ahead = self.dct is not None and prev.event.date.end is not None and \
            prev.event.date.end >= self.dct.first_day
        present = view.search(pats.present_act) \
            if ahead and pats.present_act is not None else None  # "Ministrene møtes også"
        planned = view.search(pats.planned)
        if planned is not None and present is None and _event_type(
                clean(text[planned.end():s.end]) + " ", self.lang) not in _PLANNED_KINDS:
            planned = None  # "Avtalen skal sikre bredere deltakelse": a purpose, no plan
            if prev.event.modality != "planned" and act is None:
                return
        if origin is not prev and (planned is None and present is None or not (
                origin.event.modality == "planned" or self.dct is not None and
                rd.start >= self.dct.first_day)):
            return
        if prev.event.modality == "planned":
            if planned is None and present is None:
                return  # "Møtet holdes 11. mars. Norge signerte avtalen i fjor.": not the plan
            act = planned or present
        elif planned is not None and not ahead:
            return  # a plan after a past event is the article's plan (step 7)
        act = act or planned or present
        if act is None:
            return
        for cue in (pats.background, pats.negation, pats.possible, pats.subordinate):
            if cue is not None and cue.search(text, s.start, act.start()):
                return
        if pats.report is not None and view.search(pats.report):
            return  # "..., Mane said": a report is told at its speaker's time
        if pats.background is not None and pats.background.search(
                text, first.quote_start, first.quote_end):
            return  # "Vieira had garnered 52 percent on 24 July": background, not the story
        if pats.obligation is not None and view.search(pats.obligation):
            return  # "Journalister må vise fram pressekort": a rule, not the story
        if pats.negation is not None and pats.negation.search(text, act.start(), s.end):
            return
        if self._in_a_state((s.start, s.end), (act.start(), act.start())):
            return
        whole = _clause_of(view.clauses, act.start())
        self._told_from(view, whole, (whole[0], whole[0]), origin, "story", "",
                        Anchor.PREVIOUS, story_anchor=first.timex)

    # --- step 6: the article's news, told with no date -----------------------------
    def _news(self, view: _View) -> None:
        """'Sikkerhetsrådet vedtok nye sanksjoner', 'The Council has voted to impose
        sanctions': an act reported in the past or present perfect, with no date of its
        own, is the article's news, dated by the document date (on or just before it,
        approximate). The lead also counts when it reports a statement ('..., sier
        Egeland'). Opinions, states, plans, denials and background ('hadde', 'had',
        'tidligere') do not."""
        s, text, pats = view.s, self.text, self.pats
        under = self._under_heading(view)
        if (self.dct is None and under is None) or pats.act is None or not _is_prose(view):
            return
        if view.dated:
            self.lead_told = True
            return
        if not view.mentions and self.lead_told:
            return  # no one acts here, and the lead is told: nothing below can change
        if self._in_caption(view):
            return  # a caption tells what a picture shows, often from the archive
        if s.index in self.told_at:
            self.lead_told = True
            return  # "issues were discussed during the talks": more of an event told before
        lead = not self.lead_told
        self.lead_told = True
        if not view.mentions:
            return  # no one acts: not news (tested before the act patterns, which cost more)
        last = self.drafts.last()
        if last is not None and last.sentence == s.index:
            return  # dated by an event it names, or by the sentence before
        recent, horizon = self.recent, self.news_horizon
        act = view.search(pats.act)
        present = False
        if under is not None:
            assert under.resolved.start is not None
            horizon = under.resolved.start.plus_days(-_NEWS_DAYS)
            if act is None and pats.story_present is not None:
                # the historical present of a chronicle entry: its story is back at the
                # heading's date, whatever past a sentence before it told
                act = view.search(pats.story_present)
                present = act is not None
        if not present and recent is not None and horizon is not None and \
                (recent[0] == s.paragraph or recent[1] >= s.index - 2) and recent[2] < horizon:
            return  # the text is telling its past here: "signerte pakten" after "1949"
        cues: tuple[re.Pattern[str] | None, ...] = (
            pats.background, pats.negation, pats.planned, pats.possible, pats.subordinate)
        if act is None and lead and pats.report is not None:
            # "..., sier Egeland": the lead's statement; what it quotes may be anything.
            act = view.search(pats.report)
            cues = (pats.background, pats.subordinate)
        start, stated = view.story_start, False
        if act is None and pats.statement is not None:
            # '"...," Mr McCully said in a statement': a statement made on an occasion is
            # news in the body too. What it quotes may be anything: its own clause is read.
            act = view.search(pats.statement)
            if act is not None:
                start, stated = max(start, _clause_of(view.clauses, act.start())[0]), True
                cues = (pats.background, pats.negation, pats.subordinate)
        if act is None or not view.mentions:
            return
        for cue in cues:  # not in a dateline: "GENEVA, 3 May 2019" holds no "may"
            if cue is not None and cue.search(text, start, act.start()):
                return
        if present and pats.negation is not None and \
                pats.negation.search(text, act.end(), _clause_of(view.clauses, act.start())[1]):
            return  # "Regjeringen undertegner ikke avtalen": the present's own denial
        if not lead and self._in_speech(s, act.start()):
            return  # "– ... En skjør våpenhvile er inngått, men ...": what is said, not news
        whole = _clause_of(view.clauses, act.start())
        if self._a_habit(whole, (act.start(), act.end())):
            return  # "The two have met regularly": a habit, no news
        if under is not None:
            r = under.resolved
            date = Resolved(r.value, r.start, r.end, r.grain, True, Anchor.DOCUMENT,
                            f"on the date of the heading above it, “{under.timex.text}”: "
                            f"told there with no date of its own", "", under.timex.text)
        else:
            dct = self.dct
            assert dct is not None
            date = Resolved(dct.iso(), dct.first_day, dct.last_day, dct.grain, True,
                            Anchor.DOCUMENT, f"on or just before the document date {dct}: "
                            f"the article's news, told with no date", "", str(dct))
        span = (whole[0], whole[0])
        clause = reach(text, *whole, act.start(), act.end())
        title = self.titles.make(text, clause, span, self.lang, self.ctx.last_state,
                           view.within(clause), self.ctx.last_person)
        title = self._with_speaker(s, clause, self._quoted(s, clause, title))
        if len(title.split()) < 3:
            return
        clause_mentions = view.within(clause)
        place = _place(text, clause_mentions, self.lang)
        event = Event(
            id=self._next_id(), doc=self.doc, lang=self.lang.code, date=date, title=title,
            type="statement" if stated else _event_type(clean(text[clause[0]:clause[1]]), self.lang),
            actors=[a for a in _actor_names(clause_mentions) if a != place], place=place,
            mentions=[_mention(self.doc, text, s, "", act.start(), act.start())],
        )
        self._add(_Draft(event, s.index, clause), s)

    def _under_heading(self, view: _View) -> Tagged | None:
        """The date heading that dates the sentence of ``view`` (see
        ``pipeline.date_headings``), when it lies before the document date: the date of
        a chronicle entry. It dates the paragraph right under it, and in the paragraphs
        after, a sentence that opens at the entry's event named again ("Throughout the
        summit, Carter serves ...", "Under forhandlingene ..."); not a sentence with a
        time of its own ("the 1978 Nobel Peace Prize"). A heading of the document's own
        date ("Saturday, July 15, 2006" over a report of that day) is its date line: its
        news is the document's."""
        under = self.under
        if under is None or view.tagged:
            return None
        if view.s.paragraph != self.under_paragraph and not self._opens_at_the_event(view.s):
            return None
        r = under.resolved
        if r.start is None or r.end is None or self.dct is not None and \
                not _before_the_document(self.dct, r.end):
            return None
        return under

    def _opens_at_the_event(self, s: Sentence) -> bool:
        """Whether ``s`` opens on a relation to an event named again, in its definite
        form: "Throughout the summit, ...", "During the talks", "Under forhandlingene"."""
        pattern = self.pats.at_the_event
        m = pattern.match(self.text, s.start, s.end) if pattern is not None else None
        return m is not None and self._names_the_event((m.end(), s.end))

    # --- step 7: a plan the article announces, told with no date ---------------------
    def _plan(self, view: _View) -> None:
        """'Den endelige avtalen vil undertegnes i en seremoni i Colombia', 'The ministers
        will meet in Brussels': a meeting, visit, agreement or sanction the article says is
        to come, with no date of its own, is planned from the document date on (approximate,
        'AFTER'). A hope or a condition ('kan', 'if'), a denial, or a paragraph telling
        the past is no plan."""
        s, text, pats, dct = view.s, self.text, self.pats, self.dct
        if dct is None or not view.mentions or not _is_prose(view):
            return
        cue = view.search(pats.planned)
        if cue is None or self._in_caption(view):
            return
        if s.index in self.told_at:
            return  # "At the meeting the timetable of the next visit was discussed": more of it
        whole = _clause_of(view.clauses, cue.start())
        dated = [d for d in view.dated if self._dated_noun(s, d.t) is None]  # not "the 2015 deal"
        if any(d.whole == whole for d in dated):
            return  # the plan has its date ("skal møtes onsdag")
        last = self.drafts.last()
        if not dated and last is not None and last.sentence == s.index:
            return  # the sentence's event is told (the news, dated by an event named)
        if any(d.clause[0] <= cue.start() < d.clause[1] for d in self.drafts.of_sentence(s.index)):
            return  # its clause's event is told
        if dated and not self._reported(dated, whole):
            return  # a plan beside a dated clause is one only when that clause reports it
        for other in (pats.possible, pats.negation, pats.background):
            if other is not None and view.search(other):
                return
        recent, horizon = self.recent, self.news_horizon
        if recent is not None and (recent[0] == s.paragraph or recent[1] >= s.index - 2) and \
                horizon is not None and recent[2] < horizon:
            return  # "skulle" in a story of the past
        lang = self.lang
        # The plan is the verb phrase after the cue ("vil undertegnes", "will meet"), not
        # a noun before it ("Avtalen vil avklare grensen"); "vil være", "will continue"
        # tell how things will stay, not what will happen.
        ahead = text[cue.end():whole[1]]
        verb = ahead.split()[:1]
        if verb and verb[0].lower().strip(",.") in {*lang.be_forms, *lang.continue_verbs}:
            return
        kind = _event_type(clean(ahead) + " ", lang)
        if kind not in _PLANNED_KINDS:
            return
        clause = reach(text, *whole, cue.start(), cue.end())
        if self._in_a_state(clause, (cue.start(), cue.start())):
            return  # "vil være til stede"
        if self._a_habit(clause, (cue.start(), cue.end())):
            return  # "skal møtes hvert år", "will hold talks every year": a habit
        title = self.titles.make(text, clause, (whole[0], whole[0]), self.lang, self.ctx.last_state,
                           view.within(clause), self.ctx.last_person)
        title = self._with_speaker(s, clause, self._quoted(s, clause, title))
        if len(title.split()) < 3:
            return
        date = Resolved(dct.iso(), dct.first_day, dct.last_day, dct.grain, True,
                        Anchor.DOCUMENT, f"on or after the document date {dct}: a plan the "
                        f"article announces, told with no date", "AFTER", str(dct))
        clause_mentions = view.within(clause)
        place = _place(text, clause_mentions, self.lang)
        event = Event(
            id=self._next_id(), doc=self.doc, lang=self.lang.code, date=date, title=title,
            type=kind, actors=[a for a in _actor_names(clause_mentions) if a != place],
            place=place, mentions=[_mention(self.doc, text, s, "", cue.start(), cue.start())],
            modality="planned",
        )
        self._add(_Draft(event, s.index, clause), s)

    def _reported(self, dated: list[_Dated], whole: tuple[int, int]) -> bool:
        """Whether a dated clause of the sentence reports what ``whole`` says: "Iran will
        return to the talks, the minister told reporters on Friday"."""
        report = self.pats.report
        if report is None:
            return False
        return any(d.whole != whole and report.search(self.text, *d.whole) is not None
                   for d in dated)

    def _quoted(self, s: Sentence, clause: tuple[int, int], title: str) -> str:
        """A title that is only "sier Egeland" takes what the sentence quotes before it;
        so does one that only adds when it was said ("Støre sa da han møtte pressen")."""
        tag = speech_tag(title, self.lang) if clause[0] - s.start >= 2 else ""
        if tag:
            told = self._quoted(s, clause, tag)
            if told != tag:
                return told
        speaker = reporting_speaker(title, self.lang) if clause[0] - s.start >= 2 else ""
        if not speaker:
            return title  # what comes before is read only for a reporting title: one
            # endless sentence must not be copied for each of its events
        start = s.start
        if is_source(speaker, self.lang):
            # "SEOUL, Nov. 1 (Yonhap) --" is the dateline, not what was told
            for t in self.by_sentence.get(s.index, ()):
                if t.end <= clause[0] and t.timex.type == TimexType.DATE:
                    start = max(start, dateline_end(self.text, s, t.start, t.end))
            # "X will gather on Thursday ..., media reported Wednesday": a source's report
            # only says where news was told; news dated in its own clause is its event.
            if any(self._dates_the_lead(start, d) for d in self.drafts.of_sentence(s.index)):
                return ""
        return quoted(title, self.text[start:clause[0]], self.lang)

    def _with_speaker(self, s: Sentence, clause: tuple[int, int], title: str) -> str:
        """A title of direct speech names who says it: "Støre: Norge vil slutte seg ..."."""
        speaker = self._speaker_after(s, clause) if ":" not in title else ""
        return shorten(f"{speaker}: {title.strip(_QUOTES)}", self.lang) if speaker else title

    def _speaker_after(self, s: Sentence, clause: tuple[int, int]) -> str:
        """Who says a clause of direct speech, named in the reporting clause after it:
        in its own sentence ("– Norge vil slutte seg til sanksjonene, sa Støre."), or
        at the end of the speech paragraph it opens ("– Russland har påtatt seg et
        enormt ansvar. Det får konsekvenser, sa Støre torsdag."). '' when none is, or
        when the reporter is a source ("the North's media said")."""
        text, lang = self.text, self.lang
        if s.end - s.start > _CAPTION_REACH:
            return ""
        at = text.rfind("\n\n", 0, s.start)
        paragraph_speech = text[at + 2 if at >= 0 else 0:s.start + 1].lstrip().startswith(
            _SPEECH_DASHES)
        if not (paragraph_speech or s.text.lstrip().startswith((*_SPEECH_DASHES, *_QUOTES))):
            return ""  # not direct speech: "..., the company said" reports, it quotes no one
        body = s.text.rstrip(_CLOSERS + ".")
        tag = _last_tag_comma(body)
        rest = body[tag.end():] if tag is not None and s.start + tag.start() >= clause[0] else ""
        if not reporting_speaker(" ".join(rest.split()[:4]), lang):
            if not paragraph_speech:
                return ""
            end = text.find("\n\n", s.end, s.end + _CAPTION_REACH)
            paragraph = text[s.end:end if end >= 0 else min(len(text), s.end + _CAPTION_REACH)]
            tag = _last_tag_comma(paragraph)
            rest = paragraph[tag.end():] if tag is not None else ""
        speaker = reporting_speaker(" ".join(rest.split()[:4]), lang)
        if speaker.lower() in lang.subject_pronouns:  # "sa hun": the person told of last
            speaker = self.ctx.last_person
        if not speaker[:1].isupper() or is_source(speaker, lang):
            return ""
        return speaker

    def _in_speech(self, s: Sentence, pos: int) -> bool:
        """Whether ``s`` stands in a paragraph of direct speech: one that opens with a
        quotation dash ("– Russlands opptreden gir grunn til bekymring. En skjør våpenhvile
        er inngått ..."), or inside a quotation still open at ``pos``."""
        text = self.text
        at = text.rfind("\n\n", 0, s.start)
        before = text[at + 2 if at >= 0 else 0:pos].lstrip()
        if before.startswith(_SPEECH_DASHES):
            return True  # a paragraph opened by a dash is one speaker's words to its end
        # a quotation mark: only up to where the quote closes ('"...," says X. The fund ...')
        return before.count("“") > before.count("”") or before.count("«") > before.count("»") \
            or before.count('"') % 2 == 1

    def _dates_the_lead(self, start: int, d: _Draft) -> bool:
        """Whether ``d`` is the news a sentence opens with at ``start``, dated in that
        clause itself ("Top diplomats will gather on Thursday"), not in a clause inside
        it ("Tanzania expelled five Iraqis who were questioned ... last month")."""
        at = d.event.mentions[0].timex_start if d.event.mentions else -1
        if at < start or self.text[start:d.clause[0]].strip(_LEAD_MARKS):
            return False
        inner = self.pats.subordinate
        return inner is None or inner.search(self.text, start, at) is None

    def _in_caption(self, view: _View) -> bool:
        """Whether the paragraph of the view's sentence ends in a photo credit ("...
        Foto: NTB"). A dateline's agency ("GENEVA, 3 May 2019 (Reuters) - ") is no credit."""
        credit = self.pats.credit
        if credit is None:
            return False
        s = view.s
        reach_end = min(len(self.text), s.start + _CAPTION_REACH)
        end = self.text.find("\n\n", s.start, reach_end)  # bounded: linear on any text
        if self.credits is None:  # the text's credits, found once: each sentence of a
            # paragraph would otherwise search the rest of it again
            self.credits = Scan(credit, self.text, 0, len(self.text),
                                margin(self.lang.credit_marks))
        return self.credits.search(view.story_start, reach_end if end < 0 else end)

    def _told_from(self, view: _View, whole: tuple[int, int], span: tuple[int, int],
                   ref: _Draft, relation: str, said: str, anchor: Anchor,
                   story_anchor: str = "", fronted: bool = False) -> None:
        """An event with no date of its own, dated from ``ref``: the same date,
        approximate ('after', 'during', 'at', 'same', 'before'), or from it until the
        document date ('since'). ``fronted``: the relation opens the sentence ("During
        the meeting, ..."), setting the scene of a step of its own."""
        text, lang = self.text, self.lang
        event_id = self._next_id()
        rd = ref.event.date
        told = f"{ref.event.title} ({describe(rd)})"
        if relation == "since":
            if self.dct is None:
                return
            date = Resolved(f"{rd.value}/{self.dct}", rd.start, self.dct.last_day, rd.grain,
                            True, anchor, f"from {told} until the document date "
                            f"{self.dct}", "AFTER", said)
        else:
            words = {"same": "at the same time as", "during": "during", "at": "at",
                     "story": "as the story goes on from", "day": "on the day of"}
            date = Resolved(rd.value, rd.start, rd.end, rd.grain,
                            rd.approximate if relation == "day" else True, anchor,
                            f"{words.get(relation, relation)} {told}",
                            {"after": "AFTER", "before": "BEFORE"}.get(relation, ""),
                            said or story_anchor)
        clause = reach(text, *whole, *span)
        if self._in_a_state(clause, span):
            return  # "vil være til stede under undertegningen"
        if self._a_habit(clause, span):
            return  # "have met regularly since the war ended": a habit, no one event
        title = self.titles.make(text, clause, span, lang, self.ctx.last_state, view.within(clause),
                           self.ctx.last_person)
        title = self._quoted(view.s, clause, title)
        if len(title.split()) < 2:
            return
        clause_mentions = [x for x in view.within(clause) if not span[0] <= x.start < span[1]]
        clause_text = clean(text[clause[0]:span[0]] + " " + text[span[1]:clause[1]])
        kind = _event_type(clause_text, lang)
        low = clause_text.lower()
        if (relation in ("during", "at") and kind in _TOLD_AT_AN_EVENT and not fronted and
                self.pats.reference_noun_in.search(low) is None) or \
                (relation == "story" and kind == ref.event.type and
                 self._names_the_event(clause) and self.pats.end_verb_in.search(low) is None) or \
                self._discussed_there(clause, ref, relation):
            # "The agenda will be discussed at the meeting", "Saken ble drøftet under
            # møtet": what is said at an event told before, with no event noun of its
            # own, tells more of that event; "Lavrov will hold a bilateral
            # meeting with Tillerson during the meeting", "Under forhandlingene ble det
            # gjennomført mobilisering" are events of their own. So does the event named
            # again as the story goes on ("Møtet finner sted i Eigtvedts Pakhus", "The
            # meeting takes place at the Kremlin"), but not its end ("Møtet endte ...").
            ref.event.mentions.append(_mention(self.doc, text, view.s, said, *span))
            self.told_at.add(view.s.index)
            return
        place = _place(text, clause_mentions, lang)
        event = Event(
            id=event_id, doc=self.doc, lang=lang.code, date=date, title=title,
            type=kind,
            actors=[a for a in _actor_names(clause_mentions) if a != place], place=place,
            mentions=[_mention(self.doc, text, view.s, said, *span)],
            modality=self._modality(clause, span, date),
        )
        self._add(_Draft(event, view.s.index, clause,
                         story_of=ref if relation == "story" else None), view.s)

    def _discussed_there(self, clause: tuple[int, int], ref: _Draft, relation: str) -> bool:
        """'During the meeting, regional developments were discussed', 'Under møtet ble
        situasjonen i Midtøsten drøftet', '"A wide range of issues have been discussed",
        the statement reads' right after a meeting: a topic talked over in the passive,
        with no one named doing it, is what the meeting or talks at hand did, even with
        the meeting fronted. 'During the meeting, the ministers signed an agreement' and a
        topic discussed with no meeting at hand tell events of their own."""
        pattern = self.pats.discussion_passive
        if pattern is None or relation not in ("during", "at", "story") or \
                ref.event.type not in _TALKED_AT:
            return False
        return pattern.search(self.text, *clause) is not None


# What is done at an event told before and is part of it: what is discussed
# there ("The agenda will be discussed at the meeting"). An act of another kind at it
# ("Under forhandlingene ble det gjennomført mobilisering") is an event of its own.
_TOLD_AT_AN_EVENT = {"negotiations", "meeting"}
# A duration of an event (``_Reader._lasting``): at most this many days, told at most
# this many characters after its noun, of an event named at most this many sentences back.
_LASTING_DAYS = 60
_LASTING_LOOK = 60
_LASTING_REACH = 6
# The nth day of an event (``_Reader._ordinal_day``) names one told at most this many
# sentences back (a programme tells its visit's days far down).
_ORDINAL_REACH = 30
# Events whose content a passive "was discussed" right after them tells (_discussed_there)
_TALKED_AT = {"negotiations", "meeting", "visit"}
# How many sentences back the dated event of a story that goes on may stand.
_STORY_REACH = 2
# How many sentences that tell no event and no time a story goes on across.
_QUIET_REACH = 3
# At most this many words of what an anniversary remembers make its title.
_ANNIVERSARY_WORDS = 10
# A story goes on in short sentences too ("Tyske tropper okkuperte Polen.").
_STORY_WORDS = 4
# How far before a date a relation word ("etter Madrid-konferansen i 1991") is looked for.
_RELATION_REACH = 40
# How many sentences after a heading its story may begin (a caption, a byline between).
_HEADING_REACH = 6
_HEADING_WORDS = 12


def _is_prose(view: _View, words: int = 0) -> bool:
    """A sentence of the story: ends as a sentence does, long enough to report."""
    return view.prose_words >= (words or _NEWS_WORDS)


def _is_heading(text: str, s: Sentence) -> bool:
    """A short line of its own with no final full stop: a heading or a headline (not a
    row of a table, which is a list of events)."""
    if s.end - s.start > 40 * _HEADING_WORDS:  # too long to be a heading: no word count
        return False
    body = s.text.rstrip(_CLOSERS)
    if len(body.split()) > _HEADING_WORDS or body.endswith((".", "!", "?", ":")) or "|" in body:
        return False
    return (s.start == 0 or text[s.start - 1] == "\n") and \
        (s.end == len(text) or text[s.end] == "\n")


def _tells_the_same(heading: Event, e: Event) -> bool:
    a, b = heading.date, e.date
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    same_kind = heading.type == e.type or heading.type == "other"
    return same_kind and a.start <= b.start and b.end <= a.end


# A sentence shorter than this is a label or a fragment, not a report.
_NEWS_WORDS = 6
# How far a caption's credit may stand after its first sentence.
_CAPTION_REACH = 1_000
# The news is at most this many days older than the document date: a paragraph whose
# last date is older is telling the past.
_NEWS_DAYS = 31


# A part of the day after a day's value ("2022-03-18TMO"): TIMEX3 "morning", "afternoon".
_PART_OF_DAY = re.compile(r"(?<=\d)T(?:MO|MI|AF|EV|NI|DT)$")


def _to_the_day(e: Event) -> Event:
    """A timeline places events on days: "fredag formiddag", "yesterday afternoon" date
    the event to the day. The part of the day stays in the explanation and the timex;
    it is dropped after the merge, which keeps telling events of one day apart by it."""
    value = _PART_OF_DAY.sub("", e.date.value)
    if value != e.date.value:
        e.date = replace(e.date, value=value)
    return e


def _before_the_document(dct: DocDate | None, day: Day) -> bool:
    """Whether ``day`` lies before the document date (False with no document date)."""
    return dct is not None and day < dct.first_day


# The lengths that date one event from another ("eight years after", "fem måneder etter").
_OFFSET_UNITS = {Grain.YEAR, Grain.MONTH, Grain.WEEK, Grain.DAY}
# How far before a length of time its preposition is looked for ("for two years after").
_CUE_WORD = 12


def _offset_stop(text: str, start: int, end: int) -> int:
    """Where the event named after an offset ("after joining it") ends: at the clause's
    punctuation or the sentence's end."""
    stop = min((i for i in (text.find(c, start, end) for c in ",;:") if i >= 0), default=end)
    return len(text[:stop].rstrip(" .!?"))


def _key(words: str) -> str:
    return " ".join(words.lower().split())


def build_events(text: str, doc: str, lang: Lang, sentences: list[Sentence],
                 tagged: list[Tagged], dct: DocDate | None,
                 sections: dict[int, DocDate] | None = None,
                 headed: dict[int, Tagged] | None = None) -> list[Event]:
    """The events of one document, its sentences read in order (see ``_Reader``);
    ``sections`` are its section datelines (``pipeline.section_dates``), ``headed`` its
    date headings (``pipeline.date_headings``)."""
    return _Reader(text, doc, lang, tagged, dct, sections, headed).read(sentences)


def _head_noun(text: str, lang: Lang) -> str:
    """The noun a year modifies: the first word after it that is neither capitalised
    (a name: "the 2015 Iran deal") nor an adjective ("nuclear"); '' if none."""
    for word in text.split()[:4]:
        w = word.strip(",.;:")
        if w[:1].isupper() or (len(w) > 5 and w.lower().endswith(lang.adjective_endings)):
            continue
        return w.lower()
    return ""


# A citation cue ("printed in ...") this far before a date makes it where a source was
# printed, across the commas of the reference.
_CITATION_REACH = 60
# How far a year's name is looked for before it ("the War of"), and its head noun after
# it ("the 1953 team").
_NAME_LOOK = 40
_HEAD_LOOK = 60
# How far _dates_an_event reads before and after an expression, its citation's reach aside.
_LOOK_BEFORE = max(_NAME_LOOK, _LIMIT_LOOK, DATELINE_REACH)
_LOOK_AFTER = max(_HEAD_LOOK, DATELINE_AFTER)
_CLOSERS = " \t\n\"'»”)]"
# What may stand before a sentence's first word: space, an opening quote or bracket.
_OPENING_MARKS = " \t\n\"'«“‘(["


@lru_cache(maxsize=8)
def _not_names(lang: Lang) -> frozenset[str]:
    """Capitalised words before a year that do not make it part of a name: "I 1993",
    "Siden 2001", a month ("Mai 1945")."""
    return frozenset(w.lower() for w in (
        *lang.date_prepositions, *lang.place_prepositions, *lang.deadline_words,
        *lang.since_words, *lang.months, *lang.weekdays, *lang.seasons, *lang.approx_words,
        *lang.name_year_prepositions))


def _ahead_of_the_document(meaning: Meaning) -> bool:
    """Whether an expression says by itself that it lies after the document date ("i
    morgen", "next year", "onsdag neste uke", "in the coming weeks"), whether or not
    that date is known."""
    if meaning.kind == "relative":
        return meaning.offset > 0
    if meaning.kind == "ref":
        return meaning.ref == "FUTURE_REF"
    if meaning.kind == "within" and meaning.parts:
        return _ahead_of_the_document(meaning.parts[0])
    return False


def _governs(cue: re.Pattern[str], text: str, clause: tuple[int, int],
             t: Tagged | tuple[int, int], lang: Lang | None = None) -> bool:
    """A cue governs the expression when it stands before it in its clause ("skal reise
    ... i mai", "will meet ... on Thursday"), or right after it when the expression
    opens the clause ("I mai skal ...", "I dag blir avtalen undertegnet")."""
    start, end = (t.start, t.end) if isinstance(t, Tagged) else t
    if cue.search(text, clause[0], start):
        return True
    b = min(clause[1], end + 40)
    if lang is None:  # the expression opens the clause: the cue right after it
        if text[clause[0]:start].strip(" \t\n\"'«–-"):
            return False
        return cue.search(" ".join(text[end:b].split()[:2])) is not None
    after = following_opening(text, clause[0], start, end, b, len(text), lang)  # "In March,"
    return after is not None and after.holds(cue)


def _salience(text: str, m: ActorMention) -> float:
    """A state in a list ("USA, Russland, Kina og Japan") is less likely the topic."""
    before = text[max(0, m.start - 5):m.start]
    after = text[m.end:m.end + 5]
    in_list = re.search(r",\s*$", before) or re.match(r"\s*,", after)
    return 0.5 if in_list else 1.0


def _window_as_interval(date: Resolved, dct: DocDate) -> Resolved:
    """'det siste året' as an event date: from a year before the document date to it."""
    first = date.start.iso()[: {"day": 10, "month": 7}.get(dct.grain.value, 4)] \
        if date.start is not None else ""
    return Resolved(f"{first}/{dct}", date.start, date.end, date.grain, date.approximate,
                    date.anchor, date.explanation, date.mod, date.anchor_text)


def _mentions_pronoun(text: str, lang: Lang, what: str) -> bool:
    pattern = patterns(lang).pronouns.get(what)
    return bool(pattern is not None and pattern.search(text))


def _since(date: Resolved, dct: DocDate) -> Resolved:
    return Resolved(f"{date.value}/{dct}", date.start, dct.last_day, date.grain,
                    date.approximate, date.anchor,
                    f"from {describe(date)} until the document date {dct}", "AFTER",
                    date.anchor_text)


def _find_referenced(drafts: _Drafts, m: re.Match[str], lang: Lang) -> _Draft | None:
    """The latest event of the same type (and a compatible place) as 'toppmøtet Hanoi'."""
    noun = m.group("np").lower()
    kind = _event_type(noun, lang)
    place = m.group("place") or ""
    return drafts.latest(kind, lang.gazetteer.place_forms.get(place, place))


def _processes(reader: _Reader, view: _View) -> None:
    """Talks that began after one dated clause and broke down after another."""
    text, doc, lang, drafts, ctx = reader.text, reader.doc, reader.lang, reader.drafts, reader.ctx
    s, mentions = view.s, view.mentions
    process_re, end_re = reader.pats.process_noun, reader.pats.end_verb
    if not lang.process_nouns:
        return
    lower = s.text.lower()
    mentions_process = reader.pats.process_noun_in.search(lower) is not None
    proc = ctx.process
    if proc is None and not mentions_process:
        return  # no talks named, none open: nothing below can begin or end one
    dated = [(d.t, d.whole) for d in view.dated]
    first_clause = view.clauses[0]
    head = text[first_clause[0]:first_clause[1]]
    noun = process_re.search(head[:80]) if mentions_process else None
    subject = patterns(lang).pronoun_subject.get("process")
    pronoun_subject = bool(subject is not None and subject.match(head))
    if proc is not None and mentions_process and (noun or process_re.search(s.text)):
        for a in _actor_names(mentions):
            if a not in proc.event.actors:
                proc.event.actors.append(a)
    if noun and _began_and_ended(reader, view, dated, noun, head, first_clause):
        return
    connector = patterns(lang).connector_end
    dated_after = [t for t, c in dated if c != first_clause and t.resolved.start is not None
                   and connector.search(text, max(s.start, c[0] - 12), c[0])]
    if noun and dated_after and not end_re.search(head):
        start = dated_after[0].resolved
        title = noun.group(0)
        event = Event(
            id=f"{doc}#p{s.index}", doc=doc, lang=lang.code,
            date=Resolved(start.value, start.start, start.end, start.grain, True,
                          start.anchor, f"began after {describe(start)}", "AFTER",
                          dated_after[0].text),
            title=shorten(title, lang), type=_event_type(title, lang),
            actors=_actor_names(mentions),
            mentions=[_mention(doc, text, s, dated_after[0].text, dated_after[0].start,
                               dated_after[0].end)],
        )
        draft = _Draft(event, s.index, first_clause, process=True)
        drafts.add(draft)
        ctx.process = draft
        return
    if proc is not None and (noun or pronoun_subject) and \
            reader.pats.end_verb_in.search(lower) is not None and end_re.search(head):
        ends = [t for t, c in dated if t.resolved.end is not None]
        if not ends:
            return
        end = ends[0].resolved
        begin = proc.event.date
        grain = begin.grain if begin.grain is not None else end.grain
        if begin.grain is not None and end.grain is not None and \
                GRAIN_ORDER[end.grain] > GRAIN_ORDER[begin.grain]:
            grain = end.grain
        proc.event.date = Resolved(
            f"{begin.value}/{_year_of(end)}", begin.start, end.end, grain, True,
            Anchor.PREVIOUS,
            f"{begin.explanation}; ended after {describe(end)}", "",
            f"{begin.anchor_text}; {ends[0].text}")
        proc.event.mentions.append(_mention(doc, text, s, ends[0].text, ends[0].start,
                                            ends[0].end))
        ctx.process = None


def _began_and_ended(reader: _Reader, view: _View,
                     dated: list[tuple[Tagged, tuple[int, int]]], noun: re.Match[str],
                     head: str, first_clause: tuple[int, int]) -> bool:
    """'The six-party talks began in August 2003 and collapsed in April 2009' /
    'Forhandlingene startet i 2003 og brøt sammen i 2009': one sentence, one interval."""
    text, doc, lang, drafts = reader.text, reader.doc, reader.lang, reader.drafts
    s, mentions, end_re = view.s, view.mentions, reader.pats.end_verb
    placed = [(t, c) for t, c in dated
              if t.resolved.start is not None and t.resolved.end is not None]
    if len(placed) < 2:
        return False
    (first, _), (last, last_clause) = placed[0], placed[-1]
    a, b = first.resolved, last.resolved
    assert a.start is not None and b.start is not None and b.end is not None
    # The end verb tells the last date's clause: "I 1945 endte krigen, og i 1946 ble FN
    # grunnlagt" is two events, not one from 1945 until 1946.
    if not end_re.search(text, max(first.end, last_clause[0]), last.start) or a.start > b.start:
        return False
    subject = clean(head[:noun.end()])
    event = Event(
        id=f"{doc}#p{s.index}", doc=doc, lang=lang.code,
        date=Resolved(f"{a.value}/{b.value}", a.start, b.end, a.grain, a.approximate or
                      b.approximate, a.anchor, f"from {describe(a)} until {describe(b)}", "",
                      ""),
        title=shorten(subject, lang), type=_event_type(subject, lang),
        actors=_actor_names(mentions),
        mentions=[_mention(doc, text, s, text[first.start:last.end], first.start, last.end)],
    )
    # The two dates were each made an event of their own; they are the ends of this one.
    ends = {first.start, last.start}
    drafts.remove(s.index, ends)
    drafts.add(_Draft(event, s.index, first_clause, process=True))
    return True


def _year_of(r: Resolved) -> str:
    return r.value.split("-")[0] if r.start is not None else r.value


def _is_news(e: Event) -> bool:
    """An event told with no date and dated by the document date (see _Reader._news)."""
    return e.date.anchor == Anchor.DOCUMENT and any(m.timex == "" for m in e.mentions)


def _singular(noun: str, lang: Lang) -> str:
    """'meetings' -> 'meeting', 'møter' -> 'møte', 'konferansene' -> 'konferanse'."""
    for ending in lang.plural_endings:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            return noun[:-len(ending)] + ("e" if lang.code == "nb" and ending != "r" else "")
    return noun


def _one_names_all(a: Event, b: Event) -> bool:
    """Whether the actors of one event are all among the other's, and they share one."""
    x, y = set(a.actors), set(b.actors)
    return bool(x & y) and (x <= y or y <= x)


def _absorb(target: Event, e: Event, lang: Lang) -> None:
    """``e`` told again: its mentions and actors join ``target``, and its place when it is
    the more precise one (a city in the target's country)."""
    target.mentions.extend(e.mentions)
    for a in e.actors:
        if a not in target.actors:
            target.actors.append(a)
    if not target.place or lang.gazetteer.places.get(e.place) == target.place:
        target.place = e.place or target.place


def _inside(a: Resolved, b: Resolved) -> bool:
    """Whether the days of ``a`` are all among the days of ``b``."""
    return a.start is not None and a.end is not None and b.start is not None and \
        b.end is not None and b.start <= a.start and a.end <= b.end


def _nested(a: Resolved, b: Resolved) -> bool:
    """Whether one date lies inside the other ("1946" and "1946, Apr-July")."""
    return _inside(a, b) or _inside(b, a)


@lru_cache(maxsize=64)
def _trigger_stems(lang: Lang, kind: str) -> frozenset[str]:
    """The stems of the words that name an event of ``kind`` ("meeting", "met"): two
    titles that share only these tell two meetings, not one."""
    return frozenset(_stem(w) for t in lang.event_types.get(kind, ()) for w in _WORD.findall(t))


def _fragment(e: Event) -> bool:
    """Whether every telling of the event is a row of a table or a line that is not a
    sentence (a headline, a label): the short form of what the prose tells in full."""
    return all("|" in m.quote or not m.quote.rstrip(_CLOSERS).endswith((".", "!", "?"))
               for m in e.mentions)


def _retold(o: Event, e: Event, lang: Lang) -> bool:
    """One event told twice with dates one inside the other: a table's row ("| Paris |
    1946, Apr-July |") and the prose ("in 1946 at the Paris Conference"), a caption and
    the body. Same type and modality, no two places apart, one names every party of the
    other, one of the two is told only in a row or a line that is not a sentence, and
    the titles share a word other than the words that name the kind of event. Two meetings of the same actors in two
    months, or between other parties on the same day, are two."""
    if o.type != e.type or o.modality != e.modality or not _nested(o.date, e.date):
        return False
    if not _compatible_place(o.place, e.place, lang):
        return False
    if not (_one_names_all(o, e) and (_fragment(o) or _fragment(e))):
        return False
    shared = _title_stems(o.title) & _title_stems(e.title)
    return bool(shared - _trigger_stems(lang, e.type))


def _same_news(o: Event, e: Event, lang: Lang) -> bool:
    """The article's news told with no date ("Norge slutter seg til EUs tiende
    sanksjonspakke") and told again on the day the text gives ("Vi har i dag besluttet at
    Norge skal slutte opp om EUs tiende sanksjonspakke"): the same date, the same kind
    of act (one may be of no kind or a statement, not both), no two places apart, and titles that share at least ``_NEWS_SHARED_WORDS`` words
    besides the words that name the kind of event, and more than half of the shorter
    title's ("called for an emergency Security Council meeting" and "called for an
    emergency conference of OPEC" are two)."""
    if o.date.value != e.date.value or o.modality != e.modality or \
            not (_is_news(o) or _is_news(e)):
        return False
    loose = (o.type in _LOOSE_KINDS) + (e.type in _LOOSE_KINDS)
    if loose == 2 or (loose == 0 and o.type != e.type):
        return False
    if not _compatible_place(o.place, e.place, lang):
        return False
    kind = e.type if o.type in _LOOSE_KINDS else o.type
    a = _title_stems(o.title) - _trigger_stems(lang, kind)
    b = _title_stems(e.title) - _trigger_stems(lang, kind)
    shared = len(a & b)
    return shared >= _NEWS_SHARED_WORDS and 2 * shared > min(len(a), len(b))


def _one_stretch_of_days(e: Event) -> bool:
    """Whether the event is dated by a stretch of several days, to the day ("15-26 July
    1974"): two events of one type told with the very same stretch are one."""
    d = e.date
    return d.grain == Grain.DAY and d.start is not None and d.end is not None and \
        d.start < d.end


def _merge(events: list[Event], lang: Lang) -> list[Event]:
    """One event told twice becomes one event with two mentions: same type, same date at
    the same precision, and the same place (a city in a country counts) or two shared
    actors. The first earlier event that qualifies takes the mention.

    Candidates are found through an index by (type, grain, value) and then by place or
    by pair of actors, so that a thousand summits in one month are not compared with
    each other pairwise. Each candidate is checked again against the events as they are
    now (a merge can move an event from a country to its city); should a check fail,
    that one event falls back to scanning its (type, grain, value) group."""
    places = lang.gazetteer.places
    out: list[Event] = []
    group: dict[tuple[str, str, str], list[Event]] = {}
    first: dict[tuple[object, ...], tuple[int, Event]] = {}  # the earliest event per entry

    def same(o: Event, e: Event) -> bool:
        if o.place and e.place and _compatible_place(o.place, e.place, lang):
            return True
        shared = len(set(o.actors) & set(e.actors))
        if shared >= 2:
            return True
        # the very same stretch of days: one event, unless each names its own parties
        return _one_stretch_of_days(e) and (shared == 1 or not o.actors or not e.actors) \
            and not (o.place and e.place)

    def entries(key: tuple[str, str, str], e: Event) -> Iterator[tuple[object, ...]]:
        if e.place:
            yield (key, "place", e.place)
            yield (key, "in", places.get(e.place, e.place))
        for pair in combinations(sorted(set(e.actors)), 2):
            yield (key, "pair", *pair)

    def register(key: tuple[str, str, str], e: Event, pos: int) -> None:
        for entry in entries(key, e):
            if entry not in first or first[entry][0] > pos:
                first[entry] = (pos, e)

    def candidates(key: tuple[str, str, str], e: Event) -> Iterator[tuple[int, Event]]:
        lookups: list[tuple[object, ...]] = []
        if e.place:
            lookups += [(key, "place", e.place), (key, "in", e.place)]
            if e.place in places:
                lookups.append((key, "place", places[e.place]))
        lookups += [(key, "pair", *pair) for pair in combinations(sorted(set(e.actors)), 2)]
        return (first[k] for k in lookups if k in first)

    position: dict[int, int] = {}  # id(event) -> its place in out
    # A caption or a line told twice word for word is one event, whatever its type.
    told: dict[tuple[str, str], Event] = {}
    # The article's news told with no date ("The UN has welcomed the agreement") and
    # told again with one ("Ramzy says Saturday the agreement ..."): same type, same
    # day, an actor in common. The first event of each (type, value) is kept here.
    first_of: dict[tuple[str, str], Event] = {}
    of_type: dict[str, list[Event]] = {}  # the kept events of each kind, in order
    by_value: dict[str, list[Event]] = {}  # the kept events of each date, in order
    news_of: set[str] = set()  # the dates of kept news told with no date
    for e in events:
        key = (e.type, e.date.grain.value if e.date.grain else "", e.date.value)
        target = told.get((e.title.lower(), e.date.value))
        earlier = first_of.get((e.type, e.date.value))
        if target is None and earlier is not None and (_is_news(e) or _is_news(earlier)) \
                and set(e.actors) & set(earlier.actors):
            target = earlier
            if _is_news(earlier) and not _is_news(e):
                earlier.date = e.date  # the date the text gives beats the document's
        if target is None and (_is_news(e) or e.date.value in news_of):
            target = next((o for o in reversed(by_value.get(e.date.value, [])[-_ONCE_A_DAY_REACH:])
                           if _same_news(o, e, lang)), None)
            if target is not None and target.type in _LOOSE_KINDS and \
                    e.type not in _LOOSE_KINDS:
                target.type = e.type  # the kind the second telling names
                if e.type in _MERGEABLE:
                    group.setdefault(key, []).append(target)
                    of_type.setdefault(e.type, []).append(target)
        if target is None and e.type in _MERGEABLE:
            found = list(candidates(key, e))
            if all(same(o, e) for _, o in found):
                target = min(found, key=lambda c: c[0])[1] if found else None
            else:
                target = next((o for o in group.get(key, ()) if same(o, e)), None)
            if target is None and _one_stretch_of_days(e):
                # "having conducted negotiations in Washington July 15-26, 1974" after
                # "Negotiations commenced July 15 and were concluded on July 26": the
                # same stretch of days (few events share one: a short scan)
                target = next((o for o in group.get(key, ())[-_ONCE_A_DAY_REACH:]
                               if same(o, e)), None)
            if target is None:
                # told again with a date inside the other's (bounded: a short scan)
                target = next((o for o in reversed(of_type.get(e.type, [])[-_ONCE_A_DAY_REACH:])
                               if _retold(o, e, lang)), None)
            if target is None and e.type in _ONCE_A_DAY and e.date.grain == "day":
                # The same act against one country on one day, told in the lead and
                # again in the body ("adopted new sanctions against North Korea"): one,
                # when neither names a party the other does not (the EU's sanctions on
                # the day of the UN's are the EU's own).
                recent = group.get(key, [])[-_ONCE_A_DAY_REACH:]  # bounded: linear on any text
                target = next((o for o in reversed(recent) if _one_names_all(o, e)), None)
        if target is None:
            position[id(e)] = len(out)
            out.append(e)
            told.setdefault((e.title.lower(), e.date.value), e)
            first_of.setdefault((e.type, e.date.value), e)
            by_value.setdefault(e.date.value, []).append(e)
            if _is_news(e):
                news_of.add(e.date.value)
            if e.type in _MERGEABLE:
                group.setdefault(key, []).append(e)
                of_type.setdefault(e.type, []).append(e)
                register(key, e, position[id(e)])
            continue
        _absorb(target, e, lang)
        if target.type in _MERGEABLE:
            register(key, target, position[id(target)])
    return out
