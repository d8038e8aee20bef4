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
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from . import budget
from .actors import Mention as ActorMention
from .actors import family_names, finder
from .calendar import Day
from .cues import patterns
from .furniture import furniture, is_dateline
from .lang.base import Lang
from .resolve import GRAIN_ORDER, describe
from .segment import reach, reach_among
from .titles import clean, make_title, quoted, reporting_speaker, shorten
from .types import Anchor, DocDate, Event, Mention, Resolved, Sentence, Timex, TimexType

__all__ = ["Tagged", "build_events"]

# Kinds of expression that place an event in time (durations and recurrences do not).
_EVENT_KINDS = {"date", "relative", "anaphoric", "interval", "window"}
_MERGEABLE = {"meeting", "visit", "agreement", "sanctions", "expulsion", "withdrawal",
              "election", "conflict", "negotiations"}


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


class _Drafts:
    """The events told so far, in text order, indexed for the one question a named event
    asks ("siden toppmøtet i Hanoi": the latest summit at a compatible place), so that
    it is answered without scanning every event before it."""

    def __init__(self, lang: Lang) -> None:
        self.places = lang.gazetteer.places  # place -> the state it lies in
        self.items: list[_Draft] = []
        self._index: dict[tuple[str, ...], list[_Draft]] = {}
        self._stems: dict[str, list[_Draft]] = {}  # "vote" -> events whose title says it

    def __iter__(self) -> Iterator[_Draft]:
        return (d for d in self.items if not d.removed)

    def add(self, draft: _Draft) -> None:
        draft.order = len(self.items)
        self.items.append(draft)
        if draft.process:
            return  # a process is never what a named event refers to
        kind, place = draft.event.type, draft.event.place
        keys: list[tuple[str, ...]] = [("kind", kind)]
        if place:
            keys += [("place", kind, place), ("in", kind, self.places.get(place, place))]
        else:
            keys.append(("nowhere", kind))
        for key in keys:
            self._index.setdefault(key, []).append(draft)
        for stem in {_stem(w) for w in _WORD.findall(draft.event.title.lower()) if len(w) >= 4}:
            self._stems.setdefault(stem, []).append(draft)

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

    def remove(self, sentence: int, timex_starts: set[int]) -> None:
        """Drop the events of ``sentence`` told at these expressions (they are the ends of
        an interval). They are the newest, so only the tail is looked at."""
        for d in reversed(self.items):
            if d.sentence != sentence:
                break
            if d.event.mentions[0].timex_start in timex_starts:
                d.removed = True

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


_WORD = re.compile(r"[^\W\d_]+")


def _stem(word: str) -> str:
    """A crude stem, enough to find "voted" from "the vote": the first four letters."""
    return word[:4]


