"""``Lang``: one language's words and rules as plain data, with lookups the engine uses.

The engine never asks *which* language it is reading; it asks the ``Lang`` what a word
means. Adding a language means filling one of these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..rules import Rule
from ..types import EVENT_TYPES, Grain, Meaning

__all__ = ["Lang", "Gazetteer"]


def _key(word: str) -> str:
    return " ".join(word.lower().split())


_FRACTION = re.compile(r"(?:(?P<whole>[0-9]{1,3})\s*)?(?:1/2|½)")
_DECIMAL = re.compile(r"(?P<int>[0-9]{1,3})(?P<mark>[.,])(?P<frac>[0-9]{1,2})")


# News outlets a report names as its source (agencies, broadcasters, papers), for every
# language; a language adds its own (``Lang.news_outlets``).
NEWS_OUTLETS = ("Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "Bloomberg",
                "BBC", "CNN", "Xinhua", "TASS", "RIA Novosti", "Interfax", "Yonhap", "Kyodo",
                "Al Jazeera", "dpa", "DPA", "Anadolu", "Axios", "Politico", "The New York Times",
                "New York Times", "The Washington Post", "Washington Post", "The Guardian",
                "Financial Times", "The Wall Street Journal", "Wall Street Journal", "Le Monde",
                "Der Spiegel", "NHK", "Sputnik")


@dataclass(frozen=True)
class Gazetteer:
    states: dict[str, tuple[str, ...]] = field(default_factory=dict)
    organisations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)  # place -> state
    place_forms: dict[str, str] = field(default_factory=dict)
    titles: tuple[str, ...] = ()
    people: dict[str, str] = field(default_factory=dict)
    not_names: frozenset[str] = frozenset()
    ids: dict[str, str] = field(default_factory=dict)  # a name or form -> its world id


@dataclass(frozen=True, eq=False)  # hashed by identity: one object per language
class Lang:
    code: str
    name: str
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    units: dict[str, Grain]
    numbers: dict[str, float | None]  # None: a vague amount ("få", "several")
    relations: dict[str, int]  # last/this/next -> -1/0/+1
    directions: dict[str, int]  # later/earlier -> +1/-1 ("same" -> 0)
    eras: dict[str, int]  # BC -> -1, AD -> +1
    deictics: dict[str, Meaning]
    refs: dict[str, str]
    decade_words: dict[str, int]
    rules: tuple[Rule, ...]
    plural_units: frozenset[str]  # "årene", "years": with no number, a vague amount
    # Modifiers found just before an expression (the span grows to include them).
    approx_words: tuple[str, ...]
    part_words: dict[str, str]  # "slutten av" -> END
    # Connectors that join two expressions into one interval.
    # (before the first part, between the parts): "fra" 2003 "til" 2009
    interval_patterns: tuple[tuple[str, str], ...]
    since_words: tuple[str, ...]
    future_cues: tuple[str, ...]
    deadline_words: tuple[str, ...]  # "innen", "by": just before a date, they point ahead
    parts_of_day: dict[str, str]  # "kveld" -> "EV": TIMEX3 part-of-day codes
    place_prepositions: tuple[str, ...]  # "i", "in": before a state, it names a venue
    fronted_adverbs: tuple[str, ...]  # "Allerede i 2014 annekterte ...": before the verb
    clause_breaks: tuple[str, ...]  # words that open a new clause ("at", "som", "that")
    year_blockers_before: tuple[str, ...]  # "side", "nr.": a number after them is no year
    year_blockers_after: tuple[str, ...]  # "prosent", "kroner": a number before them is no year
    stopwords: frozenset[str]
    abbreviations: frozenset[str]  # lowercase, without the final dot ("bl.a", "kl")
    event_types: dict[str, tuple[str, ...]]  # type -> trigger word prefixes (lowercase)
    process_nouns: tuple[str, ...]  # "forhandlinger": events that last and can break down
    end_verbs: tuple[str, ...]  # "brøt sammen": the process ended
    pronouns: dict[str, str]  # subject pronoun -> what it can stand for: "state", "process", "person"
    after_connectors: tuple[str, ...]  # "etter at", "after": main clause is after the dated one
    subordinators: tuple[str, ...] = ()  # "siden", "because": open a clause of their own
    # "after", "until": open a clause of their own when a finite verb follows within a few
    # words ("after Kim Jong-un assumed power in 2011"), and are prepositions otherwise
    # ("after the war in 1945")
    verb_subordinators: tuple[str, ...] = ()
    date_prepositions: tuple[str, ...] = ()  # "i 2003", "on Thursday": a title drops them
    # rule name -> what a match must contain, any of: a category ("digit", "month",
    # "weekday", "season", "unit", "deictic", "ref", "decade"), a word opening with
    # exactly N ASCII digits ("digits:4" for "2019", "1990s", "2018Q4"), a word opening
    # with digits and ending with none ("numbered": "3pm", "44BC"), a word ending with a
    # digit but not beginning with one ("code": "Q3", "FY2018"), a word ("=kvartal") or a
    # word's beginning ("=århundre*": "århundret", "århundrets"), for a rule whose match
    # may end inside a word.
    # Lets the tagger run a rule only near such words; a rule not listed runs everywhere.
    rule_needs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    noun_triggers: tuple[str, ...] = ()  # event nouns that can head a title ("toppmøtet")
    np_openers: tuple[str, ...] = ()  # words before an event noun that make it a name
    # How a genitive ends, before an event noun ("Kims møte", "Kim's meeting"); in English
    # a bare "-s" is a plural ("troops attacked"), no genitive.
    genitive_endings: tuple[str, ...] = ("s",)
    # How a date expression in the genitive ends, where it is one word that determines
    # the noun after it ("Onsdagens besøk", "fjorårets valg"): a title keeps it as that
    # noun's determiner. English writes the genitive apart ("Sunday's"), told otherwise.
    date_genitive_endings: tuple[str, ...] = ()
    np_stops: tuple[str, ...] = ()  # words that end such a noun phrase
    complementisers: tuple[str, ...] = ()  # "at", "that": a statement's content follows
    # "Berlin Wall", "Washington Post": a place name inside a longer capitalised name.
    # False where compounds are written as one word and verb-second order puts a state
    # right before a capitalised object ("annekterte Russland Krim").
    spaced_compound_names: bool = False
    non_person_heads: frozenset[str] = frozenset()  # "Wall", "Treaty": a run ending so is a thing
    verb_second: bool = False  # "I 2003 trakk Nord-Korea seg": the verb precedes the subject
    # --- how events are told (timeline/events.py, furniture.py) ---------------------------
    # "trer i kraft", "goes into effect", "ahead of": a date after them is a scheduled one
    # (future of the document date, like a future cue).
    schedule_cues: tuple[str, ...] = ()
    # "kan", "håper", "may", "hopes": the event is a possibility, a hope or a condition.
    possible_cues: tuple[str, ...] = ()
    # Page furniture (see timeline/furniture.py): a line opening with one of these
    # ("Foto:", "Les også", "Updated:"); a line holding one of these anywhere ("©");
    # photo credits that end a caption ("Foto: ...", "(Photo: ...)"); the words of a
    # clock time ("CEST", "p.m.").
    furniture_openers: tuple[str, ...] = ()
    furniture_marks: tuple[str, ...] = ()
    credit_marks: tuple[str, ...] = ()
    # "printed in", "ibid.": a date after them in its clause is where a source was printed.
    citation_cues: tuple[str, ...] = ()
    coordinators: tuple[str, ...] = ()  # "og", "and": "mandag og tirsdag" is one stretch
    # "War of 1898", "Avtalen av 1826": a year after a name and one of these is in the name.
    name_year_prepositions: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()  # "the 1953 team": a year between an article and a noun
    # "atomavtalen fra 2015": a year after a definite event noun and one of these names it
    year_postmodifiers: tuple[str, ...] = ()
    adjective_endings: tuple[str, ...] = ()  # "nuclear", "Iranian": not the head noun
    # "kan", "håper", "may", "if": a hope or a condition; it points ahead of the document
    # date like a future cue, and makes the event 'possible' (as ``possible_cues`` do).
    hope_cues: tuple[str, ...] = ()
    # An event told by its relation to one told before: "etter møtet", "under
    # forhandlingene", "after the vote" (word -> 'after', 'during', 'at', 'before'). The
    # noun must be one of ``reference_nouns`` and definite: after a definite article
    # ("the") or with a definite ending ("møtet", "signeringen").
    event_relations: dict[str, str] = field(default_factory=dict)
    reference_nouns: tuple[str, ...] = ()
    definite_articles: tuple[str, ...] = ()
    definite_endings: tuple[str, ...] = ()
    # A sentence opening with one of these continues the event told just before it
    # ("Samtidig ...", "Then ...", "Dette førte til at ..."): 'same', 'after' or 'since'
    # (from that event until the document date: "Since then, ...").
    sequel_openers: dict[str, str] = field(default_factory=dict)
    # Words that may stand before a clock time opening a step of a day's programme ("At
    # 8 p.m. they attend a concert"; "Klokka 20 blir det gallamiddag" needs none): the
    # step is on the day told before.
    clock_step_prepositions: tuple[str, ...] = ()
    # "møtet med Kim", "the meeting between A and B": what follows an event noun and
    # belongs to it.
    np_complements: tuple[str, ...] = ()
    # The article's news: a sentence with no date that reports an act, in the past or
    # the present perfect ("vedtok", "has voted"), is dated by the document date.
    # ``act_verbs`` are those past forms; ``report_verbs`` ("sier", "said") make the lead
    # sentence a statement; a sentence with ``background_markers`` ("hadde", "had") or a
    # ``negations`` word before the act tells no news.
    act_verbs: tuple[str, ...] = ()
    # The future denied ("vil ikke", "will not"): a dated clause with one plans nothing.
    denied_plans: tuple[str, ...] = ()
    # A future auxiliary in two parts that an adverbial may split, verb second: ("kommer",
    # "til å") reads "kommer onsdag til å møte" as "kommer til å møte onsdag".
    split_future: tuple[tuple[str, str], ...] = ()
    # A past agreement to do something later: "agreed to", "ble enige om å". Its clause
    # dated ahead is the plan; the agreement itself is the article's news.
    agreement_verbs: tuple[str, ...] = ()
    # Words that open when or where a statement was made, after its reporting verb:
    # "sa Støre da han møtte pressen", "Kim said after the meeting".
    report_occasions: tuple[str, ...] = ()
    # A fronted clause that tells the time of the main clause after it: "Da X ..., overtok
    # Holst", "When the news reached Norway in 1814, it sparked ...".
    when_openers: tuple[str, ...] = ()
    # What a headline puts between who and what is planned: "X to hold talks", "X skal".
    plan_marker: str = ""
    # "the 45th anniversary of X", "70-årsdagen for X": patterns with the groups ``n``
    # (how many years) and ``np`` (what is remembered); X happened n years before the
    # year the sentence (or the document) is in.
    anniversaries: tuple[str, ...] = ()
    # "This year marks the 65th anniversary of X": a date whose verb only says an
    # anniversary falls then tells no event of its own (X is the event, dated back).
    anniversary_frames: tuple[str, ...] = ()
    # "media", "NTB", "the report": a reporting clause with one of these as its speaker
    # ("the North's media said Friday") says only where the news was told; the title is
    # the news itself, not "Media: ...". Compared lower-cased with the speaker's last word.
    source_nouns: tuple[str, ...] = ()
    # Who takes part in an event the story has already told: "X will host the meeting",
    # "vil delta på dette møtet" (the verbs, then ``anaphoric_determiners`` or a definite
    # ending and a ``reference_nouns`` word closing the clause), "the meeting was
    # attended by ..." (``participation_passives`` after such a noun): no event of its own.
    # "no later than 1 September", "senest 1. september": the date that follows is a
    # deadline (when something must have happened by), not when anything happens.
    deadline_limits: tuple[str, ...] = ()
    # The future seen from the past ("said they would sign it in 2012", "skulle"): a date
    # before the document date under one of these tells what was to be and is now past,
    # not a plan still to come.
    past_future_cues: tuple[str, ...] = ()
    # Verbs whose infinitive complement lies ahead of them ("agreed to meet again on
    # Sunday", "ble enige om å møtes igjen søndag"): a date inside that infinitive clause
    # (after the infinitive marker) is after the reporting time; a date before the marker
    # ("agreed Tuesday to buy ...") dates the agreeing.
    intention_verbs: tuple[str, ...] = ()
    # "ble det kjent at X", "it emerged that X": the news is X, and X is the title.
    disclosure_frames: tuple[str, ...] = ()
    participation_verbs: tuple[str, ...] = ()
    participation_passives: tuple[str, ...] = ()
    anaphoric_determiners: tuple[str, ...] = ()
    # Phrases that open with a future cue and point nowhere ("next to the embassy").
    not_future: tuple[str, ...] = ()
    # "må", "must": an obligation tells a rule, not what happens next in a story.
    obligation_cues: tuple[str, ...] = ()
    # Phrases in which a subordinator is a noun or a preposition ("på siden av": beside),
    # not the start of a clause ("siden 1993 har ..."): the clause is not cut there.
    subordinator_phrases: tuple[str, ...] = ()
    # Present-tense forms of the verbs news and programmes tell events with ("møtes",
    # "holdes", "meets", "is held"). A date with no year in a present-tense clause is the
    # occurrence nearest the document date, before or after it ("The ministers meet in
    # Oslo on 15 March", told on 10 March); a past-tense clause takes the latest.
    present_verbs: tuple[str, ...] = ()
    # A chronicle entry under a date heading tells its acts in the historical present
    # ("September 5, 1978\n\nThe summit begins ...", "Egypt and Israel sign ..."): these
    # present forms, with ``present_verbs``, are its acts (not states or opinions).
    story_present_verbs: tuple[str, ...] = ()
    # A sentence that opens on one of these before an event named again ("Throughout the
    # summit, ...", "Under forhandlingene ...") is told at that event's time.
    at_event_openers: tuple[str, ...] = ()
    # A duration told of an event noun, after one of these verbs or prepositions or
    # right after it ("Statsbesøket går over tre dager", "the negotiations over 13
    # days", "The talks continued for two weeks"): an interval from the event's start.
    lasting_verbs: tuple[str, ...] = ()
    # The nth day of an event told before ("the second day of the summit", "besøkets
    # siste dag"): the ordinal words (-1: the last day) and the frames that tell it,
    # regular expressions where {ord} stands for an ordinal word and {noun} for the
    # event noun.
    ordinal_days: dict[str, int] = field(default_factory=dict)
    ordinal_day_frames: tuple[str, ...] = ()
    lasting_prepositions: tuple[str, ...] = ()
    report_verbs: tuple[str, ...] = ()
    # A statement made on an occasion is news in the body too, not only in the lead:
    # one of ``occasion_verbs`` (past tense only: "said", "sa") followed within a few
    # words by one of ``statement_occasions`` ("in a statement", "told reporters", "i en
    # pressemelding"). The present "sier" that runs through a Norwegian article is not.
    occasion_verbs: tuple[str, ...] = ()
    statement_occasions: tuple[str, ...] = ()
    # Whom a report verb may name as told, and nothing more ("told reporters", "told a
    # news conference"): a reporting clause still, its speaker before the verb.
    report_addressees: tuple[str, ...] = ()
    # Verbs that, like the report verbs, tell what was said in a clause after them ("has
    # confirmed that ..."): a long title so made reads as "Speaker: what was said".
    statement_verbs: tuple[str, ...] = ()
    # Other verbs a clause with no "that" may follow ("showed the rate declined"): after
    # them, as after a report verb, a noun and a past form are a clause, not a noun and
    # its participle.
    clause_verbs: tuple[str, ...] = ()
    # The word that closes a time zone told by a place after a date ("noon Damascus time").
    zone_words: tuple[str, ...] = ()
    # What an anniversary remembers, told as an act ("the 65th anniversary of the
    # establishment of diplomatic relations"): the act's noun and its participle
    # ("establishment": "established"), the words it joins its object and its agent with
    # ("of", "by"), the past of "be" for one and for more (a passive: "Diplomatic
    # relations ... were established"), and the nouns that only date the act ("the
    # implementation date of the treaty": "date").
    act_nouns: dict[str, str] = field(default_factory=dict)
    act_object: str = ""
    act_agent: str = ""
    passive_be: tuple[str, str] = ("", "")
    date_nouns: tuple[str, ...] = ()
    # A state an anniversary remembers the start of, and how it started ("the 45th
    # anniversary of China's diplomatic ties with Australia": "ties": "established").
    state_starts: dict[str, str] = field(default_factory=dict)
    background_markers: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    relative_pronouns: tuple[str, ...] = ()  # "som", "which": an act after them is background
    # "som", "that", "which", "who": a relative clause on a noun ("de tiltakene som EU
    # innførte 12. september"); not "der"/"where", which open one on a place.
    relative_nouns_pronouns: tuple[str, ...] = ()
    # --- titles (timeline/titles.py): enough grammar to say who did what -------------
    prepositions: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()  # "den", "et", "the": open a noun phrase
    subject_pronouns: tuple[str, ...] = ()  # "han", "de", "it"
    # "vi", "I": in direct speech the speaker's side; a title that opens so names who
    # says it ("Huitfeldt: Vi har besluttet ...").
    speaker_pronouns: tuple[str, ...] = ()
    # Verb-second languages: a finite verb ("ble", "fattet") opens the clause after a
    # fronted date or adverbial, and the subject follows it. Past forms end so, or are
    # listed; ``sentence_adverbs`` ("ikke", "i all hemmelighet") end a subject.
    finite_verbs: frozenset[str] = frozenset()
    # A clause between commas that opens so sets the scene and has no subject: "while on a
    # working visit to Vienna", "with 46 nations assembled at The Hague"; a title is told
    # by the main clause after it. ``gerund_ending``: "paving the way for ...".
    adjunct_openers: tuple[str, ...] = ()
    gerund_ending: str = ""
    auxiliaries: frozenset[str] = frozenset()  # "ble", "har": a participle follows the subject
    infinitive_markers: tuple[str, ...] = ()  # "å", "to": the word after them is a verb
    # Words that open a part a long title can do without, its main clause whole before
    # it: a subordinate clause ("when ...", "da ..."), a purpose ("in order to", "for
    # å"), a time adjunct ("after the vote"). See titles.shorten.
    title_tails: tuple[str, ...] = ()
    # The infinitive marker that opens a purpose after a noun or an adverb ("met the
    # ambassador to discuss ..."), '' where a purpose has words of its own ("for å" is
    # one of ``title_tails``); not after ``infinitive_takers`` ("how to", "able to").
    purpose_marker: str = ""
    infinitive_takers: frozenset[str] = frozenset()
    # The verbs a purpose after ``purpose_marker`` is told with ("to discuss", "to sign").
    purpose_verbs: frozenset[str] = frozenset()
    # Prepositions before a gerund that open a cause or a means a long title drops.
    gerund_tail_prepositions: tuple[str, ...] = ()
    # Words that go with the part a title drops after them ("even after", "seconds before").
    tail_modifiers: frozenset[str] = frozenset()
    past_endings: tuple[str, ...] = ()
    sentence_adverbs: tuple[str, ...] = ()
    # Adverbs that link a sentence to the one before, set off by commas ("However, the
    # North's chief delegate, ...", "The concept, however, remains ..."): no part of the
    # subject a title takes from before its clause (titles._lead_subject).
    linking_adverbs: tuple[str, ...] = ()
    # A state, not an event: "X var en bak-kanal", "Y was the only country". A copula not
    # followed by a participle (an ending in ``participle_endings`` or one of
    # ``participles``: "var kommet", "was held") describes, it does not report.
    copulas: tuple[str, ...] = ()
    # "var spent", "vil være til stede", "was uncertain", "were present": a form of "be"
    # (any tense, not "become") and a word that only describes, whatever the clause names.
    be_forms: tuple[str, ...] = ()
    state_predicates: tuple[str, ...] = ()
    state_adverbs: tuple[str, ...] = ()  # "svært", "also", "still" between the two
    continue_verbs: tuple[str, ...] = ()  # "vil fortsette", "will remain": no new event
    plural_endings: tuple[str, ...] = ()  # longest first: "ene", "er", "r"; "s"
    singular_endings: tuple[str, ...] = ()  # no plural though so ending: "process", "crisis"
    expletives: tuple[str, ...] = ()  # "det", "it": "Det var 4. mars 1949, og ..."
    # "mener", "tror", "ser ingen", "believes": an opinion; the date it holds frames it
    opinion_verbs: tuple[str, ...] = ()
    # "ble … drøftet", "were … discussed": a topic talked over in the passive, with no
    # one doing it; told at or after a meeting it is what that meeting did, not an event
    # of its own ("…" stands for up to ``discussion_gap`` words: the subject comes
    # between "ble" and "drøftet" in Norwegian, only "also" between "were" and "discussed").
    discussion_passives: tuple[str, ...] = ()
    discussion_gap: int = 2
    # "hvert år", "every year", "regularly": how often something is done. A clause told
    # with one is a habit ("Siden 2010 har landene holdt samtaler hvert år", "The ministers
    # will meet every year"), not one event; after one of ``habit_comparisons`` ("som hvert
    # år", "as every year") it tells one more time of it, an event.
    habit_adverbs: tuple[str, ...] = ()
    # A news outlet telling of an event ("NRK meldte først om besøket søndag", "as first
    # reported by Reuters on Sunday"): the date is the report's, not the event's.
    # ``news_outlets``: names; ``media_reports``: what they do ("meldte", "reported");
    # ``media_passives``: the passive before the outlet ("was first reported by").
    news_outlets: tuple[str, ...] = ()
    media_reports: tuple[str, ...] = ()
    media_passives: tuple[str, ...] = ()
    # "there", "det": "There was a coup in 1990" tells that something took place
    existential_subjects: tuple[str, ...] = ()
    habit_comparisons: tuple[str, ...] = ()
    # "before the end of June", "før utgangen av juni": a deadline ahead, like "by"
    end_deadlines: tuple[str, ...] = ()
    participle_endings: tuple[str, ...] = ()
    # The perfect participle's marker and the finite verb a title tells it with:
    # "having conducted negotiations" -> "(The Governments) had conducted negotiations".
    perfect_marker: str = ""
    perfect_finite: str = ""
    participles: frozenset[str] = frozenset()
    clock_marks: tuple[str, ...] = ()
    counter_words: tuple[str, ...] = ()  # "Read: 677", "Lest: 1 234": a page's counter
    phone_words: tuple[str, ...] = ()  # "telefon", "tlf.": a number after them is a phone's
    # A subject pronoun that stands for a noun phrase told before (bokmål "de", "den",
    # "det"), and the endings of the nouns it agrees with ("den": "avtalen"; "de":
    # "partene"); "de" also stands for names joined by a coordinator ("Huitfeldt og
    # Lavrov"). The longest ending decides: "partene" is plural, not "-en".
    referring_pronouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Participles that tell an event was held ("ble gjennomført", "vil bli avholdt"): a
    # pronoun they are told of stands for an event noun (``reference_nouns``) told before.
    event_predicates: tuple[str, ...] = ()
    passive_auxiliaries: tuple[str, ...] = ()  # "ble", "blir", "bli": "ble vedtatt"
    present_endings: tuple[str, ...] = ()  # "trer", "reiser": a present form after a pronoun
    # A coordinator and a complementiser that join a second complement clause ("og at"):
    # in a title without the words that took the first, the second is a main clause.
    second_complements: tuple[str, ...] = ()
    # The s-passive ("drøftes", "undertegnes"): after it, the subject keeps its attachment
    # ("drøftes samarbeid om klima" -> "Samarbeid om klima drøftes"), but for one that
    # names the doer ("av"); deponents end as passives do and are active ("møtes").
    passive_endings: tuple[str, ...] = ()
    agent_prepositions: tuple[str, ...] = ()
    deponents: frozenset[str] = frozenset()
    # Words with a past ending that are no verbs: ordinals and superlatives ("første",
    # "siste", "største" end as "reiste" does).
    not_past_forms: frozenset[str] = frozenset()
    gazetteer: Gazetteer = field(default_factory=Gazetteer)
    holidays: dict[str, str] = field(default_factory=dict)  # "julaften" -> "christmas_eve"
    nth_words: dict[str, int] = field(default_factory=dict)  # "siste" -> -1, "første" -> 1
    clock_words: dict[str, tuple[int, int]] = field(default_factory=dict)  # "noon" -> (12, 0)
    unit_factors: dict[str, float] = field(default_factory=dict)  # "fortnight" -> 2 (weeks)
    # Numeric dates: True = day first ("31.10.1974"); None = no convention, the numbers or
    # the document must tell ("4/25/2019" is April, "3/4/2015" stays open).
    day_first: bool | None = True
    decimal_marks: str = ".,"  # "2,5 timer"; English writes "1,500" for a thousand and more
    and_a_half: tuple[str, ...] = ()  # "to og en halv", "two and a half": + 0.5
    clock_joiners: tuple[str, ...] = ()  # "Thursday at 3 pm", "kl. 10 på fredag"
    # Rules whose matches show the document's date order (True = day first): English
    # "25 April" against "April 25". Keys are rule names; a test checks they exist.
    date_order_rules: dict[str, bool] = field(default_factory=dict)
    # Words before "in five years" that make it a span, not a date ahead: "the first time
    # in", "the lowest level in".
    duration_cues: frozenset[str] = frozenset()
    # Words before an amount that set a TIMEX3 mod and join the span: "almost two years",
    # "nesten to år", "at least 30 days". "" widens the span only ("a mere").
    amount_mods: dict[str, str] = field(default_factory=dict)
    # Holidays of one nation: after a possessive or a proper adjective they are another
    # country's ("Ukraine's Independence Day") and are not read.
    national_holidays: frozenset[str] = frozenset()
    # Relation words that name a year ("i fjor høst": the autumn of last year), where
    # others count the unit itself ("last autumn": the latest autumn before this one).
    year_relations: frozenset[str] = frozenset()
    # Direction words TimeML treats as a signal outside the expression: "[two weeks]
    # later" is a DURATION in the TIMEX3 view (see ``timeline.timexes``).
    signal_directions: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = sorted(set(self.event_types) - set(EVENT_TYPES))
        if unknown:  # a contributor's typo would otherwise be a type no label or colour knows
            raise ValueError(f"{self.code}: event types {unknown} are not in types.EVENT_TYPES")

    # --- lookups -----------------------------------------------------------
    def month(self, word: str) -> int | None:
        w = _key(word).rstrip(".")
        if w.isdigit():
            n = int(w)
            return n if 1 <= n <= 12 else None
        return self.months.get(w)

    def weekday(self, word: str) -> int | None:
        return self.weekdays.get(_key(word))

    def season(self, word: str) -> str | None:
        return self.seasons.get(_key(word))

    def unit(self, word: str) -> Grain | None:
        return self.units.get(_key(word))

    def number(self, word: str) -> float | None:
        w = _key(word).rstrip(".")
        w = re.sub(r"(?<=\d)(st|nd|rd|th)$", "", w)
        if w.isdigit():
            return int(w)
        for half in self.and_a_half:  # "two and a half", "to og en halv"
            if w.endswith(" " + half):
                whole = self.number(w[: -len(half) - 1])
                return None if whole is None else whole + 0.5
        m = _FRACTION.fullmatch(w)
        if m:  # "2 1/2", "2½", "1/2"
            return int(m["whole"] or 0) + 0.5
        m = _DECIMAL.fullmatch(w)
        if m and m["mark"] in self.decimal_marks:  # "2,5", "1.5"
            return float(f"{m['int']}.{m['frac']}")
        return self.numbers.get(w)

    def holiday(self, word: str) -> str | None:
        return self.holidays.get(_key(word))

    def nth(self, word: str) -> int | None:
        return self.nth_words.get(_key(word))

    def unit_factor(self, word: str) -> float:
        return self.unit_factors.get(_key(word), 1)

    def relation(self, word: str) -> int:
        return self.relations.get(_key(word), 0)

    def direction(self, word: str) -> int:
        return self.directions.get(_key(word), 1)

    def era(self, word: str) -> int:
        return self.eras.get(_key(word).replace(" ", ""), 1)

    def deictic(self, word: str) -> Meaning | None:
        return self.deictics.get(_key(word))

    def ref(self, word: str) -> str | None:
        return self.refs.get(_key(word))

    def decade_word(self, word: str) -> int | None:
        return self.decade_words.get(_key(word))

    def part_of_day(self, word: str) -> str | None:
        return self.parts_of_day.get(_key(word))

    def part(self, words: str) -> str | None:
        return self.part_words.get(_key(words))

    def rule_names(self) -> list[str]:
        return [r.name for r in self.rules]
