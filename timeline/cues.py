"""The language's word lists compiled once into the patterns that the event steps and
the titles use. Words come from ``timeline.lang``; this module only compiles them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from .lang.base import Lang
from .rules import alternation, trie
from .types import TimexType

__all__ = ["SHARED_SCAN", "Patterns", "Scan", "any_word", "finditer_from", "needed_runs", "margin",
           "openings", "patterns", "word_runs"]


@dataclass(frozen=True)
class Patterns:
    """The language's word lists compiled once into the patterns events and titles use."""

    clause_splitter: re.Pattern[str]
    lead_connector: re.Pattern[str]
    lead_clause_break: re.Pattern[str]
    noun_phrase: re.Pattern[str] | None
    noun_phrase_stop: re.Pattern[str]
    pronouns: dict[str, re.Pattern[str]]  # kind -> any pronoun of that kind
    pronoun_subject: dict[str, re.Pattern[str]]  # kind -> a pronoun opening the clause
    since_before: Closing  # "siden ", "since " ending the text before a date
    event_ref: re.Pattern[str]
    process_noun: re.Pattern[str]
    end_verb: re.Pattern[str]
    connector_end: re.Pattern[str]
    dangling_preposition: re.Pattern[str]  # "i", "innen", "by" left before a removed date
    fronted_adverb: re.Pattern[str] | None  # "Deretter", "Then" opening a verb-second clause
    place_preposition_before: re.Pattern[str]  # "i " right before a state: a place
    planned: re.Pattern[str]  # "skal", "will", "trer i kraft": a plan or a schedule
    possible: re.Pattern[str] | None  # "kan", "may", "håper": a possibility or a hope
    citation: re.Pattern[str] | None  # "printed in", "ibid."
    credit: re.Pattern[str] | None  # "Foto:", "(Photo": a photo credit ends a caption
    joins_dates: re.Pattern[str]  # what may stand between two dates of one stretch
    name_before_year: re.Pattern[str]  # "«Nato", "War of", "Avtalen av" right before a year
    article_before: re.Pattern[str] | None  # "the" right before a year ("the 1953 team")
    copula: re.Pattern[str] | None  # "var", "was" and the word that follows it
    state_predicate: re.Pattern[str] | None  # "var spent", "was uncertain": a state
    clause_break: re.Pattern[str]  # "at", "da", "that", "when" anywhere (not "og", "and")
    opinion: re.Pattern[str] | None  # "mener", "ser ingen", "believes": an opinion
    discussion_passive: re.Pattern[str] | None  # "ble … drøftet", "were … discussed"
    habit: re.Pattern[str] | None  # "hvert år", "every year"; group "as": "som", "as" before
    infinitive: re.Pattern[str] | None  # "å", "to": a verb of another clause follows
    relation_ref: re.Pattern[str] | None  # "etter møtet", "after the UN vote"
    split_future: re.Pattern[str] | None  # "kommer onsdag til å": see Lang.split_future
    # words that open another clause or a report ("said", "who", "that"): a fronted date's
    # main clause is read up to them (following_opening)
    other_clause_words: frozenset[str]
    # "NRK meldte", "Reuters reported", "was first reported by Reuters": a news outlet's
    # report (see Lang.news_outlets)
    media_report: re.Pattern[str] | None
    # right after a length of time: "[eight years] after", "[fem måneder] etter at"
    offset_relation: re.Pattern[str] | None
    sequel_opener: re.Pattern[str] | None  # "Samtidig", "Then," opening a sentence
    clock_step: tuple[re.Pattern[str], ...]  # "Kl. 13", "At 8 p.m.": a clock time's rules
    clock_step_lead: re.Pattern[str]  # "At ", "Fra " before one opening a sentence
    np_complement: re.Pattern[str] | None  # " med Kim", " between North and South Korea"
    act: re.Pattern[str] | None  # "vedtok", "has voted": an act reported as news
    denied_plan: re.Pattern[str] | None  # "vil ikke", "will not": the future denied
    agreement: re.Pattern[str] | None  # "agreed to", "ble enige om å": see Lang
    report: re.Pattern[str] | None  # "sier", "said"
    statement: re.Pattern[str] | None  # "said in a statement", "sa Støre på en pressekonferanse"
    background: re.Pattern[str] | None  # "hadde", "had": told as background
    negation: re.Pattern[str] | None  # "ikke", "not"
    subordinate: re.Pattern[str] | None  # "at", "som", "that", "which": a clause inside
    relative: re.Pattern[str] | None  # "som", "which", "who", "that" opening a relative clause
    name_list: re.Pattern[str] | None  # "Russia, France and Britain": the rest of a list
    anniversary: re.Pattern[str] | None  # "the 45th anniversary of ...", "70-årsdagen for"
    anniversary_frame: re.Pattern[str] | None  # " marks the ", " markerer vi ": only a frame
    participation: re.Pattern[str] | None  # "will host the meeting", "delta på møtet"
    deadline_limit: re.Pattern[str] | None  # "no later than ", "senest " right before a date
    past_future: re.Pattern[str] | None  # "would", "skulle": the future seen from the past
    disclosure: re.Pattern[str] | None  # "ble det kjent at ", "it emerged that "
    participation_passive: re.Pattern[str] | None  # "was attended by", "ble ledet av"
    obligation: re.Pattern[str] | None  # "må", "must"
    present_act: re.Pattern[str] | None  # "møtes", "meets": an act in the present tense
    story_present: re.Pattern[str] | None  # "undertegner", "signs": the historical present
    at_the_event: re.Pattern[str] | None  # "Throughout ", "Under ": opening a sentence
    lasting: re.Pattern[str] | None  # "Statsbesøket går over ", "the negotiations over "
    ordinal_day: re.Pattern[str] | None  # "the second day of the summit", "besøkets siste dag"
    # Whether a lower-cased text holds one of these anywhere, even inside a word (a tree:
    # one pass, not one substring test per word)
    reference_noun_in: re.Pattern[str]  # "møte", "vote"
    process_noun_in: re.Pattern[str]  # "forhandling", "talks"
    end_verb_in: re.Pattern[str]  # "brøt sammen", "collapsed"
    state_pronoun_in: re.Pattern[str]  # "landet", "the country"
    # "while ", "i løpet av ": a clause's lower-cased opening that sets the scene, each
    # with the space after it (one ``str.startswith`` for all of them)
    adjunct_prefixes: tuple[str, ...]
    verb_subordinator: re.Pattern[str] | None  # " after ", " until ": see Lang.verb_subordinators
    # Each pattern of whole words (act, planned, report, ...) -> the runs of word
    # characters one of which a text must hold for it to match (see ``word_runs``)
    needs: dict[re.Pattern[str], frozenset[str]]


