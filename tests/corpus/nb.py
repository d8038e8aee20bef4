"""nb corpus: Norwegian bokmål temporal expressions in news and history texts on diplomacy.

Reference document date REF = 2019-04-26, a Friday (the seed article is from April 2019).
Conventions (TIMEX3 values):

- a month or weekday without a year/date is the most recent one at or before REF (news
  default: past) unless the sentence is in the future tense ("skal", "vil", "kommer til å");
- "nå" is never a date: it is also the verb "reach";
- a year is a year ("2003" is not 1 January 2003), a decade "199", a century "18";
- anaphora ("dagen etter", "få dager senere") is resolved against the previous date in the
  same text and only appears in IN_SENTENCE.
"""

from tests.corpus import Case, InSentence, Negative

LANG = "nb"
REF = "2019-04-26"

CORPUS: list[Case] = [
    # --- Calendar days ----------------------------------------------------------------
    Case("2019-04-25", "day", [
        "25. april 2019",
        "25.04.2019",
        "25.4.2019",
        "2019-04-25",
        "den 25. april 2019",
        "torsdag 25. april 2019",
        "torsdag 25. april",
        "25. april",
        "den 25. april",
    ]),
    Case("2019-03-15", "day", ["15. mars", "den 15. mars"]),
    Case("2003-03-15", "day", [
        "15. mars 2003",
        "den 15. mars 2003",
        "lørdag 15. mars 2003",  # 15 March 2003 was a Saturday
        "15.03.2003",
        "15.3.2003",
    ]),
    Case("2003-03-03", "day", ["mandag 3. mars 2003", "3. mars 2003"]),
    Case("2018-05-01", "day", ["1. mai"]),  # no year, not yet this year → last year's
    Case("1814-05-17", "day", ["17. mai 1814"]),
    Case("1905-06-07", "day", ["7. juni 1905", "den 7. juni 1905"]),
    Case("1940-04-09", "day", ["9. april 1940"]),
    Case("1945-05-08", "day", ["8. mai 1945"]),
    Case("1989-11-09", "day", ["9. november 1989"]),
    Case("1993-09-13", "day", ["13. september 1993"]),
    Case("2001-09-11", "day", ["11. september 2001"]),
    Case("1953-07-27", "day", ["27. juli 1953"]),

    # --- Months -----------------------------------------------------------------------
    Case("2009-04", "month", ["april 2009", "i april 2009"]),
    Case("2019-02", "month", [
        "februar 2019",
        "i februar 2019",
        "feb. 2019",
        "i februar",  # past default: February of REF's year
        "februar",
        "i februar i år",
    ]),
    Case("2003-01", "month", ["januar 2003", "i januar 2003"]),
    Case("1991-12", "month", ["desember 1991", "i desember 1991"]),
    Case("2006-07", "month", ["i juli 2006"]),
    Case("2019-01", "month", ["i januar"]),
    Case("2019-03", "month", ["i mars", "mars"]),
    Case("2019-04", "month", ["i april"]),  # the current month counts as "at or before REF"
    Case("2018-05", "month", ["i mai", "i mai i fjor"]),  # May 2019 is still to come
    Case("2019-05", "month", ["i mai i år"]),  # explicit year beats the past default
    Case("2018-06", "month", ["i juni"]),
    Case("2018-07", "month", ["i juli"]),
    Case("2018-08", "month", ["i august"]),
    Case("2018-09", "month", ["i september"]),
    Case("2018-10", "month", ["i oktober"]),
    Case("2018-11", "month", ["i november"]),
    Case("2018-12", "month", ["i desember", "i desember i fjor"]),
    Case("2018-02", "month", ["i februar i fjor"]),
    Case("2018-03", "month", ["i mars i fjor"]),

    # --- Years ------------------------------------------------------------------------
    Case("2003", "year", ["2003", "i 2003"]),
    Case("1814", "year", ["1814", "i 1814"]),
    Case("1905", "year", ["i 1905"]),
    Case("1945", "year", ["i 1945"]),
    Case("1648", "year", ["i 1648"]),

    # --- Weekdays (past default: the most recent one before REF) ----------------------
    Case("2019-04-25", "day", ["torsdag", "Torsdag", "torsdagens"]),
    Case("2019-04-24", "day", ["onsdag", "onsdagens"]),
    Case("2019-04-23", "day", ["tirsdag"]),
    Case("2019-04-22", "day", ["mandag", "mandagens"]),
    Case("2019-04-21", "day", ["søndag"]),
    Case("2019-04-20", "day", ["lørdag"]),
    Case("2019-05-02", "day", ["neste torsdag"]),
    Case("2019-04-29", "day", ["neste mandag"]),
    Case("2019-05-03", "day", ["neste fredag"]),
    Case("2019-04-19", "day", ["forrige fredag", "sist fredag"]),

    # --- Deictic days -----------------------------------------------------------------
    Case("2019-04-26", "day", ["i dag"]),
    Case("2019-04-25", "day", ["i går", "gårsdagens"]),
    Case("2019-04-27", "day", ["i morgen", "morgendagens"]),
    Case("2019-04-24", "day", ["i forgårs"]),
    Case("2019-04-28", "day", ["i overmorgen"]),
    Case("2019-04-23", "day", ["for tre dager siden"]),

    # --- Deictic weeks, months, quarters, years ---------------------------------------
    Case("2019-W16", "week", ["forrige uke", "i forrige uke"]),
    Case("2019-W17", "week", ["denne uken", "denne uka"]),
    Case("2019-W18", "week", ["neste uke", "i neste uke"]),
    Case("2019-03", "month", ["forrige måned", "i forrige måned"]),
    Case("2019-04", "month", ["denne måneden"]),
    Case("2019-05", "month", ["neste måned"]),
    Case("2019-02", "month", ["for to måneder siden"]),
    Case("2019-Q1", "quarter", ["forrige kvartal"]),
    Case("2018", "year", ["i fjor", "fjorårets", "for et år siden"]),
    Case("2017", "year", ["i forfjor", "for to år siden"]),
    Case("2019", "year", ["i år", "årets"]),
    Case("2020", "year", ["neste år"]),
    Case("2014", "year", ["for fem år siden"]),
    Case("2009", "year", ["for ti år siden"]),
    Case("19", "century", ["forrige århundre"]),
    Case("PAST_REF", None, ["nylig"], approximate=True),

    # --- Windows ending at REF --------------------------------------------------------
    Case("P1Y", None, ["det siste året"], type="DURATION"),
    Case("P2Y", None, ["de siste to årene", "de to siste årene"], type="DURATION"),
    Case("P3M", None, ["de siste tre månedene", "de tre siste månedene"], type="DURATION"),
    Case("P10Y", None, ["de siste ti årene"], type="DURATION"),

    # --- Seasons ----------------------------------------------------------------------
    Case("2018-SP", "season", ["våren 2018", "i fjor vår"]),
    Case("2018-SU", "season", ["sommeren 2018", "i fjor sommer"]),
    Case("2018-FA", "season", ["høsten 2018", "i fjor høst"]),
    Case("2018-WI", "season", ["vinteren 2018"]),
    Case("2019-SP", "season", ["i vår", "våren 2019"]),
    Case("2019-FA", "season", ["til høsten"]),  # "til høsten" is always the coming autumn
    Case("1940-SP", "season", ["våren 1940"]),
    Case("1989-FA", "season", ["høsten 1989"]),
    Case("1914-SU", "season", ["sommeren 1914"]),

    # --- Quarters, halves, weeks ------------------------------------------------------
    Case("2019-Q1", "quarter", ["første kvartal 2019", "i første kvartal 2019", "1. kvartal 2019"]),
    Case("2018-Q4", "quarter", ["fjerde kvartal 2018", "4. kvartal 2018"]),
    Case("2018-H2", "half-year", ["andre halvår 2018", "i andre halvår 2018"]),
    Case("2019-H1", "half-year", ["første halvår 2019", "første halvdel av 2019"]),
    Case("2019-W17", "week", ["uke 17", "i uke 17"]),
    Case("2019-W12", "week", ["uke 12", "i uke 12"]),
    Case("2018-W17", "week", ["uke 17 i 2018"]),

    # --- Decades and centuries --------------------------------------------------------
    Case("199", "decade", [
        "1990-tallet",
        "på 1990-tallet",
        "90-tallet",
        "på 90-tallet",
        "nittitallet",
        "på nittitallet",
    ]),
    Case("198", "decade", ["1980-tallet", "åttitallet"]),
    Case("201", "decade", ["2010-tallet"]),
    Case("18", "century", [
        "1800-tallet",
        "på 1800-tallet",
        "det 19. århundre",
        "det nittende århundre",
    ]),
    Case("19", "century", ["1900-tallet", "det 20. århundre"]),
    Case("17", "century", ["1700-tallet", "det 18. århundre"]),

    # --- Parts of decades and centuries -----------------------------------------------
    Case("199", "decade", ["slutten av 1990-tallet", "på slutten av 1990-tallet", "sent på 1990-tallet"], mod="END"),
    Case("199", "decade", ["midten av 1990-tallet", "på midten av 1990-tallet"], mod="MID"),
    Case("199", "decade", ["begynnelsen av 1990-tallet", "tidlig på 1990-tallet"], mod="START"),
    Case("200", "decade", ["begynnelsen av 2000-tallet", "på begynnelsen av 2000-tallet"], mod="START"),
    Case("18", "century", ["midten av 1800-tallet", "på midten av 1800-tallet"], mod="MID"),
    Case("18", "century", ["slutten av 1800-tallet", "sent på 1800-tallet"], mod="END"),
    Case("19", "century", ["begynnelsen av 1900-tallet", "tidlig på 1900-tallet"], mod="START"),

    # --- Parts of years and months ----------------------------------------------------
    Case("1991", "year", ["slutten av 1991", "i slutten av 1991", "på slutten av 1991", "sent i 1991"], mod="END"),
    Case("2003", "year", ["tidlig i 2003", "i begynnelsen av 2003", "i starten av 2003"], mod="START"),
    Case("2003", "year", ["midten av 2003", "i midten av 2003"], mod="MID"),
    Case("2018", "year", ["på slutten av fjoråret"], mod="END"),
    Case("2009-04", "month", ["i begynnelsen av april 2009", "tidlig i april 2009"], mod="START"),
    Case("2009-04", "month", ["i slutten av april 2009"], mod="END"),
    Case("2019-04", "month", ["i midten av april", "midt i april"], mod="MID"),
    Case("2019-03", "month", ["i slutten av mars"], mod="END"),

    # --- Before and after Christ ------------------------------------------------------
    Case("BC0044", "year", ["år 44 f.Kr.", "44 f.Kr.", "i år 44 f.Kr.", "44 f. Kr."]),
    Case("BC0490", "year", ["490 f.Kr.", "år 490 f.Kr."]),
    Case("1066", "year", ["år 1066", "i år 1066", "1066 e.Kr."]),
    Case("0800", "year", ["år 800", "800 e.Kr.", "i år 800"]),

    # --- Approximate dates ------------------------------------------------------------
    Case("1814", "year", ["cirka 1814", "ca. 1814"], approximate=True, mod="APPROX"),
    Case("1905", "year", ["rundt 1905", "omkring 1905"], approximate=True, mod="APPROX"),
    Case("0520", "year", ["rundt 520", "cirka 520"], approximate=True, mod="APPROX"),
    Case("1000", "year", ["rundt år 1000", "omkring år 1000"], approximate=True, mod="APPROX"),
    Case("0520", "year", ["rundt år 520"], approximate=True, mod="APPROX"),
    Case("BC0500", "year", ["ca. 500 f.Kr."], approximate=True, mod="APPROX"),

    # --- Intervals (one expression, value "from/to", grain of the parts) --------------
    Case("2003/2009", "year", [
        "fra 2003 til 2009",
        "mellom 2003 og 2009",
        "2003–2009",
        "2003-2009",
    ]),
    Case("1939/1945", "year", ["fra 1939 til 1945", "1939–1945"]),
    Case("2009-04/2009-06", "month", ["fra april til juni 2009", "mellom april og juni 2009"]),
    Case("2019-03-01/2019-03-03", "day", ["fra 1. til 3. mars 2019", "1.–3. mars 2019"]),

    # --- Durations (no position on the calendar) --------------------------------------
    Case("P3Y", None, ["tre år", "i tre år"], type="DURATION"),
    Case("P2W", None, ["to uker", "i to uker"], type="DURATION"),
    Case("P5M", None, ["fem måneder", "i fem måneder"], type="DURATION"),
    Case("P10D", None, ["ti dager", "i ti dager"], type="DURATION"),
    Case("P6Y", None, ["seks år", "i seks år"], type="DURATION"),
    Case("P70Y", None, ["i 70 år"], type="DURATION"),
    Case("P1Y", None, ["ett år"], type="DURATION"),
    Case("PT24H", None, ["24 timer", "i 24 timer"], type="DURATION"),
    Case("PXY", None, ["i flere år", "i mange år"], type="DURATION"),  # TIMEX3: amount unknown

    # --- Sets (recurrences) -----------------------------------------------------------
    Case("P1Y", None, ["hvert år"], type="SET"),
    Case("P1W", None, ["hver uke"], type="SET"),
    Case("P1M", None, ["hver måned"], type="SET"),
    Case("P1D", None, ["hver dag"], type="SET"),
    Case("P2Y", None, ["annethvert år"], type="SET"),
    Case("P5Y", None, ["hvert femte år"], type="SET"),
    Case("XXXX-WXX-1", None, ["hver mandag", "på mandager"], type="SET"),
    Case("XXXX-WXX-4", None, ["hver torsdag"], type="SET"),

    # --- Document date known to the month only: a weekday is a day in that month -----
    Case("2019-04", "month", ["torsdag", "Torsdag", "torsdagens", "mandag", "onsdag"], dct="2019-04"),
    Case("2019-04", "month", ["i april"], dct="2019-04"),
    Case("2019-02", "month", ["i februar"], dct="2019-04"),
    Case("2018-05", "month", ["i mai"], dct="2019-04"),
    Case("2018", "year", ["i fjor"], dct="2019-04"),

    # --- Another document date: a Thursday in March 2003 ------------------------------
    Case("2003-03-19", "day", ["i går"], dct="2003-03-20"),
    Case("2003-03-17", "day", ["mandag"], dct="2003-03-20"),
    Case("2003-03-18", "day", ["tirsdag"], dct="2003-03-20"),
    Case("2003-W11", "week", ["forrige uke"], dct="2003-03-20"),
    Case("2003-03", "month", ["i mars"], dct="2003-03-20"),
    Case("2002-12", "month", ["i desember"], dct="2003-03-20"),
    Case("2002", "year", ["i fjor"], dct="2003-03-20"),
    Case("2001", "year", ["for to år siden"], dct="2003-03-20"),

    # --- Across a year boundary: New Year's Day 2009 (a Thursday, ISO week 2009-W01) ---
    Case("2008-12-31", "day", ["i går"], dct="2009-01-01"),
    Case("2008-12-29", "day", ["mandag"], dct="2009-01-01"),
    Case("2008-W52", "week", ["forrige uke"], dct="2009-01-01"),
    Case("2008-12", "month", ["forrige måned", "i desember"], dct="2009-01-01"),
    Case("2008", "year", ["i fjor"], dct="2009-01-01"),

    # --- Parts of the day (TIMEX3 TIME) ------------------------------------------------
    Case("2019-04-25TEV", "day", ["torsdag kveld", "i går kveld"], type="TIME"),
    Case("2019-04-26TEV", "day", ["i kveld"], type="TIME"),
    Case("2019-04-26TNI", "day", ["i natt"], type="TIME"),
    Case("2019-04-26TMO", "day", ["i morges", "fredag morgen"], type="TIME"),
    Case("0520", "year", ["i 520"]),  # a three-digit year needs its preposition
    Case("2019", "year", ["slutten av året", "utgangen av året"], mod="END"),
]


