"""Events from clauses: titles, actors, places and merging, in both languages, on texts
that are not the seed article."""

from __future__ import annotations

import pandas as pd
import pytest

import timeline

NB = """date: 2022-03-02
Russland invaderte Ukraina 24. februar 2022. Dagen etter møttes EUs utenriksministre i Brussel.

Allerede i 2014 annekterte Russland Krim-halvøya, og Minsk-avtalen ble undertegnet i februar 2015. Forhandlingene mellom partene startet etter at våpenhvilen trådte i kraft i september 2014. De brøt sammen etter at Russland anerkjente utbryterrepublikkene 21. februar 2022.

Man kan ikke utelukke nye angrep, sa Tor Hansen til NRK klokken 14.30. Vedtaket ble fattet med 7-2 stemmer."""

EN = """The Treaty of Westphalia was signed in 1648, ending the Thirty Years' War. Two centuries later, the Congress of Vienna redrew the map of Europe.
Julius Caesar was assassinated on 15 March 44 BC. The Berlin Wall fell on November 9, 1989, and Germany was reunified the following year.
President Clinton met Yeltsin in Helsinki in March 1997. They will meet again next month in Paris, officials said on Thursday."""


@pytest.fixture(scope="module")
def nb() -> pd.DataFrame:
    return timeline.extract(NB)


@pytest.fixture(scope="module")
def en() -> pd.DataFrame:
    return timeline.extract(EN, dct="1997-04-11")


def row(frame: pd.DataFrame, timex: str) -> pd.Series:
    rows = frame[frame["timex"] == timex]
    assert len(rows) == 1, frame[["timex", "title"]]
    return rows.iloc[0]


def test_verb_second_titles_put_the_subject_first(nb: pd.DataFrame) -> None:
    assert row(nb, "2014")["title"] == "Russland annekterte Krim-halvøya"
    assert row(nb, "Dagen etter")["title"] == "EUs utenriksministre møttes i Brussel"
    assert row(nb, "Dagen etter")["date"] == "2022-02-25"


def test_norwegian_at_is_not_a_place_preposition(nb: pd.DataFrame) -> None:
    e = row(nb, "21. februar 2022")
    assert e["place"] == "" and e["actors"] == ["Russland"]


def test_process_from_start_to_breakdown(nb: pd.DataFrame) -> None:
    e = nb[nb["title"] == "Forhandlingene"].iloc[0]
    assert e["date"] == "2014-09/2022" and e["type"] == "negotiations"
    assert e["n_mentions"] == 2


def test_no_events_from_pronouns_names_times_or_votes(nb: pd.DataFrame) -> None:
    assert not nb["quote"].str.contains("klokken 14.30").any()
    assert not nb["quote"].str.contains("7-2").any()


def test_a_date_with_a_comma_stays_in_its_clause(en: pd.DataFrame) -> None:
    e = row(en, "November 9, 1989")
    assert (e["date"], e["title"]) == ("1989-11-09", "The Berlin Wall fell")
    assert e["actors"] == []  # "Berlin Wall" is a name of its own, not Germany
    assert row(en, "the following year")["date"] == "1990"


def test_a_fronted_date_takes_the_next_clause_as_its_event(en: pd.DataFrame) -> None:
    e = row(en, "Two centuries later")
    assert e["date"] == "1848" and e["anchor"] == "previous event"
    assert e["title"] == "The Congress of Vienna redrew the map of Europe"


def test_a_bc_day(en: pd.DataFrame) -> None:
    e = row(en, "15 March 44 BC")
    assert (e["date"], e["start"], e["granularity"]) == ("BC0044-03-15", "-0043-03-15", "day")


def test_future_and_reported_speech(en: pd.DataFrame) -> None:
    assert row(en, "next month")["date"] == "1997-05"
    assert row(en, "Thursday")["date"] == "1997-04-10"  # "said on Thursday": past
    assert row(en, "March 1997")["place"] == "Helsinki"