@lru_cache(maxsize=8)
def patterns(lang: Lang) -> Patterns:
    needs: dict[re.Pattern[str], frozenset[str]] = {}  # filled as the patterns are made

    def _any_word(cues: Iterable[str]) -> re.Pattern[str]:
        cues = list(cues)
        pattern = any_word(cues)
        runs = needed_runs(cues)
        if runs is not None:
            needs[pattern] = runs
        return pattern

    two_word = [c for c in lang.after_connectors if " " in c] + list(lang.subordinators)
    kinds = {k for k in lang.pronouns.values()}
    nouns = alternation(lang.noun_triggers)
    # The event noun inside a compound ("atomavtalen"); where compounds are spaced it
    # opens its word ("Jersey's Newark ..." holds no "war").
    compound = "" if lang.spaced_compound_names else r"\w*"
    found = Patterns(
        # "(" before a lower-case word opens a clause; "(IAEA)", "(Tokyo)" are names.
        # One "\s+" before the three breaks that follow white space: the same matches,
        # without trying each of them at every space. A closing quote may follow the comma.
        clause_splitter=re.compile(r"[,;:][”\"’»]?\s+|(?=\s)" + _not_subordinating(lang) +
                                   r"\s+(?:[–—]\s+|\((?=(?-i:[a-zæøå]))" +
                                   (rf"|(?:{alternation(two_word)})\s+" if two_word else "") + ")",
                                   re.IGNORECASE),
        lead_connector=re.compile(rf"^\s*(?:{alternation(lang.after_connectors)})\s+", re.IGNORECASE),
        lead_clause_break=re.compile(rf"^\s*(?:{alternation(lang.clause_breaks)})\s+", re.IGNORECASE),
        noun_phrase=re.compile(rf"(?:(?<![\w-])(?:{alternation(lang.np_openers)})\s+|"
                               rf"(?<!\w)\w+(?:{alternation(lang.genitive_endings)})\s+)"
                               rf"(?P<np>{compound}(?:{nouns})\w*)", re.IGNORECASE)
        if lang.noun_triggers and lang.np_openers else None,
        noun_phrase_stop=re.compile(rf"(?<![\w-])(?:{alternation(lang.np_stops)})(?![\w-])|[.!?]",
                                    re.IGNORECASE),
        pronouns={k: re.compile(rf"(?<![\w-])(?:{alternation(p for p, kk in lang.pronouns.items() if kk == k)})(?![\w-])",
                                re.IGNORECASE) for k in kinds},
        pronoun_subject={k: re.compile(rf"(?:{alternation(p for p, kk in lang.pronouns.items() if kk == k)})\b",
                                       re.IGNORECASE) for k in kinds},
        since_before=Closing.of(lang.since_words, spaced=True),
        event_ref=re.compile(
            rf"(?<![\w-])(?:{alternation(lang.since_words)})\s+(?P<np>(?:the\s+)?\w*(?:{nouns})\w*"
            rf"(?:\s+(?:i|in|at|på)?\s*(?P<place>[A-ZÆØÅ][\w-]+))?)", re.IGNORECASE),
        process_noun=re.compile(rf"(?<![\w-])\w*(?:{alternation(lang.process_nouns)})(?![\w-])",
                                re.IGNORECASE),
        end_verb=re.compile(rf"(?<![\w-])(?:{alternation(lang.end_verbs)})(?![\w-])", re.IGNORECASE),
        connector_end=re.compile(rf"(?:{alternation(lang.after_connectors)})\s*$", re.IGNORECASE),
        dangling_preposition=re.compile(
            rf"(?<![\w-])(?:{alternation({*lang.place_prepositions, *lang.deadline_words, *lang.since_words, *lang.date_prepositions})})\s*$",
            re.IGNORECASE),
        fronted_adverb=re.compile(rf"^\s*(?:{alternation(lang.fronted_adverbs)})\b", re.IGNORECASE)
        if lang.fronted_adverbs else None,
        place_preposition_before=re.compile(
            rf"(?<![\w-])(?:{alternation(lang.place_prepositions)})\s$", re.IGNORECASE),
        planned=_any_word({*lang.future_cues, *lang.schedule_cues}),
        possible=_any_word({*lang.possible_cues, *lang.hope_cues})
        if lang.possible_cues or lang.hope_cues else None,
        citation=_any_word(lang.citation_cues) if lang.citation_cues else None,
        credit=re.compile(rf"(?:{alternation(lang.credit_marks)})") if lang.credit_marks else None,
        joins_dates=re.compile(rf"\s*(?:,\s*)?(?:(?:{alternation(lang.coordinators)})\s+)?"
                               if lang.coordinators else r"\s*,?\s*", re.IGNORECASE),
        name_before_year=re.compile(
            r"[«\"“]?[A-ZÆØÅÄÖÜ][\w'’-]*\s+" +
            (rf"(?:(?:{alternation(lang.name_year_prepositions)})\s+)?"
             if lang.name_year_prepositions else "") + r"$"),
        article_before=re.compile(rf"(?<![\w-])(?:{alternation(lang.articles)})\s+$", re.IGNORECASE)
        if lang.articles else None,
        relation_ref=re.compile(
            rf"(?<![\w-])(?P<rel>{alternation(lang.event_relations)})\s+"
            + (rf"(?:(?P<art>{alternation(lang.definite_articles)})\s+)?"
               if lang.definite_articles else "")
            + rf"(?:[\w-]+\s+){{0,2}}?(?P<np>[\w-]*(?:{alternation(lang.reference_nouns)})[\w-]*)",
            re.IGNORECASE) if lang.event_relations and lang.reference_nouns else None,
        offset_relation=re.compile(
            rf"\s+(?P<rel>{alternation(r for r, d in lang.event_relations.items() if d in ('after', 'before'))})"
            + (rf"(?:\s+(?:{alternation(lang.complementisers)}))?" if lang.complementisers else "")
            + r"\s+(?=\w)", re.IGNORECASE) if lang.event_relations else None,
        clock_step=tuple(r.compiled for r in lang.rules if r.producer == "clock"
                         and r.type == TimexType.TIME),
        clock_step_lead=re.compile(
            rf"\s*[–—-]?\s*(?:(?:{alternation(lang.clock_step_prepositions)})\s+)?",
            re.IGNORECASE) if lang.clock_step_prepositions else re.compile(r"\s*[–—-]?\s*"),
        sequel_opener=re.compile(rf"\s*[–—-]?\s*(?P<w>{alternation(lang.sequel_openers)})(?![\w-])"
                                 r"\s*,?\s*", re.IGNORECASE) if lang.sequel_openers else None,
        np_complement=re.compile(
            rf"\s+(?:{alternation(lang.np_complements)})\s+(?:the\s+)?[A-ZÆØÅ][\w-]*"
            rf"(?:\s+[A-ZÆØÅ][\w-]*)*(?:\s+(?:{alternation(lang.coordinators)})\s+[A-ZÆØÅ][\w-]*"
            rf"(?:\s+[A-ZÆØÅ][\w-]*)*)?") if lang.np_complements and lang.coordinators
        else None,
        act=_any_word(lang.act_verbs) if lang.act_verbs else None,
        denied_plan=_any_word(lang.denied_plans) if lang.denied_plans else None,
        agreement=_any_word(lang.agreement_verbs) if lang.agreement_verbs else None,
        report=_any_word(lang.report_verbs) if lang.report_verbs else None,
        # the verb, then at most five words of subject, preposition and article in the
        # same clause ("sa Støre på en", "said in a joint", "told the"), then the occasion
        statement=re.compile(
            rf"(?<![\w-])(?:{alternation(lang.occasion_verbs)})"
            rf"(?:\s+[^\s,;:.!?]+){{0,5}}?\s+(?:{alternation(lang.statement_occasions)})"
            r"(?![\w-])", re.IGNORECASE)
        if lang.occasion_verbs and lang.statement_occasions else None,
        background=_any_word(lang.background_markers) if lang.background_markers else None,
        negation=_any_word(lang.negations) if lang.negations else None,
        subordinate=_any_word({*lang.complementisers, *lang.relative_pronouns})
        if lang.complementisers or lang.relative_pronouns else None,
        name_list=re.compile(
            rf"[A-ZÆØÅ][\w.'’-]{{0,40}}(?:,\s+[A-ZÆØÅ][\w.'’-]{{0,40}}){{0,8}},?\s+"
            rf"(?:{alternation(lang.coordinators)})\s+"
            rf"(?:(?:{alternation(lang.determiners)})\s+)?[A-ZÆØÅ]")
        if lang.coordinators and lang.determiners else None,
        obligation=_any_word(lang.obligation_cues) if lang.obligation_cues else None,
        present_act=_any_word(set(lang.present_verbs) - set(lang.be_forms) -
                              set(lang.auxiliaries)) if lang.present_verbs else None,
        story_present=_any_word((set(lang.present_verbs) | set(lang.story_present_verbs)) -
                                set(lang.be_forms) - set(lang.auxiliaries) -
                                set(lang.report_verbs))
        if lang.story_present_verbs else None,
        ordinal_day=re.compile(
            r"(?<![\w-])(?:" + "|".join(
                frame.format(ord=rf"(?P<ord{i}>{alternation(lang.ordinal_days)})",
                             noun=rf"(?P<noun{i}>[^\W\d_][\w-]*?)")
                for i, frame in enumerate(lang.ordinal_day_frames)) + r")(?![\w-])",
            re.IGNORECASE) if lang.ordinal_day_frames and lang.ordinal_days else None,
        lasting=re.compile(
            rf"(?<![\w-])(?P<noun>[^\W\d_][\w-]*)\s+(?:(?:{alternation(lang.lasting_verbs)})\s+)?"
            rf"(?:(?:{alternation(lang.lasting_prepositions)})\s+)?$", re.IGNORECASE)
        if lang.lasting_verbs and lang.lasting_prepositions else None,
        at_the_event=re.compile(rf"[\s\"'«“]*(?:{alternation(lang.at_event_openers)})\s+",
                                re.IGNORECASE) if lang.at_event_openers else None,
        anniversary=re.compile(_numbered_groups(lang.anniversaries), re.IGNORECASE)
        if lang.anniversaries else None,
        anniversary_frame=re.compile(
            rf"\s*,?\s*(?:{alternation(lang.anniversary_frames)})\s+"
            rf"(?:(?:{alternation(lang.subject_pronouns)})\s+)?"
            rf"(?:(?:{alternation(lang.determiners)})\s+)?", re.IGNORECASE)
        if lang.anniversary_frames and lang.anniversaries else None,
        disclosure=re.compile(rf"(?<![\w-])(?:{alternation(lang.disclosure_frames)})\s+",
                              re.IGNORECASE) if lang.disclosure_frames else None,
        past_future=_any_word(lang.past_future_cues) if lang.past_future_cues else None,
        deadline_limit=re.compile(rf"(?<![\w-])(?:{alternation(lang.deadline_limits)})\s+$",
                                  re.IGNORECASE) if lang.deadline_limits else None,
        participation=re.compile(
            rf"(?<![\w-])(?:{alternation(lang.participation_verbs)})\s+"
            rf"(?:(?P<det>{alternation(lang.anaphoric_determiners)})\s+)?"
            rf"(?P<noun>[\w-]*(?:{alternation(lang.reference_nouns)})[\w-]*)\s*[.!?]*\s*$",
            re.IGNORECASE)
        if lang.participation_verbs and lang.reference_nouns else None,
        participation_passive=_any_word(lang.participation_passives)
        if lang.participation_passives and lang.reference_nouns else None,
        relative=re.compile(rf"(?<![\w-])(?:{alternation(lang.relative_nouns_pronouns)})\s+",
                            re.IGNORECASE) if lang.relative_nouns_pronouns else None,
        opinion=re.compile(
            r"(?<![\w-])(?:" + "|".join(r"\s+(?:\S+\s+){0,3}?".join(re.escape(p.strip())
                                                                for p in v.split("…"))
                                    for v in sorted(lang.opinion_verbs, key=len, reverse=True))
            + r")(?![\w-])", re.IGNORECASE) if lang.opinion_verbs else None,
        discussion_passive=_gapped(lang.discussion_passives, lang.discussion_gap),
        split_future=_split_future(lang),
        other_clause_words=frozenset({*lang.report_verbs, *lang.relative_pronouns,
                                      *lang.complementisers}),
        media_report=re.compile(
            rf"(?<![\w-])(?:(?:{alternation(lang.news_outlets)})(?:\s+\w+)?\s+"
            rf"(?:{alternation(lang.media_reports)})"
            rf"|(?:{alternation(lang.media_passives)})\s+(?:{alternation(lang.news_outlets)}))"
            r"(?![\w-])") if lang.news_outlets and lang.media_reports else None,
        habit=re.compile(
            rf"(?:(?<![\w-])(?P<like>{alternation(lang.habit_comparisons)})\s+)?"
            rf"(?<![\w-])(?:{alternation(lang.habit_adverbs)})(?![\w-])", re.IGNORECASE)
        if lang.habit_adverbs else None,
        infinitive=re.compile(rf"(?<![\w-])(?:{alternation(lang.infinitive_markers)})\s+\w",
                              re.IGNORECASE) if lang.infinitive_markers else None,
        clause_break=re.compile(
            rf"(?<![\w-])(?:{alternation(set(lang.clause_breaks) - set(lang.coordinators))})(?![\w-])",
            re.IGNORECASE),
        state_predicate=re.compile(
            rf"(?<![\w-])(?:{alternation(lang.be_forms)})\s+(?:(?:{alternation(lang.state_adverbs)})\s+)?"
            rf"(?:{alternation(lang.state_predicates)})(?![\w-])", re.IGNORECASE)
        if lang.be_forms and lang.state_predicates else None,
        copula=re.compile(rf"(?<![\w-])(?:{alternation(lang.copulas)})\s+(?:(?P<skip>[\w-]+)\s+)?"
                          rf"(?P<next>[\w'’-]+)", re.IGNORECASE) if lang.copulas else None,
        reference_noun_in=re.compile(trie(lang.reference_nouns)),
        process_noun_in=re.compile(trie(lang.process_nouns)),
        end_verb_in=re.compile(trie(lang.end_verbs)),
        state_pronoun_in=re.compile(trie(p for p, kind in lang.pronouns.items()
                                         if kind == "state")),
        adjunct_prefixes=tuple(f"{o} " for o in lang.adjunct_openers),
        verb_subordinator=re.compile(rf"(?<=\s)(?:{alternation(lang.verb_subordinators)})\s+",
                                     re.IGNORECASE) if lang.verb_subordinators else None,
        needs=needs,
    )
    # A pattern that opens with a word of a list, bounded on both sides as any_word bounds
    # it ("since", "etter" before white space), needs that word as well.
    for pattern, words in ((found.event_ref, lang.since_words),
                           (found.relation_ref, lang.event_relations)):
        runs = needed_runs(words) if pattern is not None and words else None
        if pattern is not None and runs:
            needs[pattern] = runs
    return found


