"""text → sentences → temporal expressions → resolved values → events → dataframe."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING

from . import budget
from . import lang as languages
from .cues import SHARED_SCAN, Scan, following_opening, margin, patterns, split_future_governs
from .events import Tagged, build_events
from .furniture import date_heading, is_dateline, section_dateline
from .gazetteer import id_of
from .ingest import parse_document
from .lang.base import Lang
from .narrative import Story, StoryTime
from .resolve import Context, resolve
from .rules import alternation, trie
from .segment import reach_among
from .segment import sentences as split_sentences
from .tagger import find_timexes
from .types import Anchor, DocDate, Document, Event, Meaning, Resolved, Sentence, Timex, TimexType

if TYPE_CHECKING:  # pandas loads on the first frame, not for tag() and timexes()
    import pandas as pd

__all__ = ["tag", "timexes", "extract", "extract_document", "document_rows", "events_frame",
           "event_rows", "as_docdate", "valid_text"]

# Kinds whose value can anchor a later "dagen etter" / "a few days later".
_ANCHORING = {"date", "relative", "anaphoric", "interval"}


def as_docdate(dct: DocDate | str | None) -> DocDate | None:
    if dct is None or isinstance(dct, DocDate):
        return dct
    if not str(dct).strip():
        return None
    return DocDate.parse(str(dct))


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` with each lone surrogate (which no encoder accepts) made U+FFFD; the length,
    and so every offset, stays the same."""
    return _SURROGATE.sub("\ufffd", text)


def _lang(text: str, code: str | None) -> Lang:
    return languages.get(code) if code else languages.get(languages.detect(text))


