"""Rules: a named pattern plus a language-neutral producer of a ``Meaning``.

A language file declares its words as tables and its rules as ``Rule(name, pattern,
producer)``. Patterns use named groups only, with one vocabulary shared by all languages:

``x``        the span of the expression when the match includes context (a preposition)
``day``      day of month (digits)               ``month``    month word or number
``year``     year digits                         ``era``      BC/AD word ("f.Kr.", "BC")
``weekday``  weekday word                        ``season``   season word
``decade``   three leading digits ("199")        ``decword``  decade word ("nineties")
``century``  two leading digits ("18")           ``ordinal``  ordinal century ("19.", "19th")
``quarter``  ordinal word or digit (quarter)     ``half``     ordinal word or digit (half-year)
``week``     week number                         ``amount``   number (digits or word)
``unit``     unit word (day, week, ...)          ``rel``      last/this/next word
``dir``      later/earlier word                  ``ref``      PAST/PRESENT/FUTURE reference word
``dayord``   day of month as an ordinal word     ``yy``       two-digit year ("31.10.74")
``holiday``  holiday word ("julaften")           ``nth``      first/second/.../last (selector)
``cunit``    unit of a container ("neste uke")   ``yrel``     year relation after a holiday
``hour``     clock hour                          ``minute``   clock minutes
``ampm``     a.m./p.m.                           ``clockword`` "noon", "midnight"
``halfpast`` "halv" ("halv ti" = 9.30)           ``ahead``    marks an offset into the future
``first``/``second``  the two leading numbers of a numeric date whose order is open

Producers read whichever groups matched and ask the language (``Lang``) what a word means,
so one producer serves every language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .types import Grain, Meaning, TimexType

if TYPE_CHECKING:
    from .lang.base import Lang

__all__ = ["Rule", "PRODUCERS", "GROUPS_ONLY", "alternation", "caseless_alternation", "ISO_DATE", "YEAR_RANGE", "YMD_DATE",
           "NUMERIC_DATE", "YEAR_MONTH", "MONTH_SLASH_YEAR", "QUARTER_YQ", "QUARTER_QY",
           "HALF_HY", "HALF_YH", "NUMERIC_RULES", "PERIOD_RULES",
           "NUMERIC_RULE_NEEDS", "word_needs", "joined_needs", "beginnings", "trie"]

Producer = Callable[["re.Match[str]", "Lang"], Meaning | None]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that prefixes don't win.

    Words that begin alike share their beginning, as in a trie: "march|may|monday" is
    written ``m(?:a(?:rch|y)|onday)``, so the engine reads a first letter once instead of
    once per word. The matches are those of the plain alternation: the words that can
    match at one place are each other's beginnings, and both forms try the longest
    first. That holds in either case mode only while no beginning is spelt in two cases
    ("May", "may"); such lists keep the plain form."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not _one_spelling_per_beginning(unique):
        return "(?:" + "|".join(re.escape(w) for w in unique) + ")"
    return "(?:" + _shared_beginnings(unique) + ")"


def caseless_alternation(words: Iterable[str]) -> str:
    """:func:`alternation` for a case-blind pattern (``re.IGNORECASE``): words spelt
    alike but for case ("Foreign Minister", "foreign minister") match the same text
    there, so each is written once, in lower case, and the list can share its beginnings
    as a trie (the engine then reads a first letter once, not once per word). A word with
    a letter the engine may not compare as ``str.lower`` does is kept as it is."""
    return alternation({w.lower() if _folds_as_lower(w) else w for w in words})


def _folds_as_lower(word: str) -> bool:
    return all(ch <= "\xff" or ch.lower() == ch.upper() for ch in word)


def trie(words: Iterable[str]) -> str:
    """Any of the words, as a trie ("m(?:a(?:rch|y)|onday)"), for whether and where one
    of them occurs, in any case mode: which of two words that match at one place it
    takes is not kept (:func:`alternation` keeps it). No words: a pattern that never
    matches."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + _shared_beginnings(unique) + ")" if unique else "(?!)"


def _tokens(word: str) -> list[str]:
    return re.findall(r"\w+", word.lower())


def word_needs(*words: Iterable[str]) -> tuple[str, ...]:
    """What a rule built from ``words`` needs (see ``Lang.rule_needs``): each word as
    '=word'. A phrase needs its last word ("o'clock": "=clock", "from now": "=now"); a
    match holds all its words, and any one is trigger enough."""
    return tuple(dict.fromkeys("=" + _tokens(w)[-1] for group in words for w in group))


