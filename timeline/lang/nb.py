"""Norwegian bokmål: words as tables, rules built from them.

Pinned by ``tests/corpus/nb.py``. Things to know about the language that shape the rules:
months and weekdays are written in lower case; a day of the month is an ordinal with a
dot ("15. mars"); "Man" is the pronoun *one*, "Tor" a name, "nå" both *now* and *reach*,
"en/ni/to/tre" numbers or articles — so no abbreviated weekday, no bare number word and no
"nå" is ever a date here. "i vår" is *this spring* but also *in our*; "daglig leder" is a
job title.
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
    beginnings,
    joined_needs,
    word_needs,
)
from ..types import Grain, Meaning, TimexType
from .base import NEWS_OUTLETS, Lang

MONTHS = {
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "okt": 10, "nov": 11, "des": 12,
}
WEEKDAYS = {
    "mandag": 0, "tirsdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lørdag": 5,
    "søndag": 6,
}
SEASONS = {
    "vår": "SP", "våren": "SP", "sommer": "SU", "sommeren": "SU", "høst": "FA",
    "høsten": "FA", "vinter": "WI", "vinteren": "WI",
}
PARTS_OF_DAY = {"morgen": "MO", "formiddag": "MO", "morges": "MO", "ettermiddag": "AF",
                "kveld": "EV", "natt": "NI", "tidlig": "MO", "morgenen": "MO",
                "formiddagen": "MO", "ettermiddagen": "AF", "kvelden": "EV", "natten": "NI",
                "natta": "NI", "kvelder": "EV", "morgener": "MO"}
UNITS = {
    **dict.fromkeys(("sekund", "sekunder", "sekundet", "sekundene"), Grain.SECOND),
    **dict.fromkeys(("minutt", "minutter", "minuttet", "minuttene", "kvarter", "kvarteret"),
                    Grain.MINUTE),
    **dict.fromkeys(("time", "timer", "timen", "timene"), Grain.HOUR),
    **dict.fromkeys(("dag", "dager", "dagen", "dagene", "døgn", "døgnet", "virkedager",
                     "arbeidsdager", "handelsdager", "virkedag", "arbeidsdag"), Grain.DAY),
    **dict.fromkeys(("uke", "uker", "uken", "uka", "ukene", "veke"), Grain.WEEK),
    **dict.fromkeys(("måned", "måneder", "måneden", "månedene"), Grain.MONTH),
    **dict.fromkeys(("kvartal", "kvartaler", "kvartalet"), Grain.QUARTER),
    **dict.fromkeys(("halvår", "halvåret"), Grain.HALF),
    **dict.fromkeys(("sesong", "sesongen", "sesonger"), Grain.SEASON),
    **dict.fromkeys(("år", "året", "årene"), Grain.YEAR),
    **dict.fromkeys(("tiår", "tiåret", "tiårene"), Grain.DECADE),
    **dict.fromkeys(("århundre", "århundret", "århundrer", "århundrene", "hundreår"),
                    Grain.CENTURY),
}
PLURAL_UNITS = ("dagene", "ukene", "månedene", "årene", "tiårene", "århundrene")
NUMBERS: dict[str, float | None] = {
    "en": 1, "én": 1, "ei": 1, "ett": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
    "nitten": 19, "tjue": 20, "tyve": 20, "tretti": 30, "førti": 40, "femti": 50,
    "hundre": 100, "et par": 2,
    # halves: "en halv time", "halvannen time" (an hour and a half)
    "en halv": 0.5, "ei halv": 0.5, "et halvt": 0.5, "halvannen": 1.5, "halvannet": 1.5,
}
UNIT_FACTORS: dict[str, float] = {"kvarter": 15, "kvarteret": 15}  # a quarter of an hour, in minutes
# Adverbs of frequency: "betales årlig" (a recurrence); "årlig vekst" is an adjective.
# Words that may follow an adverb of frequency ("betales årlig i juni"); any other
# lower-case word after it makes it an adjective ("daglig leder", "årlig vekst").
ADVERB_FOLLOWERS = ("i", "på", "og", "men", "eller", "for", "til", "fra", "med", "mot",
                    "etter", "siden", "som", "at", "av", "over", "under", "hele", "gjennom")
FREQUENCY_ADVERBS = {"daglig": Grain.DAY, "ukentlig": Grain.WEEK, "månedlig": Grain.MONTH,
                     "kvartalsvis": Grain.QUARTER, "årlig": Grain.YEAR, "årvisst": Grain.YEAR}
ORDINALS: dict[str, float | None] = {
    "første": 1, "andre": 2, "annen": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "sjuende": 7, "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10, "ellevte": 11,
    "tolvte": 12, "trettende": 13, "fjortende": 14, "femtende": 15, "sekstende": 16,
    "syttende": 17, "attende": 18, "nittende": 19, "tjuende": 20, "tjueførste": 21,
    "tjueandre": 22, "tjuetredje": 23, "tjuefjerde": 24, "tjuefemte": 25, "tjuesjette": 26,
    "tjuesjuende": 27, "tjuesyvende": 27, "tjueåttende": 28, "tjueniende": 29,
    "trettiende": 30, "trettiførste": 31, "tyvende": 20,
}
# "første mandag i mars", "siste dag i oktober"
NTH = {"første": 1, "andre": 2, "annen": 2, "tredje": 3, "fjerde": 4, "femte": 5,
       "siste": -1, "nest siste": -2, "nestsiste": -2}
HOLIDAYS = {
    **dict.fromkeys(("nyttårsdag", "nyttårsdagen", "første nyttårsdag", "1. nyttårsdag"),
                    "new_years_day"),
    **dict.fromkeys(("nyttårsaften", "nyttårsaftenen", "nyttårsaftan"), "new_years_eve"),
    "nyttår": "new_years_day",
    "palmesøndag": "palm_sunday",
    "skjærtorsdag": "maundy_thursday",
    "langfredag": "good_friday",
    "påskeaften": "holy_saturday",
    **dict.fromkeys(("påskedag", "påskedagen", "første påskedag", "1. påskedag",
                     "påskesøndag"), "easter_sunday"),
    **dict.fromkeys(("andre påskedag", "2. påskedag"), "easter_monday"),
    **dict.fromkeys(("påske", "påsken", "påska"), "easter"),
    **dict.fromkeys(("påskeuka", "påskeuken", "den stille uke"), "easter_week"),
    **dict.fromkeys(("kristi himmelfartsdag", "kristi himmelfart", "himmelfartsdag",
                     "himmelfartsdagen"), "ascension_day"),
    "pinseaften": "whitsun_eve",
    **dict.fromkeys(("pinsedag", "første pinsedag", "1. pinsedag"), "whit_sunday"),
    **dict.fromkeys(("andre pinsedag", "2. pinsedag"), "whit_monday"),
    **dict.fromkeys(("pinse", "pinsen", "pinsa"), "whitsun"),
    "arbeidernes dag": "may_day",
    **dict.fromkeys(("grunnlovsdagen", "grunnlovsdag", "syttende mai"), "constitution_day_no"),
    **dict.fromkeys(("sankthans", "sankthansaften", "sankthansaftenen", "jonsokaften",
                     "jonsok"), "midsummer_eve"),
    **dict.fromkeys(("sankthansdagen", "jonsokdagen"), "midsummer_day"),
    **dict.fromkeys(("julaften", "julaftenen", "julekvelden", "julaftens"), "christmas_eve"),
    **dict.fromkeys(("første juledag", "1. juledag", "juledag", "juledagen"), "christmas_day"),
    **dict.fromkeys(("andre juledag", "2. juledag"), "boxing_day"),
    **dict.fromkeys(("romjulen", "romjul", "romjula"), "romjul"),
    **dict.fromkeys(("jul", "julen", "jula"), "christmas"),
    **dict.fromkeys(("valentinsdagen", "valentinsdag"), "valentines_day"),
    "halloween": "halloween",
    "våpenstillstandsdagen": "armistice_day",
}
# Indefinite "jul", "påske", "pinse" are also greetings and compounds ("God jul"): they
# need a preposition or a year; the definite forms ("julen", "påsken") stand alone.
HOLIDAY_BARE = ("jul", "påske", "pinse", "nyttår")
CLOCK_WORDS = {"midnatt": (24, 0)}
VAGUE: dict[str, float | None] = {
    # Vague amounts: the text gives no number, so the resolved date stays approximate.
    "få": None, "noen": None, "noen få": None, "flere": None, "mange": None,
}
# Number words that may count units in a duration or an offset. "en/ei/et" are left out
# of bare matches elsewhere: alone they are articles.
COUNT_WORDS = [w for w, n in {**NUMBERS, **VAGUE}.items() if n is None or n < 100]
RELATIONS = {
    "etter neste": 2, "årets": 0, "fjorårets": -1,
    "forrige": -1, "sist": -1, "fjor": -1, "forfjor": -2, "år": 0, "neste": 1, "kommende": 1, "denne": 0,
    "dette": 0, "inneværende": 0,
}
DIRECTIONS = {
    "senere": 1, "etter": 1, "etterpå": 1, "tidligere": -1, "før": -1, "i forveien": -1,
    "samme": 0, "påfølgende": 1,
}
ERAS = {"f.kr.": -1, "f.kr": -1, "fvt.": -1, "fvt": -1, "e.kr.": 1, "e.kr": 1, "evt.": 1}
DEICTICS = {
    "i dag": Meaning("relative", unit=Grain.DAY, offset=0),
    "i går": Meaning("relative", unit=Grain.DAY, offset=-1),
    "i morgen": Meaning("relative", unit=Grain.DAY, offset=1),
    "i forgårs": Meaning("relative", unit=Grain.DAY, offset=-2),
    "i overmorgen": Meaning("relative", unit=Grain.DAY, offset=2),
    "i år": Meaning("relative", unit=Grain.YEAR, offset=0),
    "i fjor": Meaning("relative", unit=Grain.YEAR, offset=-1),
    "i forfjor": Meaning("relative", unit=Grain.YEAR, offset=-2),
    "i vår": Meaning("relative", unit=Grain.SEASON, season="SP", offset=0),
    # genitives: "gårsdagens møte", "fjorårets valg"
    "dagens": Meaning("relative", unit=Grain.DAY, offset=0),
    "gårsdagens": Meaning("relative", unit=Grain.DAY, offset=-1),
    "morgendagens": Meaning("relative", unit=Grain.DAY, offset=1),
    "årets": Meaning("relative", unit=Grain.YEAR, offset=0),
    "fjorårets": Meaning("relative", unit=Grain.YEAR, offset=-1),
    "fjoråret": Meaning("relative", unit=Grain.YEAR, offset=-1),
    # everyday spellings: "idag", "imorgen", "i morra", "i overimorgen"
    "idag": Meaning("relative", unit=Grain.DAY, offset=0),
    "igår": Meaning("relative", unit=Grain.DAY, offset=-1),
    "imorgen": Meaning("relative", unit=Grain.DAY, offset=1),
    "i morra": Meaning("relative", unit=Grain.DAY, offset=1),
    "imorra": Meaning("relative", unit=Grain.DAY, offset=1),
    "iforgårs": Meaning("relative", unit=Grain.DAY, offset=-2),
    "i overimorgen": Meaning("relative", unit=Grain.DAY, offset=2),
    "i overimorra": Meaning("relative", unit=Grain.DAY, offset=2),
    "iovermorgen": Meaning("relative", unit=Grain.DAY, offset=2),
    "i sommer": Meaning("relative", unit=Grain.SEASON, season="SU", offset=0),
    "i høst": Meaning("relative", unit=Grain.SEASON, season="FA", offset=0),
    "i vinter": Meaning("relative", unit=Grain.SEASON, season="WI", offset=0),
}
REFS = {
    "nylig": "PAST_REF", "i det siste": "PAST_REF", "for kort tid siden": "PAST_REF",
    "i senere tid": "PAST_REF", "i fremtiden": "FUTURE_REF", "i framtiden": "FUTURE_REF",
    "i nær fremtid": "FUTURE_REF", "i nær framtid": "FUTURE_REF",
}
DECADE_WORDS = {
    "tjuetallet": 20, "trettitallet": 30, "førtitallet": 40, "femtitallet": 50,
    "sekstitallet": 60, "syttitallet": 70, "åttitallet": 80, "nittitallet": 90,
}
APPROX_WORDS = ("cirka", "ca.", "rundt", "omkring", "omtrent", "om lag", "anslagsvis")
PART_WORDS = {
    "begynnelsen av": "START", "starten av": "START", "tidlig i": "START",
    "først i": "START", "primo": "START", "midten av": "MID", "midt i": "MID",
    "medio": "MID", "slutten av": "END", "utgangen av": "END", "sent i": "END",
    "sist i": "END", "ultimo": "END", "mot slutten av": "END", "sent på": "END",
    # Widen the span, not the meaning: "tidligere i år" is this year, told earlier.
    "tidligere": "", "senere": "", "tidligere i": "", "senere i": "",
    "tidlig på": "START", "midt på": "MID",
}

M = alternation(MONTHS)
ORD = alternation(ORDINALS)
MA = alternation(MONTH_ABBREVIATIONS)
WD = alternation(WEEKDAYS)
SEASON = alternation(SEASONS)
U = alternation(UNITS)
NTH_WORDS = alternation(NTH)
HOL = alternation(h for h in HOLIDAYS if h not in HOLIDAY_BARE)
HOL_BARE = alternation(HOLIDAY_BARE)
# A count of units: digits (a decimal comma or point, a half: "2,5", "2 1/2"), or words
# ("to og en halv"); never the tail of a bigger number ("1.500").
COUNT = (rf"(?:(?<![0-9][.,])(?:[0-9]{{1,3}}(?:[.,][0-9]{{1,2}}|\s*1/2|½)?|1/2|½)"
         rf"|{alternation(COUNT_WORDS)}(?:\s+og\s+en\s+halv)?)")
DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
ERA = r"(?:f\.\s?Kr\.?|e\.\s?Kr\.?|fvt\.?)"
YEAR_AFTER = r"(?![.,:]?[0-9])"
YEAR = rf"(?P<year>[0-9]{{4}}){YEAR_AFTER}"
# Prepositions and words that may stand before a day of the month written in digits only
# ("fra 1.5. til 30.6.", "mandag 30.10.").
DATE_LEAD = r"(?:fra|til|innen|før|etter|siden|på|og|[–—-]|frem til|fram til)"
# the day of a month: "15.", "15" (then a space), or an ordinal word ("femtende")
DAY_OF_MONTH = rf"(?:(?P<day>{DAY})(?:\.\s*|\s+)|(?P<dayord>{ORD})\s+)"
CLOCK_MARKS = ("kl.", "kl", "klokken", "klokka")
CLOCK = alternation(CLOCK_MARKS)
HALF_PAST = "halv"  # "klokken halv ti": half an hour before ten
HOUR_WORDS = tuple(w for w, n in NUMBERS.items() if isinstance(n, int) and 1 <= n <= 12)
# What a clock time holds (see ``Lang.rule_needs``): "kl." or "klokka" as a word, or a
# word that opens with it and the hour ("kl9", "kl10", "klokkani", "klhalv"): the rule
# ends on no word boundary.
CLOCK_NEEDS = (*word_needs(CLOCK_MARKS),
               *beginnings(joined_needs(CLOCK_MARKS, (HALF_PAST, *HOUR_WORDS, *"0123456789"))))
# "det 19. århundre", "hundreåret", "det 19. århundres"; "i årevis", "i ukevis", "dagsvis"
CENTURY_NOUNS = ("århundre", "hundreår")
CENTURY_ENDINGS = ("t", "et")
VIS_UNITS = ("dag", "uke", "måned", "år", "time")
VIS_LINKS = ("e", "s")
VIS_FORMS = tuple(f"{unit}{link}vis" for unit in VIS_UNITS for link in ("", *VIS_LINKS))
# The words a rule names: its regex and its needs (``Lang.rule_needs``) are built from one
# tuple.
YEAR_WORDS = ("år", "året")  # år 1066
FISCAL_YEARS = ("regnskapsåret", "budsjettåret", "skatteåret", "driftsåret")
APPROX_YEAR_WORDS = ("rundt", "cirka", "ca.", "omkring", "omtrent")  # rundt 520.
CURRENT_UNITS = ("året", "måneden", "uken", "uka")  # av året, senere i måneden
ANAPHORIC_DIRECTIONS = ("senere", "etterpå", "tidligere", "i forveien")  # to dager senere
WINDOW_LAST_WORDS = ("siste", "seneste")  # siste 2 dager
WINDOW_AHEAD_WORDS = ("neste", "kommende", "nærmeste")  # de neste tre ukene
DEICTIC_PARTS = ("kveld", "natt", "morges", "ettermiddag", "formiddag")  # i kveld
NIGHTS = ("natt", "natten")  # natt til fredag
DEFINITE_PARTS = ("morgenen", "formiddagen", "ettermiddagen", "kvelden", "natten", "natta")
SET_PARTS = ("morgen", "formiddag", "ettermiddag", "kveld", "natt")  # hver morgen
RELATIVE_WEEK = r"(?P<rel>neste|forrige|denne|kommende|sist)\s+(?P<cunit>uke|uka|uken)"
CONTAINER = rf"(?:(?P<month>{M})(?:\s+{YEAR})?|(?P<rel>neste|forrige|denne)\s+(?P<cunit>måned|måneden))"

RULES = (
    # 25. april 2019 · torsdag 25. april · den 15. mars · 15. mars 2003 · 3 mars 2015 ·
    # første mars · den tredje mars 2015 · mandag 18. februar (the weekday must agree)
    Rule("date_day_month", rf"\b(?:(?P<weekday>{WD})(?:en)?,?\s+)?(?:den\s+)?{DAY_OF_MONTH}(?P<month>{M}|{MA}\.?)(?!-)(?:\s+(?:{YEAR}|(?:år\s+)?(?P<year_bc>[0-9]{{1,4}})\s*(?P<era>{ERA})))?(?!\w)", "date"),
    # 25.04.2019 · 31.10.74 (a two-digit year: the century nearest the document date)
    Rule("date_numeric", rf"\b(?<![0-9.,])(?:(?P<weekday>{WD})\s+)?(?P<day>{DAY})\.(?P<month>0?[1-9]|1[0-2])\.(?:(?P<year>[0-9]{{4}})|(?P<yy>[0-9]{{2}}))(?![0-9]|[.,][0-9])", "date", latent=True),
    # den 30.10. · fra 1.5. til 30.6. · mandag 30.10.: no year; needs a word before it
    # ("til 12.10." alone may be a time of day)
    Rule("date_day_month_numeric", rf"(?:\b{DATE_LEAD}\s+|^|(?<=[(\[])|(?=\b(?:den|{WD})\s))(?P<x>(?:(?P<weekday>{WD})\s+)?(?:den\s+)?(?P<day>{DAY})\.(?P<month>0?[1-9]|1[0-2])\.)(?![0-9]|\w)", "date", latent=True, flags=re.IGNORECASE | re.MULTILINE),
    *NUMERIC_RULES,
    # april 2009
    Rule("month_year", rf"\b(?P<month>{M}|{MA}\.)\s+(?P<year>[0-9]{{4}}){YEAR_AFTER}\b", "date"),
    # 1945, sep. · 1946, april–juli: året og så måneden, slik tabeller og kronologier skriver
    Rule("year_comma_month", rf"\b(?P<year>1[0-9]{{3}}|20[0-9]{{2}}),\s+(?P<month>{M}|{MA}\.?)(?:\s*[–—-]\s*(?P<month2>{M}|{MA}\.?))?(?![\w-])(?!\s*[0-9])", "month_range"),
    # februar i fjor · mai i år
    Rule("month_relative_year", rf"\b(?P<month>{M})\s+i\s+(?P<rel>år|fjor|forfjor)\b", "month_of_year"),
    # 1.–3. mars 2019 · fra 1. til 3. mars · 13-15 juli
    Rule("day_range", rf"\b(?:fra\s+)?(?P<day>{DAY})\.?\s*(?:til|[–—-]|og)\s*(?P<day2>{DAY})\.?\s*(?P<month>{M}|{MA}\.?)(?!-)(?:\s+(?P<year>[0-9]{{4}}){YEAR_AFTER})?(?!\w)", "day_range"),
    # i februar · fra mars · siden juni: a month alone needs its preposition ("Mars" the planet);
    # not the first part of a compound ("17. mai-grunnloven", "juni-traktaten": names)
    Rule("month_alone", rf"\b(?P<month>{M})\b(?!-\w)", "date", flags=0),
    # torsdag · torsdagens · mandagen
    Rule("weekday", rf"\b(?P<weekday>{WD})(?:ens|en|s)?\b", "date"),
    # tirsdag den 19.: a weekday and a day of the month, the month left to find
    Rule("weekday_day", rf"\b(?P<weekday>{WD})\s+den\s+(?P<day>{DAY})\.(?!\s*(?:{M}|{MA}|[0-9]))", "date"),
    # julaften 2018 · påsken · 17. mai is a date; grunnlovsdagen · julen i fjor
    Rule("holiday", rf"\b(?P<holiday>{HOL})(?!-)(?:\s+{YEAR}|\s+i\s+(?P<yrel>fjor|år|forfjor))?\b", "holiday"),
    Rule("holiday_bare", rf"\b(?:i|til|før|etter|fra|siden|over|gjennom|rundt|mot)\s+(?P<x>(?P<holiday>{HOL_BARE})(?:\s+{YEAR})?)\b(?!-)", "holiday"),
    Rule("holiday_relative", rf"\b(?P<rel>forrige|neste|sist|kommende)\s+(?P<holiday>{HOL}|{HOL_BARE})\b(?!-)", "holiday"),
    # siste mandag i mars · første tirsdag i oktober · første mandag i neste måned
    Rule("nth_weekday_of_month", rf"\b(?:den\s+)?(?P<nth>{NTH_WORDS})\s+(?P<weekday>{WD})(?:en)?\s+i\s+{CONTAINER}\b", "within"),
    # siste dag i oktober 2015 · første uke i oktober 2014
    Rule("nth_day_of_month", rf"\b(?:den\s+)?(?P<nth>første|siste)\s+(?P<unit>dag|dagen|uke|uka|uken)\s+(?:i|av)\s+{CONTAINER}\b", "within"),
    # onsdag neste uke · onsdag i forrige uke · fredag denne uken
    Rule("weekday_of_week", rf"\b(?P<weekday>{WD})\s+(?:i\s+)?{RELATIVE_WEEK}\b", "within"),
    # den 20. neste måned
    Rule("day_of_relative_month", rf"\bden\s+(?P<day>{DAY})\.\s+(?:i\s+)?(?P<rel>neste|denne|forrige)\s+(?P<cunit>måned|måneden)\b", "within"),
    # år 1066 · år 44 f.Kr. · 44 f.Kr.
    Rule("year_era", rf"\b(?:år\s+)?(?P<year>[0-9]{{1,4}})\s*(?P<era>{ERA})(?!\w)", "date"),
    Rule("year_word", rf"\b{alternation(YEAR_WORDS)}\s+(?P<year>[0-9]{{3,4}})\b(?!\s*(?:f\.|e\.|fvt))", "date"),
    # regnskapsåret 2018 · budsjettåret 2019
    Rule("fiscal_year", rf"\b{alternation(FISCAL_YEARS)}\s+(?P<year>[0-9]{{4}})\b", "date"),
    # i 520: a three-digit year needs "i"/"siden" and nothing after it that a count takes
    Rule("year_prep", rf"\b(?:i|siden|år)\s+(?:(?:rundt|cirka|ca\.|omkring)\s+)?(?P<x>(?P<year>[1-9][0-9]{{2}})){YEAR_AFTER}\b(?=\s*(?:[,.;:)]|$|og\b|da\b|ble\b|var\b))", "date", latent=True),
    # "grunnlagt rundt 520.": an approximate three-digit year closing its clause
    Rule("year_approx", rf"\b{alternation(APPROX_YEAR_WORDS)}\s+(?P<x>(?P<year>[1-9][0-9]{{2}}))(?=\s*(?:[.;](?![0-9])|$))", "date", latent=True),
    Rule("year_prep4", rf"\b(?:i|fra|til|siden|innen|før|etter)\s+(?:(?:rundt|cirka|ca\.|omkring)\s+)?(?P<x>(?P<year>[1-9][0-9]{{3}})){YEAR_AFTER}\b(?!\s*(?:f\.|e\.|fvt))", "date", latent=True),
    Rule("year", rf"(?=[12])(?<![0-9.,:/§$€£])\b(?P<year>1[4-9][0-9][0-9]|20[0-9][0-9]){YEAR_AFTER}\b(?!\s*[-–—]\s*[0-9])", "date", latent=True),
    # 2003–2009 · 1939-45
    YEAR_RANGE,
    # 1800-tallet (a century) before 1990-tallet (a decade): same span, the first rule wins
    # "2000-tallet" is read as the decade 2000-2009, as the 1990s are "1990-tallet"
    Rule("century_tallet", r"\b(?P<century>1[0-9])00-(?:tallet|årene)\b", "century"),
    Rule("decade_tallet", r"\b(?P<decade>1[0-9][0-9]|20[0-9])0-(?:tallet|årene)\b", "decade"),
    Rule("decade_short", r"\b(?P<decade>[2-9]0)-(?:tallet|årene)\b", "decade"),
    Rule("decade_word", rf"\b(?P<decword>{alternation(DECADE_WORDS)})\b", "decade"),
    Rule("century_ordinal", rf"\b(?:det\s+)?(?P<ordinal>[0-9]{{1,2}}\.|{ORD})\s*{alternation(CENTURY_NOUNS)}{alternation(CENTURY_ENDINGS)}?(?:\s+(?P<era>{ERA}))?", "century"),
    # våren 2018 · i fjor høst · neste vår
    Rule("season_year", rf"\b(?P<season>{SEASON})\s+(?P<year>[0-9]{{4}}){YEAR_AFTER}\b", "season"),
    Rule("season_relative", rf"\b(?:i\s+)?(?P<rel>fjor|forrige|neste|kommende|denne)\s+(?P<season>{SEASON})\b", "season"),
    # til høsten: the coming season
    Rule("season_coming", r"\btil\s+(?P<x>(?P<season>våren|sommeren|høsten|vinteren))\b", "season"),
    # første kvartal 2019 · andre halvår 2018 · uke 17 · 2018Q4 · Q3 2019
    Rule("quarter", r"\b(?P<quarter>første|andre|tredje|fjerde|[1-4]\.)\s+kvartal(?:et)?(?:\s+(?:i\s+)?(?P<year>[0-9]{4}))?\b", "quarter"),
    # tredje kvartal i fjor · første halvår i år · fjorårets fjerde kvartal
    Rule("quarter_relative_year", r"\b(?:(?:(?P<quarter>første|andre|tredje|fjerde|[1-4]\.)\s+kvartal(?:et)?|(?P<half>første|andre|[12]\.)\s+halvår(?:et)?)\s+i\s+(?P<rel>fjor|år|forfjor)|(?P<rel2>fjorårets|årets)\s+(?:(?P<quarter2>første|andre|tredje|fjerde|[1-4]\.)\s+kvartal|(?P<half2>første|andre|[12]\.)\s+halvår))\b", "quarter_of_year"),
    *PERIOD_RULES,
    Rule("half_year", r"\b(?P<half>første|andre|[12]\.)\s+(?:halvår(?:et)?|halvdel\s+av)(?:\s+(?:i\s+)?(?P<year>[0-9]{4}))?\b", "half"),
    Rule("week_number", r"\b(?:uke|veke)\s+(?P<week>[0-9]{1,2})(?:\s+(?:i\s+)?(?P<year>[0-9]{4}))?\b", "week"),
    # forrige uke · neste år · denne måneden · sist uke · uken etter neste
    Rule("relative_unit", r"\b(?P<rel>forrige|neste|kommende|denne|dette|inneværende|sist)\s+(?P<unit>uke|uken|uka|måned|måneden|år|året|tiår|tiåret|kvartal|kvartalet|århundre|århundret)\b", "relative"),
    Rule("relative_unit_after_next", r"\b(?P<unit>uken|uka|måneden|året)\s+(?P<rel>etter\s+neste)\b", "relative"),
    Rule("relative_weekday", rf"\b(?P<rel>forrige|neste|kommende|sist)\s+(?P<weekday>{WD})\b", "relative"),
    # i helgen · denne helgen · forrige helg · over helgen
    Rule("weekend", r"\b(?:(?P<rel>denne|forrige|neste|kommende|sist)\s+helg(?:en|a)?|(?:i|over|gjennom|etter|før|under)\s+(?P<x>helgen|helga)|helgen|helga)\b(?!-)", "weekend"),
    # for to år siden · for noen dager siden · 3 dager siden
    Rule("ago", rf"\b(?:for\s+)?(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U})\s+siden\b", "relative"),
    # om en uke · om 7 dager: that far after the document date
    Rule("ahead", rf"\bom\s+(?P<x>(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U}))(?P<ahead>)\b(?!\s+(?:med|av|i|på|som|uten|gammel|gamle)\b)", "relative"),
    # i dag · i går · i fjor · i vår ("i vår" is also "in our": not before a noun) · idag
    Rule("deictic", r"\b(?P<x>i\s+(?:dag|går|morgen|morra|forgårs|overmorgen|overimorgen|overimorra|år|fjor|forfjor|sommer|høst|vinter)|idag|igår|imorgen|imorra|iforgårs|iovermorgen|(?:gårs|morgen)?dagens|(?:fjor)?årets|fjoråret)\b(?!-)", "deictic"),
    Rule("deictic_spring", r"\b(?P<x>i\s+vår)\b(?=\s*(?:[.,;:!?)]|$|og\b|men\b|har\b|ble\b|var\b|skal\b|vil\b|kom\b|da\b|når\b|som\b|med\b|etter\b|til\b|i\b|på\b|er\b))", "deictic"),
    # Få dager senere · dagen etter · året etter · samme dag · etter fem dager
    # innen utgangen av året · i løpet av måneden: the current unit, told as a part of it
    Rule("current_unit", rf"\bav\s+(?P<x>(?P<unit>{alternation(CURRENT_UNITS)}))\b", "relative"),
    Rule("anaphoric_amount", rf"\b(?P<dur>(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U}))\s+(?P<dir>{alternation(ANAPHORIC_DIRECTIONS)})\b", "anaphoric"),
    Rule("anaphoric_after", rf"\b(?P<dir>etter)\s+(?P<x>(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U}))\b(?!\s+(?:med|av|i|på|uten|gammel|gamle|siden)\b)", "anaphoric"),
    # mandagen etter · påfølgende mandag: that weekday after the day told before
    Rule("anaphoric_weekday", rf"\b(?:(?P<weekday>{WD})en\s+(?P<dir>etter|før)\b(?!\s+at\b)|(?P<dir2>påfølgende)\s+(?P<weekday2>{WD}))", "anaphoric_weekday"),
    Rule("anaphoric_definite", r"\b(?P<unit>dagen|uken|uka|måneden|året|tiåret)\s+(?P<dir>etter|før|senere)\b(?!\s+at\b)", "anaphoric"),
    Rule("anaphoric_same", rf"\b(?P<dir>samme)\s+(?P<unit>{U})\b", "anaphoric"),
    Rule("reference", rf"\b(?P<ref>{alternation(REFS)})\b", "ref"),
    # det siste året · de siste tre årene · de siste årene · siste 2 dager
    Rule("window", rf"\b(?:det|den|de)\s+(?:siste|seneste|forrige)\s+(?:(?P<amount>{COUNT})\s+)?(?P<unit>{U})\b", "window", TimexType.DURATION),
    Rule("window_count_first", rf"\bde\s+(?P<amount>{COUNT})\s+(?:siste|seneste|foregående)\s+(?P<unit>{U})\b", "window", TimexType.DURATION),
    Rule("window_bare", rf"\b{alternation(WINDOW_LAST_WORDS)}\s+(?P<amount>{COUNT})\s+(?P<unit>{U})\b", "window", TimexType.DURATION),
    # de neste tre ukene · neste 3 uker · de kommende ukene · innen 2 uker: ahead
    Rule("window_ahead", rf"\b(?:(?:de|den|det)\s+)?{alternation(WINDOW_AHEAD_WORDS)}\s+(?:(?P<amount>{COUNT})\s+)?(?P<unit>{U})(?P<ahead>)\b", "window", TimexType.DURATION),
    Rule("window_within", rf"\binnen\s+(?P<x>(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U}))(?P<ahead>)\b", "window", TimexType.DURATION),
    # i årevis · i ukevis · i de senere år
    Rule("duration_vis", rf"\bi\s+(?P<x>(?P<unit>{alternation(VIS_UNITS)}){alternation(VIS_LINKS)}?vis)(?P<vague>)\b", "duration", TimexType.DURATION),
    Rule("duration_recent", r"\b(?:i\s+)?(?P<x>(?:de\s+)?senere\s+(?P<unit>år|årene|tiår|tiårene|måneder|månedene|uker|ukene))(?P<vague>)\b", "duration", TimexType.DURATION),
    # tre år · to uker · i ti dager · 2,5 timer · en halv time · et kvarter
    # tre år · to uker; not an age ("seks år gammel")
    Rule("duration", rf"\b(?P<amount>{COUNT}|et par|noen få)\s+(?:(?:hel|helt|hele)\s+)?(?P<unit>{U})\b(?!\s+gam(?:mel|le|melt)\b)", "duration", TimexType.DURATION),
    # torsdag kveld · i går kveld · i kveld · i natt · i morges · i morgen tidlig ·
    # torsdag om ettermiddagen
    Rule("part_of_day", rf"\b(?:(?P<weekday>{WD})|(?P<dayword>i\s+(?:går|dag|morgen|morra)|igår|idag|imorgen|imorra))\s+(?:om\s+)?(?P<part>{alternation(PARTS_OF_DAY)})\b", "part_of_day", TimexType.TIME),
    Rule("part_of_day_deictic", rf"\b(?P<x>i\s+(?P<part>{alternation(DEICTIC_PARTS)}))\b", "part_of_day", TimexType.TIME),
    # natt til fredag: the night that leads into Friday · natt til i dag
    Rule("night_before", rf"\b(?P<part>{alternation(NIGHTS)})\s+til\s+(?:(?P<weekday>{WD})|(?P<dayword>i\s+(?:dag|går|morgen)))\b", "part_of_day", TimexType.TIME),
    # tidligere i uken · senere i måneden: the current week or month, told earlier or later
    Rule("current_unit_in", rf"\b(?:tidligere|senere)\s+i\s+(?P<x>(?P<unit>{alternation(CURRENT_UNITS)}))\b", "relative"),
    Rule("part_of_day_alone", rf"\bom\s+(?P<x>(?P<part>{alternation(DEFINITE_PARTS)}))(?P<alone>)\b", "part_of_day", TimexType.TIME),
    # kl. 14.30 · klokken 17 · klokken halv ti · midnatt: a time of day, joined to its day
    Rule("clock", rf"\b{CLOCK}\s*(?:(?P<halfpast>{HALF_PAST})\s+)?(?P<hour>[01]?[0-9]|2[0-4]|{alternation(HOUR_WORDS)})(?:[.:](?P<minute>[0-5][0-9]))?(?![0-9]|[.,][0-9])", "clock", TimexType.TIME),
    Rule("clock_word", rf"\b(?:ved\s+)?(?P<clockword>{alternation(CLOCK_WORDS)})\b", "clock", TimexType.TIME),
    # hvert år · hver uke · hver mandag · hver morgen · årlig
    Rule("set_unit", rf"\bhver[t]?\s+(?:(?P<amount>{ORD})\s+)?(?P<unit>dag|uke|måned|sesong|år|tiår)\b", "set", TimexType.SET),
    Rule("set_every_other", r"\b(?P<other>annenhver|annethvert|annahver)\s+(?P<unit>dag|uke|måned|år|tiår)\b", "set", TimexType.SET),
    Rule("set_weekday", rf"\bhver\s+(?P<weekday>{WD})\b", "set", TimexType.SET),
    Rule("set_weekday_plural", rf"\b(?P<weekday>{WD})er\b", "set", TimexType.SET),
    Rule("set_part_of_day", rf"\bhver\s+(?P<part>{alternation(SET_PARTS)})\b", "set", TimexType.SET),
    Rule("set_month", rf"\bhver\s+(?P<month>{M})\b", "set", TimexType.SET),
    Rule("set_season", r"\bhver\s+(?P<season>vår|sommer|høst|vinter)\b", "set", TimexType.SET),
    # "betales årlig" is a recurrence; "årlig vekst" (an adjective) is not: no noun after it
    Rule("set_adverb", rf"\b(?P<unit>{alternation(FREQUENCY_ADVERBS)})\b(?!\s+(?!(?:{alternation(ADVERB_FOLLOWERS)})\b)[a-zæøå])", "set", TimexType.SET),
    Rule("set_times_per", r"\b(?:(?:en|én|to|tre|fire|fem|[0-9]{1,2})\s+gang(?:er)?)\s+(?:i|per|pr\.?|om)\s+(?:(?P<unit>året|uken|uka|måneden|døgnet|dagen|år|uke|måned|dag)(?=\W|$))", "set", TimexType.SET),
)

NB = Lang(
    code="nb",
    name="norsk bokmål",
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
    plural_units=frozenset(PLURAL_UNITS),
    approx_words=APPROX_WORDS,
    part_words=PART_WORDS,
    interval_patterns=(
        (r"fra(?:\s+og\s+med)?", r"til(?:\s+og\s+med)?|t\.o\.m\."),
        (r"mellom", r"og"),
        (r"", r"[–—-]|til(?:\s+og\s+med)?"),
    ),
    since_words=("siden", "helt siden"),
    deadline_words=("innen", "til", "frem til", "fram til"),
    parts_of_day=PARTS_OF_DAY,
    future_cues=("må", "frist", "skal", "vil", "kommer til å", "planlegger", "planlagt", "ventes", "er ventet",
                 "neste", "kommende", "tar sikte på", "skal etter planen", "blir"),
    split_future=(("kommer", "til å"),),
    place_prepositions=("i", "på"),
    fronted_adverbs=("allerede", "også", "så", "senere", "deretter", "da", "samtidig",
                     "tidligere", "først", "likevel", "dermed", "derfor", "i tillegg",
                     "dessuten", "nå", "i dag", "etterpå", "senest"),
    clause_breaks=("at", "som", "mens", "men", "og", "fordi", "da", "når", "der", "etter at",
                   "før", "selv om", "slik at"),
    year_blockers_before=(
        "nr", "nr.", "side", "s.", "rv.", "rv", "riksvei", "fylkesvei", "e", "kl.", "kl",
        "punkt", "avsnitt", "versjon", "figur", "tabell", "ledd", "pkt.", "pkt", "fig.",
        "klokken", "klokka", "rute", "linje", "paragraf", "§", "artikkel", "resolusjon",
        "resolusjonen", "kapittel", "postnummer", "tlf", "tlf.", "telefon", "kr", "kr.", "nok",
        "usd", "boeing", "airbus", "modell", "sak", "saksnummer", "lov", "kode", "rom",
        "bussrute",
    ),
    year_blockers_after=(
        "prosent", "%", "kroner", "kr", "kr.", "millioner", "milliarder", "dollar", "euro",
        "pund", "personer", "mennesker", "soldater", "stemmer", "meter", "m", "km",
        "kilometer", "tonn", "kilo", "kg", "mil", "år", "dager", "uker", "måneder", "barn",
        "innbyggere", "ansatte", "døde", "drepte", "sider", "fot", "hk", "deltakere",
        "flyktninger", "land", "eksemplarer", "tropper", "stridshoder", "fanger", "mann",
        "kvinner", "menn", "elever", "studenter", "sivile", "skudd", "raketter", "fly",
        "biler", "hus", "boliger", "medlemmer", "delegater", "timer", "minutter", "km/t",
        "kvadratkilometer", "kubikkmeter", "liter", "fat", "megawatt", "sekunder",
    ),
    stopwords=frozenset(
        "og i det som en på er av for med til har de ikke at den et var fra om skal vil seg "
        "etter også men sin kan ble da så han hun hadde mot eller dette sa når der ved blir "
        "over være enn mer noe bare hvor hva hvis hele dem sitt sine sier mellom hans hennes "
        "deres landet under mens fordi både slik denne ett hos uten igjen kunne skulle ville "
        "måtte nye nytt alle andre sammen flere".split()
    ),
    abbreviations=frozenset(
        "bl.a f.eks kl nr ca osv mv m.m dvs jf jfr evt pga ift mht vs st dr prof adm dir tlf "
        "ref s fr hr jr mr ekskl inkl mill mrd kr ev o.l ifm f.kr e.kr fvt jan feb mar apr "
        "jun jul aug sep sept okt nov des pst t.o.m f.o.m mfl m.fl d.v.s o.a p.t a.s ap frp "
        "krf sv sp h v rv ang forts gen pr ant bl".split()
    ),
    event_types={
        # Order matters: the first type whose trigger is in the clause wins, so the
        # specific acts come before the general ones ("trakk seg fra avtalen" is a
        # withdrawal, not an agreement; "varslet sanksjoner" is sanctions, not a statement).
        "expulsion": ("kastet … ut", "kaster … ut", "kastes … ut", "utkastelse", "utvis", "utviste", "utvist",
                      "bortvis", "sendte hjem", "erklært uønsket", "persona non grata"),
        "withdrawal": ("trakk seg", "trekker seg", "trekke seg", "tilbaketrekning",
                       "trakk ut", "trekker ut", "uttreden", "meldte seg ut", "gikk ut av",
                       "forlot"),
        "sanctions": ("sanksjon", "embargo", "boikott", "straffetiltak", "frys",
                      "handelsforbud", "straffetoll"),
        "election": ("valget", "valg ", "valgt", "gjenvalgt", "innsatt", "tiltrådte",
                     "innsettelse", "folkeavstemning"),
        "conflict": ("krig", "angrep", "invasjon", "invaderte", "konflikt", "kamper",
                     "bombe", "okkup", "annekter", "rakettoppskyting", "prøvesprengning",
                     "atomprøve", "skjøt opp", "skjøt", "testet", "kupp", "opprør", "blokade",
                     "beskytning", "massakre", "drept", "myrdet", "attentat"),
        "meeting": ("toppmøte", "møte", "møtte", "møttes", "møtes", "konferanse", "samlet",
                    "samles", "kom sammen", "kommer sammen", "summit"),
        # a visit and its programme: the dinners, lunches and ceremonies of a host
        "visit": ("besøk", "statsbesøk", "reiste til", "ankom", "reiser til", "middag",
                  "lunsj", "velkomstseremoni", "kransnedlegg"),
        "negotiations": ("forhandl", "samtale", "dialog", "mekl", "fredsprosess", "drøfte",
                         "diskut"),
        "agreement": ("avtale", "traktat", "undertegn", "signer", "overenskomst", "ratifiser",
                      "inngikk", "enighet", "enige", "fredsslutning", "våpenhvile", "pakt"),
        "statement": ("sa ", "sier", "uttalte", "opplyste", "erklærte", "kunngjorde",
                      "varslet", "gjorde det klart", "advarte", "kritiserte", "avviste",
                      "fordømte", "krevde", "understreket", "meldte", "bekreftet", "truet",
                      "lovet", "oppfordret", "beskrev", "tok til orde", "anerkjen"),
    },
    process_nouns=("forhandlingene", "forhandlinger", "samtalene", "samtaler", "prosessen",
                   "krigen", "konflikten", "dialogen", "okkupasjonen", "fredsprosessen"),
    end_verbs=("brøt sammen", "bryter sammen", "tok slutt", "ble avsluttet", "ble avbrutt",
               "endte", "strandet", "kollapset", "ble brutt", "opphørte", "varte", "varte til",
               "pågikk til", "ble sluttført"),
    pronouns={"de": "process", "dei": "process", "landet": "state", "regimet": "state",
              "han": "person", "hun": "person"},
    after_connectors=("etter at", "etter"),
    subordinators=("siden", "fordi", "mens", "selv om"),
    obligation_cues=("må", "måtte", "bør", "burde", "plikter"),
    # "I år markerer vi 70-årsdagen for ...", "I dag er det 25-årsdagen for ...";
    # not "markeres" ("markeres med et møte" tells the meeting)
    source_nouns=("medier", "mediene", "media", "avis", "avisen", "avisa", "nyhetsbyrå",
                  "nyhetsbyrået", "byrået", "rapport", "rapporten", "meldingen",
                  "pressemelding", "pressemeldingen", "kommunikeet", "uttalelsen", "tv",
                  "radio", "kanalen", "ntb", "nrk", "reuters", "ap", "afp", "tass"),
    # not "ble det klart at": what became clear is often a state ("partene er enige"), and
    # its becoming clear is the event
    disclosure_frames=("ble det kjent at", "det ble kjent at", "kom det fram at",
                       "det kom fram at", "kom det frem at", "det kom frem at"),
    intention_verbs=("ble enige om", "er enige om", "blitt enige om", "bestemte seg for",
                     "bestemt seg for", "besluttet", "vedtok", "lovet", "lover", "avtalte",
                     "avtaler", "planla", "gikk med på", "har gått med på", "forpliktet seg til",
                     "tilbød seg", "har tenkt"),
    past_future_cues=("skulle", "ville", "var ventet", "var planlagt"),
    deadline_limits=("senest", "ikke senere enn", "ikke seinere enn"),
    participation_verbs=("delta på", "deltar på", "deltok på", "deltatt på", "delta i",
                         "deltar i", "deltok i", "være vert for", "er vert for", "var vert for",
                         "lede", "leder", "ledet", "lede an", "være til stede på",
                         "være til stede under", "var til stede på", "er til stede på"),
    participation_passives=("ledes av", "ble ledet av", "blir ledet av", "skal ledes av",
                            "vil bli ledet av", "arrangeres av", "ble arrangert av"),
    anaphoric_determiners=("dette", "denne", "disse", "det", "den", "de"),
    anniversary_frames=("markerer", "markerte", "er", "var", "blir", "er det", "var det"),
    anniversaries=(
        r"(?P<n>[0-9]{1,4})-års(?:dagen|jubileet|markeringen)\s+(?:for|av)\s+(?P<np>[^,.;:!?]+)",
        r"(?P<n>[0-9]{1,4})\.\s+årsdag(?:en)?\s+(?:for|av)\s+(?P<np>[^,.;:!?]+)",
    ),
    subordinator_phrases=("på siden av", "på den ene siden", "på den andre siden",
                          "på hver sin side", "ved siden av", "til siden", "fra siden",
                          # after an auxiliary, "siden" is the adverb *since then*
                          "har siden", "hadde siden", "er siden", "var siden"),
    date_prepositions=("i", "på", "fra", "til", "den", "om", "innen", "gjennom", "over", "før",
                       "etter", "rundt", "mot",
                       # "per i dag" (as of); the night a date closes: "natten mellom 8. og
                       # 9. april", "natt til søndag"
                       "per", "natten mellom", "natten til", "natt til"),
    rule_needs={
        **NUMERIC_RULE_NEEDS,
        **dict.fromkeys(("date_day_month", "month_year", "year_comma_month", "month_relative_year",
                         "month_alone", "set_month"), ("month",)),
        "day_range": ("month", "numbered"),  # "1.-3.mars", or run into its day: "3mars"
        # a day opens a word ("3.5.2019"), and so does a year ("1998", "1800-tallet")
        **dict.fromkeys(("date_numeric", "date_day_month_numeric"), ("digits:1", "digits:2")),
        **dict.fromkeys(("year_prep4", "year", "century_tallet", "decade_tallet"),
                        ("digits:4",)),
        "year_prep": ("digits:3",),
        "decade_short": ("digits:2",),
        # era marks: "f.Kr.", "e.Kr.", "fvt." (tokens "f", "e", "Kr", "fvt") or one word
        # with the year: "44fvt"
        "year_era": ("=kr", "=fvt", "numbered"),
        "year_word": word_needs(YEAR_WORDS),
        "year_approx": word_needs(APPROX_YEAR_WORDS),
        "fiscal_year": word_needs(FISCAL_YEARS),
        "clock": CLOCK_NEEDS,
        **dict.fromkeys(("weekday", "relative_weekday", "set_weekday", "set_weekday_plural",
                         "weekday_day", "weekday_of_week", "nth_weekday_of_month"),
                        ("weekday",)),
        **dict.fromkeys(("season_year", "season_relative", "season_coming", "set_season"),
                        ("season",)),
        "ago": ("=siden",),
        "ahead": ("=om",),
        "anaphoric_amount": word_needs(ANAPHORIC_DIRECTIONS),
        "anaphoric_after": ("=etter",),
        "window_ahead": word_needs(WINDOW_AHEAD_WORDS),
        "window_within": ("=innen",),
        "window_bare": word_needs(WINDOW_LAST_WORDS),
        "duration_recent": ("=senere",),
        "set_times_per": ("=gang", "=ganger"),
        "set_adverb": word_needs(FREQUENCY_ADVERBS),
        **dict.fromkeys(("relative_unit", "relative_unit_after_next",
                         "anaphoric_definite", "anaphoric_same", "window",
                         "window_count_first", "duration", "set_unit", "set_every_other",
                         "nth_day_of_month", "day_of_relative_month"), ("unit",)),
        **dict.fromkeys(("holiday", "holiday_bare", "holiday_relative"), ("holiday",)),
        "duration_vis": word_needs(VIS_FORMS),
        "weekend": ("=helgen", "=helga", "=helg"),
        "clock_word": ("clock",),
        "night_before": word_needs(NIGHTS),
        "anaphoric_weekday": ("weekday",),
        "current_unit_in": word_needs(CURRENT_UNITS),
        "part_of_day_alone": word_needs(DEFINITE_PARTS),
        "set_part_of_day": word_needs(SET_PARTS),
        "decade_word": ("decade",),
        "century_ordinal": beginnings(word_needs(CENTURY_NOUNS)),
        "quarter": ("=kvartal", "=kvartalet"),
        "half_year": ("=halvår", "=halvåret", "=halvdel"),
        "week_number": ("=uke", "=veke"),
        "deictic": ("deictic",),
        "deictic_spring": ("deictic",),
        "reference": ("ref",),
        "current_unit": ("unit",),
        "part_of_day": ("weekday", "deictic"),
        "quarter_relative_year": ("=kvartal", "=kvartalet", "=halvår", "=halvåret"),
        "part_of_day_deictic": word_needs(DEICTIC_PARTS),
    },
    noun_triggers=("toppmøte", "møte", "samtale", "forhandling", "sanksjon", "avtale",
                   "traktat", "besøk", "valg", "krig", "konferanse", "invasjon", "angrep"),
    non_person_heads=frozenset(
        "Universitet Parti Rådet Kommune Fylke Departement Domstol Bank Havn Flyplass Plass "
        "Slott Kirke Stortinget Avtale Traktat Konferanse Pakt Union Republikk".split()),
    np_openers=("sitt", "sin", "sine", "noe", "hans", "hennes", "deres", "etter", "før",
                "under", "siden"),
    np_stops=("som", "ikke", "var", "er", "ble", "blir", "har", "hadde", "at", "da",
              "men", "der", "hvor", "skal", "vil"),
    complementisers=("at",),
    verb_second=True,
    holidays=HOLIDAYS,
    nth_words=NTH,
    clock_words=CLOCK_WORDS,
    unit_factors=UNIT_FACTORS,
    day_first=True,
    and_a_half=("og en halv",),
    clock_joiners=("på", "den", "om"),
    duration_cues=frozenset(),
    national_holidays=frozenset(("constitution_day_no",)),
    year_relations=frozenset(("fjor", "forfjor")),
    signal_directions=frozenset(("senere", "etterpå")),
    amount_mods={"nesten": "LESS_THAN", "nærmere": "LESS_THAN", "knapt": "LESS_THAN",
                 "snart": "LESS_THAN", "mindre enn": "LESS_THAN", "under": "LESS_THAN",
                 "mer enn": "MORE_THAN", "over": "MORE_THAN", "drøyt": "MORE_THAN",
                 "godt over": "MORE_THAN", "minst": "EQUAL_OR_MORE", "i minst": "EQUAL_OR_MORE",
                 "opptil": "EQUAL_OR_LESS", "høyst": "EQUAL_OR_LESS", "maks": "EQUAL_OR_LESS",
                 "bare": "", "kun": "", "hele": "", "snaue": "LESS_THAN"},
    schedule_cues=("trer i kraft", "tre i kraft", "trår i kraft", "i forkant av", "berammet",
                   "etter planen", "er satt opp", "innkalt til",
                   # what is prepared for lies ahead: "som forberedelse til toppmøtet i juli"
                   # ("som" breaks the clause: the cue is what follows it)
                   "forberedelse til", "for å forberede", "forbereder"),
    hope_cues=("kan", "håper", "ønsker", "vurderer", "dersom", "hvis", "risikerer", "bør",
               "burde"),
    possible_cues=("kunne", "kanskje", "muligens", "mulig", "trolig", "sannsynligvis",
                   "håpet", "ønsket", "spekuleres"),
    furniture_openers=("Foto", "Illustrasjon", "Bilde:", "Les også", "Les mer", "Se også",
                       "Artikkelen fortsetter", "Publisert", "Oppdatert", "Sist oppdatert",
                       "Først publisert", "Kilde:", "Kilder:", "Arkivreferanse", "Pressekontakt",
                       "Pressekontakter", "Del artikkelen", "Annonse", "Utgiver:", "Skrevet av",
                       "Tips oss", "Kontakt:"),
    furniture_marks=("©", "Copyright", "Alle rettigheter", "fortsetter under annonsen",
                     "over ett år gammel", "min lesetid", "siden siste oppdatering",
                     "Presse som ønsker", "Journalister som ønsker", "Pressen inviteres",
                     "akkreditering", "Tekststørrelse", "Skriftstørrelse", "Skriv ut siden",
                     "Del artikkelen"),
    counter_words=("Lest", "Visninger", "Kommentarer", "Treff"),
    credit_marks=("Foto:", "Foto :", "(Foto", "Illustrasjon:", "NTB scanpix", "NTB Scanpix",
                  "Scanpix", "/ NTB", "/NTB", "Getty Images", "AFP/", "Reuters/"),
    coordinators=("og",),
    event_relations={"etter": "after", "under": "during", "ved": "at", "i forkant av": "before",
                     "før": "before", "i etterkant av": "after", "i forbindelse med": "at"},
    reference_nouns=("toppmøte", "møte", "samtale", "forhandling", "avtale", "besøk", "valg",
                     "konferanse", "signering", "undertegning", "undertegnelse", "avstemning",
                     "vedtak", "invasjon", "angrep", "kupp", "seremoni", "pressekonferanse",
                     "krig", "utvisning", "sanksjon"),
    definite_endings=("et", "en", "ene", "a"),
    np_complements=("med", "mellom", "om", "av"),
    prepositions=("i", "på", "av", "for", "med", "til", "fra", "om", "mot", "under", "etter",
                  "før", "mellom", "ved", "hos", "over", "gjennom", "uten", "blant", "innen"),
    determiners=("den", "det", "de", "en", "et", "ei", "denne", "dette", "disse", "sin",
                 "sitt", "sine", "hans", "hennes", "deres", "begge", "alle", "flere"),
    subject_pronouns=("han", "hun", "de", "vi", "jeg", "det", "den", "man", "dere"),
    speaker_pronouns=("vi", "jeg"),
    agreement_verbs=("ble enige om å", "har blitt enige om å", "er enige om å",
                     "besluttet å", "har besluttet å", "vedtok å", "har vedtatt å",
                     "avtalte å", "har avtalt å", "lovet å", "har lovet å"),
    plan_marker="skal",
    when_openers=("da", "når"),
    report_occasions=("da", "når", "etter", "før", "mens", "under", "på", "i"),
    adjunct_openers=("under", "med", "uten", "mens", "midt under", "i løpet av", "etter",
                     "før", "til tross for", "ifølge", "i følge", "som svar på"),
    finite_verbs=frozenset(
        "ble var er har hadde blir skal vil kan må kunne skulle ville måtte kommer kom fikk "
        "får gikk går sa sier tok ga gav la sto står fant holdt møttes møtte satt dro slo "
        "brøt trakk vant falt lot skrev ba bad vedtok fattet startet sendte dro drog fløy "
        "ankom lå så gjorde visste sto traff fant gjaldt ga gikk løp red slapp tapte var "
        "inngikk undertegnet ".split()),
    auxiliaries=frozenset(
        "ble var er har hadde blir skal vil kan må kunne skulle ville måtte bør kommer "
        "får fikk".split()),
    infinitive_markers=("å",),
    date_genitive_endings=("ens", "ets"),  # "mandagens", "høstens", "fjorårets", "1990-tallets"
    title_tails=("da", "når", "mens", "fordi", "selv om", "slik at", "etter at", "inntil",
                 "for å", "til tross for", "noe som"),
    tail_modifiers=frozenset("selv like rett kort allerede bare".split()),
    # "-vde": "prøvde", "levde", "krevde" ("-de" alone is no proof: "samarbeide", "stede")
    past_endings=("et", "te", "dde", "tte", "vde"),
    # ordinals and superlatives end as "reiste" does: "første", "femte", "siste", "største"
    not_past_forms=frozenset((*ORDINALS, *NTH, *(
        "neste beste største minste verste eldste yngste fleste fremste øverste nederste "
        "ytterste nærmeste seneste nyeste høyeste laveste sterkeste viktigste mektigste "
        "vanligste tidligste").split())),
    referring_pronouns={"de": ("ene",), "den": ("en", "a"), "det": ("et",)},
    event_predicates=("gjennomført", "avholdt", "holdt", "arrangert", "avlyst", "utsatt",
                      "avviklet", "avsluttet"),
    passive_auxiliaries=("ble", "blir", "bli", "blitt"),
    present_endings=("er", "r"),
    second_complements=("og at",),
    passive_endings=("es",),
    agent_prepositions=("av",),
    deponents=frozenset("møtes samles finnes synes trives enes lykkes minnes kjennes "
                        "skjønnes".split()),
    adjective_endings=("ig", "lig", "isk", "ige", "lige", "iske", "ende", "ske", "nde"),
    passive_be=("ble", "ble"),  # "Avtalen, undertegnet av ...," -> "Avtalen ble undertegnet"
    linking_adverbs=("imidlertid", "derimot", "likevel", "dessuten", "også", "senere",
                     "deretter", "samtidig", "endelig"),
    sentence_adverbs=("ikke", "også", "aldri", "imidlertid", "dermed", "likevel", "endelig",
                      "formelt", "allerede", "fortsatt", "igjen", "da", "nå", "derfor",
                      "trolig", "først", "raskt", "senere", "enstemmig", "offisielt", "nylig",
                      "ensidig", "høytidelig", "i all hemmelighet", "på ny", "til slutt",
                      "blant annet", "bl.a."),
    act_verbs=("vedtok", "vedtatt", "innførte", "innført", "undertegnet", "underskrev",
               "signerte", "signert", "møtte", "møttes", "besøkte", "inngikk", "inngått",
               "ble enige", "har blitt enige", "kunngjorde", "annonserte", "varslet", "avviste",
               "godkjente", "godkjent", "stemte", "valgte", "valgt", "utviste", "utvist",
               "kastet ut", "trakk seg", "avlyste", "avlyst", "utsatte", "forlenget",
               "opphevet", "anerkjente", "angrep", "invaderte", "erklærte", "la fram",
               "presenterte", "åpnet", "avsluttet", "lanserte", "startet", "ratifiserte",
               "fordømte", "foreslo", "ankom", "gjennomførte", "gjennomført", "oppløste",
               "sluttet seg til", "fattet", "sendte", "skjøt", "arresterte", "inviterte",
               "tok imot", "avstod", "avsto", "gikk til angrep", "gikk inn i", "rykket inn",
               "erobret", "okkuperte", "annekterte", "overga seg", "kapitulerte", "grunnla",
               "opprettet", "etablerte", "utnevnte", "innsatte", "valgte", "styrtet",
               "avsatte", "drøftet", "diskuterte", "forhandlet", "holdt", "ble holdt",
               "ble undertegnet", "ble vedtatt", "ble valgt", "ble innført", "ble opprettet",
               "brøt ut", "brøt sammen", "ga opp", "dro til", "reiste til", "kom til",
               "leverte", "overleverte", "godtok", "aksepterte", "sa opp", "trakk tilbake",
               # as the English list: warnings, flight. Left out: "begynte", "endte"
               # ("endte på 15. plass", "har begynt å omfavne" are no acts) and demands
               # ("Svenskene krevde at ...": what a negotiation is about, told in it)
               "advarte", "advart", "truet", "flyktet", "ble avvist", "suspenderte", "suspendert",
               "gjenopptok", "stengte", "kalte inn", "løslot", "løslatt", "drepte",
               "gikk av", "deltok", "deltatt", "krysset", "marsjerte", "nådde", "ba om",
               "utstedte", "evakuerte", "trakk ut"),
    report_verbs=("sier", "sa", "uttalte", "opplyste", "opplyser", "skriver", "melder"),
    news_outlets=(*NEWS_OUTLETS, "NRK", "NTB", "VG", "Aftenposten", "Dagbladet", "E24", "DN",
                  "Dagens Næringsliv", "TV 2", "Nettavisen", "Klassekampen", "Dagsavisen",
                  "Bergens Tidende", "Adresseavisen", "Stavanger Aftenblad", "ABC Nyheter",
                  "Vårt Land", "Morgenbladet", "Finansavisen", "Nationen", "SVT", "DR"),
    media_reports=("meldte", "melder", "rapporterte", "rapporterer", "omtalte", "omtaler",
                   "skrev", "skriver", "erfarer", "erfarte", "avslørte", "avslører"),
    media_passives=("ble først omtalt av", "ble omtalt av", "ble først meldt av",
                    "ble meldt av", "ble først kjent gjennom"),
    occasion_verbs=("sa", "uttalte", "opplyste", "skrev", "kunngjorde", "erklærte"),
    # what a statement was made in or at: after the verb and its (inverted) subject
    statement_occasions=("uttalelse", "uttalelsen", "pressemelding", "pressemeldingen",
                         "pressekonferanse", "pressekonferansen", "pressemøte",
                         "pressemøtet", "tale", "talen", "intervju", "intervjuet",
                         "kommuniké", "kommunikeet", "brev", "brevet", "erklæring",
                         "erklæringen", "innlegg", "innlegget"),
    denied_plans=("vil ikke", "skal ikke", "kommer ikke til å", "vil aldri", "skal aldri"),
    background_markers=("hadde", "tidligere", "allerede", "daværende", "den gang",
                        "fortløpende"),
    relative_pronouns=("som", "der", "hvor"),
    relative_nouns_pronouns=("som",),
    negations=("ikke", "aldri", "ingen"),
    present_verbs=("er", "har", "møtes", "møter", "holdes", "holder", "arrangeres",
                   "arrangerer", "finner sted", "besøker", "reiser", "drar", "ankommer",
                   "deltar", "åpner", "starter", "begynner", "avsluttes", "undertegnes",
                   "signeres", "vedtas", "legges fram", "legger fram", "samles", "samler", "kommer sammen",
                   "inviterer", "gjester", "blir"),
    ordinal_days={"første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5,
                  "sjette": 6, "sjuende": 7, "syvende": 7, "siste": -1},
    ordinal_day_frames=(r"(?:den\s+)?{ord}\s+dag(?:en)?\s+(?:av|på|i|under)\s+{noun}",
                        r"{noun}s\s+{ord}\s+dag(?:en)?"),
    lasting_verbs=("går", "gikk", "varer", "varte", "pågår", "pågikk", "strekker seg",
                   "strakk seg", "fortsetter", "fortsatte", "holdes", "ble holdt",
                   "finner sted", "fant sted"),
    lasting_prepositions=("over", "i", "gjennom"),
    at_event_openers=("under", "gjennom", "i løpet av", "ved"),
    story_present_verbs=(
        "undertegner", "underskriver", "blir enige", "erklærer", "kunngjør", "vedtar",
        "innfører", "avviser", "ratifiserer", "anerkjenner", "oppretter", "grunnlegger",
        "slutter seg til", "melder seg ut", "trekker seg", "trekker seg ut", "invaderer",
        "angriper", "okkuperer", "erobrer", "kapitulerer", "velger", "utnevner", "går av",
        "tiltrer", "avslutter", "bryter ut", "faller", "bryter sammen", "beslutter",
        "bestemmer", "deler", "vinner", "mottar", "vender tilbake", "forlater", "går i land",
        "rykker inn", "mobiliserer", "flykter", "forhandler", "oppløser", "undertegnes", "vedtas",
        "oppløses", "erklæres", "drepes", "velges", "opprettes", "grunnlegges",
        "innføres", "ratifiseres"),
    clock_step_prepositions=("fra", "rundt", "omkring", "ved", "like etter", "like før",
                             "litt over", "litt før"),
    sequel_openers={"samtidig": "same", "deretter": "after", "etterpå": "after",
                    "dermed": "after", "senere": "after",
                    "senere på dagen": "after", "senere på kvelden": "after",
                    "litt senere": "after", "dette førte til at": "after",
                    "det førte til at": "after", "som følge av dette": "after",
                    "siden da": "since", "siden den gang": "since",
                    "kort tid etter": "after", "kort tid etterpå": "after",
                    "like etter": "after", "like etterpå": "after", "straks etter": "after",
                    "rett etter": "after", "rett etterpå": "after",
                    "på samme tid": "same", "i samme periode": "same", "til slutt": "after",
                    "etter dette": "after", "etter det": "after"},
    name_year_prepositions=("av",),
    year_postmodifiers=("fra",),
    copulas=("er", "var", "har vært", "hadde vært"),
    be_forms=("er", "var", "være", "vært"),
    state_predicates=("til stede", "spent", "anstrengt", "usikker", "usikre", "usikkert",
                      "uklart", "uviss", "enig", "enige", "uenig", "uenige", "bekymret",
                      "tilfreds", "fornøyd"),
    end_deadlines=("før utgangen av", "før slutten av", "innen slutten av"),
    # an evaluation voiced in the present ("skryter i dag av Nato som ...", "roser") is an
    # opinion too; told in the past ("roste") it reports what was said
    discussion_passives=tuple(f"{aux} … {verb}" for aux in ("ble", "blir", "har blitt", "er blitt",
                                                            "vil bli")
                              for verb in ("drøftet", "diskutert", "tatt opp", "gjennomgått",
                                           "berørt", "behandlet")) + (
        "drøftes", "diskuteres", "er drøftet", "er diskutert"),
    discussion_gap=6,
    habit_adverbs=("hvert år", "hvert eneste år", "hvert andre år", "hver måned", "hver uke",
                   "hver dag", "hvert halvår", "hvert tiår", "år etter år", "jevnlig",
                   "regelmessig", "gang på gang", "to ganger i året", "en gang i året",
                   "én gang i året", "årlig", "månedlig", "ukentlig", "hvert år siden"),
    existential_subjects=("det", "der"),
    habit_comparisons=("som", "slik", "som vanlig", "som de gjør"),
    opinion_verbs=("mener", "tror", "synes", "frykter", "tviler på", "ser … ingen", "ser … noen",
                   "ser … ikke", "skryter av", "skryter … av", "roser", "berømmer", "hyller"),
    plural_endings=("ene", "er", "r"),
    expletives=("det", "dette"),
    continue_verbs=("fortsette", "forbli", "videreføre", "opprettholde", "bli", "ha"),
    state_adverbs=("ikke", "også", "svært", "veldig", "meget", "fortsatt", "fremdeles", "alle"),
    participle_endings=("et", "t", "tt", "dd", "d"),
    participles=frozenset("gitt tatt sett kommet gått fått slått holdt brutt".split()),
    citation_cues=("trykt i", "gjengitt i", "publisert i", "ibid"),
    phone_words=("telefon", "tlf", "mobil", "mob.", "sentralbord"),
    clock_marks=("CET", "CEST", "GMT", "UTC"),
)
