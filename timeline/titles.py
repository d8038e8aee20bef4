"""Titles: the clause a date belongs to, made into a short who-did-what line in the
source language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .actors import ActorMention
from .cues import any_word, patterns
from .lang.base import Lang
from .rules import caseless_alternation

__all__ = ["Titles", "clean", "finite", "is_source", "speech_tag", "make_title", "quoted", "reporting_speaker", "shorten"]

# A title longer than _WHOLE_WORDS words is cut to at most _TITLE_WORDS, and to no
# fewer than _CUT_MIN: a whole clause of 17 words reads better than one cut at 14.
_TITLE_WORDS = 14
_WHOLE_WORDS = 17
_CUT_MIN = 6
# A cut where a clause opens keeps at least this many words ("X said …" tells nothing).
_CLAUSE_MIN = 8
_DASHES = frozenset("–—-")
# How far before its clause a title may read: the noun a relative clause opening the
# clause refers to ("..., som ledet fram til ...": see _relative_clause).
_HEAD_REACH = 80


_EMPTY_PARENS = re.compile(r"\(\s*\)")
_TRAILING_PREPOSITION = re.compile(r"(?:\b(?:i|på|fra|til|in|on|at|from)\s*)$", re.IGNORECASE)


def clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:–—-.")
    if "(" in text:
        text = " ".join(_EMPTY_PARENS.sub("", text).split())
    return text.strip()


def shorten(text: str, lang: Lang) -> str:
    """A title of at most ``_WHOLE_WORDS`` words as it is; a longer one made shorter as
    a headline is, and cut only when that is not enough.

    First it loses what a headline does without: the titles before names, short
    brackets, appositions, a long subject's second attachment (``_short_subject``), and
    the part after its core clause (``_core_clause``: "when ...", "to discuss ...", ",
    which ..."). A title still too long is cut where a phrase ends, and marked with " …"
    as cut; one cut before (its subject put before it) stays marked.

    The cut is the last place within ``_TITLE_WORDS`` words where a new clause or list
    item opens (after a comma, semicolon or colon; before "som", "når", "which", or
    "og"/"and" when no name follows it: "… Sigmar Gabriel og lederen for" keeps
    "Clinton og Støre" whole), else the word limit. Either way the title does not end
    on a word that needs more after it: a preposition, a determiner, an auxiliary, a
    conjunction ("konferanse om global …" and "the Personal …" read as cut mid-phrase)."""
    was_cut = text.endswith(" …")  # a cut title with a subject put before it
    if was_cut:
        text = text[:-2]
    words = text.split()
    if len(words) > _WHOLE_WORDS:
        text = _without_asides(_without_person_titles(text, lang), lang)  # as headlines do
        words = text.split()
    if len(words) > _WHOLE_WORDS:
        words = _short_subject(words, lang)
        text = " ".join(words)
    if len(words) > _WHOLE_WORDS:
        core = _core_clause(words, lang)
        if core:  # a whole clause, shorter: nothing cut from it
            text, words = " ".join(core), core
    if len(words) > _WHOLE_WORDS:
        verb = next((i for i, w in enumerate(words) if _verb(w, lang)), len(words))
        # a late verb stays in: "The Governments of the United States of America and
        # the German Democratic Republic have agreed to establish diplomatic relations …"
        limit = _WHOLE_WORDS if _TITLE_WORDS - 3 <= verb < _WHOLE_WORDS - 2 else _TITLE_WORDS
        text = " ".join(words[:_cut(words, lang, limit)]).rstrip(",;:–—- ") + " …"
    elif was_cut:
        text += " …"
    return text[:1].upper() + text[1:]


# A core clause keeps at least this many words ("high level meetings were cut off").
_CORE_MIN = 4
# "and the task of the Foreign Ministers was ...": how far after "and" a clause's verb is.
_COORDINATED_REACH = 7


def _core_clause(words: Sequence[str], lang: Lang) -> list[str]:
    """The longest head of ``words`` of at most ``_WHOLE_WORDS`` words that is a whole
    clause, its subject and verb and what they need, without the part after it that a
    headline does without: a subordinate clause or a time adjunct ("... were cut off |
    when it became known ..."), a purpose ("met with the ambassador | to discuss ..."),
    a second clause after "and" ("have submitted preliminary reports | and the task of
    the Foreign Ministers was ..."), a relative clause or a gerund after a comma, a cause
    told by a gerund ("for attempting ..."). [] when there is none."""
    _, ends = _phrase_words(lang)
    for i in range(min(_WHOLE_WORDS, len(words) - 1), _CORE_MIN - 1, -1):
        head = words[:i]
        if len(head) > _CORE_MIN and head[-1].lower() in lang.tail_modifiers:
            head = head[:-1]  # "... for two more weeks [even] after ...", "[just] before"
        if _opens_tail(words, i, lang) and \
                head[-1].lower().strip(",;:") not in ends and \
                any(_verb(w, lang) for w in head[1:]):
            return [*head[:-1], head[-1].rstrip(",;:–—-")]
    return []


def _verb(word: str, lang: Lang) -> bool:
    """A finite verb in lower case, as inside a clause."""
    w = word.lower().strip(",.;:")
    return word[:1].islower() and (finite(w, lang) or w in lang.auxiliaries or
                                   w in lang.present_verbs)


@lru_cache(maxsize=8)
def _title_tails(lang: Lang) -> tuple[tuple[int, frozenset[str]], ...]:
    """The language's title tails by their number of words: one set lookup for each
    length, not a join and a comparison for each tail."""
    by_length: dict[int, set[str]] = {}
    for t in lang.title_tails:
        by_length.setdefault(t.count(" ") + 1, set()).add(t)
    return tuple((n, frozenset(ts)) for n, ts in sorted(by_length.items()))


def _opens_tail(words: Sequence[str], i: int, lang: Lang) -> bool:
    """Whether ``words[i]`` opens a part a long title can do without (see
    ``_core_clause``)."""
    word = words[i].lower()
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if not words[i][:1].islower():
        return False
    if any(" ".join(words[i:i + n]).lower() in tails for n, tails in _title_tails(lang)):
        return True
    if words[i - 1].endswith(",") and (word in lang.relative_pronouns or (
            bool(lang.gerund_ending) and word.endswith(lang.gerund_ending))):
        return True  # ", which ...", ", som ...", ", paving the way for ..."
    if word in lang.gerund_tail_prepositions and words[i + 1][:1].islower() and \
            nxt.endswith(lang.gerund_ending) and len(nxt) > 5 and \
            not _verb_or_adjective(words[i - 1].lower().strip(",;:"), lang):
        return True  # "for attempting to isolate ...", not "wanted for questioning"
    if word == lang.purpose_marker:
        return _purpose(words, i, lang)
    if word in lang.coordinators and nxt:
        # not "and expressed the hope": a second act of the subject is an event of its
        # own (events._Reader._second_predicate), told by the title in full
        if nxt in lang.infinitive_markers or nxt in lang.complementisers:
            return True  # "and to hold another round", "og at samtalene ..."
        if nxt in lang.determiners and words[i + 1][:1].islower():
            # "and the task of the Foreign Ministers was ...": a clause of its own
            reach = words[i + 2:i + 2 + _COORDINATED_REACH]
            stop = next((k for k, w in enumerate(reach) if w.lower() in lang.coordinators
                         or w.lower() in lang.relative_pronouns
                         or w.lower() in lang.complementisers or w.endswith(",")),
                        len(reach))  # "and a Libyan who were questioned": one noun phrase
            return any(_verb(w, lang) for w in reach[:stop])
    return False


def _purpose(words: Sequence[str], i: int, lang: Lang) -> bool:
    """Whether the language's purpose marker ``words[i]`` opens a purpose ("met the
    ambassador to discuss ...", "visited Berlin to sign ..."): a verb news tells a
    purpose with follows it (``purpose_verbs``), and it follows a noun or an adverb, not
    a verb, an adjective or a noun that takes it ("agreed to", "is now to", "possible
    to", "the right to", "to continue to work")."""
    if i + 1 >= len(words) or words[i + 1] not in lang.purpose_verbs:
        return False
    before = words[i - 1].lower().strip(",;:")
    if before in lang.infinitive_takers or words[i - 2].lower() in lang.infinitive_markers \
            or words[i - 2].lower() in lang.auxiliaries:
        return False
    if words[i - 1][:1].isupper():
        return True  # a name: "visited Berlin to continue ..."
    return not _verb_or_adjective(before, lang)


def _verb_or_adjective(word: str, lang: Lang) -> bool:
    """A word a verb phrase or an adjective ends on, which may take what follows it:
    "agreed (to)", "is (to)", "wanted (for questioning)", "possible (to)"."""
    return finite(word, lang) or word in lang.auxiliaries or word in lang.prepositions or \
        word.endswith(lang.adjective_endings) or word in lang.participles or \
        word.endswith(lang.participle_endings) or \
        (bool(lang.gerund_ending) and word.endswith(lang.gerund_ending))


# A short bracket ("(G7)", "(Ap)", "(ACT)") and an apposition between commas after a name
# (", Foreign Minister of Armenia,", ", the Deputy Minister for Foreign Affairs,").
_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
_APPOSITION = re.compile(r"(?<=[A-ZÆØÅa-zæøå]),\s+((?:[A-ZÆØÅ]|the\s|a\s|an\s)[^,]{2,60}),(?=\s)")


def _without_asides(text: str, lang: Lang) -> str:
    """A long title without its short brackets and the appositions after its names:
    'Edward Nalbandian, Foreign Minister of Armenia, met ...' -> 'Edward Nalbandian met'.
    An apposition is dropped only when it has no finite verb and follows a capitalised
    word."""
    text = _BRACKET.sub("", text)

    def drop(m: re.Match[str]) -> str:
        before = text[:m.start()].split()[-1:]
        inner = m.group(1).split()
        if not before or not before[0][:1].isupper() or not 2 <= len(inner) <= 10 or \
                all(w[:1].isupper() for w in inner) or \
                any(finite(w, lang) for w in inner if w[:1].islower()):
            return m.group()
        return ""

    return clean(_APPOSITION.sub(drop, text))


@lru_cache(maxsize=8)
def _person_title(lang: Lang) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """A person's title before a name, and the words after which such a title opens its
    phrase (a preposition, a conjunction, a verb)."""
    titles = lang.gazetteer.titles
    if not titles:
        return None
    opens = frozenset({*lang.prepositions, *lang.coordinators, *lang.complementisers,
                       *lang.finite_verbs, *lang.report_verbs, *lang.present_verbs})
    return re.compile(rf"(?<![\w-])(?:{caseless_alternation(titles)})\s+(?=(?-i:[A-ZÆØÅ]))",
                      re.IGNORECASE), opens


def _without_person_titles(text: str, lang: Lang) -> str:
    """'Utenriksminister Clinton vil sammen med utenriksminister Støre delta ...' ->
    'Clinton vil sammen med Støre delta ...': a person's title before their name, where
    it opens its phrase (at the start, or after a preposition, a conjunction or a verb);
    'USAs utenriksminister', 'daværende utenriksminister', 'former President' stay."""
    compiled = _person_title(lang)
    if compiled is None:
        return text
    pattern, opens = compiled

    def bare(m: re.Match[str]) -> str:
        before = text[:m.start()].split()[-1:]
        return "" if not before or before[0].endswith((",", ":")) or \
            before[0].lower() in opens else m.group()

    return clean(pattern.sub(bare, text))


# An attachment dropped from a long subject is at most this long.
_ATTACHMENT_WORDS = 8


def _short_subject(words: list[str], lang: Lang) -> list[str]:
    """A long title whose subject is long, the subject with its first attachment only:
    'Negotiations between the United States and the
    GDR [on the establishment of relations] commenced in Washington'. An attachment
    opens with a preposition that joins a noun's complement ("mellom", "of", "on"; not
    "to", "for", which follow verbs: "The boy clung to an inner tube for two days and
    was ..."); one inside a name ('the United States of America') is none."""
    verb = next((i for i, w in enumerate(words) if _verb(w, lang)), len(words))
    if verb < _CLAUSE_MIN or verb >= len(words) or words[0].lower() in lang.prepositions:
        return words  # "during the summit of ... in Minsk the Foreign Minister ...": no subject
    attachments = [i for i in range(1, verb - 1) if words[i] in lang.np_complements and not (
        words[i] in lang.name_year_prepositions and words[i - 1][:1].isupper() and
        words[i + 1][:1].isupper())]
    if len(attachments) < 2 or any(w.endswith((",", ":", ";")) for w in words[:verb]):
        return words
    between = words[attachments[0] + 1:attachments[1] + 1]
    if any(w.lower() in lang.coordinators and nxt.lower() not in lang.determiners and
           nxt[:1].islower() for w, nxt in zip(between, between[1:], strict=False)):
        return words  # "dominert av kommunister og kontrollert fra Moskva": one modifier
    cut = attachments[1]
    dropped = [w.lower() for w in words[cut + 1:verb]]
    clause_words = {*lang.infinitive_markers, *lang.relative_pronouns, *lang.complementisers,
                    *lang.subordinators}
    if not dropped or len(dropped) > _ATTACHMENT_WORDS or finite(dropped[0], lang) or \
            (bool(lang.gerund_ending) and dropped[0].endswith(lang.gerund_ending)) or \
            any(w in clause_words for w in dropped):
        return words  # "by promising to withdraw ...", "for legislation that would ...": a
        # clause, or a verb not known as one before it ("sought support on ...")
    return [*words[:cut], *words[verb:]]


def _cut(words: Sequence[str], lang: Lang, limit: int = _TITLE_WORDS) -> int:
    """How many of ``words`` (more than ``limit``) a shortened title keeps."""
    opens, ends = _phrase_words(lang)
    keep = limit
    for i in range(limit, _CLAUSE_MIN - 1, -1):
        word = words[i].lower()
        if (words[i - 1].endswith((",", ";", ":")) and not _in_name_list(words, i, lang)) or \
                word in _DASHES or (
                word in opens and not (word in lang.coordinators
                                       and _joins_words(words[i + 1:i + 3], lang))):
            keep = i
            break
    if keep == limit:  # not inside a name: "... Co-Chairs and the Personal …"
        start = keep
        while start > _CUT_MIN and words[start - 1][:1].isupper() and words[start][:1].isupper():
            start -= 1
        if start < keep and words[start][:1].isupper():
            keep = start
    while keep > _CUT_MIN and words[keep - 1].lower().strip(",;:") in ends:
        keep -= 1
    return keep


def _in_name_list(words: Sequence[str], i: int, lang: Lang) -> bool:
    """Whether the comma before ``words[i]`` joins two names of a list ("Russia, Germany,
    France, and Ukraine")."""
    nxt = words[i + 1] if words[i].lower() in lang.coordinators and i + 1 < len(words) \
        else words[i]
    return words[i - 1].endswith(",") and words[i - 1][:1].isupper() and nxt[:1].isupper()


def _joins_words(after: Sequence[str], lang: Lang) -> bool:
    """Whether "og"/"and" before the words ``after`` joins two words of one phrase: two
    names ("Clinton og Støre", "the United States and the German Democratic Republic")
    or two adjectives ("central and eastern European")."""
    if len(after) > 1 and after[0].lower() in lang.determiners:
        after = after[1:]
    return bool(after) and (after[0][:1].isupper() or
                            after[0].lower().endswith(lang.adjective_endings))


@lru_cache(maxsize=8)
def _phrase_words(lang: Lang) -> tuple[frozenset[str], frozenset[str]]:
    """The language's words that open a clause, and the words a phrase cannot end on."""
    # not "at"/"that": after "sa at" / "said that" comes what was said, the news
    opens = frozenset(w for w in (*lang.clause_breaks, *lang.subordinators,
                                  *lang.relative_pronouns, *lang.coordinators)
                      if " " not in w and w not in lang.complementisers)
    ends = opens | frozenset((*lang.prepositions, *lang.determiners, *lang.articles,
                              *lang.auxiliaries, *lang.subject_pronouns,
                              *lang.infinitive_markers, *lang.complementisers))
    return opens, ends


def _replace_subject(title: str, lang: Lang, state: str) -> str:
    """'landet' (the country) stands for the state named last: say which."""
    low = title.lower()
    if not state or patterns(lang).state_pronoun_in.search(low) is None:
        return title
    states = patterns(lang).pronouns.get("state")
    return states.sub(state, title) if states is not None else title


def make_title(text: str, clause: tuple[int, int], timex: tuple[int, int], lang: Lang,
               state: str, actors: list[ActorMention], person: str = "",
               others: Sequence[tuple[int, int]] = (), order: str = "") -> str:
    """The title of the event dated by ``timex`` in ``clause`` (see ``_made_title``), its
    pronoun subject ("de", "den") said as the noun phrase it stands for
    (``_referred``)."""
    title = _made_title(text, clause, timex, lang, state, actors, person, others, order)
    if lang.referring_pronouns and title.split(" ", 1)[0].lower() in lang.referring_pronouns:
        title = _referred(title, text, clause[0], lang)
    elif order != "subject":
        title = _lead_subject(title, text, clause, timex, lang)
    if order != "subject":
        title = _placed_act(title, text, clause, lang)
    return title


# The main clause a bare place's title takes has its verb within this many words.
_ACT_VERB_WORDS = 6


def _placed_act(title: str, text: str, clause: tuple[int, int], lang: Lang) -> str:
    """A title that is only where something happened ("At the Paris Conference of
    Foreign Ministers", "At the summit"), told with what happened there: the main
    clause the phrase is fronted before ("At last year's summit, | Trump and Kim signed
    a joint agreement"), or, when it is one of a list of places joined to its verb, the
    subject and verb the sentence opened with ("The ministers met ... and in 1946 | at
    the Paris Conference" -> "The ministers met at the Paris Conference"). The verb
    comes within ``_ACT_VERB_WORDS`` words, with no comma
    before it. Any other title stays as it is."""
    words = title.split()
    if len(words) < 2 or words[0].lower() not in lang.place_prepositions or \
            any(_verb(w, lang) for w in words[1:]):
        return title
    a, b = clause
    ends = [m.start() for m in _SENTENCE_END.finditer(text, b, min(len(text), b + 600))]
    rest = text[b:ends[0] + 1 if ends else min(len(text), b + 600)].split("\n", 1)[0]
    if rest.lstrip().startswith(","):
        main = rest.lstrip()[1:].split()
        at = next((i for i, w in enumerate(main[:_ACT_VERB_WORDS]) if i and _verb(w, lang)), 0)
        if at and (main[0][:1].isupper() or main[0].lower() in lang.determiners) and \
                not any(w.endswith((",", ";", ":")) for w in main[:at]) and \
                main[0].lower() not in lang.subject_pronouns:
            told = clean(" ".join(main))
            return shorten(told[:1].upper() + told[1:], lang)
        return title
    lo = max(0, a - _REFERENT_REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, a) if m.end() <= a]
    if not starts and lo > 0:
        return title
    lead = text[starts[-1] if starts else lo:a].split()
    at = next((i for i, w in enumerate(lead[:_ACT_VERB_WORDS]) if i and _verb(w, lang)), 0)
    if not at or any(w.endswith((",", ";", ":")) for w in lead[:at + 1]) or \
            (lead[-1].lower() not in lang.coordinators and
             text[a:b].split()[0].lower() not in lang.coordinators) or \
            "\n" in text[starts[-1] if starts else lo:a] or \
            lead[0].lower() in {*lang.prepositions, *lang.adjunct_openers,
                                *lang.subject_pronouns, *lang.subordinators} or \
            lead[at].lower() in {*lang.auxiliaries, *lang.copulas, *lang.be_forms}:
        return title
    told = " ".join([*lead[:at + 1], title[:1].lower() + title[1:]])
    return shorten(told[:1].upper() + told[1:], lang)


# A subject taken from before a clause is at most this long.
_LEAD_SUBJECT_WORDS = 10
# "Mr. M. Dirk Wouters": a short capitalised word and a point end no sentence.
_ABBREVIATION = re.compile(r"(?<![\w.])[A-Z][a-z]{0,2}\.$")
_NAME_RUN = re.compile(r"(?:[A-ZÆØÅ][\w.’'-]*\s+)+(?:[A-ZÆØÅ0-9][\w.’'-]*)$")


def _lead_subject(title: str, text: str, clause: tuple[int, int], timex: tuple[int, int],
                  lang: Lang) -> str:
    """A title that opens with its clause's verb, the clause's subject before it in the
    sentence, says that subject: "However, the North's chief delegate, Kim Kye Gwan, |
    told reporters ..." -> "The North's chief delegate told reporters ..."; "Pak spoke
    after the vote and | criticized ..." -> "Pak criticized ..."; a participle between
    commas after a noun is that noun's passive ("The resulting agreement, | signed by
    the leaders on Sept. 17, | combines ..." -> "The resulting agreement was signed by
    the leaders"). The subject is the sentence's words before the clause, without the
    ``linking_adverbs`` set off by commas and the appositions after the first; it has no
    verb and opens with no preposition. Any other title stays as it is."""
    a, b = clause
    head = title.split(None, 1)[:1]
    if not head:
        return title
    # the title may open after the clause's date: "after the vote and | criticized ..."
    opens = re.search(rf"(?<![\w-]){re.escape(head[0].lower())}(?![\w-])", text[a:b])
    a = a + opens.start() if opens else a
    first = text[a:b].split(None, 1)[:1]
    if not first or not first[0][:1].islower() or \
            head[0].lower() != first[0].lower() or \
            _verb_then_name(title[:1].lower() + title[1:], lang):
        return title
    lo = max(0, a - _REFERENT_REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, a) if m.end() <= a and
              not _ABBREVIATION.search(text, max(0, m.start() - 4), m.start() + 1)]
    if not starts and lo > 0:
        return title
    lead = text[starts[-1] if starts else lo:a].strip(" –—-\"«»“”")
    if "\n" in lead or not lead:
        return title
    word = first[0].lower().strip(",;:")
    nxt = text[a:b].split()[1:2]
    aside = text[b:b + 2].lstrip()[:1] == ","
    participle = _participle(first[0], lang) or (
        bool(lang.participle_endings) and word.endswith(lang.participle_endings) and
        not _verb(first[0], lang) and len(word) > 4 and
        not (bool(lang.gerund_ending) and word.endswith(lang.gerund_ending)))
    dated = a <= timex[0] and timex[1] <= b and timex[1] > timex[0]
    if lead.endswith(",") and lead.count(",") == 1 and aside and participle and dated and \
            nxt and nxt[0].lower() in lang.prepositions and all(lang.passive_be) and \
            not any(w.lower() in lang.complementisers for w in text[a:b].split()):
        # (an aside with its own date: "signed ... on Sept. 17", "enacted in 1967"; the
        # noun before it opens the sentence: not "..., or 5 cents a share, compared with")
        # "The resulting agreement, signed by ...,": the noun before the comma is done to
        segment = lead[:-1].rsplit(",", 1)[-1].split()
        named = _NAME_RUN.search(" ".join(segment))  # "Resolution 242": a number ends it
        whole = segment and len(segment) <= _LEAD_SUBJECT_WORDS and \
            (segment[0][:1].isupper() or segment[0].lower() in lang.determiners) and \
            not _participle(segment[0].lower(), lang) and \
            segment[0].lower() not in lang.prepositions
        noun = " ".join(segment) if whole else _antecedent(" ".join(segment), lang) or (
            named.group() if named and len(named.group().split()) > 1 else "")
        if noun.lower() in lang.linking_adverbs or \
                any(w.lower() in lang.units for w in noun.split()) or noun.split()[:1] and \
                noun.split()[0].lower() in {*lang.prepositions, *lang.date_prepositions}:
            return title  # "However, cited by ...": no noun before it
        if not noun or any(_verb(w, lang) for w in noun.split()[1:]):
            return title
        be = lang.passive_be[_plural(noun.split()[-1].lower(), lang)]
        return shorten(f"{noun[:1].upper()}{noun[1:]} {be} {title[:1].lower()}{title[1:]}",
                       lang)
    present = bool(lang.present_endings) and word.endswith(lang.present_endings) and \
        len(word) > 3 and word not in lang.prepositions and lead.endswith(",") and \
        not any(_verb(w, lang) for w in text[a:b].split()[1:4]) and \
        len(title.split()) > 1 and not word.endswith("ss") and \
        not any(s.lower().split()[:1] and s.lower().split()[0] in lang.clause_breaks
                for s in lead.split(","))  # "agreements were", "But on April 8, investigators"
    if not (_verb(first[0], lang) or present) or \
            word in lang.auxiliaries and not lead.endswith(","):
        return title
    if any(_verb(w, lang) for w in title.split()[1:2]):
        return title  # "og bildet blir navngitt": a subject of its own, then its verb
    words = lead.split()
    if words[-1].lower() in lang.coordinators:
        # "Pak spoke after the vote and criticized ...": the subject of the first verb
        at = next((i for i, w in enumerate(words) if i and _verb(w, lang)), 0)
        subject = words[:at]
    elif lead.endswith(",") and not lang.verb_second and not (
            word in lang.report_verbs and nxt and
            (nxt[0][:1].isupper() or nxt[0].lower() in lang.determiners)):
        # (in a verb-second language the subject follows a verb after a comma: "...,
        # skriver NTB"; so it does after a report verb: "..., said the minister")
        segments = [s.strip() for s in lead.split(",")]
        segments = [s for s in segments if s and s.lower() not in lang.linking_adverbs]
        subject = segments[0].split() if segments else []
        if any(_verb(w, lang) or (w.islower() and w.endswith(lang.present_endings or "\0")
                                  and len(w) > 3 and w not in lang.prepositions)
               for s in segments for w in s.split()[1:]):
            return title  # "When the talks ended, told ...": a clause before, no subject
    else:
        return title
    if not subject or len(subject) > _LEAD_SUBJECT_WORDS or \
            subject[0].lower() in lang.prepositions or \
            subject[0].lower() in lang.adjunct_openers or \
            subject[0].lower() in lang.date_prepositions or \
            subject[0].lower() in lang.subordinators or \
            subject[0].lower() in lang.coordinators or \
            any(w.endswith((",", ";", ":")) for w in subject) or \
            any(_verb(w, lang) for w in subject[1:]) or \
            (len(subject) == 1 and subject[0].lower() in lang.subject_pronouns):
        return title
    said = " ".join(subject)
    if timex[1] > timex[0] and text[timex[0]:timex[1]] in said or \
            any(w.lower().strip(",") in lang.linking_adverbs or
                w.lower().strip(",") in lang.tail_modifiers or
                w.lower().strip(",") in lang.units for w in subject):
        return title  # "All week, elected officials": the date fronted, no subject
    return shorten(f"{said[:1].upper()}{said[1:]} {title[:1].lower()}{title[1:]}", lang)


def _made_title(text: str, clause: tuple[int, int], timex: tuple[int, int], lang: Lang,
                state: str, actors: list[ActorMention], person: str = "",
                others: Sequence[tuple[int, int]] = (), order: str = "") -> str:
    """The title of the event dated by ``timex`` in ``clause``: who did what, from the
    clause the date belongs to. ``state`` and ``person`` are the state and the person the
    text spoke of last, for 'landet', 'the country', 'han', 'she'. ``others`` are the
    other dates in the clause: "underskrev en avtale i 1977 og ikkespredningsavtalen i
    1985" gives 1977 the part before "og". ``order`` says what stands before a clause
    that opens with its verb: "fronted" (a date or a scene-setting clause: in a
    verb-second language the subject follows the verb, "..., presset USA på"),
    "subject" (its subject, said before: the verb stays first, "møtte Sergej Lavrov")."""
    pats = patterns(lang)
    a, b = clause
    dated = timex  # "torsdagens møte i Vladivostok" is still named by its noun phrase
    if _date_genitive(text, timex, lang):
        # "Onsdagens besøk blir ...": the date is its noun's determiner and stays in the
        # title as a word; the title is made as for a clause with no date in it.
        timex = (timex[0], timex[0])
    named = _dated_name(text[a:timex[0]], lang) if timex[1] > timex[0] else ""
    if named:
        return _finish(named, lang, state, person)
    b = _own_part(text, timex, b, others, lang)
    shared = _coordinated_part(text, a, timex, others, lang)
    if shared:
        return _finish(clean(f"{shared} {text[timex[1]:b]}"), lang, state, person)
    before = _without(text, a, timex[0], others, pats.dangling_preposition)
    after = _without(text, timex[1], b, others, pats.dangling_preposition)
    after = _without_zone(after, lang)
    if _GENITIVE_AFTER.match(after) and before.strip() and lang.definite_articles:
        # "part of Sunday's meeting": the date is the noun's determiner; "the" stands in
        after = f"{lang.definite_articles[0]} {after[2:].lstrip()}"
    elif _date_modifier(text[timex[0]:timex[1]], after, lang):
        # "in the 24 July poll": the date is the noun's modifier; the article stays
        after = f"{text[timex[0]:timex[1]].split()[0]} {after.lstrip()}"
    else:
        after = _GENITIVE_AFTER.sub(" ", after, count=1)
        # Drop a preposition left dangling before the date ("i", "in", "on").
        before = pats.dangling_preposition.sub("", before)
    if _fronted_with_date(before, after, lang):
        before, after = "", after.lstrip().lstrip(",")  # "Later that day, X was received"
    lead = pats.lead_connector.match(before)
    if lead and before[lead.end():].split()[:1] and \
            before[lead.end():].split()[0].lower() not in lang.determiners:
        before = before[lead.end():]  # "etter at landet trakk seg", not "Etter en mottakelse"
    reduced = _reduced_relative(before, after, lang) if not lang.verb_second else ""
    if reduced:  # "take stock of the measures approved at the summit in December 2019"
        return _finish(reduced, lang, state, person)
    # A relative clause first: "de Gaulle, who at a press conference on 14 January 1963
    # vetoed ..." is his veto, not the conference.
    relative = _relative_clause(text, a, before, after, lang) if order != "subject" else ""
    if relative:
        return _finish(relative, lang, state, person)
    np_title = _noun_phrase_title(text, clause, dated, lang)
    if np_title:
        return _finish(np_title, lang, state, person)
    before = pats.lead_clause_break.sub("", before)
    # Verb-second: a date, adverb or phrase fronted before the finite verb, which comes
    # right after it ("Sommeren 2008 ble ...", not "7. juni 1905, folkemengde ...").
    fronted = timex[1] > timex[0] and not before.strip() and _verb_next(text, timex[1], b, lang)
    if lang.verb_second and pats.fronted_adverb is not None:
        cut = pats.fronted_adverb.sub("", before, count=1)
        if cut != before:  # "Allerede i 2014 annekterte", "Så skal han ..."
            next_to = _verb_next(text, timex[1], b, lang) if not cut.strip() else \
                _VERB_NEXT.match(cut) is not None
            fronted = fronted or next_to
        before = cut
    if lang.verb_second and _fronted_adverbial(before, after, lang):
        before, fronted = "", True  # "I perioden gjennomførte Nord-Korea ..."
    elif lang.verb_second and not fronted:
        phrase = _fronted_phrase(before, lang)  # "Etter en mottakelse dro Solberg fredag"
        if phrase:
            before = before[phrase:]
            title = _subject_first(clean(f"{before} {after}"), text, (timex[1], timex[1]),
                                   [m for m in actors if m.start >= a + phrase], lang)
            return _finish(title, lang, state, person)
    title = clean(f"{before} {after}")
    if order == "subject":
        return _finish(title, lang, state, person)
    if lang.verb_second and order == "fronted" and not before.strip():
        title = _subject_first(title, text, (a, a), [m for m in actors if m.start >= a], lang)
    elif lang.verb_second and fronted:
        title = _subject_first(title, text, timex, actors, lang)
    elif lang.verb_second and _verb_then_name(title, lang):
        # What opened the clause was left out (another date, "Om kvelden"): the verb
        # comes first and a name after it ("reiser Clinton og Støre til Tromsø", "sa
        # Støre da han møtte pressen"); the name goes before the verb.
        title = _subject_first(title, text, (a, a), [m for m in actors if m.start >= a],
                               lang)
    return _finish(title, lang, state, person)


def _date_modifier(date: str, after: str, lang: Lang) -> bool:
    """Whether a date that opens with a definite article modifies the noun right after
    it ("the 24 July poll", "the 2015 deal"): a lower-case word follows, no verb,
    preposition, determiner, conjunction or adverb of time ("the 24 July poll", not "the
    next day ended", "the same day, he")."""
    words = date.split()
    nxt = after.split()[:1]
    if len(words) < 2 or not lang.definite_articles or not any(c.isdigit() for c in date) or \
            any(w.lower() in lang.units for w in words) or \
            words[0].lower() != lang.definite_articles[0] or not nxt or \
            after[:1] != " " or not nxt[0].strip(",.;:").isalpha() or not nxt[0].islower():
        return False
    w = nxt[0].strip(",.;:")
    if lang.present_endings and w.endswith(lang.present_endings):
        return False  # "the 1970s remains", "the quarter includes": a verb, or a plural
    return not (_verb(w, lang) or _participle(w, lang) or w in lang.prepositions or
                w in lang.date_prepositions or w in lang.determiners or
                w in lang.coordinators or w in lang.relative_pronouns or
                w in lang.complementisers or w in lang.stopwords or
                w in lang.tail_modifiers or w in lang.linking_adverbs or
                (bool(lang.gerund_ending) and w.endswith(lang.gerund_ending)))


def _fronted_with_date(before: str, after: str, lang: Lang) -> bool:
    """Whether the words before a date are only adverbs that front the sentence with it
    ("Later that day, ...", "Even before Monday the talks ..."): ``linking_adverbs`` and
    ``tail_modifiers``, then the date, then a comma or the subject (a capital or a
    determiner). Not "The talks later that day ..." (a subject before)."""
    words = before.lower().split()
    if not words or any(w not in lang.linking_adverbs and w not in lang.tail_modifiers
                        for w in words):
        return False
    rest = after.lstrip()
    nxt = rest.split(None, 1)[:1]
    return rest.startswith(",") or bool(nxt) and (
        nxt[0][:1].isupper() or nxt[0].lower() in lang.determiners)


# A name dated by "of <date>" has at least this many capitalised words.
_DATED_NAME_WORDS = 2


def _dated_name(before: str, lang: Lang) -> str:
    """The name a date right after it belongs to, joined by ``name_year_prepositions``
    ("in accordance with the Vienna Convention on Diplomatic Relations of April 18,
    1961": the convention is what the date tells, not the clause around it): the name,
    its small words between capitalised ones ("on", "of", "and") kept. '' when the date
    follows no such name."""
    words = before.split()
    if len(words) < 3 or words[-1].lower() not in lang.name_year_prepositions or \
            not words[-2][:1].isupper() or words[-2].endswith((",", ";", ":")):
        return ""
    k = len(words) - 1  # the name's words are words[k:-1]
    while k > 0 and (words[k - 1][:1].isupper() or (
            words[k - 1].lower() in lang.np_complements and k - 1 > 0 and
            words[k - 2][:1].isupper())) and not words[k - 1].endswith((",", ";", ":")):
        k -= 1
    name = words[k:-1]
    if sum(w[:1].isupper() for w in name) < _DATED_NAME_WORDS or k == 0 or \
            words[k - 1].lower() not in lang.articles:
        return ""  # "the Vienna Convention": a name after its article, inside a clause
    return " ".join(name)


def _without_zone(after: str, lang: Lang) -> str:
    """What follows a date without the time zone that belongs to it ("at noon Damascus
    time", "at 9 a.m. local time"): a place's name, then one of ``zone_words``."""
    words = after.split(" ")
    lead = len(words) - len(after.lstrip(" ").split(" "))
    k = lead
    while k < len(words) and words[k][:1].isupper():
        k += 1
    if k > lead and k < len(words) and words[k].strip(",;:.").lower() in lang.zone_words:
        rest = " ".join(words[k + 1:])
        return f"{words[k][len(words[k].rstrip(',;:.')):]} {rest}" if rest else \
            words[k][len(words[k].rstrip(",;:.")):]
    return after


def _date_genitive(text: str, timex: tuple[int, int], lang: Lang) -> bool:
    """Whether the date at ``timex`` is one genitive word before a noun of its clause
    ("Onsdagens besøk", "kommenterte gårsdagens møte"): ``date_genitive_endings``."""
    word = text[timex[0]:timex[1]]
    after = text[timex[1]:timex[1] + 2]
    return bool(lang.date_genitive_endings) and " " not in word.strip() and \
        word.lower().endswith(lang.date_genitive_endings) and \
        len(after) == 2 and after[0] == " " and after[1].islower()


def _verb_then_name(title: str, lang: Lang) -> bool:
    """Whether ``title`` opens with a finite verb, in lower case as inside a sentence,
    and its subject right after it: a capitalised name, a subject pronoun or a definite
    noun ("møtes utenriksministrene", "innførte EU"). The verb is one the language lists,
    or a long word with a past ending that no definite noun has ("innførte"; "-et" is
    no proof: "atomforskningssenteret Yongbyon")."""
    words = title.split()[:2]
    if len(words) < 2 or not words[0][:1].islower():
        return False
    second = words[1].lower().strip(",.;:")
    if not (words[1][:1].isupper() or second in lang.subject_pronouns or
            (len(second) > 5 and second.endswith(lang.definite_endings))):
        return False
    verb = words[0].lower()
    return verb in lang.finite_verbs or verb in lang.present_verbs or (
        len(verb) > 5 and verb.endswith(tuple(e for e in lang.past_endings
                                              if not e.endswith(lang.definite_endings))))


class Titles:
    """``make_title`` worked out once per distinct question in one text: a text dense
    with dates ("møttes 3. mai 2003, møttes 3. mai 2003, ...", a list of one kind of
    event) asks the same one over and over. ``make_title`` is a pure function of the text
    from ``_HEAD_REACH`` characters before the clause (or the date, if that comes first)
    to the clause's end, of where the clause, the date, the other dates and the actors
    stand in it, and of its other arguments: the key holds all of that, with offsets
    counted from where that stretch begins. One instance lives for one text only."""

    def __init__(self) -> None:
        self._made: dict[tuple[object, ...], str] = {}

    def make(self, text: str, clause: tuple[int, int], timex: tuple[int, int], lang: Lang,
             state: str, actors: list[ActorMention], person: str = "",
             others: Sequence[tuple[int, int]] = (), order: str = "") -> str:
        """What ``make_title`` returns for these arguments."""
        lo = max(0, min(clause[0], timex[0]) - _HEAD_REACH)
        if lang.referring_pronouns:  # a pronoun's referent may be in the sentence before
            lo = min(lo, max(0, clause[0] - _REFERENT_REACH))
        hi = max(clause[1], timex[1])
        key = (text[lo:hi], clause[0] - lo, clause[1] - lo, timex[0] - lo, timex[1] - lo,
               lang, state, person, tuple((a - lo, b - lo) for a, b in others),
               tuple(m.key(lo) for m in actors), order)
        title = self._made.get(key)
        if title is None:
            title = self._made[key] = make_title(text, clause, timex, lang, state, actors,
                                                  person, others, order)
        return title


def _own_part(text: str, timex: tuple[int, int], end: int,
              others: Sequence[tuple[int, int]], lang: Lang) -> int:
    """Where this date's part of the clause ends: before the coordinator that leads to
    the next date of the clause, if there is one."""
    later = [o for o in others if timex[1] <= o[0] < end]
    if not later or not lang.coordinators:
        return end
    stretch = text[timex[1]:min(later)[0]]
    joins = list(re.finditer(rf"\s(?:{'|'.join(map(re.escape, lang.coordinators))})\s",
                             stretch))
    # "i 1977 og ikkespredningsavtalen i 1985": the next date's own object, a few words
    tail = [w for w in stretch[joins[-1].end():].split()] if joins else []
    if tail and tail[-1].lower() in lang.date_prepositions:
        tail.pop()  # "and adopted the resolution in June"
    if not joins or len(tail) > _NEXT_OBJECT_WORDS:
        return end
    joined = stretch[:joins[-1].start()].split()[-1:]
    if joined and joined[0][:1].isupper() and tail[:1] and tail[0][:1].isupper():
        return end  # "from Germany, France and Ukraine in Berlin on August 17": two names
        # joined inside this date's part, not the next date's own object
    return timex[1] + joins[-1].start()


def _coordinated_part(text: str, a: int, timex: tuple[int, int],
                      others: Sequence[tuple[int, int]], lang: Lang) -> str:
    """The second of two coordinated parts with dates of their own: "Partene møttes i
    mai og undertegnet avtalen i juni" gives juni 'Partene undertegnet avtalen';
    "underskrev en avtale i 1977 og ikkespredningsavtalen i 1985" gives 1985 'Nord-Korea
    underskrev ikkespredningsavtalen'. '' when the date is not such a part."""
    earlier = [o for o in others if a <= o[0] and o[1] <= timex[0]]
    if not earlier or not lang.coordinators:
        return ""
    prev = max(earlier)
    mid = text[prev[1]:timex[0]].split()
    if mid and mid[-1].lower() in lang.date_prepositions:
        mid.pop()
    if len(mid) < 2 or mid[0].lower() not in lang.coordinators or len(mid) > 1 + _NEXT_OBJECT_WORDS:
        return ""
    part = mid[1:]
    head = text[a:prev[0]].split()
    if head and head[-1].lower() in lang.date_prepositions:
        head.pop()
    split = _subject_phrase(head, lang)
    if split is None or not split[1]:
        return ""
    subject, rest = split
    if finite(part[0], lang):
        return " ".join([subject, *part])  # "og undertegnet avtalen": the same subject
    verb = rest.split()[0]
    return " ".join([subject, verb, *part])  # "og ikkespredningsavtalen": the same verb


def _without(text: str, a: int, b: int, others: Sequence[tuple[int, int]],
             dangling: re.Pattern[str]) -> str:
    """text[a:b] without the other dates in it (and a preposition left before one)."""
    pieces, pos = [], a
    for o in sorted(others):
        if a <= o[0] and o[1] <= b:
            pieces.append(dangling.sub("", text[pos:o[0]]))
            pos = o[1]
    pieces.append(text[pos:b])
    return " ".join(pieces)


def _without_fronted_phrase(title: str, lang: Lang) -> str:
    """A title that opens with a phrase of occasion or place with no comma after it, the
    clause's subject after it opening with a determiner: "During the summit in Minsk the
    Foreign Minister of Belarus reported ..." -> "The Foreign Minister of Belarus
    reported ...". The phrase ends on a name (not "During the talks the ..."), has no
    verb, and a verb follows the subject. Any other title stays as it is."""
    words = title.split()
    first = words[0].lower() if words else ""
    # an opener and its noun's determiner ("During the talks", "In a statement"; not
    # "About 500 people", "To cement the gains")
    opener = (first in lang.adjunct_openers or first in lang.prepositions) and \
        first not in lang.infinitive_markers and len(words) > 1 and \
        words[1].lower() in lang.determiners
    if len(words) < 4 or lang.verb_second or not (
            opener or first in lang.determiners or
            first in lang.adjunct_openers or first in lang.prepositions):
        return title  # (a phrase after "after", which opens a clause, opens with "the")
    for k in range(2, len(words) - 1):
        w, prev = words[k], words[k - 1]
        if prev.endswith((",", ";", ":")):
            return title
        # the phrase ends on a name, on a noun after its opener ("During the talks the
        # delegates"), or on a participle whose date the title left out ("In a statement
        # issued [Monday] the ministry said ...")
        low = prev.lower()
        ends = prev.strip("\"'”’»)")[:1].isupper() or opener and (
            _participle(prev, lang) and k > 2 and words[k - 2].lower() not in
            {*lang.determiners, *lang.subject_pronouns, *lang.auxiliaries}) or (
            opener and prev.isalpha() and low not in lang.determiners and
            low not in lang.prepositions and low not in lang.coordinators and
            low not in lang.date_prepositions and not _verb(prev, lang))
        if ends and w.lower() in lang.determiners and w[:1].islower() and \
                w.lower() not in lang.complementisers and \
                prev.lower() not in lang.prepositions and \
                any(_verb(x, lang) for x in words[k + 1:]):
            rest = " ".join(words[k:])
            return rest[:1].upper() + rest[1:]
        if _verb(prev, lang):
            return title
    return title


def _finish(title: str, lang: Lang, state: str, person: str) -> str:
    title = quote_first(_disclosed(_debris(clean(title), lang), lang), lang)
    title = _without_fronted_phrase(title, lang)
    title = _replace_subject(title, lang, state)
    title = _replace_person(title, lang, person)
    if lang.second_complements:
        title = _second_complement(title, lang)
    return shorten(_reported(_close_quotes(clean(title)), lang), lang)


def _second_complement(title: str, lang: Lang) -> str:
    """'USA opphevet sine sanksjoner og at samtalene tok til igjen' (from 'Dette førte
    til at USA ... og at ...'): the title is the first of two complement clauses, told
    without the words that took them; the second is joined as a main clause ("og
    samtalene tok til igjen"). A title that keeps its own "at" or a reporting verb
    before ("sa at A og at B") stays."""
    low = f" {title.lower()} "
    for joined in lang.second_complements:
        at = low.find(f" {joined} ")
        if at < 0:
            continue
        before = low[:at + 1]
        report = patterns(lang).report
        if any(f" {c} " in before for c in lang.complementisers) or (
                report is not None and report.search(title, 0, at) is not None):
            return title
        coordinator = joined.split()[0]
        return f"{title[:at]} {coordinator} {title[at + len(joined) + 1:].lstrip()}".strip()
    return title


# Words that may stand between a reporting verb and "that": "said earlier that".
_REPORT_GAP = frozenset({"earlier", "later", "also", "again", "tidligere", "senere", "også",
                         "igjen", "nå", "now"})


def _reported(title: str, lang: Lang) -> str:
    """A title too long to keep whole that reports what someone said ("Russia's Foreign
    Ministry said earlier that Foreign Minister Sergei Lavrov could meet ...") is told as
    a headline does: "Russia's Foreign Ministry: Foreign Minister Sergei Lavrov could
    meet ...", so that less of what was said is cut."""
    words = title.split()
    if len(words) <= _WHOLE_WORDS:
        return title
    report = _statement(lang)
    verb = report.search(title, 0, 80) if report is not None else None
    if verb is None:
        return title
    named = title[:verb.start()].split()
    while named and named[-1].lower() in _REPORT_GAP:  # "Bush also said that"
        named.pop()
    speaker = " ".join(named)
    rest = title[verb.end():].split()
    while rest and rest[0].lower() in _REPORT_GAP:
        rest.pop(0)
    if not speaker[:1].isupper() or len(rest) < 3 or rest[0].lower() not in lang.complementisers:
        return title
    said = " ".join(rest[1:])
    return f"{speaker}: {said[:1].upper()}{said[1:]}"


@lru_cache(maxsize=8)
def _statement(lang: Lang) -> re.Pattern[str] | None:
    """A verb that reports what was said in a clause after it: the report verbs and
    ``statement_verbs`` ("confirmed that", "stressed that")."""
    verbs = {*lang.report_verbs, *lang.statement_verbs}
    return any_word(verbs) if verbs else None


def _disclosed(title: str, lang: Lang) -> str:
    """'På årsdagen for invasjonen ble det kjent at EU har vedtatt en ny pakke', 'it
    emerged that talks had resumed': what became known is the news and the title."""
    frame = patterns(lang).disclosure
    m = frame.search(title) if frame is not None else None
    if m is None or len(title[m.end():].split()) < 2:
        return title
    rest = title[m.end():]
    return rest[:1].upper() + rest[1:]


_QUOTE_PAIRS = (("“", "”"), ("«", "»"))


def _close_quotes(title: str) -> str:
    """A quote the clause cut before its end ('return “very soon') is closed."""
    for opening, closing in _QUOTE_PAIRS:
        if title.count(opening) > title.count(closing) and title.rfind(opening) > \
                title.rfind(closing):
            title = title.rstrip(" ,") + closing
    return title


# "Saturday's final meetings": the genitive of a date that the title leaves out.
_GENITIVE_AFTER = re.compile(r"^['’]s\s")
_PIPES = re.compile(r"\s*\|\s*")
_VERB_NEXT = re.compile(r"\s*[a-zæøå]")
_AFTER_COMMA = re.compile(r"\s*,\s*([a-zæøå]+)\b")
# The rest of a list of names after its first: ", Finland, Norge og Sverige", " og Storbritannia"
_COORDINATED_NAME = re.compile(r"(?:,\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*)*"
                               r"\s+(\w+)\s+[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)*")
_NEXT_OBJECT_WORDS = 3
_EMPTY_COMMAS = re.compile(r"(?:\s*,){2,}")
_BULLET = re.compile(r"^[\s•*·>–—-]+")
_BEFORE_CLOSING = re.compile(r"^[^()]*\)\s*[,;:–—-]*\s*")
_FOOTNOTE_MARKS = re.compile(r"[.]?(?:\[\d{1,3}\])+(?=\s|$)")
# "BISSAU, (IRIN) - ...": what a dateline leaves before the story.
# "(AP) -" and what is before it; "PARIS (UrduPoint News / Sputnik - ) " with no dash
_DATELINE_DEBRIS = re.compile(r"^[^()]{0,40}\([^()]{1,30}\)\s*[-–—_]+\s*"
                              r"|^[A-ZÆØÅ][A-ZÆØÅ .'/-]{1,40}\([^()]{1,60}\)\s*(?=[A-ZÆØÅ])")


# "NEW YORK — Iran will return ...": a wire dateline in capitals and a dash before a story.
_DATELINE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ .,'/-]{1,40}\s+[–—-]{1,2}\s+(?=\S)")


def _unglued(title: str, lang: Lang) -> str:
    """A page's label glued to the sentence after it, its determiner capitalised
    ("CommuniquéThe Permanent Council ...", "Background.The 12th Meeting ..."): the
    sentence alone."""
    first, _, rest = title.partition(" ")
    if not rest or not first[:1].isupper():
        return title
    for det in lang.determiners:
        cap = det[:1].upper() + det[1:]
        before = first[:-len(cap)]
        if first.endswith(cap) and len(before) > 2 and (before[-1].islower() or
                                                        before[-1] == "."):
            return f"{cap} {rest}"
    return title


def _debris(title: str, lang: Lang) -> str:
    """No table pipes, bullets, dateline leftovers, half parentheses, or a conjunction or
    preposition left hanging at either end."""
    # Each repair only where its mark is: most titles need none.
    if "|" in title:
        title = _PIPES.sub(" ", title).strip()
    if "," in title:
        title = _EMPTY_COMMAS.sub("", title)  # "søknaden, , hadde": a date between commas
    if title[:1] in "•*·>–—-" or title[:1].isspace():
        title = _BULLET.sub("", title)
    if "(" in title:
        title = _DATELINE_DEBRIS.sub("", title)
    if "[" in title:
        title = _FOOTNOTE_MARKS.sub("", title)  # "kunne anvendes.[3][4]": a wiki's notes
    if ")" in title and "(" not in title.split(")", 1)[0]:
        rest = _BEFORE_CLOSING.sub("", title, count=1)  # the clause began inside (...)
        title = rest if len(rest.split()) >= 2 else title.replace(")", "")
    title = _unglued(title, lang)
    words = title.split()
    if len(words) > 1 and words[-1].strip(".").lower() in lang.months and \
            words[-2].endswith(","):
        title = " ".join(words[:-1])  # "London, Sep": what is left of "1945, Sep"
    if title.count("(") > title.count(")"):
        title = title[:title.rfind("(")]  # "(3 July" cut off at the end
    # A preposition at the end may be a particle ("gikk av", "broke off"): kept.
    hanging = {*lang.coordinators, *lang.complementisers}
    words = title.split()
    while words and words[0].lower() in lang.coordinators:
        words.pop(0)
    while words and (words[-1].lower().strip(",;:") in hanging or words[-1] in {"-", "–", "—"}):
        words.pop()
    if len(words) > 2 and words[-1].lower() in lang.copulas:
        words.pop()  # "Det første norske besøket i Det hvite hus var [i 1942]"
    return " ".join(words).strip(" ,;:")


def _replace_person(title: str, lang: Lang, person: str) -> str:
    """'Han var med på forhandlingene' after Jan Egeland: say who."""
    if not person:
        return title
    first, _, rest = title.partition(" ")
    if rest and lang.pronouns.get(first.lower()) == "person":
        return f"{person} {rest}"
    return title


# How far back a pronoun's referent is looked for: the sentence before, or the clause
# fronted before its own ("Da meldingen ... kom til Norge, gav det ...").
_REFERENT_REACH = 400
_SENTENCE_END = re.compile(r"(?:[.!?]|\n)[»”\"')\]]*\s+(?=[–—\-«“\"(]?\s*[A-ZÆØÅ0-9])")
_REFERENT_WORDS = 5
# How far into a predicate its passive auxiliary may be ("vil etter undertegning bli").
_PASSIVE_REACH = 6


def _referred(title: str, text: str, a: int, lang: Lang) -> str:
    """'Den vil bli offentliggjort' after 'Avtalen vil ... bli forelagt Stortinget' is
    'Avtalen vil bli offentliggjort': a title whose subject is a pronoun that stands for a
    noun phrase (``referring_pronouns``: "de", "den", "det") says that phrase. It is the
    subject of the sentence before, in the same paragraph, when it agrees with the
    pronoun (the noun's ending: "avtalen" for "den", "partene" or "Huitfeldt og Lavrov"
    for "de"); after an event's predicate ("ble gjennomført") it is the last event noun
    of that sentence ("... til folkeavstemning. Den ble gjennomført"). Of a clause after
    a fronted when-clause ("Da meldingen om X kom til Norge, gav det støtet til ..."),
    "det" is what that clause tells, said by its subject. The title stays as it is when
    no phrase is clear."""
    pronoun, _, rest = title.partition(" ")
    low = pronoun.lower()
    verb = rest.split(" ", 1)[0]
    if not rest or not (_verb(verb, lang) or (
            len(verb) > 3 and verb.endswith(lang.present_endings) and verb.islower() and
            verb not in lang.prepositions)):
        return title  # "De to møtes", "Den norske regjeringen": a determiner
    lo = max(0, a - _REFERENT_REACH)
    starts = [m.end() for m in _SENTENCE_END.finditer(text, lo, min(len(text), a + 3))
              if m.end() <= a]
    own = starts[-1] if starts else lo
    if not starts and lo > 0:
        return title
    lead = text[own:a].strip(" –—-\"«»“”")
    if "," in lead:
        # the clause opens after another in its sentence: only a fronted when-clause;
        # a date or an adverb before it ("Mandag hadde de") opens the sentence with it
        words = lead.split()
        if low not in lang.expletives or words[0].lower() not in lang.when_openers or \
                rest.split(" ", 1)[0].lower() in {*lang.auxiliaries, *lang.be_forms}:
            return title  # "Da X kom, var det krig": "det" is no one
        referent = _subject_before_verb(words[1:], lang)
    else:
        if low in lang.expletives:
            return title  # "Det ble klart at ...": "det" may stand for no one
        before = text[starts[-2] if len(starts) > 1 else lo:own]
        if (len(starts) < 2 and lo > 0) or "\n\n" in before:
            return title  # no whole sentence before, or another paragraph's
        words = before.strip(" –—-\"«»“”").split()
        referent = _event_noun(words, lang) if any(
            w.lower().strip(",.;:") in lang.event_predicates for w in rest.split()[:4]) else ""
        if not referent:
            referent = _subject_before_verb(words, lang)
            told = " ".join(words[len(referent.split()):])
            if not referent or not _agrees(referent, low, lang) or (
                    _passive(rest, lang) and not _passive(told, lang)):
                return title  # "Kommisjonen la fram planen. Den ble vedtatt": what is
                # done is the thing done before, not its doer; which one, the ending
                # does not tell ("Avtalen vil bli forelagt ... Den vil bli offentliggjort":
                # the same role, the same subject)
    if not referent:
        return title
    return shorten(f"{referent[:1].upper()}{referent[1:]} {rest}", lang)


def _passive(predicate: str, lang: Lang) -> bool:
    """Whether a predicate opens in the passive: a passive auxiliary, then within two
    words a participle ("ble vedtatt", "vil bli offentliggjort"); not "ble enige", not
    "har møtt"."""
    words = [w.lower().strip(",.;:") for w in predicate.split()[:_PASSIVE_REACH]]
    return any(w in lang.passive_auxiliaries and any(
        p in lang.participles or (p.endswith(lang.participle_endings) and not _verb(p, lang))
        for p in words[i + 1:i + 3]) for i, w in enumerate(words))


def _subject_before_verb(words: Sequence[str], lang: Lang) -> str:
    """The words before the first finite verb of a clause, when they are a short noun
    phrase or names: its subject ("Huitfeldt og Lavrov", "Avtalen", "meldingen om
    Kieltraktaten"); '' when there is none."""
    at = next((i for i, w in enumerate(words) if i and _verb(w, lang)), 0)
    subject = [w.strip(",;:") for w in words[:at]]
    if not subject or len(subject) > _REFERENT_WORDS or \
            any(w.endswith((",", ";", ":")) for w in words[:at - 1]) or \
            subject[0].lower() in lang.prepositions or \
            subject[0].lower() in lang.subject_pronouns and len(subject) == 1 or \
            any(w.lower() in lang.sentence_adverbs for w in subject):
        return ""  # "I fjor reiste ...": a fronted phrase, no subject; "Han": no referent
    return " ".join(subject)


def _agrees(phrase: str, pronoun: str, lang: Lang) -> bool:
    """Whether a noun phrase agrees with a referring pronoun: its head noun ends as the
    pronoun's nouns do, the longest ending deciding ("partene": "de"; "avtalen":
    "den"); names joined by a coordinator are "de" ("Huitfeldt og Lavrov"). A phrase
    with an attachment ("avtalen mellom Norge og Russland") has its head before it."""
    words = phrase.split()
    if not words:
        return False
    if len(words) > 2 and all(w[:1].isupper() or w.lower() in lang.coordinators for w in words):
        # names joined: the plural pronoun, whose nouns have a plural ending
        return any(w.lower() in lang.coordinators for w in words) and \
            any(e in lang.plural_endings for e in lang.referring_pronouns.get(pronoun, ()))
    cut = next((i for i, w in enumerate(words) if i and w.lower() in lang.prepositions),
               len(words))
    head = words[cut - 1].lower()
    if cut > 1 and head[:1] and words[cut - 1][:1].isupper():
        return False  # a name: no ending tells its number
    best = max(((len(e), p) for p, endings in lang.referring_pronouns.items() for e in endings
                if head.endswith(e) and len(head) > len(e) + 2), default=(0, ""))
    return best[1] == pronoun


def _event_noun(words: Sequence[str], lang: Lang) -> str:
    """The last event noun of a sentence ("... sendte spørsmålet til folkeavstemning":
    "folkeavstemning"), with its determiner; '' when it has none."""
    nouns = patterns(lang).reference_noun_in
    for i in range(len(words) - 1, -1, -1):
        w = words[i].strip(",.;:")
        if w[:1].islower() and nouns.search(w.lower()) is not None and \
                not _verb(w, lang) and not w.endswith(lang.adjective_endings):
            det = words[i - 1] if i and words[i - 1].lower() in lang.determiners else ""
            return f"{det} {w}".strip()
    return ""


def _fronted_phrase(before: str, lang: Lang) -> int:
    """The length of a phrase opening ``before`` with a preposition and followed, within
    a few words, by a finite verb ("Etter en storslått mottakelse dro ..."); 0 if none."""
    words = before.split()
    if len(words) < 3 or words[0].lower() not in lang.prepositions:
        return 0
    # the preposition's noun comes first: "I landssvikoppgjøret" is no verb, ending as
    # "innførte" and "vedtatt" do
    for i in range(2, min(len(words) - 1, 5)):
        if finite(words[i], lang) and words[i][:1].islower():
            return before.index(words[i], len(" ".join(words[:i])))
    return 0


def _verb_next(text: str, pos: int, end: int, lang: Lang) -> bool:
    """A verb right after a fronted element: a lower-case word ("Sommeren 2008 ble"), or
    after a comma one that looks finite ("I morgen, tirsdag, setter han"; not "7. juni
    1905, folkemengde ...")."""
    if _VERB_NEXT.match(text, pos, end):
        return True
    m = _AFTER_COMMA.match(text, pos, end)
    return m is not None and (finite(m.group(1), lang) or m.group(1).endswith("er"))


def _fronted_adverbial(before: str, after: str, lang: Lang) -> bool:
    """'I perioden ... gjennomførte Nord-Korea', 'På en pressekonferanse ... la de Gaulle':
    a short phrase opening with a preposition before the date, and a finite verb right
    after it: the clause is verb-second, its subject after the verb."""
    words = before.split()
    if not words or len(words) > 4 or words[0].lower() not in lang.prepositions:
        return False
    first = after.split()[:1]
    return bool(first) and finite(first[0], lang)


def finite(word: str, lang: Lang) -> bool:
    """A finite verb: one the language lists, or a past form by its ending."""
    w = word.lower().strip(",.;:")
    return w in lang.finite_verbs or (len(w) > 4 and w.endswith(lang.past_endings) and
                                      w not in lang.not_past_forms)


def _subject_first(title: str, text: str, timex: tuple[int, int],
                   actors: list[ActorMention], lang: Lang) -> str:
    """Verb-second order after a fronted date ("Få dager senere kastet Nord-Korea ut ...",
    "Sommeren 2008 ble kjøletårnet i Yongbyon-reaktoren demontert"): put the subject
    before the verb. The subject is a name (a genitive takes its noun with it: "EUs
    utenriksministre"), a pronoun, or a noun phrase with at most one attachment ("partene
    i Karlstad", "et enstemmig Storting")."""
    words = title.split(" ", 1)
    if len(words) < 2:
        return title
    verb, rest = words
    low = verb.lower()
    if not verb[:1].islower() or low in lang.prepositions or low in lang.determiners or \
            low in lang.numbers or low in lang.sentence_adverbs:
        return title  # "Israel erklærer ...", "mellom 150 og 200 ...": no verb first
    first = next((m for m in actors if m.start >= timex[1]), None)
    if first is not None and rest.startswith(first.text):
        tail = rest[len(first.text):]
        subject = first.text  # as the text says it: "nordmenn", not "Norge"
        if (first.text.endswith("s") and first.text != first.canonical) or \
                _demonym_before_noun(first.text, tail, lang):
            # "EUs ministre"; "tyske tropper", "Soviet forces": the noun goes with it
            head, _, tail = tail.strip().partition(" ")
            subject = f"{first.text} {head}".strip()
            tail = f" {tail}" if tail else ""
        more = _COORDINATED_NAME.match(tail) if lang.coordinators else None
        if more is not None and more.group(1).lower() in lang.coordinators:
            subject, tail = subject + more.group(), tail[more.end():]  # "USA og Storbritannia"
        return f"{subject} {verb}{tail}"
    # genitives: "USAs" opens the object ("statsminister Erna Solberg USAs president"),
    # "Erna Solbergs" takes its noun ("statsminister Erna Solbergs regjering")
    later = [m for m in actors if m.start >= timex[1]]
    owners = frozenset(m.text for m in later if m.text.endswith("s") and m.text != m.canonical)
    split = _subject_phrase(rest.split(), lang, verb, owners,
                            frozenset(m.text.split(" ", 1)[0] for m in later))
    if split is None:
        return title
    subject, tail = split
    return " ".join([subject, verb, tail]).strip()


def _demonym_before_noun(name: str, tail: str, lang: Lang) -> bool:
    """Whether ``name`` is an adjective of a state ("tyske", "sovjetiske", "German")
    followed by the noun it describes ("tyske tropper gikk ...": "tropper"), not by a
    preposition, an adverb or a verb."""
    low = name.lower()
    if " " in name or not (name[:1].islower() or low.endswith(lang.adjective_endings)):
        return False
    nxt = tail.split()[:1]
    if not nxt or not nxt[0][:1].islower():
        return False
    word = nxt[0].lower().strip(",.;:")
    return bool(word) and word not in lang.prepositions and word not in lang.sentence_adverbs \
        and word not in lang.coordinators and not finite(word, lang) and \
        word not in lang.stopwords


def _subject_phrase(words: list[str], lang: Lang, verb: str = "",
                    owners: frozenset[str] = frozenset(),
                    openers: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    # After an inverted main ``verb``, "det"/"den" before a definite noun is the subject
    # pronoun and the noun its object ("gav det støtet til ..." -> "Det gav støtet til");
    # after an auxiliary, or before an adjective or a number, it opens a noun phrase
    # ("ble det møtet avlyst", "ble de to landene enige").
    """The subject at the start of ``words`` and what follows it, or None. After an
    auxiliary ``verb`` ("ble", "var") the subject may carry an attachment ("partene i
    Karlstad var kommet"); after a main verb the phrase is the verb's ("møttes partene i
    Oslo"). A name ends where another actor's name opens (one of ``openers``: "Erna
    Solberg | Lavrov"). ``owners`` are the actors told in the genitive: a name ends
    before one ("Erna Solberg | USAs president"), and one takes its noun ("Erna
    Solbergs regjering")."""
    n = len(words)
    if not n:
        return None
    low = [w.lower().strip(",.;:") for w in words]
    adverbs = set(lang.sentence_adverbs)
    if low[0] in lang.subject_pronouns and (n == 1 or not (
            low[0] in lang.determiners and low[1] not in lang.determiners and (
                (_nominal(words[1], lang) and (not verb or verb.lower() in lang.auxiliaries))
                or _modifier(words[1], lang)))):
        # "han", but not "de to landene"; "de en våpenhvile": "en" opens the object
        return words[0], " ".join(words[1:])
    # A name, perhaps after a title: "daværende utenriksminister Thorvald Stoltenberg".
    cap = next((i for i in range(min(n, 4)) if words[i][:1].isupper()), None)
    if cap is not None and not _nominal(words[0], lang) and low[0] not in lang.determiners and all(
            low[i] not in adverbs and low[i] not in lang.prepositions
            and not finite(words[i], lang) for i in range(cap)):
        end = cap
        while end < n and (words[end][:1].isupper() or (
                low[end] in lang.coordinators and end + 1 < n and words[end + 1][:1].isupper())):
            if end > cap and (words[end] in owners or words[end] in openers) and \
                    low[end - 1] not in lang.coordinators:
                break
            end += 1
        if end < n and " ".join(words[cap:end]) in owners and words[end][:1].islower():
            end += 1  # "Erna Solbergs regjering"
        return " ".join(words[:end]), " ".join(words[end:])
    # A noun phrase: [determiner] [adjectives] noun [preposition + name or noun].
    i = 1 if low[0] in lang.determiners else 0
    while i < n - 1 and i < 4 and _modifier(words[i], lang):
        i += 1
    if i == 2 and low[0] in lang.determiners and _number(low[1], lang) and (
            low[2] in adverbs or low[2] in lang.prepositions or low[2] in lang.subordinators
            or low[2] in lang.coordinators or low[2] in lang.subject_pronouns):
        # "møtes de to igjen", "møttes de tre og ble enige": the number is the noun
        return " ".join(words[:2]), " ".join(words[2:])
    if i >= n or low[i] in adverbs or low[i] in lang.prepositions:
        return None
    end = i + 1
    if verb.lower() in lang.auxiliaries and end + 1 < n and low[end] in lang.prepositions and (
            words[end + 1][:1].isupper() or _nominal(words[end + 1], lang)):
        end += 2
        while end < n and (words[end][:1].isupper() or (
                low[end] in lang.coordinators and end + 1 < n and words[end + 1][:1].isupper())):
            end += 1
    elif _passive_verb(verb, lang) and end + 1 < n and low[end] in lang.np_complements and \
            low[end] not in lang.agent_prepositions:
        end = _attachment_end(words, low, end, lang)
    return " ".join(words[:end]), " ".join(words[end:])


# An attachment a passive's subject takes with it is at most this long ("om klima- og
# energispørsmål").
_ATTACHED_WORDS = 4


def _passive_verb(verb: str, lang: Lang) -> bool:
    """A verb in the s-passive ("drøftes", "undertegnes"), not a deponent ("møtes")."""
    low = verb.lower()
    return bool(lang.passive_endings) and len(low) > 4 and low.endswith(lang.passive_endings) \
        and low not in lang.deponents


def _attachment_end(words: Sequence[str], low: Sequence[str], at: int, lang: Lang) -> int:
    """Where the phrase opened by the preposition at ``at`` ends: before the next
    preposition, adverb or verb, within ``_ATTACHED_WORDS`` words ("nordisk samarbeid
    [om klima- og energispørsmål] i forkant av ..."); ``at`` when it has no noun."""
    end = at + 1
    while end < len(words) and end - at <= _ATTACHED_WORDS and \
            low[end] not in lang.prepositions and low[end] not in lang.sentence_adverbs and \
            not _verb(words[end], lang) and not words[end - 1].endswith(","):
        end += 1
    if end == at + 1 or low[end - 1] in lang.coordinators or \
            low[end - 1] in lang.determiners:
        return at  # "om" and nothing after it, or a phrase cut in its middle
    return end


# How far before a noun its definite article may be ("the six-party talks").
_ARTICLE_REACH = 3


def _definite_before(words: Sequence[str], i: int, lang: Lang) -> bool:
    """Whether ``words[i]`` is a noun a definite article opens ("the talks [in Geneva]",
    "The Treaty [of Paris]"), the article at most ``_ARTICLE_REACH`` words before it
    with no punctuation or verb between: what English tells by a word, Norwegian by
    the ending (``_nominal``)."""
    if not lang.definite_articles or words[i].endswith((",", ";", ":", ".")):
        return False
    for k in range(i - 1, max(-1, i - 1 - _ARTICLE_REACH), -1):
        w = words[k]
        if w.lower() == lang.definite_articles[0]:
            return True
        if w.endswith((",", ";", ":", ".")) or _verb(w, lang) or \
                w.lower() in lang.prepositions:
            return False
    return False


def _nominal(word: str, lang: Lang) -> bool:
    """A definite noun ("partene", "kjøletårnet")."""
    w = word.lower().strip(",.;:")
    return len(w) > 3 and w.endswith(lang.definite_endings)


def _number(word: str, lang: Lang) -> bool:
    """A number word or figure ("to", "three", "12")."""
    return word.isdigit() or word in lang.numbers


def _modifier(word: str, lang: Lang) -> bool:
    """An adjective or a number before a noun ("enstemmig", "to", "svensk-norske")."""
    w = word.lower().strip(",.;:")
    return _number(w, lang) or w.endswith(lang.adjective_endings)


def _relative_clause(text: str, a: int, before: str, after: str, lang: Lang) -> str:
    """The date stands in a relative clause: 'de tiltakene som EU innførte 12.
    september' is 'EU innførte de tiltakene'; 'talks that began in April between Iran
    and ...' is 'Talks began between Iran and ...'. '' when it does not."""
    relative = patterns(lang).relative
    if relative is None:
        return ""
    m = None
    for m in relative.finditer(before):  # the last one before the date  # noqa: B007
        pass
    if m is None:
        return ""
    inside = before[m.end():]
    if ")" in inside:
        return ""  # "(which opened in Beijing) ended on Saturday": the clause closed
    head = before[:m.start()].rstrip(" ,")
    if not head.strip():  # "..., som ledet fram til ...": the noun is in the clause before
        head = text[max(0, a - _HEAD_REACH):a].rstrip(" ,")
    antecedent = _antecedent(head, lang)
    if not antecedent:
        return ""
    words = clean(f"{inside} {after}").split()
    if not words:
        return ""
    if finite(words[0], lang):
        return " ".join([antecedent, *words])  # "talks that began in April ..."
    if m.group().strip().lower() in lang.complementisers:
        return ""  # "results that Vieira had ...": a complement, not a relative clause
    at = next((i for i, w in enumerate(words[1:8], 1) if finite(w, lang)), 0)
    if words[0].lower() in lang.prepositions and at:
        # "de Gaulle, som på en pressekonferanse ... la ned veto": a phrase right after
        # the pronoun; the subject comes first in a relative clause, so it is the pronoun.
        # A verb-second main clause has nothing between its subject and its verb: the
        # phrase and any adverb go ("de Gaulle la ned veto"; "de Gaulle at a press
        # conference vetoed" is English).
        return " ".join([antecedent, *(words[at:] if lang.verb_second else words)])
    # "som EU innførte", "som de to lederne undertegnet": a subject, then its verb; the
    # noun before is the object.
    split = _subject_phrase(words, lang)
    if split is None or not split[1]:
        return ""
    subject, rest = split
    verb, _, tail = rest.partition(" ")
    if not finite(verb, lang):
        return ""  # "som talsmann for ...": 'as', not a relative clause
    if _nominal(antecedent.split()[0], lang) or antecedent.split()[0].lower() in lang.determiners:
        antecedent = antecedent[:1].lower() + antecedent[1:]  # "Avtalen som ..." moved inside
    infinitive = tail.split(" ", 2)
    if len(infinitive) > 1 and infinitive[0].lower() in lang.infinitive_markers:
        # "loven som regjeringen prøvde å endre": the noun is the infinitive's object
        verb = f"{verb} {infinitive[0]} {infinitive[1]}"
        tail = infinitive[2] if len(infinitive) > 2 else ""
    return " ".join(w for w in (subject, verb, antecedent, tail) if w)


# How far back from a participle the determiner opening its noun may stand, and how
# many words of the participle's phrase may stand before the date.
_REDUCED_NOUN_WORDS = 8
_REDUCED_PHRASE_WORDS = 10
_WORD_RUN = re.compile(r"\S+")
_GAP = re.compile(r"\S\s{2,}\S")  # where another date was taken out (see _without)


def _reduced_relative(before: str, after: str, lang: Lang) -> str:
    """The date stands in a participle's phrase after a noun, a relative clause with no
    pronoun ("take stock of the measures approved at the Paris summit in December 2019";
    "Responding to the statement issued on April 13, ..."; "The Treaty of Paris, signed
    in 1783, ended ..."): what happened to the noun is the event, told as a passive ("The
    measures were approved at the Paris summit"). The noun is a definite one (its
    determiner, no preposition and no verb between: "the agreement", "the Council's
    Presidential Statement"; not the unit of a date, "the year ended"); the phrase opens
    with a preposition or the date, not with an object ("the FBI arrested Mohamed"). The
    noun follows a preposition; or a verb, when the clause's own verb comes after the
    phrase ("says the agreement announced a day earlier in Hamburg is a step ...", not
    "said the economy added 358,000 jobs"); or it opens the clause, a comma before the
    participle. '' when the date is not so placed."""
    found = list(_WORD_RUN.finditer(before))
    words = [m.group() for m in found]
    start = max(0, len(words) - _REDUCED_PHRASE_WORDS)
    at = next((k for k in range(len(words) - 1, start - 1, -1) if k >= 2 and
               _participle(words[k], lang)), -1)
    if at < 0 or any(_verb(w, lang) or w.lower() in lang.relative_pronouns
                     for w in words[at + 1:]):
        return ""
    phrase = words[at + 1].lower() if at + 1 < len(words) else ""
    if phrase and phrase not in lang.prepositions and phrase not in lang.date_prepositions:
        return ""  # "the company told customers", "a still unspecified date"
    noun = words[at - 1]
    comma = noun.endswith(",")
    noun = noun.rstrip(",")
    low = noun.lower()
    if not noun[:1].isalnum() or low in lang.auxiliaries or low in lang.be_forms or \
            low in lang.prepositions or low in lang.determiners or low in lang.coordinators \
            or low in lang.relative_pronouns or low in lang.subject_pronouns or \
            low == lang.perfect_marker or low in lang.units or finite(low, lang) or \
            _participle(noun, lang):
        return ""
    det = next((k for k in range(at - 1, max(-1, at - 1 - _REDUCED_NOUN_WORDS), -1)
                if words[k].lower() in lang.determiners), -1)
    if det < 0 or words[det].lower() not in lang.definite_articles or \
            words[det].lower() in lang.complementisers and det == 0:
        return ""  # "in a letter published Monday": a new thing; the clause tells the event
    if _GAP.search(before, found[det].start(), found[at].start() + 1):
        return ""  # another date taken out of the noun ("the seasonally slow [third
        # quarter] narrowed"): the noun phrase is not whole
    inner = words[det + 1:at - 1]
    if any(w.endswith((",", ";", ":")) or not w[:1].isalnum() or
           (w.lower() in lang.prepositions and not (
               inner[k - 1:k] and inner[k - 1][:1].isupper())) or
           w.lower().endswith(lang.gerund_ending or "\0")
           for k, w in enumerate(inner)) or \
            (noun[:1].isupper() and inner and inner[-1][:1].islower() and
             inner[-1].lower() not in lang.prepositions):
        return ""  # "its interest in resuming talks in remarks", "the systems Sun shipped"
    opener = words[det - 1].lower().strip(",") if det else ""
    if comma:
        if det != 0:
            return ""  # "The agreement, announced ...": the noun opens the clause
    elif not det or opener in lang.verb_subordinators or opener in lang.subordinators or \
            opener in lang.copulas:
        return ""  # "X was an organisation agreed upon ...": the noun tells what X was
    elif opener in lang.prepositions or words[det - 1].endswith(","):
        if not any(_verb(w, lang) for w in words[:det]) and not (
                lang.gerund_ending and words[0].lower().endswith(lang.gerund_ending)):
            return ""  # "The talks on the issue opened in Beijing": the clause's own verb
    elif not _verb(words[det - 1], lang) or (
            opener in {*lang.report_verbs, *lang.statement_verbs, *lang.opinion_verbs,
                       *lang.clause_verbs} and
            not any(_verb(w, lang) for w in after.split())):
        return ""  # "said the economy added 358,000 jobs": what was said
    # where it happened, if told right after the date: "... a day earlier in Hamburg"
    rest: list[str] = []
    for k, w in enumerate(after.split()):
        low_w = w.lower().strip(",;:")
        if (k == 0 and low_w not in lang.place_prepositions) or _verb(w, lang) or \
                (k and low_w in lang.prepositions) or low_w in lang.relative_pronouns or \
                low_w in lang.coordinators or low_w in lang.complementisers:
            break
        rest.append(w.rstrip(",;:"))
        if w.endswith((",", ";", ":")):
            break
    head = [*words[det:at - 1], noun]
    told = " ".join([*head, lang.passive_be[_plural(low, lang)], *words[at:], *rest])
    return clean(told[:1].upper() + told[1:])


def _participle(word: str, lang: Lang) -> bool:
    """A past participle in lower case: a listed one ("held", "met") or a regular past
    ("approved", "signed"); "-en" words are too often nouns ("women", "citizen")."""
    w = word.lower().strip(",;:")
    if w in lang.prepositions or w in lang.stopwords:
        return False  # "been"
    return word[:1].islower() and (w in lang.participles or (
        w.endswith(lang.past_endings) and len(w) > 4))


def _antecedent(head: str, lang: Lang) -> str:
    """The noun phrase at the end of ``head``: 'med de tiltakene' -> 'de tiltakene',
    'forhandlingene mellom Israel og PLO' with its attachment; '' for a number."""
    words = head.split()
    out: list[str] = []
    attached = False
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        w = words[i]
        low = w.lower().strip(",.;:")
        if w.endswith((".", ":", ";", ",")) or finite(w, lang) or (
                out and i > 0 and words[i - 1].lower() in lang.infinitive_markers):
            break  # "to resume talks that ...": 'resume' is a verb; the head noun stays
        if low in lang.prepositions:
            # "forhandlingene mellom Israel og PLO": keep the noun the phrase belongs to
            # ("the talks in Geneva, which ...": where the noun is, not "the case of
            # Elian, who ...": whom it is about)
            if attached or i == 0 or not (_nominal(words[i - 1], lang) or (
                    low in lang.place_prepositions and _definite_before(words, i - 1, lang))):
                break
            attached = True
        out.insert(0, w)
        if low in lang.determiners and not (
                w.islower() and i > 0 and words[i - 1][:1].isupper() and out[1:2] and
                out[1][:1].isupper()):
            break  # but "Charles de Gaulle": a particle inside a name
    first = len(words) - len(out)  # where ``out`` begins in ``words``
    if len(out) > 1 and out[0].lower() in lang.prepositions and first > 0 and \
            finite(words[first - 1], lang):
        out.pop(0)  # "stoppet av president X": a verb ended it; the phrase is the agent
    if not out or out[0].lower() in lang.prepositions or any(c.isdigit() for c in out[-1]):
        return ""
    return " ".join(out)


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
        # "Sadat's visit to Jerusalem in November 1977 made ...": the phrase ends before
        # the clause's verb, and a preposition left before the date goes
        verb = next((w for w in _WORD_RUN.finditer(text, timex[1], np_end)
                     if _verb(w.group(), lang)), None)
        np_end = verb.start() if verb else np_end
        piece = pats.dangling_preposition.sub("", text[np_start:timex[0]]) + " " + \
            text[timex[1]:np_end]
    elif 0 <= np_start - timex[1] <= 3 or 0 <= timex[0] - np_end <= 3:
        piece = text[np_start:np_end]  # "torsdagens møte i Vladivostok": next to the date
    else:
        return ""  # "USA opphevet sine sanksjoner": the clause says who did what
    piece = _TRAILING_PREPOSITION.sub("", clean(piece))
    return clean(piece) if len(piece.split()) >= 2 else ""


def remembered(what: str, lang: Lang) -> str:
    """The title of what an anniversary remembers ("the 65th anniversary of the
    establishment of diplomatic relations between the two nations"): an act told by its
    noun is told as a clause, its object the subject of a passive ("Diplomatic relations
    between the two nations were established", "The treaty was signed by France"); a
    noun that only dates the act goes ("the implementation date of the treaty": "The
    treaty was implemented"); a state is told as begun ("China's diplomatic ties with
    Australia were established"). Any other noun phrase is the title as it is."""
    words = what.split()
    verb = next((k for k, w in enumerate(words) if k and _verb(w, lang)), len(words))
    words = words[:verb]  # "the founding of the republic [was marked in Oslo]"
    what = " ".join(words)
    low = [w.lower() for w in words]
    i = 1 if low[:1] and low[0] in lang.articles else 0
    if len(low) > i + 1 and low[i + 1] in lang.date_nouns:
        del words[i + 1], low[i + 1]  # "the implementation [date] of"
    if len(low) < i + 3 or low[i] not in lang.act_nouns or low[i + 1] != lang.act_object:
        at = next((k for k, w in enumerate(low) if w in lang.prepositions), len(low))
        if 0 < at < len(low) and low[at - 1] in lang.state_starts:
            told = " ".join([*words, lang.passive_be[_plural(low[at - 1], lang)],
                             lang.state_starts[low[at - 1]]])
            return told[:1].upper() + told[1:]
        return what[:1].upper() + what[1:]
    obj = words[i + 2:]
    agent: list[str] = []
    if lang.act_agent in low[i + 2:]:
        at = low.index(lang.act_agent, i + 2) - (i + 2)
        obj, agent = obj[:at], obj[at:]
    if not obj:
        return what[:1].upper() + what[1:]
    at = next((k for k, w in enumerate(obj) if w.lower() in lang.prepositions), len(obj))
    noun = obj[max(0, at - 1)].lower().strip("()")  # "relations [between ...]"
    told = " ".join([*obj, lang.passive_be[_plural(noun, lang)], lang.act_nouns[low[i]],
                     *agent])
    return told[:1].upper() + told[1:]


def _plural(noun: str, lang: Lang) -> bool:
    """Whether a noun is plural by its ending ("relations"; not "process", "crisis")."""
    return noun.endswith(lang.plural_endings) and not noun.endswith(lang.singular_endings)


# A reporting clause ("sier Jan Egeland", "Kim said") is this short.
_REPORT_WORDS = 6
_QUOTE_MARKS = " \t\n–—-\"'«»“”‘’"


def quoted(title: str, said: str, lang: Lang) -> str:
    """'Jan Egeland sier' after '– Oslo-avtalen var mangelfull, ...' is 'Jan Egeland:
    Oslo-avtalen var mangelfull': a title that is only a reporting clause takes what
    was said. Any other title is returned as it is."""
    speaker = reporting_speaker(title, lang)
    content = clean(_DATELINE.sub("", said.strip(_QUOTE_MARKS))) if speaker else ""
    if not speaker or not content:
        return title
    if is_source(speaker, lang):  # "the North's media said": the news is the title
        return shorten(f"{content[:1].upper()}{content[1:]}", lang)
    return shorten(f"{speaker[:1].upper()}{speaker[1:]}: {content}", lang)


def speech_tag(title: str, lang: Lang) -> str:
    """The reporting clause a title opens with when what follows it only tells when or
    where it was said ("Støre sa da han møtte pressen foran et digitalt toppmøte" ->
    "Støre sa"); '' when the title is not so."""
    report = patterns(lang).report
    verb = report.search(title, 0, 80) if report is not None else None
    if verb is None or not lang.report_occasions:
        return ""
    speaker, rest = title[:verb.start()].split(), title[verb.end():].split()
    if not speaker:  # "skriver medlemmene av Det europeiske råd i en felles uttalelse"
        at = next((i for i, w in enumerate(rest[:6]) if i and w.lower() in lang.report_occasions
                   and w.lower() not in lang.np_complements), 0)
        return f"{title[:verb.end()]} {' '.join(rest[:at])}" if at else ""
    if len(speaker) > 5 or not speaker[0][:1].isupper() or not rest or \
            rest[0].lower() not in lang.report_occasions:
        return ""
    return title[:verb.end()]


def is_source(speaker: str, lang: Lang) -> bool:
    """Whether a reporting clause's speaker is where the news was told ("the North's
    media", "NTB", "the KCNA report"), not someone who said something."""
    words = speaker.split()
    return bool(words) and words[-1].strip(_QUOTE_MARKS + ".,()").lower() in lang.source_nouns


def reporting_speaker(title: str, lang: Lang) -> str:
    """Who speaks in a title that is only a reporting clause ("Jan Egeland sier"), else ''."""
    report = patterns(lang).report
    if report is None:
        return ""
    verb = report.search(title)
    if verb is None:
        return ""
    if _told_whom(title[verb.end():], lang):
        # "Iranian Foreign Minister Hossein Amirabdollahian told reporters": the
        # speaker before the verb, at most as long as a whole reporting clause
        title = title[:verb.end()]
    if len(title.split()) > _REPORT_WORDS:
        return ""
    # "Kim said", "its foreign minister told reporters": the speaker before the verb;
    # "sa Le Drian i Brussel": after it, up to a preposition.
    speaker = title[:verb.start()].strip() or title[verb.end():].strip()
    return _up_to_preposition(speaker, lang)


def _told_whom(after: str, lang: Lang) -> bool:
    """Whether what follows a report verb is only whom it was told to ("reporters", "a
    news conference"), and perhaps where ("in Geneva"): ``report_addressees``."""
    low = clean(after).lower()
    for whom in lang.report_addressees:
        if low == whom or (low.startswith(whom + " ") and any(
                low[len(whom) + 1:].startswith(t + " ") for t in lang.title_tails)):
            return True  # "told the council [after the vote]": when it was told
        if low.startswith(whom + " "):
            where = after.split()[len(whom.split()):]
            return len(where) > 1 and where[0].lower() in lang.place_prepositions and \
                all(w[:1].isupper() for w in where[1:])
    return False


def _up_to_preposition(words: str, lang: Lang) -> str:
    """The words before the first preposition, but for one that joins a name to its
    noun ("medlemmene av Det europeiske råd", "the Foreign Minister of France")."""
    out: list[str] = []
    split = words.split()
    for i, w in enumerate(split):
        low = w.lower()
        if low in lang.prepositions and not (
                out and low in lang.np_complements and split[i + 1:i + 2] and
                split[i + 1][:1].isupper()):
            break
        out.append(w)
    return clean(" ".join(out))


# "“We had a meaningful exchange,” Kim said after the meeting": the quote, then who said it.
_QUOTE_THEN_SPEAKER = re.compile(
    r"^[“\"«‘'](?P<said>[^”\"»’']{3,}?)[,.!?]?[”\"»’']\s*,?\s*(?P<rest>.+)$")


def quote_first(title: str, lang: Lang) -> str:
    """A title that opens with a quote and names its speaker after it: 'Kim: We had a
    meaningful exchange'."""
    m = _QUOTE_THEN_SPEAKER.match(title)
    if m is None:
        return title
    out = quoted(m.group("rest"), m.group("said"), lang)
    return out if out != m.group("rest") else title

