"""English: words as tables, rules built from them.

Pinned by ``tests/corpus/en.py``. Month and weekday names are capitalised, which is what
keeps the modal "may" and the verb "march" out; "May" itself still needs a day, a year or
a preposition. TIMEX3 spans leave out a leading preposition ("in 2003" tags "2003").
"""

from __future__ import annotations

import re

from ..rules import (
    NUMERIC_RULE_NEEDS,
    NUMERIC_RULES,
    PERIOD_RULES,
    YEAR_RANGE,
    Rule,
    alternation,
    joined_needs,
    word_needs,
)
from ..types import Grain, Meaning, TimexType
from .base import NEWS_OUTLETS, Lang

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
UNITS = {
    # "second" alone is an ordinal far more often than a unit ("a second round")
    **dict.fromkeys(("seconds",), Grain.SECOND),
    **dict.fromkeys(("minute", "minutes"), Grain.MINUTE),
    **dict.fromkeys(("hour", "hours"), Grain.HOUR),
    **dict.fromkeys(("day", "days"), Grain.DAY),
    **dict.fromkeys(("week", "weeks", "fortnight", "fortnights"), Grain.WEEK),
    **dict.fromkeys(("month", "months"), Grain.MONTH),
    **dict.fromkeys(("quarter", "quarters"), Grain.QUARTER),
    **dict.fromkeys(("season", "seasons"), Grain.SEASON),
    **dict.fromkeys(("year", "years"), Grain.YEAR),
    **dict.fromkeys(("decade", "decades"), Grain.DECADE),
    **dict.fromkeys(("century", "centuries"), Grain.CENTURY),
}
# Adverbs of frequency: a recurrence ("paid quarterly"), never a count of units.
FREQUENCY_ADVERBS = {"daily": Grain.DAY, "weekly": Grain.WEEK, "monthly": Grain.MONTH,
                     "quarterly": Grain.QUARTER, "annually": Grain.YEAR, "yearly": Grain.YEAR}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "tonight": "NI", "mornings": "MO", "evenings": "EV", "nights": "NI",
                "afternoons": "AF"}
PLURAL_UNITS = frozenset(("days", "weeks", "months", "quarters", "years", "decades", "centuries"))
NUMBERS: dict[str, float | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "oh": 0,
    # twenty-one ... ninety-nine, written with a hyphen or a space
    **{f"{tens}{sep}{unit}": t + u
       for tens, t in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
                       ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90))
       for unit, u in (("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5),
                       ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))
       for sep in ("-", " ")},
    "a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "a hundred": 100,
    "hundred": 100, "a thousand": 1000,
    "half an": 0.5, "half a": 0.5, "a half": 0.5, "one and a half": 1.5,
}
UNIT_FACTORS: dict[str, float] = {"fortnight": 2, "fortnights": 2}  # weeks
ORDINALS: dict[str, float | None] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
    **{f"twenty {w}": n for w, n in (("first", 21), ("second", 22), ("third", 23),
                                      ("fourth", 24), ("fifth", 25), ("sixth", 26),
                                      ("seventh", 27), ("eighth", 28), ("ninth", 29))},
    "thirty first": 31,
}
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1,
       "final": -1, "second-to-last": -2, "penultimate": -2}
HOLIDAYS = {
    **dict.fromkeys(("new year's day", "new year’s day", "new years day", "new year's",
                     "new year’s"), "new_years_day"),
    **dict.fromkeys(("new year's eve", "new year’s eve", "new years eve"), "new_years_eve"),
    **dict.fromkeys(("easter", "easter sunday", "easter day"), "easter_sunday"),
    "easter monday": "easter_monday",
    "good friday": "good_friday",
    **dict.fromkeys(("maundy thursday", "holy thursday"), "maundy_thursday"),
    "holy saturday": "holy_saturday",
    "palm sunday": "palm_sunday",
    **dict.fromkeys(("easter week", "holy week"), "easter_week"),
    **dict.fromkeys(("ascension day", "ascension thursday"), "ascension_day"),
    **dict.fromkeys(("pentecost", "whit sunday", "whitsunday", "pentecost sunday"),
                    "whit_sunday"),
    "whit monday": "whit_monday",
    "whitsun": "whitsun",
    "christmas eve": "christmas_eve",
    **dict.fromkeys(("christmas", "christmas day", "xmas"), "christmas_day"),
    "boxing day": "boxing_day",
    **dict.fromkeys(("independence day", "fourth of july"), "independence_day_us"),
    **dict.fromkeys(("thanksgiving", "thanksgiving day"), "thanksgiving_us"),
    "memorial day": "memorial_day",
    "labor day": "labor_day",
    **dict.fromkeys(("armistice day", "remembrance day", "veterans day", "veterans' day",
                     "veteran's day"), "armistice_day"),
    "halloween": "halloween",
    **dict.fromkeys(("valentine's day", "valentine’s day", "st. valentine's day",
                     "valentines day"), "valentines_day"),
    **dict.fromkeys(("martin luther king day", "martin luther king jr. day", "mlk day"),
                    "martin_luther_king_day"),
    **dict.fromkeys(("presidents' day", "presidents day", "president's day"), "presidents_day"),
    "columbus day": "columbus_day",
    "mother's day": "mothers_day_us",
    "may day": "may_day",
    "election day": "election_day_us",
}
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
# A clock time's time zone belongs to its span: "5 p.m. EST Nov. 9", "15:00 GMT Saturday".
ZONE = r"(?:\s+(?:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|CEST|local\s+time))?"
VAGUE: dict[str, float | None] = {
    "a few": None, "few": None, "several": None, "some": None, "many": None,
}
RELATIONS = {
    "after next": 2, "this past": -1,
    "last": -1, "previous": -1, "past": -1, "latest": -1, "most recent": -1, "recent": -1, "next": 1, "coming": 1, "this": 0, "current": 0,
}
DIRECTIONS = {
    "later": 1, "after": 1, "afterwards": 1, "afterward": 1, "following": 1, "next": 1,
    "earlier": -1, "before": -1, "previous": -1, "preceding": -1, "prior": -1,
    "same": 0, "that": 0,
}
ERAS = {
    "bc": -1, "b.c.": -1, "bce": -1, "b.c.e.": -1, "ad": 1, "a.d.": 1, "ce": 1, "c.e.": 1,
}
DEICTICS = {
    "today": Meaning("relative", unit=Grain.DAY, offset=0),
    "yesterday": Meaning("relative", unit=Grain.DAY, offset=-1),
    "tomorrow": Meaning("relative", unit=Grain.DAY, offset=1),
    "the day before yesterday": Meaning("relative", unit=Grain.DAY, offset=-2),
    "the day after tomorrow": Meaning("relative", unit=Grain.DAY, offset=2),
}
REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "soon": "FUTURE_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    # TimeBank reads "in recent years" as a time in the past more often than as a span
    "recent years": "PAST_REF", "past years": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}
APPROX_WORDS = ("about", "around", "approximately", "circa", "c.", "ca.", "roughly",
                "some time around", "sometime around")
PART_WORDS = {
    "early": "START", "the beginning of": "START", "the start of": "START",
    "the early part of": "START", "mid": "MID", "mid-": "MID", "the middle of": "MID",
    "the mid": "MID", "the mid-": "MID", "late": "END", "the end of": "END", "the late": "END",
    "the latter part of": "END", "the early": "START",
    # Widen the span, not the meaning: "earlier this year" is this year, told earlier.
    "earlier": "", "later": "",
}

M = alternation(w.capitalize() for w in MONTHS)
M_NOT_MAY = alternation(w.capitalize() for w in MONTHS if w != "may")
MA = alternation(w.capitalize() for w in MONTH_ABBREVIATIONS)
# Lower case: "march 3", "in january". "may" and "march" are verbs and stay out of any
# rule without a number after them; "august" is also an adjective ("an august body").
M_LOWER = alternation(MONTHS)
MONTHS_LOWER_SAFE = tuple(w for w in MONTHS if w not in ("may", "march", "august"))
M_LOWER_SAFE = alternation(MONTHS_LOWER_SAFE)
# The words before a month (either case: "In May", "in May"; "mid-" apart). The rule lets
# them run into the month ("mid-March", and so "InMarch"): see their needs.
MONTH_PREPOSITIONS = ("in", "since", "until", "by", "during", "through", "from", "of",
                      "early", "late", "before", "after", "to", "between", "and")
MONTH_PREPOSITIONS_LOWER = ("in", "since", "until", "during", "early", "late", "before",
                            "after")


def either_case(words: tuple[str, ...]) -> str:
    """The words as an alternation, each with a capital or a small first letter ("[Ii]n")."""
    return "(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in words) + ")"