# The word lists below are tried longest first (rules.alternation: a tree, which the
# engine reads a letter at a time, not one word after another at every position).
@lru_cache(maxsize=8)
def _future_pattern(lang: Lang) -> re.Pattern[str]:
    cues = {*lang.future_cues, *lang.schedule_cues, *lang.hope_cues}
    # "next to the embassy": whether one of them follows is all the guard asks (a tree)
    guard = rf"(?!{trie(lang.not_future)}(?![\w-]))" if lang.not_future else ""
    return re.compile(rf"(?<![\w-]){guard}{alternation(cues)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _clause_break_pattern(lang: Lang) -> re.Pattern[str]:
    return re.compile(rf"[,;:]|(?<![\w-]){alternation(lang.clause_breaks)}(?![\w-])",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _present_pattern(lang: Lang) -> re.Pattern[str] | None:
    if not lang.present_verbs:
        return None
    return re.compile(rf"(?<![\w-]){alternation(lang.present_verbs)}(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _intention_pattern(lang: Lang) -> re.Pattern[str] | None:
    """A verb of intention and, after it in the clause, an infinitive marker ("agreed to",
    "agreed with Russia to", "ble enige om å")."""
    if not lang.intention_verbs or not lang.infinitive_markers:
        return None
    verbs, markers = alternation(lang.intention_verbs), alternation(lang.infinitive_markers)
    return re.compile(rf"(?<![\w-]){verbs}(?![\w-])[^.!?]*?(?<![\w-]){markers}\s+\w",
                      re.IGNORECASE)


@lru_cache(maxsize=8)
def _present_states(lang: Lang) -> frozenset[str]:
    """The present verbs that tell a state or an auxiliary, not a scheduled act."""
    return frozenset(v.lower() for v in (*lang.be_forms, *lang.auxiliaries))


def _bare_weekday(m: Meaning) -> bool:
    """A weekday alone ("tirsdag", "on Tuesday"): no date, no "last"/"next"."""
    return m.weekday is not None and m.month is None and m.day is None and not m.offset


class _TenseScans:
    """The clause breaks, future cues and present verbs of one sentence, found once: a
    sentence of many dates asks for each of its expressions, and each asks only within
    its own reach (see cues.Scan: the answers are those of the bounded searches).

    Each pattern is found over the sentence only once the bounded searches of the
    answers worked out so far would read more than the sentence (see ``shared``): a
    sentence that tells the same words around its dates again and again has few answers
    to work out (see _tense), and those search their reaches alone."""

    def __init__(self, text: str, s: Sentence, lang: Lang) -> None:
        self.text, self.sentence, self.lang = text, s, lang
        self.tenses: dict[tuple[object, ...], str] = {}  # see _tense
        self.read = 0  # the characters of the reaches of the answers worked out so far

    def shared(self, a: int, b: int) -> _TenseScans | None:
        """For a new answer over the reach ``a``-``b``: these scans, once the reaches
        add up to more than the sentence; before that None (search the reach alone)."""
        self.read += b - a
        return self if self.read > self.sentence.end - self.sentence.start else None

    @cached_property
    def breaks(self) -> Scan:
        s, lang = self.sentence, self.lang
        return Scan(_clause_break_pattern(lang), self.text, s.start, s.end,
                    margin(lang.clause_breaks))

    @cached_property
    def future(self) -> Scan:
        s, lang = self.sentence, self.lang
        return Scan(_future_pattern(lang), self.text, s.start, s.end, margin(
            {*lang.future_cues, *lang.schedule_cues, *lang.hope_cues, *lang.not_future}))

    @cached_property
    def present(self) -> Scan | None:
        s, present = self.sentence, _present_pattern(self.lang)
        return None if present is None else Scan(present, self.text, s.start, s.end,
                                                 margin(self.lang.present_verbs))


# How far the tense step reads around the words it looks at: a name on either side of a
# coordinator (_joins_names), a deadline word before an expression (_is_future).
_NAME_LOOK = 30
_CUE_LOOK = 12
# The answers of _tense kept for a text outside its sentences of many dates: at most this
# many (each keeps a stretch of up to some 700 characters).
_TENSES_KEPT = 256


def _tense(text: str, s: Sentence, spans: list[tuple[int, int]], j: int,
           lang: Lang, scans: _TenseScans | None = None,
           tenses: dict[tuple[object, ...], str] | None = None) -> str:
    """'future', 'present' or 'past': how the clause of the expression ``spans[j]`` (one
    of the document's expressions) tells it. Future when a future cue ("skal", "will",
    "neste") governs it; present when a present-tense verb of the language stands in its
    clause ("møtes", "meets"); past otherwise (news reports what has happened).
    ``scans`` are the sentence's patterns found once (a sentence of many dates).

    Each answer is kept (in ``scans.tenses``, the sentence's, else in ``tenses``, the
    text's latest few) under all that it was read from: the characters of the
    expression's reach and ``_NAME_LOOK`` more each side, and where in them the reach,
    the expression and the sentence's start stand. A sentence that tells the same words
    around its dates again and again ("mai mai mai ...", a list), or a text that tells
    the same short sentence again and again, has them read once."""
    start, end = spans[j]
    # Only the expression's own reach of the sentence (see segment.reach_among): a long
    # sentence of many dates must not be rescanned for each of them.
    a, b = reach_among(text, s.start, s.end, spans, j)
    kept = scans.tenses if scans is not None else tenses
    if kept is None:
        return _reach_tense(text, s, a, b, start, end, lang, scans)
    lo = max(0, a - _NAME_LOOK)
    key = (text[lo:b + _NAME_LOOK], a - lo, b - lo, start - lo, end - lo,
           max(s.start, start - _CUE_LOOK) - lo)
    tense = kept.get(key)
    if tense is None:
        if kept is tenses and len(tenses) >= _TENSES_KEPT:
            tenses.clear()  # a text of many sentences: only the latest few are kept
        tense = kept[key] = _reach_tense(text, s, a, b, start, end, lang,
                                         scans.shared(a, b) if scans is not None else None)
    return tense


def _reach_tense(text: str, s: Sentence, a: int, b: int, start: int, end: int, lang: Lang,
                 scans: _TenseScans | None) -> str:
    """_tense of the expression at ``start``-``end`` within its reach ``a``-``b``: it
    reads the text only from ``a`` - _NAME_LOOK to ``b`` + _NAME_LOOK."""
    limit = min(s.end, b + _NAME_LOOK)  # what a fronted date's main clause may be read to
    found = scans.breaks.finditer(a, b) if scans is not None else \
        _clause_break_pattern(lang).finditer(text, a, b)
    for m in found:
        if _joins_names(text, m.start(), m.end(), lang):
            continue  # "Australia and New Zealand": one phrase, not two clauses
        if m.end() <= start:
            a = m.end()
        elif m.start() >= end:
            b = m.start()
            break
    if _is_future(text, s, a, b, start, end, lang, scans, limit):
        return "future"
    intention = _intention_pattern(lang)
    if intention is not None and intention.search(text, a, start):
        return "future"  # "agreed to meet again on Sunday": the meeting lies ahead
    if scans is not None:
        present = scans.present
        if present is None:
            return "past"
        found = [*present.finditer(a, start), *present.finditer(end, b)]
    else:
        pattern = _present_pattern(lang)
        if pattern is None:
            return "past"
        found = [*pattern.finditer(text, a, start), *pattern.finditer(text, end, b)]
    if not found:
        return "past"
    # An event verb in the present ("møtes", "holder", "meet") tells a scheduled act;
    # a state or an auxiliary ("er", "har", "is") does not ("Tirsdag er det ett år siden").
    states = _present_states(lang)
    acts = [m for m in found if m.group().lower() not in states
            and not _after_infinitive_marker(text, m.start(), lang)]
    return "present act" if acts else "present"


def _after_infinitive_marker(text: str, start: int, lang: Lang) -> bool:
    """Whether the verb at ``start`` is an infinitive ("å møtes", "to meet"), not a present."""
    before = text[max(0, start - _CUE_LOOK):start].split()[-1:]
    return bool(before) and before[0].lower() in lang.infinitive_markers


def _joins_names(text: str, start: int, end: int, lang: Lang) -> bool:
    """Whether the break ``text[start:end]`` is a coordinator or a list's comma between
    two names ("Australia and New Zealand", "Norge og Sverige", "Germany, France and
    Ukraine")."""
    if text[start:end] != "," and text[start:end].lower() not in lang.coordinators:
        return False
    # The word after first, without copying: most breaks are followed by a lower-case word.
    j, stop = end, min(len(text), end + _NAME_LOOK)
    while j < stop and text[j].isspace():
        j += 1
    if j == stop or not text[j].isupper():
        return False
    before = text[max(0, start - _NAME_LOOK):start].split()[-1:]
    return bool(before) and before[0][:1].isupper()


def _is_future(text: str, s: Sentence, a: int, b: int, start: int, end: int,
               lang: Lang, scans: _TenseScans | None = None, limit: int | None = None) -> bool:
    """A future cue ("skal", "will", "neste") in the clause ``a``-``b`` that governs the
    expression at ``start``-``end``."""
    # The cue must govern the expression: before it in its clause ("skal reise ... i mai",
    # "will meet ... on Thursday"), or right after it when it opens the clause ("I mai skal
    # ..."). "said Friday it would ..." puts the cue in a later, reported clause.
    if scans.future.search(a, start) if scans is not None else \
            _future_pattern(lang).search(text, a, start):
        return True
    if lang.split_future and split_future_governs(lang, text, a, b, start):
        return True  # "kommer onsdag til å møte"
    # "I mai skal", "On Thursday, X will"
    after = following_opening(text, a, start, end, b, s.end if limit is None else limit, lang)
    if after is not None and after.holds(_future_pattern(lang)):
        past_future = patterns(lang).past_future
        if not after.fronted or past_future is None or not past_future.search(after.words):
            return True  # "On Friday, the government planned to pay": seen from the past
    before = text[max(a, start - _CUE_LOOK):start].split()
    if before and before[-1].lower() in lang.deadline_words:
        return True
    # "before the end of June": the word before ("before" breaks a clause: look past it)
    # and the expression's opening words
    word = text[max(s.start, start - _CUE_LOOK):start].split()[-1:]
    told = " ".join([*word, *text[start:end].split()[:3]]).lower()
    return told.startswith(tuple(lang.end_deadlines))


def _tag(text: str, lang: Lang, dct: DocDate | None
         ) -> tuple[list[Sentence], list[Tagged], dict[int, DocDate], DocDate | None,
                    dict[int, Tagged]]:
    """The sentences, the expressions resolved in text order, the section datelines
    (see ``section_dates``: each dates what follows it as its document date), the
    document date: ``dct``, or when it is None the date of the story's dateline
    ("GENEVA, 3 May 2019 (Reuters) - ...", see ``dateline_date``), and the date headings
    (see ``date_headings``: sentence index -> its date)."""
    sents = split_sentences(text, lang.abbreviations)
    found = find_timexes(text, lang, sentences=sents)
    sections = section_dates(text, sents, found)
    heads = date_headings(text, sents, found)
    headed: dict[int, Tagged] = {}
    given = dct
    if dct is None:
        dct = dateline_date(text, sents, found)
    headings = sorted(sections)
    tagged: list[Tagged] = []
    previous: Resolved | None = None
    previous_text = ""
    si = 0
    spans = [(t.start, t.end) for t in found]
    starts = [a for a, _ in spans]
    scans: _TenseScans | None = None
    story_time = StoryTime(found, dct)
    first_year = _first_year(found) if dct is None else None
    memo = _Values()  # this text's values: see _resolve_once
    tenses: dict[tuple[object, ...], str] = {}  # this text's tenses: see _tense
    for j, t in enumerate(found):
        if not j % 256:
            budget.check()
        while si + 1 < len(sents) and sents[si].end <= t.start:
            si += 1
        s = sents[si] if sents else Sentence(0, 0, len(text), text)
        if headings:
            at = bisect.bisect_left(headings, s.index)
            story_time.dct = here = sections[headings[at - 1]] if at else dct
        else:
            here = dct
        if scans is None or scans.sentence is not s:
            many = bisect.bisect_left(starts, s.end) - j > SHARED_SCAN
            scans = _TenseScans(text, s, lang) if many else None
        tense = _tense(text, s, spans, j, lang, scans, tenses)
        # A weekday with an event verb in the present is a scheduled day ahead ("Tirsdag
        # møtes partene", "The ministers meet on Tuesday"): the present tells what is
        # planned, the past what has happened.
        future = tense == "future" or (tense == "present act" and _bare_weekday(t.meaning))
        if not future and tagged and tagged[-1].future and tagged[-1].sentence == s.index \
                and _coordinated(text, found[j - 1].end, t.start, lang):
            future = True  # "scheduled for Monday and Tuesday": both days ahead
        story = story_time.story_for(t, s, first_year, text, future)
        r = _resolve_once(t.meaning, here, future, previous, previous_text,
                          tense in ("present", "present act") and not future, story, memo)
        if here is not given and "the document date" in r.explanation:
            r = replace(r, explanation=r.explanation.replace(
                "the document date", "the date of its section's heading" if here is not dct
                else "the date of its dateline"))
        story_time.saw(t, r, s)
        tagged.append(Tagged(t, r, s.index, future))
        if s.index in heads and s.index not in headed and r.anchor == Anchor.ABSOLUTE and \
                r.start is not None:
            headed[s.index] = tagged[-1]
            story_time.headed(r, t.text, s.paragraph)
        if (t.meaning.kind in _ANCHORING and t.type in (TimexType.DATE, TimexType.TIME)
                and r.start is not None):
            previous, previous_text = r, t.text
    return sents, tagged, sections, dct, headed


# How far into a text a dateline may open the story: after a headline and a byline.
_DATELINE_SENTENCES = 6


def dateline_date(text: str, sents: list[Sentence], found: list[Timex]) -> DocDate | None:
    """The day a report was filed, from the dateline that opens its story ("BISSAU, 10
    Aug 2005 (IRIN) - ...", "Brasilia, November 27, 2017. – ..."; see
    ``furniture.is_dateline``): a whole date with its year in one of the first sentences.
    None when there is none. A text with no document date of its own is dated by it, as
    its reader dates it."""
    si = 0
    for t in found:
        while si + 1 < len(sents) and sents[si].end <= t.start:
            si += 1
        if si >= _DATELINE_SENTENCES:
            return None
        m = t.meaning
        if m.kind != "date" or m.year is None or m.month is None or m.day is None or \
                m.mod or m.approximate or m.short_year or m.order_open:
            continue
        if is_dateline(text, sents[si], t.start, t.end):
            try:
                return DocDate(m.year, m.month, m.day)
            except ValueError:  # no such day
                return None
    return None


def section_dates(text: str, sents: list[Sentence], found: list[Timex]) -> dict[int, DocDate]:
    """Sentence index -> the date of the document that starts after it: a line of its own
    that ends in a whole date with its year, after its heading's words ("Joint Communiqué
    ..., September 4, 1974"; see ``furniture.section_dateline``). A page that collects
    several documents dates each by such a line; "today" and "on September 2" below it
    are that document's. Two such lines in a row are a list of events, not datelines."""
    out: dict[int, DocDate] = {}
    si = 0
    for t in found:
        m = t.meaning
        if m.kind != "date" or m.year is None or m.month is None or m.mod or m.approximate \
                or m.short_year or m.order_open:
            continue
        while si + 1 < len(sents) and sents[si].end <= t.start:
            si += 1
        s = sents[si]
        if s.start <= t.start and section_dateline(text, s, t.start, t.end):
            try:
                out[s.index] = DocDate(m.year, m.month, m.day)
            except ValueError:  # no such day: no dateline
                continue
    return {i: d for i, d in out.items() if i - 1 not in out and i + 1 not in out}


def date_headings(text: str, sents: list[Sentence], found: list[Timex]) -> set[int]:
    """The sentences that are date headings: a line holding only a date told with its
    year, heading a paragraph of prose ("September 5, 1978\n\nThe summit begins ...";
    see ``furniture.date_heading``). A chronicle dates each entry so: the acts below it
    with no date of their own, and the year of the dates below it with none. Two such
    lines in a row are a list of dates, not headings."""
    out: set[int] = set()
    si = 0
    for t in found:
        m = t.meaning
        if m.kind != "date" or m.year is None or m.mod or m.approximate or m.short_year or \
                m.order_open:
            continue
        while si + 1 < len(sents) and sents[si].end <= t.start:
            si += 1
        s = sents[si]
        below = sents[si + 1] if si + 1 < len(sents) else None
        if s.start <= t.start and date_heading(text, s, t.start, t.end, below):
            out.add(s.index)
    return {i for i in out if i - 1 not in out and i + 1 not in out}


class _Values:
    """The values of one text, for _resolve_once: by question, and the last question
    with its answer (a text of many dates asks the same one again and again, with the
    very same objects: that is seen without hashing them)."""

    def __init__(self) -> None:
        self.by_question: dict[tuple[object, ...], Resolved] = {}
        self.last: tuple[object, ...] = ()
        self.last_answer: Resolved | None = None


def _resolve_once(m: Meaning, dct: DocDate | None, future: bool, previous: Resolved | None,
                  previous_text: str, present: bool, story: Story | None,
                  memo: _Values) -> Resolved:
    """``resolve(m, context)`` of the context these tell, worked out once per distinct
    question in one text: a text dense with dates asks the same one over and over ("mai
    mai mai ...", a list of the same date), and each answer builds its English
    explanation anew. ``resolve`` is a pure function of its two frozen arguments, so an
    equal question has an equal answer; the context is made only for a new one (``dct``
    is the text's, or its section's: see ``section_dates``). Under ``==`` an amount of 1
    equals one of 1.0, which a rule might one day write differently, so the types of the
    amounts are asked too. ``memo`` lives for one text only."""
    last, answer = memo.last, memo.last_answer
    if answer is not None and last[0] is m and last[1] is previous and last[2] is story \
            and last[3] is dct and last[4:] == (future, present, previous_text):
        return answer  # the very same question again
    key = (m, dct, future, previous, previous_text, present, story, _amount_types(m))
    r = memo.by_question.get(key)
    if r is None:
        context = Context(dct, future, previous, previous_text, present=present)
        if story is not None:
            date = replace(story.date, approximate=True) if story.approximate else story.date
            context = replace(context, story=date, story_text=story.text)
        r = memo.by_question[key] = resolve(m, context)
    memo.last, memo.last_answer = (m, previous, story, dct, future, present, previous_text), r
    return r


def _amount_types(m: Meaning) -> tuple[object, ...]:
    """The types of the amounts of ``m`` and of its parts, for _resolve_once's key."""
    if not m.parts:
        return (type(m.amount),)
    return (type(m.amount), *(_amount_types(p) for p in m.parts))


def _first_year(found: list[Timex]) -> Resolved | None:
    """The first date the text tells with its year, as a year (see narrative.py)."""
    for t in found:
        if t.meaning.kind == "date" and t.meaning.year is not None:
            r = resolve(Meaning("date", year=t.meaning.year), Context())
            return replace(r, explanation=f"{r.explanation}, the first year the text names")
    return None


@lru_cache(maxsize=8)
def _coordinator_pattern(lang: Lang) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lang.coordinators) or r"(?!)"
    return re.compile(rf"\s*(?:,\s*)?(?:(?:{words})\s+)?", re.IGNORECASE)


def _coordinated(text: str, end: int, start: int, lang: Lang) -> bool:
    """Only a comma or 'og'/'and' between two expressions: one list of dates."""
    return start - end <= 8 and _coordinator_pattern(lang).fullmatch(text, end, start) is not None


def tag(text: str, lang: str | None = None, dct: DocDate | str | None = None) -> list[Tagged]:
    """Every temporal expression in ``text`` with its resolved value.

    An interval ("fra 2003 til 2009") is one item here; ``timexes`` splits it as TIMEX3 does.
    """
    text = valid_text(text)
    return _tag(text, _lang(text, lang), as_docdate(dct))[1]


def timexes(text: str, lang: str | None = None, dct: DocDate | str | None = None,
            doc: str = "") -> list[dict[str, object]]:
    """TIMEX3-style dicts: start, end, text, type, value (intervals as their two parts)."""
    text, doc = valid_text(text), valid_text(doc)
    language = _lang(text, lang)
    docdate = as_docdate(dct)
    out: list[dict[str, object]] = []
    for t in _tag(text, language, docdate)[1]:
        if len(t.timex.parts) == 1:  # "[two weeks] later": TimeML tags the duration alone
            (part,) = t.timex.parts
            span = resolve(part.meaning, Context(docdate))
            out.append({"doc": doc, "start": part.start, "end": part.end, "text": part.text,
                        "type": part.type.value, "value": span.value})
            continue
        if t.timex.parts:
            first, last = t.resolved.value.split("/", 1) if "/" in t.resolved.value else (
                t.resolved.value, t.resolved.value)
            for part, value in zip(t.timex.parts, (first, last), strict=True):
                out.append({"doc": doc, "start": part.start, "end": part.end, "text": part.text,
                            "type": part.type.value, "value": value})
            continue
        out.append({"doc": doc, "start": t.start, "end": t.end, "text": t.text,
                    "type": t.type, "value": t.value})
    return out


def extract_document(document: Document, lang: str | None = None,
                     dct: DocDate | str | None = None) -> pd.DataFrame:
    """Events of one document as a dataframe (see ``timeline.schema``)."""
    return events_frame(_document_events(document, lang, dct))


def document_rows(document: Document, lang: str | None = None,
                  dct: DocDate | str | None = None) -> list[dict[str, object]]:
    """The rows of :func:`extract_document`'s frame as dicts, with no frame made (a
    missing text is None, a missing number NaN, as ``frame.rows_of`` reads them)."""
    return event_rows(_document_events(document, lang, dct))


def _document_events(document: Document, lang: str | None,
                     dct: DocDate | str | None) -> list[Event]:
    document = replace(document, name=valid_text(document.name),
                       text=valid_text(document.text))
    code = lang or document.lang
    language = _lang(document.text, code)
    docdate = as_docdate(dct) if dct is not None else document.dct
    sents, tagged, sections, docdate, headed = _tag(document.text, language, docdate)
    events = build_events(document.text, document.name, language, sents, tagged, docdate,
                          sections, headed)
    return _placed(events, tagged)


def _placed(events: list[Event], tagged: list[Tagged]) -> list[Event]:
    """Events keep what every resolved value keeps: both ends or neither, in order.

    An event's date may be derived from more than its expression ("siden 2003" runs to
    the document date, talks run from one sentence's date to a later one's). Where such a
    span comes out reversed or half known ("siden 2030" in a text of 2019), the event
    keeps the date its own expression gave."""
    own: dict[tuple[int, int], Resolved] | None = None  # made when first needed: rarely
    for e in events:
        r = e.date
        if (r.start is None) == (r.end is None) and (
                r.start is None or r.end is None or r.start <= r.end):
            continue
        if own is None:
            own = {(t.start, t.end): t.resolved for t in tagged}
        m = e.mentions[0]
        fallback = own.get((m.timex_start, m.timex_end))
        if fallback is not None and fallback.start is not None:
            e.date = replace(fallback, explanation=f"{fallback.explanation} (not the span "
                             f"{r.value}, which would end before it starts)")
        else:
            e.date = Resolved(r.value, None, None, r.grain, r.approximate, Anchor.UNRESOLVED,
                              f"{r.explanation}; its two ends cannot both be placed in order",
                              r.mod, r.anchor_text)
    return events


def extract(text: str, lang: str | None = None, dct: DocDate | str | None = None,
            doc: str = "text") -> pd.DataFrame:
    """Dated events in ``text``. A metadata header (``date 2019-04 utenriks``) is honoured
    and stripped; an explicit ``dct`` overrides it. Returns the schema's dataframe."""
    document = parse_document(valid_text(text), name=valid_text(doc), lang=lang)
    return extract_document(document, lang=lang, dct=dct)


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """The events as the schema's dataframe, ordered by date (unresolved last), then by
    where they are told. Built column by column with the schema's dtypes: one frame per
    call, however many documents the events come from."""
    from .schema import from_columns

    return from_columns(_event_columns(events))


def event_rows(events: Iterable[Event]) -> list[dict[str, object]]:
    """The rows of :func:`events_frame` as dicts, in its order, with no frame made."""
    return [dict(zip(_COLUMN_NAMES, row, strict=True)) for row in _event_tuples(events)]


def _event_columns(events: Iterable[Event]) -> dict[str, list[object]]:
    """The schema's columns of the events as lists of plain values, ordered by date
    (unresolved last), then by where they are told."""
    rows = _event_tuples(events)
    if not rows:
        return {name: [] for name in _COLUMN_NAMES}
    return dict(zip(_COLUMN_NAMES, map(list, zip(*rows, strict=True)), strict=True))


def _event_tuples(events: Iterable[Event]) -> list[tuple[object, ...]]:
    """The rows of the events as tuples of plain values in the order of _COLUMN_NAMES
    (a tuple built whole costs less than 31 appends to 31 lists), ordered by date
    (unresolved last), then by where they are told."""

    def order(e: Event) -> tuple[tuple[bool, float, int], Event]:
        start = e.date.start
        return (start is None, start.decimal_year() if start else 0.0,
                e.mentions[0].sentence), e

    # sorted is stable: ties keep the text's order
    return [_event_row(e, start_year)
            for (_, start_year, _), e in sorted(map(order, events), key=itemgetter(0))]


_NAN = float("nan")


def _event_row(e: Event, start_year: float) -> tuple[object, ...]:
    """The values of one event's row, in the order of _COLUMN_NAMES."""
    r = e.date
    first = e.mentions[0]
    return (
        e.id, e.doc, e.lang, r.value,
        r.start.iso() if r.start else None,  # start
        r.end.iso() if r.end else None,  # end
        start_year if r.start else _NAN,  # start_year
        # end_year: the end of the last day, so a one-day event has a width
        r.end.end_decimal_year() if r.end else _NAN,
        r.grain.value if r.grain else "",  # granularity
        bool(r.approximate), r.mod, r.anchor.value, r.anchor_text, r.explanation,
        e.timex_type.value, e.title, e.type, e.modality,
        list(e.actors), e.place,
        first.quote, first.quote_start, first.quote_end,
        first.timex, first.timex_start, first.timex_end,
        [m.__dict__.copy() for m in e.mentions],  # mentions
        len(e.mentions),  # n_mentions
        first.sentence,
        [id_of(a, e.lang) for a in e.actors],  # actor_ids
        id_of(e.place, e.lang, "place"),  # place_id
    )


_COLUMN_NAMES = ("event_id", "doc", "lang", "date", "start", "end", "start_year", "end_year",
                 "granularity", "approximate", "mod", "anchor", "anchor_text", "explanation",
                 "timex_type", "title", "type", "modality", "actors", "place", "quote",
                 "quote_start", "quote_end", "timex", "timex_start", "timex_end", "mentions",
                 "n_mentions", "sentence", "actor_ids", "place_id")