def joined_needs(heads: Iterable[str], tails: Iterable[str]) -> tuple[str, ...]:
    """The needs of a rule that lets a head run into its tail with no space between
    ("the thirteenthand", "kl9", "InMay"): each pair written as one word."""
    tails = list(tails)
    return tuple(dict.fromkeys("=" + _tokens(h)[-1] + _tokens(t)[0]
                               for h in heads for t in tails))


def beginnings(needs: Iterable[str]) -> tuple[str, ...]:
    """Word needs ('=word') met by any word that begins so ('=word*'): for a rule whose
    match may end inside a word ("det 19. århundre" in "det 19. århundres"). A beginning
    has two letters at least (the tagger looks its first two up)."""
    needs = tuple(needs)
    if any(not need.startswith("=") or len(need) < 3 for need in needs):
        raise ValueError(f"not word needs of two letters or more: {needs}")
    return tuple(f"{need}*" for need in needs)


def _one_spelling_per_beginning(words: list[str]) -> bool:
    """No two words begin with the same letters in different cases, and every letter is
    one whose case the engine compares as ``str.lower`` does (Latin-1, or caseless)."""
    spelt: dict[str, str] = {}
    for word in words:
        if not _folds_as_lower(word):
            return False
        for i in range(1, len(word) + 1):
            if spelt.setdefault(word[:i].lower(), word[:i]) != word[:i]:
                return False
    return True


def _shared_beginnings(words: list[str]) -> str:
    """The alternation of ``words`` as a trie; the empty word, if there, is tried last."""
    tails: dict[str, list[str]] = {}
    for word in words:
        if word:
            tails.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _shared_beginnings(rest) for first, rest in tails.items()]
    if not branches:
        return ""
    if "" in words:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    producer: str  # key into PRODUCERS
    type: TimexType = TimexType.DATE
    latent: bool = False  # e.g. a bare number read as a year
    flags: int = re.IGNORECASE

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """The pattern compiled on first use: a language whose rules are never run (the
        other language, read only for detection) costs no compiling. Matches are those
        of ``pattern``."""
        pattern = self.pattern
        first = _first_characters(pattern, self.flags)
        if first is not None:
            # The engine tries a pattern at every position; saying which characters a match
            # can begin with lets it skip the rest at once (matches are unchanged).
            pattern = f"(?={first})" + pattern
        elif pattern.startswith(r"\b") and not pattern.startswith(r"\b(?="):
            # A leading \b also holds at the end of every word; a match here always starts
            # with a word character, and saying so halves the places the engine tries.
            pattern = r"\b(?=\w)" + pattern[2:]
        return re.compile(pattern, self.flags)

    def produce(self, match: re.Match[str], lang: Lang) -> Meaning | None:
        return PRODUCERS[self.producer](match, lang)

    @property
    def reads_groups_only(self) -> bool:
        """Whether its producer reads nothing of a match but its groups (see
        GROUPS_ONLY): two matches of this rule with equal groups mean the same."""
        return self.producer in GROUPS_ONLY