NEGATIVE: list[Negative] = [
    # Words that look like weekdays, months or numbers
    Negative("Man kan ikke si at samtalene har mislyktes.", why="pronoun 'Man'"),
    Negative("Man må huske at sanksjonene fortsatt gjelder.", why="pronoun 'Man'"),
    Negative("Det er ikke slik man løser en atomkrise.", why="pronoun 'man'"),
    Negative("Han sa at man ikke kan stole på regimet i Pyongyang.", why="pronoun 'man'"),
    Negative("Tor Hansen sa at avtalen var et gjennombrudd.", why="name 'Tor'"),
    Negative("Forsker Tor Bukkvoll mener Russland vil ha en plass ved bordet.", why="name 'Tor'"),
    Negative("Forhandlingsleder Mai Britt Lund sa at partene står langt fra hverandre.", why="name 'Mai'"),
    Negative("Jan Egeland orienterte Sikkerhetsrådet om situasjonen.", why="name 'Jan', not 'jan.' = januar"),
    Negative("Trump tok imot Xi Jinping på Mar-a-Lago.", why="'Mar' in a place name"),
    Negative("Oljekonferansen ONS i Stavanger samlet ministre fra tolv land.", why="'ONS' is not onsdag"),
    Negative("Kina og USA konkurrerer om å sende mennesker til Mars.", why="the planet 'Mars'"),
    Negative("Marsjen mot ambassaden samlet flere tusen demonstranter.", why="'Mars' inside 'Marsjen'"),
    Negative("Han møtte en diplomat og to rådgivere.", why="article 'en', number 'to'"),
    Negative("Ni land har sluttet seg til erklæringen.", why="number 'Ni'"),
    Negative("Ni av ti eksperter tror ikke på en avtale.", why="numbers 'Ni', 'ti'"),
    Negative("Tre av de fem faste medlemmene stemte for forslaget.", why="number 'Tre'"),
    Negative("Kim har to døtre, ifølge sørkoreansk etterretning.", why="number 'to'"),
    Negative("Hun reiste til Seoul sammen med to kolleger og en tolk.", why="'to', 'en'"),
    Negative("Partene ble enige om en felles erklæring.", why="article 'en'"),
    Negative("Atomprogrammet er to til tre ganger større enn antatt.", why="'to til tre' is not an interval of dates"),
    # "nå" is also the verb "reach"; it is never tagged
    Negative("Den nordkoreanske lederen takket nå trolig ja for å øke presset på USA.", why="'nå' is never tagged"),
    Negative("Partene klarte ikke å nå målet om full atomnedrustning.", why="verb 'nå'"),
    Negative("Regjeringen håper å nå en avtale med Pyongyang.", why="verb 'nå'"),
    Negative("Spørsmålet er hva Kim vil gjøre nå.", why="'nå' is never tagged"),
    # Votes and scores
    Negative("Resolusjonen ble vedtatt 2-1 i komiteen.", why="vote count"),
    Negative("Forslaget falt med 7–2 i domstolen.", why="vote count"),
    Negative("Avstemningen endte 9–6 i Sikkerhetsrådet.", why="vote count"),
    Negative("Sør-Korea vant 3-1 over Nord-Korea i Pyongyang.", why="sports score"),
    # Roads, documents, pages, numbers
    Negative("Konvoien kjørte langs Rv. 7 mot grensen.", why="road number"),
    Negative("Delegasjonen tok E6 nordover mot Kirkenes.", why="road number"),
    Negative("Resolusjon 1718 ble vedtatt enstemmig.", why="resolution number"),
    Negative("Sikkerhetsrådets resolusjon 2397 strammet inn oljeimporten.", why="resolution number"),
    Negative("Sanksjonene er listet i vedlegg nr. 2003 til resolusjonen.", why="'nr. 2003'"),
    Negative("Sitatet står på side 2003 i rapporten.", why="page number"),
    Negative("Se s. 14 i vedlegget for detaljer.", why="page number"),
    Negative("Norge endte på 15. plass i rangeringen av pressefrihet.", why="ordinal '15.'"),
    Negative("Ring ambassaden på telefon 22 24 36 00 for mer informasjon.", why="phone number"),
    Negative("Et flertall på 2/3 kreves for å endre charteret.", why="fraction, not 2 March"),
    Negative("I 2 av 3 tilfeller ble inspektørene nektet adgang.", why="'I 2' is not 'i 2' (year 2)"),
    # Percentages and money
    Negative("Oppslutningen om avtalen falt til 45 % i Sør-Korea.", why="percentage"),
    Negative("Handelen med Kina økte med 20 prosent.", why="percentage"),
    Negative("Bistanden utgjorde 2003 kroner per innbygger.", why="money"),
    Negative("USA lovet 500 millioner dollar i nødhjelp.", why="money"),
    # Counts that look like years
    Negative("FN sendte 1500 soldater til regionen.", why="count, not the year 1500"),
    Negative("Rundt 2000 personer demonstrerte utenfor ambassaden.", why="'Rundt 2000' + noun is a count"),
    Negative("Rakettene har en rekkevidde på 1300 kilometer.", why="distance"),
    Negative("Nord-Korea har ifølge anslag mellom 20 og 60 atomstridshoder.", why="'mellom 20 og 60' is a count range"),
    # Times of day
    Negative("Pressekonferansen starter kl. 14.30 i Oslo.", why="time of day"),
    Negative("Møtet begynner klokken 9 i utenriksdepartementet.", why="time of day"),
    Negative("Skuddene ble avfyrt klokken 23.15 lokal tid.", why="time of day"),
]