def test_a_subordinate_clause_is_its_own_event() -> None:
    frame = timeline.extract("Blinken besøker regionen for tredje gang siden Hamas angrep Israel "
                             "7. oktober.", "nb", "2023-11")
    e = row(frame, "7. oktober")
    assert (e["title"], e["type"], e["date"]) == ("Hamas angrep Israel", "conflict", "2023-10-07")


def test_a_deadline_in_the_current_year() -> None:
    e = row(timeline.extract("Stortinget behandler saken innen utgangen av året.", "nb",
                             "2023-11"), "utgangen av året")
    assert (e["date"], e["mod"], e["title"]) == ("2023", "END", "Stortinget behandler saken")


def test_people_named_by_title_surname_or_as_the_text_introduced_them() -> None:
    text = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
            "on Thursday. Kim met U.S. President Donald Trump in Hanoi in February. Secretary of "
            "State Mike Pompeo spoke on Monday. The next round is scheduled for May 15.")
    frame = timeline.extract(text, "en", "2019-04-26")
    assert row(frame, "February")["actors"] == ["Kim Jong Un", "United States", "Donald Trump"]
    assert row(frame, "Monday")["actors"] == ["Mike Pompeo"]
    assert row(frame, "May 15")["actors"] == []  # the month, not Theresa May
    assert "Chinese President" not in " ".join(a for x in frame["actors"] for a in x)


@pytest.mark.parametrize(
    ("text", "lang", "date", "title"),
    [
        ("The six-party talks began in August 2003 and collapsed in April 2009.", "en",
         "2003-08/2009-04", "The six-party talks"),
        ("Krigen brøt ut i 1950 og endte i 1953.", "nb", "1950/1953", "Krigen"),
        # "lasted until", "were concluded", "varte til" end what began
        ("The war began 28 July 1914 and lasted until 11 November 1918.", "en",
         "1914-07-28/1918-11-11", "The war"),
        ("Negotiations commenced in Washington July 15, 1974 and were concluded on July 26.",
         "en", "1974-07-15/1974-07-26", "Negotiations"),
        ("Krigen begynte 28. juli 1914 og varte til 11. november 1918.", "nb",
         "1914-07-28/1918-11-11", "Krigen"),
        ("Samtalene startet i mars 2003 og pågikk til mai 2004.", "nb", "2003-03/2004-05",
         "Samtalene"),
    ],
)
def test_a_process_that_begins_and_ends_in_one_sentence(text: str, lang: str, date: str,
                                                        title: str) -> None:
    frame = timeline.extract(text, lang, "2019-04-26")
    assert len(frame) == 1
    assert (frame.iloc[0]["date"], frame.iloc[0]["title"]) == (date, title)


# --------------------------------------------------------------------------- long sentences
# One "sentence" of thousands of characters (a pasted table, a list with no full stops)
# is read as a chain of local contexts: each event looks at its own stretch of it.


def test_a_quote_in_an_endless_sentence_is_its_stretch_and_exact() -> None:
    filler = " ".join(["og", "så", "videre"] * 400)
    text = f"{filler} Russland og Kina undertegnet en avtale i mai 2019 {filler}"
    frame = timeline.extract(text, lang="nb", dct="2019-06")
    event = row(frame, "i mai 2019") if "i mai 2019" in set(frame["timex"]) else row(
        frame, "mai 2019")
    a, b = int(event["quote_start"]), int(event["quote_end"])
    assert text[a:b] == event["quote"]
    assert a <= int(event["timex_start"]) < int(event["timex_end"]) <= b
    assert b - a < 1_200 < len(text)
    assert set(event["actors"]) == {"Russland", "Kina"}
    assert event["type"] == "agreement"