def _first_characters(pattern: str, flags: int) -> str | None:
    """A character class of every character a match of ``pattern`` can begin with, in
    both cases; None when that is (nearly) anything, or too many to be worth saying."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    def of(items: Any) -> tuple[set[str] | None, bool]:
        chars: set[str] = set()
        for op, av in items:
            if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
                continue  # zero-width: consumes nothing
            found, empty = one(op, av)
            if found is None:
                return None, False
            chars |= found
            if not empty:
                return chars, False
        return chars, True

    def one(op: Any, av: Any) -> tuple[set[str] | None, bool]:
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.add(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 64:
                    chars.update(chr(x) for x in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_DIGIT:
                    chars.update("0123456789")
                else:
                    return None, False  # a negated set, \w, a wide range: anything
            return chars, False
        if op is c.SUBPATTERN:
            return of(av[-1].data)
        if op is c.ATOMIC_GROUP:
            return of(av.data)
        if op is c.BRANCH:
            union: set[str] = set()
            empty = False
            for branch in av[1]:
                found, may_be_empty = of(branch.data)
                if found is None:
                    return None, False
                union |= found
                empty = empty or may_be_empty
            return union, empty
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            found, empty = of(sub.data)
            return found, empty or low == 0
        return None, False  # any character, a back reference: anything

    try:
        found, empty = of(parser.parse(pattern, flags).data)
    except Exception:  # noqa: BLE001 - an optimisation only: never fail a rule for it
        return None
    if found is None or empty or not found:
        return None
    chars = {x for ch in found for x in (ch, ch.lower(), ch.upper()) if len(x) == 1}
    if len(chars) > 40:
        return None
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _key(word: str) -> str:
    return " ".join(word.lower().split())


def _group(m: re.Match[str], name: str) -> str | None:
    """The text of group ``name``; None when it did not match or the pattern has none
    (asked first: an exception per missing group costs more than the match)."""
    return m.group(name) if name in m.re.groupindex else None


def _year(m: re.Match[str], lang: Lang) -> int | None:
    text = _group(m, "year") or _group(m, "year_bc")
    if text is None:
        return None
    year = int(text)
    era = _group(m, "era")
    if era is not None and lang.era(era) < 0:
        return 1 - year  # astronomical: 1 BC is year 0
    return year


def _day(m: re.Match[str], lang: Lang) -> int | None:
    """The day of the month, in digits ("15") or as an ordinal word ("femtende")."""
    day_text = _group(m, "day")
    if day_text:
        return int(day_text)
    word = _group(m, "dayord")
    if word:
        n = lang.number(word)
        return int(n) if n is not None and n == int(n) else None
    return None


def produce_date(m: re.Match[str], lang: Lang) -> Meaning | None:
    """A date told by its fields. In GROUPS_ONLY: it must read nothing of ``m`` but its
    groups (the tagger makes one meaning per distinct groups of a rule's matches)."""
    month_text = _group(m, "month")
    month = lang.month(month_text) if month_text else None
    day = _day(m, lang)
    if day is not None and not 1 <= day <= 31:
        return None
    if month_text and month is None:
        return None
    weekday_text = _group(m, "weekday")
    weekday = lang.weekday(weekday_text) if weekday_text else None
    year = _year(m, lang)
    yy = _group(m, "yy")
    if year is None and yy is not None:
        return _date(int(yy), month, day, weekday, True)
    if year is None and month is None and weekday is None and day is None:
        return None
    return _date(year, month, day, weekday, False)


@functools.lru_cache(maxsize=4096)
def _date(year: int | None, month: int | None, day: int | None, weekday: int | None,
          short_year: bool) -> Meaning:
    """The meaning of a date told by its fields. A Meaning is an immutable value of some
    thirty fields, costly to set one by one, and a text tells the same dates again and
    again ("mai mai mai ...", a list of one date): each distinct one is built once."""
    return Meaning("date", year=year, month=month, day=day, weekday=weekday,
                   short_year=short_year)


def produce_numeric_date(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'31/10/1974', '3/3/2015', '4/25/2019': day and month by the language's order, or
    by the numbers when one of them cannot be a month; otherwise the order stays open."""
    a, b = int(m.group("first")), int(m.group("second"))
    year_text = _group(m, "year")
    year = int(year_text) if year_text else int(m.group("yy"))
    short = year_text is None
    if lang.day_first is None and a <= 12 and b <= 12 and a != b:
        return Meaning("date", year=year, month=a, day=b, order_open=True, short_year=short)
    if (lang.day_first is not False and b <= 12 and (a > 12 or lang.day_first)) or a > 12:
        day, month = a, b
    else:
        month, day = a, b
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Meaning("date", year=year, month=month, day=day, short_year=short)


def produce_holiday(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'julaften 2018', 'i påsken', 'julen i fjor', 'last Christmas', 'Thanksgiving'.
    A national day after a possessive or a proper adjective is another country's
    ("Ukraine's Independence Day"): not the one the table knows."""
    name = lang.holiday(m.group("holiday"))
    if name is None:
        return None
    if name in lang.national_holidays:
        before = m.string[max(0, m.start() - 30):m.start()].split()
        word = before[-1] if before else ""
        if word.endswith(("'s", "’s", "s'")) or (word[:1].isupper() and not word.endswith(
                (".", "!", "?", ":", '"'))):
            return None
    yrel = _group(m, "yrel")
    if yrel is not None:
        return Meaning("relative", unit=Grain.YEAR, holiday=name, offset=lang.relation(yrel))
    rel = _group(m, "rel")
    if rel is not None:
        return Meaning("relative", unit=Grain.DAY, holiday=name, offset=lang.relation(rel))
    return Meaning("date", year=_year(m, lang), holiday=name)


def produce_quarter_of_year(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'this year's third quarter', 'the first half of last year'."""
    quarter = _group(m, "quarter") or _group(m, "quarter2")
    half = _group(m, "half") or _group(m, "half2")
    rel = _group(m, "rel") or _group(m, "rel2") or ""
    q = lang.number(quarter) if quarter else None
    h = lang.number(half) if half else None
    return Meaning("relative", unit=Grain.YEAR, offset=lang.relation(rel),
                   quarter=int(q) if q else None, half=int(h) if h else None)


def produce_year_words(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'nineteen ninety-six', 'two thousand and one': a year said in words, as broadcast
    transcripts write it."""
    def words(text: str) -> float | None:
        total = 0.0
        for w in re.split(r"[\s-]+", text.strip()):
            n = lang.number(w)
            if n is None:
                return None
            total += n
        return total
    high_text = _group(m, "yearhigh") or _group(m, "yearhigh2") or ""
    low_text = _group(m, "yearlow") or _group(m, "yearlow2")
    high = words(high_text)
    low = words(low_text) if low_text else 0.0
    if high is None or low is None or not 0 <= low < 100:
        return None
    year = int(high * (1000 if _group(m, "thousand") else 100) + low)
    month_text = _group(m, "month")
    month = lang.month(month_text) if month_text else None
    return Meaning("date", year=year, month=month) if 1000 <= year <= 2099 else None


def produce_the_period(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'for the quarter', 'in the quarter': the quarter under discussion (the one told
    before it), else the current one."""
    unit = lang.unit(m.group("unit"))
    return Meaning("relative", unit=unit, offset=0, definite=True) if unit else None


def produce_latest_period(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'the latest period' in a results story: the reporting quarter told before, else
    the latest quarter."""
    return Meaning("relative", unit=Grain.QUARTER, offset=0, definite=True)


def produce_year_end(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'by year-end', 'year's end': the end of the current year."""
    return Meaning("relative", unit=Grain.YEAR, offset=0, mod="END")


def produce_period_of_year(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'the 1988 period', 'the 1988 quarter': the period compared, in that year."""
    return Meaning("anaphoric", unit=Grain.YEAR, year=int(m.group("year")), offset=0,
                   definite=True)


def produce_year_ago(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'the year-ago quarter', 'year-earlier profit', 'the corresponding period last
    year': the same period one year before the one told before it; 'the year-ago third
    quarter' names the quarter itself."""
    quarter = _group(m, "quarter")
    if quarter is not None:
        q = lang.number(quarter)
        return Meaning("relative", unit=Grain.YEAR, quarter=int(q), offset=-1) if q else None
    return Meaning("anaphoric", unit=Grain.YEAR, offset=-1, amount=1, definite=True)


def produce_within(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'siste mandag i mars', 'første uke i oktober 2014', 'onsdag neste uke',
    'the 20th of next month': the nth weekday/day/week of a month or a week."""
    nth_text = _group(m, "nth")
    nth = lang.nth(nth_text) if nth_text else 0
    if nth is None:
        return None
    weekday_text = _group(m, "weekday")
    weekday = lang.weekday(weekday_text) if weekday_text else None
    unit = lang.unit(_group(m, "unit") or "")
    day = _day(m, lang)
    month_text = _group(m, "month")
    cunit = _group(m, "cunit")
    if month_text:
        month = lang.month(month_text)
        if month is None:
            return None
        container = Meaning("date", year=_year(m, lang), month=month)
    elif cunit:
        container_unit = lang.unit(cunit)
        if container_unit not in (Grain.WEEK, Grain.MONTH):
            return None
        container = Meaning("relative", unit=container_unit, offset=lang.relation(m.group("rel")))
    else:
        return None
    if weekday is None and day is None and not nth:
        return None
    return Meaning("within", parts=(container,), nth=nth, weekday=weekday, day=day,
                   unit=Grain.WEEK if unit == Grain.WEEK else None)


def produce_week_of(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'the week of March 6': the week that holds that day."""
    month = lang.month(m.group("month"))
    day = _day(m, lang)
    if month is None or day is None:
        return None
    return Meaning("within", parts=(Meaning("date", year=_year(m, lang), month=month, day=day),),
                   unit=Grain.WEEK)


def produce_clock(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'kl. 14.30', 'klokken halv ti', '3 pm', '15:00 GMT', 'noon': a time of day alone;
    the tagger joins it to the day it refines."""
    word = _group(m, "clockword")
    if word is not None:
        clock = lang.clock_words.get(_key(word))
        if clock is None:
            return None
        hour, minute = clock
    else:
        said = lang.number(m.group("hour"))  # "14", "ti" ("klokken ti")
        if said is None or said != int(said):
            return None
        hour, minute = int(said), int(_group(m, "minute") or 0)
    ampm = _group(m, "ampm")
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    if _group(m, "halfpast") is not None:  # "halv ti" is half way to ten: 9.30
        hour, minute = (hour - 1) % 24, 30
    part = lang.part_of_day(_group(m, "part") or _group(m, "part2") or "")
    if part in ("AF", "EV", "NI") and 1 <= hour < 12 and not (part == "NI" and hour < 5):
        hour += 12  # "4 in the afternoon"; "2 o'clock at night" stays 02
    if not (0 <= hour <= 24 and 0 <= minute <= 59) or hour == 24 and minute:
        return None
    return Meaning("clock", hour=hour, minute=minute)


def produce_season(m: re.Match[str], lang: Lang) -> Meaning | None:
    season = lang.season(_group(m, "season") or "")
    if season is None:
        return None
    rel = _group(m, "rel")
    if rel is not None:
        # "i fjor høst" counts years ("the autumn of last year"); "last autumn", "forrige
        # høst" count seasons (the latest autumn before this one).
        unit = Grain.YEAR if _key(rel) in lang.year_relations else Grain.SEASON
        return Meaning("relative", unit=unit, season=season, offset=lang.relation(rel))
    return Meaning("date", year=_year(m, lang), season=season)


def produce_quarter(m: re.Match[str], lang: Lang) -> Meaning | None:
    q = lang.number((_group(m, "quarter") or "").lstrip("Qq"))
    if q is None or not 1 <= q <= 4:
        return None
    return Meaning("date", year=_year(m, lang), quarter=int(q))


def produce_half(m: re.Match[str], lang: Lang) -> Meaning | None:
    word = _group(m, "half") or ""
    h = 2 if lang.nth(word) == -1 else lang.number(word)  # "the last half": the second
    if h is None or not 1 <= h <= 2:
        return None
    return Meaning("date", year=_year(m, lang), half=int(h))


def produce_week(m: re.Match[str], lang: Lang) -> Meaning | None:
    week = int(_group(m, "week") or 0)
    if not 1 <= week <= 53:
        return None
    return Meaning("date", year=_year(m, lang), unit=Grain.WEEK, amount=week)


def produce_decade(m: re.Match[str], lang: Lang) -> Meaning | None:
    digits = _group(m, "decade")
    if digits is None:
        word = _group(m, "decword")
        n = lang.decade_word(word or "")
        if n is None:
            return None
        return Meaning("date", decade=190 + n // 10)  # "the nineties": the 1990s by default
    if len(digits) == 2:  # "the '90s" / "the 90s"
        return Meaning("date", decade=190 + int(digits) // 10)
    return Meaning("date", decade=int(digits))


def produce_century(m: re.Match[str], lang: Lang) -> Meaning | None:
    digits = _group(m, "century")
    if digits is not None:  # "1800-tallet" / "the 1800s": the hundreds digits
        return Meaning("date", century=int(digits))
    ordinal = lang.number(_group(m, "ordinal") or "")
    if ordinal is None or ordinal < 1:
        return None
    era = _group(m, "era")
    if era is not None and lang.era(era) < 0:
        return Meaning("date", century=-int(ordinal))  # "1. århundre f.Kr."
    return Meaning("date", century=int(ordinal) - 1)  # "the 19th century" = 18xx


def produce_relative(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'last week', 'i fjor', 'today', 'next Thursday', 'two years ago'."""
    weekday_text = _group(m, "weekday")
    rel = _group(m, "rel")
    offset = lang.relation(rel) if rel is not None else 0
    if weekday_text:
        return Meaning("relative", unit=Grain.DAY, weekday=lang.weekday(weekday_text), offset=offset)
    month_text = _group(m, "month")
    if month_text:
        return Meaning("relative", unit=Grain.MONTH, month=lang.month(month_text), offset=offset)
    unit_text = _group(m, "unit") or ""
    unit = lang.unit(unit_text)
    if unit is None:
        return None
    if _group(m, "vague") is not None:  # "decades ago": some units before
        return Meaning("relative", unit=unit, offset=-1, vague=True, approximate=True)
    amount_text = _group(m, "amount")
    if amount_text is not None:  # "to år siden" / "two years ago" / "om en uke"
        sign = 1 if _group(m, "ahead") is not None else -1
        amount = lang.number(amount_text)
        if amount is None:
            return Meaning("relative", unit=unit, offset=sign, vague=True, approximate=True)
        amount *= lang.unit_factor(unit_text)  # "a fortnight" is two weeks
        if amount != int(amount):
            return None  # "for 2,5 år siden": no date between two units
        return Meaning("relative", unit=unit, offset=sign * int(amount) if amount >= 1 else sign,
                       amount=amount, approximate=_group(m, "orso") is not None)
    return Meaning("relative", unit=unit, offset=offset)


def produce_month_of_year(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'mai i fjor', 'February last year': a month of a year counted from the document."""
    month = lang.month(m.group("month"))
    if month is None:
        return None
    return Meaning("relative", unit=Grain.YEAR, month=month, offset=lang.relation(m.group("rel")))


def produce_part_of_day(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'torsdag kveld', 'Friday morning', 'i går kveld', 'tonight': a day and its part;
    'om ettermiddagen', 'in the afternoon' alone: a part of a day the text does not name
    (it joins a day beside it, as a clock time does)."""
    part = lang.part_of_day(m.group("part"))
    if part is None:
        return None
    weekday_text = _group(m, "weekday")
    if weekday_text:
        return Meaning("date", weekday=lang.weekday(weekday_text), part_of_day=part)
    if _group(m, "alone") is not None:
        return Meaning("clock", part_of_day=part)
    day = _group(m, "dayword") or ""
    said = lang.deictic(day)  # "i går", "yesterday"; else "this"/"last" (morning)
    offset = said.offset if said is not None else lang.relation(day)
    return Meaning("relative", unit=Grain.DAY, offset=offset, part_of_day=part)


def produce_weekend(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'i helgen', 'the weekend' (nearest, by tense); 'denne helgen', 'last weekend' (of
    a week counted from the document's); 'this past weekend' (the last one before)."""
    if _group(m, "past") is not None:
        return Meaning("relative", unit=Grain.DAY, offset=-1, weekend=True)
    rel = _group(m, "rel")
    if rel is not None:
        return Meaning("relative", unit=Grain.WEEK, offset=lang.relation(rel), weekend=True)
    return Meaning("date", weekend=True)


def produce_in_duration(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'in a week', 'in two years': a date that far ahead; but a span after a superlative
    or "the first time" ("the lowest level in five years") is a duration."""
    clause_start = max(m.string.rfind(c, 0, m.start()) for c in ",.;:!?\n")
    before = m.string[clause_start + 1:m.start()].lower().split()[-8:]
    if any(w.strip("\"'(") in lang.duration_cues for w in before):
        return produce_duration(m, lang)
    return produce_relative(m, lang)


def produce_deictic(m: re.Match[str], lang: Lang) -> Meaning | None:
    """Lexical deictic words: 'i går', 'i fjor', 'yesterday', 'today'."""
    word = m.group("x") if _group(m, "x") else m.group(0)
    meaning = lang.deictic(word)
    return meaning


def produce_anaphoric_weekday(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'the following Monday', 'mandagen etter': that weekday after (or before) the day
    told before."""
    weekday = lang.weekday(_group(m, "weekday") or _group(m, "weekday2") or "")
    if weekday is None:
        return None
    direction = lang.direction(_group(m, "dir") or _group(m, "dir2") or "")
    return Meaning("anaphoric", unit=Grain.DAY, weekday=weekday, offset=direction or 1,
                   amount=1)


def produce_anaphoric(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'få dager senere', 'dagen etter', 'two weeks later', 'the following year'."""
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    direction = lang.direction(_group(m, "dir") or "")
    if direction == 0:
        return Meaning("anaphoric", unit=unit, offset=0, amount=0, definite=True)
    amount_text = _group(m, "amount")
    if amount_text is None:
        return Meaning("anaphoric", unit=unit, offset=direction, amount=1, definite=True)
    amount = lang.number(amount_text)
    if amount is None:  # "a few", "several", "få"
        return Meaning("anaphoric", unit=unit, offset=direction, amount=None, vague=True,
                       approximate=True)
    return Meaning("anaphoric", unit=unit, offset=direction, amount=amount)


def produce_ref_past(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'at the time': the time told of before, whatever its grain."""
    return Meaning("anaphoric", unit=None, offset=0, amount=0, definite=True)


def produce_ref(m: re.Match[str], lang: Lang) -> Meaning | None:
    ref = lang.ref(_group(m, "ref") or m.group(0))
    if ref is None:
        return None
    return Meaning("ref", ref=ref, approximate=ref != "PRESENT_REF")


def produce_window(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'det siste året', 'de siste tre årene', 'the past two weeks'."""
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount_text = _group(m, "amount")
    vague_plural = amount_text is None and _key(m.group("unit")) in lang.plural_units
    amount = lang.number(amount_text) if amount_text else 1
    offset = 1 if _group(m, "ahead") is not None else 0
    if amount is None or vague_plural:
        return Meaning("window", unit=unit, amount=None, vague=True, approximate=True,
                       offset=offset)
    return Meaning("window", unit=unit, amount=amount * lang.unit_factor(m.group("unit")),
                   offset=offset)


# A number, an amount or a count of time units right before "a year" makes it a rate:
# "$5 million a year", "24 hours a day".
_RATE_BEFORE = re.compile(r"(?:[0-9%]|\b(?:million|billion|thousand|hundred|dozen|cents?|"
                          r"seconds|minutes|hours|days|weeks|months|times))\s*$", re.IGNORECASE)


def produce_duration(m: re.Match[str], lang: Lang) -> Meaning | None:
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount_word = _key(_group(m, "amount") or "")
    if amount_word in ("a", "an") and _RATE_BEFORE.search(m.string, max(0, m.start() - 20),
                                                         m.start()):
        return None  # "$500 million a year", "24 hours a day": a rate, not a span of time
    amount_text = _group(m, "amount")
    amount = lang.number(amount_text) if amount_text else 1
    if amount is None or _group(m, "vague") is not None:  # "i årevis", "for years"
        return Meaning("duration", unit=unit, amount=None, vague=True)
    if _group(m, "andhalf") is not None:  # "an hour and a half"
        amount += 0.5
    return Meaning("duration", unit=unit, amount=amount * lang.unit_factor(m.group("unit")))


def produce_set(m: re.Match[str], lang: Lang) -> Meaning | None:
    weekday_text = _group(m, "weekday")
    if weekday_text:
        return Meaning("set", weekday=lang.weekday(weekday_text), unit=Grain.WEEK, amount=1)
    part = _group(m, "part")
    if part:  # "hver morgen", "every morning"
        code = lang.part_of_day(part)
        return Meaning("set", part_of_day=code, unit=Grain.DAY, amount=1) if code else None
    season_text = _group(m, "season")
    if season_text:  # "hver sommer", "every spring"
        season = lang.season(season_text)
        return Meaning("set", season=season, unit=Grain.YEAR, amount=1) if season else None
    month_text = _group(m, "month")
    if month_text:  # "hver juli", "each July"
        month = lang.month(month_text)
        return Meaning("set", month=month, unit=Grain.YEAR, amount=1) if month else None
    unit = lang.unit(_group(m, "unit") or "")
    if unit is None:
        return None
    amount: float | None = 1
    if _group(m, "other"):  # "annethvert år": every second year
        amount = 2
    elif _group(m, "amount"):
        amount = lang.number(m.group("amount"))
        if amount is None:
            return None
    return Meaning("set", unit=unit, amount=amount)


def produce_day_range(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'1.–3. mars 2019', 'March 1–3, 2019': two days of one month."""
    month = lang.month(m.group("month"))
    first, last = int(m.group("day")), int(m.group("day2"))
    if month is None or not 1 <= first < last <= 31:
        return None
    year = _year(m, lang)
    return Meaning("interval", parts=(Meaning("date", year=year, month=month, day=first),
                                      Meaning("date", year=year, month=month, day=last)))


def produce_month_range(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'1945, Sep', '1946, Nov–Dec': a year's month, or its months from one to another."""
    year, month = int(m.group("year")), lang.month(m.group("month"))
    if month is None:
        return None
    if not _group(m, "month2"):
        return Meaning("date", year=year, month=month)
    last = lang.month(m.group("month2"))
    if last is None or last <= month:
        return None
    return Meaning("interval", parts=(Meaning("date", year=year, month=month),
                                      Meaning("date", year=year, month=last)))


def produce_year_month(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'2014-10': a month, unless the number after the dash could end a range of years
    ("2009-10" is 2009 to 2010, as "1939-45" is)."""
    year, month = int(m.group("year")), int(m.group("month"))
    if month > year % 100:
        return None
    return Meaning("date", year=year, month=month)


def produce_year_range(m: re.Match[str], lang: Lang) -> Meaning | None:
    """'2003–2009', '1939-45'."""
    first = int(m.group("year"))
    last_text = m.group("year2")
    last = int(last_text)
    if len(last_text) == 2:
        last = first // 100 * 100 + last
    if last <= first:
        return None
    if _group(m, "slash") is not None and last != first + 1:
        return None  # "2018/19" is a season or a school year; "2397/2017" is a number
    return Meaning("interval", parts=(Meaning("date", year=first), Meaning("date", year=last)))


# The producers that read nothing of a match but the text of its groups (no offsets, no
# text around it): for these, one rule's matches with equal ``groups()`` have equal
# meanings, and a text that tells the same date over and over has it read once.
GROUPS_ONLY = frozenset({"date"})

PRODUCERS: dict[str, Producer] = {
    "date": produce_date,
    "season": produce_season,
    "quarter": produce_quarter,
    "half": produce_half,
    "week": produce_week,
    "decade": produce_decade,
    "century": produce_century,
    "relative": produce_relative,
    "deictic": produce_deictic,
    "anaphoric": produce_anaphoric,
    "ref": produce_ref,
    "ref_past": produce_ref_past,
    "window": produce_window,
    "duration": produce_duration,
    "set": produce_set,
    "year_range": produce_year_range,
    "day_range": produce_day_range,
    "part_of_day": produce_part_of_day,
    "month_of_year": produce_month_of_year,
    "numeric_date": produce_numeric_date,
    "year_month": produce_year_month,
    "month_range": produce_month_range,
    "holiday": produce_holiday,
    "within": produce_within,
    "clock": produce_clock,
    "week_of": produce_week_of,
    "weekend": produce_weekend,
    "quarter_of_year": produce_quarter_of_year,
    "year_ago": produce_year_ago,
    "anaphoric_weekday": produce_anaphoric_weekday,
    "year_words": produce_year_words,
    "the_period": produce_the_period,
    "latest_period": produce_latest_period,
    "period_of_year": produce_period_of_year,
    "year_end": produce_year_end,
    "in_duration": produce_in_duration,
}


# Numeric forms that read the same in every language this project knows.
ISO_DATE = Rule("date_iso", r"(?=[0-9])\b(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[012][0-9]|3[01])\b",
                "date")  # 2019-04-25
YEAR_RANGE = Rule("year_range", r"(?=[0-9])\b(?P<year>1[0-9]{3}|20[0-9][0-9])\s*(?:[-–—]|(?P<slash>/))\s*(?P<year2>1[0-9]{3}|20[0-9][0-9]|[0-9][0-9])"
                  r"\b(?![.,/][0-9])", "year_range")  # 2003–2009, 1939-45, 2018/19
# 2015-3-3 · 2015.03.03 · 2015/03/03: year first, the same separator twice
YMD_DATE = Rule("date_ymd", r"(?=[0-9])\b(?<![0-9.,/-])(?P<year>1[0-9]{3}|20[0-9]{2})(?P<sep>[-./])(?P<month>0?[1-9]|1[0-2])"
                r"(?P=sep)(?P<day>[012]?[0-9]|3[01])(?![0-9]|[.,/-][0-9])", "date")
# 31/10/1974 · 3/3/2015 · 4/25/2019 · 31-10-74: which number is the day is the language's
# convention, or the numbers', or (English) the document's
NUMERIC_DATE = Rule("date_numeric_slash", r"(?=[0-9])\b(?<![0-9.,/-])(?P<first>[0-9]{1,2})(?P<sep>[/-])(?P<second>[0-9]{1,2})"
                    r"(?P=sep)(?:(?P<year>1[0-9]{3}|20[0-9]{2})|(?P<yy>[0-9]{2}))(?![0-9]|[.,/-][0-9])",
                    "numeric_date", latent=True)
# 2014-10 (a month; "2009-10" stays a range of years)
YEAR_MONTH = Rule("year_month", r"(?=[0-9])\b(?<![0-9.,/-])(?P<year>1[0-9]{3}|20[0-9]{2})-(?P<month>0[1-9]|1[0-2])(?![0-9]|[.,/-][0-9])",
                  "year_month")
# 2/2013 · 02/2013
MONTH_SLASH_YEAR = Rule("month_slash_year", r"(?=[0-9])\b(?<![0-9.,/-])(?P<month>0?[1-9]|1[0-2])/(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,/-][0-9])",
                        "date", latent=True)
# 2018Q4 · 2018-Q4 · Q3 2019 · Q3/2019
QUARTER_YQ = Rule("quarter_yq", r"(?=[0-9])\b(?P<year>1[0-9]{3}|20[0-9]{2})[- ]?(?P<quarter>[Qq][1-4])\b", "quarter")
QUARTER_QY = Rule("quarter_qy", r"(?=[Qq])\b(?P<quarter>[Qq][1-4])[ /-]?(?P<year>1[0-9]{3}|20[0-9]{2})\b", "quarter")
# H1 2019 · 2018H2: half-years as business writes them
HALF_HY = Rule("half_hy", r"(?=[Hh])\b[Hh](?P<half>[12])[ /-]?(?P<year>1[0-9]{3}|20[0-9]{2})\b", "half")
HALF_YH = Rule("half_yh", r"(?=[0-9])\b(?P<year>1[0-9]{3}|20[0-9]{2})[- ]?[Hh](?P<half>[12])\b", "half")
# The shared numeric rules, in the order a language lists them (ISO before year-first:
# "2019-04-25" is the same span for both, and the first listed wins).
NUMERIC_RULES = (ISO_DATE, YMD_DATE, NUMERIC_DATE, YEAR_MONTH, MONTH_SLASH_YEAR)
PERIOD_RULES = (QUARTER_YQ, QUARTER_QY, HALF_HY, HALF_YH)
# What the shared numeric rules need near them (see ``Lang.rule_needs``): a year of four
# digits opens a word of its own ("2019-04-25", "2018Q4", "2/2013"); "Q3 2019" and
# "Q32019" open with a 'code' word; a day or month first is one or two digits
# ("31/10/1974").
NUMERIC_RULE_NEEDS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("date_iso", "year_range", "date_ymd", "year_month", "month_slash_year",
                     "quarter_yq", "half_yh"), ("digits:4",)),
    "date_numeric_slash": ("digits:1", "digits:2"),
    **dict.fromkeys(("quarter_qy", "half_hy"), ("code",)),
}