IN_SENTENCE: list[InSentence] = [
    # --- Tense: future tense sends a bare month or weekday forward --------------------
    InSentence("Utenriksministeren skal reise til Beijing i mai.", expression="i mai", value="2019-05", anchor="document date"),
    InSentence("Statsministeren kommer til å besøke Moskva i september.", expression="i september", value="2019-09"),
    InSentence("Forhandlingene vil fortsette i mars.", expression="i mars", value="2020-03"),
    InSentence("Partene skal møtes igjen i juni.", expression="i juni", value="2019-06"),
    InSentence("Utenriksministeren skal møte sin russiske kollega mandag.", expression="mandag", value="2019-04-29"),
    InSentence("Delegasjonen vil lande i Seoul torsdag.", expression="torsdag", value="2019-05-02"),
    InSentence(
        "Kim møtte Trump i Hanoi i februar, og Pompeo skal tilbake til Pyongyang i mai.",
        expression="i mai", value="2019-05",
    ),
    # --- Tense: past tense keeps the past default -------------------------------------
    InSentence("Delegasjonen reiste til Seoul i mars.", expression="i mars", value="2019-03"),
    InSentence("Sanksjonene ble innført i juli.", expression="i juli", value="2018-07", anchor="document date"),
    InSentence("Kim møtte Moon i Panmunjom i mai.", expression="i mai", value="2018-05"),
    InSentence("Presidenten landet i Vladivostok onsdag.", expression="onsdag", value="2019-04-24"),
    InSentence(
        "Kim møtte Trump i Hanoi i februar, og Pompeo skal tilbake til Pyongyang i mai.",
        expression="i februar", value="2019-02",
    ),
    # --- The seed article ---------------------------------------------------------------
    InSentence(
        "Russlands president Vladimir Putin kom med utspillet etter sitt møte med Nord-Koreas "
        "leder Kim Jong-un i Vladivostok torsdag.",
        expression="torsdag", value="2019-04-25", anchor="document date",
    ),
    InSentence(
        "Russlands president Vladimir Putin kom med utspillet etter sitt møte med Nord-Koreas "
        "leder Kim Jong-un i Vladivostok torsdag.",
        expression="torsdag", value="2019-04", dct="2019-04",
    ),
    InSentence(
        "Både den russiske presidenten og Kim beskrev torsdagens møte i Vladivostok som "
        "fruktbart, noe toppmøtet mellom den nordkoreanske lederen og Trump i Vietnam i "
        "februar ikke var.",
        expression="torsdagens", value="2019-04-25",
    ),
    InSentence(
        "Både den russiske presidenten og Kim beskrev torsdagens møte i Vladivostok som "
        "fruktbart, noe toppmøtet mellom den nordkoreanske lederen og Trump i Vietnam i "
        "februar ikke var.",
        expression="i februar", value="2019-02",
    ),
    InSentence(
        "De brøt sammen etter at FNs sikkerhetsråd i april 2009 varslet skjerpede sanksjoner "
        "mot landet.",
        expression="i april 2009", value="2009-04", anchor="absolute",
    ),
    InSentence(
        "Ledelsen i Pyongyang gjorde det nylig klart at de ikke lenger ønsker å se "
        "utenriksminister Mike Pompeo ved forhandlingsbordet.",
        expression="nylig", value="PAST_REF", approximate=True,
    ),
    # --- Anaphora: resolved against the previous date in the text --------------------
    InSentence(
        "FNs sikkerhetsråd varslet sanksjoner i april 2009. Få dager senere kastet landet ut "
        "inspektørene.",
        expression="Få dager senere", value="2009-04", approximate=True, anchor="previous event",
    ),
    InSentence(
        "Avtalen ble undertegnet 25. april 2019. Dagen etter trådte den i kraft.",
        expression="Dagen etter", value="2019-04-26", anchor="previous event",
    ),
    InSentence(
        "Putin møtte Kim i Vladivostok torsdag. To dager senere reiste han videre til Beijing.",
        expression="To dager senere", value="2019-04-27", anchor="previous event",
    ),
    InSentence(
        "Nord-Korea trakk seg fra ikkespredningsavtalen i 2003. Året etter ble forhandlingene "
        "utvidet.",
        expression="Året etter", value="2004", anchor="previous event",
    ),
    InSentence(
        "Avtalen ble signert 3. mars 2003. To uker senere brøt forhandlingene sammen.",
        expression="To uker senere", value="2003-03-17", anchor="previous event",
    ),
    InSentence(
        "Koreakrigen brøt ut i 1950. Tre år senere ble det inngått en våpenhvile.",
        expression="Tre år senere", value="1953", anchor="previous event",
    ),
    InSentence(
        "Muren falt i november 1989. Måneden etter møttes Bush og Gorbatsjov på Malta.",
        expression="Måneden etter", value="1989-12", anchor="previous event",
    ),
    InSentence(
        "Sikkerhetsrådet vedtok resolusjon 1695 i juli 2006. Tre måneder senere gjennomførte "
        "Nord-Korea sin første prøvesprengning.",
        expression="Tre måneder senere", value="2006-10", anchor="previous event",
    ),
    InSentence(
        "Nord-Korea trakk seg fra ikkespredningsavtalen i januar 2003. Samme år startet "
        "sekspartsforhandlingene i Beijing.",
        expression="Samme år", value="2003", anchor="previous event",
    ),
    InSentence(
        "Ministrene møttes 12. mars. Uken etter ble sanksjonene lempet.",
        expression="Uken etter", value="2019-W12", anchor="previous event",
    ),
    InSentence(
        "Toppmøtet i Hanoi endte 28. februar 2019. Dagen før hadde Trump og Kim spist middag "
        "sammen.",
        expression="Dagen før", value="2019-02-27", anchor="previous event",
    ),
    InSentence(
        "Pakten ble undertegnet i 1939. Året før hadde München-avtalen blitt inngått.",
        expression="Året før", value="1938", anchor="previous event",
    ),
    # --- Durations inside a sentence --------------------------------------------------
    InSentence(
        "Sekspartsforhandlingene startet i 2003 og varte i seks år.",
        expression="i seks år", value="P6Y",
    ),
]
