"""Titles: the clause a date belongs to, made into a short who-did-what line in the
source language."""

from __future__ import annotations

import re

from .actors import Mention as ActorMention
from .cues import patterns
from .lang.base import Lang

__all__ = ["clean", "make_title", "quoted", "shorten"]

_TITLE_WORDS = 14
_SPACE = re.compile(r"\s+")


_EMPTY_PARENS = re.compile(r"\(\s*\)")
_TRAILING_PREPOSITION = re.compile(r"(?:\b(?:i|på|fra|til|in|on|at|from)\s*)$", re.IGNORECASE)


def clean(text: str) -> str:
    text = _SPACE.sub(" ", text).strip(" ,;:–—-.")
    if "(" in text:
        text = _EMPTY_PARENS.sub("", text)
    return _SPACE.sub(" ", text).strip()


def shorten(text: str) -> str:
    words = text.split()
    if len(words) > _TITLE_WORDS:
        text = " ".join(words[:_TITLE_WORDS]) + " …"
    return text[:1].upper() + text[1:]


def _replace_subject(title: str, lang: Lang, state: str) -> str:
    """'landet' (the country) stands for the state named last: say which."""
    if not state:
        return title
    states = patterns(lang).pronouns.get("state")
    return states.sub(state, title) if states is not None else title


def make_title(text: str, clause: tuple[int, int], timex: tuple[int, int], lang: Lang,
               state: str, actors: list[ActorMention]) -> str:
    """The title of the event dated by ``timex`` in ``clause``; ``state`` is the state the
    text is about, for 'landet' / 'the country'."""
    a, b = clause
    before = text[a:timex[0]]
    after = text[timex[1]:b]
    # Drop a preposition left dangling before the date ("i", "in", "on").
    before = patterns(lang).dangling_preposition.sub("", before)
    lead = patterns(lang).lead_connector.match(before)
    if lead:
        before = before[lead.end():]
    np_title = _noun_phrase_title(text, clause, timex, lang)
    if np_title:
        return shorten(_replace_subject(np_title, lang, state))
    before = patterns(lang).lead_clause_break.sub("", before)
    fronted = patterns(lang).fronted_adverb
    if lang.verb_second and fronted is not None:
        before = fronted.sub("", before)
    title = clean(f"{before} {after}")
    if lang.verb_second and not before.strip() and actors:
        title = _subject_first(title, text, timex, actors)
    title = _replace_subject(title, lang, state)
    return shorten(clean(title))


def _subject_first(title: str, text: str, timex: tuple[int, int],
                   actors: list[ActorMention]) -> str:
    """Verb-second order after a fronted date ("Få dager senere kastet Nord-Korea ut ...",
    "Dagen etter møttes EUs utenriksministre ..."): put the subject before the verb. A
    genitive ("EUs") takes its noun with it."""
    words = title.split(" ", 1)
    first = next((m for m in actors if m.start >= timex[1]), None)
    if len(words) < 2 or first is None or not words[1].startswith(first.text):
        return title
    rest = words[1][len(first.text):]
    subject = first.canonical if first.kind == "state" and first.text != first.canonical \
        and not first.text.endswith("s") else first.text
    if first.text.endswith("s") and first.text != first.canonical:  # genitive: "EUs ministre"
        head, _, rest = rest.strip().partition(" ")
        subject = f"{first.text} {head}".strip()
        rest = f" {rest}" if rest else ""
    return f"{subject} {words[0]}{rest}"


def _noun_phrase_title(text: str, clause: tuple[int, int], timex: tuple[int, int],
                       lang: Lang) -> str:
    """'... etter sitt møte med Kim i Vladivostok torsdag' → 'Møte med Kim i Vladivostok':
    an event noun after a possessive, genitive or preposition names the event better than
    the clause around it."""
    pats = patterns(lang)
    if pats.noun_phrase is None:
        return ""
    a, b = clause
    m = pats.noun_phrase.search(text, a, b)
    if not m:
        return ""
    np_start = m.start("np")
    tail = pats.noun_phrase_stop.search(text, m.end("np"), b)
    np_end = tail.start() if tail else b
    if timex[0] >= np_start and timex[1] <= np_end:
        piece = text[np_start:timex[0]] + " " + text[timex[1]:np_end]
    elif timex[0] >= np_end or timex[1] <= np_start:
        piece = text[np_start:np_end]
    else:
        return ""
    piece = _TRAILING_PREPOSITION.sub("", clean(piece))
    return clean(piece) if len(piece.split()) >= 2 else ""


# A reporting clause ("sier Jan Egeland", "Kim said") is this short.
_REPORT_WORDS = 6
_QUOTE_MARKS = " \t\n–—-\"'«»“”‘’"


def quoted(title: str, said: str, lang: Lang) -> str:
    """'Jan Egeland sier' after '– Oslo-avtalen var mangelfull, ...' is 'Jan Egeland:
    Oslo-avtalen var mangelfull': a title that is only a reporting clause takes what
    was said. Any other title is returned as it is."""
    report = patterns(lang).report
    if report is None or len(title.split()) > _REPORT_WORDS or not report.search(title):
        return title
    speaker = clean(report.sub(" ", title))
    content = clean(said.strip(_QUOTE_MARKS))
    if not speaker or not content:
        return title
    return shorten(f"{speaker[:1].upper()}{speaker[1:]}: {content}")

