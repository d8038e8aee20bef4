"""Norwegian bokmål: words as tables, rules built from them.

Pinned by ``tests/corpus/nb.py``. Things to know about the language that shape the rules:
months and weekdays are written in lower case; a day of the month is an ordinal with a
dot ("15. mars"); "Man" is the pronoun *one*, "Tor" a name, "nå" both *now* and *reach*,
"en/ni/to/tre" numbers or articles — so no abbreviated weekday, no bare number word and no
"nå" is ever a date here. "i vår" is *this spring* but also *in our*; "daglig leder" is a
job title.
"""

from __future__ import annotations

from ..rules import ISO_DATE, YEAR_RANGE, Rule, alternation
from ..types import Grain, Meaning, TimexType
from .base import Lang

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
                "kveld": "EV", "natt": "NI"}
UNITS = {
    **dict.fromkeys(("time", "timer", "timen", "timene"), Grain.HOUR),
    **dict.fromkeys(("dag", "dager", "dagen", "dagene", "døgn", "døgnet"), Grain.DAY),
    **dict.fromkeys(("uke", "uker", "uken", "uka", "ukene", "veke"), Grain.WEEK),
    **dict.fromkeys(("måned", "måneder", "måneden", "månedene"), Grain.MONTH),
    **dict.fromkeys(("kvartal", "kvartaler", "kvartalet"), Grain.QUARTER),
    **dict.fromkeys(("halvår", "halvåret"), Grain.HALF),
    **dict.fromkeys(("år", "året", "årene"), Grain.YEAR),
    **dict.fromkeys(("tiår", "tiåret", "tiårene"), Grain.DECADE),
    **dict.fromkeys(("århundre", "århundret", "århundrer", "århundrene", "hundreår"),
                    Grain.CENTURY),
}
PLURAL_UNITS = ("dagene", "ukene", "månedene", "årene", "tiårene", "århundrene")
NUMBERS: dict[str, float | None] = {
    "en": 1, "ei": 1, "ett": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "sju": 7, "syv": 7, "åtte": 8, "ni": 9, "ti": 10, "elleve": 11, "tolv": 12,
    "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17, "atten": 18,
    "nitten": 19, "tjue": 20, "tyve": 20, "tretti": 30, "førti": 40, "femti": 50,
    "hundre": 100, "et par": 2,
}
ORDINALS: dict[str, float | None] = {
    "første": 1, "andre": 2, "annen": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6,
    "sjuende": 7, "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10, "ellevte": 11,
    "tolvte": 12, "trettende": 13, "fjortende": 14, "femtende": 15, "sekstende": 16,
    "syttende": 17, "attende": 18, "nittende": 19, "tjuende": 20, "tjueførste": 21,
}
VAGUE: dict[str, float | None] = {
    # Vague amounts: the text gives no number, so the resolved date stays approximate.
    "få": None, "noen": None, "noen få": None, "flere": None, "mange": None,
}
# Number words that may count units in a duration or an offset. "en/ei/et" are left out
# of bare matches elsewhere: alone they are articles.
COUNT_WORDS = [w for w, n in {**NUMBERS, **VAGUE}.items() if n is None or n < 100]
RELATIONS = {
    "forrige": -1, "sist": -1, "fjor": -1, "forfjor": -2, "år": 0, "neste": 1, "kommende": 1, "denne": 0,
    "dette": 0, "inneværende": 0,
}
DIRECTIONS = {
    "senere": 1, "etter": 1, "etterpå": 1, "tidligere": -1, "før": -1, "i forveien": -1,
    "samme": 0,
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
    "i sommer": Meaning("relative", unit=Grain.SEASON, season="SU", offset=0),
    "i høst": Meaning("relative", unit=Grain.SEASON, season="FA", offset=0),
    "i vinter": Meaning("relative", unit=Grain.SEASON, season="WI", offset=0),
}
REFS = {
    "nylig": "PAST_REF", "i det siste": "PAST_REF", "for kort tid siden": "PAST_REF",
    "i senere tid": "PAST_REF", "i fremtiden": "FUTURE_REF", "i framtiden": "FUTURE_REF",
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
    "tidligere": "", "senere": "",
    "tidlig på": "START", "midt på": "MID",
}