# The units (and other words) a rule names: its regex and its needs (``Lang.rule_needs``)
# are both built from the one tuple.
RELATIVE_UNITS = ("week", "month", "year", "decade", "quarter", "century")  # next year
AFTER_NEXT_UNITS = ("week", "month", "year")  # the week after next
ANAPHORIC_UNITS = ("day", "week", "month", "year", "decade")  # the following day
UNITS_BEFORE = ("day", "week", "month", "year")  # the day before
THAT_UNITS = ("day", "week", "month", "quarter", "year")  # that day
CURRENT_UNITS = ("year", "month", "week")  # during the year
BARE_UNITS = ("days", "weeks", "months", "years", "decades", "centuries")  # for years
AGO_UNITS = ("weeks", "months", "years", "decades", "centuries")  # years ago
AHEAD_UNITS = ("days", "weeks", "months", "years", "decades")  # the weeks ahead
ANAPHORIC_DIRECTIONS = ("later", "earlier", "afterwards", "afterward")  # two days later
DAYTIME_PARTS = ("morning", "afternoon", "evening")  # in the morning
DAY_PARTS = (*DAYTIME_PARTS, "night")  # Friday night
APPROX_YEAR_WORDS = ("about", "around", "circa", "c.", "ca.")  # founded about 520.
WINDOW_AHEAD_WORDS = ("next", "coming")  # the next three weeks
TIMES_WORDS = ("once", "twice")  # once a week (or "three times a week")
YEAR_HIGH_WORDS = ("seventeen", "eighteen", "nineteen", "twenty")  # nineteen ninety-six
MA_LOWER = alternation(MONTH_ABBREVIATIONS)
WD = alternation(w.capitalize() for w in WEEKDAYS)
WD_ANY = alternation([*(w.capitalize() for w in WEEKDAYS), *WEEKDAYS])
U = alternation(UNITS)
# Number words for counts; the compounds ("twenty-four") are matched by their parts, which
# keeps the alternation short (the engine tries it at every word).
TENS = alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 20 <= n <= 90
                   and n % 10 == 0)
DIGIT_WORDS = alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 1 <= n <= 9
                          and " " not in w and w not in ("a", "an"))
_TENS_WORDS = {w for w, n in NUMBERS.items() if isinstance(n, int) and 20 <= n <= 90}
COUNT_WORDS = [w for w, n in {**NUMBERS, **VAGUE}.items()
               if (n is None or 0 < n <= 1000)
               and not ("-" in w or (" " in w and w.split()[0] in _TENS_WORDS))]
# A count of units: digits (a decimal point, a half: "1.5", "2 1/2"), or words ("two and
# a half"); never the tail of a bigger number ("1,500").
COUNT = (rf"(?:(?<![0-9][.,])(?:[0-9]{{1,3}}(?:\.[0-9]{{1,2}}|\s*1/2|½)?(?![0-9,])|1/2|½)"
         rf"|(?:{TENS}[-\s]{DIGIT_WORDS}|{alternation(COUNT_WORDS)})(?:\s+and\s+a\s+half)?)")
ORD = alternation(ORDINALS)
# What a day told as an ordinal holds (see ``Lang.rule_needs``): "the 23rd" (digits, then
# letters), "the thirteenth", "the twenty-first", or the ordinal run into the word after
# it, as the rule allows ("the thirteenthand").
DAY_ORDINAL_FOLLOWERS = ("and", "or", "when", "at")
_ORDINAL_WORDS = [re.findall(r"\w+", ordinal) for ordinal in ORDINALS]
DAY_ORDINAL_WORDS = ("numbered", *sorted(
    {f"={word}" for words in _ORDINAL_WORDS for word in words}
    | {f"={words[-1]}{after}" for words in _ORDINAL_WORDS for after in DAY_ORDINAL_FOLLOWERS}))
ORD_ANY = alternation([*ORDINALS, *(w.capitalize() for w in ORDINALS)])
NTH_WORDS = alternation(NTH)
HOL = alternation(HOLIDAYS)
# The words before a weekday in a holiday's name ("Good Friday", "Palm Sunday").
HOLIDAY_HEADS = "".join(
    f"(?<!{re.escape(h.split()[0].capitalize())} )" for h in sorted(HOLIDAYS)
    if len(h.split()) == 2 and h.split()[1] in WEEKDAYS)
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
ERA = r"(?:BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)"
YEAR_AFTER = r"(?![.,:]?[0-9])"
YEAR_OR_BC = rf"(?:(?P<year>[0-9]{{4}}){YEAR_AFTER}|(?P<year_bc>[0-9]{{1,4}})\s*(?P<era>{ERA}))"
CS = 0  # case-sensitive: capitals tell a month name from "may" and "march"
CONTAINER = rf"(?:(?P<month>{M})(?:,?\s+(?P<year>[0-9]{{4}}))?|(?P<rel>this|next|last|the\s+current)\s+(?P<cunit>month))"
AMPM = r"(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?)"
HOUR_WORDS = [w for w, n in NUMBERS.items() if isinstance(n, int) and 1 <= n <= 12
              and " " not in w and w not in ("a", "an")]
HOUR12 = rf"(?:1[0-2]|0?[1-9]|{alternation(HOUR_WORDS)})"
# What a clock time with a.m./p.m. holds (see ``Lang.rule_needs``): "p.m." (tokens "p",
# "m"), "pm", or one word with the hour: "3pm", "10:30am", "threepm".
CLOCK_AMPM_WORDS = ("=m", "=am", "=pm", "numbered",
                    *(f"={w}{ampm}" for w in HOUR_WORDS for ampm in ("a", "p", "am", "pm")))