def _clauses(s: Sentence, lang: Lang,
             keep: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """(start, end) offsets of the clauses of a sentence; never inside a ``keep`` span
    (the comma of "November 9, 1989" does not end a clause)."""
    pats = patterns(lang)
    splitter = pats.clause_splitter
    keep_starts = [a for a, _ in keep]  # in text order, not overlapping
    spans = []
    pos = 0
    for m in splitter.finditer(s.text):
        at, after = s.start + m.start(), s.start + m.end()
        i = bisect.bisect_right(keep_starts, at) - 1
        j = bisect.bisect_left(keep_starts, after)
        if (i >= 0 and at < keep[i][1]) or (j < len(keep) and keep_starts[j] == after
                                             and m.group().strip() not in ",;:"):
            continue  # inside a date, or a word right before one ("since 2003" stays whole)
        if m.group().startswith(",") and m.start() > 0 and s.text[m.start() - 1].isalpha() \
                and pats.name_list is not None and pats.name_list.match(s.text, m.end()) and \
                _capitalised_before(s.text, m.start()):
            continue  # "Germany, Russia, France and Britain were drawn into the war"
        if m.start() > pos:
            spans.append((s.start + pos, s.start + m.start()))
        pos = m.end()
    if pos < len(s.text):
        spans.append((s.start + pos, s.end))
    return spans or [(s.start, s.end)]


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
def _statement_complement(lang: Lang) -> re.Pattern[str] | None:
    triggers = lang.event_types.get("statement")
    if not triggers:
        return None
    words = "|".join(re.escape(t.strip()) for t in triggers)
    return re.compile(rf"(?:{words})\s+(?:\S+\s+){{0,3}}?(?:{'|'.join(lang.complementisers)})\b",
                      re.IGNORECASE)


@lru_cache(maxsize=4096)
def _event_type(text: str, lang: Lang) -> str:
    """The first type (in the language's order) with a trigger in the text; a statement
    verb with a complement clause ("gjorde det klart at ...") is a statement whatever the
    complement mentions."""
    said = _statement_complement(lang)
    if said is not None and lang.complementisers and said.search(text):
        return "statement"
    pattern, kinds = _type_pattern(lang)
    best = len(kinds)
    for m in pattern.finditer(text.lower()):
        best = min(best, int(m.lastgroup[1:]))  # type: ignore[index]
    return kinds[best] if best < len(kinds) else "other"


class _Context:
    """What the document has told so far: the last state, process and people named."""

    def __init__(self) -> None:
        self.state_counts: dict[str, float] = {}
        self.people: dict[str, str] = {}  # surname -> full name
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
    also: list[Tagged] = field(default_factory=list)  # more expressions of the same date


@dataclass
class _View:
    """One sentence as the steps see it: its actors, clauses and dated expressions."""

    s: Sentence
    tagged: list[Tagged]
    mentions: list[ActorMention]
    starts: list[int]  # mention starts, for bisect
    clauses: list[tuple[int, int]]
    dated: list[_Dated] = field(default_factory=list)
    counted: int = 0  # state mentions already counted for salience
    _dated_starts: list[int] = field(default_factory=list)

    def within(self, span: tuple[int, int]) -> list[ActorMention]:
        return _within(self.mentions, self.starts, span)

    def others(self, d: _Dated) -> list[tuple[int, int]]:
        """The other dated expressions inside ``d``'s (bounded) clause: found by bisect,
        so that a sentence of thousands of dates is not scanned once per date."""
        if len(self._dated_starts) != len(self.dated):  # the list is complete by now
            self._dated_starts = [o.span[0] for o in self.dated]  # in text order
        starts = self._dated_starts
        lo = bisect.bisect_left(starts, d.clause[0])
        hi = bisect.bisect_left(starts, d.clause[1])
        return [o.span for o in self.dated[lo:hi] if o is not d]


class _Reader:
    """Reads one document sentence by sentence; each step below is one way an event is
    told. What the text has told so far lives in ``ctx`` (states, people, the open
    process) and ``drafts`` (the events, indexed)."""

    def __init__(self, text: str, doc: str, lang: Lang, tagged: list[Tagged],
                 dct: DocDate | None) -> None:
        self.text, self.doc, self.lang, self.dct = text, doc, lang, dct
        self.pats = patterns(lang)
        self.actor_finder = finder(lang)
        self.ctx = _Context()
        self.drafts = _Drafts(lang)
        self.by_sentence: dict[int, list[Tagged]] = {}
        for t in tagged:
            self.by_sentence.setdefault(t.sentence, []).append(t)
        self.counter = 0
        self.heading: _Draft | None = None  # the last event told in a heading
        self.lead_told = False  # the first sentence of the story has been read
        # The paragraph, sentence and end of the last date told.
        self.recent: tuple[int, int, Day] | None = None

    def read(self, sentences: list[Sentence]) -> list[Event]:
        for s in sentences:
            budget.check()
            if furniture(self.text, s, self.lang):
                continue  # a credit, byline or time stamp: its dates are the page's
            view = self._view(s)
            for d in view.dated:
                self._dated_event(view, d)
            self._named_events(view)
            self._related_events(view)
            self._sequel(view)
            self._news(view)
            _processes(self.text, s, view.clauses, [(d.t, d.whole) for d in view.dated],
                       self.drafts, self.ctx, self.lang, self.pats.process_noun,
                       self.pats.end_verb, view.mentions, self.doc)
            for t in view.tagged:
                if t.resolved.end is not None and t.timex.type == TimexType.DATE:
                    self.recent = (s.paragraph, s.index, t.resolved.end)
            self._note_subject(view)
            self._count_states_before(view, s.end)
        return _merge([d.event for d in self.drafts], self.lang)

    def _add(self, draft: _Draft, s: Sentence) -> None:
        """Keep an event. A heading ("Historisk avtale undertegnes i dag") announces the
        story its next lines tell: the first event after it of the same type and within
        its date is that event, and takes the heading's mention."""
        heading = self.heading
        if heading is not None and draft.sentence - heading.sentence <= _HEADING_REACH and \
                not heading.removed and _tells_the_same(heading.event, draft.event):
            heading.removed = True
            draft.event.mentions[:0] = heading.event.mentions
            self.heading = None
        self.drafts.add(draft)
        if self.heading is not draft and _is_heading(self.text, s):
            self.heading = draft

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
        names = {m.canonical for m in people}
        # One person named: that one. None, or several: no one for sure ("Palestineren var
        # ingen hvem som helst. I 1970 prydet han ..." is not about the minister before).
        self.ctx.last_person = people[0].canonical if len(names) == 1 else ""

    def _next_id(self) -> str:
        self.counter += 1
        return f"{self.doc}#{self.counter}"

    # --- step 1: the sentence, its actors and the expressions that date events -------
    def _view(self, s: Sentence) -> _View:
        text = self.text
        mentions = self.actor_finder.find(text, s.start, s.end, self.ctx.people)
        self._learn_people(mentions)
        tagged = self.by_sentence.get(s.index, [])
        spans = [(t.start, t.end) for t in tagged]
        clauses = _clauses(s, self.lang, spans)
        view = _View(s, tagged, mentions, [m.start for m in mentions], clauses)
        for j, t in enumerate(tagged):
            m = t.timex.meaning
            if m.kind not in _EVENT_KINDS and not (m.kind == "ref" and m.ref == "PAST_REF"):
                continue
            if t.timex.type == TimexType.DURATION and m.kind != "window":
                continue
            whole = _clause_of(clauses, t.start)
            bounded = reach_among(text, *whole, spans, j)
            if not self._dates_an_event(s, t, bounded):
                continue
            d = _Dated(t, whole, bounded, (t.start, t.end), self._event_date(t, s.start))
            if view.dated and self._same_stretch(view.dated[-1], d):
                continue
            view.dated.append(d)
        if s.text.rstrip(_CLOSERS).endswith("?"):
            view.dated = []  # a question reports nothing ("Var pakten plan B for Norge?")
        return view

    def _same_stretch(self, prev: _Dated, d: _Dated) -> bool:
        """Two expressions of one clause that name one date or one stretch: 'mandag og
        tirsdag' (the days touch: one interval), 'I morgen, tirsdag,' (the same day told
        twice), or the same date again ('1853 — Perry and Japan: ... in 1853'). The
        later one joins the earlier's event; True when it did."""
        a, b = prev.date, d.date
        if a.start is None or b.start is None or a.end is None or b.end is None:
            return False
        between = self.text[prev.span[1]:d.span[0]]
        adjacent = self.pats.joins_dates.fullmatch(between) is not None
        if prev.whole != d.whole and not (adjacent and "," in between):
            return False  # "I morgen, tirsdag," is one day in two clauses
        if a.value == b.value or (adjacent and a.start <= b.start and b.end <= a.end):
            if adjacent:
                prev.span = (prev.span[0], d.span[1])  # "I morgen, tirsdag,"
            prev.also.append(d.t)
            return True
        if adjacent and a.grain == b.grain and b.start == a.end.plus_days(1) and \
                "/" not in a.value + b.value:
            prev.date = Resolved(f"{a.value}/{b.value}", a.start, b.end, a.grain,
                                 a.approximate or b.approximate, a.anchor,
                                 f"from {describe(a)} to {describe(b)}", "",
                                 a.anchor_text or b.anchor_text)
            prev.span = (prev.span[0], d.span[1])
            prev.also.append(d.t)
            return True
        return False

    def _dates_an_event(self, s: Sentence, t: Tagged, clause: tuple[int, int]) -> bool:
        """Not a dateline ("BISSAU, 10 Aug 2005 (IRIN) - ..."), not where a source was
        printed ("printed in Department of State Bulletin, May 23"), not a year in a
        name ("«Nato 2030»", "the War of 1898", "the 1953 team")."""
        if is_dateline(self.text, s, t.start, t.end):
            return False
        citation = self.pats.citation
        if citation is not None and citation.search(
                self.text, max(s.start, min(clause[0], t.start - _CITATION_REACH)), t.start):
            return False
        return not self._year_in_name(s, t)

    def _year_in_name(self, s: Sentence, t: Tagged) -> bool:
        m = t.timex.meaning
        if not t.timex.text.isdigit() or m.year is None or m.month is not None:
            return False
        text, lang = self.text, self.lang
        before = text[max(s.start, t.start - 40):t.start]
        name = self.pats.name_before_year.search(before)
        if name is not None:
            word = name.group().split()[0].strip("«\"“").lower()
            if word not in _not_names(lang):
                return True
        article = self.pats.article_before
        if article is not None and article.search(before):
            # "the 2015 nuclear deal" dates the deal; "the 1953 team" names a team.
            head = _head_noun(text[t.end:min(s.end, t.end + 60)], lang)
            return _event_type(head, lang) == "other"
        return False

    def _learn_people(self, mentions: list[ActorMention]) -> None:
        for m in mentions:
            if m.kind == "person" and " " in m.canonical:
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
        clause, title = self._clause_and_title(view, d)
        if not title:
            return  # "13. august 1905" as a heading: a date, no event
        clause_mentions = view.within(clause)
        clause_text = clean(text[clause[0]:d.span[0]] + " " + text[d.span[1]:clause[1]])
        kind = _event_type(clause_text, lang)
        if kind == "other" and self._describes_a_state(clause_text):
            return
        place = _place(text, clause_mentions, lang)
        actors = [a for a in _actor_names(clause_mentions) if a != place]
        if ctx.last_state and _mentions_pronoun(clause_text, lang, "state"):
            if ctx.last_state not in actors:
                actors.append(ctx.last_state)
            ctx.saw_state(ctx.last_state)
        event = Event(
            id=event_id, doc=self.doc, lang=lang.code, date=date, title=title,
            type=kind, actors=actors, place=place,
            mentions=[_mention(self.doc, text, view.s, x.text, x.start, x.end)
                      for x in (t, *d.also)],
            timex_type=t.timex.type,
            modality=self._modality(clause, t, date),
        )
        self._add(_Draft(event, view.s.index, clause), view.s)

    def _modality(self, clause: tuple[int, int], t: Tagged | tuple[int, int],
                  date: Resolved) -> str:
        """'possible' when a hope or condition governs the date ("kan", "if"), 'planned'
        when a future cue or a schedule does ("skal", "will", "goes into effect") or the
        date lies after the document date; else 'actual'."""
        if self.pats.possible is not None and _governs(self.pats.possible, self.text,
                                                       clause, t):
            return "possible"
        if _governs(self.pats.planned, self.text, clause, t):
            return "planned"
        dct = self.dct
        if dct is not None and date.start is not None and date.start > dct.last_day:
            return "planned"
        return "actual"

    def _event_date(self, t: Tagged, sentence_start: int) -> Resolved:
        """The expression's value as an event's date: a window ("det siste året") and
        "siden 2001" are stretches up to the document date."""
        date, dct = t.resolved, self.dct
        if date.start is None or dct is None:
            return date
        if t.timex.meaning.kind == "window":
            date = _window_as_interval(date, dct)
        before = self.text[max(sentence_start, t.start - 20):t.start]
        if self.pats.since_before.search(before):
            date = _since(date, dct)
        return date

    def _clause_and_title(self, view: _View, d: _Dated) -> tuple[tuple[int, int], str]:
        text, lang, clause = self.text, self.lang, d.clause
        others = view.others(d)
        title = make_title(text, clause, d.span, lang, self.ctx.last_state,
                           view.within(clause), self.ctx.last_person, others)
        if len(title.split()) < 2:
            # "Two centuries later, the Congress ...": a fronted date in a clause of
            # its own; the event is told in the clause that follows. Between commas
            # ("Den første søknaden, i 1962, hadde blitt stoppet"), in both.
            # the clause the date (or its stretch: "i morgen, tirsdag,") ends in
            i = bisect.bisect_right(view.clauses, (d.span[1], sys.maxsize)) - 1
            i = max(i, bisect.bisect_left(view.clauses, d.whole))
            if i + 1 >= len(view.clauses) and i > 0:
                # "Crowds outside the palace, 8 May 1945.": the clause before
                clause = reach(text, view.clauses[i - 1][0], clause[1], *d.span)
                title = make_title(text, clause, d.span, lang, self.ctx.last_state,
                                   view.within(clause), self.ctx.last_person, others)
            elif i + 1 < len(view.clauses):
                first = clause[0]
                if i > 0 and text[view.clauses[i - 1][1]:d.whole[0]].strip() == "," and \
                        text[d.whole[1]:view.clauses[i + 1][0]].strip() == ",":
                    first = view.clauses[i - 1][0]
                clause = reach(text, first, view.clauses[i + 1][1], *d.span)
                title = make_title(text, clause, d.span, lang, self.ctx.last_state,
                                   view.within(clause), self.ctx.last_person, others)
        return clause, self._quoted(view.s, clause, title)

    def _describes_a_state(self, clause_text: str) -> bool:
        """'Oslo-kanalen var en bak-kanal', 'X was the only country': a copula with no
        participle after it describes how things were; it reports no event."""
        copula = self.pats.copula
        if copula is None:
            return False
        m = copula.search(clause_text)
        if m is None:
            return False
        lang = self.lang
        word = m.group("next").lower()
        skip = (m.group("skip") or "").lower()
        if skip and skip not in lang.stopwords:
            word = skip  # "var spent": the word right after the copula decides
        return word not in lang.participles and not word.endswith(lang.participle_endings)

    # --- step 3: "siden toppmøtet i Hanoi": an event named, not dated ----------------
    def _named_events(self, view: _View) -> None:
        text, lang, s = self.text, self.lang, view.s
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
            if self.dct is None:
                continue
            rd = ref.event.date
            date = Resolved(f"{rd.value}/{self.dct}", rd.start, self.dct.last_day, rd.grain,
                            rd.approximate, Anchor.EVENT,
                            f"from {ref.event.title} ({describe(rd)}) until the document date "
                            f"{self.dct}", "AFTER", ref.event.title)
            title_text = text[clause[0]:m.start()] + text[m.end():clause[1]]
            event = Event(
                id=event_id, doc=self.doc, lang=lang.code, date=date,
                title=shorten(clean(title_text)), type=_event_type(title_text, lang),
                actors=_actor_names(clause_mentions), place="",
                mentions=[_mention(self.doc, text, s, m.group(0).strip(), m.start(), m.end())],
            )
            self._add(_Draft(event, s.index, clause), s)


    # --- step 4: "etter møtet", "after the vote": dated by an event told before ------
    def _related_events(self, view: _View) -> None:
        pattern = self.pats.relation_ref
        if pattern is None:
            return
        text, lang, s = self.text, self.lang, view.s
        low = s.text.lower()
        if not any(n in low for n in lang.reference_nouns):
            return  # plain substring tests first: most sentences name no event noun
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
            self._told_from(view, whole, (m.start(), end), ref, relation, text[m.start():end],
                            Anchor.EVENT)

    # --- step 5: "Samtidig ...", "Then ...": the event told just before goes on ------
    def _sequel(self, view: _View) -> None:
        pattern, s = self.pats.sequel_opener, view.s
        if pattern is None or view.dated:
            return
        m = pattern.match(self.text, s.start, s.end)
        if m is None:
            return
        prev = self.drafts.last()
        if prev is None or prev.sentence != s.index - 1 or prev.event.date.start is None:
            return
        relation = self.lang.sequel_openers[_key(m.group("w"))]
        self._told_from(view, (s.start, s.end), (m.start("w"), m.end()), prev, relation,
                        m.group("w"), Anchor.PREVIOUS)

    # --- step 6: the article's news, told with no date -----------------------------
    def _news(self, view: _View) -> None:
        """'Sikkerhetsrådet vedtok nye sanksjoner', 'The Council has voted to impose
        sanctions': an act reported in the past or present perfect, with no date of its
        own, is the article's news, dated by the document date (on or just before it,
        approximate). The lead also counts when it reports a statement ('..., sier
        Egeland'). Opinions, states, plans, denials and background ('hadde', 'had',
        'tidligere') do not."""
        s, text, pats = view.s, self.text, self.pats
        if self.dct is None or pats.act is None or not _is_prose(s):
            return
        if view.dated:
            self.lead_told = True
            return
        if not view.mentions and self.lead_told:
            return  # no one acts here, and the lead is told: nothing below can change
        if self._in_caption(s):
            return  # a caption tells what a picture shows, often from the archive
        lead = not self.lead_told
        self.lead_told = True
        if not view.mentions:
            return  # no one acts: not news (tested before the act patterns, which cost more)
        last = self.drafts.last()
        if last is not None and last.sentence == s.index:
            return  # dated by an event it names, or by the sentence before
        recent = self.recent
        if recent is not None and (recent[0] == s.paragraph or recent[1] >= s.index - 2) and \
                recent[2] < self.dct.first_day.plus_days(-_NEWS_DAYS):
            return  # the text is telling its past here: "signerte pakten" after "1949"
        act = pats.act.search(text, s.start, s.end)
        cues = (pats.background, pats.negation, pats.planned, pats.possible, pats.subordinate)
        if act is None and lead and pats.report is not None:
            # "..., sier Egeland": the lead's statement; what it quotes may be anything.
            act = pats.report.search(text, s.start, s.end)
            cues = (pats.background, pats.subordinate)
        if act is None or not view.mentions:
            return
        for cue in cues:
            if cue is not None and cue.search(text, s.start, act.start()):
                return
        whole = _clause_of(view.clauses, act.start())
        dct = self.dct
        date = Resolved(dct.iso(), dct.first_day, dct.last_day, dct.grain, True,
                        Anchor.DOCUMENT, f"on or just before the document date {dct}: the "
                        f"article's news, told with no date", "", str(dct))
        span = (whole[0], whole[0])
        clause = reach(text, *whole, act.start(), act.end())
        title = make_title(text, clause, span, self.lang, self.ctx.last_state,
                           view.within(clause), self.ctx.last_person)
        title = self._quoted(s, clause, title)
        if len(title.split()) < 3:
            return
        clause_mentions = view.within(clause)
        place = _place(text, clause_mentions, self.lang)
        event = Event(
            id=self._next_id(), doc=self.doc, lang=self.lang.code, date=date, title=title,
            type=_event_type(clean(text[clause[0]:clause[1]]), self.lang),
            actors=[a for a in _actor_names(clause_mentions) if a != place], place=place,
            mentions=[_mention(self.doc, text, s, "", act.start(), act.start())],
        )
        self._add(_Draft(event, s.index, clause), s)

    def _quoted(self, s: Sentence, clause: tuple[int, int], title: str) -> str:
        """A title that is only "sier Egeland" takes what the sentence quotes before it."""
        if clause[0] - s.start < 2 or not reporting_speaker(title, self.lang):
            return title  # what comes before is read only for a reporting title: one
            # endless sentence must not be copied for each of its events
        return quoted(title, self.text[s.start:clause[0]], self.lang)

    def _in_caption(self, s: Sentence) -> bool:
        """Whether the paragraph of ``s`` ends in a photo credit ("... Foto: NTB")."""
        credit = self.pats.credit
        if credit is None:
            return False
        reach_end = min(len(self.text), s.start + _CAPTION_REACH)
        end = self.text.find("\n\n", s.start, reach_end)  # bounded: linear on any text
        return credit.search(self.text, s.start, reach_end if end < 0 else end) is not None

    def _told_from(self, view: _View, whole: tuple[int, int], span: tuple[int, int],
                   ref: _Draft, relation: str, said: str, anchor: Anchor) -> None:
        """An event with no date of its own, dated from ``ref``: the same date,
        approximate ('after', 'during', 'at', 'same', 'before'), or from it until the
        document date ('since')."""
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
            words = {"same": "at the same time as", "during": "during", "at": "at"}
            date = Resolved(rd.value, rd.start, rd.end, rd.grain, True, anchor,
                            f"{words.get(relation, relation)} {told}",
                            {"after": "AFTER", "before": "BEFORE"}.get(relation, ""), said)
        clause = reach(text, *whole, *span)
        title = make_title(text, clause, span, lang, self.ctx.last_state, view.within(clause),
                           self.ctx.last_person)
        title = self._quoted(view.s, clause, title)
        if len(title.split()) < 2:
            return
        clause_mentions = [x for x in view.within(clause) if not span[0] <= x.start < span[1]]
        clause_text = clean(text[clause[0]:span[0]] + " " + text[span[1]:clause[1]])
        place = _place(text, clause_mentions, lang)
        event = Event(
            id=event_id, doc=self.doc, lang=lang.code, date=date, title=title,
            type=_event_type(clause_text, lang),
            actors=[a for a in _actor_names(clause_mentions) if a != place], place=place,
            mentions=[_mention(self.doc, text, view.s, said, *span)],
            modality=self._modality(clause, span, date),
        )
        self._add(_Draft(event, view.s.index, clause), view.s)


# How many sentences after a heading its story may begin (a caption, a byline between).
_HEADING_REACH = 6
_HEADING_WORDS = 12


def _is_prose(s: Sentence) -> bool:
    """A sentence of the story: ends as a sentence does, long enough to report."""
    body = s.text.rstrip(_CLOSERS)
    return body.endswith((".", "!")) and len(body.split()) >= _NEWS_WORDS


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


def _key(words: str) -> str:
    return " ".join(words.lower().split())


def build_events(text: str, doc: str, lang: Lang, sentences: list[Sentence],
                 tagged: list[Tagged], dct: DocDate | None) -> list[Event]:
    """The events of one document, its sentences read in order (see ``_Reader``)."""
    return _Reader(text, doc, lang, tagged, dct).read(sentences)


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
_CLOSERS = " \t\n\"'»”)]"


@lru_cache(maxsize=8)
def _not_names(lang: Lang) -> frozenset[str]:
    """Capitalised words before a year that do not make it part of a name: "I 1993",
    "Siden 2001", a month ("Mai 1945")."""
    return frozenset(w.lower() for w in (
        *lang.date_prepositions, *lang.place_prepositions, *lang.deadline_words,
        *lang.since_words, *lang.months, *lang.weekdays, *lang.seasons, *lang.approx_words,
        *lang.name_year_prepositions))


def _governs(cue: re.Pattern[str], text: str, clause: tuple[int, int],
             t: Tagged | tuple[int, int]) -> bool:
    """A cue governs the expression when it stands before it in its clause ("skal reise
    ... i mai", "will meet ... on Thursday"), or right after it when the expression
    opens the clause ("I mai skal ...", "I dag blir avtalen undertegnet")."""
    start, end = (t.start, t.end) if isinstance(t, Tagged) else t
    if cue.search(text, clause[0], start):
        return True
    if text[clause[0]:start].strip(" \t\n\"'«–-"):
        return False
    following = text[end:min(clause[1], end + 40)].split()[:2]
    return bool(following) and cue.search(" ".join(following)) is not None


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


def _processes(text: str, s: Sentence, clauses: list[tuple[int, int]],
               dated: list[tuple[Tagged, tuple[int, int]]], drafts: _Drafts,
               ctx: _Context, lang: Lang, process_re: re.Pattern[str],
               end_re: re.Pattern[str], mentions: list[ActorMention], doc: str) -> None:
    """Talks that began after one dated clause and broke down after another."""
    if not lang.process_nouns:
        return
    first_clause = clauses[0]
    head = text[first_clause[0]:first_clause[1]]
    lower = s.text.lower()
    mentions_process = any(n in lower for n in lang.process_nouns)
    noun = process_re.search(head[:80]) if mentions_process else None
    subject = patterns(lang).pronoun_subject.get("process")
    pronoun_subject = bool(subject is not None and subject.match(head))
    proc = ctx.process
    if proc is not None and mentions_process and (noun or process_re.search(s.text)):
        for a in _actor_names(mentions):
            if a not in proc.event.actors:
                proc.event.actors.append(a)
    if noun and _began_and_ended(text, s, dated, drafts, noun, head, first_clause, end_re,
                                 lang, mentions, doc):
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
            title=shorten(title), type=_event_type(title, lang),
            actors=_actor_names(mentions),
            mentions=[_mention(doc, text, s, dated_after[0].text, dated_after[0].start,
                               dated_after[0].end)],
        )
        draft = _Draft(event, s.index, first_clause, process=True)
        drafts.add(draft)
        ctx.process = draft
        return
    if proc is not None and (noun or pronoun_subject) and any(
            v in lower for v in lang.end_verbs) and end_re.search(head):
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