M = alternation(MONTHS)
ORD = alternation(ORDINALS)
MA = alternation(MONTH_ABBREVIATIONS)
WD = alternation(WEEKDAYS)
SEASON = alternation(SEASONS)
U = alternation(UNITS)
COUNT = rf"(?:\d{{1,3}}|{alternation(COUNT_WORDS)})"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"
ERA = r"(?:f\.\s?Kr\.?|e\.\s?Kr\.?|fvt\.?)"
YEAR_AFTER = r"(?![.,:]?\d)"

RULES = (
    # 25. april 2019 · torsdag 25. april · den 15. mars · 15. mars 2003
    Rule("date_day_month", rf"\b(?:(?P<weekday>{WD})(?:en)?\s+)?(?:den\s+)?(?P<day>{DAY})\.\s*(?P<month>{M}|{MA}\.?)(?:\s+(?:(?P<year>\d{{4}}){YEAR_AFTER}|(?:år\s+)?(?P<year_bc>\d{{1,4}})\s*(?P<era>{ERA})))?(?!\w)", "date"),
    # 25.04.2019 · 2019-04-25
    Rule("date_numeric", rf"\b(?P<day>{DAY})\.(?P<month>0?[1-9]|1[0-2])\.(?P<year>\d{{4}})\b", "date"),
    ISO_DATE,
    # april 2009
    Rule("month_year", rf"\b(?P<month>{M}|{MA}\.)\s+(?P<year>\d{{4}}){YEAR_AFTER}\b", "date"),
    # februar i fjor · mai i år
    Rule("month_relative_year", rf"\b(?P<month>{M})\s+i\s+(?P<rel>år|fjor|forfjor)\b", "month_of_year"),
    # 1.–3. mars 2019 · fra 1. til 3. mars
    Rule("day_range", rf"\b(?:fra\s+)?(?P<day>{DAY})\.\s*(?:til|[–—-])\s*(?P<day2>{DAY})\.\s*(?P<month>{M})(?:\s+(?P<year>\d{{4}}){YEAR_AFTER})?\b", "day_range"),
    # i februar · fra mars · siden juni: a month alone needs its preposition ("Mars" the planet)
    Rule("month_alone", rf"\b(?P<month>{M})\b", "date", flags=0),
    # torsdag · torsdagens · mandagen
    Rule("weekday", rf"\b(?P<weekday>{WD})(?:ens|en|s)?\b", "date"),
    # år 1066 · år 44 f.Kr. · 44 f.Kr.
    Rule("year_era", rf"\b(?:år\s+)?(?P<year>\d{{1,4}})\s*(?P<era>{ERA})", "date"),
    Rule("year_word", r"\b(?:år|året)\s+(?P<year>\d{3,4})\b(?!\s*(?:f\.|e\.|fvt))", "date"),
    # i 520: a three-digit year needs "i"/"siden" and nothing after it that a count takes
    Rule("year_prep", rf"\b(?:i|siden|år)\s+(?:(?:rundt|cirka|ca\.|omkring)\s+)?(?P<x>(?P<year>[1-9]\d{{2}})){YEAR_AFTER}\b(?=\s*(?:[,.;:)]|$|og\b|da\b|ble\b|var\b))", "date", latent=True),
    # "grunnlagt rundt 520.": an approximate three-digit year closing its clause
    Rule("year_approx", r"\b(?:rundt|cirka|ca\.|omkring|omtrent)\s+(?P<x>(?P<year>[1-9]\d{2}))(?=\s*(?:[.;]|$))", "date", latent=True),
    Rule("year_prep4", rf"\b(?:i|fra|til|siden|innen|før|etter)\s+(?:(?:rundt|cirka|ca\.|omkring)\s+)?(?P<x>(?P<year>[1-9]\d{{3}})){YEAR_AFTER}\b(?!\s*(?:f\.|e\.|fvt))", "date", latent=True),
    Rule("year", rf"(?<![\d.,:/§$€£])\b(?P<year>1[4-9]\d\d|20\d\d){YEAR_AFTER}\b(?!\s*[-–—]\s*\d)", "date", latent=True),
    # 2003–2009 · 1939-45
    YEAR_RANGE,
    # 1800-tallet (a century) before 1990-tallet (a decade): same span, the first rule wins
    # "2000-tallet" is read as the decade 2000-2009, as the 1990s are "1990-tallet"
    Rule("century_tallet", r"\b(?P<century>1\d)00-(?:tallet|årene)\b", "century"),
    Rule("decade_tallet", r"\b(?P<decade>1\d\d|20\d)0-(?:tallet|årene)\b", "decade"),
    Rule("decade_short", r"\b(?P<decade>[2-9]0)-(?:tallet|årene)\b", "decade"),
    Rule("decade_word", rf"\b(?P<decword>{alternation(DECADE_WORDS)})\b", "decade"),
    Rule("century_ordinal", rf"\b(?:det\s+)?(?P<ordinal>\d{{1,2}}\.|{ORD})\s*(?:århundre|hundreår)(?:t|et)?(?:\s+(?P<era>{ERA}))?", "century"),
    # våren 2018 · i fjor høst · neste vår
    Rule("season_year", rf"\b(?P<season>{SEASON})\s+(?P<year>\d{{4}}){YEAR_AFTER}\b", "season"),
    Rule("season_relative", rf"\b(?:i\s+)?(?P<rel>fjor|forrige|neste|kommende|denne)\s+(?P<season>{SEASON})\b", "season"),
    # til høsten: the coming season
    Rule("season_coming", r"\btil\s+(?P<x>(?P<season>våren|sommeren|høsten|vinteren))\b", "season"),
    # første kvartal 2019 · andre halvår 2018 · uke 17
    Rule("quarter", r"\b(?P<quarter>første|andre|tredje|fjerde|[1-4]\.)\s+kvartal(?:et)?(?:\s+(?:i\s+)?(?P<year>\d{4}))?\b", "quarter"),
    Rule("half_year", r"\b(?P<half>første|andre|[12]\.)\s+(?:halvår(?:et)?|halvdel\s+av)(?:\s+(?:i\s+)?(?P<year>\d{4}))?\b", "half"),
    Rule("week_number", r"\b(?:uke|veke)\s+(?P<week>\d{1,2})(?:\s+(?:i\s+)?(?P<year>\d{4}))?\b", "week"),
    # forrige uke · neste år · denne måneden · forrige torsdag
    Rule("relative_unit", r"\b(?P<rel>forrige|neste|kommende|denne|dette|inneværende)\s+(?P<unit>uke|uken|uka|måned|måneden|år|året|tiår|tiåret|kvartal|kvartalet|århundre|århundret)\b", "relative"),
    Rule("relative_weekday", rf"\b(?P<rel>forrige|neste|kommende|sist)\s+(?P<weekday>{WD})\b", "relative"),
    # for to år siden · for noen dager siden
    Rule("ago", rf"\bfor\s+(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U})\s+siden\b", "relative"),
    # i dag · i går · i fjor · i vår ("i vår" is also "in our": not before a noun)
    Rule("deictic", r"\b(?P<x>i\s+(?:dag|går|morgen|forgårs|overmorgen|år|fjor|forfjor|sommer|høst|vinter)|(?:gårs|morgen)?dagens|(?:fjor)?årets|fjoråret)\b(?!-)", "deictic"),
    Rule("deictic_spring", r"\b(?P<x>i\s+vår)\b(?=\s*(?:[.,;:!?)]|$|og\b|men\b|har\b|ble\b|var\b|skal\b|vil\b|kom\b|da\b|når\b|som\b|med\b|etter\b|til\b|i\b|på\b|er\b))", "deictic"),
    # Få dager senere · dagen etter · året etter · samme dag
    # innen utgangen av året · i løpet av måneden: the current unit, told as a part of it
    Rule("current_unit", r"\bav\s+(?P<x>(?P<unit>året|måneden|uken|uka))\b", "relative"),
    Rule("anaphoric_amount", rf"\b(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U})\s+(?P<dir>senere|etterpå|tidligere|i forveien)\b", "anaphoric"),
    Rule("anaphoric_definite", r"\b(?P<unit>dagen|uken|uka|måneden|året|tiåret)\s+(?P<dir>etter|før|senere)\b(?!\s+at\b)", "anaphoric"),
    Rule("anaphoric_same", rf"\b(?P<dir>samme)\s+(?P<unit>{U})\b", "anaphoric"),
    Rule("reference", rf"\b(?P<ref>{alternation(REFS)})\b", "ref"),
    # det siste året · de siste tre årene · de siste årene
    Rule("window", rf"\b(?:det|den|de)\s+(?:siste|seneste|forrige)\s+(?:(?P<amount>{COUNT})\s+)?(?P<unit>{U})\b", "window", TimexType.DURATION),
    Rule("window_count_first", rf"\bde\s+(?P<amount>{COUNT})\s+(?:siste|seneste|foregående)\s+(?P<unit>{U})\b", "window", TimexType.DURATION),
    # tre år · to uker · i ti dager
    # tre år · to uker; not an age ("seks år gammel")
    Rule("duration", rf"\b(?P<amount>{COUNT}|et par|noen få)\s+(?P<unit>{U})\b(?!\s+gam(?:mel|le|melt)\b)", "duration", TimexType.DURATION),
    # torsdag kveld · i går kveld · i kveld · i natt · i morges
    Rule("part_of_day", rf"\b(?:(?P<weekday>{WD})|(?P<dayword>i\s+(?:går|dag|morgen)))\s+(?P<part>{alternation(PARTS_OF_DAY)})\b", "part_of_day", TimexType.TIME),
    Rule("part_of_day_deictic", r"\b(?P<x>i\s+(?P<part>kveld|natt|morges|ettermiddag|formiddag))\b", "part_of_day", TimexType.TIME),
    # hvert år · hver uke · hver mandag
    Rule("set_unit", rf"\bhver[t]?\s+(?:(?P<amount>{ORD})\s+)?(?P<unit>dag|uke|måned|år|tiår)\b", "set", TimexType.SET),
    Rule("set_every_other", r"\b(?P<other>annenhver|annethvert|annahver)\s+(?P<unit>dag|uke|måned|år|tiår)\b", "set", TimexType.SET),
    Rule("set_weekday", rf"\bhver\s+(?P<weekday>{WD})\b", "set", TimexType.SET),
    Rule("set_weekday_plural", rf"\b(?P<weekday>{WD})er\b", "set", TimexType.SET),
)