def _gapped(phrases: Iterable[str], gap: int) -> re.Pattern[str] | None:
    """Whole-word phrases where "…" stands for up to ``gap`` words ("ble … drøftet")."""
    phrases = sorted(phrases, key=len, reverse=True)
    if not phrases:
        return None
    between = rf"\s+(?:\S+\s+){{0,{gap}}}?"
    return re.compile(r"(?<![\w-])(?:" + "|".join(
        between.join(re.escape(part.strip()) for part in p.split("…")) for p in phrases)
        + r")(?![\w-])", re.IGNORECASE)


def _numbered_groups(alternatives: tuple[str, ...]) -> str:
    """One pattern of several that use the same group names: each alternative's groups
    get its number ("n" -> "n0", "np" -> "np0")."""
    group = re.compile(r"\(\?P<(\w+)>")
    parts = []
    for i, alternative in enumerate(alternatives):
        parts.append("(?:" + group.sub(rf"(?P<\g<1>{i}>", alternative) + ")")
    return "|".join(parts)


def _not_subordinating(lang: Lang) -> str:
    """Guards that keep the splitter from cutting at a subordinator inside a phrase where
    it is no subordinator ("på siden av": "(?!(?<=\\bpå)\\s+siden\\s+av(?![\\w-]))")."""
    guards = []
    subordinators = {w.lower() for w in lang.subordinators}
    for phrase in lang.subordinator_phrases:
        parts = phrase.split()
        k = next((i for i, w in enumerate(parts) if w.lower() in subordinators), None)
        if k is None:
            continue
        prefix, suffix = " ".join(parts[:k]), " ".join(parts[k + 1:])
        guards.append("(?!" + (rf"(?<=\b{re.escape(prefix)})" if prefix else "") +
                      rf"\s+{re.escape(parts[k])}" +
                      (rf"\s+{re.escape(suffix)}" if suffix else "") + r"(?![\w-]))")
    return "".join(guards)


