"""English: words as tables, rules built from them.

Pinned by ``tests/corpus/en.py``. Month and weekday names are capitalised, which is what
keeps the modal "may" and the verb "march" out; "May" itself still needs a day, a year or
a preposition. TIMEX3 spans leave out a leading preposition ("in 2003" tags "2003").
"""

from __future__ import annotations

from ..rules import ISO_DATE, YEAR_RANGE, Rule, alternation
from ..types import Grain, Meaning, TimexType
from .base import Lang

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
    **dict.fromkeys(("hour", "hours"), Grain.HOUR),
    **dict.fromkeys(("day", "days"), Grain.DAY),
    **dict.fromkeys(("week", "weeks", "fortnight"), Grain.WEEK),
    **dict.fromkeys(("month", "months"), Grain.MONTH),
    **dict.fromkeys(("quarter", "quarters"), Grain.QUARTER),
    **dict.fromkeys(("year", "years"), Grain.YEAR),
    **dict.fromkeys(("decade", "decades"), Grain.DECADE),
    **dict.fromkeys(("century", "centuries"), Grain.CENTURY),
}
# Adverbs of frequency: a recurrence ("paid quarterly"), never a count of units.
FREQUENCY_ADVERBS = {"daily": Grain.DAY, "weekly": Grain.WEEK, "monthly": Grain.MONTH,
                     "quarterly": Grain.QUARTER, "annually": Grain.YEAR, "yearly": Grain.YEAR}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