RULES = (
    # Thursday, April 25, 2019 · April 25 · Mar. 15, 2003 · March third 2015
    Rule("date_month_day", rf"\b(?:(?P<weekday>{WD}),?\s+)?(?P<month>{M}|{MA}\.?)\s+(?:the\s+)?(?:(?P<day>{DAY})(?:st|nd|rd|th)?\b|(?P<dayord>{ORD_ANY})\b(?!-))(?:,?\s+{YEAR_OR_BC})?", "date", flags=CS),
    # march 3 · may 5, 2019: a lower-case month needs its number
    Rule("date_month_day_lower", rf"\b(?:(?P<weekday>{WD_ANY}),?\s+)?(?P<month>{M_LOWER}|{MA_LOWER}\.)\s+(?P<day>{DAY})(?:st|nd|rd|th)?\b(?![.,:]?[0-9])(?!\s*(?:%|percent|miles|kilomet|km|times|people|blocks|yards|metres|meters|feet|points|per\b))(?:,?\s+(?P<year>[0-9]{{4}}){YEAR_AFTER})?", "date", flags=CS),
    # 25 April 2019 · the 15th of March · Monday 15 March 2003 · the first of March
    Rule("date_day_month", rf"\b(?:(?P<weekday>{WD}),?\s+)?(?:the\s+)?(?:(?P<day>{DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?|(?P<dayord>{ORD_ANY})\s+of\s+)(?P<month>{M}|{MA}\.?)(?:,?\s+{YEAR_OR_BC})?\b", "date", flags=CS),
    # 4/25/2019 · 31/10/1974 · 3/4/2015 (the order open unless the document tells)
    *NUMERIC_RULES,
    # April 2009 · March of 2003
    Rule("month_year", rf"\b(?P<month>{M}|{MA}\.?)(?:\s+of)?,?\s+(?P<year>[0-9]{{4}}){YEAR_AFTER}\b", "date", flags=CS),
    Rule("month_year_lower", rf"\b(?P<month>{M_LOWER})\s+(?P<year>[0-9]{{4}}){YEAR_AFTER}\b", "date", flags=CS),
    # 1945, Sep · 1946, Apr–July: a year then its month, as tables and chronologies write it
    Rule("year_comma_month", rf"\b(?P<year>1[0-9]{{3}}|20[0-9]{{2}}),\s+(?P<month>{M}|{MA}\.?)(?:\s*[–—-]\s*(?P<month2>{M}|{MA}\.?))?(?![\w-])(?!\s*[0-9])(?!\s+[A-Z][a-z])", "month_range", flags=CS),
    # February in 2019 or last year
    Rule("month_relative_year", rf"\b(?P<month>{M})\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b", "month_of_year", flags=CS),
    # March 1–3, 2019 · July 13-15
    Rule("day_range", rf"\b(?P<month>{M}|{MA}\.?)\s+(?P<day>{DAY})(?:st|nd|rd|th)?\s*(?:[–—-]|to|through|until|and)\s*(?P<day2>{DAY})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>[0-9]{{4}}){YEAR_AFTER})?", "day_range", flags=CS),
    # 13-15 July · from 13 to 15 July · 1–8 September 2019
    Rule("day_range_dm", rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?(?:the\s+)?(?P<day>{DAY})(?:st|nd|rd|th)?\s*(?:[–—-]|to|until|through|and)\s*(?:the\s+)?(?P<day2>{DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{M}|{MA}\.?)(?:,?\s+(?P<year>[0-9]{{4}}){YEAR_AFTER})?\b", "day_range", flags=CS),
    # February · in May ("may" the verb is lower case; "May" alone needs a preposition).
    # A month name before another capitalised word is a name ("April Ryan") unless a
    # preposition says it is a month.
    # ... and "the March for Life", "the March of the Mothers" are marches.
    Rule("month_alone", rf"\b(?P<month>{M_NOT_MAY})\b(?!\s+[A-Z][a-z])(?!\s+(?:for|of\s+the)\s+[A-Z])", "date", flags=CS),
    Rule("month_prep", rf"\b(?:{either_case(MONTH_PREPOSITIONS)}|mid-)\s*(?P<x>(?P<month>{M}))\b", "date", flags=CS),
    Rule("month_prep_lower", rf"\b(?:{either_case(MONTH_PREPOSITIONS_LOWER)}|mid-)\s*(?P<x>(?P<month>{M_LOWER_SAFE}))\b(?!-)", "date", flags=CS),
    # Thursday · on Monday · on monday · by friday
    # "the Good Friday Agreement": a holiday name inside a longer name is neither
    Rule("weekday", rf"\b{HOLIDAY_HEADS}(?P<weekday>{WD})\b", "date", flags=CS),
    Rule("weekday_lower", rf"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]ill)\s+(?P<x>(?P<weekday>{alternation(WEEKDAYS)}))\b", "date", flags=CS),
    # Tuesday the 19th · on the 19th: the month left to find
    Rule("weekday_day", rf"\b(?P<weekday>{WD_ANY}),?\s+the\s+(?:(?P<day>{DAY})(?:st|nd|rd|th)|(?P<dayord>{ORD}))\b(?!\s+(?:of\b|century\b|[a-z]))", "date", flags=CS),
    Rule("day_of_month", rf"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince)\s+(?P<x>the\s+(?:(?P<day>{DAY})(?:st|nd|rd|th)|(?P<dayord>{ORD})))(?=\s*(?:[,.;:)]|$|{alternation(DAY_ORDINAL_FOLLOWERS)}\b))", "date", flags=CS),
    # Christmas Eve 1914 · Thanksgiving · last Christmas · Easter of 2019
    Rule("holiday", rf"\b(?=(?-i:[A-Z]))(?P<holiday>{HOL})(?!\s+(?-i:[A-Z])[a-z])(?:,?\s+(?:of\s+)?(?P<year>[0-9]{{4}}){YEAR_AFTER})?\b", "holiday"),
    Rule("holiday_relative", rf"\b(?P<rel>last|next|this|this\s+past|coming)\s+(?=(?-i:[A-Z]))(?P<holiday>{HOL})\b", "holiday"),
    # the first Monday of this month · the last Friday in March · the last day of October
    Rule("nth_weekday_of_month", rf"\b(?:the\s+)?(?P<nth>{NTH_WORDS})\s+(?P<weekday>{WD_ANY})\s+(?:of|in)\s+{CONTAINER}\b", "within", flags=CS),
    Rule("nth_day_of_month", rf"\b(?:the\s+)?(?P<nth>first|last|final)\s+(?P<unit>day|week)\s+(?:of|in)\s+{CONTAINER}\b", "within", flags=CS),
    # Wednesday next week · Friday of last week · Monday this week
    Rule("weekday_of_week", rf"\b(?P<weekday>{WD_ANY})\s+(?:of\s+)?(?P<rel>next|last|this)\s+(?P<cunit>week)\b", "within", flags=CS),
    # the week of March 6: the week that holds the day
    Rule("week_of_date", rf"\bthe\s+(?P<unit>week)\s+of\s+(?P<month>{M}|{MA}\.?)\s+(?P<day>{DAY})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>[0-9]{{4}}){YEAR_AFTER})?", "week_of", flags=CS),
    # the 20th of next month
    Rule("day_of_relative_month", rf"\bthe\s+(?:(?P<day>{DAY})(?:st|nd|rd|th)|(?P<dayord>{ORD}))\s+of\s+(?P<rel>next|this|last)\s+(?P<cunit>month)\b", "within"),
    # 44 BC · AD 1066 · in 520
    Rule("year_era", rf"(?=[0-9])\b(?P<year>[0-9]{{1,4}})\s*(?P<era>{ERA})(?!\w)", "date", flags=CS),
    Rule("era_year", r"\b(?P<era>AD|A\.D\.)\s*(?P<year>[0-9]{1,4})\b", "date", flags=CS),
    # in 1066 · in about 520: a three-digit year needs "in"/"since" and nothing after it
    # that a count would take ("in 110 basis points")
    Rule("year_prep", rf"\b(?:in|since|year)\s+(?:(?:about|around|circa|c\.)\s+)?(?P<x>(?P<year>[1-9][0-9]{{2}})){YEAR_AFTER}\b(?=\s*(?:[,.;:)]|$|and\b|when\b|the\b))", "date", latent=True),
    # "founded about 520.": an approximate three-digit year closing its clause
    Rule("year_approx", rf"\b{alternation(APPROX_YEAR_WORDS)}\s+(?P<x>(?P<year>[1-9][0-9]{{2}}))(?=\s*(?:[.;](?![0-9])|$))", "date", latent=True),
    Rule("year_prep4", rf"\b(?:in|since|by|until|till|before|after|during|from|to|through|of|year)\s+(?:(?:about|around|circa|c\.)\s+)?(?P<x>(?P<year>[1-9][0-9]{{3}})){YEAR_AFTER}\b(?!\s*(?:BC|AD|B\.C|A\.D))", "date", latent=True),
    Rule("year_word", r"\b(?:the\s+)?year\s+(?P<year>[0-9]{3,4})\b(?!\s*(?:BC|AD|B\.C|A\.D))", "date"),
    # nineteen ninety-six · two thousand and one: years said in words (transcripts)
    Rule("year_words", rf"\b(?:(?P<month>{M})\s+|(?:the\s+)?year\s+)?(?:(?P<yearhigh>{alternation(YEAR_HIGH_WORDS)})[\s-]+(?P<yearlow>(?:{alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 20 <= n <= 90 and n % 10 == 0)})(?:[\s-](?:{alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 1 <= n <= 9 and ' ' not in w)}))?|(?:{alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 10 <= n <= 19)})|oh[\s-](?:{alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 1 <= n <= 9 and ' ' not in w)}))|(?P<thousand>(?P<yearhigh2>two)\s+thousand)(?:\s+(?:and\s+)?(?P<yearlow2>(?:{alternation(w for w, n in NUMBERS.items() if isinstance(n, int) and 1 <= n <= 19 and ' ' not in w and w not in ('a', 'an'))})))?)\b(?![\s-]+(?:percent|people|years|days|dollars|times))", "year_words"),
    Rule("year", rf"(?=[12])(?<![0-9.,:/$€£#])\b(?P<year>1[4-9][0-9][0-9]|20[0-9][0-9]){YEAR_AFTER}\b(?!\s*[-–—]\s*[0-9])", "date", latent=True),
    YEAR_RANGE,
    # the 1800s (a century) before the 1990s (a decade); the '90s; the nineties
    # "the 2000s" is read as the decade 2000-2009, like "the 1990s"
    Rule("century_hundreds", r"\b(?:the\s+)?(?P<century>1[0-9])00s\b", "century"),
    Rule("decade", r"\b(?:the\s+)?(?P<decade>1[0-9][0-9]|20[0-9])0s\b", "decade"),
    Rule("decade_short", r"(?=[Tt'’])(?:\bthe\s+['’]?|(?<![\w'’])['’])(?P<decade>[0-9]0)s\b", "decade"),
    Rule("decade_word", rf"\b(?:the\s+)?(?P<decword>{alternation(DECADE_WORDS)})\b", "decade"),
    Rule("century_ordinal", rf"\b(?:the\s+)?(?P<ordinal>[0-9]{{1,2}}(?:st|nd|rd|th)|{ORD})[\s-]+century(?!\w)(?:\s+(?P<era>{ERA}))?", "century"),
    # spring 2018 · the spring of 2018 · last spring
    Rule("season_year", r"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>[0-9]{4})\b", "season"),
    Rule("season_relative", r"\b(?P<rel>this\s+past|last|this|next|past|coming)\s+(?P<season>spring|summer|fall|autumn|winter)\b", "season"),
    # the first quarter of 2019 · Q1 2019 · 2018Q4 · the 4th quarter 2018 · week 17
    Rule("quarter", r"\b(?:the\s+)?(?:fiscal\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(?P<year>[0-9]{4}))?\b", "quarter"),
    # the 1988 third quarter · the 1989 first half
    Rule("year_quarter", r"\bthe\s+(?P<year>[0-9]{4})\s+(?:fiscal\s+)?(?P<quarter>first|second|third|fourth)[\s-]+quarter\b", "quarter"),
    Rule("year_half", r"\bthe\s+(?P<year>[0-9]{4})\s+(?P<half>first|second)\s+half\b", "half"),
    # for the quarter · in the quarter: the quarter under discussion
    Rule("the_quarter", r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Oo]f|[Oo]ver)\s+(?P<x>the\s+(?P<unit>quarter))\b(?!\s+(?:of|century|final|finals|mile|point)\b)(?![-’'])", "the_period", flags=CS),
    # this year's third quarter · the fourth quarter of last year
    Rule("quarter_relative_year", r"\b(?:(?P<rel>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?(?:(?P<quarter>first|second|third|fourth)[\s-]+quarter|(?P<half>first|second)\s+half)|(?:the\s+)?(?:(?P<quarter2>first|second|third|fourth)\s+quarter|(?P<half2>first|second)\s+half)\s+of\s+(?P<rel2>this|last|next)\s+year)\b", "quarter_of_year"),
    # "the third-quarter loss": the article belongs to the noun, not to the date
    Rule("quarter_adjective", r"\b(?P<quarter>first|second|third|fourth)-quarter\b", "quarter"),
    Rule("quarter_relative", r"\bthe\s+(?P<rel>latest|most\s+recent|previous|last|past|current|recent)\s+(?P<unit>quarter)\b", "relative"),
    *PERIOD_RULES,
    Rule("half_year", r"\b(?:the\s+)?(?P<half>first|second|last)\s+(?:half|two\s+quarters)\s+(?:of\s+)?(?P<year>[0-9]{4})\b", "half"),
    Rule("week_number", r"\bweek\s+(?P<week>[0-9]{1,2})(?:\s+(?:of\s+)?(?P<year>[0-9]{4}))?\b", "week"),
    # last week · this year · next month · last Friday · last March · this fiscal year
    Rule("relative_unit", rf"\b(?P<rel>last|this|next|coming|current|previous|latest)\s+(?:fiscal\s+)?(?P<unit>{alternation(RELATIVE_UNITS)})\b", "relative"),
    Rule("relative_unit_after_next", rf"\bthe\s+(?P<unit>{alternation(AFTER_NEXT_UNITS)})\s+(?P<rel>after\s+next)\b", "relative"),
    Rule("relative_weekday", rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+(?P<weekday>{WD_ANY})\b", "relative", flags=CS),
    Rule("weekday_after_next", rf"\b(?P<weekday>{WD_ANY})\s+(?P<rel>after\s+next)\b", "relative", flags=CS),
    Rule("relative_month", rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<month>{M})\b", "relative", flags=CS),
    # the weekend · this weekend · last weekend · this past weekend
    Rule("weekend", r"\b(?:(?P<past>this\s+past|the\s+past)\s+weekend|(?P<rel>this|last|next|coming)\s+weekend|the\s+weekend)\b", "weekend"),
    # two years ago · a few days ago · a fortnight ago
    Rule("ago", rf"\b(?P<amount>{COUNT})\s+(?P<unit>{U})(?:\s+(?P<orso>or\s+so))?\s+ago\b", "relative"),
    Rule("ago_bare", rf"\b(?P<unit>{alternation(AGO_UNITS)})\s+ago(?P<vague>)\b", "relative"),
    # the following Monday: that weekday after the day told before
    Rule("anaphoric_weekday", rf"\b[Tt]he\s+(?P<dir>following|next|previous|preceding)\s+(?P<weekday>{WD_ANY})\b", "anaphoric_weekday", flags=CS),
    # in a week · in two years' time · seven days hence · three weeks from now
    Rule("ahead", rf"\bin\s+(?P<x>(?P<amount>{COUNT})\s+(?P<unit>{U})(?:['’]s?\s+time)?)(?P<ahead>)\b(?!\s+(?:of|and|to|ago|before|after|later|earlier|old|in|that|which|when|where)\b)(?!-)", "in_duration"),
    Rule("ahead_from_now", rf"\b(?P<amount>{COUNT})\s+(?P<unit>{U})\s+(?:hence|from\s+now|from\s+today)(?P<ahead>)\b", "relative"),
    Rule("deictic", rf"\b(?P<x>{alternation(DEICTICS)})\b", "deictic"),
    # a few days later · the next day · the following year · two weeks earlier · that year
    # by the end of the year · during the month: the current unit, told as a part of it
    # "for the year ended Sept. 30": a twelve-month period told by its end, a duration
    Rule("year_ended", r"\b(?P<x>the\s+(?:fiscal\s+)?(?P<unit>year))\s+(?:ended|ending)\b", "duration", TimexType.DURATION),
    Rule("current_unit", rf"\b(?:of|during|for|in|over|throughout)\s+(?P<x>the\s+(?:full\s+|fiscal\s+|current\s+)?(?P<unit>{alternation(CURRENT_UNITS)}))\b(?!\s+(?:before|after|earlier|later|ago|of|that|when|since|to|in|two|[0-9])\b)(?![-’'])", "relative"),
    # the latest period (of a results story) · by year-end
    # later in the day: the day told of (the document date's, unless one was told)
    Rule("in_the_day", r"\b(?:[Ll]ater|[Ee]arlier)\s+in\s+(?P<x>the\s+(?P<unit>day))\b(?!\s+(?:before|after)\b)", "the_period"),
    Rule("latest_period", r"\b[Tt]he\s+(?:latest|most\s+recent)\s+period\b", "latest_period"),
    Rule("year_end", r"\b(?:year-end|year\s+end|year['’]s\s+end)\b", "year_end"),
    Rule("anaphoric_amount", rf"\b(?P<dur>(?P<amount>{COUNT})\s+(?P<unit>{U}))\s+(?P<dir>{alternation(ANAPHORIC_DIRECTIONS)})\b", "anaphoric"),
    # the year-ago quarter · year-earlier profit: the same period a year before
    Rule("anaphoric_year_ago", r"\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?(?:year-(?:ago|earlier)(?:\s+(?:(?P<quarter>first|second|third|fourth)\s+)?(?:quarter|period|month|year))?|(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)|(?:period|quarter)\s+a\s+year\s+(?:ago|earlier))\b", "year_ago"),
    # the 1988 period · the 1988 quarter (after "the third quarter"): that period in 1988
    Rule("period_of_year", r"\bthe\s+(?P<year>1[0-9]{3}|20[0-9]{2})\s+(?:period|quarter)\b", "period_of_year"),
    Rule("anaphoric_the", rf"\bthe\s+(?P<dir>next|following|previous|preceding|same)\s+(?P<unit>{alternation(ANAPHORIC_UNITS)})\b", "anaphoric"),
    # "the day before": the day before the date told before; "the day before the vote"
    # names its own anchor (an event) and is left alone.
    Rule("anaphoric_the_unit", rf"\bthe\s+(?P<unit>{alternation(UNITS_BEFORE)})\s+(?P<dir>before|after|earlier|later)\b(?!\s+(?!yesterday\b|tomorrow\b|last\b)[a-z])(?!\s+[A-Z][a-z]+(?:'s|’s)?\s+[a-z])", "anaphoric"),
    Rule("anaphoric_that", rf"\b(?P<dir>that)\s+(?P<unit>{alternation(THAT_UNITS)})\b", "anaphoric"),
    # at the time: the time told of, in the past
    Rule("at_the_time", r"\b[Aa]t\s+(?P<x>the\s+time)\b(?!\s+(?:of|when|that|being|to)\b)", "ref_past"),
    # over the summer · into the summer · the early summer
    Rule("season_prep", r"\b(?:[Ii]n|[Oo]ver|[Dd]uring|[Ii]nto|[Tt]hrough|[Ss]ince|[Uu]ntil|[Bb]y|[Oo]f|[Ff]or)\s+(?P<x>the\s+(?:(?:early|late)\s+)?(?P<season>summer|spring|fall|autumn|winter))\b(?!\s+of\b)(?!-)", "season", flags=0),
    Rule("reference", rf"\b(?P<ref>{alternation(r for r in REFS if r not in ('current', 'soon'))})\b", "ref"),
    # soon: a time shortly after the document date ("as soon as", "soon after" are links)
    Rule("soon", r"(?<!as )\b(?P<ref>soon)\b(?!\s+(?:as|after|afterwards?|thereafter)\b)", "ref"),
    # "the current weakness", "his current position": as it is now (not "current account")
    Rule("current_adjective", r"\b(?P<ref>current)(?=\s+(?!(?:account|accounts|affairs|events|flow|flows|assets|liabilities)\b)[a-z])", "ref"),
    # the past year · over the last two years · the past three months
    Rule("window", rf"\b(?:the\s+)?(?:past|last|previous)\s+(?:(?P<amount>{COUNT})\s+)?(?P<unit>{U})\b", "window", TimexType.DURATION),
    # the next three weeks · the coming weeks · within two weeks: ahead
    Rule("window_ahead", rf"\b(?:the\s+)?{alternation(WINDOW_AHEAD_WORDS)}\s+(?:(?P<amount>{COUNT})\s+)?(?P<unit>{U})(?P<ahead>)\b", "window", TimexType.DURATION),
    Rule("window_within", rf"\bwithin\s+(?P<x>(?:the\s+next\s+)?(?P<amount>{COUNT})\s+(?P<unit>{U}))(?P<ahead>)\b", "window", TimexType.DURATION),
    Rule("window_ahead_after", rf"\bthe\s+(?P<unit>{alternation(AHEAD_UNITS)})\s+ahead(?P<ahead>)\b", "window", TimexType.DURATION),
    # for years · in recent weeks · within days: a number of units the text does not give
    Rule("duration_bare", rf"\b(?:[Ff]or|[Ww]ithin|[Oo]ver)\s+(?P<x>(?P<unit>{alternation(BARE_UNITS)}))(?P<vague>)\b(?!\s+(?:of|to|ago|before|after|later|earlier|old)\b)(?!-)", "duration", TimexType.DURATION),
    Rule("duration_recent", r"\b(?P<x>recent\s+(?P<unit>days|weeks|months|decades))(?P<vague>)\b", "duration", TimexType.DURATION),
    # three years · ten days · a five-year plan · 1.5 hours · half an hour · an hour and a half
    # "the first nine months"; not an age ("a 6-year-old", "52 years old")
    # ... "the 14-day waiting period": before a compound adjective "the" is the noun's
    Rule("duration", rf"\b(?:the\s+(?:first\s+|last\s+|next\s+)?(?=[^\s-]+\s))?(?P<amount>{COUNT})[\s-]+(?:(?:mere|full|whole|more|additional|extra|trading|business|working)\s+)?(?P<unit>{U})\b(?:\s+(?P<andhalf>and\s+a\s+half)|(?<=s)['’](?![\w'’]))?(?!-old)(?!\s+old\b)(?<!quarter(?=\s+of\s+(?:the|its|their|his|her|all|our|a|an|this|that|these|those)\b))(?<!quarters(?=\s+of\s+(?:the|its|their|his|her|all|our|a|an|this|that|these|those)\b))", "duration", TimexType.DURATION),
    # every year · each week · every Monday · annually · every morning · each July
    Rule("set_unit", rf"\b(?:every|each)\s+(?:(?:(?P<amount>{COUNT})|(?P<other>other))\s+)?(?P<unit>day|days|week|weeks|month|months|quarter|quarters|season|seasons|year|years|decade|decades)\b", "set", TimexType.SET),
    Rule("set_weekday", rf"\b(?:[Ee]very|[Ee]ach)\s+(?P<weekday>{WD_ANY})\b", "set", TimexType.SET, flags=CS),
    Rule("set_part_of_day", rf"\b(?:every|each)\s+(?P<part>{alternation(DAY_PARTS)})\b", "set", TimexType.SET),
    Rule("set_month", rf"\b(?:[Ee]very|[Ee]ach)\s+(?P<month>{M})\b", "set", TimexType.SET, flags=CS),
    Rule("set_season", r"\b(?:every|each)\s+(?P<season>spring|summer|fall|autumn|winter)\b", "set", TimexType.SET),
    Rule("set_times", rf"\b(?:{alternation(TIMES_WORDS)}|(?:three|four|five|several|[0-9]{{1,2}})\s+times)\s+(?:a|per|each|every)\s+(?P<unit>day|week|month|year)\b", "set", TimexType.SET),
    # "paid quarterly" is a recurrence; "a quarterly dividend" describes a noun
    Rule("set_adverb", rf"\b(?P<unit>{alternation(FREQUENCY_ADVERBS)})\b(?!\s+(?!(?:in|on|at|for|and|or|but|from|to|since|by|with|until|through|over|during)\b)[a-z])", "set", TimexType.SET),
    # Friday morning · yesterday evening · this morning · tonight · last night
    Rule("part_of_day", rf"\b(?:(?P<weekday>{WD_ANY})|(?P<dayword>(?i:yesterday|today|tomorrow|this|last)))\s+(?P<part>(?i:{alternation(DAY_PARTS)}))\b", "part_of_day", TimexType.TIME, flags=0),
    Rule("part_of_day_alone", rf"\b(?:in|during)\s+(?P<x>the\s+(?P<part>{alternation(DAYTIME_PARTS)}))(?P<alone>)\b(?!\s+(?:of|after|before)\b)", "part_of_day", TimexType.TIME),
    Rule("tonight", r"\b(?P<part>tonight)\b", "part_of_day", TimexType.TIME),
    # 3 pm · 10:35 a.m. · 15:00 GMT · noon · 4 in the morning: joined to the day they refine
    Rule("clock_ampm", rf"\b(?:(?:about|around|approximately)\s+)?(?P<hour>{HOUR12})(?:[:.](?P<minute>[0-5][0-9]))?\s*{AMPM}{ZONE}", "clock", TimexType.TIME, flags=CS),
    Rule("clock_24h", rf"(?=[0-9])\b(?P<hour>[01]?[0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?!\s*[AaPp]\.?\s?[Mm]\b){ZONE}(?![0-9:])", "clock", TimexType.TIME, flags=CS),
    Rule("clock_oclock", rf"\b(?P<hour>{HOUR12})\s+(?:o['’]clock(?:\s+in\s+the\s+(?P<part>{alternation(DAY_PARTS)}))?|in\s+the\s+(?P<part2>{alternation(DAYTIME_PARTS)}))\b", "clock", TimexType.TIME),
    Rule("clock_word", rf"\b(?P<clockword>{alternation(CLOCK_WORDS)}){ZONE}\b", "clock", TimexType.TIME),
    Rule("fiscal_year", r"\b(?:fiscal(?:\s+year)?|FY)\s*['’]?(?P<year>[0-9]{4})\b", "date"),
    Rule("set_weekday_plural", rf"\b(?:[Oo]n\s+)?(?P<x>(?P<weekday>{WD})s)\b", "set", TimexType.SET, flags=CS),
)

EN = Lang(
    code="en",
    name="English",
    months={**MONTHS, **MONTH_ABBREVIATIONS},
    weekdays=WEEKDAYS,
    seasons=SEASONS,
    units={**UNITS, **FREQUENCY_ADVERBS},
    numbers={**NUMBERS, **ORDINALS, **VAGUE},
    relations=RELATIONS,
    directions=DIRECTIONS,
    eras=ERAS,
    deictics=DEICTICS,
    refs=REFS,
    decade_words=DECADE_WORDS,
    rules=RULES,
    approx_words=APPROX_WORDS,
    part_words=PART_WORDS,
    plural_units=PLURAL_UNITS,
    interval_patterns=(
        (r"from", r"to|until|till|through|thru"),
        (r"between", r"and"),
        (r"", r"[–—-]|to|until|through"),
    ),
    since_words=("since", "ever since"),
    deadline_words=("by", "until", "till"),
    parts_of_day=PARTS_OF_DAY,
    # "would" is a future seen from a past moment; in news that moment is days old, so the
    # time it points to mostly still lies ahead ("said it would leave on March 30").
    future_cues=("will", "'ll", "is going to", "are going to", "plans to", "plan to",
                 "planned to", "planning", "planned", "plans", "would", "expected to", "expects to", "scheduled to", "due to",
                 "must", "payable", "effective", "deadline",
                 "is expected to", "are expected to", "is scheduled", "are scheduled",
                 "is due to", "are due to", "next", "upcoming", "shall",
                 # verbs of expiry and schedule point ahead: "the offer expires Nov. 6"
                 "expire", "expires", "expiring", "take effect", "takes effect",
                 "is to", "are to", "to be completed", "to be published", "to be held",
                 "extended to", "extended until", "record date", "set to", "is set for",
                 "slated", "pending", "later this", "as soon as", "as early as", "scheduled",
                 "expected", "of record"),
    place_prepositions=("in", "at"),
    fronted_adverbs=(),
    clause_breaks=("that", "which", "who", "while", "but", "and", "because", "when",
                   "where", "after", "before", "although", "whereas"),
    year_blockers_before=(
        "no", "no.", "nr", "page", "p.", "pp.", "route", "highway", "flight", "room",
        "section", "article", "resolution", "chapter", "code", "boeing", "airbus", "model",
        "number", "$", "usd", "€", "£", "line", "bill", "h.r.", "s.", "case", "dow",
        "index", "pages", "version", "paragraph", "figure", "table", "pay", "pays", "paid",
        "owe", "owes", "owed", "costs", "cost",
    ),
    year_blockers_after=(
        "percent", "%", "per", "dollars", "euros", "pounds", "yen", "people", "persons",
        "soldiers", "troops", "votes", "meters", "metres", "km", "kilometers", "miles",
        "tons", "tonnes", "kilograms", "kg", "feet", "years", "days", "weeks", "months",
        "children", "residents", "employees", "dead", "killed", "pages", "participants",
        "refugees", "copies", "warheads", "prisoners", "men", "women", "students",
        "civilians", "shots", "rockets", "missiles", "planes", "aircraft", "cars", "homes",
        "houses", "members", "delegates", "hours", "minutes", "seconds", "points", "shares",
        "barrels", "megawatts", "acres", "jobs", "workers", "units", "million", "billion",
    ),
    stopwords=frozenset(
        "the of and to a in is that for on with as was it by at from his he said has have "
        "be are were an will this which not but its they had been who would their there "
        "after also more than about into over when or she her we our you what can could "
        "new other some them these those one two year years last".split()
    ),
    abbreviations=frozenset(
        "mr mrs ms dr prof sen rep gov gen col lt sgt capt st jr sr inc corp co ltd jan feb "
        "mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e etc vs no approx est "
        "dept univ ave blvd mt ft a.m p.m b.c a.d c ca".split()
    ),
    event_types={
        "expulsion": ("expel", "expulsion", "kicked out", "deport", "persona non grata",
                      "ordered out", "threw out"),
        "withdrawal": ("withdr", "pulled out", "pull out", "pulls out", "quit", "left the",
                       "exit from", "pullout"),
        "sanctions": ("sanction", "embargo", "boycott", "blacklist", "tariff", "asset freeze",
                      "froze"),
        "election": ("election", "elected", "re-elected", "inaugurat", "sworn in",
                     "referendum", "took office", "vote"),
        "conflict": ("war ", "war,", "war.", "attack", "invasion", "invaded", "invade",
                     "conflict", "fighting", "bomb", "occupied", "occupation", "annex",
                     "missile test", "nuclear test", "launched", "fired", "coup", "uprising",
                     "blockade", "shelling", "massacre", "clashes", "killed", "assassinat"),
        "meeting": ("summit", "met ", "meet", "meeting", "conference", "talks with",
                    "gather ", "gathered", "convene"),
        "visit": ("visit", "traveled to", "travelled to", "arrived in", "trip to", "toured",
                  "travel to", "travels to", "traveling to", "travelling to", "arrive in",
                  "arrives in", "arriving in",
                  # a visit's programme: the dinners and ceremonies of a host
                  "dinner", "banquet", "luncheon", "welcome ceremony", "arrival ceremony",
                  "wreath"),
        "negotiations": ("negotiat", "talks", "dialogue", "mediat", "peace process",
                         "discuss"),
        "agreement": ("agreement", "treaty", "accord", "signed", "sign ", "ratif", "deal",
                      "pact", "ceasefire", "cease-fire", "truce", "agreed", "concluded"),
        "statement": ("said", "says", "stated", "announced", "declared", "warned",
                      "criticized", "criticised", "rejected", "condemned", "demanded",
                      "stressed", "confirmed", "threatened", "promised", "urged", "told",
                      "called for", "described", "denied", "recogni"),
    },
    process_nouns=("talks", "negotiations", "war", "conflict", "dialogue", "process",
                   "occupation", "peace process"),
    end_verbs=("broke down", "collapsed", "ended", "broke off", "came to an end", "were suspended",
               "was suspended", "stalled", "ceased", "broke off", "were broken off",
               "lasted", "lasted until", "continued until", "went on until", "were concluded",
               "was concluded", "concluded"),
    pronouns={"they": "process", "it": "process", "the country": "state",
              "the regime": "state", "he": "person", "she": "person"},
    after_connectors=("after",),
    subordinators=("since", "because", "while", "although"),
    verb_subordinators=("after", "before", "until", "once"),
    date_prepositions=("in", "on", "at", "from", "by", "during", "of", "until", "over", "for",
                       "before", "after", "around", "through",
                       # "as of today"; the night a date closes: "the night of 8 April"
                       "as of", "the night of", "on the night of", "the night between"),
    rule_needs={
        **NUMERIC_RULE_NEEDS,
        **dict.fromkeys(("date_month_day", "date_month_day_lower", "date_day_month",
                         "month_year", "month_year_lower", "year_comma_month",
                         "month_relative_year",
                         "day_range", "day_range_dm", "month_alone", "relative_month",
                         "set_month"), ("month",)),
        # or, run into the word before it, that word and the month: "InMarch"
        "month_prep": ("month", *joined_needs(MONTH_PREPOSITIONS, MONTHS)),
        "month_prep_lower": ("month", *joined_needs(MONTH_PREPOSITIONS_LOWER, MONTHS_LOWER_SAFE)),
        # a year opens a word: "1998", "1800s", "1990s"; "in 992"; "the '90s"; "9:30"
        **dict.fromkeys(("year_prep4", "year", "century_hundreds", "decade"), ("digits:4",)),
        "year_prep": ("digits:3",),
        "decade_short": tuple(f"={d}0s" for d in range(10)),  # "the '90s"
        "clock_24h": ("digits:1", "digits:2"),
        # era letters: "BC", "AD", "B.C.", "A.D.", "C.E." (tokens "B", "C", "D", "E")
        # or one word with the year: "44BC", "AD1066"
        **dict.fromkeys(("year_era", "era_year"), ("=bc", "=bce", "=ad", "=ce", "=b", "=d",
                                                   "=e", "numbered", "code")),
        "year_approx": word_needs(APPROX_YEAR_WORDS),
        "year_word": ("=year",),
        **dict.fromkeys(("weekday", "weekday_lower", "relative_weekday", "set_weekday",
                         "set_weekday_plural", "weekday_day", "weekday_of_week",
                         "weekday_after_next", "nth_weekday_of_month"), ("weekday",)),
        **dict.fromkeys(("season_year", "season_relative", "set_season"), ("season",)),
        "ago": ("=ago",),
        "ago_bare": ("=ago",),
        "anaphoric_weekday": ("weekday",),
        "ahead_from_now": ("=hence", "=now", "=today"),
        "anaphoric_amount": word_needs(ANAPHORIC_DIRECTIONS),
        "window_ahead": word_needs(WINDOW_AHEAD_WORDS),
        "window_within": ("=within",),
        "duration_recent": ("=recent",),
        "set_times": word_needs(TIMES_WORDS, ("times",)),
        **dict.fromkeys(("ahead", "window", "duration", "set_unit"), ("unit",)),
        # rules that name their units: one of those words, not any unit ("years", "hour")
        "relative_unit": word_needs(RELATIVE_UNITS),
        "relative_unit_after_next": word_needs(AFTER_NEXT_UNITS),
        "anaphoric_the": word_needs(ANAPHORIC_UNITS),
        "anaphoric_the_unit": word_needs(UNITS_BEFORE),
        "anaphoric_that": word_needs(THAT_UNITS),
        "duration_bare": word_needs(BARE_UNITS),
        "quarter_relative": ("=quarter",),
        "nth_day_of_month": ("=day", "=week"),
        "day_of_relative_month": ("=month",),
        "set_adverb": word_needs(FREQUENCY_ADVERBS),
        "part_of_day": word_needs(DAY_PARTS),
        "part_of_day_alone": word_needs(DAYTIME_PARTS),
        "set_part_of_day": word_needs(DAY_PARTS),
        "tonight": ("=tonight",),
        "fiscal_year": ("=fiscal", "=fy", "code"),  # "FY2018" is one token
        "holiday": ("holiday",),
        "holiday_relative": ("holiday",),
        "weekend": ("=weekend",),
        "anaphoric_year_ago": ("=year", "=corresponding", "=comparable"),
        "day_of_month": DAY_ORDINAL_WORDS,
        "clock_ampm": CLOCK_AMPM_WORDS,
        "clock_oclock": word_needs(("o'clock",), DAYTIME_PARTS),
        "clock_word": ("clock",),
        "quarter_relative_year": ("=quarter", "=half"),
        "year_quarter": ("=quarter",),
        "year_half": ("=half",),
        "the_quarter": ("=quarter",),
        "year_ended": ("=ended", "=ending"),
        "latest_period": ("=period",),
        "in_the_day": ("=day",),
        "week_of_date": ("=week",),
        "period_of_year": ("=period", "=quarter"),
        "at_the_time": ("=time",),
        "current_adjective": ("=current",),
        "soon": ("=soon",),
        "season_prep": ("season",),
        "year_end": ("=end",),
        "window_ahead_after": ("=ahead",),
        "year_words": word_needs(YEAR_HIGH_WORDS, ("thousand",)),
        "quarter_adjective": ("=quarter",),
        "decade_word": ("decade",),
        "century_ordinal": ("=century",),
        "quarter": ("=quarter",),
        "half_year": ("=half", "=quarters"),
        "week_number": ("=week",),
        "deictic": ("deictic",),
        "reference": ("ref",),
        "current_unit": word_needs(CURRENT_UNITS),
    },
    spaced_compound_names=True,
    non_person_heads=frozenset(
        "Wall Street House Treaty Agreement Accord Accords War Union Council Summit Conference "
        "Party Army Navy Ministry Office Bank Court Post Times Daily News Airport University "
        "Square Palace Bridge Gate Sea Ocean River Island Islands Mountains Republic Kingdom "
        "Empire Pact Alliance Front Movement Group Committee Commission Assembly Parliament "
        "Congress Senate Declaration Charter Convention Protocol Act Plan Doctrine Crisis "
        "Revolution Day Games Cup Prize Agency Organization Organisation Fund Forum Institute "
        "Center Centre Program Programme Initiative Process Talks Strait Gulf Canal Peninsula "
        "Province Region District City County State States Coast Valley Desert Corridor Zone "
        "Line Wars Trade Exchange Index Award Stadium Hotel Hospital Church Cathedral Mosque".split()),
    np_openers=("his", "her", "their", "its", "after", "before", "during", "since"),
    genitive_endings=("'s", "’s"),
    np_stops=("which", "that", "was", "were", "is", "are", "had", "has", "when",
              "but", "where", "will", "would"),
    complementisers=("that",),
    schedule_cues=("goes into effect", "go into effect", "went into effect", "takes effect",
                   "take effect", "comes into force", "come into force", "enters into force",
                   "ahead of", "in the run-up to", "scheduled for", "set for", "slated for",
                   "due on",
                   # what is prepared for lies ahead: "paving the way for the summit in July"
                   "paving the way for", "to pave the way for", "preparing for",
                   "to prepare for", "in preparation for"),
    # "could" as "kan": a possibility, ahead ("Lavrov could meet them on August 17")
    hope_cues=("may", "might", "could", "hope", "hopes", "hoping", "if", "unless",
               "considering", "would consider", "risks", "should", "ought to"),
    possible_cues=("could", "possibly", "perhaps", "likely", "unlikely", "hoped"),
    furniture_openers=("Photo", "Photos", "Image:", "Picture:", "Caption:", "Read more",
                       "Read also", "See also", "Related:", "Updated", "Last updated",
                       "Published", "Posted", "This story is from", "Source:", "Sources:",
                       "Advertisement", "Copyright", "Jump to", "From Wikinews", "Printed in",
                       "Reprinted", "Ibid", "See ibid", "For text, see", "Contact:",
                       "Accessibility links", "Breaking News", "Press contact"),
    furniture_marks=("©", "All rights reserved", "does not necessarily reflect",
                     "Click here", "Sign up for", "Journalists who wish", "Journalists wishing",
                     "Media wishing", "accreditation", "Adjust font size", "Font size:",
                     "Print this page", "Share this article"),
    counter_words=("Read", "Views", "Viewed", "Comments", "Hits"),
    credit_marks=("(Photo", "Photo:", "Photo credit", "(AP Photo", "AP Photo/", "Getty Images",
                  "(Reuters", "Reuters/", "AFP/", "(AFP"),
    coordinators=("and",),
    event_relations={"after": "after", "during": "during", "at": "at", "following": "after",
                     "before": "before", "ahead of": "before", "in the wake of": "after"},
    reference_nouns=("summit", "meeting", "talks", "negotiations", "agreement", "treaty",
                     "visit", "election", "conference", "vote", "voting", "signing",
                     "referendum", "ceremony", "invasion", "attack", "announcement", "decision",
                     "war", "coup", "expulsion", "sanctions", "session", "press conference"),
    definite_articles=("the", "that", "this"),
    np_complements=("with", "between", "of", "on"),
    prepositions=("in", "on", "at", "of", "for", "with", "to", "from", "by", "about", "against",
                  "under", "after", "before", "between", "over", "through", "without", "into",
                  "during", "among"),
    determiners=("the", "a", "an", "this", "that", "these", "those", "its", "their", "his",
                 "her", "both", "all"),
    subject_pronouns=("he", "she", "they", "we", "i", "it"),
    speaker_pronouns=("we", "i"),
    agreement_verbs=("agreed to", "have agreed to", "has agreed to", "had agreed to",
                     "decided to", "have decided to", "has decided to", "had decided to",
                     "promised to", "pledged to", "undertook to"),
    plan_marker="to",
    when_openers=("when", "as"),
    report_occasions=("when", "as", "after", "before", "while", "during", "at", "in"),
    adjunct_openers=("while", "during", "with", "without", "upon", "amid", "amidst", "despite",
                     "following", "before", "after", "according to", "in response to", "within",
                     "throughout", "across"),
    gerund_ending="ing",
    finite_verbs=frozenset(
        "was were is are has have had will would can could may might shall should must "
        "began met said says took made held led won went came broke left gave sent told "
        "became rose fell struck began ran saw drew wrote spoke stood "
        # the other irregular pasts a report of events uses
        "withdrew fought sought brought caught thought chose froze knew grew threw flew "
        "overthrew forbade bound found lost paid laid sold kept fled spent lent built "
        "meant felt dealt arose sank swore undertook overtook understood "
        "forgave bore tore shook hung".split()),
    past_endings=("ed",),
    auxiliaries=frozenset("was were is are has have had will would can could may might "
                          "shall should must".split()),
    infinitive_markers=("to",),
    title_tails=("when", "until", "while", "because", "although", "whereas", "so that",
                 "in order to", "after", "before", "during", "amid", "following"),
    purpose_marker="to",
    infinitive_takers=frozenset(
        "how what whether where which who when possible impossible able unable likely "
        "unlikely ready about going set due order want wants wanted need needs needed "
        "plan plans try tries seek seeks hope hopes expect expects used way ways time "
        "right rights chance opportunity effort efforts attempt attempts bid bids decision "
        "power authority permission deadline reason ability willingness readiness "
        "refusal failure proposal offer call calls pressure move".split()),
    purpose_verbs=frozenset(
        "discuss attend meet sign hold mark prepare review negotiate address explore seek "
        "strengthen promote finalize finalise continue support investigate assess celebrate "
        "commemorate coordinate deepen boost launch present consult observe monitor "
        "inspect visit adopt approve resolve settle".split()),
    gerund_tail_prepositions=("for", "by", "without"),
    tail_modifiers=frozenset("even just shortly soon long right only well immediately".split()),
    act_verbs=("voted", "adopted", "approved", "imposed", "signed", "met", "agreed",
               "announced", "declared", "rejected", "proposed", "expelled", "withdrew",
               "invaded", "attacked", "launched", "fired", "elected", "appointed", "opened",
               "closed", "ended", "suspended", "resumed", "condemned", "welcomed",
               "recognized", "recognised", "ratified", "vetoed", "visited", "arrived in",
               "passed", "lifted", "extended", "postponed", "cancelled", "canceled",
               "held talks", "sanctioned", "unveiled", "concluded", "summoned", "struck",
               "seized", "arrested", "released", "killed", "captured", "dissolved", "joined",
               "quit", "resigned", "deployed", "accepted", "endorsed", "submitted",
               "ceded", "surrendered", "capitulated", "occupied", "annexed", "conquered",
               "founded", "established", "created", "appointed", "installed", "overthrew",
               "deposed", "discussed", "negotiated", "held", "was held", "were held",
               "was signed", "were signed", "was adopted", "were adopted", "was elected",
               "were imposed", "was established", "broke out", "broke down", "gave up",
               "traveled to", "travelled to", "crossed", "marched", "entered", "handed over",
               "delivered", "agreed to", "took part", "attended", "hosted", "received",
               "reached", "issued", "called for", "demanded", "warned", "threatened",
               "began", "started", "ended", "declared war",
               # as the Norwegian list: flight, a refusal told in the passive
               "fled", "evacuated", "was rejected", "were rejected"),
    report_verbs=("said", "says", "told", "stated", "announced", "reported", "tweeted"),
    news_outlets=NEWS_OUTLETS,
    media_reports=("reported", "first reported", "reports", "wrote", "revealed",
                   "broke the news of"),
    media_passives=("was first reported by", "was reported by", "were first reported by",
                    "were reported by", "first reported by", "as reported by"),
    occasion_verbs=("said", "told", "stated", "announced", "declared", "wrote"),
    # what a statement was made in or at, or to whom: after the verb and its subject
    statement_occasions=("statement", "joint statement", "speech", "interview",
                         "press release", "communique", "communiqué", "address",
                         "briefing", "press conference", "news conference", "letter",
                         "reporters", "journalists", "council", "assembly",
                         "parliament", "lawmakers", "conference", "summit"),
    statement_verbs=("confirmed", "has confirmed", "have confirmed", "stressed",
                     "emphasized", "emphasised", "noted", "added", "declared", "stated",
                     "announced", "explained", "insisted", "reiterated", "underlined",
                     "pointed out", "has said", "have said", "has announced"),
    zone_words=("time",),
    clause_verbs=("showed", "shows", "show", "found", "finds", "indicated", "indicates",
                  "suggested", "suggests", "revealed", "reveals", "learned", "knew",
                  "thought", "believed", "hoped", "feared", "argued", "claimed", "warned"),
    report_addressees=("reporters", "journalists", "the press", "the media", "lawmakers",
                       "a news conference", "a press conference", "a press briefing",
                       "a briefing", "a news briefing", "parliament", "the parliament",
                       "the council", "the assembly", "the committee"),
    denied_plans=("will not", "won't", "shall not", "is not going to", "are not going to",
                  "will never"),
    background_markers=("had", "earlier", "previously", "already", "at the time"),
    relative_pronouns=("which", "who", "whom", "whose", "where"),
    relative_nouns_pronouns=("which", "who", "that"),  # "that" only before a verb
    not_future=("next to", "next door", "could not", "could have", "could only",
                # past inability, not a possibility ahead: "could be located Wednesday"
                "could be"),
    obligation_cues=("must", "have to", "has to", "should", "ought to", "are required to", "is required to"),
    source_nouns=("media", "report", "reports", "agency", "newspaper", "daily", "press",
                  "broadcaster", "television", "tv", "radio", "communique", "communiqué",
                  "statement", "reuters", "ap", "afp", "yonhap", "xinhua", "kcna", "tass",
                  "interfax"),
    disclosure_frames=("it emerged that", "it became known that", "it was learned that",
                       "it was revealed that"),
    intention_verbs=("agreed", "agree", "agrees", "decided", "decide", "decides", "planned",
                     "promised", "promise", "promises", "pledged", "pledge", "pledges",
                     "vowed", "vow", "vows", "undertook", "resolved", "arranged", "offered",
                     "intend", "intends", "intended"),
    past_future_cues=("would", "was to", "were to", "was going to", "were going to",
                      "planned to", "was expected to", "were expected to",
                      "was scheduled to", "were scheduled to", "was due to", "were due to"),
    deadline_limits=("no later than", "not later than"),
    participation_verbs=("host", "hosts", "hosted", "hosting", "chair", "chairs", "chaired",
                         "chairing", "attend", "attends", "attended", "attending", "join",
                         "joins", "joined", "joining", "take part in", "takes part in",
                         "took part in", "taking part in", "participate in", "participates in",
                         "participated in", "participating in", "be present at",
                         "was present at", "were present at"),
    participation_passives=("was attended by", "were attended by", "will be attended by",
                            "is attended by", "was chaired by", "will be chaired by",
                            "is chaired by", "was hosted by", "will be hosted by",
                            "is hosted by"),
    anaphoric_determiners=("the", "this", "that", "these", "those"),
    anniversary_frames=("marks", "marked", "will mark", "is", "was", "will be"),
    anniversaries=(
        r"(?P<n>[0-9]{1,4})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?P<np>[^,.;:!?]+)",
    ),
    act_nouns={"establishment": "established", "signing": "signed", "founding": "founded",
               "foundation": "founded", "creation": "created", "adoption": "adopted",
               "implementation": "implemented", "ratification": "ratified",
               "conclusion": "concluded", "opening": "opened", "liberation": "liberated",
               "launch": "launched", "formation": "formed", "normalization": "normalized",
               "normalisation": "normalised", "restoration": "restored",
               "unification": "unified", "reunification": "reunified",
               "inauguration": "inaugurated", "proclamation": "proclaimed",
               "declaration": "declared", "dissolution": "dissolved"},
    act_object="of",
    act_agent="by",
    passive_be=("was", "were"),
    present_endings=("s",),  # "remains", "says": a present form after its subject
    linking_adverbs=("however", "meanwhile", "moreover", "nevertheless", "nonetheless",
                     "though", "instead", "also", "furthermore", "still", "indeed",
                     "separately", "finally", "then", "later", "earlier"),
    date_nouns=("date", "day"),
    state_starts={"ties": "established", "relations": "established",
                  "partnership": "established", "alliance": "formed"},
    negations=("not", "never", "no", "didn't", "hasn't", "haven't", "wasn't", "weren't",
               "won't", "cannot", "can't", "couldn't", "wouldn't", "doesn't", "don't",
               "isn't", "aren't", "hadn't", "shouldn't", "didn’t", "hasn’t", "haven’t",
               "wasn’t", "weren’t", "won’t", "can’t", "couldn’t", "wouldn’t", "doesn’t",
               "don’t", "isn’t", "aren’t", "hadn’t", "shouldn’t", "neither", "nor"),
    present_verbs=("is", "are", "meets", "meet", "holds", "hold", "is held", "are held",
                   "takes place", "take place", "visits", "travels", "arrives", "arrive",
                   "attends", "attend", "opens", "open", "begins", "begin", "starts",
                   "ends", "hosts", "host", "gathers", "gather", "convenes", "convene",
                   "pays", "is hosting", "are hosting",
                   "is visiting", "is meeting", "are meeting"),
    ordinal_days={"first": 1, "opening": 1, "second": 2, "third": 3, "fourth": 4,
                  "fifth": 5, "sixth": 6, "seventh": 7, "last": -1, "final": -1,
                  "closing": -1},
    ordinal_day_frames=(r"(?:the\s+)?{ord}\s+day\s+of\s+(?:(?:the|this|that)\s+|"
                        r"[A-Z][\w.-]*['’]s\s+)?{noun}",),
    lasting_verbs=("lasts", "lasted", "last", "runs", "ran", "continues", "continued",
                   "goes on", "went on", "spans", "spanned", "is held", "was held",
                   "takes place", "took place"),
    lasting_prepositions=("over", "for"),
    at_event_openers=("during", "throughout", "at", "in the course of", "over the course of"),
    story_present_verbs=(
        "signs", "sign", "agrees", "agree", "declares", "declare", "announces", "adopts",
        "approves", "imposes", "rejects", "ratifies", "recognizes", "recognises",
        "establishes", "establish", "founds", "joins", "join", "leaves", "withdraws",
        "invades", "invade", "attacks", "attack", "captures", "occupies", "annexes",
        "surrenders", "elects", "appoints", "resigns", "takes office", "opens", "ends",
        "concludes", "conclude", "breaks out", "falls", "collapses", "decides", "decide",
        "shares", "share", "wins", "win", "receives", "returns", "launches", "crosses",
        "cross", "lands", "enters", "mobilizes", "mobilises", "flees", "negotiate", "negotiates", "holds talks",
        "hold talks", "serves as", "is signed", "are signed", "is assassinated",
        "is killed", "is elected", "is founded", "is established", "is adopted",
        "is declared", "are imposed", "is ratified"),
    sequel_openers={"then": "after", "afterwards": "after", "afterward": "after",
                    "thereafter": "after", "subsequently": "after", "as a result": "after",
                    "in response": "after", "this led to": "after", "at the same time": "same",
                    "meanwhile": "same", "since then": "since", "ever since": "since",
                    "shortly afterwards": "after", "shortly afterward": "after",
                    "shortly after": "after", "soon after": "after", "soon afterwards": "after",
                    "immediately afterwards": "after", "at the time": "same",
                    "around the same time": "same", "finally": "after", "after that": "after",
                    "later": "after", "following this": "after",
                    "a little later": "after"},
    clock_step_prepositions=("at", "from", "around", "about", "shortly after",
                             "shortly before", "just after", "just before"),
    name_year_prepositions=("of",),
    articles=("the",),
    adjective_endings=("al", "ar", "ic", "ian", "ese", "ish", "an", "ive", "ous", "ful", "ary",
                       "ern", "ist", "-long", "-old"),
    copulas=("is", "was", "are", "were", "has been", "have been", "had been"),
    be_forms=("is", "was", "are", "were", "be", "been"),
    state_predicates=("present", "tense", "strained", "uncertain", "unsure", "unclear",
                      "aware", "concerned", "worried", "satisfied", "pleased", "in agreement"),
    end_deadlines=("before the end of", "by the end of"),
    discussion_passives=tuple(f"{aux} … {verb}" for aux in ("was", "were", "is", "are", "been",
                                                            "be")
                              for verb in ("discussed", "raised", "reviewed", "addressed",
                                           "considered", "exchanged", "touched upon",
                                           "taken up", "debated")),
    habit_adverbs=("every year", "each year", "every other year", "every month", "each month",
                   "every week", "every day", "every spring", "every summer", "every autumn",
                   "every winter", "year after year", "annually", "regularly", "routinely",
                   "once a year", "twice a year", "once a month", "twice a month",
                   "on a regular basis", "on an annual basis", "time and again"),
    existential_subjects=("there",),
    habit_comparisons=("as", "like", "as they do", "as it does", "as usual"),
    opinion_verbs=("believe", "believes", "think", "thinks", "fear", "fears", "doubt",
                   "doubts", "see no", "sees no", "see any", "sees any", "see … no",
                   "boasts of", "boasts about", "praises", "hails"),
    plural_endings=("s",),
    singular_endings=("ss", "us", "is"),
    expletives=("it", "this", "that"),
    continue_verbs=("continue", "remain", "stay", "keep", "maintain", "have"),
    state_adverbs=("not", "also", "very", "still", "all", "deeply"),
    participle_endings=("ed", "en", "ing", "wn"),
    perfect_marker="having",
    perfect_finite="had",
    participles=frozenset(
        "held made cut set put built begun won lost sent brought kept left met paid sold told "
        "found shot struck hit led read run spent thrown dealt fought bought thought sought "
        "taught caught laid said split shut spread quit".split()),
    citation_cues=("printed in", "published in", "reprinted in", "ibid", "op. cit"),
    phone_words=("phone", "tel.", "tel:", "telephone", "mobile", "call"),
    clock_marks=("a.m.", "p.m.", "AM", "PM", "GMT", "EST", "EDT", "UTC", "BST", "CET",
                 "CEST", "ET"),
    noun_triggers=("summit", "meeting", "talks", "negotiations", "sanctions", "agreement",
                   "treaty", "visit", "election", "war", "conference", "invasion", "attack"),
    holidays=HOLIDAYS,
    nth_words=NTH,
    clock_words=CLOCK_WORDS,
    unit_factors=UNIT_FACTORS,
    day_first=None,
    decimal_marks=".",
    and_a_half=("and a half",),
    clock_joiners=("at", "on", "by", "until"),
    date_order_rules={"date_day_month": True, "date_month_day": False},
    signal_directions=frozenset(("later", "afterwards", "afterward")),
    national_holidays=frozenset(("independence_day_us", "thanksgiving_us", "memorial_day",
                                 "election_day_us",
                                 "labor_day", "mothers_day_us", "presidents_day",
                                 "columbus_day", "martin_luther_king_day")),
    duration_cues=frozenset(
        "first time times ever highest lowest best worst biggest largest smallest strongest "
        "weakest most least fastest slowest longest shortest level levels high low record "
        "once twice only second third fourth fifth another latest".split()),
    amount_mods={"almost": "LESS_THAN", "nearly": "LESS_THAN", "less than": "LESS_THAN",
                 "under": "LESS_THAN", "barely": "LESS_THAN", "just under": "LESS_THAN",
                 "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
                 "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
                 "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
                 "some": "APPROX", "a mere": "", "only": ""},
)