@dataclass(frozen=True)
class Closing:
    """One of ``words`` closing a stretch of text: white space may follow (must, with
    ``spaced``), and nothing else."""

    pattern: re.Pattern[str]
    longest: int  # the longest word

    @classmethod
    def of(cls, words: Iterable[str], spaced: bool = False) -> Closing:
        words = list(words)
        if any(not w or w != w.rstrip() for w in words):
            raise ValueError(f"a closing word must end in a letter or mark: {words}")
        space = r"\s+" if spaced else r"\s*"
        return cls(re.compile(rf"(?<![\w-])(?P<w>{alternation(words)}){space}$", re.I),
                   max(map(len, words), default=0))

    def search(self, window: str) -> re.Match[str] | None:
        """``pattern.search(window)``, tried only where a match may begin: a word ends
        where the closing white space begins, so it begins at most ``longest``
        characters before that (the look-behind still sees the text before)."""
        return self.pattern.search(window, max(0, len(window.rstrip()) - self.longest))


def any_word(cues: Iterable[str]) -> re.Pattern[str]:
    """Any of ``cues`` as whole words, case-blind."""
    return re.compile(rf"(?<![\w-])(?:{alternation(cues)})(?![\w-])", re.IGNORECASE)


# A run of word characters and hyphens: what "(?<![\w-])" and "(?![\w-])" bound.
_RUN = re.compile(r"[\w-]+")
_WIDE = re.compile(r"[^\x00-\xff]")