PLURAL_UNITS = frozenset(("days", "weeks", "months", "quarters", "years", "decades", "centuries"))
NUMBERS: dict[str, float | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "a couple of": 2, "a couple": 2, "a dozen": 12,
}
ORDINALS: dict[str, float | None] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}
VAGUE: dict[str, float | None] = {
    "a few": None, "few": None, "several": None, "some": None, "many": None,
}
RELATIONS = {
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
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "recent years": "PAST_REF", "the future": "FUTURE_REF",
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
WD = alternation(w.capitalize() for w in WEEKDAYS)
U = alternation(UNITS)
COUNT_WORDS = [w for w, n in {**NUMBERS, **VAGUE}.items() if n is None or n < 100]
COUNT = rf"(?:\d{{1,3}}|{alternation(COUNT_WORDS)})"
ORD = alternation(ORDINALS)
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ERA = r"(?:BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)"
YEAR_AFTER = r"(?![.,:]?\d)"
CS = 0  # case-sensitive: capitals tell a month name from "may" and "march"

RULES = (
    # Thursday, April 25, 2019 · April 25 · Mar. 15, 2003
    Rule("date_month_day", rf"\b(?:(?P<weekday>{WD}),?\s+)?(?P<month>{M}|{MA}\.?)\s+(?P<day>{DAY})(?:st|nd|rd|th)?\b(?:,?\s+(?:(?P<year>\d{{4}}){YEAR_AFTER}|(?P<year_bc>\d{{1,4}})\s*(?P<era>{ERA})))?", "date", flags=CS),
    # 25 April 2019 · the 15th of March · Monday 15 March 2003
    Rule("date_day_month", rf"\b(?:(?P<weekday>{WD}),?\s+)?(?:the\s+)?(?P<day>{DAY})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{M}|{MA}\.?)(?:,?\s+(?:(?P<year>\d{{4}}){YEAR_AFTER}|(?P<year_bc>\d{{1,4}})\s*(?P<era>{ERA})))?\b", "date", flags=CS),
    # 4/25/2019 · 2019-04-25
    Rule("date_numeric", r"\b(?P<month>0?[1-9]|1[0-2])/(?P<day>[012]?\d|3[01])/(?P<year>\d{4})\b", "date"),
    ISO_DATE,
    # April 2009 · March of 2003
    Rule("month_year", rf"\b(?P<month>{M}|{MA}\.?)(?:\s+of)?,?\s+(?P<year>\d{{4}}){YEAR_AFTER}\b", "date", flags=CS),
    # February in 2019 or last year
    Rule("month_relative_year", rf"\b(?P<month>{M})\s+(?P<rel>this|last|next)\s+year\b", "month_of_year", flags=CS),
    # March 1–3, 2019
    Rule("day_range", rf"\b(?P<month>{M}|{MA}\.?)\s+(?P<day>{DAY})\s*[–—-]\s*(?P<day2>{DAY}),?\s+(?P<year>\d{{4}}){YEAR_AFTER}\b", "day_range", flags=CS),
    # February · in May ("may" the verb is lower case; "May" alone needs a preposition).
    # A month name before another capitalised word is a name ("April Ryan") unless a
    # preposition says it is a month.
    Rule("month_alone", rf"\b(?P<month>{M_NOT_MAY})\b(?!\s+[A-Z][a-z])", "date", flags=CS),
    Rule("month_prep", rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Tt]hrough|[Ff]rom|[Oo]f|[Ee]arly|[Ll]ate|mid-|[Bb]efore|[Aa]fter|[Tt]o|[Bb]etween|[Aa]nd)\s*(?P<x>(?P<month>{M}))\b", "date", flags=CS),
    # Thursday · on Monday
    Rule("weekday", rf"\b(?P<weekday>{WD})\b", "date", flags=CS),
    # 44 BC · AD 1066 · in 520
    Rule("year_era", rf"\b(?P<year>\d{{1,4}})\s*(?P<era>{ERA})(?!\w)", "date", flags=CS),
    Rule("era_year", r"\b(?P<era>AD|A\.D\.)\s*(?P<year>\d{1,4})\b", "date", flags=CS),
    # in 1066 · in about 520: a three-digit year needs "in"/"since" and nothing after it
    # that a count would take ("in 110 basis points")
    Rule("year_prep", rf"\b(?:in|since|year)\s+(?:(?:about|around|circa|c\.)\s+)?(?P<x>(?P<year>[1-9]\d{{2}})){YEAR_AFTER}\b(?=\s*(?:[,.;:)]|$|and\b|when\b|the\b))", "date", latent=True),
    # "founded about 520.": an approximate three-digit year closing its clause
    Rule("year_approx", r"\b(?:about|around|circa|c\.|ca\.)\s+(?P<x>(?P<year>[1-9]\d{2}))(?=\s*(?:[.;]|$))", "date", latent=True),
    Rule("year_prep4", rf"\b(?:in|since|by|until|till|before|after|during|from|to|through|of|year)\s+(?:(?:about|around|circa|c\.)\s+)?(?P<x>(?P<year>[1-9]\d{{3}})){YEAR_AFTER}\b(?!\s*(?:BC|AD|B\.C|A\.D))", "date", latent=True),
    Rule("year_word", r"\b(?:the\s+)?year\s+(?P<year>\d{3,4})\b(?!\s*(?:BC|AD|B\.C|A\.D))", "date"),
    Rule("year", rf"(?<![\d.,:/$€£#])\b(?P<year>1[4-9]\d\d|20\d\d){YEAR_AFTER}\b(?!\s*[-–—]\s*\d)", "date", latent=True),
    YEAR_RANGE,
    # the 1800s (a century) before the 1990s (a decade); the '90s; the nineties
    # "the 2000s" is read as the decade 2000-2009, like "the 1990s"
    Rule("century_hundreds", r"\b(?:the\s+)?(?P<century>1\d)00s\b", "century"),
    Rule("decade", r"\b(?:the\s+)?(?P<decade>1\d\d|20\d)0s\b", "decade"),
    Rule("decade_short", r"\b(?:(?:the\s+)?['’]|the\s+)(?P<decade>\d0)s\b", "decade"),
    Rule("decade_word", rf"\b(?:the\s+)?(?P<decword>{alternation(DECADE_WORDS)})\b", "decade"),
    Rule("century_ordinal", rf"\b(?:the\s+)?(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th)|{ORD})[\s-]+century(?:\s+(?P<era>{ERA}))?", "century"),
    # spring 2018 · the spring of 2018 · last spring
    Rule("season_year", r"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>\d{4})\b", "season"),
    Rule("season_relative", r"\b(?P<rel>last|this|next|past|coming)\s+(?P<season>spring|summer|fall|autumn|winter)\b", "season"),
    # the first quarter of 2019 · Q1 2019 · the second half of 2018 · week 17
    Rule("quarter", r"\b(?:the\s+)?(?P<quarter>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b", "quarter"),
    # "the third-quarter loss": the article belongs to the noun, not to the date
    Rule("quarter_adjective", r"\b(?P<quarter>first|second|third|fourth)-quarter\b", "quarter"),
    Rule("quarter_relative", r"\bthe\s+(?P<rel>latest|most\s+recent|previous|last|past|current|recent)\s+(?P<unit>quarter)\b", "relative"),
    Rule("quarter_q", r"\b(?P<quarter>[Qq][1-4])\s+(?P<year>\d{4})\b", "quarter"),
    Rule("half_year", r"\b(?:the\s+)?(?P<half>first|second)\s+half\s+(?:of\s+)?(?P<year>\d{4})\b", "half"),
    Rule("week_number", r"\bweek\s+(?P<week>\d{1,2})(?:\s+(?:of\s+)?(?P<year>\d{4}))?\b", "week"),
    # last week · this year · next month · last Friday · last March
    Rule("relative_unit", r"\b(?P<rel>last|this|next|coming|current|previous)\s+(?P<unit>week|month|year|decade|quarter|century)\b", "relative"),
    Rule("relative_weekday", rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\s+(?P<weekday>{WD})\b", "relative", flags=CS),
    Rule("relative_month", rf"\b(?P<rel>[Ll]ast|[Nn]ext|[Tt]his)\s+(?P<month>{M})\b", "relative", flags=CS),
    # two years ago · a few days ago
    Rule("ago", rf"\b(?P<amount>{COUNT})\s+(?P<unit>{U})\s+ago\b", "relative"),
    Rule("deictic", rf"\b(?P<x>{alternation(DEICTICS)})\b", "deictic"),
    # a few days later · the next day · the following year · two weeks earlier · that year
    # by the end of the year · during the month: the current unit, told as a part of it
    Rule("current_unit", r"\b(?:of|during)\s+(?P<x>the\s+(?P<unit>year|month|week))\b(?!\s+(?:before|after|earlier|later|ago))", "relative"),
    Rule("anaphoric_amount", rf"\b(?P<amount>{COUNT})\s+(?P<unit>{U})\s+(?P<dir>later|earlier|afterwards?)\b", "anaphoric"),
    Rule("anaphoric_the", r"\bthe\s+(?P<dir>next|following|previous|preceding|same)\s+(?P<unit>day|week|month|year|decade)\b", "anaphoric"),
    Rule("anaphoric_the_unit", r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)\b", "anaphoric"),
    Rule("anaphoric_that", r"\b(?P<dir>that)\s+(?P<unit>day|week|month|year)\b", "anaphoric"),
    Rule("reference", rf"\b(?P<ref>{alternation(REFS)})\b", "ref"),
    # the past year · over the last two years · the past three months
    Rule("window", rf"\b(?:the\s+)?(?:past|last|previous)\s+(?:(?P<amount>{COUNT})\s+)?(?P<unit>{U})\b", "window", TimexType.DURATION),
    # three years · ten days · a five-year plan
    # "the first nine months"; not an age ("a 6-year-old")
    Rule("duration", rf"\b(?:the\s+(?:first\s+|last\s+|next\s+)?)?(?P<amount>{COUNT})[\s-]+(?P<unit>{U})\b(?!-old)", "duration", TimexType.DURATION),
    # every year · each week · every Monday · annually
    Rule("set_unit", rf"\b(?:every|each)\s+(?:(?:(?P<amount>{COUNT})|(?P<other>other))\s+)?(?P<unit>day|days|week|weeks|month|months|year|years|decade|decades)\b", "set", TimexType.SET),
    Rule("set_weekday", rf"\b(?:[Ee]very|[Ee]ach)\s+(?P<weekday>{WD})\b", "set", TimexType.SET, flags=CS),
    # "paid quarterly" is a recurrence; "a quarterly dividend" describes a noun
    Rule("set_adverb", rf"\b(?P<unit>{alternation(FREQUENCY_ADVERBS)})\b(?!\s+[a-z])", "set", TimexType.SET),
    # Friday morning · yesterday evening · this morning · tonight · last night
    Rule("part_of_day", rf"\b(?:(?P<weekday>{WD})|(?P<dayword>(?i:yesterday|today|tomorrow|this|last)))\s+(?P<part>(?i:{alternation(PARTS_OF_DAY)[3:-1]}))\b", "part_of_day", TimexType.TIME, flags=0),
    Rule("tonight", r"\b(?P<part>tonight)\b", "part_of_day", TimexType.TIME),
    Rule("fiscal_year", r"\bfiscal\s+(?P<year>\d{4})\b", "date"),
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
    future_cues=("will", "'ll", "is going to", "are going to", "plans to", "plan to",
                 "planned to", "would", "expected to", "expects to", "scheduled to", "due to",
                 "must", "payable", "effective", "deadline",
                 "is expected to", "are expected to", "is scheduled", "are scheduled",
                 "is due to", "are due to", "next", "upcoming", "shall"),
    place_prepositions=("in", "at"),
    fronted_adverbs=(),
    clause_breaks=("that", "which", "who", "while", "but", "and", "because", "when",
                   "where", "after", "before", "although", "whereas"),
    year_blockers_before=(
        "no", "no.", "nr", "page", "p.", "pp.", "route", "highway", "flight", "room",
        "section", "article", "resolution", "chapter", "code", "boeing", "airbus", "model",
        "number", "$", "usd", "€", "£", "line", "bill", "h.r.", "s.", "case", "dow",
        "index",
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
                    "gathered", "convened"),
        "visit": ("visit", "traveled to", "travelled to", "arrived in", "trip to", "toured"),
        "negotiations": ("negotiat", "talks", "dialogue", "mediat", "peace process"),
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
               "was suspended", "stalled", "ceased", "broke off", "were broken off"),
    pronouns={"they": "process", "it": "process", "the country": "state",
              "the regime": "state", "he": "person", "she": "person"},
    after_connectors=("after",),
    subordinators=("since", "because", "while", "although"),
    date_prepositions=("in", "on", "at", "from", "by", "during", "of", "until", "over", "for",
                       "before", "after", "around", "through"),
    rule_needs={
        **dict.fromkeys(("date_month_day", "date_day_month", "month_year", "month_relative_year",
                         "day_range", "month_alone", "month_prep", "relative_month"), ("month",)),
        **dict.fromkeys(("date_numeric", "date_iso", "year_era", "era_year", "year_prep", "year_prep4", "year_approx",
                         "year_word", "year", "year_range", "century_hundreds", "decade",
                         "decade_short", "quarter_q"), ("digit",)),
        **dict.fromkeys(("weekday", "relative_weekday", "set_weekday", "set_weekday_plural"),
                        ("weekday",)),
        **dict.fromkeys(("season_year", "season_relative"), ("season",)),
        **dict.fromkeys(("relative_unit", "ago", "anaphoric_amount", "anaphoric_the",
                         "anaphoric_the_unit", "anaphoric_that", "window", "duration",
                         "set_unit", "quarter_relative"), ("unit",)),
        "set_adverb": ("=daily", "=weekly", "=monthly", "=quarterly", "=annually", "=yearly"),
        "part_of_day": ("=morning", "=afternoon", "=evening", "=night"),
        "tonight": ("=tonight",),
        "fiscal_year": ("digit",),
        "quarter_adjective": ("=quarter",),
        "decade_word": ("decade",),
        "century_ordinal": ("=century", "=centuries"),
        "quarter": ("=quarter",),
        "half_year": ("=half",),
        "week_number": ("=week",),
        "deictic": ("deictic",),
        "reference": ("ref",),
        "current_unit": ("unit",),
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
    np_stops=("which", "that", "was", "were", "is", "are", "had", "has", "when",
              "but", "where", "will", "would"),
    complementisers=("that",),
    schedule_cues=("goes into effect", "go into effect", "went into effect", "takes effect",
                   "take effect", "comes into force", "come into force", "enters into force",
                   "ahead of", "in the run-up to", "scheduled for", "set for", "slated for",
                   "due on"),
    hope_cues=("may", "might", "hope", "hopes", "hoping", "if", "unless",
               "considering", "would consider", "risks"),
    possible_cues=("could", "possibly", "perhaps", "likely", "unlikely", "hoped"),
    furniture_openers=("Photo", "Photos", "Image:", "Picture:", "Caption:", "Read more",
                       "Read also", "See also", "Related:", "Updated", "Last updated",
                       "Published", "Posted", "This story is from", "Source:", "Sources:",
                       "Advertisement", "Copyright", "Jump to", "From Wikinews", "Printed in",
                       "Reprinted", "Ibid", "See ibid", "For text, see", "Contact:",
                       "Accessibility links", "Breaking News", "Press contact"),
    furniture_marks=("©", "All rights reserved", "does not necessarily reflect",
                     "Click here", "Sign up for", "Journalists who wish", "Journalists wishing",
                     "Media wishing", "accreditation"),
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
    finite_verbs=frozenset(
        "was were is are has have had will would can could may might shall should must "
        "began met said says took made held led won went came broke left gave sent told "
        "became rose fell struck began ran saw drew wrote spoke stood".split()),
    past_endings=("ed",),
    auxiliaries=frozenset("was were is are has have had will would can could may might "
                          "shall should must".split()),
    infinitive_markers=("to",),
    act_verbs=("voted", "adopted", "approved", "imposed", "signed", "met", "agreed",
               "announced", "declared", "rejected", "proposed", "expelled", "withdrew",
               "invaded", "attacked", "launched", "fired", "elected", "appointed", "opened",
               "closed", "ended", "suspended", "resumed", "condemned", "welcomed",
               "recognized", "recognised", "ratified", "vetoed", "visited", "arrived in",
               "passed", "lifted", "extended", "postponed", "cancelled", "canceled",
               "held talks", "sanctioned", "unveiled", "concluded", "summoned", "struck",
               "seized", "arrested", "released", "killed", "captured", "dissolved", "joined",
               "quit", "resigned", "deployed", "accepted", "endorsed", "submitted"),
    report_verbs=("said", "says", "told", "stated", "announced", "reported"),
    background_markers=("had", "earlier", "previously", "already", "at the time"),
    relative_pronouns=("which", "who", "whom", "whose", "where"),
    relative_nouns_pronouns=("which", "who", "that"),  # "that" only before a verb
    negations=("not", "never", "no", "didn't", "hasn't", "haven't", "wasn't", "weren't",
               "won't", "cannot"),
    sequel_openers={"then": "after", "afterwards": "after", "afterward": "after",
                    "thereafter": "after", "subsequently": "after", "as a result": "after",
                    "in response": "after", "this led to": "after", "at the same time": "same",
                    "meanwhile": "same", "since then": "since", "ever since": "since"},
    name_year_prepositions=("of",),
    articles=("the",),
    adjective_endings=("al", "ar", "ic", "ian", "ese", "ish", "an", "ive", "ous", "ful", "ary",
                       "ern", "ist", "-long", "-old"),
    copulas=("is", "was", "are", "were", "has been", "have been", "had been"),
    participle_endings=("ed", "en", "ing", "wn"),
    participles=frozenset(
        "held made cut set put built begun won lost sent brought kept left met paid sold told "
        "found shot struck hit led read run spent thrown dealt fought bought thought sought "
        "taught caught laid said split shut spread quit".split()),
    citation_cues=("printed in", "published in", "reprinted in", "ibid", "op. cit"),
    phone_words=("phone", "tel.", "tel:", "telephone", "mobile", "call"),
    clock_words=("a.m.", "p.m.", "AM", "PM", "GMT", "EST", "EDT", "UTC", "BST", "CET",
                 "CEST", "ET"),
    noun_triggers=("summit", "meeting", "talks", "negotiations", "sanctions", "agreement",
                   "treaty", "visit", "election", "war", "conference", "invasion", "attack"),
)