NB = Lang(
    code="nb",
    name="norsk bokmål",
    months={**MONTHS, **MONTH_ABBREVIATIONS},
    weekdays=WEEKDAYS,
    seasons=SEASONS,
    units=UNITS,
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
    place_prepositions=("i", "på"),
    fronted_adverbs=("allerede", "også", "så", "senere", "deretter", "da", "samtidig",
                     "tidligere", "først", "likevel", "dermed", "derfor"),
    clause_breaks=("at", "som", "mens", "men", "og", "fordi", "da", "når", "der", "etter at",
                   "før", "selv om", "slik at"),
    year_blockers_before=(
        "nr", "nr.", "side", "s.", "rv.", "rv", "riksvei", "fylkesvei", "e", "kl.", "kl",
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
                    "kom sammen", "summit"),
        "visit": ("besøk", "statsbesøk", "reiste til", "ankom", "reiser til"),
        "negotiations": ("forhandl", "samtale", "dialog", "mekl", "fredsprosess"),
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
               "endte", "strandet", "kollapset", "ble brutt", "opphørte"),
    pronouns={"de": "process", "dei": "process", "landet": "state", "regimet": "state",
              "han": "person", "hun": "person"},
    after_connectors=("etter at", "etter"),
    subordinators=("siden", "fordi", "mens", "selv om"),
    date_prepositions=("i", "på", "fra", "til", "den", "om", "innen", "gjennom", "over", "før",
                       "etter", "rundt", "mot"),
    rule_needs={
        **dict.fromkeys(("date_day_month", "month_year", "month_relative_year", "day_range",
                         "month_alone"), ("month",)),
        **dict.fromkeys(("date_numeric", "date_iso", "year_era", "year_word", "year_prep", "year_prep4", "year_approx",
                         "year", "year_range", "century_tallet", "decade_tallet",
                         "decade_short"), ("digit",)),
        **dict.fromkeys(("weekday", "relative_weekday", "set_weekday", "set_weekday_plural"),
                        ("weekday",)),
        **dict.fromkeys(("season_year", "season_relative", "season_coming"), ("season",)),
        **dict.fromkeys(("relative_unit", "ago", "anaphoric_amount", "anaphoric_definite",
                         "anaphoric_same", "window", "window_count_first", "duration",
                         "set_unit", "set_every_other"), ("unit",)),
        "decade_word": ("decade",),
        "century_ordinal": ("=århundre", "=århundret", "=hundreår"),
        "quarter": ("=kvartal", "=kvartalet"),
        "half_year": ("=halvår", "=halvåret", "=halvdel"),
        "week_number": ("=uke", "=veke"),
        "deictic": ("deictic",),
        "deictic_spring": ("deictic",),
        "reference": ("ref",),
        "current_unit": ("unit",),
        "part_of_day": ("=morgen", "=formiddag", "=ettermiddag", "=kveld", "=natt"),
        "part_of_day_deictic": ("=kveld", "=natt", "=morges", "=ettermiddag", "=formiddag"),
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
    schedule_cues=("trer i kraft", "tre i kraft", "trår i kraft", "i forkant av", "berammet",
                   "etter planen", "er satt opp", "innkalt til"),
    hope_cues=("kan", "håper", "ønsker", "vurderer", "dersom", "hvis", "risikerer"),
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
                     "akkreditering"),
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
    past_endings=("et", "te", "dde", "tte"),
    adjective_endings=("ig", "lig", "isk", "ige", "lige", "iske", "ende", "ske", "nde"),
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
               "tok imot"),
    report_verbs=("sier", "sa", "uttalte", "opplyste", "opplyser", "skriver", "melder"),
    background_markers=("hadde", "tidligere", "allerede", "daværende", "den gang",
                        "fortløpende"),
    relative_pronouns=("som", "der", "hvor"),
    relative_nouns_pronouns=("som",),
    negations=("ikke", "aldri", "ingen"),
    sequel_openers={"samtidig": "same", "deretter": "after", "etterpå": "after",
                    "dermed": "after", "senere": "after", "dette førte til at": "after",
                    "det førte til at": "after", "som følge av dette": "after",
                    "siden da": "since", "siden den gang": "since"},
    name_year_prepositions=("av",),
    copulas=("er", "var", "har vært", "hadde vært"),
    participle_endings=("et", "t", "tt", "dd", "d"),
    participles=frozenset("gitt tatt sett kommet gått fått slått holdt brutt".split()),
    citation_cues=("trykt i", "gjengitt i", "publisert i", "ibid"),
    phone_words=("telefon", "tlf", "mobil", "mob.", "sentralbord"),
    clock_words=("CET", "CEST", "GMT", "UTC"),
)
