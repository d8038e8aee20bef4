"""Dates in words, in both languages, from what the engine resolved (timeline/words.py)."""

from __future__ import annotations

from typing import Any

import pytest

import timeline
from timeline import words
from timeline.calendar import Day


def _row(text: str, lang: str, dct: str | None, pick: int = -1) -> dict[str, Any]:
    frame = timeline.extract(text, lang=lang, dct=dct)
    assert not frame.empty, text
    return frame.to_dict("records")[pick]


# (text, language of the text, document date, bokmål words, English words)
ENGINE_CASES = [
    ("Det skjedde i april 2009.", "nb", "2019-04", "april 2009", "April 2009"),
    ("Møtet var 25. april 2019.", "nb", "2019-04", "25. april 2019", "25 April 2019"),
    ("Han kom torsdag.", "nb", "2019-04", "en torsdag i april 2019", "a Thursday in April 2019"),
    (
        "They met on Thursday.",
        "en",
        "2019-04",
        "en torsdag i april 2019",
        "a Thursday in April 2019",
    ),
    ("They met on Thursday.", "en", "2019-04-26", "25. april 2019", "25 April 2019"),
    ("Cæsar døde i 44 f.Kr.", "nb", "2019-04", "44 f.Kr.", "44 BC"),
    ("Avtalen ble inngått 15. mars 44 f.Kr.", "nb", None, "15. mars 44 f.Kr.", "15 March 44 BC"),
    (
        "Han ble nylig valgt.",
        "nb",
        "2019-04-26",
        "nylig (kort før 26. april 2019)",
        "recently (shortly before 26 April 2019)",
    ),
    (
        "He recently resigned.",
        "en",
        "2019-04",
        "nylig (kort før april 2019)",
        "recently (shortly before April 2019)",
    ),
    (
        "In the early 2000s talks began.",
        "en",
        "2019-04-26",
        "tidlig på 2000-tallet",
        "the early 2000s",
    ),
    ("In the late 1990s it fell.", "en", "2019-04-26", "sent på 1990-tallet", "the late 1990s"),
    ("På 1990-tallet kom avtalen.", "nb", "2019-04", "1990-tallet", "the 1990s"),
    ("På 1800-tallet var det krig.", "nb", "2019-04", "1800-tallet", "the 1800s"),
    ("Rundt 1905 ble unionen oppløst.", "nb", "2019-04", "ca. 1905", "about 1905"),
    (
        "I tredje kvartal 2018 falt salget.",
        "nb",
        "2019-04",
        "tredje kvartal 2018",
        "the third quarter of 2018",
    ),
    ("Våren 2018 møttes de.", "nb", "2019-04", "våren 2018", "spring 2018"),
    ("In autumn 2017 they met.", "en", "2019-04", "høsten 2017", "autumn 2017"),
    ("Fra 2003 til 2009 forhandlet de.", "nb", "2019-04", "2003–2009", "2003–2009"),
    ("Det skjedde i februar.", "nb", None, "februar, ukjent år", "February, year unknown"),
]


@pytest.mark.parametrize(
    ("text", "lang", "dct", "nb", "en"), ENGINE_CASES, ids=[c[0][:30] for c in ENGINE_CASES]
)
def test_engine_dates_in_words(text: str, lang: str, dct: str | None, nb: str, en: str) -> None:
    row = _row(text, lang, dct)
    assert words.when(row, "nb") == nb
    assert words.when(row, "en") == en