def _began_and_ended(text: str, s: Sentence, dated: list[tuple[Tagged, tuple[int, int]]],
                     drafts: _Drafts, noun: re.Match[str], head: str,
                     first_clause: tuple[int, int], end_re: re.Pattern[str], lang: Lang,
                     mentions: list[ActorMention], doc: str) -> bool:
    """'The six-party talks began in August 2003 and collapsed in April 2009' /
    'Forhandlingene startet i 2003 og brøt sammen i 2009': one sentence, one interval."""
    placed = [t for t, _ in dated if t.resolved.start is not None and t.resolved.end is not None]
    if len(placed) < 2:
        return False
    first, last = placed[0], placed[-1]
    a, b = first.resolved, last.resolved
    assert a.start is not None and b.start is not None and b.end is not None
    if not end_re.search(text, first.end, last.start) or a.start > b.start:
        return False
    subject = clean(head[:noun.end()])
    event = Event(
        id=f"{doc}#p{s.index}", doc=doc, lang=lang.code,
        date=Resolved(f"{a.value}/{b.value}", a.start, b.end, a.grain, a.approximate or
                      b.approximate, a.anchor, f"from {describe(a)} until {describe(b)}", "",
                      ""),
        title=shorten(subject), type=_event_type(subject, lang),
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
        return len(set(o.actors) & set(e.actors)) >= 2

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
    for e in events:
        key = (e.type, e.date.grain.value if e.date.grain else "", e.date.value)
        target = told.get((e.title.lower(), e.date.value))
        earlier = first_of.get((e.type, e.date.value))
        if target is None and earlier is not None and (_is_news(e) or _is_news(earlier)) \
                and set(e.actors) & set(earlier.actors):
            target = earlier
            if _is_news(earlier) and not _is_news(e):
                earlier.date = e.date  # the date the text gives beats the document's
        if target is None and e.type in _MERGEABLE:
            found = list(candidates(key, e))
            if all(same(o, e) for _, o in found):
                target = min(found, key=lambda c: c[0])[1] if found else None
            else:
                target = next((o for o in group.get(key, ()) if same(o, e)), None)
        if target is None:
            position[id(e)] = len(out)
            out.append(e)
            told.setdefault((e.title.lower(), e.date.value), e)
            first_of.setdefault((e.type, e.date.value), e)
            if e.type in _MERGEABLE:
                group.setdefault(key, []).append(e)
                register(key, e, position[id(e)])
            continue
        target.mentions.extend(e.mentions)
        for a in e.actors:
            if a not in target.actors:
                target.actors.append(a)
        if not target.place or lang.gazetteer.places.get(e.place) == target.place:
            target.place = e.place or target.place
        if target.type in _MERGEABLE:
            register(key, target, position[id(target)])
    return out