def needed_runs(cues: Iterable[str]) -> frozenset[str] | None:
    """One run of word characters of each of ``cues`` (its longest, the least common),
    lower case: where ``any_word(cues)`` matches, each run of the cue it matches is a
    whole run of the text (the bounds of a whole word, or the cue's own spaces and marks,
    stand on each side of it), so a text none of whose runs is one of these
    (``word_runs``) holds no match. None when a cue has no run or a letter outside
    Latin-1 that has case (where the engine's case-blind match and ``str.lower`` may
    differ)."""
    runs = set()
    for cue in cues:
        found = _RUN.findall(cue)
        if not found or _cased_wide(cue):
            return None
        runs.add(max(found, key=len).lower())
    return frozenset(runs)


def word_runs(text: str) -> frozenset[str] | None:
    """The runs of word characters and hyphens in ``text``, lower case, for
    ``Patterns.needs``; None when the text has a letter outside Latin-1 that has case
    (see ``needed_runs``). Marks outside it (’, –, “) have none."""
    if _cased_wide(text):
        return None
    return frozenset(_RUN.findall(text.lower()))


def _cased_wide(text: str) -> bool:
    """Whether ``text`` has a letter outside Latin-1 that has case."""
    return not text.isascii() and any(ch.lower() != ch.upper()
                                      for ch in set(_WIDE.findall(text)))