@pytest.mark.parametrize(
    ("value", "mod", "nb", "en"),
    [
        ("2009", "", "2009", "2009"),
        ("2009", "START", "tidlig i 2009", "early 2009"),
        ("2009-04", "END", "sent i april 2009", "late April 2009"),
        ("2009-04", "MID", "midt i april 2009", "mid-April 2009"),
        ("2009", "BEFORE", "før 2009", "before 2009"),
        ("BC0044", "", "44 f.Kr.", "44 BC"),
        ("BC0001", "", "1 f.Kr.", "1 BC"),
        ("BC0044-03-15", "", "15. mars 44 f.Kr.", "15 March 44 BC"),
        ("2018-Q4", "", "fjerde kvartal 2018", "the fourth quarter of 2018"),
        ("2018-H1", "", "første halvår 2018", "the first half of 2018"),
        ("2019-W17", "", "uke 17 i 2019", "week 17 of 2019"),
        ("2019-WI", "", "vinteren 2019", "winter 2019"),
        ("200", "START", "tidlig på 2000-tallet", "the early 2000s"),
        ("199", "MID", "midt på 1990-tallet", "the mid-1990s"),
        ("19", "END", "sent på 1900-tallet", "the late 1900s"),
        ("2003/2009", "", "2003–2009", "2003–2009"),
        ("200/2009", "", "fra 2000-tallet til 2009", "from the 2000s to 2009"),
        ("2009-04/2010-05", "", "fra april 2009 til mai 2010", "from April 2009 to May 2010"),
        # before a span is before its first part; a span after its first part is "since"
        # it (until the document date), not "after April 2019", which reads as May on
        ("2019-02/2019-04", "AFTER", "siden februar 2019", "since February 2019"),
        ("2019-02/2019-04", "BEFORE", "før februar 2019", "before February 2019"),
        ("2003/2009", "START", "tidlig i 2003–2009", "early 2003–2009"),
        ("2019-04-25T14:30", "", "25. april 2019 kl. 14.30", "25 April 2019 at 14:30"),
        ("XXXX-10-03", "", "3. oktober, ukjent år", "3 October, year unknown"),
        ("P3Y", "", None, None),
        ("2009-13", "", None, None),
    ],
)
def test_values_in_words(value: str, mod: str, nb: str | None, en: str | None) -> None:
    assert words.value_words(value, "nb", mod) == nb
    assert words.value_words(value, "en", mod) == en


def test_no_jargon_in_any_engine_date() -> None:
    """No TIMEX3 codes, grains in brackets or 'the year' in what a reader sees."""
    text = (
        "Nord-Korea trakk seg fra NPT i 2003. I april 2009 brøt samtalene sammen. "
        "Få dager senere kom svaret. Han kom nylig hjem. Tidlig på 1990-tallet startet "
        "det. Torsdag møttes de. Våren 2018 var det toppmøte. Rundt 1905 ble det brudd."
    )
    rows = timeline.extract(text, lang="nb", dct="2019-04").to_dict("records")
    assert len(rows) >= 5
    for row in rows:
        for lang in ("nb", "en"):
            said = words.when(row, lang) + " " + words.how(row, lang)
            for jargon in (
                "PAST_REF",
                "REF",
                "TIMEX",
                "(year)",
                "(month)",
                "the year",
                "XXXX",
                "BC0",
                "≈",
            ):
                assert jargon not in said, (jargon, said)


def test_a_part_of_a_period_is_approximate_and_said_once() -> None:
    """'the early 2000s' has no edges: drawn as approximate, said without 'about'."""
    row = _row("In the early 2000s talks began.", "en", "2019-04-26")
    assert bool(row["approximate"]) and row["mod"] == "START"
    assert words.when(row, "en") == "the early 2000s"
    assert words.when(row, "nb") == "tidlig på 2000-tallet"


def test_how_the_date_was_read() -> None:
    absolute = _row("Det skjedde i april 2009.", "nb", "2019-04")
    assert words.how(absolute, "nb") == "Står fullt ut i teksten."
    assert words.how(absolute, "en") == "Written in full in the text."
    weekday = _row("Han kom torsdag.", "nb", "2019-04")
    assert words.how(weekday, "nb") == "Regnet fra dokumentdatoen, april 2019, som ikke har dag."
    assert (
        words.how(weekday, "en")
        == "Counted from the document date, April 2019, which gives no day."
    )
    later = _row("I april 2009 brøt de sammen. Få dager senere kom svaret.", "nb", "2019-04")
    assert words.how(later, "nb") == "Regnet fra datoen teksten nevner før, «april 2009»."
    assert words.how(later, "en") == "Counted from the date the text gives before it, “april 2009”."
    lost = _row("Få dager senere kom svaret.", "nb", "2019-04")
    assert words.when(lost, "nb") == "uten dato" and words.when(lost, "en") == "undated"
    assert words.how(lost, "en") == "Not placed: the text gives no date to count from."
    hand = {
        "date": "BC0044-03-15",
        "start": "-0043-03-15",
        "end": "-0043-03-15",
        "anchor": "absolute",
        "explanation": f"{words.HAND_SET}: “15. mars 44 f.Kr.”.",
    }
    assert words.how(hand, "nb") == "Satt for hånd: «15. mars 44 f.Kr.»."
    assert words.how(hand, "en") == "Set by hand: “15. mars 44 f.Kr.”."