def test_dates_in_one_long_sentence_keep_their_own_titles() -> None:
    parts = [f"{state} undertegnet avtalen {day}. mai 2019" for state, day in
             (("Russland", 3), ("Kina", 9), ("Japan", 14), ("Frankrike", 21))]
    text = " og ".join(parts * 30) + "."
    frame = timeline.extract(text, lang="nb", dct="2019-06")
    assert len(text) > 3_000 and len(frame) >= 4
    for _, event in frame.iterrows():
        assert event["quote"] == text[int(event["quote_start"]):int(event["quote_end"])]
        assert len(event["title"].split()) <= 15  # a title, not the sentence


# Several events, one expression (issue 9, item 3): two acts of one subject, or a fronted
# "when" clause and the main clause after it, share the date; each is its own event.
@pytest.mark.parametrize(("lang", "text", "dct", "want"), [
    ("en", "The United States withdrew from the deal last year and reimposed sanctions.",
     "2019-05-08", {("The United States withdrew from the deal", "2018", False),
                    ("The United States reimposed sanctions", "2018", False)}),
    ("nb", "USA trakk seg fra avtalen i fjor og gjeninnførte sanksjonene.", "2019-05-08",
     {("USA trakk seg fra avtalen", "2018", False),
      ("USA gjeninnførte sanksjonene", "2018", False)}),
    ("nb", "Da Stoltenberg våren 1993 ble utnevnt til FN-utsending, overtok Holst som "
     "utenriksminister.", "2020-01-01",
     {("Stoltenberg ble utnevnt til FN-utsending", "1993-SP", False),
      ("Holst overtok som utenriksminister", "1993-SP", True)}),
    # after a main verb, "det" before a definite noun is the subject, the noun the object;
    # after the fronted when-clause it stands for what that clause told, by its subject
    ("nb", "Da meldingen kom til Norge i slutten av januar 1814, gav det støtet til den "
     "norske selvstendighetsbevegelsen.", "2020-01-01",
     {("Meldingen kom til Norge", "1814-01", True),
      ("Meldingen gav støtet til den norske selvstendighetsbevegelsen", "1814-01", True)}),
    ("en", "When the news reached Norway in late January 1814, it sparked the independence "
     "movement.", "2020-01-01",
     {("The news reached Norway", "1814-01", True),
      ("It sparked the independence movement", "1814-01", True)}),
])
def test_events_that_share_one_expression(lang: str, text: str, dct: str,
                                          want: set[tuple[str, str, bool]]) -> None:
    frame = timeline.extract(text, lang, dct)
    assert {(r.title, r.date, bool(r.approximate)) for r in frame.itertuples()} == want


@pytest.mark.parametrize(("lang", "text", "dct", "not_title"), [
    # another subject after "and": not the first subject's act
    ("en", "Russia and China signed a treaty in 2001 and Japan protested.", "2019-05-08",
     "Russia and China protested"),
    # a "da" clause after the main clause dates nothing after it
    ("nb", "Flaggene vaiet side om side, da de to utenriksministrene hilste mandag kveld, "
     "ved å ta hverandre i hendene.", "2021-10-26", "Ved å ta hverandre i hendene"),
])
def test_no_event_is_shared_across_subjects_or_clauses(lang: str, text: str, dct: str,
                                                       not_title: str) -> None:
    assert not_title not in set(timeline.extract(text, lang, dct)["title"])


@pytest.mark.parametrize(("lang", "text", "dct"), [
    ("en", "The two delegations held talks in Sochi on Friday. A wide range of issues were "
     "discussed during the talks, the Kremlin said.", "2014-08-16"),
    ("nb", "Delegasjonene holdt samtaler i Sotsji fredag. Saken ble drøftet under samtalene, "
     "opplyste Kreml.", "2014-08-16"),
])
def test_what_was_said_at_an_event_is_no_news_of_its_own(lang: str, text: str,
                                                          dct: str) -> None:
    frame = timeline.extract(text, lang, dct)
    assert len(frame) == 1 and frame.iloc[0]["n_mentions"] == 2, frame[["date", "title"]]