def _split_future(lang: Lang) -> re.Pattern[str] | None:
    """The language's future auxiliaries in two parts (``Lang.split_future``) with one to
    four words between them that are neither a negation nor a clause's punctuation:
    "kommer onsdag til å", "kommer også i mars til å". "kommer ikke til å" denies a plan
    (``Lang.denied_plans``); with nothing between, the auxiliary is a ``future_cues`` word."""
    if not lang.split_future:
        return None
    gap_word = r"[^\s,;:.!?]+"
    if lang.negations:
        gap_word = rf"(?!(?:{alternation(lang.negations)})(?![\w-])){gap_word}"
    frames = "|".join(
        rf"{_spaced(first)}(?:\s+{gap_word}){{1,4}}?\s+{_spaced(second)}"
        for first, second in lang.split_future)
    return re.compile(rf"(?<![\w-])(?:{frames})(?![\w-])", re.IGNORECASE)


def _spaced(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


# The words of the main clause after a fronted date and its comma in which a future cue
# governs that date ("On Thursday, the minister is due to ...").
_FRONTED_LOOK = 5


def _after_fronted_date(text: str, end: int, stop: int, lang: Lang) -> list[str] | None:
    """The first words of the main clause after a date that ends at ``end`` and is
    followed by a comma ("On Thursday, Modi will travel": ["Modi", "will", "travel", ...]),
    up to the next comma, a reporting verb or a clause word ("On Thursday, the minister
    said he will", "Kishida, who will retire": not this clause's future); None when no
    comma follows the date."""
    rest = text[end:min(stop, end + 80)]
    gap = len(rest) - len(rest.lstrip())
    if rest[gap:gap + 1] != ",":
        return None
    words: list[str] = []
    stops = patterns(lang).other_clause_words
    for w in rest[gap + 1:].split()[:_FRONTED_LOOK]:
        if w.lower().strip(",.;:") in stops:
            break
        words.append(w.rstrip(",.;:"))
        if w[-1:] in ",.;:":
            break
    return words


def split_future_governs(lang: Lang, text: str, a: int, b: int, start: int) -> bool:
    """Whether a split future auxiliary in the clause ``a``-``b`` begins before the
    expression at ``start`` and so governs it: the expression between its parts ("kommer
    onsdag til å møte") or after them ("kommer trolig til å møte ham onsdag")."""
    pattern = patterns(lang).split_future
    m = pattern.search(text, a, b) if pattern is not None else None
    return m is not None and m.start() < start


@dataclass(frozen=True)
class Following:
    """The words right after an expression that opens its clause, where a cue governs it
    ("I mai skal", "On Thursday, Modi will"): ``fronted`` when they are the main clause
    after a fronted date's comma; ``strict`` when only a cue in lower case counts there
    (after a preposition or that comma, "in May in May" is a month again, not "may")."""

    words: str
    fronted: bool
    strict: bool

    def holds(self, cue: re.Pattern[str]) -> bool:
        return any(not self.strict or m.group(0)[:1].islower() for m in cue.finditer(self.words))


def following_opening(text: str, a: int, start: int, end: int, b: int, stop: int,
                      lang: Lang) -> Following | None:
    """The words after the expression at ``start``-``end`` of the clause ``a``-``b`` in
    which a cue governs it when it opens the clause, or after prepositions only ("I mai",
    "On Thursday"): its next two words, or, after its comma, the main clause's first ones
    (read no further than ``stop``); None when anything else stands before it."""
    opening = text[a:start].strip(" \t\n\"'«–-").lower().split()
    if not all(w in lang.prepositions for w in opening):
        return None
    fronted = _after_fronted_date(text, end, stop, lang)
    words = text[end:b].split()[:2] if fronted is None else fronted
    return Following(" ".join(words), fronted is not None, bool(opening) or fronted is not None)


def margin(words: Iterable[str]) -> int:
    """The characters an attempt of a pattern of these words (and a lookahead after
    them) looks at, from where it begins: the ``margin`` of a ``Scan``."""
    return max((len(w) for w in words), default=0) + 2


# A sentence with more expressions than this is scanned once for all of them (Scan).
SHARED_SCAN = 4


class Scan:
    """One pattern's matches over one stretch ``[lo, hi)`` of the text (a sentence),
    found once, so that the many bounded searches of a sentence that holds many
    expressions (one search per expression) cost a bisect each, not a rescan.

    Each answer is exactly what the bounded search itself would give: a match may depend
    on where the search stops (a lookahead there sees the end of the text), so the last
    ``margin`` characters before a bound are searched again. ``margin`` must be at least
    the number of characters an attempt at one position looks at (the longest word of
    the pattern and its lookaheads)."""

    def __init__(self, pattern: re.Pattern[str], text: str, lo: int, hi: int,
                 margin: int) -> None:
        self.pattern, self.text, self.margin = pattern, text, margin
        # what finditer yields over the whole stretch (non-overlapping, in order) ...
        self.matches = list(pattern.finditer(text, lo, hi))
        self.starts = [m.start() for m in self.matches]
        self.ends = [m.end() for m in self.matches]
        # ... and every position where an attempt succeeds, overlapping or not. finditer
        # has tried every position but those inside a match it found: an attempt there
        # is made here, so the stretch is scanned once.
        anywhere: set[int] = set(self.starts)
        for a, b in zip(self.starts, self.ends, strict=True):
            anywhere.update(q for q in range(a + 1, b) if pattern.match(text, q, hi))
        self.anywhere = sorted(anywhere)

    def finditer(self, a: int, b: int) -> list[re.Match[str]]:
        """What ``pattern.finditer(text, a, b)`` yields."""
        i = bisect.bisect_left(self.starts, a)
        if i > 0 and self.ends[i - 1] > a:  # ``a`` inside a match: the scan is out of step
            return list(self.pattern.finditer(self.text, a, b))
        limit = b - self.margin
        k = max(i, bisect.bisect_left(self.starts, limit))
        resume = max(self.ends[k - 1] if k > i else a, limit)
        return [*self.matches[i:k], *self.pattern.finditer(self.text, resume, b)]

    def search(self, a: int, b: int) -> bool:
        """Whether ``pattern.search(text, a, b)`` finds a match."""
        i = bisect.bisect_left(self.anywhere, a)
        if i < len(self.anywhere) and self.anywhere[i] < b - self.margin:
            return True
        return self.pattern.search(self.text, max(a, b - self.margin), b) is not None


def openings(first_words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """Every position where one of the words begins (overlapping ones too), for
    ``finditer_from``: a lookahead of their tree (see ``tree``)."""
    return re.compile(f"(?=(?:{trie(first_words)}))", flags)


def finditer_from(pattern: re.Pattern[str], where: re.Pattern[str],
                  text: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, where every match of ``pattern`` is
    non-empty and begins with one of the words of ``where`` (made by ``openings``): the
    pattern is tried only at those positions, which a tree finds far faster than the
    pattern's long alternation would fail at all the others."""
    pos = 0
    for c in where.finditer(text):
        at = c.start()
        if at < pos:
            continue
        m = pattern.match(text, at)
        if m is not None:
            yield m
            pos = m.end()