@pytest.mark.parametrize(
    ("start", "end", "nb", "en"),
    [
        ("2003-01-01", "2003-12-31", "2003", "2003"),
        ("2009-04-01", "2009-04-30", "april 2009", "April 2009"),
        ("2003-01-01", "2009-12-31", "2003–2009", "2003–2009"),
        ("1990-01-01", "1999-12-31", "1990-tallet", "the 1990s"),
        ("1801-01-01", "1900-12-31", "19. århundre", "the 19th century"),
        ("2001-01-01", "2100-12-31", "21. århundre", "the 21st century"),
        ("2019-03-01", "2019-04-30", "mars–april 2019", "March–April 2019"),
        ("2019-04-13", "2019-04-15", "13.–15. april 2019", "13–15 April 2019"),
        (
            "2018-12-30",
            "2019-01-02",
            "30. desember 2018 – 2. januar 2019",
            "30 December 2018 – 2 January 2019",
        ),
        ("-0043-01-01", "-0043-12-31", "44 f.Kr.", "44 BC"),
        ("-0043-01-01", "0014-12-31", "44 f.Kr.–14 e.Kr.", "44 BC–AD 14"),
    ],
)
def test_spans_of_days(start: str, end: str, nb: str, en: str) -> None:
    s, e = Day.parse_iso(start), Day.parse_iso(end)
    assert words.span(s, e, "nb") == nb
    assert words.span(s, e, "en") == en


def test_span_iso_marks_approximation_and_keeps_bad_input() -> None:
    assert words.span_iso("1904-01-01", "1907-12-31", "nb", approximate=True) == "ca. 1904–1907"
    assert words.span_iso("1904-01-01", "1907-12-31", "en", approximate=True) == "about 1904–1907"
    assert words.span_iso("nonsense", "", "nb") == "nonsense"


def test_categories_and_grains() -> None:
    assert words.category("type", "meeting", "nb") == "møte"
    assert words.category("type", "meeting", "en") == "meeting"
    assert words.category("anchor", "document date", "nb") == "fra dokumentdatoen"
    assert words.category("type", "made-up", "nb") == "made-up"  # unknown: as it is
    assert words.grain("month", "nb") == "måned" and words.grain("", "nb") == ""


def test_counts() -> None:
    assert words.count("chart.events", 1, "nb") == "1 hendelse"
    assert words.count("chart.events", 2, "en") == "2 events"


def test_after_a_date_is_not_also_about_it() -> None:
    """'Etter møtet med Kim', dated from a meeting in April 2019 and flagged approximate,
    read "about after April 2019", and then "after April 2019", which reads as May or
    later: it is April 2019 or later. "after 2019" written in the text stays "after"."""
    row = {"date": "2019-04", "mod": "AFTER", "approximate": True, "start": "2019-04-03",
           "end": "2019-05-07", "granularity": "month", "anchor": "named event"}
    assert words.when(row, "en") == "April 2019 or later"
    assert words.when(row, "nb") == "april 2019 eller senere"
    assert words.when({**row, "mod": "BEFORE", "anchor": "previous event"}, "en") == \
        "April 2019 or earlier"
    assert words.when({**row, "anchor": "absolute", "approximate": False}, "en") == \
        "after April 2019"
    assert words.when({**row, "mod": ""}, "en") == "about April 2019"  # no mod: still about
